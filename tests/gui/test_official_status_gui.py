"""The coordinator's decision on a measure's official status, from the measure detail: the
reason is required, the decision wins over the lead's report and shows where the status comes
from; an institution's desk offers no such decision (issue 14)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.gui.dialogs.measure import OfficialStatusDialog
from desktop_app.gui.pages.measures import MeasuresPage
from tests.gui.conftest import closed, settle
from tests.gui.pages_support import OpenWindow


def _save(dialog: QDialog) -> None:
    assert isinstance(dialog, OfficialStatusDialog)
    button = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert button is not None
    button.click()


def _page(qtbot: QtBot, desk: Desk, open_window: OpenWindow) -> MeasuresPage:
    window = open_window(desk)
    window.go("measures", {})
    page = window.page(MeasuresPage)
    settle(window.ctx, qtbot)
    page.table.selectRow(0)
    settle(window.ctx, qtbot)
    assert page.detail is not None
    return page


def test_the_coordinator_sets_an_official_status_with_its_reason(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow
) -> None:
    coordinator.plan.set_strategy("Strategiya 2023-2027", 2023, 2027)
    coordinator.plan.add_measure("1.1", "Audit", "SCIS", start="01.01.2026", end="31.12.2026")
    coordinator.progress.add("1.1", "2026-Q2", "delayed", 40, "Gecikir")
    page = _page(qtbot, coordinator, open_window)
    assert page.fact_labels["status"].text() == "Delayed (40 %)"
    assert page.official_button.isEnabled()

    page.official_button.click()
    dialog = page.open_dialog
    assert isinstance(dialog, OfficialStatusDialog)
    # It starts from the status it overrides.
    assert dialog.period.text() == "2026-Q2"
    assert dialog.status.currentData() == "delayed" and dialog.percent.value() == 40
    now = dialog.findChild(QLabel, "official-now")
    assert isinstance(now, QLabel) and "Delayed 40 % (2026-Q2)" in now.text()
    dialog.status.setCurrentIndex(dialog.status.findData("in_progress"))
    dialog.percent.setValue(70)
    _save(dialog)
    settle(page.ctx, qtbot)
    assert dialog.errors.message("reason") == "Reason must not be empty"
    assert not closed(dialog)

    dialog.period.setText("2031-Q1")
    dialog.reason.setPlainText("Komissiyanın 12.07.2026 tarixli qərarı")
    _save(dialog)
    settle(page.ctx, qtbot)
    assert dialog.errors.message("period")  # outside the strategy's years: refused by its field
    dialog.period.setText("2026-Q2")
    _save(dialog)
    settle(page.ctx, qtbot)
    assert closed(dialog)

    detail = coordinator.plan.measure_detail("1.1")
    assert (detail.official.status, detail.official.percent) == ("in_progress", 70)
    assert detail.official.source_kind == "decision"
    assert detail.decision is not None and detail.decision.decided_by == "admin"
    qtbot.waitUntil(lambda: page.fact_labels["status"].text() == "In progress (70 %)")
    assert "Komissiyanın 12.07.2026 tarixli qərarı" in page.fact_labels["source"].text()
