"""The threat weighed in the finding form (risk score and default deadline shown before saving),
and a request for more time asked and decided from the Findings page (issue 15)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.finding import DecideExtensionDialog, RequestExtensionDialog
from desktop_app.gui.dialogs.inspection import Choices, FindingDialog
from desktop_app.gui.pages.findings import FindingsPage
from tests.gui.pages_support import app_ctx, open_page, type_text, wait_idle

__all__ = ["app_ctx"]

MakeCtx = Callable[[Desk], AppContext]


def seed(desk: Desk) -> str:
    desk.plan.add_institution("MDT", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi")
    desk.plan.add_facility("MDT", "Məlumat mərkəzi", criticality="I")
    return desk.inspections.add(
        "MDT", start="01.09.2026", end="12.09.2026", facilities=["Məlumat mərkəzi"]
    ).reference


def test_the_finding_form_shows_the_weighing_before_saving(
    qtbot: QtBot, coordinator: Desk, app_ctx: MakeCtx
) -> None:
    reference = seed(coordinator)
    ctx = app_ctx(coordinator)
    inspection = coordinator.inspections.detail(reference).inspection
    dialog = FindingDialog(ctx, Choices.load(coordinator), reference, inspection.institution_id)
    qtbot.addWidget(dialog)
    assert dialog.weighing.text() == "Not weighed: give both likelihood and impact."
    dialog.likelihood.setValue(4)
    dialog.impact.setValue(5)
    qtbot.waitUntil(lambda: "Risk score 20 of 25" in dialog.weighing.text())
    assert dialog.weighing.text() == (
        "Risk score 20 of 25 at a CII class I facility: default deadline 19.09.2026 · urgent"
    )
    type_text(dialog.description.viewport(), "Ehtiyat nüsxə yoxdur")
    # Another deadline without a reason is refused next to the reason.
    dialog.deadline.set_value(coordinator.today().replace(day=30))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.errors.message("deadline_reason") != "")
    assert "The weighing gives the deadline 19.09.2026" in dialog.errors.message("deadline_reason")
    dialog.deadline.set_value(None)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, ctx)
    (row,) = coordinator.inspections.findings()
    assert (row.risk_score, row.urgent, row.deadline_source) == (20, True, "default")


def test_a_request_for_more_time_is_asked_and_decided(
    qtbot: QtBot, coordinator: Desk, app_ctx: MakeCtx
) -> None:
    reference = seed(coordinator)
    coordinator.inspections.add_finding(
        reference, "Jurnal yoxdur", "high", likelihood=2, impact=3, facility="Məlumat mərkəzi"
    )
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, FindingsPage)
    page.view.selectRow(0)
    assert page.facts["threat"].text() == (
        "Risk score 6 of 25 (likelihood 2, impact 3), CII class I"
    )
    assert page.facts["deadline"].text() == "11.11.2026 (as the weighing gives)"
    qtbot.waitUntil(page.request_button.isEnabled)
    assert not page.decide_request_button.isEnabled()

    # Asked (the coordinator records a request the institution sent on paper).
    qtbot.mouseClick(page.request_button, Qt.MouseButton.LeftButton)
    asked = page.dialog
    assert isinstance(asked, RequestExtensionDialog)
    type_text(asked.reason.viewport(), "Təchizatçı gecikir")
    asked.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: asked.errors.message("requested_date") != "")
    assert "later than the current one (11.11.2026)" in asked.errors.message("requested_date")
    asked.new_date.set_value(coordinator.today().replace(year=2027, month=1, day=15))
    asked.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: "awaiting a decision" in page.facts["requests"].text())
    assert "asked for 15.01.2027: Təchizatçı gecikir" in page.facts["requests"].text()
    assert page.decide_request_button.isEnabled() and not page.request_button.isEnabled()

    # Decided: approved, the deadline moves and says so.
    qtbot.mouseClick(page.decide_request_button, Qt.MouseButton.LeftButton)
    decide = page.dialog
    assert isinstance(decide, DecideExtensionDialog)
    decide.decision.setCurrentIndex(decide.decision.findData("approve"))
    type_text(decide.reason.viewport(), "Əsaslıdır")
    decide.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: "Approved (admin): Əsaslıdır" in page.facts["requests"].text())
    assert page.facts["deadline"].text() == "15.01.2027 (extended)"
    assert "11.11.2026 → 15.01.2027: Əsaslıdır" in page.facts["extensions"].text()
    assert not page.decide_request_button.isEnabled()


def test_approving_a_request_the_deadline_has_passed_keeps_the_later_deadline(
    qtbot: QtBot, coordinator: Desk, app_ctx: MakeCtx
) -> None:
    """The deadline was extended beyond the date asked for before the decision: the dialog
    says that an approval keeps it, and the approval does (it was refused as not later)."""
    reference = seed(coordinator)
    coordinator.inspections.add_finding(reference, "Jurnal yoxdur", "high")
    asked = coordinator.inspections.request_extension(f"{reference}#1", "15.01.2027", "Gecikir")
    coordinator.inspections.extend_deadline(f"{reference}#1", "01.03.2027", "Komissiya", "Sədr")
    ctx = app_ctx(coordinator)
    [finding] = coordinator.inspections.findings()
    [request] = coordinator.inspections.extension_requests(pending=True)
    dialog = DecideExtensionDialog(ctx, finding, request)
    qtbot.addWidget(dialog)
    assert dialog.current.text() == "01.03.2027, not earlier than asked: an approval keeps it"
    dialog.decision.setCurrentIndex(dialog.decision.findData("approve"))
    type_text(dialog.reason.viewport(), "Əsaslıdır")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, ctx)
    [decided] = coordinator.inspections.extension_requests()
    assert (decided.id, decided.status) == (asked.id, "approved")
    assert coordinator.inspections.findings()[0].deadline == dt.date(2027, 3, 1)
