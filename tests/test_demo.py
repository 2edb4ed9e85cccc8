"""The demo set: built once through ``infosec-desk demo DIR`` (cheap key derivation), then read
back from the real encrypted workspaces it made."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app.cli.common import PASSPHRASE_ENV
from desktop_app.cli.main import run
from desktop_app.core import audit
from desktop_app.core.attachments import blob_chunks
from desktop_app.core.desk import Desk, open_desk
from desktop_app.core.dump import canonical_json, dump_state
from desktop_app.core.models import (
    Attachment,
    DeadlineExtension,
    EvaluationResult,
    FindingStatus,
    InspectionStatus,
    ProgressStatus,
    Severity,
)
from desktop_app.core.plan import MeasureFilter
from desktop_app.core.search import search
from desktop_app.demo import data as demo_data
from desktop_app.demo import story as demo_story
from desktop_app.demo.commission import PARTNER
from desktop_app.demo.data import COORDINATOR, INSTITUTION_CODES, TEAM
from desktop_app.demo.story import StoryClock, Work
from desktop_app.exchange import service
from tests.conftest import DeskFactory, SteppingClock

# A demo (or a 1,000-measure plan) is built once for the module: not in make test-quick.
pytestmark = pytest.mark.slow

# 2026-11-24 09:00 UTC: "late 2026", when overdue measures and findings are asked about.
TODAY_MS = int(dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC).timestamp() * 1000)


@dataclass
class Demo:
    root: Path
    output: str
    passphrase: str
    desks: dict[str, Desk]

    @property
    def coordinator(self) -> Desk:
        return self.desks[COORDINATOR.code]

    def dump(self, code: str) -> dict[str, Any]:
        with self.desks[code].reading() as session:
            return dump_state(session)


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    root = tmp_path_factory.mktemp("demo") / "set"
    code, output, err = _cli("demo", str(root))
    assert code == 0, err
    passphrase = re.search(r"^passphrase: (\S+)$", output, re.M)
    assert passphrase, output
    homes = {
        COORDINATOR.code: root / "coordinator",
        TEAM.code: root / TEAM.code,
        **{code: root / code for code in INSTITUTION_CODES},
    }
    desks = {
        code: open_desk(home, user=None, passphrase=passphrase[1], clock=SteppingClock(TODAY_MS))
        for code, home in homes.items()
    }
    yield Demo(root, output, passphrase[1], desks)
    for desk in desks.values():
        desk.close()


# -- the CLI ----------------------------------------------------------------------------------


def test_cli_prints_progress_the_passphrase_and_the_homes(demo: Demo) -> None:
    assert re.search(r"^\[\s*1/\d+\] workspace XRITDX \(coordinator\)$", demo.output, re.M)
    assert re.search(r"^passphrase: demo-[A-Za-z0-9_-]{20}$", demo.output, re.M)
    assert f"coordinator: {demo.root / 'coordinator'} (user r.memmedov)" in demo.output
    # Printed once, and nowhere in the workspaces in the clear.
    assert demo.output.count(demo.passphrase) == 1
    for path in demo.root.rglob("*"):
        if path.is_file():
            assert demo.passphrase.encode() not in path.read_bytes(), path


def test_cli_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me")
    code, output, err = _cli("demo", str(tmp_path))
    assert code == 1
    assert err.startswith("error: ") and "not an empty folder" in err
    assert "passphrase" not in output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_the_workspaces_open_with_the_printed_passphrase_through_the_cli(demo: Demo) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PASSPHRASE_ENV, demo.passphrase)
        code, output, err = _cli(
            "--home", str(demo.root / "AMB"), "measures", "list", "--institution", "AMB"
        )
    assert code == 0, err
    assert "2.2.1" in output


# -- the coordinator's store ------------------------------------------------------------------


def test_the_plan_has_60_measures_in_5_directions(demo: Demo) -> None:
    plan = demo.coordinator.plan
    strategy = plan.strategy()
    assert strategy is not None
    assert (strategy.period_start, strategy.period_end) == (2023, 2027)
    assert "28 avqust 2023" in strategy.approving_act
    assert strategy.title_en.startswith("Information Security and Cybersecurity Strategy")
    assert [d.number for d in plan.directions()] == [1, 2, 3, 4, 5]
    rows = plan.measure_rows()
    assert len(rows) == 60
    assert {row.direction for row in rows} == {1, 2, 3, 4, 5}
    assert all(re.fullmatch(r"[1-5]\.\d\.\d", row.number) and row.title_en for row in rows)
    assert any(row.continuous for row in rows)
    # Every status, as derived from the latest submitted report.
    assert {row.status for row in rows} == set(ProgressStatus.values())


def test_some_measures_are_overdue_in_late_2026(demo: Demo) -> None:
    overdue = demo.coordinator.plan.measure_rows(MeasureFilter(overdue=True))
    assert len(overdue) >= 5
    assert all(row.end_date and row.end_date < dt.date(2026, 11, 24) for row in overdue)
    assert {"2.2.2", "3.2.4"} <= {row.number for row in overdue}


def test_institutions_and_their_facilities(demo: Demo) -> None:
    plan = demo.coordinator.plan
    institutions = {i.code: i for i in plan.institutions()}
    assert set(INSTITUTION_CODES) <= set(institutions) and len(INSTITUTION_CODES) >= 5
    assert institutions["EESMN"].name == "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi"
    assert institutions["XRITDX"].kind == "coordinating_body"
    for code in INSTITUTION_CODES:
        assert (demo.root / code).is_dir()
        assert len(plan.facilities(code)) >= 3


def test_ten_inspections_with_findings_of_every_severity(demo: Demo) -> None:
    inspections = demo.coordinator.inspections
    assert len(inspections.inspections()) == 10
    assert {i.status for i in inspections.inspections()} == set(InspectionStatus.values())
    findings = inspections.findings()
    assert {f.severity for f in findings} == set(Severity.values())
    assert {f.status for f in findings} == set(FindingStatus.values())
    assert any(f.urgent for f in findings) and any(f.overdue for f in findings)
    assert any(f.response for f in findings)
    state = demo.dump(COORDINATOR.code)
    assert len(state[DeadlineExtension.KIND]) >= 4
    assert all(e["approved_by"] and e["reason"] for e in state[DeadlineExtension.KIND])
    detail = inspections.detail("YX-2025-001")
    assert len(detail.notes) == 5
    assert [n.at for n in detail.notes] == sorted(n.at for n in detail.notes)


def test_the_teams_work_reached_the_coordinator_through_bundles(demo: Demo) -> None:
    state = demo.dump(COORDINATOR.code)
    by_team = [f for f in state["finding"] if f["origin"] == TEAM.code]
    assert len(by_team) >= 10
    assert any(n["origin"] == TEAM.code for n in state["inspection_note"])
    merged = [b for b in service.bundles(demo.coordinator) if b.direction == "in"]
    assert all(b.outcome == "merged" for b in merged)
    assert {b.peer for b in merged} == {*INSTITUTION_CODES, TEAM.code, PARTNER.code}
    assert not service.conflicts(demo.coordinator)


def test_every_institutions_reports_were_merged_at_the_coordinator(demo: Demo) -> None:
    state = demo.dump(COORDINATOR.code)
    ids = {i["id"]: i["code"] for i in state["institution"]}
    reports = state["progress_report"]
    for code in INSTITUTION_CODES:
        theirs = [r for r in reports if ids[r["institution_id"]] == code]
        assert len(theirs) >= 10, code
        # Written at the institution, so they can only have come in its bundles.
        assert {r["origin"] for r in theirs} == {code}
        assert {r["period"] for r in theirs} == set(demo_story.PERIODS)
    assert not any(r["draft"] for r in reports)
    assert {r["status"] for r in reports} == set(ProgressStatus.values())


def test_drafts_never_leave_the_institution(demo: Demo) -> None:
    coordinator_ids = {r["id"] for r in demo.dump(COORDINATOR.code)["progress_report"]}
    drafts = [
        r["id"]
        for code in INSTITUTION_CODES
        for r in demo.dump(code)["progress_report"]
        if r["draft"]
    ]
    assert drafts
    assert not coordinator_ids & set(drafts)


def test_evaluations_reached_the_institutions(demo: Demo) -> None:
    results = {row.evaluation for row in demo.coordinator.progress.rows() if row.evaluation}
    assert results == set(EvaluationResult.values())
    for code in INSTITUTION_CODES:
        evaluated = [r for r in demo.desks[code].progress.rows() if r.evaluation]
        assert evaluated, code


def test_working_groups_met_and_their_tasks_are_due(demo: Demo) -> None:
    """Two groups, two meetings with decisions; each member institution holds its group, and
    on 24.11.2026 the tasks show in the due lists with the other kinds of item."""
    groups = demo.coordinator.groups.groups()
    assert [(g.code, g.direction, len(g.meetings)) for g in groups] == [
        ("İQ-1", 1, 1),
        ("İQ-2", 2, 1),
    ]
    assert [g.code for g in demo.desks["RINN"].groups.groups()] == ["İQ-1"]
    assert [g.code for g in demo.desks["METRO"].groups.groups()] == ["İQ-2"]
    due = demo.coordinator.due.items(within=30)
    kinds = set(due.counts())
    assert {"task", "report", "finding", "clarification"} <= kinds, kinds
    tasks = [(i.institution, i.ref, i.due) for i in due.items if i.kind == "task"]
    assert ("RINN", "İQ-1-2026-01#1", dt.date(2026, 11, 30)) in tasks
    assert ("AMB", "İQ-1-2026-01#2", dt.date(2026, 12, 20)) in tasks
    assert demo.coordinator.dashboard.build().as_dict()["due_in_30_days"]["total"] == len(due.items)


def test_no_institution_holds_another_institutions_reports_findings_or_evidence(
    demo: Demo,
) -> None:
    for code in INSTITUTION_CODES:
        desk = demo.desks[code]
        assert {row.institution for row in desk.progress.rows()} == {code}
        assert {row.institution for row in desk.inspections.findings()} <= {code}
        state = demo.dump(code)
        held = {record["id"] for kind in state if kind != "blobs" for record in state[kind]}
        assert all(a["record_id"] in held for a in state[Attachment.KIND]), code


def test_every_node_ends_holding_the_coordinators_view_of_what_they_share(demo: Demo) -> None:
    """After the last round the coordinator's plan reached everyone unchanged."""
    plan = {m["number"]: m["versions"] for m in demo.dump(COORDINATOR.code)["measure"]}
    for code in INSTITUTION_CODES:
        assert {m["number"]: m["versions"] for m in demo.dump(code)["measure"]} == plan
    for code, desk in demo.desks.items():
        with desk.reading() as session:
            assert audit.verify(session).ok, code


