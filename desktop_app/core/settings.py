"""The node settings a user may change, with their meaning and their check.

One table shared by the CLI, the GUI and ``Desk.set_setting``, so each front end offers the same
keys and refuses the same values.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.core.threat import RISK_SETTINGS
from desktop_app.core.validation import optional_text
from desktop_app.errors import Term, ValidationError

MARKING = "marking"
MARKING_EN = "marking_en"
MARKING_RU = "marking_ru"
# The setting of each language's own words for the marking (Azerbaijani is the marking itself).
MARKINGS = {"az": MARKING, "en": MARKING_EN, "ru": MARKING_RU}
# The usual marking in each language.
DEFAULT_MARKING = {
    "az": "Xidməti istifadə üçün",
    "en": "For official use",
    "ru": "Для служебного пользования",
}
ISSUING_BODY = "issuing_body"
ISSUING_BODY_EN = "issuing_body_en"
# The compliance report's signature block: "Name Surname, position" of each signatory.
PREPARED_BY = "report_prepared_by"
APPROVED_BY = "report_approved_by"
LANGUAGE = "language"
# Who signs the strategy implementation report: (name, position, position in English) of the
# one who prepared it and of the one who approves it.
STRATEGY_PREPARED_BY = ("prepared_by_name", "prepared_by_position", "prepared_by_position_en")
STRATEGY_APPROVED_BY = ("approved_by_name", "approved_by_position", "approved_by_position_en")
SIGNATORIES = {"prepared": STRATEGY_PREPARED_BY, "approved": STRATEGY_APPROVED_BY}
IDLE_LOCK_MINUTES = "idle_lock_minutes"
MAX_CLOCK_SKEW_HOURS = "max_clock_skew_hours"
DEFAULT_CLOCK_SKEW_HOURS = 24
LANGUAGES = ("az", "en", "ru")


def _text(limit: int) -> Callable[[str, str], str]:
    return lambda value, key: optional_text(value, key, limit=limit)


def _language(value: str, key: str) -> str:
    if value not in LANGUAGES:
        raise ValidationError(
            "{key} must be one of: {items}", key, key=Term(key), items=", ".join(LANGUAGES)
        )
    return value


def _minutes(value: str, key: str) -> str:
    if not value.isdigit() or not 0 <= int(value) <= 1440:
        raise ValidationError(
            "{key} must be whole minutes from 0 (never) to 1440", key, key=Term(key)
        )
    return str(int(value))


def _hours(value: str, key: str) -> str:
    if not value.isdigit() or not 1 <= int(value) <= 24 * 365:
        raise ValidationError("{key} must be whole hours from 1 to 8760", key, key=Term(key))
    return str(int(value))


# key -> (meaning, check that returns the value to store)
SETTINGS: dict[str, tuple[str, Callable[[str, str], str]]] = {
    MARKING: ("classification marking on documents, e.g. Xidməti istifadə üçün", _text(100)),
    MARKING_EN: ("the marking on English documents (default: the marking)", _text(100)),
    MARKING_RU: ("the marking on Russian documents (default: the marking)", _text(100)),
    ISSUING_BODY: ("the issuer named on reports (default: the node's name)", _text(300)),
    ISSUING_BODY_EN: ("the issuer named on English reports", _text(300)),
    PREPARED_BY: ("who prepares the compliance report (name, position)", _text(200)),
    APPROVED_BY: ("who approves the compliance report (name, position)", _text(200)),
    STRATEGY_PREPARED_BY[0]: ("name signing the strategy report as 'Prepared by'", _text(200)),
    STRATEGY_PREPARED_BY[1]: ("position of who prepared the strategy report", _text(300)),
    STRATEGY_PREPARED_BY[2]: ("that position in English (default: as above)", _text(300)),
    STRATEGY_APPROVED_BY[0]: ("name signing the strategy report as 'Approved by'", _text(200)),
    STRATEGY_APPROVED_BY[1]: ("position of who approves the strategy report", _text(300)),
    STRATEGY_APPROVED_BY[2]: ("that position in English (default: as above)", _text(300)),
    LANGUAGE: ("language of the interface and reports: az, en or ru", _language),
    IDLE_LOCK_MINUTES: ("lock the desktop app after this many idle minutes (0: never)", _minutes),
    MAX_CLOCK_SKEW_HOURS: (
        "refuse bundles stamped more than this many hours ahead of this computer's clock "
        f"(default {DEFAULT_CLOCK_SKEW_HOURS})",
        _hours,
    ),
    **RISK_SETTINGS,
}


def document_marking(setting: Callable[[str], str], language: str) -> str:
    """The classification marking on a document or list in ``language``, ``setting`` reading
    the node's settings: the language's own words if set, else the marking; the usual words
    of the language where the marking is the usual one (or none is set). Another marking is
    never replaced by the usual words: they may name a lower classification."""
    own = setting(MARKINGS.get(language, MARKING))
    if own:
        return own
    marking = setting(MARKING)
    if not marking or marking == DEFAULT_MARKING["az"]:
        return DEFAULT_MARKING.get(language, DEFAULT_MARKING["az"])
    return marking


def checked_setting(key: str, value: str) -> str:
    """The value to store for a user-facing setting; other (internal) keys pass unchanged."""
    entry = SETTINGS.get(key)
    return entry[1](value.strip(), key) if entry else value
