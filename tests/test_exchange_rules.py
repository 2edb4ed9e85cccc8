"""A bundle can do nothing its sender's user could not do locally.

Each test is an attack by an enrolled partner (a compromised laptop): a bundle built and signed
with the sender's own real keys, carrying what the sender's user could not do through the local
services. Each is refused whole, with one line naming the record, changes nothing and is audited
as an unauthorised attempt; the same rule then holds for every record kind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_app.core.desk import Desk
from desktop_app.core.dump import record_dict
from desktop_app.core.hlc import Stamp
from desktop_app.core.models import (
    MODEL_BY_KIND,
    SYNCED_MODELS,
    Attachment,
    AuditEvent,
    DeadlineExtension,
    Evaluation,
    ExtensionRequest,
    Finding,
    FindingEvent,
    FindingResponse,
    GroupDecision,
    Indicator,
    Inspection,
    InspectionNote,
    Measure,
    Meeting,
    OfficialStatus,
    PlanRevision,
    ProgressReport,
    StatusDecision,
    Synced,
    WorkingGroup,
)
from desktop_app.core.rules import FIELDS
from desktop_app.errors import PermissionDenied, Term, ValidationError
from desktop_app.exchange import service
from tests.conftest import PINNED_MS, SteppingClock
from tests.exchange_world import (
    co_sign_round,
    craft_bundle,
    create_nodes,
    dump,
    log_and_channels,
    plan_institution,
    record_line,
    ship,
    stored_record,
)

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow

PHOTO = b"\xff\xd8 photo of the server room " * 500
EVIDENCE = b"%PDF-1.7 MIN2's own evidence " * 500


@dataclass
class World:
    c: Desk  # the coordinator
    m1: Desk  # the inspected institution, the attacker in most tests
    m2: Desk  # another institution
    team: Desk
    out: Path
    sequences: dict[str, int]

    def attack(self, sender: Desk, recipient: Desk, lines: list[bytes], **kw: Any) -> Path:
        key = f"{sender.node.code}>{recipient.node.code}"
        # After an honest shipment from the sender the next number is free; refusals use none.
        sequence = self.sequences.get(key, 100)
        self.sequences[key] = sequence + 1
        return craft_bundle(sender, recipient, self.out, lines=lines, sequence=sequence, **kw)


def _build(tmp_path: Path) -> World:
    """The coordinator, two institutions and a team that have exchanged a round of work."""
    roles = {"SCIS": "coordinator", "MIN1": "institution", "MIN2": "institution"}
    nodes = create_nodes(
        tmp_path,
        roles | {"TEAM1": "inspection-team", "DTX": "partner-agency"},
        SteppingClock(),
    )
    c, m1, m2, team, dtx = nodes.values()
    c.plan.set_strategy("Strategiya", 2023, 2027)
    c.plan.add_direction(1, "İstiqamət")
    for n in (1, 2):
        plan_institution(c, f"MIN{n}", f"Nazirlik {n}")
        c.plan.add_facility(f"MIN{n}", f"Məlumat mərkəzi {n}")
        c.plan.add_measure(f"1.{n}", f"Tədbir {n}", f"MIN{n}", direction=1)
    c.plan.add_indicator("1.1", "Göstərici", "%", 0, 100)
    c.catalog.add(code="R-1", title="Tələb")
    plan_file = tmp_path / "plan.pdf"
    plan_file.write_bytes(b"%PDF-1.7 plan")
    c.attachments.attach("1.1", plan_file)
    c.inspections.add("MIN1", reference="INS-1", team_node="TEAM1")
    stick = tmp_path / "stick"
    ship(c, team, stick)
    finding = team.inspections.add_finding("INS-1", "Giriş nəzarəti yoxdur", "high")
    team.inspections.extend_deadline(finding.id, "2026-12-31", "Avadanlıq gecikir", "Komissiya")
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(PHOTO)
    team.attachments.attach(finding.id, photo)
    team.inspections.add_note("INS-1", "Server otağı kilidlənmir")
    team.inspections.issue("INS-1", "A-1", "19.12.2026")
    ship(team, c, stick)
    co_sign_round(c, dtx, stick)
    dtx.close()
    evidence = tmp_path / "akt.pdf"
    evidence.write_bytes(EVIDENCE)
    ship(c, m2, stick)
    report = m2.progress.add("1.2", "2026-Q3", "in_progress", 40, "İş gedir")
    m2.attachments.attach(report.id, evidence)
    ship(m2, c, stick)
    c.progress.evaluate(report.id, "implemented")
    # MIN1's answer, received on paper, recorded by the coordinator: an answer and an event.
    c.inspections.respond("INS-1#1", "Kilid sifariş edilib", "in_remediation")
    ship(c, m1, stick)
    own = m1.progress.add("1.1", "2026-Q3", "in_progress", 10, "Başlanıb")
    m1.inspections.request_extension("INS-1#1", "2027-03-31", "Kilid gec gəlir")
    ship(m1, c, stick)
    c.progress.evaluate(own.id, "needs_clarification", "Sübut əlavə edin")
    c.plan.set_official_status("1.2", "2026-Q3", "delayed", 30, "İcraçı gecikir")
    c.groups.add_group("İQ-1", "İşçi qrup", members=["MIN1"], representatives={"MIN1": "Nümayəndə"})
    c.groups.add_meeting("İQ-1", "10.09.2026", number="İQ-1-01", attendees=["Nümayəndə"])
    c.groups.add_decision("İQ-1-01", "Tapşırıq", assignees=["MIN1"], deadline="30.09.2026")
    c.plan.revise_measure("1.1", "Komissiyanın qərarı", decision_number="KQ-1", end="31.12.2027")
    ship(c, m1, stick)
    return World(c, m1, m2, team, tmp_path / "crafted", {})


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """For the tests whose bundles are all refused, so that they change nothing it holds."""
    built = _build(tmp_path_factory.mktemp("rules"))
    yield built
    for desk in (built.c, built.m1, built.m2, built.team):
        desk.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[World]:
    """For the tests that merge something."""
    built = _build(tmp_path)
    yield built
    for desk in (built.c, built.m1, built.m2, built.team):
        desk.close()


def _first(desk: Desk, model: type[Synced], **where: Any) -> dict[str, Any]:
    with desk.reading() as session:
        query = select(model).order_by(model.id)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        record = session.scalars(query).first()
        assert record is not None, (model.KIND, where)
        return record_dict(record)


def _edited(
    desk: Desk, data: dict[str, Any], /, *, stamped_by: str | None = None, **changes: Any
) -> bytes:
    """The record with ``changes`` stamped as a fresh edit by ``desk`` (``stamped_by``: by
    ``desk``'s clock in that node's name, a value ``desk`` would pass on as relayed)."""
    stamp = desk.hlc.tick()
    if stamped_by is not None:
        tick = Stamp.parse(stamp)
        stamp = str(Stamp(tick.wall_ms, tick.counter, stamped_by))
    edited = json.loads(json.dumps(data)) | changes
    edited["versions"] = dict(data["versions"]) | dict.fromkeys(changes, stamp)
    fields = set(data) - {"id", "origin", "versions"}
    kind = next(m.KIND for m in SYNCED_MODELS if set(m.sync_fields()) == fields)
    return record_line(kind, edited)


def _unauthorised_attempts(desk: Desk) -> int:
    with desk.reading() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "bundle_refused")
            )
            or 0
        )


def spelt(name: str) -> str:
    """A field or kind as an English message writes it (errors.Term): "work done"."""
    return f"{Term(name)}"


def refused(desk: Desk, path: Path, reason: str, *, audited: bool = True) -> str:
    """Refused whole with one line naming ``reason``, nothing changed, the attempt audited."""
    before = dump(desk), log_and_channels(desk)
    attempts = _unauthorised_attempts(desk)
    result = service.import_bundle(desk, path)
    assert result.outcome == "refused", result.line()
    assert reason in result.reason and "\n" not in result.reason, result.reason
    assert (dump(desk), log_and_channels(desk)) == before
    assert _unauthorised_attempts(desk) == attempts + audited
    return result.reason


def merged(desk: Desk, path: Path) -> None:
    result = service.import_bundle(desk, path)
    assert result.outcome == "merged", result.line()


# --- Evidence destroyed -----------------------------------------------------------------------


@pytest.mark.slow
def test_an_institution_cannot_delete_the_inspectors_evidence(world: World) -> None:
    photo = _first(world.m1, Attachment, origin="TEAM1")
    tombstone = _edited(world.m1, photo, deleted=True)
    reason = refused(world.c, world.attack(world.m1, world.c, [tombstone]), "TEAM1 added")
    assert photo["id"] in reason
    # Locally the same user cannot either, on its own store or the coordinator's.
    for desk in (world.m1, world.c):
        with pytest.raises(PermissionDenied, match="TEAM1 added"):
            desk.attachments.remove(photo["id"])
    assert world.c.attachments.for_record(photo["record_id"])


def test_an_institution_cannot_swap_the_content_under_the_inspectors_attachment(
    world: World,
) -> None:
    photo = _first(world.m1, Attachment, origin="TEAM1")
    harmless = b"nothing to see here"
    swapped = _edited(
        world.m1, photo, sha256=hashlib.sha256(harmless).hexdigest(), size=len(harmless)
    )
    path = world.attack(world.m1, world.c, [swapped], attachments=[harmless])
    refused(world.c, path, "TEAM1 added")
    assert (
        stored_record(world.c, Attachment, photo["id"])["sha256"]
        == hashlib.sha256(PHOTO).hexdigest()
    )


@pytest.mark.slow
def test_the_node_that_added_a_file_may_remove_it(fresh: World, tmp_path: Path) -> None:
    own = tmp_path / "cavab.pdf"
    own.write_bytes(b"%PDF-1.7 our answer")
    finding = fresh.m1.inspections.finding("INS-1#1")
    added = fresh.m1.attachments.attach(finding.id, own)
    ship(fresh.m1, fresh.c, tmp_path / "s1")
    fresh.m1.attachments.remove(added.id)
    ship(fresh.m1, fresh.c, tmp_path / "s2")
    assert added.id not in {a.id for a in fresh.c.attachments.for_record(finding.id)}


# --- The clock --------------------------------------------------------------------------------


def _report_stamped(world: World, stamp: str) -> bytes:
    report = _first(world.m1, ProgressReport, origin="MIN1")
    report["work_done"] = "Gələcəkdən"
    report["versions"] = dict(report["versions"], work_done=stamp)
    return record_line("progress_report", report)


def test_a_stamp_at_the_clock_ceiling_is_refused(world: World) -> None:
    line = _report_stamped(world, "9000000000000.99999.MIN1")
    refused(
        world.c, world.attack(world.m1, world.c, [line]), "too far in the future", audited=False
    )
    assert Stamp.parse(world.c.hlc.last).wall_ms < PINNED_MS + 86_400_000


@pytest.mark.parametrize(
    ("moment", "days"), [(dt.datetime(2100, 1, 1, tzinfo=dt.UTC), 26771), (None, 2)]
)
@pytest.mark.slow
def test_a_sender_clock_ahead_is_refused_and_does_not_move_ours(
    fresh: World, moment: dt.datetime | None, days: int
) -> None:
    now = fresh.c.clock.now_ms()
    wall = int(moment.timestamp() * 1000) if moment else now + 2 * 86_400_000 - 1000
    line = _report_stamped(fresh, str(Stamp(wall, 0, "MIN1")))
    reason = refused(fresh.c, fresh.attack(fresh.m1, fresh.c, [line]), "clock is", audited=False)
    assert f"the sender's clock is {days} days ahead" in reason
    assert Stamp.parse(fresh.c.hlc.last).wall_ms < now + 86_400_000
    if moment is None:  # the setting widens the allowed skew
        fresh.c.set_setting("max_clock_skew_hours", "72")
        merged(fresh.c, fresh.attack(fresh.m1, fresh.c, [line]))


def test_the_local_clock_never_runs_beyond_the_skew() -> None:
    from desktop_app.core.hlc import HybridLogicalClock
    from tests.conftest import SteppingClock

    clock = HybridLogicalClock("SCIS", SteppingClock(), max_ahead_ms=86_400_000)
    clock.observe("4102444800000.00000.MIN1")
    assert Stamp.parse(clock.tick()).wall_ms <= PINNED_MS + 86_400_000 + 10
    poisoned = HybridLogicalClock("SCIS", SteppingClock(), last="8999999999999.00000.SCIS")
    assert Stamp.parse(poisoned.tick()).wall_ms <= PINNED_MS + 86_400_000 + 10


# --- Invalid values: views disabled -----------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [("period", "ZZZZ"), ("status", "hacked"), ("percent", -4000), ("work_done", "\x1b[2Jgone")],
)
def test_an_invalid_progress_report_is_refused(world: World, field: str, value: Any) -> None:
    report = _first(world.m1, ProgressReport, origin="MIN1")
    line = _edited(world.m1, report, **{field: value})
    reason = refused(world.c, world.attack(world.m1, world.c, [line]), spelt(field))
    assert report["id"] in reason
    # The views that an invalid period used to break still work.
    assert world.c.progress.rows() and world.c.plan.measure_rows()
    # And locally the same user is refused the same.
    local: dict[str, Any] = {
        "period": "2026-Q3",
        "status": "in_progress",
        "percent": 10,
        "work_done": "iş",
    }
    local[field] = value
    with pytest.raises(ValidationError):
        world.m1.progress.add(
            "1.1", local["period"], local["status"], local["percent"], local["work_done"]
        )


# One invalid value for every kind, sent by the coordinator (which may write every kind) to a
# node that holds the record: the rule book's field checks hold for every kind, at the merge.
INVALID: dict[str, tuple[str, Any]] = {
    "institution": ("name", "akt\u202eexe"),
    "facility": ("criticality", "IV"),
    "strategy": ("period_start", 1900),
    "direction": ("number", 0),
    "measure": ("number", "1.x"),
    "indicator": ("name", ""),
    "progress_report": ("period", "ZZZZ"),
    "evaluation": ("result", "great"),
    "status_decision": ("reason", ""),
    "plan_revision": ("reason", ""),
    "indicator_course": ("direction", "sideways"),
    "official_status": ("percent", 101),
    "requirement": ("category", "secret"),
    "inspection": ("status", "closed"),
    "inspection_note": ("text", ""),
    "finding": ("severity", "grave"),
    "inspection_act": ("number", ""),
    "commission_signature": ("signature", "not hex"),
    "finding_event": ("method", "by_phone"),
    "finding_response": ("text", ""),
    "deadline_extension": ("reason", ""),
    "extension_request": ("status", "granted"),
    "working_group": ("members", ["bad code!"]),
    "meeting": ("attendees", [""]),
    "group_decision": ("number", 0),
    "attachment": ("media_type", "application/pdf\u202e"),
}


def test_every_field_of_every_kind_has_a_rule() -> None:
    """A field added to a model must get its rule before it can be written or merged."""
    assert set(INVALID) == set(MODEL_BY_KIND) == set(FIELDS)
    for model in SYNCED_MODELS:
        assert set(FIELDS[model.KIND]) == set(model.sync_fields()) - {"deleted"}, model.KIND


@pytest.mark.parametrize("kind", sorted(INVALID))
@pytest.mark.slow
def test_an_invalid_value_of_every_kind_is_refused(world: World, kind: str) -> None:
    model = MODEL_BY_KIND[kind]
    if kind == InspectionNote.KIND:  # notes stay with the inspectors
        sender, recipient = world.c, world.team
        data = _first(world.team, model)
    elif kind in (ProgressReport.KIND,):
        sender, recipient = world.m1, world.c
        data = _first(world.m1, model, origin="MIN1")
    else:
        sender, recipient = world.c, world.m1
        data = _first(world.m1, model, origin=_origin_of(kind))
    field, value = INVALID[kind]
    line = _edited(sender, data, **{field: value})
    reason = refused(recipient, world.attack(sender, recipient, [line]), spelt(field))
    assert f"{spelt(kind)} {data['id']}" in reason


def _origin_of(kind: str) -> str:
    return {
        Finding.KIND: "TEAM1",
        "inspection_act": "TEAM1",
        "commission_signature": "TEAM1",
        DeadlineExtension.KIND: "TEAM1",
        ExtensionRequest.KIND: "MIN1",
        Attachment.KIND: "SCIS",
    }.get(kind, "SCIS")


# --- Rights for every kind --------------------------------------------------------------------

# A text field of each kind an institution holds but may not change.
FOREIGN: dict[str, tuple[str, Any]] = {
    "institution": ("name", "Ələ keçirilmiş"),
    "facility": ("name", "Ələ keçirilmiş"),
    "strategy": ("title", "Ələ keçirilmiş"),
    "direction": ("title", "Ələ keçirilmiş"),
    "measure": ("title", "Ələ keçirilmiş"),
    "indicator": ("target", 1.0),
    "evaluation": ("comment", "Ələ keçirilmiş"),
    "status_decision": ("reason", "Ələ keçirilmiş"),
    "plan_revision": ("reason", "Ələ keçirilmiş"),
    "indicator_course": ("direction", "decrease"),
    # A status is its source's (``test_an_official_status_is_its_sources``): deleted instead.
    "official_status": ("deleted", True),
    "requirement": ("title", "Ələ keçirilmiş"),
    "inspection": ("conclusion", "Hər şey qaydasındadır"),
    "finding": ("description", "Heç nə tapılmadı"),
    "inspection_act": ("number", "A-9"),
    "finding_event": ("reason", "Başqa səbəb"),
    "finding_response": ("text", "Başqa cavab"),
    "deadline_extension": ("reason", "Başqa səbəb"),
    "extension_request": ("reason", "Başqa səbəb"),
    "working_group": ("representatives", {"MIN1": "Ələ keçirilmiş"}),
    "meeting": ("agenda", "Ələ keçirilmiş"),
    "group_decision": ("done", True),
    "attachment": ("file_name", "başqa.pdf"),
}


@pytest.mark.parametrize("kind", sorted(FOREIGN))
@pytest.mark.slow
def test_an_institution_cannot_change_what_it_may_not_change_locally(
    world: World, kind: str
) -> None:
    model = MODEL_BY_KIND[kind]
    data = _first(world.m1, model, origin=_origin_of(kind))
    field, value = FOREIGN[kind]
    line = _edited(world.m1, data, **{field: value})
    reason = refused(world.c, world.attack(world.m1, world.c, [line]), "MIN1 may not")
    assert f"{spelt(kind)} {data['id']}" in reason


# An institution answers and moves its own findings locally too (tests/test_finding_lifecycle.py).
@pytest.mark.parametrize(
    "kind",
    sorted(
        set(MODEL_BY_KIND)
        - {"institution", "finding_event", "finding_response", "extension_request"}
    ),
)
@pytest.mark.slow
def test_an_institution_cannot_create_records_it_may_not_create_locally(
    world: World, kind: str
) -> None:
    """New records of every kind: another institution's report, a finding, a plan record..."""
    origin = {"progress_report": "MIN2", "attachment": "SCIS"}.get(kind)
    data = _first(world.c, MODEL_BY_KIND[kind], **({"origin": origin} if origin else {}))
    stamp = world.m1.hlc.tick()
    data.update(
        id=str(uuid.uuid4()), origin="MIN1", versions=dict.fromkeys(data["versions"], stamp)
    )
    unique = {
        "measure": "number",
        "requirement": "code",
        "inspection": "reference",
        "working_group": "code",
        "meeting": "number",
    }
    if kind in unique:
        data[unique[kind]] = "9.9" if kind == "measure" else "NEW-1"
    if kind == Evaluation.KIND:
        data["report_id"] = _first(world.m1, ProgressReport, origin="MIN1")["id"]
    if kind in (Finding.KIND, "progress_report"):
        data["number" if kind == Finding.KIND else "period"] = (
            99 if kind == Finding.KIND else "2027"
        )
    path = world.attack(world.m1, world.c, [record_line(kind, data)])
    refused(world.c, path, "MIN1 may not")


