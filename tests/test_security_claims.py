"""Claims of docs/security.md that no other test showed: what a stick, a disk or a forwarded
bundle gives away."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.core.desk import Desk
from desktop_app.core.models import ExchangeKey
from desktop_app.exchange import service
from desktop_app.store.age import AgeReader, AgeWriter
from tests.conftest import DeskFactory
from tests.exchange_world import dump, enrol, log_and_channels, partner_of, plan_institution

pytestmark = pytest.mark.slow

CANARY = "KANARYA-Gəncə-51c2e8"


def _identity(desk: Desk) -> str:
    with desk.reading() as session:
        return session.scalars(
            select(ExchangeKey.age_identity).where(ExchangeKey.retired_at.is_(None))
        ).one()


def _three(make_desk: DeskFactory) -> tuple[Desk, Desk, Desk]:
    c = make_desk("coordinator", "SCIS", "Xüsusi Rabitə Xidməti")
    m1 = make_desk("institution", "MIN1", "Birinci Nazirlik")
    m2 = make_desk("institution", "MIN2", "İkinci Nazirlik")
    enrol(c, m1, m2)
    plan_institution(c, "MIN1", "Birinci Nazirlik")
    plan_institution(c, "MIN2", "İkinci Nazirlik")
    c.plan.add_measure("1.1", f"Tədbir {CANARY}", "MIN1")
    c.attachments.attach_stream("1.1", io.BytesIO(f"sübut {CANARY}".encode()), "sübut.txt")
    return c, m1, m2


def test_a_bundle_on_a_lost_stick_names_only_the_codes(
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    """The finder of a stick sees an age file named by the two node codes and the number, as
    the transfer form has them: inside, no code, name, record text or file content, and not the
    recipient's public key either. A name already on the stick is never replaced."""
    c, m1, _m2 = _three(make_desk)
    (tmp_path / "stick").mkdir()
    (tmp_path / "stick" / "SCIS-to-MIN1-0002.age").write_bytes(b"an older bundle")
    exported = service.export_bundle(c, "MIN1", tmp_path / "stick")
    assert exported.path.name == "SCIS-to-MIN1-0001.age"
    data = exported.path.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n-> X25519 ")
    recipient = partner_of(c, "MIN1").age_recipient
    for secret in (CANARY, "SCIS", "MIN1", "Nazirlik", "Xidməti", "sübut", recipient):
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in data, secret
    again = service.export_bundle(c, "MIN1", tmp_path / "stick")
    assert again.path.name == "SCIS-to-MIN1-0002-2.age"
    assert (tmp_path / "stick" / "SCIS-to-MIN1-0002.age").read_bytes() == b"an older bundle"
    assert sorted(p.name for p in (tmp_path / "stick").iterdir()) == [
        "SCIS-to-MIN1-0001.age",
        "SCIS-to-MIN1-0002-2.age",
        "SCIS-to-MIN1-0002.age",
    ]


def test_an_import_never_trusts_the_file_name(make_desk: DeskFactory, tmp_path: Path) -> None:
    """A bundle renamed to claim another sender, recipient and number imports as what its
    signed manifest says; one renamed to claim this node as recipient stays another's."""
    c, m1, m2 = _three(make_desk)
    stick = tmp_path / "stick"
    stick.mkdir()
    for_m1 = service.export_bundle(c, "MIN1", stick)
    for_m2 = service.export_bundle(c, "MIN2", stick)
    claimed = for_m1.path.rename(stick / "MIN2-to-MIN1-0099.age")
    result = service.import_bundle(m1, claimed)
    assert (result.outcome, result.sender, result.sequence) == ("merged", "SCIS", 1)
    lying = for_m2.path.rename(stick / "SCIS-to-MIN1-0002.age")
    refused = service.import_bundle(m1, lying)
    assert refused.outcome == "refused" and "not addressed to this node" in refused.reason


def test_private_keys_never_reach_the_disk_in_plaintext(make_desk: DeskFactory) -> None:
    """A thief of the laptop finds neither the age identity nor the signing key in any file."""
    c, _m1, _m2 = _three(make_desk)
    service.rotate_identity(c)  # two key pairs, one retired
    with c.reading() as session:
        keys = list(session.scalars(select(ExchangeKey)))
    secrets = [k.age_identity.encode() for k in keys] + [k.signing_secret for k in keys]
    secrets += [k.signing_secret.hex().encode() for k in keys]
    home = c.workspace.home
    for _ in range(2):  # while open (the WAL may hold the pages) and after closing
        for path in home.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert not any(secret in data for secret in secrets), path
        c.close()


def test_a_bundle_forwarded_to_another_institution_is_refused(
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    """An insider holding a bundle and its recipient's key decrypts it and encrypts the same
    signed payload to another node: the signature names the first recipient, so it is refused
    and nothing changes."""
    c, m1, m2 = _three(make_desk)
    (tmp_path / "stick").mkdir()
    exported = service.export_bundle(c, "MIN1", tmp_path / "stick")
    payload = AgeReader(io.BytesIO(exported.path.read_bytes()), [_identity(m1)]).read()
    forwarded = tmp_path / "forwarded.age"
    with forwarded.open("wb") as out, AgeWriter(out, [partner_of(c, "MIN2").age_recipient]) as w:
        w.write(payload)
    before = dump(m2), log_and_channels(m2)
    result = service.import_bundle(m2, forwarded)
    assert result.outcome == "refused" and "meant for MIN1" in result.reason, result.line()
    assert (dump(m2), log_and_channels(m2)) == before
    # The bundle itself still merges where it belongs.
    assert service.import_bundle(m1, exported.path).outcome == "merged"
