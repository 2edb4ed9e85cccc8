"""Helpers for the page tests: a page on a real encrypted store, typing Azerbaijani text.

The page test modules import ``app_ctx`` from here (``from tests.gui.pages_support import ...``);
it builds on the ``make_ctx`` fixture of tests/gui/conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.pdf_preview import PdfPreviewDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.pages.base import Page

PageT = TypeVar("PageT", bound=Page)
# The fixtures' factories: make_ctx(home), app_ctx(desk), open_window(desk, locked=False).
CtxFactory = Callable[[Path], AppContext]
AppCtx = Callable[[Desk], AppContext]
OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def app_ctx(make_ctx: CtxFactory) -> AppCtx:
    """``app_ctx(desk)``: a context already holding ``desk`` (no unlock, no full refresh)."""

    def factory(desk: Desk) -> AppContext:
        ctx = make_ctx(desk.workspace.home)
        ctx.desk = desk
        return ctx

    return factory


def open_page(qtbot: QtBot, ctx: AppContext, page_type: type[PageT]) -> PageT:
    """Show a page and wait for its first load."""
    page = page_type(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    wait_idle(qtbot, ctx)
    return page


def wait_idle(qtbot: QtBot, ctx: AppContext, timeout: int = 15_000) -> None:
    """Until every task finished and its callback ran on the GUI thread."""
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=timeout)


def row_texts(model: QAbstractItemModel, column: int) -> list[str]:
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The table's item at ``row``, ``column``, which must be there."""
    item = table.item(row, column)
    assert item is not None, f"no cell {row}, {column}"
    return item


def top_item(tree: QTreeWidget, row: int) -> QTreeWidgetItem:
    """The tree's top-level row ``row``, which must be there."""
    item = tree.topLevelItem(row)
    assert item is not None, f"no row {row}"
    return item


def child_item(parent: QTreeWidgetItem, row: int) -> QTreeWidgetItem:
    """The child row ``row`` of ``parent``, which must be there."""
    item = parent.child(row)
    assert item is not None, f"no child row {row}"
    return item


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest.keyClicks knows only ASCII, and Azerbaijani is not."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def shown_pdf(qtbot: QtBot, owner: QWidget, name: str) -> int:
    """Wait for the PDF preview ``name`` that ``owner`` opened; its page count, then close it."""
    qtbot.waitUntil(lambda: owner.findChild(PdfPreviewDialog, name) is not None)
    preview = owner.findChild(PdfPreviewDialog, name)
    assert preview is not None
    qtbot.waitUntil(preview.preview.is_ready)
    pages = preview.preview.document.pageCount()
    preview.accept()
    return int(pages)