# --- Files by hash ----------------------------------------------------------------------------


def _attachment_by_hash(world: World, origin: str) -> bytes:
    finding = world.m1.inspections.finding("INS-1#1")
    stamp = world.m1.hlc.tick()
    record = {
        "id": str(uuid.uuid4()),
        "origin": origin,
        "deleted": False,
        "record_kind": "finding",
        "record_id": finding.id,
        "file_name": "sübut.pdf",
        "media_type": "application/pdf",
        "size": len(EVIDENCE),
        "sha256": hashlib.sha256(EVIDENCE).hexdigest(),  # MIN2's evidence, held by SCIS
        "added_by": "admin",
    }
    record["versions"] = {k: stamp for k in record if k not in ("id", "origin")}
    return record_line("attachment", record)


@pytest.mark.parametrize(("origin", "reason"), [("MIN2", "records of MIN2"), ("MIN1", "content")])
def test_an_attachment_naming_only_a_hash_is_refused(
    world: World, origin: str, reason: str
) -> None:
    line = _attachment_by_hash(world, origin)
    refused(world.c, world.attack(world.m1, world.c, [line]), reason)
    # Nothing of MIN2's travels to MIN1.
    (world.out / "next").mkdir(exist_ok=True)
    exported = service.export_bundle(world.c, "MIN1", world.out / "next")
    assert exported.counts["attachments"] == 0


