"""The Measures page: the action plan's measures in a table that stays fluid with 100,000 rows,
filters that work in place, full-text search, and a detail pane with indicators, the history of
progress reports, evidence and the coordinator's evaluations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QRect,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.access import Right
from desktop_app.core.aztext import az_fold
from desktop_app.core.changes import Changes, Subject
from desktop_app.core.desk import Desk
from desktop_app.core.models import (
    Measure,
    NodeRole,
    ProgressReport,
    ProgressStatus,
    RevisedField,
)
from desktop_app.core.plan import (
    IndicatorRow,
    MeasureDetail,
    MeasureFilter,
    MeasureRow,
    RevisionRow,
)
from desktop_app.core.progress import evaluation_state
from desktop_app.core.validation import current_period, number_key
from desktop_app.gui import widgets
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.measure import (
    CancelMeasureDialog,
    EvaluationDialog,
    IndicatorDialog,
    MeasureDialog,
    OfficialStatusDialog,
    PlanNamesDialog,
    ProgressDialog,
    evaluation_history_text,
    number_text,
)
from desktop_app.gui.dialogs.pdf_preview import is_pdf, preview_attachment
from desktop_app.gui.labels import label
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.parts import EmptyHint
from desktop_app.gui.resources import icon
from desktop_app.gui.widgets import (
    AnyIndex,
    Column,
    RowFilterProxy,
    RowTableModel,
    fold_texts,
    format_date,
)

SPLITTER = "measures/splitter"
# Direction, end date, last report: hidden while the detail pane shows them.
DETAIL_COLUMNS = (2, 6, 7)
OVERDUE = QColor("#b3261e")
SEARCH_DELAY_MS = 250


# What a refresh reads: the rows, their folded search texts, the directions and institutions.
class MeasureModel(RowTableModel[MeasureRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        t = _column_titles()
        super().__init__(
            [
                Column(t[0], lambda r: r.number, sort_key=lambda r: number_key(r.number)),
                Column(t[1], lambda r: r.title, tooltip=lambda r: r.title_en or r.title),
                Column(t[2], lambda r: r.direction, align_right=True),
                Column(t[3], lambda r: r.lead_code, tooltip=lambda r: r.lead_name),
                Column(t[4], lambda r: label(r.status), sort_key=lambda r: r.status),
                Column(t[5], lambda r: r.percent, align_right=True),
                Column(
                    t[6], lambda r: r.end_date, sort_key=lambda r: (r.end_date is None, r.end_date)
                ),
                Column(t[7], lambda r: r.latest_period),
            ],
            parent,
            search_text=search_text,
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Overdue rows are drawn in red across the whole row.
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return OVERDUE if self.row_at(index.row()).overdue else None
        return super().data(index, role)


def search_text(row: MeasureRow) -> str:
    """What the search box matches at once: number, titles and institutions (the full-text
    index adds descriptions)."""
    return " ".join(
        (row.number, row.title, row.title_en, row.lead_code, row.lead_name, *row.co_executors)
    )


def _column_titles() -> list[str]:
    return [
        QCoreApplication.translate("MeasureModel", "No."),
        QCoreApplication.translate("MeasureModel", "Measure"),
        QCoreApplication.translate("MeasureModel", "Dir."),
        QCoreApplication.translate("MeasureModel", "Lead"),
        QCoreApplication.translate("MeasureModel", "Status"),
        QCoreApplication.translate("MeasureModel", "%"),
        QCoreApplication.translate("MeasureModel", "End date"),
        QCoreApplication.translate("MeasureModel", "Last report"),
    ]


@dataclass
class MeasureCriteria:
    direction: int | None = None
    institution: str | None = None
    status: str | None = None
    overdue: bool = False
    text: str = ""
    # Ids the full-text index matched for ``text`` (descriptions, expected results).
    fts_ids: set[str] = field(default_factory=set)


class MeasureProxy(RowFilterProxy):
    """Filters measure rows in place; text matches number, titles and institutions at once and
    the full-text index (descriptions) when its answer arrives."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.criteria = MeasureCriteria()
        self._words: list[str] = []
        # (other criteria, words, positions that matched): where the next keystroke starts from
        self._memo: tuple[tuple[Any, ...], list[str], list[int]] = ((), [], [])

    def set_criteria(self, **changes: Any) -> None:
        for name, value in changes.items():
            setattr(self.criteria, name, value)
        if "text" in changes:
            self._words = az_fold(self.criteria.text).split()
        self.filter_changed()

    def is_filtering(self) -> bool:
        c = self.criteria
        return bool(
            c.direction is not None or c.institution or c.status or c.overdue or self._words
        )

    def accepted(self, rows: list[MeasureRow], folded: list[str]) -> list[int]:
        """One list comprehension per criterion: a few ms each on 100,000 rows. While the user
        types on (each word only grows), only the rows that matched before are searched."""
        c = self.criteria
        # Positions hold until the source resets or re-sorts (the arrangement).
        key = (c.direction, c.institution, c.status, c.overdue, self.arrangement)
        memo_key, memo_words, memo_rows = self._memo
        selected: Iterable[int] = range(len(rows))
        if (
            self._words
            and not c.fts_ids
            and memo_key == key
            and len(memo_words) <= len(self._words)
            and all(old in new for old, new in zip(memo_words, self._words, strict=False))
        ):
            selected = memo_rows
        if c.direction is not None:
            selected = [i for i in selected if rows[i].direction == c.direction]
        if c.institution:
            code = c.institution
            selected = [
                i for i in selected if rows[i].lead_code == code or code in rows[i].co_executors
            ]
        if c.status:
            selected = [i for i in selected if rows[i].status == c.status]
        if c.overdue:
            selected = [i for i in selected if rows[i].overdue]
        fts = c.fts_ids
        for word in self._words:
            selected = [i for i in selected if word in folded[i] or rows[i].id in fts]
        chosen = list(selected)
        self._memo = (key, list(self._words), chosen)
        return chosen