# -- text and evidence ------------------------------------------------------------------------


def test_azerbaijani_letters_are_intact_in_the_dump(demo: Demo) -> None:
    text = canonical_json(demo.dump(COORDINATOR.code))
    assert unicodedata.is_normalized("NFC", text)
    # Ğ is left out: no Azerbaijani word starts with it, so only all-capitals text has it.
    for letter in "əƏğıİöÖüÜşŞçÇ":
        assert letter in text, letter
    for name in (
        "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti",
        "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi",
        "Bakı Metropoliteni QSC",
        "Şimal-2 ES-in paylanmış idarəetmə sistemi (DCS)",
    ):
        assert name in text


def _plan(desk: Desk) -> list[tuple[object, ...]]:
    directions = [(d.number, d.title) for d in desk.plan.directions()]
    measures = []
    for row in desk.plan.measure_rows():
        m = desk.plan.measure(row.number)
        measures.append(
            (
                m.number, row.direction, m.title, m.title_en, row.lead_code, m.co_executors,
                m.start_date, m.end_date, m.continuous, m.expected_result, m.financing_source,
                m.description,
            )
        )  # fmt: skip
    return [*directions, *measures]


def test_the_plan_round_trips_through_a_spreadsheet(
    demo: Demo, tmp_path: Path, make_desk: DeskFactory
) -> None:
    """The coordinator's measures exported to XLSX and imported into a fresh coordinator that
    knows the same institutions: the two plans are equal."""
    path = tmp_path / "plan.xlsx"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PASSPHRASE_ENV, demo.passphrase)
        code, _output, err = _cli(
            "--home", str(demo.root / "coordinator"), "measures", "list", "--xlsx", str(path)
        )
    assert code == 0, err
    source = demo.coordinator
    fresh = make_desk("coordinator", COORDINATOR.code, COORDINATOR.name)
    for institution in source.plan.institutions():
        if institution.code != COORDINATOR.code:
            fresh.plan.add_institution(
                institution.code, institution.name, institution.name_en, institution.kind
            )
    strategy = source.plan.strategy()
    assert strategy is not None
    fresh.plan.set_strategy(strategy.title, strategy.period_start, strategy.period_end)
    preview, result = fresh.plan_import.apply(path)
    assert preview.problems == []
    assert result.created == 60
    assert _plan(fresh) == _plan(source)
    again = fresh.plan_import.preview(path)
    assert {m.action for m in again.measures} == {"same"}


