"""The action plan from a spreadsheet: what it would change (the preview), then all of it or
nothing (apply).

Reads plans in the shape they are published, not only our own template: headers in Azerbaijani,
English or Russian in any order and on any row, direction rows between the measures, numbers
"1.1." / "1.1" / "1.1.1", merged cells and wrapped lines, executors in one cell with the lead
first, and every way a term is written (``periods.py``). Re-importing a newer version changes
the measures by number; a measure the new version lacks is listed, and cancelled only when the
caller asks.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core import audit
from desktop_app.core.access import Right
from desktop_app.core.models import (
    Direction,
    Indicator,
    Institution,
    Measure,
    Setting,
    Strategy,
)
from desktop_app.core.plan import Revision, cancellations
from desktop_app.core.sheets.folding import name_key, near
from desktop_app.core.sheets.grid import Grid, Value, read_grid
from desktop_app.core.sheets.periods import NO_TERM, Term, parse_term
from desktop_app.core.validation import number_key, optional_number
from desktop_app.errors import DeskError, ValidationError

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

# Where the column mapping a user corrected is kept for the next import (the store's settings).
MAPPING_SETTING = "import_mapping.measures"
# The mapping's word for the columns not to read (its value: their headers or letters, one a
# line), so a column whose header is recognised can be left out.
IGNORE = "ignore"
# The header is looked for in the first rows (a title and an approving act may come first).
HEADER_SEARCH_ROWS = 40


class Column(StrEnum):
    """What a column of the plan holds."""

    NUMBER = "number"
    TITLE = "title"
    TITLE_EN = "title_en"
    DIRECTION = "direction"
    EXECUTORS = "executors"
    LEAD = "lead"
    CO_EXECUTORS = "co_executors"
    TERM = "term"
    START = "start"
    END = "end"
    CONTINUOUS = "continuous"
    EXPECTED_RESULT = "expected_result"
    FINANCING_SOURCE = "financing_source"
    DESCRIPTION = "description"
    INDICATOR = "indicator"
    UNIT = "unit"
    BASELINE = "baseline"
    TARGET = "target"


# Header names as plans write them (az, en, ru), folded with ``name_key``; the template's and
# the measures list's own headers are among them, so our own files read back.
HEADERS: dict[Column, tuple[str, ...]] = {
    Column.NUMBER: (
        "№", "no", "n", "nomre", "sira", "sira no", "s s", "number", "measure number", "#",
        "номер", "п п", "no п п", "tedbirin nomresi",
    ),
    Column.TITLE: (
        "tedbirin adi", "tedbirler", "tedbir", "tedbirin mezmunu", "tedbirlerin adi",
        "measure", "measures", "title", "measure title", "мероприятие", "мероприятия",
        "наименование мероприятия", "наименование мероприятий", "название",
    ),
    Column.TITLE_EN: ("title en", "tedbirin adi ingilisce", "title english", "название англ"),
    Column.DIRECTION: ("istiqamet", "direction", "dir", "направление"),
    Column.EXECUTORS: (
        "icracilar", "icraci orqanlar", "icraci", "icraci qurumlar", "mesul icracilar",
        "mesul qurumlar", "executors", "responsible", "responsible bodies",
        "responsible institutions", "исполнители", "ответственные исполнители", "исполнитель",
    ),
    Column.LEAD: (
        "esas icraci", "lead", "lead institution", "основной исполнитель",
        "головной исполнитель",
    ),
    Column.CO_EXECUTORS: (
        "elaqedar qurumlar", "diger icracilar", "co executors", "co executor", "соисполнители",
    ),
    Column.TERM: (
        "icra muddeti", "muddet", "icra tarixi", "icra muddetleri", "period", "term",
        "deadline", "timeframe", "срок исполнения", "срок", "сроки исполнения", "сроки",
    ),
    Column.START: ("baslama tarixi", "baslangic tarixi", "start", "start date", "дата начала"),
    Column.END: ("bitme tarixi", "son tarix", "end", "end date", "дата окончания"),
    Column.CONTINUOUS: ("davamli", "continuous", "постоянно"),
    Column.EXPECTED_RESULT: (
        "gozlenilen netice", "gozlenilen neticeler", "expected result", "expected results",
        "ожидаемый результат", "ожидаемые результаты",
    ),
    Column.FINANCING_SOURCE: (
        "maliyye menbeyi", "maliyyelesme menbeyi", "maliyye menbeleri", "financing",
        "financing source", "source of financing", "источник финансирования",
        "источники финансирования",
    ),
    Column.DESCRIPTION: ("tesvir", "description", "описание"),
    Column.INDICATOR: ("gosterici", "indicator", "показатель"),
    Column.UNIT: ("olcu vahidi", "unit", "единица измерения"),
    Column.BASELINE: ("baslangic deyer", "baseline", "базовое значение"),
    Column.TARGET: ("hedef", "hedef deyer", "target", "целевое значение"),
}  # fmt: skip
_HEADER_KEYS = {name_key(text): column for column, texts in HEADERS.items() for text in texts}
_YES = {"yes", "true", "1", "x", "+", "beli", "he", "да"}
_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\s*\.\s*\d{1,3}){0,4})\s*\.?\s*(?:[)\-–:]\s*)?(.*)$", re.S)
_ROMAN = re.compile(r"^\s*([IVXL]{1,6})\s*[.)]\s*(.*)$", re.S)
_SECTION = re.compile(
    r"^(\d{1,3})\s*(?:-?\s*(?:ci|cı|cu|cü)\s*)?(?:istiqamət|istiqamet|direction|направление)?"
    r"\s*[.):\-–]?\s*(.*)$",
    re.S | re.I,
)
# "İstiqamət 2. ...", "Direction 2: ...", "Направление 2. ...": the word before the number.
_NAMED_SECTION = re.compile(
    r"^(?:İstiqamət|istiqamət|istiqamet|direction|направление)\s*(?:№\s*)?(\d{1,3})"
    r"\s*[.):\-–]?\s*(.*)$",
    re.S | re.I,
)
_TRAILING_NOTE = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$", re.S)
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•·*–])\s+")


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value: Value) -> str:
    """A cell as text; a number written as a number (1.1) reads as it was typed."""
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return value


def _lines(value: Value) -> list[str]:
    return [line.strip() for line in _text(value).splitlines() if line.strip()]


def _one_line(value: Value) -> str:
    """Wrapped lines joined back: a word broken with a hyphen at a line's end rejoins."""
    text = ""
    for line in _lines(value):
        if text.endswith("-") and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text


