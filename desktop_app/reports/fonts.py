"""The bundled DejaVu fonts, found in ``resources/fonts`` (also inside a PyInstaller bundle) and
registered with reportlab once. TrueType fonts are embedded (subset) in every PDF, so the
Azerbaijani letters print the same on any machine."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.reports.errors import ReportError
from desktop_app.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}


def font_dir() -> Path:
    folder = resource_path("fonts")
    if all((folder / name).is_file() for name in _FILES.values()):
        return folder
    raise ReportError("the report fonts (DejaVu Sans) are missing from {folder}", folder=folder)


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
