"""Cycles holding Qt objects are collected on the GUI thread, never by a worker that happened
to allocate (the crash gui/garbage.py prevents)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop_app.gui.garbage import INTERVAL_MS


class Cycle(QObject):
    collected_on: list[str] = []

    def __init__(self) -> None:
        super().__init__()
        self.me = self

    def __del__(self) -> None:
        Cycle.collected_on.append(threading.current_thread().name)


def test_a_worker_allocating_never_collects_and_the_gui_thread_does(qtbot: QtBot) -> None:
    assert not gc.isenabled()
    Cycle.collected_on.clear()
    Cycle()

    kept: list[list[object]] = []

    def allocate() -> None:  # far past the first generation's threshold
        kept.extend([] for _ in range(gc.get_threshold()[0] * 20))

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert Cycle.collected_on == []
    qtbot.waitUntil(lambda: Cycle.collected_on != [], timeout=INTERVAL_MS * 5)
    assert Cycle.collected_on == [threading.main_thread().name]
