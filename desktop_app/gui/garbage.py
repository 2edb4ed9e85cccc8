"""Python's cyclic garbage collector, run on the GUI thread only.

A Qt object that Python owns and that sits in a reference cycle is deleted by whichever thread
happens to trigger a collection. When that is a worker thread, Qt deletes a GUI object off the
GUI thread and the process crashes. Anki and pyqtgraph solve it the same way: automatic
collection off, and a timer on the GUI thread that collects when the counts pass the thresholds
the automatic collector would have used.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 1_000


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(INTERVAL_MS)

    @Slot()
    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, as gc would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Back to automatic collection, after one full collection here."""
        self._timer.stop()
        gc.collect()
        gc.enable()
