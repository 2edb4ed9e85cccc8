"""The Audit log page: filters, and the verify button on an intact and on an altered chain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop_app.core.desk import Desk
from desktop_app.core.models import AuditEvent
from desktop_app.gui import i18n
from desktop_app.gui.pages.audit import AuditPage
from tests.gui.pages_support import AppCtx, app_ctx, open_page, type_text, wait_idle

__all__ = ["app_ctx"]


def test_filters_and_chain_verification(
    qtbot: QtBot, qtmodeltester: ModelTester, coordinator: Desk, app_ctx: AppCtx
) -> None:
    coordinator.plan.add_institution("ƏN", "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi")
    coordinator.plan.add_institution("MDT", "Rəqəmsal İnkişaf Nazirliyi")
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, AuditPage)
    qtmodeltester.check(page.model)
    total = page.model.rowCount()
    assert total >= 4  # init, the coordinator's own institution, two more

    page.action.setCurrentIndex(page.action.findData("create"))
    wait_idle(qtbot, ctx)
    assert {r.action for r in page.model.rows()} == {"create"}
    type_text(page.search, "Əmək")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "Əmək" in page.model.rows()[0].detail

    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text().startswith("The chain is intact"))
    assert f"{total} entries" in page.result.text()

    # Someone edits an entry behind the application's back: the check names it.
    with coordinator.transaction() as session:
        session.execute(update(AuditEvent).where(AuditEvent.seq == 2).values(detail="forged"))
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text().startswith("The chain is broken"))
    assert "entry 2 was altered" in page.result.text()


def test_actions_records_and_chain_problems_read_in_azerbaijani(
    qtbot: QtBot, coordinator: Desk, app_ctx: AppCtx
) -> None:
    coordinator.plan.add_institution("MDT", "Rəqəmsal İnkişaf Nazirliyi")
    i18n.install("az")
    try:
        ctx = app_ctx(coordinator)
        page = open_page(qtbot, ctx, AuditPage)
        shown = {(page.model.index(r, 3).data(), page.model.index(r, 4).data()) for r in range(2)}
        assert ("yaradılma", "qurum") in shown
        assert page.action.itemText(page.action.findData("create")) == "yaradılma"
        with coordinator.transaction() as session:
            session.execute(update(AuditEvent).where(AuditEvent.seq == 2).values(detail="x"))
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "2 nömrəli yazı dəyişdirilib" in page.result.text())
    finally:
        i18n.install("en")
