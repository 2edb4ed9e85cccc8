"""The application's shared state: the open desk (None while locked), the task manager, settings.

Pages never hold a ``Desk`` of their own: they ask ``ctx.require_desk()`` when they need one and
listen to ``changed`` (the ``Changes`` an operation's transactions touched) to refresh only what
they show. ``ctx.write`` is the one way a page changes the store: the service call runs on the
write worker, then ``changed`` fires with what its transactions touched (``Desk.watch``, so no
caller names what it changes), then the page's callback runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.core.hlc import Clock
from desktop_app.errors import DeskError
from desktop_app.gui.tasks import Task, TaskContext, TaskManager, alive, show_error

if TYPE_CHECKING:
    # The store's code (SQLAlchemy, the models: about 50 MiB) is imported once the key is
    # derived, so the locked window holds none of it while Argon2id runs (gui/lock.py).
    from desktop_app.core.changes import Changes
    from desktop_app.core.desk import Desk

T = TypeVar("T")


class Locked(DeskError):
    """An action needs the store, but the application is locked."""


class AppContext(QObject):
    changed = Signal(object)  # the Changes an operation made
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
        from desktop_app.core.changes import Changes

        if self.desk is not None and self.desk is not desk:
            self.desk.close()
        self.desk = desk
        # "Everything changed" first, while the pages are hidden behind the unlock panel (or not
        # built yet): each page then reads once, when shown. The other way round the page shown
        # at the unlock read at its showing and again at the change, two dashboards at once.
        self.changed.emit(Changes.everything())
        self.unlocked.emit()

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

    def notify(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    # -- running service calls ----------------------------------------------------------------

    def write(
        self,
        fn: Callable[[Desk], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        title: str = "",
        parent_widget: QWidget | None = None,
    ) -> Task[T]:
        """Run ``fn(desk)`` on the write worker; on success emit ``changed`` with what it
        touched, then ``on_done(result)``. ``on_error`` gets ValidationError etc. (default: a
        message box)."""
        desk = self.require_desk()
        return self.run(
            lambda _context: fn(desk),
            on_done=on_done or (lambda _result: None),
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

        def done(result: T) -> None:
            # A read that ended while the lock closed its desk: what it read must not fill a
            # page of the locked window (docs/security.md); the page reads again at the unlock.
            # ``alive`` as the task checks it, the page being rebuilt meanwhile.
            if self.desk is desk and alive(on_done):
                on_done(result)

        return self.tasks.run(
            lambda _context: fn(desk),
            on_done=done,
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
        progress_dialog: bool = True,
    ) -> Task[T]:
        """``tasks.run`` for long work with progress (export, import, reports); a write to the
        open desk then emits ``changed`` with what it committed, even if it failed half-way
        (an export stops after the bundles it wrote)."""
        desk = self.desk
        committed: list[Changes] = []

        def work(context: TaskContext) -> T:
            if not write or desk is None:
                return fn(context)
            with desk.watch() as seen:
                try:
                    return fn(context)
                finally:
                    committed.append(seen.changes)

        def announce() -> None:
            if committed:
                self.notify(committed[0])

        def done(result: T) -> None:
            announce()
            if alive(on_done):
                on_done(result)

        def failed(error: Exception) -> None:
            announce()
            if not (alive(on_done) and alive(on_error)):
                return  # the widget that asked is gone
            if on_error is None:
                show_error(parent_widget, error, title)
            else:
                on_error(error)

        return self.tasks.run(
            work,
            on_done=done,
            on_error=failed,
            write=write,
            title=title,
            cancellable=cancellable,
            parent_widget=parent_widget,
            progress_dialog=progress_dialog,
        )
