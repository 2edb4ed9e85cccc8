"""What a national coordinator's store (bench/national.py) showed to break or to read too much."""

from __future__ import annotations

import gc
import io
import random
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from sqlalchemy import event, select

from desktop_app.core.dashboard import build_dashboard
from desktop_app.core.desk import Desk
from desktop_app.core.models import Indicator, Institution, Measure, NodeRole, ProgressReport
from desktop_app.core.plan import MeasureFilter, _contributions, _latest_reports
from desktop_app.core.progress import ProgressService
from desktop_app.core.records import Recorder
from desktop_app.core.validation import period_key
from desktop_app.process import SPARED_THRESHOLD
from desktop_app.reports import ReportParams, documents, fonts, generate, layout
from tests.sample_plan import build_sample


def _drawn(story: list[Any], chrome: layout.Chrome, target: Path) -> list[bytes]:
    """``story`` laid out into ``target``: each page's drawing, as the PDF holds it."""
    with target.open("wb") as out:
        layout.build(story, chrome, out, subject="test")
    drawn = [page.get_contents() for page in PdfReader(target).pages]
    return [content.get_data() for content in drawn if content is not None]


def test_a_counts_chart_of_300_requirements_fits_a_page(tmp_path: Path) -> None:
    fonts.register()
    counts = [(f"GT-{n // 10}.{n % 10}", 300 - n) for n in range(300)]
    chart = documents._counts_chart("az", counts)
    assert isinstance(chart, Drawing)
    assert chart.height <= layout.FRAME_HEIGHT
    # Laid out on a page: reportlab refused the drawing of every bar (LayoutError).
    target = tmp_path / "chart.pdf"
    SimpleDocTemplate(str(target), topMargin=20 * mm, bottomMargin=20 * mm).build([chart])
    text = PdfReader(target).pages[0].extract_text()
    assert "Ən çox olan 25" in text
    assert "GT-2.4" in text and "GT-2.5" not in text  # the 25th bar and not the 26th


def test_a_short_counts_chart_has_every_bar_and_no_caption() -> None:
    fonts.register()
    chart = documents._counts_chart("en", [("I001", 3), ("I002", 1)])
    assert chart.height < 40 * mm + 1  # the smallest chart: two bars, no caption line


def test_the_dashboard_counts_the_submitted_reports_of_the_period(coordinator: Desk) -> None:
    build_sample(coordinator)
    for period in ("2026-Q2", "2026-Q3"):
        rows = ProgressService(coordinator).rows(period_text=period, include_drafts=False)
        assert rows
        assert coordinator.dashboard.build(period).reports_submitted == len(rows)
    one = coordinator.plan.institutions()[0].code
    rows = ProgressService(coordinator).rows(
        institution=one, period_text="2026-Q3", include_drafts=False
    )
    board = build_dashboard(coordinator, "2026-Q3", institution=one)
    assert rows and board.reports_submitted == len(rows)


def _long_table_pdf(target: Path) -> list[bytes]:
    """A 400-row table (rows of one to six lines, one row taller than a page, a coloured row
    every 37) laid out by ``layout``: each page's drawing."""
    words = "Şəbəkə avadanlığının konfiqurasiyası yeniləndi, ehtiyat nüsxələr yoxlanıldı"
    rows: list[list[object]] = [
        [f"1.{n}", f"I{n % 20:03d}", "2026-Q3", n % 101, f"{words} " * (1 + n % 6 * 3)]
        for n in range(400)
    ]
    rows[150][4] = f"{words} " * 400  # taller than a page: split inside the row
    chrome = layout.Chrome("az", "Cədvəl", "Xidmət", "", "SCIS", "admin", "03.12.2026", "X-1")
    story = [
        layout.heading("Uzun cədvəl"),
        layout.table(
            ["№", "Qurum", "Dövr", "%", "Görülən iş"],
            rows,
            [0.08, 0.1, 0.1, 0.06, 0.66],
            align_right=(3,),
            row_styles=[
                ("BACKGROUND", (0, n), (-1, n), layout.SEVERITY_COLOURS["high"])
                for n in range(1, 401, 37)
            ],
        ),
        layout.para("Son."),
    ]
    return _drawn(story, chrome, target)


