"""The Settings page."""

from __future__ import annotations

from desktop_app.gui.pages.base import Page


class SettingsPage(Page):
    key = "settings"
    icon = "settings"

    def title(self) -> str:
        return self.tr("Settings")