def test_a_declared_size_must_be_the_contents(world: World) -> None:
    for size, reason in ((1, "declared size"), (2**62, "size")):
        content = b"x" * 4096
        line = json.loads(_attachment_by_hash(world, "MIN1"))
        line["record"].update(size=size, sha256=hashlib.sha256(content).hexdigest())
        raw = json.dumps(line).encode() + b"\n"
        refused(world.c, world.attack(world.m1, world.c, [raw], attachments=[content]), reason)


@pytest.mark.parametrize("name", ["akt\u202efdp.exe", "akt\u0085.pdf", "akt\u2066.pdf"])
def test_names_with_direction_overrides_or_c1_controls_are_refused(
    world: World, name: str, tmp_path: Path
) -> None:
    line = json.loads(_attachment_by_hash(world, "MIN1"))
    line["record"].update(file_name=name, sha256=hashlib.sha256(b"abc").hexdigest(), size=3)
    raw = json.dumps(line, ensure_ascii=False).encode() + b"\n"
    path = world.attack(world.m1, world.c, [raw], attachments=[b"abc"])
    refused(world.c, path, "file name", audited=False)
    source = tmp_path / "a.pdf"
    source.write_bytes(b"abc")
    with pytest.raises(ValidationError):
        world.m1.attachments.attach("INS-1#1", source, name)


