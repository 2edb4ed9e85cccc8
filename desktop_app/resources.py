"""Where ``resources/`` (fonts, icons, translations, the release public key) is, in a source tree,
an installed wheel's checkout or a PyInstaller bundle.

Shared by every layer (it imports nothing from the package), like ``desktop_app.errors``.
"""

from __future__ import annotations

import sys
from pathlib import Path

# desktop_app/resources.py -> the folder that holds desktop_app/ and resources/
_SOURCE_ROOT = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    """The bundle's copy when frozen (``sys._MEIPASS``), else the one beside the package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "resources").is_dir():
        return Path(bundle) / "resources"
    return _SOURCE_ROOT


def resource_path(*parts: str) -> Path:
    """A file or folder under ``resources/``; whether it exists is the caller's question."""
    return resources_dir().joinpath(*parts)
