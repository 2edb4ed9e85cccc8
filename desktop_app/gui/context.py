"""The application's shared state: the open desk (None while locked), the task manager, settings.

Pages never hold a ``Desk`` of their own: they ask ``ctx.require_desk()`` when they need one and
listen to ``changed`` (the set of record kinds an operation touched) to refresh only what they
show. ``ctx.write`` is the one way a page changes the store: the service call runs on the write
worker, then ``changed`` fires with the kinds it touched, then the page's callback runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.core.desk import Desk
from desktop_app.core.hlc import Clock
from desktop_app.errors import DeskError
from desktop_app.gui.tasks import Task, TaskContext, TaskManager, alive

T = TypeVar("T")

# Every kind a page may listen for; ``ALL_KINDS`` is sent after unlock or an import merge.
ALL_KINDS: frozenset[str] = frozenset(
    {
        "institution",
        "facility",
        "strategy",
        "direction",
        "measure",
        "indicator",
        "progress_report",
        "evaluation",
        "requirement",
        "inspection",
        "inspection_note",
        "finding",
        "deadline_extension",
        "attachment",
        "user",
        "setting",
        "partner",
        "exchange",
        "audit",
    }
)


class Locked(DeskError):
    """An action needs the store, but the application is locked."""


class AppContext(QObject):
    changed = Signal(object)  # set[str] of record kinds that changed
    locked = Signal()
    unlocked = Signal()
    language_changed = Signal(str)
    idle_minutes_changed = Signal(float)
    # Ask the main window to show a page: (page key, arguments for ``Page.open_with``).
    navigate = Signal(str, object)

    def __init__(
        self,
        home: Path,
        settings: QSettings,
        tasks: TaskManager | None = None,
        parent: QObject | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.home = home
        # Handed to open_desk: tests pin it, the application leaves it None (system time).
        self.clock = clock
        self.settings = settings
        self.tasks = tasks or TaskManager(self)
        self.desk: Desk | None = None

    # -- the desk ---------------------------------------------------------------------------

    def require_desk(self) -> Desk:
        if self.desk is None:
            raise Locked(self.tr("the application is locked"))
        return self.desk

    def set_desk(self, desk: Desk) -> None:
        """Take an unlocked desk; pages refresh everything."""
        if self.desk is not None and self.desk is not desk:
            self.desk.close()
        self.desk = desk
        self.unlocked.emit()
        self.changed.emit(set(ALL_KINDS))

    def lock(self) -> None:
        """Close the store (running tasks finish first) and tell the windows to hide."""
        if self.desk is None:
            return
        self.tasks.cancel_all()
        self.tasks.wait_idle()
        desk, self.desk = self.desk, None
        desk.close()
        self.locked.emit()

    def go(self, key: str, **args: object) -> None:
        """Show page ``key``, e.g. ``ctx.go("measures", status="delayed")``."""
        self.navigate.emit(key, args)

    @property
    def is_locked(self) -> bool:
        return self.desk is None

    def notify(self, kinds: Iterable[str]) -> None:
        kinds = set(kinds)
        if kinds:
            self.changed.emit(kinds)

    # -- running service calls ----------------------------------------------------------------

    def write(
        self,
        fn: Callable[[Desk], T],
        *,
        kinds: Iterable[str],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        title: str = "",
        parent_widget: QWidget | None = None,
    ) -> Task[T]:
        """Run ``fn(desk)`` on the write worker; on success emit ``changed(kinds)``, then
        ``on_done(result)``. ``on_error`` gets ValidationError etc. (default: a message box)."""
        desk = self.require_desk()
        touched = set(kinds)

        def done(result: T) -> None:
            self.notify(touched)
            if on_done is not None and alive(on_done):
                on_done(result)

        return self.tasks.run(
            lambda _context: fn(desk),
            on_done=done,
            on_error=on_error,
            write=True,
            title=title,
            parent_widget=parent_widget,
        )

    def read(
        self,
        fn: Callable[[Desk], T],
        *,
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
        title: str = "",
        parent_widget: QWidget | None = None,
    ) -> Task[T]:
        """Run ``fn(desk)`` on the reader pool and hand the result to ``on_done``."""
        desk = self.require_desk()
        return self.tasks.run(
            lambda _context: fn(desk),
            on_done=on_done,
            on_error=on_error,
            title=title,
            parent_widget=parent_widget,
        )

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
    ) -> Task[T]:
        """``tasks.run`` as is, for long work with progress (export, import, reports)."""
        return self.tasks.run(
            fn,
            on_done=on_done,
            on_error=on_error,
            write=write,
            title=title,
            cancellable=cancellable,
            parent_widget=parent_widget,
        )
