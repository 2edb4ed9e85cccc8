"""Bech32 (BIP-173) as age uses it: the BIP's test vectors, without its 90-character limit."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop_app.store.age import (
    AgeError,
    bech32_decode,
    bech32_encode,
    generate_identity,
    parse_identity,
    parse_recipient,
    recipient_from_identity,
)

IDENTITY, _ = generate_identity()
BIP173_VALID = [
    "A12UEL5L",
    "a12uel5l",
    "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
    "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
    "11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j",
    "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
    "?1ezyfcl",
]
BIP173_INVALID = [
    "\x201nwldj5",  # HRP character out of range
    "\x7f1axkwrx",
    "\x801eym55h",
    "pzry9x0s0muk",  # no separator
    "1pzry9x0s0muk",  # empty HRP
    "x1b4n0q5v",  # invalid data character
    "li1dgmt3",  # too short checksum
    "de1lg7wt\xff",  # invalid character in checksum
    "A1G7SGD8",  # checksum computed with the upper-case HRP
    "10a06t8",  # empty HRP
    "1qzzfhee",  # empty HRP
]


@pytest.mark.parametrize("s", BIP173_VALID)
def test_bip173_valid(s: str) -> None:
    hrp, data = bech32_decode(s)
    assert hrp == s[: s.rfind("1")]
    assert bech32_encode(hrp.lower(), data) == s.lower()


@pytest.mark.parametrize("s", BIP173_INVALID)
def test_bip173_invalid(s: str) -> None:
    with pytest.raises(AgeError):
        bech32_decode(s)


def test_no_length_limit() -> None:
    # BIP-173 refuses this one only for its length (over 90), a limit age does not have.
    s = (
        "an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio"
        "1569pvx"
    )
    assert bech32_decode(s)[1] == []
    long = bech32_encode("age1pq", list(range(32)) * 8)
    assert bech32_decode(long) == ("age1pq", list(range(32)) * 8)


def test_mixed_case_is_refused() -> None:
    identity, _ = generate_identity()
    # The last letter of the data part (its last characters may all be digits).
    last = max(i for i, char in enumerate(identity) if char.isalpha())
    mixed = identity[:last] + identity[last].lower() + identity[last + 1 :]
    assert mixed != identity
    with pytest.raises(AgeError):
        parse_identity(mixed)


@given(
    hrp=st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=100).map(
        str.lower
    ),
    data=st.lists(st.integers(0, 31), max_size=200),
)
def test_encode_decode_roundtrip(hrp: str, data: list[int]) -> None:
    assert bech32_decode(bech32_encode(hrp, data)) == (hrp, data)
    assert bech32_decode(bech32_encode(hrp, data).upper()) == (hrp.upper(), data)


@given(index=st.integers(4, 61), char=st.sampled_from("qpzry9x8gf2tvdw0s3jn54khce6mua7l"))
def test_a_mistyped_recipient_is_refused(index: int, char: str) -> None:
    recipient = recipient_from_identity(IDENTITY)
    mistyped = recipient[:index] + char + recipient[index + 1 :]
    assume(mistyped != recipient)
    with pytest.raises(AgeError, match="checksum"):
        parse_recipient(mistyped)
