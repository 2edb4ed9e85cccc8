"""The partner agency's desk co-signs on the Inspections page (issue 15): the act awaits its
co-signature, the Co-sign button signs it with the node's key, and the status follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.gui.pages.inspections import InspectionsPage
from tests.conftest import DeskFactory
from tests.exchange_world import enrol, plan_institution, ship
from tests.gui.pages_support import AppCtx, app_ctx, open_page, row_texts, wait_idle

ACT_COLUMN = 3  # reference, institution, status, act, ...

__all__ = ["app_ctx"]


def _issued_at_partner(make_desk: DeskFactory, tmp_path: Path) -> tuple[Desk, Desk]:
    """(coordinator, partner agency): the coordinator issued INS-1's act, shipped to DTX."""
    coordinator = make_desk("coordinator", "SCIS")
    partner = make_desk("partner-agency", "DTX", "Dövlət Təhlükəsizliyi Xidməti")
    enrol(coordinator, partner)
    plan_institution(coordinator, "MIN1", "Nazirlik 1")
    coordinator.inspections.add("MIN1", reference="INS-1")
    coordinator.inspections.add_finding("INS-1", "Giriş nəzarəti yoxdur", "high")
    coordinator.inspections.issue("INS-1", "A-7", "19.12.2026")
    ship(coordinator, partner, tmp_path / "stick")
    return coordinator, partner


def test_the_partner_agency_co_signs_the_act(
    qtbot: QtBot, make_desk: DeskFactory, app_ctx: AppCtx, tmp_path: Path
) -> None:
    _coordinator, partner = _issued_at_partner(make_desk, tmp_path)
    ctx = app_ctx(partner)
    page = open_page(qtbot, ctx, InspectionsPage)
    act_column = ACT_COLUMN
    assert row_texts(page.model, 0) == ["INS-1"]
    assert row_texts(page.model, act_column) == ["Awaiting co-signature"]
    assert "Awaiting co-signature (SCIS)" in page.facts["acts"].text()
    # The partner agency records nothing itself; it only signs.
    assert not page.new_button.isEnabled() and not page.issue_button.isEnabled()
    assert page.co_sign_button.isVisible() and page.co_sign_button.isEnabled()
    assert not page.co_sign_closure_button.isEnabled()

    qtbot.mouseClick(page.co_sign_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: row_texts(page.model, act_column) == ["Co-signed"])
    wait_idle(qtbot, ctx)
    assert "Co-signed (SCIS, DTX)" in page.facts["acts"].text()
    assert not page.co_sign_button.isEnabled()
    assert [item.status for item in partner.commission.acts("INS-1")] == ["co_signed"]


def test_no_co_sign_button_where_the_desk_may_not_co_sign(
    qtbot: QtBot, make_desk: DeskFactory, app_ctx: AppCtx, tmp_path: Path
) -> None:
    coordinator, _partner = _issued_at_partner(make_desk, tmp_path)
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, InspectionsPage)
    assert row_texts(page.model, ACT_COLUMN) == ["Awaiting co-signature"]
    assert not page.co_sign_button.isVisible() and not page.co_sign_closure_button.isVisible()
