"""The look shared by every report: page chrome, styles, tables that break cleanly, charts.

Header and footer are drawn after the whole story is laid out (``_ChromeCanvas`` keeps each
page until the end), which is how 'Page N of M' knows M in a single pass.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

import segno
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CellStyle,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser
from reportlab.platypus.tables import _SPECIALROWS, LINECOMMANDS

from desktop_app.reports import fonts
from desktop_app.reports.i18n import Lang, text

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 30 * mm
MARGIN_BOTTOM = 24 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1b2a41")
ACCENT = colors.HexColor("#24507a")
MARKING = colors.HexColor("#9b1c1c")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#dde6ef")
STRIPE = colors.HexColor("#f4f6f8")
SERIES = [
    colors.HexColor(code)
    for code in ("#24507a", "#3d8f5f", "#c08a1e", "#9b1c1c", "#6b5b95", "#5a7d9a", "#8c8c8c")
]
SEVERITY_COLOURS = {
    "critical": colors.HexColor("#7f1d1d"),
    "high": colors.HexColor("#c2410c"),
    "medium": colors.HexColor("#c08a1e"),
    "low": colors.HexColor("#5a7d9a"),
}
STATUS_COLOURS = {
    "not_started": colors.HexColor("#8c8c8c"),
    "in_progress": colors.HexColor("#24507a"),
    "completed": colors.HexColor("#3d8f5f"),
    "cancelled": colors.HexColor("#6b5b95"),
    "delayed": colors.HexColor("#9b1c1c"),
}

CELL_PADDING = 3
# A table of at most this many rows, and at most this share of a page high, is kept whole.
KEEP_WHOLE_ROWS = 12
# The free part of a page below which a table row is not split inside (``_RowTable``).
IN_ROW_SPLIT_SPACE = 0.5
KEEP_WHOLE_HEIGHT = 0.4
_TEXT_SIZE = 9.5
_CELL_SIZE = 8


@dataclass(frozen=True)
class Chrome:
    """What every page carries besides its content."""

    lang: Lang
    title: str
    issuing_body: str
    marking: str
    node: str
    user: str
    generated: str  # already formatted, e.g. "15.09.2026 09:00 UTC"
    document_id: str
    emblem: bytes | None = None


# -- styles ------------------------------------------------------------------------------


def _style(name: str, **values: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": fonts.REGULAR,
        "fontSize": _TEXT_SIZE,
        "leading": _TEXT_SIZE * 1.3,
        "textColor": INK,
    }
    return ParagraphStyle(name, **(base | values))


BODY = _style("body", spaceAfter=4)
SMALL = _style("small", fontSize=8, leading=10)
TITLE = _style("title", fontName=fonts.BOLD, fontSize=18, leading=23, spaceAfter=6)
COVER_TITLE = _style(
    "cover", fontName=fonts.BOLD, fontSize=24, leading=30, alignment=TA_CENTER, spaceAfter=10
)
COVER_SUB = _style("coversub", fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=6)
HEADING = _style(
    "heading",
    fontName=fonts.BOLD,
    fontSize=12.5,
    leading=16,
    spaceBefore=10,
    spaceAfter=5,
    textColor=ACCENT,
    keepWithNext=1,
)
INTRO = _style("intro", spaceAfter=4, keepWithNext=1)
SUBHEADING = _style("subheading", fontName=fonts.BOLD, fontSize=10.5, leading=14, spaceBefore=6)
CELL = _style("cell", fontSize=_CELL_SIZE, leading=_CELL_SIZE * 1.22)
CELL_BOLD = _style("cellbold", fontName=fonts.BOLD, fontSize=_CELL_SIZE, leading=_CELL_SIZE * 1.22)
HEAD_CELL = _style("headcell", fontName=fonts.BOLD, fontSize=_CELL_SIZE, leading=_CELL_SIZE * 1.22)
SMALL_CENTRED = _style("smallcentred", fontSize=8, leading=10, alignment=TA_CENTER)
BIG_MONO = _style("bigmono", fontName=fonts.MONO, fontSize=17, leading=24, alignment=TA_CENTER)
MONO = _style("mono", fontName=fonts.MONO, fontSize=8.5, leading=11)


class _Paragraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A Paragraph that breaks its lines once per width: reportlab breaks a table cell's text
    when it measures the row and again when it draws it (a third of a long report's layout).
    The lines depend on the width alone; the text and style of a Paragraph never change. The
    lines (``blPara``) are dropped by reportlab when a paragraph does not fit where it was to
    split (an orphan): then it is broken again."""

    _wrapped: tuple[float, tuple[float, float]] | None = None
    _width_max: float  # reportlab's, the widest line's width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        wrapped = self._wrapped
        if wrapped is None or wrapped[0] != avail_width or not hasattr(self, "blPara"):
            wrapped = self._wrapped = (avail_width, super().wrap(avail_width, avail_height))
        return wrapped[1]

    def breakLines(self, width: Any) -> Any:  # noqa: N802 (reportlab's name)
        lines = self._plain_lines(width)
        return super().breakLines(width) if lines is None else lines

    def _plain_lines(self, width: Any) -> Any:
        """Reportlab's lines of a plain text (one fragment of one font, no bullet, hyphen,
        soft hyphen or no-break space, no word wider than a line): its own loop over the words
        (``breakLines``, a quarter of a long report's layout) with the widths of the words
        measured once per word and font, not at each paragraph, and none of the checks for
        what a plain text has not. None for any other text, left to reportlab."""
        style, frags = self.style, self.frags
        if (
            len(frags) != 1
            or not isinstance(width, list | tuple)
            or self.bulletText
            or style.endDots
            or style.wordWrap
            or style.shaping
            or getattr(style, "hyphenationLang", "")
            or style.uriWasteReduce
            or style.embeddedHyphenation
            or getattr(self, "encoding", "utf8") != "utf8"
        ):
            return None
        fragment = frags[0]
        if (
            not hasattr(fragment, "text")
            or hasattr(fragment, "cbDefn")
            or hasattr(fragment, "backColor")
            or not _PLAIN_WORDS.isdisjoint(fragment.text)
        ):
            return None
        name, size = fragment.fontName, fragment.fontSize
        measure = _word_widths(name, size)
        text = rl_paragraph.strip(fragment.text)
        words = rl_paragraph.split(text)
        measured = [measure(word) for word in words]
        if measured and style.splitLongWords and max(measured) > min(width):
            return None  # a word reportlab splits
        ascent, descent = getAscentDescent(name, size)
        self.height = self._splitLongWordCount = self._hyphenations = 0
        self._width_max = 0
        if not text:
            return fragment.clone(kind=0, lines=[], ascent=ascent, descent=descent, fontSize=size)
        space = measure(" ")
        shrink = style.spaceShrinkage * space
        lines: list[tuple[float, list[str]]] = []
        line: list[str] = []
        current, number, last = -space, 0, len(width) - 1
        room = width[0]
        for word, word_width in zip(words, measured, strict=True):
            new = current + space + word_width
            if new <= room + shrink * len(line) or not line:
                line.append(word)
                current = new
                continue
            self._width_max = max(self._width_max, current)
            lines.append((room - current, line))
            line, current = [word], word_width
            number += 1
            room = width[min(last, number)]
        if line:
            self._width_max = max(self._width_max, current)
            lines.append((room - current, line))
        return fragment.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)


