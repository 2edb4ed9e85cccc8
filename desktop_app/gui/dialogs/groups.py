"""Dialogs of the Working groups page: a new group, a meeting, a decision or its edit (the
coordinator's)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from desktop_app.core.groups import DecisionRow
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.base import FormDialog, text_edit
from desktop_app.gui.widgets import DateEdit


def checklist(items: list[tuple[str, str]]) -> QListWidget:
    """Checkable (value, text) rows; ``checked(widget)`` gives the values ticked."""
    widget = QListWidget()
    widget.setMaximumHeight(110)
    for value, text in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked(widget: QListWidget) -> list[str]:
    return [
        str(widget.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def check(widget: QListWidget, values: Sequence[str]) -> None:
    """Tick the rows of ``values``."""
    for row in range(widget.count()):
        item = widget.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in values:
            item.setCheckState(Qt.CheckState.Checked)


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class GroupDialog(FormDialog):
    """A new working group: code, names, direction, members and their representatives."""

    def __init__(
        self,
        ctx: AppContext,
        institutions: list[tuple[str, str]],
        directions: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("New working group"), parent)
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.name_en = QLineEdit()
        self.direction = QComboBox()
        self.direction.addItem("—", None)
        for number in directions:
            self.direction.addItem(str(number), number)
        self.members = checklist([(code, f"{code} · {name}") for code, name in institutions])
        self.representatives = text_edit()
        self.representatives.setPlaceholderText(self.tr("CODE=Name, position (one a line)"))
        self.add_row(self.tr("Code"), "code", self.code)
        self.add_row(self.tr("Name"), "name", self.name)
        self.add_row(self.tr("Name (English)"), "name_en", self.name_en)
        self.add_row(self.tr("Direction"), "direction", self.direction)
        self.add_row(self.tr("Members"), "members", self.members)
        self.add_row(self.tr("Representatives"), "representatives", self.representatives)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        people = dict(
            (code.strip(), person.strip())
            for code, _, person in (
                line.partition("=") for line in lines(self.representatives.toPlainText())
            )
        )
        code, name, name_en = self.code.text(), self.name.text(), self.name_en.text()
        direction = self.direction.currentData()
        members = checked(self.members)
        self.submit(
            lambda desk: desk.groups.add_group(
                code,
                name,
                name_en=name_en,
                direction=direction,
                members=members,
                representatives=people,
            )
        )


class MeetingDialog(FormDialog):
    """A meeting of a group: date, protocol number (or the default), place, chair, attendees,
    agenda."""

    def __init__(self, ctx: AppContext, group: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New meeting of %s") % group, parent)
        self.group = group
        self.date = DateEdit(optional=False)
        self.date.set_value(ctx.require_desk().today())
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("default: GROUP-YEAR-NN"))
        self.place = QLineEdit()
        self.chair = QLineEdit()
        self.attendees = text_edit(lines=4)
        self.attendees.setPlaceholderText(self.tr("One attendee a line"))
        self.agenda = text_edit()
        self.add_row(self.tr("Date"), "date", self.date)
        self.add_row(self.tr("Protocol number"), "number", self.number)
        self.add_row(self.tr("Place"), "place", self.place)
        self.add_row(self.tr("Chaired by"), "chair", self.chair)
        self.add_row(self.tr("Attendees"), "attendees", self.attendees)
        self.add_row(self.tr("Agenda"), "agenda", self.agenda)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        group, held = self.group, self.date.value() or self.ctx.require_desk().today()
        number, place, chair = self.number.text(), self.place.text(), self.chair.text()
        attendees, agenda = lines(self.attendees.toPlainText()), self.agenda.toPlainText()
        self.submit(
            lambda desk: desk.groups.add_meeting(
                group,
                held,
                number=number,
                place=place,
                chair=chair,
                attendees=attendees,
                agenda=agenda,
            )
        )


class DecisionDialog(FormDialog):
    """A meeting's next decision: its text, and for a task the institutions and a deadline;
    the measures it cites. With ``decision`` given, that decision edited: its text, assignees
    and deadline (the measures it cites stay as recorded)."""

    def __init__(
        self,
        ctx: AppContext,
        meeting: str,
        institutions: list[tuple[str, str]],
        measures: list[tuple[str, str]],
        parent: QWidget | None = None,
        decision: DecisionRow | None = None,
    ) -> None:
        title = (
            self.tr("Edit decision %s") % decision.ref
            if decision
            else self.tr("New decision of meeting %s") % meeting
        )
        super().__init__(ctx, title, parent)
        self.setObjectName("decision-dialog")
        self.meeting = meeting
        self.decision = decision
        self.text = text_edit(lines=4)
        self.assignees = checklist([(code, f"{code} · {name}") for code, name in institutions])
        self.deadline = DateEdit()
        self.measures = checklist([(number, f"{number} · {title}") for number, title in measures])
        self.add_row(self.tr("Decision"), "text", self.text)
        self.add_row(self.tr("Assigned to"), "assignees", self.assignees)
        self.add_row(self.tr("Deadline"), "deadline", self.deadline)
        self.add_row(self.tr("Measures"), "measures", self.measures)
        if decision is not None:
            self.text.setPlainText(decision.text)
            check(self.assignees, decision.assignees)
            self.deadline.set_value(decision.deadline)
            check(self.measures, decision.measures)
            self.measures.setEnabled(False)
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        text = self.text.toPlainText()
        assignees, deadline = checked(self.assignees), self.deadline.value()
        if self.decision is not None:
            ref = self.decision.ref
            self.submit(
                lambda desk: desk.groups.edit_decision(
                    ref,
                    text=text,
                    assignees=assignees,
                    deadline=deadline,
                    clear_deadline=deadline is None,
                )
            )
            return
        meeting, measures = self.meeting, checked(self.measures)
        self.submit(
            lambda desk: desk.groups.add_decision(
                meeting, text, assignees=assignees, deadline=deadline, measures=measures
            )
        )
