"""The export dialog: recipient, destination (a removable drive or a folder), what will be sent
and how big, a cancellable progress bar, then what to write on the paper transfer form.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStorageInfo, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import ValidationError
from desktop_app.exchange import service
from desktop_app.exchange.service import ExportResult, PartnerInfo, PendingExport, exchange
from desktop_app.gui import labels
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.base import grouped, human_size
from desktop_app.gui.dialogs.pdf_preview import PdfPreviewDialog
from desktop_app.gui.flows.documents import transfer_form_pdf
from desktop_app.gui.labels import label
from desktop_app.gui.pages.parts import open_dialog
from desktop_app.gui.resources import icon
from desktop_app.gui.tasks import Task, TaskContext
from desktop_app.gui.widgets import FormErrors, current_language
from desktop_app.reports import report_langs
from desktop_app.reports.i18n import Lang

REMOVABLE_ROOTS = ("/media/", "/run/media/")


@dataclass(frozen=True)
class Drive:
    name: str
    path: Path
    free: int


def removable_drives() -> list[Drive]:
    """Mounted removable media: what desktops mount under /media and /run/media."""
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if volume.isValid() and volume.isReady() and root.startswith(REMOVABLE_ROOTS):
            name = volume.displayName() or Path(root).name
            drives.append(Drive(name, Path(root), volume.bytesAvailable()))
    return drives


def document_language(kind: str = "") -> Lang:
    """Documents in the UI's language where the report (``kind``, else any) is printed in it,
    else in English."""
    return next((lang for lang in report_langs(kind) if lang == current_language()), "en")


def mono_label() -> QLabel:
    shown = QLabel()
    shown.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    shown.setWordWrap(True)
    return shown


def open_transfer_form(ctx: AppContext, parent: QWidget, bundle_id: str) -> None:
    """Render a bundle's transfer form in a worker and show it to print or save."""
    lang = document_language()
    title = QCoreApplication.translate("ExportDialog", "Transfer form")

    def show(data: bytes) -> None:
        dialog = PdfPreviewDialog(title, data, f"transfer-{bundle_id[:8]}.pdf", parent)
        dialog.setObjectName("transfer-form-preview")
        open_dialog(dialog)

    ctx.read(
        lambda desk: transfer_form_pdf(desk, bundle_id, lang),
        on_done=show,
        title=title,
        parent_widget=parent,
    )


ALL_PARTNERS = "*"


class BundlePanel(QGroupBox):
    """What one written bundle puts on the paper transfer form, and its print button."""

    def __init__(self, ctx: AppContext, result: ExportResult, title: str) -> None:
        super().__init__(title)
        self.ctx = ctx
        self.result = result
        self.file_name = mono_label()
        self.file_name.setText(result.path.name + "\n" + str(result.path.parent))
        self.size_label = mono_label()
        self.size_label.setText(
            self.tr("%1 bytes (%2)")
            .replace("%1", f"{result.size:,}")
            .replace("%2", human_size(result.size))
        )
        self.sha256 = mono_label()
        self.sha256.setText(grouped(result.sha256[:32]) + "\n" + grouped(result.sha256[32:]))
        self.print_button = QPushButton(icon("print"), self.tr("Print the transfer form…"))
        self.print_button.clicked.connect(
            lambda: open_transfer_form(self.ctx, self, self.result.bundle_id)
        )
        form = QFormLayout(self)
        form.addRow(self.tr("File"), self.file_name)
        form.addRow(self.tr("Size"), self.size_label)
        form.addRow(self.tr("SHA-256"), self.sha256)
        form.addRow("", self.print_button)


# What the export task returns: the bundles written, and what stopped the rest (if anything).
Outcome = tuple[list[ExportResult], Exception | None]


class ExportDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        partners: list[PartnerInfo],
        last_folder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Export a bundle"))
        self.setMinimumWidth(640)
        self.task: Task[Outcome] | None = None
        self.results: list[ExportResult] = []
        self.panels: list[BundlePanel] = []
        self.errors = FormErrors()
        self.names = {p.code: p.name for p in partners}

        form = self._build_form(partners, last_folder)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self._build_done_box()
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.done_box, 1)
        layout.addWidget(self.errors.general)
        layout.addLayout(buttons)

        # Any change of what or where to export makes the shown result stale: it goes.
        self.recipient.currentIndexChanged.connect(self._update_summary)
        self.full.toggled.connect(self._update_summary)
        self.destination.textChanged.connect(self._clear_results)
        self.export_button.setEnabled(self.recipient.count() > 0)
        if self.recipient.count() == 0:
            self.summary.setText(self.tr("No partner is enrolled: enrol one on the Partners page."))
        else:
            self._update_summary()

    def _build_form(self, partners: list[PartnerInfo], last_folder: str) -> QFormLayout:
        """The form: the recipient, a full export or not, where to, and what will be sent."""
        active = [partner for partner in partners if partner.status == service.ACTIVE]
        self.recipient = QComboBox()
        if len(active) > 1:
            self.recipient.addItem(
                self.tr("All partners (one bundle each, %n bundle(s))", "", len(active)),
                ALL_PARTNERS,
            )
        for partner in active:
            self.recipient.addItem(
                f"{partner.code} — {partner.name} ({label(partner.role)})", partner.code
            )
        self.full = QCheckBox(self.tr("Send everything in scope again (full export)"))
        self.drives = QComboBox()
        self.drives.addItem(self.tr("Choose a removable drive…"), "")
        for drive in removable_drives():
            self.drives.addItem(
                self.tr("%1 (%2 free)")
                .replace("%1", f"{drive.name} — {drive.path}")
                .replace("%2", human_size(drive.free)),
                str(drive.path),
            )
        self.drives.setVisible(self.drives.count() > 1)
        self.drives.currentIndexChanged.connect(self._drive_chosen)
        self.destination = QLineEdit(last_folder)
        self.destination.setPlaceholderText(self.tr("Folder or drive to write the bundle to"))
        browse = QPushButton(icon("open"), self.tr("Folder…"))
        browse.clicked.connect(self._browse)
        where = QWidget()
        where_layout = QVBoxLayout(where)
        where_layout.setContentsMargins(0, 0, 0, 0)
        where_layout.addWidget(self.drives)
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(browse)
        where_layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        summary_scroll = QScrollArea()
        summary_scroll.setWidgetResizable(True)
        summary_scroll.setFrameShape(QFrame.Shape.NoFrame)
        summary_scroll.setWidget(self.summary)
        summary_scroll.setMinimumWidth(420)
        summary_scroll.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 6)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Recipient"), self.errors.wrap("recipient", self.recipient))
        form.addRow("", self.full)
        form.addRow(self.tr("&Destination"), self.errors.wrap("destination", where))
        form.addRow(self.tr("Will be sent"), summary_scroll)
        return form

    def _build_done_box(self) -> None:
        """After the export: what goes on the paper form, one panel per bundle written."""
        self.done_box = QGroupBox(self.tr("Write these on the transfer form"))
        self.panel_layout = QVBoxLayout()
        inner = QWidget()
        inner.setLayout(self.panel_layout)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setMinimumHeight(190)
        QVBoxLayout(self.done_box).addWidget(scroll)
        self.done_box.hide()

    def _build_buttons(self) -> QHBoxLayout:
        """Export, Cancel export (while it runs) and Close."""
        self.export_button = QPushButton(icon("export"), self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.clicked.connect(self._cancel)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.export_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        return buttons

    # -- before -------------------------------------------------------------------------------

    def recipients(self) -> list[str]:
        """The partner codes the current choice exports to."""
        code = self.recipient.currentData()
        if code == ALL_PARTNERS:
            return [self.recipient.itemData(i) for i in range(1, self.recipient.count())]
        return [code] if code else []

    def _drive_chosen(self) -> None:
        path = self.drives.currentData()
        if path:
            self.destination.setText(path)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Destination folder"), self.destination.text()
        )
        if folder:
            self.destination.setText(folder)

    def _clear_results(self) -> None:
        if self.task is not None:
            return
        self.results = []
        for panel in self.panels:
            panel.deleteLater()
        self.panels = []
        self.done_box.hide()
        self.progress.hide()
        self.progress.setValue(0)
        self.export_button.show()
        self.export_button.setDefault(True)

    def _update_summary(self) -> None:
        self._clear_results()
        codes, full = self.recipients(), self.full.isChecked()
        if not codes:
            return
        self.summary.setText(self.tr("Counting…"))
        self.ctx.read(
            lambda desk: [exchange(desk).pending_export(code, full=full) for code in codes],
            on_done=self._show_summary,
            on_error=self.errors.show,
            parent_widget=self,
        )

    def _show_summary(self, pending: list[PendingExport]) -> None:
        if [p.recipient for p in pending] != self.recipients():
            return  # an older answer, for another choice
        lines = [self._pending_line(p) for p in pending]
        if len(pending) > 1:
            lines = [f"{p.recipient}: {line}" for p, line in zip(pending, lines, strict=True)]
        self.summary.setText("\n".join(lines))

    def _pending_line(self, pending: PendingExport) -> str:
        records = {kind: n for kind, n in pending.counts.items() if kind != "attachments" and n}
        if not records and not pending.counts.get("attachments"):
            return self.tr("Nothing new since the last acknowledged bundle.")
        parts = [
            f"{labels.term(kind)}: {n}"
            for kind, n in sorted(records.items(), key=lambda item: item[0])
        ]
        return (
            self.tr("%1 records (%2), %3 files; about %4 before encryption")
            .replace("%1", str(sum(records.values())))
            .replace("%2", ", ".join(parts))
            .replace("%3", str(pending.counts.get("attachments", 0)))
            .replace("%4", human_size(pending.size))
        )

    # -- the export ---------------------------------------------------------------------------

    def export(self) -> None:
        self.errors.clear()
        self._clear_results()
        codes = self.recipients()
        folder = Path(self.destination.text().strip()).expanduser()
        if not self.destination.text().strip() or not folder.is_dir():
            self.errors.show(
                ValidationError(self.tr("choose an existing folder or drive"), "destination")
            )
            return
        full = self.full.isChecked()
        desk = self.ctx.require_desk()

        def run(task: TaskContext) -> Outcome:
            written: list[ExportResult] = []
            for number, code in enumerate(codes):

                def progress(done: int, total: int, number: int = number) -> None:
                    # Each bundle is an equal share of the bar.
                    task.progress(number * 1000 + done * 1000 // max(total, 1), len(codes) * 1000)

                try:
                    written.append(
                        exchange(desk).export_bundle(
                            code, folder, full=full, progress=progress, cancel=task.cancelled
                        )
                    )
                except Exception as error:
                    if not written:
                        raise
                    return written, error  # the bundles already written stay valid
            return written, None

        self._busy(True)
        self.task = self.ctx.run(
            run,
            on_done=self._exported,
            on_error=self._failed,
            write=True,
            title=self.windowTitle(),
            cancellable=True,
            parent_widget=self,
            progress_dialog=False,
        )
        self.task.progressed.connect(self._progressed)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy or self.progress.value() > 0)
        if busy:
            self.progress.setRange(0, 0)
        for widget in (self.recipient, self.full, self.destination, self.drives):
            widget.setEnabled(not busy)
        self.export_button.setVisible(not busy)
        self.cancel_button.setVisible(busy)
        self.close_button.setEnabled(not busy)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _cancel(self) -> None:
        if self.task is not None:
            self.cancel_button.setEnabled(False)
            self.task.cancel()

    def _failed(self, error: Exception) -> None:
        self.task = None
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self._busy(False)
        self.progress.hide()
        self.errors.show(error)

    def _exported(self, outcome: Outcome) -> None:
        written, error = outcome
        self.task = None
        self.cancel_button.setEnabled(True)
        self.results = written
        self._busy(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        for result in written:
            title = self.tr("To %1 — %2").replace("%1", result.recipient)
            panel = BundlePanel(self.ctx, result, title.replace("%2", self.names[result.recipient]))
            self.panel_layout.addWidget(panel)
            self.panels.append(panel)
        self.done_box.show()
        self.resize(self.width(), max(self.height(), 600))  # room for a panel or two
        if error is not None:
            self.errors.general.setText(
                self.tr("Only the bundles shown were written; then: %1").replace("%1", str(error))
            )
            self.errors.general.show()
        else:
            # Exporting the same again is a new bundle: the button comes back on a new choice.
            self.export_button.hide()
        self.close_button.setDefault(True)
        self.ctx.settings.setValue("exchange/last_folder", str(written[0].path.parent))

    def reject(self) -> None:
        if self.task is None:  # not while the export runs: cancel it first
            super().reject()
