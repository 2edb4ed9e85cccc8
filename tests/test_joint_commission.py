"""The joint commission (issue 15): the State Security Service's desk (a partner-agency node)
co-signs what the issuing agency's desk issues. An act reaches the inspected institution, with
its findings, only once both agencies have signed it; each signature verifies with the
signer's enrolled key wherever it arrives, and nobody signs in another's name."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.cli.common import PASSPHRASE_ENV
from desktop_app.cli.main import run
from desktop_app.core.commission import AWAITING, CO_SIGNED
from desktop_app.core.desk import Desk
from desktop_app.core.models import (
    CommissionSignature,
    Finding,
    FindingEvent,
    FindingResponse,
    Inspection,
    InspectionAct,
)
from desktop_app.core.rules.commission import signed_digest
from desktop_app.core.signing import COMMISSION_CONTEXT, public_hex, sign
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.exchange import service
from desktop_app.reports.generate import ReportParams, generate
from desktop_app.store.workspace import HOME_ENV
from tests.conftest import PASSPHRASE
from tests.exchange_world import (
    CommissionWorld,
    assert_refused,
    commission_world,
    craft_bundle,
    record_line,
    secret_of,
    stored_record,
)
from tests.test_cli_i18n import said

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow


@pytest.fixture
def world(tmp_path: Path) -> Iterator[CommissionWorld]:
    """TEAM1 has recorded one finding about MIN1 in INS-1; DTX is the partner agency."""
    built = commission_world(tmp_path)
    yield built
    built.close()


def _act_text(desk: Desk, path: Path) -> tuple[str, str]:
    """(document id, whole text with whitespace folded) of the act as printed on ``desk``."""
    generate(desk, "inspection-act", ReportParams(inspection="INS-1"), path)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    found = re.search(r"Document ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})", text)
    assert found, text
    return found[1], text


def test_findings_travel_only_once_the_partner_agency_has_co_signed(
    world: CommissionWorld, tmp_path: Path
) -> None:
    act = world.team.inspections.issue("INS-1", "A-7", "19.12.2026")
    assert world.status(world.team) == [AWAITING]
    world.ship(world.team, world.c, world.m1)
    # Issued and signed by the issuing agency, but not co-signed: the institution waits.
    assert world.status(world.c) == [AWAITING]
    assert world.held_by_institution() == []
    assert world.m1.inspections.acts("INS-1") == []
    world.ship(world.c, world.dtx)
    assert [f.number for f in world.dtx.inspections.findings()] == [1]
    assert world.status(world.dtx) == [AWAITING]
    [cosigned] = world.dtx.commission.co_sign("INS-1")
    assert cosigned.id == act.id and world.status(world.dtx) == [CO_SIGNED]
    with pytest.raises(ValidationError, match="awaits this agency's signature"):
        world.dtx.commission.co_sign("INS-1")
    world.ship(world.dtx, world.c, world.m1)
    assert world.status(world.c) == [CO_SIGNED]
    assert world.held_by_institution() == [1]
    assert world.status(world.m1) == [CO_SIGNED]
    # The team learns of the co-signature too.
    world.ship(world.c, world.team)
    assert world.status(world.team) == [CO_SIGNED]

    # Both agencies' signature blocks with their fingerprints; one identifier on every node.
    fingerprints = {
        code: service.own_fingerprint(desk)
        for code, desk in (("TEAM1", world.team), ("DTX", world.dtx))
    }
    printed = {
        desk.node.code: _act_text(desk, tmp_path / f"act-{desk.node.code}.pdf")
        for desk in (world.c, world.m1, world.dtx)
    }
    assert len({doc_id for doc_id, _ in printed.values()}) == 1
    for _doc_id, text in printed.values():
        for fingerprint in fingerprints.values():
            assert fingerprint in text, text
    again, _ = _act_text(world.c, tmp_path / "again.pdf")
    assert again == printed["SCIS"][0]


def test_an_act_of_the_coordinator_and_an_addendum_each_await_their_co_signature(
    world: CommissionWorld,
) -> None:
    world.c.inspections.issue("INS-1", "A-1", "19.12.2026")
    world.ship(world.c, world.dtx)
    world.dtx.commission.co_sign("INS-1")
    world.ship(world.dtx, world.c, world.m1)
    assert world.held_by_institution() == [1]
    world.ship(world.c, world.team)
    world.team.inspections.add_finding("INS-1", "Jurnal aparılmır", "medium")
    world.team.inspections.issue("INS-1", "A-1/1", "22.12.2026", addendum=True)
    world.ship(world.team, world.c, world.m1)
    assert world.status(world.c) == [CO_SIGNED, AWAITING]
    assert world.held_by_institution() == [1]
    world.ship(world.c, world.dtx)
    assert len(world.dtx.commission.co_sign("INS-1")) == 1
    world.ship(world.dtx, world.c, world.m1)
    assert world.held_by_institution() == [1, 2]


def _closed_by_the_team(world: CommissionWorld) -> FindingEvent:
    """The act co-signed, MIN1 claims remediation, TEAM1 verifies and closes on site; the
    closure reaches the partner agency, which has not signed it."""
    world.team.inspections.issue("INS-1", "A-7", "19.12.2026")
    world.ship(world.team, world.c, world.dtx)
    world.dtx.commission.co_sign("INS-1")
    world.ship(world.dtx, world.c, world.m1)
    world.m1.inspections.transition("INS-1#1", "in_remediation", "Plan hazırdır")
    world.m1.inspections.transition("INS-1#1", "remediated", "Kart oxuyucular quraşdırıldı")
    world.ship(world.m1, world.c, world.team)
    event = world.team.inspections.verify("INS-1#1", "on_site", "closed", "Yerində yoxlanıldı")
    world.ship(world.team, world.c, world.dtx)
    return event


def test_a_verified_closure_is_co_signed(world: CommissionWorld) -> None:
    event = _closed_by_the_team(world)
    assert [s.side for s in world.dtx.commission.signatures([event.id])[event.id]] == ["issuer"]
    assert world.dtx.inspections.finding_row("INS-1#1").closure == AWAITING
    assert world.dtx.commission.awaiting_closures() == ["INS-1#1"]
    assert world.dtx.commission.co_sign_closure("INS-1#1").id == event.id
    assert world.dtx.inspections.finding_row("INS-1#1").closure == CO_SIGNED
    world.ship(world.dtx, world.c, world.m1)
    rows = world.m1.commission.signatures([event.id])[event.id]
    assert [(s.side, s.signer) for s in rows] == [("issuer", "TEAM1"), ("partner", "DTX")]
    assert world.m1.inspections.finding_row("INS-1#1").closure == CO_SIGNED
    history = world.m1.inspections.history("INS-1#1")
    assert [(e.kind, e.to_status or e.side) for e in history][-3:] == [
        ("event", "verified_closed"),
        ("signature", "issuer"),
        ("signature", "partner"),
    ]


def test_a_closure_reopened_awaits_no_signature(world: CommissionWorld) -> None:
    """The closing events are read without their findings: a finding reopened since its
    closure is in neither the closures awaiting a signature nor its row's closure."""
    _closed_by_the_team(world)
    world.team.inspections.reopen("INS-1#1", "Yenidən aşkar edildi")
    world.ship(world.team, world.c, world.dtx)
    assert world.dtx.inspections.finding_row("INS-1#1").status == "open"
    assert world.dtx.inspections.finding_row("INS-1#1").closure is None
    assert world.dtx.commission.awaiting_closures() == []