def test_search_finds_azerbaijani_words_whatever_the_case(demo: Demo) -> None:
    with demo.coordinator.reading() as session:
        # Dotted capital İ must meet dotted i ("inzibatçı"), not dotless ı.
        upper = {hit.record_id for hit in search(session, "İNZİBATÇI")}
        lower = {hit.record_id for hit in search(session, "inzibatçı")}
        assert upper and upper == lower
        assert {hit.kind for hit in search(session, "ŞƏBƏKƏ")} >= {"finding", "measure"}
        assert not search(session, "INZIBATÇI")  # I is the capital of ı, not of i


def test_evidence_files_are_real_pdfs_pngs_and_texts(demo: Demo) -> None:
    with demo.coordinator.reading() as session:
        attachments = list(session.scalars(select(Attachment)))
        kinds = {a.media_type for a in attachments}
        assert {"application/pdf", "image/png", "text/plain"} <= kinds
        act = next(a for a in attachments if a.file_name == "Yoxlama_aktı_YX-2025-001.pdf")
        pdf = b"".join(blob_chunks(session, act.sha256))
        png = next(a for a in attachments if a.media_type == "image/png")
        png_bytes = b"".join(blob_chunks(session, png.sha256))
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Yoxlama aktı № YX-2025-001" in text
    assert "Azərbaycan Respublikasının Mərkəzi Bankı" in text
    assert png_bytes.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(attachments) >= 30