# --- Conflict review bypassed -----------------------------------------------------------------


@pytest.mark.slow
def test_a_value_stamped_with_the_coordinators_code_is_refused(fresh: World) -> None:
    """MIN1 overwrites the coordinator's newer change with a stamp bearing the coordinator's
    code: no conflict would be kept, so it is refused."""
    finding = fresh.c.inspections.finding("INS-1#1")
    fresh.c.inspections.respond(finding.id, "Koordinatorun cavabı", "remediated")
    data = stored_record(fresh.m1, Finding, finding.id)
    forged = Stamp(Stamp.parse(fresh.c.hlc.tick()).wall_ms + 1000, 0, "SCIS")
    data["status"] = "remediated"
    data["versions"] = dict(data["versions"], status=str(forged))
    line = record_line("finding", data)
    refused(fresh.c, fresh.attack(fresh.m1, fresh.c, [line]), "stamped by SCIS")
    assert fresh.c.inspections.finding(finding.id).versions["status"] < str(forged)


@pytest.mark.slow
def test_the_institutions_answer_still_merges(fresh: World) -> None:
    finding = fresh.m1.inspections.finding("INS-1#1")
    fresh.m1.inspections.respond(finding.id, "Düzəldildi", "remediated")
    ship(fresh.m1, fresh.c, fresh.out / "answer")
    assert fresh.c.inspections.finding(finding.id).status == "remediated"
    assert fresh.c.inspections.finding(finding.id).description == "Giriş nəzarəti yoxdur"
    # A finding verified and closed is closed to the institution, locally and in a bundle.
    fresh.c.inspections.verify(finding.id, "document_review", "closed", "Yoxlanıldı")
    ship(fresh.c, fresh.m1, fresh.out / "closed")
    data = stored_record(fresh.m1, Finding, finding.id)
    line = _edited(fresh.m1, data, status="in_remediation")
    reason = "MIN1 may not move a finding from verified closed to in remediation"
    refused(fresh.c, fresh.attack(fresh.m1, fresh.c, [line]), reason)
    with pytest.raises(PermissionDenied, match=reason):
        fresh.m1.inspections.transition(finding.id, "in_remediation", "Yenidən açırıq")
    with pytest.raises(PermissionDenied, match="answer a finding that is verified closed"):
        fresh.m1.inspections.respond(finding.id, "Yenidən açırıq")


def test_indicator_and_report_rules_hold_locally(world: World) -> None:
    with pytest.raises(PermissionDenied):
        world.m1.progress.add("1.2", "2026-Q3", "in_progress", 10, "Başqasının tədbiri")
    assert world.c.plan.measure("1.1").number == "1.1"
    assert _first(world.c, Indicator)["name"] == "Göstərici"


@pytest.mark.parametrize("result", ["partly_implemented", "not_implemented", "needs_clarification"])
def test_an_evaluation_without_its_comment_is_refused_at_the_merge(
    world: World, result: str
) -> None:
    """The coordinator's own keys cannot carry what its user could not record locally."""
    evaluation = _first(world.m1, Evaluation, origin="SCIS", result="needs_clarification")
    line = _edited(world.c, evaluation, result=result, comment="")
    reason = refused(world.m1, world.attack(world.c, world.m1, [line]), spelt("comment"))
    assert f"{spelt('evaluation')} {evaluation['id']}" in reason
    with pytest.raises(ValidationError):
        world.c.progress.evaluate(evaluation["report_id"], result, "")


# --- Extension requests -----------------------------------------------------------------------


def _new_request(world: World, **fields: Any) -> bytes:
    """A new extension request by MIN1 about its finding, with ``fields`` as given."""
    data = _first(world.c, ExtensionRequest, origin="MIN1")
    stamp = world.m1.hlc.tick()
    data.update(id=str(uuid.uuid4()), versions=dict.fromkeys(data["versions"], stamp), **fields)
    return record_line(ExtensionRequest.KIND, data)


def test_an_institution_cannot_decide_its_own_extension_request(world: World) -> None:
    """Signed with MIN1's own key: approving the request the coordinator holds as pending."""
    request = _first(world.c, ExtensionRequest, origin="MIN1")
    assert request["status"] == "pending"
    decided = _edited(
        world.m1,
        request,
        status="approved",
        decision_reason="Razıyıq",
        decided_by="admin",
        decided_at="2026-09-02T10:00:00",
    )
    reason = refused(world.c, world.attack(world.m1, world.c, [decided]), "MIN1 may not decide")
    assert "the coordinator does" in reason
    # Nor may it send a request that arrives decided.
    approved = _new_request(world, status="approved", decision_reason="Razıyıq", decided_by="admin")
    refused(world.c, world.attack(world.m1, world.c, [approved]), "a request starts pending")


def test_an_institution_cannot_set_an_earlier_deadline(world: World) -> None:
    finding = _first(world.c, Finding, origin="TEAM1")
    assert finding["deadline"] == "2026-12-31"
    # Asking for an earlier deadline than the one it has...
    earlier = _new_request(world, previous_date="2026-12-31", requested_date="2026-10-01")
    refused(world.c, world.attack(world.m1, world.c, [earlier]), "later than the current one")
    # ...or writing the finding's deadline itself.
    moved = _edited(world.m1, finding, deadline="2026-10-01")
    refused(world.c, world.attack(world.m1, world.c, [moved]), "MIN1 may not change deadline")


