"""The action plan from a spreadsheet, as a wizard over the same engine as ``measures import``:
choose the file, check which column holds what, see what it would do (the rows it cannot read,
the institutions it cannot match with the near ones), import.

The preview is read on the reader pool and the import written by the write worker; nothing is
written before the last page's Import.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.core.sheets.plan_import import (
    IGNORE,
    Column,
    ImportResult,
    PlanPreview,
    column_letter,
)
from desktop_app.core.sheets.template import write_template
from desktop_app.errors import DeskError
from desktop_app.gui.context import AppContext
from desktop_app.gui.labels import message, term
from desktop_app.gui.widgets import current_language


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))


class PlanImportWizard(QWizard):
    """Three pages: the file, the columns, the preview (Import on the last)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("plan-import")
        self.setWindowTitle(self.tr("Import the action plan"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(900, 600)
        self.preview: PlanPreview | None = None
        self.imported: ImportResult | None = None
        self.mapping: dict[str, str] = {}
        self.mapped_path: Path | None = None  # the file ``mapping`` was chosen for
        self.file_page = self._file_page()
        self.columns_page = self._columns_page()
        self.preview_page = self._preview_page()
        for page in (self.file_page, self.columns_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.currentIdChanged.connect(self._entered)

    def field_names(self) -> dict[Column, str]:
        return {
            Column.NUMBER: self.tr("Number"),
            Column.TITLE: self.tr("Measure"),
            Column.TITLE_EN: self.tr("Measure (English)"),
            Column.DIRECTION: self.tr("Direction"),
            Column.EXECUTORS: self.tr("Executors (lead first)"),
            Column.LEAD: self.tr("Lead institution"),
            Column.CO_EXECUTORS: self.tr("Co-executors"),
            Column.TERM: self.tr("Term"),
            Column.START: self.tr("Start"),
            Column.END: self.tr("End"),
            Column.CONTINUOUS: self.tr("Continuous"),
            Column.EXPECTED_RESULT: self.tr("Expected result"),
            Column.FINANCING_SOURCE: self.tr("Financing source"),
            Column.DESCRIPTION: self.tr("Description"),
            Column.INDICATOR: self.tr("Indicator"),
            Column.UNIT: self.tr("Unit"),
            Column.BASELINE: self.tr("Baseline"),
            Column.TARGET: self.tr("Target"),
        }

    # -- pages ------------------------------------------------------------------------------

    def _file_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("The file"))
        page.setSubTitle(
            self.tr(
                "An XLSX, ODS or CSV file of the plan, as published or from the template: "
                "headers in Azerbaijani, English or Russian, on any row."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("plan-file")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        template = QPushButton(self.tr("Save a blank template…"))
        template.clicked.connect(self._save_template)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(template)
        layout.addStretch(1)
        page.registerField("file*", self.path_edit)
        return page

    def _columns_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("The columns"))
        page.setSubTitle(
            self.tr("What each column holds, as read from its header; correct it where needed.")
        )
        self.columns_status = QLabel()
        self.columns_status.setWordWrap(True)
        self.columns_table = _table([self.tr("Column"), self.tr("Header"), self.tr("Holds")])
        layout = QVBoxLayout(page)
        layout.addWidget(self.columns_status)
        layout.addWidget(self.columns_table, 1)
        return page

    def _preview_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("What the import does"))
        page.setSubTitle(self.tr("Nothing is written until you press Import."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = _table([self.tr("Row"), self.tr("Problem"), self.tr("Did you mean")])
        self.problems.setObjectName("plan-problems")
        self.changes = _table(
            [self.tr("Row"), self.tr("Number"), self.tr("Action"), self.tr("Measure")]
        )
        self.changes.setObjectName("plan-changes")
        self.cancel_missing = QCheckBox()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.changes, 2)
        layout.addWidget(self.cancel_missing)
        layout.addWidget(self.error)
        # A plain QWizardPage asked whether the preview allows an import (no subclass for one
        # method); mypy forbids assigning to a method.
        page.isComplete = self._can_import  # type: ignore[method-assign]
        return page

    # -- actions ----------------------------------------------------------------------------

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The action plan"), "", self.tr("Spreadsheets (*.xlsx *.ods *.csv)")
        )
        if name:
            self.path_edit.setText(name)

    def _save_template(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a blank template"), "plan.xlsx", "Excel (*.xlsx)"
        )
        if name:
            language = current_language()
            self.ctx.tasks.run(
                lambda _context: write_template(Path(name), language),
                on_done=lambda _result: self.path_edit.setText(name),
                parent_widget=self,
            )

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.columns_page:
            # Back from the preview the choices stay; another file starts from its headers
            # (and the mapping saved last time).
            if self.mapped_path != self.path():
                self.mapping, self.mapped_path = {}, self.path()
            self.load_preview()
        elif self.page(page_id) is self.preview_page:
            self.mapping = self._chosen_mapping()
            self.load_preview()

    def load_preview(self) -> None:
        """Read the file again with the mapping chosen, on the reader pool."""
        self.preview = None
        self.columns_status.setText(self.tr("Reading the file…"))
        self.summary.setText(self.tr("Reading the file…"))
        self.preview_page.completeChanged.emit()
        path, mapping = self.path(), dict(self.mapping)
        self.ctx.read(
            lambda desk: desk.plan_import.preview(path, mapping),
            on_done=self._show_preview,
            on_error=self._show_error,
            parent_widget=self,
        )

    def _show_error(self, error: Exception) -> None:
        text = message(error) if isinstance(error, DeskError) else str(error)
        self.columns_status.setText(text)
        self.summary.setText(text)
        self.error.setText(text)

    def _show_preview(self, preview: PlanPreview) -> None:
        self.preview = preview
        self.columns_status.setText(
            self.tr("Sheet “%1”, headers on row %2.")
            .replace("%1", preview.sheet)
            .replace("%2", str(preview.header_row))
        )
        names = self.field_names()
        self.columns_table.setRowCount(len(preview.columns))
        for row, column in enumerate(preview.columns):
            self.columns_table.setItem(row, 0, QTableWidgetItem(column_letter(column.index)))
            self.columns_table.setItem(row, 1, QTableWidgetItem(column.header))
            combo = QComboBox()
            combo.addItem(self.tr("(not read)"), "")
            for kind, name in names.items():
                combo.addItem(name, kind.value)
            combo.setCurrentIndex(
                max(combo.findData(column.column.value if column.column else ""), 0)
            )
            self.columns_table.setCellWidget(row, 2, combo)
        self._fill_preview(preview)
        self.preview_page.completeChanged.emit()

    def _chosen_mapping(self) -> dict[str, str]:
        if self.preview is None:
            return {}
        mapping: dict[str, str] = {}
        ignored: list[str] = []
        for row, column in enumerate(self.preview.columns):
            combo = self.columns_table.cellWidget(row, 2)
            if not isinstance(combo, QComboBox):
                continue
            if combo.currentData():
                mapping[str(combo.currentData())] = column_letter(column.index)
            elif column.column is not None or column.mapped:
                # "(not read)" for a column its header (or the saved mapping) would map.
                ignored.append(column_letter(column.index))
        if ignored:
            mapping[IGNORE] = "\n".join(ignored)
        return mapping

    def _fill_preview(self, preview: PlanPreview) -> None:
        self.summary.setText(
            self.tr(
                "Directions: %1 new. Measures: %2 new, %3 changed, %4 unchanged. "
                "Indicators: %5 new. Problems: %6."
            )
            .replace("%1", str(preview.count("direction", "create")))
            .replace("%2", str(preview.count("measure", "create")))
            .replace("%3", str(preview.count("measure", "update")))
            .replace("%4", str(preview.count("measure", "same")))
            .replace("%5", str(preview.count("indicator", "create")))
            .replace("%6", str(len(preview.problems)))
        )
        _fill(
            self.problems,
            [[p.row or "", message(p.error), "; ".join(p.suggestions)] for p in preview.problems],
        )
        actions = {"create": self.tr("new"), "update": self.tr("changed")}
        _fill(
            self.changes,
            [
                [
                    m.row,
                    m.number,
                    actions[m.action]
                    + (f" ({', '.join(term(name) for name in m.changes)})" if m.changes else ""),
                    m.values["title"],
                ]
                for m in preview.measures
                if m.action in actions
            ],
        )
        open_missing = [m for m in preview.missing if not m.cancelled]
        self.cancel_missing.setVisible(bool(open_missing))
        self.cancel_missing.setChecked(False)
        self.cancel_missing.setText(
            self.tr("Cancel the %1 measure(s) this version no longer has: %2")
            .replace("%1", str(len(open_missing)))
            .replace("%2", ", ".join(m.number for m in open_missing[:20]))
        )
        self.error.setText("")

    def _can_import(self) -> bool:
        return self.preview is not None and not self.preview.problems

    def accept(self) -> None:
        """Import: the write worker applies it all; the wizard closes when it is done."""
        path, mapping, cancel = self.path(), dict(self.mapping), self.cancel_missing.isChecked()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        def done(outcome: tuple[PlanPreview, ImportResult]) -> None:
            self.imported = outcome[1]
            super(PlanImportWizard, self).accept()

        def failed(error: Exception) -> None:
            self._show_error(error)
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

        self.ctx.write(
            lambda desk: desk.plan_import.apply(path, mapping, cancel_missing=cancel),
            on_done=done,
            on_error=failed,
            parent_widget=self,
        )
