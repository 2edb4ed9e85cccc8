"""The Findings page's search box over a few thousand findings of a real store: after each
keystroke the rows shown are exactly those a plain Python filter chooses from the rows loaded,
in the view's order, also after a re-sort and together with another criterion; the selected
finding stays selected while it is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.core.inspections import FindingRow
from desktop_app.gui.pages.findings import FindingsPage
from desktop_app.gui.widgets import fold_for_search
from tests.gui.pages_support import AppCtx, app_ctx, open_page, type_text

__all__ = ["app_ctx"]

pytestmark = pytest.mark.slow

INSPECTIONS = 40
PER_INSPECTION = 50  # 2,000 findings
WORDS = ("Şəbəkə", "seqmentləri", "İstifadəçi", "girişi", "yedək", "nüsxə", "Parol", "jurnal")
SEVERITIES = ("critical", "high", "medium", "low")


def seed(desk: Desk) -> None:
    """Descriptions from a few Azerbaijani words in changing combinations, so that each
    keystroke narrows (or not) a different share of the rows."""
    for code in ("MDT", "ƏN", "İN"):
        desk.plan.add_institution(code, f"Nazirlik {code}")
    for n in range(INSPECTIONS):
        institution = ("MDT", "ƏN", "İN")[n % 3]
        reference = desk.inspections.add(institution, start="2026-03-02", end="2026-03-02")
        for k in range(PER_INSPECTION):
            i = n * PER_INSPECTION + k
            words = [WORDS[i % 8], WORDS[(i // 8) % 8], WORDS[(i // 64) % 5 + 3]]
            desk.inspections.add_finding(
                reference.reference,
                f"{' '.join(words)} {i}",
                SEVERITIES[(i // 5) % 4],
                corrective_measure=f"Tədbir {WORDS[(i // 11) % 8]}",
            )


def shown(page: FindingsPage) -> list[str]:
    """The references in the view, read through the proxy's Qt model API."""
    return [str(page.proxy.index(row, 0).data()) for row in range(page.proxy.rowCount())]


def chosen(page: FindingsPage, typed: str, severity: str = "") -> list[str]:
    """What a plain filter picks from the page's rows, in the model's (the view's) order."""
    needle = fold_for_search(typed.strip())

    def matches(row: FindingRow) -> bool:
        text = " ".join((row.ref, row.description, row.corrective_measure, row.requirement))
        return needle in fold_for_search(text) and (not severity or row.severity == severity)

    return [row.ref for row in page.model.rows() if matches(row)]


def test_each_keystroke_shows_what_a_plain_filter_chooses(
    qtbot: QtBot, qtmodeltester: ModelTester, coordinator: Desk, app_ctx: AppCtx
) -> None:
    seed(coordinator)
    page = open_page(qtbot, app_ctx(coordinator), FindingsPage)
    assert page.model.rowCount() == INSPECTIONS * PER_INSPECTION

    counts = []
    for typed in ("Ş", "ŞƏ", "Şəbəkə", "Şəbəkə ", "Şəbəkə s", "Şəbəkə seq", "Şəbəkə seqmentləri"):
        page.search.clear()
        type_text(page.search, typed)
        expected = chosen(page, typed)
        assert shown(page) == expected
        assert page.count_label.text() == f"{len(expected)} of {len(page.model.rows())} findings"
        counts.append(len(expected))
    assert len(set(counts)) > 2 and 0 < min(counts) and max(counts) < page.model.rowCount()
    qtmodeltester.check(page.proxy)

    # Another criterion with the text, then a re-sort by description: the same rows, the new
    # order.
    page.severity.setCurrentIndex(page.severity.findData("high"))
    assert shown(page) == chosen(page, "Şəbəkə seqmentləri", "high") != []
    page.view.sortByColumn(page.model.columnCount() - 1, Qt.SortOrder.DescendingOrder)
    assert shown(page) == chosen(page, "Şəbəkə seqmentləri", "high")
    page.severity.setCurrentIndex(0)

    # Typing "i": İ and ı are Azerbaijani letters of their own (İstifadəçi, girişi).
    page.search.clear()
    type_text(page.search, "İSTİFADƏ")
    assert shown(page) == chosen(page, "istifadə") != []

    # The selected finding stays selected (and in the detail) while the filter keeps it, and
    # the detail empties when the filter hides it.
    page.search.clear()
    type_text(page.search, "jurnal")
    page.view.selectRow(3)
    row = page.selected()
    assert row is not None and row.ref in chosen(page, "jurnal")
    type_text(page.search, f" {row.description.split()[-1]}")
    assert page.selected() == row
    assert shown(page) == chosen(page, page.search.text())
    assert row.ref in page.heading.text()
    type_text(page.search, "xyz")
    assert shown(page) == [] and page.selected() is None
    assert row.ref not in page.heading.text()

    page.search.clear()
    assert shown(page) == [r.ref for r in page.model.rows()]
