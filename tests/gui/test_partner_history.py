"""The import preview flags a partner whose audit log was cut since its last bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desktop_app.core.desk import Desk
from desktop_app.exchange import service
from desktop_app.gui.dialogs.import_bundles import ImportDialog
from desktop_app.gui.pages.exchange import ExchangePage
from tests.conftest import DeskFactory
from tests.exchange_world import ship
from tests.gui.pages_support import AppCtx, app_ctx, child_item, open_page, top_item
from tests.gui.test_exchange_page import two_nodes

__all__ = ["app_ctx"]


def test_the_preview_names_a_cut_history(
    qtbot: QtBot,
    coordinator: Desk,
    make_desk: DeskFactory,
    app_ctx: AppCtx,
    tmp_path: Path,
) -> None:
    institution = two_nodes(coordinator, make_desk)
    ship(institution, coordinator, tmp_path / "first")
    with institution.transaction() as session:
        session.execute(text("DELETE FROM audit_events WHERE seq > 3"))
        session.execute(text("DELETE FROM audit_states WHERE seq > 3"))
    stick = tmp_path / "second"
    stick.mkdir()
    service.export_bundle(institution, "SCIS", stick)

    page = open_page(qtbot, app_ctx(coordinator), ExchangePage)
    page.open_import()
    importer = page.dialog
    assert isinstance(importer, ImportDialog)
    importer.add_paths([stick])
    qtbot.mouseClick(importer.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(importer.merge_button.isEnabled, timeout=20_000)
    top = top_item(importer.results, 0)
    rows = {child_item(top, i).text(1): child_item(top, i).text(2) for i in range(top.childCount())}
    assert rows["History"].startswith("MDT's audit log has 3 entries, fewer than the ")
