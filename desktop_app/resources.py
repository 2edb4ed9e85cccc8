"""Where ``resources/`` (fonts, icons, translations, the release public key) is: in a
PyInstaller bundle, beside the package in a checkout, or where a wheel installs it.

Shared by every layer (it imports nothing from the package), like ``desktop_app.errors``.
"""

from __future__ import annotations

import site
import sys
from functools import cache
from pathlib import Path

# A wheel installs resources/ as data files (pyproject: tool.setuptools.data-files) under the
# scheme's prefix: the venv's or the system's, or the user base for `pip install --user`.
_INSTALLED = Path("share", "infosec-desk", "resources")


def _candidates() -> list[Path]:
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    # desktop_app/resources.py -> the folder that holds desktop_app/ and resources/
    roots.append(Path(__file__).resolve().parent.parent / "resources")
    prefixes = (sys.prefix, getattr(site, "USER_BASE", None))
    roots += [Path(prefix) / _INSTALLED for prefix in prefixes if prefix]
    return roots


@cache
def resources_dir() -> Path:
    """The first of the places above that exists (else the first, for error messages)."""
    candidates = _candidates()
    return next((path for path in candidates if path.is_dir()), candidates[0])


def resource_path(*parts: str) -> Path:
    """A file or folder under ``resources/``; whether it exists is the caller's question."""
    return resources_dir().joinpath(*parts)
