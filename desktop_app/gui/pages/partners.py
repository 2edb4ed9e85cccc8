"""The Partners and keys page: this node's identity and key card, the enrolled peers, and
enrolling (with the fingerprint compared on paper), revoking and rotating keys."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.changes import Changes, Subject
from desktop_app.core.desk import Desk
from desktop_app.core.models import NodeRole
from desktop_app.errors import DeskError, ValidationError
from desktop_app.exchange import identity, service
from desktop_app.exchange.service import PartnerInfo, exchange
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.base import FormDialog, local_time
from desktop_app.gui.dialogs.export import document_language
from desktop_app.gui.dialogs.pdf_preview import PdfPreviewDialog
from desktop_app.gui.flows.documents import key_card_pdf
from desktop_app.gui.flows.setup import save_card
from desktop_app.gui.labels import label
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.parts import (
    WARNING_COLOUR,
    EmptyHint,
    confirm,
    heading_label,
    open_dialog,
    table_view,
    warning_label,
)
from desktop_app.gui.resources import icon
from desktop_app.gui.tasks import error_text
from desktop_app.gui.widgets import Column, RowTableModel


@dataclass(frozen=True)
class Identity:
    code: str
    role: str
    name: str
    fingerprint: str


def load_partners(desk: Desk) -> tuple[Identity | None, list[PartnerInfo]]:
    try:
        own: Identity | None = Identity(
            desk.node.code, desk.node.role.value, desk.node.name, exchange(desk).own_fingerprint()
        )
    except DeskError:
        own = None  # no keys yet: an admin creates them with "Rotate keys"
    return own, exchange(desk).partners()


def fingerprint_label(scale: float = 1.6) -> QLabel:
    """A fingerprint set large in a fixed-width font, to read aloud or compare on paper."""
    shown = QLabel()
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    shown.setFont(font)
    shown.setWordWrap(True)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return shown


class EnrolDialog(FormDialog):
    """What a partner's card claims, its fingerprint large, and the user's confirmation."""

    def __init__(self, ctx: AppContext, card: bytes, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Enrol a partner"), parent)
        self.card = card
        info = identity.read_card(card)
        self.fingerprint_text = service.card_fingerprint(card)
        self.setMinimumWidth(560)
        for caption, text in (
            (self.tr("Code"), info.code),
            (self.tr("Name"), info.name),
            (self.tr("Role"), label(info.role)),
            (self.tr("Card made"), info.created_at.replace("T", " ")),
        ):
            shown = QLabel(text)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            self.form.addRow(caption, shown)
        self.fingerprint = fingerprint_label(2.0)
        self.fingerprint.setText(self.fingerprint_text)
        self.form.addRow(self.tr("Fingerprint"), self.fingerprint)
        self.confirmed = QCheckBox(
            self.tr(
                "I compared this fingerprint with the partner's paper key card (or heard it "
                "read aloud) and every character matches"
            )
        )
        self.add_row("", "fingerprint", self.confirmed)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Enrol"))

    def save(self) -> None:
        if not self.confirmed.isChecked():
            self.errors.show(
                ValidationError(
                    self.tr("compare the fingerprint before enrolling the partner"), "fingerprint"
                )
            )
            return
        card, fingerprint = self.card, self.fingerprint_text
        self.submit(lambda desk: exchange(desk).enrol_partner(card, fingerprint))


# The partners table's columns that give way to the others (see PartnersPage.__init__).
NAME_COLUMN, ROLE_COLUMN = 1, 2


class PartnersPage(Page):
    key = "partners"
    shows = frozenset({Subject.PARTNER, Subject.NODE})  # the partners and this node's keys

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.own: Identity | None = None

        own_box = QGroupBox(self.tr("This computer"))
        self.own_heading = heading_label(1.1)
        self.own_fingerprint = fingerprint_label()
        self.card_button = QPushButton(icon("print"), self.tr("Key card…"))
        self.card_button.clicked.connect(self.show_key_card)
        self.save_card_button = QPushButton(icon("save"), self.tr("Save card file…"))
        self.save_card_button.clicked.connect(self._save_card_file)
        self.rotate_button = QPushButton(icon("key"), self.tr("Rotate keys…"))
        self.rotate_button.clicked.connect(self._rotate)
        own_layout = QVBoxLayout(own_box)
        own_layout.addWidget(self.own_heading)
        own_layout.addWidget(QLabel(self.tr("Fingerprint of this computer's keys:")))
        own_layout.addWidget(self.own_fingerprint)
        own_buttons = QHBoxLayout()
        for button in (self.card_button, self.save_card_button, self.rotate_button):
            own_buttons.addWidget(button)
        own_buttons.addStretch()
        own_layout.addLayout(own_buttons)

        self.model: RowTableModel[PartnerInfo] = RowTableModel(
            [
                Column(self.tr("Code"), lambda p: p.code),
                Column(
                    self.tr("Name"),
                    lambda p: p.name,
                    tooltip=lambda p: "\n".join(filter(None, (p.name, p.name_en))),
                ),
                Column(self.tr("Role"), lambda p: label(p.role), tooltip=lambda p: label(p.role)),
                Column(self.tr("Fingerprint"), lambda p: p.fingerprint),
                Column(
                    self.tr("Status"),
                    lambda p: (
                        self.tr("Active") if p.status == service.ACTIVE else self.tr("Revoked")
                    ),
                    foreground=lambda p: (
                        QColor(WARNING_COLOUR) if p.status != service.ACTIVE else None
                    ),
                ),
                Column(
                    self.tr("Enrolled"),
                    lambda p: local_time(p.enrolled_at),
                    sort_key=lambda p: (p.enrolled_at,),
                ),
            ],
            self,
        )
        self.view = table_view(self.model)
        # The fingerprint is what a clerk compares with the paper card, and the status says
        # whether the key still counts: they stay whole in view; a long name or role
        # ("Partner agency (State Security Service)") gives way, whole in its tooltip.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (NAME_COLUMN, ROLE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.empty_hint = EmptyHint(self.view, self._empty_text)
        self.view.selectionModel().selectionChanged.connect(self._enable)
        self.enrol_button = QPushButton(icon("add"), self.tr("Enrol from a card…"))
        self.enrol_button.clicked.connect(self._choose_card)
        self.revoke_button = QPushButton(icon("delete"), self.tr("Revoke…"))
        self.revoke_button.clicked.connect(self._revoke)
        self.error = warning_label()
        partner_box = QGroupBox(self.tr("Enrolled partners"))
        partner_layout = QVBoxLayout(partner_box)
        bar = QHBoxLayout()
        bar.addWidget(self.enrol_button)
        bar.addWidget(self.revoke_button)
        bar.addStretch()
        partner_layout.addLayout(bar)
        partner_layout.addWidget(self.view, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(own_box)
        layout.addWidget(partner_box, 1)
        layout.addWidget(self.error)
        self._enable()

    def _empty_text(self) -> str:
        """What to do next while no partner is enrolled, for this kind of desk."""
        desk = self.ctx.desk
        if desk is not None and desk.node.role is NodeRole.COORDINATOR:
            return self.tr(
                "No partner enrolled yet. Enrol each institution's and inspection team's key "
                "card with Enrol from a card…, comparing its fingerprint with the paper card."
            )
        return self.tr(
            "No partner enrolled yet. Enrol the coordinator's key card with Enrol from a card…, "
            "comparing its fingerprint with the paper card."
        )

    def refresh(self, changes: Changes | None = None) -> None:
        self.ctx.read(load_partners, on_done=self._loaded, parent_widget=self)

    def _loaded(self, result: tuple[Identity | None, list[PartnerInfo]]) -> None:
        self.own, partners = result
        if self.own is None:
            self.own_heading.setText(self.tr("This computer has no exchange keys yet."))
            self.own_fingerprint.clear()
        else:
            self.own_heading.setText(f"{self.own.code} — {self.own.name} ({label(self.own.role)})")
            self.own_fingerprint.setText(self.own.fingerprint)
        self.model.set_rows(partners)
        self._enable()

    def selected(self) -> PartnerInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self, *_args: object) -> None:
        desk = self.ctx.desk
        admin = desk is not None and desk.access.is_admin
        has_keys = self.own is not None
        partner = self.selected()
        self.card_button.setEnabled(has_keys)
        self.save_card_button.setEnabled(has_keys)
        self.rotate_button.setEnabled(admin)
        self.rotate_button.setText(self.tr("Rotate keys…") if has_keys else self.tr("Create keys"))
        self.enrol_button.setEnabled(admin and has_keys)
        self.revoke_button.setEnabled(
            admin and partner is not None and partner.status == service.ACTIVE
        )

    def _fail(self, error: Exception) -> None:
        self.error.setText(error_text(error))
        self.error.show()

    # -- own identity -------------------------------------------------------------------------

    def show_key_card(self) -> None:
        lang = document_language()

        def show(data: bytes) -> None:
            code = self.own.code if self.own else "node"
            dialog = PdfPreviewDialog(self.tr("Key card"), data, f"key-card-{code}.pdf", self)
            dialog.setObjectName("key-card-preview")
            open_dialog(dialog, self)

        self.ctx.read(
            lambda desk: key_card_pdf(desk, lang),
            on_done=show,
            on_error=self._fail,
            parent_widget=self,
        )

    def _save_card_file(self) -> None:
        code = self.own.code if self.own else "node"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save card file"), f"{code}.card", self.tr("Key cards (*.card)")
        )
        if name:
            self.ctx.read(
                lambda desk: save_card(desk, Path(name)),
                on_done=lambda _path: None,
                on_error=self._fail,
                parent_widget=self,
            )

    def _rotate(self) -> None:
        if self.own is None:
            self.ctx.write(
                lambda desk: exchange(desk).setup_identity(),
                on_error=self._fail,
                parent_widget=self,
            )
            return
        confirm(
            self,
            self.tr("Partners and keys"),
            self.tr(
                "Make new keys for this computer? Partners learn them from the next bundle; "
                "print and send the new key card as well."
            ),
            self.tr("Make new keys"),
            lambda: self.ctx.write(
                lambda desk: exchange(desk).rotate_identity(),
                on_error=self._fail,
                parent_widget=self,
            ),
        )

    # -- partners -----------------------------------------------------------------------------

    def _choose_card(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Partner's key card"),
            "",
            self.tr("Key cards (*.card *.json);;All files (*)"),
        )
        if name:
            self.enrol_card(Path(name))

    def enrol_card(self, path: Path) -> None:
        self.error.hide()
        try:
            card = path.read_bytes()
            dialog = EnrolDialog(self.ctx, card, self)
        except (OSError, DeskError) as error:
            self._fail(error)
            return
        open_dialog(dialog, self)

    def _revoke(self) -> None:
        partner = self.selected()
        if partner is None:
            return
        code = partner.code
        confirm(
            self,
            self.tr("Partners and keys"),
            self.tr(
                "Revoke %s? Bundles it signed are refused from now on and none are written for "
                "it. Enrolling it again needs a new key card."
            )
            % code,
            self.tr("Revoke"),
            lambda: self.ctx.write(
                lambda desk: exchange(desk).revoke_partner(code),
                on_error=self._fail,
                parent_widget=self,
            ),
        )
