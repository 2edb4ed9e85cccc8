"""The Dashboard: where the plan stands at a glance. Charts click through to the filtered
Measures page; the coordinator also sees a table per institution."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QPieSlice,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.changes import Changes, Subject
from desktop_app.core.dashboard import DASHBOARD_DUE_DAYS, Dashboard, InstitutionStatus
from desktop_app.core.desk import Desk
from desktop_app.core.inspections import FindingRow
from desktop_app.core.models import NodeRole, ProgressStatus
from desktop_app.core.plan import MeasureRow
from desktop_app.gui.context import AppContext
from desktop_app.gui.labels import label
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.findings import ANY_OPEN
from desktop_app.gui.resources import icon
from desktop_app.gui.widgets import Column, RowTableModel, fill_scrolled, format_date

STATUS_COLOURS = {
    "not_started": "#9e9e9e",
    "in_progress": "#4a78b8",
    "completed": "#2e7d32",
    "cancelled": "#616161",
    "delayed": "#c77700",
}
SEVERITY_COLOURS = {"critical": "#8e0000", "high": "#b3261e", "medium": "#c77700", "low": "#7a8c2e"}


class DashboardPage(Page):
    key = "dashboard"
    shows = frozenset(
        {
            Subject.MEASURE,
            Subject.PROGRESS_REPORT,
            Subject.FINDING,
            Subject.INSPECTION,
            Subject.DIRECTION,
            Subject.INSTITUTION,
            Subject.STATUS_DECISION,
            Subject.OFFICIAL_STATUS,
        }
        | {Subject.BUNDLE, Subject.CONFLICT, Subject.EVALUATION}
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dashboard: Dashboard | None = None
        self._next = ""  # what the empty state's button opens
        heading = QLabel(self.title())
        heading.setObjectName("heading")
        self.period = QLabel()
        tiles = self._build_tiles()
        charts = self._build_charts()
        lists = self._build_tables()
        self._build_empty_state()
        self.figures = QWidget()
        figures = QVBoxLayout(self.figures)
        figures.setContentsMargins(0, 0, 0, 0)
        figures.addLayout(tiles)
        figures.addLayout(charts)
        figures.addLayout(lists)
        figures.addWidget(self.institutions_title)
        figures.addWidget(self.institutions)

        body = QWidget()
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.period)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.figures)
        layout.addStretch(1)
        fill_scrolled(self, body)

    def _build_tiles(self) -> QHBoxLayout:
        """The row of figures, each opening the page that lists what it counts."""
        self.tiles: dict[str, QLabel] = {}
        self.tile_buttons: dict[str, Tile] = {}
        tiles = QHBoxLayout()
        every_measure = {"status": "", "direction": "", "institution": "", "search": ""}
        every_finding = {"severity": "", "institution": "", "overdue": False, "search": ""}
        for key, text, page, args in (
            ("total", self.tr("Measures"), "measures", {**every_measure, "overdue": False}),
            (
                "percent",
                self.tr("Mean completion"),
                "measures",
                {**every_measure, "overdue": False},
            ),
            ("overdue", self.tr("Overdue"), "measures", {**every_measure, "overdue": True}),
            (
                "findings",
                self.tr("Open findings"),
                "findings",
                {**every_finding, "status": ANY_OPEN, "urgent": False},
            ),
            (
                "urgent",
                self.tr("Urgent findings"),
                "findings",
                {**every_finding, "status": ANY_OPEN, "urgent": True},
            ),
            ("due", self.tr("Due in 30 days"), "due", {"within": DASHBOARD_DUE_DAYS}),
        ):
            tile = Tile(text)
            tile.setObjectName(f"tile-{key}")
            tile.clicked.connect(lambda page=page, args=args: self.ctx.go(page, **args))
            self.tiles[key] = tile.value
            self.tile_buttons[key] = tile
            tiles.addWidget(tile)
        return tiles

    def _build_charts(self) -> QHBoxLayout:
        """Measures by status and by direction, open findings by severity."""
        self.status_chart = QChart()
        self.status_chart.setTitle(self.tr("Measures by status"))
        self.direction_chart = QChart()
        self.direction_chart.setTitle(self.tr("Measures by direction"))
        self.severity_chart = QChart()
        self.severity_chart.setTitle(self.tr("Open findings by severity"))
        charts = QHBoxLayout()
        self.chart_views: list[QChartView] = []
        for chart, name in (
            (self.status_chart, "status-chart"),
            (self.direction_chart, "direction-chart"),
            (self.severity_chart, "severity-chart"),
        ):
            chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            chart.setMargins(QMargins(4, 4, 4, 4))
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            view = QChartView(chart)
            view.setObjectName(name)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(260)
            charts.addWidget(view)
            self.chart_views.append(view)
        return charts

    def _build_tables(self) -> QGridLayout:
        """Overdue measures and urgent findings side by side; the institutions' table below."""
        self.overdue_model: RowTableModel[MeasureRow] = RowTableModel(
            [
                Column(self.tr("No."), lambda r: r.number),
                Column(self.tr("Measure"), lambda r: r.title),
                Column(self.tr("Lead"), lambda r: r.lead_code),
                Column(self.tr("End date"), lambda r: r.end_date),
            ],
            self,
        )
        self.overdue = _table(self.overdue_model, "overdue-table", stretch=1)
        self.overdue.activated.connect(
            lambda index: self.ctx.go("measures", measure=self.overdue_model.row_at(index.row()).id)
        )
        self.urgent_model: RowTableModel[FindingRow] = RowTableModel(
            [
                Column(self.tr("Finding"), lambda r: r.ref),
                Column(self.tr("Severity"), lambda r: label(r.severity)),
                Column(self.tr("Institution"), lambda r: r.institution),
                Column(self.tr("Deadline"), lambda r: r.deadline),
            ],
            self,
        )
        self.urgent = _table(self.urgent_model, "urgent-table", stretch=2)
        self.urgent.activated.connect(
            lambda index: self.ctx.go("findings", finding=self.urgent_model.row_at(index.row()).id)
        )
        self.institution_model: RowTableModel[InstitutionStatus] = RowTableModel(
            [
                Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Institution"), lambda r: r.name),
                Column(self.tr("Measures led"), lambda r: r.measures_led, align_right=True),
                Column(self.tr("Reports missing"), lambda r: r.reports_missing, align_right=True),
                Column(self.tr("Last bundle received"), lambda r: r.last_bundle_received),
            ],
            self,
        )
        self.institutions = _table(self.institution_model, "institution-table", stretch=1)
        self.institutions.activated.connect(
            lambda index: self.ctx.go(
                "measures", institution=self.institution_model.row_at(index.row()).code
            )
        )
        self.institutions_title = _bold(self.tr("Institutions"))

        lists = QGridLayout()
        lists.addWidget(_bold(self.tr("Overdue measures")), 0, 0)
        lists.addWidget(_bold(self.tr("Urgent findings")), 0, 1)
        lists.addWidget(self.overdue, 1, 0)
        lists.addWidget(self.urgent, 1, 1)
        lists.setColumnStretch(0, 3)
        lists.setColumnStretch(1, 2)
        return lists

    def _build_empty_state(self) -> None:
        # A new desk's empty state: what to do next, and the button that does it.
        self.empty = QFrame()
        self.empty.setObjectName("empty-state")
        self.empty.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty_text = QLabel()
        self.empty_text.setObjectName("empty-state-text")
        self.empty_text.setWordWrap(True)
        bigger = self.empty_text.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.15)
        self.empty_text.setFont(bigger)
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("empty-state-action")
        self.empty_button.clicked.connect(self._next_step)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.empty.hide()

    def refresh(self, changes: Changes | None = None) -> None:
        self.ctx.read(_dashboard_with_bundles, on_done=lambda result: self.show_dashboard(*result))

    def show_dashboard(self, board: Dashboard, received_any: bool = True) -> None:
        self.dashboard = board
        self._empty_state(board, received_any)
        self.period.setText(self.tr("Reporting period %1").replace("%1", board.period))
        open_findings = sum(board.open_findings_by_severity.values())
        self.tiles["total"].setText(str(board.measures_total))
        self.tiles["percent"].setText(f"{board.mean_percent:.0f} %")
        self.tiles["overdue"].setText(str(len(board.overdue)))
        self.tiles["findings"].setText(str(open_findings))
        self.tiles["urgent"].setText(str(len(board.urgent_findings)))
        self.tiles["due"].setText(str(sum(board.due_soon.values())))
        self._status_pie(board)
        self._direction_bars(board)
        self._severity_bars(board)
        self.overdue_model.set_rows(board.overdue)
        self.urgent_model.set_rows(board.urgent_findings)
        self.institution_model.set_rows(board.institutions)
        coordinator = bool(board.institutions) or (
            self.ctx.desk is not None and self.ctx.desk.node.role is NodeRole.COORDINATOR
        )
        self.institutions.setVisible(coordinator)
        self.institutions_title.setVisible(coordinator)

    def forget(self) -> None:
        self.dashboard = None
        for chart in (self.status_chart, self.direction_chart, self.severity_chart):
            chart.removeAllSeries()
            for axis in chart.axes():
                chart.removeAxis(axis)

    def _empty_state(self, board: Dashboard, received_any: bool) -> None:
        """A desk that has nothing yet says what comes next: an institution or a team imports
        the coordinator's first bundle; a coordinator sets up the action plan."""
        desk = self.ctx.desk
        coordinator = desk is not None and desk.node.role is NodeRole.COORDINATOR
        step: tuple[str, str, str] | None = None  # (what to do, the button, what it opens)
        if coordinator and board.measures_total == 0:
            step = (
                self.tr(
                    "The action plan is empty. Next step: enter the strategy, its directions "
                    "and measures, then enrol the institutions on Partners and keys and send "
                    "each one its first bundle."
                ),
                self.tr("Open the measures"),
                "measures",
            )
        elif not coordinator and not received_any:
            step = (
                self.tr(
                    "Nothing has arrived from the coordinating body yet. Next step: import the "
                    "bundle it sent you on removable media; the action plan, your measures and "
                    "findings come with it."
                ),
                self.tr("Import the coordinator's bundle…"),
                "import",
            )
        self._next = step[2] if step else ""
        if step:
            self.empty_text.setText(step[0])
            self.empty_button.setText(step[1])
            self.empty_button.setIcon(icon(step[2]))
        self.empty.setVisible(bool(self._next))
        self.figures.setVisible(not self._next)

    def _next_step(self) -> None:
        if self._next == "import":
            self.ctx.go("exchange", import_bundles=True)
        elif self._next:
            self.ctx.go(self._next)

    # -- charts -----------------------------------------------------------------------------

    def _status_pie(self, board: Dashboard) -> None:
        chart = self.status_chart
        chart.removeAllSeries()
        series = QPieSeries()
        series.setHoleSize(0.35)
        for status, count in board.by_status.items():
            if not count:
                continue
            piece = series.append(f"{label(status)} ({count})", count)
            piece.setColor(QColor(STATUS_COLOURS.get(status, "#888888")))
            piece.setProperty("status", status)
        series.clicked.connect(self._slice_clicked)
        series.hovered.connect(lambda piece, on: piece.setExploded(on))
        chart.addSeries(series)
        chart.legend().setVisible(True)
        _compact_legend(chart)

    def _slice_clicked(self, piece: QPieSlice) -> None:
        self.ctx.go("measures", status=piece.property("status"))

    def _direction_bars(self, board: Dashboard) -> None:
        """Measures per direction, stacked by status in the pie's colours."""
        chart = self.direction_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        numbers = list(board.by_direction)
        series = QStackedBarSeries()
        for status in ProgressStatus.values():
            counts = [board.by_direction_status.get((n, status), 0) for n in numbers]
            if not any(counts):
                continue
            bar = QBarSet(label(status))
            bar.setColor(QColor(STATUS_COLOURS.get(status, "#888888")))
            bar.setProperty("status", status)
            bar.append([float(c) for c in counts])
            series.append(bar)
        series.clicked.connect(
            lambda index, bar: self.ctx.go(
                "measures", direction=numbers[index], status=bar.property("status")
            )
        )
        chart.addSeries(series)
        chart.legend().setVisible(False)
        axis_x = QBarCategoryAxis()
        axis_x.append([str(n) for n in numbers] or ["—"])
        axis_x.setTitleText(self.tr("Direction"))
        top = max([board.by_direction[n][0] for n in numbers] or [1])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(_count_axis(top), Qt.AlignmentFlag.AlignLeft)
        for axis in chart.axes():
            series.attachAxis(axis)
        self.direction_series = series

    def _severity_bars(self, board: Dashboard) -> None:
        chart = self.severity_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QBarSeries()
        severities = list(board.open_findings_by_severity)
        for severity in severities:
            bar = QBarSet(label(severity))
            bar.setColor(QColor(SEVERITY_COLOURS.get(severity, "#888888")))
            bar.append(board.open_findings_by_severity[severity])
            bar.setProperty("severity", severity)
            series.append(bar)
        series.clicked.connect(
            lambda _index, bar: self.ctx.go(
                "findings", status=ANY_OPEN, severity=bar.property("severity")
            )
        )
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([self.tr("Open findings")])
        axis_x.setLabelsVisible(False)  # the chart's title says it; in Russian it was cut
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        _compact_legend(chart)
        chart.addAxis(
            _count_axis(max([*board.open_findings_by_severity.values(), 1])),
            Qt.AlignmentFlag.AlignLeft,
        )
        for axis in chart.axes():
            series.attachAxis(axis)


