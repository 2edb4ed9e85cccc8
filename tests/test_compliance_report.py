"""The compliance report's figures (issue 15), checked number by number against a store built
by hand through the services, with the clock walked through two quarters so that every event
has its own date: each figure is as of the period's end, beside the previous period's."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.compliance import PeriodFigures, previous_period, score_band
from desktop_app.core.desk import Desk, create_desk
from desktop_app.core.inspections import SEVERITY_ORDER, FindingRow, FindingState
from desktop_app.reports import ReportParams, generate
from desktop_app.reports import data as report_data
from desktop_app.store.keyslots import FAST_KDF
from tests.conftest import PASSPHRASE, SteppingClock, run_cli
from tests.test_reports import read

Q2, Q3 = "2026-Q2", "2026-Q3"


def _ms(day: str) -> int:
    moment = dt.datetime.strptime(day, "%d.%m.%Y").replace(hour=9, tzinfo=dt.UTC)
    return int(moment.timestamp() * 1000)


class Calendar:
    """Sets the pinned clock to 09:00 UTC of a day: each event is dated where the test says."""

    def __init__(self, clock: SteppingClock) -> None:
        self.clock = clock

    def on(self, day: str) -> None:
        target = _ms(day)
        assert target >= self.clock.ms, f"the clock only moves forward ({day})"
        self.clock.ms = target


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, Calendar]]:
    clock = SteppingClock(_ms("01.04.2026"))
    desk = create_desk(
        tmp_path_factory.mktemp("compliance") / "SCIS",
        role="coordinator",
        code="SCIS",
        name="Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti",
        passphrase=PASSPHRASE,
        kdf=FAST_KDF,
        clock=clock,
    )
    day = Calendar(clock)
    desk.plan.add_institution("MIN1", "Nazirlik 1")
    desk.plan.add_institution("MIN2", "Nazirlik 2")
    desk.plan.add_facility("MIN2", "Mərkəzi server", criticality="I")
    desk.plan.add_facility("MIN2", "Ofis şəbəkəsi", criticality="III")
    ins = desk.inspections
    # Q2: an inspection of MIN1 (no facility: class II), three findings not weighed.
    day.on("10.04.2026")
    ins.add("MIN1", reference="A", start="10.04.2026", end="12.04.2026", status="completed")
    for text, deadline in (("A1", "20.05.2026"), ("A2", "10.06.2026"), ("A3", "01.07.2026")):
        ins.add_finding("A", text, "high", deadline=deadline)
    ins.issue("A", "A-1", "13.04.2026")
    day.on("15.04.2026")
    ins.respond("A#1", "Plan", "in_remediation")
    day.on("20.04.2026")
    ins.dispute("A#2", "KİI deyil")
    day.on("25.04.2026")
    ins.decide_dispute("A#2", uphold=True, reason="KİI siyahısındadır")
    day.on("10.05.2026")
    ins.respond("A#1", "Aradan qaldırıldı", "remediated")
    day.on("15.05.2026")
    ins.verify("A#1", "document_review", "closed", "Sənədlər kifayətdir")  # in time
    day.on("20.06.2026")
    ins.request_extension("A#3", "15.08.2026", "Avadanlıq gecikir")
    # Q3: an inspection of MIN2's class I server; one finding at its class III office network.
    day.on("05.07.2026")
    [request] = ins.extension_requests(pending=True)
    ins.decide_extension(request.id, approve=True, reason="Əsaslıdır")  # A3: due 15.08 now
    ins.add(
        "MIN2",
        reference="B",
        start="05.07.2026",
        end="07.07.2026",
        facilities=["Mərkəzi server"],
        status="completed",
    )
    ins.add_finding("B", "B1", "critical", likelihood=4, impact=5)  # class I: 7 days, urgent
    ins.add_finding("B", "B2", "low", likelihood=1, impact=2, facility="Ofis şəbəkəsi")
    ins.add_finding("B", "B3", "medium", deadline="31.08.2026")
    ins.issue("B", "B-1", "08.07.2026")
    day.on("10.07.2026")
    ins.dispute("B#2", "Ofis şəbəkəsi KİI deyil")
    ins.respond("B#1", "Plan", "in_remediation")
    day.on("12.07.2026")
    ins.respond("B#1", "Hazırdır", "remediated")
    day.on("13.07.2026")
    ins.verify("B#1", "on_site", "closed", "Yerində yoxlanıldı")  # deadline 14.07: in time
    day.on("15.07.2026")
    ins.decide_dispute("B#2", uphold=False, reason="Etiraz əsaslıdır")
    day.on("01.08.2026")
    ins.respond("A#3", "Plan", "in_remediation")
    day.on("10.08.2026")
    ins.respond("A#3", "Hazırdır", "remediated")
    day.on("20.08.2026")
    ins.verify("A#3", "document_review", "closed", "Gec bağlandı")  # after 15.08: late
    ins.request_extension("B#3", "30.10.2026", "Büdcə yoxdur")
    day.on("25.08.2026")
    [request] = ins.extension_requests(pending=True)
    ins.decide_extension(request.id, approve=False, reason="Əsassızdır")  # B3 due 31.08
    desk.set_setting("report_prepared_by", "Məmmədov Əli, baş məsləhətçi")
    desk.set_setting("report_approved_by", "Həsənova Gülnar, şöbə müdiri")
    yield desk, day
    desk.close()


EXPECTED = {
    Q2: {
        "inspections": 1,
        "findings": 3,
        "urgent": 0,
        "overdue": 1,  # A2: due 10.06, open at 30.06
        "due": 2,  # A1, A2 (A3 is due 01.07, the first day of Q3, at the end of Q2)
        "closed_in_time": 1,  # A1
        "remediation_rate": 50.0,
        "by_class": {"I": 0, "II": 3, "III": 0},
        "by_score": {"low": 0, "medium": 0, "high": 0, "critical": 0, "not_weighed": 3},
        "disputes_opened": 1,
        "disputes_upheld": 1,
        "disputes_withdrawn": 0,
        "disputes_decided": 1,
        "extensions_requested": 1,
        "extensions_approved": 0,  # decided in Q3
        "extensions_rejected": 0,
    },
    Q3: {
        "inspections": 1,
        "findings": 3,
        "urgent": 1,  # B1: score 20 at a class I facility
        "overdue": 2,  # A2 (open since), B3 (extension refused, due 31.08)
        "due": 3,  # A3 (extended to 15.08), B1 (14.07), B3 (31.08); B2 withdrawn
        "closed_in_time": 1,  # B1; A3 closed on 20.08, after its deadline
        "remediation_rate": 33.3,
        "by_class": {"I": 2, "II": 0, "III": 1},
        "by_score": {"low": 1, "medium": 0, "high": 0, "critical": 1, "not_weighed": 1},
        "disputes_opened": 1,
        "disputes_upheld": 0,
        "disputes_withdrawn": 1,
        "disputes_decided": 1,
        "extensions_requested": 1,
        "extensions_approved": 1,  # A3's, asked in Q2
        "extensions_rejected": 1,
    },
}


def _figures(figures: PeriodFigures | None) -> dict[str, object]:
    assert figures is not None
    found = figures.as_dict()
    return {key: found[key] for key in EXPECTED[Q3]}


def test_every_figure_of_the_period_and_of_the_one_before(store: tuple[Desk, Calendar]) -> None:
    desk, day = store
    day.on("10.10.2026")
    content = report_data.compliance_data(desk, Q3)
    assert _figures(content.figures) == EXPECTED[Q3]
    assert _figures(content.previous) == EXPECTED[Q2]
    assert _figures(report_data.compliance_data(desk, Q2).figures) == EXPECTED[Q2]
    assert [(f.ref, f.days_overdue) for f in content.overdue] == [("A#2", 112), ("B#3", 30)]
    assert {f.ref: f.status for f in content.findings} == {
        "B#1": "verified_closed",
        "B#2": "withdrawn",
        "B#3": "open",
    }
    assert content.earlier_status == {"open": 1, "verified_closed": 2}
    assert (content.prepared_by, content.approved_by) == (
        "Məmmədov Əli, baş məsləhətçi",
        "Həsənova Gülnar, şöbə müdiri",
    )
    # One institution: MIN2's inspection only, and nothing of MIN1's before it.
    mine = report_data.compliance_data(desk, Q3, "MIN2")
    assert (mine.figures.findings, mine.figures.due, mine.figures.closed_in_time) == (3, 2, 1)
    assert mine.previous is not None and mine.previous.findings == 0


def test_the_state_at_the_end_of_q2_not_today(store: tuple[Desk, Calendar]) -> None:
    """In the Q2 report A3 is still open with its first deadline; A1 was closed."""
    desk, _ = store
    content = report_data.compliance_data(desk, Q2)
    states = {f.ref: (f.status, f.deadline) for f in content.findings}
    assert states == {
        "A#1": ("verified_closed", dt.date(2026, 5, 20)),
        "A#2": ("open", dt.date(2026, 6, 10)),
        "A#3": ("open", dt.date(2026, 7, 1)),
    }


def test_the_pdf_prints_the_figures_and_the_same_id_on_later_days(
    store: tuple[Desk, Calendar], tmp_path: Path
) -> None:
    desk, day = store
    day.on("12.10.2026")
    first = read(generate(desk, "compliance", ReportParams("en", Q3), tmp_path / "a.pdf"))
    text = first.text
    for caption, now, before in (
        ("Findings due in the period", 3, 2),
        ("Verified and closed by the deadline", 1, 1),
        ("Remediation rate", "33.3 %", "50 %"),
        ("Disputes decided: finding withdrawn", 1, 0),
        ("Extensions approved", 1, 0),
        ("Extensions rejected", 1, 0),
        ("Class I", 2, 0),
        ("Class II", 0, 3),
        ("Critical: score 20–25", 1, 0),
        ("Not weighed", 1, 3),
    ):
        assert f"{caption} {now} {before}" in text, caption
    assert "2026-Q2 (previous)" in text
    assert "Prepared by Məmmədov Əli, baş məsləhətçi" in text
    assert "Approved by Həsənova Gülnar, şöbə müdiri" in text
    az = read(generate(desk, "compliance", ReportParams("az", Q3), tmp_path / "az.pdf")).text
    assert "Aradan qaldırma göstəricisi 33.3 % 50 %" in az
    assert "Hazırladı Məmmədov Əli" in az
    ru = read(generate(desk, "compliance", ReportParams("ru", Q3), tmp_path / "ru.pdf")).text
    assert "Показатель устранения 33.3 % 50 %" in ru
    assert "Категория I 2 0" in ru and "Отклонённые запросы 1 0" in ru
    assert "Подготовил Məmmədov Əli" in ru
    # A month later, after a reopening the period never saw, the same document.
    day.on("12.11.2026")
    desk.inspections.reopen("B#1", "Yenidən aşkar edildi")
    again = read(generate(desk, "compliance", ReportParams("en", Q3), tmp_path / "b.pdf"))

    def document(pdf_text: str) -> str:
        found = re.search(r"Document ([0-9A-F-]{14})", pdf_text)
        assert found
        return found[1]

    assert document(again.text) == document(text)
    assert report_data.compliance_data(desk, "2026-Q4").figures.disputes_opened == 0


def test_cli_json_prints_the_same_figures(store: tuple[Desk, Calendar], tmp_path: Path) -> None:
    desk, _ = store
    done = run_cli(
        desk.workspace.home, "report", "compliance", "--period", Q3, "--json",
        "--out", str(tmp_path / "c.pdf"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert {k: printed["figures"][k] for k in EXPECTED[Q3]} == EXPECTED[Q3]
    assert {k: printed["previous"][k] for k in EXPECTED[Q2]} == EXPECTED[Q2]
    assert (tmp_path / "c.pdf").exists()


def test_periods_and_bands() -> None:
    assert [previous_period(p) for p in ("2026", "2026-H1", "2026-H2", "2026-Q1", "2026-Q4")] == [
        "2025",
        "2025-H2",
        "2026-H1",
        "2025-Q4",
        "2026-Q3",
    ]
    assert previous_period("2000-Q1") is None
    assert [score_band(s) for s in (None, 1, 4, 5, 9, 10, 19, 20, 25)] == [
        "not_weighed", "low", "low", "medium", "medium", "high", "high", "critical", "critical",
    ]  # fmt: skip


def test_the_figures_counted_by_sqlite_are_those_the_findings_rows_give(
    store: tuple[Desk, Calendar],
) -> None:
    """The dashboard, the due list and its counts, and the compliance report choose and count
    findings in SQL (a national store's 50,000 rows are not built): the same figures as from
    every row of the findings list, with findings in every state (a closure awaiting
    co-signature, a reopened one, overdue ones, a claim, a dispute, a pending extension
    request), today and as of an earlier period."""
    desk, day = store
    ins = desk.inspections
    day.on("20.11.2026")
    ins.add("MIN1", reference="C", start="18.11.2026", end="19.11.2026", status="completed")
    ins.add_finding("C", "C1", "high", deadline="25.11.2026", urgent=True)
    ins.add_finding("C", "C2", "low", deadline="01.12.2026")
    ins.add_finding("C", "C3", "medium", deadline="30.06.2027")
    ins.add_finding("C", "C4", "critical", deadline="10.12.2026", urgent=True)
    ins.add_finding("C", "C5", "medium")  # no deadline
    ins.add_finding("C", "C6", "high", deadline="30.11.2026", urgent=True)
    ins.issue("C", "C-1", "20.11.2026")
    day.on("21.11.2026")
    ins.respond("C#1", "Plan", "in_remediation")
    ins.respond("C#2", "Plan", "in_remediation")
    ins.respond("C#2", "Hazırdır", "remediated")  # a claim
    ins.dispute("C#5", "KİI deyil")
    ins.request_extension("C#3", "30.09.2027", "Büdcə ili")  # pending
    ins.respond("C#6", "Plan", "in_remediation")
    ins.respond("C#6", "Hazırdır", "remediated")
    ins.verify("C#6", "document_review", "closed", "Sənədlər kifayətdir")
    day.on("22.11.2026")
    ins.reopen("C#6", "Yenidən aşkar edildi")
    rows = ins.findings()
    assert {r.closure for r in rows} >= {"awaiting_co_signature"}
    assert {r.status for r in rows} >= {"open", "in_remediation", "remediated", "disputed"}
    assert any(r.overdue for r in rows) and "C#6" in {r.ref for r in rows if r.status == "open"}
    # Closed and reopened: no closure (the closing events are read without their findings).
    assert [r.closure for r in rows if r.ref == "C#6"] == [None]

    still_open = [r for r in rows if r.status in ("open", "in_remediation")]
    for period in (None, Q2):
        board = desk.dashboard.build(period)
        assert board.open_findings_by_severity == {
            severity: sum(r.severity == severity for r in still_open) for severity in SEVERITY_ORDER
        }
        assert board.urgent_findings == [r for r in still_open if r.urgent]
        assert {"C#1", "C#4", "C#6"} <= {r.ref for r in board.urgent_findings}

    today = desk.today()
    pending = {r.finding for r in ins.extension_requests(pending=True)}
    assert pending == {"C#3"}
    for code in (None, "MIN1", "MIN2"):
        for days in (0, 30, 3650):
            horizon = today + dt.timedelta(days=days)
            expected = set()
            for r in rows:
                late = r.deadline is not None and r.deadline < today
                if r.ref in pending:
                    expected.add(("extension", r.institution, r.ref, r.deadline, late))
                if r.status in ("verified_closed", "withdrawn"):
                    continue
                if r.status == "remediated":
                    expected.add(("claim", r.institution, r.ref, r.deadline, late))
                elif r.deadline is not None and r.deadline <= horizon:
                    expected.add(("finding", r.institution, r.ref, r.deadline, late))
            listed = desk.due.items(code, days).items
            assert {
                (i.kind, i.institution, i.ref, i.due, i.overdue)
                for i in listed
                if i.kind in ("finding", "claim", "extension")
            } == {e for e in expected if code is None or e[1] == code}
            assert all(i.title for i in listed if i.kind in ("finding", "claim"))
            # The dashboard's counts, with the findings counted by SQLite: the list's.
            assert desk.due.counts(code, days) == desk.due.items(code, days).counts()

    # The compliance report's findings in brief, and the full rows of those it prints: those
    # the old way gives, a full row for every finding.
    assert ins.finding_states() == [_in_brief(r) for r in rows]
    for code in ("MIN1", "MIN2"):
        assert ins.finding_states(code) == [_in_brief(r) for r in ins.findings(institution=code)]
    chosen = {r.id for r in rows[::2]}
    assert ins.findings_of(chosen) == [r for r in rows if r.id in chosen]
    assert ins.findings_of(set()) == []
    titles = {req.code: req.title for req in desk.catalog.requirements()}
    compliance = desk.compliance
    for period in (Q2, Q3, "2026-Q4"):
        printed = report_data.compliance_data(desk, period)
        standing = compliance.standing(period)
        begun = {
            i.reference
            for i in ins.rows()
            if i.status != "planned" and i.start_date and i.start_date <= standing.end
        }
        stood = compliance.as_of(
            [r for r in rows if r.inspection in begun], standing.end, compliance.timelines()
        )
        assert [
            (_in_brief(f.row), f.status, f.deadline, f.closed_on, f.days_overdue) for f in stood
        ] == [tuple(f) for f in standing.findings]
        every = report_data._stood_lines(stood, titles)
        assert printed.findings == [f for f in every if f.inspection in standing.in_period]
        assert printed.overdue == sorted(
            (f for f in every if f.overdue), key=lambda f: (-f.days_overdue, f.inspection)
        )
        assert printed.earlier_status == dict(
            Counter(f.status for f in every if f.inspection not in standing.in_period)
        )
    assert printed.overdue and printed.earlier_status


def _in_brief(row: FindingRow) -> FindingState:
    return FindingState(
        row.id,
        row.inspection,
        row.severity,
        row.number,
        row.status,
        row.deadline,
        row.urgent,
        row.risk_score,
        row.cii_class,
    )
