"""Every path of a finding's states that the rule book allows, and no other, through bundles
(issue 15): random sequences of transitions from every node role, each sent as a bundle its
sender signs with its own keys, merged by the coordinator exactly when the table allows it.

The findings are real: the team records and issues them, the partner agency co-signs the act,
and they reach the inspected institution. Each step is a transition by one of six nodes: the
coordinator makes its own through its services and relays it by its real bundle to the team or
the institution, whose merge takes it; a move the coordinator may not make is refused by its
services and, carried in a bundle the coordinator's keys sign, by the receiver's merge. The
others (the partner agency among them, which moves no finding) send a bundle carrying the
finding in its new state and the event that records the move. The local half, every role's
move through the services' ``move_finding``, is
``test_finding_lifecycle.test_every_allowed_path_walks_and_every_other_move_is_refused``.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, update

from desktop_app.core.desk import Desk
from desktop_app.core.models import MODEL_BY_KIND, Finding, FindingEvent, FindingStatus
from desktop_app.core.rules.lifecycle import TRANSITIONS, Party
from desktop_app.errors import DeskError, Term
from desktop_app.exchange import service
from desktop_app.exchange.format import RecordCodec
from tests.conftest import SteppingClock
from tests.exchange_world import (
    co_sign_round,
    craft_bundle,
    create_nodes,
    plan_institution,
    record_line,
    ship,
    stored_record,
)
from tests.test_finding_lifecycle import draw_move

# Who takes part in the findings of INS-1 (MIN1's, given to TEAM1), and as which parties.
PARTIES: dict[str, set[Party]] = {
    "SCIS": {Party.INSTITUTION, Party.COMMISSION, Party.COORDINATOR},
    "MIN1": {Party.INSTITUTION},
    "MIN2": set(),
    "TEAM1": {Party.COMMISSION},
    "TEAM2": set(),
    "DTX": set(),  # the partner agency co-signs; it moves no finding
}
# The nodes the coordinator relays its moves to.
RECEIVERS = ("TEAM1", "MIN1")
EXAMPLES = 24  # 30 before the relays: each example now also ships real bundles
MAX_STEPS = 10


@dataclass
class Nodes:
    desks: dict[str, Desk]
    root: Path
    refs: list[str]  # findings not walked yet
    sequence: dict[str, int] = field(default_factory=dict)
    last_merged: dict[str, str] = field(default_factory=dict)  # the SHA-256 each chain follows

    @property
    def c(self) -> Desk:
        return self.desks["SCIS"]

    def send(self, code: str, lines: list[bytes], to: str = "SCIS") -> service.ImportResult:
        """A bundle from ``code`` to ``to`` (the coordinator, or from the coordinator to a
        receiver), signed with ``code``'s own key."""
        chain = code if to == "SCIS" else f"{code}>{to}"
        # Far above the real bundles' numbers on the coordinator's channels.
        sequence = self.sequence.get(chain, 10 if to == "SCIS" else 10_000) + 1
        path = craft_bundle(
            self.desks[code],
            self.desks[to],
            self.root / "sent",
            lines=lines,
            sequence=sequence,
            prev_sha256=self.last_merged.get(chain, ""),
        )
        result = service.import_bundle(self.desks[to], path)
        if result.outcome == "merged":
            # A refused bundle takes no place in the sender's chain: the next one reuses it.
            self.sequence[chain] = sequence
            self.last_merged[chain] = hashlib.sha256(path.read_bytes()).hexdigest()
            if to == "SCIS":
                _hold(self.desks[code], lines)
        return result

    def relay(self, to: str) -> None:
        """The coordinator's real bundle to ``to``, which must merge."""
        self.sequence["relays"] = self.sequence.get("relays", 0) + 1
        ship(self.c, self.desks[to], self.root / f"relay-{self.sequence['relays']}")


def _hold(desk: Desk, lines: list[bytes]) -> None:
    """What a bundle from ``desk`` carried, written into its own store as its own moves would
    be: the coordinator never sends a node its own records (it holds them), so a relayed state
    the node stamped finds the node's event there, as the rule book asks."""
    codec = RecordCodec()
    with desk.transaction() as session:
        for line in lines:
            record = codec.decode_line(line)
            model = MODEL_BY_KIND[record.kind]
            row = {"id": record.id, "origin": record.origin, "versions": record.versions}
            row |= record.fields
            if session.get(model, record.id) is None:
                session.execute(insert(model).values(row))
            else:
                session.execute(update(model).where(model.id == record.id).values(row))