def _another_extension(world: World, new_date: str, **changes: Any) -> bytes:
    """A new extension by TEAM1 of its finding from 31.12.2026 to ``new_date``."""
    granted = _first(world.c, DeadlineExtension, origin="TEAM1")
    new = granted | {"id": str(uuid.uuid4())}
    return _edited(world.team, new, previous_date="2026-12-31", new_date=new_date, **changes)


def test_a_team_cannot_move_a_deadline_earlier_through_a_bundle(world: World) -> None:
    finding = _first(world.c, Finding, origin="TEAM1")
    moved = _edited(world.team, finding, deadline="2026-10-01")
    refused(world.c, world.attack(world.team, world.c, [moved]), "later than the current one")
    back = _another_extension(world, "2000-01-01")
    refused(world.c, world.attack(world.team, world.c, [back]), "later than the current one")


@pytest.mark.slow
def test_a_deadline_moves_only_with_its_extension_at_the_merge(fresh: World) -> None:
    """Signed with TEAM1's own keys: the finding's deadline moved later with no extension
    recording the move, as its user cannot locally, is refused, and so with the coordinator's
    own keys; with its extension, sent after the finding as bundles send them, it merges."""
    c, team = fresh.c, fresh.team
    finding = _first(c, Finding, origin="TEAM1")
    assert finding["deadline"] == "2026-12-31"
    moved = _edited(team, finding, deadline="2027-06-30")
    why = "the deadline of finding INS-1#1 moves only through a recorded extension to 30.06.2027"
    granted = _first(c, DeadlineExtension, origin="TEAM1")

    def extension(new_date: str, **changes: Any) -> bytes:
        new = granted | {"id": str(uuid.uuid4())}
        return _edited(team, new, previous_date="2026-12-31", new_date=new_date, **changes)

    # Alone, with an extension to another day, with a deleted one.
    for extra in ([], [extension("2027-05-31")], [extension("2027-06-30", deleted=True)]):
        refused(c, fresh.attack(team, c, [moved, *extra]), why)
    with pytest.raises(ValidationError, match=why):
        team.inspections.update_finding("INS-1#1", deadline="30.06.2027")
    relayed = _edited(c, _first(fresh.m1, Finding, origin="TEAM1"), deadline="2027-06-30")
    refused(fresh.m1, fresh.attack(c, fresh.m1, [relayed]), why)
    merged(c, fresh.attack(team, c, [moved, extension("2027-06-30")]))
    assert c.inspections.finding("INS-1#1").deadline == dt.date(2027, 6, 30)
    assert [e.new_date for e in c.inspections.detail("INS-1").extensions[finding["id"]]] == [
        dt.date(2026, 12, 31), dt.date(2027, 6, 30),
    ]  # fmt: skip


# --- The plan changes by decision, only at the coordinator ------------------------------------


def test_an_institution_cannot_revise_the_plan(world: World) -> None:
    """MIN1, signing with its own keys, moves its measure's end date with a made-up revision:
    only the coordinator revises the plan, at the merge as locally."""
    measure = _first(world.m1, Measure, number="1.1")
    revision = _first(world.m1, PlanRevision)
    stamp = world.m1.hlc.tick()
    forged = revision | {
        "id": str(uuid.uuid4()),
        "origin": "MIN1",
        "old_value": "2027-12-31",
        "new_value": "2030-12-31",
        "reason": "Özümüz qərar verdik",
        "versions": dict.fromkeys(revision["versions"], stamp),
    }
    moved = _edited(world.m1, measure, end_date="2030-12-31")
    for lines in (
        [record_line(PlanRevision.KIND, forged)],
        [moved, record_line(PlanRevision.KIND, forged)],
    ):
        reason = refused(world.c, world.attack(world.m1, world.c, lines), "MIN1 may not")
        assert "plan" in reason
    with pytest.raises(PermissionDenied):
        world.m1.plan.revise_measure("1.1", "Özümüz qərar verdik", end="31.12.2030")
    with pytest.raises(PermissionDenied):
        world.m1.plan.cancel_measure("1.1", "Özümüz qərar verdik")


def test_a_revision_carries_its_reason_at_the_merge(world: World) -> None:
    """Even the coordinator's own keys cannot bring a revision without a reason, nor rewrite
    one already recorded."""
    revision = _first(world.m1, PlanRevision)
    stamp = world.c.hlc.tick()
    unexplained = revision | {
        "id": str(uuid.uuid4()),
        "reason": "",
        "versions": dict.fromkeys(revision["versions"], stamp),
    }
    path = world.attack(world.c, world.m1, [record_line(PlanRevision.KIND, unexplained)])
    refused(world.m1, path, spelt("reason"))
    rewritten = _edited(world.c, revision, reason="Başqa səbəb")
    reason = refused(
        world.m1, world.attack(world.c, world.m1, [rewritten]), "recorded once and kept"
    )
    assert "SCIS may not" in reason
    [kept] = world.m1.plan.history("1.1")
    assert (kept.reason, kept.decision_number) == ("Komissiyanın qərarı", "KQ-1")


def test_a_measure_edit_needs_its_plan_revision_at_the_merge(fresh: World) -> None:
    """Even the coordinator's own keys cannot move a measure's end date without a plan
    revision, as its user cannot locally; with the revision (sent before or after the
    measure) the edit merges."""
    measure = _first(fresh.m1, Measure, number="1.1")
    assert measure["end_date"] == "2027-12-31"
    moved = _edited(fresh.c, measure, end_date="2028-06-30")
    reason = refused(fresh.m1, fresh.attack(fresh.c, fresh.m1, [moved]), "revises the plan")
    assert spelt("end") in reason and "1.1" in reason
    with pytest.raises(ValidationError, match="revises the plan"):
        fresh.c.plan.update_measure("1.1", end="30.06.2028")
    earlier = _first(fresh.m1, PlanRevision)
    stamp = fresh.c.hlc.tick()

    def revision(new_value: str) -> bytes:
        later = dt.datetime.fromisoformat(earlier["revised_at"]) + dt.timedelta(days=1)
        return record_line(
            PlanRevision.KIND,
            earlier
            | {
                "id": str(uuid.uuid4()),
                "old_value": "2027-12-31",
                "new_value": new_value,
                "reason": "Komissiyanın yeni qərarı",
                "decision_number": "KQ-2",
                "revised_at": later.isoformat(),
                "versions": dict.fromkeys(earlier["versions"], stamp),
            },
        )

    # A revision of another value explains nothing.
    refused(
        fresh.m1,
        fresh.attack(fresh.c, fresh.m1, [moved, revision("2029-12-31")]),
        "revises the plan",
    )
    merged(fresh.m1, fresh.attack(fresh.c, fresh.m1, [revision("2028-06-30"), moved]))
    assert fresh.m1.plan.measure("1.1").end_date == dt.date(2028, 6, 30)
    assert [(r.old, r.new, r.reason) for r in fresh.m1.plan.history("1.1")][-1] == (
        "2027-12-31", "2028-06-30", "Komissiyanın yeni qərarı",
    )  # fmt: skip


