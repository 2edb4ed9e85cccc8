"""A write refreshes the pages that show what it touched, though no caller names it: the write
transaction reports its ``Changes`` and the pages listen for their subjects."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.core.changes import Subject
from desktop_app.core.desk import Desk
from desktop_app.exchange import service
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.pages.dashboard import DashboardPage
from desktop_app.gui.pages.exchange import ExchangePage
from desktop_app.gui.pages.measures import MeasuresPage
from desktop_app.gui.pages.partners import PartnersPage
from tests.conftest import DeskFactory
from tests.exchange_world import enrol
from tests.gui.conftest import settle


def test_a_write_reaches_the_pages_that_show_its_kind(
    qtbot: QtBot, coordinator: Desk, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(coordinator)
    ctx = window.ctx
    window.go("measures")
    measures = window.page(MeasuresPage)
    assert isinstance(measures, MeasuresPage)
    settle(ctx, qtbot)
    assert measures.model.rowCount() == 0
    partners, dashboard = window.page(PartnersPage), window.page(DashboardPage)
    partners._stale = dashboard._stale = False  # as if both had been shown since the unlock
    heard: list[frozenset[Subject]] = []
    ctx.changed.connect(lambda changes: heard.append(changes.kinds))

    ctx.write(lambda desk: desk.plan.add_measure("1.1", "Siyasətin hazırlanması", "SCIS"))
    settle(ctx, qtbot)

    assert Subject.MEASURE in heard[-1]
    qtbot.waitUntil(lambda: measures.model.rowCount() == 1)  # shown: refreshed at once
    assert dashboard._stale  # hidden and shows measures: refreshed when next shown
    assert not partners._stale  # shows no measure: left alone


def test_an_import_reaches_the_exchange_page(
    qtbot: QtBot,
    coordinator: Desk,
    make_desk: DeskFactory,
    open_window: Callable[..., MainWindow],
    tmp_path: Path,
) -> None:
    institution = make_desk("institution", "MOD", "Müdafiə Nazirliyi")
    enrol(coordinator, institution)
    bundle = service.export_bundle(coordinator, "MOD", tmp_path).path
    window = open_window(institution)
    window.go("exchange")
    exchange = window.page(ExchangePage)
    assert isinstance(exchange, ExchangePage)
    settle(window.ctx, qtbot)
    assert exchange.model.rowCount() == 0

    window.ctx.run(
        lambda _task: service.import_bundle(institution, bundle),
        on_done=lambda _result: None,
        write=True,
    )
    settle(window.ctx, qtbot)
    qtbot.waitUntil(lambda: exchange.model.rowCount() == 1)