def test_the_dashboard_reads_the_official_statuses_once(coordinator: Desk) -> None:
    """Every part of the dashboard asks for the official statuses; a national store takes
    half a second to read them. A block nested in the dashboard's, entered before anything
    was held, used to hold its reads apart and drop them when it ended."""
    build_sample(coordinator)
    reads: list[str] = []

    def seen(*args: Any) -> None:
        if "FROM status_decisions" in args[2]:
            reads.append(args[2])

    event.listen(coordinator.engine, "before_cursor_execute", seen)
    try:
        coordinator.dashboard.build()
    finally:
        event.remove(coordinator.engine, "before_cursor_execute", seen)
    assert len(reads) == 1, reads


def test_a_long_table_measured_a_page_at_a_time_is_laid_out_as_a_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long table is measured and placed a window of rows at a time (reportlab placed every
    row left at each page: quadratic): the pages are the same as measured whole."""
    fonts.register()
    windowed = _long_table_pdf(tmp_path / "windowed.pdf")
    monkeypatch.setattr(layout, "_WINDOW_ROWS", 2)  # windows widened many times on each page
    narrow = _long_table_pdf(tmp_path / "narrow.pdf")
    monkeypatch.setattr(layout, "_WINDOW_ROWS", 10**6)
    whole = _long_table_pdf(tmp_path / "whole.pdf")
    assert len(windowed) > 30
    assert windowed == whole
    assert narrow == whole


def _table_pages(target: Path, *, reportlab_own: bool) -> list[bytes]:
    """300 rows of one to thirteen lines (a coloured row every 29) after a heading, laid out
    by ``layout.table``'s table or, ``reportlab_own``, by reportlab's ``Table`` of the same
    cells styled by its commands: each page's drawing. No row is half a page high, the height
    below which ours never splits inside a row: reportlab's is told not to either (else it
    prints a second header over a sliver of the row at a page's foot)."""
    words = "Ehtiyat nüsxələrin bərpası sınaqdan keçirildi, jurnallar mərkəzə ötürüldü"
    rows: list[list[object]] = [
        [f"2.{n}", f"I{n % 30:03d}", "2026-Q3", n % 101, f"{words} " * (1 + n % 7 * 2)]
        for n in range(300)
    ]
    coloured = [
        ("BACKGROUND", (0, n), (-1, n), layout.SEVERITY_COLOURS["medium"])
        for n in range(1, 301, 29)
    ]
    header = ["№", "Qurum", "Dövr", "%", "Görülən iş"]
    made = layout.table(
        header, rows, [0.08, 0.1, 0.1, 0.06, 0.66], align_right=(3,), row_styles=coloured
    )
    if reportlab_own:  # the same cells, each styled by reportlab from the commands
        made = Table(
            made._cellvalues,
            colWidths=made._colWidths,
            repeatRows=1,
            splitInRow=0,
            style=TableStyle(layout.table_style((3,)) + coloured),
            hAlign="LEFT",
            spaceBefore=2,
            spaceAfter=8,
        )
    chrome = layout.Chrome("az", "Cədvəl", "Xidmət", "", "SCIS", "admin", "03.12.2026", "X-2")
    return _drawn([layout.heading("Töhfələr"), made], chrome, target)


def test_a_long_table_split_page_by_page_is_laid_out_as_reportlab_lays_it_out(
    tmp_path: Path,
) -> None:
    """A long table's part left after a page is made without checking each of its rows again
    (reportlab did at every page: quadratic) and measured a window at a time: its pages are
    those reportlab's own ``Table`` lays out for the same cells, row for row."""
    fonts.register()
    ours = _table_pages(tmp_path / "ours.pdf", reportlab_own=False)
    theirs = _table_pages(tmp_path / "theirs.pdf", reportlab_own=True)
    assert len(ours) > 20
    assert ours == theirs


