"""The Findings page: filters in place, a response with evidence, verification and closing, a
dispute and its decision, the history and the thread of responses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk, open_desk
from desktop_app.gui.dialogs.finding import DisputeDialog, ReopenDialog, RespondDialog, VerifyDialog
from desktop_app.gui.pages.findings import FindingsPage
from tests.conftest import PASSPHRASE, SteppingClock
from tests.gui.pages_support import AppCtx, app_ctx, open_page, row_texts, type_text, wait_idle

__all__ = ["app_ctx"]


def seed(desk: Desk) -> None:
    desk.plan.add_institution("MDT", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi")
    desk.plan.add_institution("ƏN", "Əmək Nazirliyi")
    desk.catalog.add(code="ÜT-1", title="İnformasiya aktivlərinin uçotu")
    for institution, start in (("MDT", "2026-03-02"), ("ƏN", "2026-05-11")):
        reference = desk.inspections.add(institution, start=start, end=start).reference
        desk.inspections.add_finding(
            reference,
            "Aktivlərin reyestri yoxdur",
            "critical",
            requirement="ÜT-1",
            deadline="2026-06-30",
            urgent=True,
        )
        desk.inspections.add_finding(reference, "Parol siyasəti zəifdir", "low")


def test_filter_respond_verify_close(
    qtbot: QtBot, qtmodeltester: ModelTester, coordinator: Desk, app_ctx: AppCtx, tmp_path: Path
) -> None:
    seed(coordinator)
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, FindingsPage)
    assert page.model.rowCount() == 4
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)

    # Filters work in place: severity, overdue (the pinned today is 15.09.2026), institution, text.
    page.severity.setCurrentIndex(page.severity.findData("critical"))
    assert page.proxy.rowCount() == 2
    page.overdue.setChecked(True)
    assert page.proxy.rowCount() == 2
    page.institution.setCurrentIndex(page.institution.findData("ƏN"))
    assert row_texts(page.proxy, 0) == ["SCIS-2026-002#1"]
    page.severity.setCurrentIndex(0)
    page.overdue.setChecked(False)
    type_text(page.search, "PAROL")
    assert row_texts(page.proxy, 0) == ["SCIS-2026-002#2"]
    page.search.clear()
    page.institution.setCurrentIndex(0)
    page.urgent.setChecked(True)
    assert page.proxy.rowCount() == 2

    # The answer that accepts the finding (they came on paper), then the claim with evidence.
    page.view.selectRow(0)
    row = page.selected()
    assert row is not None and row.ref == "SCIS-2026-001#1"
    assert page.respond_button.isEnabled() and not page.verify_button.isEnabled()
    coordinator.inspections.respond(row.ref, "Reyestr tərtib edilir", "in_remediation")
    qtbot.mouseClick(page.respond_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RespondDialog)
    evidence = tmp_path / "reyestr-əlavə.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    dialog.add_files([evidence])
    dialog.status.setCurrentIndex(dialog.status.findData("remediated"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.errors.message("response") != "")
    type_text(dialog.response.viewport(), "Reyestr tərtib edildi")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: page.evidence.count() == 1)
    assert page.evidence.item(0).text().startswith("reyestr-əlavə.pdf")
    assert page.facts["status"].text() == "Remediated — overdue"
    assert page.facts["response"].text() == "Reyestr tərtib edildi"
    # The whole history: both answers and both moves, oldest first, with the evidence.
    qtbot.waitUntil(lambda: page.facts["history"].text().count("\n") == 3)
    lines = page.facts["history"].text().splitlines()
    assert "Response: Reyestr tərtib edilir" in lines[0]
    assert "Open → In remediation: Reyestr tərtib edilir" in lines[1]
    assert "Response: Reyestr tərtib edildi [reyestr-əlavə.pdf]" in lines[2]
    assert "In remediation → Remediated: Reyestr tərtib edildi" in lines[3]

    # The inspector verifies: a comment is needed; the method is recorded.
    assert page.verify_button.isEnabled()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    verify = page.dialog
    assert isinstance(verify, VerifyDialog)
    verify.method.setCurrentIndex(verify.method.findData("on_site"))
    verify.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: verify.errors.message("reason") != "")
    assert coordinator.inspections.finding("SCIS-2026-001#1").status == "remediated"
    type_text(verify.comment.viewport(), "Yerində yoxlanıldı")
    verify.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_idle(qtbot, ctx)
    (closed,) = [r for r in coordinator.inspections.findings() if r.ref == "SCIS-2026-001#1"]
    assert (closed.status, closed.closure) == ("verified_closed", "awaiting_co_signature")
    # Closed by the commission's issuing side, the partner agency has yet to co-sign it.
    assert page.facts["status"].text() == "Verified, awaiting co-signature"
    qtbot.waitUntil(lambda: "(On site): Yerində yoxlanıldı" in page.facts["history"].text())
    assert not page.respond_button.isEnabled() and not page.verify_button.isEnabled()

    # The commission reopens the closed finding, with its reason in the history.
    assert page.reopen_button.isEnabled()
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    reopen = page.dialog
    assert isinstance(reopen, ReopenDialog)
    reopen.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: reopen.errors.message("reason") != "")
    type_text(reopen.reason.viewport(), "Təkrar yoxlamada reyestr tapılmadı")
    reopen.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_idle(qtbot, ctx)
    assert coordinator.inspections.finding("SCIS-2026-001#1").status == "open"
    qtbot.waitUntil(
        lambda: (
            "Verified and closed → Open: Təkrar yoxlamada reyestr tapılmadı"
            in page.facts["history"].text()
        )
    )
    assert not page.reopen_button.isEnabled()

    # Saving a copy of the evidence writes the very bytes.
    page.evidence.setCurrentRow(0)
    assert page.save_copy_button.isEnabled()
    (attachment,) = coordinator.attachments.for_record(closed.id)
    copy = tmp_path / "copy.pdf"
    coordinator.attachments.save_copy(attachment.sha256, copy)
    assert copy.read_bytes() == evidence.read_bytes()


def test_viewer_sees_but_cannot_act(
    qtbot: QtBot, coordinator: Desk, app_ctx: AppCtx, clock: SteppingClock
) -> None:
    seed(coordinator)
    coordinator.users.add("baxan", "viewer", PASSPHRASE)
    viewer = open_desk(coordinator.workspace.home, user="baxan", passphrase=PASSPHRASE, clock=clock)
    ctx = app_ctx(viewer)
    page = open_page(qtbot, ctx, FindingsPage)
    try:
        page.view.selectRow(0)
        assert page.selected() is not None
        buttons = (page.respond_button, page.attach_button, page.verify_button)
        for button in (*buttons, page.dispute_button, page.decide_button):
            assert not button.isEnabled()
    finally:
        ctx.tasks.wait_idle()
        viewer.close()


def test_dispute_and_decision(qtbot: QtBot, coordinator: Desk, app_ctx: AppCtx) -> None:
    seed(coordinator)
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, FindingsPage)
    page.view.selectRow(0)
    row = page.selected()
    assert row is not None and row.status == "open"
    assert page.dispute_button.isEnabled() and not page.decide_button.isEnabled()
    qtbot.mouseClick(page.dispute_button, Qt.MouseButton.LeftButton)
    dispute = page.dialog
    assert isinstance(dispute, DisputeDialog) and dispute.decision is None
    type_text(dispute.reason.viewport(), "Sistem KİI deyil")
    dispute.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_idle(qtbot, ctx)
    assert page.facts["status"].text().startswith("Disputed")
    assert page.decide_button.isEnabled() and not page.dispute_button.isEnabled()
    qtbot.mouseClick(page.decide_button, Qt.MouseButton.LeftButton)
    decide = page.dialog
    assert isinstance(decide, DisputeDialog) and decide.decision is not None
    decide.decision.setCurrentIndex(decide.decision.findData("withdraw"))
    type_text(decide.reason.viewport(), "Etiraz əsaslıdır")
    decide.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_idle(qtbot, ctx)
    assert coordinator.inspections.finding(row.ref).status == "withdrawn"
    assert page.facts["status"].text() == "Withdrawn"
    qtbot.waitUntil(
        lambda: "Disputed → Withdrawn: Etiraz əsaslıdır" in page.facts["history"].text()
    )
