"""The set-up wizard: draws ``flows.setup.SetupFlow`` one step per page.

Each page hands its answers to the flow in ``validatePage``; a ``ValidationError`` is shown next
to its field and the page stays. The key step runs the store creation on a worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.core.desk import Desk
from desktop_app.core.models import NodeRole
from desktop_app.errors import DeskError
from desktop_app.gui.flows import setup
from desktop_app.gui.flows.setup import SetupFlow
from desktop_app.gui.i18n import LanguageChooser
from desktop_app.gui.resources import icon
from desktop_app.gui.tasks import TaskContext, TaskManager, error_text
from desktop_app.gui.widgets import FormErrors, StrengthMeter, format_date

PAGE_IDS = {
    setup.ROLE: 0,
    setup.NODE: 1,
    setup.USER: 2,
    setup.KEYS: 3,
    setup.PARTNER: 4,
    setup.RECOVERY: 5,
    setup.FINISH: 6,
}


# Qt's QWizard names its buttons once; they are named again on a change, in Qt's own words
# (translated by qtbase_*.qm, so not marked for our files).
_BUTTONS = (
    (QWizard.WizardButton.BackButton, "< &Back"),
    (QWizard.WizardButton.NextButton, "&Next >"),
    (QWizard.WizardButton.FinishButton, "&Finish"),
    (QWizard.WizardButton.CancelButton, "Cancel"),
)


class SetupWizard(QWizard):
    """The steps' pages; the language chosen on the first page applies at once: that page is
    retranslated, the others are made anew (they are drawn from the flow's answers)."""

    def __init__(
        self,
        flow: SetupFlow,
        tasks: TaskManager,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.flow = flow
        self.tasks = tasks
        self.setObjectName("setup-wizard")
        self.setWindowIcon(icon("app"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.role_page = RolePage(flow, settings)
        self.setPage(PAGE_IDS[setup.ROLE], self.role_page)
        self._make_pages()
        self.setStartId(PAGE_IDS[setup.ROLE])
        self.setWindowTitle(self.tr("Set up InfoSec Desk on this computer"))
        self.resize(680, 540)

    def _make_pages(self) -> None:
        """Every page after the first, (again) in the current language."""
        flow, tasks = self.flow, self.tasks
        self.node_page = NodePage(flow)
        self.user_page = UserPage(flow)
        self.keys_page = KeysPage(flow, tasks)
        self.partner_page = PartnerPage(flow)
        self.recovery_page = RecoveryPage(flow, tasks)
        self.finish_page = FinishPage(flow, tasks)
        for step, page in (
            (setup.NODE, self.node_page),
            (setup.USER, self.user_page),
            (setup.KEYS, self.keys_page),
            (setup.PARTNER, self.partner_page),
            (setup.RECOVERY, self.recovery_page),
            (setup.FINISH, self.finish_page),
        ):
            old = self.page(PAGE_IDS[step])
            if old is not None:
                self.removePage(PAGE_IDS[step])
                old.deleteLater()
            self.setPage(PAGE_IDS[step], page)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Set up InfoSec Desk on this computer"))
            for which, text in _BUTTONS:
                self.setButtonText(which, QCoreApplication.translate("QWizard", text))
            if self.currentId() == PAGE_IDS[setup.ROLE]:
                # After the change has reached every child: the old pages are among them.
                QTimer.singleShot(0, self._make_pages)
        super().changeEvent(event)

    def reject(self) -> None:
        """Cancel at any step leaves no store behind (one being made is waited for first)."""
        self.tasks.wait_idle()
        self.flow.discard()
        super().reject()

    def nextId(self) -> int:
        current = next(step for step, ident in PAGE_IDS.items() if ident == self.currentId())
        following = self.flow.next_step(current)
        return PAGE_IDS[following] if following else -1

    @property
    def desk(self) -> Desk | None:
        return self.flow.desk


class _StepPage(QWizardPage):
    def __init__(self, flow: SetupFlow) -> None:
        super().__init__()
        self.flow = flow
        self.errors = FormErrors()

    def _try(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except DeskError as error:
            self.errors.show(error)
            return False
        self.errors.clear()
        return True


class RolePage(_StepPage):
    """The role, and the interface language (the wizard's first choice)."""

    def __init__(self, flow: SetupFlow, settings: QSettings | None = None) -> None:
        super().__init__(flow)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.language = LanguageChooser(settings)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        choose = QHBoxLayout()
        choose.addWidget(self.language_label)
        choose.addWidget(self.language)
        choose.addStretch(1)
        layout.addLayout(choose)
        layout.addSpacing(8)
        self.buttons: dict[NodeRole, QRadioButton] = {}
        self.hints: dict[NodeRole, QLabel] = {}
        for role in (
            NodeRole.INSTITUTION,
            NodeRole.COORDINATOR,
            NodeRole.INSPECTION_TEAM,
            NodeRole.PARTNER_AGENCY,
        ):
            button = QRadioButton()
            button.setObjectName(f"role-{role.value}")
            self.group.addButton(button)
            self.buttons[role] = button
            hint = self.hints[role] = QLabel()
            hint.setWordWrap(True)
            hint.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(button)
            layout.addWidget(hint)
        self.buttons[flow.answers.role].setChecked(True)
        layout.addWidget(self.errors.general)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What is this computer for?"))
        self.setSubTitle(self.tr("The role decides what this node may record and send."))
        self.language_label.setText(self.tr("&Language:"))
        texts = {
            NodeRole.INSTITUTION: (
                self.tr("An institution"),
                self.tr("Reports progress on its measures and answers findings."),
            ),
            NodeRole.COORDINATOR: (
                self.tr("The coordinating body"),
                self.tr("Owns the action plan, evaluates reports, merges what institutions send."),
            ),
            NodeRole.INSPECTION_TEAM: (
                self.tr("An inspection team"),
                self.tr("Records inspections and findings on site, offline."),
            ),
            NodeRole.PARTNER_AGENCY: (
                self.tr("The partner agency of the joint commission"),
                self.tr(
                    "The State Security Service's desk: receives the inspections and acts and"
                    " co-signs acts and verified closures with its key."
                ),
            ),
        }
        for role, (title, text) in texts.items():
            self.buttons[role].setText(title)
            self.hints[role].setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen(self) -> NodeRole:
        return next(role for role, button in self.buttons.items() if button.isChecked())

    def validatePage(self) -> bool:
        return self._try(lambda: self.flow.set_role(self.chosen()))


class NodePage(_StepPage):
    def __init__(self, flow: SetupFlow) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("This institution"))
        self.setSubTitle(
            self.tr("The short code identifies this node in every bundle; names appear on reports.")
        )
        self.code = QLineEdit(flow.answers.code)
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("e.g. MINDIG"))
        self.name = QLineEdit(flow.answers.name)
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("Name in Azerbaijani"))
        self.name_en = QLineEdit(flow.answers.name_en)
        self.name_en.setObjectName("name_en")
        self.name_en.setPlaceholderText(self.tr("Name in English (optional)"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Code:"), self.errors.wrap("code", self.code))
        form.addRow(self.tr("&Name:"), self.errors.wrap("name", self.name))
        form.addRow(self.tr("Name in &English:"), self.errors.wrap("name_en", self.name_en))
        form.addRow(self.errors.general)

    def validatePage(self) -> bool:
        return self._try(
            lambda: self.flow.set_node(self.code.text(), self.name.text(), self.name_en.text())
        )


class UserPage(_StepPage):
    def __init__(self, flow: SetupFlow) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("The first user"))
        # The header shows two lines of a subtitle; the advice goes in the page, wrapped.
        self.setSubTitle(self.tr("This user is the administrator."))
        advice = QLabel(
            self.tr(
                "The passphrase unlocks the encrypted store: nobody can recover it for you, "
                "so choose a long phrase you will remember."
            )
        )
        advice.setWordWrap(True)
        self.user = QLineEdit(flow.answers.user)
        self.user.setObjectName("user")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation = QLineEdit()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(self.passphrase, flow.strength)
        form = QFormLayout(self)
        form.addRow(advice)
        form.addRow(self.tr("&User name:"), self.errors.wrap("user", self.user))
        form.addRow(self.tr("&Passphrase:"), self.errors.wrap("passphrase", self.passphrase))
        form.addRow("", self.meter)
        form.addRow(self.tr("&Repeat it:"), self.errors.wrap("confirmation", self.confirmation))
        form.addRow(self.errors.general)

    def validatePage(self) -> bool:
        return self._try(
            lambda: self.flow.set_user(
                self.user.text(), self.passphrase.text(), self.confirmation.text()
            )
        )


class KeysPage(_StepPage):
    """Creates the store and the node's keys on a worker when the page is entered."""

    def __init__(self, flow: SetupFlow, tasks: TaskManager) -> None:
        super().__init__(flow)
        self.tasks = tasks
        self.setTitle(self.tr("Creating the store and the keys"))
        self.setSubTitle(
            self.tr(
                "The encrypted store and this node's signing and encryption keys are made now. "
                "This takes a few seconds."
            )
        )
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("own-fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont("DejaVu Sans Mono")
        mono.setPointSize(13)
        self.fingerprint.setFont(mono)
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.clicked.connect(self._start)
        self.retry.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.running = False

    def initializePage(self) -> None:
        if self.flow.desk is None:
            self._start()
        else:  # made before, this page drawn anew (a language change)
            self._done(self.flow.desk)

    def _start(self) -> None:
        self.running = True
        self.retry.hide()
        self.errors.clear()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Working…"))
        self.fingerprint.setText("")

        def work(context: TaskContext) -> Desk:
            return self.flow.create(context.progress)

        self.tasks.run(work, on_done=self._done, on_error=self._failed, write=True)
        self.completeChanged.emit()

    def _done(self, _desk: Desk) -> None:
        self.running = False
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(
            self.tr(
                "Done. This is the node's fingerprint: partners compare it with the one on "
                "the key card you give them."
            )
        )
        self.fingerprint.setText(self.flow.fingerprint)
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText("")
        self.errors.general.setText(error_text(error))
        self.errors.general.show()
        self.retry.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.flow.desk is not None and not self.running


class PartnerPage(_StepPage):
    """An institution or inspection team enrols the coordinator's card, after comparing the
    fingerprint with the paper copy."""

    def __init__(self, flow: SetupFlow) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("The coordinating body's key card"))
        self.setSubTitle(self.tr("Bundles go to the coordinating body encrypted for its key."))
        advice = QLabel(
            self.tr(
                "Load the card file it gave you and compare the fingerprint with its printed "
                "key card."
            )
        )
        advice.setWordWrap(True)
        self.choose = QPushButton(icon("open"), self.tr("Choose the card file…"))
        self.choose.setObjectName("choose-card")
        self.choose.clicked.connect(self._choose)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("card-fingerprint")
        mono = QFont("DejaVu Sans Mono")
        mono.setPointSize(13)
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.matches = QCheckBox(self.tr("The fingerprint matches the printed key card"))
        self.matches.setObjectName("fingerprint-matches")
        self.matches.setEnabled(False)
        self.matches.toggled.connect(self._toggled)
        self.later = QCheckBox(self.tr("Skip: I will enrol the coordinating body later"))
        self.later.setObjectName("enrol-later")
        self.later.toggled.connect(lambda _on: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(advice)
        layout.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.who)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.errors.wrap("card", self.matches, "fingerprint"))
        layout.addWidget(self.errors.general)
        layout.addStretch(1)
        layout.addWidget(self.later)

    def _choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The coordinating body's card"),
            "",
            self.tr("Key cards (*.card *.json);;All files (*)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        self.matches.setChecked(False)
        try:
            preview = self.flow.read_card(path)
        except DeskError as error:
            self.who.setText("")
            self.fingerprint.setText("")
            self.matches.setEnabled(False)
            self.errors.show(error)
            return
        self.errors.clear()
        self.who.setText(f"{preview.code} · {preview.name}")
        self.fingerprint.setText(preview.fingerprint)
        self.matches.setEnabled(True)
        self.completeChanged.emit()

    def _toggled(self, on: bool) -> None:
        self.flow.confirm_fingerprint(on)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.later.isChecked() or self.matches.isChecked()

    def validatePage(self) -> bool:
        if self.later.isChecked() and not self.matches.isChecked():
            return True
        return self._try(self.flow.enrol_coordinator)


class RecoveryPage(_StepPage):
    """The store's recovery key, made on a worker and shown once; the user confirms they have
    printed or written it down before going on."""

    def __init__(self, flow: SetupFlow, tasks: TaskManager) -> None:
        super().__init__(flow)
        self.tasks = tasks
        self.running = False
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(self.tr("Print it or write it down now."))
        why = QLabel(
            self.tr(
                "If every passphrase is forgotten, this key is the only way back into the "
                "store. Print it or write it down now and keep it locked away, apart from this "
                "computer. It is not shown again; an administrator can make a new one later in "
                "Settings."
            )
        )
        why.setWordWrap(True)
        self.key = QLabel()
        self.key.setObjectName("recovery-key")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setWordWrap(True)
        mono = QFont("DejaVu Sans Mono")
        mono.setPointSize(15)
        mono.setBold(True)
        self.key.setFont(mono)
        self.print_button = QPushButton(icon("print"), self.tr("&Print…"))
        self.print_button.setObjectName("print-recovery-key")
        self.print_button.clicked.connect(self._print)
        self.noted = QCheckBox(
            self.tr("I have printed or written down the recovery key and will keep it safe")
        )
        self.noted.setObjectName("recovery-noted")
        self.noted.toggled.connect(self._noted)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addSpacing(12)
        layout.addWidget(self.key)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(self.errors.wrap("recovery", self.noted))
        layout.addWidget(self.errors.general)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if self.flow.recovery_key:
            self._shown(self.flow.recovery_key)
            return
        self.running = True
        self.noted.setChecked(False)
        self.noted.setEnabled(False)
        self.key.setText(self.tr("Making the recovery key…"))
        self.tasks.run(
            lambda _context: self.flow.make_recovery_key(),
            on_done=self._shown,
            on_error=self._failed,
            write=True,
        )

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """One sheet straight to the printer: the key never becomes a file of ours."""
        answers = self.flow.answers
        title = self.tr("InfoSec Desk recovery key")
        made = self.tr("Made on %1").replace("%1", format_date(dt.date.today()))
        warning = self.tr(
            "Whoever holds this key can open the store. Keep this sheet locked away, apart "
            "from the computer."
        )
        sheet = QTextDocument()
        sheet.setHtml(
            f"<h2>{escape(title)}</h2>"
            f"<p>{escape(answers.code)} · {escape(answers.name)}<br>{escape(made)}</p>"
            "<p style='font-family: DejaVu Sans Mono; font-size: 20pt'>"
            f"<b>{escape(self.flow.recovery_key)}</b></p>"
            f"<p>{escape(warning)}</p>"
        )
        sheet.print_(printer)

    def _shown(self, key: str) -> None:
        self.running = False
        self.key.setText(key)
        self.noted.setEnabled(True)
        self.noted.setChecked(self.flow.recovery_noted)
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.key.setText("")
        self.errors.show(error)
        self.completeChanged.emit()

    def _noted(self, on: bool) -> None:
        self.flow.note_recovery_key(on)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.running and bool(self.flow.recovery_key) and self.noted.isChecked()

    def validatePage(self) -> bool:
        return self._try(self.flow.check_recovery_key)


class FinishPage(_StepPage):
    def __init__(self, flow: SetupFlow, tasks: TaskManager) -> None:
        super().__init__(flow)
        self.tasks = tasks
        self.setTitle(self.tr("Ready"))
        text = QLabel(
            self.tr(
                "This computer is set up. Give each partner two things: the card file, which "
                "their InfoSec Desk loads to enrol this node, and the key card PDF, printed and "
                "signed, to compare the fingerprint with."
            )
        )
        text.setWordWrap(True)
        self.save_card = QPushButton(icon("save"), self.tr("Save the card file…"))
        self.save_card.setObjectName("save-card-file")
        self.save_card.clicked.connect(self._save_card)
        self.save = QPushButton(icon("print"), self.tr("Save the key card as PDF…"))
        self.save.setObjectName("save-key-card")
        self.save.clicked.connect(self._save)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.save_card, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.saved)
        layout.addWidget(self.errors.general)
        layout.addStretch(1)

    def _save_card(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the card file"),
            f"{self.flow.answers.code}.card",
            self.tr("Key cards (*.card)"),
        )
        if name:
            self.save_card_to(Path(name))

    def save_card_to(self, path: Path) -> None:
        self._write(self.save_card, lambda: self.flow.save_card(path))

    def _save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the key card"),
            f"{self.flow.answers.code}-key-card.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        self._write(self.save, lambda: self.flow.save_key_card(path))

    def _write(self, button: QPushButton, write: Callable[[], Path]) -> None:
        button.setEnabled(False)

        def done(written: Path) -> None:
            button.setEnabled(True)
            self.errors.clear()
            self.saved.setText(self.tr("Saved: %1").replace("%1", str(written)))

        def failed(error: Exception) -> None:
            button.setEnabled(True)
            self.errors.show(error)

        self.tasks.run(lambda _context: write(), on_done=done, on_error=failed)
