"""The base of every sidebar page.

A page builds its widgets in ``__init__`` with ``self.tr()`` texts, reads through
``ctx.read``/``ctx.require_desk()`` and writes through ``ctx.write``. It declares in ``shows``
the subjects it draws: ``refresh(changes)`` is called when an operation touched one of them
(deferred until the page is shown, so hidden pages cost nothing). On a language change the main
window builds its pages anew, so a page needs no retranslation code.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.changes import Changes, Subject
from desktop_app.core.desk import Desk
from desktop_app.gui.context import AppContext


class Page(QWidget):
    key: ClassVar[str]
    # The icon's file name in resources/icons, without ".svg".
    icon: ClassVar[str] = "page"
    # Subjects this page draws; empty means every change refreshes it.
    shows: ClassVar[frozenset[Subject]] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The dialog open over this page (parts.open_dialog sets it, and clears it on close).
        self.dialog: QDialog | None = None
        self.setObjectName(f"page-{self.key}")
        self._pending: Changes | None = None
        self._stale = True
        ctx.changed.connect(self._on_changed)

    @classmethod
    def available(cls, desk: Desk) -> bool:
        """Whether the sidebar lists this page for the open desk (node role, user role)."""
        return True

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self, changes: Changes | None = None) -> None:
        """Reload what the page shows; ``changes`` None means everything."""

    def open_with(self, args: dict[str, Any]) -> None:
        """Called by ``ctx.go(key, **args)`` after the page is shown (filters, a record id)."""

    # -- deferred refresh ---------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if self.shows and not changes.touches(self.shows):
            return
        if self.isVisible() and self.ctx.desk is not None:
            self.refresh(changes)
            return
        if not self._stale:
            self._stale, self._pending = True, changes
        elif self._pending is not None:
            self._pending |= changes
        # else: already due for a full refresh

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.ctx.desk is not None:
            pending, self._pending, self._stale = self._pending, None, False
            self.refresh(pending)
