"""Dialogs of the Measures page: add/edit a measure, add a progress report with evidence,
evaluate a report. Each saves through ``ctx.write``; a ValidationError is shown by its field and
the dialog stays open with everything the user typed.

Dialogs are opened with ``open()`` (not ``exec()``) so that locking can hide and re-show them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.desk import Desk
from desktop_app.core.models import (
    Evaluation,
    EvaluationResult,
    IndicatorDirection,
    InstitutionKind,
    ProgressReport,
    ProgressStatus,
)
from desktop_app.core.plan import IndicatorRow, MeasureDetail
from desktop_app.core.validation import current_period
from desktop_app.errors import DeskError
from desktop_app.gui.context import AppContext
from desktop_app.gui.labels import label
from desktop_app.gui.resources import icon
from desktop_app.gui.widgets import DateEdit, FormErrors, format_date


class _SaveDialog(QDialog):
    """OK runs ``work(desk)`` on the write worker; the dialog closes only when it succeeded."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FormErrors()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.saving = False
        self.result_value: Any = None

    def work(self) -> Callable[[Desk], Any]:
        raise NotImplementedError

    def lay_out(self, detail: MeasureDetail, about: QLabel, form: QFormLayout) -> None:
        """A decision on one measure: which measure, what the decision means, its fields."""
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{detail.measure.number} · {detail.measure.title}"))
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        if self.saving:
            return
        try:
            work = self.work()
        except DeskError as error:
            self.errors.show(error)
            return
        self.saving = True
        self.buttons.setEnabled(False)
        self.errors.clear()
        self.ctx.write(work, on_done=self._saved, on_error=self._failed, parent_widget=self)

    def _saved(self, result: Any) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.result_value = result
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.errors.show(error)


