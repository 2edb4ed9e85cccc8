"""The Dashboard page."""

from __future__ import annotations

from desktop_app.gui.pages.base import Page


class DashboardPage(Page):
    key = "dashboard"
    icon = "dashboard"

    def title(self) -> str:
        return self.tr("Dashboard")
