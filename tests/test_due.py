"""Due lists: what the coordinator expects of each institution, on the command line, on paper,
on the dashboard and in each bundle it sends (the clock is pinned to 15.09.2026, in 2026-Q3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from desktop_app.core.desk import Desk
from desktop_app.core.due import DueList
from desktop_app.exchange import service
from desktop_app.reports import ReportParams, generate
from desktop_app.reports.i18n import Lang
from tests.conftest import SteppingClock, run_cli
from tests.exchange_world import (
    co_sign_round,
    craft_bundle,
    create_nodes,
    log_and_channels,
    ship,
)
from tests.test_reports import read

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow

Q3 = "2026-Q3"


@dataclass
class World:
    c: Desk
    mod: Desk
    rinn: Desk
    stick: Path
    finding_refs: list[str]


def build_world(root: Path) -> World:
    nodes = create_nodes(
        root,
        {
            "SCIS": "coordinator",
            "MOD": "institution",
            "RINN": "institution",
            "DTX": "partner-agency",
        },
        SteppingClock(),
    )
    c, mod, rinn, dtx = nodes.values()
    c.plan.set_strategy("Strategiya 2023-2027", 2023, 2027)
    c.plan.add_direction(1, "Hüquqi baza")
    for number, lead, end in (
        ("1.1", "MOD", "31.12.2026"),  # MOD's Q3 report is due; it does not end soon
        ("1.2", "MOD", "01.10.2026"),  # ends within 30 days, and its Q3 report is due
        ("1.3", "RINN", "31.12.2026"),  # reported; the evaluation asks for clarification
        ("1.4", "RINN", "30.11.2026"),  # ends in 76 days: only in a longer window
    ):
        c.plan.add_measure(
            number, f"Tədbir {number}", lead, direction=1, start="01.01.2026", end=end
        )
    inspection = c.inspections.add("MOD", start="01.09.2026", end="05.09.2026")
    refs = [
        c.inspections.add_finding(inspection.id, text, "high", deadline=deadline).id
        for text, deadline in (
            ("Ehtiyat nüsxə yoxdur", "10.09.2026"),  # overdue
            ("Parol siyasəti zəifdir", "01.10.2026"),  # due within 30 days
            ("Jurnal saxlanmır", "31.12.2026"),  # not yet due
            ("Şəbəkə seqmentləri yoxdur", "20.09.2026"),  # claimed remediated: awaits verifying
        )
    ]
    c.inspections.issue(inspection.id, "A-1", "06.09.2026")  # the findings reach MOD with it
    world = World(c, mod, rinn, root / "stick", [c.inspections.findings()[0].ref])
    world.finding_refs = [
        row.ref for row in sorted(c.inspections.findings(), key=lambda f: f.number)
    ]
    co_sign_round(c, dtx, world.stick)  # the partner agency co-signs the act
    dtx.close()
    for desk in (mod, rinn):
        ship(c, desk, world.stick)
    rinn.progress.add("1.3", Q3, "in_progress", 40, "Layihə hazırlanır")
    rinn.progress.add("1.4", Q3, "in_progress", 20, "Başlanıb")
    ship(rinn, c, world.stick)
    [report] = [r for r in c.progress.rows(measure="1.3")]
    c.progress.evaluate(report.id, "needs_clarification", "Sənədlər əlavə edilməyib")
    last = world.finding_refs[3]
    mod.inspections.respond(last, "Plan hazırdır", "in_remediation")
    mod.inspections.respond(last, "Seqmentlər quruldu", "remediated")
    ship(mod, c, world.stick)
    assert refs
    return world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = build_world(tmp_path_factory.mktemp("due"))
    yield built
    for desk in (built.c, built.mod, built.rinn):
        desk.close()


def _rows(due: DueList) -> list[tuple[str, str, str, str, bool]]:
    return [
        (i.institution, i.kind, i.ref, i.due.isoformat() if i.due else "", i.overdue)
        for i in due.items
    ]


def test_the_coordinators_list_names_every_kind_of_item_in_date_order(world: World) -> None:
    f1, f2, _f3, f4 = world.finding_refs
    assert _rows(world.c.due.items()) == [
        ("MOD", "finding", f1, "2026-09-10", True),
        ("MOD", "claim", f4, "2026-09-20", False),
        ("MOD", "report", "1.1", "2026-09-30", False),
        ("MOD", "report", "1.2", "2026-09-30", False),
        ("MOD", "measure_end", "1.2", "2026-10-01", False),
        ("MOD", "finding", f2, "2026-10-01", False),
        ("RINN", "clarification", "1.3 2026-Q3", "", False),
    ]


def test_the_list_reads_the_official_statuses_once(world: World) -> None:
    reads: list[str] = []

    def seen(*args: Any) -> None:
        if "FROM status_decisions" in args[2]:
            reads.append(args[2])

    event.listen(world.c.engine, "before_cursor_execute", seen)
    try:
        assert world.c.due.items().items
    finally:
        event.remove(world.c.engine, "before_cursor_execute", seen)
    assert len(reads) == 1, reads


def test_the_window_and_the_institution_narrow_the_list(world: World) -> None:
    rinn = world.c.due.items("RINN", 90)
    assert [(i.kind, i.ref) for i in rinn.items] == [
        ("measure_end", "1.4"),
        ("clarification", "1.3 2026-Q3"),
    ]
    assert rinn.counts() == {"measure_end": 1, "clarification": 1}
    # An institution's own desk lists only what is expected of it.
    assert {i.institution for i in world.mod.due.items().items} == {"MOD"}
    assert world.c.due.items(within=0).counts()["finding"] == 1  # only the overdue one


def test_the_dashboard_counts_what_is_due_in_30_days(world: World) -> None:
    board = world.c.dashboard.build().as_dict()
    assert board["due_in_30_days"] == {
        "total": 7,
        "by_kind": {"report": 2, "measure_end": 1, "clarification": 1, "finding": 2, "claim": 1},
    }


def test_cli_due_json_and_refusals(world: World) -> None:
    done = run_cli(world.c.workspace.home, "due", "--institution", "RINN", "--within", "90",
                   "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"ref": "1.4"' in done.stdout and '"institution": "RINN"' in done.stdout
    table = run_cli(world.c.workspace.home, "due")
    assert "overdue" in table.stdout and "clarification" in table.stdout
    bad = run_cli(world.c.workspace.home, "due", "--within", "-3")
    assert bad.returncode == 1
    assert bad.stderr.strip() == "error: within must be a whole number of days from 0 to 3660"
    unknown = run_cli(world.c.workspace.home, "due", "--institution", "NOPE")
    assert unknown.returncode == 1 and "NOPE" in unknown.stderr


def test_each_bundle_to_an_institution_carries_its_due_list(world: World) -> None:
    exported = service.export_bundle(world.c, "RINN", world.stick)
    preview = service.preview_bundle(world.rinn, exported.path)
    assert preview.due is not None
    assert preview.due.as_of == dt.date(2026, 9, 15)
    assert preview.due.items == (("clarification", "1.3 2026-Q3", None, False),)
    done = run_cli(world.rinn.workspace.home, "import", str(exported.path))
    assert done.returncode == 0, done.stderr
    assert "due, as SCIS sees it on 15.09.2026 (30 days): clarification 1" in done.stdout
    assert "1.3 2026-Q3" in done.stdout


def test_a_bundle_to_the_coordinator_carries_no_due_list(world: World) -> None:
    result = ship(world.mod, world.c, world.stick)
    assert result.due is None


# A due list's own words, in each language: its title, an item's kind, "overdue" and the
# document identifier's caption.
DUE_WORDS = {
    "en": ("Due list", "Finding to remediate", "overdue", "Document "),
    "az": ("İcrası gözlənilən işlərin siyahısı", "Aradan qaldırılmalı çatışmazlıq", "gecikmiş",
           "Sənəd "),
    "ru": ("Перечень ожидаемых работ", "Недостаток к устранению", "просрочено", "Документ "),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
def test_due_list_pdf_per_institution(world: World, tmp_path: Path, lang: Lang) -> None:
    params = ReportParams(lang=lang, institution="MOD")
    first = generate(world.c, "due-list", params, tmp_path / "due.pdf")
    text = read(first).text
    assert world.finding_refs[0] in text and "Tədbir 1.2" in text
    title, kind, overdue, marker = DUE_WORDS[lang]
    assert title in text and kind in text and overdue in text
    assert "RINN" not in text and "1.3 2026-Q3" not in text
    again = read(generate(world.c, "due-list", params, tmp_path / "again.pdf")).text
    identifier = text.split(marker)[1][:14]
    assert identifier.count("-") == 2 and marker + identifier in again


@pytest.mark.parametrize(
    "due",
    [
        {"as_of": "2026-09-15", "within": 30, "items": [["bribe", "1.1", "", False]]},
        {"as_of": "2026-09-15", "within": 30, "items": [["report", "1.1", "31.09.2026", False]]},
        {"as_of": "2026-09-15", "within": 30, "items": [["report", "x" * 81, "", False]]},
        {"as_of": "2026-09-15", "within": True, "items": []},
        {"as_of": "2026-09-15", "within": 30, "items": [["report", "1.1", "", 1]]},
        {"as_of": "2026-09-15", "within": 30, "items": [["report"] * 5]},
        {"as_of": "yesterday", "within": 30, "items": []},
        [],
    ],
)
def test_a_malformed_due_list_refuses_the_bundle(world: World, tmp_path: Path, due: object) -> None:
    before = log_and_channels(world.rinn)
    path = craft_bundle(world.c, world.rinn, tmp_path, tamper_manifest={"due": due}, sequence=99)
    result = service.import_bundle(world.rinn, path)
    assert result.outcome == "refused"
    assert result.reason == "malformed manifest: bad due list"
    assert log_and_channels(world.rinn) == before


def test_an_extension_request_is_due_until_the_coordinator_decides(tmp_path: Path) -> None:
    """The institution asks through a bundle; the request is listed (beyond the window too,
    due by the deadline it would move) and carried back to it, until the decision."""
    roles = {"SCIS": "coordinator", "MOD": "institution", "DTX": "partner-agency"}
    c, mod, dtx = create_nodes(tmp_path, roles, SteppingClock()).values()
    c.inspections.add("MOD", reference="INS", start="01.09.2026", end="05.09.2026")
    c.inspections.add_finding("INS", "Jurnal saxlanmır", "high", deadline="31.12.2026")
    c.inspections.issue("INS", "A-1", "06.09.2026")
    co_sign_round(c, dtx, tmp_path / "partner")
    dtx.close()
    ship(c, mod, tmp_path / "out")
    assert c.due.items().items == []
    mod.inspections.request_extension("INS#1", "31.03.2027", "Büdcə gələn ildədir")
    ship(mod, c, tmp_path / "back")
    assert _rows(c.due.items()) == [("MOD", "extension", "INS#1", "2026-12-31", False)]
    assert c.dashboard.build().as_dict()["due_in_30_days"]["by_kind"] == {"extension": 1}
    preview = service.preview_bundle(mod, service.export_bundle(c, "MOD", tmp_path / "out").path)
    assert preview.due is not None
    assert preview.due.items == (("extension", "INS#1", dt.date(2026, 12, 31), False),)
    [request] = c.inspections.extension_requests(pending=True)
    c.inspections.decide_extension(request.id, approve=False, reason="Əsassızdır")
    assert c.due.items().items == []
    for desk in (c, mod):
        desk.close()
