"""Key slots: the store's random data key, wrapped once per user and once for a recovery key.

A slot holds the data key encrypted with AES-256-GCM under a key that Argon2id derives from the
slot's secret (a user's passphrase, or the 160-bit recovery key) with the slot's own salt and
parameters. The associated data binds the file format, the slot id, kind, user and KDF
parameters, so a slot edited by hand fails authentication like a wrong passphrase would.

The slot file is JSON (``keyslots.json``), written atomically: a crash leaves the old file or
the new one, and both unlock the same database.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import os
import secrets
import unicodedata
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop_app.errors import StoreError, ValidationError
from desktop_app.store.atomic import atomic_write_bytes, os_reason

FORMAT = "infosec-desk-keyslots"
VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
RECOVERY_KEY_BYTES = 20  # 160 bits: 32 base32 characters, printed as 8 groups of 4

SlotKind = Literal["passphrase", "recovery"]
PASSPHRASE: SlotKind = "passphrase"
RECOVERY: SlotKind = "recovery"


@dataclasses.dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters (RFC 9106 names: m in KiB, t, p)."""

    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        # Bounds also stop a tampered slot file from asking for terabytes of memory.
        if not 1 <= self.lanes <= 16:
            raise ValueError(f"Argon2id lanes out of range: {self.lanes}")
        if not 1 <= self.iterations <= 64:
            raise ValueError(f"Argon2id iterations out of range: {self.iterations}")
        if not 8 * self.lanes <= self.memory_kib <= 4 * 1024 * 1024:
            raise ValueError(f"Argon2id memory out of range: {self.memory_kib} KiB")


# One unlock takes about 0.55 s on the 2-core reference machine (AMD EPYC): m=256 MiB, t=3, p=4
# (m=64 MiB, t=3 took 0.14 s there; m=256 MiB, t=4 took 0.75 s).
DEFAULT_KDF = KdfParams(memory_kib=256 * 1024, iterations=3, lanes=4)
# For tests and the demo only; a caller has to ask for it by name.
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected a base64 string")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclasses.dataclass(frozen=True)
class KeySlot:
    id: str
    kind: SlotKind
    user: str  # empty for the recovery slot
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def _header(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "user": self.user,
            "kdf": {
                "algorithm": "argon2id",
                "memory_kib": self.kdf.memory_kib,
                "iterations": self.kdf.iterations,
                "lanes": self.kdf.lanes,
                "salt": _b64(self.salt),
            },
        }

    def _aad(self) -> bytes:
        bound = {"format": FORMAT, "version": VERSION, **self._header()}
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def to_json(self) -> dict[str, Any]:
        return {
            **self._header(),
            "cipher": "aes-256-gcm",
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: Any) -> KeySlot:
        """Parse one slot; ``ValueError``/``KeyError``/``TypeError`` if it is malformed."""
        kdf = data["kdf"]
        if kdf["algorithm"] != "argon2id" or data["cipher"] != "aes-256-gcm":
            raise ValueError("unknown algorithm")
        kind = data["kind"]
        if kind not in (PASSPHRASE, RECOVERY):
            raise ValueError(f"unknown slot kind {kind!r}")
        params = [kdf["memory_kib"], kdf["iterations"], kdf["lanes"]]
        if not all(type(value) is int for value in params):
            raise ValueError("KDF parameters must be integers")
        slot = cls(
            id=str(uuid.UUID(data["id"])),
            kind=kind,
            user=data["user"],
            kdf=KdfParams(*params),
            salt=_unb64(kdf["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
        )
        if not isinstance(slot.user, str) or (kind == PASSPHRASE) != bool(slot.user):
            raise ValueError("a passphrase slot names its user, a recovery slot does not")
        if len(slot.salt) < SALT_BYTES or len(slot.nonce) != NONCE_BYTES:
            raise ValueError("salt or nonce of the wrong size")
        return slot

    def unwrap(self, secret: bytes) -> bytes | None:
        """The data key, or None if ``secret`` is wrong or the slot was altered."""
        try:
            key = AESGCM(_derive(secret, self.salt, self.kdf)).decrypt(
                self.nonce, self.wrapped, self._aad()
            )
        except InvalidTag:
            return None
        return key if len(key) == DATA_KEY_BYTES else None


def _derive(secret: bytes, salt: bytes, kdf: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(secret)


def wrap_key(
    data_key: bytes,
    secret: bytes,
    kind: SlotKind,
    user: str,
    kdf: KdfParams,
    slot_id: str | None = None,
) -> KeySlot:
    """A new slot (fresh salt and nonce) holding ``data_key`` under ``secret``."""
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    unsealed = KeySlot(
        id=slot_id or str(uuid.uuid4()),
        kind=kind,
        user=user,
        kdf=kdf,
        salt=os.urandom(SALT_BYTES),
        nonce=os.urandom(NONCE_BYTES),
        wrapped=b"",
    )
    wrapped = AESGCM(_derive(secret, unsealed.salt, kdf)).encrypt(
        unsealed.nonce, data_key, unsealed._aad()
    )
    return dataclasses.replace(unsealed, wrapped=wrapped)


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def passphrase_secret(passphrase: str) -> bytes:
    """Bytes fed to the KDF: NFC first, so ə typed precomposed or decomposed unlocks alike."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def new_recovery_key() -> tuple[str, bytes]:
    """A fresh recovery key: its printed form (``ABCD-EFGH-...``) and its raw bytes."""
    raw = secrets.token_bytes(RECOVERY_KEY_BYTES)
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4)), raw


def parse_recovery_key(text: str) -> bytes:
    """Raw bytes of a typed recovery key: any case, dashes and spaces optional.

    0 and 1 are read as O and I, which base32 lacks and people mistype.
    """
    cleaned = "".join(text.split()).replace("-", "").upper().replace("0", "O").replace("1", "I")
    try:
        raw = base64.b32decode(cleaned) if len(cleaned) == 32 else b""
    except binascii.Error:
        raw = b""
    if len(raw) != RECOVERY_KEY_BYTES:
        raise ValidationError(
            "a recovery key is 32 letters and digits, printed in 8 groups of 4 (ABCD-EFGH-...)",
            field="recovery_key",
        )
    return raw


def load_slots(path: Path) -> list[KeySlot]:
    """The slots in ``path``; ``StoreError`` naming the file if it is missing or damaged."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise StoreError(
            "{path} is missing: this is not an InfoSec Desk store", path=path
        ) from None
    except OSError as exc:
        raise StoreError(
            "could not read {path}: {reason}", path=path, reason=os_reason(exc)
        ) from exc
    try:
        document = json.loads(raw)
        if document["format"] != FORMAT:
            raise ValueError("not a key-slot file")
        version = document["version"]
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(
            "{path} is damaged: it is not a readable key-slot file", path=path
        ) from exc
    if version != VERSION:
        raise StoreError(
            "{path} has key-slot format version {version}, which this release cannot read",
            path=path,
            version=version,
        )
    try:
        slots = [KeySlot.from_json(item) for item in document["slots"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(
            "{path} is damaged: a key slot is malformed ({exc})", path=path, exc=exc
        ) from exc
    if not any(slot.kind == PASSPHRASE for slot in slots):
        raise StoreError("{path} is damaged: it holds no user key slot", path=path)
    return slots


def save_slots(path: Path, slots: Sequence[KeySlot]) -> None:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "slots": [slot.to_json() for slot in slots],
    }
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    atomic_write_bytes(path, text.encode("utf-8"))
