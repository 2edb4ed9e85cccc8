"""The store's JSON encoders give exactly the text of the standard library's JSONEncoder with
the same options: the text is hashed (record lines, audit states) and stored, so one character
of difference would change every hash."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from desktop_app.store import jsontext

OPTIONS: list[dict[str, Any]] = [
    {},
    {"ensure_ascii": False, "sort_keys": True},
    {"ensure_ascii": False, "sort_keys": True, "separators": (",", ":"), "default": bytes.hex},
]
TEXTS = ["", "Şəki", "İ ı I i", 'quote " and \\ back', "\n\t\x01", "\u202e", "😀", "x" * 300]


def _value(rng: random.Random, depth: int = 0) -> Any:
    """A random JSON-able value: what rows, records and clock stamps hold, bytes included."""
    kinds = ["str", "int", "float", "bool", "none", "bytes"]
    if depth < 3:
        kinds += ["list", "dict"]
    kind = rng.choice(kinds)
    if kind == "list":
        return [_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if kind == "dict":
        return {rng.choice(TEXTS) + str(n): _value(rng, depth + 1) for n in range(rng.randrange(5))}
    scalars: dict[str, list[Any]] = {
        "str": TEXTS,
        "int": [0, -1, 2**63 - 1, rng.randrange(-(10**6), 10**6)],
        "float": [0.0, -2.5, 5.0, 1e300, rng.random(), float("inf")],
        "bool": [True, False],
        "none": [None],
        "bytes": [bytes(rng.randrange(256) for _ in range(rng.randrange(5)))],
    }
    return rng.choice(scalars[kind])


@pytest.mark.parametrize("options", OPTIONS, ids=["dumps", "line", "state"])
def test_the_same_text_as_the_standard_encoder(options: dict[str, Any]) -> None:
    ours = jsontext.encoder(**options)
    theirs = json.JSONEncoder(**options)
    rng = random.Random(20261203)
    compared = 0
    for _ in range(3000):
        value = _value(rng)
        try:
            expected = theirs.encode(value)
        except TypeError:  # bytes without a ``default``: both refuse
            with pytest.raises(TypeError):
                ours(value)
            continue
        assert ours(value) == expected
        compared += 1
    assert compared > 1000


def test_dumps_is_json_dumps() -> None:
    value = {"b": [1, 2.5, None, "Şəki"], "a": {"z": True}}
    assert jsontext.dumps(value) == json.dumps(value)
