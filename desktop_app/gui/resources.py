"""Files under ``resources/``: icons, translations, fonts (beside the package or in a bundle)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "resources").is_dir():
        return Path(bundle) / "resources"
    # desktop_app/gui/resources.py -> the folder holding desktop_app/ and resources/
    return Path(__file__).resolve().parents[2] / "resources"


@cache
def icon(name: str) -> QIcon:
    """An SVG icon by name; SVG keeps it sharp at every device pixel ratio."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def translations_dir() -> Path:
    return resources_dir() / "translations"
