"""A realistic two-period story through real bundles: the coordinator (SCIS), a lead (MOD) and
two co-executors (RINN, AMB) report for 2026-Q1 and 2026-Q2; the coordinator evaluates (one
report is sent back for clarification, revised and evaluated again), extends a measure by a
plan revision and decides one measure's official status. The strategy report for each period
is checked number by number against figures worked out by hand from the story, and equals
``dashboard --period P --json``; so is MOD's own accountability report (issue 14)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.core.dashboard import build_dashboard
from desktop_app.core.desk import Desk
from desktop_app.reports import ReportParams, generate
from desktop_app.reports.data import StrategyData, strategy_data
from tests.conftest import SteppingClock, run_cli
from tests.exchange_world import create_nodes
from tests.monitoring_world import MonitoringWorld as World
from tests.monitoring_world import report_figures
from tests.test_reports import Pdf, fold, read

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow

Q1, Q2 = "2026-Q1", "2026-Q2"


def _ms(day: dt.date) -> int:
    """Milliseconds at 09:00 UTC of ``day``: when the story's desks are at work."""
    return int(dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.UTC).timestamp() * 1000)


def tell(root: Path) -> World:
    clock = SteppingClock(_ms(dt.date(2026, 1, 12)))
    roles = {"SCIS": "coordinator", "MOD": "institution", "RINN": "institution"}
    c, mod, rinn, amb = create_nodes(root, roles | {"AMB": "institution"}, clock).values()
    story = World(c, mod, rinn, amb, root / "stick", {})
    # January: the plan. 1.2 is due at the end of March; 2.2 starts in April.
    c.plan.set_strategy("Strategiya 2023-2027", 2023, 2027)
    c.plan.add_direction(1, "Hüquqi baza")
    c.plan.add_direction(2, "Kadr hazırlığı")
    for number, lead, co, start, end, direction in (
        ("1.1", "MOD", ["RINN", "AMB"], "01.01.2026", "31.12.2026", 1),
        ("1.2", "MOD", ["RINN"], "01.01.2026", "31.03.2026", 1),
        ("1.3", "RINN", ["MOD"], "01.01.2026", "30.06.2026", 1),
        ("2.1", "AMB", [], "01.01.2026", "31.12.2026", 2),
        ("2.2", "MOD", ["AMB"], "01.04.2026", "30.09.2026", 2),
    ):
        c.plan.add_measure(
            number, f"Tədbir {number}", lead, direction=direction, start=start, end=end,
            co_executors=co,
        )  # fmt: skip
    c.plan.add_indicator("1.1", "Audit edilmiş sistem", "ədəd", 0, 10)
    c.plan.add_indicator("1.3", "İnsident", "ədəd", 40, 10)  # a falling indicator
    c.set_setting("marking", "Xidməti istifadə üçün")
    c.set_setting("prepared_by_name", "Məmmədov Rəşad")
    c.set_setting("prepared_by_position", "Monitorinq şöbəsinin müdiri")
    c.set_setting("approved_by_name", "Əliyev İlqar")
    story.deliver()

    # Early April: the reports for Q1 (AMB's on 2.1 never comes).
    clock.ms = _ms(dt.date(2026, 4, 6))
    mod.progress.add("1.1", Q1, "in_progress", 20, "Audit planı hazırlanıb",
                     indicator_actuals={"Audit edilmiş sistem": 2})  # fmt: skip
    clarify = mod.progress.add("1.2", Q1, "in_progress", 60, "Layihə hazırlanır").id
    mod.progress.add("1.3", Q1, "in_progress", 10, "Məlumat verildi")
    rinn.progress.add("1.1", Q1, "in_progress", 30, "RINN-in hissəsi")
    rinn.progress.add("1.3", Q1, "in_progress", 25, "Monitorinq qurulur",
                      indicator_actuals={"İnsident": 34})  # fmt: skip
    story.send(mod, rinn, amb)
    # The coordinator evaluates, sends 1.2's report back and extends 1.2 to June.
    clock.ms = _ms(dt.date(2026, 4, 10))
    reports = {(r.measure_number, r.institution, r.period): r.id for r in c.progress.rows()}
    c.progress.evaluate(reports["1.1", "MOD", Q1], "partly_implemented", "Plan qəbul edilib")
    c.progress.evaluate(clarify, "needs_clarification", "Layihənin mətni əlavə edilməyib")
    c.progress.evaluate(reports["1.3", "RINN", Q1], "implemented")
    c.plan.revise_measure(
        "1.2", "Müddət komissiyanın qərarı ilə uzadılıb", decision_number="QR-5",
        decision_date="10.04.2026", end="30.06.2026",
    )  # fmt: skip
    story.deliver()

    # Early July: MOD clarifies its Q1 report; the Q2 reports (RINN's lead report on 1.3 is
    # missing, its contribution to 1.1 is not).
    clock.ms = _ms(dt.date(2026, 7, 6))
    mod.progress.update(clarify, work_done="Layihənin mətni əlavə edildi")
    mod.progress.add("1.1", Q2, "delayed", 45, "Podratçı gecikir",
                     indicator_actuals={"Audit edilmiş sistem": 4})  # fmt: skip
    mod.progress.add("1.2", Q2, "completed", 100, "Qanun layihəsi qəbul edildi")
    mod.progress.add("2.2", Q2, "in_progress", 40, "Təlim proqramı")
    rinn.progress.add("1.1", Q2, "in_progress", 50, "RINN yarısını bitirib")
    amb.progress.add("2.1", Q2, "in_progress", 35, "Kadr hazırlığı başlanıb")
    amb.progress.add("2.2", Q2, "in_progress", 20, "AMB-nin hissəsi")
    story.send(mod, rinn, amb)
    clock.ms = _ms(dt.date(2026, 7, 9))
    reports = {(r.measure_number, r.institution, r.period): r.id for r in c.progress.rows()}
    c.progress.evaluate(clarify, "implemented")
    c.progress.evaluate(reports["1.1", "MOD", Q2], "not_implemented", "Səbəblər göstərilməyib")
    c.progress.evaluate(reports["2.1", "AMB", Q2], "partly_implemented", "Sübutlar natamamdır")
    # The commission saw 1.3 finished on site: its official status, without RINN's report.
    c.plan.set_official_status("1.3", Q2, "completed", 100, "Komissiya yerində yoxlayıb")
    story.deliver()
    return story


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    told = tell(tmp_path_factory.mktemp("scenario"))
    yield told
    told.close()