# -- hostile -------------------------------------------------------------------------------


def _digest(desk: Desk, record: InspectionAct) -> str:
    with desk.reading() as session:
        digest = signed_digest(session, InspectionAct.KIND, record.id)
    assert digest is not None
    return digest


def _signature_line(
    key_of: Desk, act: InspectionAct, digest: str, *, side: str, signer: str | None = None
) -> bytes:
    """A signature on ``act`` made with ``key_of``'s own key, in the name of ``signer``
    (default: ``key_of``), as its bundle would carry it."""
    secret, fingerprint = secret_of(key_of)
    code = signer or key_of.node.code
    fields: dict[str, Any] = {
        "record_kind": InspectionAct.KIND,
        "record_id": act.id,
        "side": side,
        "signer": code,
        "signing_key": public_hex(secret),
        "fingerprint": fingerprint,
        "digest": digest,
        "signature": sign(secret, COMMISSION_CONTEXT, digest.encode()).hex(),
        "signed_by": "admin",
        "signed_at": "2026-12-20T10:00:00",
        "deleted": False,
    }
    stamp = key_of.hlc.tick().replace(key_of.node.code, code)
    record = {
        **fields,
        "id": str(uuid.uuid4()),
        "origin": code,
        "versions": dict.fromkeys(fields, stamp),
    }
    return record_line(CommissionSignature.KIND, record)


