"""The printed reports: every kind in both languages from a realistic store, read back with pypdf.

Figures are computed from the store here, independently of the report code, and compared with
what the PDF says; names, findings and Azerbaijani letters must come back out of the PDF intact.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import segno
from pypdf import PdfReader
from reportlab.platypus import KeepTogether, Paragraph, Table
from sqlalchemy import select

from desktop_app.core.dashboard import missing_reports
from desktop_app.core.desk import Desk, create_desk
from desktop_app.core.models import Finding, Inspection, Measure, ProgressReport
from desktop_app.core.sheets.writer import list_marking
from desktop_app.core.validation import period_start
from desktop_app.reports import (
    KINDS,
    KeyCardData,
    ReportError,
    ReportParams,
    TransferFormData,
    documents,
    fonts,
    generate,
)
from desktop_app.reports import data as report_data
from desktop_app.reports.emblem import emblem, set_emblem
from desktop_app.reports.i18n import (
    ENUMS,
    LANGS,
    NOTICE_LANGS,
    RU,
    RU_ENUMS,
    RUSSIAN_KINDS,
    TEXTS,
    Lang,
)
from desktop_app.reports.layout import HEAD_CELL, qr_code
from desktop_app.store.age import generate_identity
from desktop_app.store.keyslots import FAST_KDF
from tests.conftest import PASSPHRASE, SteppingClock
from tests.sample_plan import build_sample

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow

PERIOD = "2026-Q3"
ACT = "KII-2026-014"
MEETING = "İQ-1-2026-01"
AZ_LETTERS = "əğıİöüşçƏŞÇĞÖÜ"
CLOSED = {"completed", "cancelled"}
NAME = "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti"
NAME_EN = "Special Communication and Information Security State Service"


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    desk = create_desk(
        tmp_path_factory.mktemp("reports") / "SCIS",
        role="coordinator",
        code="SCIS",
        name=NAME,
        name_en=NAME_EN,
        passphrase=PASSPHRASE,
        kdf=FAST_KDF,
        clock=SteppingClock(),
    )
    build_sample(desk, measures=40)
    desk.groups.add_group(
        "İQ-1", "Hüquqi baza üzrə işçi qrup", direction=1, members=["EHSMN", "RINN"],
        representatives={"EHSMN": "Əliyev Əli, şöbə müdiri"},
    )  # fmt: skip
    desk.groups.add_meeting("İQ-1", "10.09.2026", number=MEETING, chair="Həsənov Həsən",
                            attendees=["Əliyev Əli (EHSMN)"], agenda="Qanun layihəsi")  # fmt: skip
    desk.groups.add_decision(MEETING, "Layihəni hazırlamaq", assignees=["RINN"],
                             deadline="31.10.2026", measures=["1.1"])  # fmt: skip
    yield desk
    desk.close()


@pytest.fixture(scope="module")
def key_card() -> KeyCardData:
    _, recipient = generate_identity()
    signing_key = "5f0c3a8e" * 8
    body = {
        "format": "infosec-desk-card/1",
        "code": "SCIS",
        "role": "coordinator",
        "name": NAME,
        "name_en": NAME_EN,
        "signing_key": signing_key,
        "age_recipient": recipient,
        "created_at": "2026-01-12T10:30:00",
    }
    card = json.dumps({"card": body, "signature": "ab" * 64}, ensure_ascii=False, indent=1)
    return KeyCardData(
        code="SCIS",
        name=NAME,
        name_en=NAME_EN,
        role="coordinator",
        fingerprint="K7Q2M9XA3FPD8WNE4TZCHR6BYU5SVG2L",
        card=card.encode(),
        signing_key=signing_key,
        encryption_key=recipient,
        created=dt.datetime(2026, 1, 12, 10, 30),
    )


TRANSFER = TransferFormData(
    bundle_id="b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
    sender="EHSMN",
    sender_name="Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi",
    recipient="SCIS",
    recipient_name=NAME,
    sequence=7,
    size=1_834_201,
    sha256="9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    time=dt.datetime(2026, 9, 14, 16, 5),
    counts={"progress_report": 12, "attachment": 3, "finding": 2},
    direction="in",
    file_name="EHSMN-SCIS-000007.age",
)


@dataclass
class Pdf:
    path: Path
    pages: list[str]

    @property
    def text(self) -> str:
        """All pages, whitespace folded, so text wrapped over lines matches as one phrase."""
        return " ".join(" ".join(self.pages).split())


def read(path: Path) -> Pdf:
    return Pdf(path, [page.extract_text() for page in PdfReader(path).pages])


@pytest.fixture(scope="module")
def pdfs(
    desk: Desk, key_card: KeyCardData, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], Pdf]:
    folder = tmp_path_factory.mktemp("pdf")
    params: dict[str, dict[str, Any]] = {
        "strategy": {"period": PERIOD},
        "inspection-act": {"inspection": ACT},
        "urgent-notice": {"finding": f"{ACT}#1"},
        "compliance": {"period": PERIOD},
        "key-card": {"key_card": key_card},
        "transfer-form": {"transfer": TRANSFER},
        "due-list": {"institution": "EHSMN"},
        "meeting-protocol": {"meeting": MEETING},
    }
    made: dict[tuple[str, str], Pdf] = {}
    for kind in KINDS:
        for lang in LANGS:
            path = generate(
                desk, kind, ReportParams(lang=lang, **params[kind]), folder / f"{kind}-{lang}.pdf"
            )
            made[kind, lang] = read(path)
    return made


# Every page's counter and default marking, in each language.
COUNTER = {"en": "Page {n} of {m}", "az": "Səhifə {n} / {m}", "ru": "Страница {n} из {m}"}
MARKING = {
    "en": "For official use",
    "az": "Xidməti istifadə üçün",
    "ru": "Для служебного пользования",
}


def fold(text: str) -> str:
    return " ".join(text.split())


# -- every report -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.slow
def test_every_page_has_the_chrome(pdfs: dict[tuple[str, str], Pdf], kind: str, lang: str) -> None:
    pdf = pdfs[kind, lang]
    marking = MARKING[lang]
    body = NAME_EN if lang == "en" else NAME
    total = len(pdf.pages)
    ids = set()
    for number, page in enumerate(pdf.pages, start=1):
        folded = fold(page)
        counter = COUNTER[lang].format(n=number, m=total)
        assert counter in folded
        assert folded.count(marking) >= 2, "marking in the header and in the footer"
        assert body in folded
        assert "SCIS" in folded and "admin" in folded and "15.09.2026" in folded
        found = re.search(
            r"(?:Document|Sənəd|Документ) ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})", folded
        )
        assert found, f"document id on page {number}"
        ids.add(found[1])
    assert len(ids) == 1
    metadata = PdfReader(pdf.path).metadata
    assert metadata is not None and metadata["/Keywords"] == ids.pop()


def test_fonts_are_embedded_dejavu(pdfs: dict[tuple[str, str], Pdf]) -> None:
    for pdf in pdfs.values():
        fonts = {}
        for page in PdfReader(pdf.path).pages:
            # pypdf types every value of a PDF dictionary as a PdfObject.
            for reference in page["/Resources"]["/Font"].values():  # type: ignore[index]
                font = reference.get_object()
                fonts[font["/BaseFont"]] = font
        assert fonts, pdf.path
        for name, font in fonts.items():
            assert "DejaVu" in name, f"{pdf.path.name} uses {name}"
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{name} is not embedded"


def test_azerbaijani_letters_survive(pdfs: dict[tuple[str, str], Pdf]) -> None:
    act = pdfs["inspection-act", "az"].text
    for letter in AZ_LETTERS:
        assert letter in act, letter
    assert "SAĞLAMLIQ MƏLUMATLARI ÜÇÜN ÖTÜRMƏ KANALI şifrələnməyib" in act
    assert "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi" in act
    strategy = pdfs["strategy", "az"].text
    for phrase in ("Şəki Şəhər İcra Hakimiyyəti", "İnformasiya", "Strategiyanın icrası"):
        assert phrase in strategy


def test_i18n_tables_are_complete() -> None:
    """Every string in the three languages, none empty, with the same placeholders."""
    assert set(RU) == set(TEXTS) and set(RU_ENUMS) == set(ENUMS)
    russian = {**RU, **RU_ENUMS}
    for key, pair in {**TEXTS, **ENUMS}.items():
        english, azerbaijani = pair
        assert english.strip() and azerbaijani.strip() and russian[key].strip(), key
        placeholders = set(re.findall(r"{(\w+)}", english))
        assert placeholders == set(re.findall(r"{(\w+)}", azerbaijani)), key
        assert placeholders == set(re.findall(r"{(\w+)}", russian[key])), key


# -- strategy report ---------------------------------------------------------------------------


def _latest_status(desk: Desk) -> dict[str, tuple[str, int]]:
    """measure number -> (status, percent) of its latest submitted report up to PERIOD."""
    order = {"2026-Q2": 1, "2026-Q3": 2}
    with desk.reading() as session:
        rows = session.execute(
            select(
                Measure.number, ProgressReport.period, ProgressReport.status, ProgressReport.percent
            )
            .join(Measure, Measure.id == ProgressReport.measure_id)
            .where(ProgressReport.draft.is_(False), ProgressReport.deleted.is_(False))
        ).all()
    latest: dict[str, tuple[int, str, int]] = {}
    for number, period, status, percent in rows:
        if number not in latest or order[period] > latest[number][0]:
            latest[number] = (order[period], status, percent)
    return {number: (status, percent) for number, (_, status, percent) in latest.items()}


def test_strategy_figures_match_the_store(desk: Desk, pdfs: dict[tuple[str, str], Pdf]) -> None:
    today = desk.today()
    with desk.reading() as session:
        measures = session.execute(
            select(Measure.number, Measure.end_date, Measure.continuous).where(
                Measure.deleted.is_(False)
            )
        ).all()
        submitted_count = len(
            session.scalars(
                select(ProgressReport.id).where(
                    ProgressReport.period == PERIOD, ProgressReport.draft.is_(False)
                )
            ).all()
        )
    latest = _latest_status(desk)
    status = {number: latest.get(number, ("not_started", 0))[0] for number, _, _ in measures}
    overdue = sorted(
        number
        for number, end, continuous in measures
        if end and not continuous and end < today and status[number] not in CLOSED
    )
    missing = sum(len(numbers) for numbers in missing_reports(desk, PERIOD).values())
    mean = sum(latest.get(n, ("", 0))[1] for n, _, _ in measures) / len(measures)

    content = report_data.strategy_data(desk, PERIOD)
    assert len(content.measures) == len(measures)
    assert sorted(m.number for m in content.overdue) == overdue
    assert content.by_status == {s: Counter(status.values()).get(s, 0) for s in content.by_status}
    assert content.reports_submitted == submitted_count
    assert content.reports_missing == missing
    assert content.mean_percent == pytest.approx(mean)

    summary = fold(pdfs["strategy", "en"].pages[1])
    for caption, value in (
        ("Measures", str(len(measures))),
        ("Mean completion", f"{mean:.1f}%"),
        ("Overdue measures", str(len(overdue))),
        ("Reports submitted for the period", str(submitted_count)),
        ("Reports missing for the period", str(missing)),
    ):
        assert f" {value} {caption} " in summary, caption
    whole = pdfs["strategy", "en"].text
    for number, _, _ in measures:
        assert re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])", whole), number
    # The overdue table names each overdue measure's lead institution.
    overdue_section = whole.split("Overdue measures", 2)[2].split("All measures")[0]
    for line in content.overdue:
        assert line.number in overdue_section
        assert fold(line.lead.name_en) in overdue_section


def test_strategy_report_lists_indicators_and_missing_reports(
    desk: Desk, pdfs: dict[tuple[str, str], Pdf]
) -> None:
    text = pdfs["strategy", "az"].text
    assert "Əhatə olunmuş sistemlərin payı" in text
    section = text.split(f"{PERIOD} dövrü üzrə təqdim edilməmiş hesabatlar")[1]
    for code, numbers in missing_reports(desk, PERIOD).items():
        institution = desk.plan.institution(code)
        assert fold(institution.name) in section
        assert ", ".join(numbers) in section


def test_institution_node_reports_only_on_itself(desk: Desk) -> None:
    content = report_data.strategy_data(desk, PERIOD, "EHSMN")
    assert content.institution is not None and content.institution.code == "EHSMN"
    assert content.measures
    rows = desk.plan.measure_rows()
    own = {r.number for r in rows if r.lead_code == "EHSMN" or "EHSMN" in r.co_executors}
    assert {m.number for m in content.measures} == own
    assert {entry.institution.code for entry in content.missing} <= {"EHSMN"}


# -- inspection act ----------------------------------------------------------------------------


def test_inspection_act_holds_the_findings(desk: Desk, pdfs: dict[tuple[str, str], Pdf]) -> None:
    with desk.reading() as session:
        inspection = session.scalar(select(Inspection).where(Inspection.reference == ACT))
        assert inspection is not None
        findings = session.scalars(
            select(Finding).where(Finding.inspection_id == inspection.id).order_by(Finding.number)
        ).all()
    for lang in LANGS:
        text = pdfs["inspection-act", lang].text
        for member in inspection.team:
            assert member in text
        assert fold(inspection.legal_basis) in text
        assert "14.07.2026" in text and "18.07.2026" in text
        for finding in findings:
            assert fold(finding.description) in text
            assert fold(finding.corrective_measure) in text
            assert finding.deadline is not None and finding.deadline.strftime("%d.%m.%Y") in text
    text = pdfs["inspection-act", "en"].text
    urgent = text.split("Urgent measures")[1].split("Signatures")[0]
    for finding in findings:
        assert (fold(finding.description) in urgent) == finding.urgent
    assert "Representative of the inspected institution" in text
    assert "Critical (urgent)" in text


def test_inspection_act_needs_an_inspection(desk: Desk, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="needs an inspection"):
        generate(desk, "inspection-act", ReportParams(), tmp_path / "act.pdf")
    assert not (tmp_path / "act.pdf").exists()


# -- compliance report -------------------------------------------------------------------------


def test_compliance_figures_match_the_store(desk: Desk, pdfs: dict[tuple[str, str], Pdf]) -> None:
    start, end = dt.date(2026, 7, 1), dt.date(2026, 9, 30)
    carried_out = [
        i
        for i in desk.inspections.inspections()
        if i.status != "planned" and i.start_date and start <= i.start_date <= end
    ]
    references = {i.reference for i in carried_out}
    findings = [f for f in desk.inspections.findings() if f.inspection in references]
    # As of the period's end, not of the day it is printed (15.09): the sample's findings
    # have not moved since they were recorded.
    closed = {"verified_closed", "withdrawn"}
    overdue = [
        f
        for f in desk.inspections.findings()
        if f.deadline and f.deadline < end and f.status not in closed
    ]
    severities = Counter(f.severity for f in findings)

    content = report_data.compliance_data(desk, PERIOD)
    assert {i.reference for i in content.inspections} == references
    assert len(content.findings) == len(findings)
    assert content.by_severity == {s: severities.get(s, 0) for s in content.by_severity}
    assert {f.ref for f in content.overdue} == {f.ref for f in overdue}
    assert {f.ref for f in content.urgent} == {f.ref for f in findings if f.urgent}
    earlier = Counter(
        f.status for f in desk.inspections.findings() if f.inspection == "KII-2026-001"
    )
    assert content.earlier_status == dict(earlier)

    page = fold(pdfs["compliance", "en"].pages[0])
    for caption, value in (
        ("Inspections carried out", len(references)),
        ("Findings recorded", len(findings)),
        ("Urgent measures raised", sum(f.urgent for f in findings)),
        ("Overdue corrective measures", len(overdue)),
    ):
        assert f" {value} {caption} " in page, caption
    text = pdfs["compliance", "az"].text
    for finding in overdue:
        assert finding.ref in text
    for reference in references:
        assert reference in text
    assert "Azərbaycan Respublikasının Mərkəzi Bankı" in text


def test_period_start() -> None:
    assert period_start("2026") == dt.date(2026, 1, 1)
    assert period_start("2026-h2") == dt.date(2026, 7, 1)
    assert period_start("2026-Q4") == dt.date(2026, 10, 1)


# -- key card and transfer form ----------------------------------------------------------------


def test_key_card(pdfs: dict[tuple[str, str], Pdf], key_card: KeyCardData) -> None:
    for lang in LANGS:
        pdf = pdfs["key-card", lang]
        assert len(pdf.pages) == 1
        assert "K7Q2 M9XA 3FPD 8WNE 4TZC HR6B YU5S VG2L" in pdf.text
        assert key_card.encryption_key in pdf.text.replace(" ", "")
        assert "12.01.2026 10:30" in pdf.text
    assert "Barmaq izi" in pdfs["key-card", "az"].text
    assert "Coordinating body" in pdfs["key-card", "en"].text


def test_qr_code_draws_the_card_exactly(key_card: KeyCardData) -> None:
    size = 100.0
    drawing = qr_code(key_card.card, size)
    expected = segno.make(key_card.card, error="m", micro=False, boost_error=False).matrix
    modules = len(expected) + 8
    unit = size / modules
    drawn = [[0] * len(expected) for _ in expected]
    for rect in drawing.contents:
        row = round((size - rect.y) / unit) - 1 - 4
        first = round(rect.x / unit) - 4
        for column in range(first, first + round(rect.width / unit)):
            drawn[row][column] = 1
    assert drawn == [[int(bool(m)) for m in line] for line in expected]


def test_transfer_form(pdfs: dict[tuple[str, str], Pdf]) -> None:
    for lang in LANGS:
        text = pdfs["transfer-form", lang].text
        assert TRANSFER.sha256 in text.replace(" ", "")
        assert TRANSFER.bundle_id in text.replace(" ", "")
        assert "1 834 201" in text and "14.09.2026 16:05" in text
        assert TRANSFER.file_name in text
    az = pdfs["transfer-form", "az"].text
    assert "İcra hesabatları: 12" in az and "Qoşmalar: 3" in az and "Çatışmazlıqlar: 2" in az
    assert "Göndərən Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi (EHSMN)" in az
    en = pdfs["transfer-form", "en"].text
    assert "Sequence number 7" in en and "received by this node" in en
    assert "Handed over by (courier)" in en and "Received by" in en


def test_key_card_and_transfer_form_need_their_data(desk: Desk, tmp_path: Path) -> None:
    for kind in ("key-card", "transfer-form"):
        with pytest.raises(ReportError):
            generate(desk, kind, ReportParams(), tmp_path / "x.pdf")


# -- settings: marking, issuing body, emblem ---------------------------------------------------


def test_marking_issuing_body_and_emblem(desk: Desk, key_card: KeyCardData, tmp_path: Path) -> None:
    image = tmp_path / "emblem.png"
    segno.make("emblem").save(str(image), kind="png", scale=8)
    set_emblem(desk, image)
    desk.set_setting("marking", "Məxfi")
    desk.set_setting("issuing_body", "Əlaqələndirmə Komissiyasının Katibliyi")
    try:
        assert emblem(desk) == image.read_bytes()
        path = generate(
            desk, "inspection-act", ReportParams(lang="az", inspection=ACT), tmp_path / "a.pdf"
        )
        pdf = read(path)
        for page_text, page in zip(pdf.pages, PdfReader(path).pages, strict=True):
            assert fold(page_text).count("Məxfi") >= 2
            assert "Əlaqələndirmə Komissiyasının Katibliyi" in page_text
            images = [
                x
                for x in page["/Resources"]["/XObject"].values()  # type: ignore[index]  # as above
                if x.get_object()["/Subtype"] == "/Image"
            ]
            assert images, "the emblem is drawn on every page"
        override = generate(
            desk,
            "inspection-act",
            ReportParams(lang="az", inspection=ACT, marking="Çox məxfi"),
            tmp_path / "b.pdf",
        )
        assert all("Çox məxfi" in page for page in read(override).pages)
        desk.set_setting("marking_en", "Restricted")
        english = generate(desk, "key-card", ReportParams(key_card=key_card), tmp_path / "c.pdf")
        assert all(fold(page).count("Restricted") >= 2 for page in read(english).pages)
    finally:
        desk.set_setting("marking_en", "")
        desk.set_setting("marking", "")
        desk.set_setting("issuing_body", "")
        desk.set_setting("emblem", "")


def test_every_russian_document_carries_the_russian_marking(desk: Desk, tmp_path: Path) -> None:
    """A Russian document carries the marking in Russian: the setting's own words, else the
    usual Russian words for the usual marking; another marking is kept as it is (the usual
    words might name a lower classification). Lists follow the same rule."""
    params: dict[str, dict[str, Any]] = {
        "strategy": {"period": PERIOD},
        "urgent-notice": {"finding": f"{ACT}#1"},
        "compliance": {"period": PERIOD},
        "due-list": {"institution": "EHSMN"},
        "meeting-protocol": {"meeting": MEETING},
    }
    assert set(params) == RUSSIAN_KINDS

    def markings(name: str) -> list[str]:
        folded = []
        for kind, values in params.items():
            path = tmp_path / f"{name}-{kind}.pdf"
            pages = read(generate(desk, kind, ReportParams(lang="ru", **values), path)).pages
            folded += [fold(page) for page in pages]
        return folded

    try:
        desk.set_setting("marking", MARKING["az"])
        assert all(page.count(MARKING["ru"]) >= 2 for page in markings("usual"))
        assert list_marking(desk, "ru") == MARKING["ru"]
        desk.set_setting("marking", "Məxfi")
        assert all(page.count("Məxfi") >= 2 for page in markings("other"))
        desk.set_setting("marking_ru", "Секретно")
        assert all(page.count("Секретно") >= 2 and "Məxfi" not in page for page in markings("own"))
        assert list_marking(desk, "ru") == "Секретно"
        assert list_marking(desk, "az") == "Məxfi"
    finally:
        desk.set_setting("marking_ru", "")
        desk.set_setting("marking", "")


def test_emblem_must_be_an_image(desk: Desk, tmp_path: Path) -> None:
    fake = tmp_path / "emblem.png"
    fake.write_bytes(b"not an image")
    with pytest.raises(Exception, match="PNG or JPEG"):
        set_emblem(desk, fake)


# -- writing -----------------------------------------------------------------------------------


def test_writing_is_atomic_and_reports_progress(desk: Desk, tmp_path: Path) -> None:
    target = tmp_path / "strategy.pdf"
    seen: list[float] = []
    generate(desk, "strategy", ReportParams(period=PERIOD), target, seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    before = target.read_bytes()

    def cancel(fraction: float) -> None:
        if fraction > 0.5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        generate(desk, "strategy", ReportParams(lang="az", period=PERIOD), target, cancel)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["strategy.pdf"]


def test_unknown_kind_and_language(desk: Desk, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="unknown report"):
        generate(desk, "budget", ReportParams(), tmp_path / "x.pdf")
    with pytest.raises(ReportError, match="unknown language"):
        generate(desk, "strategy", ReportParams(lang="de"), tmp_path / "x.pdf")  # type: ignore[arg-type]


def _header_cells(flowables: list[Any]) -> Iterator[object]:
    """The header row's cells of every table in a story, inside kept-together blocks too."""
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            yield from _header_cells(flowable._content)
        elif isinstance(flowable, Table):
            yield from flowable._cellvalues[0]


@pytest.mark.parametrize("lang", NOTICE_LANGS)
def test_no_column_heading_of_the_plan_reports_is_squeezed(desk: Desk, lang: Lang) -> None:
    """A heading's word wider than its column is set in smaller type, by at most a point:
    "Направление" over the directions' numbers was set at half size, "Ответственный" at
    two thirds."""
    fonts.register()
    stories = (
        documents.strategy_story(report_data.strategy_data(desk, PERIOD), lang, "01.10.2026"),
        documents.compliance_story(report_data.compliance_data(desk, PERIOD), lang, "01.10.2026"),
    )
    shrunk = [
        cell.text
        for story in stories
        for cell in _header_cells(story)
        if isinstance(cell, Paragraph) and cell.style.fontSize < HEAD_CELL.fontSize - 1
    ]
    assert shrunk == []
