"""Everything by keyboard: Ctrl+Q quits, Enter on a table row opens it, the dashboard's tiles
open the list they count (by click, Enter or Space)."""

from __future__ import annotations

import os
import subprocess
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableView
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.finding import RespondDialog
from desktop_app.gui.dialogs.inspection import InspectionDialog
from desktop_app.gui.dialogs.measure import MeasureDialog
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.dashboard import DashboardPage
from desktop_app.gui.pages.findings import FindingsPage
from desktop_app.gui.pages.inspections import InspectionsPage
from desktop_app.gui.pages.measures import MeasuresPage
from tests.gui.conftest import settle
from tests.gui.pages_support import OpenWindow


def press_enter_on_first_row(qtbot: QtBot, ctx: AppContext, view: QTableView) -> None:
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    view.selectRow(0)
    settle(ctx, qtbot)  # the row's detail loads
    qtbot.keyClick(view, Qt.Key.Key_Return)


# Offscreen Qt has Windows' key bindings (no standard Quit key); an X11 desktop has Ctrl+Q as
# the standard Quit key, where binding it twice made Qt refuse it. So this runs under Xvfb.
CTRL_Q = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from desktop_app.gui.context import AppContext
from desktop_app.gui.main_window import MainWindow
app = QApplication([])
home = Path(sys.argv[1])
ctx = AppContext(home / "workspace", QSettings(str(home / "s.ini"), QSettings.Format.IniFormat))
window = MainWindow(ctx)
window.show()
QTest.qWaitForWindowExposed(window)
window.activateWindow()
QTest.qWait(100)
QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
QTest.qWait(100)
print("closed" if not window.isVisible() else "still open")
"""


def test_ctrl_q_quits_on_an_x11_desktop(xvfb: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [sys.executable, "-c", CTRL_Q, str(tmp_path)],
        env={**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "closed", done.stderr
    assert "Ambiguous" not in done.stderr


def _shows(page: Page, kind: type[QDialog]) -> bool:
    return isinstance(page.dialog, kind)


def test_enter_opens_the_selected_row(
    qtbot: QtBot, sample_desk: Desk, open_window: OpenWindow
) -> None:
    window = open_window(sample_desk)
    ctx = window.ctx

    window.go("measures", {})
    measures = window.page(MeasuresPage)
    qtbot.waitUntil(lambda: measures.model.rowCount() > 0)
    press_enter_on_first_row(qtbot, ctx, measures.table)
    qtbot.waitUntil(lambda: isinstance(measures.open_dialog, MeasureDialog))
    assert measures.open_dialog is not None
    measures.open_dialog.reject()

    pages: list[tuple[InspectionsPage | FindingsPage, type[QDialog]]] = [
        (window.page(InspectionsPage), InspectionDialog),
        (window.page(FindingsPage), RespondDialog),
    ]
    for page, opens in pages:
        window.go(page.key, {})
        settle(ctx, qtbot)
        press_enter_on_first_row(qtbot, ctx, page.view)
        qtbot.waitUntil(partial(_shows, page, opens))
        assert page.dialog is not None
        page.dialog.reject()
        settle(ctx, qtbot)

    window.go("dashboard", {})
    dashboard = window.page(DashboardPage)
    settle(ctx, qtbot)
    overdue = dashboard.overdue_model.row_at(0)
    press_enter_on_first_row(qtbot, ctx, dashboard.overdue)
    qtbot.waitUntil(lambda: window.current_key() == "measures")
    qtbot.waitUntil(
        lambda: measures.detail is not None and measures.detail.measure.id == overdue.id
    )


def test_dashboard_tiles_open_what_they_count(
    qtbot: QtBot, sample_desk: Desk, open_window: OpenWindow
) -> None:
    window = open_window(sample_desk)
    dashboard = window.page(DashboardPage)
    settle(window.ctx, qtbot)
    board = dashboard.dashboard
    assert board is not None and board.overdue and board.urgent_findings
    measures, findings = window.page(MeasuresPage), window.page(FindingsPage)

    qtbot.mouseClick(dashboard.tile_buttons["overdue"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "measures"
    qtbot.waitUntil(lambda: measures.model.rowCount() == board.measures_total)
    assert measures.proxy.rowCount() == len(board.overdue)

    window.go("dashboard", {})
    tile = dashboard.tile_buttons["urgent"]
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert window.current_key() == "findings"
    settle(window.ctx, qtbot)
    qtbot.waitUntil(lambda: findings.proxy.rowCount() == len(board.urgent_findings))

    window.go("dashboard", {})
    tile = dashboard.tile_buttons["findings"]
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Space)
    assert window.current_key() == "findings"
    assert findings.proxy.rowCount() == sum(board.open_findings_by_severity.values())

    window.go("dashboard", {})
    qtbot.mouseClick(dashboard.tile_buttons["total"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "measures"
    assert measures.proxy.rowCount() == board.measures_total
