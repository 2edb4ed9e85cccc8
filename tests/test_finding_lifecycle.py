"""A finding's lifecycle (issue 15): states enforced by the rule book locally and at the merge,
every change of state and every answer a record of its own, hostile partners refused."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app.core.desk import Desk
from desktop_app.core.inspections import move_finding
from desktop_app.core.models import Finding, FindingEvent, FindingResponse, FindingStatus, NodeRole
from desktop_app.core.records import Recorder
from desktop_app.core.rules.lifecycle import TRANSITIONS, Party
from desktop_app.errors import DeskError, PermissionDenied, ValidationError
from desktop_app.exchange import service
from desktop_app.reports.i18n import ENUMS
from tests.conftest import SteppingClock
from tests.exchange_world import (
    COMMISSION_ROLES,
    co_sign_round,
    craft_bundle,
    create_nodes,
    plan_institution,
    record_line,
    ship,
    stored_record,
)

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow

REF = "INS-1#1"


@dataclass
class World:
    c: Desk
    m1: Desk
    team: Desk
    dtx: Desk
    root: Path
    rounds: int = 0

    def ship(self, source: Desk, target: Desk) -> None:
        """At the coordinator, the partner agency co-signs the acts before they go on."""
        self.rounds += 1
        ship(source, target, self.root / f"stick-{self.rounds}")
        if target is self.c:
            co_sign_round(self.c, self.dtx, self.root / f"stick-{self.rounds}")

    def attack(self, lines: list[bytes]) -> Path:
        self.rounds += 1
        return craft_bundle(
            self.m1, self.c, self.root / "crafted", lines=lines, sequence=100 + self.rounds
        )


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """The team has recorded a finding about MIN1 (deadline passed) and issued the act, so MIN1
    now holds it."""
    c, m1, team, dtx = create_nodes(tmp_path, COMMISSION_ROLES, SteppingClock()).values()
    plan_institution(c, "MIN1", "Nazirlik 1")
    c.inspections.add("MIN1", reference="INS-1", team_node="TEAM1")
    built = World(c, m1, team, dtx, tmp_path)
    built.ship(c, team)
    team.inspections.add_finding("INS-1", "Giriş nəzarəti yoxdur", "high", deadline="01.01.2020")
    team.inspections.issue("INS-1", "A-1", "19.12.2019")
    built.ship(team, c)
    built.ship(c, m1)
    yield built
    for desk in (c, m1, team, dtx):
        desk.close()


def _edited(desk: Desk, kind: str, data: dict[str, Any], **changes: Any) -> bytes:
    stamp = desk.hlc.tick()
    edited = json.loads(json.dumps(data, default=str)) | changes
    edited["versions"] = dict(data["versions"]) | dict.fromkeys(changes, stamp)
    return record_line(kind, edited)


def _refused(world: World, path: Path, reason: str) -> None:
    result = service.import_bundle(world.c, path)
    assert result.outcome == "refused", result.line()
    assert reason in result.reason and "\n" not in result.reason, result.reason


def _claim(world: World) -> None:
    """MIN1 accepts the finding, then claims it remediated; the coordinator learns of it."""
    world.m1.inspections.respond(REF, "Plan: kart oxuyucuları alınır", "in_remediation")
    world.m1.inspections.respond(REF, "Kart oxuyucuları quraşdırılıb", "remediated")
    world.ship(world.m1, world.c)


# --- states -----------------------------------------------------------------------------------


def test_a_claim_leaves_the_finding_open_and_overdue(world: World) -> None:
    _claim(world)
    [row] = world.c.inspections.findings(overdue=True)
    assert (row.ref, row.status, row.overdue) == (REF, "remediated", True)
    world.team.inspections.findings()  # the team has not heard yet; it verifies after shipping
    world.ship(world.c, world.team)
    world.team.inspections.verify(REF, "on_site", "closed", "Yerində yoxlanıldı")
    world.ship(world.team, world.c)
    assert world.c.inspections.findings(overdue=True) == []


def test_the_institution_cannot_close_its_own_finding_locally(world: World) -> None:
    _claim(world)
    with pytest.raises(PermissionDenied) as refused:
        world.m1.inspections.verify(REF, "document_review", "closed", "Özümüz yoxladıq")
    assert str(refused.value) == (
        "MIN1 may not move a finding from remediated to verified closed;"
        " from remediated it may not move it at all"
    )
    assert world.m1.inspections.finding(REF).status == "remediated"


def test_a_forbidden_move_names_the_allowed_ones(world: World) -> None:
    with pytest.raises(PermissionDenied) as refused:
        world.m1.inspections.transition(REF, "remediated", "Hazırdır")
    assert str(refused.value) == (
        "MIN1 may not move a finding from open to remediated;"
        " from open it may move it only to: in_remediation, disputed"
    )
    with pytest.raises(PermissionDenied, match="only to: in_remediation, disputed"):
        world.c.inspections.decide_dispute(REF, uphold=False, reason="Geri götürülür")


def test_verification_returns_or_closes_with_verifier_method_and_evidence(
    world: World, tmp_path: Path
) -> None:
    _claim(world)
    world.ship(world.c, world.team)
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    with pytest.raises(ValidationError, match="method"):
        world.team.inspections.transition(REF, "verified_closed", "Bağlanır")
    world.team.inspections.verify(REF, "on_site", "returned", "Oxuyucular işləmir", [photo])
    assert world.team.inspections.finding(REF).status == "in_remediation"
    world.ship(world.team, world.c)
    world.ship(world.c, world.m1)
    world.m1.inspections.respond(REF, "Oxuyucular dəyişdirilib", "remediated")
    world.ship(world.m1, world.c)
    world.c.inspections.verify(REF, "document_review", "closed", "Sübut kifayətdir")
    history = world.c.inspections.history(REF)
    moves = [(e.node, e.from_status, e.to_status) for e in history if e.kind == "event"]
    assert moves == [
        ("MIN1", "open", "in_remediation"),
        ("MIN1", "in_remediation", "remediated"),
        ("TEAM1", "remediated", "in_remediation"),
        ("MIN1", "in_remediation", "remediated"),
        ("SCIS", "remediated", "verified_closed"),
    ]
    # The closure is followed by its verifier's signature for the issuing agency.
    assert [(e.kind, e.side, e.node) for e in history[-1:]] == [("signature", "issuer", "SCIS")]
    returned, closed = history[4], history[-2]
    assert (returned.method, returned.text, returned.evidence) == (
        "on_site",
        "Oxuyucular işləmir",
        ("foto.jpg",),
    )
    assert (closed.author, closed.method, closed.text) == (
        "admin",
        "document_review",
        "Sübut kifayətdir",
    )
    assert closed.at is not None


def test_a_dispute_is_upheld_or_withdrawn_and_reopening_needs_a_reason(world: World) -> None:
    world.m1.inspections.dispute(REF, "Bu sistem KİI deyil")
    world.ship(world.m1, world.c)
    world.ship(world.c, world.team)
    with pytest.raises(PermissionDenied, match="TEAM1 may not move a finding from disputed"):
        world.team.inspections.decide_dispute(REF, uphold=False, reason="Geri götürülür")
    world.c.inspections.decide_dispute(REF, uphold=True, reason="Sistem KİI siyahısındadır")
    assert world.c.inspections.finding(REF).status == "open"
    world.ship(world.c, world.m1)
    world.m1.inspections.dispute(REF, "Yenə etiraz edirik")
    world.ship(world.m1, world.c)
    world.c.inspections.decide_dispute(REF, uphold=False, reason="Etiraz əsaslıdır")
    assert world.c.inspections.finding(REF).status == "withdrawn"
    assert world.c.inspections.findings(overdue=True) == []
    with pytest.raises(ValidationError, match="reason"):
        world.c.inspections.reopen(REF, "  ")
    world.ship(world.c, world.m1)
    with pytest.raises(PermissionDenied, match="MIN1 may not move a finding from withdrawn"):
        world.m1.inspections.transition(REF, "open", "Açırıq")
    world.c.inspections.reopen(REF, "Yeni sübut tapıldı")
    assert [e.to_status for e in world.c.inspections.history(REF) if e.kind == "event"] == [
        "disputed",
        "open",
        "disputed",
        "withdrawn",
        "open",
    ]


def test_answers_are_a_thread_never_overwritten(world: World) -> None:
    world.m1.inspections.respond(REF, "Razı deyilik, sübut göndəririk")
    world.m1.inspections.respond(REF, "Razıyıq, plan hazırdır", "in_remediation")
    world.ship(world.m1, world.c)
    answers = [e for e in world.c.inspections.history(REF) if e.kind == "response"]
    assert [(a.node, a.text) for a in answers] == [
        ("MIN1", "Razı deyilik, sübut göndəririk"),
        ("MIN1", "Razıyıq, plan hazırdır"),
    ]
    assert world.c.inspections.findings()[0].response == "Razıyıq, plan hazırdır"


# --- hostile partners: the same rule refuses it at the merge ----------------------------------


def test_a_bundle_closing_its_own_finding_is_refused(world: World) -> None:
    _claim(world)
    data = stored_record(world.m1, Finding, world.m1.inspections.finding(REF).id)
    line = _edited(world.m1, "finding", data, status="verified_closed")
    _refused(world, world.attack([line]), "MIN1 may not move a finding from remediated to")
    assert world.c.inspections.finding(REF).status == "remediated"


def test_a_bundle_jumping_from_open_to_verified_closed_is_refused(world: World) -> None:
    data = stored_record(world.m1, Finding, world.m1.inspections.finding(REF).id)
    line = _edited(world.m1, "finding", data, status="verified_closed")
    reason = "MIN1 may not move a finding from open to verified closed; from open it may move it"
    _refused(world, world.attack([line]), reason)
    with pytest.raises(PermissionDenied, match=reason):
        world.m1.inspections.transition(REF, "verified_closed", "Bağlayırıq", method="on_site")


def test_a_bundle_rewriting_an_earlier_answer_is_refused(world: World) -> None:
    answer = world.m1.inspections.respond(REF, "Razı deyilik")
    world.ship(world.m1, world.c)
    data = stored_record(world.m1, FindingResponse, answer.id)
    line = _edited(world.m1, "finding_response", data, text="Razıyıq")
    reason = "MIN1 may not change a finding response: it is recorded once and kept"
    _refused(world, world.attack([line]), reason)
    with pytest.raises(PermissionDenied, match=reason), world.m1.transaction() as session:
        held = session.get(FindingResponse, answer.id)
        assert held is not None
        world.m1.recorder.update(session, held, text="Razıyıq")
    texts = [e.text for e in world.c.inspections.history(REF) if e.kind == "response"]
    assert texts == ["Razı deyilik"]


def test_a_bundle_forging_a_verifier_event_is_refused(world: World) -> None:
    _claim(world)
    finding = world.m1.inspections.finding(REF)
    stamp = world.m1.hlc.tick()
    forged: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "origin": "MIN1",
        "deleted": False,
        "finding_id": finding.id,
        "at": "2026-09-15T09:00:00",
        "author": "Komissiya sədri",
        "from_status": "remediated",
        "to_status": "verified_closed",
        "reason": "Yerində yoxlanıldı",
        "method": "on_site",
        "evidence_ids": [],
    }
    forged["versions"] = {k: stamp for k in forged if k not in ("id", "origin")}
    reason = "MIN1 may not move a finding from remediated to verified closed"
    _refused(world, world.attack([record_line("finding_event", forged)]), reason)
    with pytest.raises(PermissionDenied, match=reason):
        world.m1.inspections.verify(REF, "on_site", "closed", "Yerində yoxlanıldı")


# --- every path the rule book allows, and no other, from every node role ----------------------

ACTORS: dict[str, tuple[NodeRole, set[Party]]] = {
    "SCIS": (NodeRole.COORDINATOR, {Party.INSTITUTION, Party.COMMISSION, Party.COORDINATOR}),
    "MIN1": (NodeRole.INSTITUTION, {Party.INSTITUTION}),
    "MIN2": (NodeRole.INSTITUTION, set()),
    "TEAM1": (NodeRole.INSPECTION_TEAM, {Party.COMMISSION}),
    "TEAM2": (NodeRole.INSPECTION_TEAM, set()),
}
STATES = sorted({state for pair in TRANSITIONS for state in pair})


def draw_move(
    data: st.DataObject, status: str, parties: dict[str, set[Party]]
) -> tuple[str, str, bool]:
    """(node, target state, whether the table allows it): half of the draws among the allowed
    moves from ``status``, so that long paths are walked, the others among every node and
    state."""
    allowed_moves = [
        (code, to)
        for (start, to), rule in TRANSITIONS.items()
        if start == status
        for code, own in parties.items()
        if rule.party in own
    ]
    pick_allowed = bool(allowed_moves) and data.draw(st.booleans())
    code, target = data.draw(
        st.sampled_from(allowed_moves)
        if pick_allowed
        else st.tuples(st.sampled_from(sorted(parties)), st.sampled_from(STATES))
    )
    rule = TRANSITIONS.get((status, target))
    return code, target, rule is not None and rule.party in parties[code]


@pytest.fixture(scope="module")
def lifecycle_desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """A coordinator's store holding MIN1's inspection, given to TEAM1, and MIN2."""
    roles = {"SCIS": "coordinator"}
    desk = create_nodes(tmp_path_factory.mktemp("life"), roles, SteppingClock())["SCIS"]
    for code in ("MIN1", "MIN2"):
        plan_institution(desk, code, f"Nazirlik {code}")
    desk.inspections.add("MIN1", reference="INS-1", team_node="TEAM1")
    yield desk
    desk.close()


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_allowed_path_walks_and_every_other_move_is_refused(
    lifecycle_desk: Desk, data: st.DataObject
) -> None:
    """Random walks from every node's role, half of the steps drawn among the allowed ones
    so that long paths are walked: each move is taken exactly when the table allows it."""
    desk = lifecycle_desk
    recorders = {code: Recorder(code, role, "user", desk.hlc) for code, (role, _) in ACTORS.items()}
    with desk.transaction() as session:
        finding = recorders["TEAM1"].create(
            session,
            Finding,
            inspection_id=desk.inspections.inspections()[0].id,
            number=len(session.scalars(select(Finding.id)).all()) + 1,
            description="Çatışmazlıq",
            severity="low",
            status="open",
        )
        status, taken = "open", 0
        parties = {code: actor_parties for code, (_, actor_parties) in ACTORS.items()}
        for _ in range(data.draw(st.integers(0, 14))):
            code, target, allowed = draw_move(data, status, parties)
            rule = TRANSITIONS.get((status, target))
            method = "on_site" if rule is not None and rule.method else ""
            try:
                with session.begin_nested():
                    move_finding(
                        session, recorders[code], desk.now(), finding, target, "Səbəb", [], method
                    )
            except DeskError as error:
                assert not allowed, (code, status, target, error)
                assert "\n" not in str(error)
                session.refresh(finding)
            else:
                assert allowed, (code, status, target)
                status, taken = target, taken + 1
            assert finding.status == status
        events = session.scalars(
            select(FindingEvent).where(FindingEvent.finding_id == finding.id)
        ).all()
        assert len(events) == taken  # a refused move leaves no event behind


def test_every_state_has_a_printed_name() -> None:
    """The inspection act and the compliance report name each state in both their languages."""
    assert {status.value for status in FindingStatus} <= set(ENUMS)
