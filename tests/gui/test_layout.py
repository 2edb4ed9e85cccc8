"""Layouts that fit 1280x800 in every language: no page, status bar or dialog makes the main
window wider than the screen it was made for."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.core.models import NodeRole
from desktop_app.gui.app import make_application
from desktop_app.gui.dialogs.inspection import InspectionDialog
from desktop_app.gui.pages.dashboard import DashboardPage
from desktop_app.gui.pages.findings import FindingsPage
from desktop_app.gui.pages.inspections import InspectionsPage
from desktop_app.gui.pages.measures import MeasuresPage
from desktop_app.gui.pages.partners import ROLE_COLUMN, PartnersPage
from desktop_app.reports import user_guide
from tests.conftest import DeskFactory
from tests.exchange_world import enrol
from tests.gui.conftest import settle, speak
from tests.gui.pages_support import OpenWindow, shown_pdf


@pytest.fixture
def app_style() -> Iterator[None]:
    """The application's own style sheet and fonts (the sidebar's bigger font among them)."""
    app = make_application()
    yield
    app.setStyleSheet("")


@pytest.mark.parametrize("language", ["en", "az", "ru"])
def test_every_page_fits_1280_by_800(
    qtbot: QtBot, sample_desk: Desk, open_window: OpenWindow, app_style: None, language: str
) -> None:
    window = open_window(sample_desk)
    speak(window, language)
    window.resize(1280, 800)
    settle(window.ctx, qtbot)
    for key in window.pages:
        window.go(key, {})
        settle(window.ctx, qtbot)
        assert window.minimumSizeHint().width() <= 1280, key
        assert (window.width(), window.height()) == (1280, 800), key


def test_measures_give_the_table_the_room_and_keep_evidence_in_view(
    qtbot: QtBot, sample_desk: Desk, open_window: OpenWindow
) -> None:
    """Nothing selected: no detail pane, the titles get the width. A measure selected: its
    evidence buttons are in view at 1280x800 (not below the fold) and Open shows a PDF from
    memory."""
    number = sample_desk.plan.measure_rows()[0].number
    guide = io.BytesIO()
    user_guide.render_pdf("az", guide)
    sample_desk.attachments.attach_stream(number, io.BytesIO(guide.getvalue()), "akt.pdf")
    window = open_window(sample_desk)
    window.resize(1280, 800)
    window.go("measures", {})
    page = window.page(MeasuresPage)
    settle(window.ctx, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert not page.detail_pane.isVisible()
    assert page.table.columnWidth(1) >= 450  # the title column

    row = page.model.row_of(lambda r: r.number == number)
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())
    settle(window.ctx, qtbot)
    qtbot.waitUntil(lambda: page.detail is not None and page.attachments.count() == 1)
    assert page.detail_pane.isVisible()

    def in_view(button: QWidget) -> bool:
        corner = button.mapTo(window, button.rect().bottomRight())
        whole = button.visibleRegion().boundingRect().size() == button.size()
        return button.isVisible() and window.rect().contains(corner) and whole

    for button in (page.save_copy_button, page.open_button, page.attach_button):
        qtbot.waitUntil(partial(in_view, button))  # once the layout settled

    page.attachments.setCurrentRow(0)
    assert page.open_button.isEnabled()  # a PDF: no saved copy needed
    page.open_button.click()
    assert shown_pdf(qtbot, page, "attachment-preview") >= 2


def test_a_field_error_shows_whole_and_goes_once_the_field_is_fixed(
    qtbot: QtBot, sample_desk: Desk, open_window: OpenWindow
) -> None:
    window = open_window(sample_desk)
    speak(window, "ru")
    window.go("inspections", {})
    page = window.page(InspectionsPage)
    settle(window.ctx, qtbot)
    page.new_button.click()
    dialog = page.dialog
    assert isinstance(dialog, InspectionDialog)
    dialog.start.set_value(dt.date(2026, 12, 1))
    dialog.end.set_value(dt.date(2026, 11, 1))
    dialog.save()
    settle(window.ctx, qtbot)
    label = dialog.findChild(QLabel, "error-end")
    assert label is not None
    assert dialog.errors.message("end") and label.isVisible()
    # Not cut: as wide and as tall as its wrapped text needs.
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.width() > dialog.end.width()
    dialog.end.set_value(dt.date(2026, 12, 31))
    assert dialog.errors.message("end") == "" and not label.isVisible()
    dialog.reject()


def test_a_pdf_in_a_finding_s_evidence_opens_from_memory(
    qtbot: QtBot, sample_desk: Desk, open_window: OpenWindow
) -> None:
    finding = sample_desk.inspections.findings()[0]
    guide = io.BytesIO()
    user_guide.render_pdf("en", guide)
    sample_desk.attachments.attach_stream(finding.id, io.BytesIO(guide.getvalue()), "akt.pdf")
    sample_desk.attachments.attach_stream(finding.id, io.BytesIO(b"qeyd"), "qeyd.txt")
    window = open_window(sample_desk)
    window.go("findings", {})
    page = window.page(FindingsPage)
    settle(window.ctx, qtbot)
    page.select(finding.id)
    settle(window.ctx, qtbot)
    qtbot.waitUntil(lambda: page.evidence.count() == 2)
    names = [page.evidence.item(i).text() for i in range(2)]
    pdf_row = next(i for i, text in enumerate(names) if text.startswith("akt.pdf"))
    page.evidence.setCurrentRow(1 - pdf_row)
    assert not page.open_button.isEnabled()  # not a PDF: save a copy to open it
    page.evidence.setCurrentRow(pdf_row)
    assert page.open_button.isEnabled()
    page.open_button.click()
    assert shown_pdf(qtbot, page, "attachment-preview") >= 2


@pytest.mark.parametrize("language", ["en", "az", "ru"])
def test_findings_columns_and_search_fit_1280(
    qtbot: QtBot,
    sample_desk: Desk,
    open_window: OpenWindow,
    app_style: None,
    language: str,
) -> None:
    """Deadline and status in view without a horizontal scroll bar, the search box as wide as
    its placeholder, and a selected finding's detail whole beside them, in every language."""
    # A thread long enough for the detail to scroll: the scroll bar takes its width from it.
    for finding in sample_desk.inspections.findings():
        for _ in range(3):
            sample_desk.inspections.respond(finding.ref, "Müvəqqəti firewall qaydaları " * 6)
    window = open_window(sample_desk)
    speak(window, language)
    window.resize(1280, 800)
    settle(window.ctx, qtbot)
    window.go("findings", {})
    settle(window.ctx, qtbot)
    page = window.page(FindingsPage)
    assert page.proxy.rowCount() > 0
    page.view.selectRow(0)
    settle(window.ctx, qtbot)
    header = page.view.horizontalHeader()
    viewport = page.view.viewport().width()
    assert not page.view.horizontalScrollBar().isVisible()
    for column in range(header.count()):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert 0 <= header.sectionViewportPosition(column) and right <= viewport, column
    metrics = page.search.fontMetrics()
    assert page.search.width() > metrics.horizontalAdvance(page.search.placeholderText())
    # The detail is no wider than the room it scrolls in, and each value as tall as its
    # wrapped lines: nothing cut at a right or bottom edge.
    detail, viewport_widget = page.detail_widget, page.detail_widget.parentWidget()
    assert viewport_widget is not None
    room = viewport_widget.width()
    values = page.facts.values.values()
    # Once the layout has run (posted events): every line a value wraps to has room.
    qtbot.waitUntil(
        lambda: all(shown.height() >= shown.heightForWidth(shown.width()) for shown in values),
        timeout=3000,
    )
    for shown in values:
        right = shown.mapTo(detail, shown.rect().topRight()).x()
        assert right <= room, (language, shown.text()[:40], right, room)
    assert window.width() == 1280