# --- Relays: what a record allows holds whoever stamped the change ----------------------------

DEADLINE_MOVED = (
    "the deadline of finding INS-1#1 moves only through a recorded extension to 30.06.2027"
)


def test_a_coordinator_cannot_pass_off_a_deadline_move_as_the_teams(world: World) -> None:
    """Signed with the coordinator's own keys: the finding's deadline moved later with no
    extension, stamped as the team's edit so that it passes for a value the coordinator relays.
    The institution and the team refuse it as they refuse the coordinator's own such move: the
    extension must be held once the bundle is in, whoever stamped the move."""
    for recipient in (world.m1, world.team):
        finding = _first(recipient, Finding, origin="TEAM1")
        forged = _edited(world.c, finding, stamped_by="TEAM1", deadline="2027-06-30")
        refused(recipient, world.attack(world.c, recipient, [forged]), DEADLINE_MOVED)
    with pytest.raises(ValidationError, match=DEADLINE_MOVED):
        world.c.inspections.update_finding("INS-1#1", deadline="30.06.2027")


@pytest.mark.slow
def test_the_teams_deadline_move_is_still_relayed(fresh: World) -> None:
    """The honest relay: the team moves the deadline with its extension, the coordinator
    passes both on, the institution takes both."""
    fresh.team.inspections.extend_deadline("INS-1#1", "30.06.2027", "Təchizat gecikir", "Komissiya")
    ship(fresh.team, fresh.c, fresh.out / "team")
    ship(fresh.c, fresh.m1, fresh.out / "m1")
    finding = fresh.m1.inspections.finding("INS-1#1")
    assert finding.deadline == dt.date(2027, 6, 30)
    assert [e.new_date for e in fresh.m1.inspections.detail("INS-1").extensions[finding.id]] == [
        dt.date(2026, 12, 31), dt.date(2027, 6, 30),
    ]  # fmt: skip


def _state_moved(status: str) -> str:
    return f"the state of finding INS-1#1 changes only through a recorded move to {spelt(status)}"


def test_a_finding_state_moves_only_with_its_event(world: World) -> None:
    """The institution's own keys: its finding claimed remediated with no event recording the
    claim; the coordinator's: the finding closed in the team's name with no verification.
    Locally every move of a state is its event first, and the rule book refuses one without."""
    finding = _first(world.m1, Finding, origin="TEAM1")
    assert finding["status"] == "in_remediation"
    claimed = _edited(world.m1, finding, status="remediated")
    refused(world.c, world.attack(world.m1, world.c, [claimed]), _state_moved("remediated"))
    closed = _edited(world.c, finding, stamped_by="TEAM1", status="verified_closed")
    refused(world.m1, world.attack(world.c, world.m1, [closed]), _state_moved("verified_closed"))
    with (
        pytest.raises(ValidationError, match=_state_moved("remediated")),
        world.m1.transaction() as session,
    ):
        held = session.get(Finding, finding["id"])
        assert held is not None
        world.m1.recorder.update(session, held, status="remediated")


def _kept(code: str, kind: str) -> str:
    return f"{code} may not change a {spelt(kind)}: it is recorded once and kept"


def test_a_record_kept_stays_kept_whoever_stamps_the_change(world: World) -> None:
    """The team's extension rewritten by the coordinator in the team's name, or deleted by
    the team itself (the deadline it granted left unexplained); the coordinator's evaluation
    of MIN1's report rewritten, and the event of MIN1's answer on paper rewritten in MIN1's
    name: no node changes these locally, so no bundle does."""
    extension = _first(world.m1, DeadlineExtension, origin="TEAM1")
    rewritten = _edited(world.c, extension, stamped_by="TEAM1", reason="Başqa səbəb")
    path = world.attack(world.c, world.m1, [rewritten])
    refused(world.m1, path, _kept("SCIS", DeadlineExtension.KIND))
    gone = _edited(world.team, _first(world.team, DeadlineExtension, origin="TEAM1"), deleted=True)
    refused(
        world.c, world.attack(world.team, world.c, [gone]), _kept("TEAM1", "deadline_extension")
    )
    evaluation = _first(world.m1, Evaluation, origin="SCIS")
    rewritten = _edited(world.c, evaluation, result="implemented", comment="")
    refused(world.m1, world.attack(world.c, world.m1, [rewritten]), _kept("SCIS", "evaluation"))
    event = _first(world.m1, FindingEvent, origin="SCIS")
    rewritten = _edited(world.c, event, stamped_by="MIN1", reason="Başqa səbəb")
    refused(world.m1, world.attack(world.c, world.m1, [rewritten]), _kept("SCIS", "finding_event"))
    with pytest.raises(PermissionDenied, match=_kept("SCIS", "evaluation")):
        with world.c.transaction() as session:
            held = session.get(Evaluation, evaluation["id"])
            assert held is not None
            world.c.recorder.update(session, held, comment="Başqa rəy")


def test_a_finding_or_an_inspection_is_never_deleted(world: World) -> None:
    """The team's own keys delete its finding, the coordinator's delete the inspection in the
    team's name; no service deletes either (a finding is withdrawn by decision)."""
    finding = _first(world.team, Finding, origin="TEAM1")
    gone = _edited(world.team, finding, deleted=True)
    why = f"TEAM1 may not delete a {spelt('finding')}: it stays on record"
    refused(world.c, world.attack(world.team, world.c, [gone]), why)
    inspection = _first(world.m1, Inspection)
    gone = _edited(world.c, inspection, stamped_by="TEAM1", deleted=True)
    why = f"SCIS may not delete a {spelt('inspection')}: it stays on record"
    refused(world.m1, world.attack(world.c, world.m1, [gone]), why)
    with pytest.raises(PermissionDenied, match="may not delete a"):
        with world.team.transaction() as session:
            held = session.get(Finding, finding["id"])
            assert held is not None
            world.team.recorder.delete(session, held)


def test_an_approval_without_its_deadline_is_refused(world: World) -> None:
    """The coordinator's own keys approve MIN1's request for 31.03.2027 and leave the deadline
    at 31.12.2026, in its own name and in MIN1's: locally an approval moves the deadline."""
    request = _first(world.m1, ExtensionRequest, origin="MIN1")
    assert (request["status"], request["requested_date"]) == ("pending", "2027-03-31")
    decision = {
        "status": "approved",
        "decision_reason": "Razıyıq",
        "decided_by": "admin",
        "decided_at": "2026-09-02T10:00:00",
    }
    why = (
        "approving the request for more time on finding INS-1#1 moves its deadline to"
        " 31.03.2027 or later"
    )
    for node in ("SCIS", "MIN1"):
        approved = _edited(world.c, request, stamped_by=node, **decision)
        refused(world.m1, world.attack(world.c, world.m1, [approved]), why)


