"""The Reports page: a report generated in a worker, shown in the preview from memory, printed
and saved; a missing parameter is shown next to its field."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop_app.core.desk import Desk
from desktop_app.core.models import Inspection
from desktop_app.gui.pages.reports import ReportsPage
from tests.gui.pages_support import AppCtx, app_ctx, open_page, wait_idle

__all__ = ["app_ctx"]


def test_generate_preview_print_and_save(
    qtbot: QtBot, sample_desk: Desk, app_ctx: AppCtx, tmp_path: Path
) -> None:
    ctx = app_ctx(sample_desk)
    page = open_page(qtbot, ctx, ReportsPage)
    assert page.period.text() == "2026-Q3"
    page.kind.setCurrentIndex(page.kind.findData("strategy"))
    page.language.setCurrentIndex(page.language.findData("az"))
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.preview.is_ready, timeout=30_000)
    wait_idle(qtbot, ctx)
    pages = page.preview.document.pageCount()
    assert pages >= 2
    text = PdfReader(io.BytesIO(page.preview.data)).pages[0].extract_text()
    assert "Strategiyanın icrası" in text
    # The preview came from memory: no PDF was written next to the store.
    assert not list(sample_desk.workspace.home.rglob("*.pdf"))
    # The buttons follow the document's status signal, which a loaded document sends after
    # ``status()`` already reads Ready.
    qtbot.waitUntil(
        lambda: page.preview.print_button.isEnabled() and page.preview.save_button.isEnabled()
    )

    saved = tmp_path / "hesabat.pdf"
    page.preview.save_to(saved)
    assert saved.read_bytes() == page.preview.data

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.preview.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages


def test_inspection_act_needs_an_inspection(
    qtbot: QtBot, coordinator: Desk, app_ctx: AppCtx
) -> None:
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, ReportsPage)
    page.kind.setCurrentIndex(page.kind.findData("inspection-act"))
    assert not page.rows["period"].isEnabled() and page.rows["inspection"].isEnabled()
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.errors.message("inspection") != "")
    wait_idle(qtbot, ctx)
    assert page.generate_button.isVisible() and not page.preview.is_ready()


def test_the_act_and_its_addendum_print_as_issued(
    qtbot: QtBot, coordinator: Desk, app_ctx: AppCtx
) -> None:
    """The page asks for the act or an addendum of the inspection; each prints dated the day
    it was issued."""
    coordinator.plan.add_institution("MDT", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi")
    coordinator.inspections.add("MDT", reference="SCIS-2026-001")
    coordinator.inspections.add_finding("SCIS-2026-001", "Jurnal aparılmır", "high")
    coordinator.inspections.issue("SCIS-2026-001", "A-7", "19.12.2026")
    coordinator.inspections.add_finding("SCIS-2026-001", "Parol siyasəti yoxdur", "low")
    coordinator.inspections.issue("SCIS-2026-001", "A-7/1", "22.12.2026", addendum=True)
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, ReportsPage)
    page.kind.setCurrentIndex(page.kind.findData("strategy"))
    assert not page.rows["addendum"].isEnabled()
    for addendum, title, finding in (
        (1, "Addendum 1 to the inspection act № A-7/1", "Parol siyasəti yoxdur"),
        (0, "Inspection act № A-7", "Jurnal aparılmır"),
    ):
        page.open_with(
            {"kind": "inspection-act", "inspection": "SCIS-2026-001", "addendum": addendum}
        )
        assert page.rows["addendum"].isEnabled()
        page.language.setCurrentIndex(page.language.findData("en"))
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: page.preview.is_ready() and page.request is not None and page.task is None,
            timeout=30_000,
        )
        wait_idle(qtbot, ctx)
        assert page.request is not None and page.request.params.addendum == (addendum or None)
        pdf = PdfReader(io.BytesIO(page.preview.data))
        text = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
        assert title in text and finding in text


def test_the_urgent_notice_of_a_finding_in_each_of_its_languages(
    qtbot: QtBot, coordinator: Desk, app_ctx: AppCtx
) -> None:
    """Only urgent findings are offered; the notice is printed in Russian too, the strategy
    report is not."""
    coordinator.plan.add_institution("MDT", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi")
    coordinator.inspections.add("MDT", reference="SCIS-2026-002", start="01.09.2026")
    coordinator.inspections.add_finding("SCIS-2026-002", "Jurnal aparılmır", "low")
    coordinator.inspections.add_finding(
        "SCIS-2026-002", "Şəbəkə seqmentləşdirilməyib", "critical", likelihood=5, impact=5
    )
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, ReportsPage)
    # The key card is printed in English and Azerbaijani only.
    page.kind.setCurrentIndex(page.kind.findData("key-card"))
    assert page.language.findData("ru") == -1 and not page.rows["finding"].isEnabled()
    page.kind.setCurrentIndex(page.kind.findData("strategy"))
    assert page.language.findData("ru") != -1  # the strategy report is, in Russian too
    page.open_with({"kind": "urgent-notice", "finding": "SCIS-2026-002#2"})
    assert page.rows["finding"].isEnabled() and not page.rows["period"].isEnabled()
    assert [page.finding.itemData(i) for i in range(page.finding.count())] == ["SCIS-2026-002#2"]
    for lang, title in (
        ("ru", "Уведомление о срочных мерах"),
        ("az", "Təcili tədbir barədə bildiriş"),
    ):
        page.language.setCurrentIndex(page.language.findData(lang))
        page.language.activated.emit(page.language.currentIndex())  # as the user picks it
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)

        def printed(lang: str = lang) -> bool:
            request = page.request
            done = page.preview.is_ready() and page.task is None
            return done and request is not None and request.params.lang == lang

        qtbot.waitUntil(printed, timeout=30_000)
        wait_idle(qtbot, ctx)
        assert page.request is not None
        assert page.request.file_name() == f"urgent-notice-SCIS-2026-002-2-{lang}.pdf"
        text = " ".join(PdfReader(io.BytesIO(page.preview.data)).pages[0].extract_text().split())
        assert title in text and "Şəbəkə seqmentləşdirilməyib" in text, text[:300]
    # Back to a report printed in two languages: Russian is no longer offered; the language
    # the user picked is kept.
    page.kind.setCurrentIndex(page.kind.findData("key-card"))
    assert page.language.findData("ru") == -1 and page.language.currentData() == "az"
    page.language.setCurrentIndex(page.language.findData("en"))
    page.language.activated.emit(page.language.currentIndex())
    page.kind.setCurrentIndex(page.kind.findData("urgent-notice"))
    assert page.language.findData("ru") >= 0 and page.language.currentData() == "en"


def test_a_meeting_protocol_from_the_reports_page(
    qtbot: QtBot, coordinator: Desk, app_ctx: AppCtx
) -> None:
    """The protocol of a meeting chosen on the page (the latest first), in Russian too; with
    no meeting recorded the page says so next to the meeting field."""
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, ReportsPage)
    page.open_with({"kind": "meeting-protocol"})
    assert page.rows["meeting"].isEnabled() and not page.rows["period"].isEnabled()
    assert page.meeting.count() == 0
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.errors.message("meeting") != "")
    wait_idle(qtbot, ctx)

    coordinator.plan.add_institution("MDT", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi")
    groups = coordinator.groups
    groups.add_group("İQ-1", "Hüquqi baza üzrə işçi qrup", members=["MDT"])
    for number, day, task in (
        ("İQ-1-01", "10.06.2026", "Konsepsiyanı hazırlamaq"),
        ("İQ-1-02", "10.09.2026", "Layihəni razılaşdırmaq"),
    ):
        groups.add_meeting("İQ-1", day, number=number, attendees=["Əliyev Əli (MDT)"])
        groups.add_decision(number, task, assignees=["MDT"], deadline="30.12.2026")
    page.refresh()
    wait_idle(qtbot, ctx)
    assert [page.meeting.itemData(i) for i in range(page.meeting.count())] == [
        "İQ-1-02", "İQ-1-01",
    ]  # fmt: skip
    assert "10.09.2026" in page.meeting.itemText(0)
    page.open_with({"kind": "meeting-protocol", "meeting": "İQ-1-01"})
    # The marking field shows what the document in the chosen language carries.
    page.language.setCurrentIndex(page.language.findData("az"))
    assert page.marking.placeholderText() == "Xidməti istifadə üçün"
    page.language.setCurrentIndex(page.language.findData("ru"))
    assert page.marking.placeholderText() == "Для служебного пользования"
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.preview.is_ready() and page.request is not None and page.task is None,
        timeout=30_000,
    )
    wait_idle(qtbot, ctx)
    assert (
        page.request is not None and page.request.file_name() == "meeting-protocol-İQ-1-01-ru.pdf"
    )
    pdf = PdfReader(io.BytesIO(page.preview.data))
    text = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    for phrase in (
        "Протокол заседания рабочей группы",
        "İQ-1-01",
        "Konsepsiyanı hazırlamaq",
        "Для служебного пользования",
    ):
        assert phrase in text, phrase
    assert "Layihəni razılaşdırmaq" not in text


def test_the_inspection_choices_are_read_as_columns(
    qtbot: QtBot, coordinator: Desk, app_ctx: AppCtx
) -> None:
    """The inspection's choice list names every inspection by reference and institution in the
    order of the inspections' records (newest first), read without loading one record."""
    coordinator.plan.add_institution("MDT", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi")
    coordinator.plan.add_institution("MOD", "Müdafiə Nazirliyi")
    for reference, institution, start in (
        ("SCIS-2026-002", "MOD", "10.03.2026"),
        ("SCIS-2026-001", "MDT", "10.03.2026"),
        ("SCIS-2025-007", "MDT", "01.11.2025"),
        ("SCIS-2026-003", "MOD", "02.09.2026"),
        ("SCIS-2026-004", "MDT", None),
    ):
        coordinator.inspections.add(institution, reference=reference, start=start)
    codes = {i.id: i.code for i in coordinator.plan.institutions()}
    expected = [
        (i.reference, f"{i.reference} ({codes[i.institution_id]})")
        for i in coordinator.inspections.inspections()
    ]
    loaded: list[Inspection] = []

    def note(record: Inspection, _context: object) -> None:
        loaded.append(record)

    event.listen(Inspection, "load", note)
    try:
        ctx = app_ctx(coordinator)
        page = open_page(qtbot, ctx, ReportsPage)
    finally:
        event.remove(Inspection, "load", note)
    combo = page.inspection
    shown = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    assert shown == expected and len(shown) == 5
    assert loaded == []
    page.open_with({"kind": "inspection-act", "inspection": "SCIS-2025-007"})
    assert page.request_from_form().params.inspection == "SCIS-2025-007"
