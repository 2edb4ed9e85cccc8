"""The base of every sidebar page.

A page builds its widgets in ``__init__`` with ``self.tr()`` texts, reads through
``ctx.read``/``ctx.require_desk()`` and writes through ``ctx.write``. It declares in ``shows``
the subjects it draws: ``refresh(changes)`` is called when an operation touched one of them
(deferred until the page is shown, so hidden pages cost nothing). On a language change the main
window builds its pages anew, so a page needs no retranslation code. At the lock ``drop_loaded``
empties what the page read (its lists' rows, and in ``forget`` its detail pane and caches), and
the page reads everything again when shown after the unlock.
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QListWidget, QTableWidget, QWidget

from desktop_app.core.changes import Changes, Subject
from desktop_app.core.desk import Desk
from desktop_app.gui.context import AppContext
from desktop_app.gui.page_list import BY_KEY
from desktop_app.gui.widgets import RowTableModel

ObjectT = TypeVar("ObjectT", bound=QObject)


def _window(child: QObject) -> QWidget | None:
    while not isinstance(child, QWidget):
        parent = child.parent()
        if parent is None:
            return None
        child = parent
    return child.window()


class Page(QWidget):
    # Its name in gui/page_list.py, which gives its icon and title.
    key: ClassVar[str]
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
        self._captions: dict[QLabel, tuple[str, str]] = {}
        self._read_choices: list[QComboBox] = []
        ctx.changed.connect(self._on_changed)

    @classmethod
    def available(cls, desk: Desk) -> bool:
        """Whether the sidebar lists this page for the open desk (node role, user role)."""
        return True

    def title(self) -> str:
        return BY_KEY[self.key].title()

    def refresh(self, changes: Changes | None = None) -> None:
        """Reload what the page shows; ``changes`` None means everything."""

    def open_with(self, args: dict[str, Any]) -> None:
        """Called by ``ctx.go(key, **args)`` after the page is shown (filters, a record id)."""

    # -- the lock ---------------------------------------------------------------------------

    def reads_choices(self, *combos: QComboBox) -> None:
        """``combos`` list what the store holds (institutions, references, users): the lock
        empties them, keeping the chosen value alone (without its text) for the unlock's reload
        to choose again."""
        self._read_choices.extend(combos)

    def keep_captions(self) -> None:
        """Note each label's text and tooltip as built, before anything is read: at the lock a
        label returns to them (a caption stays, a detail pane's value empties)."""
        self._captions = {
            label: (label.text(), label.toolTip()) for label in self.findChildren(QLabel)
        }

    def drop_loaded(self) -> None:
        """At the lock: empty what was read from the store, so that the locked window holds none
        of it (docs/security.md, "A thief of a laptop"). The unlock's ``changed`` (everything)
        reads it again, at once if shown, else when next shown. What the user typed (searches,
        filters, the dialogs hidden by the lock) stays, and so do the selected record's id and
        the filters' chosen values (``reads_choices``)."""
        self.forget()  # first: a page notes there which record is selected
        for model in self._own(RowTableModel):
            model.set_rows([])
        for items in self._own(QListWidget):
            items.clear()
        for table in self._own(QTableWidget):
            table.setRowCount(0)
        for combo in self._read_choices:
            chosen = combo.currentData()
            combo.blockSignals(True)  # the page's filter stays as chosen
            combo.clear()
            combo.addItem("", chosen)
            combo.blockSignals(False)
        for label in self._own(QLabel):
            # A label made after keep_captions was made for what was read.
            text, tip = self._captions.get(label, ("", ""))
            label.setText(text)
            label.setToolTip(tip)

    def forget(self) -> None:
        """Clear what ``drop_loaded`` does not reach: fields and charts filled from the store,
        records kept in attributes (called before the lists are emptied)."""

    def _own(self, kind: type[ObjectT]) -> list[ObjectT]:
        """The page's objects of ``kind``, not those of a dialog opened over it: the lock hides
        the dialog with the user's typing in it."""
        return [child for child in self.findChildren(kind) if _window(child) is self.window()]

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
