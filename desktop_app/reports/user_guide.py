"""The user guide: one Markdown source per language in ``resources/help/guide.<lang>.md``,
shown by the GUI's Help (as HTML, which QTextBrowser renders) and printed as a PDF from the
same blocks.

The source uses a small part of Markdown: ``#``, ``##`` and ``###`` headings, each section
heading ending with ``{#key}`` (the anchor that F1 opens: a page's key), paragraphs, ``- ``
list items, ``**bold**`` and ```code```. Anything else is printed as plain text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal, get_args

from desktop_app.reports.errors import ReportError
from desktop_app.resources import resource_path
from desktop_app.store.atomic import atomic_open

GuideLang = Literal["en", "az", "ru"]
GUIDE_LANGS: tuple[GuideLang, ...] = get_args(GuideLang)

_ANCHOR = re.compile(r"\s*\{#([a-z0-9-]+)\}\s*$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CODE = re.compile(r"`([^`]+)`")


@dataclass(frozen=True)
class Block:
    kind: Literal["h1", "h2", "h3", "p", "li"]
    text: str
    anchor: str = ""


def source_path(lang: str) -> Path:
    return resource_path("help", f"guide.{lang}.md")


def load(lang: str) -> list[Block]:
    """The guide in ``lang`` as blocks, in order."""
    if lang not in GUIDE_LANGS:
        raise ReportError(
            'no user guide in "{lang}"; choose one of: {items}',
            lang=lang,
            items=", ".join(GUIDE_LANGS),
        )
    try:
        source = source_path(lang).read_text(encoding="utf-8")
    except OSError as error:
        raise ReportError(
            "cannot read the user guide: {value}", value=error.strerror or error
        ) from None
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("p", " ".join(paragraph)))
            paragraph.clear()

    for raw in source.splitlines():
        line = raw.strip()
        heading = re.match(r"(#{1,3}) (.+)", line)
        if not line:
            flush()
        elif heading:
            flush()
            text, anchor = heading[2], ""
            found = _ANCHOR.search(text)
            if found:
                text, anchor = text[: found.start()], found[1]
            level = len(heading[1])
            blocks.append(Block("h1" if level == 1 else "h2" if level == 2 else "h3", text, anchor))
        elif line.startswith("- "):
            flush()
            blocks.append(Block("li", line[2:]))
        else:
            paragraph.append(line)
    flush()
    return blocks


def anchors(lang: str) -> list[str]:
    """The section keys of the guide, in order."""
    return [block.anchor for block in load(lang) if block.anchor]


def _inline(text: str, code: tuple[str, str]) -> str:
    """Escaped text with **bold** and `code` as markup both Qt and reportlab understand."""
    marked = _BOLD.sub(r"<b>\1</b>", html.escape(text, quote=False))
    return _CODE.sub(lambda m: code[0] + m[1] + code[1], marked)


def to_html(lang: str) -> str:
    """The guide as one HTML page, with ``<a name="key">`` at each section."""
    parts = [f'<html><body lang="{lang}">']
    in_list = False
    for block in load(lang):
        if in_list and block.kind != "li":
            parts.append("</ul>")
            in_list = False
        text = _inline(block.text, ("<code>", "</code>"))
        if block.kind == "li":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{text}</li>")
        elif block.kind == "p":
            parts.append(f"<p>{text}</p>")
        else:
            anchor = f'<a name="{block.anchor}"></a>' if block.anchor else ""
            parts.append(f"<{block.kind}>{anchor}{text}</{block.kind}>")
    if in_list:
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def render_pdf(lang: str, out: BinaryIO) -> int:
    """Print the guide in ``lang`` into ``out``; returns the number of pages."""
    # Imported here: the help dialog shows the guide as text; reportlab is for printing it.
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import ListFlowable, ListItem, SimpleDocTemplate

    from desktop_app.reports import fonts, layout

    blocks = load(lang)
    fonts.register()
    code = (f'<font name="{fonts.MONO}">', "</font>")
    styles = {"h1": layout.TITLE, "h2": layout.HEADING, "h3": layout.SUBHEADING, "p": layout.BODY}
    story: list[object] = []
    items: list[ListItem] = []
    for block in blocks:
        if block.kind == "li":
            items.append(ListItem(layout.marked(_inline(block.text, code), layout.BODY)))
            continue
        if items:
            story.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=12))
            items = []
        story.append(layout.marked(_inline(block.text, code), styles[block.kind]))
    if items:
        story.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=12))
    title = blocks[0].text if blocks else "InfoSec Desk"

    def number(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.setFont(fonts.REGULAR, 8)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, str(document.page))

    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=layout.MARGIN_X,
        rightMargin=layout.MARGIN_X,
        title=title,
        creator="InfoSec Desk",
        lang=lang,
        initialFontName=fonts.REGULAR,
    )
    document.build(story, onFirstPage=number, onLaterPages=number)
    return int(document.page)


def write_pdf(lang: str, out_path: Path | str) -> Path:
    """The guide as a PDF file, written atomically."""
    target = Path(out_path)
    with atomic_open(target) as stream:
        render_pdf(lang, stream)
    return target