def _paragraphs(value: Value) -> str:
    return "\n".join(_lines(value))


# -- the preview --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Something the import cannot do, on a row of the file (None: the file as a whole)."""

    row: int | None
    error: DeskError
    suggestions: tuple[str, ...] = ()  # "CODE name" of the institutions it may mean

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "message": str(self.error), "suggestions": list(self.suggestions)}


@dataclass(frozen=True)
class ColumnMatch:
    index: int
    header: str
    column: Column | None
    mapped: bool = False  # by the mapping given or saved, not by the header

    def as_dict(self) -> dict[str, Any]:
        return {
            "column": column_letter(self.index),
            "header": self.header,
            "field": self.column.value if self.column else None,
            "mapped": self.mapped,
        }


@dataclass
class IndicatorLine:
    row: int
    name: str
    unit: str = ""
    baseline: float | None = None
    target: float | None = None
    action: str = "create"  # "create", "same"

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class DirectionLine:
    row: int
    number: int
    title: str
    action: str = "create"  # "create", "same"

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class MeasureLine:
    row: int
    number: str
    values: dict[str, Any]  # the measure's fields as PlanService takes them
    action: str = "create"  # "create", "update", "same"
    changes: list[str] = field(default_factory=list)
    indicators: list[IndicatorLine] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        values = {
            name: value.isoformat() if isinstance(value, dt.date) else value
            for name, value in self.values.items()
        }
        return {
            "row": self.row,
            "number": self.number,
            "action": self.action,
            "changes": self.changes,
            "values": values,
            "indicators": [i.as_dict() for i in self.indicators],
        }