# Every figure of the strategy report for each period, worked out by hand from the story.
EXPECTED: dict[str, dict[str, Any]] = {
    Q1: {
        # 1.1 MOD 20, 1.2 MOD 60, 1.3 RINN 25; 2.1 unreported; 2.2 not started yet.
        "measures_total": 5,
        "by_status": {"not_started": 2, "in_progress": 3, "completed": 0, "cancelled": 0,
                      "delayed": 0},
        "mean_percent": 21.0,  # (20 + 60 + 25 + 0 + 0) / 5
        "by_direction": {"1": {"measures": 3, "mean_percent": 35.0},
                         "2": {"measures": 2, "mean_percent": 0.0}},
        # 1.2 was due 31.03 and not completed: its extension came in April, after Q1.
        "overdue_measures": ["1.2"],
        "reports_submitted": 5,  # MOD 1.1, 1.2, 1.3; RINN 1.1, 1.3
        "reports_missing": [["AMB", "2.1"]],  # 2.2 starts in April
    },
    Q2: {
        # 1.1 MOD delayed 45, 1.2 MOD completed 100, 1.3 the decision (completed 100),
        # 2.1 AMB 35, 2.2 MOD 40.
        "measures_total": 5,
        "by_status": {"not_started": 0, "in_progress": 2, "completed": 2, "cancelled": 0,
                      "delayed": 1},
        "mean_percent": 64.0,  # (45 + 100 + 100 + 35 + 40) / 5
        "by_direction": {"1": {"measures": 3, "mean_percent": 81.7},  # 245 / 3
                         "2": {"measures": 2, "mean_percent": 37.5}},
        "overdue_measures": [],  # 1.2 and 1.3 completed by their (extended) end
        "reports_submitted": 6,  # MOD 1.1, 1.2, 2.2; RINN 1.1; AMB 2.1, 2.2
        "reports_missing": [["RINN", "1.3"]],  # the decision is no report
    },
}  # fmt: skip
FIGURES = list(EXPECTED[Q1])

