"""Pieces that several pages share: tables of findings, a detail panel of facts, dialogs.

Texts are translated under the fixed context "parts" so that each is translated once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from desktop_app.core.commission import AWAITING
from desktop_app.core.inspections import SEVERITY_ORDER, FindingRow
from desktop_app.gui.labels import label
from desktop_app.gui.widgets import Column

WARNING_COLOUR = "#b3261e"


def finding_columns(*, with_inspection: bool) -> list[Column[FindingRow]]:
    """Columns of a findings table, the description last so that it takes the room left.

    The Findings page (``with_inspection``) shares its width with the finding's detail: it
    adds the institution, marks urgency beside the severity and leaves the requirement to the
    detail, so that deadline and status stay in view at 1280 px in every language."""

    def severity(row: FindingRow) -> str:
        urgent = with_inspection and row.urgent
        return label(row.severity) + (
            " · " + QCoreApplication.translate("parts", "urgent") if urgent else ""
        )

    deadline: Column[FindingRow] = Column(
        QCoreApplication.translate("parts", "Deadline"),
        lambda r: r.deadline,
        sort_key=lambda r: (r.deadline or dt.date.max,),
    )
    # The whole status on hover: a closure awaiting co-signature is cut in a narrow column.
    status: Column[FindingRow] = Column(
        QCoreApplication.translate("parts", "Status"),
        finding_status,
        foreground=overdue_colour,
        tooltip=finding_status,
    )
    description: Column[FindingRow] = Column(
        QCoreApplication.translate("parts", "Description"),
        lambda r: r.description,
        tooltip=lambda r: r.description,
    )
    if with_inspection:
        return [
            Column(QCoreApplication.translate("parts", "No."), lambda r: r.ref),
            Column(QCoreApplication.translate("parts", "Institution"), lambda r: r.institution),
            Column(
                QCoreApplication.translate("parts", "Severity"), severity, sort_key=_severity_key
            ),
            deadline,
            status,
            description,
        ]
    return [
        Column(QCoreApplication.translate("parts", "No."), lambda r: r.number),
        Column(QCoreApplication.translate("parts", "Severity"), severity, sort_key=_severity_key),
        Column(QCoreApplication.translate("parts", "Requirement"), lambda r: r.requirement),
        deadline,
        Column(
            QCoreApplication.translate("parts", "Urgent"),
            lambda r: QCoreApplication.translate("parts", "Yes") if r.urgent else "",
        ),
        status,
        description,
    ]


def fit_description(view: QTableView, widest: int = 120) -> None:
    """Columns as wide as their contents up to ``widest`` (a longer value wraps onto the
    row's second line), the description (last) as wide as the room left: no column hides
    behind a horizontal scroll bar."""
    view.resizeColumnsToContents()
    last = view.model().columnCount() - 1
    for column in range(last):
        view.setColumnWidth(column, min(view.columnWidth(column), widest))
    view.setColumnWidth(last, 60)  # the header stretches it over the room left


def closure_awaiting_text() -> str:
    """The status of a verified closure the partner agency has not co-signed yet."""
    return QCoreApplication.translate("parts", "Verified, awaiting co-signature")


def finding_status(row: FindingRow) -> str:
    shown = closure_awaiting_text() if row.closure == AWAITING else label(row.status)
    return shown + (" — " + QCoreApplication.translate("parts", "overdue") if row.overdue else "")


def _severity_key(row: FindingRow) -> tuple[int]:
    return (SEVERITY_ORDER.get(row.severity, 9),)


class Dated(Protocol):
    @property
    def overdue(self) -> bool: ...


def overdue_colour(row: Dated) -> QColor | None:
    """Overdue rows (findings, due items, decisions) in the warning colour."""
    return QColor(WARNING_COLOUR) if row.overdue else None


def table_view(
    model: Any, sort_column: int = 0, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
) -> QTableView:
    """A sortable, single-row-selecting table with the given initial order."""
    view = QTableView()
    view.setModel(model)
    view.horizontalHeader().setSortIndicator(sort_column, order)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


# Rows are made as tall as their wrapped texts up to this many: Qt measures every cell of every
# row for it, and the coordinator's 28,000 due items of a national store took 7 s on the GUI
# thread. A longer list keeps a line a row; each wrapped column shows its whole text as a tooltip.
FITTED_ROWS = 500


def fit_rows(view: QTableView) -> None:
    """Each row as tall as its wrapped texts, when the table is short enough to measure."""
    if view.model().rowCount() <= FITTED_ROWS:
        view.resizeRowsToContents()


class EmptyHint(QLabel):
    """What to do next, shown in the middle of a table while it has no rows. ``text()`` is
    asked each time (it may depend on the node's role); a table filtered down to nothing says
    so instead."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.hint = text
        self.setObjectName("empty-hint")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
        ):
            signal.connect(self.update_hint)
        view.viewport().installEventFilter(self)
        self.update_hint()

    def update_hint(self, *_args: object) -> None:
        model = self.view.model()
        empty = model.rowCount() == 0
        if empty:
            source = getattr(model, "sourceModel", lambda: None)()
            filtered = source is not None and source.rowCount() > 0
            self.setText(
                QCoreApplication.translate("parts", "Nothing matches these filters.")
                if filtered
                else self.hint()
            )
            self.setGeometry(self.view.viewport().rect())
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False


def open_row_with(view: QAbstractItemView, button: QAbstractButton) -> None:
    """Enter (or a double click) on a row does what the row's main button does, when it can."""
    view.activated.connect(lambda _index: button.click() if button.isEnabled() else None)


def heading_label(scale: float = 1.25) -> QLabel:
    heading = QLabel()
    heading.setTextFormat(Qt.TextFormat.PlainText)
    heading.setWordWrap(True)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    heading.setFont(font)
    return heading


def warning_label() -> QLabel:
    warning = QLabel()
    warning.setWordWrap(True)
    warning.setStyleSheet(f"color: {WARNING_COLOUR}")
    warning.hide()
    return warning


class Facts(QGridLayout):
    """Read-only values under their captions: ``facts.show({"key": "text"})``; ``facts["key"]``
    reads one.

    A grid, not a QFormLayout: inside a scroll area the form gave a wrapped value the height of
    fewer lines than it wraps to, and cut the rest off (a finding's threat, facility, history).
    """

    def __init__(self, rows: Iterable[tuple[str, str]]) -> None:
        super().__init__()
        self.values: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(rows):
            shown = QLabel()
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = shown
            self.addWidget(QLabel(caption), row, 0, Qt.AlignmentFlag.AlignTop)
            self.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignTop)
        self.setColumnStretch(1, 1)

    def __getitem__(self, key: str) -> QLabel:
        return self.values[key]

    def show(self, texts: dict[str, str]) -> None:
        for key, text in texts.items():
            self.values[key].setText(text)

    def clear(self) -> None:
        for shown in self.values.values():
            shown.clear()