# Periods of every length, in no order, for the reports the figures below are chosen from.
_PERIODS = ("2026-H1", "2025", "2026-Q1", "2026-Q2", "2026-H2", "2026-Q4", "2026", "2025-Q4")


def _reports_of_every_kind(desk: Desk) -> None:
    """Besides the sample's leads' reports (2026-Q2 and 2026-Q3): every measure's lead and
    co-executors report in periods of every length; some reports are drafts and some
    deleted, as merged from their institutions."""
    codes = {inst.code: inst.id for inst in desk.plan.institutions()}
    with desk.reading() as session:
        indicators = dict(session.execute(select(Indicator.measure_id, Indicator.id)).all())
    with desk.transaction() as session:
        for index, row in enumerate(desk.plan.measure_rows(MeasureFilter())):
            for turn, code in enumerate(dict.fromkeys([row.lead_code, *row.co_executors])):
                recorder = Recorder(code, NodeRole.INSTITUTION, "import", desk.hlc)
                for step, period in enumerate(_PERIODS):
                    if (index + turn + step) % 3 == 0 or (
                        code == row.lead_code and period in ("2026-Q2", "2026-Q3")
                    ):
                        continue
                    report = recorder.create(
                        session,
                        ProgressReport,
                        measure_id=row.id,
                        institution_id=codes[code],
                        period=period,
                        status="in_progress",
                        percent=(index * 7 + step * 11 + turn) % 100,
                        work_done=f"{row.number} {code} {period}",
                        problems="",
                        indicator_actuals=(
                            {indicators[row.id]: float(index + step)}
                            if row.id in indicators
                            else {}
                        ),
                        draft=(index + step) % 5 == 0,
                        submitted_at=desk.now(),
                        author="import",
                    )
                    if (index + step + turn) % 7 == 0:
                        recorder.delete(session, report)


def test_contributions_and_indicators_chosen_by_sql_are_those_of_each_report(
    coordinator: Desk,
) -> None:
    """The co-executors' contributions and the indicators' actuals up to a period, chosen by
    SQLite from a national store's reports, are those the reports give one by one (the
    measure detail's way), for reports of every length of period, drafts and deleted ones,
    as of the end of every period and of none."""
    build_sample(coordinator)
    _reports_of_every_kind(coordinator)
    plan = coordinator.plan
    with coordinator.reading() as session:
        reports = [r for r in session.scalars(select(ProgressReport)) if not r.deleted]
        measures = list(session.scalars(select(Measure).where(Measure.deleted.is_(False))))
        codes = dict(session.execute(select(Institution.id, Institution.code)).all())
    leads = {m.id: m.lead_institution_id for m in measures}
    assert {r.period for r in reports} >= {*_PERIODS, "2026-Q3"}
    assert any(r.draft for r in reports)
    for limit in (None, *_PERIODS, "2026-Q3", "2024"):
        kept = [r for r in reports if limit is None or period_key(r.period) <= period_key(limit)]
        latest = _latest_reports(kept, leads, codes)
        texts = {r.id: r.work_done for r in kept}
        expected = {
            m.number: _contributions(
                m.co_executors or [], {k: r for k, r in latest.items() if k[0] == m.id}, texts
            )
            for m in measures
        }
        chosen = plan.contributions(limit)
        assert chosen == expected, limit
        rows = plan.indicator_rows(period_text=limit)
        assert rows
        for row in rows:
            measure = next(m for m in measures if m.number == row.measure_number)
            assert row.actuals == tuple(
                sorted(
                    (
                        (r.period, r.indicator_actuals[row.id])
                        for r in kept
                        if r.measure_id == measure.id
                        and r.institution_id == measure.lead_institution_id
                        and not r.draft
                        and row.id in r.indicator_actuals
                    ),
                    key=lambda actual: period_key(actual[0]),
                )
            ), (limit, row.measure_number)
    assert any(c.report_id for entries in plan.contributions("2026").values() for c in entries)
    assert any(row.actuals for row in plan.indicator_rows(period_text="2025"))


