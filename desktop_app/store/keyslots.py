"""Key slots: the store's random data key, wrapped once per user and once for a recovery key.

A slot holds the data key encrypted with AES-256-GCM under a key that Argon2id derives from the
slot's secret (a user's passphrase, or the 160-bit recovery key) with the slot's own salt and
parameters. The associated data binds the file format, the slot id, kind, user and KDF
parameters, so a slot edited by hand fails authentication like a wrong passphrase would.

A slot also seals, under the same derived key and nowhere else, its user's Ed25519 signing key
(the recovery slot: the key of the admin who made it) and an age X25519 identity: the shared
data key opens neither, so one user cannot sign the audit log as another. The identity's public
half (the slot's recipient, bound like the header) lets an admin hand every slot a new data key
when the database is re-keyed, without anyone's passphrase: the slot's envelopes are the data
key encrypted to that recipient, newest first (two only while a re-key is under way).

The slot file is JSON (``keyslots.json``), written atomically: a crash leaves the old file or
the new one, and both unlock the same database.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import io
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

from desktop_app.errors import StoreError, ValidationError, WrongPassphrase
from desktop_app.store import age
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
# For the test suite only: a slot this cheap is refused unless the suite allowed it.
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)

# The weakest slot a store accepts: the defaults' memory and passes. Only the test suite lowers
# it, by calling allow_test_kdf() from its conftest; no environment variable or file does, so
# nobody can weaken an installed or frozen build from outside the program.
_floor = DEFAULT_KDF


def allow_test_kdf() -> None:
    """Accept FAST_KDF slots and give new stores made by the CLI FAST_KDF: tests only."""
    global _floor  # noqa: PLW0603 - one switch for the whole process, thrown by the test suite
    _floor = FAST_KDF


def kdf_floor() -> KdfParams:
    return _floor


def new_store_kdf() -> KdfParams | None:
    """Argon2id parameters for a store the CLI or the demo makes: None (the default) unless
    the test suite allowed cheap ones."""
    return FAST_KDF if _floor is FAST_KDF else None


def _below_floor(kdf: KdfParams) -> bool:
    return kdf.memory_kib < _floor.memory_kib or kdf.iterations < _floor.iterations


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected a base64 string")
    return base64.b64decode(text.encode("ascii"), validate=True)


SIGNING_SEED_BYTES = 32


@dataclasses.dataclass(frozen=True)
class Opened:
    """What a slot holds: the data keys it offers (newest first; ``data_key`` is the first),
    and, unless the slot predates them, its user's Ed25519 private key and age identity."""

    data_key: bytes
    signing_seed: bytes | None
    box_identity: str = dataclasses.field(default="", repr=False)
    candidates: tuple[bytes, ...] = dataclasses.field(default=(), repr=False)


@dataclasses.dataclass(frozen=True)
class KeySlot:
    id: str
    kind: SlotKind
    user: str  # for the recovery slot: the admin whose signing key it holds (or empty)
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    signing_nonce: bytes = b""
    signing_sealed: bytes = b""  # signing seed + age identity; empty in an older slot
    recipient: str = ""  # the sealed identity's public half
    envelopes: tuple[bytes, ...] = ()  # age files of the data key to ``recipient``

    def _header(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "user": self.user,
            **({"recipient": self.recipient} if self.recipient else {}),
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

    def _signing_aad(self) -> bytes:
        return self._aad() + b"|signing-key"

    def to_json(self) -> dict[str, Any]:
        document = {
            **self._header(),
            "cipher": "aes-256-gcm",
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }
        if self.signing_sealed:
            document["signing"] = {
                "nonce": _b64(self.signing_nonce),
                "sealed": _b64(self.signing_sealed),
            }
        if self.envelopes:
            document["envelopes"] = [_b64(envelope) for envelope in self.envelopes]
        return document

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
            signing_nonce=_unb64(data["signing"]["nonce"]) if "signing" in data else b"",
            signing_sealed=_unb64(data["signing"]["sealed"]) if "signing" in data else b"",
            recipient=str(data.get("recipient", "")),
            envelopes=tuple(_unb64(item) for item in data.get("envelopes", [])),
        )
        if not isinstance(slot.user, str) or (kind == PASSPHRASE and not slot.user):
            raise ValueError("a passphrase slot names its user")
        if len(slot.salt) < SALT_BYTES or len(slot.nonce) != NONCE_BYTES:
            raise ValueError("salt or nonce of the wrong size")
        if slot.signing_sealed and len(slot.signing_nonce) != NONCE_BYTES:
            raise ValueError("signing key nonce of the wrong size")
        return slot

    def open(self, secret: bytes) -> Opened | None:
        """The data key and signing key, or None if ``secret`` is wrong or the slot was
        altered (a slot whose signing key was swapped fails like a wrong passphrase)."""
        aead = AESGCM(_derive(secret, self.salt, self.kdf))
        try:
            key = aead.decrypt(self.nonce, self.wrapped, self._aad())
            personal = (
                aead.decrypt(self.signing_nonce, self.signing_sealed, self._signing_aad())
                if self.signing_sealed
                else b""
            )
        except InvalidTag:
            return None
        seed, identity = personal[:SIGNING_SEED_BYTES], personal[SIGNING_SEED_BYTES:].decode()
        if len(key) != DATA_KEY_BYTES or (personal and len(seed) != SIGNING_SEED_BYTES):
            return None
        # The envelopes carry the data key after a re-key, which the wrapped copy does not.
        keys = [_open_envelope(envelope, identity) for envelope in self.envelopes]
        candidates = tuple(k for k in keys if k is not None) + (key,)
        return Opened(candidates[0], seed or None, identity, candidates)

    def with_envelopes(self, data_keys: Sequence[bytes]) -> KeySlot:
        """This slot offering ``data_keys`` (newest first) through its recipient."""
        if not self.recipient:
            raise ValueError("the slot has no recipient")
        return dataclasses.replace(
            self, envelopes=tuple(_seal_envelope(key, self.recipient) for key in data_keys)
        )


