"""Ed25519 signing with the node's key: the primitives the exchange signs cards, rotations and
bundles with, and the joint commission's signatures on an issued act or a verified closure.

The core holds them because the rule book verifies a commission signature wherever the record
arrives; the node's secret key stays in its store (``ExchangeKey``).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

# Domain separation: a commission signature can never pass for a card, a bundle or a rotation.
COMMISSION_CONTEXT = b"infosec-desk commission signature v1\x00"


def canonical(data: Any) -> bytes:
    """The one byte form of JSON that gets signed and hashed."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def public_hex(secret: bytes) -> str:
    return Ed25519PrivateKey.from_private_bytes(secret).public_key().public_bytes_raw().hex()


def sign(secret: bytes, context: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(secret).sign(context + message)


def verify(public_key_hex: str, signature: bytes, context: bytes, message: bytes) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(signature, context + message)
    except (InvalidSignature, ValueError):
        return False
    return True


def digest(document: Any) -> str:
    """SHA-256 (hex) of a document's canonical form: what a commission signature signs."""
    return hashlib.sha256(canonical(document)).hexdigest()


def group(compact: str) -> str:
    """``ABCDEFGH...`` -> ``ABCD EFGH ...``: what people read aloud."""
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
