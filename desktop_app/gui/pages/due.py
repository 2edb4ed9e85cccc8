"""The Due page: what is expected of each institution, as of today, within a window of days;
the same list prints per institution from the Reports page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.changes import Changes, Subject
from desktop_app.core.desk import Desk
from desktop_app.core.due import DEFAULT_WITHIN, MAX_WITHIN, DueItem, DueList
from desktop_app.core.models import NodeRole
from desktop_app.gui.context import AppContext
from desktop_app.gui.labels import due_kind
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.parts import EmptyHint, fit_rows, overdue_colour, table_view
from desktop_app.gui.resources import icon
from desktop_app.gui.widgets import Column, RowTableModel, format_date


@dataclass(frozen=True)
class DueData:
    due: DueList
    institutions: list[tuple[str, str]]  # (code, name); empty at an institution


def load_due(desk: Desk, institution: str, within: int) -> DueData:
    coordinator = desk.node.role is NodeRole.COORDINATOR
    return DueData(
        due=desk.due.items(institution or None, within),
        institutions=[(i.code, i.name) for i in desk.plan.institutions()] if coordinator else [],
    )


class DuePage(Page):
    key = "due"
    shows = frozenset(
        {
            Subject.MEASURE,
            Subject.PROGRESS_REPORT,
            Subject.EVALUATION,
            Subject.FINDING,
            Subject.INSPECTION,
            Subject.INSTITUTION,
            Subject.OFFICIAL_STATUS,
            Subject.STATUS_DECISION,
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowTableModel[DueItem] = RowTableModel(
            [
                Column(
                    self.tr("Due"),
                    lambda i: format_date(i.due),
                    sort_key=lambda i: (i.due is None, i.due),
                    foreground=overdue_colour,
                ),
                Column(self.tr("Institution"), lambda i: i.institution),
                Column(self.tr("Type"), lambda i: due_kind(i.kind)),
                Column(self.tr("Reference"), lambda i: i.ref),
                Column(self.tr("Description"), lambda i: i.title, tooltip=lambda i: i.title),
                Column(
                    self.tr("Remark"),
                    lambda i: self.tr("overdue") if i.overdue else "",
                    foreground=overdue_colour,
                ),
            ],
            self,
        )
        self.view = table_view(self.model)
        self.view.setObjectName("due-table")
        # The description takes the room left, wrapped, so the remark stays in sight.
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(True)
        self.empty_hint = EmptyHint(
            self.view, lambda: self.tr("Nothing is due within the chosen number of days.")
        )
        self.institution = QComboBox()
        self.institution.setObjectName("due-institution")
        self.reads_choices(self.institution)
        self.institution.setMinimumContentsLength(24)
        self.institution.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.within = QSpinBox()
        self.within.setObjectName("due-within")
        self.within.setRange(0, MAX_WITHIN)
        self.within.setValue(DEFAULT_WITHIN)
        self.within.setSuffix(self.tr(" days"))
        self.print_button = QPushButton(icon("print"), self.tr("Print due list…"))
        self.print_button.clicked.connect(self._print)
        self.summary = QLabel()
        self.summary.setObjectName("due-summary")
        self.summary.setWordWrap(True)
        # An institution sees its own items only: no chooser, and no label left without it.
        self.institution_label = QLabel(self.tr("Institution"))
        bar = QHBoxLayout()
        bar.addWidget(self.institution_label)
        bar.addWidget(self.institution)
        bar.addWidget(QLabel(self.tr("Within")))
        bar.addWidget(self.within)
        bar.addWidget(self.print_button)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.institution.activated.connect(lambda _index: self.refresh())
        self.within.editingFinished.connect(self.refresh)

    def open_with(self, args: dict[str, Any]) -> None:
        if "within" in args:
            self.within.setValue(int(str(args["within"])))
        if "institution" in args:
            self.institution.setCurrentIndex(max(0, self.institution.findData(args["institution"])))
        self.refresh()

    def refresh(self, changes: Changes | None = None) -> None:
        code = self.institution.currentData() or ""
        within = self.within.value()
        self.ctx.read(
            lambda desk: load_due(desk, code, within), on_done=self._loaded, parent_widget=self
        )

    def _loaded(self, data: DueData) -> None:
        chosen = self.institution.currentData() or ""
        self.institution.clear()
        self.institution.setVisible(bool(data.institutions))
        self.institution_label.setVisible(bool(data.institutions))
        if data.institutions:
            self.institution.addItem(self.tr("All institutions"), "")
            for code, name in data.institutions:
                self.institution.addItem(f"{code} — {name}", code)
            self.institution.setCurrentIndex(max(0, self.institution.findData(chosen)))
        self.model.set_rows(data.due.items)
        self.view.resizeColumnsToContents()
        fit_rows(self.view)
        counts = data.due.counts()
        overdue = sum(1 for item in data.due.items if item.overdue)
        parts = [f"{due_kind(kind)}: {n}" for kind, n in counts.items()]
        text = self.tr("As of %1: %n item(s), %2 overdue.", "", len(data.due.items))
        text = text.replace("%1", format_date(data.due.as_of)).replace("%2", str(overdue))
        self.summary.setText(" ".join([text, " · ".join(parts)]).strip())
        self.print_button.setEnabled(bool(data.due.institution))

    def _print(self) -> None:
        code = self.institution.currentData() or self.ctx.require_desk().node.code
        self.ctx.go("reports", kind="due-list", institution=code)
