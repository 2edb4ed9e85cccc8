"""Files under ``resources/``: icons, translations, fonts (beside the package or in a bundle)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from desktop_app.resources import resources_dir

__all__ = ["icon", "resources_dir", "translations_dir"]


@cache
def icon(name: str) -> QIcon:
    """An SVG icon by name; SVG keeps it sharp at every device pixel ratio."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def translations_dir() -> Path:
    return resources_dir() / "translations"