# MOD's own report for Q2: the measures it leads (1.1, 1.2, 2.2) or co-executes (1.3).
MOD_Q2: dict[str, Any] = {
    "measures_total": 4,
    "by_status": {"not_started": 0, "in_progress": 1, "completed": 2, "cancelled": 0,
                  "delayed": 1},
    "mean_percent": 71.2,  # (45 + 100 + 100 + 40) / 4 = 71.25, rounded half to even
    "by_direction": {"1": {"measures": 3, "mean_percent": 81.7},
                     "2": {"measures": 1, "mean_percent": 40.0}},
    "overdue_measures": [],
    "reports_submitted": 3,
    "reports_missing": [],
}  # fmt: skip


def _dashboard_json(desk: Desk, *args: str) -> dict[str, Any]:
    done = run_cli(desk.workspace.home, "dashboard", *args, "--json")
    assert done.returncode == 0, done.stderr
    board: dict[str, Any] = json.loads(done.stdout)
    return {name: board[name] for name in FIGURES}


def _pdf(desk: Desk, path: Path, **params: Any) -> Pdf:
    return read(generate(desk, "strategy", ReportParams(**params), path))


@pytest.mark.parametrize("report_period", [Q1, Q2])
def test_each_period_figure_by_figure(story: World, report_period: str, tmp_path: Path) -> None:
    expected = EXPECTED[report_period]
    assert report_figures(strategy_data(story.c, report_period)) == expected
    board = build_dashboard(story.c, report_period).as_dict()
    assert {name: board[name] for name in FIGURES} == expected
    assert _dashboard_json(story.c, "--period", report_period) == expected
    # The printed summary, read back.
    summary = fold(_pdf(story.c, tmp_path / "r.pdf", period=report_period).pages[1])
    for caption, value in (
        ("Measures", expected["measures_total"]),
        ("Mean completion", f"{expected['mean_percent']:.1f}%"),
        ("Completed measures", expected["by_status"]["completed"]),
        ("Overdue measures", len(expected["overdue_measures"])),
        ("Reports submitted for the period", expected["reports_submitted"]),
        ("Reports missing for the period", len(expected["reports_missing"])),
    ):
        assert f" {value} {caption} " in summary, caption


