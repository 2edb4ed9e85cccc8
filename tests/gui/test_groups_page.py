"""The Working groups page: the coordinator records a group, a meeting and a decision through
its dialogs, marks the task done and previews the protocol; an institution only reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.core.groups import MeetingRow
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.groups import DecisionDialog, GroupDialog, MeetingDialog
from desktop_app.gui.dialogs.pdf_preview import PdfPreviewDialog
from desktop_app.gui.pages.groups import WorkingGroupsPage
from tests.exchange_world import enrol, plan_institution, ship
from tests.gui.pages_support import app_ctx, open_page, row_texts, type_text, wait_idle

__all__ = ["app_ctx"]


def _tick(widget: Any, value: str) -> None:
    for row in range(widget.count()):
        if widget.item(row).data(Qt.ItemDataRole.UserRole) == value:
            widget.item(row).setCheckState(Qt.CheckState.Checked)


def test_coordinator_records_a_group_meeting_and_decision(
    qtbot: QtBot,
    qtmodeltester: Any,
    coordinator: Desk,
    make_desk: Callable[..., Desk],
    app_ctx: Callable[[Desk], AppContext],
) -> None:
    institution = make_desk("institution", "MDT", "Rəqəmsal İnkişaf Nazirliyi")
    enrol(coordinator, institution)
    plan_institution(coordinator, "MDT", "Rəqəmsal İnkişaf Nazirliyi")
    coordinator.plan.set_strategy("Strategiya", 2023, 2027)
    coordinator.plan.add_direction(1, "Hüquqi baza")
    coordinator.plan.add_measure("1.1", "Audit", "MDT", direction=1)
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, WorkingGroupsPage)
    assert page.group_model.rowCount() == 0 and page.group_button.isVisible()

    qtbot.mouseClick(page.group_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, GroupDialog)
    dialog.code.setText("İQ-1")
    type_text(dialog.name, "Hüquqi baza üzrə işçi qrup")
    dialog.direction.setCurrentIndex(dialog.direction.findData(1))
    dialog.representatives.setPlainText("MDT=Əliyev Əli, şöbə müdiri")
    dialog.save()  # MDT is not ticked as a member: refused next to its field
    qtbot.waitUntil(lambda: dialog.errors.message("representatives") != "")
    _tick(dialog.members, "MDT")
    dialog.save()
    qtbot.waitUntil(lambda: page.group_model.rowCount() == 1)
    qtmodeltester.check(page.group_model)
    assert "MDT: Əliyev Əli, şöbə müdiri" in page.members.text()

    qtbot.mouseClick(page.meeting_button, Qt.MouseButton.LeftButton)
    meeting = page.dialog
    assert isinstance(meeting, MeetingDialog)
    meeting.chair.setText("Həsənov Həsən")
    meeting.attendees.setPlainText("Əliyev Əli (MDT)\nHəsənov Həsən")
    meeting.save()
    qtbot.waitUntil(lambda: page.meeting_model.rowCount() == 1)
    assert row_texts(page.meeting_model, 0) == ["İQ-1-2026-01"]

    qtbot.mouseClick(page.decision_button, Qt.MouseButton.LeftButton)
    decision = page.dialog
    assert isinstance(decision, DecisionDialog)
    decision.text.setPlainText("Layihəni hazırlamaq")
    _tick(decision.assignees, "MDT")
    _tick(decision.measures, "1.1")
    decision.deadline.set_value(dt.date(2026, 9, 1))  # before the pinned 15.09.2026
    decision.save()
    qtbot.waitUntil(lambda: page.decision_model.rowCount() == 1)
    qtmodeltester.check(page.decision_model)
    assert row_texts(page.decision_model, 2) == ["MDT"]
    assert row_texts(page.decision_model, 5) == ["overdue"]

    page.decisions_view.selectRow(0)
    assert page.done_button.isEnabled()
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row_texts(page.decision_model, 5) == ["done"])
    assert coordinator.groups.meeting("İQ-1-2026-01").decisions[0].done

    # Edited: the dialog starts from the decision; its measures stay as recorded.
    page.decisions_view.selectRow(0)
    assert page.edit_decision_button.isEnabled()
    qtbot.mouseClick(page.edit_decision_button, Qt.MouseButton.LeftButton)
    edit = page.dialog
    assert isinstance(edit, DecisionDialog) and edit.decision is not None
    assert edit.text.toPlainText() == "Layihəni hazırlamaq"
    assert edit.deadline.value() == dt.date(2026, 9, 1) and not edit.measures.isEnabled()
    edit.text.setPlainText("Layihəni hazırlamaq və razılaşdırmaq")
    edit.deadline.set_value(dt.date(2026, 10, 1))
    edit.save()
    qtbot.waitUntil(
        lambda: "razılaşdırmaq" in coordinator.groups.meeting("İQ-1-2026-01").decisions[0].text
    )
    [changed] = coordinator.groups.meeting("İQ-1-2026-01").decisions
    assert (changed.text, changed.deadline, changed.assignees, changed.measures) == (
        "Layihəni hazırlamaq və razılaşdırmaq", dt.date(2026, 10, 1), ("MDT",), ("1.1",),
    )  # fmt: skip
    qtbot.waitUntil(lambda: "razılaşdırmaq" in row_texts(page.decision_model, 1)[0])

    qtbot.mouseClick(page.protocol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(PdfPreviewDialog, "protocol-preview") is not None)
    preview = page.findChild(PdfPreviewDialog, "protocol-preview")
    assert preview is not None
    qtbot.waitUntil(preview.preview.is_ready)
    assert preview.preview.document.pageCount() == 1
    preview.accept()
    wait_idle(qtbot, ctx)

    # The institution, a member, sees the group and its decisions but may record nothing.
    ship(coordinator, institution, coordinator.workspace.home.parent / "stick")
    seen = open_page(qtbot, app_ctx(institution), WorkingGroupsPage)
    assert row_texts(seen.group_model, 0) == ["İQ-1"]
    assert seen.decision_model.rowCount() == 1
    assert not seen.group_button.isVisible() and not seen.decision_button.isVisible()
    assert not seen.edit_decision_button.isVisible()
    assert seen.protocol_button.isEnabled()


def test_the_selection_stays_across_refreshes(
    qtbot: QtBot, coordinator: Desk, app_ctx: Callable[[Desk], AppContext]
) -> None:
    """Marking a task done (a write, then a refresh) or any other refresh keeps the group,
    meeting and decision chosen, not the last meeting and no decision."""
    plan_institution(coordinator, "MDT", "Rəqəmsal İnkişaf Nazirliyi")
    groups = coordinator.groups
    for code in ("İQ-1", "İQ-2"):
        groups.add_group(code, f"İşçi qrup {code}", members=["MDT"])
    for number, day in (("İQ-2-01", "10.06.2026"), ("İQ-2-02", "10.09.2026")):
        groups.add_meeting("İQ-2", day, number=number, attendees=["Əliyev Əli"])
    for text in ("Birinci tapşırıq", "İkinci tapşırıq", "Üçüncü tapşırıq"):
        groups.add_decision("İQ-2-01", text, assignees=["MDT"], deadline="30.09.2026")
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, WorkingGroupsPage)

    def protocol(meeting: MeetingRow | None) -> str:
        return meeting.number if meeting else ""

    def choose(view: Any, rows: list[Any], key: Callable[[Any], str], value: str) -> None:
        view.selectRow([key(row) for row in rows].index(value))

    # The latest meeting is chosen with its group.
    choose(page.groups_view, page.group_model.rows(), lambda g: g.code, "İQ-2")
    assert protocol(page.selected_meeting()) == "İQ-2-02"
    choose(page.meetings_view, page.meeting_model.rows(), lambda m: m.number, "İQ-2-01")
    choose(page.decisions_view, page.decision_model.rows(), lambda d: d.text, "İkinci tapşırıq")

    def chosen() -> tuple[str, str, str]:
        group, meeting, decision = (
            page.selected_group(), page.selected_meeting(), page.selected_decision(),
        )  # fmt: skip
        assert group is not None and meeting is not None and decision is not None
        return group.code, meeting.number, decision.text

    assert chosen() == ("İQ-2", "İQ-2-01", "İkinci tapşırıq")
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: groups.meeting("İQ-2-01").decisions[1].done)
    wait_idle(qtbot, ctx)
    assert chosen() == ("İQ-2", "İQ-2-01", "İkinci tapşırıq")
    assert page.done_button.text() == page.tr("Task not done") and page.done_button.isEnabled()
    page.refresh()
    wait_idle(qtbot, ctx)
    assert chosen() == ("İQ-2", "İQ-2-01", "İkinci tapşırıq")
    # A decision gone (its meeting changed group, or another desk's edit) leaves none chosen.
    choose(page.meetings_view, page.meeting_model.rows(), lambda m: m.number, "İQ-2-02")
    assert page.selected_decision() is None
    page.refresh()
    wait_idle(qtbot, ctx)
    assert protocol(page.selected_meeting()) == "İQ-2-02"
    assert page.selected_decision() is None and not page.edit_decision_button.isEnabled()
