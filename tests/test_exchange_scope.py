"""Records that enter a peer's scope travel to it, whatever their stamps.

An export carries what changed after the peer's acknowledged position, and also what the
peer does not hold yet: a record that enters its scope later keeps its old stamps.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app.core.desk import Desk
from desktop_app.core.models import Blob, Inspection
from desktop_app.errors import DeskError
from desktop_app.exchange import service
from tests.conftest import PINNED_MS, DeskFactory, SteppingClock
from tests.exchange_world import create_nodes, enrol, open_node, plan_institution, ship

pytestmark = pytest.mark.slow


def _plan(c: Desk) -> None:
    for n in (1, 2):
        plan_institution(c, f"MIN{n}", f"Nazirlik {n}")
        c.plan.add_facility(f"MIN{n}", f"Məlumat mərkəzi {n}", criticality="I")
        c.plan.add_measure(f"1.{n}", f"Tədbir {n}", f"MIN{n}")


@pytest.fixture
def two_teams(make_desk: DeskFactory) -> tuple[Desk, Desk, Desk]:
    """The coordinator with the plan, TEAM1 and TEAM2, enrolled."""
    c = make_desk("coordinator", "SCIS")
    first = make_desk("inspection-team", "TEAM1", "Qrup 1")
    second = make_desk("inspection-team", "TEAM2", "Qrup 2")
    enrol(c, first, second)
    _plan(c)
    return c, first, second


def _blobs(desk: Desk) -> set[str]:
    with desk.reading() as session:
        return set(session.scalars(select(Blob.sha256)))


def test_a_new_inspection_brings_the_institution_the_team_never_saw(
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    c = make_desk("coordinator", "SCIS")
    team = make_desk("inspection-team", "TEAM1", "Yoxlama qrupu")
    enrol(c, team)
    _plan(c)
    c.inspections.add(
        "MIN1", reference="INS-1", facilities=["Məlumat mərkəzi 1"], team_node="TEAM1"
    )
    ship(c, team, tmp_path / "1")
    ship(team, c, tmp_path / "2")  # its receipt: MIN2 and its facility are older than that
    c.inspections.add(
        "MIN2", reference="INS-2", facilities=["Məlumat mərkəzi 2"], team_node="TEAM1"
    )
    (tmp_path / "lost").mkdir()
    lost = service.export_bundle(c, "TEAM1", tmp_path / "lost")
    assert lost.counts["institution"] == 1 and lost.counts["facility"] == 1
    assert ship(c, team, tmp_path / "3").digest_match  # the lost bundle's records travel again
    detail = team.inspections.detail("INS-2")
    assert detail.institution.code == "MIN2"
    assert [f.name for f in detail.facilities] == ["Məlumat mərkəzi 2"]
    ship(team, c, tmp_path / "4")
    # Acknowledged: the next bundle carries nothing the team holds.
    (tmp_path / "5").mkdir()
    again = service.export_bundle(c, "TEAM1", tmp_path / "5")
    assert sum(n for kind, n in again.counts.items() if kind != "attachments") == 0


def test_a_reassigned_inspection_brings_its_notes_findings_and_files(
    two_teams: tuple[Desk, Desk, Desk], tmp_path: Path
) -> None:
    c, first, second = two_teams
    c.inspections.add(
        "MIN1", reference="INS-1", facilities=["Məlumat mərkəzi 1"], team_node="TEAM1"
    )
    ship(c, first, tmp_path / "a")
    first.inspections.add_note("INS-1", "Server otağı kilidlənmir")
    finding = first.inspections.add_finding("INS-1", "Giriş nəzarəti yoxdur", "high")
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"photo" * 10_000)
    first.attachments.attach(finding.id, photo)
    ship(first, c, tmp_path / "b")
    ship(c, second, tmp_path / "c")
    ship(second, c, tmp_path / "d")  # TEAM2's position is now past all of INS-1's records
    c.inspections.update("INS-1", team_node="TEAM2")
    assert ship(c, second, tmp_path / "e").digest_match
    detail = second.inspections.detail("INS-1")
    assert [note.text for note in detail.notes] == ["Server otağı kilidlənmir"]
    assert [row.description for row in detail.findings] == ["Giriş nəzarəti yoxdur"]
    assert _blobs(second) == _blobs(c) != set()


def test_a_report_submitted_later_brings_the_evidence_attached_to_its_draft(
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    c = make_desk("coordinator", "SCIS")
    m = make_desk("institution", "MIN1", "Nazirlik 1")
    enrol(c, m)
    _plan(c)
    ship(c, m, tmp_path / "1")
    draft = m.progress.add("1.1", "2026-Q3", "in_progress", 30, "iş gedir", draft=True)
    evidence = tmp_path / "akt.pdf"
    evidence.write_bytes(b"%PDF-1.7 akt" * 1000)
    m.attachments.attach(draft.id, evidence)
    ship(m, c, tmp_path / "2")  # a draft stays home
    ship(c, m, tmp_path / "3")  # MIN1's position moves past the evidence
    assert c.progress.rows() == []
    m.progress.submit(draft.id)
    assert ship(m, c, tmp_path / "4").digest_match
    assert [r.work_done for r in c.progress.rows()] == ["iş gedir"]
    assert _blobs(c) == _blobs(m) != set()


def test_the_old_team_learns_that_its_inspection_was_given_to_another(
    two_teams: tuple[Desk, Desk, Desk], tmp_path: Path
) -> None:
    """Without the news, the old team's edits of the inspection would be refused for good, and
    with them every bundle it sends."""
    c, first, second = two_teams
    c.inspections.add(
        "MIN1", reference="INS-1", facilities=["Məlumat mərkəzi 1"], team_node="TEAM1"
    )
    ship(c, first, tmp_path / "a")
    first.inspections.add_note("INS-1", "Server otağı kilidlənmir")
    ship(first, c, tmp_path / "b")  # TEAM1 acknowledges INS-1
    c.inspections.update("INS-1", team_node="TEAM2")
    first.inspections.add_note("INS-1", "Kameralar işləmir")  # before TEAM1 hears of it
    (tmp_path / "c").mkdir()
    unaware = service.export_bundle(first, "SCIS", tmp_path / "c")
    refused = service.import_bundle(c, unaware.path)
    assert refused.outcome == "refused" and "may not change" in refused.reason
    assert ship(c, first, tmp_path / "d").counts["inspection"] == 1
    assert first.inspections.detail("INS-1").inspection.team_node == "TEAM2"
    assert ship(first, c, tmp_path / "e").digest_match  # the new note stays with TEAM1
    assert len(c.inspections.detail("INS-1").notes) == 1
    # Once TEAM1 has acknowledged the news, INS-1 no longer travels to it.
    c.inspections.update("INS-1", status="in_progress")
    (tmp_path / "f").mkdir()
    assert "inspection" not in service.export_bundle(c, "TEAM1", tmp_path / "f").counts
    ship(c, second, tmp_path / "g")
    assert second.inspections.detail("INS-1").inspection.status == "in_progress"


def test_the_news_reaches_a_team_whose_receipt_never_came_back(
    two_teams: tuple[Desk, Desk, Desk], tmp_path: Path
) -> None:
    """TEAM1's first bundle back is refused (it edits an inspection taken from it meanwhile),
    so its receipt never arrives; TEAM2 never received its first bundle at all."""
    c, first, second = two_teams
    c.inspections.add("MIN1", reference="INS-1", team_node="TEAM1")
    c.inspections.add("MIN2", reference="INS-2", team_node="TEAM2")
    ship(c, first, tmp_path / "a")
    (tmp_path / "lost").mkdir()
    service.export_bundle(c, "TEAM2", tmp_path / "lost")
    first.inspections.add_note("INS-1", "Server otağı kilidlənmir")
    c.inspections.update("INS-1", team_node="TEAM2")
    c.inspections.update("INS-2", team_node="TEAM1")
    (tmp_path / "b").mkdir()
    unaware = service.export_bundle(first, "SCIS", tmp_path / "b")
    assert service.import_bundle(c, unaware.path).outcome == "refused"
    for team in (first, second):
        assert ship(c, team, tmp_path / "c").digest_match
        assert ship(team, c, tmp_path / "d").digest_match
    assert first.inspections.detail("INS-1").inspection.team_node == "TEAM2"
    assert second.inspections.detail("INS-2").inspection.team_node == "TEAM1"
    assert second.inspections.detail("INS-1").institution.code == "MIN1"


def test_a_leaver_brings_what_it_now_refers_to(
    two_teams: tuple[Desk, Desk, Desk], tmp_path: Path
) -> None:
    """INS-1 moves to MIN2, which TEAM1 never had, and to TEAM2: TEAM1 gets MIN2 with it."""
    c, first, second = two_teams
    c.inspections.add("MIN1", reference="INS-1", team_node="TEAM1")
    ship(c, first, tmp_path / "a")
    ship(first, c, tmp_path / "b")
    c.inspections.update("INS-1", institution="MIN2", team_node="TEAM2")
    news = ship(c, first, tmp_path / "c")
    assert news.counts["inspection"] == 1 and news.counts["institution"] == 1
    assert first.inspections.detail("INS-1").institution.code == "MIN2"
    assert ship(first, c, tmp_path / "d").digest_match


# -- Random reassignments settle ---------------------------------------------------------------

NODES = {"SCIS": "coordinator", "TEAM1": "inspection-team", "TEAM2": "inspection-team"}
NODES |= {"MIN1": "institution"}
LEAVES = ("TEAM1", "TEAM2", "MIN1")
# _step's operations, weighted towards reassignments, teams' work and sticks, which is where
# records enter and leave a team's scope.
OPS = (0, 0, 1, 1, 1, 2, 2, 3, 4, 5, 5, 5, 6, 6, 6, 7)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The coordinator, two teams and MIN1, enrolled, with the plan shipped; stores closed."""
    root = tmp_path_factory.mktemp("scope-world")
    desks = create_nodes(root, NODES, SteppingClock())
    c = desks["SCIS"]
    _plan(c)
    for code in LEAVES:
        ship(c, desks[code], root / "stick")
    for desk in desks.values():
        desk.close()
    yield root


