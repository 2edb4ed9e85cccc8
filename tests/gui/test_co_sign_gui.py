"""The partner agency's desk co-signs on the Inspections page (issue 15): the act awaits its
co-signature, the Co-sign button signs it with the node's key, and the status follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.exchange import service
from desktop_app.gui.pages.findings import FindingsPage
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


def test_a_closure_awaits_the_partner_agency_on_the_findings_page(
    qtbot: QtBot, make_desk: DeskFactory, app_ctx: AppCtx, tmp_path: Path
) -> None:
    """A verified closure only the issuing agency has signed is a status of its own, in the
    list, its filter and the detail, whose history shows each agency's signature."""
    coordinator, partner = _issued_at_partner(make_desk, tmp_path)
    for status in ("in_remediation", "remediated"):
        coordinator.inspections.transition("INS-1#1", status, "Kart oxuyucular quraşdırıldı")
    coordinator.inspections.verify("INS-1#1", "on_site", "closed", "Yerində yoxlanıldı")
    ship(coordinator, partner, tmp_path / "closure")
    ctx = app_ctx(partner)
    page = open_page(qtbot, ctx, FindingsPage)
    status_column = 4  # ref, institution, severity, deadline, status, description
    assert row_texts(page.model, status_column) == ["Verified, awaiting co-signature"]
    tip = page.model.index(0, status_column).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Verified, awaiting co-signature"
    page.status.setCurrentIndex(page.status.findData("awaiting_co_signature"))
    assert page.proxy.rowCount() == 1
    page.status.setCurrentIndex(page.status.findData("verified_closed"))
    assert page.proxy.rowCount() == 1
    page.view.selectRow(0)
    qtbot.waitUntil(lambda: "Signed for the issuing agency" in page.facts["history"].text())
    assert page.facts["status"].text() == "Verified, awaiting co-signature"
    fingerprint = service.own_fingerprint(coordinator)
    history = page.facts["history"].text().splitlines()
    assert history[-1].endswith(f"SCIS admin · Signed for the issuing agency, key {fingerprint}")
    assert "Remediated → Verified and closed (On site)" in history[-2]

    ctx.write(lambda desk: desk.commission.co_sign_closure("INS-1#1"), parent_widget=page)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: row_texts(page.model, status_column) == ["Verified and closed"])
    page.view.selectRow(0)
    partner_key = service.own_fingerprint(partner)
    qtbot.waitUntil(lambda: partner_key in page.facts["history"].text())
    last = page.facts["history"].text().splitlines()[-1]
    assert last.endswith(f"DTX admin · Co-signed for the partner agency, key {partner_key}")
    assert page.facts["status"].text() == "Verified and closed"
