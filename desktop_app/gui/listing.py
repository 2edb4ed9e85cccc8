"""Export and print the list a page shows: File → Export list… and Print list….

One implementation for every page: the page's table is found by its model (a ``RowTableModel``,
perhaps behind a filtering proxy), and the rows are taken in the order and with the filters
the view shows, each cell the column's own value (a date stays a date, a number a number).
The file is written by the core's writer (``core/sheets/writer.py``) on the reader pool.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from desktop_app.core.sheets.writer import list_marking, write_table
from desktop_app.gui.context import AppContext
from desktop_app.gui.widgets import (
    RowFilterProxy,
    RowTableModel,
    current_language,
    format_date,
)


def _source(view: QTableView) -> tuple[RowTableModel[Any] | None, RowFilterProxy | None]:
    model = view.model()
    if isinstance(model, RowFilterProxy):
        source = model.sourceModel()
        return (source if isinstance(source, RowTableModel) else None), model
    return (model if isinstance(model, RowTableModel) else None), None


def page_list(page: QWidget | None) -> QTableView | None:
    """The page's main list: its largest visible table over a ``RowTableModel``."""
    if page is None:
        return None
    views = [
        view
        for view in page.findChildren(QTableView)
        if view.isVisibleTo(page) and _source(view)[0] is not None
    ]
    return max(views, key=lambda v: v.width() * v.height(), default=None)


def shown_rows(view: QTableView) -> tuple[list[str], list[list[Any]]]:
    """The headers and the rows as the view shows them (filtered, in its order), each cell
    the column's value (not its text)."""
    model, proxy = _source(view)
    assert model is not None
    if proxy is not None:
        rows = [proxy.row_at(index) for index in range(proxy.rowCount())]
    else:
        rows = model.rows()
    columns = [
        column for position, column in enumerate(model.columns) if not view.isColumnHidden(position)
    ]
    return [c.title for c in columns], [[c.value(row) for c in columns] for row in rows]


def export_to(
    ctx: AppContext, view: QTableView, path: Path, title: str, on_done: Callable[[int], None]
) -> None:
    """Write what ``view`` shows to ``path`` (.xlsx or .csv) on the reader pool; ``on_done``
    gets the number of rows written."""
    headers, rows = shown_rows(view)
    language = current_language()
    ctx.read(
        lambda desk: write_table(
            path, headers, rows, marking=list_marking(desk, language), title=title
        ),
        on_done=on_done,
        title=QCoreApplication.translate("listing", "Exporting the list"),
        parent_widget=view.window(),
    )


def ask_export(ctx: AppContext, page: QWidget, title: str, on_done: Callable[[int], None]) -> None:
    view = page_list(page)
    if view is None:
        return
    name, chosen = QFileDialog.getSaveFileName(
        page,
        QCoreApplication.translate("listing", "Export list"),
        f"{title}.xlsx",
        QCoreApplication.translate("listing", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    export_to(ctx, view, path, title, on_done)


# -- printing -----------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("listing", "yes") if value else ""
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


def list_html(title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_cell(v))}</td>" for v in row) + "</tr>" for row in rows
    )
    return (
        "<style>table{border-collapse:collapse} th,td{border:1px solid #999;padding:2px 4px;"
        "vertical-align:top} th{background:#eee}</style>"
        f"<h3>{html.escape(title)}</h3>"
        f'<table width="100%" cellspacing="0"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def print_rows(
    printer: QPrinter,
    title: str,
    marking: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
) -> int:
    """Print the list on ``printer``: the marking at the top of every page, the marking and
    "Page N of M" at the foot. Returns the number of pages."""
    painter = QPainter(printer)
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        line = painter.fontMetrics().height()
        band = line * 2
        body = QRectF(0, band, page.width(), page.height() - 2 * band)
        document = QTextDocument()
        document.documentLayout().setPaintDevice(printer)
        font = QFont()
        font.setPointSizeF(8)
        document.setDefaultFont(font)
        document.setHtml(list_html(title, headers, rows))
        document.setPageSize(QSizeF(body.width(), body.height()))
        count = document.pageCount()
        for number in range(count):
            if number:
                printer.newPage()
            painter.save()
            painter.translate(body.left(), body.top() - number * body.height())
            document.drawContents(
                painter, QRectF(0, number * body.height(), body.width(), body.height())
            )
            painter.restore()
            top = QRectF(0, 0, page.width(), line * 1.5)
            foot = QRectF(0, page.height() - line * 1.5, page.width(), line * 1.5)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignCenter), marking)
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft), marking)
            painter.drawText(
                foot,
                int(Qt.AlignmentFlag.AlignRight),
                QCoreApplication.translate("listing", "Page %1 of %2")
                .replace("%1", str(number + 1))
                .replace("%2", str(count)),
            )
        return count
    finally:
        painter.end()


def ask_print(ctx: AppContext, page: QWidget, title: str) -> None:
    view = page_list(page)
    desk = ctx.desk
    if view is None or desk is None:
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, page)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return
    headers, rows = shown_rows(view)
    print_rows(printer, title, list_marking(desk, current_language()), headers, rows)
