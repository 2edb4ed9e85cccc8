"""The coordinator's evaluation of progress reports (issue 14): a graded scale, a comment for
every result but implemented, and a history that a revised report sends back to pending."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from desktop_app.core.desk import Desk, open_desk
from desktop_app.errors import ValidationError
from desktop_app.reports import ReportParams, generate
from desktop_app.reports.i18n import Lang
from desktop_app.store.migrate import alembic_config
from tests import test_cli
from tests.conftest import PASSPHRASE, DeskFactory, SteppingClock
from tests.test_cli import Cli, build_plan, ok
from tests.test_monitoring import _plan
from tests.test_reports import read

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow

# The in-process CLI on a store of its own, as test_cli drives it.
cli = test_cli.cli
home = test_cli.home


def _report(desk: Desk, period: str = "2026-Q3", work: str = "4 sistem") -> str:
    return desk.progress.add("1.1", period, "in_progress", 40, work).id


@pytest.mark.parametrize("result", ["partly_implemented", "not_implemented", "needs_clarification"])
def test_every_result_but_implemented_needs_a_comment(coordinator: Desk, result: str) -> None:
    _plan(coordinator)
    report = _report(coordinator)
    with pytest.raises(ValidationError, match="comment"):
        coordinator.progress.evaluate(report, result, "")
    assert coordinator.progress.detail(report).evaluations == []
    coordinator.progress.evaluate(report, result, "Sübut yoxdur")
    coordinator.progress.evaluate(report, "implemented")
    assert [e.result for e in coordinator.progress.detail(report).evaluations] == [
        "implemented", result,
    ]  # fmt: skip


def test_the_old_scale_is_refused(coordinator: Desk) -> None:
    _plan(coordinator)
    report = _report(coordinator)
    for old in ("accepted", "rejected"):
        with pytest.raises(ValidationError):
            coordinator.progress.evaluate(report, old)


def test_a_revised_report_goes_back_to_pending_and_keeps_its_history(coordinator: Desk) -> None:
    _plan(coordinator)
    report = _report(coordinator)
    coordinator.progress.evaluate(report, "partly_implemented", "Yarısı görülüb")
    [row] = coordinator.progress.rows()
    assert row.evaluation == "partly_implemented"

    _report(coordinator, work="10 sistem")  # the institution revises its report
    [row] = coordinator.progress.rows()
    assert row.evaluation == "pending"
    detail = coordinator.progress.detail(report)
    assert detail.evaluation == "pending"
    assert [(e.result, e.comment) for e in detail.evaluations] == [
        ("partly_implemented", "Yarısı görülüb")
    ]
    coordinator.progress.update(report, percent=90)  # a partial update is a revision too
    coordinator.progress.evaluate(report, "implemented")
    coordinator.progress.update(report, percent=95)
    assert coordinator.progress.detail(report).evaluation == "pending"

    coordinator.progress.evaluate(report, "implemented")
    detail = coordinator.progress.detail(report)
    assert detail.evaluation == "implemented"
    assert [e.result for e in detail.evaluations] == [
        "implemented", "implemented", "partly_implemented",
    ]  # fmt: skip
    history = coordinator.plan.measure_detail("1.1").evaluations[report]
    assert [e.id for e in history] == [e.id for e in detail.evaluations]


def test_progress_show_json_lists_every_evaluation_newest_first(cli: Cli) -> None:
    build_plan(cli)
    added = ok(cli("progress", "add", "1.2", "--period", "2026-Q3", "--status", "in_progress",
                   "--percent", "40", "--text", "40 nəfər"))  # fmt: skip
    report_id = added.out.split()[3]
    ok(cli("progress", "evaluate", report_id[:8], "--result", "not_implemented",
           "--comment", "Sənəd yoxdur"))  # fmt: skip
    ok(cli("progress", "update", report_id[:8], "--percent", "60"))
    assert ok(cli("progress", "show", report_id[:8], "--json")).json()["evaluation"] == "pending"
    ok(cli("progress", "evaluate", report_id[:8], "--result", "partly_implemented",
           "--comment", "Qismən"))  # fmt: skip
    shown = ok(cli("progress", "show", report_id[:8], "--json")).json()
    assert shown["evaluation"] == "partly_implemented"
    assert [(e["result"], e["comment"], e["evaluator"]) for e in shown["evaluations"]] == [
        ("partly_implemented", "Qismən", "admin"),
        ("not_implemented", "Sənəd yoxdur", "admin"),
    ]
    # Every evaluation as a list of its own, the revised report's earlier one included.
    listed = ok(cli("progress", "evaluations", "--measure", "1.2", "--json")).json()
    assert [(e["report_id"], e["result"], e["period"], e["institution"]) for e in listed] == [
        (report_id, "partly_implemented", "2026-Q3", shown["institution"]),
        (report_id, "not_implemented", "2026-Q3", shown["institution"]),
    ]
    rejected = ok(cli("progress", "evaluations", "--result", "not_implemented", "--json")).json()
    assert [e["comment"] for e in rejected] == ["Sənəd yoxdur"]
    assert all(e["date"] for e in shown["evaluations"])
    printed = ok(cli("progress", "show", report_id[:8])).out
    assert "Qismən" in printed and "Sənəd yoxdur" in printed
    listed = ok(cli("progress", "list", "--json")).json()
    assert [r["evaluation"] for r in listed] == ["partly_implemented"]


def test_old_results_read_on_the_graded_scale(
    make_desk: DeskFactory, tmp_path: Path, clock: SteppingClock
) -> None:
    home = tmp_path / "old"
    desk = make_desk(home=home)
    _plan(desk)
    ids = [_report(desk, period) for period in ("2026-Q2", "2026-Q3")]
    for report in ids:
        desk.progress.evaluate(report, "implemented")
    # The store as the previous release wrote it: one evaluation per report, the old scale.
    with desk.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0008_official_status")
        for report, old in zip(ids, ("accepted", "rejected"), strict=True):
            connection.execute(
                text("UPDATE evaluations SET result = :old WHERE report_id = :id"),
                {"old": old, "id": report},
            )
    desk.close()
    with open_desk(home, user="admin", passphrase=PASSPHRASE, clock=clock) as upgraded:
        assert [upgraded.progress.detail(r).evaluation for r in ids] == [
            "implemented", "not_implemented",
        ]  # fmt: skip
        upgraded.progress.evaluate(ids[0], "implemented")  # many per report now
        assert len(upgraded.progress.detail(ids[0]).evaluations) == 2


@pytest.mark.parametrize(
    ("lang", "verdict", "pending"),
    [("az", "İcra olunmayıb", "Qiymətləndirmə gözlənilir"), ("en", "Not implemented", "Pending")],
)
def test_the_strategy_report_shows_each_measures_evaluation(
    coordinator: Desk, tmp_path: Path, lang: Lang, verdict: str, pending: str
) -> None:
    _plan(coordinator)
    report = _report(coordinator)
    coordinator.progress.evaluate(report, "not_implemented", "Sənədlər təqdim edilməyib")
    params = ReportParams(lang=lang, period="2026-Q3")
    printed = read(generate(coordinator, "strategy", params, tmp_path / "one.pdf")).text
    assert f"{verdict} (Sənədlər təqdim edilməyib)" in printed
    coordinator.progress.update(report, percent=80)
    printed = read(generate(coordinator, "strategy", params, tmp_path / "two.pdf")).text
    assert pending in printed and "Sənədlər təqdim edilməyib" not in printed