def _own_inspections(desk: Desk) -> list[str]:
    """The inspections a team believes are its own."""
    with desk.reading() as session:
        return list(
            session.scalars(
                select(Inspection.reference)
                .where(Inspection.team_node == desk.node.code)
                .order_by(Inspection.reference)
            )
        )


def _step(nodes: dict[str, Desk], op: int, a: int, b: int, stick: Path) -> None:
    c = nodes["SCIS"]
    team = nodes[("TEAM1", "TEAM2")[b % 2]]
    references = sorted(row.reference for row in c.inspections.inspections())
    if op == 0:
        c.inspections.add(
            f"MIN{a % 2 + 1}",
            facilities=[f"Məlumat mərkəzi {a % 2 + 1}"],
            team_node=("TEAM1", "TEAM2")[b % 2],
        )
    elif op == 1 and references:
        c.inspections.update(references[a % len(references)], team_node=team.node.code)
    elif op in (2, 3) and (own := _own_inspections(team)):
        inspection = own[a % len(own)]
        if op == 2:
            team.inspections.add_note(inspection, f"Qeyd {a}")
        else:
            team.inspections.add_finding(inspection, f"Çatışmazlıq {a}", "high")
    elif op == 4:
        findings = nodes["MIN1"].inspections.findings()
        if findings:
            nodes["MIN1"].inspections.respond(findings[a % len(findings)].ref, f"Cavab {a}")
    elif op in (5, 6):  # a stick one way, imported at once (a refusal is allowed here)
        leaf = nodes[LEAVES[a % len(LEAVES)]]
        source, target = (c, leaf) if op == 5 else (leaf, c)
        service.import_bundle(target, service.export_bundle(source, target.node.code, stick).path)
    elif op == 7:  # a stick lost on the way
        leaf = nodes[LEAVES[a % len(LEAVES)]]
        service.export_bundle(*((c, leaf.node.code) if b % 2 else (leaf, "SCIS")), stick)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    history=st.lists(
        st.tuples(st.sampled_from(OPS), st.integers(0, 9), st.integers(0, 9)),
        min_size=3,
        max_size=25,
    )
)
def test_random_assignments_and_reassignments_settle(
    world: Path, history: list[tuple[int, int, int]]
) -> None:
    """Inspections created, given to one team and another, worked on by teams that may not
    know yet, sticks lost: two rounds of sticks both ways later every bundle merges and every
    node holds what the coordinator shares with it (equal state digests)."""
    with tempfile.TemporaryDirectory(prefix="scope-") as scratch:
        root = Path(scratch)
        clock = SteppingClock(PINNED_MS + 10_000_000)
        for code in NODES:
            shutil.copytree(world / code, root / code)
        nodes = {code: open_node(root / code, clock) for code in NODES}
        stick = root / "stick"
        stick.mkdir()
        try:
            for op, a, b in history:
                try:
                    _step(nodes, op, a, b, stick)
                except DeskError:
                    pass  # e.g. a reference already taken
            c = nodes["SCIS"]
            for round_ in range(3):
                for code in LEAVES:
                    down = service.import_bundle(
                        nodes[code], service.export_bundle(c, code, stick).path
                    )
                    up = service.import_bundle(
                        c, service.export_bundle(nodes[code], "SCIS", stick).path
                    )
                    if round_:  # the first round may still carry edits a team may no longer make
                        assert (down.outcome, up.outcome) == ("merged", "merged"), (
                            down.reason,
                            up.reason,
                        )
                        assert down.digest_match and up.digest_match
        finally:
            for desk in nodes.values():
                desk.close()