def test_the_reports_up_to_a_period_are_never_read_by_the_periods_index(
    coordinator: Desk,
) -> None:
    """The contributions and the indicators' actuals keep most periods of a store: SQLite
    chose the periods' index for them and read the reports' rows one by one (4x slower at
    national scale); it now reads the figures' index, which holds the columns it needs."""
    build_sample(coordinator)
    _reports_of_every_kind(coordinator)
    statements: list[tuple[str, Any]] = []

    def seen(*args: Any) -> None:
        statement, parameters = args[2], args[3]
        # Not the list of the periods reported on, which that index answers alone.
        if "progress_reports" in statement and not statement.startswith("SELECT DISTINCT"):
            statements.append((statement, parameters))

    event.listen(coordinator.engine, "before_cursor_execute", seen)
    try:
        coordinator.plan.contributions("2026-Q3")
        coordinator.plan.indicator_rows(period_text="2026-Q3")
    finally:
        event.remove(coordinator.engine, "before_cursor_execute", seen)
    assert len(statements) >= 2
    with coordinator.engine.connect() as connection:
        for statement, parameters in statements:
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            assert "ix_progress_reports_period" not in str(plan.all()), statement


# Plain and marked-up texts, spaces of every kind, letters of three scripts and a character
# DejaVu has no glyph for: what a report's cells and paragraphs may carry.
_TEXTS = (
    "Ehtiyat nüsxələrin bərpası sınaqdan keçirildi, jurnallar mərkəzə ötürüldü",
    "  Şəki\tregional   mərkəzi ",
    "İnformasiya\xa0təhlükəsizliyi — 45 %",
    "Резервное копирование выполнено",
    "<b>qalın deyil</b> & <img src='x'/>",
    "iki\nsətir",
    "\u4e00\u4e8c Çin",
    "\u2009\u200b\r\x0b\x1c\x85\u2028",
    "Ə" * 120,
    "",
    "   ",
)


def _random_texts(count: int) -> list[str]:
    rng = random.Random(19)
    letters = "abcçdeəfgğhxıijkqlmnoöprsştuüvyzÇƏĞİÖŞÜжщ0123456789 .,;:-—()/%'\""
    alphabet = letters + "\t\xa0\u2009\u200b\u3000\x85\r"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(count)]


def test_a_plain_text_paragraph_is_the_one_reportlabs_parser_makes() -> None:
    """``layout.para`` makes a plain text's fragment itself, without reportlab's HTML parser,
    and breaks it into lines itself: the fragments, the lines they break into (at widths of
    a word or two to many, words wider than a line included) and the widest line are those
    of reportlab's own paragraph."""
    fonts.register()
    texts = [*_TEXTS, *_random_texts(2000), *(" ".join(_random_texts(12)) for _ in range(100))]
    broken = 0
    for value in texts:
        for style in (layout.CELL, layout.BODY, layout.HEAD_CELL, layout.HEADING):
            ours = layout.para(value, style)
            parsed = Paragraph(escape(value).replace("\n", "<br/>"), style)
            assert [f.__dict__ for f in ours.frags] == [f.__dict__ for f in parsed.frags]
            for width in (25, 120, 400):
                broken += ours._plain_lines([width, width]) is not None
                ours._wrapped = None
                assert ours.wrap(width, 800) == parsed.wrap(width, 800)
                assert repr(ours.blPara.lines) == repr(parsed.blPara.lines)  # no __eq__
                assert ours.blPara.__dict__.keys() == parsed.blPara.__dict__.keys()
                assert ours._width_max == parsed._width_max
    # The random texts often hold a no-break space, and at 25 points a word is wider than a
    # line: reportlab's. The others are broken by our own loop.
    assert broken > len(texts) * 4 * 3 * 0.3