# What keeps a text from ``_Paragraph._plain_lines``: soft hyphens, no-break spaces.
_PLAIN_WORDS = frozenset("\xad\xa0")


@lru_cache(maxsize=16)
def _word_widths(name: str, size: float) -> Callable[[str], float]:
    """The width of a word in a font and size, as reportlab's ``stringWidth`` gives it, kept
    for the words met (a national report's 36,000 paragraphs say the same words again)."""
    font = pdfmetrics.getFont(name)

    @lru_cache(maxsize=1 << 16)
    def width(word: str) -> float:
        measured: float = font.stringWidth(word, size, "utf8")
        return measured

    return width


def para(value: str, style: ParagraphStyle = BODY) -> Paragraph:
    """Text as a Paragraph: escaped, line breaks kept. The one place a Paragraph is made, so no
    text (a reference, a name, a finding) is ever read as reportlab markup: ``<img src=...>``
    would embed a local file, a stray ``<b>`` would stop the report."""
    fragments = _plain_fragments(value, style)
    if fragments is not None:
        return _Paragraph(fragments[0].text, style, frags=fragments)
    return _Paragraph(escape(value).replace("\n", "<br/>"), style)


def _plain_fragments(value: str, style: ParagraphStyle) -> list[Any] | None:
    """What reportlab's HTML parser makes of ``value`` when it has nothing the parser would
    read (no markup, entity or line break): one fragment of the style's, made here (the parser
    was a third of a national report's story, which makes 36,000 paragraphs). None otherwise."""
    if not _MARKUP.isdisjoint(value) or style.textTransform:
        return None
    # The spaces as the parser's caller collapses them (``cleanBlockQuotedText``): Python's
    # spaces are its spaces but the no-break space, and the zero-width space it strips too.
    plain = " ".join(value.split()) if _SPACES.isdisjoint(value) else cleanBlockQuotedText(value)
    return [_fragment(style).clone(text=plain)] if plain else None


