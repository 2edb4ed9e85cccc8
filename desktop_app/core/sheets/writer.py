"""Any list as an XLSX or CSV file: one writer for every list of the CLI and the GUI.

Dates and numbers are written as dates and numbers, text as text (never as a formula), the
header row frozen and filtered, the columns as wide as their contents, the classification
marking in the page header and footer. XlsxWriter's constant-memory mode streams the rows, so
a list of any length is written in bounded memory; the file appears under its name only when
it is complete (``atomic_open``).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import itertools
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.settings import LANGUAGE, document_marking
from desktop_app.errors import ValidationError
from desktop_app.store.atomic import atomic_open

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

WRITABLE = (".xlsx", ".csv")
# Column widths are taken from the header and this many first rows (the rest streams).
_MEASURED_ROWS = 500
_MAX_WIDTH = 60
# Text a spreadsheet would run as a formula when it opens a CSV file.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def list_marking(desk: Desk, language: str | None = None) -> str:
    """The marking a list carries, in the language of the interface (or ``language``)."""
    return document_marking(desk.setting, language or desk.setting(LANGUAGE) or "az")


def _plain(value: object) -> object:
    """A value as the writers take it: lists joined (times stay as the store keeps them, UTC)."""
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return value


def _width(value: object) -> int:
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    text = "" if value is None else str(_plain(value))
    return max((len(line) for line in text.splitlines()), default=0)


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    marking: str,
    title: str = "",
) -> int:
    """Write ``rows`` under ``headers`` to ``path`` (.xlsx or .csv); returns the rows written."""
    suffix = path.suffix.lower()
    if suffix not in WRITABLE:
        raise ValidationError(
            "cannot write {file}: give an .xlsx or .csv file name", "file", file=path.name
        )
    if not path.parent.is_dir():
        raise ValidationError("no such folder: {folder}", "file", folder=str(path.parent))
    if suffix == ".csv":
        return _write_csv(path, headers, rows, marking)
    return _write_xlsx(path, headers, rows, marking, title)


def _write_csv(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]], marking: str
) -> int:
    count = 0
    with atomic_open(path) as binary:
        # utf-8-sig: a spreadsheet opening the file reads the Azerbaijani letters as such.
        stream = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        writer = csv.writer(stream)
        if marking:
            writer.writerow([marking])
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_cell(value) for value in row])
            count += 1
        if marking:
            writer.writerow([marking])
        stream.flush()
        stream.detach()
    return count


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(_plain(value))
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    marking: str,
    title: str,
) -> int:
    rows = iter(rows)
    first = list(itertools.islice(rows, _MEASURED_ROWS))
    widths = [len(header) for header in headers]
    for row in first:
        for index, value in enumerate(row[: len(widths)]):
            widths[index] = max(widths[index], _width(value))
    # Imported here: xlsxwriter takes 11 MiB that only an export needs.
    import xlsxwriter

    with atomic_open(path) as stream:
        # Constant memory: each row goes to a temporary file as it is written; those files go
        # beside the target (the user chose that place for this data), not to a shared /tmp.
        book = xlsxwriter.Workbook(
            stream,
            {"constant_memory": True, "tmpdir": str(path.parent), "strings_to_formulas": False},
        )
        sheet = book.add_worksheet((title or "List")[:31])
        bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        # Cells are not wrapped, so every row is one line high: text needs no format of its
        # own (a style on each of a million cells costs a tenth of the export's time).
        date = book.add_format({"num_format": "dd.mm.yyyy"})
        stamp = book.add_format({"num_format": "dd.mm.yyyy hh:mm"})
        for index, width in enumerate(widths):
            sheet.set_column(index, index, min(width, _MAX_WIDTH) + 2)
        escaped = marking.replace("&", "&&")
        if escaped:
            sheet.set_header(f'&C&"-,Bold"{escaped}')
        sheet.set_footer((f"&L{escaped}" if escaped else "") + "&R&P / &N")
        sheet.repeat_rows(0)
        sheet.freeze_panes(1, 0)
        for column, header in enumerate(headers):
            sheet.write_string(0, column, header, bold)
        # One writer per type, looked up by the value's exact type: a row is written without
        # a chain of isinstance tests or a copy of the row (an export of 100,000 rows writes a
        # million cells); the formats are bound once (partial, not a Python-level call more).
        writers: dict[type, Callable[..., object]] = {
            str: sheet.write_string,
            bool: sheet.write_boolean,
            int: sheet.write_number,
            float: sheet.write_number,
            dt.date: functools.partial(sheet.write_datetime, cell_format=date),
            dt.datetime: functools.partial(sheet.write_datetime, cell_format=stamp),
        }
        count = 0
        for count, row in enumerate(itertools.chain(first, rows), start=1):
            for column, value in enumerate(row):
                if value is None or value == "":
                    continue
                write = writers.get(type(value))
                if write is None:  # a list, or a subclass (an enum of strings, say): its text
                    sheet.write_string(count, column, str(_plain(value)))
                else:
                    write(count, column, value)
        sheet.autofilter(0, 0, max(count, 1), max(len(headers) - 1, 0))
        book.close()
    return count
