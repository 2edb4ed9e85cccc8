"""Cycles holding Qt objects are collected on the GUI thread, never by a worker that happened
to allocate (the crash gui/garbage.py prevents)."""

from __future__ import annotations

import gc
import sys
import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop_app.gui.garbage import INTERVAL_MS, GuiThreadGarbageCollector, _malloc_trim, give_back


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


def _full_collections() -> int:
    return int(gc.get_stats()[2]["collections"])


def _at_a_decision() -> list[list[int]]:
    """The moment gc itself decides: the oldest generation's count past its threshold (middle
    collections, which promote what survives), then the young generation's; the young objects
    are returned to be kept."""
    for _ in range(gc.get_threshold()[2] + 1):
        gc.collect(1)
    return [[n] for n in range(gc.get_threshold()[0] * 2)]


def test_a_full_collection_waits_until_a_quarter_more_objects_have_grown_old() -> None:
    old = [[n] for n in range(len(gc.get_objects(2)))]  # twice the long-lived objects
    gc.collect()
    collector = GuiThreadGarbageCollector()  # counts what survived as long-lived
    try:
        fulls = _full_collections()
        young = _at_a_decision()
        collector.check()
        assert _full_collections() == fulls  # a middle collection instead
        grown = [[n] for n in range(len(old))]  # far more than a quarter more
        young += _at_a_decision()
        collector.check()
        assert _full_collections() == fulls + 1
        assert grown and young
    finally:
        collector.stop()
        collector.deleteLater()


def test_giving_back_collects_on_the_gui_thread_and_trims_glibcs_heap() -> None:
    """What the lock calls once the pages are empty (gui/main_window.py)."""
    Cycle.collected_on.clear()
    Cycle()
    give_back()
    assert Cycle.collected_on == [threading.current_thread().name]
    # The Linux builds run on glibc (Debian 12): the trim is there to call.
    assert sys.platform != "linux" or _malloc_trim is not None