class Tile(QFrame):
    """A figure and its caption that opens the list it counts: a click, Enter or Space."""

    clicked = Signal()

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setProperty("tile", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        self.value.setObjectName("tile-value")
        self.caption = QLabel(caption)
        self.setAccessibleName(caption)
        self.setToolTip(
            QCoreApplication.translate("DashboardPage", "%1: opens the list it counts").replace(
                "%1", caption
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


def _dashboard_with_bundles(desk: Desk) -> tuple[Dashboard, bool]:
    """The core's figures, with when each institution's last bundle was merged (the exchange
    log, which the core does not read); and whether any bundle was merged here at all."""
    from desktop_app.exchange import service
    from desktop_app.exchange.service import exchange

    board = desk.dashboard.build()
    received: dict[str, dt.datetime] = {}
    for row in exchange(desk).bundles():
        if row.direction == "in" and row.outcome == service.Outcome.MERGED:
            received[row.peer] = row.at
    for institution in board.institutions:
        at = received.get(institution.code)
        institution.last_bundle_received = format_date(at) if at else ""
    return board, bool(received)


def _compact_legend(chart: QChart) -> None:
    """A legend beside the chart in a smaller font: below it, Russian labels were cut."""
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignRight)
    font = legend.font()
    font.setPointSizeF(8)
    legend.setFont(font)
    # As wide as its longest label: Qt's own share of the chart cut "Выполняется (23)".
    widest = max(
        (QFontMetrics(font).horizontalAdvance(m.label()) for m in legend.markers()), default=0
    )
    legend.setMinimumWidth(widest + 48)


def _count_axis(top: float) -> QValueAxis:
    """A value axis with whole-number ticks only."""
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, top)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(max(1, math.ceil(top / 5)))
    return axis


def _bold(text: str) -> QLabel:
    title = QLabel(text)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    return title


def _table(model: RowTableModel[Any], name: str, stretch: int) -> QTableView:
    """A read-only table whose ``stretch`` column takes the room left: every other column is
    as wide as its values, so a finding's reference or a date is never cut to "YX-2026-00…"."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(150)
    return table
