"""Unlocking, a wrong passphrase, locking on demand and when idle; what was typed survives."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from desktop_app.core.desk import Desk
from desktop_app.gui.dialogs.measure import MeasureDialog
from desktop_app.gui.lock import IDLE_SETTING
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.page_list import PAGE_NAMES, shortcut
from desktop_app.gui.pages.audit import AuditPage
from desktop_app.gui.pages.due import DuePage
from desktop_app.gui.pages.findings import FindingsPage
from desktop_app.gui.pages.measures import MeasuresPage
from desktop_app.gui.pages.reports import ReportsPage
from desktop_app.gui.pages.settings import SettingsPage
from tests.conftest import PASSPHRASE
from tests.gui.conftest import settle, speak
from tests.gui.pages_support import OpenWindow
from tests.sample_plan import DIRECTIONS, INSTITUTIONS, TITLES


def test_unlock_with_a_wrong_then_the_right_passphrase(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow
) -> None:
    coordinator.close()
    window = open_window(coordinator, locked=True)
    ctx, panel = window.ctx, window.unlock_panel
    assert window.stack.currentWidget() is panel
    assert panel.user.currentText() == "admin"
    assert window.lock_label.toolTip() == "Locked"

    qtbot.keyClicks(panel.passphrase, "not the passphrase")
    qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.message.isVisible() and not panel.busy, timeout=15_000)
    assert "Wrong passphrase" in panel.message.text()
    assert ctx.desk is None
    assert window.stack.currentWidget() is panel

    panel.passphrase.setText(PASSPHRASE)
    panel.button.click()
    qtbot.waitUntil(lambda: ctx.desk is not None, timeout=15_000)
    settle(ctx, qtbot)
    assert window.stack.currentWidget() is window.workspace
    assert "admin" in window.user_label.text()
    assert panel.passphrase.text() == ""
    # The failed attempt is told to the user who signs in next (and kept in the audit log).
    notice = window.findChild(QMessageBox, "failed-sign-ins")
    assert notice is not None and notice.isVisible()
    assert "There was 1 failed attempt to unlock as you" in notice.text()


def test_ctrl_l_locks_and_unlocking_returns_to_the_page_and_the_typing(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow
) -> None:
    window = open_window(coordinator)
    ctx = window.ctx
    window.go("measures", {})
    page = window.page(MeasuresPage)
    page.search.setText("şəbəkə")
    dialog = MeasureDialog(ctx, [], [("SCIS", "Xidmət")], None, window)
    dialog.open()
    dialog.title_edit.setPlainText("Yarımçıq mətn")

    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    window.lock_action.trigger()
    assert ctx.desk is None
    assert window.stack.currentWidget() is window.unlock_panel
    assert not dialog.isVisible()

    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.unlock()
    qtbot.waitUntil(lambda: ctx.desk is not None, timeout=15_000)
    settle(ctx, qtbot)
    assert window.current_key() == "measures"
    assert page.search.text() == "şəbəkə"
    assert dialog.isVisible()
    assert dialog.title_edit.toPlainText() == "Yarımçıq mətn"
    dialog.reject()


def test_unlocking_skips_a_window_deleted_while_locked(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow
) -> None:
    window = open_window(coordinator)
    ctx = window.ctx
    kept = MeasureDialog(ctx, [], [("SCIS", "Xidmət")], None, window)
    gone = MeasureDialog(ctx, [], [("SCIS", "Xidmət")], None, window)
    kept.open()
    gone.open()
    window.lock_action.trigger()
    gone.deleteLater()
    QApplication.sendPostedEvents(gone, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(gone)

    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.unlock()
    qtbot.waitUntil(lambda: ctx.desk is not None, timeout=15_000)
    settle(ctx, qtbot)
    assert window.stack.currentWidget() is window.workspace
    assert kept.isVisible()
    kept.reject()


def test_idle_time_locks(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow, settings: QSettings
) -> None:
    settings.setValue(IDLE_SETTING, 1)
    window = open_window(coordinator)
    timer = window.idle.timer
    assert timer.interval() == 60_000 and timer.isActive()
    # Input restarts the countdown.
    qtbot.waitUntil(lambda: timer.remainingTime() < 59_700, timeout=5_000)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Up)  # already on the first page: nothing moves
    assert timer.remainingTime() > 59_700

    window.ctx.idle_minutes_changed.emit(0.005)  # what the Settings page sends: 300 ms
    assert timer.interval() == 300
    qtbot.waitUntil(lambda: window.ctx.desk is None, timeout=5_000)
    assert window.stack.currentWidget() is window.unlock_panel


def test_the_lock_screen_follows_a_language_switch(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow
) -> None:
    window = open_window(coordinator)
    window.go("settings", {})
    settings = window.page(SettingsPage)
    for language in ("ru", "az"):
        settings = window.page(SettingsPage)
        settings.language.setCurrentIndex(settings.language.findData(language))
        settings.language.activated.emit(settings.language.currentIndex())
        settle(window.ctx, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    panel = window.unlock_panel
    qtbot.waitUntil(lambda: window.stack.currentWidget() is panel)
    shown = (
        panel.heading.text(),
        panel.user_label.text(),
        panel.passphrase_label.text(),
        panel.passphrase.placeholderText(),
        panel.button.text(),
    )
    assert shown == (
        "InfoSec Desk kilidlidir",
        "&İstifadəçi:",
        "&Parol ifadəsi:",
        "Parol ifadəsi",
        "&Kilidi aç",
    )
    assert window.lock_label.toolTip() == "Kilidlidir"


def view_menu(window: MainWindow) -> list[tuple[str, str, bool]]:
    """The pages the View menu lists: title, shortcut, whether it can be chosen."""
    (menu,) = [
        menu
        for menu in window.menuBar().findChildren(QMenu)
        if window.refresh_action in menu.actions()
    ]
    return [
        (action.text(), action.shortcut().toString(), action.isEnabled())
        for action in menu.actions()
        if action in window.page_actions.values() and action.isVisible()
    ]


def test_the_locked_window_s_view_menu_names_the_pages_disabled_until_the_unlock(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow
) -> None:
    window = open_window(coordinator, locked=True)
    ctx = window.ctx
    speak(window, "az")
    assert window.pages == {}  # the pages are built at the first unlock
    names = [(name.title(), shortcut(n).toString()) for n, name in enumerate(PAGE_NAMES)]
    assert names[0] == ("İdarə paneli", "Ctrl+1") and names[-1][1] == ""
    assert view_menu(window) == [(title, keys, False) for title, keys in names]
    assert not window.find_action.isEnabled() and not window.refresh_action.isEnabled()

    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.unlock()
    qtbot.waitUntil(lambda: ctx.desk is not None, timeout=15_000)
    settle(ctx, qtbot)
    assert view_menu(window) == [(title, keys, True) for title, keys in names]
    sidebar = window.sidebar
    assert sidebar is not None
    assert [sidebar.item(n).text() for n in range(len(names))] == [t for t, _ in names]
    window.page_actions[PAGE_NAMES[2].key].trigger()
    assert window.current_key() == PAGE_NAMES[2].key

    window.lock_action.trigger()
    assert view_menu(window) == [(title, keys, False) for title, keys in names]
    assert not window.find_action.isEnabled()


def shown_texts(window: MainWindow) -> list[str]:
    """Every text a widget of the window shows: labels, edits, the pages' list cells."""
    texts: list[str] = [label.text() for label in window.findChildren(QLabel)]
    texts += [edit.text() for edit in window.findChildren(QLineEdit)]
    texts += [edit.toPlainText() for edit in window.findChildren(QPlainTextEdit)]
    for view in page_views(window):
        model = view.model()
        for row in range(model.rowCount(QModelIndex())):
            column = 0
            while model.index(row, column).isValid():  # a list's model hides its columnCount
                texts.append(str(model.index(row, column).data()))
                column += 1
    return texts


