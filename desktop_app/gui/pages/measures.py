"""The Measures page."""

from __future__ import annotations

from desktop_app.gui.pages.base import Page


class MeasuresPage(Page):
    key = "measures"
    icon = "measures"

    def title(self) -> str:
        return self.tr("Measures")
