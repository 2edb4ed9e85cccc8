"""The sidebar's pages, in the order of their names in gui/page_list.py."""

from __future__ import annotations

from desktop_app.gui.page_list import PAGE_NAMES
from desktop_app.gui.pages.audit import AuditPage
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.conflicts import ConflictsPage
from desktop_app.gui.pages.dashboard import DashboardPage
from desktop_app.gui.pages.due import DuePage
from desktop_app.gui.pages.exchange import ExchangePage
from desktop_app.gui.pages.findings import FindingsPage
from desktop_app.gui.pages.groups import WorkingGroupsPage
from desktop_app.gui.pages.inspections import InspectionsPage
from desktop_app.gui.pages.measures import MeasuresPage
from desktop_app.gui.pages.partners import PartnersPage
from desktop_app.gui.pages.reports import ReportsPage
from desktop_app.gui.pages.settings import SettingsPage

_BY_KEY: dict[str, type[Page]] = {
    page.key: page
    for page in (
        AuditPage,
        ConflictsPage,
        DashboardPage,
        DuePage,
        ExchangePage,
        FindingsPage,
        InspectionsPage,
        MeasuresPage,
        PartnersPage,
        ReportsPage,
        SettingsPage,
        WorkingGroupsPage,
    )
}
# In the order of their names, which the locked window's View menu lists.
PAGES: tuple[type[Page], ...] = tuple(_BY_KEY[name.key] for name in PAGE_NAMES)

__all__ = ["PAGES", "Page"]
