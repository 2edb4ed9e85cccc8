"""What a national coordinator's store (bench/national.py) showed to break or to read too much."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from desktop_app.core.dashboard import build_dashboard
from desktop_app.core.desk import Desk
from desktop_app.core.progress import ProgressService
from desktop_app.reports import documents, fonts, layout
from tests.sample_plan import build_sample


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
