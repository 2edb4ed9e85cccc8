"""The plan's history in the GUI: the edit dialog asks for a reason when a date changes, the
detail shows the revisions and the indicators' achievement, indicators are edited with their
direction and milestones, a measure is cancelled, an institution renamed (issue 14)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QListWidget, QTableWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.measure import (
    CancelMeasureDialog,
    IndicatorDialog,
    MeasureDialog,
    PlanNamesDialog,
)
from desktop_app.gui.pages.measures import MeasuresPage
from tests.gui.conftest import closed, settle
from tests.gui.pages_support import OpenWindow


def _plan(desk: Desk) -> None:
    desk.plan.add_institution("MOD", "Müdafiə Nazirliyi")
    desk.plan.set_strategy("Strategiya 2023-2027", 2023, 2027)
    desk.plan.add_direction(1, "Hüquqi baza")
    desk.plan.add_measure("1.1", "Audit", "SCIS", direction=1, start="01.01.2026", end="30.06.2026")
    desk.plan.add_indicator("1.1", "İnsident", "ədəd", 31, 5, milestones={"2026": 18})
    desk.progress.add("1.1", "2026-Q2", "in_progress", 50, "Yarısı", indicator_actuals={
        "İnsident": 18})  # fmt: skip


def _save(dialog: MeasureDialog | IndicatorDialog | CancelMeasureDialog | PlanNamesDialog) -> None:
    button = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert button is not None
    button.click()


def _text(widget: QListWidget | QTableWidget, row: int, column: int = 0) -> str:
    item = widget.item(row) if isinstance(widget, QListWidget) else widget.item(row, column)
    assert item is not None
    return item.text()


def _opened(page: MeasuresPage) -> QDialog:
    dialog = page.open_dialog
    assert isinstance(dialog, QDialog)
    return dialog


def _measure_shown(
    qtbot: QtBot, desk: Desk, open_window: OpenWindow
) -> tuple[AppContext, MeasuresPage]:
    """The Measures page with the plan's one measure selected: (context, page)."""
    _plan(desk)
    window = open_window(desk)
    window.go("measures", {})
    page = window.page(MeasuresPage)
    settle(window.ctx, qtbot)
    page.table.selectRow(0)
    settle(window.ctx, qtbot)
    assert page.detail is not None
    return window.ctx, page


def test_a_date_change_asks_for_its_reason_and_shows_in_the_history(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow
) -> None:
    ctx, page = _measure_shown(qtbot, coordinator, open_window)
    assert page.history.isHidden()
    assert _text(page.indicators, 0) == (
        "İnsident (ədəd)\nDecrease · 31 → 5 · 2026 milestone 18 · actual 18 (2026-Q2)"
        " · achieved 50 %"
    )

    page.edit_button.click()
    dialog = _opened(page)
    assert isinstance(dialog, MeasureDialog)
    dialog.end.set_value(dt.date(2026, 12, 31))
    _save(dialog)
    settle(ctx, qtbot)
    assert dialog.isVisible()
    assert "revises the plan" in dialog.errors.message("reason")
    dialog.reason.setPlainText("Maliyyə gecikdi")
    dialog.decision_number.setText("KQ-12")
    _save(dialog)
    settle(ctx, qtbot)
    assert closed(dialog)
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.history) == 1)
    settle(ctx, qtbot)
    assert page.history.isVisible()
    [revision] = coordinator.plan.history("1.1")
    assert page.history.text() == (
        f"{revision.revised_at:%d.%m.%Y} · End date: 30.06.2026 → 31.12.2026 · decision KQ-12"
        "\nMaliyyə gecikdi (admin)"
    )
    assert revision.decision_number == "KQ-12"


def test_indicators_cancel_and_names_from_the_measures_page(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow
) -> None:
    ctx, page = _measure_shown(qtbot, coordinator, open_window)

    # An indicator edited: a rising direction would contradict its target, refused by the field.
    page.indicators.setCurrentRow(0)
    assert page.edit_indicator_button.isEnabled()
    page.edit_indicator_button.click()
    dialog = _opened(page)
    assert isinstance(dialog, IndicatorDialog)
    assert [_text(dialog.milestones, r) for r in range(5)] == [
        "2023", "2024", "2025", "2026", "2027",
    ]  # fmt: skip
    assert dialog.planned() == {"2026": "18"}
    dialog.direction.setCurrentIndex(dialog.direction.findData("increase"))
    _save(dialog)
    settle(ctx, qtbot)
    assert "must be above its baseline" in dialog.errors.message("direction")
    dialog.direction.setCurrentIndex(dialog.direction.findData("decrease"))
    cell = dialog.milestones.item(4, 1)
    assert cell is not None
    cell.setText("5")
    _save(dialog)
    settle(ctx, qtbot)
    assert closed(dialog)
    [row] = coordinator.plan.indicator_rows("1.1")
    assert row.milestones == {"2026": 18.0, "2027": 5.0}

    page.add_indicator_button.click()
    dialog = _opened(page)
    assert isinstance(dialog, IndicatorDialog)
    dialog.name.setText("Audit edilmiş sistem")
    dialog.baseline.setText("0")
    dialog.target.setText("10")
    _save(dialog)
    settle(ctx, qtbot)
    assert closed(dialog)
    qtbot.waitUntil(lambda: page.indicators.count() == 2)

    # Cancelled with a reason: shown as cancelled, with its history.
    assert page.more_button.isEnabled() and page.cancel_action.isEnabled()
    page.cancel_action.trigger()
    dialog = _opened(page)
    assert isinstance(dialog, CancelMeasureDialog)
    _save(dialog)
    settle(ctx, qtbot)
    assert "Reason must not be empty" == dialog.errors.message("reason")
    dialog.reason.setPlainText("Strategiyadan çıxarıldı")
    _save(dialog)
    settle(ctx, qtbot)
    assert closed(dialog)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.cancelled_on is not None)
    settle(ctx, qtbot)
    assert page.fact_labels["status"].text().startswith("Cancelled on ")
    assert not page.cancel_action.isEnabled()
    assert " · Cancelled from " in page.history.text()

    # An institution renamed.
    page.edit_names("institution")
    dialog = _opened(page)
    assert isinstance(dialog, PlanNamesDialog)
    dialog.record.setCurrentIndex(dialog.record.findData("MOD"))
    assert dialog.name.text() == "Müdafiə Nazirliyi"
    dialog.name_en.setText("Ministry of Defence")
    _save(dialog)
    settle(ctx, qtbot)
    assert closed(dialog)
    assert coordinator.plan.institution("MOD").name_en == "Ministry of Defence"