def page_views(window: MainWindow) -> list[QAbstractItemView]:
    """The pages' lists and tables (not a combo box's choices)."""
    return [
        view
        for page in window.pages.values()
        for view in page.findChildren(QAbstractItemView)
        if view.window() is window and not in_combo_box(view)
    ]


def in_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return parent is not None and (isinstance(parent, QComboBox) or in_combo_box(parent))


def test_the_lock_drops_what_the_pages_read_and_the_unlock_reads_it_again(
    qtbot: QtBot, sample_desk: Desk, open_window: OpenWindow
) -> None:
    window = open_window(sample_desk)
    ctx = window.ctx
    for key in window.pages:  # every page reads what it shows
        window.go(key, {})
        settle(ctx, qtbot)
    findings = window.page(FindingsPage)
    findings.view.selectRow(1)
    chosen = findings.selected()
    window.go("measures", {})
    page = window.page(MeasuresPage)
    page.table.selectRow(0)  # the detail pane shows the measure
    settle(ctx, qtbot)
    records = [text for pair in (*TITLES, *INSTITUTIONS) for text in pair[:3]]
    seen = [record for record in records if any(record in text for text in shown_texts(window))]
    assert TITLES[0][1] in " ".join(shown_texts(window)) and "RINN" in seen

    window.refresh_current()  # a read the lock waits for: what it read comes after the lock
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ctx.desk is None
    qtbot.wait(100)
    assert {view.objectName(): view.model().rowCount() for view in page_views(window)} == {
        view.objectName(): 0 for view in page_views(window)
    }
    assert [r for r in records if any(r in text for text in shown_texts(window))] == []

    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.unlock()
    qtbot.waitUntil(lambda: ctx.desk is not None, timeout=15_000)
    settle(ctx, qtbot)
    assert window.current_key() == "measures"
    assert page.model.rowCount() == 40
    assert page.detail is not None and page.heading.text().endswith(TITLES[0][1] + " (1.1)")
    for key in window.pages:
        window.go(key, {})
        settle(ctx, qtbot)
    assert chosen is not None and findings.selected() == chosen
    assert [r for r in records if any(r in text for text in shown_texts(window))] == seen


