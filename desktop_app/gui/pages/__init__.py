"""The sidebar's pages, in sidebar order: one line per page."""

from __future__ import annotations

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

PAGES: tuple[type[Page], ...] = (
    DashboardPage,
    DuePage,
    MeasuresPage,
    WorkingGroupsPage,
    InspectionsPage,
    FindingsPage,
    ConflictsPage,
    ExchangePage,
    ReportsPage,
    PartnersPage,
    AuditPage,
    SettingsPage,
)

__all__ = ["PAGES", "Page"]
