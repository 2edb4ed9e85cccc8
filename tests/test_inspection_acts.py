"""Issued acts (issue 15): an inspection's findings reach the inspected institution only once an
act or a numbered addendum has issued them, and an issued act never grows, locally or through
a bundle signed with the team's own keys."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.core.desk import Desk
from desktop_app.core.models import CommissionSignature, Finding, InspectionAct
from desktop_app.errors import NotFound, PermissionDenied, ValidationError
from desktop_app.exchange import service
from desktop_app.reports.errors import ReportError
from desktop_app.reports.generate import ReportParams, generate
from tests.exchange_world import (
    CommissionWorld,
    co_sign_round,
    commission_world,
    craft_bundle,
    record_line,
    stored_record,
)

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow


@pytest.fixture
def world(tmp_path: Path) -> Iterator[CommissionWorld]:
    """TEAM1 has recorded one finding about MIN1 in INS-1; the act is not yet issued."""
    built = commission_world(tmp_path, co_sign_at_coordinator=True)
    yield built
    built.close()


def test_findings_reach_the_institution_only_once_the_act_is_issued(world: CommissionWorld) -> None:
    assert world.held_by_institution() == []
    with pytest.raises(NotFound):
        world.m1.inspections.finding("INS-1#1")
    act = world.team.inspections.issue("INS-1", "A-7", "19.12.2026")
    assert (act.addendum, act.number, act.issued_by) == (0, "A-7", "admin")
    world.ship(world.team, world.c, world.m1)
    assert world.held_by_institution() == [1]
    assert world.m1.inspections.finding("INS-1#1").description == "Giriş nəzarəti yoxdur"


def test_later_findings_wait_for_a_numbered_addendum(world: CommissionWorld) -> None:
    world.team.inspections.issue("INS-1", "A-7", "19.12.2026")
    with pytest.raises(ValidationError, match="no findings were recorded after the act"):
        world.team.inspections.issue("INS-1", "A-7/1", "20.12.2026", addendum=True)
    world.team.inspections.add_finding("INS-1", "Jurnal aparılmır", "medium")
    with pytest.raises(ValidationError, match="go into addendum 1"):
        world.team.inspections.issue("INS-1", "A-8", "21.12.2026")
    world.ship(world.team, world.c, world.m1)
    assert world.held_by_institution() == [1]
    addendum = world.team.inspections.issue("INS-1", "A-7/1", "22.12.2026", addendum=True)
    assert addendum.addendum == 1 and len(addendum.finding_ids) == 1
    world.ship(world.team, world.c, world.m1)
    assert world.held_by_institution() == [1, 2]


def test_only_the_commission_issues_the_act(world: CommissionWorld) -> None:
    with pytest.raises(PermissionDenied):
        world.m1.inspections.issue("INS-1", "A-1", "19.12.2026")
    with pytest.raises(ValidationError, match="addendum needs the issued act first"):
        world.c.inspections.issue("INS-1", "A-1", "19.12.2026", addendum=True)
    act = world.c.inspections.issue("INS-1", "A-1", "19.12.2026")
    assert len(act.finding_ids) == 1


def _team_bundle(world: CommissionWorld, lines: list[bytes]) -> Path:
    world.rounds += 1
    return craft_bundle(
        world.team, world.c, world.root / "crafted", lines=lines, sequence=100 + world.rounds
    )


def _act_and_two_addenda(world: CommissionWorld) -> list[InspectionAct]:
    """TEAM1 issues the act, then an addendum for each of two later findings."""
    team = world.team.inspections
    acts = [team.issue("INS-1", "A-7", "19.12.2026")]
    for number, text in ((1, "Jurnal aparılmır"), (2, "Parol siyasəti yoxdur")):
        team.add_finding("INS-1", text, "medium")
        acts.append(team.issue("INS-1", f"A-7/{number}", f"2{number}.12.2026", addendum=True))
    return acts


def _merged_in_order(world: CommissionWorld, lines: list[bytes]) -> None:
    """TEAM1's bundle of ``lines`` merges at the coordinator, the act and addenda in order."""
    result = service.import_bundle(world.c, _team_bundle(world, lines))
    assert result.outcome == "merged", result.line()
    assert [(a.addendum, a.number) for a in world.c.inspections.acts("INS-1")] == [
        (0, "A-7"),
        (1, "A-7/1"),
        (2, "A-7/2"),
    ]


def test_an_act_and_its_addenda_issued_between_two_carries_merge_in_any_order(
    world: CommissionWorld,
) -> None:
    """The team issues the act and two addenda before it comes back; its bundle sends them in
    no particular order, and a bundle listing the last addendum first merges all the same."""
    acts = _act_and_two_addenda(world)
    lines = [
        record_line("finding", stored_record(world.team, Finding, row.id))
        for row in world.team.inspections.findings()
    ]
    lines += [
        record_line("inspection_act", stored_record(world.team, InspectionAct, act.id))
        for act in reversed(acts)
    ]
    _merged_in_order(world, lines)


