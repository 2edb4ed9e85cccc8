"""Folding for matching what people type in a spreadsheet against what the store holds.

Azerbaijani-aware case folding (``I``/``ı``, ``İ``/``i``) and then the letters people replace
when a keyboard lacks them: ə/e, ı/i, ş/s, ç/c, ğ/g, ö/o, ü/u (and Russian ё/е).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from desktop_app.core.aztext import az_fold

_PLAIN = str.maketrans("əışçğöüё", "eiscgouе")
_QUOTES = re.compile("[\"'«»“”„`’]")
_NOT_WORD = re.compile(r"[^\w]+")


def match_key(text: str) -> str:
    """Lower case, plain letters, quotes dropped, spaces collapsed; punctuation kept."""
    return " ".join(_QUOTES.sub("", az_fold(text).translate(_PLAIN)).split())


def name_key(text: str) -> str:
    """``match_key`` with every punctuation mark a space: for names and headers."""
    return " ".join(_NOT_WORD.sub(" ", match_key(text)).replace("_", " ").split())


def near(key: str, candidates: Iterable[str], limit: int = 3, cutoff: float = 0.72) -> list[str]:
    """The candidate keys closest to ``key``, best first."""
    return difflib.get_close_matches(key, list(candidates), n=limit, cutoff=cutoff)