class AttachmentList(QListWidget):
    """Evidence of the selected measure; files dropped on it are attached."""

    def __init__(self, page: MeasuresPage) -> None:
        super().__init__()
        self.page = page
        self.setObjectName("attachments")
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.page.attach_target.count():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls() and self.page.attach_target.count():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.page.attach_files(paths)


class MeasuresPage(Page):
    key = "measures"
    shows = frozenset(
        {
            Subject.MEASURE,
            Subject.PROGRESS_REPORT,
            Subject.EVALUATION,
            Subject.INDICATOR,
            Subject.ATTACHMENT,
            Subject.DIRECTION,
            Subject.STATUS_DECISION,
            Subject.OFFICIAL_STATUS,
            Subject.PLAN_REVISION,
            Subject.INDICATOR_COURSE,
        }
        | {Subject.INSTITUTION}
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail: MeasureDetail | None = None
        self.saved_copies: dict[str, Path] = {}
        self._selected_id: str | None = None
        # (number, title, English title) and (code, name, English name, kind)
        self._directions: list[tuple[int, str, str]] = []
        self._institutions: list[tuple[str, str, str, str]] = []
        self._years: list[int] = []  # the strategy's
        self._period = ""
        self.open_dialog: QDialog | None = None

        self.model = MeasureModel(self)
        self.proxy = MeasureProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.splitter = self._build_splitter(ctx, self._build_list())
        layout = QVBoxLayout(self)
        title = QLabel(self.title())
        title.setObjectName("heading")
        layout.addWidget(title)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._full_text)
        self._show_detail(None)

    def _build_list(self) -> QWidget:
        """The measures with their search, filters and buttons."""
        search_row, filters = self._build_filters()
        self._build_table()
        buttons = self._build_buttons()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        left_layout.addLayout(buttons)
        return left

    def _build_filters(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The search field (with the count) and the filters, each row a layout."""
        self.search = QLineEdit()
        self.search.setObjectName("measure-search")
        self.search.setPlaceholderText(self.tr("Search measures (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._text_changed)
        self.direction = QComboBox()
        self.direction.setObjectName("filter-direction")
        self.institution = QComboBox()
        self.institution.setObjectName("filter-institution")
        self.institution.setMinimumContentsLength(12)
        self.reads_choices(self.direction, self.institution)
        self.status = QComboBox()
        self.status.setObjectName("filter-status")
        self.status.addItem(self.tr("Any status"), None)
        for value in ProgressStatus.values():
            self.status.addItem(label(value), value)
        self.overdue = QCheckBox(self.tr("&Overdue only"))
        self.overdue.setObjectName("filter-overdue")
        self.period = QComboBox()
        self.period.setObjectName("filter-period")
        self.period.setToolTip(self.tr("Status as reported up to this period"))
        self.count = QLabel()
        self.direction.currentIndexChanged.connect(
            lambda: self.proxy.set_criteria(direction=self.direction.currentData())
        )
        self.institution.currentIndexChanged.connect(
            lambda: self.proxy.set_criteria(institution=self.institution.currentData())
        )
        self.status.currentIndexChanged.connect(
            lambda: self.proxy.set_criteria(status=self.status.currentData())
        )
        self.overdue.toggled.connect(lambda on: self.proxy.set_criteria(overdue=on))
        self.period.activated.connect(self._period_changed)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)
        filters = QHBoxLayout()
        filters.addWidget(self.direction, 2)
        filters.addWidget(self.institution, 2)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.period, 1)
        filters.addWidget(self.overdue)
        return search_row, filters

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("measures-table")
        self.table.setModel(self.proxy)
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 56), (2, 40), (3, 70), (4, 100), (5, 40), (6, 90), (7, 80)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _i: self.edit_measure())

    def _build_buttons(self) -> QHBoxLayout:
        """The actions on the chosen measure, the rarer ones in the More menu."""
        self.add_button = QPushButton(icon("add"), self.tr("&New measure…"))
        self.add_button.setObjectName("add-measure")
        self.add_button.clicked.connect(self.add_measure)
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.edit_button.setObjectName("edit-measure")
        self.edit_button.clicked.connect(self.edit_measure)
        self.report_button = QPushButton(icon("report"), self.tr("Progress &report…"))
        self.report_button.setObjectName("add-report")
        self.report_button.clicked.connect(self.add_report)
        self.evaluate_button = QPushButton(icon("evaluate"), self.tr("Eva&luate…"))
        self.evaluate_button.setObjectName("evaluate")
        self.evaluate_button.clicked.connect(self.evaluate)
        # The coordinator's decision on the official status, from the measure it concerns.
        self.official_button = QPushButton(icon("evaluate"), self.tr("Set official &status…"))
        self.official_button.setObjectName("set-official-status")
        self.official_button.clicked.connect(self.set_official_status)
        # Rarer changes of the plan, in one menu so that the row fits 1280 pixels in every
        # language: a measure's cancellation, and the names of directions and institutions.
        self.more_button = QToolButton()
        self.more_button.setObjectName("plan-more")
        self.more_button.setText(self.tr("&More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.cancel_action = more.addAction(self.tr("Ca&ncel measure…"), self.cancel_measure)
        self.cancel_action.setToolTip(
            self.tr("A plan revision: the measure stays in the plan with its reports")
        )
        more.addSeparator()
        self.edit_direction_action = more.addAction(
            self.tr("Edit a direction…"), lambda: self.edit_names("direction")
        )
        self.edit_institution_action = more.addAction(
            self.tr("Edit an institution…"), lambda: self.edit_names("institution")
        )
        self.more_button.setMenu(more)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.report_button):
            buttons.addWidget(button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)

        return buttons

    def _build_splitter(self, ctx: AppContext, left: QWidget) -> QSplitter:
        """The list beside the detail, in the proportions the user left them."""
        splitter = QSplitter()
        splitter.setObjectName("measures-splitter")
        splitter.addWidget(left)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        state = ctx.settings.value(SPLITTER)
        if state is not None:
            splitter.restoreState(state)
        else:
            splitter.setSizes([760, 420])
        splitter.splitterMoved.connect(
            lambda *_: ctx.settings.setValue(SPLITTER, splitter.saveState())
        )
        return splitter

    def _empty_text(self) -> str:
        """What to do next while the plan is empty, for this kind of desk."""
        desk = self.ctx.desk
        if desk is not None and desk.node.role is NodeRole.COORDINATOR:
            return self.tr(
                "No measures yet. Add the action plan's measures with the New measure button."
            )
        return self.tr(
            "No measures yet: they come with the coordinator's first bundle. Import it on the "
            "Exchange page."
        )

    # -- detail pane ----------------------------------------------------------------------------

    def _build_detail(self) -> QWidget:
        self._build_facts()
        self._build_indicators()
        self._build_plan_tables()
        evidence = self._build_evidence()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addLayout(self.facts)
        layout.addWidget(self.official_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.indicators_title = _section(self.tr("Indicators"))
        layout.addWidget(self.indicators_title)
        layout.addWidget(self.indicators)
        layout.addWidget(self.indicator_buttons)
        self.history_title = _section(self.tr("Plan history"))
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)
        self.contributions_title = _section(self.tr("Contributions of co-executors"))
        layout.addWidget(self.contributions_title)
        layout.addWidget(self.contributions)
        layout.addWidget(_section(self.tr("Progress reports")))
        layout.addWidget(self.reports)
        layout.addWidget(self.evaluate_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("measure-detail")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.detail_pane = QFrame()
        self.detail_pane.setObjectName("measure-detail-pane")
        self.detail_pane.setFrameShape(QFrame.Shape.StyledPanel)
        pane_layout = QVBoxLayout(self.detail_pane)
        pane_layout.setContentsMargins(0, 0, 0, 6)
        pane_layout.addWidget(scroll, 1)
        pane_layout.addWidget(evidence)
        return self.detail_pane

    def _build_facts(self) -> None:
        """The measure's heading and facts (direction, lead, dates, status...)."""
        self.heading = QLabel()
        self.heading.setObjectName("measure-heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for key, text in (
            ("direction", self.tr("Direction:")),
            ("lead", self.tr("Lead:")),
            ("co", self.tr("Co-executors:")),
            ("dates", self.tr("Period:")),
            ("status", self.tr("Status:")),
            ("source", self.tr("Status from:")),
            ("description", self.tr("Description:")),
            ("expected", self.tr("Expected result:")),
            ("financing", self.tr("Financing:")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            self.facts.addRow(text, value)

    def _build_indicators(self) -> None:
        # One entry per indicator, wrapped: the pane is narrow and each has seven figures.
        self.indicators = QListWidget()
        self.indicators.setObjectName("indicators")
        self.indicators.setWordWrap(True)
        self.indicators.setAlternatingRowColors(True)
        self.indicators.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.indicators.itemSelectionChanged.connect(self._update_actions)
        self.indicators.itemDoubleClicked.connect(lambda _item: self.edit_indicator())
        self.add_indicator_button = QPushButton(icon("add"), self.tr("Add in&dicator…"))
        self.add_indicator_button.setObjectName("add-indicator")
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.edit_indicator_button = QPushButton(icon("edit"), self.tr("Edit indica&tor…"))
        self.edit_indicator_button.setObjectName("edit-indicator")
        self.edit_indicator_button.clicked.connect(self.edit_indicator)
        indicator_row = QHBoxLayout()
        indicator_row.addWidget(self.add_indicator_button)
        indicator_row.addWidget(self.edit_indicator_button)
        indicator_row.addStretch(1)
        self.indicator_buttons = _row_widget(indicator_row)

    def _build_plan_tables(self) -> None:
        """The plan's history, the co-executors' contributions and the progress reports."""
        # Every change of the plan for this measure, with its reason and decision.
        self.history = QLabel()
        self.history.setObjectName("plan-history")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Co-executors' reports: their part, never the measure's official status.
        self.contributions = QTableWidget(0, 5)
        self.contributions.setObjectName("contributions")
        self.contributions.setHorizontalHeaderLabels(
            [
                self.tr("Institution"),
                self.tr("Period"),
                self.tr("Status"),
                self.tr("%"),
                self.tr("Work done"),
            ]
        )
        _compact_table(self.contributions)

        self.reports = QTableWidget(0, 6)
        self.reports.setObjectName("reports")
        self.reports.setHorizontalHeaderLabels(
            [
                self.tr("Period"),
                self.tr("Institution"),
                self.tr("Status"),
                self.tr("%"),
                self.tr("Evaluation"),
                self.tr("Work done"),
            ]
        )
        _compact_table(self.reports)
        for column in range(5):
            self.reports.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.reports.itemSelectionChanged.connect(self._update_actions)

    def _build_evidence(self) -> QWidget:
        """The evidence files and their buttons."""
        self.attachments = AttachmentList(self)
        self.attachments.setMaximumHeight(84)
        self.attachments.currentRowChanged.connect(lambda _r: self._update_actions())
        self.attach_target = QComboBox()
        self.attach_target.setObjectName("attach-target")
        self.attach_button = QPushButton(icon("attach"), self.tr("&Attach…"))
        self.attach_button.setObjectName("attach")
        self.attach_button.clicked.connect(self._choose_attachments)
        self.save_copy_button = QPushButton(icon("save"), self.tr("Save a &copy…"))
        self.save_copy_button.setObjectName("save-copy")
        self.save_copy_button.clicked.connect(self.save_copy)
        self.open_button = QPushButton(icon("open"), self.tr("O&pen"))
        self.open_button.setObjectName("open-copy")
        self.open_button.setToolTip(
            self.tr("Shows a PDF here; other files open from the copy you saved")
        )
        self.open_button.clicked.connect(self.open_copy)
        attach_row = QHBoxLayout()
        attach_row.addWidget(QLabel(self.tr("To:")))
        attach_row.addWidget(self.attach_target, 1)
        attach_row.addWidget(self.attach_button)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.save_copy_button)
        copy_row.addWidget(self.open_button)
        copy_row.addStretch(1)
        # The evidence and its buttons stay in view under the scrolling facts and reports.
        evidence = QWidget()
        evidence_layout = QVBoxLayout(evidence)
        evidence_layout.setContentsMargins(9, 0, 9, 0)
        evidence_layout.addWidget(_section(self.tr("Evidence (drop files here to attach)")))
        evidence_layout.addWidget(self.attachments)
        evidence_layout.addWidget(_row_widget(copy_row))
        evidence_layout.addWidget(_row_widget(attach_row))
        return evidence

    # -- loading --------------------------------------------------------------------------------

    def refresh(self, changes: Changes | None = None) -> None:
        period = self._period or None

        def load(desk: Desk) -> Loaded:
            rows = desk.plan.measure_rows(MeasureFilter(period=period))
            directions = [(d.number, d.title, d.title_en) for d in desk.plan.directions()]
            institutions = [(i.code, i.name, i.name_en, i.kind) for i in desk.plan.institutions()]
            strategy = desk.plan.strategy()
            years = list(range(strategy.period_start, strategy.period_end + 1)) if strategy else []
            return Loaded(rows, fold_texts(map(search_text, rows)), directions, institutions, years)

        self.ctx.read(load, on_done=self._loaded)

    def forget(self) -> None:
        # ``_selected_id`` stays: the unlock's reload selects the measure again.
        self._show_detail(None)
        self._directions, self._institutions, self._years = [], [], []

    def _loaded(self, result: Loaded) -> None:
        rows, folded = result.rows, result.folded
        self._directions, self._institutions = result.directions, result.institutions
        self._years = result.years
        self._fill_combo(
            self.direction,
            self.tr("Any direction"),
            [(f"{n}. {t}", n) for n, t, _en in self._directions],
        )
        self._fill_combo(
            self.institution,
            self.tr("Any institution"),
            [(f"{c} · {n}", c) for c, n, _en, _kind in self._institutions],
        )
        self._fill_periods()
        self.model.set_rows(rows, folded)
        self._select_id(self._selected_id)
        self._update_actions()
        self._update_count()

    def _fill_combo(self, combo: QComboBox, any_text: str, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _fill_periods(self) -> None:
        desk = self.ctx.desk
        if desk is None:
            return
        year = desk.today().year
        periods = [f"{y}-Q{q}" for y in range(year, year - 3, -1) for q in (4, 3, 2, 1)]
        items = [(p, p) for p in periods if p <= current_period(desk.today())]
        self._fill_combo(self.period, self.tr("Latest report"), items)
        self.period.setCurrentIndex(max(0, self.period.findData(self._period or None)))

    def _period_changed(self) -> None:
        self._period = self.period.currentData() or ""
        self.refresh()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("%1 of %2 measures")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    # -- filters --------------------------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        self.proxy.set_criteria(text=text, fts_ids=set())
        self._update_count()
        if text.strip() and self.ctx.desk is not None:
            self._search_timer.start()

    def _full_text(self) -> None:
        text = self.search.text()
        if self.ctx.desk is None:
            return  # locked meanwhile; the next keystroke searches again

        def find(desk: Desk) -> set[str]:
            return desk.search.matching_ids(text, Measure.KIND)

        def found(ids: set[str]) -> None:
            if text == self.search.text() and ids:
                self.proxy.set_criteria(fts_ids=ids)
                self._update_count()

        self.ctx.read(find, on_done=found)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_with(self, args: dict[str, Any]) -> None:
        """Filters from elsewhere (the dashboard's charts) or a measure to select."""
        for combo, key in (
            (self.status, "status"),
            (self.direction, "direction"),
            (self.institution, "institution"),
        ):
            if key in args:
                combo.setCurrentIndex(max(0, combo.findData(args[key])))
        if "overdue" in args:
            self.overdue.setChecked(bool(args["overdue"]))
        if "search" in args:
            self.search.setText(str(args["search"]))
        if "measure" in args:
            self.search.clear()
            self._selected_id = str(args["measure"])
            self._select_id(self._selected_id)

    # -- selection and detail -------------------------------------------------------------------

    def _select_id(self, measure_id: str | None) -> None:
        if measure_id is None:
            self._show_detail(None)
            return
        row = self.model.row_of(lambda r: r.id == measure_id)
        if row < 0:
            self._show_detail(None)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        self._load_detail(measure_id)

    def selected_row(self) -> MeasureRow | None:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.row_at(current.row()) if current.isValid() else None
        self._selected_id = row.id if row else None
        if row is None:
            self._show_detail(None)
        else:
            self._load_detail(row.id)

    def _load_detail(self, measure_id: str) -> None:
        def done(detail: MeasureDetail) -> None:
            if detail.measure.id == self._selected_id:
                self._show_detail(detail)

        self.ctx.read(lambda desk: desk.plan.measure_detail(measure_id), on_done=done)

    def _show_detail(self, detail: MeasureDetail | None) -> None:
        self.detail = detail
        # Nothing selected: the table takes the whole width. A measure shown: its direction,
        # end date and last report are in the detail, so their columns give the title room.
        self.detail_pane.setVisible(detail is not None)
        for column in DETAIL_COLUMNS:
            self.table.setColumnHidden(column, detail is not None)
        if detail is None:
            self._update_actions()
            return
        self._show_facts(detail)
        self._show_indicators(detail)
        self.history.setVisible(bool(detail.history))
        self.history_title.setVisible(bool(detail.history))
        self.history.setText("\n\n".join(self._revision_text(r) for r in detail.history))
        self._show_contributions(detail)
        self._show_reports(detail)
        self._show_attachments(detail)
        self._fill_attach_targets(detail)
        self._update_actions()

    def _show_facts(self, detail: MeasureDetail) -> None:
        m = detail.measure
        english = widgets.current_language() == "en" and m.title_en
        self.heading.setText(f"{m.number}  {m.title_en if english else m.title}")
        names = {i.code: i.name for i in detail.institutions.values()}
        facts = self.fact_labels
        facts["direction"].setText(
            f"{detail.direction.number}. {detail.direction.title}" if detail.direction else "—"
        )
        facts["lead"].setText(f"{detail.lead.code} · {detail.lead.name}")
        facts["co"].setText(
            ", ".join(f"{c} · {names.get(c, '')}" for c in m.co_executors or ()) or "—"
        )
        end = self.tr("continuous") if m.continuous else format_date(m.end_date) or "…"
        facts["dates"].setText(f"{format_date(m.start_date) or '…'} – {end}")
        row = self.selected_row()
        status = label(row.status) if row else ""
        if row and row.overdue:
            status += " · " + self.tr("overdue")
        if detail.cancelled_on is not None:
            status = self.tr("Cancelled on %1").replace("%1", format_date(detail.cancelled_on))
        facts["status"].setText(f"{status} ({row.percent} %)" if row else status)
        facts["source"].setText(self._status_source(detail))
        facts["description"].setText(m.description or "—")
        facts["expected"].setText(m.expected_result or "—")
        facts["financing"].setText(m.financing_source or "—")

    def _show_indicators(self, detail: MeasureDetail) -> None:
        planner = self.ctx.desk is not None and self.ctx.desk.access.can(Right.PLAN)
        indicators = detail.indicator_rows
        self.indicators.setVisible(bool(indicators))
        self.indicators_title.setVisible(bool(indicators) or planner)
        self.indicator_buttons.setVisible(planner)
        self.indicators.clear()
        for ind in indicators:
            entry = QListWidgetItem(self._indicator_text(ind))
            entry.setData(Qt.ItemDataRole.UserRole, ind.id)
            self.indicators.addItem(entry)
        _fit_list(self.indicators)

    def _show_contributions(self, detail: MeasureDetail) -> None:
        names = {i.code: i.name for i in detail.institutions.values()}
        self.contributions.setVisible(bool(detail.contributions))
        self.contributions_title.setVisible(bool(detail.contributions))
        self.contributions.setRowCount(len(detail.contributions))
        for r, part in enumerate(detail.contributions):
            reported = part.report_id is not None
            parts = (
                f"{part.institution} · {names.get(part.institution, '')}",
                part.period if reported else self.tr("no report yet"),
                label(part.status) if reported else "",
                str(part.percent) if reported else "",
                part.work_done,
            )
            for c, text in enumerate(parts):
                self.contributions.setItem(r, c, QTableWidgetItem(text))
        _fit_height(self.contributions)

    def _show_reports(self, detail: MeasureDetail) -> None:
        codes = {i.id: i.code for i in detail.institutions.values()}
        self.reports.setRowCount(len(detail.reports))
        for r, report in enumerate(detail.reports):
            history = detail.evaluations.get(report.id, [])
            state = evaluation_state(report, history)
            values = (
                report.period + (" " + self.tr("(draft)") if report.draft else ""),
                codes.get(report.institution_id, "?"),
                label(report.status),
                str(report.percent),
                label(state) if state else "",
                report.work_done,
            )
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, report.id)
                if c == 4 and history:
                    item.setToolTip(evaluation_history_text(history))
                if c == 5:
                    item.setToolTip(report.work_done)
                self.reports.setItem(r, c, item)
        _fit_height(self.reports)

    def _show_attachments(self, detail: MeasureDetail) -> None:
        """The measure's files and its reports' files, each report's named."""
        codes = {i.id: i.code for i in detail.institutions.values()}
        report_names = {
            r.id: f"{r.period} · {codes.get(r.institution_id, '?')}" for r in detail.reports
        }
        self.attachments.clear()
        report_label = self.tr("report")  # lupdate finds no tr() inside an f-string
        for attachment in detail.attachments:
            owner = report_names.get(attachment.record_id)
            suffix = f"  ({report_label} {owner})" if owner else ""
            line = QListWidgetItem(
                icon("attach"), f"{attachment.file_name}  ·  {_size(attachment.size)}{suffix}"
            )
            line.setData(Qt.ItemDataRole.UserRole, (attachment.sha256, attachment.file_name))
            self.attachments.addItem(line)

    def _indicator_text(self, ind: IndicatorRow) -> str:
        """Its name, then its course and where it stands: the lead's latest actual."""
        unit = f" ({ind.unit})" if ind.unit else ""
        figures = [
            label(ind.direction),
            f"{number_text(ind.baseline) or '…'} → {number_text(ind.target) or '…'}",
        ]
        if ind.milestone is not None:
            figures.append(
                self.tr("%1 milestone %2")
                .replace("%1", ind.actual_period[:4])
                .replace("%2", number_text(ind.milestone))
            )
        if ind.actual is not None:
            figures.append(
                self.tr("actual %1 (%2)")
                .replace("%1", number_text(ind.actual))
                .replace("%2", ind.actual_period)
            )
        if ind.achievement_percent is not None:
            figures.append(
                self.tr("achieved %1 %").replace("%1", number_text(ind.achievement_percent))
            )
        return f"{ind.name}{unit}\n" + " · ".join(figures)

    def _revision_text(self, revision: RevisionRow) -> str:
        """When, what from what to what, the decision, then the reason."""
        head = f"{format_date(revision.revised_at.date())} · {label(revision.field)}"
        if revision.field == RevisedField.CANCELLED:
            head += " " + self.tr("from %1").replace(
                "%1", _revised_value(revision.field, revision.new)
            )
        else:
            was = _revised_value(revision.field, revision.old) or "—"
            now = _revised_value(revision.field, revision.new) or "—"
            head += f": {was} → {now}"
        decision = " ".join(
            part for part in (revision.decision_number, format_date(revision.decision_date)) if part
        )
        if decision:
            head += " · " + self.tr("decision %1").replace("%1", decision)
        return f"{head}\n{revision.reason} ({revision.revised_by})"

    def _status_source(self, detail: MeasureDetail) -> str:
        """The report or the coordinator's decision the official status comes from."""
        official = detail.official
        if official.source_kind == "report":
            return (
                self.tr("the report of %1 (lead) for %2")
                .replace("%1", detail.lead.code)
                .replace("%2", official.period)
            )
        if detail.decision is not None:
            return (
                self.tr("the coordinator's decision for %1: %2")
                .replace("%1", detail.decision.period)
                .replace("%2", detail.decision.reason)
            )
        return self.tr("no report from the lead yet")

    def _fill_attach_targets(self, detail: MeasureDetail) -> None:
        """Records of this measure the user may attach evidence to."""
        self.attach_target.clear()
        desk = self.ctx.desk
        if desk is None:
            return
        if desk.access.can(Right.PLAN):
            self.attach_target.addItem(self.tr("the measure"), detail.measure.id)
        if desk.access.can(Right.REPORT_PROGRESS):
            own = {i.id for i in detail.institutions.values() if i.code == desk.node.code}
            for report in detail.reports:
                if report.institution_id in own:
                    self.attach_target.addItem(
                        self.tr("report %1").replace("%1", report.period), report.id
                    )

    def _update_actions(self) -> None:
        desk = self.ctx.desk
        can: Callable[[Right], bool] = desk.access.can if desk else (lambda _right: False)
        detail = self.detail
        self.add_button.setEnabled(can(Right.PLAN))
        self.edit_button.setEnabled(can(Right.PLAN) and detail is not None)
        self.cancel_action.setEnabled(
            can(Right.PLAN) and detail is not None and detail.cancelled_on is None
        )
        self.more_button.setEnabled(can(Right.PLAN))
        self.add_indicator_button.setEnabled(can(Right.PLAN) and detail is not None)
        self.edit_indicator_button.setEnabled(
            can(Right.PLAN) and self._selected_indicator() is not None
        )
        self.report_button.setEnabled(
            can(Right.REPORT_PROGRESS) and detail is not None and self._participates(detail)
        )
        report = self._selected_report()
        self.evaluate_button.setEnabled(can(Right.EVALUATE) and report is not None)
        self.official_button.setEnabled(
            can(Right.EVALUATE) and detail is not None and detail.cancelled_on is None
        )
        self.attach_button.setEnabled(self.attach_target.count() > 0)
        self.attach_target.setEnabled(self.attach_target.count() > 0)
        chosen = self.attachments.currentItem()
        self.save_copy_button.setEnabled(chosen is not None)
        sha, name = chosen.data(Qt.ItemDataRole.UserRole) if chosen else (None, "")
        self.open_button.setEnabled(is_pdf(name) or sha in self.saved_copies)

    def _participates(self, detail: MeasureDetail) -> bool:
        desk = self.ctx.desk
        if desk is None:
            return False
        code = desk.node.code
        return detail.lead.code == code or code in (detail.measure.co_executors or ())

    def _selected_indicator(self) -> IndicatorRow | None:
        item = self.indicators.currentItem()
        if self.detail is None or item is None or not item.isSelected():
            return None
        chosen = item.data(Qt.ItemDataRole.UserRole)
        return next((row for row in self.detail.indicator_rows if row.id == chosen), None)

    def _selected_report(self) -> ProgressReport | None:
        if self.detail is None:
            return None
        items = self.reports.selectedItems()
        if not items:
            return None
        report_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.detail.reports if r.id == report_id and not r.draft), None)

    # -- actions --------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.open_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _measure_dialog(self, detail: MeasureDetail | None) -> MeasureDialog:
        return MeasureDialog(
            self.ctx,
            [(number, title) for number, title, _en in self._directions],
            [(code, name) for code, name, _en, _kind in self._institutions],
            detail,
            self,
        )

    def _planner(self) -> bool:
        desk = self.ctx.desk
        return desk is not None and desk.access.can(Right.PLAN)

    def add_measure(self) -> None:
        self._open(self._measure_dialog(None))

    def edit_measure(self) -> None:
        if self.detail is not None and self._planner():
            self._open(self._measure_dialog(self.detail))

    def cancel_measure(self) -> None:
        if self.detail is not None and self._planner():
            self._open(CancelMeasureDialog(self.ctx, self.detail, self))

    def add_indicator(self) -> None:
        if self.detail is not None and self._planner():
            self._open(IndicatorDialog(self.ctx, self.detail.measure.id, self._years, None, self))

    def edit_indicator(self) -> None:
        row = self._selected_indicator()
        if self.detail is not None and row is not None and self._planner():
            self._open(IndicatorDialog(self.ctx, self.detail.measure.id, self._years, row, self))

    def edit_names(self, kind: str) -> None:
        """Edit a direction's title or an institution's names."""
        if not self._planner():
            return
        choices: list[tuple[Any, str, str, str]] = (
            [(number, title, title_en, "") for number, title, title_en in self._directions]
            if kind == "direction"
            else list(self._institutions)
        )
        if choices:
            self._open(PlanNamesDialog(self.ctx, kind, choices, self))

    def add_report(self) -> None:
        if self.detail is not None:
            self._open(ProgressDialog(self.ctx, self.detail, self.ctx.require_desk().today(), self))

    def set_official_status(self) -> None:
        desk = self.ctx.desk
        if self.detail is not None and desk is not None and desk.access.can(Right.EVALUATE):
            self._open(OfficialStatusDialog(self.ctx, self.detail, desk.today(), self))

    def evaluate(self) -> None:
        report = self._selected_report()
        if report is None or self.detail is None:
            return
        self._open(
            EvaluationDialog(
                self.ctx,
                self.detail.measure.number,
                report,
                self.detail.evaluations.get(report.id, []),
                self,
            )
        )

    def _choose_attachments(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence"))
        self.attach_files([Path(name) for name in names])

    def attach_files(self, paths: list[Path]) -> None:
        record = self.attach_target.currentData()
        files = [path for path in paths if path.is_file()]
        if record is None or not files:
            return

        def attach(desk: Desk) -> int:
            for path in files:
                desk.attachments.attach(record, path)
            return len(files)

        self.ctx.write(attach, parent_widget=self)

    def save_copy(self, _checked: bool = False, target: Path | None = None) -> None:
        """Write the selected attachment where the user says; plaintext goes nowhere else."""
        chosen = self.attachments.currentItem()
        if chosen is None:
            return
        sha, file_name = chosen.data(Qt.ItemDataRole.UserRole)
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), file_name)
            if not name:
                return
            target = Path(name)
        destination = target

        def saved(_size: int) -> None:
            self.saved_copies[sha] = destination
            self._update_actions()

        self.ctx.read(lambda desk: desk.attachments.save_copy(sha, destination), on_done=saved)

    def open_copy(self) -> None:
        """A PDF is shown from memory (nothing written); another file opens from its copy."""
        chosen = self.attachments.currentItem()
        if chosen is None:
            return
        sha, name = chosen.data(Qt.ItemDataRole.UserRole)
        if is_pdf(name):
            preview_attachment(self.ctx, self, sha, name)
            return
        path = self.saved_copies.get(sha)
        if path is not None and path.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@dataclass(frozen=True)
