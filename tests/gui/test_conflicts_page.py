"""The Conflicts page: a concurrent edit kept by the merge, resolved after a confirmation that
says what will happen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.exchange import service
from desktop_app.gui.pages.conflicts import ConflictsPage
from desktop_app.gui.pages.parts import Confirmation
from tests.conftest import DeskFactory
from tests.exchange_world import co_sign_round, concurrent_weighing, enrol, plan_institution, ship
from tests.gui.pages_support import AppCtx, app_ctx, open_page, wait_idle

__all__ = ["app_ctx"]


def concurrent_responses(coordinator: Desk, make_desk: DeskFactory, tmp_path: Path) -> str:
    """The institution and the coordinator (recording an answer that came on paper) move the
    same finding before they exchange: answers are a thread, the status is one field."""
    institution = make_desk("institution", "MDT", "Rəqəmsal İnkişaf Nazirliyi")
    partner = make_desk("partner-agency", "DTX", "Dövlət Təhlükəsizliyi Xidməti")
    enrol(coordinator, institution, partner)
    plan_institution(coordinator, "MDT", "Rəqəmsal İnkişaf Nazirliyi")
    reference = coordinator.inspections.add("MDT", start="2026-09-01").reference
    coordinator.inspections.add_finding(reference, "Ehtiyat nüsxələr yoxlanılmır", "high")
    coordinator.inspections.issue(reference, "A-1", "19.12.2026")
    co_sign_round(coordinator, partner, tmp_path / "stick-0")
    ship(coordinator, institution, tmp_path / "stick-1")
    institution.inspections.respond(f"{reference}#1", "Yoxlama başlayır", "in_remediation")
    institution.inspections.respond(f"{reference}#1", "Həftəlik yoxlama başladı", "remediated")
    coordinator.inspections.respond(f"{reference}#1", "Koordinatorun qeydi", "in_remediation")
    ship(institution, coordinator, tmp_path / "stick-2")
    return f"{reference}#1"


def test_resolve_a_conflict_after_confirming(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    coordinator: Desk,
    make_desk: DeskFactory,
    app_ctx: AppCtx,
    tmp_path: Path,
) -> None:
    ref = concurrent_responses(coordinator, make_desk, tmp_path)
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, ConflictsPage)
    assert ConflictsPage.available(coordinator)
    qtmodeltester.check(page.model)
    fields = {item.conflict.field for item in page.model.rows()}
    assert "status" in fields

    row = page.model.row_of(lambda i: i.conflict.field == "status")
    page.view.selectRow(row)
    assert page.heading.text() == f"finding {ref}: field “status”"
    assert page.local.value.toPlainText() == "In remediation"  # stored values by their names
    assert page.remote.value.toPlainText() == "Remediated"
    assert page.local.author.text().startswith("by SCIS")
    assert page.remote.author.text().startswith("by MDT")

    # The first click only asks, saying what will happen; Cancel changes nothing.
    qtbot.mouseClick(page.remote.keep, Qt.MouseButton.LeftButton)
    box = page.dialog
    assert isinstance(box, Confirmation)
    assert "Keep “Remediated”" in box.text() and "set aside" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_idle(qtbot, ctx)
    assert coordinator.inspections.finding(ref).status == "in_remediation"
    assert [c.status for c in service.conflicts(coordinator) if c.field == "status"] == ["open"]

    qtbot.mouseClick(page.remote.keep, Qt.MouseButton.LeftButton)
    assert isinstance(page.dialog, Confirmation)
    page.dialog.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, ctx)
    assert coordinator.inspections.finding(ref).status == "remediated"
    (resolved,) = [c for c in service.conflicts(coordinator) if c.field == "status"]
    assert resolved.status == "resolved"
    assert all(item.conflict.field != "status" for item in page.model.rows())

    page.show_resolved.setChecked(True)
    wait_idle(qtbot, ctx)
    page.view.selectRow(page.model.row_of(lambda i: i.conflict.field == "status"))
    assert page.remote.keep.text() == "Kept" and not page.remote.keep.isEnabled()


def test_a_value_that_refers_to_a_record_reads_as_its_name(
    qtbot: QtBot, coordinator: Desk, make_desk: DeskFactory, app_ctx: AppCtx, tmp_path: Path
) -> None:
    concurrent_weighing(coordinator, make_desk("inspection-team", "TEAM1"), tmp_path / "stick")
    page = open_page(qtbot, app_ctx(coordinator), ConflictsPage)
    page.view.selectRow(page.model.row_of(lambda i: i.conflict.field == "requirement_id"))
    assert page.heading.text() == "finding INS-1#1: field “requirement id”"
    # The requirements by their codes (the ids are what the two sides stored).
    assert (page.local.value.toPlainText(), page.remote.value.toPlainText()) == ("ÜT-1", "XT-2")


def test_only_the_coordinator_has_the_page(make_desk: DeskFactory) -> None:
    assert not ConflictsPage.available(make_desk("institution", "MDT"))
