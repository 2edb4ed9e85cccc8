"""Every refusal rule, one at a time, on bundles signed with real keys; plus the `age` CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_app.core.desk import Desk
from desktop_app.core.dump import record_dict
from desktop_app.core.models import AuditEvent, ExchangeKey, Finding, Measure, Synced
from desktop_app.errors import ExchangeError
from desktop_app.exchange import service
from desktop_app.exchange.format import MAGIC
from tests.conftest import DeskFactory
from tests.exchange_world import assert_refused as _refused
from tests.exchange_world import (
    craft_bundle,
    enrol,
    plan_institution,
    record_line,
    ship,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def pair(make_desk: DeskFactory, tmp_path: Path) -> tuple[Desk, Desk]:
    c = make_desk("coordinator", "SCIS")
    m = make_desk("institution", "MIN1")
    enrol(c, m)
    plan_institution(c, "MIN1", "Nazirlik")
    plan_institution(c, "MIN2", "Digər nazirlik")
    c.plan.add_measure("1.1", "Tədbir", "MIN1")
    c.plan.add_measure("1.2", "Başqa tədbir", "MIN2")
    c.catalog.add(code="R-1", title="Tələb")
    c.inspections.add("MIN1", reference="INS-1")
    c.inspections.add_finding("INS-1", "Çatışmazlıq", "medium")
    ship(c, m, tmp_path / "stick")
    return c, m


def _record(desk: Desk, model: type[Synced], ref_id: str) -> dict[str, Any]:
    with desk.reading() as session:
        record = session.get(model, ref_id)
        assert record is not None
        return record_dict(record)


def test_manifest_rules(pair: tuple[Desk, Desk], make_desk: DeskFactory, tmp_path: Path) -> None:
    c, m = pair
    out = tmp_path / "crafted"
    _refused(c, craft_bundle(m, c, out, tamper_manifest={"format": 2}), "format version 2")
    _refused(
        c,
        craft_bundle(m, c, out, tamper_manifest={"suite": "mlkem768x25519"}),
        "unknown cipher suite",
    )
    _refused(c, craft_bundle(m, c, out, tamper_manifest={"sequence": "1"}), "malformed manifest")
    # A bundle for someone else, even one encrypted to us.
    _refused(c, craft_bundle(m, c, out, recipient_code="MIN9"), "meant for MIN9")
    # More content than declared.
    _refused(c, craft_bundle(m, c, out, tamper_manifest={"parts": []}), "more content")
    # An unknown sender (a node this coordinator never enrolled).
    stranger = make_desk("institution", "MIN7")
    service.setup_identity(stranger)
    service.enrol_partner(stranger, service.identity_card(c), None)  # one-sided
    _refused(c, craft_bundle(stranger, c, out), "unknown sender MIN7")


def test_a_shared_stick_leaves_other_desks_bundles_alone(
    pair: tuple[Desk, Desk], make_desk: DeskFactory, tmp_path: Path
) -> None:
    """Importing a folder takes this desk's bundles and reports, without refusing or logging,
    the ones no key of this desk opens; a file named on its own is still refused."""
    c, m = pair
    enrol(c, make_desk("institution", "MIN2"))
    stick = tmp_path / "stick"
    for_min2 = service.export_bundle(c, "MIN2", stick)
    for_min1 = service.export_bundle(c, "MIN1", stick)
    held = len(service.bundles(m))
    results = {result.path: result for result in service.import_paths(m, [stick])}
    assert results[for_min1.path].outcome == service.Outcome.MERGED
    assert results[for_min2.path].outcome == service.Outcome.ELSEWHERE
    assert results[for_min2.path].line() == f"{for_min2.path}: for another desk, left alone"
    logged = [row.outcome for row in service.bundles(m)]
    assert len(logged) == held + 1 and service.Outcome.REFUSED not in logged
    [named] = service.import_paths(m, [for_min2.path])
    assert named.outcome == service.Outcome.REFUSED
    assert [row.outcome for row in service.bundles(m)].count(service.Outcome.REFUSED) == 1


def test_foreign_recipient_and_revoked_sender(
    pair: tuple[Desk, Desk], make_desk: DeskFactory, tmp_path: Path
) -> None:
    c, m = pair
    other = make_desk("institution", "MIN2")
    enrol(c, other)
    stick = tmp_path / "stick"
    for_min2 = service.export_bundle(c, "MIN2", stick)
    _refused(m, for_min2.path, "not addressed to this node")
    m.progress.add("1.1", "2026", "in_progress", 10, "iş")
    bundle = service.export_bundle(m, "SCIS", stick)
    service.revoke_partner(c, "MIN1")
    _refused(c, bundle.path, "revoked")
    with pytest.raises(ExchangeError, match="revoked"):
        service.export_bundle(c, "MIN1", stick)
    with pytest.raises(ExchangeError, match="revoked key stays refused"):
        service.enrol_partner(c, service.identity_card(m), None)


def test_record_rules(pair: tuple[Desk, Desk], tmp_path: Path) -> None:
    c, m = pair
    out = tmp_path / "crafted"
    report = m.progress.add("1.1", "2026", "in_progress", 10, "iş")
    good = _record(m, type(report), report.id)

    def variant(**changes: object) -> list[bytes]:
        data = json.loads(json.dumps(good))
        data.update(changes)
        return [record_line("progress_report", data)]

    _refused(c, craft_bundle(m, c, out, lines=variant(work_done="x" * 100_001)), "oversize")
    _refused(c, craft_bundle(m, c, out, lines=variant(percent="ten")), "malformed field")
    _refused(c, craft_bundle(m, c, out, lines=variant(period="2026-Q1-extra")), "oversize")
    _refused(c, craft_bundle(m, c, out, lines=variant(extra=1)), "wrong fields")
    stamps = dict(good["versions"], percent="yesterday")
    _refused(c, craft_bundle(m, c, out, lines=variant(versions=stamps)), "clock stamp")
    _refused(c, craft_bundle(m, c, out, lines=[b"{not json\n"]), "not JSON")
    # Attachment names with path separators or control characters.
    for name in ("../../etc/passwd", "a\\b.pdf", "sübut\n.pdf", ""):
        attachment = {
            "id": "0d8e5c1c-1111-4d5e-9c39-000000000001",
            "origin": "MIN1",
            "deleted": False,
            "record_kind": "progress_report",
            "record_id": report.id,
            "file_name": name,
            "media_type": "application/pdf",
            "size": 3,
            "sha256": "a" * 64,
            "added_by": "admin",
        }
        attachment["versions"] = {
            k: good["versions"]["percent"] for k in attachment if k not in ("id", "origin")
        }
        _refused(
            c, craft_bundle(m, c, out, lines=[record_line("attachment", attachment)]), "file name"
        )
    # A part's declared size is binding.
    bigger = craft_bundle(
        m,
        c,
        out,
        lines=variant(),
        attachments=[b"abc"],
        tamper_manifest={
            "parts": [{"type": "records", "size": 1, "sha256": "0" * 64, "records": 1}]
        },
    )
    _refused(c, bigger, "larger than allowed")


def test_unauthorised_changes_are_refused_whole_and_audited(
    pair: tuple[Desk, Desk], tmp_path: Path
) -> None:
    c, m = pair
    out = tmp_path / "crafted"
    report = m.progress.add("1.1", "2026", "in_progress", 10, "iş")
    own = record_line("progress_report", _record(m, type(report), report.id))
    stamp = m.hlc.tick()

    measure = _record(c, Measure, c.plan.measure("1.2").id)
    measure["title"] = "Dəyişdirilmiş"
    measure["versions"]["title"] = stamp
    finding = _record(c, Finding, c.inspections.finding("INS-1#1").id)
    closed = dict(
        finding, status="verified_closed", versions=dict(finding["versions"], status=stamp)
    )
    reworded = dict(
        finding, description="Yoxdur", versions=dict(finding["versions"], description=stamp)
    )
    # Another institution's report.
    foreign = _record(m, type(report), report.id)
    foreign.update(
        id="0d8e5c1c-2222-4d5e-9c39-000000000002", institution_id=c.plan.institution("MIN2").id
    )
    for lines, reason in (
        ([own, record_line("measure", measure)], "may not edit the action plan"),
        ([record_line("finding", closed)], "from open to verified closed"),
        ([record_line("finding", reworded)], "may not change description"),
        ([record_line("progress_report", foreign)], "report progress for another institution"),
    ):
        _refused(c, craft_bundle(m, c, out, lines=lines), reason)
    with c.reading() as session:
        audited = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "bundle_refused")
        ).all()
    assert len(audited) == 4
    # The allowed part alone goes through, the move with the event that records it.
    allowed = dict(
        finding,
        status="in_remediation",
        versions=dict(finding["versions"], status=stamp),
    )
    event: dict[str, Any] = {
        "id": "0d8e5c1c-2222-4d5e-9c39-000000000003",
        "origin": m.node.code,
        "deleted": False,
        "finding_id": finding["id"],
        "at": "2026-09-15T09:00:00",
        "author": "admin",
        "from_status": "open",
        "to_status": "in_remediation",
        "reason": "Plan hazırdır",
        "method": "",
        "evidence_ids": [],
    }
    event["versions"] = {name: stamp for name in event if name not in ("id", "origin")}
    lines = [own, record_line("finding", allowed), record_line("finding_event", event)]
    path = craft_bundle(m, c, out, lines=lines, sequence=2)
    assert service.import_bundle(c, path).outcome == "merged"
    assert c.inspections.finding("INS-1#1").status == "in_remediation"


def test_replayed_sequence_and_gaps(pair: tuple[Desk, Desk], tmp_path: Path) -> None:
    c, m = pair
    out = tmp_path / "crafted"
    first = craft_bundle(m, c, out, sequence=1)
    first_sha = service.import_bundle(c, first).sha256
    _refused(c, craft_bundle(m, c, out, sequence=1), "replayed sequence number 1")
    third = service.import_bundle(c, craft_bundle(m, c, out, sequence=3))
    assert third.outcome == "merged" and "bundles 2 from MIN1" in third.gap_warning
    assert third.gap is not None and third.gap.params["ranges"] == "2"  # the GUI translates it
    unchained = craft_bundle(m, c, out, sequence=2)
    _refused(c, unchained, "does not follow the bundle 1")
    chained = craft_bundle(m, c, out, sequence=2, prev_sha256=first_sha)
    second = service.import_bundle(c, chained)
    assert second.outcome == "merged" and second.gap_warning == "", second.reason


def test_age_cli_decrypts_a_bundle(pair: tuple[Desk, Desk], tmp_path: Path) -> None:
    c, m = pair
    exported = service.export_bundle(c, "MIN1", tmp_path / "stick")
    with m.reading() as session:
        identity = session.scalars(select(ExchangeKey.age_identity)).one()
    key_file = tmp_path / "key.txt"
    key_file.touch(mode=0o600)
    key_file.write_text(identity + "\n")
    age = shutil.which("age")
    assert age is not None
    plain = subprocess.run(
        [age, "-d", "-i", str(key_file), str(exported.path)], check=True, capture_output=True
    ).stdout
    assert plain.startswith(MAGIC + b"M")
    manifest_size = int.from_bytes(plain[len(MAGIC) + 1 : len(MAGIC) + 9], "big")
    manifest = json.loads(plain[len(MAGIC) + 9 : len(MAGIC) + 9 + manifest_size])
    assert (manifest["sender"]["code"], manifest["recipient"]["code"]) == ("SCIS", "MIN1")
    assert manifest["sequence"] == exported.sequence


def test_a_late_bundle_must_be_the_one_its_successor_named(
    pair: tuple[Desk, Desk], tmp_path: Path
) -> None:
    c, m = pair
    stick = tmp_path / "stick"
    m.progress.add("1.1", "2026-Q3", "in_progress", 10, "Görülən iş")
    first = service.export_bundle(m, "SCIS", stick)
    second = service.export_bundle(m, "SCIS", stick)
    assert (first.sequence, second.sequence) == (1, 2)
    early = service.import_bundle(c, second.path)
    assert early.outcome == "merged" and "1" in early.gap_warning
    # Another bundle 1, signed with MIN1's real key (say, from a restored copy of its store).
    other = craft_bundle(m, c, tmp_path / "other", sequence=1)
    _refused(c, other, "is not the one that bundle 2, imported here, follows")
    assert service.import_bundle(c, first.path).outcome == "merged"
