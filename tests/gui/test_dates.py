"""Date fields and figures the way the printed documents write them: dd.mm.yyyy in every
language, an empty date field that takes typing, a calendar that opens where the user is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop_app.gui import i18n
from desktop_app.gui.dialogs.base import human_size
from desktop_app.gui.widgets import DateEdit, format_date
from desktop_app.reports import i18n as documents


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    yield i18n.install(request.param)
    i18n.install("en")


@pytest.mark.parametrize("language", ["en", "az", "ru"], indirect=True)
def test_typing_a_date_into_an_empty_field(qtbot: QtBot, language: str) -> None:
    field = DateEdit()
    qtbot.addWidget(field)
    field.show()
    assert field.value() is None and field.text() == "—"
    qtbot.keyClicks(field, "15.12.2026")
    assert field.value() == dt.date(2026, 12, 15)
    assert field.text() == "15.12.2026"


def _opened_at(qtbot: QtBot, field: DateEdit) -> tuple[int, int]:
    arrow = QPoint(field.width() - 6, field.height() // 2)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    page = (calendar.yearShown(), calendar.monthShown())
    calendar.window().close()
    return page


def test_the_calendar_opens_at_today_and_the_end_at_the_start(qtbot: QtBot, qapp: object) -> None:
    start, end = DateEdit(), DateEdit()
    end.follow(start)
    for field in (start, end):
        qtbot.addWidget(field)
        field.show()
    today = QDate.currentDate()
    assert _opened_at(qtbot, start) == (today.year(), today.month())
    assert start.value() is None  # opening the calendar chose nothing
    start.set_value(dt.date(2031, 5, 20))
    assert _opened_at(qtbot, end) == (2031, 5)
    assert end.value() is None


@pytest.mark.parametrize("language", ["en", "az", "ru"], indirect=True)
def test_dates_and_sizes_read_as_in_the_documents(language: str) -> None:
    day, moment = dt.date(2026, 9, 30), dt.datetime(2026, 9, 30, 14, 5)
    assert format_date(day) == documents.date(day) == "30.09.2026"
    assert format_date(moment) == documents.date_time(moment) == "30.09.2026 14:05"
    expected = {"en": "1.5 KB", "az": "1,5 KB", "ru": "1,5 КБ"}[language]
    assert human_size(1536) == expected
    assert human_size(10) == {"en": "10 B", "az": "10 bayt", "ru": "10 Б"}[language]