# What makes a text more than one plain fragment to reportlab's parser.
_MARKUP = frozenset("<>&\n")
_SPACES = frozenset("\xa0\u200b")


@lru_cache(maxsize=64)  # some styles are made per table (``figures``): a bounded cache
def _fragment(style: ParagraphStyle) -> Any:
    """The fragment reportlab's parser makes of a plain text in ``style`` (its text aside)."""
    _style, (fragment,), _bullet = ParaParser().parse("x", style)
    return fragment


def heading(value: str) -> Paragraph:
    return para(value, HEADING)


def marked(markup: str, style: ParagraphStyle = BODY) -> Paragraph:
    """Markup that code built around text it escaped itself (the user guide's bold and code);
    never user text, which goes through ``para``."""
    return _Paragraph(markup, style)


# -- tables ------------------------------------------------------------------------------


_SMALLER: dict[tuple[str, float], ParagraphStyle] = {}
MIN_FONT_SIZE = 5.5
# Bounds of the DejaVu Sans (and Bold) advance widths, in ems: a string of n characters is at
# most n * _WIDEST ems wide, and, barring zero-width marks, at least n * _NARROWEST.
_NARROWEST = 0.27
_WIDEST = 2.1


def _cell(value: object, width: float, style: ParagraphStyle) -> object:
    """A plain string when it fits on one line (cheap), else a wrapping Paragraph.

    A word wider than the column would be cut mid-word, so the cell's type shrinks to fit it.
    Widths are measured only when a length bound cannot decide (measuring is the slow part).
    """
    if isinstance(value, Flowable):
        return value
    content = str(value)
    room = width - 2 * CELL_PADDING
    size = style.fontSize
    if (
        "\n" not in content
        and len(content) * size * _NARROWEST <= room
        and (
            len(content) * size * _WIDEST <= room
            or stringWidth(content, style.fontName, size) <= room
        )
    ):
        return content
    long_words = [word for word in content.split() if len(word) * size * _WIDEST > room]
    widest = max((stringWidth(w, style.fontName, size) for w in long_words), default=0.0)
    if widest > room:
        smaller = max(MIN_FONT_SIZE, math.floor(size * room / widest * 4) / 4)
        key = (style.name, smaller)
        if key not in _SMALLER:
            _SMALLER[key] = ParagraphStyle(
                f"{style.name}-{smaller}", parent=style, fontSize=smaller, leading=smaller * 1.22
            )
        style = _SMALLER[key]
    return para(content, style)


# Every table names its font: a cell left to the default would pull in (unembedded) Helvetica.
_BASE_STYLE: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), fonts.REGULAR, _CELL_SIZE, _CELL_SIZE * 1.22),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
]


# Table commands that draw (lines, backgrounds) rather than style each cell.
_NOT_CELLS = frozenset({"BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS", *LINECOMMANDS})

# A table of more rows than this is measured and placed in windows (``_RowTable``): more rows
# than a page holds.
_WINDOW_ROWS = 64