@dataclass(frozen=True)
class Missing:
    """A measure in the store that the new version of the plan does not have."""

    number: str
    title: str
    cancelled: bool  # already cancelled

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class PlanPreview:
    file: str
    sheet: str
    header_row: int
    columns: list[ColumnMatch]
    directions: list[DirectionLine] = field(default_factory=list)
    measures: list[MeasureLine] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    missing: list[Missing] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # the overrides used

    def count(self, kind: str, action: str) -> int:
        lines: dict[str, Sequence[DirectionLine | MeasureLine | IndicatorLine]] = {
            "direction": self.directions,
            "measure": self.measures,
            "indicator": [i for m in self.measures for i in m.indicators],
        }
        return sum(1 for line in lines[kind] if line.action == action)

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "columns": [c.as_dict() for c in self.columns],
            "directions": [d.as_dict() for d in self.directions],
            "measures": [m.as_dict() for m in self.measures],
            "problems": [p.as_dict() for p in self.problems],
            "missing": [m.as_dict() for m in self.missing],
            "mapping": self.mapping,
        }


@dataclass(frozen=True)
class ImportResult:
    directions: int
    created: int
    updated: int
    indicators: int
    cancelled: int


# -- what the store holds -------------------------------------------------------------------------


@dataclass(frozen=True)
class Known:
    """The part of the store the preview compares the file with."""

    institutions: list[Institution]
    directions: dict[int, str]  # number -> title
    measures: dict[str, dict[str, Any]]  # number -> values as PlanService takes them
    titles: dict[str, str]
    indicators: dict[str, set[str]]  # measure number -> name keys
    cancelled: set[str]  # numbers whose official status is cancelled
    has_strategy: bool


class InstitutionMatcher:
    """Names as written in a plan -> registered institutions, Azerbaijani-aware."""

    def __init__(self, institutions: Iterable[Institution]) -> None:
        self.by_key: dict[str, Institution] = {}
        for institution in institutions:
            for text in (institution.code, institution.name, institution.name_en):
                if text.strip():
                    self.by_key.setdefault(name_key(text), institution)

    def match(self, text: str) -> tuple[Institution | None, str]:
        """The institution and the note written after its name ("(razılaşdırmaqla)")."""
        found = self.by_key.get(name_key(text))
        if found is not None:
            return found, ""
        parts = _TRAILING_NOTE.match(text)
        if parts is None:
            return None, ""
        base, note = parts[1].strip(), parts[2].strip()
        found = self.by_key.get(name_key(base))
        if found is None:
            return None, note
        # "(XRİTDX)" after the name is its short name, not a note.
        return found, "" if self.by_key.get(name_key(note)) is found else note

    def suggest(self, text: str) -> tuple[str, ...]:
        parts = _TRAILING_NOTE.match(text)
        key = name_key(parts[1] if parts else text)
        found: dict[str, Institution] = {}
        for candidate in near(key, self.by_key):
            institution = self.by_key[candidate]
            found.setdefault(institution.code, institution)
        return tuple(f"{i.code} {i.name}" for i in found.values())


def split_executors(value: Value) -> list[str]:
    """One cell of executors: names separated by new lines, commas or semicolons (not inside
    brackets), list marks dropped."""
    names: list[str] = []
    current = ""
    depth = 0
    for char in _text(value):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char in ",;\n" and depth <= 0:
            names.append(current)
            current = ""
        else:
            current += char
    names.append(current)
    cleaned = (" ".join(_LIST_MARK.sub("", name).split()) for name in names)
    return [name.rstrip(".") for name in cleaned if name]


# -- reading the file ---------------------------------------------------------------------------


def _header_column(text: str) -> Column | None:
    """What a header names, as plans write it (None: nothing the plan reads)."""
    key = name_key(text)
    if not key:
        return Column.NUMBER if "№" in text else None
    if key in _HEADER_KEYS:
        return _HEADER_KEYS[key]
    close = near(key, _HEADER_KEYS, limit=1, cutoff=0.86)
    return _HEADER_KEYS[close[0]] if close else None


def _place(where: str) -> int | str:
    """A column given by letter ("C": its index) or by header (its folded text)."""
    where = where.strip()
    if re.fullmatch(r"[A-Za-z]{1,2}", where):
        index = 0
        for letter in where.upper():
            index = index * 26 + ord(letter) - 64
        return index - 1
    return name_key(where)


