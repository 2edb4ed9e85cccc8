"""GUI fixtures the Vorta way: a fresh store and fresh settings per test, offscreen Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.gui import i18n
from desktop_app.gui.context import AppContext
from desktop_app.gui.garbage import GuiThreadGarbageCollector
from desktop_app.gui.main_window import MainWindow
from tests.conftest import SteppingClock
from tests.gui.pages_support import CtxFactory, OpenWindow
from tests.sample_plan import build_sample


@pytest.fixture(autouse=True)
def garbage_on_the_gui_thread(qapp: object) -> Iterator[None]:
    """As in the application: no collection may run on a worker thread (gui/garbage.py)."""
    collector = GuiThreadGarbageCollector()
    yield
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    """Each test starts in English as the application does (its translators, plurals too)."""
    i18n.install("en")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_ctx(settings: QSettings, clock: SteppingClock, qapp: object) -> Iterator[CtxFactory]:
    made: list[AppContext] = []

    def factory(home: Path) -> AppContext:
        ctx = AppContext(home, settings, clock=clock)
        made.append(ctx)
        return ctx

    yield factory
    for ctx in made:
        ctx.tasks.wait_idle()
        ctx.lock()
    i18n.install("en")


@pytest.fixture
def sample_desk(coordinator: Desk) -> Desk:
    """A coordinator with the reports' sample plan: institutions, 40 measures, findings."""
    build_sample(coordinator)
    return coordinator


@pytest.fixture
def open_window(qtbot: QtBot, make_ctx: CtxFactory) -> OpenWindow:
    """A main window over ``desk``'s home, unlocked with ``desk`` unless ``locked``."""

    def factory(desk: Desk, *, locked: bool = False) -> MainWindow:
        ctx = make_ctx(desk.workspace.home)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        # Active, as the application's window is once shown: a shortcut (Ctrl+L) reaches the
        # active window only, and an earlier test's window could still hold that place.
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        if not locked:
            ctx.set_desk(desk)
            settle(ctx, qtbot)
        return window

    return factory


def settle(ctx: AppContext, qtbot: QtBot) -> None:
    """Wait until every background task has finished and its callback has run."""
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=15_000)


def speak(window: MainWindow, language: str) -> None:
    """Switch the open window to ``language`` as the Settings page does."""
    i18n.install(language)
    window.ctx.language_changed.emit(language)


def closed(widget: QWidget | None) -> bool:
    """A dialog opened with WA_DeleteOnClose is gone once it accepted."""
    from shiboken6 import isValid

    return widget is None or not isValid(widget) or not widget.isVisible()
