"""Dialogs of the Inspections page: an inspection, a finding, a deadline extension."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from desktop_app.core import threat
from desktop_app.core.desk import Desk
from desktop_app.core.inspections import FindingRow, InspectionDetail
from desktop_app.core.models import (
    Facility,
    InspectionKind,
    InspectionStatus,
    Institution,
    NodeRole,
    Requirement,
    Severity,
)
from desktop_app.exchange.channel import ACTIVE
from desktop_app.exchange.service import exchange
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.base import FormDialog, text_edit
from desktop_app.gui.labels import inspection_status, label
from desktop_app.gui.widgets import DateEdit, format_date


@dataclass(frozen=True)
class Choices:
    """What the inspection forms pick from, read once by the page off the GUI thread."""

    institutions: list[Institution] = field(default_factory=list)
    facilities: list[Facility] = field(default_factory=list)
    requirements: list[Requirement] = field(default_factory=list)
    teams: list[tuple[str, str]] = field(default_factory=list)  # enrolled team nodes (code, name)

    @classmethod
    def load(cls, desk: Desk) -> Choices:
        return cls(
            institutions=desk.plan.institutions(),
            facilities=desk.plan.facilities(),
            requirements=desk.catalog.requirements(),
            teams=[
                (partner.code, partner.name)
                for partner in exchange(desk).partners()
                if partner.role == NodeRole.INSPECTION_TEAM.value and partner.status == ACTIVE
            ],
        )

    def facilities_of(self, institution_id: str | None) -> list[Facility]:
        return [f for f in self.facilities if f.institution_id == institution_id]


def choice_combo(
    values: list[str], current: str | None = None, name: Callable[[str], str] = label
) -> QComboBox:
    """A combo of stored values shown by their translated ``name``s."""
    combo = QComboBox()
    for value in values:
        combo.addItem(name(value), value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class InspectionDialog(FormDialog):
    """Create an inspection, or edit one (``detail`` given)."""

    def __init__(
        self,
        ctx: AppContext,
        choices: Choices,
        detail: InspectionDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            self.tr("New inspection") if detail is None else self.tr("Edit inspection"),
            parent,
        )
        self.choices = choices
        self.detail = detail
        inspection = detail.inspection if detail else None
        self.setMinimumWidth(560)

        self.reference = QLineEdit(inspection.reference if inspection else "")
        self.reference.setPlaceholderText(self.tr("Assigned automatically when empty"))
        self.reference.setReadOnly(inspection is not None)
        self.institution = QComboBox()
        for institution in choices.institutions:
            self.institution.addItem(f"{institution.code} — {institution.name}", institution.id)
        if inspection is not None:
            self.institution.setCurrentIndex(
                max(0, self.institution.findData(inspection.institution_id))
            )
        self.facilities = QListWidget()
        self.facilities.setMaximumHeight(110)
        self.kind = choice_combo(InspectionKind.values(), inspection.kind if inspection else None)
        self.legal_basis = QLineEdit(inspection.legal_basis if inspection else "")
        self.start = DateEdit()
        self.end = DateEdit()
        self.end.follow(self.start)
        self.team = QLineEdit(", ".join(inspection.team) if inspection else "")
        self.team.setPlaceholderText(self.tr("Names separated by commas"))
        self.team_node = QComboBox()
        self.team_node.addItem(self.tr("(none: this desk records the findings)"), "")
        for code, name in choices.teams:
            self.team_node.addItem(f"{code} — {name}", code)
        assigned = inspection.team_node if inspection else None
        if assigned and self.team_node.findData(assigned) < 0:
            self.team_node.addItem(assigned, assigned)  # no longer enrolled here: kept as it is
        self.team_node.setCurrentIndex(max(0, self.team_node.findData(assigned or "")))
        self.scope = text_edit(inspection.scope if inspection else "")
        self.status = choice_combo(
            InspectionStatus.values(),
            inspection.status if inspection else None,
            inspection_status,
        )
        self.conclusion = text_edit(inspection.conclusion if inspection else "")
        if inspection is not None:
            self.start.set_value(inspection.start_date)
            self.end.set_value(inspection.end_date)

        self.add_row(self.tr("Reference"), "reference", self.reference)
        self.add_row(self.tr("Institution"), "institution", self.institution, "institution_id")
        self.add_row(self.tr("Facilities"), "facilities", self.facilities)
        self.add_row(self.tr("Type"), "kind", self.kind)
        self.add_row(self.tr("Legal basis"), "legal_basis", self.legal_basis)
        self.add_row(self.tr("Start"), "start", self.start)
        self.add_row(self.tr("End"), "end", self.end)
        self.add_row(self.tr("Team"), "team", self.team)
        self.add_row(self.tr("Team node"), "team_node", self.team_node)
        self.add_row(self.tr("Scope"), "scope", self.scope)
        self.add_row(self.tr("Status"), "status", self.status)
        self.add_row(self.tr("Conclusion"), "conclusion", self.conclusion)
        self.institution.currentIndexChanged.connect(self._fill_facilities)
        self._fill_facilities()

    def _fill_facilities(self) -> None:
        chosen = set(self.detail.inspection.facility_ids) if self.detail else set()
        self.facilities.clear()
        for facility in self.choices.facilities_of(self.institution.currentData()):
            item = QListWidgetItem(facility.name)
            item.setData(Qt.ItemDataRole.UserRole, facility.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = facility.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.facilities.addItem(item)

    def values(self) -> dict[str, Any]:
        facilities = [
            str(item.data(Qt.ItemDataRole.UserRole))
            for row in range(self.facilities.count())
            if (item := self.facilities.item(row)).checkState() == Qt.CheckState.Checked
        ]
        return {
            "institution": self.institution.currentData() or "",
            "facilities": facilities,
            "kind": self.kind.currentData(),
            "legal_basis": self.legal_basis.text(),
            "start": self.start.value(),
            "end": self.end.value(),
            "team": self.team.text().split(","),
            "team_node": self.team_node.currentData() or None,
            "scope": self.scope.toPlainText(),
            "status": self.status.currentData(),
            "conclusion": self.conclusion.toPlainText(),
        }

    def save(self) -> None:
        values = self.values()
        if self.detail is None:
            reference = self.reference.text()
            conclusion = values.pop("conclusion")

            def create(desk: Desk) -> str:
                ref = desk.inspections.add(reference=reference, **values).reference
                if conclusion.strip():
                    desk.inspections.update(ref, conclusion=conclusion)
                return ref

            self.submit(create)
        else:
            ref = self.detail.inspection.reference
            self.submit(lambda desk: desk.inspections.update(ref, **values))


def level_box(value: int | None) -> QSpinBox:
    """Likelihood or impact, 1 to 5; "—" (0) for a finding not weighed."""
    box = QSpinBox()
    box.setRange(0, max(threat.LEVELS))
    box.setSpecialValueText("—")
    box.setValue(value or 0)
    return box


class FindingDialog(FormDialog):
    """Record a finding against a catalog requirement, or edit one (``finding`` given). The
    threat is weighed by likelihood and impact: the form shows the risk score and the deadline
    and urgency the node's table gives it; another deadline needs its reason."""

    def __init__(
        self,
        ctx: AppContext,
        choices: Choices,
        inspection: str,
        institution_id: str,
        finding: FindingRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx,
            self.tr("New finding") if finding is None else self.tr("Edit finding %s") % finding.ref,
            parent,
        )
        self.inspection = inspection
        self.finding = finding
        self.setMinimumWidth(560)

        self.requirement = self._requirement_combo(choices)
        self.facility = QComboBox()
        self.facility.addItem(self.tr("(whole institution)"), "")
        for facility in choices.facilities_of(institution_id):
            self.facility.addItem(facility.name, facility.id)
        self.severity = choice_combo(
            Severity.values(), finding.severity if finding else Severity.MEDIUM.value
        )
        self.description = text_edit(finding.description if finding else "", lines=4)
        self.corrective = text_edit(finding.corrective_measure if finding else "")
        self.likelihood = level_box(finding.likelihood if finding else None)
        self.impact = level_box(finding.impact if finding else None)
        self.weighing = QLabel()
        self.weighing.setWordWrap(True)
        # Room for the longest (Russian) text, which arrives after the form is shown.
        self.weighing.setMinimumHeight(3 * self.weighing.fontMetrics().lineSpacing())
        self.deadline = DateEdit()
        self.deadline_reason = QLineEdit()
        self.deadline_reason.setPlaceholderText(
            self.tr("Only for a deadline other than the weighing gives")
        )
        self.urgent = QCheckBox(self.tr("Urgent measure: a breach is likely"))
        if finding is not None:
            self.requirement.setCurrentIndex(max(0, self.requirement.findData(finding.requirement)))
            self.facility.setCurrentIndex(max(0, self.facility.findText(finding.facility)))
            self.deadline.set_value(finding.deadline)
            # A set deadline moves only through a recorded extension.
            self.deadline.setEnabled(finding.deadline is None)
            self.deadline_reason.setText(finding.deadline_reason)
            self.deadline_reason.setEnabled(finding.deadline is None)
            self.urgent.setChecked(finding.urgent)

        self.add_row(self.tr("Requirement"), "requirement", self.requirement)
        self.add_row(self.tr("Facility"), "facility", self.facility)
        self.add_row(self.tr("Severity"), "severity", self.severity)
        self.add_row(self.tr("Description"), "description", self.description)
        self.add_row(self.tr("Corrective measure"), "corrective_measure", self.corrective)
        self.add_row(self.tr("Threat"), "likelihood", self._weighing_row(), "impact")
        self.add_row("", "weighing", self.weighing)
        self.add_row(self.tr("Deadline"), "deadline", self.deadline)
        self.add_row(self.tr("Reason for the deadline"), "deadline_reason", self.deadline_reason)
        self.add_row("", "urgent", self.urgent)
        for box in (self.likelihood, self.impact):
            box.valueChanged.connect(self._weigh)
        self.facility.currentIndexChanged.connect(self._weigh)
        self._weigh()

    def _requirement_combo(self, choices: Choices) -> QComboBox:
        """The catalog's requirements, found by any part of the code or title as typed."""
        combo = QComboBox()
        combo.addItem(self.tr("(no requirement)"), "")
        for requirement in choices.requirements:
            combo.addItem(f"{requirement.code} — {requirement.title}", requirement.code)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = combo.completer()
        assert completer is not None  # an editable combo always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return combo

    def _weighing_row(self) -> QWidget:
        """Likelihood and impact side by side."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Likelihood")))
        layout.addWidget(self.likelihood)
        layout.addWidget(QLabel(self.tr("Impact")))
        layout.addWidget(self.impact)
        layout.addStretch()
        return row

    def _weigh(self) -> None:
        """Show what the weighing gives, read off the GUI thread."""
        likelihood, impact = self.likelihood.value(), self.impact.value()
        if not (likelihood and impact):
            self.weighing.setText(self.tr("Not weighed: give both likelihood and impact."))
            return
        inspection, facility = self.inspection, self.facility.currentData() or None
        self.ctx.read(
            lambda desk: desk.inspections.preview_weighing(
                inspection, facility, likelihood, impact
            ),
            on_done=self._show_weighing,
            on_error=lambda error: self.weighing.setText(str(error)),
            parent_widget=self,
        )

    def _show_weighing(self, result: tuple[threat.Weighing, dt.date]) -> None:
        weighing, deadline = result
        text = (
            self.tr("Risk score %1 of 25 at a CII class %2 facility: default deadline %3")
            .replace("%1", str(weighing.score))
            .replace("%2", weighing.cii_class)
            .replace("%3", format_date(deadline))
        )
        if weighing.urgent:
            text += " · " + self.tr("urgent")
        self.weighing.setText(text)

    def _requirement_code(self) -> str:
        index = self.requirement.findText(self.requirement.currentText())
        if index >= 0:
            return str(self.requirement.itemData(index))
        # Typed by hand: the code is the first word ("A.5.1 — title" or just "A.5.1").
        return self.requirement.currentText().split(" ", 1)[0].strip()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "requirement": self._requirement_code() or None,
            "facility": self.facility.currentData() or None,
            "severity": self.severity.currentData(),
            "description": self.description.toPlainText(),
            "corrective_measure": self.corrective.toPlainText(),
            "urgent": self.urgent.isChecked(),
            "likelihood": self.likelihood.value() or None,
            "impact": self.impact.value() or None,
        }
        if self.deadline.isEnabled():
            values["deadline"] = self.deadline.value()
            values["deadline_reason"] = self.deadline_reason.text()
        return values

    def save(self) -> None:
        values = self.values()
        if self.finding is None:
            inspection = self.inspection
            description = values.pop("description")
            severity = values.pop("severity")
            self.submit(
                lambda desk: desk.inspections.add_finding(
                    inspection, description, severity, **values
                ),
            )
        else:
            finding = self.finding
            if values.get("deadline", finding.deadline) == finding.deadline:
                values.pop("deadline", None)
            for name in ("likelihood", "impact"):
                if values[name] == getattr(finding, name):
                    del values[name]
            self.submit(lambda desk: desk.inspections.update_finding(finding.ref, **values))


class ExtendDeadlineDialog(FormDialog):
    """Move a finding's deadline, with the reason and who approved it on record."""

    def __init__(self, ctx: AppContext, finding: FindingRow, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Extend the deadline of %s") % finding.ref, parent)
        self.finding = finding
        self.current = QLineEdit(format_date(finding.deadline) or self.tr("none"))
        self.current.setReadOnly(True)
        self.new_date = DateEdit(optional=False)
        start = finding.deadline or ctx.require_desk().today()
        self.new_date.set_value(start + dt.timedelta(days=30))
        self.reason = text_edit()
        self.approved_by = QLineEdit()
        self.add_row(self.tr("Current deadline"), "current", self.current)
        self.add_row(self.tr("New deadline"), "new_date", self.new_date)
        self.add_row(self.tr("Reason"), "reason", self.reason)
        self.add_row(self.tr("Approved by"), "approved_by", self.approved_by)

    def save(self) -> None:
        ref = self.finding.ref
        new_date, reason = self.new_date.value() or "", self.reason.toPlainText()
        approved_by = self.approved_by.text()
        self.submit(
            lambda desk: desk.inspections.extend_deadline(ref, new_date, reason, approved_by)
        )


class IssueActDialog(FormDialog):
    """Issue the inspection's act, or (``addendum``) the next addendum with the findings
    recorded since: its number and the date it is issued, which the printed act keeps."""

    def __init__(
        self,
        ctx: AppContext,
        inspection: str,
        *,
        addendum: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Issue an addendum to act %s") if addendum else self.tr("Issue act %s")
        super().__init__(ctx, title % inspection, parent)
        self.inspection = inspection
        self.addendum = addendum
        self.number = QLineEdit()
        self.issued_on = DateEdit(optional=False)
        self.issued_on.set_value(ctx.require_desk().today())
        self.add_row(self.tr("Number"), "number", self.number)
        self.add_row(self.tr("Date of issue"), "date", self.issued_on)

    def save(self) -> None:
        ref, number, day = self.inspection, self.number.text(), self.issued_on.value()
        addendum = self.addendum
        self.submit(lambda desk: desk.inspections.issue(ref, number, day or "", addendum=addendum))
