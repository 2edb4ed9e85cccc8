"""Python's cyclic garbage collector, run on the GUI thread only.

A Qt object that Python owns and that sits in a reference cycle is deleted by whichever thread
happens to trigger a collection. When that is a worker thread, Qt deletes a GUI object off the
GUI thread and the process crashes. Anki and pyqtgraph solve it the same way: automatic
collection off, and a timer on the GUI thread that collects when the counts pass the thresholds
the automatic collector would have used. ``give_back`` collects everything and returns the
freed memory to the system, after the lock has emptied the pages.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 1_000
OLDEST = 2


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._long_lived = len(gc.get_objects(OLDEST))
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(INTERVAL_MS)

    @Slot()
    def check(self) -> None:
        """Collect as gc would once the young generation passes its threshold: the oldest
        generation whose count passed its own, the oldest only when due (``_full_due``)."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        for generation in (OLDEST, 1, 0):
            if counts[generation] <= self._thresholds[generation]:
                continue
            if generation == OLDEST and not self._full_due():
                continue
            gc.collect(generation)
            if generation == OLDEST:
                self._long_lived = len(gc.get_objects(OLDEST))
            return

    def _full_due(self) -> bool:
        # CPython's own rule: a full collection only once the objects promoted into the oldest
        # generation since the last one number a quarter of those that survived it. With a
        # national store open a full collection takes some 200 ms of the GUI thread; without
        # the rule one ran after every ten middle ones.
        return len(gc.get_objects(OLDEST)) - self._long_lived > self._long_lived // 4

    def stop(self) -> None:
        """Back to automatic collection, after one full collection here."""
        self._timer.stop()
        gc.collect()
        gc.enable()


def _trimmer() -> Callable[[int], int] | None:
    """glibc's malloc_trim(3), which returns the free memory at the top of the heap and the
    free pages within it to the system; None elsewhere (another C library, Windows)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_size_t]
    function.restype = ctypes.c_int
    return function


_malloc_trim = _trimmer()


def give_back() -> None:
    """On the GUI thread: a full collection (the rows the pages dropped may sit in cycles with
    their models), then malloc_trim(0). CPython keeps freed objects in arenas it frees only
    when empty, and glibc keeps freed pages in the heap: without the trim the second unlock
    derives the key on top of them (docs/performance.md, "GUI memory, sixth pass")."""
    gc.collect()
    if _malloc_trim is not None:
        _malloc_trim(0)
