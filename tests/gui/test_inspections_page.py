"""The Inspections page driven through its widgets: an inspection, notes, findings, an extension."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop_app.core.desk import Desk
from desktop_app.gui.dialogs.base import FormDialog
from desktop_app.gui.dialogs.inspection import (
    ExtendDeadlineDialog,
    FindingDialog,
    InspectionDialog,
    IssueActDialog,
)
from desktop_app.gui.pages.inspections import InspectionsPage
from tests.conftest import DeskFactory
from tests.exchange_world import enrol
from tests.gui.pages_support import AppCtx, app_ctx, open_page, row_texts, type_text, wait_idle

__all__ = ["app_ctx"]


def seed(desk: Desk) -> None:
    desk.plan.add_institution("MDT", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "Ministry")
    desk.plan.add_facility("MDT", "Elektron hökumət şlüzü", criticality="I")
    desk.plan.add_facility("MDT", "Məlumat mərkəzi")
    desk.catalog.add(code="ÜT-1", title="İnformasiya aktivlərinin uçotu")
    desk.catalog.add(code="ŞS-2", title="Şəbəkə seqmentasiyası", category="special")


def click_ok(qtbot: QtBot, dialog: FormDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_inspection_with_notes_and_findings(
    qtbot: QtBot, qtmodeltester: ModelTester, coordinator: Desk, app_ctx: AppCtx
) -> None:
    seed(coordinator)
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, InspectionsPage)
    assert page.model.rowCount() == 0
    assert page.new_button.isEnabled() and not page.add_finding_button.isEnabled()

    # A new inspection: the end before the start is refused next to the end field.
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, InspectionDialog)
    dialog.institution.setCurrentIndex(
        dialog.institution.findText("MDT", Qt.MatchFlag.MatchStartsWith)
    )
    assert dialog.facilities.count() == 2
    dialog.facilities.item(0).setCheckState(Qt.CheckState.Checked)
    type_text(dialog.legal_basis, "Fərman № 1315, 17.04.2021")
    dialog.start.set_value(dt.date(2026, 9, 14))
    dialog.end.set_value(dt.date(2026, 9, 10))
    type_text(dialog.team, "Əliyev Ə., Hüseynova İ.")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.errors.message("end") != "")
    assert "ends before it starts" in dialog.errors.message("end")
    assert dialog.isVisible() and dialog.team.text() == "Əliyev Ə., Hüseynova İ."
    dialog.end.set_value(dt.date(2026, 9, 18))
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_idle(qtbot, ctx)
    assert row_texts(page.model, 0) == ["SCIS-2026-001"]
    assert page.detail is not None
    assert page.facts["team"].text() == "Əliyev Ə., Hüseynova İ."
    assert page.facts["facilities"].text() == "Elektron hökumət şlüzü"
    qtmodeltester.check(page.model)

    # Quick notes: a line and Enter, twice.
    for text in ("Giriş nəzarəti yoxlanıldı", "Server otağı kilidsizdir"):
        type_text(page.note_edit, text)
        qtbot.keyClick(page.note_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.note_edit.text() == "")
        wait_idle(qtbot, ctx)
    assert page.notes.count() == 2
    assert page.notes.item(1).text().endswith("admin: Server otağı kilidsizdir")
    assert [n.text for n in coordinator.inspections.detail("SCIS-2026-001").notes] == [
        "Giriş nəzarəti yoxlanıldı",
        "Server otağı kilidsizdir",
    ]

    # A finding against a catalog requirement; an empty description is refused by its field.
    qtbot.mouseClick(page.add_finding_button, Qt.MouseButton.LeftButton)
    finding_dialog = page.dialog
    assert isinstance(finding_dialog, FindingDialog)
    finding_dialog.requirement.setCurrentIndex(finding_dialog.requirement.findData("ŞS-2"))
    finding_dialog.severity.setCurrentIndex(finding_dialog.severity.findData("high"))
    type_text(finding_dialog.corrective.viewport(), "VLAN-lar ayrılsın")
    finding_dialog.deadline.set_value(dt.date(2026, 10, 31))
    finding_dialog.urgent.setChecked(True)
    click_ok(qtbot, finding_dialog)
    qtbot.waitUntil(lambda: finding_dialog.errors.message("description") != "")
    assert finding_dialog.corrective.toPlainText() == "VLAN-lar ayrılsın"
    finding_dialog.description.setPlainText("Şəbəkə seqmentləşdirilməyib")
    click_ok(qtbot, finding_dialog)
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_idle(qtbot, ctx)
    assert page.findings_model.rowCount() == 1
    qtmodeltester.check(page.findings_model)
    (row,) = coordinator.inspections.findings()
    assert (row.requirement, row.severity, row.urgent, row.deadline) == (
        "ŞS-2",
        "high",
        True,
        dt.date(2026, 10, 31),
    )

    # The deadline moves only through a recorded extension.
    page.findings_view.selectRow(0)
    assert page.extend_button.isEnabled()
    qtbot.mouseClick(page.extend_button, Qt.MouseButton.LeftButton)
    extend = page.dialog
    assert isinstance(extend, ExtendDeadlineDialog)
    extend.new_date.set_value(dt.date(2026, 12, 15))
    type_text(extend.approved_by, "Komissiya sədri")
    click_ok(qtbot, extend)
    qtbot.waitUntil(lambda: extend.errors.message("reason") != "")
    extend.reason.setPlainText("Avadanlıq tədarükü gecikir")
    click_ok(qtbot, extend)
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_idle(qtbot, ctx)
    (row,) = coordinator.inspections.findings()
    assert row.deadline == dt.date(2026, 12, 15)
    extension = coordinator.inspections.detail("SCIS-2026-001").extensions[row.id][0]
    assert (extension.previous_date, extension.approved_by) == (
        dt.date(2026, 10, 31),
        "Komissiya sədri",
    )


def test_institution_cannot_record_inspections(
    qtbot: QtBot, make_desk: DeskFactory, app_ctx: AppCtx
) -> None:
    ctx = app_ctx(make_desk("institution", "MDT"))
    page = open_page(qtbot, ctx, InspectionsPage)
    assert not page.new_button.isEnabled()
    assert not page.note_edit.isEnabled()


def test_assign_a_team_node_and_issue_the_act_and_an_addendum(
    qtbot: QtBot,
    coordinator: Desk,
    make_desk: DeskFactory,
    app_ctx: AppCtx,
) -> None:
    """The coordinator picks an enrolled inspection-team node (not a typed name); the act and
    then an addendum are issued from the inspection, with the number and date given."""
    seed(coordinator)
    enrol(coordinator, make_desk("inspection-team", "TEAM1", "Yoxlama qrupu 1"))
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, InspectionsPage)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, InspectionDialog)
    assert [dialog.team_node.itemData(i) for i in range(dialog.team_node.count())] == [
        "",
        "TEAM1",
    ]
    dialog.institution.setCurrentIndex(
        dialog.institution.findText("MDT", Qt.MatchFlag.MatchStartsWith)
    )
    dialog.team_node.setCurrentIndex(dialog.team_node.findData("TEAM1"))
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_idle(qtbot, ctx)
    assert coordinator.inspections.detail("SCIS-2026-001").inspection.team_node == "TEAM1"
    assert page.facts["team_node"].text() == "TEAM1"
    # The team's node numbers the findings of its inspection, not the coordinator's.
    assert not page.add_finding_button.isEnabled()

    coordinator.inspections.add("MDT", reference="SCIS-2026-002")
    coordinator.inspections.add_finding("SCIS-2026-002", "Jurnal aparılmır", "high")
    page.select("SCIS-2026-002")
    page.refresh()  # written here, not through the GUI
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.findings != [])
    assert page.facts["acts"].text() == "not issued: its findings stay with the commission"
    assert page.issue_button.text() == "Issue act…" and page.issue_button.isEnabled()
    assert not page.print_button.isEnabled()
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    issue = page.dialog
    assert isinstance(issue, IssueActDialog)
    issue.issued_on.set_value(dt.date(2026, 12, 19))
    click_ok(qtbot, issue)
    qtbot.waitUntil(lambda: issue.errors.message("number") != "")
    type_text(issue.number, "A-7")
    click_ok(qtbot, issue)
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_idle(qtbot, ctx)
    # Signed with the coordinator's key for the issuing agency; the partner agency has not.
    awaiting = " — Awaiting co-signature (SCIS)"
    assert page.facts["acts"].text() == f"No A-7 of 19.12.2026, 1 finding(s){awaiting}"
    assert page.issue_button.text() == "Issue addendum…"

    coordinator.inspections.add_finding("SCIS-2026-002", "Parol siyasəti yoxdur", "low")
    page.refresh()
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.findings) == 2)
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    addendum = page.dialog
    assert isinstance(addendum, IssueActDialog) and addendum.addendum
    type_text(addendum.number, "A-7/1")
    addendum.issued_on.set_value(dt.date(2026, 12, 22))
    click_ok(qtbot, addendum)
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_idle(qtbot, ctx)
    assert page.facts["acts"].text().splitlines() == [
        f"No A-7 of 19.12.2026, 1 finding(s){awaiting}",
        f"Addendum 1 No A-7/1 of 22.12.2026, 1 finding(s){awaiting}",
    ]
    # Printing opens the latest document issued on the Reports page.
    with qtbot.waitSignal(ctx.navigate) as asked:
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert asked.args == [
        "reports",
        {"kind": "inspection-act", "inspection": "SCIS-2026-002", "addendum": 1},
    ]


def test_the_list_s_load_reads_the_selected_inspection_s_detail_once(
    qtbot: QtBot, coordinator: Desk, app_ctx: AppCtx
) -> None:
    """The load selected the first row, whose selection asked for its detail, and the load
    asked again: two reads of its findings, acts and closures at once."""
    seed(coordinator)
    coordinator.inspections.add("MDT", reference="YX-1", facilities=["Məlumat mərkəzi"])
    coordinator.inspections.add("MDT", reference="YX-2", facilities=["Məlumat mərkəzi"])
    details: list[object] = []

    def seen(*args: object) -> None:
        statement = args[2]
        if isinstance(statement, str) and "FROM inspection_notes" in statement:
            details.append(args[3])

    ctx = app_ctx(coordinator)
    event.listen(coordinator.engine, "before_cursor_execute", seen)
    try:
        page = open_page(qtbot, ctx, InspectionsPage)
        assert page.detail is not None and len(details) == 1
        shown = page.detail.inspection.reference
        page.refresh()  # a change reloads the list, and the detail shown with it
        wait_idle(qtbot, ctx)
        assert len(details) == 2
        page.view.selectRow(page.model.row_of(lambda r: r.reference != shown))
        wait_idle(qtbot, ctx)
        assert len(details) == 3 and page.detail.inspection.reference != shown
    finally:
        event.remove(coordinator.engine, "before_cursor_execute", seen)
