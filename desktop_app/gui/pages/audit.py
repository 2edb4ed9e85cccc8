"""The Audit log page: the latest entries with filters, and a check of the whole hash chain."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import audit
from desktop_app.core.changes import Changes
from desktop_app.core.desk import Desk
from desktop_app.gui import labels
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.base import local_time
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.parts import WARNING_COLOUR, table_view
from desktop_app.gui.resources import icon
from desktop_app.gui.tasks import error_text
from desktop_app.gui.widgets import Column, RowTableModel

LIMIT = 2000
OK_COLOUR = "#1b6e20"


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: dt.datetime | None
    user: str
    action: str
    record_kind: str
    record_id: str
    detail: str


@dataclass(frozen=True)
class AuditData:
    rows: list[AuditRow]
    actions: list[str]
    users: list[str]
    total: int


def _moment(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def load_audit(desk: Desk, action: str, user: str, text: str) -> AuditData:
    log = desk.audit
    events = log.recent(LIMIT, action=action or None, user=user or None, text=text or None)
    rows = [
        AuditRow(e.seq, _moment(e.at), e.user, e.action, e.record_kind, e.record_id, e.detail)
        for e in events
    ]
    return AuditData(rows, log.actions(), log.users(), log.count())


def verify_chain(desk: Desk) -> audit.ChainCheck:
    return desk.audit.verify()


class AuditPage(Page):
    key = "audit"
    shows = frozenset()  # every change is audited

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowTableModel[AuditRow] = RowTableModel(
            [
                Column(self.tr("No."), lambda r: r.seq, align_right=True),
                Column(self.tr("Time"), lambda r: local_time(r.at), sort_key=lambda r: (r.seq,)),
                Column(self.tr("User"), lambda r: r.user),
                Column(self.tr("Action"), lambda r: labels.term(r.action)),
                Column(self.tr("Record"), lambda r: labels.term(r.record_kind)),
                Column(self.tr("Id"), lambda r: r.record_id[:13], tooltip=lambda r: r.record_id),
                Column(self.tr("Detail"), lambda r: r.detail, tooltip=lambda r: r.detail),
            ],
            self,
        )
        self.view = table_view(self.model, 0, Qt.SortOrder.DescendingOrder)
        self.action = QComboBox()
        self.user = QComboBox()
        for combo in (self.action, self.user):
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._fill_choices([], [])
        self.reads_choices(self.action, self.user)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Text in the record or detail"))
        self.search.setClearButtonEnabled(True)
        # Reload once typing pauses, not on every key.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.verify_button = QPushButton(icon("key"), self.tr("Verify the chain"))
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.action)
        filters.addWidget(self.user)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.result)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)

    def refresh(self, changes: Changes | None = None) -> None:
        action, user = self.action.currentData() or "", self.user.currentData() or ""
        text = self.search.text().strip()
        self.ctx.read(
            lambda desk: load_audit(desk, action, user, text),
            on_done=self._loaded,
            parent_widget=self,
        )

    def _fill_choices(self, actions: list[str], users: list[str]) -> None:
        """Everything, then the actions and users the log holds; the chosen one chosen again."""
        for combo, everything, values in (
            (self.action, self.tr("All actions"), actions),
            (self.user, self.tr("All users"), users),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(labels.term(value) if combo is self.action else value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _loaded(self, data: AuditData) -> None:
        self._fill_choices(data.actions, data.users)
        self.model.set_rows(data.rows)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(6, min(self.view.columnWidth(6), 520))
        self.count.setText(
            self.tr("%1 entries shown of %2 in the log (at most %3, newest first)")
            .replace("%1", str(len(data.rows)))
            .replace("%2", str(data.total))
            .replace("%3", str(LIMIT))
        )

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.result.setText(self.tr("Verifying…"))
        self.result.setStyleSheet("")

        def failed(error: Exception) -> None:
            self.verify_button.setEnabled(True)
            self.result.setText(error_text(error))

        self.ctx.read(verify_chain, on_done=self._verified, on_error=failed, parent_widget=self)

    def _verified(self, check: audit.ChainCheck) -> None:
        self.verify_button.setEnabled(True)
        if check.ok:
            self.result.setText(
                self.tr(
                    "The chain is intact: %n entries, each linked to the one before. Head: %1",
                    "",
                    check.entries,
                ).replace("%1", check.head[:16])
            )
            self.result.setStyleSheet(f"color: {OK_COLOUR}")
        else:
            first, *more = [labels.message(problem, capital=False) for problem in check.problems]
            self.result.setText(
                "\n".join(
                    [
                        self.tr(
                            "The chain is broken: %1. Entries intact before it: %n.",
                            "",
                            check.entries,
                        ).replace("%1", first),
                        *more,
                    ]
                )
            )
            self.result.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold")
