"""A new desk's dashboard says what comes next and opens it: an institution imports the
coordinator's first bundle, a coordinator enters its action plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.gui.dialogs.import_bundles import ImportDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.pages.dashboard import DashboardPage
from desktop_app.gui.pages.exchange import ExchangePage
from tests.conftest import DeskFactory
from tests.exchange_world import enrol, plan_institution, ship
from tests.gui.conftest import settle
from tests.gui.pages_support import OpenWindow


def _dashboard(window: MainWindow, qtbot: QtBot) -> DashboardPage:
    window.go("dashboard", {})
    settle(window.ctx, qtbot)
    return window.page(DashboardPage)


def test_a_new_institution_is_told_to_import_the_coordinators_bundle(
    qtbot: QtBot, tmp_path: Path, coordinator: Desk, make_desk: DeskFactory, open_window: OpenWindow
) -> None:
    institution = make_desk("institution", "RINN")
    enrol(coordinator, institution)
    window = open_window(institution)
    page = _dashboard(window, qtbot)
    assert page.empty.isVisible() and not page.figures.isVisible()
    assert "import the bundle" in page.empty_text.text()
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    exchange = window.page(ExchangePage)
    qtbot.waitUntil(lambda: isinstance(exchange.dialog, ImportDialog))
    assert window.current_key() == "exchange"
    assert exchange.dialog is not None
    exchange.dialog.close()

    # Once the coordinator's bundle is merged, the dashboard shows the figures instead.
    plan_institution(coordinator, "RINN", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi")
    coordinator.plan.add_measure("1.1.1", "Tədbir", "RINN")
    with institution.watch() as seen:
        ship(coordinator, institution, tmp_path / "stick")
    window.ctx.notify(seen.changes)
    page = _dashboard(window, qtbot)
    qtbot.waitUntil(page.figures.isVisible)
    assert not page.empty.isVisible()
    assert page.tiles["total"].text() == "1"


def test_an_empty_coordinator_is_told_to_enter_the_plan(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow
) -> None:
    window = open_window(coordinator)
    page = _dashboard(window, qtbot)
    assert page.empty.isVisible() and "action plan is empty" in page.empty_text.text()
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "measures"


def test_a_working_desk_shows_no_empty_state(
    qtbot: QtBot, sample_desk: Desk, open_window: OpenWindow
) -> None:
    page = _dashboard(open_window(sample_desk), qtbot)
    assert not page.empty.isVisible() and page.figures.isVisible()
