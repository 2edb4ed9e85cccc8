"""A measure's term as plans write it, in Azerbaijani, English or Russian, into dates.

"2023–2024-cü illər", "2025-ci il", "2025-ci ilin II rübü", "2024-cü ilin birinci yarısı",
"Mütəmadi" / "Davamlı" (continuous), "II квартал 2025 года", "2025-Q2", plain dates and ranges
of dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.core.sheets.folding import match_key
from desktop_app.errors import ValidationError

_CONTINUOUS = (
    "mutemadi",
    "davamli",
    "daimi",
    "muntezem",
    "fasilesiz",
    "continuous",
    "ongoing",
    "regularly",
    "permanent",
    "постоянно",
    "регулярно",
    "на постоянной основе",
    "в течение всего периода",
)
_ORDINALS = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4,
    "1": 1, "2": 2, "3": 3, "4": 4,
    "birinci": 1, "ikinci": 2, "ucuncu": 3, "dorduncu": 4,
    "first": 1, "second": 2, "third": 3, "fourth": 4,
    "первый": 1, "второй": 2, "третий": 3, "четвертый": 4,
    "первое": 1, "второе": 2, "первого": 1, "второго": 2, "третьего": 3, "четвертого": 4,
}  # fmt: skip
_QUARTER = re.compile(r"rub|квартал|quarter|\bq[1-4]\b")
_HALF = re.compile(r"yari|yarimil|полугод|half|\bh[12]\b")
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_YEARS = re.compile(r"(?<!\d)(20\d\d)\s*[-–—]\s*(20\d\d)(?!\d)")
_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(20\d\d)(?!\d)|(?<!\d)(20\d\d)-(\d\d)-(\d\d)(?!\d)"
)
_OWN = re.compile(r"^(20\d\d)-([qh])([1-4])$")
_TOKEN = re.compile(r"[a-zа-я0-9]+")


@dataclass(frozen=True)
class Term:
    start: dt.date | None = None
    end: dt.date | None = None
    continuous: bool = False


NO_TERM = Term()


def _year_span(first: int, last: int) -> Term:
    return Term(dt.date(first, 1, 1), dt.date(last, 12, 31))


def _part(year: int, months: int, index: int) -> Term:
    """Quarter (months=3) or half-year (months=6) ``index`` of ``year``."""
    first = (index - 1) * months + 1
    after = first + months
    end = dt.date(year + (after > 12), (after - 1) % 12 + 1, 1) - dt.timedelta(days=1)
    return Term(dt.date(year, first, 1), end)


def _dates(text: str) -> list[dt.date]:
    found = []
    for match in _DATE.finditer(text):
        try:
            if match.group(1):
                found.append(dt.date(int(match[3]), int(match[2]), int(match[1])))
            else:
                found.append(dt.date(int(match[4]), int(match[5]), int(match[6])))
        except ValueError:
            raise ValidationError("no such date: {text}", "period", text=match[0]) from None
    return found


def parse_term(value: object) -> Term:
    """The term a cell gives; ValidationError (field "period") if it cannot be read."""
    if isinstance(value, dt.datetime):
        return Term(end=value.date())
    if isinstance(value, dt.date):
        return Term(end=value)
    if isinstance(value, float) and value.is_integer() and 2000 <= value <= 2100:
        return _year_span(int(value), int(value))
    text = " ".join(str(value).split())
    if not text:
        return NO_TERM
    key = match_key(text)
    if any(word in key for word in _CONTINUOUS):
        years = _YEAR.findall(key)
        return Term(dt.date(int(years[0]), 1, 1) if years else None, None, True)
    dates = _dates(text)
    if len(dates) >= 2:  # noqa: PLR2004 (a range: from, to)
        return Term(dates[0], dates[-1])
    if dates:
        return Term(end=dates[0])
    own = _OWN.match(key.replace(" ", ""))
    if own:
        return _part(int(own[1]), 3 if own[2] == "q" else 6, int(own[3]))
    span = _YEARS.search(key)
    if span:
        return _year_span(int(span[1]), int(span[2]))
    year_match = _YEAR.search(key)
    if year_match is None:
        raise ValidationError("cannot read the term {text}", "period", text=text)
    return _within_year(key, text, year_match)


def _within_year(key: str, text: str, year_match: re.Match[str]) -> Term:
    """A year's quarter or half ("II rüb 2026", "2026 H1"), else the whole year."""
    year = int(year_match[1])
    rest = key[: year_match.start()] + " " + key[year_match.end() :]
    quarter, half = _QUARTER.search(rest), _HALF.search(rest)
    if quarter or half:
        tokens = _TOKEN.findall(rest)
        short = quarter or half
        if short and short[0][0] in "qh" and short[0][-1].isdigit():
            return _part(year, 3 if quarter else 6, int(short[0][1]))
        index = next((_ORDINALS[t] for t in tokens if t in _ORDINALS), None)
        limit = 4 if quarter else 2
        if index is None or index > limit:
            raise ValidationError("cannot read the term {text}", "period", text=text)
        return _part(year, 3 if quarter else 6, index)
    return _year_span(year, year)