def test_the_fonts_codes_are_the_ones_reportlab_gives() -> None:
    """The report fonts turn known characters into codes by a table: the same subsets and
    codes as reportlab's own loop, characters met first, no-break spaces and characters in a
    second subset or without a glyph included."""
    fonts.register()
    ours = pdfmetrics.getFont(fonts.REGULAR)
    theirs = TTFont("reportlab-own", str(fonts.font_dir() / "DejaVuSans.ttf"))
    assert isinstance(ours, fonts._Font)
    ours_doc, their_doc = Canvas(io.BytesIO())._doc, Canvas(io.BytesIO())._doc
    cyrillic = "".join(map(chr, range(0x400, 0x500)))  # past the first subset's 256 codes
    texts = [*_TEXTS, *_random_texts(3000), cyrillic, *_random_texts(500), "\U0001f600 a"]
    for value in texts:
        assert ours.splitString(value, ours_doc) == theirs.splitString(value, their_doc)
    assert len(ours.state[ours_doc].subsets) == 2


def _paragraphs_pdf(target: Path) -> list[bytes]:
    """Pages of every text above, as paragraphs and in a table's cells (of one line or more,
    left and right aligned, past the fonts' first subset of 256 characters): each page's
    drawing."""
    texts = [*_TEXTS, *_random_texts(300)]
    cyrillic = "".join(map(chr, range(0x400, 0x500)))
    texts += [cyrillic[start : start + 8] for start in range(0, 256, 8)]
    rows = [[n, value, value.upper(), value[:6]] for n, value in enumerate(texts)]
    story = [layout.para(value) for value in texts]
    story.append(
        layout.table(["№", "Mətn", "MƏTN", "Son"], rows, [0.1, 0.4, 0.4, 0.1], align_right=(0, 3))
    )
    chrome = layout.Chrome("az", "Mətn", "Xidmət", "", "SCIS", "admin", "03.12.2026", "X-3")
    return _drawn(story, chrome, target)


def test_plain_paragraphs_font_codes_and_text_cells_draw_what_reportlab_draws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages drawn with the parser-free paragraphs, the fonts' table of codes and the
    text cells written straight into the page are the pages drawn with reportlab's parser, its
    own loop over the characters and its own cells' drawing."""
    fonts.register()
    ours = _paragraphs_pdf(tmp_path / "ours.pdf")
    monkeypatch.setattr(layout, "_plain_fragments", lambda _value, _style: None)
    monkeypatch.setattr(layout._Paragraph, "_plain_lines", lambda _self, _width: None)
    monkeypatch.setattr(fonts._Font, "splitString", TTFont.splitString)
    monkeypatch.setattr(layout._RowTable, "_drawCell", Table._drawCell)
    theirs = _paragraphs_pdf(tmp_path / "theirs.pdf")
    assert len(ours) > 5
    assert ours == theirs


def test_a_report_is_made_with_the_collector_spared(coordinator: Desk, tmp_path: Path) -> None:
    """The program's objects are left out of the cyclic collector's passes and its youngest
    generation collected less often while a report is made (it walked a national report's
    millions of objects again and again), and handed back after."""
    thresholds = gc.get_threshold()
    seen: list[tuple[int, int]] = []
    target = tmp_path / "strategy.pdf"

    def progress(_fraction: float) -> None:
        seen.append((gc.get_freeze_count(), gc.get_threshold()[0]))

    generate(coordinator, "strategy", ReportParams(), target, progress)
    assert PdfReader(target).pages
    assert seen[0] == seen[-1] == (0, thresholds[0])
    assert len(seen) > 3
    assert all(frozen and young >= SPARED_THRESHOLD for frozen, young in seen[1:-1])
    assert gc.get_threshold() == thresholds and not gc.get_freeze_count()