class _RowTable(Table):  # type: ignore[misc]  # reportlab is untyped
    """Splits between rows; inside a row only where half a page or more is free. A row taller
    than a page must split inside, but at the foot of a page, after the rows that fitted, such a
    split would print a second copy of the header over a sliver of the next row."""

    # reportlab's own attributes, used below
    _argH: list[float | None]
    _rowHeights: list[float | None]
    _cellvalues: list[list[Any]]
    _cellStyles: list[list[Any]]
    _minRowHeights: list[float] | None
    _curcellstyle: CellStyle | None

    def __init__(self, data: list[list[Any]], *args: Any, **kwargs: Any) -> None:
        rows = len(data)
        if not kwargs.get("normalizedData") or rows <= _WINDOW_ROWS:
            super().__init__(data, *args, **kwargs)
            return
        # A part of a split table: reportlab makes a new table of every row left at each
        # page's split and checks each row's length again (a Python loop over them, once per
        # page: quadratic, the largest part of a long report's layout). They were checked when
        # the whole table was made: reportlab checks the header row only, then holds them all.
        heights, styles = kwargs["rowHeights"], kwargs["cellStyles"]
        first = {"rowHeights": heights[:1], "cellStyles": styles[:1]}
        super().__init__(data[:1], *args, **(kwargs | first))
        self._nrows, self._cellvalues, self._cellStyles = rows, data, styles
        self._argH = self._rowHeights = heights

    def _calc_height(
        self,
        avail_height: float,
        avail_width: float,
        H: Any = None,
        W: Any = None,  # noqa: N803
    ) -> None:
        """Reportlab measures and places every row of what is left of a table at each ``wrap``
        and again at the ``split`` that follows, once per page: quadratic in the rows of a
        long table (its "long table" shortcut applies to tables with spanned cells only), and
        it finds each row to measure by a search from the first (quadratic again). Here the
        heights measured are kept (a row's height depends on the fixed column widths only),
        rows are measured a window at a time, and a long table is placed as far as the height
        available and a row more: the rows that decide this page's split. The rest is measured
        on the pages that print it. The table drawn is always one that fits, so placed whole."""
        heights = self._argH
        rows = len(heights)
        if self._spanCmds or self._nosplitCmds:
            count = rows  # reportlab's own way, spans and all
        else:
            count = min(rows, _WINDOW_ROWS)
            while True:
                for start in range(0, count, _WINDOW_ROWS):
                    self._measure(heights, start, min(count, start + _WINDOW_ROWS), avail_width, W)
                if count >= rows or sum(heights[: count - 1]) > avail_height:  # type: ignore[arg-type]
                    break
                count = min(rows, 2 * count)
        if count >= rows:
            self._rowHeights = heights  # what reportlab leaves when nothing is left to measure
            super()._calc_height(avail_height, avail_width, H, W)
            self._argH = list(self._rowHeights)
            return
        self._argH = self._rowHeights = heights
        with self._rows(0, count):  # measured: reportlab places them only
            super()._calc_height(avail_height, avail_width, H, W)

    def _measure(
        self,
        heights: list[float | None],
        start: int,
        end: int,
        avail_width: float,
        W: Any,  # noqa: N803
    ) -> None:
        """The heights of rows ``start`` to ``end`` not measured yet, into ``heights``."""
        if None not in heights[start:end]:
            return
        with self._rows(start, end):
            super()._calc_height(FRAME_HEIGHT, avail_width, None, W)
            measured = self._rowHeights
        heights[start:end] = measured

    @contextmanager
    def _rows(self, start: int, end: int) -> Iterator[None]:
        """Reportlab sees rows ``start`` to ``end`` only, for the time of the block."""
        kept = (self._argH, self._rowHeights, self._cellvalues, self._cellStyles)
        least = self._minRowHeights
        self._argH = self._rowHeights = self._argH[start:end]
        self._cellvalues, self._cellStyles = kept[2][start:end], kept[3][start:end]
        self._minRowHeights = least[start:end] if least else least
        try:
            yield
        finally:
            self._argH, self._rowHeights, self._cellvalues, self._cellStyles = kept
            self._minRowHeights = least

    def _cr_1_1(  # noqa: PLR0913 (reportlab's method)
        self,
        n: int,
        rows: int,
        repeat_rows: Sequence[int],
        commands: list[tuple[Any, ...]],
        in_row_split: bool,
        _srflMode: bool = False,  # noqa: N803
    ) -> None:
        """Reportlab's (``Table._cr_1_1``: the commands of the part left after a split, those
        on the repeated header and the others shifted up by the ``n`` rows printed), but for
        the header rows a command spans found among the header rows: reportlab made a set of
        every row each command spans, 22,000 for the commands of a national report's long
        tables, at each of their pages. Commands on reportlab's special rows (none here) and
        the split's own range are left to reportlab."""
        if any(command[1][1] in _SPECIALROWS for command in commands):
            super()._cr_1_1(n, rows, repeat_rows, commands, in_row_split, _srflMode)
            return
        headers = len(repeat_rows)
        for name, (sc, start), (ec, end), *values in commands:
            sr, er = start + rows if start < 0 else start, end + rows if end < 0 else end
            spanned = [row for row in repeat_rows if sr <= row <= er]
            if spanned:  # it styles a header row
                first, last = repeat_rows.index(min(spanned)), repeat_rows.index(max(spanned))
                self._addCommand((name, (sc, first), (ec, last), *values))
            if er >= n:
                shifted = (max(sr - n, 0) + headers, max(er - n, 0) + headers)
                self._addCommand((name, (sc, shifted[0]), (ec, shifted[1]), *values))
        super()._cr_1_1(n, rows, repeat_rows, [], in_row_split, _srflMode)

    def _drawCell(  # noqa: N802 (reportlab's name)
        self, value: Any, style: CellStyle, pos: tuple[float, float], size: tuple[float, float]
    ) -> None:
        """A cell of one line of plain text, at the top, left or right: its text drawn as
        reportlab's ``drawString`` draws it, written here straight into the page (reportlab
        makes a text object, measures and formats it through five calls per cell: a quarter
        of a national report's layout). Any other cell is reportlab's to draw."""
        canvas = self.canv
        if (
            type(value) is not str
            or "\n" in value
            or style.valign != "TOP"
            or style.alignment not in ("LEFT", "RIGHT")
            or style.href
            or style.destination
            or style.direction
            or style.shaping
            or not canvas.bottomup
        ):
            super()._drawCell(value, style, pos, size)
            return
        if self._curcellstyle is not style:  # the cell's colour and font, as reportlab sets them
            current = self._curcellstyle
            if current is None or style.color != current.color:
                canvas.setFillColor(style.color)
            if current is None or (style.leading, style.fontname, style.fontsize) != (
                current.leading,
                current.fontname,
                current.fontsize,
            ):
                canvas.setFont(style.fontname, style.fontsize, style.leading)
            self._curcellstyle = style
        font = pdfmetrics.getFont(canvas._fontname)
        if not font._dynamicFont:
            super()._drawCell(value, style, pos, size)
            return
        (left, bottom), (width, height) = pos, size
        x = left + style.leftPadding
        if style.alignment == "RIGHT":
            x = left + width - style.rightPadding - font.stringWidth(value, canvas._fontsize)
        y = bottom + height - style.topPadding - style.fontsize
        canvas._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {_shown(canvas, font, value)} T* ET")

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if avail_height >= FRAME_HEIGHT * IN_ROW_SPLIT_SPACE:
            return list(super().split(avail_width, avail_height))
        kept: int = getattr(self, "splitInRow")  # noqa: B009  (reportlab is untyped)
        self.splitInRow = 0
        try:
            parts = list(super().split(avail_width, avail_height))
        finally:
            self.splitInRow = kept
        for part in parts:  # made with this table's setting of the moment
            part.splitInRow = kept
        return parts


