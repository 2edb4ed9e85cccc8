"""Regenerate the bundle test vectors: python tests/vectors/bundle/generate.py

A coordinator writes a bundle (plan records, a requirement, one attachment) for MIN1. The
files are: the bundle, a copy with one byte of its last chunk flipped, the recipient's age
identity (a test key, nothing else uses it), both cards, and expected.json with the manifest,
the record lines and the attachment hashes that a reader must find.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import select

from desktop_app.core.desk import create_desk
from desktop_app.core.models import ExchangeKey
from desktop_app.exchange import service
from desktop_app.exchange.format import MAGIC, FrameReader
from desktop_app.store.age import AgeReader
from desktop_app.store.keyslots import FAST_KDF
from tests.exchange_world import plan_institution

HERE = Path(__file__).resolve().parent


class _Clock:
    def __init__(self) -> None:
        self.ms = 1_789_462_800_000

    def now_ms(self) -> int:
        self.ms += 1
        return self.ms


def main() -> None:
    clock = _Clock()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        nodes = {}
        for code, role, name in (
            ("SCIS", "coordinator", "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti"),
            ("MIN1", "institution", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi"),
        ):
            desk = create_desk(
                root / code,
                role=role,
                code=code,
                name=name,
                passphrase="vectors only",
                kdf=FAST_KDF,
                clock=clock,
            )
            service.setup_identity(desk)
            nodes[code] = desk
        c, m = nodes["SCIS"], nodes["MIN1"]
        service.enrol_partner(c, service.identity_card(m), None)
        c.plan.set_strategy("İnformasiya təhlükəsizliyi strategiyası", 2023, 2027)
        c.plan.add_direction(1, "Hüquqi bazanın təkmilləşdirilməsi")
        plan_institution(c, "MIN1", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi")
        c.plan.add_measure(
            "1.1", "Normativ aktların hazırlanması", "MIN1", direction=1, end="31.12.2026"
        )
        c.catalog.add(code="ÜT-1", title="İnformasiya aktivlərinin uçotu")
        evidence = root / "əsasnamə.txt"
        evidence.write_text("Əsasnamə layihəsi\n" * 50, encoding="utf-8")
        c.attachments.attach("1.1", evidence)
        stick = root / "stick"
        stick.mkdir()
        exported = service.export_bundle(c, "MIN1", stick)
        with m.reading() as session:
            identity = session.scalars(select(ExchangeKey.age_identity)).one()
        (HERE / "recipient-identity.txt").write_text(identity + "\n")
        (HERE / "sender-card.json").write_bytes(service.identity_card(c))
        (HERE / "recipient-card.json").write_bytes(service.identity_card(m))
        shutil.copyfile(exported.path, HERE / "bundle.age")
        data = bytearray(exported.path.read_bytes())
        data[-5] ^= 0x40
        (HERE / "tampered.age").write_bytes(bytes(data))

        with exported.path.open("rb") as src:
            frames = FrameReader(AgeReader(src, [identity]))
            frames.magic()
            manifest = json.loads(frames.expect(b"M", 1 << 22, "manifest"))
            frames.expect(b"S", 64, "signature")
            records = []
            for part in manifest["parts"]:
                body = frames.read_exact(9 + part["size"])[9:]
                if part["type"] == "records":
                    records += [json.loads(line) for line in body.decode().splitlines()]
        expected = {
            "magic": MAGIC.decode(),
            "manifest": manifest,
            "records": records,
            "sender_fingerprint": service.card_fingerprint(service.identity_card(c)),
            "recipient_fingerprint": service.card_fingerprint(service.identity_card(m)),
        }
        (HERE / "expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )
        for desk in nodes.values():
            desk.close()


if __name__ == "__main__":
    main()