def test_each_period_per_measure(story: World) -> None:
    """Evaluations, contributions, indicators' achievement and plan revisions as of each
    period's end."""
    q1, q2 = strategy_data(story.c, Q1), strategy_data(story.c, Q2)

    def lines(content: StrategyData) -> dict[str, tuple[str, int, str, str, str]]:
        return {
            m.number: (m.status, m.percent, m.evaluation, m.evaluation_comment, m.decision)
            for m in content.measures
        }

    assert lines(q1) == {
        "1.1": ("in_progress", 20, "partly_implemented", "Plan qəbul edilib", ""),
        # Sent back for clarification, revised, then accepted: its evaluation now.
        "1.2": ("in_progress", 60, "implemented", "", ""),
        "1.3": ("in_progress", 25, "implemented", "", ""),
        "2.1": ("not_started", 0, "", "", ""),
        "2.2": ("not_started", 0, "", "", ""),
    }
    assert lines(q2) == {
        "1.1": ("delayed", 45, "not_implemented", "Səbəblər göstərilməyib", ""),
        "1.2": ("completed", 100, "", "", ""),
        "1.3": ("completed", 100, "", "", "Komissiya yerində yoxlayıb"),
        "2.1": ("in_progress", 35, "partly_implemented", "Sübutlar natamamdır", ""),
        "2.2": ("in_progress", 40, "", "", ""),
    }
    history = story.c.progress.detail(
        next(r.id for r in story.c.progress.rows(measure="1.2", period_text=Q1))
    ).evaluations
    assert [e.result for e in history] == ["implemented", "needs_clarification"]

    def contributions(content: StrategyData) -> list[tuple[str, str, str, int]]:
        return [
            (m.number, c.institution, c.period, c.percent)
            for m in content.measures
            for c in m.contributions
        ]

    assert contributions(q1) == [("1.1", "RINN", Q1, 30), ("1.3", "MOD", Q1, 10)]
    assert contributions(q2) == [
        ("1.1", "RINN", Q2, 50), ("1.3", "MOD", Q1, 10), ("2.2", "AMB", Q2, 20),
    ]  # fmt: skip

    def achievement(content: StrategyData) -> list[tuple[str, float | None, float | None]]:
        return [(i.name, i.actual, i.achievement_percent) for i in content.indicators]

    assert achievement(q1) == [("Audit edilmiş sistem", 2.0, 20.0), ("İnsident", 34.0, 20.0)]
    # 1.3's indicator keeps Q1's actual: RINN sent no Q2 report.
    assert achievement(q2) == [("Audit edilmiş sistem", 4.0, 40.0), ("İnsident", 34.0, 20.0)]

    assert q1.revisions == []
    [revision] = q2.revisions
    assert (revision.measure_number, revision.field, revision.old, revision.new) == (
        "1.2", "end", "2026-03-31", "2026-06-30",
    )  # fmt: skip
    assert (revision.decision_number, revision.decision_date) == ("QR-5", dt.date(2026, 4, 10))
    # The plan as it stood: 1.2 due in March for Q1, in June for Q2.
    assert [m.end_date for m in q1.measures if m.number == "1.2"] == [dt.date(2026, 3, 31)]
    assert [m.end_date for m in q2.measures if m.number == "1.2"] == [dt.date(2026, 6, 30)]


def test_the_printed_report(story: World, tmp_path: Path) -> None:
    text = fold(_pdf(story.c, tmp_path / "q2.pdf", period=Q2).text)
    for phrase in (
        "Evaluation: Not implemented (Səbəblər göstərilməyib)",
        "Coordinator's decision: Komissiya yerində yoxlayıb",
        "RINN yarısını bitirib",
        "Audit edilmiş sistem ədəd Increase 0 10 4 40 %",
        "Plan revisions in 2026-Q2",
        "Müddət komissiyanın qərarı ilə uzadılıb QR-5 10.04.2026",
        "Reports missing for 2026-Q2",
        "Prepared by Monitorinq şöbəsinin müdiri Məmmədov Rəşad",
        "Approved by Əliyev İlqar",
    ):
        assert phrase in text, phrase
    azerbaijani = fold(_pdf(story.c, tmp_path / "az.pdf", period=Q2, lang="az").text)
    for phrase in ("İcra olunmayıb (Səbəblər göstərilməyib)", "Hazırladı", "Təsdiq etdi"):
        assert phrase in azerbaijani, phrase
    russian = fold(_pdf(story.c, tmp_path / "ru.pdf", period=Q2, lang="ru").text)
    for phrase in (
        "Отчёт о выполнении Стратегии",
        "Не выполнено (Səbəblər",
        "Подготовил",
        "Для служебного пользования",  # the demo's usual marking, in Russian
        # A measure's status agrees with "мероприятие", not with "проверка".
        "Завершено 100",
        "Выполняется 40",
    ):
        assert phrase in russian, phrase
    assert "Xidməti istifadə üçün" not in russian
    for feminine in ("Завершена", "Проводится", "Отменена"):
        assert feminine not in russian, feminine


