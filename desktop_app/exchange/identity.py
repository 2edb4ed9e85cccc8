"""Node identities: signed public cards, fingerprints people compare, and key rotation statements.

A node has an Ed25519 signing key and an X25519 age identity, kept only in its encrypted store.
Its card publishes both public keys signed by the signing key; the fingerprint is a hash of the
code, role and both public keys, printed in groups for comparison on paper or over the phone.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from desktop_app.core.models import NodeRole
from desktop_app.core.signing import canonical, sign, verify
from desktop_app.core.validation import require_code
from desktop_app.errors import ExchangeError, ValidationError
from desktop_app.exchange import boundedjson
from desktop_app.store.age import AgeError, parse_recipient

CARD_FORMAT = "infosec-desk-card/1"
ROTATION_FORMAT = "infosec-desk-rotation/1"
# Domain separation: a signature made for one purpose can never pass for another.
CARD_CONTEXT = b"infosec-desk card v1\x00"
ROTATION_CONTEXT = b"infosec-desk rotation v1\x00"
ROTATION_NEW_KEY_CONTEXT = b"infosec-desk rotation new key v1\x00"
FINGERPRINT_BYTES = 20  # 160 bits: 32 base32 characters in 8 groups of 4
MAX_CARD = 64 * 1024


def fingerprint(code: str, role: str, signing_key: str, age_recipient: str) -> str:
    """Compact fingerprint (32 base32 characters) of a node's public identity."""
    digest = hashlib.sha256(
        canonical(
            {
                "code": code,
                "role": role,
                "signing_key": signing_key,
                "age_recipient": age_recipient,
            }
        )
    ).digest()
    return base64.b32encode(digest[:FINGERPRINT_BYTES]).decode()


def normalise_fingerprint(text: str) -> str:
    return "".join(text.split()).upper()


@dataclass(frozen=True)
class Card:
    code: str
    role: str
    name: str
    name_en: str
    signing_key: str  # hex of the raw Ed25519 public key
    age_recipient: str
    created_at: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.code, self.role, self.signing_key, self.age_recipient)

    def body(self) -> dict[str, str]:
        return {
            "format": CARD_FORMAT,
            "code": self.code,
            "role": self.role,
            "name": self.name,
            "name_en": self.name_en,
            "signing_key": self.signing_key,
            "age_recipient": self.age_recipient,
            "created_at": self.created_at,
        }


def make_card(card: Card, secret: bytes) -> bytes:
    body = card.body()
    signature = sign(secret, CARD_CONTEXT, canonical(body))
    document = {"card": body, "signature": signature.hex()}
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode() + b"\n"


def _text(body: dict[str, Any], key: str, limit: int = 300) -> str:
    value = body.get(key)
    if not isinstance(value, str) or len(value) > limit:
        raise ExchangeError("not an InfoSec Desk card: bad {key}", key=key)
    return value


def _check_keys(signing_key: str, age_recipient: str, what: str) -> None:
    try:
        if len(bytes.fromhex(signing_key)) != 32:
            raise ValueError
        parse_recipient(age_recipient)
    except (ValueError, AgeError):
        raise ExchangeError("{what} holds an invalid public key", what=what) from None


def read_card(data: bytes) -> Card:
    """Parse and check a card: well formed and signed by the key it publishes."""
    if len(data) > MAX_CARD:
        raise ExchangeError("not an InfoSec Desk card: too large")
    try:
        document = boundedjson.loads(data)
    except boundedjson.JsonRefused as exc:
        raise ExchangeError("not an InfoSec Desk card: {reason}", reason=exc) from None
    try:
        body = document["card"]
        signature = bytes.fromhex(document["signature"])
    except (ValueError, KeyError, TypeError):
        raise ExchangeError("not an InfoSec Desk card") from None
    if not isinstance(body, dict) or body.get("format") != CARD_FORMAT:
        raise ExchangeError("not an InfoSec Desk card (or a newer card format)")
    card = Card(
        code=_text(body, "code", 32),
        role=_text(body, "role", 16),
        name=_text(body, "name"),
        name_en=_text(body, "name_en"),
        signing_key=_text(body, "signing_key", 64),
        age_recipient=_text(body, "age_recipient", 100),
        created_at=_text(body, "created_at", 40),
    )
    try:
        require_code(card.code, "code")
        NodeRole(card.role)
    except (ValidationError, ValueError):
        raise ExchangeError("not an InfoSec Desk card: bad code or role") from None
    _check_keys(card.signing_key, card.age_recipient, "the card")
    if not verify(card.signing_key, signature, CARD_CONTEXT, canonical(card.body())):
        raise ExchangeError("the card's signature does not verify: it was altered")
    return card


# --- Rotation statements ----------------------------------------------------------------------


@dataclass(frozen=True)
class Rotation:
    """``code`` replaced the key ``old_fingerprint`` by the new public keys, signed by both."""

    code: str
    old_fingerprint: str
    new_signing_key: str
    new_age_recipient: str
    new_fingerprint: str
    at: str


def make_rotation(rotation: Rotation, old_secret: bytes, new_secret: bytes) -> str:
    body = {
        "format": ROTATION_FORMAT,
        "code": rotation.code,
        "old_fingerprint": rotation.old_fingerprint,
        "new_signing_key": rotation.new_signing_key,
        "new_age_recipient": rotation.new_age_recipient,
        "new_fingerprint": rotation.new_fingerprint,
        "at": rotation.at,
    }
    message = canonical(body)
    return canonical(
        {
            "statement": body,
            "signature": sign(old_secret, ROTATION_CONTEXT, message).hex(),
            # The new key signs too, so nobody can rotate a node to a key it does not hold.
            "new_key_signature": sign(new_secret, ROTATION_NEW_KEY_CONTEXT, message).hex(),
        }
    ).decode()


def read_rotation(document: Any, role: str, old_signing_key: str) -> Rotation:
    """Check a rotation statement against the key it replaces; ExchangeError if it fails."""
    try:
        body = document["statement"]
        signature = bytes.fromhex(document["signature"])
        new_signature = bytes.fromhex(document["new_key_signature"])
        if body["format"] != ROTATION_FORMAT:
            raise ValueError
        rotation = Rotation(
            code=str(body["code"]),
            old_fingerprint=str(body["old_fingerprint"]),
            new_signing_key=str(body["new_signing_key"]),
            new_age_recipient=str(body["new_age_recipient"]),
            new_fingerprint=str(body["new_fingerprint"]),
            at=str(body["at"]),
        )
    except (KeyError, TypeError, ValueError):
        raise ExchangeError("malformed key rotation statement") from None
    _check_keys(rotation.new_signing_key, rotation.new_age_recipient, "a rotation statement")
    message = canonical(body)
    if not (
        verify(old_signing_key, signature, ROTATION_CONTEXT, message)
        and verify(rotation.new_signing_key, new_signature, ROTATION_NEW_KEY_CONTEXT, message)
    ):
        raise ExchangeError(
            "the key rotation statement of {code} does not verify", code=rotation.code
        )
    expected = fingerprint(
        rotation.code, role, rotation.new_signing_key, rotation.new_age_recipient
    )
    if expected != rotation.new_fingerprint:
        raise ExchangeError(
            "the key rotation statement of {code} is inconsistent", code=rotation.code
        )
    return rotation
