"""The Exchange page: export and import bundles, and the log of every bundle in and out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.changes import Changes, Subject
from desktop_app.core.desk import Desk
from desktop_app.core.models import UserRole
from desktop_app.exchange import service
from desktop_app.exchange.service import BundleLogRow, Outcome, PartnerInfo, exchange
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.base import human_size, local_time
from desktop_app.gui.dialogs.export import ExportDialog, open_transfer_form
from desktop_app.gui.dialogs.import_bundles import ImportDialog
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.parts import (
    WARNING_COLOUR,
    EmptyHint,
    fit_rows,
    open_dialog,
    table_view,
)
from desktop_app.gui.resources import icon
from desktop_app.gui.widgets import Column, RowTableModel


def load_log(desk: Desk) -> tuple[list[BundleLogRow], list[PartnerInfo]]:
    return exchange(desk).bundles(), exchange(desk).partners()


class ExchangePage(Page):
    key = "exchange"
    shows = frozenset({Subject.BUNDLE, Subject.CONFLICT, Subject.PARTNER})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.partners: list[PartnerInfo] = []
        self.model: RowTableModel[BundleLogRow] = RowTableModel(
            [
                Column(self.tr("Time"), lambda r: local_time(r.at), sort_key=lambda r: (r.at,)),
                Column(
                    self.tr("Direction"),
                    lambda r: self.tr("Sent") if r.direction == "out" else self.tr("Received"),
                ),
                Column(self.tr("Partner"), lambda r: r.peer),
                Column(self.tr("No."), lambda r: r.sequence, align_right=True),
                Column(self.tr("Outcome"), self._outcome, foreground=_refused_colour),
                Column(self.tr("Reason"), lambda r: r.reason, tooltip=lambda r: r.reason),
                Column(
                    self.tr("Size"),
                    lambda r: human_size(r.size),
                    sort_key=lambda r: (r.size,),
                    align_right=True,
                ),
                Column(
                    self.tr("SHA-256"), lambda r: r.sha256[:16] + "…", tooltip=lambda r: r.sha256
                ),
            ],
            self,
        )
        self.view = table_view(self.model, 0, Qt.SortOrder.DescendingOrder)  # newest first
        self.view.setWordWrap(True)
        self.empty_hint = EmptyHint(
            self.view,
            lambda: self.tr(
                "No bundle sent or received yet. Export writes one bundle per partner onto a "
                "stick or a folder; Import checks and merges what partners sent."
            ),
        )
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.view.activated.connect(self._transfer_form)

        self.export_button = QPushButton(icon("export"), self.tr("Export…"))
        self.export_button.clicked.connect(self.open_export)
        self.import_button = QPushButton(icon("import"), self.tr("Import…"))
        self.import_button.clicked.connect(self.open_import)
        self.form_button = QPushButton(icon("print"), self.tr("Transfer form…"))
        self.form_button.clicked.connect(self._transfer_form)
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        for button in (self.export_button, self.import_button, self.form_button):
            bar.addWidget(button)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self._enable()

    def open_with(self, args: dict[str, Any]) -> None:
        self._enable()  # the page may not have been shown since the store was unlocked
        if args.get("import_bundles") and self.import_button.isEnabled():
            self.open_import()

    def _outcome(self, row: BundleLogRow) -> str:
        names = {
            Outcome.SENT: self.tr("Sent"),
            Outcome.MERGED: self.tr("Merged"),
            Outcome.ALREADY: self.tr("Already imported"),
            Outcome.REFUSED: self.tr("Refused"),
        }
        text = names.get(row.outcome, row.outcome)
        if row.direction == "out" and row.acked:
            text += " · " + self.tr("acknowledged")
        if row.digest_match is False or row.receipt_digest_match is False:
            text += " · " + self.tr("data differs")
        return text

    def refresh(self, changes: Changes | None = None) -> None:
        self.ctx.read(load_log, on_done=self._loaded, parent_widget=self)

    def forget(self) -> None:
        self.partners = []

    def _loaded(self, result: tuple[list[BundleLogRow], list[PartnerInfo]]) -> None:
        rows, self.partners = result
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(5, min(self.view.columnWidth(5), 360))
        fit_rows(self.view)  # a long reason wraps within its 360 px
        active = [p for p in self.partners if p.status == service.ACTIVE]
        sent = [r for r in rows if r.direction == "out"]
        received = [r for r in rows if r.direction == "in" and r.outcome == Outcome.MERGED]
        parts = [self.tr("%n active partner(s).", "", len(active))]
        if sent:
            parts.append(self.tr("Last export: %s.") % local_time(sent[-1].at))
        if received:
            parts.append(self.tr("Last import: %s.") % local_time(received[-1].at))
        self.status.setText(" ".join(parts))
        self._enable()

    def selected(self) -> BundleLogRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self, *_args: object) -> None:
        desk = self.ctx.desk
        editor = desk is not None and desk.user_role is not UserRole.VIEWER
        self.export_button.setEnabled(editor)
        self.import_button.setEnabled(editor)
        row = self.selected()
        self.form_button.setEnabled(
            row is not None and bool(row.bundle_id) and row.outcome != Outcome.REFUSED
        )

    def open_export(self) -> None:
        last = str(self.ctx.settings.value("exchange/last_folder", "") or "")
        open_dialog(ExportDialog(self.ctx, self.partners, last, parent=self), self)

    def open_import(self) -> None:
        open_dialog(ImportDialog(self.ctx, parent=self), self)

    def _transfer_form(self) -> None:
        row = self.selected()
        if row is not None and self.form_button.isEnabled():
            open_transfer_form(self.ctx, self, row.bundle_id)


def _refused_colour(row: BundleLogRow) -> QColor | None:
    return QColor(WARNING_COLOUR) if row.outcome == Outcome.REFUSED else None