def _shown(canvas: Canvas, font: Any, value: str) -> str:
    """The operators that show ``value`` in the canvas's TrueType font and size: those of
    reportlab's text object (``PDFTextObject._formatText``), a font operator at each change
    of the font's subset."""
    doc, shown, subset = canvas._doc, [], -1
    selected = f"{fp_str(canvas._fontsize)} Tf {fp_str(canvas._leading)} TL"
    for part, codes in font.splitString(value, doc):
        if part != subset:
            shown.append(f"{font.getSubsetInternalName(part, doc)} {selected}")
            subset = part
        shown.append(f"({canvas._escape(codes)}) Tj")
    return " ".join(shown)


class _ShortTable(_RowTable):
    """A short table reads better whole: it moves to the next page rather than split, unless
    that would leave much of a page empty. (Not KeepTogether, which a heading's keepWithNext
    ignores.)"""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if self._height <= FRAME_HEIGHT * KEEP_WHOLE_HEIGHT:
            return []
        return list(super().split(avail_width, avail_height))


def table_style(align_right: Sequence[int] = ()) -> list[tuple[Any, ...]]:
    """The commands that style ``table``'s tables: a header row, striped rows, the columns
    ``align_right`` aligned right."""
    return [
        *_BASE_STYLE,
        ("FONT", (0, 0), (-1, 0), fonts.BOLD, _CELL_SIZE, _CELL_SIZE * 1.22),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *[("ALIGN", (col, 1), (col, -1), "RIGHT") for col in align_right],
    ]


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    align_right: Sequence[int] = (),
    row_styles: Sequence[tuple[Any, ...]] = (),
) -> Flowable:
    """A full-width table whose header row repeats on every page it spans.

    ``widths`` are fractions of the text width. Cells wrap instead of clipping, and a row taller
    than a page splits inside its cells rather than failing the layout.
    """
    columns = [fraction * CONTENT_WIDTH for fraction in widths]
    data: list[list[object]] = [
        [_cell(value, width, HEAD_CELL) for value, width in zip(header, columns, strict=True)]
    ]
    data += [
        [_cell(value, width, CELL) for value, width in zip(row, columns, strict=True)]
        for row in rows
    ]
    style = table_style(align_right)
    cells: list[list[CellStyle]] | None = None
    if all(command[0] in _NOT_CELLS for command in row_styles):
        # Every body row's cells are styled alike: their styles are found once, on the header
        # and a row, and every row holds those (reportlab changes a cell's style in place only
        # to centre a split cell, and no cell here is centred). Reportlab set each cell's,
        # command by command, in a Python loop over every cell (150,000 in a national
        # compliance report).
        head, *body = Table(data[:2], colWidths=columns, style=TableStyle(style))._cellStyles
        cells = [head, *(list(body[0]) for _ in rows)]
        style = [command for command in style if command[0] in _NOT_CELLS]
    style += row_styles
    kind = _ShortTable if len(rows) <= KEEP_WHOLE_ROWS else _RowTable
    return kind(
        data,
        colWidths=columns,
        repeatRows=1,
        splitInRow=1,
        style=TableStyle(style),
        cellStyles=cells,
        hAlign="LEFT",
        spaceBefore=2,
        spaceAfter=8,
    )


