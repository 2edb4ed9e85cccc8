"""Dialogs that move a finding: the inspected institution's response (with evidence), its
dispute and its request for more time, the commission's verification, the coordinator's
decision on a dispute or on a request for more time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.desk import Desk
from desktop_app.core.inspections import VERIFICATION_RESULTS, ExtensionRequestRow, FindingRow
from desktop_app.core.models import FindingStatus, VerificationMethod
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.base import FormDialog, text_edit
from desktop_app.gui.dialogs.inspection import choice_combo
from desktop_app.gui.resources import icon
from desktop_app.gui.widgets import DateEdit, format_date

# What a response may claim; a dispute has its own dialog.
ANSWER_STATUSES = [FindingStatus.IN_REMEDIATION.value, FindingStatus.REMEDIATED.value]
DECISIONS = ["uphold", "withdraw"]
EXTENSION_DECISIONS = ["approve", "reject"]


class EvidenceFiles(QWidget):
    """Files to attach with an answer or a verification, in the same write."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        add = QPushButton(icon("attach"), self.tr("Add files…"))
        add.clicked.connect(self._choose_files)
        remove = QPushButton(icon("delete"), self.tr("Remove"))
        remove.clicked.connect(self._remove_file)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.files)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        column.addLayout(row)

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


class RespondDialog(FormDialog):
    """A new answer in the finding's thread, the status it moves to and evidence to attach."""

    def __init__(self, ctx: AppContext, finding: FindingRow, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Response to finding %s") % finding.ref, parent)
        self.finding = finding
        self.setMinimumWidth(520)
        self.response = text_edit(lines=5)
        self.status = choice_combo(ANSWER_STATUSES)
        self.status.insertItem(0, self.tr("(leave the status as it is)"), "")
        self.status.setCurrentIndex(0)
        self.evidence = EvidenceFiles()
        self.add_row(self.tr("Response"), "response", self.response)
        self.add_row(self.tr("New status"), "status", self.status)
        self.add_row(self.tr("Evidence"), "file", self.evidence, "file_name")

    def add_files(self, paths: list[Path]) -> None:
        self.evidence.add_files(paths)

    def save(self) -> None:
        ref, paths = self.finding.ref, self.evidence.paths()
        response, status = self.response.toPlainText(), self.status.currentData() or None

        def respond(desk: Desk) -> None:
            desk.inspections.respond(ref, response, status, paths)

        self.submit(respond)


class VerifyDialog(FormDialog):
    """The commission's verification of a claimed remediation: how, what it found, evidence."""

    def __init__(self, ctx: AppContext, finding: FindingRow, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Verify finding %s") % finding.ref, parent)
        self.finding = finding
        self.setMinimumWidth(520)
        self.method = choice_combo(VerificationMethod.values())
        self.verdict = choice_combo(list(VERIFICATION_RESULTS))
        self.comment = text_edit(lines=4)
        self.evidence = EvidenceFiles()
        self.add_row(self.tr("Method"), "method", self.method)
        self.add_row(self.tr("Result"), "result", self.verdict)
        self.add_row(self.tr("Comment"), "reason", self.comment)
        self.add_row(self.tr("Evidence"), "file", self.evidence, "file_name")

    def save(self) -> None:
        ref, paths = self.finding.ref, self.evidence.paths()
        method, result = self.method.currentData(), self.verdict.currentData()
        comment = self.comment.toPlainText()

        def verify(desk: Desk) -> None:
            desk.inspections.verify(ref, method, result, comment, paths)

        self.submit(verify)


class DisputeDialog(FormDialog):
    """The institution contests a finding; or, with ``decide``, the coordinator upholds or
    withdraws a disputed one. Either way with a reason."""

    def __init__(
        self,
        ctx: AppContext,
        finding: FindingRow,
        *,
        decide: bool = False,
        parent: QWidget | None = None,
    ):
        title = (
            self.tr("Decide the dispute of finding %s") if decide else self.tr("Dispute finding %s")
        )
        super().__init__(ctx, title % finding.ref, parent)
        self.finding = finding
        self.setMinimumWidth(520)
        self.decision = choice_combo(DECISIONS) if decide else None
        self.reason = text_edit(lines=4)
        if self.decision is not None:
            self.add_row(self.tr("Decision"), "status", self.decision)
        self.add_row(self.tr("Reason"), "reason", self.reason)

    def save(self) -> None:
        ref, reason = self.finding.ref, self.reason.toPlainText()
        uphold = None if self.decision is None else self.decision.currentData() == "uphold"

        def write(desk: Desk) -> None:
            if uphold is None:
                desk.inspections.dispute(ref, reason)
            else:
                desk.inspections.decide_dispute(ref, uphold=uphold, reason=reason)

        self.submit(write)


def _read_only(text: str) -> QLabel:
    """A short value, selectable for copying."""
    shown = QLabel(text)
    shown.setTextFormat(Qt.TextFormat.PlainText)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return shown


class RequestExtensionDialog(FormDialog):
    """The inspected institution asks the coordinator for a later deadline, with its reason."""

    def __init__(self, ctx: AppContext, finding: FindingRow, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Ask for more time on finding %s") % finding.ref, parent)
        self.finding = finding
        self.setMinimumWidth(520)
        self.new_date = DateEdit(optional=False)
        self.new_date.set_value(finding.deadline or ctx.require_desk().today())
        self.reason = text_edit(lines=4)
        self.add_row(
            self.tr("Current deadline"),
            "previous_date",
            _read_only(format_date(finding.deadline) or "—"),
        )
        self.add_row(self.tr("Deadline asked for"), "requested_date", self.new_date)
        self.add_row(self.tr("Reason"), "reason", self.reason)

    def save(self) -> None:
        ref, to, reason = self.finding.ref, self.new_date.value() or "", self.reason.toPlainText()
        self.submit(lambda desk: desk.inspections.request_extension(ref, to, reason))


class DecideExtensionDialog(FormDialog):
    """The coordinator approves a request for more time (the deadline moves to the date asked
    for, unless it already stands later) or rejects it."""

    def __init__(
        self,
        ctx: AppContext,
        finding: FindingRow,
        request: ExtensionRequestRow,
        parent: QWidget | None = None,
    ):
        super().__init__(
            ctx, self.tr("Decide the request for more time on %s") % finding.ref, parent
        )
        self.request = request
        self.setMinimumWidth(520)
        self.decision = choice_combo(EXTENSION_DECISIONS)
        self.reason = text_edit(lines=4)
        asked = (
            self.tr("%1 → %2, asked by %3")
            .replace("%1", format_date(request.previous_date) or "—")
            .replace("%2", format_date(request.requested_date))
            .replace("%3", f"{request.node} {request.author}".strip())
        )
        self.add_row(self.tr("Request"), "requested_date", _read_only(asked))
        current = format_date(finding.deadline) or "—"
        if finding.deadline is not None and finding.deadline >= request.requested_date:
            # Moved since the request (another extension): an approval keeps the later date.
            current = self.tr("%1, not earlier than asked: an approval keeps it").replace(
                "%1", current
            )
        self.current = _read_only(current)
        self.add_row(self.tr("Current deadline"), "deadline", self.current)
        its_reason = text_edit(request.reason)
        its_reason.setReadOnly(True)
        self.add_row(self.tr("Its reason"), "request_reason", its_reason)
        self.add_row(self.tr("Decision"), "status", self.decision)
        self.add_row(self.tr("Reason"), "reason", self.reason, "decision_reason")

    def save(self) -> None:
        request_id, reason = self.request.id, self.reason.toPlainText()
        approve = self.decision.currentData() == "approve"
        self.submit(
            lambda desk: desk.inspections.decide_extension(
                request_id, approve=approve, reason=reason
            )
        )


class ReopenDialog(FormDialog):
    """The commission reopens a finding it closed or withdrew, saying why."""

    def __init__(self, ctx: AppContext, finding: FindingRow, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Reopen finding %s") % finding.ref, parent)
        self.finding = finding
        self.setMinimumWidth(520)
        self.reason = text_edit(lines=4)
        self.add_row(self.tr("Reason"), "reason", self.reason)

    def save(self) -> None:
        ref, reason = self.finding.ref, self.reason.toPlainText()
        self.submit(lambda desk: desk.inspections.reopen(ref, reason))
