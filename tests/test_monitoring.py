"""Monitoring figures a commission signs: the lead's official status, co-executors'
contributions, the national picture at institutions, period-correct report figures."""

from __future__ import annotations

from desktop_app.core.desk import Desk
from tests import test_cli
from tests.test_cli import Cli, build_plan, ok

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