def test_acts_and_signatures_merge_whatever_batches_their_prerequisites_fall_in(
    world: CommissionWorld,
) -> None:
    """The merge takes a bundle in batches of one kind: a change of kind ends a batch as a
    full one does. Each addendum here comes in a batch before its act's, each signature in a
    batch before the act it signs, each act in a batch before the findings it issues: the
    result is the same as in the exporter's order."""
    acts = _act_and_two_addenda(world)
    with world.team.reading() as session:
        signed_by = {
            signature.record_id: signature.id
            for signature in session.scalars(select(CommissionSignature))
        }
    lines: list[bytes] = []
    for act in reversed(acts):
        lines += [
            record_line(
                "commission_signature",
                stored_record(world.team, CommissionSignature, signed_by[act.id]),
            ),
            record_line("inspection_act", stored_record(world.team, InspectionAct, act.id)),
            *(
                record_line("finding", stored_record(world.team, Finding, finding))
                for finding in act.finding_ids
            ),
        ]
    _merged_in_order(world, lines)
    signed = world.c.commission.signatures(act.id for act in acts)
    assert [[row.signer for row in signed[act.id]] for act in acts] == [["TEAM1"]] * 3
    # And on to the institution once co-signed, in the exporter's own order.
    co_sign_round(world.c, world.dtx, world.root / "late-partner")
    world.ship(world.c, world.m1)
    assert world.held_by_institution() == [1, 2, 3]


def _refused(world: CommissionWorld, path: Path, reason: str) -> None:
    result = service.import_bundle(world.c, path)
    assert result.outcome == "refused", result.line()
    assert reason in result.reason and "\n" not in result.reason, result.reason


def test_a_bundle_cannot_add_a_finding_to_the_issued_act(world: CommissionWorld) -> None:
    """The team, with its own keys, slips a later finding into the act, or issues a second
    act for it: both refused; the addendum is the only way."""
    act = world.team.inspections.issue("INS-1", "A-7", "19.12.2026")
    world.ship(world.team, world.c)
    world.team.inspections.add_finding("INS-1", "Jurnal aparılmır", "medium")
    later = world.team.inspections.finding("INS-1#2")
    finding_line = record_line("finding", stored_record(world.team, type(later), later.id))
    data = json.loads(json.dumps(stored_record(world.team, InspectionAct, act.id), default=str))
    stamp = world.team.hlc.tick()
    grown = data | {"finding_ids": [*data["finding_ids"], later.id]}
    grown["versions"] = dict(data["versions"]) | {"finding_ids": stamp}
    _refused(
        world,
        _team_bundle(world, [finding_line, record_line("inspection_act", grown)]),
        "TEAM1 may not change a",
    )
    second: dict[str, Any] = data | {
        "id": str(uuid.uuid4()),
        "number": "A-8",
        "finding_ids": [later.id],
    }
    second["versions"] = dict.fromkeys(data["versions"], stamp)
    _refused(
        world,
        _team_bundle(world, [finding_line, record_line("inspection_act", second)]),
        "go into addendum 1",
    )
    world.ship(world.c, world.m1)
    assert world.held_by_institution() == [1]


# -- acts that do not drift ---------------------------------------------------------------------


def _print(desk: Desk, path: Path, addendum: int | None = None, ref: str = "INS-1") -> str:
    """The act's whole text, whitespace folded."""
    generate(desk, "inspection-act", ReportParams(inspection=ref, addendum=addendum), path)
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _document_id(text: str) -> str:
    found = re.search(r"Document ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})", text)
    assert found, text
    return found[1]


def test_the_issued_act_prints_what_was_issued_with_the_same_identifier(
    world: CommissionWorld,
) -> None:
    """Dated the day it was issued; the team and the finding edited afterwards, printed on
    another day by another node, given by id instead of reference: the same document."""
    team, root = world.team, world.root
    draft = _print(team, root / "draft.pdf")
    assert "Draft: the act is not issued yet" in draft and "Date of issue" not in draft
    act = team.inspections.issue("INS-1", "A-7", "19.12.2026")
    first = _print(team, root / "first.pdf")
    assert "Inspection act № A-7" in first
    assert "Date of issue: 19.12.2026" in first and "Giriş nəzarəti yoxdur" in first
    assert team.today() != dt.date(2026, 12, 19)
    world.ship(team, world.c, world.m1)
    team.inspections.update_finding("INS-1#1", description="Başqa mətn")
    world.c.inspections.update("INS-1", team=["Yeni Üzv"])
    world.ship(team, world.c)
    inspection_id = team.inspections.detail("INS-1").inspection.id
    prints = [
        _print(team, root / "again.pdf"),
        _print(world.c, root / "coordinator.pdf", ref=inspection_id),
        _print(world.m1, root / "institution.pdf"),
    ]
    for text in prints:
        assert _document_id(text) == _document_id(first)
        assert "Giriş nəzarəti yoxdur" in text and "Başqa mətn" not in text
        assert "Yeni Üzv" not in text and "Date of issue: 19.12.2026" in text
    assert act.snapshot["findings"][0]["description"] == "Giriş nəzarəti yoxdur"


