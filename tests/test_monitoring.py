"""Monitoring figures a commission signs: the lead's official status, co-executors'
contributions, the national picture at institutions, period-correct report figures."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.core.dashboard import build_dashboard
from desktop_app.core.desk import Desk
from desktop_app.core.models import NodeRole, OfficialStatus, StatusDecision
from desktop_app.core.rules import Actor, RuleBook
from desktop_app.errors import PermissionDenied
from desktop_app.reports import ReportParams, generate
from desktop_app.reports.data import strategy_data
from tests import test_cli
from tests.conftest import SteppingClock, run_cli
from tests.exchange_world import create_nodes
from tests.monitoring_world import MonitoringWorld as World
from tests.monitoring_world import report_figures
from tests.test_cli import Cli, build_plan, ok
from tests.test_reports import fold, read

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow

# The in-process CLI on a store of its own, as test_cli drives it.
cli = test_cli.cli
home = test_cli.home


def _plan(desk: Desk) -> None:
    """SCIS leads 1.1 (co-executed by MOD and RINN), with one indicator."""
    desk.plan.add_institution("MOD", "Müdafiə Nazirliyi")
    desk.plan.add_institution("RINN", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi")
    desk.plan.set_strategy("Strategiya 2023-2027", 2023, 2027)
    desk.plan.add_direction(1, "Hüquqi baza")
    desk.plan.add_measure(
        "1.1", "Audit", "SCIS", direction=1, start="01.01.2026", end="31.12.2026",
        co_executors=["MOD", "RINN"],
    )  # fmt: skip
    desk.plan.add_indicator("1.1", "Audit edilmiş sistem", "ədəd", 0, 10)


# -- 4. a partial update changes only what it names ---------------------------------------------


def test_revision_without_actuals_keeps_actuals_and_problems(coordinator: Desk) -> None:
    _plan(coordinator)
    first = coordinator.progress.add(
        "1.1", "2026-Q3", "in_progress", 40, "4 sistem", problems="Kadr çatışmır",
        indicator_actuals={"Audit edilmiş sistem": 4},
    )  # fmt: skip
    coordinator.progress.add("1.1", "2026-Q3", "in_progress", 50, "5 sistem")
    report = coordinator.progress.report(first.id)
    assert (report.percent, report.work_done, report.problems) == (50, "5 sistem", "Kadr çatışmır")
    assert list(report.indicator_actuals.values()) == [4.0]

    coordinator.progress.update(first.id, percent=60)
    report = coordinator.progress.report(first.id)
    assert (report.status, report.percent, report.work_done, report.problems) == (
        "in_progress", 60, "5 sistem", "Kadr çatışmır",
    )  # fmt: skip
    assert list(report.indicator_actuals.values()) == [4.0]


def test_cli_update_changes_only_the_named_fields(cli: Cli) -> None:
    build_plan(cli)
    ok(cli("indicators", "add", "1.2", "--name", "Mütəxəssis", "--baseline", "0",
           "--target", "100"))  # fmt: skip
    added = ok(cli("progress", "add", "1.2", "--period", "2026-Q3", "--status", "in_progress",
                   "--percent", "40", "--text", "40 nəfər", "--problems", "Bina yoxdur",
                   "--actual", "Mütəxəssis=40"))  # fmt: skip
    report_id = added.out.split()[3]
    ok(cli("progress", "update", report_id[:8], "--percent", "45"))
    ok(cli("progress", "add", "1.2", "--period", "2026-Q3", "--status", "in_progress",
           "--percent", "50", "--text", "50 nəfər"))  # fmt: skip
    [report] = ok(cli("measures", "show", "1.2", "--json")).json()["reports"]
    assert (report["percent"], report["work_done"], report["problems"]) == (
        50, "50 nəfər", "Bina yoxdur",
    )  # fmt: skip
    assert list(report["indicator_actuals"].values()) == [40.0]
    assert "nothing to change" in cli("progress", "update", report_id).err


# -- a realistic two-period world: the coordinator, a lead (MOD), two co-executors -------------

Q2, Q3 = "2026-Q2", "2026-Q3"


def build_world(root: Path) -> World:
    roles = {"SCIS": "coordinator", "MOD": "institution", "RINN": "institution"}
    nodes = create_nodes(root, roles | {"AMB": "institution"}, SteppingClock())
    c, mod, rinn, amb = nodes.values()
    c.plan.set_strategy("Strategiya 2023-2027", 2023, 2027)
    c.plan.add_direction(1, "Hüquqi baza")
    c.plan.add_direction(2, "Kadr hazırlığı")
    for number, lead, co, start, end, direction in (
        ("1.1", "MOD", ["RINN", "AMB"], "01.01.2026", "31.12.2026", 1),
        ("1.2", "MOD", ["RINN"], "01.01.2026", "30.06.2026", 1),
        ("1.3", "RINN", [], "01.01.2026", "30.09.2026", 1),
        ("2.1", "AMB", ["MOD"], "01.10.2026", "31.12.2027", 2),
        ("2.2", "AMB", [], "01.01.2026", None, 2),
    ):
        c.plan.add_measure(
            number, f"Tədbir {number}", lead, direction=direction, start=start, end=end,
            continuous=end is None, co_executors=co,
        )  # fmt: skip
    world = World(c, mod, rinn, amb, root / "stick", {})
    world.deliver()
    # The second quarter: the lead and a co-executor on 1.1, 1.2 completed, 1.3 delayed,
    # AMB's report on 2.2 missing.
    world.ids["MOD 1.1 Q2"] = mod.progress.add("1.1", Q2, "in_progress", 30, "Audit planı").id
    rinn.progress.add("1.1", Q2, "in_progress", 60, "Öz hissəsi")
    mod.progress.add("1.2", Q2, "completed", 100, "Qəbul edildi")
    rinn.progress.add("1.3", Q2, "delayed", 20, "Gecikir")
    world.send(mod, rinn, amb)
    world.deliver()
    # The third: the lead reports 1.1 delayed, then a co-executor's 50 % arrives; 1.3 is not
    # reported (and its end date passes); AMB reports 2.2.
    world.ids["MOD 1.1 Q3"] = mod.progress.add("1.1", Q3, "delayed", 83, "Gecikmə").id
    world.send(mod)
    world.ids["RINN 1.1 Q3"] = rinn.progress.add("1.1", Q3, "in_progress", 50, "Yarısı").id
    amb.progress.add("2.2", Q3, "in_progress", 40, "Təlimlər")
    world.send(rinn, amb)
    world.deliver()
    return world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = build_world(tmp_path_factory.mktemp("monitoring"))
    yield built
    built.close()


# Every figure of the strategy report for each period, worked out by hand from the story above.
EXPECTED: dict[str, dict[str, Any]] = {
    Q2: {
        "measures_total": 5,
        "by_status": {"not_started": 2, "in_progress": 1, "completed": 1, "cancelled": 0,
                      "delayed": 1},
        "mean_percent": 30.0,  # (30 + 100 + 20 + 0 + 0) / 5
        "by_direction": {"1": {"measures": 3, "mean_percent": 50.0},
                         "2": {"measures": 2, "mean_percent": 0.0}},
        "overdue_measures": [],  # 1.2 ended 30.06 but was completed; 1.3 ends 30.09
        "reports_submitted": 4,
        "reports_missing": [["AMB", "2.2"]],  # 2.1 starts in October: nothing due yet
    },
    Q3: {
        "measures_total": 5,
        "by_status": {"not_started": 1, "in_progress": 1, "completed": 1, "cancelled": 0,
                      "delayed": 2},
        "mean_percent": 48.6,  # (83 + 100 + 20 + 0 + 40) / 5
        "by_direction": {"1": {"measures": 3, "mean_percent": 67.7},
                         "2": {"measures": 2, "mean_percent": 20.0}},
        "overdue_measures": ["1.3"],
        "reports_submitted": 3,
        "reports_missing": [["RINN", "1.3"]],  # 1.2 was completed in Q2: nothing due
    },
}  # fmt: skip
FIGURES = list(EXPECTED[Q2])


def test_the_lead_report_is_the_official_status(world: World) -> None:
    [row] = [r for r in world.c.plan.measure_rows() if r.number == "1.1"]
    assert (row.status, row.percent, row.latest_period) == ("delayed", 83, Q3)
    detail = world.c.plan.measure_detail("1.1")
    assert detail.official.source_id == world.ids["MOD 1.1 Q3"]
    assert [(c.institution, c.period, c.status, c.percent) for c in detail.contributions] == [
        ("RINN", Q3, "in_progress", 50),
        ("AMB", "", "", 0),
    ]


@pytest.mark.parametrize("report_period", [Q2, Q3])
def test_strategy_report_figures_for_each_period(world: World, report_period: str) -> None:
    board = build_dashboard(world.c, report_period).as_dict()
    assert {name: board[name] for name in FIGURES} == EXPECTED[report_period]
    assert report_figures(strategy_data(world.c, report_period)) == EXPECTED[report_period]


def test_printed_summary_and_dashboard_json_agree(world: World, tmp_path: Path) -> None:
    """The PDF read back, and ``dashboard --period P --json`` from the command line (whose
    clock is today's, months after the periods: the figures do not depend on it)."""
    for report_period, expected in EXPECTED.items():
        pdf = read(generate(world.c, "strategy", ReportParams(period=report_period),
                            tmp_path / f"{report_period}.pdf"))  # fmt: skip
        summary = fold(pdf.pages[1])
        for caption, value in (
            ("Measures", str(expected["measures_total"])),
            ("Mean completion", f"{expected['mean_percent']:.1f}%"),
            ("Overdue measures", str(len(expected["overdue_measures"]))),
            ("Reports submitted for the period", str(expected["reports_submitted"])),
            ("Reports missing for the period", str(len(expected["reports_missing"]))),
        ):
            assert f" {value} {caption} " in summary, (report_period, caption)
        if report_period == Q3:
            # The lead's report is the narrative; co-executors' reports are contributions.
            measures = pdf.text.split("All measures")[1].split("Contributions of co-executors")
            assert "Gecikmə" in measures[0] and "Yarısı" not in measures[0]
            contributions = measures[1].split("Indicators")[0]
            assert "RINN" in contributions and "Yarısı" in contributions
            assert "AMB" not in contributions  # it has not reported on 1.1
        done = run_cli(world.c.workspace.home, "dashboard", "--period", report_period, "--json")
        assert done.returncode == 0, done.stderr
        board = json.loads(done.stdout)
        assert {name: board[name] for name in FIGURES} == expected


def test_the_same_report_printed_twice_has_the_same_identifier(
    world: World, tmp_path: Path
) -> None:
    def identifier(report_period: str, name: str) -> str:
        pdf = PdfReader(generate(world.c, "strategy", ReportParams(period=report_period),
                                 tmp_path / name))  # fmt: skip
        assert pdf.metadata is not None
        return str(pdf.metadata["/Keywords"])

    first = identifier(Q2, "a.pdf")
    clock = world.c.clock
    assert isinstance(clock, SteppingClock)
    clock.advance(3600)
    assert identifier(Q2, "b.pdf") == first
    assert identifier(Q3, "c.pdf") != first


def test_institutions_see_the_national_picture(world: World) -> None:
    """Through real bundles, every institution shows the coordinator's status, percent and
    overdue flag for every measure, and the same dashboard figures."""
    national = [(r.number, r.status, r.percent, r.overdue) for r in world.c.plan.measure_rows()]
    board = build_dashboard(world.c)
    for desk in (world.mod, world.rinn, world.amb):
        rows = [(r.number, r.status, r.percent, r.overdue) for r in desk.plan.measure_rows()]
        assert rows == national, desk.node.code
        theirs = build_dashboard(desk)
        assert theirs.mean_percent == board.mean_percent
        assert theirs.by_status == board.by_status
        assert [r.number for r in theirs.overdue] == [r.number for r in board.overdue]


def test_only_the_coordinator_sets_or_publishes_official_statuses(world: World) -> None:
    with pytest.raises(PermissionDenied):
        world.rinn.plan.set_official_status("1.3", Q3, "completed", 100, "Hazırdır")
    # A status as a decision publishes it: the rule book reads it whole.
    published = {
        "status": "completed",
        "percent": 100,
        "period": Q3,
        "source_kind": "decision",
        "source_id": "x",
    }
    for kind in (StatusDecision.KIND, OfficialStatus.KIND):
        with world.rinn.transaction() as session, pytest.raises(PermissionDenied):
            RuleBook(session, Actor("RINN", NodeRole.INSTITUTION)).check(
                kind, "x", None, {"origin": "RINN", **published}, ["status"]
            )


def test_a_coordinator_decision_wins_until_the_next_lead_report(tmp_path: Path) -> None:
    world = build_world(tmp_path)
    c, mod = world.c, world.mod
    try:
        c.plan.set_official_status("1.1", Q3, "in_progress", 90, "Komissiyanın qərarı ilə")
        shown = json.loads(_cli(c, "measures", "show", "1.1", "--json"))
        assert (shown["status"], shown["percent"]) == ("in_progress", 90)
        assert shown["status_source"]["kind"] == "decision"
        assert shown["status_source"]["reason"] == "Komissiyanın qərarı ilə"
        assert [(c["institution"], c["percent"]) for c in shown["contributions"]] == [
            ("RINN", 50),
            ("AMB", 0),
        ]
        # The table gives AMB, which has not reported, no percent it never gave.
        table = _cli(c, "measures", "show", "1.1").split("\nContributions\n")[1]
        [amb] = [line.split() for line in table.splitlines() if line.startswith("AMB ")]
        assert amb == ["AMB", "no", "report", "yet"]
        world.deliver()  # the institutions see the decision too
        assert [(r.status, r.percent) for r in mod.plan.measure_rows() if r.number == "2.1"]
        [row] = [r for r in world.rinn.plan.measure_rows() if r.number == "1.1"]
        assert (row.status, row.percent, row.status_source) == ("in_progress", 90, "decision")

        mod.progress.add("1.1", Q3, "delayed", 85, "Yenidən baxıldı")
        world.send(mod)
        shown = json.loads(_cli(c, "measures", "show", "1.1", "--json"))
        assert (shown["status"], shown["percent"]) == ("delayed", 85)
        assert shown["status_source"] == {
            "kind": "report", "id": world.ids["MOD 1.1 Q3"], "institution": "MOD", "period": Q3,
        }  # fmt: skip
    finally:
        for desk in (c, mod, world.rinn, world.amb):
            desk.close()


def _cli(desk: Desk, *args: str) -> str:
    done = run_cli(desk.workspace.home, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout
