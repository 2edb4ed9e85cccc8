"""The Inspections page: the list, and one inspection with its notes and findings.

Notes are written as the inspection goes: one line and Enter, stamped with the time and the user.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.access import Right
from desktop_app.core.changes import Changes, Subject
from desktop_app.core.commission import AWAITING, SignedAct
from desktop_app.core.desk import Desk
from desktop_app.core.inspections import FindingRow, InspectionDetail, InspectionRow
from desktop_app.core.models import Inspection, InspectionAct, NodeRole, SignerSide
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.base import local_time
from desktop_app.gui.dialogs.inspection import (
    Choices,
    ExtendDeadlineDialog,
    FindingDialog,
    InspectionDialog,
    IssueActDialog,
)
from desktop_app.gui.labels import inspection_status, label
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.parts import (
    EmptyHint,
    Facts,
    finding_columns,
    fit_description,
    heading_label,
    open_dialog,
    open_row_with,
    table_view,
)
from desktop_app.gui.resources import icon
from desktop_app.gui.widgets import Column, FormErrors, RowTableModel, format_date


def inspection_rows(desk: Desk) -> tuple[list[InspectionRow], Choices]:
    return desk.inspections.rows(), Choices.load(desk)


class InspectionsPage(Page):
    key = "inspections"
    shows = frozenset(
        {
            Subject.INSPECTION,
            Subject.INSPECTION_NOTE,
            Subject.INSPECTION_ACT,
            Subject.COMMISSION_SIGNATURE,
            Subject.FINDING,
            Subject.DEADLINE_EXTENSION,
            Subject.INSTITUTION,
            Subject.FACILITY,
            Subject.REQUIREMENT,
            Subject.ATTACHMENT,
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.choices = Choices()
        self.detail: InspectionDetail | None = None
        self.signed: dict[str, SignedAct] = {}
        self._wanted: str | None = None
        # The inspection whose detail was last asked for: the list's load selects a row, and
        # the selection would ask for the detail a second time.
        self._asked: str | None = None
        left = self._list_panel()
        detail = self._detail_panel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("inspections-splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([480, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._show_detail(None)

    def _list_panel(self) -> QWidget:
        """The inspections, newest first, with the new and edit buttons."""
        self.model: RowTableModel[InspectionRow] = RowTableModel(
            [
                Column(self.tr("Reference"), lambda r: r.reference),
                Column(self.tr("Institution"), lambda r: r.institution_code),
                # Status and act before the dates: at 1280 px the detail takes half the width
                # and the last columns scroll out of sight.
                Column(self.tr("Status"), lambda r: inspection_status(r.status)),
                Column(self.tr("Act"), lambda r: label(r.act) if r.act else ""),
                Column(self.tr("Type"), lambda r: label(r.kind)),
                Column(
                    self.tr("Start"),
                    lambda r: r.start_date,
                    sort_key=lambda r: (r.start_date or dt.date.min,),
                ),
                Column(
                    self.tr("End"),
                    lambda r: r.end_date,
                    sort_key=lambda r: (r.end_date or dt.date.min,),
                ),
            ],
            self,
        )
        # Newest first, by start date.
        self.view = table_view(self.model, 5, Qt.SortOrder.DescendingOrder)
        self.empty_hint = EmptyHint(self.view, self._empty_text)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.new_button = QPushButton(icon("add"), self.tr("New inspection…"))
        self.new_button.clicked.connect(self._new)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit…"))
        self.edit_button.clicked.connect(self._edit)
        open_row_with(self.view, self.edit_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch()
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.view)
        return left

    def _detail_panel(self) -> QWidget:
        """The chosen inspection: its facts, the act's buttons, its notes and findings."""
        self.heading = heading_label()
        self.facts = Facts(
            (
                ("institution", self.tr("Institution")),
                ("facilities", self.tr("Facilities")),
                ("kind", self.tr("Type")),
                ("dates", self.tr("Dates")),
                ("legal_basis", self.tr("Legal basis")),
                ("team", self.tr("Team")),
                ("team_node", self.tr("Team node")),
                ("scope", self.tr("Scope")),
                ("status", self.tr("Status")),
                ("conclusion", self.tr("Conclusion")),
                ("acts", self.tr("Act")),
            )
        )
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addLayout(self.facts)
        detail_layout.addLayout(self._act_buttons())
        inner = QSplitter(Qt.Orientation.Vertical)
        inner.addWidget(self._notes_box())
        inner.addWidget(self._findings_box())
        inner.setStretchFactor(1, 2)
        detail_layout.addWidget(inner, 1)
        self.detail_widget = detail
        return detail

    def _notes_box(self) -> QGroupBox:
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Type a note and press Enter"))
        self.note_edit.returnPressed.connect(self._add_note)
        self.note_errors = FormErrors()
        notes_box = QGroupBox(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self.note_errors.wrap("text", self.note_edit))
        notes_layout.addWidget(self.note_errors.general)
        return notes_box

    def _act_buttons(self) -> QHBoxLayout:
        """Issue, print and co-sign the act."""
        self.issue_button = QPushButton(self.tr("Issue act…"))
        self.issue_button.clicked.connect(self._issue)
        self.print_button = QPushButton(icon("report"), self.tr("Print the act"))
        self.print_button.setToolTip(self.tr("The latest document issued: the act or its addendum"))
        self.print_button.clicked.connect(self._print)
        # The partner agency's desk signs with its node key what the issuing agency issued.
        self.co_sign_button = QPushButton(self.tr("Co-sign the act"))
        self.co_sign_button.setObjectName("co-sign-act")
        self.co_sign_button.setToolTip(
            self.tr(
                "Sign the act and its addenda for the State Security Service with this node's"
                " key; the findings reach the institution once both agencies have signed"
            )
        )
        self.co_sign_button.clicked.connect(self._co_sign)
        act_buttons = QHBoxLayout()
        act_buttons.addWidget(self.issue_button)
        act_buttons.addWidget(self.print_button)
        act_buttons.addWidget(self.co_sign_button)
        act_buttons.addStretch()
        return act_buttons

    def _findings_box(self) -> QGroupBox:
        self.findings_model: RowTableModel[FindingRow] = RowTableModel(
            finding_columns(with_inspection=False), self
        )
        self.findings_view = table_view(self.findings_model)  # by number
        self.findings_view.selectionModel().selectionChanged.connect(self._enable)
        self.add_finding_button = QPushButton(icon("add"), self.tr("Add finding…"))
        self.add_finding_button.clicked.connect(self._add_finding)
        self.edit_finding_button = QPushButton(icon("edit"), self.tr("Edit finding…"))
        self.edit_finding_button.clicked.connect(self._edit_finding)
        open_row_with(self.findings_view, self.edit_finding_button)
        self.extend_button = QPushButton(self.tr("Extend deadline…"))
        self.extend_button.clicked.connect(self._extend)
        self.co_sign_closure_button = QPushButton(self.tr("Co-sign the closure"))
        self.co_sign_closure_button.setObjectName("co-sign-closure")
        self.co_sign_closure_button.clicked.connect(self._co_sign_closure)
        findings_box = QGroupBox(self.tr("Findings"))
        findings_layout = QVBoxLayout(findings_box)
        finding_buttons = QHBoxLayout()
        for button in (
            self.add_finding_button,
            self.edit_finding_button,
            self.extend_button,
            self.co_sign_closure_button,
        ):
            finding_buttons.addWidget(button)
        finding_buttons.addStretch()

        findings_layout.addLayout(finding_buttons)
        findings_layout.addWidget(self.findings_view)
        return findings_box

    def _empty_text(self) -> str:
        """What to do next while there is no inspection, for this kind of desk."""
        desk = self.ctx.desk
        role = desk.node.role if desk is not None else None
        if role is NodeRole.COORDINATOR:
            return self.tr("No inspections yet. Plan one with the New inspection button.")
        if role is NodeRole.INSPECTION_TEAM:
            return self.tr(
                "No inspection is assigned to this team yet: assignments come with the "
                "coordinator's bundle. Import it on the Exchange page."
            )
        if role is NodeRole.PARTNER_AGENCY:
            return self.tr(
                "No inspection has reached the partner agency yet: inspections and their acts "
                "come with the coordinator's bundle. Import it on the Exchange page."
            )
        return self.tr("No inspection of this institution has been recorded.")

    # -- loading ------------------------------------------------------------------------------

    def refresh(self, changes: Changes | None = None) -> None:
        self.ctx.read(inspection_rows, on_done=self._loaded, parent_widget=self)

    def forget(self) -> None:
        # The unlock's reload selects the inspection again (``_wanted``).
        if self.detail is not None and self._wanted is None:
            self._wanted = self.detail.inspection.reference
        self.choices = Choices()
        self._show_detail(None)

    def _loaded(self, result: tuple[list[InspectionRow], Choices]) -> None:
        rows, self.choices = result
        current = self._wanted or (self.detail.inspection.reference if self.detail else None)
        self._wanted = None
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        row = self.model.row_of(lambda r: r.reference == current) if current else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            reference = self.model.row_at(row).reference
            self._asked = None  # the detail is read again, if shown already too
            self.view.selectRow(row)
            if self._asked != reference:
                self._load_detail(reference)
        else:
            self._show_detail(None)

    def open_with(self, args: dict[str, Any]) -> None:
        reference = args.get("inspection")
        if isinstance(reference, str):
            self.select(reference)

    def select(self, reference: str) -> None:
        row = self.model.row_of(lambda r: r.reference == reference)
        if row >= 0:
            self.view.selectRow(row)
        else:
            self._wanted = reference

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            reference = self.model.row_at(rows[0].row()).reference
            if reference != self._asked:
                self._load_detail(reference)

    def _load_detail(self, reference: str) -> None:
        self._asked = reference

        def read(desk: Desk) -> tuple[InspectionDetail, list[SignedAct]]:
            return desk.inspections.detail(reference), desk.commission.acts(reference)

        self.ctx.read(read, on_done=lambda result: self._show_detail(*result), parent_widget=self)

    def _show_detail(
        self, detail: InspectionDetail | None, signed: list[SignedAct] | None = None
    ) -> None:
        self.detail = detail
        self.signed = {item.act.id: item for item in signed or []}
        self.detail_widget.setEnabled(detail is not None)
        if detail is None:
            self._asked = None
            self.heading.setText(self.tr("No inspection selected"))
            self.facts.clear()
            self.notes.clear()
            self.findings_model.set_rows([])
            self._enable()
            return
        inspection: Inspection = detail.inspection
        self.heading.setText(self.tr("Inspection %s") % inspection.reference)
        dates = " – ".join(
            text
            for text in (format_date(inspection.start_date), format_date(inspection.end_date))
            if text
        )
        facts = {
            "institution": f"{detail.institution.code} — {detail.institution.name}",
            "facilities": ", ".join(f.name for f in detail.facilities),
            "kind": label(inspection.kind),
            "dates": dates,
            "legal_basis": inspection.legal_basis,
            "team": ", ".join(inspection.team),
            "scope": inspection.scope,
            "status": inspection_status(inspection.status),
            "conclusion": inspection.conclusion,
            "team_node": inspection.team_node or "",
            "acts": "\n".join(self._act_line(act) for act in detail.acts)
            or self.tr("not issued: its findings stay with the commission"),
        }
        self.facts.show(facts)
        self.notes.clear()
        for note in detail.notes:
            self.notes.addItem(f"{local_time(note.at)}  {note.author}: {note.text}")
        self.notes.scrollToBottom()
        selected = self._selected_finding()
        self.findings_model.set_rows(detail.findings)
        fit_description(self.findings_view)
        if selected is not None:
            row = self.findings_model.row_of(lambda r: r.id == selected.id)
            if row >= 0:
                self.findings_view.selectRow(row)
        self._enable()

    def _act_line(self, act: InspectionAct) -> str:
        line = (
            self.tr("Addendum %1 No %2 of %3, %4 finding(s)").replace("%1", str(act.addendum))
            if act.addendum
            else self.tr("No %2 of %3, %4 finding(s)")
        )
        line = (
            line.replace("%2", act.number)
            .replace("%3", format_date(act.issued_on))
            .replace("%4", str(len(act.finding_ids)))
        )
        signed = self.signed.get(act.id)
        if signed is None:
            return line
        signers = ", ".join(row.signer for row in signed.signatures)
        return f"{line} — {label(signed.status)}" + (f" ({signers})" if signers else "")

    # -- enabling by role ---------------------------------------------------------------------

    def _enable(self, *_args: object) -> None:
        desk = self.ctx.desk
        can_inspect = desk is not None and desk.access.can(Right.INSPECT)
        has = self.detail is not None
        finding = self._selected_finding()
        self.new_button.setEnabled(can_inspect)
        self.edit_button.setEnabled(can_inspect and has)
        self.note_edit.setEnabled(can_inspect and has)
        self.add_finding_button.setEnabled(
            desk is not None
            and self.detail is not None
            and desk.inspections.records_findings(self.detail.inspection)
        )
        self.edit_finding_button.setEnabled(can_inspect and finding is not None)
        self.extend_button.setEnabled(can_inspect and finding is not None)
        # With the act issued, the findings recorded since go into the next addendum.
        issued = self.detail is not None and bool(self.detail.acts)
        self.issue_button.setText(self.tr("Issue addendum…") if issued else self.tr("Issue act…"))
        self.issue_button.setEnabled(can_inspect and has)
        self.print_button.setEnabled(issued)
        can_co_sign = desk is not None and desk.access.can(Right.CO_SIGN)
        self.co_sign_button.setVisible(can_co_sign)
        self.co_sign_closure_button.setVisible(can_co_sign)
        self.co_sign_button.setEnabled(
            can_co_sign
            and any(
                all(row.side != SignerSide.PARTNER for row in item.signatures)
                for item in self.signed.values()
            )
        )
        self.co_sign_closure_button.setEnabled(
            can_co_sign and finding is not None and finding.closure == AWAITING
        )

    def _selected_finding(self) -> FindingRow | None:
        rows = self.findings_view.selectionModel().selectedRows()
        return self.findings_model.row_at(rows[0].row()) if rows else None

    # -- actions ------------------------------------------------------------------------------

    def _new(self) -> None:
        dialog = InspectionDialog(self.ctx, self.choices, parent=self)
        dialog.saved.connect(self._created)
        open_dialog(dialog, self)

    def _created(self, reference: object) -> None:
        self.select(str(reference))

    def _edit(self) -> None:
        if self.detail is not None:
            open_dialog(InspectionDialog(self.ctx, self.choices, self.detail, parent=self), self)

    def _co_sign(self) -> None:
        if self.detail is not None:
            reference = self.detail.inspection.reference
            self.ctx.write(lambda desk: desk.commission.co_sign(reference), parent_widget=self)

    def _co_sign_closure(self) -> None:
        finding = self._selected_finding()
        if finding is not None:
            ref = finding.ref
            self.ctx.write(lambda desk: desk.commission.co_sign_closure(ref), parent_widget=self)

    def _add_note(self) -> None:
        text = self.note_edit.text()
        if self.detail is None or not text.strip():
            return
        reference = self.detail.inspection.reference
        self.note_errors.clear()
        self.note_edit.setReadOnly(True)

        def done(_note: object) -> None:
            self.note_edit.setReadOnly(False)
            self.note_edit.clear()

        def failed(error: Exception) -> None:
            self.note_edit.setReadOnly(False)
            self.note_errors.show(error)

        self.ctx.write(
            lambda desk: desk.inspections.add_note(reference, text),
            on_done=done,
            on_error=failed,
            parent_widget=self,
        )

    def _add_finding(self) -> None:
        if self.detail is not None:
            open_dialog(
                FindingDialog(
                    self.ctx,
                    self.choices,
                    self.detail.inspection.reference,
                    self.detail.inspection.institution_id,
                    parent=self,
                ),
                self,
            )

    def _edit_finding(self) -> None:
        finding = self._selected_finding()
        if self.detail is not None and finding is not None and self.edit_finding_button.isEnabled():
            open_dialog(
                FindingDialog(
                    self.ctx,
                    self.choices,
                    self.detail.inspection.reference,
                    self.detail.inspection.institution_id,
                    finding,
                    parent=self,
                ),
                self,
            )

    def _extend(self) -> None:
        finding = self._selected_finding()
        if finding is not None:
            open_dialog(ExtendDeadlineDialog(self.ctx, finding, parent=self), self)

    def _issue(self) -> None:
        if self.detail is not None:
            dialog = IssueActDialog(
                self.ctx,
                self.detail.inspection.reference,
                addendum=bool(self.detail.acts),
                parent=self,
            )
            open_dialog(dialog, self)

    def _print(self) -> None:
        if self.detail is not None and self.detail.acts:
            self.ctx.go(
                "reports",
                kind="inspection-act",
                inspection=self.detail.inspection.reference,
                addendum=self.detail.acts[-1].addendum,
            )
