"""The main window: sidebar of pages, menus and toolbar, status bar, the lock screen.

The window starts locked with its menus and the unlock panel only: the pages (and the store's
code, the reports and the exchange they import) are imported and built at the first unlock,
after the key is derived, so Argon2id's 256 MiB come on top of Qt and this frame alone
(docs/performance.md, "GUI memory, sixth pass"). The View menu names the pages from
gui/page_list.py, disabled while locked. What a menu opens is imported when opened.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop_app.gui import garbage, widgets
from desktop_app.gui.context import AppContext
from desktop_app.gui.labels import label
from desktop_app.gui.lock import IdleLock, UnlockPanel
from desktop_app.gui.page_list import BY_KEY, PAGE_NAMES, shortcut
from desktop_app.gui.resources import icon

if TYPE_CHECKING:
    from desktop_app.core.changes import Changes
    from desktop_app.core.desk import Desk
    from desktop_app.gui.dialogs.help import HelpDialog
    from desktop_app.gui.pages import Page

GEOMETRY = "main/geometry"
STATE = "main/state"
SPLITTER = "main/splitter"
PAGE = "main/page"


PageT = TypeVar("PageT", bound="Page")


class ElidedLabel(QLabel):
    """A status bar text that shortens with "…" (whole in its tooltip) rather than widening
    the window: long institution names in Azerbaijani or Russian pushed it past 1280 px."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(self.text()) + 8, super().sizeHint().height()
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main-window")
        self.setWindowIcon(icon("app"))
        self.pages: dict[str, Page] = {}
        self._hidden_windows: list[QWidget] = []
        self.help: HelpDialog | None = None

        self.stack = QStackedWidget()
        self.unlock_panel = UnlockPanel(ctx)
        self.stack.addWidget(self.unlock_panel)
        self.workspace: QSplitter | None = None
        self.sidebar: QListWidget | None = None
        self.page_stack: QStackedWidget | None = None
        self.setCentralWidget(self.stack)

        self.toolbar = self.addToolBar("main")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setMovable(False)
        self.node_label = ElidedLabel()
        self.user_label = ElidedLabel()
        self.exchange_label = ElidedLabel()
        self.lock_label = QLabel()
        for widget, stretch in (
            (self.node_label, 3),
            (self.user_label, 1),
            (self.exchange_label, 2),
        ):
            self.statusBar().addWidget(widget, stretch)
        self.statusBar().addPermanentWidget(self.lock_label)

        self.idle = IdleLock(ctx, self)
        ctx.locked.connect(self._on_locked)
        ctx.unlocked.connect(self._on_unlocked)
        ctx.navigate.connect(self.go)
        ctx.language_changed.connect(self._on_language)
        ctx.changed.connect(self._on_changed)
        ctx.tasks.busy_changed.connect(self._on_busy)

        if ctx.is_locked:
            self._build_actions()  # the pages come at the first unlock (_on_unlocked)
        else:
            self._build()
        geometry = ctx.settings.value(GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = ctx.settings.value(STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        if ctx.is_locked:
            self._on_locked()
        else:
            self._on_unlocked()

    # -- building (again after a language change) ---------------------------------------------

    def _build(self) -> None:
        from desktop_app.gui.pages import PAGES

        current = self.current_key() or str(self.ctx.settings.value(PAGE, PAGE_NAMES[0].key))
        if self.workspace is not None:
            self.ctx.settings.setValue(SPLITTER, self.workspace.saveState())
            for page in self.pages.values():
                self.ctx.changed.disconnect(page._on_changed)
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
        self.setWindowTitle(self.tr("InfoSec Desk"))
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(1)
        self.page_stack = QStackedWidget()
        self.pages = {}
        for number, page_class in enumerate(PAGES):
            page = page_class(self.ctx)
            page.keep_captions()
            self.pages[page.key] = page
            item = QListWidgetItem(icon(BY_KEY[page.key].icon), page.title())
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)").replace("%1", page.title()).replace("%2", str(number + 1))
                if number < 9
                else page.title()
            )
            self.sidebar.addItem(item)
            self.page_stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self._show_row)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Wide enough for the longest page name in the current language.
        self.sidebar.setMinimumWidth(self.sidebar.sizeHintForColumn(0) + 12)
        self.workspace = QSplitter()
        self.workspace.setObjectName("workspace")
        self.workspace.addWidget(self.sidebar)
        self.workspace.addWidget(self.page_stack)
        self.workspace.setStretchFactor(1, 1)
        self.workspace.setChildrenCollapsible(False)
        splitter = self.ctx.settings.value(SPLITTER)
        if isinstance(splitter, QByteArray):
            self.workspace.restoreState(splitter)
        else:
            self.workspace.setSizes([self.sidebar.minimumWidth() + 20, 1080])
        self.stack.addWidget(self.workspace)
        self._build_actions()
        self._update_available()
        self.go(current if current in self.pages else PAGE_NAMES[0].key, {})
        if not self.ctx.is_locked:
            self.stack.setCurrentWidget(self.workspace)

    def _build_actions(self) -> None:
        self.menuBar().clear()
        self.toolbar.clear()
        for action in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
            action.deleteLater()
        self._build_file_menu()
        self._build_view_menu()
        self._build_help_menu()
        self.toolbar.addAction(self.refresh_action)
        self.toolbar.addAction(self.lock_action)
        self._offer(unlocked=not self.ctx.is_locked)

    def _offer(self, *, unlocked: bool) -> None:
        """The actions on the store and its pages, enabled only while unlocked; locked, the View
        menu lists every page (``_update_available`` hides some at the unlock)."""
        for action in (self.lock_action, self.refresh_action, self.find_action):
            action.setEnabled(unlocked)
        for action in self.page_actions.values():
            action.setEnabled(unlocked)
            if not unlocked:
                action.setVisible(True)

    def _build_file_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_plan_action = self._action(
            self.tr("&Import the action plan…"), "import", QKeySequence()
        )
        self.import_plan_action.triggered.connect(self.import_plan)
        file_menu.addAction(self.import_plan_action)
        self.export_list_action = self._action(
            self.tr("&Export list…"), "export", QKeySequence("Ctrl+E")
        )
        self.export_list_action.triggered.connect(self.export_list)
        file_menu.addAction(self.export_list_action)
        self.print_list_action = self._action(
            # Not Ctrl+P: the Reports page's preview prints its document with it.
            self.tr("&Print list…"),
            "print",
            QKeySequence("Ctrl+Shift+P"),
        )
        self.print_list_action.triggered.connect(self.print_list)
        file_menu.addAction(self.print_list_action)
        file_menu.addSeparator()
        self.lock_action = self._action(self.tr("&Lock"), "lock", QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = self._action(
            self.tr("&Quit"), "", QKeySequence(QKeySequence.StandardKey.Quit)
        )
        # Windows has no standard Quit key; on Linux it is Ctrl+Q already, and naming it twice
        # made Qt refuse both ("Ambiguous shortcut overload").
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        if QKeySequence("Ctrl+Q") not in quit_keys:
            quit_keys.append(QKeySequence("Ctrl+Q"))
        quit_action.setShortcuts(quit_keys)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _build_view_menu(self) -> None:
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.refresh_action = self._action(
            self.tr("&Refresh"), "refresh", QKeySequence(QKeySequence.StandardKey.Refresh)
        )
        self.refresh_action.triggered.connect(self.refresh_current)
        view_menu.addAction(self.refresh_action)
        self.find_action = self._action(
            self.tr("&Find"), "search", QKeySequence(QKeySequence.StandardKey.Find)
        )
        self.find_action.triggered.connect(self._find)
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        # From the pages' names, not the pages: the locked window lists them too, before the
        # first unlock builds the pages (enabled at each unlock, disabled at each lock).
        self.page_actions: dict[str, QAction] = {}
        for number, name in enumerate(PAGE_NAMES):
            action = self._action(name.title(), name.icon, shortcut(number))
            action.triggered.connect(lambda _=False, key=name.key: self.go(key, {}))
            view_menu.addAction(action)
            self.page_actions[name.key] = action

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = self._action(self.tr("&User guide"), "page", QKeySequence("F1"))
        self.help_action.triggered.connect(self.show_help)
        help_menu.addAction(self.help_action)
        print_guide = self._action(self.tr("&Print the user guide…"), "print", QKeySequence())
        print_guide.triggered.connect(self._print_guide)
        help_menu.addAction(print_guide)
        help_menu.addSeparator()
        about = self._action(self.tr("&About InfoSec Desk"), "app", QKeySequence())
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _action(self, text: str, icon_name: str, shortcut: QKeySequence) -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon("page"), text, self)
        if not shortcut.isEmpty():
            action.setShortcut(shortcut)
            action.setToolTip(f"{text.replace('&', '')} ({shortcut.toString()})")
        return action

    # -- pages --------------------------------------------------------------------------------

    def current_key(self) -> str | None:
        if self.page_stack is None:
            return None
        from desktop_app.gui.pages import Page

        page = self.page_stack.currentWidget()
        return page.key if isinstance(page, Page) else None

    def current_page(self) -> Page | None:
        key = self.current_key()
        return self.pages.get(key) if key else None

    def page(self, page_type: type[PageT]) -> PageT:
        """The page of that class, typed as such (``pages`` holds them by key as ``Page``)."""
        page = self.pages[page_type.key]
        if not isinstance(page, page_type):
            raise KeyError(page_type.key)
        return page

    def go(self, key: str, args: Any = None) -> None:
        page = self.pages.get(key)
        if page is None or self.sidebar is None or self.page_stack is None:
            return
        row = list(self.pages).index(key)
        if self.sidebar.item(row).isHidden():
            return
        self.sidebar.setCurrentRow(row)
        self.page_stack.setCurrentWidget(page)
        if args:
            page.open_with(dict(args))

    def _show_row(self, row: int) -> None:
        if self.page_stack is None or row < 0:
            return
        self.page_stack.setCurrentIndex(row)
        key = self.current_key()
        if key:
            self.ctx.settings.setValue(PAGE, key)

    def refresh_current(self) -> None:
        page = self.current_page()
        if page is not None and not self.ctx.is_locked:
            page.refresh(None)

    def _find(self) -> None:
        page = self.current_page()
        focus = getattr(page, "focus_search", None)
        if callable(focus):
            focus()

    # -- lists ------------------------------------------------------------------------------

    def _list_page(self) -> Page | None:
        """The current page if it shows a list; else says so in the status bar."""
        from desktop_app.gui import listing

        page = self.current_page()
        if page is None or listing.page_list(page) is None:
            self.statusBar().showMessage(self.tr("This page has no list."), 5000)
            return None
        return page

    def export_list(self) -> None:
        from desktop_app.gui import listing

        page = self._list_page()
        if page is not None:
            listing.ask_export(
                self.ctx,
                page,
                page.title(),
                lambda count: self.statusBar().showMessage(
                    self.tr("%n row(s) exported.", "", count), 8000
                ),
            )

    def print_list(self) -> None:
        from desktop_app.gui import listing

        page = self._list_page()
        if page is not None:
            listing.ask_print(self.ctx, page, page.title())

    def import_plan(self) -> None:
        from desktop_app.gui.dialogs.plan_import import PlanImportWizard
        from desktop_app.gui.pages.parts import open_dialog

        wizard = PlanImportWizard(self.ctx, self)
        wizard.finished.connect(
            lambda _code: self.statusBar().showMessage(
                self.tr("The action plan was imported.") if wizard.imported else "", 8000
            )
        )
        open_dialog(wizard)

    def _update_available(self) -> None:
        from desktop_app.core.access import Right

        desk = self.ctx.desk
        self.import_plan_action.setVisible(desk is None or desk.access.can(Right.PLAN))
        if self.sidebar is None:
            return
        for row, page in enumerate(self.pages.values()):
            shown = desk is None or page.available(desk)
            self.sidebar.item(row).setHidden(not shown)
            self.page_actions[page.key].setVisible(shown)
        current = self.sidebar.currentRow()
        if current >= 0 and self.sidebar.item(current).isHidden():
            self.go(PAGE_NAMES[0].key, {})

    # -- locking ------------------------------------------------------------------------------

    def lock(self) -> None:
        self.ctx.lock()

    def _on_locked(self) -> None:
        # Other windows (dialogs opened with open()) are hidden, not closed: what the user typed
        # in them is still there after unlocking.
        self._hidden_windows = [
            window
            for window in QApplication.topLevelWidgets()
            if window is not self and window.isVisible() and window.isWindow()
        ]
        for window in self._hidden_windows:
            window.hide()
        for page in self.pages.values():
            page.drop_loaded()
        garbage.give_back()
        self.unlock_panel.reload()
        self.stack.setCurrentWidget(self.unlock_panel)
        self._offer(unlocked=False)
        self.menuBar().setEnabled(True)
        self.toolbar.setEnabled(False)
        self._update_status()
        QTimer.singleShot(0, self.unlock_panel.focus)

    def _on_unlocked(self) -> None:
        if self.workspace is None:
            self._build()
        else:
            self.stack.setCurrentWidget(self.workspace)
        self._offer(unlocked=True)
        self.toolbar.setEnabled(True)
        self._update_available()
        for window in self._hidden_windows:
            if shiboken6.isValid(window):  # a dialog may have been deleted while locked
                window.show()
        self._hidden_windows = []
        self._update_status()

    # -- status bar ---------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        from desktop_app.core.changes import Subject

        # What the status bar shows: the last exchange, the user, the node's settings.
        if changes.touches({Subject.BUNDLE, Subject.CONFLICT, Subject.USER, Subject.SETTING}):
            self._update_status()

    def _on_busy(self, busy: bool) -> None:
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _update_status(self) -> None:
        desk = self.ctx.desk
        if desk is None:
            self.node_label.setText("")
            self.user_label.setText("")
            self.exchange_label.setText("")
            self.lock_label.setText(self.tr("Locked"))
            self.lock_label.setPixmap(icon("lock").pixmap(16, 16))
            self.lock_label.setToolTip(self.tr("Locked"))
            return
        self.lock_label.setPixmap(icon("unlock").pixmap(16, 16))
        self.lock_label.setToolTip(self.tr("Unlocked: Ctrl+L locks"))
        name = (
            desk.node.name_en
            if widgets.current_language() == "en" and desk.node.name_en
            else desk.node.name
        )
        self.node_label.setText(f"{desk.node.code} · {name} · {label(desk.node.role.value)}")
        self.user_label.setText(
            self.tr("User: %1 (%2)")
            .replace("%1", desk.user)
            .replace("%2", label(desk.user_role.value))
        )
        self.exchange_label.setText(self._exchange_summary(desk))

    def _exchange_summary(self, desk: Desk) -> str:
        """When this node last sent and last merged a bundle (from the exchange log)."""
        from desktop_app.exchange import service
        from desktop_app.exchange.service import exchange

        last: dict[str, dt.datetime | None] = {"out": None, "in": None}
        for row in exchange(desk).bundles():
            if row.outcome in (service.Outcome.SENT, service.Outcome.MERGED):
                last[row.direction] = row.at
        never = self.tr("never")
        return (
            self.tr("Last export: %1 · last import: %2")
            .replace("%1", widgets.format_date(last["out"]) or never)
            .replace("%2", widgets.format_date(last["in"]) or never)
        )

    # -- language and closing -----------------------------------------------------------------

    def _on_language(self, _language: str) -> None:
        if self.workspace is None:
            self._build_actions()
        else:
            self._build()
        self._update_status()

    def show_help(self) -> None:
        """The guide at the current screen's section (the kinds of desk while locked)."""
        from desktop_app.gui.dialogs.help import HelpDialog, guide_language

        key = self.current_key() if not self.ctx.is_locked else None
        if self.help is None or self.help.language != guide_language():
            self.help = HelpDialog(self)
        self.help.show_section(key or "desks")

    def _print_guide(self) -> None:
        from desktop_app.gui.dialogs.help import print_user_guide

        print_user_guide(self.ctx.tasks, self)

    def _about(self) -> None:
        from desktop_app.gui.dialogs.help import AboutDialog
        from desktop_app.gui.pages.parts import open_dialog

        open_dialog(AboutDialog(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx.tasks.busy:
            answer = QMessageBox.question(
                self,
                self.tr("Work in progress"),
                self.tr("A task is still running. Wait for it and quit?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.ctx.settings.setValue(GEOMETRY, self.saveGeometry())
        self.ctx.settings.setValue(STATE, self.saveState())
        if self.workspace is not None:
            self.ctx.settings.setValue(SPLITTER, self.workspace.saveState())
        self.ctx.settings.sync()
        self.idle.detach()
        self.ctx.lock()
        super().closeEvent(event)
