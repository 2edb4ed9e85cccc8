"""The Qt binding the application is installed with keeps Python's reference counts whole.

PySide6 6.12.0 dropped a reference to ``True`` on every ``Signal.emit`` (and one to each
element of a list argument), so after enough background tasks the process died in
``bool_dealloc``; pyproject.toml keeps that release out and this test holds it out.
"""

from __future__ import annotations

import gc
import sys
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from pytestqt.qtbot import QtBot

EMITS = 200


class _Emitter(QObject):
    finished = Signal(object, object)
    listed = Signal(list)


def _counts() -> tuple[int, int, int]:
    # An earlier test's objects, deleted later (Qt's deferred deletes, the GUI thread's
    # collector) while this one waits, would drop many references at once: delete them first.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def test_emit_on_the_gui_thread_keeps_reference_counts(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.finished.connect(lambda result, error: received.append(result))
    emitter.listed.connect(lambda values: received.append(len(values)))
    before = _counts()
    for number in range(EMITS):
        emitter.finished.emit(number, None)
        emitter.listed.emit([None, True])
    after = _counts()
    assert len(received) == 2 * EMITS
    # Other code may take or drop a few references meanwhile; the bug lost one per emit.
    assert all(abs(a - b) < EMITS // 10 for a, b in zip(after, before, strict=True))


def test_emit_from_a_worker_thread_keeps_reference_counts(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.finished.connect(lambda result, error: received.append(result))
    before = _counts()

    def work() -> None:
        for number in range(EMITS):
            emitter.finished.emit(number, None)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(received) == EMITS, timeout=5_000)
    after = _counts()
    assert all(abs(a - b) < EMITS // 10 for a, b in zip(after, before, strict=True))
