"""Fixtures for the page tests: an application context over a fresh store per test.

Imported by the page test modules (``from tests.gui.pages_support import ...``) so that they
share one way to open a page on a real encrypted store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.gui.context import AppContext
from desktop_app.gui.pages.base import Page

PageT = TypeVar("PageT", bound=Page)


@pytest.fixture
def app_ctx(tmp_path: Path, qtbot: QtBot) -> Iterator[Callable[[Desk], AppContext]]:
    """``app_ctx(desk)``: a context holding ``desk``; its workers are drained at the end."""
    made: list[AppContext] = []

    def factory(desk: Desk) -> AppContext:
        settings = QSettings(
            str(tmp_path / f"settings-{len(made)}.ini"), QSettings.Format.IniFormat
        )
        ctx = AppContext(desk.workspace.home, settings)
        ctx.desk = desk
        made.append(ctx)
        return ctx

    yield factory
    for ctx in made:
        ctx.tasks.cancel_all()
        ctx.tasks.wait_idle()
        # Callbacks queued by the last tasks run while the widgets still exist.
        qtbot.wait(1)
        ctx.desk = None


def open_page(qtbot: QtBot, ctx: AppContext, page_type: type[PageT]) -> PageT:
    """Show a page and wait for its first load."""
    page = page_type(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    wait_idle(qtbot, ctx)
    return page


def wait_idle(qtbot: QtBot, ctx: AppContext, timeout: int = 10_000) -> None:
    """Until every task finished and its callback ran on the GUI thread."""
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=timeout)


def row_texts(model: Any, column: int) -> list[str]:
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest.keyClicks knows only ASCII, and Azerbaijani is not."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
