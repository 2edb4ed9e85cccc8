"""The measures list as a spreadsheet: the plan's own columns, under headers the plan import
reads back (so an exported plan imports into another store as it is), then the monitoring."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop_app.core.plan import MeasureRow

MEASURE_SHEET = (
    "NUMBER",
    "DIRECTION",
    "TITLE",
    "TITLE (EN)",
    "LEAD",
    "CO-EXECUTORS",
    "START",
    "END",
    "CONTINUOUS",
    "EXPECTED RESULT",
    "FINANCING",
    "DESCRIPTION",
    "STATUS",
    "%",
    "REPORTED PERIOD",
    "OVERDUE",
)


def measure_sheet_row(r: MeasureRow) -> list[Any]:
    return [
        r.number,
        f"{r.direction}. {r.direction_title}" if r.direction is not None else "",
        r.title,
        r.title_en,
        r.lead_code,
        r.co_executors,
        r.start_date,
        r.end_date,
        r.continuous,
        r.expected_result,
        r.financing_source,
        r.description,
        r.status,
        r.percent,
        r.latest_period,
        r.overdue,
    ]


def measure_sheet(rows: Sequence[MeasureRow]) -> tuple[list[str], list[list[Any]]]:
    return list(MEASURE_SHEET), [measure_sheet_row(row) for row in rows]
