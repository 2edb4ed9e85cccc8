"""Which differing values are conflicts at the coordinator, and which are not.

A conflict is a concurrent edit: the remote author made its edit without having seen ours, and
we made ours without having seen its. A value the sender only relays (it came from us), and a
value this node had already received before, are not: the first was overwritten by our edit,
the second was judged when it first came.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.desk import Desk
from desktop_app.exchange import service
from tests.conftest import DeskFactory
from tests.exchange_world import co_sign_round, enrol, plan_institution, ship

pytestmark = pytest.mark.slow


@pytest.fixture
def world(make_desk: DeskFactory, tmp_path: Path) -> tuple[Desk, Desk, Desk]:
    """A coordinator, an institution and a team; a finding of the team's about MIN1 with a
    deadline, issued in the act, has reached the coordinator."""
    c = make_desk("coordinator", "SCIS")
    m = make_desk("institution", "MIN1")
    team = make_desk("inspection-team", "TEAM1")
    dtx = make_desk("partner-agency", "DTX")
    enrol(c, m, team, dtx)
    plan_institution(c, "MIN1", "Nazirlik")
    c.inspections.add("MIN1", reference="INS-1", team_node="TEAM1")
    stick = tmp_path / "stick"
    ship(c, team, stick)
    team.inspections.add_finding("INS-1", "Giriş nəzarəti yoxdur", "high", deadline="01.12.2026")
    team.inspections.issue("INS-1", "A-1", "19.12.2026")
    ship(team, c, stick)
    co_sign_round(c, dtx, stick)
    return c, m, team


def test_a_relayed_older_value_is_not_a_conflict(
    world: tuple[Desk, Desk, Desk], tmp_path: Path
) -> None:
    c, m, _team = world
    stick = tmp_path / "stick"
    ship(c, m, stick)  # MIN1 holds the team's finding with the team's deadline
    c.inspections.extend_deadline("INS-1#1", "01.03.2027", "Avadanlıq gecikir", "Rəis")
    m.inspections.respond("INS-1#1", "Kilid sifariş edildi", "in_remediation")
    result = ship(m, c, stick)  # re-sends the team's deadline, which MIN1 did not author
    assert result.report is not None and result.report.conflicts == []
    assert service.conflicts(c) == []
    finding = c.inspections.finding("INS-1#1")
    assert (finding.status, str(finding.deadline)) == ("in_remediation", "2027-03-01")


def test_a_value_this_node_already_held_is_not_a_conflict(
    world: tuple[Desk, Desk, Desk], tmp_path: Path
) -> None:
    c, _m, team = world
    stick = tmp_path / "stick"
    c.inspections.extend_deadline("INS-1#1", "01.03.2027", "Avadanlıq gecikir", "Rəis")
    c.inspections.update_finding("INS-1#1", severity="critical")
    # The team has no acknowledgement yet, so it sends the finding again with a new note.
    team.inspections.add_note("INS-1", "Server otağı kilidlənmir")
    result = ship(team, c, stick)
    assert result.report is not None and result.report.conflicts == []
    assert service.conflicts(c) == []
    finding = c.inspections.finding("INS-1#1")
    assert (finding.severity, str(finding.deadline)) == ("critical", "2027-03-01")
    # Everything settles both ways without one.
    ship(c, team, stick)
    ship(team, c, stick)
    assert service.conflicts(c) == []
    assert team.inspections.finding("INS-1#1").severity == "critical"


@pytest.mark.parametrize("coordinator_first", [True, False])
def test_a_concurrent_edit_is_one_conflict_with_both_values_and_authors(
    world: tuple[Desk, Desk, Desk], tmp_path: Path, coordinator_first: bool
) -> None:
    c, m, team = world
    stick = tmp_path / "stick"
    ship(c, m, stick)
    edits: list[Callable[[], object]] = [
        # The coordinator records an answer that came on paper; MIN1 answers twice itself.
        lambda: c.inspections.respond("INS-1#1", "Kağızla gələn cavab", "in_remediation"),
        lambda: (
            m.inspections.respond("INS-1#1", "Qaldırılır", "in_remediation"),
            m.inspections.respond("INS-1#1", "Aradan qaldırıldı", "remediated"),
        ),
    ]
    for edit in edits if coordinator_first else edits[::-1]:
        edit()
    result = ship(m, c, stick)
    assert result.report is not None
    assert [(n.field, n.local_value, n.remote_value) for n in result.report.conflicts] == [
        ("status", "in_remediation", "remediated")
    ]
    [conflict] = service.conflicts(c)
    assert (conflict.field, conflict.status) == ("status", "open")
    assert (conflict.local_value, conflict.local_author) == ("in_remediation", "SCIS")
    assert (conflict.remote_value, conflict.remote_author) == ("remediated", "MIN1")
    # The same stick again, a resend of the same edit, and the team's stale copy add nothing.
    report = ship(m, c, stick).report
    assert report is not None and report.conflicts == []
    ship(team, c, stick)
    assert len(service.conflicts(c)) == 1
    service.resolve_conflict(c, conflict.id, "remediated")
    ship(c, m, stick)
    ship(m, c, stick)
    assert len(service.conflicts(c)) == 1
    assert m.inspections.finding("INS-1#1").status == "remediated"