def choice_texts(window: MainWindow) -> list[str]:
    """Every choice of every drop-down list of the pages."""
    return [
        combo.itemText(index)
        for page in window.pages.values()
        for combo in page.findChildren(QComboBox)
        for index in range(combo.count())
    ]


def test_the_lock_empties_the_filters_choices_and_the_unlock_chooses_the_same_again(
    qtbot: QtBot, sample_desk: Desk, open_window: OpenWindow
) -> None:
    window = open_window(sample_desk)
    ctx = window.ctx
    for key in window.pages:
        window.go(key, {})
        settle(ctx, qtbot)
    measures, findings = window.page(MeasuresPage), window.page(FindingsPage)
    reports, audit, due = window.page(ReportsPage), window.page(AuditPage), window.page(DuePage)
    code = INSTITUTIONS[1][0]
    chosen = {
        measures.institution: code,
        measures.direction: measures.direction.itemData(2),
        findings.institution: code,
        due.institution: code,
        reports.institution: code,
        reports.inspection: reports.inspection.itemData(reports.inspection.count() - 1),
        audit.user: audit.user.itemData(1),
    }
    for combo, value in chosen.items():
        combo.setCurrentIndex(combo.findData(value))
        assert value and combo.currentData() == value
    settle(ctx, qtbot)
    filtered = measures.proxy.rowCount()
    assert 0 < filtered < measures.model.rowCount()
    records = [text for pair in (*INSTITUTIONS, *DIRECTIONS) for text in pair[:2]]
    seen = [r for r in records if any(r in text for text in choice_texts(window))]
    assert INSTITUTIONS[1][1] in seen and DIRECTIONS[0][0] in seen

    window.lock_action.trigger()
    assert ctx.desk is None
    assert [r for r in records if any(r in text for text in choice_texts(window))] == []
    for combo in chosen:
        assert [combo.itemText(i) for i in range(combo.count())] == [""]
    assert not any(str(chosen[reports.inspection]) in t for t in choice_texts(window))

    window.unlock_panel.passphrase.setText(PASSPHRASE)
    window.unlock_panel.unlock()
    qtbot.waitUntil(lambda: ctx.desk is not None, timeout=15_000)
    settle(ctx, qtbot)
    for key in window.pages:
        window.go(key, {})
        settle(ctx, qtbot)
    assert {combo: combo.currentData() for combo in chosen} == chosen
    assert measures.proxy.rowCount() == filtered
    assert [r for r in records if any(r in text for text in choice_texts(window))] == seen


def test_each_unlock_reads_the_dashboard_once(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow
) -> None:
    """The page shown at the unlock read at its showing and again at the unlock's "everything
    changed": two dashboards built at once, seconds each in a national store."""
    built = []

    def seen(*args: object) -> None:
        statement = args[2]
        if isinstance(statement, str) and "FROM status_decisions" in statement:
            built.append(statement)

    coordinator.close()
    window = open_window(coordinator, locked=True)
    ctx, panel = window.ctx, window.unlock_panel
    event.listen(Engine, "before_cursor_execute", seen)
    try:
        for _unlock in range(2):
            built.clear()
            panel.passphrase.setText(PASSPHRASE)
            panel.button.click()
            qtbot.waitUntil(lambda: ctx.desk is not None, timeout=15_000)
            settle(ctx, qtbot)
            assert window.current_key() == "dashboard"
            assert len(built) == 1, built
            ctx.lock()
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
