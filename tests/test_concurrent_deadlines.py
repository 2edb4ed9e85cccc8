"""The coordinator and the inspection team both move one finding's deadline before they
exchange: the later deadline granted stands in every store.

Two moves made without either side having seen the other's both start from the same deadline.
The rule book lets a deadline only move later, so the merge keeps the later of the two, however
the clock stamps fall: the store holding the earlier one sees its deadline move later, as the
rule allows, and neither store refuses the other's bundles. Both extensions are kept, and the
coordinator keeps the two values as a conflict for review. A move its sender made knowing the
later deadline, back to an earlier one, is still refused.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.desk import Desk
from desktop_app.core.dump import record_dict
from desktop_app.core.models import Finding
from desktop_app.errors import ValidationError
from desktop_app.exchange import service
from tests.exchange_world import (
    CommissionWorld,
    assert_refused,
    commission_world,
    craft_bundle,
    record_line,
    ship,
    stored_record,
)

pytestmark = pytest.mark.slow

FINDING = "INS-1#1"
EARLIER, LATER = dt.date(2027, 2, 1), dt.date(2027, 3, 1)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[CommissionWorld]:
    """TEAM1's finding about MIN1 with a deadline of 01.12.2026, held by the coordinator."""
    world = commission_world(tmp_path)
    world.team.inspections.extend_deadline(FINDING, "01.12.2026", "Çəki verilmədi", "Komissiya")
    world.ship(world.team, world.c)
    yield world
    world.close()


def _move(desk: Desk, day: dt.date) -> None:
    desk.inspections.extend_deadline(FINDING, day, f"{desk.node.code} uzadır", "Komissiya")


def _held(desk: Desk) -> tuple[dt.date | None, list[tuple[Any, ...]]]:
    """The finding's deadline and its extensions, as this store holds them."""
    finding = desk.inspections.finding(FINDING)
    extensions = sorted(
        (e.id, e.origin, e.previous_date, e.new_date)
        for e in desk.inspections.detail("INS-1").extensions[finding.id]
    )
    return finding.deadline, extensions


def _finding_state(desk: Desk) -> str:
    """The finding's record with its stamps, as a bundle would carry it."""
    with desk.reading() as session:
        finding = desk.inspections.finding(FINDING)
        record = session.get(Finding, finding.id)
        assert record is not None
        return json.dumps(record_dict(record), sort_keys=True, default=str)


def _due_findings(desk: Desk) -> list[tuple[str, dt.date | None]]:
    """The findings the due list shows within 150 days (EARLIER is, LATER is not)."""
    due = desk.due.items(within=150)
    return [(item.ref, item.due) for item in due.items if item.kind == "finding"]


def _in_force(desk: Desk) -> dt.date | None:
    """The deadline in force today, as the compliance report's figures read it."""
    compliance = desk.compliance
    [stood] = compliance.as_of(
        desk.inspections.findings(), desk.today() + dt.timedelta(days=1), compliance.timelines()
    )
    return stood.deadline


@pytest.mark.parametrize("team_moves_last", [True, False])
@pytest.mark.parametrize("team_ships_first", [True, False])
def test_concurrent_moves_converge_on_the_later_deadline(
    world: CommissionWorld, team_moves_last: bool, team_ships_first: bool
) -> None:
    """Whoever moves last (later stamp) moves to the earlier date; whoever ships first."""
    c, team = world.c, world.team
    first, last = (c, team) if team_moves_last else (team, c)
    _move(first, LATER)
    _move(last, EARLIER)
    order = [team, c, team] if team_ships_first else [c, team, c]
    for source, target in zip(order, order[1:], strict=False):
        world.ship(source, target)
    assert _held(c) == _held(team)
    deadline, extensions = _held(c)
    assert deadline == LATER
    assert sorted(new for *_, new in extensions) == [dt.date(2026, 12, 1), EARLIER, LATER]
    assert _finding_state(c) == _finding_state(team)
    # Nothing is lost silently: both extensions stand, and the coordinator keeps both values
    # for review where the team's own value reaches it. The team's earlier one does not when
    # the coordinator's later deadline reached the team first: the team took it as an update,
    # as it takes any value its own edit never reached the coordinator with.
    conflicts = [(n.field, n.local_value, n.remote_value) for n in service.conflicts(c)]
    if team_moves_last and not team_ships_first:
        assert conflicts == []
    else:
        first_value, last_value = LATER.isoformat(), EARLIER.isoformat()
        mine, theirs = (first_value, last_value) if team_moves_last else (last_value, first_value)
        assert conflicts == [("deadline", mine, theirs)]
    # Later bundles merge both ways, with no new conflict.
    world.team.inspections.add_note("INS-1", "Yenidən baxıldı")
    world.ship(team, c, team)
    assert len(service.conflicts(c)) == len(conflicts) and _held(c) == _held(team)
    # What the commission signs follows the deadline that stands.
    for desk in (c, team):
        assert _due_findings(desk) == []
        assert _in_force(desk) == LATER


