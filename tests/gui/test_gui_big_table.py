"""100,000 measures in the table: filtering works in place (the source model is never reset or
reloaded for it), sorting reorders without a reset, scrolling reaches the last row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bench.gui_bench import measure_rows
from desktop_app.gui.pages.measures import MeasureModel, MeasureProxy, search_text
from desktop_app.gui.pages.parts import FITTED_ROWS, fit_rows, table_view
from desktop_app.gui.widgets import AnyIndex, Column, RowTableModel, fold_texts


def test_filtering_100k_measures_needs_no_reload(qtbot: QtBot) -> None:
    rows = measure_rows(100_000)
    model = MeasureModel()
    proxy = MeasureProxy()
    proxy.setSourceModel(model)
    model.set_rows(rows, fold_texts(map(search_text, rows)))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(900, 600)
    view.show()

    resets: list[str] = []
    model.modelAboutToBeReset.connect(lambda: resets.append("reset"))
    model.rowsRemoved.connect(lambda *_: resets.append("removed"))
    fetched: list[int] = []
    original_data = model.data

    def counting_data(index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        fetched.append(index.row())
        return original_data(index, role)

    model.data = counting_data  # type: ignore[method-assign]  # counts what the view asks for

    proxy.set_criteria(text="ŞƏBƏKƏ")
    expected = sum("şəbəkə" in r.title for r in rows)
    assert 0 < proxy.rowCount() == expected < len(rows)
    proxy.set_criteria(text="şəbəkə seqm", status="delayed")
    assert proxy.rowCount() == sum(
        "şəbəkə" in r.title and "seqm" in r.title and r.status == "delayed" for r in rows
    )
    proxy.set_criteria(text="", status=None, overdue=True, direction=3)
    assert proxy.rowCount() == sum(r.overdue and r.direction == 3 for r in rows)
    proxy.set_criteria(overdue=False, direction=None)
    assert proxy.rowCount() == len(rows)

    # Scrolling draws only what is visible: no pass over all rows.
    fetched.clear()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: bool(fetched))
    last = proxy.index(proxy.rowCount() - 1, 0)
    assert view.visualRect(last).isValid()
    assert len(set(fetched)) < 200

    view.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # percent
    assert proxy.index(0, 5).data() == "100"
    proxy.set_criteria(text="şəbəkə")
    assert proxy.rowCount() == expected
    assert all(
        int(proxy.index(i, 5).data()) >= int(proxy.index(i + 1, 5).data()) for i in range(50)
    )
    assert resets == []  # the 100,000 rows were loaded once and never reloaded


def test_models_pass_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = MeasureModel()
    proxy = MeasureProxy()
    proxy.setSourceModel(model)
    model.set_rows(measure_rows(300))
    qtmodeltester.check(model)
    proxy.set_criteria(text="təlim", direction=2)
    qtmodeltester.check(proxy)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_a_long_list_keeps_a_line_a_row_and_a_short_one_wraps(qtbot: QtBot) -> None:
    """Rows grow to their wrapped text only in a list short enough to measure: Qt measures
    every cell of every row, 7 s for the 28,000 due items of a national store."""
    text = "Ehtiyat nüsxələrin bərpası sınaqdan keçirildi, jurnallar mərkəzə ötürüldü " * 3
    for count, wrapped in ((FITTED_ROWS, True), (FITTED_ROWS + 1, False)):
        model: RowTableModel[str] = RowTableModel([Column("Description", lambda row: row)])
        model.set_rows([text] * count)
        view = table_view(model)
        qtbot.addWidget(view)
        view.setWordWrap(True)
        view.setColumnWidth(0, 200)
        one_line = view.rowHeight(0)
        fit_rows(view)
        assert (view.rowHeight(count - 1) > one_line) is wrapped
