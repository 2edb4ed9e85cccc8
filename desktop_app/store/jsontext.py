"""JSON text made by the standard library's C encoder, built once per set of options.

``json.JSONEncoder.encode`` builds a new C encoder (and a Python closure) on every call, a few
microseconds each; a merge encodes three JSON texts per record (its bundle line's hash, its
audit state, its stored clock stamps), 300,000 at 100,000 records. An encoder made here gives
the same text as ``json.JSONEncoder(...).encode`` with the same options (tests/test_jsontext.py)
and never looks for reference cycles: the values it is given are rows and decoded JSON.
"""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Callable
from typing import Any

Encode = Callable[[Any], str]


def encoder(
    *,
    ensure_ascii: bool = True,
    sort_keys: bool = False,
    separators: tuple[str, str] = (", ", ": "),
    default: Callable[[Any], Any] | None = None,
) -> Encode:
    """``json.JSONEncoder(..., check_circular=False).encode``, without its per-call set-up."""
    options = json.JSONEncoder(
        ensure_ascii=ensure_ascii,
        sort_keys=sort_keys,
        separators=separators,
        default=default,
        check_circular=False,
    )
    make = json.encoder.c_make_encoder  # type: ignore[attr-defined]
    if make is None:  # an interpreter without the C accelerator
        return options.encode
    strings = (
        json.encoder.encode_basestring_ascii if ensure_ascii else json.encoder.encode_basestring
    )
    c_encode = make(
        None,  # no cycle markers
        options.default,
        strings,
        None,  # no indent
        options.key_separator,
        options.item_separator,
        sort_keys,
        False,  # skipkeys
        True,  # allow_nan, as JSONEncoder's default
    )

    def encode(value: Any) -> str:
        return "".join(c_encode(value, 0))

    return encode


# The text SQLAlchemy's JSON columns store, as json.dumps gives it (the store's engine uses it).
dumps = encoder()
