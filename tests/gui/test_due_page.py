"""The Due page, the dashboard's "due in 30 days" tile and the due list an institution sees in
the import dialog, on real stores that exchanged real bundles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.exchange import service
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.import_bundles import ImportDialog
from desktop_app.gui.pages.dashboard import DashboardPage
from desktop_app.gui.pages.due import DuePage
from desktop_app.gui.pages.reports import ReportsPage
from tests.exchange_world import enrol, plan_institution, ship
from tests.gui.pages_support import app_ctx, open_page, row_texts, wait_idle

__all__ = ["app_ctx"]


def _world(coordinator: Desk, make_desk: Callable[..., Desk]) -> Desk:
    """MDT leads 1.1 (ends 01.10.2026) and 1.2; an overdue finding about MDT."""
    institution = make_desk("institution", "MDT", "Rəqəmsal İnkişaf Nazirliyi")
    enrol(coordinator, institution)
    plan_institution(coordinator, "MDT", "Rəqəmsal İnkişaf Nazirliyi")
    coordinator.plan.set_strategy("Strategiya", 2023, 2027)
    coordinator.plan.add_measure("1.1", "Audit", "MDT", start="01.01.2026", end="01.10.2026")
    coordinator.plan.add_measure("1.2", "Təlim", "MDT", start="01.01.2026", end="31.12.2026")
    inspection = coordinator.inspections.add("MDT", start="01.09.2026")
    coordinator.inspections.add_finding(
        inspection.id, "Ehtiyat nüsxə yoxdur", "high", deadline="10.09.2026"
    )
    return institution


def test_due_page_lists_filters_and_prints(
    qtbot: QtBot,
    qtmodeltester: Any,
    coordinator: Desk,
    make_desk: Callable[..., Desk],
    app_ctx: Callable[[Desk], AppContext],
) -> None:
    _world(coordinator, make_desk)
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, DuePage)
    qtmodeltester.check(page.model)
    assert row_texts(page.model, 2) == [
        "Finding to remediate",
        "Lead report for the period",
        "Lead report for the period",
        "Measure ending",
    ]
    assert row_texts(page.model, 5)[0] == "overdue"
    assert "4 items, 1 overdue" in page.summary.text()
    assert not page.print_button.isEnabled()  # every institution: print one at a time
    page.within.setValue(0)
    page.refresh()
    wait_idle(qtbot, ctx)
    assert row_texts(page.model, 3) == ["SCIS-2026-001#1", "1.1", "1.2"]
    page.institution.setCurrentIndex(page.institution.findData("MDT"))
    page.refresh()
    wait_idle(qtbot, ctx)
    assert page.print_button.isEnabled()
    went: list[tuple[str, dict[str, object]]] = []
    ctx.navigate.connect(lambda key, args: went.append((key, args)))
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert went == [("reports", {"kind": "due-list", "institution": "MDT"})]
    reports = open_page(qtbot, ctx, ReportsPage)
    reports.open_with({"kind": "due-list", "institution": "MDT"})
    reports.generate()
    qtbot.waitUntil(lambda: reports.task is None, timeout=20_000)
    assert reports.preview.document.pageCount() == 1


def test_dashboard_tile_counts_due_in_30_days(
    qtbot: QtBot,
    coordinator: Desk,
    make_desk: Callable[..., Desk],
    app_ctx: Callable[[Desk], AppContext],
) -> None:
    _world(coordinator, make_desk)
    page = open_page(qtbot, app_ctx(coordinator), DashboardPage)
    assert page.tiles["due"].text() == "4"


def test_import_dialog_shows_what_the_coordinator_expects(
    qtbot: QtBot,
    coordinator: Desk,
    make_desk: Callable[..., Desk],
    app_ctx: Callable[[Desk], AppContext],
    tmp_path: Path,
) -> None:
    institution = _world(coordinator, make_desk)
    ship(coordinator, institution, tmp_path / "first")
    (tmp_path / "stick").mkdir()
    exported = service.export_bundle(coordinator, "MDT", tmp_path / "stick")
    ctx = app_ctx(institution)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_paths([exported.path])
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.merge_button.isEnabled, timeout=20_000)
    top = dialog.results.topLevelItem(0)
    assert top is not None
    children = [top.child(i) for i in range(top.childCount())]
    [due] = [child for child in children if child is not None and child.text(1) == "Due"]
    assert due.text(2).startswith("as SCIS sees it on 15.09.2026, within 30 days:")
    assert "Finding to remediate 1" in due.text(2)
    lines = [due.child(i) for i in range(due.childCount())]
    items = [(line.text(1), line.text(2)) for line in lines if line is not None]
    assert items[0] == ("SCIS-2026-001#1", "10.09.2026  Finding to remediate · overdue")
    assert ("1.1", "01.10.2026  Measure ending") in items


def test_an_institution_s_due_page_has_no_institution_chooser_nor_its_label(
    qtbot: QtBot,
    coordinator: Desk,
    make_desk: Callable[..., Desk],
    app_ctx: Callable[[Desk], AppContext],
    tmp_path: Path,
) -> None:
    institution = _world(coordinator, make_desk)
    ship(coordinator, institution, tmp_path / "first")
    page = open_page(qtbot, app_ctx(institution), DuePage)
    assert set(row_texts(page.model, 1)) == {"MDT"} and page.print_button.isEnabled()
    assert not page.institution.isVisible() and not page.institution_label.isVisible()
    coordinator_page = open_page(qtbot, app_ctx(coordinator), DuePage)
    assert coordinator_page.institution.isVisible()
    assert coordinator_page.institution_label.isVisible()