def _refused_at_coordinator(world: CommissionWorld, sender: Desk, line: bytes, reason: str) -> None:
    world.rounds += 1
    path = craft_bundle(
        sender, world.c, world.root / "crafted", lines=[line], sequence=100 + world.rounds
    )
    before = world.status(world.c)
    result = service.import_bundle(world.c, path)
    assert result.outcome == "refused", result.line()
    assert reason in result.reason and "\n" not in result.reason, result.reason
    assert world.status(world.c) == before


@pytest.fixture
def issued(world: CommissionWorld) -> tuple[CommissionWorld, InspectionAct]:
    act = world.team.inspections.issue("INS-1", "A-7", "19.12.2026")
    world.ship(world.team, world.c, world.dtx)
    return world, act


def test_a_tampered_or_wrong_key_co_signature_is_refused(
    issued: tuple[CommissionWorld, InspectionAct],
) -> None:
    world, act = issued
    digest = _digest(world.dtx, act)
    # The partner's own key over another digest than the act's.
    other = _signature_line(world.dtx, act, "0" * 64, side="partner")
    _refused_at_coordinator(world, world.dtx, other, "does not verify")
    # The signature bytes altered after signing.
    record = json.loads(_signature_line(world.dtx, act, digest, side="partner"))
    signature = record["record"]["signature"]
    record["record"]["signature"] = ("1" if signature[0] != "1" else "2") + signature[1:]
    tampered = json.dumps(record).encode() + b"\n"
    _refused_at_coordinator(world, world.dtx, tampered, "does not verify")
    # A key that is not the one DTX enrolled with (the team's), in DTX's name.
    wrong_key = _signature_line(world.team, act, digest, side="partner", signer="DTX")
    _refused_at_coordinator(world, world.dtx, wrong_key, "does not verify")
    assert world.status(world.c) == [AWAITING]


def test_the_partner_signs_only_as_the_partner_and_nobody_in_its_name(
    issued: tuple[CommissionWorld, InspectionAct],
) -> None:
    world, act = issued
    digest = _digest(world.dtx, act)
    # Its own valid key, claiming the issuing agency's signature.
    as_issuer = _signature_line(world.dtx, act, digest, side="issuer")
    _refused_at_coordinator(world, world.dtx, as_issuer, "may not sign for the issuing agency")
    # The team co-signing its own act as if it were the partner agency.
    as_partner = _signature_line(world.team, act, digest, side="partner")
    _refused_at_coordinator(world, world.team, as_partner, "may not co-sign")
    # Locally, the partner cannot issue, and a second co-signature is refused.
    with pytest.raises(PermissionDenied):
        world.dtx.inspections.issue("INS-1", "A-9", "20.12.2026")
    world.dtx.commission.co_sign("INS-1")
    world.ship(world.dtx, world.c)
    again = _signature_line(world.dtx, act, digest, side="partner")
    _refused_at_coordinator(world, world.dtx, again, "has already signed")
    assert world.status(world.c) == [CO_SIGNED]


def _held_lines(desk: Desk, *records: tuple[type[Any], str]) -> list[bytes]:
    """The records as ``desk`` holds them, as its bundle would carry them."""
    return [record_line(model.KIND, stored_record(desk, model, rid)) for model, rid in records]


def _thread(desk: Desk, finding_id: str) -> list[tuple[type[Any], str]]:
    """The answers and events of a finding held by ``desk``."""
    with desk.reading() as session:
        return [
            (model, rid)
            for model in (FindingResponse, FindingEvent)
            for rid in session.scalars(select(model.id).where(model.finding_id == finding_id))
        ]


