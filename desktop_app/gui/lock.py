"""Unlocking and locking: the unlock panel (shown in the main window while locked) and the idle
timer that locks after a quiet while.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import DeskError, WrongPassphrase
from desktop_app.gui.context import AppContext
from desktop_app.gui.resources import icon
from desktop_app.gui.tasks import TaskContext, error_text
from desktop_app.store.workspace import Workspace

if TYPE_CHECKING:  # the store's code is imported once the key is derived (UnlockPanel.unlock)
    from desktop_app.core.desk import Desk

IDLE_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10


class UnlockPanel(QWidget):
    """User, passphrase, Unlock. The key derivation and the store's growing delay after failed
    attempts run on a worker, so the window stays responsive."""

    unlocked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("unlock-panel")
        self.busy = False

        box = self._build_box()

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.user, self.passphrase)
        self.setTabOrder(self.passphrase, self.button)
        self.retranslate()
        self.reload()

    def _build_box(self) -> QWidget:
        """The panel's middle: the picture, where the store is, the user and passphrase, Unlock."""
        picture = QLabel()
        picture.setPixmap(icon("app").pixmap(72, 72))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = heading = QLabel()
        heading.setObjectName("heading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where = QLabel()
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where.setWordWrap(True)

        self.user = QComboBox()
        self.user.setEditable(False)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.unlock)
        self.button = QPushButton(icon("unlock"), "")
        self.button.setDefault(True)
        self.button.clicked.connect(self.unlock)
        self.message = QLabel()
        self.message.setObjectName("unlock-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e")
        self.message.hide()

        self.user_label, self.passphrase_label = QLabel(), QLabel()
        self.user_label.setBuddy(self.user)
        self.passphrase_label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(self.user_label, self.user)
        form.addRow(self.passphrase_label, self.passphrase)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)

        box = QWidget()
        box.setObjectName("unlock-box")
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.addWidget(picture)
        inner.addWidget(heading)
        inner.addWidget(self.where)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        return box

    def retranslate(self) -> None:
        """Every text of the panel in the current language (again after a language change)."""
        self.heading.setText(self.tr("InfoSec Desk is locked"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.user_label.setText(self.tr("&User:"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.button.setText(self.tr("Checking…") if self.busy else self.tr("&Unlock"))
        self._show("")  # a message shown before the change was in the other language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """Fill the user list from the key slots; keep the last user chosen."""
        previous = self.user.currentText() or str(self.ctx.settings.value("last_user", ""))
        self.user.clear()
        try:
            users = Workspace(self.ctx.home).slot_users()
        except DeskError as error:
            users = []
            self._show(error_text(error))
        self.user.addItems(users)
        if previous in users:
            self.user.setCurrentText(previous)
        self.where.setText(str(self.ctx.home))

    def focus(self) -> None:
        self.passphrase.setFocus()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def unlock(self) -> None:
        if self.busy:
            return
        user = self.user.currentText()
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show(self.tr("Type your passphrase."))
            return
        self.busy = True
        self._set_enabled(False)
        self._show("")
        self.button.setText(self.tr("Checking…"))
        home, clock = self.ctx.home, self.ctx.clock

        def work(_context: TaskContext) -> Desk:
            # The key first, then the store's code: Argon2id's 256 MiB come on top of Qt and
            # the locked window alone, not of SQLAlchemy, the services and the pages, which
            # are imported and built after (docs/performance.md, "GUI memory, sixth pass").
            workspace = Workspace(home)
            opened, name = workspace.open_slot(user or None, passphrase)
            from desktop_app.core.desk import open_unlocked

            return open_unlocked(workspace, opened, name, passphrase, clock)

        self.ctx.tasks.run(work, on_done=self._opened, on_error=self._failed)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.user, self.passphrase, self.button):
            widget.setEnabled(enabled)

    def _finish(self) -> None:
        self.busy = False
        self._set_enabled(True)
        self.button.setText(self.tr("&Unlock"))

    def _opened(self, desk: Desk) -> None:
        self._finish()
        self.passphrase.clear()
        self.ctx.settings.setValue("last_user", desk.user)
        self.ctx.set_desk(desk)
        self.unlocked.emit()
        if desk.failed_unlocks:
            # Not modal: the user reads it over the main window, nothing waits for it.
            notice = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Failed sign-ins"),
                self.tr(
                    "There were %n failed attempt(s) to unlock as you since your last sign-in. "
                    "If they were not yours, tell your administrator.",
                    "",
                    desk.failed_unlocks,
                ),
                parent=self.window(),
            )
            notice.setObjectName("failed-sign-ins")
            notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            notice.open()

    def _failed(self, error: Exception) -> None:
        self._finish()
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(error, WrongPassphrase):
            self._show(
                self.tr(
                    "Wrong passphrase for this user. Check Caps Lock and the keyboard layout; "
                    "after repeated failures each attempt waits a little longer."
                )
            )
        else:
            self._show(error_text(error))


class IdleLock(QObject):
    """Locks the application after ``minutes`` without keyboard or mouse input (0: never).

    An application-wide event filter restarts the timer on every input event.
    """

    _INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # Precise: a coarse timer may fire up to 5 % late and reports a rounded remaining time.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._expired)
        self.set_minutes(self.saved_minutes())
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        ctx.unlocked.connect(self.restart)
        ctx.locked.connect(self.timer.stop)
        ctx.idle_minutes_changed.connect(self.set_minutes)

    def saved_minutes(self) -> float:
        try:
            return float(str(self.ctx.settings.value(IDLE_SETTING, DEFAULT_IDLE_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(0, int(minutes * 60_000)))
        self.restart()

    def restart(self) -> None:
        if self.timer.interval() > 0 and not self.ctx.is_locked:
            self.timer.start()
        else:
            self.timer.stop()

    def _expired(self) -> None:
        if self.ctx.tasks.busy:
            self.timer.start()  # never lock under a running export or merge
            return
        self.ctx.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT and self.timer.isActive():
            self.timer.start()
        return False

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