def test_an_addendum_prints_only_its_own_findings(world: CommissionWorld) -> None:
    world.team.inspections.issue("INS-1", "A-7", "19.12.2026")
    world.team.inspections.add_finding("INS-1", "Jurnal aparılmır", "medium")
    with pytest.raises(ReportError, match="no addendum 1"):
        _print(world.team, world.root / "none.pdf", addendum=1)
    world.team.inspections.issue("INS-1", "A-7/1", "22.12.2026", addendum=True)
    text = _print(world.team, world.root / "addendum.pdf", addendum=1)
    assert "Addendum 1 to the inspection act № A-7/1" in text
    assert "Date of issue: 22.12.2026" in text
    assert "Jurnal aparılmır" in text and "Giriş nəzarəti yoxdur" not in text
    act = _print(world.team, world.root / "act.pdf")
    assert "Jurnal aparılmır" not in act and _document_id(act) != _document_id(text)


def test_an_issued_act_cannot_change_locally(world: CommissionWorld) -> None:
    act = world.team.inspections.issue("INS-1", "A-7", "19.12.2026")
    for desk in (world.team, world.c):
        if desk is world.c:
            world.ship(world.team, world.c)
        with pytest.raises(PermissionDenied, match="may not change a"):
            with desk.transaction() as session:
                stored = session.get(InspectionAct, act.id)
                assert stored is not None
                desk.recorder.update(session, stored, issued_on=dt.date(2026, 12, 1))
        with pytest.raises(PermissionDenied, match="may not change a"):
            with desk.transaction() as session:
                stored = session.get(InspectionAct, act.id)
                assert stored is not None
                desk.recorder.delete(session, stored)
        assert stored_record(desk, InspectionAct, act.id)["issued_on"] == "2026-12-19"


def test_a_bundle_cannot_rewrite_or_forge_the_act_document(world: CommissionWorld) -> None:
    """The team's own keys: a rewritten snapshot, a deleted act, and a new act whose document
    shows other findings or another inspection are all refused."""
    act = world.team.inspections.issue("INS-1", "A-7", "19.12.2026")
    world.ship(world.team, world.c)
    data = json.loads(json.dumps(stored_record(world.team, InspectionAct, act.id), default=str))
    stamp = world.team.hlc.tick()
    snapshot = data["snapshot"]
    rewritten = data | {
        "snapshot": snapshot | {"conclusion": "Heç bir çatışmazlıq yoxdur", "findings": []},
        "finding_ids": [],
    }
    rewritten["versions"] = dict(data["versions"]) | {"snapshot": stamp, "finding_ids": stamp}
    _refused(world, _team_bundle(world, [record_line("inspection_act", rewritten)]), "may not")
    deleted = data | {"deleted": True}
    deleted["versions"] = dict(data["versions"]) | {"deleted": stamp}
    _refused(world, _team_bundle(world, [record_line("inspection_act", deleted)]), "may not")
    world.team.inspections.add_finding("INS-1", "Jurnal aparılmır", "medium")
    later = world.team.inspections.finding("INS-1#2")
    finding_line = record_line("finding", stored_record(world.team, type(later), later.id))
    for forged in (
        snapshot,  # the act's own document, not the addendum's finding
        snapshot | {"reference": "INS-9"},
    ):
        addendum: dict[str, Any] = data | {
            "id": str(uuid.uuid4()),
            "addendum": 1,
            "number": "A-7/1",
            "finding_ids": [later.id],
            "snapshot": forged,
        }
        addendum["versions"] = dict.fromkeys(data["versions"], stamp)
        _refused(
            world,
            _team_bundle(world, [finding_line, record_line("inspection_act", addendum)]),
            "must show its own inspection and the findings it issues",
        )
    malformed = data | {"id": str(uuid.uuid4()), "addendum": 1, "snapshot": {"findings": 7}}
    malformed["versions"] = dict.fromkeys(data["versions"], stamp)
    _refused(
        world,
        _team_bundle(world, [finding_line, record_line("inspection_act", malformed)]),
        "is not valid",
    )
    assert stored_record(world.c, InspectionAct, act.id)["snapshot"] == snapshot
