"""The bundled DejaVu fonts, found beside the package (or inside a PyInstaller bundle) and
registered with reportlab once. TrueType fonts are embedded (subset) in every PDF, so the
Azerbaijani letters print the same on any machine."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.reports.errors import ReportError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_FILES[MONO] = "DejaVuSansMono.ttf"


def resource_roots() -> list[Path]:
    """Where ``resources/`` may be: the PyInstaller bundle first, then the source tree."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    # desktop_app/reports/fonts.py -> the folder that holds desktop_app/ and resources/
    roots.append(Path(__file__).resolve().parents[2] / "resources")
    return roots


def font_dir() -> Path:
    for root in resource_roots():
        folder = root / "fonts"
        if all((folder / name).is_file() for name in _FILES.values()):
            return folder
    searched = ", ".join(str(root / "fonts") for root in resource_roots())
    raise ReportError(f"the report fonts (DejaVu Sans) are missing; looked in {searched}")


@cache
def register() -> None:
    """Register the four faces and the bold/italic family mapping (idempotent)."""
    folder = font_dir()
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
