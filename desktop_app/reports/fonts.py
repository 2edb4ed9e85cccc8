"""The bundled DejaVu fonts, found in ``resources/fonts`` (also inside a PyInstaller bundle) and
registered with reportlab once. TrueType fonts are embedded (subset) in every PDF, so the
Azerbaijani letters print the same on any machine."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any
from weakref import ReferenceType, ref

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


class _Font(TTFont):  # type: ignore[misc]  # reportlab is untyped
    """A TrueType font whose text is turned into its subset's codes by ``str.translate`` once
    every character of it has its code: reportlab looks each character up in a Python loop for
    every string it draws (177,000 in a national report, a tenth of its layout). A character
    met for the first time still takes reportlab's way, which gives it its code; a code once
    given never changes, so a table of them only grows stale by missing characters."""

    # The document the table is of, how many codes it was made of, the codes of the first
    # subset's characters, and those characters.
    _table: tuple[ReferenceType[Any], int, dict[int, int], frozenset[str]] | None = None

    def splitString(  # noqa: N802 (reportlab's name)
        self, text: str | bytes, doc: Any, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        table = self._table
        if table is not None and table[0]() is doc and text and isinstance(text, str):
            if table[3].issuperset(text):
                return [(0, text.translate(table[2]).encode("latin-1"))]
        parts = list(super().splitString(text, doc, encoding))
        assigned = self.state[doc].assignments
        if table is None or table[0]() is not doc or table[1] != len(assigned):
            codes = {code: n for code, n in assigned.items() if n < 256}
            if codes.get(32) is not None:
                codes[0xA0] = codes[32]  # reportlab prints a no-break space as a space
            self._table = (ref(doc), len(assigned), codes, frozenset(map(chr, codes)))
        return parts


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
        pdfmetrics.registerFont(_Font(name, str(folder / file_name)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
