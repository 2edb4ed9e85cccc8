"""Issued acts (issue 15): an inspection's findings reach the inspected institution only once an
act or a numbered addendum has issued them, and an issued act never grows, locally or through
a bundle signed with the team's own keys."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.desk import Desk
from desktop_app.core.models import InspectionAct
from desktop_app.errors import NotFound, PermissionDenied, ValidationError
from desktop_app.exchange import service
from tests.conftest import SteppingClock
from tests.exchange_world import (
    craft_bundle,
    create_nodes,
    plan_institution,
    record_line,
    ship,
    stored_record,
)


@dataclass
class World:
    c: Desk
    m1: Desk
    team: Desk
    root: Path
    rounds: int = 0

    def ship(self, *desks: Desk) -> None:
        """Along the chain ``desks`` (each bundle through the coordinator)."""
        for source, target in zip(desks, desks[1:], strict=False):
            self.rounds += 1
            ship(source, target, self.root / f"stick-{self.rounds}")

    def held_by_institution(self) -> list[int]:
        return [row.number for row in self.m1.inspections.findings()]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """TEAM1 has recorded one finding about MIN1 in INS-1; the act is not yet issued."""
    roles = {"SCIS": "coordinator", "MIN1": "institution", "TEAM1": "inspection-team"}
    c, m1, team = create_nodes(tmp_path, roles, SteppingClock()).values()
    plan_institution(c, "MIN1", "Nazirlik 1")
    c.inspections.add("MIN1", reference="INS-1", team_node="TEAM1")
    built = World(c, m1, team, tmp_path)
    built.ship(c, team)
    team.inspections.add_finding("INS-1", "Giriş nəzarəti yoxdur", "high")
    built.ship(team, c, m1)
    yield built
    for desk in (c, m1, team):
        desk.close()


def test_findings_reach_the_institution_only_once_the_act_is_issued(world: World) -> None:
    assert world.held_by_institution() == []
    with pytest.raises(NotFound):
        world.m1.inspections.finding("INS-1#1")
    act = world.team.inspections.issue("INS-1", "A-7", "19.12.2026")
    assert (act.addendum, act.number, act.issued_by) == (0, "A-7", "admin")
    world.ship(world.team, world.c, world.m1)
    assert world.held_by_institution() == [1]
    assert world.m1.inspections.finding("INS-1#1").description == "Giriş nəzarəti yoxdur"


def test_later_findings_wait_for_a_numbered_addendum(world: World) -> None:
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


def test_only_the_commission_issues_the_act(world: World) -> None:
    with pytest.raises(PermissionDenied):
        world.m1.inspections.issue("INS-1", "A-1", "19.12.2026")
    with pytest.raises(ValidationError, match="addendum needs the issued act first"):
        world.c.inspections.issue("INS-1", "A-1", "19.12.2026", addendum=True)
    act = world.c.inspections.issue("INS-1", "A-1", "19.12.2026")
    assert len(act.finding_ids) == 1


def _team_bundle(world: World, lines: list[bytes]) -> Path:
    world.rounds += 1
    return craft_bundle(
        world.team, world.c, world.root / "crafted", lines=lines, sequence=100 + world.rounds
    )


def _refused(world: World, path: Path, reason: str) -> None:
    result = service.import_bundle(world.c, path)
    assert result.outcome == "refused", result.line()
    assert reason in result.reason and "\n" not in result.reason, result.reason


def test_a_bundle_cannot_add_a_finding_to_the_issued_act(world: World) -> None:
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
