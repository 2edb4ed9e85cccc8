"""Field validation shared by the services; each failure names its field for forms."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable

from desktop_app.errors import Term, ValidationError

_CODE = re.compile(r"^\w[\w.-]{0,31}$")
_MEASURE_NUMBER = re.compile(r"^\d{1,3}(\.\d{1,3}){0,4}$")
_PERIOD = re.compile(r"^(?P<year>20\d\d)(-(?P<part>Q[1-4]|H[12]))?$")
MAX_TEXT = 20_000
# Characters no stored text may hold: C0 controls but newline and tab, DEL, C1 controls, and the
# bidirectional overrides, embeddings, isolates and marks that make "akt\u202efdp.exe" show
# as "aktexe.pdf".
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_FORBIDDEN_IN_LINE = re.compile(f"[\t\n{_FORBIDDEN.pattern[1:]}")


def forbidden_characters(*, line: bool = False) -> re.Pattern[str]:
    """What ``check_characters`` refuses, for checks that run once per merged field."""
    return _FORBIDDEN_IN_LINE if line else _FORBIDDEN


def forbidden_in(field: str) -> ValidationError:
    return ValidationError(
        "{name} contains control or direction-override characters", field, name=Term(field)
    )


def check_characters(text: str, field: str, *, line: bool = False) -> str:
    """Refuse control and bidirectional-override characters (``line``: newline and tab too)."""
    if forbidden_characters(line=line).search(text):
        raise forbidden_in(field)
    return text


def require_text(
    value: str | None, field: str, *, limit: int = MAX_TEXT, line: bool = False
) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError("{name} must not be empty", field, name=Term(field))
    return optional_text(text, field, limit=limit, line=line)


def optional_text(
    value: str | None, field: str, *, limit: int = MAX_TEXT, line: bool = False
) -> str:
    text = (value or "").strip()
    if len(text) > limit:
        raise ValidationError(
            "{name} is longer than {limit} characters", field, name=Term(field), limit=limit
        )
    return check_characters(text, field, line=line)


def require_code(value: str | None, field: str) -> str:
    code = (value or "").strip()
    if not _CODE.match(code):
        raise ValidationError(
            "{name} must be 1-32 letters, digits, '.', '_' or '-'", field, name=Term(field)
        )
    return code


def require_choice(value: str | None, field: str, choices: Iterable[str]) -> str:
    options = list(choices)
    if value not in options:
        raise ValidationError(
            "{name} must be one of: {items}", field, name=Term(field), items=", ".join(options)
        )
    return value


def measure_number(value: str | None) -> str:
    number = (value or "").strip()
    if not _MEASURE_NUMBER.match(number):
        raise ValidationError("a measure number looks like 2.3.1", "number")
    return number


def number_key(number: str) -> tuple[int, ...]:
    """Natural order for measure numbers: 2.10 after 2.9."""
    return tuple(int(part) for part in number.split(".") if part.isdigit())


def parse_date(value: str | dt.date | None, field: str) -> dt.date | None:
    """Accept ISO (2026-09-30) and the Azerbaijani form (30.09.2026)."""
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    if not text:
        return None
    for layout in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, layout).date()
        except ValueError:
            continue
    raise ValidationError(
        "{name} must be a date like 30.09.2026 or 2026-09-30", field, name=Term(field)
    )


def require_percent(value: int | str | None) -> int:
    try:
        percent = int(str(value))
    except ValueError:
        raise ValidationError("percent must be a whole number from 0 to 100", "percent") from None
    if not 0 <= percent <= 100:
        raise ValidationError("percent must be a whole number from 0 to 100", "percent")
    return percent


def optional_number(value: float | str | None, field: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return float(value)
    except ValueError:
        raise ValidationError("{name} must be a number", field, name=Term(field)) from None


def period(value: str | None) -> str:
    text = (value or "").strip().upper()
    if not _PERIOD.match(text):
        raise ValidationError("period must be like 2026, 2026-H1 or 2026-Q3", "period")
    return text


def period_end(value: str) -> dt.date:
    """Last day of a reporting period."""
    match = _PERIOD.match(value)
    if not match:
        raise ValidationError("period must be like 2026, 2026-H1 or 2026-Q3", "period")
    year, part = int(match["year"]), match["part"]
    month = {None: 12, "H1": 6, "H2": 12, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12}[part]
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def period_start(value: str) -> dt.date:
    """First day of a reporting period."""
    match = _PERIOD.match(period(value))
    assert match is not None  # period() has checked it
    month = {None: 1, "H1": 1, "H2": 7, "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10}[match["part"]]
    return dt.date(int(match["year"]), month, 1)


@functools.lru_cache(maxsize=1024)  # a store has a few periods; figures sort 100,000 reports
def period_key(value: str) -> tuple[dt.date, int]:
    """Order periods by their end; a longer period ending the same day sorts later."""
    match = _PERIOD.match(value)
    length = {None: 3, "H1": 2, "H2": 2}.get(match["part"] if match else None, 1)
    return period_end(value), length


def current_period(today: dt.date) -> str:
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"
