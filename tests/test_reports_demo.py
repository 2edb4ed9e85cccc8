"""Every report from the demo installation, through the command line: the coordinator's store as
real bundles made it, its real identity card and bundle log for the key card and transfer form."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli.common import PASSPHRASE_ENV
from desktop_app.cli.main import run
from desktop_app.core.commission import AWAITING, CO_SIGNED
from desktop_app.core.desk import Desk, open_desk
from desktop_app.core.plan import MeasureFilter
from desktop_app.demo.build import DemoResult, build_demo
from desktop_app.exchange import service
from desktop_app.reports import KINDS
from desktop_app.reports.i18n import LANGS
from desktop_app.store.keyslots import FAST_KDF
from tests.conftest import SteppingClock
from tests.test_reports import COUNTER

# A demo (or a 1,000-measure plan) is built once for the module: not in make test-quick.
pytestmark = pytest.mark.slow

PERIOD = "2026-Q3"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoResult:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo", kdf=FAST_KDF, clock=SteppingClock())


@pytest.fixture(scope="module")
def desk(demo: DemoResult) -> Iterator[Desk]:
    desk = open_desk(
        demo.coordinator_home,
        user=demo.users[demo.coordinator_code],
        passphrase=demo.passphrase,
        clock=SteppingClock(),
    )
    yield desk
    desk.close()


Report = Callable[..., tuple[int, list[str]]]


@pytest.fixture
def report(demo: DemoResult, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Report:
    monkeypatch.setenv(PASSPHRASE_ENV, demo.passphrase)

    def call(*args: str) -> tuple[int, list[str]]:
        out = tmp_path / "report.pdf"
        code = run(["--home", str(demo.coordinator_home), "report", *args, "--out", str(out)])
        pages = [page.extract_text() for page in PdfReader(out).pages] if code == 0 else []
        return code, pages

    return call


def _inspection_with_findings(desk: Desk) -> str:
    counts: dict[str, int] = {}
    for finding in desk.inspections.findings():
        counts[finding.inspection] = counts.get(finding.inspection, 0) + 1
    return max(counts, key=lambda reference: counts[reference])


def fold(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", LANGS)
def test_every_report_from_the_demo(desk: Desk, report: Report, lang: str) -> None:
    inspection = _inspection_with_findings(desk)
    bundle = service.bundles(desk)[-1]
    # The demo's weighed urgent finding.
    (urgent,) = [f for f in desk.inspections.findings(urgent=True) if f.risk_score]
    arguments = {
        "strategy": ["--period", PERIOD],
        "inspection-act": ["--inspection", inspection],
        "urgent-notice": ["--finding", urgent.ref],
        "compliance": ["--period", PERIOD],
        "key-card": [],
        "transfer-form": ["--bundle", bundle.bundle_id[:12]],
        "due-list": ["--institution", "RINN"],
        "meeting-protocol": ["--meeting", desk.groups.meetings()[0].number],
    }
    letters = set()
    for kind in KINDS:
        code, pages = report(kind, "--lang", lang, *arguments[kind])
        assert code == 0, kind
        for number, page in enumerate(pages, start=1):
            counter = COUNTER[lang].format(n=number, m=len(pages))
            assert counter in fold(page), (kind, number)
        text = fold(" ".join(pages))
        letters |= set(text)
        if kind == "strategy":
            total = len(desk.plan.measure_rows(MeasureFilter(period=PERIOD)))
            caption = {"az": "Tədbirlər", "en": "Measures", "ru": "Мероприятия"}[lang]
            assert f" {total} {caption} " in fold(pages[1])
            for row in desk.plan.measure_rows(MeasureFilter(overdue=True, period=PERIOD)):
                assert re.search(rf"(?<![\d.]){re.escape(row.number)}(?![\d.])", text)
        elif kind == "inspection-act":
            for finding in desk.inspections.findings(inspection=inspection):
                assert fold(finding.description) in text
        elif kind == "urgent-notice":
            assert fold(urgent.description) in text and f" {urgent.risk_score} " in text
        elif kind == "key-card":
            assert service.own_fingerprint(desk) in text
        elif kind == "transfer-form":
            assert bundle.sha256 in text.replace(" ", "")
            assert bundle.bundle_id in text.replace(" ", "")
    if lang == "az":
        # Those the demo's texts use (test_reports.py checks every letter, Ü too).
        assert set("əğıİöüşçƏŞÇÖ") <= letters


def test_report_usage_errors(report: Report) -> None:
    assert report("inspection-act")[0] == 2
    assert report("urgent-notice")[0] == 2
    assert report("transfer-form")[0] == 2
    assert report("transfer-form", "--bundle", "no-such-bundle")[0] == 1
    assert report("strategy", "--period", "2026-Q7")[0] == 1


def test_the_acts_of_inspections_chosen_by_reference_are_read_alone_and_alike(desk: Desk) -> None:
    """The compliance report lists the period's inspections, chosen by reference: their acts'
    co-signature states are read for them alone, and are those the whole list shows."""
    every = desk.commission.statuses()
    assert set(every.values()) == {CO_SIGNED, AWAITING}
    rows = desk.inspections.rows()
    assert len(rows) > 4
    for chosen in (rows[::2], rows[1::2], rows[:1], []):
        ids = [row.id for row in chosen]
        assert desk.commission.statuses(ids) == {i: every[i] for i in ids if i in every}
        by_reference = desk.inspections.rows(references={row.reference for row in chosen})
        assert by_reference == [row for row in rows if row in chosen]
