"""The Reports page: a report generated in a worker, shown in the preview from memory, printed
and saved; a missing parameter is shown next to its field."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.gui.pages.reports import ReportsPage
from tests.gui.pages_support import AppCtx, app_ctx, open_page, wait_idle

__all__ = ["app_ctx"]


def test_generate_preview_print_and_save(
    qtbot: QtBot, sample_desk: Desk, app_ctx: AppCtx, tmp_path: Path
) -> None:
    ctx = app_ctx(sample_desk)
    page = open_page(qtbot, ctx, ReportsPage)
    assert page.period.text() == "2026-Q3"
    page.kind.setCurrentIndex(page.kind.findData("strategy"))
    page.language.setCurrentIndex(page.language.findData("az"))
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.preview.is_ready, timeout=30_000)
    wait_idle(qtbot, ctx)
    pages = page.preview.document.pageCount()
    assert pages >= 2
    text = PdfReader(io.BytesIO(page.preview.data)).pages[0].extract_text()
    assert "Strategiyanın icrası" in text
    # The preview came from memory: no PDF was written next to the store.
    assert not list(sample_desk.workspace.home.rglob("*.pdf"))
    assert page.preview.print_button.isEnabled() and page.preview.save_button.isEnabled()

    saved = tmp_path / "hesabat.pdf"
    page.preview.save_to(saved)
    assert saved.read_bytes() == page.preview.data

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.preview.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages


def test_inspection_act_needs_an_inspection(
    qtbot: QtBot, coordinator: Desk, app_ctx: AppCtx
) -> None:
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, ReportsPage)
    page.kind.setCurrentIndex(page.kind.findData("inspection-act"))
    assert not page.rows["period"].isEnabled() and page.rows["inspection"].isEnabled()
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.errors.message("inspection") != "")
    wait_idle(qtbot, ctx)
    assert page.generate_button.isVisible() and not page.preview.is_ready()
