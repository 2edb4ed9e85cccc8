"""Spreadsheets in the GUI: File → Export list… writes what the page's filters show, Print list
prints it with the marking and "Page N of M", and the import wizard runs the plan import over
the same engine as the CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import cast

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWizard
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.core.models import InstitutionKind
from desktop_app.gui import listing
from desktop_app.gui.dialogs.plan_import import PlanImportWizard
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.pages.measures import MeasuresPage
from tests.gui.conftest import settle
from tests.test_plan_import import INSTITUTIONS, fixed_plan, published_plan


def test_export_list_writes_what_the_filters_show(
    qtbot: QtBot, tmp_path: Path, sample_desk: Desk, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(sample_desk)
    ctx = window.ctx
    window.go("measures", {})
    page = cast(MeasuresPage, window.pages["measures"])
    settle(ctx, qtbot)
    page.overdue.setChecked(True)
    settle(ctx, qtbot)
    view = listing.page_list(page)
    assert view is not None
    shown = view.model().rowCount()
    assert 0 < shown < len(sample_desk.plan.measure_rows())
    written: list[int] = []
    path = tmp_path / "measures.xlsx"
    listing.export_to(ctx, view, path, page.title(), written.append)
    qtbot.waitUntil(lambda: written == [shown])
    sheet = openpyxl.load_workbook(path).active
    assert isinstance(sheet, Worksheet)
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == shown + 1
    headers = list(rows[0])
    assert headers[0] == "No."
    ends = [row[headers.index("End date")] for row in rows[1:]]
    assert all(isinstance(end, dt.datetime) for end in ends)
    overdue = {r.number for r in sample_desk.plan.measure_rows() if r.overdue}
    assert {row[0] for row in rows[1:]} == overdue


def test_print_list_has_the_marking_and_page_n_of_m(
    qtbot: QtBot, tmp_path: Path, sample_desk: Desk, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(sample_desk)
    window.go("measures", {})
    page = window.pages["measures"]
    settle(window.ctx, qtbot)
    view = listing.page_list(page)
    assert view is not None
    # Its shortcut is no button's on any page (an ambiguous shortcut works nowhere).
    buttons = {
        button.shortcut().toString()
        for page in window.pages.values()
        for button in page.findChildren(QAbstractButton)
    }
    assert window.print_list_action.shortcut().toString() not in buttons
    assert window.export_list_action.shortcut().toString() not in buttons
    headers, rows = listing.shown_rows(view)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(tmp_path / "list.pdf"))
    pages = listing.print_rows(printer, "Tədbirlər", "Xidməti istifadə üçün", headers, rows * 5)
    assert pages >= 2
    reader = PdfReader(tmp_path / "list.pdf")
    assert len(reader.pages) == pages
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "Xidməti istifadə üçün" in last
    assert f"Page {pages} of {pages}" in last


def _plan_window(coordinator: Desk, open_window: Callable[..., MainWindow]) -> MainWindow:
    """The coordinator's window, with the institutions the plan names and a strategy."""
    for code, name, name_en in INSTITUTIONS:
        coordinator.plan.add_institution(code, name, name_en, InstitutionKind.AGENCY.value)
    coordinator.plan.set_strategy("Strategiya", 2023, 2027)
    return open_window(coordinator)


def _wizard(qtbot: QtBot, window: MainWindow, path: Path) -> PlanImportWizard:
    """The import wizard on its columns page for ``path``."""
    wizard = PlanImportWizard(window.ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.path_edit.setText(str(path))
    wizard.next()
    settle(window.ctx, qtbot)
    return wizard


def test_import_wizard_previews_then_imports(
    qtbot: QtBot, tmp_path: Path, coordinator: Desk, open_window: Callable[..., MainWindow]
) -> None:
    window = _plan_window(coordinator, open_window)
    ctx = window.ctx
    path = published_plan(tmp_path / "plan.xlsx")
    wizard = _wizard(qtbot, window, path)
    assert wizard.columns_table.rowCount() == 6
    wizard.next()
    settle(ctx, qtbot)
    assert wizard.preview is not None
    assert wizard.problems.rowCount() == 3
    first = [wizard.problems.model().index(0, c).data() for c in range(3)]
    assert first == [
        "16",
        'Measure 3.2: no registered institution "Təhsil Nazirlyi"',
        "TN Təhsil Nazirliyi",
    ]
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    fixed_plan(path)
    wizard.load_preview()
    settle(ctx, qtbot)
    assert wizard.problems.rowCount() == 0
    assert wizard.changes.rowCount() == 11
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()
    settle(ctx, qtbot)
    assert wizard.imported is not None and wizard.imported.created == 11
    assert len(coordinator.plan.measure_rows()) == 11


def _holds(wizard: PlanImportWizard, header: str) -> QComboBox:
    """The "Holds" choice of the column with this header on the columns page."""
    table = wizard.columns_table
    for row in range(table.rowCount()):
        item = table.item(row, 1)
        if item is not None and item.text() == header:
            combo = table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            return combo
    raise AssertionError(f"no column {header!r}")


def _choose(combo: QComboBox, text: str) -> None:
    """Pick an entry as a user does: open the list, click the entry's text."""
    combo.showPopup()
    view = combo.view()
    index = view.model().index(combo.findText(text), 0)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert combo.currentText() == text


def test_import_wizard_unmaps_a_recognised_column_and_keeps_the_mapping(
    qtbot: QtBot, tmp_path: Path, coordinator: Desk, open_window: Callable[..., MainWindow]
) -> None:
    window = _plan_window(coordinator, open_window)
    ctx = window.ctx
    path = fixed_plan(published_plan(tmp_path / "plan.xlsx"))
    wizard = _wizard(qtbot, window, path)
    assert _holds(wizard, "Maliyyə mənbəyi").currentText() == "Financing source"
    _choose(_holds(wizard, "Maliyyə mənbəyi"), "(not read)")
    _choose(_holds(wizard, "Gözlənilən nəticə"), "Description")
    wizard.next()
    settle(ctx, qtbot)
    assert wizard.preview is not None and wizard.preview.problems == []
    first = next(m for m in wizard.preview.measures if m.number == "1.1")
    assert "financing_source" not in first.values
    assert "expected_result" not in first.values
    assert first.values["description"].startswith("Qanun layihəsi hazırlanıb")
    # Back on the columns page the choices are still there (not the headers' again).
    wizard.back()
    settle(ctx, qtbot)
    assert _holds(wizard, "Maliyyə mənbəyi").currentText() == "(not read)"
    assert _holds(wizard, "Gözlənilən nəticə").currentText() == "Description"
    wizard.next()
    settle(ctx, qtbot)
    wizard.accept()
    settle(ctx, qtbot)
    assert wizard.imported is not None and wizard.imported.created == 11
    measure = coordinator.plan.measure_detail("1.1").measure
    assert (measure.financing_source, measure.expected_result) == ("", "")
    assert measure.description.startswith("Qanun layihəsi hazırlanıb")

    # The next import starts from the mapping saved.
    again = _wizard(qtbot, window, path)
    assert _holds(again, "Maliyyə mənbəyi").currentText() == "(not read)"
    assert _holds(again, "Gözlənilən nəticə").currentText() == "Description"
    again.next()
    settle(ctx, qtbot)
    assert again.preview is not None
    assert {m.action for m in again.preview.measures} == {"same"}