# -- the data and the story, without building -----------------------------------------------


def test_the_data_is_consistent() -> None:
    numbers = [m.number for m in demo_data.MEASURES]
    assert len(numbers) == len(set(numbers)) == 60
    for measure in demo_data.MEASURES:
        assert {measure.lead, *measure.co_executors} <= set(demo_data.BODIES)
        assert dt.date(2023, 8, 28) <= measure.start <= dt.date(2027, 12, 31)
        assert measure.end is None or measure.start < measure.end <= dt.date(2027, 12, 31)
        assert measure.profile in demo_data.PROFILES
    codes = {r["code"] for r in demo_data.REQUIREMENTS}
    assert len(codes) == len(demo_data.REQUIREMENTS) >= 30
    for requirement in demo_data.REQUIREMENTS:
        assert all(
            re.fullmatch(r"A\.[5-8]\.\d+", c) for c in requirement["iso27001"].split(", ") if c
        )
        assert all(
            re.fullmatch(r"(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-\d\d", c)
            for c in requirement["nist_csf"].split(", ")
        )
    facilities = {(f.institution, f.name) for f in demo_data.FACILITIES}
    for spec in demo_data.INSPECTIONS:
        assert all((spec.institution, name) in facilities for name in spec.facilities)
        for finding in spec.findings:
            assert finding.requirement in codes
            assert finding.facility is None or (spec.institution, finding.facility) in facilities


def test_the_story_is_in_order_and_repeatable() -> None:
    steps = demo_story.story()
    assert [s.at for s in steps] == sorted(s.at for s in steps)
    assert [s.label for s in steps] == [s.label for s in demo_story.story()]
    # Fieldwork happens inside the inspection, before anything else the inspecting node does.
    for spec in demo_data.INSPECTIONS:
        moments = [n.at for n in spec.notes] + [f.at for f in spec.findings]
        assert all(spec.start <= m.date() <= spec.end for m in moments)
        later = [
            s.at
            for s in steps
            if (s.node if isinstance(s, Work) else s.sender) == spec.by and s.at.date() > spec.start
        ]
        assert all(m <= min(later, default=m) for m in moments), spec.reference
    reports = demo_story.planned_reports("AMB", "2026-Q1")
    assert reports == demo_story.planned_reports("AMB", "2026-Q1")


def test_the_story_clock_never_goes_back_nor_past_the_present() -> None:
    present = SteppingClock(int(dt.datetime(2026, 3, 1, tzinfo=dt.UTC).timestamp() * 1000))
    clock = StoryClock(present, demo_data.at("2025-09-01 09:00"))
    first = clock.now_ms()
    clock.go(demo_data.at("2025-01-01 09:00"))
    assert clock.now_ms() > first
    clock.go(demo_data.at("2026-10-10 11:00"))
    assert clock.now_ms() <= present.ms + 2