class Loaded:
    """What the page reads in one go."""

    rows: list[MeasureRow]
    folded: list[str]  # each row's folded ``search_text``
    directions: list[tuple[int, str, str]]
    institutions: list[tuple[str, str, str, str]]
    years: list[int]


def _revised_value(field: str, value: str) -> str:
    """Dates as the rest of the page shows them."""
    if field in ("start", "end", "cancelled") and value:
        return format_date(dt.date.fromisoformat(value))
    if field == "continuous":
        if value == "yes":
            return QCoreApplication.translate("MeasuresPage", "yes")
        return QCoreApplication.translate("MeasuresPage", "no")
    return value


def _row_widget(row: QHBoxLayout) -> QWidget:
    """A layout in a widget, so that it hides with the rest of the detail."""
    widget = QWidget()
    row.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(row)
    return widget


def _section(text: str) -> QLabel:
    title = QLabel(text)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    return title


def _compact_table(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)


def _fit_height(table: QTableWidget) -> None:
    rows = min(max(table.rowCount(), 1), 8)
    height = table.horizontalHeader().height() + rows * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


def _fit_list(widget: QListWidget) -> None:
    """As tall as its entries wrapped at its width, up to five of them."""
    metrics = widget.fontMetrics()
    width = max(widget.viewport().width() - 12, 120)
    height = sum(
        metrics.boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, widget.item(row).text()
        ).height()
        + 6
        for row in range(min(widget.count(), 5))
    )
    widget.setFixedHeight(max(height, metrics.lineSpacing()) + 2 * widget.frameWidth() + 4)


def _size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return str(size)
