"""Weighing the threat a finding poses: likelihood and impact (1-5) give a risk score, which
the facility's CII class (I the most critical, III the least) turns into a default remediation
deadline and whether an urgent measure is raised.

The table is the node's settings (``risk_days_<class>``, ``risk_urgent_<class>``), so each
commission keeps its own; a finding stores the deadline it was given, so a later change of the
table moves no deadline already set.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.core.models import Criticality
from desktop_app.errors import Term, ValidationError

LEVELS = range(1, 6)  # likelihood and impact
# A score (likelihood x impact, 1-25) falls in the band of the highest floor it reaches:
# low, medium, high, critical.
BAND_FLOORS = (1, 5, 10, 20)
BAND_NAMES = ("low", "medium", "high", "critical")
CLASSES = tuple(Criticality.values())
# The class of a finding whose inspection names no facility: the model's default class.
DEFAULT_CLASS = Criticality.CLASS_II.value
MAX_DAYS = 3650

# Days to remediate per band, and the lowest urgent score, for each class.
DEFAULT_DAYS: dict[str, tuple[int, ...]] = {
    "I": (90, 60, 30, 7),
    "II": (120, 90, 45, 14),
    "III": (180, 120, 60, 30),
}
DEFAULT_URGENT: dict[str, int] = {"I": 15, "II": 16, "III": 20}


def days_key(cii_class: str) -> str:
    return f"risk_days_{cii_class}"


def urgent_key(cii_class: str) -> str:
    return f"risk_urgent_{cii_class}"


def _days(value: str, key: str) -> str:
    parts = [part.strip() for part in value.split(",")]
    if value and not (
        len(parts) == len(BAND_FLOORS)
        and all(part.isdigit() and 1 <= int(part) <= MAX_DAYS for part in parts)
        and all(int(a) >= int(b) for a, b in zip(parts, parts[1:], strict=False))
    ):
        raise ValidationError(
            "{key} must be four whole numbers of days from 1 to 3650, for the low, medium,"
            " high and critical scores, none greater than the one before (empty: the default)",
            key,
            key=Term(key),
        )
    return ",".join(str(int(part)) for part in parts) if value else ""


def _urgent(value: str, key: str) -> str:
    if value and not (value.isdigit() and 0 <= int(value) <= 25):
        raise ValidationError(
            "{key} must be a score from 1 to 25, or 0 for never (empty: the default)",
            key,
            key=Term(key),
        )
    return str(int(value)) if value else ""


def score_range(band: str) -> tuple[int, int]:
    """The lowest and highest score of a band."""
    index = BAND_NAMES.index(band)
    ends = (*(floor - 1 for floor in BAND_FLOORS[1:]), 25)
    return BAND_FLOORS[index], ends[index]


def _bands() -> str:
    return ", ".join("{} {}-{}".format(name, *score_range(name)) for name in BAND_NAMES)


# key -> (meaning, check): joined into the node's settings table.
RISK_SETTINGS: dict[str, tuple[str, Callable[[str, str], str]]] = {}
for _class in CLASSES:
    RISK_SETTINGS[days_key(_class)] = (
        f"days to remediate a finding at a CII class {_class} facility, by risk score"
        f" ({_bands()}); default " + ",".join(map(str, DEFAULT_DAYS[_class])),
        _days,
    )
    RISK_SETTINGS[urgent_key(_class)] = (
        f"a finding at a CII class {_class} facility scoring this or more is urgent"
        f" (0: never); default {DEFAULT_URGENT[_class]}",
        _urgent,
    )


@dataclass(frozen=True)
class Weighing:
    score: int
    cii_class: str
    days: int
    urgent: bool

    def deadline(self, start: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.days)


def risk_score(likelihood: int | None, impact: int | None) -> int | None:
    return likelihood * impact if likelihood and impact else None


def check_level(value: int | None, field: str) -> int | None:
    if value is not None and value not in LEVELS:
        raise ValidationError("{name} must be from 1 to 5", field, name=Term(field))
    return value


def weigh(likelihood: int, impact: int, cii_class: str, setting: Callable[[str], str]) -> Weighing:
    """The default deadline (days) and urgency of a score at a facility of ``cii_class``;
    ``setting`` reads the node's table (an empty value: the default)."""
    score = likelihood * impact
    days_setting = setting(days_key(cii_class))
    days = (
        tuple(int(part) for part in days_setting.split(","))
        if days_setting
        else DEFAULT_DAYS[cii_class]
    )
    urgent_setting = setting(urgent_key(cii_class))
    urgent_from = int(urgent_setting) if urgent_setting else DEFAULT_URGENT[cii_class]
    band = max(i for i, floor in enumerate(BAND_FLOORS) if score >= floor)
    return Weighing(score, cii_class, days[band], bool(urgent_from) and score >= urgent_from)


def most_critical(classes: list[str]) -> str:
    """The most critical of the classes (I before II before III), or the default class."""
    known = [c for c in classes if c in CLASSES]
    return min(known, key=CLASSES.index) if known else DEFAULT_CLASS
