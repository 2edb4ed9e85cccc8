"""The evidence files the demo attaches, made in memory: a text note, a one-page PDF drawn with
the reports' fonts, and a small bar chart as a PNG (Pillow, which reportlab brings)."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop_app.reports import fonts


def text_file(title: str, lines: Sequence[str]) -> bytes:
    return "\n".join([title, "=" * len(title), "", *lines, ""]).encode("utf-8")


def pdf_file(title: str, lines: Sequence[str]) -> bytes:
    """A one-page PDF; ``invariant`` leaves out dates and ids, so the bytes are repeatable."""
    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(title)
    y = A4[1] - 72
    canvas.setFont(fonts.REGULAR, 14)
    canvas.drawString(60, y, title)
    canvas.setFont(fonts.REGULAR, 10)
    for line in lines:
        for part in textwrap.wrap(line, 95) or [""]:
            y -= 15
            canvas.drawString(60, y, part)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def png_file(values: Sequence[int], colour: tuple[int, int, int] = (31, 119, 180)) -> bytes:
    """A small bar chart (one bar per value, 0-100) as an RGB PNG."""
    bar, gap, height = 14, 6, 64
    image = Image.new("RGB", (gap + len(values) * (bar + gap), height), "white")
    draw = ImageDraw.Draw(image)
    for index, value in enumerate(values):
        # Row y is filled while its level, 100 at the top and 0 at the bottom, is below the value.
        top = next(
            (y for y in range(height) if (height - 1 - y) * 100 // (height - 1) < value), height
        )
        if top < height:
            left = gap + index * (bar + gap)
            draw.rectangle((left, top, left + bar - 1, height - 1), fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def evidence_file(name: str, title: str, lines: Sequence[str], values: Sequence[int]) -> bytes:
    """The content of an evidence file, by the kind its name says."""
    if name.endswith(".pdf"):
        return pdf_file(title, lines)
    if name.endswith(".png"):
        return png_file(values)
    return text_file(title, lines)
