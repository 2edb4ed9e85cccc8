"""JSON from another node (manifests, records, cards, rotation statements), parsed with bounds.

The standard parser recurses once per nesting level, so 200,000 ``[`` end in RecursionError
rather than a refusal; it reads integers of up to 4,300 digits and ``NaN``/``Infinity``, none of
which any field here can hold. ``loads`` refuses all of these with a ``JsonRefused`` (a
ValueError, so callers that refuse "not JSON" refuse these too) before anything is built.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

# The deepest structure a bundle holds is a rotation statement inside the manifest (3 levels);
# JSON fields of records are user data, and no form builds more than a few levels either.
MAX_DEPTH = 32
# SQLite's INTEGER: any larger number could be neither stored nor compared there.
MIN_INT, MAX_INT = -(2**63), 2**63 - 1
_MAX_DIGITS = len(str(MAX_INT))

# A JSON string (escapes included), so that brackets inside text do not count as nesting.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


class JsonRefused(ValueError):
    """Input that is not JSON, or JSON beyond the bounds; the message says which."""


def _brackets(raw: bytes | str) -> int:
    # Counted in the bytes when there are any: several times faster than in a text of
    # Azerbaijani letters.
    if isinstance(raw, bytes):
        return raw.count(b"[") + raw.count(b"{")
    return raw.count("[") + raw.count("{")


def _too_deep(raw: bytes | str, text: str) -> bool:
    if _brackets(raw) <= MAX_DEPTH:  # the common case: nothing to scan
        return False
    depth = 0
    for bracket in _BRACKET.finditer(_STRING.sub("", text)):
        if bracket.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        else:
            depth -= 1
    return False


def _int(literal: str) -> int:
    # Checked on the digits before int() runs, so 5,000 digits cost nothing.
    if len(literal.lstrip("-")) > _MAX_DIGITS or not MIN_INT <= int(literal) <= MAX_INT:
        raise JsonRefused("a number beyond 64 bits")
    return int(literal)


def _float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise JsonRefused("a number beyond the range of a float")
    return value


def _constant(name: str) -> Any:
    raise JsonRefused(f"{name} is not a JSON number")


# The scanner itself: JSONDecoder.decode is two Python frames and two regular expressions around
# it, a fifth of the time of a bundle's short record lines.
_DECODER = json.JSONDecoder(parse_int=_int, parse_float=_float, parse_constant=_constant)
# An attribute every JSONDecoder sets in __init__ (the C scanner), which the stubs do not name.
_SCAN: Callable[[str, int], tuple[Any, int]] = vars(_DECODER)["scan_once"]
_BLANKS = re.compile(r"[ \t\n\r]+")


def _after_blanks(text: str, at: int) -> int:
    blanks = _BLANKS.match(text, at)
    return blanks.end() if blanks else at


def loads(raw: bytes | str) -> Any:
    """Parse UTF-8 JSON nested at most MAX_DEPTH deep, with 64-bit integers and finite floats."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError:
        raise JsonRefused("not JSON (not UTF-8)") from None
    if _too_deep(raw, text):
        raise JsonRefused(f"nested deeper than {MAX_DEPTH} levels")
    try:
        value, end = _SCAN(text, _after_blanks(text, 0))
    except JsonRefused:
        raise
    except (ValueError, StopIteration):
        raise JsonRefused("not JSON") from None
    if end != len(text) and _after_blanks(text, end) != len(text):
        raise JsonRefused("not JSON")
    return value