def open_dialog(dialog: QDialog, host: QWidget | None = None) -> None:
    """Window-modal, not ``exec``: the event loop keeps running (workers, tests). ``host`` (a
    page) knows its open dialog as ``host.dialog`` until it closes; then the dialog is deleted.
    """
    owner = host if host is not None else dialog.parentWidget()
    slot = owner.findChild(_DialogSlot, _DialogSlot.NAME) if owner is not None else None
    if slot is None:
        slot = _DialogSlot(owner)
    if host is not None:
        host.dialog = dialog  # type: ignore[attr-defined]  # any page or dialog may host one
    # A bound method of a QObject, not a closure: PySide may share one hidden receiver among
    # closures of the same code, and deleting one dialog would leave the next one dangling.
    dialog.finished.connect(slot.closed)
    dialog.open()


class Confirmation(QMessageBox):
    """Says what an irreversible action will do; ``then`` runs only on its action button (Yes,
    worded as the action). Cancel is the default, so Enter alone never confirms."""

    def __init__(
        self, parent: QWidget, title: str, text: str, action: str, then: Callable[[], object]
    ) -> None:
        super().__init__(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            parent,
        )
        self.button(QMessageBox.StandardButton.Yes).setText(action)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.then = then
        self.finished.connect(self._answered)

    @Slot(int)
    def _answered(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Yes.value:
            self.then()


def confirm(
    host: QWidget, title: str, text: str, action: str, then: Callable[[], object]
) -> Confirmation:
    """Ask window-modally (``host.dialog`` holds the box while it is open)."""
    box = Confirmation(host, title, text, action, then)
    open_dialog(box, host)
    return box


class _DialogSlot(QObject):
    NAME = "dialog-slot"

    def __init__(self, owner: QObject | None) -> None:
        super().__init__(owner)
        self.setObjectName(self.NAME)

    @Slot()
    def closed(self) -> None:
        dialog = self.sender()
        owner = self.parent()
        if owner is not None and getattr(owner, "dialog", None) is dialog:
            owner.dialog = None  # type: ignore[attr-defined]  # set by open_dialog above
        if dialog is not None:
            dialog.deleteLater()