def fields_table(pairs: Sequence[tuple[str, object]], label_width: float = 0.3) -> Table:
    """Label/value pairs, two columns, no header (cover pages, act particulars)."""
    columns = [label_width * CONTENT_WIDTH, (1 - label_width) * CONTENT_WIDTH]
    data = [
        [_cell(label, columns[0], CELL_BOLD), _cell(value, columns[1], CELL)]
        for label, value in pairs
    ]
    return Table(
        data,
        colWidths=columns,
        splitInRow=1,
        hAlign="LEFT",
        spaceAfter=8,
        style=TableStyle(
            [
                *_BASE_STYLE,
                ("FONT", (0, 0), (0, -1), fonts.BOLD, _CELL_SIZE, _CELL_SIZE * 1.22),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("BACKGROUND", (0, 0), (0, -1), STRIPE),
            ]
        ),
    )


def figures(pairs: Sequence[tuple[str, str]]) -> Table:
    """Key figures as tiles: a big number over its caption, three (or four) per row."""
    per_row = 4 if len(pairs) == 4 else 3
    width = CONTENT_WIDTH / per_row
    number_style = _style("fig", fontName=fonts.BOLD, fontSize=20, leading=24, textColor=ACCENT)
    cells = [[para(value, number_style), para(caption, SMALL)] for caption, value in pairs]
    while len(cells) % per_row:
        cells.append(["", ""])
    data = [
        [
            Table([[c[0]], [c[1]]], colWidths=[width - 8], style=TableStyle(_BASE_STYLE))
            for c in cells[i : i + per_row]
        ]
        for i in range(0, len(cells), per_row)
    ]
    return Table(
        data,
        colWidths=[width] * per_row,
        hAlign="LEFT",
        spaceAfter=8,
        style=TableStyle(
            [
                *_BASE_STYLE,
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        ),
    )


def signature_block(
    lang: Lang,
    roles: Sequence[str],
    names: Sequence[str] = (),
    positions: Sequence[str] = (),
    heading_text: str = "",
) -> Flowable:
    """Lines to sign on: one row per role (with a printed name and, under the role, the
    signer's position when known), kept on one page with their ``heading_text``."""
    caption = _style("sigcap", fontSize=7, leading=9, textColor=RULE)
    columns = [
        0.36 * CONTENT_WIDTH,
        0.26 * CONTENT_WIDTH,
        0.22 * CONTENT_WIDTH,
        0.16 * CONTENT_WIDTH,
    ]
    rows: list[list[object]] = []
    for index, role in enumerate(roles):
        name = names[index] if index < len(names) else ""
        position = positions[index] if index < len(positions) else ""
        signer: object = (
            [para(role, CELL_BOLD), para(position, CELL)] if position else para(role, CELL_BOLD)
        )
        rows.append([signer, para(name, CELL), "", ""])
        rows.append(
            [
                "",
                para(text(lang, "full_name"), caption),
                para(text(lang, "signature"), caption),
                para(text(lang, "date"), caption),
            ]
        )
    style: list[tuple[Any, ...]] = [
        *_BASE_STYLE,
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
    ]
    for row in range(0, len(rows), 2):
        style += [
            ("LINEBELOW", (1, row), (1, row), 0.6, INK),
            ("LINEBELOW", (2, row), (2, row), 0.6, INK),
            ("LINEBELOW", (3, row), (3, row), 0.6, INK),
            ("TOPPADDING", (0, row), (-1, row), 16),
        ]
    block = [Table(rows, colWidths=columns, hAlign="LEFT", style=TableStyle(style))]
    return KeepTogether(
        [*([para(heading_text, CELL_BOLD)] if heading_text else []), *block, Spacer(1, 4 * mm)]
    )


# -- charts ------------------------------------------------------------------------------


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # Else the renderer starts each drawing in Helvetica, which is never embedded.
    drawing.initialFontName = fonts.REGULAR
    return drawing


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    caption: str = "",
    percent: bool = False,
    bar_colours: Sequence[colors.Color] | None = None,
    horizontal: bool = False,
) -> Drawing:
    """Bars with short category labels (numbers, codes) and their values printed on them.

    Counts get a whole-number axis; ``percent`` fixes the axis at 0-100.
    """
    height = max(40 * mm, 7 * mm * len(labels) + 18 * mm) if horizontal else 60 * mm
    drawing = _drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (30 * mm, 8 * mm) if horizontal else (14 * mm, 10 * mm)
    chart.width = CONTENT_WIDTH - chart.x - 12 * mm
    chart.height = height - chart.y - (12 * mm if caption else 5 * mm)
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    # Horizontal bars are drawn bottom-up; reversed, the first category reads at the top.
    chart.categoryAxis.reverseDirection = horizontal
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if percent:
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = 100, 20
        chart.barLabelFormat = "%.0f"
    else:
        step = max(1, math.ceil(max([*values, 1]) / 5))
        chart.valueAxis.valueStep = step
        chart.valueAxis.valueMax = step * (math.ceil(max([*values, 1]) / step) + 1)
        chart.barLabelFormat = "%d"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = STRIPE
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = ACCENT
    for index, colour in enumerate(bar_colours or []):
        chart.bars[(0, index)].fillColor = colour
    drawing.add(chart)
    if caption:
        drawing.add(
            String(0, height - 6, caption, fontName=fonts.BOLD, fontSize=8.5, fillColor=INK)
        )
    return drawing


