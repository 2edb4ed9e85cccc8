"""Empty lists say what to do next, for the kind of desk; a list filtered down to nothing says
so; the hint goes once there are rows."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.gui.pages.conflicts import ConflictsPage
from desktop_app.gui.pages.exchange import ExchangePage
from desktop_app.gui.pages.findings import FindingsPage
from desktop_app.gui.pages.inspections import InspectionsPage
from desktop_app.gui.pages.measures import MeasuresPage
from desktop_app.gui.pages.partners import PartnersPage
from tests.conftest import DeskFactory
from tests.gui.pages_support import AppCtx, app_ctx, open_page, wait_idle

__all__ = ["app_ctx"]


# The pages that show a hint over their empty table.
Hinted = MeasuresPage | PartnersPage | InspectionsPage | ConflictsPage | FindingsPage | ExchangePage


def hint(page: Hinted) -> str:
    return page.empty_hint.text() if page.empty_hint.isVisible() else ""


def test_a_new_institution_is_told_what_comes_next(
    qtbot: QtBot, make_desk: DeskFactory, app_ctx: AppCtx
) -> None:
    institution = make_desk("institution", "MDT", "Rəqəmsal İnkişaf Nazirliyi")
    ctx = app_ctx(institution)
    expected: dict[type[Hinted], str] = {
        MeasuresPage: "they come with the coordinator's first bundle",
        InspectionsPage: "No inspection of this institution",
        FindingsPage: "come with the coordinator's bundle",
        ExchangePage: "Export writes one bundle per partner",
        PartnersPage: "Enrol the coordinator's key card",
    }
    for page_type, words in expected.items():
        page = open_page(qtbot, ctx, page_type)
        assert words in hint(page), page_type


def test_the_coordinator_hints_and_filters(
    qtbot: QtBot, coordinator: Desk, app_ctx: AppCtx
) -> None:
    ctx = app_ctx(coordinator)
    assert "No conflicts to review" in hint(open_page(qtbot, ctx, ConflictsPage))
    assert "Plan one with the New inspection button" in hint(open_page(qtbot, ctx, InspectionsPage))
    assert "enrol each institution's" in hint(open_page(qtbot, ctx, PartnersPage)).lower()
    measures = open_page(qtbot, ctx, MeasuresPage)
    assert "New measure" in hint(measures)

    with coordinator.watch() as seen:
        coordinator.plan.add_measure("1.1", "Siyasətin hazırlanması", "SCIS")
    ctx.notify(seen.changes)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: measures.model.rowCount() == 1)
    assert hint(measures) == ""
    measures.search.setText("heç nə tapılmır")
    qtbot.waitUntil(lambda: hint(measures) == "Nothing matches these filters.")
