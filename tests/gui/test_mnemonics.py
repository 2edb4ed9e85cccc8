"""Alt shortcuts: no two controls in view share one, on any page, in any language. Two labels
with the same underlined letter make Alt+letter cycle between them instead of acting."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import settle, speak
from tests.gui.pages_support import OpenWindow


def _texts(widget: QWidget) -> list[str]:
    """The texts of ``widget`` that Qt reads an Alt shortcut from."""
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel):
        return [widget.text()] if widget.buddy() is not None else []
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(index) for index in range(widget.count())]
    if isinstance(widget, QMenuBar):
        return [action.text() for action in widget.actions() if action.isVisible()]
    return []


def _clashes(window: MainWindow) -> dict[str, list[str]]:
    """Alt+letter -> the texts in view that claim it, for letters claimed more than once."""
    claims: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        for text in _texts(widget):
            key = QKeySequence.mnemonic(text).toString()
            if key:
                claims[key].append(text)
    return {key: texts for key, texts in claims.items() if len(texts) > 1}


def _select_first_row(window: MainWindow) -> None:
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisibleTo(window) and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
            return


@pytest.mark.parametrize("language", ["en", "az", "ru"])
def test_no_page_gives_one_alt_shortcut_to_two_controls(
    qtbot: QtBot, sample_desk: Desk, open_window: OpenWindow, language: str
) -> None:
    window = open_window(sample_desk)
    speak(window, language)
    window.resize(1280, 800)
    settle(window.ctx, qtbot)
    found = {}
    for key in window.pages:
        window.go(key, {})
        settle(window.ctx, qtbot)
        _select_first_row(window)  # a selected row shows its detail's buttons too
        settle(window.ctx, qtbot)
        if clashes := _clashes(window):
            found[key] = clashes
    assert found == {}