def _parse_overrides(mapping: Mapping[str, str]) -> dict[int | str, Column | None]:
    """``{field: header text or column letter}`` (``IGNORE``: the columns not to read, one a
    line) -> ``{column index or folded header: what it holds, None: not read}``."""
    overrides: dict[int | str, Column | None] = {}
    for name, where in mapping.items():
        if name == IGNORE:
            for place in where.splitlines():
                if place.strip():
                    overrides.setdefault(_place(place), None)
            continue
        try:
            column = Column(name)
        except ValueError:
            raise ValidationError(
                "no column kind {name}: use one of {items}",
                "mapping",
                name=name,
                items=", ".join([*(c.value for c in Column), IGNORE]),
            ) from None
        overrides[_place(where)] = column  # a column both read and not read is read
    return overrides


def combined_mapping(
    saved: Mapping[str, str], given: Mapping[str, str]
) -> dict[int | str, Column | None]:
    """The mapping given now over the one saved last time: for each column the newer word
    counts, and a field given now is no longer read where the saved mapping put it."""
    newer = _parse_overrides(given)
    fields = {column for column in newer.values() if column is not None}
    older = {
        place: column
        for place, column in _parse_overrides(saved).items()
        if column is None or column not in fields
    }
    return older | newer


def find_columns(
    rows: Sequence[Sequence[Value]], overrides: Mapping[int | str, Column | None]
) -> tuple[int, list[ColumnMatch]]:
    """The header row (0-based) and what each column holds: the row whose headers name the
    most columns (the first of equals). A column mapped (``combined_mapping``) by letter or by
    its header holds what the mapping says, None included; the others what their header names,
    unless a mapped column holds it already (else the first column naming it). Every column
    with data is listed, with or without a header, so any of them can be mapped."""
    used = sorted({position for row in rows for position, cell in enumerate(row) if cell != ""})
    best: tuple[int, int, list[ColumnMatch]] | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        texts = {position: _header_text(row, position) for position in used}
        mapped: dict[int, Column | None] = {}
        for position, text in texts.items():
            if position in overrides:
                mapped[position] = overrides[position]
            elif text and name_key(text) and name_key(text) in overrides:
                mapped[position] = overrides[name_key(text)]
        seen = {column for column in mapped.values() if column is not None}
        matches = []
        named = 0
        for position, text in texts.items():
            if position in mapped:
                column = mapped[position]
                named += bool(text)
            else:
                column = _header_column(text)
                named += column is not None
                if column in seen:
                    column = None
                elif column is not None:
                    seen.add(column)
            matches.append(ColumnMatch(position, text, column, position in mapped))
        if _enough(seen) and any(m.header for m in matches) and (best is None or named > best[0]):
            best = (named, index, matches)
    if best is None:
        raise ValidationError(
            "no header row found in the first {count} rows: the plan needs columns for the"
            " number, the measure and its executors",
            "file",
            count=HEADER_SEARCH_ROWS,
        )
    return best[1], best[2]


def _header_text(row: Sequence[Value], position: int) -> str:
    cell = row[position] if position < len(row) else ""
    return _one_line(cell) if isinstance(cell, str) else ""


def _where(match: ColumnMatch) -> str:
    """A column as the saved mapping names it: by its header, which finds it wherever the next
    version puts it; by its letter when it has none or one that reads as a letter ("No")."""
    if not match.header or re.fullmatch(r"[A-Za-z]{1,2}", match.header):
        return column_letter(match.index)
    return match.header


def saved_form(columns: Sequence[ColumnMatch]) -> dict[str, str]:
    """The mapping to keep for the next import: each field by its column, and the columns
    the user chose not to read."""
    mapping = {m.column.value: _where(m) for m in columns if m.column is not None}
    ignored = [_where(m) for m in columns if m.mapped and m.column is None]
    if ignored:
        mapping[IGNORE] = "\n".join(ignored)
    return mapping


def _enough(columns: set[Column]) -> bool:
    return (
        Column.NUMBER in columns
        and Column.TITLE in columns
        and bool({Column.EXECUTORS, Column.LEAD} & columns)
    )


