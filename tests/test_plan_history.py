"""The plan changes by decision, with its history; indicators with a direction and their
achievement; a measure with reports is cancelled, never deleted (issue 14)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.core.dashboard import build_dashboard
from desktop_app.core.desk import Desk
from desktop_app.core.models import AuditEvent
from desktop_app.core.plan import achievement
from desktop_app.errors import ValidationError
from desktop_app.reports.data import strategy_data
from tests import test_cli
from tests.conftest import DeskFactory
from tests.exchange_world import create_nodes, ship
from tests.test_cli import Cli, build_plan, ok, one_line_error

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow

cli = test_cli.cli
home = test_cli.home


def _plan(desk: Desk) -> None:
    """SCIS leads 1.1 (co-executed by MOD) and 1.2; both end in 2026."""
    desk.plan.add_institution("MOD", "Müdafiə Nazirliyi")
    desk.plan.set_strategy("Strategiya 2023-2027", 2023, 2027)
    desk.plan.add_direction(1, "Hüquqi baza")
    desk.plan.add_measure(
        "1.1", "Audit", "SCIS", direction=1, start="01.01.2026", end="30.06.2026",
        co_executors=["MOD"],
    )  # fmt: skip
    desk.plan.add_measure("1.2", "Kadr", "SCIS", direction=1, start="01.01.2026", end="30.06.2026")


def _audited(desk: Desk, kind: str) -> list[str]:
    with desk.reading() as session:
        return list(
            session.scalars(select(AuditEvent.action).where(AuditEvent.record_kind == kind))
        )


# -- plan revisions ---------------------------------------------------------------------------


def test_changing_the_end_date_needs_a_reason_and_is_kept_in_the_history(cli: Cli) -> None:
    """`measures update 1.1 --end ...` used to clear the overdue flag silently."""
    build_plan(cli)
    [row] = ok(cli("measures", "list", "--overdue", "--json")).json()
    assert row["number"] == "1.1"
    line = one_line_error(cli("measures", "update", "1.1", "--end", "31.12.2026"))
    assert "end" in line and "revises the plan" in line and "reason" in line
    assert ok(cli("measures", "list", "--overdue", "--json")).json() == [row]

    ok(cli("measures", "update", "1.1", "--end", "31.12.2026", "--reason", "Maliyyə gecikdi",
           "--decision", "KQ-12", "--decision-date", "01.09.2026"))  # fmt: skip
    ok(cli("measures", "update", "1.1", "--lead", "SCIS", "--co-executor", "MOD",
           "--title", "Audit (yeni)", "--reason", "Komissiyanın qərarı"))  # fmt: skip
    # Fields outside the plan's commitments change without a reason and leave no revision.
    ok(cli("measures", "update", "1.1", "--description", "Ətraflı"))
    assert ok(cli("measures", "list", "--overdue", "--json")).json() == []

    history = ok(cli("measures", "history", "1.1", "--json")).json()
    assert [(h["field"], h["old"], h["new"]) for h in history] == [
        ("end", "2020-12-31", "2026-12-31"),
        ("title", "Dövlət informasiya sistemlərinin təhlükəsizlik auditi", "Audit (yeni)"),
        ("lead", "MOD", "SCIS"),
        ("co_executors", "", "MOD"),
    ]
    first = history[0]
    assert first["reason"] == "Maliyyə gecikdi"
    assert first["decision"] == {"number": "KQ-12", "date": "2026-09-01"}
    assert first["who"] == "admin" and first["when"].startswith("2026-")
    assert history[1]["decision"] is None and history[1]["reason"] == "Komissiyanın qərarı"
    shown = ok(cli("measures", "show", "1.1", "--json")).json()
    assert [h["field"] for h in shown["history"]] == [h["field"] for h in history]
    assert "Maliyyə gecikdi" in ok(cli("measures", "history", "1.1")).out
    # The tables show a date as every other date (--json keeps it as stored, above).
    for shown_text in (
        ok(cli("measures", "history", "1.1")).out,
        ok(cli("measures", "show", "1.1")).out,
    ):
        assert "31.12.2020" in shown_text and "31.12.2026" in shown_text
        assert "2020-12-31" not in shown_text and "2026-12-31" not in shown_text
    # A decision without a reason is a usage error, and changes nothing.
    assert one_line_error(
        cli("measures", "update", "1.2", "--title", "X", "--decision", "KQ-13"), code=2
    )
    assert len(ok(cli("measures", "history", "1.1", "--json")).json()) == 4


def test_revise_measure_is_the_service_an_import_calls(coordinator: Desk) -> None:
    _plan(coordinator)
    with pytest.raises(ValidationError, match="revises the plan"):
        coordinator.plan.update_measure("1.1", end="31.12.2026")
    with pytest.raises(ValidationError, match="reason"):
        coordinator.plan.revise_measure("1.1", "  ", end="31.12.2026")
    changed = coordinator.plan.revise_measure(
        "1.1", "imported from plan.xlsx", end="31.12.2026", start="01.02.2026"
    )
    assert sorted(changed) == ["end_date", "start_date"]
    # Nothing that does not change is recorded.
    assert coordinator.plan.revise_measure("1.1", "imported from plan.xlsx", end="31.12.2026") == []
    history = coordinator.plan.history("1.1")
    assert [(h.field, h.new, h.reason) for h in history] == [
        ("start", "2026-02-01", "imported from plan.xlsx"),
        ("end", "2026-12-31", "imported from plan.xlsx"),
    ]
    assert _audited(coordinator, "plan_revision") == ["create", "create"]


def test_a_measure_with_reports_is_cancelled_not_deleted(cli: Cli) -> None:
    build_plan(cli)
    ok(cli("progress", "add", "1.2", "--period", "2026-Q2", "--status", "in_progress",
           "--percent", "40", "--text", "Başlanıb"))  # fmt: skip
    line = one_line_error(cli("measures", "delete", "1.2"))
    assert "has progress reports" in line and "cancel it" in line
    assert cli("measures", "cancel", "1.2").code == 2  # --reason is required

    ok(cli("measures", "cancel", "1.2", "--reason", "Strategiyadan çıxarıldı",
           "--decision", "KQ-14", "--decision-date", "15.08.2026"))  # fmt: skip
    shown = ok(cli("measures", "show", "1.2", "--json")).json()
    assert (shown["status"], shown["cancelled_on"]) == ("in_progress", "2026-08-15")
    [row] = [r for r in ok(cli("measures", "list", "--json")).json() if r["number"] == "1.2"]
    assert (row["status"], row["cancelled_on"], row["overdue"]) == (
        "cancelled", "2026-08-15", False,
    )  # fmt: skip
    # Before the cancellation took effect it was an ordinary measure.
    [before] = [
        r for r in ok(cli("measures", "list", "--period", "2026-Q2", "--json")).json()
        if r["number"] == "1.2"
    ]  # fmt: skip
    assert (before["status"], before["cancelled_on"]) == ("in_progress", None)
    # Its reports are still listed, and its history says why.
    [report] = ok(cli("progress", "list", "--measure", "1.2", "--json")).json()
    assert report["period"] == "2026-Q2"
    [revision] = ok(cli("measures", "history", "1.2", "--json")).json()
    assert (revision["field"], revision["new"], revision["reason"]) == (
        "cancelled", "2026-08-15", "Strategiyadan çıxarıldı",
    )  # fmt: skip
    assert "already cancelled" in one_line_error(
        cli("measures", "cancel", "1.2", "--reason", "Yenə")
    )
    # A measure nobody reported on can still be deleted.
    ok(cli("measures", "delete", "1.1"))


def test_a_cancelled_measure_is_neither_overdue_nor_missing_after_its_cancellation(
    coordinator: Desk,
) -> None:
    _plan(coordinator)
    coordinator.progress.add("1.1", "2026-Q1", "in_progress", 20, "Başlanıb")
    coordinator.progress.add("1.2", "2026-Q1", "in_progress", 20, "Başlanıb")
    coordinator.plan.cancel_measure("1.2", "Artıq lazım deyil", decision_date="10.07.2026")
    q2 = build_dashboard(coordinator, "2026-Q2").as_dict()
    assert q2["overdue_measures"] == ["1.1", "1.2"]
    assert q2["reports_missing"] == [["SCIS", "1.1"], ["SCIS", "1.2"]]
    q3 = build_dashboard(coordinator, "2026-Q3").as_dict()
    assert q3["overdue_measures"] == ["1.1"]
    assert q3["reports_missing"] == [["SCIS", "1.1"]]
    assert q3["by_status"]["cancelled"] == 1
    data = strategy_data(coordinator, "2026-Q3")
    assert [(m.number, m.status, m.overdue) for m in data.measures] == [
        ("1.1", "in_progress", True),
        ("1.2", "cancelled", False),
    ]
    assert [(r.measure_number, r.field) for r in data.revisions] == [("1.2", "cancelled")]
    assert strategy_data(coordinator, "2026-Q2").revisions == []


def test_revisions_travel_to_the_institutions(tmp_path: Path) -> None:
    from tests.conftest import SteppingClock

    roles = {"SCIS": "coordinator", "MOD": "institution"}
    c, mod = create_nodes(tmp_path, roles, SteppingClock()).values()
    try:
        c.plan.set_strategy("Strategiya", 2023, 2027)
        c.plan.add_measure("1.1", "Audit", "MOD", end="30.06.2026", co_executors=["SCIS"])
        c.plan.add_indicator("1.1", "İnsident", "ədəd", 31, 5, milestones={"2026": 18})
        stick = tmp_path / "stick"
        ship(c, mod, stick)
        c.plan.revise_measure("1.1", "Gecikmə", decision_number="KQ-1", end="31.12.2026")
        mod.progress.add("1.1", "2026-Q3", "in_progress", 50, "Yarısı", indicator_actuals={
            "İnsident": 18})  # fmt: skip
        ship(mod, c, stick)
        # A co-executor's figures are a contribution, not the measure's actual.
        c.progress.add("1.1", "2026-Q4", "in_progress", 90, "Töhfə", indicator_actuals={
            "İnsident": 1})  # fmt: skip
        [at_coordinator] = c.plan.indicator_rows("1.1")
        assert (at_coordinator.actual, at_coordinator.achievement_percent) == (18.0, 50.0)
        c.plan.cancel_measure("1.1", "Ləğv edildi")
        ship(c, mod, stick)
        assert [h.as_dict() for h in mod.plan.history("1.1")] == [
            h.as_dict() for h in c.plan.history("1.1")
        ]
        assert [h.field for h in mod.plan.history("1.1")] == ["end", "cancelled"]
        [mine] = mod.plan.measure_rows()
        assert (mine.status, mine.overdue) == ("cancelled", False)
        [indicator] = mod.plan.indicator_rows("1.1")
        assert (indicator.direction, indicator.milestones) == ("decrease", {"2026": 18.0})
        assert indicator.achievement_percent == 50.0
    finally:
        c.close()
        mod.close()


# -- indicators -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("baseline", "target", "actual", "direction", "expected"),
    [
        (0, 10, 4, "increase", 40.0),
        (0, 10, 12, "increase", 100.0),
        (0, 10, -3, "increase", 0.0),
        (31, 5, 18, "decrease", 50.0),
        (31, 5, 40, "decrease", 0.0),
        (31, 5, 2, "decrease", 100.0),
        (5, 5, 5, "decrease", 100.0),
        (5, 5, 6, "decrease", 0.0),
        (0, 10, None, "increase", None),
        (None, 10, 4, "increase", None),
    ],
)
def test_achievement(
    baseline: float | None,
    target: float | None,
    actual: float | None,
    direction: str,
    expected: float | None,
) -> None:
    assert achievement(baseline, target, actual, direction) == expected


def test_indicators_of_both_directions_with_the_leads_actuals(cli: Cli) -> None:
    build_plan(cli)
    ok(cli("indicators", "add", "1.2", "--name", "Mütəxəssis", "--unit", "nəfər",
           "--baseline", "0", "--target", "100", "--milestone", "2026=40",
           "--milestone", "2027=100"))  # fmt: skip
    ok(cli("indicators", "add", "1.2", "--name", "İnsident", "--unit", "ədəd",
           "--baseline", "31", "--target", "5"))  # fmt: skip
    ok(cli("progress", "add", "1.2", "--period", "2026-Q2", "--status", "in_progress",
           "--percent", "30", "--text", "İş", "--actual", "Mütəxəssis=20",
           "--actual", "İnsident=25"))  # fmt: skip
    ok(cli("progress", "add", "1.2", "--period", "2026-Q3", "--status", "in_progress",
           "--percent", "50", "--text", "İş", "--actual", "Mütəxəssis=30",
           "--actual", "İnsident=18"))  # fmt: skip
    rows = {r["name"]: r for r in ok(cli("indicators", "list", "1.2", "--json")).json()}
    people, incidents = rows["Mütəxəssis"], rows["İnsident"]
    assert (people["direction"], people["actual"], people["actual_period"]) == (
        "increase", 30.0, "2026-Q3",
    )  # fmt: skip
    assert people["achievement_percent"] == 30.0
    assert people["milestones"] == {"2026": 40.0, "2027": 100.0} and people["milestone"] == 40.0
    assert [a["value"] for a in people["actuals"]] == [20.0, 30.0]
    assert (incidents["direction"], incidents["achievement_percent"]) == ("decrease", 50.0)
    q2 = {r["name"]: r for r in ok(cli("indicators", "list", "1.2", "--period", "2026-Q2",
                                       "--json")).json()}  # fmt: skip
    assert q2["İnsident"]["achievement_percent"] == round(6 / 26 * 100, 1)
    assert "decrease   18      2026-Q3  50" in ok(cli("indicators", "list", "1.2")).out


def test_indicators_are_edited_through_the_audited_write_path(coordinator: Desk) -> None:
    _plan(coordinator)
    indicator = coordinator.plan.add_indicator("1.1", "İnsident", "ədəd", 31, 5)
    [row] = coordinator.plan.indicator_rows("1.1")
    assert row.direction == "decrease"
    with pytest.raises(ValidationError, match="decreasing indicator's target must be below"):
        coordinator.plan.update_indicator(indicator.id, target=40)
    with pytest.raises(ValidationError, match="increasing indicator's target must be above"):
        coordinator.plan.update_indicator(indicator.id, direction="increase")
    with pytest.raises(ValidationError, match="year"):
        coordinator.plan.update_indicator(indicator.id, milestones={"20x6": 1})
    changed = coordinator.plan.update_indicator(
        indicator.id[:8], name="Kiber insident", baseline=30, milestones={"2026": 20, "2027": 5}
    )
    assert sorted(changed) == ["baseline", "milestones", "name"]
    [row] = coordinator.plan.indicator_rows("1.1")
    assert (row.name, row.baseline, row.milestones) == (
        "Kiber insident", 30.0, {"2026": 20.0, "2027": 5.0},
    )  # fmt: skip
    assert _audited(coordinator, "indicator") == ["create", "update"]
    assert _audited(coordinator, "indicator_course") == ["create", "update"]


def test_institutions_and_directions_are_edited_with_an_audit_entry(cli: Cli) -> None:
    build_plan(cli)
    ok(cli("institutions", "update", "MOD", "--name", "Müdafiə Nazirliyi (yeni)",
           "--name-en", "Ministry of Defence", "--kind", "agency"))  # fmt: skip
    [mod] = [i for i in ok(cli("institutions", "list", "--json")).json() if i["code"] == "MOD"]
    assert (mod["name"], mod["name_en"], mod["kind"]) == (
        "Müdafiə Nazirliyi (yeni)", "Ministry of Defence", "agency",
    )  # fmt: skip
    ok(cli("directions", "update", "1", "--title", "Hüquqi baza", "--title-en", "Legal basis"))
    [direction] = ok(cli("directions", "list", "--json")).json()
    assert (direction["title"], direction["title_en"]) == ("Hüquqi baza", "Legal basis")
    assert one_line_error(cli("institutions", "update", "MOD"), code=2)  # nothing to change
    assert "no direction 7" in one_line_error(cli("directions", "update", "7", "--title", "X"))
    entries = ok(cli("audit", "list", "--json")).json()
    updates = [(e["action"], e["record_kind"]) for e in entries if e["action"] == "update"]
    assert ("update", "institution") in updates and ("update", "direction") in updates


# -- periods and evidence -----------------------------------------------------------------------


def test_a_period_outside_the_strategy_is_refused(coordinator: Desk) -> None:
    _plan(coordinator)
    for outside in ("2031", "2022-Q4"):
        with pytest.raises(ValidationError, match="outside the strategy"):
            coordinator.progress.add("1.1", outside, "in_progress", 10, "İş")
        with pytest.raises(ValidationError, match="outside the strategy"):
            coordinator.plan.set_official_status("1.1", outside, "delayed", 10, "Səbəb")
    assert coordinator.progress.rows() == []
    coordinator.progress.add("1.1", "2027-Q4", "in_progress", 10, "İş")


def test_the_same_evidence_cannot_be_attached_twice_to_a_report(
    coordinator: Desk, tmp_path: Path
) -> None:
    _plan(coordinator)
    report = coordinator.progress.add("1.1", "2026-Q1", "in_progress", 10, "İş")
    evidence = tmp_path / "akt.pdf"
    evidence.write_bytes(b"%PDF-1.7 akt")
    coordinator.attachments.attach(report.id, evidence)
    with pytest.raises(ValidationError, match='already attached here, as "akt.pdf"'):
        coordinator.attachments.attach(report.id, evidence, "akt-2.pdf")
    assert [a.file_name for a in coordinator.attachments.for_record(report.id)] == ["akt.pdf"]
    # The same file on another report is evidence of that one.
    other = coordinator.progress.add("1.2", "2026-Q1", "in_progress", 10, "İş")
    coordinator.attachments.attach(other.id, evidence)


def test_revisions_of_a_period_in_the_strategy_report(make_desk: DeskFactory) -> None:
    desk = make_desk()
    _plan(desk)
    desk.plan.revise_measure(
        "1.1", "Qərar", decision_number="KQ-2", decision_date=dt.date(2026, 9, 1), end="31.12.2026"
    )
    desk.plan.add_indicator("1.1", "İnsident", "ədəd", 31, 5)
    desk.progress.add("1.1", "2026-Q3", "in_progress", 50, "İş", indicator_actuals={"İnsident": 18})
    data = strategy_data(desk, "2026-Q3")
    [revision] = data.revisions
    assert (revision.measure_number, revision.old, revision.new, revision.decision_number) == (
        "1.1", "2026-06-30", "2026-12-31", "KQ-2",
    )  # fmt: skip
    [indicator] = data.indicators
    assert (indicator.direction, indicator.achievement_percent) == ("decrease", 50.0)
