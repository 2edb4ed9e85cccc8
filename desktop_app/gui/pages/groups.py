"""The Working groups page: the groups with their members and representatives, each group's
meetings, each meeting's decisions; the coordinator records them, and prints a protocol."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.access import Right
from desktop_app.core.changes import Changes, Subject
from desktop_app.core.desk import Desk
from desktop_app.core.groups import DecisionRow, GroupRow, MeetingRow
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.export import document_language
from desktop_app.gui.dialogs.groups import DecisionDialog, GroupDialog, MeetingDialog
from desktop_app.gui.dialogs.pdf_preview import PdfPreviewDialog
from desktop_app.gui.flows.documents import render_pdf
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.parts import (
    EmptyHint,
    fit_rows,
    open_dialog,
    overdue_colour,
    table_view,
)
from desktop_app.gui.resources import icon
from desktop_app.gui.widgets import Column, RowTableModel, format_date
from desktop_app.reports import ReportParams


@dataclass(frozen=True)
class GroupsData:
    groups: list[GroupRow]
    institutions: list[tuple[str, str]]  # (code, name)
    directions: list[int]
    measures: list[tuple[str, str]]  # (number, title)
    can_edit: bool


def load_groups(desk: Desk) -> GroupsData:
    return GroupsData(
        groups=desk.groups.groups(),
        institutions=[(i.code, i.name) for i in desk.plan.institutions()],
        directions=[d.number for d in desk.plan.directions()],
        measures=[(row.number, row.title) for row in desk.plan.measure_rows()],
        can_edit=desk.access.can(Right.PLAN),
    )


def protocol_pdf(desk: Desk, meeting: str) -> bytes:
    params = ReportParams(lang=document_language("meeting-protocol"), meeting=meeting)
    return render_pdf(desk, "meeting-protocol", params)


class WorkingGroupsPage(Page):
    key = "groups"
    shows = frozenset(
        {
            Subject.WORKING_GROUP,
            Subject.MEETING,
            Subject.GROUP_DECISION,
            Subject.INSTITUTION,
            Subject.DIRECTION,
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: GroupsData | None = None
        self.group_model: RowTableModel[GroupRow] = RowTableModel(
            [
                Column(self.tr("Code"), lambda g: g.code),
                Column(self.tr("Direction"), lambda g: g.direction or "", align_right=True),
                Column(self.tr("Name"), lambda g: g.name, tooltip=lambda g: g.name),
            ],
            self,
        )
        self.groups_view = table_view(self.group_model)
        self.groups_view.setObjectName("groups-table")
        self.group_hint = EmptyHint(
            self.groups_view,
            lambda: self.tr(
                "No working group yet. The coordinator adds one with its member institutions "
                "and their representatives."
            ),
        )
        self.meeting_model: RowTableModel[MeetingRow] = RowTableModel(
            [
                Column(self.tr("Protocol"), lambda m: m.number),
                Column(
                    self.tr("Date"), lambda m: format_date(m.date), sort_key=lambda m: (m.date,)
                ),
                Column(self.tr("Chaired by"), lambda m: m.chair),
                Column(self.tr("Agenda"), lambda m: m.agenda, tooltip=lambda m: m.agenda),
            ],
            self,
        )
        self.meetings_view = table_view(self.meeting_model, 1, Qt.SortOrder.DescendingOrder)
        self.meetings_view.setObjectName("meetings-table")
        self.decision_model: RowTableModel[DecisionRow] = RowTableModel(
            [
                Column(self.tr("No."), lambda d: d.number, align_right=True),
                Column(self.tr("Decision"), lambda d: d.text, tooltip=lambda d: d.text),
                Column(self.tr("Assigned to"), lambda d: ", ".join(d.assignees)),
                Column(
                    self.tr("Deadline"),
                    lambda d: format_date(d.deadline),
                    sort_key=lambda d: (d.deadline is None, d.deadline),
                    foreground=overdue_colour,
                ),
                Column(self.tr("Measures"), lambda d: ", ".join(d.measures)),
                Column(self.tr("State"), self._state, foreground=overdue_colour),
            ],
            self,
        )
        self.decisions_view = table_view(self.decision_model)
        self.decisions_view.setObjectName("decisions-table")
        # The long texts take the room left, wrapped, so every column stays in sight.
        for view, column in (
            (self.groups_view, 2),
            (self.meetings_view, 3),
            (self.decisions_view, 1),
        ):
            view.horizontalHeader().setStretchLastSection(False)
            view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            view.setWordWrap(True)
        self.members = QLabel()
        self.members.setObjectName("group-members")
        self.members.setWordWrap(True)
        self.members.setTextFormat(Qt.TextFormat.PlainText)

        bar = self._button_bar()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.members)
        right_layout.addWidget(QLabel(self.tr("Meetings")))
        right_layout.addWidget(self.meetings_view, 2)
        right_layout.addWidget(QLabel(self.tr("Decisions")))
        right_layout.addWidget(self.decisions_view, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.groups_view)
        splitter.addWidget(right)
        splitter.setSizes([340, 860])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.groups_view.selectionModel().selectionChanged.connect(self._group_chosen)
        self.meetings_view.selectionModel().selectionChanged.connect(self._meeting_chosen)
        self.decisions_view.selectionModel().selectionChanged.connect(self._enable)
        self._enable()

    def _button_bar(self) -> QHBoxLayout:
        """What the coordinator adds and prints, above both sides."""
        self.group_button = QPushButton(icon("add"), self.tr("New group…"))
        self.meeting_button = QPushButton(icon("add"), self.tr("New meeting…"))
        self.decision_button = QPushButton(icon("add"), self.tr("New decision…"))
        self.edit_decision_button = QPushButton(icon("edit"), self.tr("Edit decision…"))
        self.edit_decision_button.setObjectName("edit-decision")
        self.done_button = QPushButton(self.tr("Task done"))
        self.protocol_button = QPushButton(icon("print"), self.tr("Protocol…"))
        self.group_button.clicked.connect(self.new_group)
        self.meeting_button.clicked.connect(self.new_meeting)
        self.decision_button.clicked.connect(self.new_decision)
        self.edit_decision_button.clicked.connect(self.edit_decision)
        self.done_button.clicked.connect(self.toggle_done)
        self.protocol_button.clicked.connect(self.print_protocol)
        bar = QHBoxLayout()
        for button in (
            self.group_button,
            self.meeting_button,
            self.decision_button,
            self.edit_decision_button,
            self.done_button,
            self.protocol_button,
        ):
            bar.addWidget(button)
        bar.addStretch()
        return bar

    def _state(self, row: DecisionRow) -> str:
        if row.done:
            return self.tr("done")
        return self.tr("overdue") if row.overdue else ""

    def refresh(self, changes: Changes | None = None) -> None:
        self.ctx.read(load_groups, on_done=self._loaded, parent_widget=self)

    def forget(self) -> None:
        self.data = None

    def _loaded(self, data: GroupsData) -> None:
        # What was chosen stays chosen (a task marked done, another desk's bundle merged).
        group, meeting = self.selected_group(), self.selected_meeting()
        decision = self.selected_decision()
        self.data = data
        self.group_model.set_rows(data.groups)
        self.groups_view.resizeColumnsToContents()
        fit_rows(self.groups_view)
        if not self._select(self.groups_view, self.group_model, group.id if group else None):
            self._select(self.groups_view, self.group_model, None, first=True)
        self._group_chosen()
        if meeting is not None:
            self._select(self.meetings_view, self.meeting_model, meeting.id)
        self._meeting_chosen()
        if decision is not None:
            self._select(self.decisions_view, self.decision_model, decision.id)
        self._enable()

    @staticmethod
    def _select(
        view: Any, model: RowTableModel[Any], record_id: str | None, *, first: bool = False
    ) -> bool:
        """Choose the row of ``record_id`` (or the first row); whether there was one."""
        rows = model.rows()
        index = next((n for n, row in enumerate(rows) if row.id == record_id or first), None)
        if index is not None:
            view.selectRow(index)
        return index is not None

    def selected_group(self) -> GroupRow | None:
        rows = self.groups_view.selectionModel().selectedRows()
        return self.group_model.row_at(rows[0].row()) if rows else None

    def selected_meeting(self) -> MeetingRow | None:
        rows = self.meetings_view.selectionModel().selectedRows()
        return self.meeting_model.row_at(rows[0].row()) if rows else None

    def selected_decision(self) -> DecisionRow | None:
        rows = self.decisions_view.selectionModel().selectedRows()
        return self.decision_model.row_at(rows[0].row()) if rows else None

    def _group_chosen(self, *_args: object) -> None:
        group = self.selected_group()
        self.meeting_model.set_rows(list(group.meetings) if group else [])
        self.meetings_view.resizeColumnsToContents()
        fit_rows(self.meetings_view)
        if group is None:
            self.members.setText("")
        else:
            people = [
                f"{code}: {group.representatives[code]}" if code in group.representatives else code
                for code in group.members
            ]
            self.members.setText(
                f"{group.code} · {group.name}\n" + self.tr("Members: %s") % "; ".join(people)
            )
        meetings = self.meeting_model.rows()
        if meetings:
            # The latest meeting, wherever the table's order puts it.
            latest = max(meetings, key=lambda m: (m.date, m.number))
            self._select(self.meetings_view, self.meeting_model, latest.id)
        self._meeting_chosen()

    def _meeting_chosen(self, *_args: object) -> None:
        meeting = self.selected_meeting()
        self.decision_model.set_rows(list(meeting.decisions) if meeting else [])
        self.decisions_view.resizeColumnsToContents()
        fit_rows(self.decisions_view)
        self._enable()

    def _enable(self, *_args: object) -> None:
        editor = self.data is not None and self.data.can_edit
        self.group_button.setVisible(editor)
        self.meeting_button.setVisible(editor)
        self.decision_button.setVisible(editor)
        self.edit_decision_button.setVisible(editor)
        self.done_button.setVisible(editor)
        self.meeting_button.setEnabled(self.selected_group() is not None)
        self.decision_button.setEnabled(self.selected_meeting() is not None)
        self.protocol_button.setEnabled(self.selected_meeting() is not None)
        decision = self.selected_decision()
        self.edit_decision_button.setEnabled(decision is not None)
        self.done_button.setEnabled(decision is not None and bool(decision.assignees))
        self.done_button.setText(
            self.tr("Task not done") if decision and decision.done else self.tr("Task done")
        )

    # -- actions -------------------------------------------------------------------------------

    def new_group(self) -> None:
        if self.data is not None:
            dialog = GroupDialog(self.ctx, self.data.institutions, self.data.directions, self)
            open_dialog(dialog, self)

    def new_meeting(self) -> None:
        group = self.selected_group()
        if group is not None:
            open_dialog(MeetingDialog(self.ctx, group.code, self), self)

    def new_decision(self) -> None:
        meeting = self.selected_meeting()
        if meeting is not None and self.data is not None:
            dialog = DecisionDialog(
                self.ctx, meeting.number, self.data.institutions, self.data.measures, self
            )
            open_dialog(dialog, self)

    def edit_decision(self) -> None:
        meeting, decision = self.selected_meeting(), self.selected_decision()
        if meeting is not None and decision is not None and self.data is not None:
            dialog = DecisionDialog(
                self.ctx,
                meeting.number,
                self.data.institutions,
                self.data.measures,
                self,
                decision=decision,
            )
            open_dialog(dialog, self)

    def toggle_done(self) -> None:
        decision = self.selected_decision()
        if decision is not None:
            ref, done = decision.ref, not decision.done
            self.ctx.write(lambda desk: desk.groups.mark_done(ref, done), parent_widget=self)

    def print_protocol(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            return
        number = meeting.number
        title = self.tr("Protocol %s") % number

        def show(data: bytes) -> None:
            dialog = PdfPreviewDialog(title, data, f"protocol-{number}.pdf", self)
            dialog.setObjectName("protocol-preview")
            open_dialog(dialog)

        self.ctx.read(
            lambda desk: protocol_pdf(desk, number), on_done=show, title=title, parent_widget=self
        )