@pytest.mark.slow
def test_approving_a_request_the_deadline_has_passed_keeps_the_later_deadline(
    fresh: World,
) -> None:
    """The team moved the deadline beyond the date MIN1 asked for before the coordinator
    decided: the approval grants the later of the two (it was refused as not later than the
    current deadline), with no new extension, and reaches every desk as it is."""
    c, m1, team = fresh.c, fresh.m1, fresh.team
    team.inspections.extend_deadline("INS-1#1", "30.06.2027", "Təchizat gecikir", "Komissiya")
    ship(team, c, fresh.out / "team")
    [request] = c.inspections.extension_requests("INS-1#1")
    assert request.requested_date == dt.date(2027, 3, 31)
    c.inspections.decide_extension(request.id, approve=True, reason="Əsaslıdır")
    for desk in (c, m1, team):
        if desk is not c:
            ship(c, desk, fresh.out / desk.node.code)
        [decided] = desk.inspections.extension_requests("INS-1#1")
        assert decided.status == "approved"
        finding = desk.inspections.finding("INS-1#1")
        assert finding.deadline == dt.date(2027, 6, 30)
        assert [e.new_date for e in desk.inspections.detail("INS-1").extensions[finding.id]] == [
            dt.date(2026, 12, 31), dt.date(2027, 6, 30),
        ]  # fmt: skip


def test_an_extension_comes_with_its_deadline(world: World) -> None:
    """The team's own keys: an extension of its finding to 01.01.2030 with the deadline left
    at 31.12.2026 (the compliance figures read the deadline in force from the extensions);
    locally an extension moves the deadline with it."""
    dangling = _another_extension(world, "2030-01-01", reason="Özümüz")
    why = "an extension of finding INS-1#1 to 01.01.2030 comes with its deadline moved there"
    refused(world.c, world.attack(world.team, world.c, [dangling]), why)


def test_what_a_record_is_about_never_changes(world: World) -> None:
    """The team's own keys renumber its issued finding; MIN1's move its report to another
    period, MIN2's its evidence to another record; the coordinator's, in the team's name, move
    the finding to another inspection. No service changes these once recorded."""
    finding = _first(world.team, Finding, origin="TEAM1")
    renumbered = _edited(world.team, finding, number=7)
    why = f"TEAM1 may not change the {spelt('number')} of a {spelt('finding')}"
    refused(world.c, world.attack(world.team, world.c, [renumbered]), why)
    report = _first(world.m1, ProgressReport, origin="MIN1")
    moved = _edited(world.m1, report, period="2026-Q4")
    why = f"MIN1 may not change the {spelt('period')} of a {spelt('progress_report')}"
    refused(world.c, world.attack(world.m1, world.c, [moved]), why)
    elsewhere = _edited(
        world.c,
        _first(world.m1, Finding, origin="TEAM1"),
        stamped_by="TEAM1",
        inspection_id=str(uuid.uuid4()),
    )
    why = f"SCIS may not change the {spelt('inspection_id')} of a {spelt('finding')}"
    refused(world.m1, world.attack(world.c, world.m1, [elsewhere]), why)
    evidence = _first(world.m2, Attachment, origin="MIN2")
    moved = _edited(world.m2, evidence, record_id=str(uuid.uuid4()))
    why = f"MIN2 may not change the {spelt('record_id')} of a {spelt('attachment')}"
    refused(world.c, world.attack(world.m2, world.c, [moved]), why)


def test_an_institution_asks_once_at_a_time(world: World) -> None:
    """MIN1's own keys: a second request for more time while its first awaits the
    coordinator's decision, as its user cannot ask locally."""
    second = _new_request(world, requested_date="2027-04-30")
    why = "finding INS-1#1 already has an extension request awaiting a decision"
    refused(world.c, world.attack(world.m1, world.c, [second]), why)
    with pytest.raises(ValidationError, match=why):
        world.m1.inspections.request_extension("INS-1#1", "30.04.2027", "Yenə")


# --- The kinds that came latest: groups, statuses, revisions, events --------------------------


def test_a_task_with_a_deadline_names_its_assignees_at_the_merge(world: World) -> None:
    """The coordinator's own keys: a decision's task left with its deadline and no institution
    assigned, as its user cannot record it locally."""
    decision = _first(world.m1, GroupDecision)
    assert decision["deadline"] == "2026-09-30"
    line = _edited(world.c, decision, assignees=[])
    reason = refused(world.m1, world.attack(world.c, world.m1, [line]), "assigned to")
    assert f"{spelt('group_decision')} {decision['id']}" in reason
    with pytest.raises(ValidationError, match="assigned to"):
        world.c.groups.add_decision("İQ-1-01", "Tapşırıq", deadline="30.09.2026")


def test_a_representative_is_of_a_member_at_the_merge(world: World) -> None:
    """The coordinator's own keys: a new group with a representative of MIN2, no member of it."""
    group = _first(world.m1, WorkingGroup)
    people = {"MIN1": "Nümayəndə", "MIN2": "Yad"}
    new = group | {"id": str(uuid.uuid4())}
    line = _edited(world.c, new, code="İQ-2", representatives=people)
    why = "MIN2 has a representative but is not a member of the group"
    reason = refused(world.m1, world.attack(world.c, world.m1, [line]), why)
    assert f"{spelt('working_group')} {new['id']}" in reason
    with pytest.raises(ValidationError, match=why), world.c.transaction() as session:
        world.c.recorder.create(
            session, WorkingGroup, code="İQ-2", name="Qrup", members=["MIN1"],
            representatives=people,
        )  # fmt: skip


def test_groups_meetings_and_decisions_stay_as_recorded(world: World) -> None:
    """The coordinator's own keys: its meeting moved to another group (its protocol then
    reaching that group's members), its group renamed, a decision renumbered, moved to another
    meeting or deleted from the protocol. Locally a group and a meeting are recorded, never
    edited, and a decision changes only in what it says, who does it, by when and whether done."""
    meeting = _first(world.m1, Meeting)
    moved = _edited(world.c, meeting, group_id=str(uuid.uuid4()))
    refused(world.m1, world.attack(world.c, world.m1, [moved]), _kept("SCIS", "meeting"))
    group = _first(world.m1, WorkingGroup)
    renamed = _edited(world.c, group, name="Başqa qrup")
    refused(world.m1, world.attack(world.c, world.m1, [renamed]), _kept("SCIS", "working_group"))
    decision = _first(world.m1, GroupDecision)
    changes: tuple[tuple[str, Any], ...] = (("number", 7), ("meeting_id", str(uuid.uuid4())))
    for field, value in changes:
        line = _edited(world.c, decision, **{field: value})
        why = f"SCIS may not change the {spelt(field)} of a {spelt('group_decision')}"
        refused(world.m1, world.attack(world.c, world.m1, [line]), why)
    gone = _edited(world.c, decision, deleted=True)
    why = f"SCIS may not delete a {spelt('group_decision')}: it stays on record"
    refused(world.m1, world.attack(world.c, world.m1, [gone]), why)


def _event_alone(world: World, sender: Desk, maker: str | None = None, **fields: Any) -> bytes:
    """A new event of INS-1#1 made by ``maker`` (default: ``sender``), every value stamped by
    it, with ``fields``, as ``sender`` would send it."""
    origin = maker or sender.node.code
    event = _first(world.c, FindingEvent) | {"id": str(uuid.uuid4()), "origin": origin}
    values = {name: event[name] for name in set(event) - {"id", "origin", "versions"}}
    return _edited(sender, event, stamped_by=maker, **(values | fields))