def _whole(view: QTableView, column: int) -> bool:
    """Column ``column`` of ``view`` shows each of its values uncut, inside the viewport."""
    header = view.horizontalHeader()
    left = header.sectionViewportPosition(column)
    right = left + header.sectionSize(column)
    return (
        0 <= left
        and right <= view.viewport().width()
        and (header.sectionSize(column) >= view.sizeHintForColumn(column))
    )


@pytest.mark.parametrize("language", ["az", "ru"])
def test_the_dashboards_urgent_findings_show_their_reference_whole(
    qtbot: QtBot, sample_desk: Desk, open_window: OpenWindow, app_style: None, language: str
) -> None:
    """Not "YX-2026-00…": the reference is what the clerk quotes. The dates and codes of the
    dashboard's tables are whole too; the titles and names take the room left."""
    # A reference as long as the demo's ("YX-2026-006#1" in its own font) and longer.
    unscheduled = sample_desk.inspections.add("MB", reference="KII-2026-0190", start="03.08.2026")
    sample_desk.inspections.add_finding(
        unscheduled.reference,
        "Ehtiyat mərkəzi dayanıb.",
        "high",
        deadline="01.09.2026",
        urgent=True,
    )
    window = open_window(sample_desk)
    speak(window, language)
    window.resize(1280, 800)
    window.go("dashboard", {})
    settle(window.ctx, qtbot)
    page = window.page(DashboardPage)
    assert page.urgent_model.rowCount() > 0 and page.overdue_model.rowCount() > 0
    qtbot.waitUntil(lambda: all(_whole(page.urgent, column) for column in (0, 1, 3)))
    for column in (0, 2, 3):
        assert _whole(page.overdue, column), column


@pytest.mark.parametrize("language", ["az", "ru"])
def test_a_partners_fingerprint_and_status_are_in_view_at_1280(
    qtbot: QtBot,
    sample_desk: Desk,
    make_desk: DeskFactory,
    open_window: OpenWindow,
    app_style: None,
    language: str,
) -> None:
    """The fingerprint is compared with the paper card: with the partner agency's long role
    ("Ведомство-партнёр (Служба государственной безопасности)") it stays whole in view, with
    the status and the date, and no horizontal scroll bar; the role is whole in its tooltip."""
    agency = make_desk(NodeRole.PARTNER_AGENCY.value, "DTX", "Dövlət Təhlükəsizliyi Xidməti")
    institution = make_desk(
        NodeRole.INSTITUTION.value, "AMB", "Azərbaycan Respublikasının Mərkəzi Bankı"
    )
    enrol(sample_desk, agency, institution)
    window = open_window(sample_desk)
    speak(window, language)
    window.resize(1280, 800)
    window.go("partners", {})
    settle(window.ctx, qtbot)
    page = window.page(PartnersPage)
    assert page.model.rowCount() == 2
    view = page.view
    qtbot.waitUntil(lambda: all(_whole(view, column) for column in (0, 3, 4, 5)))
    assert not view.horizontalScrollBar().isVisible()
    row = page.model.row_of(lambda p: p.code == "DTX")
    role = page.model.index(row, ROLE_COLUMN)
    assert page.model.data(role, Qt.ItemDataRole.ToolTipRole) == page.model.data(role)
