"""Records that enter a peer's scope travel to it, whatever their stamps.

An export carries what changed after the peer's acknowledged position, and also what the
peer does not hold yet: a record that enters its scope later keeps its old stamps.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_app.core.desk import Desk
from desktop_app.core.models import Blob
from desktop_app.exchange import service
from tests.conftest import DeskFactory
from tests.exchange_world import enrol, ship


def _plan(c: Desk) -> None:
    for n in (1, 2):
        c.plan.add_institution(f"MIN{n}", f"Nazirlik {n}")
        c.plan.add_facility(f"MIN{n}", f"Məlumat mərkəzi {n}", criticality="I")
        c.plan.add_measure(f"1.{n}", f"Tədbir {n}", f"MIN{n}")


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
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    c = make_desk("coordinator", "SCIS")
    first = make_desk("inspection-team", "TEAM1", "Qrup 1")
    second = make_desk("inspection-team", "TEAM2", "Qrup 2")
    enrol(c, first, second)
    _plan(c)
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
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    """Without the news, the old team's edits of the inspection would be refused for good, and
    with them every bundle it sends."""
    c = make_desk("coordinator", "SCIS")
    first = make_desk("inspection-team", "TEAM1", "Qrup 1")
    second = make_desk("inspection-team", "TEAM2", "Qrup 2")
    enrol(c, first, second)
    _plan(c)
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