@pytest.fixture(scope="module")
def nodes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Nodes]:
    """TEAM1 has recorded and issued enough findings about MIN1; both hold them."""
    root = tmp_path_factory.mktemp("paths")
    roles = {
        "SCIS": "coordinator",
        "MIN1": "institution",
        "MIN2": "institution",
        "TEAM1": "inspection-team",
        "TEAM2": "inspection-team",
        "DTX": "partner-agency",
    }
    desks = create_nodes(root, roles, SteppingClock())
    c, min1, _, team1, _, dtx = desks.values()
    assert list(desks) == [*PARTIES]
    for code in ("MIN1", "MIN2"):
        plan_institution(c, code, f"Nazirlik {code}")
    c.inspections.add("MIN1", reference="INS-1", start="01.09.2026", team_node="TEAM1")
    ship(c, team1, root / "to-team")
    for number in range(EXAMPLES + 6):  # a few to spare
        team1.inspections.add_finding("INS-1", f"Çatışmazlıq {number + 1}", "medium")
    team1.inspections.issue("INS-1", "A-1", "05.09.2026")
    ship(team1, c, root / "from-team")
    co_sign_round(c, dtx, root / "partner")  # the act reaches MIN1 once co-signed
    ship(c, min1, root / "to-min1")
    built = Nodes(desks, root, [row.ref for row in c.inspections.findings()])
    assert len(built.refs) == EXAMPLES + 6
    yield built
    for desk in desks.values():
        desk.close()


def _method(status: str, target: str) -> str:
    rule = TRANSITIONS.get((status, target))
    return "on_site" if rule is not None and rule.method else ""


def _move_lines(nodes: Nodes, code: str, ref: str, target: str) -> list[bytes]:
    """The finding in its new state, stamped by the sender, and the event of the move."""
    sender = nodes.desks[code]
    finding = stored_record(nodes.c, Finding, nodes.c.inspections.finding(ref).id)
    stamp = sender.hlc.tick()
    moved = json.loads(json.dumps(finding, default=str)) | {"status": target}
    moved["versions"] = dict(finding["versions"]) | {"status": stamp}
    event: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "origin": code,
        "deleted": False,
        "finding_id": finding["id"],
        "at": "2026-09-15T09:00:00",
        "author": f"{code} admin",
        "from_status": finding["status"],
        "to_status": target,
        "reason": "Səbəb",
        "method": _method(finding["status"], target),
        "evidence_ids": [],
    }
    event["versions"] = {k: stamp for k in event if k not in ("id", "origin")}
    return [record_line("finding", moved), record_line("finding_event", event)]


@pytest.mark.slow
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_the_merge_takes_exactly_the_moves_the_rule_book_allows(
    nodes: Nodes, data: st.DataObject
) -> None:
    """Half of the steps are drawn among the allowed moves, so that long paths are walked."""
    ref = nodes.refs.pop()
    status, taken = FindingStatus.OPEN.value, []
    for _ in range(data.draw(st.integers(1, MAX_STEPS), label="steps")):
        code, target, allowed = draw_move(data, status, PARTIES)
        if code == "SCIS":
            to = data.draw(st.sampled_from(RECEIVERS), label="relayed to")
            lines = _move_lines(nodes, code, ref, target)
            try:
                nodes.c.inspections.transition(ref, target, "Səbəb", method=_method(status, target))
            except DeskError as error:
                assert not allowed, (code, status, target, error)
                assert "\n" not in str(error)
                # Nor does the receiver's merge take it from the coordinator's own keys.
                result = nodes.send(code, lines, to=to)
                assert result.outcome == "refused", (code, status, target, to)
                moved = f"from {Term(status):} to {Term(target):}"
                assert moved in result.reason, result.reason
            else:
                assert allowed, (code, status, target)
                nodes.relay(to)
                assert nodes.desks[to].inspections.finding(ref).status == target
        else:
            result = nodes.send(code, _move_lines(nodes, code, ref, target))
            merged = result.outcome == "merged"
            assert merged == allowed, (code, status, target, result.line())
            assert merged or "\n" not in result.reason
            event("bundle merged" if merged else "bundle refused")
        if allowed:
            taken.append((code, status, target))
            status = target
        assert nodes.c.inspections.finding(ref).status == status
    finding_id = nodes.c.inspections.finding(ref).id
    with nodes.c.reading() as session:
        events = session.scalars(
            select(FindingEvent)
            .where(FindingEvent.finding_id == finding_id)
            .order_by(FindingEvent.at, FindingEvent.id)
        ).all()
        recorded = sorted((e.origin, e.from_status, e.to_status) for e in events)
    assert recorded == sorted(taken)  # a refused bundle leaves no event behind
    event(f"path of {len(taken)} moves")
