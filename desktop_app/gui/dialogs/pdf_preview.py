"""A PDF shown inside the application from memory, printed through the system dialog, saved.

The document is loaded from a ``QBuffer`` over the rendered bytes, so a preview leaves no
plaintext file behind; a file is written (atomically) only when the user saves a copy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import DeskError
from desktop_app.gui.context import AppContext
from desktop_app.gui.resources import icon
from desktop_app.gui.tasks import show_error
from desktop_app.store.atomic import atomic_open

# Pages go to the printer as images of this resolution at most: sharp, and not huge.
PRINT_DPI = 300


class PdfPreview(QWidget):
    """A PDF view with Print… and Save as…; ``show_pdf(data, name)`` loads one."""

    ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = b""
        self.file_name = "document.pdf"
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.pages_label = QLabel()
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button = QPushButton(icon("save"), self.tr("Save as…"))
        self.save_button.clicked.connect(self.save_dialog)
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.toggled.connect(self._fit)
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addStretch()
        bar.addWidget(self.fit_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        # Created last: children are deleted in creation order, so the view and the buttons are
        # gone (and disconnected) before the document's destructor announces its closing. The
        # queued connection drops that last announcement once this widget is gone.
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._status, Qt.ConnectionType.QueuedConnection)
        self.view.setDocument(self.document)
        self._enable()

    def show_pdf(self, data: bytes, file_name: str) -> None:
        self.clear()
        self.data = data
        self.file_name = file_name
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.data = b""
        self._enable()

    def is_ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and bool(self.data)

    def _status(self, status: QPdfDocument.Status) -> None:
        self._enable()
        if status == QPdfDocument.Status.Ready:
            self.ready.emit()

    def _enable(self) -> None:
        ready = self.is_ready()
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.pages_label.setText(
            self.tr("%n page(s)", "", self.document.pageCount()) if ready else ""
        )

    def _fit(self, fit: bool) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth if fit else QPdfView.ZoomMode.FitInView)

    # -- printing -----------------------------------------------------------------------------

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %s") % self.file_name)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each page (or the chosen range) as an image fitted to the printer's page."""
        first = max(1, printer.fromPage() or 1) - 1
        last = min(self.document.pageCount(), printer.toPage() or self.document.pageCount())
        dpi = min(printer.resolution(), PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, OSError(self.tr("the printer could not be opened")))
            return
        try:
            for page in range(first, last):
                if page > first:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(
                    page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                area = painter.viewport()
                scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(area.topLeft(), scaled)
                target.moveCenter(area.center())
                painter.drawImage(target, image)
        finally:
            painter.end()

    # -- saving -------------------------------------------------------------------------------

    def save_dialog(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), self.file_name, self.tr("PDF documents (*.pdf)")
        )
        if name:
            try:
                self.save_to(Path(name))
            except (OSError, DeskError) as error:
                show_error(self, error)

    def save_to(self, path: Path) -> None:
        with atomic_open(path) as target:
            target.write(self.data)


class PdfPreviewDialog(QDialog):
    """A rendered document in its own window (key card, transfer form)."""

    def __init__(self, title: str, data: bytes, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 900)
        self.preview = PdfPreview(self)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(close)
        layout.addLayout(row)
        self.preview.show_pdf(data, file_name)


# Attachments shown inside the application are read into memory: at most this big.
PREVIEW_LIMIT = 64 * 1024 * 1024


def is_pdf(file_name: str) -> bool:
    return file_name.lower().endswith(".pdf")


def preview_attachment(ctx: AppContext, parent: QWidget, sha256: str, file_name: str) -> None:
    """Show a PDF attachment from memory (nothing is written to disk), to print or save."""

    def show(data: bytes) -> None:
        preview = PdfPreviewDialog(file_name, data, file_name, parent)
        preview.setObjectName("attachment-preview")
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()

    ctx.read(
        lambda desk: desk.attachments.read(sha256, PREVIEW_LIMIT),
        on_done=show,
        parent_widget=parent,
    )
