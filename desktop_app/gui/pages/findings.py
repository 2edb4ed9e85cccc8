"""The Findings page: every finding, filtered in place, with its history, its thread of
responses and its evidence.

The inspected institution answers here, claims remediation, disputes a finding or asks for
more time; the commission verifies a claim (closing the finding or returning it for more work);
the coordinator decides a dispute or a request for more time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import compress, repeat
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.access import Right
from desktop_app.core.changes import Changes, Subject
from desktop_app.core.commission import AWAITING
from desktop_app.core.dashboard import OPEN_FINDING
from desktop_app.core.desk import Desk
from desktop_app.core.inspections import ExtensionRequestRow, FindingRow, HistoryEntry
from desktop_app.core.models import (
    Attachment,
    DeadlineExtension,
    ExtensionRequestStatus,
    FindingStatus,
    NodeRole,
    Severity,
)
from desktop_app.core.rules.lifecycle import CLOSED_STATES
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.base import local_time
from desktop_app.gui.dialogs.finding import (
    DecideExtensionDialog,
    DisputeDialog,
    ReopenDialog,
    RequestExtensionDialog,
    RespondDialog,
    VerifyDialog,
)
from desktop_app.gui.dialogs.pdf_preview import is_pdf, preview_attachment
from desktop_app.gui.labels import label
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.parts import (
    EmptyHint,
    Facts,
    closure_awaiting_text,
    finding_columns,
    finding_status,
    fit_description,
    heading_label,
    open_dialog,
    open_row_with,
    table_view,
    warning_label,
)
from desktop_app.gui.resources import icon
from desktop_app.gui.tasks import error_text
from desktop_app.gui.widgets import (
    RowFilterProxy,
    RowTableModel,
    fold_for_search,
    fold_texts,
    format_date,
)


@dataclass(frozen=True)
class FindingsData:
    rows: list[FindingRow]
    institutions: list[tuple[str, str]]  # (code, name)
    requirements: dict[str, str]  # code -> title
    searchable: list[str]  # each row's folded reference, description, measure and requirement


@dataclass(frozen=True)
class FindingExtras:
    finding_id: str
    extensions: list[DeadlineExtension] = field(default_factory=list)
    requests: list[ExtensionRequestRow] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)


def load_findings(desk: Desk) -> FindingsData:
    rows = desk.inspections.findings()
    return FindingsData(
        rows=rows,
        institutions=[(i.code, i.name) for i in desk.plan.institutions()],
        requirements={r.code: r.title for r in desk.catalog.requirements()},
        searchable=fold_texts(map(search_text, rows)),
    )


def search_text(row: FindingRow) -> str:
    """What the search box matches: the reference, description, measure and requirement."""
    return " ".join((row.ref, row.description, row.corrective_measure, row.requirement))


def load_extras(desk: Desk, row: FindingRow) -> FindingExtras:
    detail = desk.inspections.detail(row.inspection)
    return FindingExtras(
        finding_id=row.id,
        extensions=detail.extensions.get(row.id, []),
        requests=desk.inspections.extension_requests(row.id),
        attachments=[a for a in detail.attachments if a.record_id == row.id],
        history=desk.inspections.history(row.id),
    )


# The status filter's choice for what the dashboard counts as open (open or in remediation).
ANY_OPEN = "*open"


class FindingFilter(RowFilterProxy):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.severity = ""
        self.status = ""
        self.institution = ""
        self.urgent = False
        self.overdue = False
        self.text = ""

    def is_filtering(self) -> bool:
        return bool(
            self.severity
            or self.status
            or self.institution
            or self.urgent
            or self.overdue
            or self.text
        )

    def accepted(self, rows: list[FindingRow], folded: list[str]) -> Iterable[int]:
        """The text first, over every row at C speed (``str.__contains__`` mapped over the
        folded texts), then one list comprehension per other criterion over what is left: a
        national store holds 50,000 findings."""
        selected: Iterable[int] = range(len(rows))
        if self.text:
            selected = compress(selected, map(str.__contains__, folded, repeat(self.text)))
        if self.severity:
            selected = [i for i in selected if rows[i].severity == self.severity]
        if self.status == ANY_OPEN:
            selected = [i for i in selected if rows[i].status in OPEN_FINDING]
        elif self.status:
            selected = [i for i in selected if self.status in (rows[i].status, rows[i].closure)]
        if self.institution:
            selected = [i for i in selected if rows[i].institution == self.institution]
        if self.urgent:
            selected = [i for i in selected if rows[i].urgent]
        if self.overdue:
            selected = [i for i in selected if rows[i].overdue]
        return selected


class FindingsPage(Page):
    key = "findings"
    shows = frozenset(
        {
            Subject.FINDING,
            Subject.FINDING_EVENT,  # the history
            Subject.COMMISSION_SIGNATURE,  # a closure co-signed
            Subject.FINDING_RESPONSE,
            Subject.DEADLINE_EXTENSION,
            Subject.EXTENSION_REQUEST,
            Subject.ATTACHMENT,
            Subject.INSPECTION,
            Subject.INSTITUTION,
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data = FindingsData([], [], {}, [])
        self._reselect: str | None = None
        self.extras: FindingExtras | None = None

        self.model: RowTableModel[FindingRow] = RowTableModel(
            finding_columns(with_inspection=True), self, search_text=search_text
        )
        self.proxy = FindingFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy, 2)  # by severity
        self.empty_hint = EmptyHint(self.view, self._empty_text)
        self.view.selectionModel().selectionChanged.connect(self._selected)

        left = self._list_side()
        scroller = self._detail_side()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("findings-splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroller)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # The table's columns, deadline and status among them, fit at 1280 px in every language.
        self.splitter.setSizes([660, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._show_row(None)

    def _list_side(self) -> QWidget:
        """The filters over the table, and the count under it."""
        self.severity = QComboBox()
        self.severity.addItem(self.tr("All severities"), "")
        for value in Severity.values():
            self.severity.addItem(label(value), value)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), "")
        self.status.addItem(self.tr("Not yet remediated"), ANY_OPEN)
        for value in FindingStatus.values():
            self.status.addItem(label(value), value)
        self.status.addItem(closure_awaiting_text(), AWAITING)
        self.institution = QComboBox()
        self.institution.addItem(self.tr("All institutions"), "")
        self.reads_choices(self.institution)
        self.urgent = QCheckBox(self.tr("Urgent"))
        self.overdue = QCheckBox(self.tr("Overdue"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search findings"))
        self.search.setClearButtonEnabled(True)
        # Never a stub: room for the whole placeholder in every language.
        metrics = self.search.fontMetrics()
        self.search.setMinimumWidth(metrics.horizontalAdvance(self.search.placeholderText()) + 48)
        for combo in (self.severity, self.status, self.institution):
            combo.currentIndexChanged.connect(self._filter)
            # As wide as there is room for, down to a few letters: long Russian and
            # Azerbaijani choices must not widen the window.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        for box in (self.urgent, self.overdue):
            box.toggled.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        # Two rows: in Russian one row of filters beside the detail was wider than the screen.
        filters = QHBoxLayout()
        for widget in (self.severity, self.status, self.institution):
            filters.addWidget(widget, 1)
        flags = QHBoxLayout()
        flags.addWidget(self.search, 1)
        flags.addWidget(self.urgent)
        flags.addWidget(self.overdue)
        self.count_label = QLabel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(flags)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        return left

    def _detail_side(self) -> QScrollArea:
        """The chosen finding's facts, its evidence and what may be done with it."""
        self.heading = heading_label()
        self.facts = Facts(
            (
                ("institution", self.tr("Institution")),
                ("requirement", self.tr("Requirement")),
                ("facility", self.tr("Facility")),
                ("severity", self.tr("Severity")),
                ("threat", self.tr("Threat")),
                ("status", self.tr("Status")),
                ("description", self.tr("Description")),
                ("corrective_measure", self.tr("Corrective measure")),
                ("deadline", self.tr("Deadline")),
                ("extensions", self.tr("Extensions")),
                ("requests", self.tr("Requests for more time")),
                ("response", self.tr("Latest response")),
                ("history", self.tr("History")),
            )
        )
        self.evidence = QListWidget()
        self.evidence.setMaximumHeight(120)
        self.evidence.itemSelectionChanged.connect(self._enable)

        self._action_buttons()

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addLayout(self.facts)
        evidence_box = QGroupBox(self.tr("Evidence"))
        # The buttons beside the list, not under it: the detail stays narrow enough for the
        # table's columns to fit beside it.
        evidence_layout = QHBoxLayout(evidence_box)
        evidence_layout.addWidget(self.evidence, 1)
        evidence_buttons = QVBoxLayout()
        evidence_buttons.addWidget(self.attach_button)
        evidence_buttons.addWidget(self.save_copy_button)
        evidence_buttons.addWidget(self.open_button)
        evidence_buttons.addStretch()
        evidence_layout.addLayout(evidence_buttons)
        detail_layout.addWidget(evidence_box)
        # One to a row, the institution's actions first, all as wide as the widest: two to a
        # row made the detail wider than its share of a 1280 px window in Azerbaijani, and
        # its text was cut at the right edge.
        actions = QGridLayout()
        for index, button in enumerate(
            (
                self.respond_button,
                self.dispute_button,
                self.request_button,
                self.verify_button,
                self.decide_button,
                self.decide_request_button,
                self.reopen_button,
            )
        ):
            actions.addWidget(button, index, 0)
        actions.setColumnStretch(1, 1)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.action_error)
        detail_layout.addStretch()
        self.detail_widget = detail
        # A long history scrolls instead of being cut off at the window's bottom edge.
        scroller = QScrollArea()
        scroller.setWidget(detail)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroller

    def _action_buttons(self) -> None:
        self.respond_button = QPushButton(icon("edit"), self.tr("Record response…"))
        self.respond_button.clicked.connect(self._respond)
        open_row_with(self.view, self.respond_button)
        self.attach_button = QPushButton(icon("attach"), self.tr("Add evidence…"))
        self.attach_button.clicked.connect(self._choose_evidence)
        self.save_copy_button = QPushButton(icon("save"), self.tr("Save a copy…"))
        self.save_copy_button.clicked.connect(self._save_copy)
        self.open_button = QPushButton(icon("open"), self.tr("Open"))
        self.open_button.setToolTip(self.tr("Shows a PDF here, without writing it to disk"))
        self.open_button.clicked.connect(self._open_evidence)
        self.verify_button = QPushButton(icon("evaluate"), self.tr("Verify…"))
        self.verify_button.clicked.connect(lambda: self._open(VerifyDialog))
        self.dispute_button = QPushButton(self.tr("Dispute…"))
        self.dispute_button.clicked.connect(lambda: self._open(DisputeDialog))
        self.decide_button = QPushButton(self.tr("Decide dispute…"))
        self.decide_button.clicked.connect(
            lambda: self._open(functools.partial(DisputeDialog, decide=True))
        )
        self.request_button = QPushButton(self.tr("Ask for more time…"))
        self.request_button.clicked.connect(lambda: self._open(RequestExtensionDialog))
        self.decide_request_button = QPushButton(self.tr("Decide request…"))
        self.decide_request_button.clicked.connect(self._decide_request)
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.clicked.connect(lambda: self._open(ReopenDialog))
        self.action_error = warning_label()

    def _empty_text(self) -> str:
        """What to do next while there is no finding, for this kind of desk."""
        desk = self.ctx.desk
        if desk is not None and desk.node.role is NodeRole.INSTITUTION:
            return self.tr(
                "No findings about this institution. Findings of an inspection come with the "
                "coordinator's bundle (Exchange page)."
            )
        return self.tr("No findings yet. Add them to an inspection on the Inspections page.")

    # -- loading and filtering -----------------------------------------------------------------

    def refresh(self, changes: Changes | None = None) -> None:
        self.ctx.read(load_findings, on_done=self._loaded, parent_widget=self)

    def forget(self) -> None:
        selected = self.selected()
        self._reselect = selected.id if selected is not None else None
        self.data = FindingsData([], [], {}, [])
        self._show_row(None)

    def _loaded(self, data: FindingsData) -> None:
        selected = self.selected()
        # The finding chosen when the lock emptied the list is chosen again.
        wanted = selected.id if selected is not None else self._reselect
        self._reselect = None
        self.data = data
        chosen = self.institution.currentData()
        self.institution.blockSignals(True)
        self.institution.clear()
        self.institution.addItem(self.tr("All institutions"), "")
        for code, name in data.institutions:
            self.institution.addItem(f"{code} — {name}", code)
        self.institution.setCurrentIndex(max(0, self.institution.findData(chosen)))
        self.institution.blockSignals(False)
        self.model.set_rows(data.rows, data.searchable)
        self._filter()
        fit_description(self.view)
        if wanted is not None:
            self.select(wanted)
        else:
            self._show_row(None)

    def open_with(self, args: dict[str, Any]) -> None:
        """Filters from the dashboard: ``severity``, ``status``, ``urgent``, ``overdue``..."""
        for name, combo in (
            ("severity", self.severity),
            ("status", self.status),
            ("institution", self.institution),
        ):
            if name in args:
                combo.setCurrentIndex(max(0, combo.findData(args[name])))
        self.urgent.setChecked(bool(args.get("urgent", self.urgent.isChecked())))
        self.overdue.setChecked(bool(args.get("overdue", self.overdue.isChecked())))
        if "search" in args:
            self.search.setText(str(args["search"]))

    def _filter(self) -> None:
        self.proxy.severity = self.severity.currentData() or ""
        self.proxy.status = self.status.currentData() or ""
        self.proxy.institution = self.institution.currentData() or ""
        self.proxy.urgent = self.urgent.isChecked()
        self.proxy.overdue = self.overdue.isChecked()
        self.proxy.text = fold_for_search(self.search.text().strip())
        self.proxy.filter_changed()
        self.count_label.setText(
            self.tr("%1 of %2 findings")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )
        if self.selected() is None:
            self._show_row(None)

    def select(self, finding_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).id == finding_id:
                self.view.selectRow(row)
                return
        self._show_row(None)

    def selected(self) -> FindingRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def _selected(self, *_args: object) -> None:
        row = self.selected()
        self._show_row(row)
        if row is not None:
            self.ctx.read(lambda desk: load_extras(desk, row), on_done=self._show_extras)

    def _show_row(self, row: FindingRow | None) -> None:
        self.action_error.hide()
        self.detail_widget.setEnabled(row is not None)
        if row is None:
            self.extras = None
            self.heading.setText(self.tr("No finding selected"))
            self.facts.clear()
            self.evidence.clear()
            self._enable()
            return
        title = self.data.requirements.get(row.requirement, "")
        facts = {
            "institution": row.institution,
            "requirement": f"{row.requirement} — {title}" if title else row.requirement,
            "facility": row.facility,
            "severity": label(row.severity) + (" · " + self.tr("urgent") if row.urgent else ""),
            "status": finding_status(row),
            "description": row.description,
            "corrective_measure": row.corrective_measure,
            "threat": self._threat(row),
            "deadline": self._deadline(row),
            "response": row.response,
        }
        self.heading.setText(self.tr("Finding %s") % row.ref)
        self.facts.show(facts)
        if self.extras is None or self.extras.finding_id != row.id:
            self.facts["extensions"].clear()
            self.facts["requests"].clear()
            self.evidence.clear()
        self._enable()

    def _show_extras(self, extras: FindingExtras) -> None:
        row = self.selected()
        if row is None or row.id != extras.finding_id:
            return
        self.extras = extras
        self.facts["extensions"].setText(
            "\n".join(
                self.tr("%1 → %2: %3 (approved by %4)")
                .replace("%1", format_date(e.previous_date) or "—")
                .replace("%2", format_date(e.new_date))
                .replace("%3", e.reason)
                .replace("%4", e.approved_by)
                for e in extras.extensions
            )
        )
        self.facts["requests"].setText("\n".join(self._request_line(r) for r in extras.requests))
        self.facts["history"].setText("\n".join(self._history_line(e) for e in extras.history))
        self.evidence.clear()
        for attachment in extras.attachments:
            item = QListWidgetItem(
                icon("attach"),
                f"{attachment.file_name}  ({attachment.size:,} B, {attachment.added_by})",
            )
            item.setData(Qt.ItemDataRole.UserRole, attachment)
            self.evidence.addItem(item)
        self._enable()

    def _threat(self, row: FindingRow) -> str:
        if row.risk_score is None:
            return self.tr("Not weighed (CII class %1)").replace("%1", row.cii_class)
        return (
            self.tr("Risk score %1 of 25 (likelihood %2, impact %3), CII class %4")
            .replace("%1", str(row.risk_score))
            .replace("%2", str(row.likelihood))
            .replace("%3", str(row.impact))
            .replace("%4", row.cii_class)
        )

    def _deadline(self, row: FindingRow) -> str:
        """The date and where it comes from: the weighing, the team's reason, an extension."""
        sources = {
            "default": self.tr("as the weighing gives"),
            "override": self.tr("set by the team: %1").replace("%1", row.deadline_reason),
            "extension": self.tr("extended"),
        }
        source = sources.get(row.deadline_source or "")
        shown = format_date(row.deadline)
        return f"{shown} ({source})" if source else shown

    def _request_line(self, request: ExtensionRequestRow) -> str:
        asked = (
            self.tr("%1 asked for %2: %3")
            .replace("%1", local_time(request.at))
            .replace("%2", format_date(request.requested_date))
            .replace("%3", request.reason)
        )
        if request.status == ExtensionRequestStatus.PENDING.value:
            waiting = self.tr("awaiting a decision")
            return f"{asked} — {waiting}"
        decision = f"{label(request.status)} ({request.decided_by}): {request.decision_reason}"
        return f"{asked} — {decision}"

    def _pending_request(self) -> ExtensionRequestRow | None:
        requests = self.extras.requests if self.extras is not None else []
        pending = ExtensionRequestStatus.PENDING.value
        return next((r for r in requests if r.status == pending), None)

    def _history_line(self, entry: HistoryEntry) -> str:
        """When, who, and what: a response's text, or a move with its reason."""
        if entry.kind == "response":
            what = self.tr("Response: %1").replace("%1", entry.text)
        elif entry.kind == "signature":
            signed = {
                "issuer": self.tr("Signed for the issuing agency, key %1"),
                "partner": self.tr("Co-signed for the partner agency, key %1"),
            }
            what = signed[entry.side].replace("%1", entry.fingerprint)
        else:
            move = f"{label(entry.from_status)} → {label(entry.to_status)}"
            if entry.method:
                move += f" ({label(entry.method)})"
            what = f"{move}: {entry.text}"
        files = f" [{', '.join(entry.evidence)}]" if entry.evidence else ""
        who = " ".join(part for part in (entry.node, entry.author) if part)
        when = local_time(entry.at) if entry.at else ""
        return f"{when} · {who} · {what}{files}"

    # -- roles --------------------------------------------------------------------------------

    def _may_respond(self, desk: Desk, row: FindingRow) -> bool:
        own = desk.node.role is NodeRole.COORDINATOR or row.institution == desk.node.code
        return desk.access.can(Right.RESPOND_FINDING) and own and row.status not in CLOSED_STATES

    def _enable(self) -> None:
        desk, row = self.ctx.desk, self.selected()
        responder = desk is not None and row is not None and self._may_respond(desk, row)
        inspector = desk is not None and row is not None and desk.access.can(Right.INSPECT)
        remediated = row is not None and row.status == FindingStatus.REMEDIATED.value
        self.respond_button.setEnabled(responder)
        self.attach_button.setEnabled(responder or inspector)
        selected = self.evidence.selectedItems()
        self.save_copy_button.setEnabled(bool(selected))
        self.open_button.setEnabled(
            bool(selected) and is_pdf(selected[0].data(Qt.ItemDataRole.UserRole).file_name)
        )
        self.verify_button.setEnabled(inspector and remediated)
        status = row.status if row is not None else ""
        self.dispute_button.setEnabled(responder and status == FindingStatus.OPEN.value)
        coordinator = inspector and desk is not None and desk.node.role is NodeRole.COORDINATOR
        self.decide_button.setEnabled(coordinator and status == FindingStatus.DISPUTED.value)
        pending = self._pending_request() is not None
        self.request_button.setEnabled(responder and not pending)
        self.decide_request_button.setEnabled(coordinator and pending)
        self.reopen_button.setEnabled(inspector and status in CLOSED_STATES)

    # -- actions ------------------------------------------------------------------------------

    def _respond(self) -> None:
        self._open(RespondDialog)

    def _open(self, dialog: Callable[..., QDialog]) -> None:
        row = self.selected()
        if row is not None:
            open_dialog(dialog(self.ctx, row, parent=self), self)

    def _decide_request(self) -> None:
        row, request = self.selected(), self._pending_request()
        if row is not None and request is not None:
            open_dialog(DecideExtensionDialog(self.ctx, row, request, parent=self), self)

    def _fail(self, error: Exception) -> None:
        self.action_error.setText(error_text(error))
        self.action_error.show()

    def _choose_evidence(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Evidence files"))
        self.add_evidence([Path(name) for name in names])

    def add_evidence(self, paths: list[Path]) -> None:
        row = self.selected()
        if row is None or not paths:
            return

        def attach(desk: Desk) -> None:
            for path in paths:
                desk.attachments.attach(row.id, path)

        self.ctx.write(attach, on_error=self._fail, parent_widget=self)

    def _open_evidence(self) -> None:
        items = self.evidence.selectedItems()
        if items:
            attachment: Attachment = items[0].data(Qt.ItemDataRole.UserRole)
            preview_attachment(self.ctx, self, attachment.sha256, attachment.file_name)

    def _save_copy(self) -> None:
        items = self.evidence.selectedItems()
        if not items:
            return
        attachment: Attachment = items[0].data(Qt.ItemDataRole.UserRole)
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), attachment.file_name
        )
        if name:
            self.ctx.read(
                lambda desk: desk.attachments.save_copy(attachment.sha256, Path(name)),
                on_done=lambda _size: None,
                on_error=self._fail,
                parent_widget=self,
            )
