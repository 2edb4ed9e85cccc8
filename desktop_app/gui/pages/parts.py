"""Pieces that several pages share: tables of findings, a detail panel of facts, dialogs.

Texts are translated under the fixed context "parts" so that each is translated once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
)

from desktop_app.core.inspections import SEVERITY_ORDER, FindingRow
from desktop_app.gui.labels import label
from desktop_app.gui.widgets import Column

WARNING_COLOUR = "#b3261e"


def _t(text: str) -> str:
    return QCoreApplication.translate("parts", text)


def finding_columns(*, with_inspection: bool) -> list[Column[FindingRow]]:
    """Columns of a findings table (the Inspections page leaves out the institution)."""
    columns: list[Column[FindingRow]] = [
        Column(_t("No."), lambda r: r.ref if with_inspection else r.number),
        Column(_t("Severity"), lambda r: label(r.severity), sort_key=_severity_key),
        Column(_t("Requirement"), lambda r: r.requirement),
        Column(_t("Description"), lambda r: r.description, tooltip=lambda r: r.description),
        Column(
            _t("Deadline"), lambda r: r.deadline, sort_key=lambda r: (r.deadline or dt.date.max,)
        ),
        Column(_t("Urgent"), lambda r: _t("Yes") if r.urgent else ""),
        Column(_t("Status"), finding_status, foreground=_overdue_colour),
    ]
    if with_inspection:
        columns.insert(1, Column(_t("Institution"), lambda r: r.institution))
    return columns


def finding_status(row: FindingRow) -> str:
    return label(row.status) + (" — " + _t("overdue") if row.overdue else "")


def _severity_key(row: FindingRow) -> tuple[int]:
    return (SEVERITY_ORDER.get(row.severity, 9),)


def _overdue_colour(row: FindingRow) -> QColor | None:
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


class Facts(QFormLayout):
    """A form of read-only values: ``facts.show({"key": "text"})``; ``facts["key"]`` reads one."""

    def __init__(self, rows: Iterable[tuple[str, str]]) -> None:
        super().__init__()
        self.values: dict[str, QLabel] = {}
        for key, caption in rows:
            shown = QLabel()
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = shown
            self.addRow(caption, shown)

    def __getitem__(self, key: str) -> QLabel:
        return self.values[key]

    def show(self, texts: dict[str, str]) -> None:
        for key, text in texts.items():
            self.values[key].setText(text)

    def clear(self) -> None:
        for shown in self.values.values():
            shown.clear()


class DialogHost(Protocol):
    dialog: QDialog | None


def open_dialog(host: DialogHost, dialog: QDialog) -> None:
    """Window-modal, not ``exec``: the event loop keeps running (workers, tests), and the page
    knows its open dialog as ``host.dialog`` until it closes."""
    host.dialog = dialog
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def closed() -> None:
        if host.dialog is dialog:
            host.dialog = None

    dialog.finished.connect(closed)
    dialog.open()