def _is_column_numbers(cells: Sequence[str]) -> bool:
    """The row of column numbers (1, 2, 3, ...) many plans put under the header."""
    filled = [cell for cell in cells if cell]
    return len(filled) >= 3 and filled == [str(n) for n in range(1, len(filled) + 1)]  # noqa: PLR2004


def _number(value: Value) -> tuple[str, str]:
    """A measure or direction number as written ("1.1." -> "1.1") and the text after it."""
    if isinstance(value, float):
        return _text(value), ""
    text = _one_line(value)
    match = _NUMBER.match(text)
    if match is None:
        return "", text
    return re.sub(r"\s+", "", match[1]), match[2].strip()


@dataclass
class _Reader:
    """Turns the grid's rows into direction and measure lines (no store yet)."""

    columns: dict[Column, int]
    directions: list[DirectionLine] = field(default_factory=list)
    measures: list[MeasureLine] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    numbers: set[str] = field(default_factory=set)
    current_direction: int | None = None

    def cell(self, row: Sequence[Value], column: Column) -> Value:
        index = self.columns.get(column)
        return row[index] if index is not None and index < len(row) else ""

    def problem(self, row: int, error: DeskError, suggestions: tuple[str, ...] = ()) -> None:
        self.problems.append(Problem(row, error, suggestions))

    def read(self, rownum: int, row: Sequence[Value]) -> None:
        texts = [_one_line(cell) for cell in row]
        if not any(texts) or _is_column_numbers(texts):
            return
        written = self.cell(row, Column.NUMBER)
        number, rest = _number(written)
        title = _one_line(self.cell(row, Column.TITLE))
        if rest and title:  # "3.x": text after a number only when it is the title
            number = _one_line(written)
        title = title or rest
        executors = any(_text(self.cell(row, c)) for c in (Column.EXECUTORS, Column.LEAD))
        previous = self.measures[-1] if self.measures else None
        if previous and (
            (number == previous.number and title in ("", previous.values["title"]))
            or (not number and not title and _text(self.cell(row, Column.INDICATOR)))
        ):
            self.indicator(rownum, row, previous)  # a merged measure's further rows
            return
        if not executors and (not number or number.isdigit()):
            self.direction(rownum, number, title, texts)
            return
        self.measure(rownum, row, number, title)

    def direction(self, rownum: int, number: str, title: str, texts: Sequence[str]) -> None:
        if not number:
            roman = _ROMAN.match(title) or _SECTION.match(title)
            first = next(text for text in texts if text)
            section = _SECTION.match(title or first) or _NAMED_SECTION.match(title or first)
            if section and section[1]:
                number, title = section[1], section[2].strip()
            elif roman:
                title = roman[2].strip()
            title = title or first
        value = int(number) if number else (self.current_direction or 0) + 1
        if value == self.current_direction and self.directions:
            return  # a direction row merged over two rows
        self.current_direction = value
        if not title:
            self.problem(
                rownum, ValidationError("direction {number} has no title", "title", number=value)
            )
            return
        self.directions.append(DirectionLine(rownum, value, title))

    def measure(self, rownum: int, row: Sequence[Value], number: str, title: str) -> None:
        if not number:
            self.problem(rownum, ValidationError("the measure has no number", "number"))
            return
        if not re.fullmatch(r"\d{1,3}(\.\d{1,3}){0,4}", number):
            self.problem(
                rownum,
                ValidationError("{text} is not a measure number like 2.3.1", "number", text=number),
            )
            return
        if number in self.numbers:
            self.problem(
                rownum, ValidationError("measure {number} appears twice", "number", number=number)
            )
            return
        if not title:
            self.problem(
                rownum, ValidationError("measure {number} has no title", "title", number=number)
            )
            return
        values: dict[str, Any] = {"number": number, "title": title}
        direction = self.direction_of(rownum, row, number)
        if direction is not None:
            values["direction"] = direction
        for column in (Column.TITLE_EN,):
            if column in self.columns:
                values[column.value] = _one_line(self.cell(row, column))
        for column in (Column.EXPECTED_RESULT, Column.FINANCING_SOURCE, Column.DESCRIPTION):
            if column in self.columns:
                values[column.value] = _paragraphs(self.cell(row, column))
        executors = self.executors(row)
        if not executors:
            self.problem(
                rownum,
                ValidationError("measure {number} has no executors", "lead", number=number),
            )
            return
        values["lead"], values["co_executors"] = executors[0], executors[1:]
        try:
            values.update(self.term(row))
        except ValidationError as error:
            self.problem(rownum, error)
            return
        line = MeasureLine(rownum, number, values)
        self.measures.append(line)
        self.numbers.add(number)
        self.indicator(rownum, row, line)

    def direction_of(self, rownum: int, row: Sequence[Value], number: str) -> int | None:
        if Column.DIRECTION in self.columns:
            given, title = _number(self.cell(row, Column.DIRECTION))
            if given.isdigit():
                # "1. Title" in a direction column (our own list) names the direction too.
                if title and all(d.number != int(given) for d in self.directions):
                    self.directions.append(DirectionLine(rownum, int(given), title))
                return int(given)
        if "." in number:
            return int(number.split(".", maxsplit=1)[0])
        return self.current_direction

    def executors(self, row: Sequence[Value]) -> list[str]:
        if Column.LEAD in self.columns:
            lead = split_executors(self.cell(row, Column.LEAD))[:1]
            return lead + split_executors(self.cell(row, Column.CO_EXECUTORS)) if lead else []
        return split_executors(self.cell(row, Column.EXECUTORS))

    def term(self, row: Sequence[Value]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if Column.TERM in self.columns:
            term = parse_term(self.cell(row, Column.TERM))
            values = {"start": term.start, "end": term.end, "continuous": term.continuous}
        for column in (Column.START, Column.END):
            if column in self.columns:
                values[column.value] = _date(self.cell(row, column), column.value)
        if Column.CONTINUOUS in self.columns:
            values["continuous"] = name_key(_text(self.cell(row, Column.CONTINUOUS))) in _YES
        return values

    def indicator(self, rownum: int, row: Sequence[Value], measure: MeasureLine) -> None:
        name = _one_line(self.cell(row, Column.INDICATOR))
        if not name:
            return
        try:
            baseline = optional_number(_text(self.cell(row, Column.BASELINE)), "baseline")
            target = optional_number(_text(self.cell(row, Column.TARGET)), "target")
        except ValidationError as error:
            self.problem(rownum, error)
            return
        unit = _one_line(self.cell(row, Column.UNIT))
        measure.indicators.append(IndicatorLine(rownum, name, unit, baseline, target))


def _date(value: Value, name: str) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value).strip()
    if not text:
        return None
    term: Term = parse_term(text)
    if term is NO_TERM or term.continuous or term.end is None:
        raise ValidationError("{name} must be a date like 30.09.2026", name, name=name)
    return term.start if name == "start" and term.start else term.end


