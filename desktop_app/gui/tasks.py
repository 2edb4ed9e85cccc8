"""Background work the Anki way: one worker thread for writes to the store, a pool for the rest.

``TaskManager.run(fn, on_done=...)`` runs ``fn(TaskContext)`` off the GUI thread and calls
``on_done`` or ``on_error`` back on the GUI thread. Writes (``write=True``) go through a pool of
one thread, so they never race each other; reads share a small pool and see the store through
SQLite's WAL. A progress dialog appears only when a task runs longer than ``DIALOG_DELAY_MS``.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop_app.errors import DeskError
from desktop_app.gui import labels

T = TypeVar("T")
log = logging.getLogger(__name__)

DIALOG_DELAY_MS = 300


class Cancelled(DeskError):
    """Raised by a task that noticed ``TaskContext.cancelled()``; not shown as an error."""


def error_text(error: BaseException) -> str:
    """One line for a user: our typed errors as they are, anything else named briefly."""
    if isinstance(error, DeskError):
        return labels.message(error)
    if isinstance(error, OSError) and error.strerror:
        name = f": {error.filename}" if error.filename else ""
        return f"{error.strerror}{name}"
    first = " ".join(str(error).split())
    return f"{type(error).__name__}: {first}" if first else type(error).__name__


class TaskContext:
    """What a running task may use: report progress, ask whether the user cancelled."""

    def __init__(self, signals: _Signals, task_id: int) -> None:
        self._signals = signals
        self._task_id = task_id
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._signals.progressed.emit(self._task_id, int(done), int(total))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("cancelled")

    def cancel(self) -> None:
        self._cancel.set()

    def end(self, result: Any, error: BaseException | None) -> None:
        """The worker's last word: hands the outcome to the GUI thread."""
        self._signals.finished.emit(self._task_id, result, error)


class _Signals(QObject):
    """The workers' way back, one per manager and living as long as it: a per-task sender,
    deleted with its task on the GUI thread, could die while its worker was still inside
    emit() (a rare segfault in ~QObject). Created on the GUI thread, so emitting from a worker
    queues the call to the GUI thread."""

    finished = Signal(int, object, object)  # task id, result, error
    progressed = Signal(int, int, int)  # task id, done, total


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], context: TaskContext):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._context = context

    def run(self) -> None:
        try:
            result = self._fn(self._context)
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the GUI
            if not isinstance(error, DeskError):
                log.exception("task failed")
            self._context.end(None, error)
        else:
            self._context.end(result, None)


class Task(QObject, Generic[T]):
    """One submitted task; ``done`` turns True after its callback ran on the GUI thread."""

    ended = Signal()
    progressed = Signal(int, int)  # done, total

    def __init__(
        self,
        manager: TaskManager,
        context: TaskContext,
        title: str,
        cancellable: bool,
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None,
        parent_widget: QWidget | None,
    ) -> None:
        super().__init__(manager)
        self.title = title
        self.done = False
        self.error: BaseException | None = None
        self._cancellable = cancellable
        self._on_done = on_done
        self._on_error = on_error
        self._parent_widget = parent_widget
        self._dialog: QProgressDialog | None = None
        self._progress = (0, 0)
        self.context = context
        self.progressed.connect(self._progressed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)

    def cancel(self) -> None:
        self.context.cancel()

    @Slot()
    def _show_dialog(self) -> None:
        if self.done:
            return
        parent = self._parent_widget
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(self.title or self.tr("Working"))
        dialog.setLabelText(self.title or self.tr("Working…"))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        done, total = self._progress
        dialog.setRange(0, total)
        dialog.setValue(done)
        dialog.show()
        self._dialog = dialog

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self._progress = (done, total)
        if self._dialog is not None:
            self._dialog.setRange(0, total)
            self._dialog.setValue(min(done, total) if total else 0)

    def _finished(self, result: Any, error: BaseException | None) -> None:
        self.done = True
        self.error = error
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            if self._dialog.parent() is not None:
                self._dialog.deleteLater()
            self._dialog = None  # without a parent Python owns it: this reference ends it
        try:
            if not (alive(self._on_done) and alive(self._on_error)):
                pass  # the widget that asked is gone (a page rebuilt, a dialog closed)
            elif error is None:
                self._on_done(result)
            elif isinstance(error, Cancelled) or (
                self.context.cancelled() and not isinstance(error, DeskError)
            ):
                pass
            elif not isinstance(error, Exception):
                raise error
            elif self._on_error is not None:
                self._on_error(error)
            else:
                show_error(self._parent_widget, error, self.title)
        finally:
            self.ended.emit()
            self.deleteLater()


def alive(callback: Callable[..., Any] | None) -> bool:
    """False when ``callback`` is a method of a Qt object whose C++ side is gone."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """The default failure message: one line, never a traceback."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("tasks", "InfoSec Desk"))
    box.setText(error_text(error))
    box.exec()


class TaskManager(QObject):
    """Runs tasks off the GUI thread; callbacks come back on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(
            max(2, min(4, QThreadPool.globalInstance().maxThreadCount()))
        )
        self._running: dict[int, Task[Any]] = {}
        self._ids = itertools.count(1)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._task_finished)
        self._signals.progressed.connect(self._task_progressed)

    def run(
        self,
        fn: Callable[[TaskContext], T],
        *,
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
        write: bool = False,
        title: str = "",
        cancellable: bool = False,
        parent_widget: QWidget | None = None,
        progress_dialog: bool = True,
    ) -> Task[T]:
        """``progress_dialog=False`` when the caller draws ``task.progressed`` itself."""
        task_id = next(self._ids)
        context = TaskContext(self._signals, task_id)
        task: Task[T] = Task(self, context, title, cancellable, on_done, on_error, parent_widget)
        self._running[task_id] = task
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        if progress_dialog:
            task._timer.start(DIALOG_DELAY_MS)
        pool = self._writer if write else self._readers
        pool.start(_Runnable(fn, context))
        return task

    @Slot(int, object, object)
    def _task_finished(self, task_id: int, result: Any, error: BaseException | None) -> None:
        task = self._running.pop(task_id)
        if not self._running:
            self.busy_changed.emit(False)
        task._finished(result, error)

    @Slot(int, int, int)
    def _task_progressed(self, task_id: int, done: int, total: int) -> None:
        task = self._running.get(task_id)
        if task is not None:
            task.progressed.emit(done, total)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for task in self._running.values():
            task.cancel()

    def wait_idle(self, msecs: int = -1) -> bool:
        """Block until the worker threads are idle (shutdown and tests); callbacks still queue."""
        return self._writer.waitForDone(msecs) and self._readers.waitForDone(msecs)