def _to_institution(world: CommissionWorld, lines: list[bytes]) -> Path:
    """A bundle made and signed with the coordinator's own keys, for MIN1."""
    world.rounds += 1
    return craft_bundle(
        world.c, world.m1, world.root / "crafted", lines=lines, sequence=100 + world.rounds
    )


def _signatures(desk: Desk, act: InspectionAct) -> list[tuple[type[Any], str]]:
    with desk.reading() as session:
        ids = session.scalars(
            select(CommissionSignature.id)
            .where(CommissionSignature.record_id == act.id)
            .order_by(CommissionSignature.side)
        ).all()
    return [(CommissionSignature, rid) for rid in ids]


NOT_ISSUED = "finding INS-1#1 is not issued in an act both agencies of the commission have signed"


def test_an_institution_refuses_findings_without_an_issued_co_signed_act(
    world: CommissionWorld,
) -> None:
    """Even in a bundle the coordinator's own keys sign: the institution's own merge asks
    the rule book, not the coordinator's export scope."""
    finding: tuple[type[Any], str] = (Finding, world.c.inspections.finding("INS-1#1").id)
    # Recorded, no act at all.
    assert_refused(world.m1, _to_institution(world, _held_lines(world.c, finding)), NOT_ISSUED)
    # Issued and signed by the issuing agency, not co-signed: the act, its signature and the
    # finding, in the order the coordinator's bundles carry them.
    act = world.team.inspections.issue("INS-1", "A-7", "19.12.2026")
    world.ship(world.team, world.c)
    issued: list[tuple[type[Any], str]] = [
        finding,
        (InspectionAct, act.id),
        *_signatures(world.c, act),
    ]
    assert len(issued) == 3
    assert_refused(world.m1, _to_institution(world, _held_lines(world.c, *issued)), NOT_ISSUED)
    # An answer the coordinator recorded for it does not get it in either.
    world.c.inspections.respond("INS-1#1", "Kağızla gələn cavab", "in_remediation")
    answered = [*issued, *_thread(world.c, finding[1])]
    assert len(answered) == 5
    assert_refused(world.m1, _to_institution(world, _held_lines(world.c, *answered)), NOT_ISSUED)
    assert world.held_by_institution() == []
    # Co-signed: the same records with the partner agency's signature merge.
    world.ship(world.c, world.dtx)
    world.dtx.commission.co_sign("INS-1")
    world.ship(world.dtx, world.c)
    cosigned = [*answered, *_signatures(world.c, act)[1:]]
    assert len(cosigned) == len(answered) + 1
    result = service.import_bundle(
        world.m1, _to_institution(world, _held_lines(world.c, *cosigned))
    )
    assert result.outcome == "merged", result.line()
    assert world.held_by_institution() == [1]
    assert world.status(world.m1) == [CO_SIGNED]


def test_an_institution_refuses_an_act_awaiting_co_signature(world: CommissionWorld) -> None:
    """An act that found nothing issues no finding, and still waits for both signatures."""
    inspection = world.c.inspections.add("MIN1", reference="INS-2")
    act = world.c.inspections.issue("INS-2", "A-2", "19.12.2026")
    lines = _held_lines(world.c, (Inspection, inspection.id), (InspectionAct, act.id))
    lines += _held_lines(world.c, *_signatures(world.c, act))
    assert_refused(world.m1, _to_institution(world, lines), "act No A-2 awaits the co-signature")


def test_an_institution_cannot_co_sign(issued: tuple[CommissionWorld, InspectionAct]) -> None:
    world, act = issued
    with pytest.raises(PermissionDenied, match="co-sign"):
        world.m1.commission.co_sign("INS-1")
    # Through a bundle, with the institution's own key, on the act it does not hold yet.
    line = _signature_line(world.m1, act, _digest(world.c, act), side="partner")
    _refused_at_coordinator(world, world.m1, line, "may not co-sign")
    assert world.status(world.c) == [AWAITING]
    assert world.held_by_institution() == []


