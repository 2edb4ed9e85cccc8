"""The C2SP/CCTV age v1 test vectors (tests/vectors/age) through our age reader.

Every vector whose identities (if any) are all X25519, not armored and without a passphrase
must give exactly its expected outcome, and the plaintext released before a failure must hash
to the vector's `payload`. Vectors for features we do not implement (scrypt, armor, post-quantum
hybrid) are filtered out of the parametrisation and counted in test_vector_selection.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.store.age import (
    CHUNK_SIZE,
    AgeError,
    AgeReader,
    HeaderError,
    HeaderMacError,
    NoIdentityMatch,
    PayloadError,
)

VECTOR_DIR = Path(__file__).parent / "vectors" / "age"
KNOWN_KEYS = {
    "expect",
    "payload",
    "file key",
    "identity",
    "passphrase",
    "armored",
    "compressed",
    "comment",
}
OUTCOMES: dict[str, type[AgeError] | None] = {
    "success": None,
    "no match": NoIdentityMatch,
    "HMAC failure": HeaderMacError,
    "header failure": HeaderError,
    "payload failure": PayloadError,
}


@dataclass(frozen=True)
class Vector:
    name: str
    fields: dict[str, list[str]]
    body: bytes

    def first(self, key: str) -> str | None:
        values = self.fields.get(key)
        return values[0] if values else None

    @property
    def applicable(self) -> bool:
        identities = self.fields.get("identity", [])
        return (
            set(self.fields) <= KNOWN_KEYS
            and all(i.startswith("AGE-SECRET-KEY-1") for i in identities)
            and "passphrase" not in self.fields
            and self.first("armored") != "yes"
        )


def load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n\n")
    fields: dict[str, list[str]] = {}
    for line in head.decode().splitlines():
        key, _, value = line.partition(": ")
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return Vector(path.name, fields, body)


ALL_VECTORS = [load(p) for p in sorted(VECTOR_DIR.iterdir()) if p.name != "README.md"]
X25519_VECTORS = [v for v in ALL_VECTORS if v.applicable]


def test_vector_selection() -> None:
    # Pinned so a broken filter cannot quietly run fewer vectors; docs/security.md quotes these.
    assert len(ALL_VECTORS) == 143
    assert len(X25519_VECTORS) == 67
    expected = Counter(v.first("expect") for v in X25519_VECTORS)
    assert expected == {
        "success": 14,
        "no match": 3,
        "HMAC failure": 1,
        "header failure": 31,
        "payload failure": 18,
    }
    left_out = [v for v in ALL_VECTORS if not v.applicable]
    assert len(left_out) == 76
    passphrase = {v.name for v in left_out if "passphrase" in v.fields}
    armored = {v.name for v in left_out if v.first("armored") == "yes"}
    post_quantum = {
        v.name
        for v in left_out
        if any(i.startswith("AGE-SECRET-KEY-PQ-1") for i in v.fields.get("identity", []))
    }
    assert (len(passphrase), len(armored), len(post_quantum)) == (26, 33, 19)
    assert passphrase | armored | post_quantum == {v.name for v in left_out}


def decrypt_released(vector: Vector, read_size: int) -> tuple[bytes, AgeError | None]:
    """Return the plaintext the reader released and the error that stopped it, if any."""
    released = bytearray()
    try:
        with AgeReader(io.BytesIO(vector.body), vector.fields.get("identity", [])) as reader:
            while block := reader.read(read_size):
                released += block
    except AgeError as exc:
        return bytes(released), exc
    return bytes(released), None


@pytest.mark.parametrize("read_size", [1000, CHUNK_SIZE])
@pytest.mark.parametrize("vector", X25519_VECTORS, ids=lambda v: v.name)
def test_x25519_vector(vector: Vector, read_size: int) -> None:
    released, error = decrypt_released(vector, read_size)
    expected = OUTCOMES[vector.first("expect") or ""]
    if expected is None:
        assert error is None, f"{vector.name}: unexpected {error!r}"
    else:
        assert type(error) is expected, f"{vector.name}: got {error!r}, want {expected.__name__}"
        assert error is not None and "\n" not in str(error)
    payload = vector.first("payload")
    if payload is not None:
        assert hashlib.sha256(released).hexdigest() == payload
    else:
        assert released == b""