def test_an_event_comes_with_its_move(world: World) -> None:
    """MIN1's own keys: a claim of remediation written into the finding's history with its
    state left in remediation; the team's: a verified closure the finding never made (one the
    partner agency would be asked to co-sign), and the coordinator's, relaying one as the
    team's. Locally an event is the move's first half."""
    finding = _first(world.c, Finding, origin="TEAM1")
    assert finding["status"] == "in_remediation"
    claim = _event_alone(
        world, world.m1, from_status="in_remediation", to_status="remediated", reason="Etdik"
    )
    why = "finding INS-1#1 is recorded as moved to {} but its state did not move"
    refused(world.c, world.attack(world.m1, world.c, [claim]), why.format(spelt("remediated")))
    closure = _event_alone(
        world,
        world.team,
        from_status="remediated",
        to_status="verified_closed",
        reason="Yoxlandı",
        method="on_site",
    )
    closed = why.format(spelt("verified_closed"))
    refused(world.c, world.attack(world.team, world.c, [closure]), closed)
    # Nor may the coordinator pass one off as the team's, relayed to the institution.
    relayed = _event_alone(
        world,
        world.c,
        "TEAM1",
        from_status="remediated",
        to_status="verified_closed",
        reason="Yoxlandı",
        method="on_site",
    )
    refused(world.m1, world.attack(world.c, world.m1, [relayed]), closed)
    with pytest.raises(ValidationError, match=why.format(".*")), world.m1.transaction() as session:
        world.m1.recorder.create(
            session,
            FindingEvent,
            finding_id=finding["id"],
            at=dt.datetime(2026, 9, 20, 10, 0),
            author="admin",
            from_status="in_remediation",
            to_status="remediated",
            reason="Etdik",
            method="",
            evidence_ids=[],
        )


def test_a_status_decision_is_kept(fresh: World) -> None:
    """The coordinator's own keys rewrite its decision on MIN2's measure (delayed, 30%) as
    completed; no service rewrites a decision: a new one is taken."""
    ship(fresh.c, fresh.m2, fresh.out / "honest")
    decision = _first(fresh.m2, StatusDecision)
    line = _edited(fresh.c, decision, status="completed", percent=100, reason="Bitdi")
    refused(fresh.m2, fresh.attack(fresh.c, fresh.m2, [line]), _kept("SCIS", "status_decision"))
    gone = _edited(fresh.c, decision, deleted=True)
    refused(fresh.m2, fresh.attack(fresh.c, fresh.m2, [gone]), _kept("SCIS", "status_decision"))


def test_a_plan_revision_comes_with_its_edit(world: World) -> None:
    """The coordinator's own keys: a revision moving measure 1.1's end to 2030 with the
    measure left at 2027, so the plan's history says what the plan never did."""
    revision = _first(world.m1, PlanRevision)
    assert (revision["field"], revision["new_value"]) == ("end", "2027-12-31")
    line = _edited(
        world.c, revision | {"id": str(uuid.uuid4())}, new_value="2030-12-31", reason="Saxta"
    )
    why = f"a plan revision of measure 1.1 records a {spelt('end')} the measure does not hold"
    refused(world.m1, world.attack(world.c, world.m1, [line]), why)
    with pytest.raises(ValidationError, match=why), world.c.transaction() as session:
        held = session.get(PlanRevision, revision["id"])
        assert held is not None
        world.c.recorder.create(
            session,
            PlanRevision,
            **{name: value for name, value in held.to_fields().items() if name != "deleted"}
            | {"new_value": "2030-12-31"},
        )


def test_an_answer_cites_only_its_own_evidence(world: World) -> None:
    """MIN1's own keys: an answer citing the inspector's photo as its evidence, and one citing
    a file that does not exist; locally an answer's evidence is the files it adds."""
    photo = _first(world.c, Attachment, origin="TEAM1")
    answer = _first(world.c, FindingResponse) | {"id": str(uuid.uuid4()), "origin": "MIN1"}
    values = {name: answer[name] for name in set(answer) - {"id", "origin", "versions"}}
    why = (
        f"a {spelt('finding_response')} of finding INS-1#1 cites as evidence a file MIN1 did"
        " not add to it"
    )
    for cited in (photo["id"], str(uuid.uuid4())):
        line = _edited(world.m1, answer, **(values | {"text": "Bax", "evidence_ids": [cited]}))
        refused(world.c, world.attack(world.m1, world.c, [line]), why)


def test_a_submitted_report_stays_submitted_and_a_draft_is_not_evaluated(world: World) -> None:
    """MIN1's own keys take its submitted report (evaluated) back as a draft, which leaves the
    figures and its evaluation behind; locally a draft is submitted once, and only a submitted
    report is evaluated, at the merge too."""
    report = _first(world.c, ProgressReport, origin="MIN1")
    assert not report["draft"]
    back = _edited(world.m1, report, draft=True, submitted_at=None)
    why = "MIN1 may not return a submitted report to draft"
    reason = refused(world.c, world.attack(world.m1, world.c, [back]), why)
    assert f"{spelt('progress_report')} {report['id']}" in reason
    with pytest.raises(PermissionDenied, match=why), world.m1.transaction() as session:
        held = session.get(ProgressReport, report["id"])
        assert held is not None
        world.m1.recorder.update(session, held, draft=True)


def test_a_draft_is_not_evaluated_at_the_merge(fresh: World) -> None:
    """The coordinator's own keys: an evaluation of the draft MIN1 holds (a draft never leaves
    its node; locally no draft is evaluated)."""
    draft = fresh.m1.progress.add("1.1", "2026-Q4", "in_progress", 20, "", draft=True)
    evaluation = _first(fresh.m1, Evaluation, origin="SCIS")
    new = evaluation | {"id": str(uuid.uuid4()), "report_id": draft.id}
    line = _edited(fresh.c, new, result="implemented", comment="")
    reason = refused(
        fresh.m1, fresh.attack(fresh.c, fresh.m1, [line]), "a draft cannot be evaluated"
    )
    assert f"{spelt('evaluation')} {new['id']}" in reason


def test_an_official_status_is_its_sources(world: World) -> None:
    """The coordinator's own keys publish measure 1.2 as completed at 100% while the decision
    behind its status says delayed at 30%, and a measure nobody reported on as completed:
    locally an official status is published from its report or decision, never typed."""
    published = _first(world.m1, OfficialStatus, source_kind="decision")
    assert (published["status"], published["percent"]) == ("delayed", 30)
    forged = _edited(world.c, published, status="completed", percent=100)
    why = f"official status {published['id']} is not its decision's"
    refused(world.m1, world.attack(world.c, world.m1, [forged]), why)
    unreported = _edited(
        world.c, published, status="completed", percent=100, source_kind="", source_id="", period=""
    )
    why = "a measure nobody reported on is officially not started"
    reason = refused(world.m1, world.attack(world.c, world.m1, [unreported]), why)
    assert f"{spelt('official_status')} {published['id']}" in reason