def pie_chart(
    labels: Sequence[str],
    values: Sequence[int],
    slice_colours: Sequence[colors.Color],
) -> Drawing:
    """A pie with a legend (label and count); empty slices are left out."""
    shown = [
        (lab, val, col) for lab, val, col in zip(labels, values, slice_colours, strict=True) if val
    ]
    height = 50 * mm
    drawing = _drawing(CONTENT_WIDTH, height)
    if not shown:
        return drawing
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 6 * mm, 4 * mm, 42 * mm, 42 * mm
    pie.data = [val for _, val, _ in shown]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for index, (_, _, colour) in enumerate(shown):
        pie.slices[index].fillColor = colour
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = 60 * mm, height - 14 * mm
    legend.fontName = fonts.REGULAR
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = len(shown)
    legend.colorNamePairs = [(col, f"{lab}: {val}") for lab, val, col in shown]
    drawing.add(legend)
    return drawing


def qr_code(content: bytes, size: float) -> Drawing:
    """A QR code of ``content`` (byte mode, error correction M) drawn as vector runs."""
    code = segno.make(content, error="m", micro=False, boost_error=False)
    border = 4  # the quiet zone the QR specification asks for, in modules
    modules = len(code.matrix) + 2 * border
    unit = size / modules
    drawing = _drawing(size, size)
    for row, line in enumerate(code.matrix):
        y = size - (row + border + 1) * unit
        column = 0
        while column < len(line):
            if not line[column]:
                column += 1
                continue
            run = column
            while run < len(line) and line[run]:
                run += 1
            drawing.add(
                Rect(
                    (column + border) * unit,
                    y,
                    (run - column) * unit,
                    unit,
                    fillColor=colors.black,
                    strokeColor=None,
                    strokeWidth=0,
                )
            )
            column = run
    drawing.hAlign = "CENTER"
    return drawing


