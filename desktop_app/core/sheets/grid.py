"""A spreadsheet's first sheet as a grid of values, whatever the format.

Values are ``str`` (stripped, "" for an empty cell), ``float``, ``bool`` or ``datetime.date`` /
``datetime.datetime``. Merged cells are filled down their first column, so a cell merged over
several measures (a shared executor, a shared period) reads on each of them, while a direction
title merged across the row stays in its first cell.
"""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError, iterparse

from python_calamine import CalamineError, CalamineWorkbook

from desktop_app.core.sheets.folding import name_key
from desktop_app.errors import ValidationError

Value = str | float | bool | dt.date | dt.datetime
READABLE = (".xlsx", ".xlsm", ".ods", ".csv")
# CSV cells we wrote with a leading apostrophe so a spreadsheet does not run them as formulas.
_FORMULA_START = ("'=", "'+", "'-", "'@")


@dataclass(frozen=True)
class Grid:
    rows: list[list[Value]]  # rows[i] is spreadsheet row i + 1
    sheet: str


def read_grid(path: Path) -> Grid:
    """The first sheet with data; one clear line (ValidationError) if the file cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in READABLE:
        raise ValidationError(
            "cannot read {file}: give an .xlsx, .ods or .csv file", "file", file=path.name
        )
    if not path.is_file():
        raise ValidationError("no such file: {file}", "file", file=str(path))
    if suffix == ".csv":
        return Grid(_csv_rows(path), path.stem)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            rows = [
                [_value(cell) for cell in row] for row in sheet.to_python(skip_empty_area=False)
            ]
            if any(any(cell != "" for cell in row) for row in rows):
                merged = sheet.merged_cell_ranges or []
                if suffix == ".ods" and not merged:
                    merged = _ods_merges(path, name)
                _fill_merged(rows, merged)
                return Grid(rows, name)
    except (CalamineError, OSError, ValueError, KeyError, zipfile.BadZipFile, ParseError) as error:
        raise ValidationError(
            "cannot read {file}: {reason}", "file", file=path.name, reason=_reason(error)
        ) from None
    raise ValidationError("{file} has no data", "file", file=path.name)


def records(
    path: Path, headers: Mapping[str, tuple[str, ...]], required: tuple[str, ...]
) -> list[tuple[int, dict[str, str]]]:
    """The rows under the first row (of the first 40) that names every ``required`` field,
    as (the row's number in the sheet, ``{field: text}``); ``headers`` gives each field's names
    (folded with ``name_key``), in any order and language."""
    keys = {name_key(text): name for name, texts in headers.items() for text in (name, *texts)}
    rows = read_grid(path).rows
    for index, row in enumerate(rows[:40]):
        columns = {
            position: keys[name_key(cell)]
            for position, cell in enumerate(row)
            if isinstance(cell, str) and name_key(cell) in keys
        }
        if set(required) <= set(columns.values()):
            return [
                (number, {name: _as_text(below[position]) for position, name in columns.items()})
                for number, below in enumerate(rows[index + 1 :], start=index + 2)
                if any(cell != "" for cell in below)
            ]
    raise ValidationError(
        "{file} needs a header row with {names}", "file", file=path.name, names=", ".join(required)
    )


def _as_text(value: Value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _reason(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def _csv_rows(path: Path) -> list[list[Value]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            "cannot read {file}: a CSV file must be UTF-8 text", "file", file=path.name
        ) from None
    except OSError as error:
        raise ValidationError(
            "cannot read {file}: {reason}", "file", file=path.name, reason=_reason(error)
        ) from None
    try:
        dialect: type[csv.Dialect] = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[Value]] = []
    for row in csv.reader(text.splitlines(), dialect):
        rows.append([_csv_cell(cell) for cell in row])
    return rows


def _csv_cell(text: str) -> Value:
    text = text.strip()
    return text[1:] if text.startswith(_FORMULA_START) else text


def _value(cell: object) -> Value:
    if isinstance(cell, str):
        return cell.strip()
    if isinstance(cell, bool | float | dt.date):
        return cell
    if isinstance(cell, int):
        return float(cell)
    # Times and durations carry nothing a plan needs; keep their text.
    return str(cell)


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
Merged = list[tuple[tuple[int, int], tuple[int, int]]]


def _ods_merges(path: Path, sheet: str) -> Merged:
    """The merged cells of an ODS sheet, which calamine does not give: the spans written on
    its cells in content.xml (rows and cells written once for several counted as several).
    Read as a stream; the values themselves are calamine's."""
    merged: Merged = []
    row, column, inside = -1, 0, False
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
        for event, element in iterparse(content, events=("start", "end")):
            tag = element.tag
            if tag == f"{_TABLE}table":
                if event == "start":
                    inside = element.get(f"{_TABLE}name") == sheet
                elif inside:
                    break
            elif not inside:
                continue
            elif tag == f"{_TABLE}table-row":
                if event == "start":
                    row, column = row + 1, 0
                else:
                    row += int(element.get(f"{_TABLE}number-rows-repeated", "1")) - 1
                    element.clear()
            elif tag in _CELLS and event == "start":
                rows = int(element.get(f"{_TABLE}number-rows-spanned", "1"))
                columns = int(element.get(f"{_TABLE}number-columns-spanned", "1"))
                if rows > 1 or columns > 1:
                    merged.append(((row, column), (row + rows - 1, column + columns - 1)))
                column += int(element.get(f"{_TABLE}number-columns-repeated", "1"))
    return merged


def _fill_merged(rows: list[list[Value]], ranges: Merged) -> None:
    for (top, left), (bottom, _right) in ranges:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for row in rows[top + 1 : bottom + 1]:
            if left < len(row):
                row[left] = value
