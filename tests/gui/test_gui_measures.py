"""The Measures page through its dialogs: a measure added (after a validation error shown by
its field), a progress report with an attachment, the evaluation, a saved copy of the evidence;
the dashboard's charts lead to the filtered list; a viewer finds every edit disabled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCharts import QPieSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.aztext import az_upper
from desktop_app.core.desk import Desk, open_desk
from desktop_app.core.models import UserRole
from desktop_app.gui.dialogs.measure import EvaluationDialog, MeasureDialog, ProgressDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.pages.dashboard import DashboardPage
from desktop_app.gui.pages.measures import MeasuresPage
from desktop_app.gui.pages.settings import SettingsPage
from tests.conftest import PASSPHRASE
from tests.gui.conftest import closed, settle
from tests.gui.pages_support import OpenWindow, cell
from tests.test_monitoring import build_world as monitoring_world


def _measures_page(window: MainWindow) -> MeasuresPage:
    window.go("measures", {})
    return window.page(MeasuresPage)


def test_add_a_measure_then_report_progress_with_evidence(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    tmp_path: Path,
    coordinator: Desk,
    open_window: OpenWindow,
) -> None:
    window = open_window(coordinator)
    ctx = window.ctx
    page = _measures_page(window)
    settle(ctx, qtbot)
    assert page.add_button.isEnabled()

    page.add_button.click()
    dialog = page.open_dialog
    assert isinstance(dialog, MeasureDialog) and dialog.isVisible()
    dialog.number.setText("1.1")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(ctx, qtbot)
    assert dialog.isVisible()  # refused: no title
    assert dialog.errors.message("title") == "Title must not be empty"
    assert dialog.number.text() == "1.1"
    dialog.title_edit.insertPlainText("İnformasiya təhlükəsizliyi siyasətinin yenilənməsi")
    dialog.description.setPlainText("Qaydaların icmalı və yenilənməsi")
    dialog.lead.setCurrentIndex(dialog.lead.findData("SCIS"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(ctx, qtbot)
    assert closed(dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)

    page.table.selectRow(0)
    settle(ctx, qtbot)
    assert page.detail is not None and page.detail.measure.number == "1.1"
    assert page.report_button.isEnabled()  # the coordinator leads this one

    evidence = tmp_path / "akt-№1 (imzalı).txt"
    evidence.write_bytes("Yoxlama aktı: ğ ı ə ş ç ö ü".encode())
    page.report_button.click()
    report = page.open_dialog
    assert isinstance(report, ProgressDialog)
    report.percent.setValue(40)
    report.files.add_path(evidence)
    report.buttons.button(report.buttons.StandardButton.Save).click()
    settle(ctx, qtbot)
    assert "work" in report.errors.message("work_done")  # submitting needs the work done
    report.work_done.setPlainText("Siyasətin layihəsi hazırlanıb")
    report.buttons.button(report.buttons.StandardButton.Save).click()
    settle(ctx, qtbot)
    assert closed(report)
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.reports) == 1)
    settle(ctx, qtbot)
    row = page.selected_row()
    assert row is not None and row.percent == 40 and row.status == "in_progress"
    assert page.attachments.count() == 1
    assert evidence.name in page.attachments.item(0).text()

    # Evidence leaves the store only where the user saves it; Open works on that copy only.
    page.attachments.setCurrentRow(0)
    assert page.save_copy_button.isEnabled() and not page.open_button.isEnabled()
    copy = tmp_path / "out" / "copy.txt"
    copy.parent.mkdir()
    page.save_copy(target=copy)
    settle(ctx, qtbot)
    assert copy.read_bytes() == evidence.read_bytes()
    assert page.open_button.isEnabled()

    page.reports.selectRow(0)
    assert page.evaluate_button.isEnabled()
    page.evaluate_button.click()
    evaluation = page.open_dialog
    assert isinstance(evaluation, EvaluationDialog)
    evaluation.result_box.setCurrentIndex(evaluation.result_box.findData("needs_clarification"))
    evaluation.buttons.button(evaluation.buttons.StandardButton.Save).click()
    settle(ctx, qtbot)
    assert evaluation.errors.message("comment")  # every result but "Implemented" needs one
    evaluation.comment.setPlainText("Sübut əlavə edin")
    evaluation.buttons.button(evaluation.buttons.StandardButton.Save).click()
    settle(ctx, qtbot)
    qtbot.waitUntil(
        lambda: page.detail is not None and bool(page.detail.evaluations), timeout=5_000
    )
    assert cell(page.reports, 0, 4).text() == "Needs clarification"
    assert "Sübut əlavə edin" in cell(page.reports, 0, 4).toolTip()  # the history, newest first

    # Revised after its evaluation, the report is pending again; the dialog shows the report
    # it evaluates and what was said about the earlier version.
    report_id = page.detail.reports[0].id
    ctx.write(lambda desk: desk.progress.update(report_id, percent=70))
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: cell(page.reports, 0, 4).text() == "Pending evaluation", timeout=5_000)
    page.reports.selectRow(0)
    page.evaluate_button.click()
    again = page.open_dialog
    assert isinstance(again, EvaluationDialog)
    evaluated = again.findChild(QPlainTextEdit, "evaluated-report")
    assert evaluated is not None
    shown = evaluated.toPlainText()
    assert "Siyasətin layihəsi hazırlanıb" in shown and "70 %" in shown
    assert "Needs clarification · admin · Sübut əlavə edin" in shown
    again.result_box.setCurrentIndex(again.result_box.findData("implemented"))
    again.buttons.button(again.buttons.StandardButton.Save).click()
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: cell(page.reports, 0, 4).text() == "Implemented", timeout=5_000)
    assert cell(page.reports, 0, 4).toolTip().count("\n") == 1  # two evaluations


def test_dashboard_slice_opens_the_filtered_measures(
    qtbot: QtBot, qtmodeltester: ModelTester, sample_desk: Desk, open_window: OpenWindow
) -> None:
    window = open_window(sample_desk)
    dashboard = window.page(DashboardPage)
    settle(window.ctx, qtbot)
    board = dashboard.dashboard
    assert board is not None and dashboard.tiles["total"].text() == str(board.measures_total)
    for model in (dashboard.overdue_model, dashboard.urgent_model, dashboard.institution_model):
        qtmodeltester.check(model)
    assert dashboard.institution_model.rowCount() > 0  # the coordinator's table

    pie = dashboard.status_chart.series()[0]
    assert isinstance(pie, QPieSeries)
    delayed = next(s for s in pie.slices() if s.property("status") == "delayed")
    delayed.clicked.emit()
    settle(window.ctx, qtbot)
    page = window.page(MeasuresPage)
    assert window.current_key() == "measures"
    qtbot.waitUntil(lambda: page.model.rowCount() == board.measures_total)
    assert page.proxy.rowCount() == board.by_status["delayed"]
    assert page.status.currentData() == "delayed"

    page.status.setCurrentIndex(0)
    page.overdue.setChecked(True)
    assert page.proxy.rowCount() == len(board.overdue)
    page.overdue.setChecked(False)
    first = page.model.row_at(0)
    page.search.setText(az_upper(first.lead_name))  # İ/I and i/ı paired the Azerbaijani way
    assert 0 < page.proxy.rowCount() < page.model.rowCount()
    assert all(
        first.lead_code in (r.lead_code, *r.co_executors)
        for r in (page.proxy.row_at(i) for i in range(page.proxy.rowCount()))
    )


def test_full_text_search_finds_descriptions(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow
) -> None:
    coordinator.plan.add_measure(
        "1.1", "Siyasət", "SCIS", description="Şəbəkə seqmentasiyası tətbiq edilir"
    )
    coordinator.plan.add_measure("1.2", "Təlimlər", "SCIS")
    window = open_window(coordinator)
    page = _measures_page(window)
    settle(window.ctx, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.search.setText("ŞƏBƏKƏ")  # only in the description: the index answers
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5_000)
    assert page.proxy.row_at(0).number == "1.1"


def test_a_viewer_sees_every_edit_disabled(
    qtbot: QtBot, sample_desk: Desk, open_window: OpenWindow
) -> None:
    sample_desk.users.add("baxan", UserRole.VIEWER.value, PASSPHRASE)
    home = sample_desk.workspace.home
    sample_desk.close()
    viewer = open_desk(home, user="baxan", passphrase=PASSPHRASE)
    window = open_window(viewer)
    page = _measures_page(window)
    settle(window.ctx, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.selectRow(0)
    settle(window.ctx, qtbot)
    assert page.detail is not None
    for button in (page.add_button, page.edit_button, page.report_button, page.evaluate_button):
        assert not button.isEnabled()
    assert not page.attach_button.isEnabled() and page.attach_target.count() == 0
    page.edit_measure()  # a double-click does not open the editor either
    assert page.open_dialog is None

    window.go("settings", {})
    settings = window.page(SettingsPage)
    settle(window.ctx, qtbot)
    for widget in (settings.add_user_button, settings.set_role_button, settings.marking_button):
        assert not widget.isEnabled()
    assert settings.change_button.isEnabled()  # one's own passphrase stays one's own
    assert window.lock_action.isEnabled()
    assert "Viewer" in window.user_label.text()


# (language, its name in the list, sidebar titles, File menu, measure statuses, column 1)
LANGUAGE_CASES = [
    ("az", "Azərbaycanca", {"Tədbirlər", "Parametrlər"}, "&Fayl", {"İcra olunur"}, "Tədbir"),
    (
        "ru",
        "Русский",
        {"Мероприятия", "Настройки", "Проверки"},
        "&Файл",
        {"Выполняется", "Не начато"},
        "Мероприятие",
    ),
]


@pytest.mark.parametrize(
    ("language", "name", "titles", "file_menu", "statuses", "measure_header"), LANGUAGE_CASES
)
def test_switching_language(
    qtbot: QtBot,
    sample_desk: Desk,
    open_window: OpenWindow,
    language: str,
    name: str,
    titles: set[str],
    file_menu: str,
    statuses: set[str],
    measure_header: str,
) -> None:
    window = open_window(sample_desk)
    window.go("settings", {})
    settings = window.page(SettingsPage)
    settings.language.setCurrentIndex(settings.language.findData(language))
    assert settings.language.currentText() == name
    settings.language.activated.emit(settings.language.currentIndex())
    settle(window.ctx, qtbot)
    sidebar = window.sidebar
    assert sidebar is not None
    shown = {sidebar.item(i).text() for i in range(sidebar.count())}
    assert titles <= shown
    assert window.current_key() == "settings"
    assert window.menuBar().actions()[0].text() == file_menu
    page = _measures_page(window)
    settle(window.ctx, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    end_column = 6
    dated = next(
        page.model.index(r, end_column).data()
        for r in range(page.model.rowCount())
        if page.model.row_at(r).end_date
    )
    assert dated[2] == "." and dated[5] == "." and len(dated) == 10  # dd.mm.yyyy
    assert statuses <= {page.status.itemText(i) for i in range(page.status.count())}
    assert window.ctx.settings.value("language") == language
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "№"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == measure_header


def test_detail_shows_the_official_status_and_the_contributions(
    qtbot: QtBot, tmp_path: Path, open_window: OpenWindow
) -> None:
    """The lead's report is the status; co-executors' reports are listed as contributions."""
    world = monitoring_world(tmp_path)
    try:
        window = open_window(world.c)
        page = _measures_page(window)
        settle(window.ctx, qtbot)
        [row] = [r for r in range(page.proxy.rowCount()) if page.proxy.row_at(r).number == "1.1"]
        page.table.selectRow(row)
        settle(window.ctx, qtbot)
        assert page.detail is not None and page.detail.measure.number == "1.1"
        assert page.fact_labels["status"].text().startswith("Delayed")
        assert "(83 %)" in page.fact_labels["status"].text()
        assert page.fact_labels["source"].text() == "the report of MOD (lead) for 2026-Q3"
        cells = [
            [cell(page.contributions, r, c).text() for c in range(4)]
            for r in range(page.contributions.rowCount())
        ]
        assert cells == [
            ["RINN · RINN qurumu", "2026-Q3", "In progress", "50"],
            ["AMB · AMB qurumu", "no report yet", "", ""],
        ]
    finally:
        for desk in (world.mod, world.rinn, world.amb):
            desk.close()