# -- the service --------------------------------------------------------------------------------


class PlanImportService:
    """``desk.plan_import``: the action plan from a spreadsheet."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def saved_mapping(self) -> dict[str, str]:
        text = self.desk.setting(MAPPING_SETTING)
        return dict(json.loads(text)) if text else {}

    def preview(self, path: Path, mapping: Mapping[str, str] | None = None) -> PlanPreview:
        """What importing ``path`` would do; writes nothing. ``mapping`` (field -> header text
        or column letter) overrides the columns found, on top of the mapping saved last time."""
        self.desk.access.require(Right.PLAN)
        grid = read_grid(path)
        overrides = combined_mapping(self.saved_mapping(), mapping or {})
        with self.desk.reading() as session:
            return self._preview(session, path, grid, overrides)

    def apply(
        self,
        path: Path,
        mapping: Mapping[str, str] | None = None,
        *,
        cancel_missing: bool = False,
    ) -> tuple[PlanPreview, ImportResult]:
        """Import ``path``: all of it in one transaction, or nothing if the preview has a
        problem. The mapping given is saved for the next import."""
        self.desk.access.require(Right.PLAN)
        grid = read_grid(path)
        given = dict(mapping or {})
        overrides = combined_mapping(self.saved_mapping(), given)
        with self.desk.transaction() as session:
            preview = self._preview(session, path, grid, overrides)
            if preview.problems:
                raise ValidationError(
                    "{file} has {count} problem(s) (see the preview): nothing was imported",
                    "file",
                    file=path.name,
                    count=len(preview.problems),
                )
            with self.desk.recorder.one_entry(
                session, "plan_import", f"{path.name} ({grid.sheet})"
            ):
                result = self._write(session, preview, path, cancel_missing)
            if given:
                session.merge(
                    Setting(
                        key=MAPPING_SETTING, value=json.dumps(preview.mapping, ensure_ascii=False)
                    )
                )
                audit.append(session, self.desk.user, "setting", "setting", MAPPING_SETTING)
        return preview, result

    # -- preview --------------------------------------------------------------------------

    def _known(self, session: Session) -> Known:
        institutions = list(
            session.scalars(select(Institution).where(Institution.deleted.is_(False)))
        )
        codes = {i.id: i.code for i in institutions}
        directions = {
            d.number: (d.id, d.title)
            for d in session.scalars(select(Direction).where(Direction.deleted.is_(False)))
        }
        numbers_by_id = {id_: number for number, (id_, _t) in directions.items()}
        measures: dict[str, dict[str, Any]] = {}
        titles: dict[str, str] = {}
        by_id: dict[str, str] = {}
        for m in session.scalars(select(Measure).where(Measure.deleted.is_(False))):
            by_id[m.id] = m.number
            titles[m.number] = m.title
            measures[m.number] = {
                "number": m.number,
                "title": m.title,
                "title_en": m.title_en,
                "direction": numbers_by_id.get(m.direction_id or ""),
                "lead": codes.get(m.lead_institution_id, ""),
                "co_executors": list(m.co_executors or []),
                "start": m.start_date,
                "end": m.end_date,
                "continuous": m.continuous,
                "expected_result": m.expected_result,
                "financing_source": m.financing_source,
                "description": m.description,
            }
        indicators: dict[str, set[str]] = {}
        for measure_id, name in session.execute(
            select(Indicator.measure_id, Indicator.name).where(Indicator.deleted.is_(False))
        ):
            if measure_id in by_id:
                indicators.setdefault(by_id[measure_id], set()).add(name_key(name))
        cancelled_ids = cancellations(session)
        cancelled = {number for measure_id, number in by_id.items() if measure_id in cancelled_ids}
        strategy = session.scalar(select(Strategy.id).where(Strategy.deleted.is_(False)))
        return Known(
            institutions,
            {number: title for number, (_id, title) in directions.items()},
            measures,
            titles,
            indicators,
            cancelled,
            strategy is not None,
        )

    def _preview(
        self,
        session: Session,
        path: Path,
        grid: Grid,
        overrides: Mapping[int | str, Column | None],
    ) -> PlanPreview:
        header_row, columns = find_columns(grid.rows, overrides)
        found = {m.column: m.index for m in columns if m.column is not None}
        # Notes after executors' names go into the description under the column's own header.
        label = next((m.header for m in columns if m.column is Column.EXECUTORS), "") or "İcraçılar"
        reader = _Reader(found)
        for index in range(header_row + 1, len(grid.rows)):
            reader.read(index + 1, grid.rows[index])
        known = self._known(session)
        preview = PlanPreview(
            file=path.name,
            sheet=grid.sheet,
            header_row=header_row + 1,
            columns=columns,
            directions=reader.directions,
            measures=reader.measures,
            problems=reader.problems,
            mapping=saved_form(columns),
        )
        self._check_directions(preview, known)
        matcher = InstitutionMatcher(known.institutions)
        for line in preview.measures:
            self._resolve(preview, line, matcher, label)
            self._compare(line, known)
        numbers = {line.number for line in preview.measures}
        preview.missing = [
            Missing(number, known.titles[number], number in known.cancelled)
            for number in sorted(set(known.measures) - numbers, key=number_key)
        ]
        preview.problems.sort(key=lambda p: p.row or 0)
        return preview

    @staticmethod
    def _check_directions(preview: PlanPreview, known: Known) -> None:
        in_file = {d.number for d in preview.directions}
        for direction_line in preview.directions:
            if direction_line.number in known.directions:
                direction_line.action = "same"
        if not known.has_strategy and any(d.action == "create" for d in preview.directions):
            preview.problems.append(
                Problem(
                    preview.directions[0].row,
                    ValidationError("set the strategy before adding directions", "strategy"),
                )
            )
        for line in preview.measures:
            direction = line.values.get("direction")
            if direction is not None and direction not in in_file | set(known.directions):
                preview.problems.append(
                    Problem(
                        line.row,
                        ValidationError(
                            "measure {number}: no direction {direction}",
                            "direction",
                            number=line.number,
                            direction=direction,
                        ),
                    )
                )

    @staticmethod
    def _resolve(
        preview: PlanPreview, line: MeasureLine, matcher: InstitutionMatcher, label: str
    ) -> None:
        """Executors' names -> codes; the notes after names go into the description."""
        codes: list[str] = []
        notes: list[str] = []
        for name in [line.values["lead"], *line.values["co_executors"]]:
            institution, note = matcher.match(name)
            if institution is None:
                preview.problems.append(
                    Problem(
                        line.row,
                        ValidationError(
                            'measure {number}: no registered institution "{name}"',
                            "lead",
                            number=line.number,
                            name=name,
                        ),
                        matcher.suggest(name),
                    )
                )
                continue
            if institution.code not in codes:
                codes.append(institution.code)
            if note:
                notes.append(f"{institution.name} ({note})")
        if codes:
            line.values["lead"], line.values["co_executors"] = codes[0], codes[1:]
        if notes:
            text = f"{label}: " + "; ".join(notes)
            described = line.values.get("description", "")
            line.values["description"] = f"{described}\n{text}" if described else text

    @staticmethod
    def _compare(line: MeasureLine, known: Known) -> None:
        current = known.measures.get(line.number)
        names = known.indicators.get(line.number, set())
        for indicator in line.indicators:
            if name_key(indicator.name) in names:
                indicator.action = "same"
        if current is None:
            return
        line.changes = [name for name, value in line.values.items() if current.get(name) != value]
        line.action = "update" if line.changes else "same"

    # -- writing --------------------------------------------------------------------------

    def _write(
        self, session: Session, preview: PlanPreview, path: Path, cancel_missing: bool
    ) -> ImportResult:
        plan = self.desk.plan
        directions = 0
        for direction in preview.directions:
            if direction.action == "create":
                plan.create_direction_in(session, direction.number, direction.title)
                directions += 1
        measures = {
            m.number: m for m in session.scalars(select(Measure).where(Measure.deleted.is_(False)))
        }
        batch = plan.measure_batch(session)
        # Held here, the institutions stay in the session: each lead given by id is found
        # there without a query.
        institutions = {
            i.code: i
            for i in session.scalars(select(Institution).where(Institution.deleted.is_(False)))
        }
        indicators = 0
        for line in preview.measures:
            if line.action == "create":
                values = line.values | {"lead": institutions[line.values["lead"]].id}
                measure = plan.create_measure_in(session, values, batch)
            else:
                measure = measures[line.number]
                if line.action == "update":
                    self._revise(session, measure, {n: line.values[n] for n in line.changes}, path)
            for indicator in line.indicators:
                if indicator.action == "create":
                    plan.create_indicator_in(
                        session,
                        measure,
                        indicator.name,
                        indicator.unit,
                        indicator.baseline,
                        indicator.target,
                    )
                    indicators += 1
        cancelled = 0
        if cancel_missing:
            for missing in preview.missing:
                if not missing.cancelled:
                    self._cancel(session, measures[missing.number], path)
                    cancelled += 1
        return ImportResult(
            directions,
            preview.count("measure", "create"),
            preview.count("measure", "update"),
            indicators,
            cancelled,
        )

    # The two plan changes an import makes: plan revisions whose reason names the file.
    def _revise(
        self, session: Session, measure: Measure, values: dict[str, Any], path: Path
    ) -> None:
        self.desk.plan.revise_in(session, measure, values, _imported_from(path))

    def _cancel(self, session: Session, measure: Measure, path: Path) -> None:
        self.desk.plan.cancel_in(session, measure, _imported_from(path))


def _imported_from(path: Path) -> Revision:
    return Revision.of(f"imported from {path.name}", "", None)
