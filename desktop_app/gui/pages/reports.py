"""The Reports page: the kind and its parameters, generation in a worker with progress, the PDF
previewed inside the application (rendered into memory), printed or saved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.changes import Changes, Subject
from desktop_app.core.desk import Desk
from desktop_app.core.settings import document_marking
from desktop_app.core.validation import current_period
from desktop_app.errors import DeskError, ValidationError
from desktop_app.exchange.documents import key_card_data, transfer_form_data
from desktop_app.exchange.service import Outcome, exchange
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.base import local_time
from desktop_app.gui.dialogs.export import document_language
from desktop_app.gui.dialogs.pdf_preview import PdfPreview
from desktop_app.gui.flows.documents import render_pdf
from desktop_app.gui.pages.base import Page
from desktop_app.gui.resources import icon
from desktop_app.gui.tasks import Task, TaskContext, error_text
from desktop_app.gui.widgets import FormErrors, current_language, format_date
from desktop_app.reports import ReportParams, report_langs
from desktop_app.reports.i18n import Lang

# Which parameters each kind reads.
KIND_PARAMS: dict[str, frozenset[str]] = {
    "strategy": frozenset({"period", "institution"}),
    "inspection-act": frozenset({"inspection"}),
    "compliance": frozenset({"period", "institution"}),
    "key-card": frozenset(),
    "transfer-form": frozenset({"bundle"}),
    "due-list": frozenset({"institution"}),
    "urgent-notice": frozenset({"finding"}),
    "meeting-protocol": frozenset({"meeting"}),
}
# The documents' languages by name, offered as far as the chosen kind is printed in them.
LANGUAGE_NAMES: dict[Lang, str] = {"en": "English", "az": "Azərbaycanca", "ru": "Русский"}


@dataclass(frozen=True)
class ReportChoices:
    institutions: list[tuple[str, str]]
    inspections: list[tuple[str, str]]  # (reference, institution code)
    bundles: list[tuple[str, str]]  # (bundle id, description)
    urgent_findings: list[tuple[str, str]]  # (reference, institution code)
    meetings: list[tuple[str, str]]  # (protocol number, its date and group), latest first
    period: str
    markings: dict[str, str]  # language -> the marking its documents carry by default


def load_choices(desk: Desk) -> ReportChoices:
    return ReportChoices(
        institutions=[(i.code, i.name) for i in desk.plan.institutions()],
        inspections=desk.inspections.references(),
        bundles=[
            (
                row.bundle_id,
                f"{local_time(row.at)} · {'→' if row.direction == 'out' else '←'} {row.peer} "
                f"#{row.sequence}",
            )
            for row in reversed(exchange(desk).bundles())
            if row.bundle_id and row.outcome != Outcome.REFUSED
        ],
        urgent_findings=[
            (row.ref, row.institution) for row in desk.inspections.findings(urgent=True)
        ],
        meetings=[
            (m.number, f"{m.number} · {format_date(m.date)} · {m.group_name}")
            for m in sorted(desk.groups.meetings(), key=lambda m: (m.date, m.number), reverse=True)
        ],
        period=current_period(desk.today()),
        markings={lang: document_marking(desk.setting, lang) for lang in LANGUAGE_NAMES},
    )


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    params: ReportParams
    bundle: str = ""

    def file_name(self) -> str:
        subject = (
            (self.params.finding or "").replace("#", "-")
            or self.params.inspection
            or self.params.period
            or self.params.institution
            or self.params.meeting
            or self.bundle[:8]
        )
        addendum = f"addendum{self.params.addendum}" if self.params.addendum else ""
        parts = (self.kind, subject, addendum, self.params.lang)
        return "-".join(part for part in parts if part) + ".pdf"


def generate(desk: Desk, request: ReportRequest, task: TaskContext) -> bytes:
    params = request.params
    if request.kind == "key-card":
        params = ReportParams(
            lang=params.lang, marking=params.marking, key_card=key_card_data(desk)
        )
    elif request.kind == "transfer-form":
        row = next((r for r in exchange(desk).bundles() if r.bundle_id == request.bundle), None)
        if row is None:
            raise ValidationError("choose a bundle from the exchange log", "bundle")
        params = ReportParams(
            lang=params.lang, marking=params.marking, transfer=transfer_form_data(desk, row)
        )

    def progress(fraction: float) -> None:
        task.check_cancelled()
        task.progress(round(fraction * 100), 100)

    return render_pdf(desk, request.kind, params, progress)


class ReportsPage(Page):
    key = "reports"
    shows = frozenset(
        {
            Subject.INSTITUTION,
            Subject.INSPECTION,
            Subject.BUNDLE,
            Subject.CONFLICT,
            Subject.SETTING,
            Subject.MEETING,
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: Task[bytes] | None = None
        self.request: ReportRequest | None = None
        self.errors = FormErrors()

        self.kind = QComboBox()
        for kind, name in (
            ("strategy", self.tr("Strategy implementation report")),
            ("inspection-act", self.tr("Inspection act")),
            ("compliance", self.tr("CII compliance report")),
            ("key-card", self.tr("Key card of this computer")),
            ("transfer-form", self.tr("Transfer form of a bundle")),
            ("due-list", self.tr("Due list of an institution")),
            ("urgent-notice", self.tr("Urgent-measure notice of a finding")),
            ("meeting-protocol", self.tr("Protocol of a working group meeting")),
        ):
            self.kind.addItem(name, kind)
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("2026, 2026-H1 or 2026-Q3"))
        self.institution = QComboBox()
        self.inspection = QComboBox()
        # Part of the inspection parameter: which of its documents, the act or an addendum.
        self.addendum = QSpinBox()
        self.addendum.setRange(0, 1000)
        self.addendum.setSpecialValueText(self.tr("the act itself"))
        self.addendum.setPrefix(self.tr("addendum "))
        self.bundle = QComboBox()
        self.finding = QComboBox()
        self.meeting = QComboBox()
        self.reads_choices(
            self.institution, self.inspection, self.bundle, self.finding, self.meeting
        )
        self.language = QComboBox()
        self.chosen_language = ""  # what the user picked, kept while another kind is shown
        self.language.activated.connect(
            lambda: setattr(self, "chosen_language", self.language.currentData())
        )
        self.marking = QLineEdit()
        self.markings: dict[str, str] = {}  # the settings' markings, shown while it is empty
        self.language.currentIndexChanged.connect(self._show_marking)

        form = self._form()
        buttons = self._generate_buttons()

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(form)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.progress)
        side_layout.addWidget(self.errors.general)
        side_layout.addStretch()
        self.preview = PdfPreview()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("reports-splitter")
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([340, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _form(self) -> QFormLayout:
        """One row per parameter; each kind of document shows only the rows it takes."""
        form = QFormLayout()
        self.rows: dict[str, QWidget] = {}
        for key, caption, widget in (
            ("kind", self.tr("Report"), self.kind),
            ("period", self.tr("Period"), self.period),
            ("institution", self.tr("Institution"), self.institution),
            ("inspection", self.tr("Inspection"), self.inspection),
            ("addendum", self.tr("Document"), self.addendum),
            ("bundle", self.tr("Bundle"), self.bundle),
            ("finding", self.tr("Urgent finding"), self.finding),
            ("meeting", self.tr("Meeting"), self.meeting),
            ("lang", self.tr("Language"), self.language),
            ("marking", self.tr("Marking"), self.marking),
        ):
            wrapped = self.errors.wrap(key, widget)
            self.rows[key] = wrapped
            form.addRow(caption, wrapped)
        return form

    def _generate_buttons(self) -> QHBoxLayout:
        """Generate, and Cancel while a document is being made (the progress bar under them)."""
        self.generate_button = QPushButton(icon("report"), self.tr("Generate"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        return buttons

    def refresh(self, changes: Changes | None = None) -> None:
        self.ctx.read(load_choices, on_done=self._loaded, parent_widget=self)

    def forget(self) -> None:
        self.markings = {}
        self._show_marking()

    def _loaded(self, choices: ReportChoices) -> None:
        for combo, items, everything in (
            (self.institution, choices.institutions, self.tr("All institutions")),
            (self.inspection, [(r, f"{r} ({c})") for r, c in choices.inspections], None),
            (self.bundle, choices.bundles, None),
            (self.finding, [(r, f"{r} ({c})") for r, c in choices.urgent_findings], None),
            (self.meeting, choices.meetings, None),
        ):
            chosen = combo.currentData()
            combo.clear()
            if everything is not None:
                combo.addItem(everything, "")
            for value, text in items:
                shown = text if combo is not self.institution else f"{value} — {text}"
                combo.addItem(shown, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        if not self.period.text():
            self.period.setText(choices.period)
        self.markings = choices.markings
        self._show_marking()

    def _show_marking(self) -> None:
        """What the document in the chosen language carries unless another is typed."""
        self.marking.setPlaceholderText(self.markings.get(self.language.currentData(), ""))

    def open_with(self, args: dict[str, Any]) -> None:
        """``ctx.go("reports", kind="inspection-act", inspection="SCIS-2026-001")``, with
        ``addendum=1`` for the first addendum (``meeting=NUMBER`` for a meeting protocol)."""
        if "kind" in args:
            self.kind.setCurrentIndex(max(0, self.kind.findData(args["kind"])))
        for name, combo in (
            ("inspection", self.inspection),
            ("institution", self.institution),
            ("bundle", self.bundle),
            ("finding", self.finding),
            ("meeting", self.meeting),
        ):
            if name in args:
                combo.setCurrentIndex(max(0, combo.findData(args[name])))
        if "inspection" in args:
            self.addendum.setValue(int(args.get("addendum", 0)))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        wanted = KIND_PARAMS[kind]
        for key in ("period", "institution", "inspection", "bundle", "finding", "meeting"):
            self.rows[key].setEnabled(key in wanted)
        self.rows["addendum"].setEnabled("inspection" in wanted)
        # The user's choice where this kind is printed in it, else the interface's language
        # (the notice is printed in Russian too), else the documents' default.
        offered = report_langs(kind)
        ui = current_language()
        chosen = next(
            lang for lang in (self.chosen_language, ui, document_language()) if lang in offered
        )
        self.language.clear()
        for lang in offered:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.errors.clear()

    def request_from_form(self) -> ReportRequest:
        kind = self.kind.currentData()
        wanted = KIND_PARAMS[kind]
        return ReportRequest(
            kind=kind,
            params=ReportParams(
                lang=self.language.currentData(),
                period=self.period.text().strip() or None if "period" in wanted else None,
                institution=self.institution.currentData() or None
                if "institution" in wanted
                else None,
                inspection=self.inspection.currentData() or None
                if "inspection" in wanted
                else None,
                addendum=self.addendum.value() or None if "inspection" in wanted else None,
                finding=self.finding.currentData() or None if "finding" in wanted else None,
                meeting=self.meeting.currentData() or None if "meeting" in wanted else None,
                marking=self.marking.text().strip() or None,
            ),
            bundle=self.bundle.currentData() or "" if "bundle" in wanted else "",
        )

    def generate(self) -> None:
        if self.task is not None:
            return
        self.errors.clear()
        request = self.request_from_form()
        desk = self.ctx.require_desk()
        self.request = request
        self._busy(True)
        self.task = self.ctx.tasks.run(
            lambda task: generate(desk, request, task),
            on_done=self._generated,
            on_error=self._failed,
            title=self.tr("Generating the report"),
            cancellable=True,
            parent_widget=self,
            progress_dialog=False,
        )
        self.task.progressed.connect(self._progressed)
        # A cancelled task calls neither callback; its end still frees the page.
        self.task.ended.connect(self._ended)

    def _busy(self, busy: bool) -> None:
        self.generate_button.setVisible(not busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(round(100 * done / total) if total else 0)

    def _cancel(self) -> None:
        if self.task is not None:
            self.cancel_button.setEnabled(False)
            self.task.cancel()

    def _ended(self) -> None:
        self.task = None
        self._busy(False)

    def _generated(self, data: bytes) -> None:
        name = self.request.file_name() if self.request else "report.pdf"
        self.preview.show_pdf(data, name)

    def _failed(self, error: Exception) -> None:
        wanted = KIND_PARAMS[self.request.kind] if self.request else frozenset()
        if not isinstance(error, ValidationError) and len(wanted) == 1:
            # A report with one parameter that failed: the message belongs next to it.
            field = next(iter(wanted))
            if isinstance(error, DeskError):
                error = ValidationError(error.template, field, **error.params)
            else:
                text = error_text(error)
                error = ValidationError(text, field)
        self.errors.show(error)