def test_the_lead_s_own_accountability_report(story: World, tmp_path: Path) -> None:
    content = strategy_data(story.c, Q2, "MOD")
    assert report_figures(content) == MOD_Q2
    assert _dashboard_json(story.c, "--period", Q2, "--institution", "MOD") == MOD_Q2
    assert {m.number: m.role for m in content.measures} == {
        "1.1": "lead", "1.2": "lead", "1.3": "co_executor", "2.2": "lead",
    }  # fmt: skip
    assert [(r.measure_number, r.status, r.evaluation) for r in content.own_reports] == [
        ("1.1", "delayed", "not_implemented"),
        ("1.2", "completed", ""),
        ("2.2", "in_progress", ""),
    ]
    text = fold(_pdf(story.c, tmp_path / "mod.pdf", period=Q2, institution="MOD").text)
    led = text.split("Measures the institution leads")[1].split("Measures the institution co")[0]
    assert "Tədbir 1.1" in led and "Tədbir 1.3" not in led
    co = text.split("Measures the institution co-executes")[1].split("Reports of the")[0]
    # 1.3: the official status beside MOD's own (Q1) part.
    assert "Tədbir 1.3" in co and "2026-Q1: In progress 10 % Məlumat verildi" in co
    own = text.split("Reports of the institution for 2026-Q2 and their evaluation")[1]
    assert "Not implemented (Səbəblər göstərilməyib)" in own and "Pending evaluation" in own
    # At MOD's own desk, after the bundles: the same report of its own.
    assert report_figures(strategy_data(story.mod, Q2)) == MOD_Q2


# The figures that rest on the measures' official statuses: an institution holds only its own
# reports, so its national dashboard counts only its own reports submitted and missing.
STATUS_FIGURES = ["measures_total", "by_status", "mean_percent", "by_direction", "overdue_measures"]


@pytest.mark.parametrize("report_period", [Q1, Q2])
def test_the_institutions_see_the_coordinator_s_figures_for_every_period(
    story: World, report_period: str
) -> None:
    """Through the bundles, every institution shows the coordinator's rows for each period,
    the plan as it stood then included: 1.1 (MOD's) was in progress at 20 % at Q1's end and
    delayed at 45 % at Q2's, 1.3 (RINN's) in progress at 25 % and then completed by the
    coordinator's decision. Its own report (and ``dashboard --institution``) for the period is
    the one the coordinator prints for it, figure by figure."""

    def rows(desk: Desk) -> list[tuple[str, str, int, bool, dt.date | None]]:
        return [
            (m.number, m.status, m.percent, m.overdue, m.end_date)
            for m in build_dashboard(desk, report_period).measures
        ]

    national = _dashboard_json(story.c, "--period", report_period)
    for desk in (story.mod, story.rinn, story.amb):
        code = desk.node.code
        assert rows(desk) == rows(story.c), code
        board = _dashboard_json(desk, "--period", report_period)
        assert {n: board[n] for n in STATUS_FIGURES} == {n: national[n] for n in STATUS_FIGURES}
        own = report_figures(strategy_data(story.c, report_period, code))
        assert report_figures(strategy_data(desk, report_period)) == own, code
        scoped = ("--period", report_period, "--institution", code)
        assert _dashboard_json(desk, *scoped) == _dashboard_json(story.c, *scoped) == own
    # At AMB, which leads neither, as the coordinator computed them for the period.
    shown = {
        r.number: (r.status, r.percent) for r in build_dashboard(story.amb, report_period).measures
    }
    assert (shown["1.1"], shown["1.3"]) == {
        Q1: (("in_progress", 20), ("in_progress", 25)),
        Q2: (("delayed", 45), ("completed", 100)),
    }[report_period]
    # The plan as it stood at Q1's end reaches them too: 1.2 due in March, overdue then.
    [row] = [r for r in build_dashboard(story.amb, Q1).measures if r.number == "1.2"]
    assert (row.end_date, row.overdue) == (dt.date(2026, 3, 31), True)


def test_the_same_data_and_parameters_give_the_same_identifier(
    story: World, tmp_path: Path
) -> None:
    def identifier(name: str, **params: Any) -> str:
        metadata = PdfReader(_pdf(story.c, tmp_path / name, **params).path).metadata
        assert metadata is not None
        return str(metadata["/Keywords"])

    first = identifier("a.pdf", period=Q1)
    clock = story.c.clock
    assert isinstance(clock, SteppingClock)
    clock.advance(86400)  # printed again the next day: the same document
    assert identifier("b.pdf", period=Q1) == first
    others = {
        identifier("c.pdf", period=Q2),
        identifier("d.pdf", period=Q1, institution="MOD"),
        identifier("e.pdf", period=Q1, lang="az"),
    }
    assert first not in others and len(others) == 3