def test_a_co_signature_cannot_be_withdrawn(issued: tuple[CommissionWorld, InspectionAct]) -> None:
    world, _act = issued
    world.dtx.commission.co_sign("INS-1")
    world.ship(world.dtx, world.c)
    with world.dtx.reading() as session:
        signature = session.scalars(
            select(CommissionSignature).where(CommissionSignature.side == "partner")
        ).one()
    record = stored_record(world.dtx, CommissionSignature, signature.id)
    record["deleted"] = True
    record["versions"]["deleted"] = world.dtx.hlc.tick()
    line = record_line(CommissionSignature.KIND, record)
    _refused_at_coordinator(world, world.dtx, line, "recorded once and kept")
    assert world.status(world.c) == [CO_SIGNED]


# -- CLI ----------------------------------------------------------------------------------------


def _cli(home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv(HOME_ENV, str(home))
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)

    def call(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = run(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call


def test_cli_lists_acts_awaiting_co_signature_and_co_signs(
    issued: tuple[CommissionWorld, InspectionAct],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    world, _act = issued
    home = world.root / "DTX"
    world.dtx.close()
    cli = _cli(home, monkeypatch, capsys)
    code, listed, _ = cli("inspections", "list", "--json")
    assert code == 0 and [row["act"] for row in json.loads(listed)] == [AWAITING]
    code, table, _ = cli("inspections", "list")
    assert code == 0 and "awaiting co-signature" in table
    code, signed, _ = cli("inspections", "co-sign", "INS-1")
    assert (code, signed.strip()) == (0, "signed act No A-7 of 19.12.2026")
    code, _, err = cli("inspections", "co-sign", "INS-1")
    assert code == 1 and err.count("\n") == 1 and "awaits this agency's signature" in err
    code, _, err = cli("findings", "co-sign", "INS-1#1")
    assert code == 1 and err.count("\n") == 1 and "no verified closure" in err
    code, listed, _ = cli("inspections", "list", "--json")
    assert [row["act"] for row in json.loads(listed)] == [CO_SIGNED]
    code, shown, _ = cli("inspections", "show", "INS-1")
    assert "TEAM1 (issuer), DTX (partner)" in shown
    for lang in ("az", "ru"):  # the sides in words, not the stored identifiers
        code, shown, _ = cli("--lang", lang, "inspections", "show", "INS-1")
        issuer, partner = (said(lang, side) for side in ("issuing agency", "partner agency"))
        assert f"TEAM1 ({issuer}), DTX ({partner})" in shown
    # The institution's desk may not co-sign: one translated line, nothing changed.
    world.m1.close()
    cli = _cli(world.root / "MIN1", monkeypatch, capsys)
    code, _, err = cli("inspections", "co-sign", "INS-1")
    assert code == 1 and err.count("\n") == 1 and "co-sign" in err, err


def test_cli_shows_a_closure_awaiting_co_signature_and_its_signatures(
    world: CommissionWorld, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _closed_by_the_team(world)
    team_key = service.own_fingerprint(world.team)
    world.dtx.close()
    cli = _cli(world.root / "DTX", monkeypatch, capsys)
    code, listed, _ = cli("findings", "list", "--json")
    [row] = json.loads(listed)
    assert code == 0 and (row["status"], row["closure"]) == ("verified_closed", AWAITING)
    code, table, _ = cli("findings", "list")
    assert "verified_closed, awaiting co-signature" in table
    code, listed, _ = cli("findings", "list", "--json", "--status", "awaiting_co_signature")
    assert [row["ref"] for row in json.loads(listed)] == ["INS-1#1"]
    code, shown, _ = cli("findings", "history", "INS-1#1", "--json")
    signatures = [entry for entry in json.loads(shown) if entry["kind"] == "signature"]
    assert [(s["side"], s["node"], s["fingerprint"]) for s in signatures] == [
        ("issuer", "TEAM1", team_key)
    ]
    assert signatures[0]["at"] and signatures[0]["author"] == "admin"
    code, _, _ = cli("findings", "co-sign", "INS-1#1")
    assert code == 0
    code, listed, _ = cli("findings", "list", "--json", "--status", "awaiting_co_signature")
    assert json.loads(listed) == []
    code, table, _ = cli("findings", "history", "INS-1#1")
    lines = table.splitlines()
    assert "signed for the issuing agency" in lines[-2] and f"key {team_key}" in lines[-2]
    assert "co-signed (partner agency)" in lines[-1] and "DTX" in lines[-1]
