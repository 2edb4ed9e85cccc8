"""End to end: a coordinator, three institutions and an inspection team on USB sticks.

Several rounds both ways with edits on both sides, a lost stick, a replay, a forged bundle, an
unauthorised bundle, a key rotation and a conflict; at the end every pair agrees on what it
shares and no institution holds another's reports, findings, facilities or evidence.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from desktop_app.core.desk import Desk
from desktop_app.core.models import (
    AuditEvent,
    Blob,
    Facility,
    Finding,
    Institution,
    Measure,
    ProgressReport,
)
from desktop_app.exchange import service
from tests.conftest import DeskFactory, SteppingClock
from tests.exchange_world import (
    co_sign_round,
    craft_bundle,
    dump,
    enrol,
    plan_institution,
    record_line,
    ship,
)

pytestmark = pytest.mark.slow


def _plan(c: Desk) -> None:
    c.plan.set_strategy("İnformasiya təhlükəsizliyi strategiyası", 2023, 2027)
    c.plan.add_direction(1, "Hüquqi baza")
    for n in (1, 2, 3):
        plan_institution(c, f"MIN{n}", f"Nazirlik {n}")
        c.plan.add_facility(f"MIN{n}", f"Məlumat mərkəzi {n}", criticality="I")
        c.plan.add_measure(f"1.{n}", f"Tədbir {n}", f"MIN{n}", direction=1, end="31.12.2026")
    c.catalog.add(code="ÜT-1", title="Aktivlərin uçotu")
    c.inspections.add(
        "MIN2", reference="INS-1", facilities=["Məlumat mərkəzi 2"], team_node="TEAM1"
    )


def _ids(desk: Desk, model: type, column: str = "id") -> set[str]:
    with desk.reading() as session:
        return set(session.scalars(select(getattr(model, column))))


def _own_data_only(desk: Desk) -> set[str]:
    with desk.reading() as session:
        own = session.scalar(select(Institution.id).where(Institution.code == desk.node.code))
        reports = session.scalars(select(ProgressReport.institution_id)).all()
        facilities = session.scalars(select(Facility.institution_id)).all()
        findings = session.scalars(select(Finding.id)).all()
        blobs = set(session.scalars(select(Blob.sha256)))
    assert set(reports) <= {own} and set(facilities) <= {own}
    if desk.node.code != "MIN2":
        assert findings == []
    return blobs


def test_rounds_lost_stick_replay_forgery_rotation(
    make_desk: DeskFactory, tmp_path: Path, clock: SteppingClock
) -> None:
    c = make_desk("coordinator", "SCIS", "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi")
    mins = [make_desk("institution", f"MIN{n}", f"Nazirlik {n}") for n in (1, 2, 3)]
    team = make_desk("inspection-team", "TEAM1", "Yoxlama qrupu")
    dtx = make_desk("partner-agency", "DTX", "Dövlət Təhlükəsizliyi Xidməti")
    min1, min2, min3 = mins
    enrol(c, *mins, team, dtx)
    stick = tmp_path / "stick"
    evidence = tmp_path / "sübut.pdf"

    # Round 1: the plan goes out.
    _plan(c)
    for node in (*mins, team):
        ship(c, node, stick)
    assert min1.plan.measure("1.1").title == "Tədbir 1"
    assert team.inspections.detail("INS-1").institution.code == "MIN2"

    # Round 2: reports with evidence; the team inspects on site.
    for n, node in enumerate(mins, start=1):
        report = node.progress.add(f"1.{n}", "2026-Q3", "in_progress", 20 * n, f"iş {n}")
        evidence.write_bytes(f"evidence of MIN{n}".encode() * 1000)
        node.attachments.attach(report.id, evidence)
    team.inspections.add_note("INS-1", "Server otağı kilidlənmir")
    finding = team.inspections.add_finding(
        "INS-1", "Giriş nəzarəti yoxdur", "high", requirement="ÜT-1", deadline="01.12.2026"
    )
    evidence.write_bytes(b"photo" * 5000)
    team.attachments.attach(finding.id, evidence)
    team.inspections.issue("INS-1", "A-1", "19.12.2026")
    for node in (*mins, team):
        result = ship(node, c, stick)
        assert result.digest_match is not None
    assert len(c.progress.rows()) == 3
    assert c.inspections.finding("INS-1#1").severity == "high"
    report1 = c.progress.rows(institution="MIN1")[0]
    c.progress.evaluate(report1.id, "needs_clarification", "Rəqəmlər çatışmır")

    # Round 3: the partner agency co-signs the act; findings reach MIN2 only; MIN2 answers
    # with evidence.
    co_sign_round(c, dtx, stick)
    ship(c, min2, stick)
    min2.inspections.respond("INS-1#1", "Kilid sifariş edildi", "in_remediation")
    evidence.write_bytes(b"lock invoice" * 300)
    min2.inspections.respond("INS-1#1", "Kilid quraşdırıldı", "remediated", [evidence])
    answer = service.export_bundle(min2, "SCIS", stick)
    merged = service.import_bundle(c, answer.path)
    assert merged.outcome == "merged" and merged.report is not None
    assert merged.report.kinds["finding"].updated == 1
    assert c.inspections.finding("INS-1#1").status == "remediated"

    # A replay of the same stick changes nothing; a forged bundle is refused.
    assert service.import_bundle(c, answer.path).outcome == "already imported"
    before = dump(c)
    forger = Ed25519PrivateKey.generate().private_bytes_raw()
    forged = craft_bundle(min3, c, tmp_path / "forged", signing_secret=forger, sequence=9)
    refused = service.import_bundle(c, forged)
    assert refused.outcome == "refused" and "bad signature" in refused.reason
    # MIN3 trying to rename a measure is refused whole and audited.
    measure = c.plan.measure("1.3")
    with c.reading() as session:
        row = session.get(Measure, measure.id)
        assert row is not None
        from desktop_app.core.dump import record_dict

        data = record_dict(row)
    data["title"] = "Ələ keçirilmiş"
    data["versions"]["title"] = min3.hlc.tick()
    sneaky = craft_bundle(
        min3, c, tmp_path / "sneaky", lines=[record_line("measure", data)], sequence=5
    )
    refused = service.import_bundle(c, sneaky)
    assert refused.outcome == "refused" and "may not edit the action plan" in refused.reason
    assert dump(c) == before
    with c.reading() as session:
        assert (
            session.scalar(select(AuditEvent).where(AuditEvent.action == "bundle_refused"))
            is not None
        )

    # A lost stick: bundle 3 to MIN1 never arrives, bundle 4 carries everything again.
    (tmp_path / "lost").mkdir()
    lost = service.export_bundle(c, "MIN1", tmp_path / "lost")
    c.plan.revise_measure("1.1", "Komissiyanın qərarı", title="Tədbir 1 (yenilənib)")
    later = service.export_bundle(c, "MIN1", stick)
    assert (lost.sequence, later.sequence) == (2, 3)
    result = service.import_bundle(min1, later.path)
    assert result.outcome == "merged" and "2" in result.gap_warning
    assert min1.plan.measure("1.1").title == "Tədbir 1 (yenilənib)"
    evaluation = {r.id: r.evaluation for r in min1.progress.rows()}
    assert set(evaluation.values()) == {"needs_clarification"}
    # ... and when the lost stick turns up it still merges (nothing new in it).
    found = service.import_bundle(min1, lost.path)
    assert found.outcome == "merged" and found.report is not None
    assert found.report.created == found.report.updated == 0

    # Key rotation at MIN1: the statement travels, then the old key is refused.
    old_secret = _secret(min1)
    service.rotate_identity(min1)
    min1.progress.add("1.1", "2026-Q4", "in_progress", 60, "Rəqəmlər əlavə edildi")
    ship(min1, c, stick)
    partner = {p.code: p for p in service.partners(c)}["MIN1"]
    assert partner.fingerprint == service.own_fingerprint(min1)
    stale = craft_bundle(min1, c, tmp_path / "stale", signing_secret=old_secret, sequence=7)
    # Signed with the old key but naming the new one: the signature does not verify.
    assert "bad signature" in service.import_bundle(c, stale).reason
    old_fp = _old_fingerprint(min1)
    stale = craft_bundle(
        min1, c, tmp_path / "stale2", signing_secret=old_secret, sender_key=old_fp, sequence=8
    )
    assert "retired key" in service.import_bundle(c, stale).reason
    ship(c, min1, stick)  # encrypted to MIN1's new key

    # Concurrent answers to one finding: a thread that keeps both, no conflict to resolve.
    ship(c, min2, stick)
    min2.inspections.respond("INS-1#1", "Kilid və kamera quraşdırıldı")
    c.inspections.respond("INS-1#1", "Koordinator: yoxlanılmalıdır")
    ship(min2, c, stick)
    assert [x for x in service.conflicts(c) if x.status == "open"] == []
    answers = {"Kilid və kamera quraşdırıldı", "Koordinator: yoxlanılmalıdır"}
    thread = [e.text for e in c.inspections.history("INS-1#1") if e.kind == "response"]
    assert answers <= set(thread)

    # Settle: every pair ships both ways; each side's shared state matches the other's.
    for _ in range(2):
        for node in (*mins, team):
            ship(node, c, stick)
            assert ship(c, node, stick).digest_match is True
    for node in (*mins, team):
        final = ship(node, c, stick)
        assert final.digest_match is True, node.node.code
    assert [e.text for e in min2.inspections.history("INS-1#1") if e.kind == "response"] == thread

    # The coordinator holds everything; each institution only what is its own.
    with c.reading() as session:
        reports = session.scalars(select(ProgressReport)).all()
        blobs = set(session.scalars(select(Blob.sha256)))
    assert len(reports) == 4 and len(blobs) == 5
    for node in mins:
        node_blobs = _own_data_only(node)
        assert node_blobs < blobs
    assert len(_own_data_only(min1)) == 1  # its evidence only
    assert len(_own_data_only(min2)) == 3  # its evidence, the team's photo, its invoice
    team_state = json.loads(dump(team))
    assert {i["code"] for i in team_state["institution"]} == {"MIN2"}
    assert team_state["progress_report"] == []
    # Bundles in and out are all in the coordinator's log.
    outcomes = {(b.direction, b.outcome) for b in service.bundles(c)}
    assert {("in", "merged"), ("in", "refused"), ("out", "sent")} <= outcomes


def _secret(desk: Desk) -> bytes:
    from tests.exchange_world import secret_of

    return secret_of(desk)[0]


def _old_fingerprint(desk: Desk) -> str:
    from desktop_app.core.models import ExchangeKey

    with desk.reading() as session:
        return session.scalars(
            select(ExchangeKey.fingerprint).where(ExchangeKey.retired_at.is_not(None))
        ).one()
