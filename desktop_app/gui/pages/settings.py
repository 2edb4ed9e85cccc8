"""Settings: language and idle lock (this computer), the user's passphrase and the recovery key,
users and roles (admin only: adding, removing, a passphrase reset; the last two re-key the
database), the classification marking and the emblem printed on documents, backups of the
workspace and their restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.changes import Changes, Subject
from desktop_app.core.desk import Desk
from desktop_app.core.models import User, UserRole
from desktop_app.core.settings import (
    APPROVED_BY,
    DEFAULT_MARKING,
    MARKING,
    MARKING_EN,
    MARKING_RU,
    MARKINGS,
    PREPARED_BY,
    SIGNATORIES,
    checked_setting,
    document_marking,
)
from desktop_app.errors import ValidationError
from desktop_app.gui import i18n
from desktop_app.gui.context import AppContext
from desktop_app.gui.labels import label
from desktop_app.gui.lock import DEFAULT_IDLE_MINUTES, IDLE_SETTING
from desktop_app.gui.pages.base import Page
from desktop_app.gui.resources import icon
from desktop_app.gui.tasks import TaskContext, error_text
from desktop_app.gui.widgets import (
    Column,
    FormErrors,
    RowTableModel,
    StrengthMeter,
    fill_scrolled,
    format_date,
)
from desktop_app.store.backup import BackupHeader, BackupInfo, restore_backup
from desktop_app.store.keyslots import open_slots

# What the page reads: users, a recovery key?, the markings by setting, emblem, the reports'
# signatories.
Loaded = tuple[list[User], bool, dict[str, str], bytes | None, dict[str, str]]
# How ``Workspace.rekey`` names the recovery key's slot among the users' slots it dropped.
RECOVERY_SLOT = "(recovery key)"


class SettingsPage(Page):
    key = "settings"
    shows = frozenset({Subject.USER, Subject.SETTING})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        heading = QLabel(self.title())
        heading.setObjectName("heading")

        computer = self._build_computer()
        account = self._build_account()
        users_box = self._build_users()
        documents = self._build_documents()
        backups = self._build_backups()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        for group in (computer, account, users_box, documents, backups):
            group.setMaximumWidth(760)
            layout.addWidget(group)
        layout.addStretch(1)
        fill_scrolled(self, body)

    def _build_computer(self) -> QGroupBox:
        """This computer: the language and the idle lock."""
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            self.language.findData(i18n.saved_language(self.ctx.settings))
        )
        self.language.activated.connect(self._language_chosen)
        self.idle = QDoubleSpinBox()
        self.idle.setObjectName("idle-minutes")
        self.idle.setDecimals(0)
        self.idle.setRange(0, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setValue(float(str(self.ctx.settings.value(IDLE_SETTING, DEFAULT_IDLE_MINUTES))))
        self.idle.valueChanged.connect(self._idle_changed)
        computer = QGroupBox(self.tr("This computer"))
        form = QFormLayout(computer)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Lock after &idle:"), self.idle)
        return computer

    def _build_account(self) -> QGroupBox:
        """Your account: change your passphrase, make a new recovery key."""
        self.passphrase_errors = FormErrors()
        self.current_passphrase = QLineEdit()
        self.current_passphrase.setObjectName("current-passphrase")
        self.current_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setObjectName("new-passphrase")
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_passphrase = QLineEdit()
        self.repeat_passphrase.setObjectName("repeat-passphrase")
        self.repeat_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.change_button = QPushButton(icon("key"), self.tr("&Change passphrase"))
        self.change_button.setObjectName("change-passphrase")
        self.change_button.clicked.connect(self.change_passphrase)
        self.recovery_button = QPushButton(icon("key"), self.tr("Make a new &recovery key…"))
        self.recovery_button.setObjectName("recovery-key")
        self.recovery_button.clicked.connect(self.new_recovery_key)
        self.account_label = QLabel()
        account = QGroupBox(self.tr("Your account"))
        form = QFormLayout(account)
        form.addRow(self.account_label)
        e = self.passphrase_errors
        form.addRow(
            self.tr("C&urrent passphrase:"), e.wrap("current_passphrase", self.current_passphrase)
        )
        form.addRow(self.tr("&New passphrase:"), e.wrap("passphrase", self.new_passphrase))
        form.addRow(self.tr("Re&peat it:"), e.wrap("confirmation", self.repeat_passphrase))
        form.addRow(e.general)
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addWidget(self.recovery_button)
        row.addStretch(1)
        form.addRow(row)
        return account

    def _build_users(self) -> QGroupBox:
        """Users and roles (an admin's)."""
        self.users_model: RowTableModel[User] = RowTableModel(
            [
                Column(self.tr("User"), lambda u: u.name),
                Column(self.tr("Role"), lambda u: label(u.role)),
                Column(self.tr("Since"), lambda u: format_date(u.created_at.date())),
            ],
            self,
        )
        self.users = QTableView()
        self.users.setObjectName("users")
        self.users.setModel(self.users_model)
        self.users.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users.verticalHeader().hide()
        self.users.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.users.setMaximumHeight(170)
        self.role = QComboBox()
        self.role.setObjectName("user-role")
        for role in UserRole.values():
            self.role.addItem(label(role), role)
        self.set_role_button = QPushButton(self.tr("Set r&ole"))
        self.set_role_button.setObjectName("set-role")
        self.set_role_button.clicked.connect(self.set_role)
        self.add_user_button = QPushButton(icon("user"), self.tr("&Add user…"))
        self.add_user_button.setObjectName("add-user")
        self.add_user_button.clicked.connect(self.add_user)
        self.remove_user_button = QPushButton(icon("delete"), self.tr("Re&move user…"))
        self.remove_user_button.setObjectName("remove-user")
        self.remove_user_button.clicked.connect(self.remove_user)
        self.reset_button = QPushButton(icon("key"), self.tr("Rese&t passphrase…"))
        self.reset_button.setObjectName("reset-passphrase")
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.users.selectionModel().currentRowChanged.connect(self._user_buttons)
        # Whether the store has a recovery key, which a re-key drops (read with the users).
        self.has_recovery_key = False
        users_box = QGroupBox(self.tr("Users and roles"))
        layout = QVBoxLayout(users_box)
        layout.addWidget(self.users)
        row = QHBoxLayout()
        row.addWidget(self.role)
        row.addWidget(self.set_role_button)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.add_user_button)
        row.addWidget(self.reset_button)
        row.addWidget(self.remove_user_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.users_note = QLabel()
        layout.addWidget(self.users_note)
        return users_box

    def _build_markings(self) -> None:
        """The marking, and its own words on English and Russian documents (default: the
        marking, translated where it is the usual one)."""
        self.markings: dict[str, QLineEdit] = {}
        for language, key in MARKINGS.items():
            field = QLineEdit()
            field.setObjectName(key.replace("_", "-"))
            field.setPlaceholderText(DEFAULT_MARKING[language])
            self.markings[key] = field
        self.marking = self.markings[MARKING]

    def _build_documents(self) -> QGroupBox:
        """Documents: the classification marking and the emblem."""
        self._build_markings()
        self.marking_button = QPushButton(self.tr("&Save marking"))
        self.marking_button.setObjectName("save-marking")
        self.marking_button.clicked.connect(self.save_marking)
        self.emblem = QLabel()
        self.emblem.setObjectName("emblem")
        self.emblem.setFixedSize(72, 72)
        self.emblem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emblem.setFrameShape(QLabel.Shape.StyledPanel)
        self.emblem_button = QPushButton(icon("open"), self.tr("Choose &emblem…"))
        self.emblem_button.setObjectName("choose-emblem")
        self.emblem_button.clicked.connect(self._choose_emblem)
        self.document_errors = FormErrors()
        documents = QGroupBox(self.tr("Documents"))
        form = QFormLayout(documents)
        row = QHBoxLayout()
        row.addWidget(self.document_errors.wrap("marking", self.marking), 1)
        row.addWidget(self.marking_button)
        marking_label = QLabel(self.tr("Classification mar&king:"))
        marking_label.setBuddy(self.marking)
        form.addRow(marking_label, row)
        for key, caption in (
            (MARKING_EN, self.tr("Marking in English:")),
            (MARKING_RU, self.tr("Marking in Russian:")),
        ):
            form.addRow(caption, self.document_errors.wrap(key, self.markings[key]))
        row = QHBoxLayout()
        row.addWidget(self.emblem)
        row.addWidget(self.document_errors.wrap("emblem", self.emblem_button))
        row.addStretch(1)
        form.addRow(self.tr("Emblem:"), row)
        # Who signs the compliance report: printed in its signature block.
        self.signatories: dict[str, QLineEdit] = {}
        for key, caption in (
            (PREPARED_BY, self.tr("Compliance report prepared by:")),
            (APPROVED_BY, self.tr("Compliance report approved by:")),
        ):
            field = QLineEdit()
            field.setObjectName(key)
            field.setPlaceholderText(self.tr("Name Surname, position"))
            self.signatories[key] = field
            form.addRow(caption, self.document_errors.wrap(key, field))
        self._add_strategy_signatories(form)
        self.signatories_button = QPushButton(self.tr("Save si&gnatories"))
        self.signatories_button.setObjectName("save-signatories")
        self.signatories_button.clicked.connect(self.save_signatories)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.signatories_button)
        form.addRow(row)
        form.addRow(self.document_errors.general)
        return documents

    def _add_strategy_signatories(self, form: QFormLayout) -> None:
        """Who signs the strategy report: a name and a position (and its English) per line."""
        for role, caption in (
            ("prepared", self.tr("Prepared by:")),
            ("approved", self.tr("Approved by:")),
        ):
            row = QHBoxLayout()
            for key, hint in zip(
                SIGNATORIES[role],
                (self.tr("name"), self.tr("position"), self.tr("position in English")),
                strict=True,
            ):
                field = QLineEdit()
                field.setObjectName(key)
                field.setPlaceholderText(hint)
                field.setToolTip(hint)
                self.signatories[key] = field
                row.addWidget(self.document_errors.wrap(key, field), 1)
            form.addRow(caption, row)

    def _build_backups(self) -> QGroupBox:
        """Backups: back up the workspace, restore one."""
        self.backup_button = QPushButton(icon("save"), self.tr("Back up the &workspace…"))
        self.backup_button.setObjectName("backup")
        self.backup_button.clicked.connect(self._choose_backup_file)
        self.restore_button = QPushButton(icon("open"), self.tr("Restore a &backup…"))
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self._choose_restore)
        self.backup_status = QLabel()
        self.backup_status.setObjectName("backup-status")
        self.backup_status.setWordWrap(True)
        self.backup_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        backups = QGroupBox(self.tr("Backups"))
        layout = QVBoxLayout(backups)
        layout.addWidget(
            QLabel(
                self.tr(
                    "A backup holds the whole workspace, still encrypted: it opens only with a "
                    "user's passphrase or the recovery key. A restore goes into an empty folder "
                    "and never overwrites a store."
                )
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.backup_status)
        for label_widget in backups.findChildren(QLabel):
            label_widget.setWordWrap(True)
        return backups

    # -- loading ----------------------------------------------------------------------------

    def refresh(self, changes: Changes | None = None) -> None:
        keys = list(self.signatories)

        def load(desk: Desk) -> Loaded:
            from desktop_app.reports.emblem import emblem

            users = desk.users.users()
            signatories = {key: desk.setting(key) for key in keys}
            markings = {key: desk.setting(key) for key in MARKINGS.values()}
            return users, desk.workspace.has_recovery_key(), markings, emblem(desk), signatories

        self.ctx.read(load, on_done=self._loaded)

    def forget(self) -> None:
        # The fields the store filled; what was typed in them and not saved is lost with them.
        for field in self.signatories.values():
            field.clear()
        for language, key in MARKINGS.items():
            self.markings[key].clear()
            self.markings[key].setPlaceholderText(DEFAULT_MARKING[language])

    def _loaded(self, result: Loaded) -> None:
        users, self.has_recovery_key, markings, emblem, signatories = result
        for key, value in signatories.items():
            self.signatories[key].setText(value)
        desk = self.ctx.desk
        if desk is None:
            return
        self.users_model.set_rows(users)
        self._user_buttons()
        for language, key in MARKINGS.items():
            self.markings[key].setText(markings[key])
            # What a document in the language carries while the field is empty.
            unset = {**markings, key: ""}
            self.markings[key].setPlaceholderText(document_marking(unset.__getitem__, language))
        pixmap = QPixmap()
        if emblem and pixmap.loadFromData(QByteArray(emblem)):
            self.emblem.setPixmap(
                pixmap.scaled(
                    64,
                    64,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.emblem.setText(self.tr("none"))
        admin = desk.access.is_admin
        self.account_label.setText(
            self.tr("Signed in as %1 (%2).")
            .replace("%1", desk.user)
            .replace("%2", label(desk.user_role.value))
        )
        for widget in (
            self.users,
            self.role,
            self.set_role_button,
            self.add_user_button,
            self.recovery_button,
            *self.markings.values(),
            self.marking_button,
            self.emblem_button,
            self.backup_button,
        ):
            widget.setEnabled(admin)
        self.users_note.setText("" if admin else self.tr("Only an administrator manages users."))

    def _user_buttons(self) -> None:
        """Remove and reset apply to another user, and only an admin may use them (one's own
        passphrase changes under "Your account", with the current one)."""
        desk, user = self.ctx.desk, self._selected_user()
        admin = desk is not None and desk.access.is_admin
        other = admin and user is not None and desk is not None and user.name != desk.user
        for button in (self.remove_user_button, self.reset_button):
            button.setEnabled(other)

    # -- this computer ----------------------------------------------------------------------

    def _language_chosen(self) -> None:
        language = self.language.currentData()
        self.ctx.settings.setValue(i18n.SETTING, language)
        i18n.install(language)
        self.ctx.language_changed.emit(language)

    def _idle_changed(self, minutes: float) -> None:
        self.ctx.settings.setValue(IDLE_SETTING, minutes)
        self.ctx.idle_minutes_changed.emit(minutes)

    # -- account ----------------------------------------------------------------------------

    def change_passphrase(self) -> None:
        current = self.current_passphrase.text()
        new, repeat = self.new_passphrase.text(), self.repeat_passphrase.text()
        if new != repeat:
            self.passphrase_errors.show(
                ValidationError(self.tr("the two passphrases differ"), "confirmation")
            )
            return
        user = self.ctx.require_desk().user

        def done(_dropped: list[str]) -> None:
            self.current_passphrase.clear()
            self.new_passphrase.clear()
            self.repeat_passphrase.clear()
            self.passphrase_errors.clear()
            self.passphrase_errors.general.setText(self.tr("Passphrase changed."))
            self.passphrase_errors.general.show()

        self.ctx.write(
            lambda desk: desk.users.change_passphrase(user, new, current),
            on_done=done,
            on_error=self.passphrase_errors.show,
        )

    def new_recovery_key(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Recovery key"),
            self.tr(
                "A new recovery key replaces the previous one. Write it down and keep it "
                "locked away: it opens the store without any passphrase. Continue?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._make_recovery_key()

    def _make_recovery_key(self) -> None:
        self.ctx.write(lambda desk: desk.users.new_recovery_key(), on_done=self._show_key)

    def _show_key(self, key: str) -> None:
        dialog = QDialog(self)
        dialog.setObjectName("recovery-key-dialog")
        dialog.setWindowTitle(self.tr("Recovery key"))
        text = QLabel(self.tr("Write this key down now. It is not shown again."))
        value = QLineEdit(key)
        value.setReadOnly(True)
        value.setObjectName("recovery-key-value")
        value.setMinimumWidth(420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(value)
        layout.addWidget(buttons)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- users ------------------------------------------------------------------------------

    def _selected_user(self) -> User | None:
        index = self.users.currentIndex()
        return self.users_model.row_at(index.row()) if index.isValid() else None

    def set_role(self) -> None:
        user = self._selected_user()
        if user is None:
            return
        role = self.role.currentData()
        self.ctx.write(lambda desk: desk.users.set_role(user.name, role))

    def add_user(self) -> None:
        dialog = AddUserDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def rekey_note(self, name: str) -> str:
        """What a re-key means beyond ``name``'s old key: the recovery key, old backups."""
        note = ""
        if self.has_recovery_key:
            note = self.tr("The recovery key stops working too: make a new one afterwards.") + " "
        return note + self.tr(
            "Backups made before still open with the passphrases of that time, %1's included: "
            "destroy them or keep them locked away."
        ).replace("%1", name)

    def remove_user(self) -> None:
        """Ask first, saying what the re-key does; Remove runs it on the write worker."""
        user = self._selected_user()
        if user is None:
            return
        name = user.name
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove user"),
            self.tr("Remove user %1?").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("remove-user-confirmation")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a user's name is never markup
        box.setInformativeText(
            self.tr(
                "The database is re-keyed: it gets a new data key, which each remaining user "
                "receives through their own key slot. %1's key slot, and any copy of the old "
                "data key, no longer open it."
            ).replace("%1", name)
            + "\n\n"
            + self.rekey_note(name)
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) != QMessageBox.StandardButton.Yes:
                return
            self.ctx.write(
                lambda desk: desk.users.remove(name),
                on_done=lambda dropped: self.show_rekeyed(
                    self.tr("%1 was removed.").replace("%1", name), name, dropped
                ),
                title=self.tr("Re-keying the database"),
                parent_widget=self,
            )

        box.buttonClicked.connect(answered)
        box.open()

    def reset_passphrase(self) -> None:
        user = self._selected_user()
        if user is None:
            return
        dialog = ResetPassphraseDialog(self.ctx, user.name, self.rekey_note(user.name), self)
        dialog.reset.connect(
            lambda dropped: self.show_rekeyed(
                self.tr("%1's passphrase was reset.").replace("%1", user.name), user.name, dropped
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_rekeyed(self, done: str, name: str, dropped: list[str]) -> None:
        """Tell the admin what the re-key dropped, and offer a new recovery key if it went."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Database re-keyed"),
            done + " " + self.tr("The database now has a new data key."),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("rekey-outcome")
        box.setTextFormat(Qt.TextFormat.PlainText)
        slots = [self.tr("the recovery key") if s == RECOVERY_SLOT else s for s in dropped]
        lines = [
            self.tr("Key slots dropped: %1.").replace("%1", ", ".join(slots))
            if slots
            else self.tr("No key slot was dropped.")
        ]
        others = [s for s in dropped if s not in (name, RECOVERY_SLOT)]
        if others:
            lines.append(
                self.tr(
                    "The signed audit log does not vouch for the key slots of %1: they can no "
                    "longer sign in until you reset their passphrases."
                ).replace("%1", ", ".join(others))
            )
        if RECOVERY_SLOT in dropped:
            lines.append(
                self.tr(
                    "The recovery key no longer opens the store: make a new one and keep it "
                    "locked away."
                )
            )
            make = box.addButton(
                self.tr("Make a new &recovery key…"), QMessageBox.ButtonRole.ActionRole
            )
            make.setObjectName("make-recovery-key")
            make.clicked.connect(self._make_recovery_key)
        box.setInformativeText("\n\n".join(lines))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- documents --------------------------------------------------------------------------

    def save_marking(self) -> None:
        """The marking and its words on English and Russian documents."""
        self._save_settings({key: field.text().strip() for key, field in self.markings.items()})

    def save_signatories(self) -> None:
        self._save_settings({key: field.text().strip() for key, field in self.signatories.items()})

    def _save_settings(self, values: dict[str, str]) -> None:
        """Settings saved together: every value good before any is saved."""

        def save(desk: Desk) -> None:
            for key, value in values.items():
                checked_setting(key, value)
            for key, value in values.items():
                desk.set_setting(key, value)

        self.ctx.write(
            save,
            on_done=lambda _r: self.document_errors.clear(),
            on_error=self.document_errors.show,
        )

    def _choose_emblem(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Emblem"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.set_emblem(Path(name))

    def set_emblem(self, path: Path) -> None:
        from desktop_app.reports.emblem import set_emblem

        self.ctx.write(
            lambda desk: set_emblem(desk, path),
            on_done=lambda _r: self.document_errors.clear(),
            on_error=self.document_errors.show,
        )

    # -- backups ----------------------------------------------------------------------------

    def _choose_backup_file(self) -> None:
        desk = self.ctx.require_desk()
        suggested = f"{desk.node.code}-{desk.today().isoformat()}.infosec-backup"
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Back up to"), suggested)
        if name:
            self.backup_to(Path(name))

    def backup_to(self, path: Path) -> None:
        """Write a backup on a worker with progress; the page shows its size and SHA-256."""
        desk = self.ctx.require_desk()

        def work(context: TaskContext) -> BackupInfo:
            return desk.maintenance.backup(path, context.progress)

        def done(info: BackupInfo) -> None:
            self.backup_status.setText(
                self.tr("Backup written: %1 (%2 bytes, SHA-256 %3)")
                .replace("%1", str(info.path))
                .replace("%2", f"{info.size:,}")
                .replace("%3", info.sha256)
            )

        self.ctx.run(
            work, on_done=done, write=True, title=self.tr("Backing up"), parent_widget=self
        )

    def _choose_restore(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"))
        if not name:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("An empty folder for the restored workspace")
        )
        if not folder:
            return
        user, chosen = QInputDialog.getText(
            self,
            self.tr("Restore a backup"),
            self.tr("A user of the backed-up store:"),
            text=self.ctx.require_desk().user,
        )
        if not chosen:
            return
        passphrase, chosen = QInputDialog.getText(
            self,
            self.tr("Restore a backup"),
            self.tr("That user's passphrase in the backed-up store:"),
            QLineEdit.EchoMode.Password,
        )
        if chosen:
            self.restore_from(Path(name), Path(folder), user, passphrase)

    def restore_from(self, backup: Path, home: Path, user: str, passphrase: str) -> None:
        """Check the whole backup (its header with ``user``'s key slot in it), then unpack it
        into ``home`` (an empty folder)."""

        def done(header: BackupHeader) -> None:
            text = self.tr(
                "Restored backup %2 of its store, made %3, into %1. Start InfoSec Desk with "
                "that folder as its workspace and unlock it as in the original store."
            )
            if header.older_than:
                text += " " + self.tr(
                    "Warning: this backup is older than %4, already restored on this computer."
                ).replace("%4", header.older_than)
            self.backup_status.setText(
                text.replace("%1", str(home))
                .replace("%2", str(header.sequence))
                .replace("%3", header.created)
            )

        def failed(error: Exception) -> None:
            self.backup_status.setText(self.tr("Not restored: %1").replace("%1", error_text(error)))

        self.ctx.run(
            lambda _context: restore_backup(
                backup, home, lambda slots: open_slots(slots, user, passphrase).data_key
            ),
            on_done=done,
            on_error=failed,
            title=self.tr("Restoring"),
            parent_widget=self,
        )


class ResetPassphraseDialog(QDialog):
    """An admin gives another user a new passphrase (twice, with the set-up's strength meter);
    the store is re-keyed on the write worker, and ``reset`` carries the slots it dropped."""

    reset = Signal(list)

    def __init__(
        self, ctx: AppContext, name: str, note: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = name
        self.setObjectName("reset-passphrase-dialog")
        self.setWindowTitle(self.tr("Reset a passphrase"))
        explanation = QLabel(
            self.tr(
                "Give %1 a new passphrase. The database is re-keyed: it gets a new data key, "
                "which each user receives through their own key slot; %1's old passphrase, and "
                "any copy of the old data key, no longer open it."
            ).replace("%1", name)
            + "\n\n"
            + note
        )
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        self.errors = FormErrors()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("new-passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat-passphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("New &passphrase:"), self.errors.wrap("passphrase", self.passphrase))
        form.addRow("", self.meter)
        form.addRow(self.tr("&Repeat it:"), self.errors.wrap("confirmation", self.repeat))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reset passphrase"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def reject(self) -> None:
        # Not while the re-key runs: its outcome (the slots it dropped) must reach the admin.
        if self.buttons.isEnabled():
            super().reject()

    def save(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.errors.show(ValidationError(self.tr("the two passphrases differ"), "confirmation"))
            return
        name, passphrase = self.user, self.passphrase.text()
        self.buttons.setEnabled(False)

        def done(dropped: list[str]) -> None:
            self.accept()
            self.reset.emit(dropped)

        def failed(error: Exception) -> None:
            self.buttons.setEnabled(True)
            self.errors.show(error)

        self.ctx.write(
            lambda desk: desk.users.change_passphrase(name, passphrase),
            on_done=done,
            on_error=failed,
            title=self.tr("Re-keying the database"),
            parent_widget=self,
        )


class AddUserDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("add-user-dialog")
        self.setWindowTitle(self.tr("Add a user"))
        self.errors = FormErrors()
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in UserRole.values():
            self.role.addItem(label(role), role)
        self.role.setCurrentIndex(self.role.findData(UserRole.EDITOR.value))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.errors.wrap("name", self.name))
        form.addRow(self.tr("&Role:"), self.errors.wrap("role", self.role))
        form.addRow(self.tr("First &passphrase:"), self.errors.wrap("passphrase", self.passphrase))
        form.addRow("", self.meter)
        form.addRow(self.tr("R&epeat it:"), self.errors.wrap("confirmation", self.repeat))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.errors.show(ValidationError(self.tr("the two passphrases differ"), "confirmation"))
            return
        name, role, passphrase = self.name.text(), self.role.currentData(), self.passphrase.text()
        self.buttons.setEnabled(False)

        def failed(error: Exception) -> None:
            self.buttons.setEnabled(True)
            self.errors.show(error)

        self.ctx.write(
            lambda desk: desk.users.add(name, role, passphrase),
            on_done=lambda _user: self.accept(),
            on_error=failed,
        )
