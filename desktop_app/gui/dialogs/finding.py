"""The inspected institution's response to a finding, with evidence files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.attachments import safe_file_name
from desktop_app.core.desk import Desk
from desktop_app.core.inspections import FindingRow
from desktop_app.core.rules import RESPONDER_STATUSES
from desktop_app.errors import ValidationError
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.base import FormDialog, text_edit
from desktop_app.gui.dialogs.inspection import choice_combo
from desktop_app.gui.resources import icon


class RespondDialog(FormDialog):
    """Response text, the status it moves to (at most 'remediated') and evidence to attach."""

    def __init__(self, ctx: AppContext, finding: FindingRow, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Response to finding %s") % finding.ref, parent)
        self.finding = finding
        self.setMinimumWidth(520)
        self.response = text_edit(finding.response, lines=5)
        self.status = choice_combo(list(RESPONDER_STATUSES))
        self.status.insertItem(0, self.tr("(leave the status as it is)"), "")
        self.status.setCurrentIndex(0)
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        add = QPushButton(icon("attach"), self.tr("Add files…"))
        add.clicked.connect(self._choose_files)
        remove = QPushButton(icon("delete"), self.tr("Remove"))
        remove.clicked.connect(self._remove_file)
        evidence = QWidget()
        column = QVBoxLayout(evidence)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.files)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        column.addLayout(row)
        self.add_row(self.tr("Response"), "response", self.response)
        self.add_row(self.tr("New status"), "status", self.status)
        self.add_row(self.tr("Evidence"), "file", evidence, "file_name")

    def _choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Evidence files"))
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            self.files.addItem(str(path))

    def _remove_file(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    def paths(self) -> list[Path]:
        return [Path(self.files.item(row).text()) for row in range(self.files.count())]

    def save(self) -> None:
        ref, finding_id = self.finding.ref, self.finding.id
        response, status = self.response.toPlainText(), self.status.currentData() or None
        paths = self.paths()

        def respond(desk: Desk) -> None:
            # Checked before anything is written, so a bad file does not leave half a response.
            for path in paths:
                safe_file_name(path.name)
                if not path.is_file():
                    unreadable = self.tr("cannot read %1").replace("%1", str(path))
                    raise ValidationError(unreadable, "file")
            desk.inspections.respond(ref, response, status)
            for path in paths:
                desk.attachments.attach(finding_id, path)

        self.submit(respond, {"finding", "attachment"})