def _seal_envelope(data_key: bytes, recipient: str) -> bytes:
    out = io.BytesIO()
    age.encrypt_stream(io.BytesIO(data_key), out, [recipient])
    return out.getvalue()


def _open_envelope(envelope: bytes, identity: str) -> bytes | None:
    if not identity:
        return None
    out = io.BytesIO()
    try:
        age.decrypt_stream(io.BytesIO(envelope), out, [identity])
    except age.AgeError:
        return None
    key = out.getvalue()
    return key if len(key) == DATA_KEY_BYTES else None

    def unwrap(self, secret: bytes) -> bytes | None:
        """The data key, or None if ``secret`` is wrong or the slot was altered."""
        opened = self.open(secret)
        return opened.data_key if opened else None


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
    signing_seed: bytes | None = None,
    box_identity: str = "",
) -> KeySlot:
    """A new slot (fresh salt and nonces) holding ``data_key``, ``signing_seed`` and an age
    identity (``box_identity``, else a new one) under ``secret``; with a signing seed, the
    data key also goes into an envelope to the identity's recipient."""
    if signing_seed is not None and not box_identity:
        box_identity = age.generate_identity()[0]
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
        signing_nonce=os.urandom(NONCE_BYTES) if signing_seed else b"",
        recipient=age.recipient_from_identity(box_identity) if signing_seed else "",
    )
    aead = AESGCM(_derive(secret, unsealed.salt, kdf))
    wrapped = aead.encrypt(unsealed.nonce, data_key, unsealed._aad())
    sealed = b""
    if signing_seed is not None:
        if len(signing_seed) != SIGNING_SEED_BYTES:
            raise ValueError("a signing key is 32 bytes")
        personal = signing_seed + box_identity.encode()
        sealed = aead.encrypt(unsealed.signing_nonce, personal, unsealed._signing_aad())
    slot = dataclasses.replace(unsealed, wrapped=wrapped, signing_sealed=sealed)
    return slot.with_envelopes([data_key]) if slot.recipient else slot


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
    return parse_slots(raw, path)


def parse_slots(raw: bytes, path: Path | str) -> list[KeySlot]:
    """The slots in a key-slot file's bytes; ``StoreError`` naming ``path`` if damaged."""
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
    for slot in slots:
        # A weaker slot is what someone who rewrote the file would leave: a passphrase that
        # falls to guessing, kept by every later change of that passphrase.
        if _below_floor(slot.kdf):
            weaker = {
                "path": path,
                "memory": slot.kdf.memory_kib,
                "passes": slot.kdf.iterations,
                "floor_memory": _floor.memory_kib,
                "floor_passes": _floor.iterations,
            }
            if slot.kind == PASSPHRASE:
                raise StoreError(
                    "{path}: the key slot of user {user} is refused: its key derivation (memory"
                    " {memory} KiB, passes {passes}) is weaker than this store's minimum (memory"
                    " {floor_memory} KiB, passes {floor_passes})",
                    user=slot.user,
                    **weaker,
                )
            raise StoreError(
                "{path}: the key slot of the recovery key is refused: its key derivation"
                " (memory {memory} KiB, passes {passes}) is weaker than this store's minimum"
                " (memory {floor_memory} KiB, passes {floor_passes})",
                **weaker,
            )
    return slots


def open_slots(slots: Sequence[KeySlot], user: str | None, secret: str) -> Opened:
    """Open ``user``'s slot with a passphrase, or (``user`` None) the recovery slot with the
    recovery key; ``WrongPassphrase`` if it does not open."""
    if user is None:
        slot = next((s for s in slots if s.kind == RECOVERY), None)
        raw = parse_recovery_key(secret)
    else:
        slot = next((s for s in slots if s.kind == PASSPHRASE and s.user == user), None)
        raw = passphrase_secret(secret)
    if slot is None:
        if user:
            raise StoreError("user {user} has no key slot", user=user)
        raise StoreError("there is no recovery key")
    opened = slot.open(raw)
    if opened is None:
        if user:
            raise WrongPassphrase("wrong passphrase for user {user}", user=user)
        raise WrongPassphrase("wrong recovery key")
    return opened


def save_slots(path: Path, slots: Sequence[KeySlot]) -> None:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "slots": [slot.to_json() for slot in slots],
    }
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    atomic_write_bytes(path, text.encode("utf-8"))