# -- pages -------------------------------------------------------------------------------


def _draw_chrome(canvas: Canvas, chrome: Chrome, page: int, pages: int) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - 12 * mm
    left = MARGIN_X
    if chrome.emblem:
        emblem = ImageReader(io.BytesIO(chrome.emblem))
        width, height = emblem.getSize()
        size = 13 * mm
        scale = size / max(width, height)
        canvas.drawImage(
            emblem, left, top - size + 4 * mm, width * scale, height * scale, mask="auto"
        )
        left += size + 3 * mm
    marking_width = stringWidth(chrome.marking, fonts.BOLD, 8.5)
    body_lines = simpleSplit(
        chrome.issuing_body, fonts.BOLD, 9, PAGE_WIDTH - MARGIN_X - left - marking_width - 8 * mm
    )
    canvas.setFillColor(INK)
    canvas.setFont(fonts.BOLD, 9)
    y = top
    for line in body_lines[:2]:
        canvas.drawString(left, y, line)
        y -= 11
    canvas.setFont(fonts.REGULAR, 7.5)
    canvas.drawString(left, y, chrome.title)
    canvas.setFillColor(MARKING)
    canvas.setFont(fonts.BOLD, 8.5)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, chrome.marking)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(
        MARGIN_X,
        PAGE_HEIGHT - MARGIN_TOP + 5 * mm,
        PAGE_WIDTH - MARGIN_X,
        PAGE_HEIGHT - MARGIN_TOP + 5 * mm,
    )

    base = 13 * mm
    canvas.line(MARGIN_X, base + 5 * mm, PAGE_WIDTH - MARGIN_X, base + 5 * mm)
    canvas.setFillColor(MARKING)
    canvas.setFont(fonts.BOLD, 8.5)
    canvas.drawString(MARGIN_X, base, chrome.marking)
    canvas.setFillColor(INK)
    canvas.setFont(fonts.REGULAR, 8.5)
    canvas.drawCentredString(PAGE_WIDTH / 2, base, text(chrome.lang, "page", n=page, m=pages))
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN_X, base, text(chrome.lang, "document_id", id=chrome.document_id)
    )
    canvas.setFont(fonts.REGULAR, 7)
    canvas.setFillColor(colors.HexColor("#52606d"))
    canvas.drawString(
        MARGIN_X,
        base - 4 * mm,
        text(chrome.lang, "generated", time=chrome.generated, user=chrome.user, node=chrome.node),
    )
    canvas.restoreState()


def _chrome_canvas(chrome: Chrome) -> type[Canvas]:
    class _ChromeCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        """Holds every page until the end, then stamps the chrome with the page count."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_chrome(self, chrome, number, total)
                super().showPage()
            super().save()

    return _ChromeCanvas


Progress = Callable[[float], None]


def build(
    story: list[Flowable],
    chrome: Chrome,
    out: BinaryIO,
    *,
    subject: str,
    progress: Progress | None = None,
) -> int:
    """Lay out ``story`` onto A4 pages written to ``out``; returns the number of pages."""
    document = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=chrome.title,
        author=chrome.issuing_body,
        subject=subject,
        creator="InfoSec Desk",
        keywords=chrome.document_id,
        lang={"az": "az-Latn"}.get(chrome.lang, chrome.lang),
        # Else every page's preamble names Helvetica, a font that is never embedded.
        initialFontName=fonts.REGULAR,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, FRAME_HEIGHT, id="body")
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    if progress is not None:
        total = max(len(story), 1)
        report = progress
        done = 0

        def on_progress(kind: str, value: int) -> None:
            nonlocal done
            # The count of flowables laid out can step back when a table splits: never report
            # going backwards.
            if kind == "PROGRESS" and value > done:
                done = value
                report(min(done / total, 1.0))

        document.setProgressCallBack(on_progress)
    document.build(story, canvasmaker=_chrome_canvas(chrome))
    return int(document.page)
