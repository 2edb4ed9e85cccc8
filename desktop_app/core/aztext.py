"""Azerbaijani-aware case folding and collation.

Generic Unicode folding maps ``I`` to ``i``; in Azerbaijani ``I`` pairs with dotless ``ı`` and
``İ`` with ``i``, so both folding and sorting need the language's own rules.
"""

from __future__ import annotations

import unicodedata

ALPHABET = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"
_RANK = {letter: index for index, letter in enumerate(ALPHABET)}
_LOWER_SPECIAL = str.maketrans({"i": "İ", "ı": "I"})
# Letters outside the alphabet (w, digits, other scripts) sort after it, in code-point order.
_OUTSIDE = len(ALPHABET)


def az_lower(text: str) -> str:
    # NFC first so that "i" + combining dot above (from generic lower("İ")) becomes one letter.
    # Two replaces rather than a translate table: several times faster, and the search index
    # folds the text of every merged record.
    return unicodedata.normalize("NFC", text).replace("I", "ı").replace("İ", "i").lower()


def az_upper(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_LOWER_SPECIAL).upper()


def az_fold(text: str) -> str:
    """Fold for case-insensitive matching: ``İ``/``i`` and ``I``/``ı`` pair, ``I``/``i`` do not."""
    return az_lower(text).replace("\u0307", "")


def _char_key(char: str) -> tuple[int, int]:
    rank = _RANK.get(char)
    if rank is not None:
        return (0, rank)
    if char.isdigit():
        return (-1, ord(char))
    return (1, ord(char)) if char.isalpha() else (-2, ord(char))


def az_sort_key(text: str) -> tuple[tuple[tuple[int, int], ...], str]:
    """Sort key following the Azerbaijani alphabet; ties broken by the original text."""
    return (tuple(_char_key(char) for char in az_fold(text)), text)


def az_collate(left: str, right: str) -> int:
    """SQLite collation callback (``COLLATE AZ``)."""
    a, b = az_sort_key(left), az_sort_key(right)
    return (a > b) - (a < b)
