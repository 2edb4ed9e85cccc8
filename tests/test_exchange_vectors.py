"""The committed bundle vectors (tests/vectors/bundle/), read two ways.

First by an independent reader written from docs/bundle-format.md alone: the `age` CLI, then
the frames, the signature, the part hashes, the cards and the fingerprints with `cryptography`
and hashlib. Then by the application itself, in a store that holds the vector's key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select

from desktop_app.core.models import ExchangeKey, Measure
from desktop_app.exchange import service
from tests.conftest import DeskFactory

VECTORS = Path(__file__).parent / "vectors" / "bundle"


def _canonical(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _card(name: str) -> dict[str, Any]:
    document = json.loads((VECTORS / name).read_text(encoding="utf-8"))
    key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(document["card"]["signing_key"]))
    key.verify(
        bytes.fromhex(document["signature"]),
        b"infosec-desk card v1\x00" + _canonical(document["card"]),
    )
    return dict(document["card"])


def _fingerprint(card: dict[str, Any]) -> str:
    fields = {k: card[k] for k in ("code", "role", "signing_key", "age_recipient")}
    compact = base64.b32encode(hashlib.sha256(_canonical(fields)).digest()[:20]).decode()
    return " ".join(compact[i : i + 4] for i in range(0, 32, 4))


def _decrypt(path: Path, tmp_path: Path) -> bytes:
    identity = tmp_path / "identity.txt"
    identity.touch(mode=0o600)
    identity.write_bytes((VECTORS / "recipient-identity.txt").read_bytes())
    age = shutil.which("age")
    assert age is not None
    return subprocess.run(
        [age, "-d", "-i", str(identity), str(path)], check=True, capture_output=True
    ).stdout


def test_an_independent_reader_following_the_document(tmp_path: Path) -> None:
    expected = json.loads((VECTORS / "expected.json").read_text(encoding="utf-8"))
    sender, recipient = _card("sender-card.json"), _card("recipient-card.json")
    assert _fingerprint(sender) == expected["sender_fingerprint"]
    assert _fingerprint(recipient) == expected["recipient_fingerprint"]

    payload = _decrypt(VECTORS / "bundle.age", tmp_path)
    assert payload[:16] == b"infosec-desk/b1\n"
    frames: list[tuple[bytes, bytes]] = []
    at = 16
    while at < len(payload):
        kind, size = payload[at : at + 1], int.from_bytes(payload[at + 1 : at + 9], "big")
        frames.append((kind, payload[at + 9 : at + 9 + size]))
        at += 9 + size
    assert at == len(payload)
    (m_kind, manifest_bytes), (s_kind, signature), *parts, (e_kind, end) = frames
    assert (m_kind, s_kind, e_kind, end) == (b"M", b"S", b"E", b"")
    Ed25519PublicKey.from_public_bytes(bytes.fromhex(sender["signing_key"])).verify(
        signature, b"infosec-desk bundle v1\x00" + manifest_bytes
    )
    manifest = json.loads(manifest_bytes)
    assert manifest == expected["manifest"]
    assert (manifest["format"], manifest["suite"]) == (1, "age-x25519/ed25519/sha256")
    assert manifest["sender"] == {
        "code": "SCIS",
        "role": "coordinator",
        "key": _fingerprint(sender).replace(" ", ""),
    }
    assert manifest["recipient"]["key"] == _fingerprint(recipient).replace(" ", "")
    records: list[Any] = []
    for (kind, body), part in zip(parts, manifest["parts"], strict=True):
        assert kind == {"records": b"R", "attachment": b"A"}[part["type"]]
        assert (len(body), hashlib.sha256(body).hexdigest()) == (part["size"], part["sha256"])
        if part["type"] == "records":
            records += [json.loads(line) for line in body.decode().split("\n")[:-1]]
    assert records == expected["records"]
    attachment = next(r["record"] for r in records if r["kind"] == "attachment")
    assert attachment["sha256"] in {p["sha256"] for p in manifest["parts"]}


def test_the_application_reads_the_vectors(make_desk: DeskFactory, tmp_path: Path) -> None:
    expected = json.loads((VECTORS / "expected.json").read_text(encoding="utf-8"))
    desk = make_desk("institution", "MIN1", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi")
    service.setup_identity(desk)
    # Give this store the vector's key, as if it were the node the bundle was written for.
    with desk.transaction() as session:
        key = session.scalars(select(ExchangeKey)).one()
        key.age_identity = (VECTORS / "recipient-identity.txt").read_text().strip()
        key.fingerprint = expected["manifest"]["recipient"]["key"]
    card = (VECTORS / "sender-card.json").read_bytes()
    service.enrol_partner(desk, card, expected["sender_fingerprint"])

    tampered = service.verify_bundle(desk, VECTORS / "tampered.age")
    assert not tampered.ok and "age file" in tampered.reason
    result = service.import_bundle(desk, VECTORS / "bundle.age")
    assert result.outcome == "merged", result.reason
    assert result.digest_match is True
    assert result.report is not None and result.report.attachments_stored == 1
    assert result.counts == expected["manifest"]["counts"]
    assert desk.plan.measure("1.1").title == "Normativ aktların hazırlanması"
    with desk.reading() as session:
        assert session.scalar(select(Measure.origin)) == "SCIS"


@pytest.mark.parametrize("name", ["bundle.age", "tampered.age"])
def test_the_vectors_are_age_files(name: str) -> None:
    assert (VECTORS / name).read_bytes().startswith(b"age-encryption.org/v1\n-> X25519 ")
