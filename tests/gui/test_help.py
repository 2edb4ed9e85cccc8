"""Help: F1 opens the user guide at the current screen's section, in the interface's language;
the guide prints as a PDF from the same source; About shows the version, the release and the
licences of the bundled components."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from desktop_app import __version__
from desktop_app.core.desk import Desk
from desktop_app.gui.dialogs.help import AboutDialog, HelpDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.pages.settings import SettingsPage
from tests.gui.conftest import settle
from tests.gui.pages_support import OpenWindow, shown_pdf


def top_line(help_dialog: HelpDialog) -> str:
    """The paragraph at the top of the guide's visible area."""
    browser = help_dialog.browser
    return browser.cursorForPosition(QPoint(4, 4)).block().text()


def press_f1(qtbot: QtBot, window: MainWindow) -> HelpDialog:
    if window.help is not None:
        window.help.reject()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help is not None
    qtbot.waitUntil(window.help.isVisible)
    return window.help


def shows_section(qtbot: QtBot, help_dialog: HelpDialog, heading: str) -> bool:
    """The guide comes to rest with ``heading`` at the top (the browser lays a long text out
    in steps after it is shown, and the scroll follows the section)."""
    qtbot.waitUntil(lambda: top_line(help_dialog) == heading, timeout=5_000)
    return True


def test_f1_opens_the_current_screen_s_section(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow
) -> None:
    window = open_window(coordinator)
    window.go("measures", {})
    assert shows_section(qtbot, press_f1(qtbot, window), "Measures")
    window.go("exchange", {})
    assert shows_section(qtbot, press_f1(qtbot, window), "Exchange")

    window.go("settings", {})
    settings = window.page(SettingsPage)
    settings.language.setCurrentIndex(settings.language.findData("ru"))
    settings.language.activated.emit(settings.language.currentIndex())
    settle(window.ctx, qtbot)
    window.go("findings", {})
    help_dialog = press_f1(qtbot, window)
    assert help_dialog.language == "ru"
    assert shows_section(qtbot, help_dialog, "Недостатки")


def _help_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().actions()[-1].menu()
    assert isinstance(menu, QMenu)
    return menu


def test_the_guide_prints_from_the_help_menu(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow
) -> None:
    window = open_window(coordinator)
    help_menu = _help_menu(window)
    texts = [action.text() for action in help_menu.actions()]
    assert texts == ["&User guide", "&Print the user guide…", "", "&About InfoSec Desk"]
    help_menu.actions()[1].trigger()
    assert shown_pdf(qtbot, window, "guide-preview") >= 2


def test_about_shows_version_release_and_licences(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow
) -> None:
    window = open_window(coordinator)
    _help_menu(window).actions()[-1].trigger()
    about = window.findChild(AboutDialog, "about")
    assert isinstance(about, QDialog) and about.isVisible()
    text = about.browser.toPlainText()
    assert f"InfoSec Desk {__version__}" in text
    assert "A development copy, not a signed release build." in text  # tests run from a checkout
    for component in ("PySide6", "SQLCipher", "ReportLab", "DejaVu"):
        assert component in text
    assert "LGPL-3.0-only" in text and metadata.version("reportlab") in text
    about.accept()