def test_a_team_bundle_after_a_concurrent_earlier_move_is_not_refused(
    world: CommissionWorld,
) -> None:
    """The defect as it was noted: the coordinator moved the deadline, then the team (its
    stamp later) to an earlier day; its bundle was refused as moving the deadline earlier,
    and so was every later one, each carrying the same unacknowledged move."""
    c, team = world.c, world.team
    _move(c, LATER)
    _move(team, EARLIER)
    for _ in range(2):
        result = ship(team, c, world.root / "again")
        assert result.outcome == "merged"
    assert c.inspections.finding(FINDING).deadline == LATER


def test_concurrent_moves_to_the_same_day_are_no_conflict(world: CommissionWorld) -> None:
    """Both moved it to the same day: the later stamp is taken (it was refused as not later
    than the current deadline), both extensions are kept, there is nothing to review."""
    c, team = world.c, world.team
    _move(c, LATER)
    _move(team, LATER)
    world.ship(team, c, team)
    assert _held(c) == _held(team)
    deadline, extensions = _held(c)
    assert deadline == LATER and [new for *_, new in extensions].count(LATER) == 2
    assert _finding_state(c) == _finding_state(team)
    assert service.conflicts(c) == []


def test_the_resolved_conflict_keeps_the_later_deadline(world: CommissionWorld) -> None:
    """The coordinator's review keeps the later deadline; the earlier one is refused by the
    rule book as locally (a deadline only moves later), and the conflict stays open."""
    c, team = world.c, world.team
    _move(c, LATER)
    _move(team, EARLIER)
    world.ship(team, c)
    [conflict] = service.conflicts(c)
    with pytest.raises(ValidationError, match="later than the current one"):
        service.resolve_conflict(c, conflict.id, "2027-02-01")
    service.resolve_conflict(c, conflict.id, "2027-03-01")
    assert [row.status for row in service.conflicts(c)] == ["resolved"]
    world.ship(c, team)
    assert team.inspections.finding(FINDING).deadline == LATER


def test_a_team_cannot_move_back_a_deadline_it_has_seen(world: CommissionWorld) -> None:
    """Signed with TEAM1's own key: once it holds the coordinator's later deadline, a bundle
    moving it back to an earlier day (stamped after it) is refused, as it is locally."""
    c, team = world.c, world.team
    _move(c, LATER)
    _move(team, EARLIER)
    # The team's bundle acknowledges the coordinator's, which brought the later deadline.
    world.ship(team, c, team, c)
    assert team.inspections.finding(FINDING).deadline == LATER
    finding = stored_record(team, Finding, team.inspections.finding(FINDING).id)
    back = finding | {
        "deadline": EARLIER.isoformat(),
        "versions": finding["versions"] | {"deadline": team.hlc.tick()},
    }
    path = craft_bundle(
        team, c, world.root / "crafted", lines=[record_line(Finding.KIND, back)], sequence=100
    )
    assert_refused(c, path, "later than the current one (01.03.2027)")
    # Locally neither: its own extension records the earlier day, but a deadline only moves
    # later; a later day no extension records moves it no more.
    with pytest.raises(ValidationError, match="later than the current one"):
        team.inspections.update_finding(FINDING, deadline=EARLIER)
    with pytest.raises(ValidationError, match="only through a recorded extension to 01.04.2027"):
        team.inspections.update_finding(FINDING, deadline=dt.date(2027, 4, 1))
    with pytest.raises(ValidationError, match="later than the current one"):
        _move(team, EARLIER)


def test_a_team_cannot_pass_off_a_later_deadline_as_the_coordinators(
    world: CommissionWorld,
) -> None:
    """A later deadline wins whatever its stamp, so a team might stamp one as the
    coordinator's, older than the coordinator's own: a value of another node it does not hold
    from it, refused."""
    c, team = world.c, world.team
    _move(c, LATER)
    world.ship(c, team)
    finding = stored_record(team, Finding, team.inspections.finding(FINDING).id)
    wall, counter, node = finding["versions"]["deadline"].split(".")
    assert node == "SCIS"
    older = f"{int(wall) - 1:013d}.{counter}.SCIS"
    forged = finding | {
        "deadline": "2028-01-01",
        "versions": finding["versions"] | {"deadline": older},
    }
    path = craft_bundle(
        team, c, world.root / "crafted", lines=[record_line(Finding.KIND, forged)], sequence=100
    )
    assert_refused(c, path, "stamped by SCIS that this node does not hold from it")
    assert c.inspections.finding(FINDING).deadline == LATER
