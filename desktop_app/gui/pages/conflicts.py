"""The Conflicts page (coordinator): concurrent edits the merge kept, side by side, one click
to keep either value."""

from __future__ import annotations

import datetime as dt
from textwrap import shorten
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.changes import Changes, Subject
from desktop_app.core.desk import Desk
from desktop_app.core.models import NodeRole, UserRole
from desktop_app.exchange.service import NamedConflict, exchange
from desktop_app.gui import labels
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.base import local_time
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.parts import EmptyHint, confirm, heading_label, table_view, warning_label
from desktop_app.gui.tasks import error_text
from desktop_app.gui.widgets import Column, RowTableModel


def shown_value(value: Any, record_kind: str = "", field: str = "") -> str:
    """A field's value as the GUI shows it elsewhere (``field`` of a ``record_kind`` record)."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):
        if (record_kind, field) == ("inspection", "status"):
            return labels.inspection_status(value)
        if shown := labels.named(value):  # a status or another stored value, translated
            return shown
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        return local_time(moment) if "T" in value else value
    return str(value)


def shown_side(item: NamedConflict, *, local: bool) -> str:
    """One of the two values: the record it refers to by name (``named_conflicts``), or the
    value itself as ``shown_value`` shows it."""
    c = item.conflict
    name = item.local_name if local else item.remote_name
    value = c.local_value if local else c.remote_value
    return name if name is not None else shown_value(value, c.record_kind, c.field)


class ConflictSide(QGroupBox):
    """One of the two values with its author and time, and the button that keeps it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.author = QLabel()
        self.value = QPlainTextEdit()
        self.value.setReadOnly(True)
        self.keep = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.author)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.keep)

    def show_side(self, shown: str, author: str, at: dt.datetime | None, kept: bool) -> None:
        self.author.setText(
            self.tr("by %1, %2").replace("%1", author).replace("%2", local_time(at) or "—")
        )
        self.value.setPlainText(shown)
        self.setStyleSheet("QGroupBox { font-weight: bold; }" if kept else "")


class ConflictsPage(Page):
    key = "conflicts"
    shows = frozenset({Subject.BUNDLE, Subject.CONFLICT})

    @classmethod
    def available(cls, desk: Desk) -> bool:
        return desk.node.role is NodeRole.COORDINATOR

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowTableModel[NamedConflict] = RowTableModel(
            [
                Column(
                    self.tr("Record"),
                    lambda i: f"{labels.term(i.conflict.record_kind)} {i.record}",
                ),
                Column(self.tr("Field"), lambda i: labels.term(i.conflict.field)),
                Column(self.tr("From"), lambda i: i.conflict.peer),
                Column(
                    self.tr("Found"),
                    lambda i: local_time(i.conflict.detected_at),
                    sort_key=lambda i: (i.conflict.detected_at,),
                ),
                Column(
                    self.tr("Status"),
                    lambda i: (
                        self.tr("Open") if i.conflict.status == "open" else self.tr("Resolved")
                    ),
                ),
            ],
            self,
        )
        self.view = table_view(self.model, 3, Qt.SortOrder.DescendingOrder)
        self.empty_hint = EmptyHint(
            self.view,
            lambda: self.tr(
                "No conflicts to review: every import merged without concurrent edits. Conflicts "
                "appear here after an import, when two desks changed the same field."
            ),
        )
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.show_resolved = QCheckBox(self.tr("Show resolved conflicts"))
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        self.count = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.show_resolved)
        left_layout.addLayout(top)
        left_layout.addWidget(self.view, 1)

        self.heading = heading_label()
        self.local = ConflictSide(self.tr("Value here"))
        self.remote = ConflictSide(self.tr("Incoming value"))
        self.local.keep.clicked.connect(lambda: self._keep(local=True))
        # Enter moves into the detail, to the first of the two choices (never makes one).
        self.view.activated.connect(lambda _index: self.local.keep.setFocus())
        self.remote.keep.clicked.connect(lambda: self._keep(local=False))
        self.error = warning_label()
        sides = QHBoxLayout()
        sides.addWidget(self.local)
        sides.addWidget(self.remote)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addLayout(sides, 1)
        detail_layout.addWidget(self.error)
        self.detail = detail

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("conflicts-splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._show(None)

    def refresh(self, changes: Changes | None = None) -> None:
        resolved = self.show_resolved.isChecked()
        self.ctx.read(
            lambda desk: exchange(desk).named_conflicts(include_resolved=resolved),
            on_done=self._loaded,
            parent_widget=self,
        )

    def _loaded(self, items: list[NamedConflict]) -> None:
        current = self.selected()
        self.model.set_rows(items)
        self.view.resizeColumnsToContents()
        still_open = sum(1 for item in items if item.conflict.status == "open")
        self.count.setText(self.tr("%n open conflict(s)", "", still_open))
        row = -1
        if current is not None:
            row = self.model.row_of(lambda i: i.conflict.id == current.conflict.id)
        if row < 0:
            row = self.model.row_of(lambda i: i.conflict.status == "open")
        if row >= 0:
            self.view.selectRow(row)
        else:
            self._show(None)

    def selected(self) -> NamedConflict | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self, *_args: object) -> None:
        self._show(self.selected())

    def forget(self) -> None:
        self._show(None)

    def _show(self, item: NamedConflict | None) -> None:
        self.error.hide()
        self.detail.setEnabled(item is not None)
        if item is None:
            self.heading.setText(self.tr("No conflict selected"))
            for side in (self.local, self.remote):
                side.author.clear()
                side.value.clear()
                side.keep.setText(self.tr("Keep this value"))
                side.keep.setEnabled(False)
            return
        c = item.conflict
        self.heading.setText(
            self.tr("%1 %2: field “%3”")
            .replace("%1", labels.term(c.record_kind))
            .replace("%2", item.record)
            .replace("%3", labels.term(c.field))
        )
        resolved = c.status != "open"
        kept_local = resolved and c.kept_value == c.local_value
        kept_remote = resolved and c.kept_value == c.remote_value
        for side, local, author, at, kept in (
            (self.local, True, c.local_author, c.local_at, kept_local),
            (self.remote, False, c.remote_author, c.remote_at, kept_remote),
        ):
            side.show_side(shown_side(item, local=local), author, at, kept)
        desk = self.ctx.desk
        may = desk is not None and desk.user_role is not UserRole.VIEWER and not resolved
        for side, kept in ((self.local, kept_local), (self.remote, kept_remote)):
            side.keep.setText(self.tr("Kept") if kept else self.tr("Keep this value"))
            side.keep.setEnabled(may)

    def _keep(self, *, local: bool) -> None:
        item = self.selected()
        if item is None:
            return
        c = item.conflict
        value = c.local_value if local else c.remote_value

        def failed(error: Exception) -> None:
            self.error.setText(error_text(error))
            self.error.show()

        confirm(
            self,
            self.tr("Resolve the conflict"),
            self.tr(
                "Keep “%1” in %2? The other value is set aside for good (the conflict's history "
                "keeps it), and partners receive the kept one with the next bundle."
            )
            .replace("%1", shorten(shown_side(item, local=local), 120, placeholder="…"))
            .replace("%2", self.heading.text()),
            self.tr("Keep this value"),
            lambda: self.ctx.write(
                lambda desk: exchange(desk).resolve_conflict(c.id, value),
                on_error=failed,
                parent_widget=self,
            ),
        )