class MeasureDialog(_SaveDialog):
    """Add a measure, or edit one (``detail`` given). Coordinator only."""

    def __init__(
        self,
        ctx: AppContext,
        directions: list[tuple[int, str]],
        institutions: list[tuple[str, str]],
        detail: MeasureDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("measure-dialog")
        self.detail = detail
        self.setWindowTitle(self.tr("Edit measure") if detail else self.tr("New measure"))
        self._create_fields(directions, institutions)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form(revising=detail is not None))
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        if detail is not None:
            self._fill(detail)
        self.resize(640, 720 if detail else 640)

    def _create_fields(
        self, directions: list[tuple[int, str]], institutions: list[tuple[str, str]]
    ) -> None:
        self.number = QLineEdit()
        self.number.setPlaceholderText("2.3.1")
        self.title_edit = QPlainTextEdit()
        self.title_edit.setTabChangesFocus(True)
        self.title_edit.setFixedHeight(60)
        self.title_en = QLineEdit()
        self.direction = QComboBox()
        self.direction.addItem(self.tr("(none)"), None)
        for number, title in directions:
            self.direction.addItem(f"{number}. {title}", number)
        self.lead = QComboBox()
        for code, name in institutions:
            self.lead.addItem(f"{code} · {name}", code)
        self.co_executors = QListWidget()
        self.co_executors.setMaximumHeight(90)
        for code, name in institutions:
            item = QListWidgetItem(f"{code} · {name}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.co_executors.addItem(item)
        self.start = DateEdit()
        self.end = DateEdit()
        self.end.follow(self.start)
        self.continuous = QCheckBox(self.tr("Continuous (no end date)"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.expected = QPlainTextEdit()
        self.expected.setTabChangesFocus(True)
        self.financing = QLineEdit()
        # A change of the dates, the lead, the co-executors or the title revises the plan: it
        # needs a reason and may cite the decision it follows.
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("revision-reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(48)
        self.reason.setPlaceholderText(
            self.tr("Needed when the dates, the lead, the co-executors or the title change")
        )
        self.decision_number = QLineEdit()
        self.decision_number.setObjectName("decision-number")
        self.decision_date = DateEdit()

    def _form(self, *, revising: bool) -> QFormLayout:
        """The fields in their rows; an edit (``revising``) also asks for its reason."""
        form = QFormLayout()
        e = self.errors
        form.addRow(self.tr("&Number:"), e.wrap("number", self.number))
        form.addRow(self.tr("&Title:"), e.wrap("title", self.title_edit))
        form.addRow(self.tr("Title in &English:"), e.wrap("title_en", self.title_en))
        form.addRow(self.tr("&Direction:"), e.wrap("direction", self.direction))
        form.addRow(self.tr("&Lead institution:"), e.wrap("lead", self.lead, "institution"))
        form.addRow(self.tr("&Co-executors:"), e.wrap("co_executors", self.co_executors))
        dates = QHBoxLayout()
        dates.addWidget(e.wrap("start", self.start))
        dates.addWidget(e.wrap("end", self.end))
        dates.addWidget(self.continuous)
        # A row of two fields: its label needs the buddy QFormLayout gives only a single widget.
        dates_label = QLabel(self.tr("&Start / end:"))
        dates_label.setBuddy(self.start)
        form.addRow(dates_label, dates)
        form.addRow(self.tr("Desc&ription:"), e.wrap("description", self.description))
        form.addRow(self.tr("E&xpected result:"), e.wrap("expected_result", self.expected))
        form.addRow(self.tr("&Financing:"), e.wrap("financing_source", self.financing))
        if revising:
            form.addRow(self.tr("Reason for the &change:"), e.wrap("reason", self.reason))
            decision = QHBoxLayout()
            decision.addWidget(e.wrap("decision_number", self.decision_number), 2)
            decision.addWidget(e.wrap("decision_date", self.decision_date), 1)
            decision_label = QLabel(self.tr("Deci&sion (number, date):"))
            decision_label.setBuddy(self.decision_number)
            form.addRow(decision_label, decision)
        return form

    def _fill(self, detail: MeasureDetail) -> None:
        measure = detail.measure
        self.number.setText(measure.number)
        self.title_edit.setPlainText(measure.title)
        self.title_en.setText(measure.title_en)
        if detail.direction is not None:
            self.direction.setCurrentIndex(self.direction.findData(detail.direction.number))
        self.lead.setCurrentIndex(self.lead.findData(detail.lead.code))
        codes = set(measure.co_executors or ())
        for row in range(self.co_executors.count()):
            item = self.co_executors.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in codes:
                item.setCheckState(Qt.CheckState.Checked)
        self.start.set_value(measure.start_date)
        self.end.set_value(measure.end_date)
        self.continuous.setChecked(measure.continuous)
        self.description.setPlainText(measure.description)
        self.expected.setPlainText(measure.expected_result)
        self.financing.setText(measure.financing_source)

    def values(self) -> dict[str, Any]:
        co = [
            self.co_executors.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.co_executors.count())
            if self.co_executors.item(row).checkState() == Qt.CheckState.Checked
        ]
        return {
            "number": self.number.text(),
            "title": self.title_edit.toPlainText(),
            "title_en": self.title_en.text(),
            "direction": self.direction.currentData(),
            "lead": self.lead.currentData() or "",
            "co_executors": co,
            "start": self.start.value(),
            "end": None if self.continuous.isChecked() else self.end.value(),
            "continuous": self.continuous.isChecked(),
            "description": self.description.toPlainText(),
            "expected_result": self.expected.toPlainText(),
            "financing_source": self.financing.text(),
        }

    def work(self) -> Callable[[Desk], Any]:
        values = self.values()
        if self.detail is None:
            number, title, lead = values.pop("number"), values.pop("title"), values.pop("lead")
            return lambda desk: desk.plan.add_measure(number, title, lead, **values)
        ref = self.detail.measure.id
        reason = self.reason.toPlainText()
        if not reason.strip():
            # The service refuses a revised field without its reason, by the reason's field.
            return lambda desk: desk.plan.update_measure(ref, **values)
        number, date = self.decision_number.text(), self.decision_date.value()
        return lambda desk: desk.plan.revise_measure(
            ref, reason, decision_number=number, decision_date=date, **values
        )


class CancelMeasureDialog(_SaveDialog):
    """Cancel a measure by a plan revision: it stays in the plan with its reports."""

    def __init__(self, ctx: AppContext, detail: MeasureDetail, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("cancel-measure-dialog")
        self.measure_id = detail.measure.id
        self.setWindowTitle(self.tr("Cancel measure %1").replace("%1", detail.measure.number))
        about = QLabel(
            self.tr(
                "The measure stays in the plan with its reports and its history; from the day"
                " the cancellation takes effect it is shown as cancelled and is neither overdue"
                " nor due a report."
            )
        )
        about.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.decision_number = QLineEdit()
        self.decision_date = DateEdit()
        self.decision_date.setToolTip(
            self.tr("The cancellation takes effect on this day (else today)")
        )
        form = QFormLayout()
        e = self.errors
        form.addRow(self.tr("&Reason:"), e.wrap("reason", self.reason))
        form.addRow(self.tr("Decision &number:"), e.wrap("decision_number", self.decision_number))
        form.addRow(self.tr("Decision &date:"), e.wrap("decision_date", self.decision_date))
        self.lay_out(detail, about, form)
        self.resize(520, 360)

    def work(self) -> Callable[[Desk], Any]:
        ref, reason = self.measure_id, self.reason.toPlainText()
        number, date = self.decision_number.text(), self.decision_date.value()
        return lambda desk: desk.plan.cancel_measure(
            ref, reason, decision_number=number, decision_date=date
        )


class IndicatorDialog(_SaveDialog):
    """Add an indicator to a measure, or edit one (``row`` given): its direction and the value
    planned for each year of the strategy."""

    def __init__(
        self,
        ctx: AppContext,
        measure: str,
        years: Sequence[int],
        row: IndicatorRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("indicator-dialog")
        self.measure = measure
        self.row = row
        self.setWindowTitle(self.tr("Edit indicator") if row else self.tr("New indicator"))
        self.name = QLineEdit()
        self.unit = QLineEdit()
        self.baseline = QLineEdit()
        self.target = QLineEdit()
        self.direction = QComboBox()
        self.direction.addItem(self.tr("From the baseline and the target"), None)
        for value in IndicatorDirection.values():
            self.direction.addItem(label(value), value)
        self.milestones = QTableWidget(len(years), 2)
        self.milestones.setObjectName("milestones")
        self.milestones.setHorizontalHeaderLabels([self.tr("Year"), self.tr("Planned value")])
        self.milestones.verticalHeader().hide()
        self.milestones.horizontalHeader().setStretchLastSection(True)
        for index, year in enumerate(years):
            cell = QTableWidgetItem(str(year))
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.milestones.setItem(index, 0, cell)
            self.milestones.setItem(index, 1, QTableWidgetItem(""))
        form = QFormLayout()
        e = self.errors
        form.addRow(self.tr("&Name:"), e.wrap("name", self.name))
        form.addRow(self.tr("&Unit:"), e.wrap("unit", self.unit))
        form.addRow(self.tr("&Baseline:"), e.wrap("baseline", self.baseline))
        form.addRow(self.tr("&Target:"), e.wrap("target", self.target))
        form.addRow(self.tr("&Direction:"), e.wrap("direction", self.direction))
        form.addRow(self.tr("&Milestones:"), e.wrap("milestones", self.milestones))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(e.general)
        layout.addWidget(self.buttons)
        if row is not None:
            self._fill(row)
        self.resize(520, 520)

    def _fill(self, row: IndicatorRow) -> None:
        self.name.setText(row.name)
        self.unit.setText(row.unit)
        self.baseline.setText(number_text(row.baseline))
        self.target.setText(number_text(row.target))
        self.direction.setCurrentIndex(self.direction.findData(row.direction))
        for index in range(self.milestones.rowCount()):
            year = self._cell(index, 0)
            self.milestones.setItem(
                index, 1, QTableWidgetItem(number_text(row.milestones.get(year)))
            )

    def _cell(self, row: int, column: int) -> str:
        item = self.milestones.item(row, column)
        return item.text() if item is not None else ""

    def planned(self) -> dict[str, str]:
        cells = ((self._cell(i, 0), self._cell(i, 1)) for i in range(self.milestones.rowCount()))
        return {year: value for year, value in cells if value.strip()}

    def work(self) -> Callable[[Desk], Any]:
        name, unit = self.name.text(), self.unit.text()
        baseline, target = self.baseline.text(), self.target.text()
        direction, milestones = self.direction.currentData(), self.planned()
        if self.row is None:
            measure = self.measure
            return lambda desk: desk.plan.add_indicator(
                measure, name, unit, baseline, target, direction=direction, milestones=milestones
            )
        ref = self.row.id
        return lambda desk: desk.plan.update_indicator(
            ref,
            name=name,
            unit=unit,
            baseline=baseline,
            target=target,
            direction=direction,
            milestones=milestones,
        )


class PlanNamesDialog(_SaveDialog):
    """Edit an institution's names and kind, or a direction's title (``kind``)."""

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        choices: Sequence[tuple[Any, str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """``choices``: (key, name, English name, institution kind or "") of each record."""
        super().__init__(ctx, parent)
        self.setObjectName(f"edit-{kind}-dialog")
        self.kind = kind
        self.choices = {key: (name, name_en, sort) for key, name, name_en, sort in choices}
        institution = kind == "institution"
        self.setWindowTitle(
            self.tr("Edit institution") if institution else self.tr("Edit direction")
        )
        self.record = QComboBox()
        for key, name, _name_en, _sort in choices:
            self.record.addItem(f"{key} · {name}" if institution else f"{key}. {name}", key)
        self.name = QLineEdit()
        self.name_en = QLineEdit()
        self.institution_kind = QComboBox()
        for value in InstitutionKind.values():
            self.institution_kind.addItem(label(value), value)
        form = QFormLayout()
        e = self.errors
        form.addRow(
            self.tr("&Institution:") if institution else self.tr("&Direction:"), self.record
        )
        name_field = "name" if institution else "title"
        form.addRow(self.tr("&Name:"), e.wrap(name_field, self.name))
        form.addRow(self.tr("Name in &English:"), e.wrap(f"{name_field}_en", self.name_en))
        if institution:
            form.addRow(self.tr("&Kind:"), e.wrap("kind", self.institution_kind))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(e.general)
        layout.addWidget(self.buttons)
        self.record.currentIndexChanged.connect(self._fill)
        self._fill()
        self.resize(560, 240)

    def _fill(self) -> None:
        name, name_en, sort = self.choices[self.record.currentData()]
        self.name.setText(name)
        self.name_en.setText(name_en)
        self.institution_kind.setCurrentIndex(max(0, self.institution_kind.findData(sort)))

    def work(self) -> Callable[[Desk], Any]:
        key, name, name_en = self.record.currentData(), self.name.text(), self.name_en.text()
        if self.kind == "institution":
            sort = self.institution_kind.currentData()
            return lambda desk: desk.plan.update_institution(
                key, name=name, name_en=name_en, kind=sort
            )
        return lambda desk: desk.plan.update_direction(key, title=name, title_en=name_en)


def number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class FileList(QListWidget):
    """A list of files to attach: filled by a dialog or by dropping files on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)
        self.setObjectName("file-list")

    def paths(self) -> list[Path]:
        return [Path(self.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.count())]

    def add_path(self, path: Path) -> None:
        if path.is_file() and path not in self.paths():
            item = QListWidgetItem(icon("attach"), path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.addItem(item)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_path(Path(url.toLocalFile()))
        event.acceptProposedAction()


class ProgressDialog(_SaveDialog):
    """An institution's progress report on a measure for a period, with evidence files."""

    def __init__(
        self, ctx: AppContext, detail: MeasureDetail, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("progress-dialog")
        self.detail = detail
        measure = detail.measure
        self.setWindowTitle(self.tr("Progress report on %1").replace("%1", measure.number))
        self.period = QLineEdit(current_period(today))
        self.period.setPlaceholderText("2026-Q3")
        self.status = QComboBox()
        for status in ProgressStatus.values():
            self.status.addItem(label(status), status)
        self.status.setCurrentIndex(self.status.findData(ProgressStatus.IN_PROGRESS.value))
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.work_done = QPlainTextEdit()
        self.work_done.setTabChangesFocus(True)
        self.problems = QPlainTextEdit()
        self.problems.setTabChangesFocus(True)
        self.problems.setFixedHeight(60)
        self.actuals: dict[str, QLineEdit] = {}
        self.draft = QCheckBox(self.tr("Keep as a draft (not sent until submitted)"))
        self.files = FileList()
        self.files.setMaximumHeight(90)

        form = QFormLayout()
        e = self.errors
        form.addRow(self.tr("&Period:"), e.wrap("period", self.period))
        form.addRow(self.tr("&Status:"), e.wrap("status", self.status))
        form.addRow(self.tr("P&ercent done:"), e.wrap("percent", self.percent))
        form.addRow(self.tr("&Work done:"), e.wrap("work_done", self.work_done))
        form.addRow(self.tr("Pro&blems:"), e.wrap("problems", self.problems))
        self._add_actuals(form, detail)
        form.addRow(self.tr("Evidence:"), e.wrap("file", self._evidence(), "file_name"))
        form.addRow("", self.draft)
        layout = QVBoxLayout(self)
        header = QLineEdit(f"{measure.number} · {measure.title}")
        header.setReadOnly(True)
        header.setFrame(False)
        layout.addWidget(header)
        layout.addLayout(form)
        layout.addWidget(e.general)
        layout.addWidget(self.buttons)
        self.resize(620, 600)

    def _add_actuals(self, form: QFormLayout, detail: MeasureDetail) -> None:
        """A row per indicator of the measure, for its actual value."""
        for indicator in detail.indicators:
            edit = QLineEdit()
            unit = f" ({indicator.unit})" if indicator.unit else ""
            target = "" if indicator.target is None else f"{indicator.target:g}"
            edit.setPlaceholderText(self.tr("target %1").replace("%1", target) if target else "")
            self.actuals[indicator.id] = edit
            form.addRow(
                f"{indicator.name}{unit}:", self.errors.wrap(indicator.name, edit, indicator.id)
            )

    def _evidence(self) -> QWidget:
        """The evidence files with their add and remove buttons."""
        add_file = QPushButton(icon("attach"), self.tr("Add &files…"))
        add_file.clicked.connect(self._choose_files)
        remove_file = QPushButton(self.tr("Remove"))
        remove_file.clicked.connect(lambda: self.files.takeItem(self.files.currentRow()))
        files_row = QVBoxLayout()
        files_row.addWidget(self.files)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(add_file)
        file_buttons.addWidget(remove_file)
        file_buttons.addStretch(1)
        files_row.addLayout(file_buttons)
        return _box(files_row)

    def _choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Evidence files"))
        for name in names:
            self.files.add_path(Path(name))

    def work(self) -> Callable[[Desk], Any]:
        measure = self.detail.measure.id
        period = self.period.text()
        status = self.status.currentData()
        percent = self.percent.value()
        work_done = self.work_done.toPlainText()
        problems = self.problems.toPlainText()
        actuals: dict[str, float | str] = {
            ref: edit.text() for ref, edit in self.actuals.items() if edit.text().strip()
        }
        draft = self.draft.isChecked()
        files = self.files.paths()

        def save(desk: Desk) -> Any:
            report = desk.progress.add(
                measure,
                period,
                status,
                percent,
                work_done,
                problems=problems,
                indicator_actuals=actuals,
                draft=draft,
            )
            for path in files:
                desk.attachments.attach(report.id, path)
            return report

        return save


def evaluation_history_text(history: Sequence[Evaluation]) -> str:
    """One line per evaluation, newest first: date, result, evaluator and comment."""
    return "\n".join(
        " · ".join(
            part
            for part in (format_date(e.evaluated_at), label(e.result), e.evaluator, e.comment)
            if part
        )
        for e in history
    )


class EvaluationDialog(_SaveDialog):
    """The coordinator's evaluation of one submitted report."""

    def __init__(
        self,
        ctx: AppContext,
        measure: str,
        report: ProgressReport,
        history: Sequence[Evaluation],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("evaluation-dialog")
        self.report_id = report.id
        self.setWindowTitle(self.tr("Evaluate the report"))
        self.result_box = QComboBox()
        for value in EvaluationResult.values():
            self.result_box.addItem(label(value), value)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        # The report as it stands, and what was said about its earlier versions.
        parts = [
            f"{measure} · {report.period} · {label(report.status)} · {report.percent} %",
            self.tr("Work done:") + "\n" + report.work_done,
        ]
        if report.problems:
            parts.append(self.tr("Problems:") + "\n" + report.problems)
        if history:
            parts.append(self.tr("Earlier evaluations:") + "\n" + evaluation_history_text(history))
        about = QPlainTextEdit("\n\n".join(parts))
        about.setObjectName("evaluated-report")
        about.setReadOnly(True)
        about.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Result:"), self.errors.wrap("result", self.result_box))
        form.addRow(self.tr("&Comment:"), self.errors.wrap("comment", self.comment))
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.resize(560, 520)

    def work(self) -> Callable[[Desk], Any]:
        report, result, comment = (
            self.report_id,
            self.result_box.currentData(),
            self.comment.toPlainText(),
        )
        return lambda desk: desk.progress.evaluate(report, result, comment)


class OfficialStatusDialog(_SaveDialog):
    """The coordinator's decision on a measure's official status, with its recorded reason: it
    wins over the lead's reports until the lead submits one for a later period."""

    def __init__(
        self,
        ctx: AppContext,
        detail: MeasureDetail,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("official-status-dialog")
        self.measure_id = detail.measure.id
        self.setWindowTitle(self.tr("Official status of %1").replace("%1", detail.measure.number))
        official = detail.official
        about = QLabel(
            self.tr(
                "Now: %1 %2 % (%3). The status decided here is the measure's official one, shown"
                " in every list and report and sent to the institutions, until the lead reports"
                " for a later period."
            )
            .replace("%1", label(official.status))
            .replace("%2", str(official.percent))
            .replace("%3", official.period or self.tr("no report yet"))
        )
        about.setObjectName("official-now")
        about.setWordWrap(True)
        self.period = QLineEdit(official.period or current_period(today))
        self.period.setObjectName("decision-period")
        self.period.setPlaceholderText("2026-Q2")
        self.status = QComboBox()
        self.status.setObjectName("decision-status")
        for value in ProgressStatus.values():
            self.status.addItem(label(value), value)
        self.status.setCurrentIndex(self.status.findData(official.status))
        self.percent = QSpinBox()
        self.percent.setObjectName("decision-percent")
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(official.percent)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("decision-reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the commission sets this status (required)"))
        form = QFormLayout()
        e = self.errors
        form.addRow(self.tr("&Period:"), e.wrap("period", self.period))
        form.addRow(self.tr("&Status:"), e.wrap("status", self.status))
        form.addRow(self.tr("&Percent:"), e.wrap("percent", self.percent))
        form.addRow(self.tr("&Reason:"), e.wrap("reason", self.reason))
        self.lay_out(detail, about, form)
        self.resize(520, 400)

    def work(self) -> Callable[[Desk], Any]:
        ref, period_text = self.measure_id, self.period.text()
        status, percent = self.status.currentData(), self.percent.value()
        reason = self.reason.toPlainText()
        return lambda desk: desk.plan.set_official_status(ref, period_text, status, percent, reason)


def _box(layout: QLayout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
