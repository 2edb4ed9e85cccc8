"""The sidebar's pages by name, in sidebar order: key, icon and title, without their modules.

The locked window's View menu lists the pages from here (disabled until the unlock) before the
pages, and the store's code they import, are loaded at the first unlock (main_window.py);
desktop_app/gui/pages/__init__.py lists the page classes in this order, and each page's title
is its name here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from desktop_app.gui.labels import QT_TRANSLATE_NOOP

CONTEXT = "pages"


@dataclass(frozen=True)
class PageName:
    key: str
    icon: str  # the icon's file name in resources/icons, without ".svg"
    english: str  # the title, translated in the "pages" context

    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.english)


PAGE_NAMES: tuple[PageName, ...] = (
    PageName("dashboard", "dashboard", QT_TRANSLATE_NOOP("pages", "Dashboard")),
    PageName("due", "page", QT_TRANSLATE_NOOP("pages", "Due list")),
    PageName("measures", "measures", QT_TRANSLATE_NOOP("pages", "Measures")),
    PageName("groups", "partners", QT_TRANSLATE_NOOP("pages", "Working groups")),
    PageName("inspections", "inspections", QT_TRANSLATE_NOOP("pages", "Inspections")),
    PageName("findings", "findings", QT_TRANSLATE_NOOP("pages", "Findings")),
    PageName("conflicts", "conflicts", QT_TRANSLATE_NOOP("pages", "Conflicts")),
    PageName("exchange", "exchange", QT_TRANSLATE_NOOP("pages", "Exchange")),
    PageName("reports", "reports", QT_TRANSLATE_NOOP("pages", "Reports")),
    PageName("partners", "partners", QT_TRANSLATE_NOOP("pages", "Partners and keys")),
    PageName("audit", "audit", QT_TRANSLATE_NOOP("pages", "Audit log")),
    PageName("settings", "settings", QT_TRANSLATE_NOOP("pages", "Settings")),
)
BY_KEY = {name.key: name for name in PAGE_NAMES}


def shortcut(number: int) -> QKeySequence:
    """Ctrl+1 ... Ctrl+9 for the first nine pages (``number`` from 0), none for the others."""
    return QKeySequence(f"Ctrl+{number + 1}") if number < 9 else QKeySequence()
