"""Shared widgets and helpers for every page: form errors next to fields, dates the
Azerbaijani way, a passphrase's strength meter, a table model over dataclass rows and a proxy
that filters in place.

Texts in a base class must use ``QCoreApplication.translate("<context>", ...)``: ``self.tr``
there would look them up under the subclass's name.
"""

from __future__ import annotations

import datetime as dt
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    SignalInstance,
)
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.aztext import az_sort_key
from desktop_app.errors import ValidationError
from desktop_app.gui.tasks import error_text

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex


# -- dates --------------------------------------------------------------------------------------

_language = "en"


def set_language(language: str) -> None:
    """Called by the application when the language changes: dates follow it."""
    global _language  # noqa: PLW0603 - one process-wide UI language, like QLocale's default
    _language = language


def current_language() -> str:
    return _language


# dd.mm.yyyy in every language, as the printed documents write it (reports/i18n.py).
DATE_FORMAT = "dd.MM.yyyy"


def format_date(value: dt.date | dt.datetime | None) -> str:
    # Imported here: the reports package (its data layer, the services, SQLAlchemy) is loaded
    # once the store is unlocked, and the language chooser imports this module before that.
    from desktop_app.reports.i18n import date as document_date
    from desktop_app.reports.i18n import date_time as document_date_time

    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return document_date_time(value)
    return document_date(value)


class DateEdit(QDateEdit):
    """A date field that may be empty: its minimum date stands for "no date".

    Typing into the empty field starts from today's date with the day selected, so that
    15.12.2026 typed as it reads fills day, month and year; the calendar of an empty field opens
    at today, or at the date of the field it follows (End opens at Start).
    """

    _EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self._optional = optional
        self._follows: DateEdit | None = None
        self._advanced = False  # the last digit typed filled a section and moved to the next
        if optional:
            self.setMinimumDate(self._EMPTY)
            self.setSpecialValueText("—")
            self.setDate(self._EMPTY)
        else:
            self.setDate(QDate.currentDate())
        self.calendarWidget().installEventFilter(self)

    def follow(self, other: DateEdit) -> None:
        """Open the calendar of this empty field at ``other``'s date (an end at its start)."""
        self._follows = other

    def is_empty(self) -> bool:
        return self._optional and self.date() == self._EMPTY

    def anchor(self) -> QDate:
        """Where an empty field starts: the followed field's date, else today."""
        if self._follows is not None and not self._follows.is_empty():
            return self._follows.date()
        return QDate.currentDate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        if typed == "." and self._advanced:
            # Qt already moved on when the day (or month) was full: this dot is typed out of
            # habit and would skip the next section.
            self._advanced = False
            event.accept()
            return
        if self.is_empty() and typed.isdigit():
            self.setDate(self.anchor())
            self.setSelectedSection(QDateEdit.Section.DaySection)
        section = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = typed.isdigit() and self.currentSection() != section

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show:
            shown = self.anchor() if self.is_empty() else self.date()
            self.calendarWidget().setCurrentPage(shown.year(), shown.month())
        return super().eventFilter(watched, event)

    def value(self) -> dt.date | None:
        qdate = self.date()
        if self._optional and qdate == self._EMPTY:
            return None
        return dt.date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(self._EMPTY if self._optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))


# -- validation errors next to their fields ----------------------------------------------------


# The signal by which each kind of input says the user changed it (the first one it has).
EDIT_SIGNALS = ("textChanged", "currentIndexChanged", "dateChanged", "valueChanged", "toggled")


class FormErrors:
    """Maps ``ValidationError.field`` to the widget it concerns and shows the message under it.

    ``wrap(field, widget)`` returns a small container (the widget with a hidden red label below)
    to put in the form; ``show(error)`` shows the message by the field, or in the general label
    when the field is unknown. Nothing the user typed is touched.
    """

    def __init__(self, general: QLabel | None = None) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self.general = general or _error_label()

    def wrap(self, field: str, widget: QWidget, *aliases: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if isinstance(widget, QAbstractSpinBox):
            # A date or a number is narrow: its box spans the field column, so that the
            # message under it has the whole width to wrap in; the field keeps its width.
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            layout.addWidget(widget)
        label = _error_label()
        label.setObjectName(f"error-{field}")
        layout.addWidget(label)
        box.setFocusProxy(widget)
        for name in (field, *aliases):
            self._labels[name] = label
            self._widgets[name] = widget
        # The message goes as soon as the user changes the field it is about.
        for editor in (widget, *widget.findChildren(QWidget)):
            for signal_name in EDIT_SIGNALS:
                signal = getattr(editor, signal_name, None)
                if isinstance(signal, SignalInstance):
                    signal.connect(label.hide)
                    break
        return box

    def show(self, error: Exception) -> None:
        self.clear()
        label = self._labels.get(getattr(error, "field", None) or "")
        target = label if isinstance(error, ValidationError) and label is not None else None
        (target or self.general).setText(error_text(error))
        (target or self.general).show()
        widget = self._widgets.get(getattr(error, "field", None) or "")
        if target is not None and widget is not None:
            widget.setFocus()

    def clear(self) -> None:
        for label in {*self._labels.values(), self.general}:
            label.clear()
            label.hide()

    def message(self, field: str) -> str:
        """The message shown by ``field`` (tests read it)."""
        label = self._labels[field]
        return label.text() if not label.isHidden() else ""


class StrengthMeter(QWidget):
    """A bar and a hint under a new passphrase's field, from ``strength``: by default the
    core's estimator (zxcvbn's 0-4 score; the core refuses less than
    ``core.users.MIN_SCORE``), imported here because ``core.users`` brings the store's code,
    which the locked window does not hold."""

    def __init__(
        self,
        passphrase: QLineEdit,
        strength: Callable[[str], tuple[int, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if strength is None:
            from desktop_app.core.users import passphrase_strength

            strength = passphrase_strength
        self.strength = strength
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.hint = QLabel()
        self.hint.setObjectName("strength-hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.hint)
        passphrase.textChanged.connect(self.show_strength)
        self.show_strength(passphrase.text())

    def show_strength(self, text: str) -> None:
        score, _hint = self.strength(text)
        hints = {
            0: self.tr("Too short"),
            1: self.tr("Weak: use a longer phrase"),
            2: self.tr("Fair: add words or symbols"),
            3: self.tr("Good"),
            4: self.tr("Strong"),
        }
        self.bar.setValue(score)
        colour = ["#b3261e", "#b3261e", "#c77700", "#2e7d32", "#2e7d32"][score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.hint.setText(hints[score] if text else "")


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#b3261e"))
    label.setPalette(palette)
    label.hide()
    return label


# -- a table over a list of dataclass rows ------------------------------------------------------

ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the row object itself


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: ``title`` (translated header), ``value`` (what is shown), optional
    ``sort_key`` (default: Azerbaijani order for text, the value itself otherwise)."""

    title: str
    value: Callable[[R], Any]
    sort_key: Callable[[R], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None
    foreground: Callable[[R], QColor | None] | None = None


def _default_key(value: Any) -> Any:
    if value is None:
        return (0, "")
    if isinstance(value, str):
        return (1, az_sort_key(value))
    return (1, value)


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A flat table over ``rows`` (frozen dataclasses). ``set_rows`` resets it; ``sort`` reorders
    the rows in Python by precomputed keys (fast on 100,000 rows) and keeps selections.

    With ``search_text``, the model also keeps each row's folded search text (``fold_texts``)
    beside it, in the rows' order: a filter reads ``folded()[i]`` for row ``i`` with no lookup.
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: QObject | None = None,
        *,
        search_text: Callable[[R], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.search_text = search_text
        self._rows: list[R] = []
        self._folded: list[str] = []
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    # rows
    def set_rows(self, rows: Sequence[R], folded: Sequence[str] | None = None) -> None:
        """``folded``: ``fold_texts`` of the rows' ``search_text``, which a page computes on its
        loader thread (about 0.5 s for 100,000 rows); folded here when not given."""
        self.beginResetModel()
        self._rows = list(rows)
        if self.search_text is not None:
            self._folded = list(folded or fold_texts(map(self.search_text, self._rows)))
        if self._sorted is not None:
            self._arrange(*self._sorted)
        self.endResetModel()

    def folded(self) -> list[str]:
        """Each row's folded search text, in the rows' order (empty without ``search_text``)."""
        return self._folded

    def rows(self) -> list[R]:
        return self._rows

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, predicate: Callable[[R], bool]) -> int:
        return next((i for i, row in enumerate(self._rows) if predicate(row)), -1)

    # Qt model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            if isinstance(value, dt.date):
                return format_date(value)
            return "" if value is None else str(value)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        self._arrange(column, order)
        self._sorted = (column, order)
        position = {id(row): i for i, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [
            self.index(position[id(old_rows[i.row()])], i.column()) if i.isValid() else i
            for i in old
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _arrange(self, column: int, order: Qt.SortOrder) -> None:
        """Sort the rows, and their folded texts with them, by the column's keys."""
        spec = self.columns[column]
        key = spec.sort_key or (lambda row: _default_key(spec.value(row)))
        keys = list(map(key, self._rows))
        moved = sorted(
            range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )
        self._rows = list(map(self._rows.__getitem__, moved))
        if self._folded:
            self._folded = list(map(self._folded.__getitem__, moved))


class RowFilterProxy(QAbstractProxyModel):
    """Filters a ``RowTableModel`` in place through an explicit list of the accepted source rows.

    When the criteria change, ``accepted(rows, folded)`` runs once in Python over all rows and
    names the accepted ones by position; the views re-map in one layout change (a full re-map,
    not a diff: on scattered matches a diff emits thousands of row-removal signals), and the
    source model is never reset for it. Qt never calls into Python once per source row: a
    ``QSortFilterProxyModel`` called ``filterAcceptsRow`` for each of the national store's
    50,000 findings at each re-map.

    Sorting is handed to the source model (a Python sort by keys beats 1.7 million ``lessThan``
    calls into Python on 100,000 rows); the filter runs again over the new order. Subclasses
    override ``accepted`` (or ``accepts``) and ``is_filtering`` and call ``filter_changed()``
    when their criteria change. The source only resets (``set_rows``) and reorders (``sort``):
    those are the changes followed here.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The accepted source rows in the source's order (ascending); None while not filtering.
        self._accepted: array[int] | None = None
        self._source: RowTableModel[Any] | None = None
        # Counts the source's resets and re-sorts: what a subclass keeps by row position
        # holds as long as this stays.
        self.arrangement = 0
        # The proxy's persistent indexes and their source rows, across a source's re-sort.
        self._kept: list[tuple[QModelIndex, QPersistentModelIndex]] = []

    def accepts(self, row: Any) -> bool:
        return True

    def accepted(self, rows: list[Any], folded: list[str]) -> Iterable[int]:
        """The positions in ``rows`` of the accepted rows, ascending (``folded[i]`` is row
        ``i``'s folded search text); override with list comprehensions when speed matters."""
        accepts = self.accepts
        return (i for i, row in enumerate(rows) if accepts(row))

    def is_filtering(self) -> bool:
        return False

    def filter_changed(self) -> None:
        rows = self._select()
        if rows == self._accepted:
            return  # the same rows as before (a keystroke that narrowed nothing)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        sources = [self.mapToSource(index) for index in old]
        self._accepted = rows
        self.changePersistentIndexList(old, [self.mapFromSource(index) for index in sources])
        self.layoutChanged.emit()

    def _select(self) -> array[int] | None:
        if self._source is None or not self.is_filtering():
            return None
        return array("i", self.accepted(self._source.rows(), self._source.folded()))

    # -- following the source ------------------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if not isinstance(model, RowTableModel):
            raise TypeError("RowFilterProxy filters a RowTableModel")
        self.beginResetModel()
        if self._source is not None:
            self._source.modelAboutToBeReset.disconnect(self.beginResetModel)
            self._source.modelReset.disconnect(self._source_reset)
            self._source.layoutAboutToBeChanged.disconnect(self._source_reordering)
            self._source.layoutChanged.disconnect(self._source_reordered)
        self._source = model
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._source_reordering)
        model.layoutChanged.connect(self._source_reordered)
        self.arrangement += 1
        self._accepted = self._select()
        self.endResetModel()

    def _source_reset(self) -> None:
        self.arrangement += 1
        self._accepted = self._select()
        self.endResetModel()

    def _source_reordering(self) -> None:
        self.layoutAboutToBeChanged.emit()
        # The source moves its own persistent indexes as it sorts: these follow the rows.
        self._kept = [
            (index, QPersistentModelIndex(self.mapToSource(index)))
            for index in self.persistentIndexList()
        ]

    def _source_reordered(self) -> None:
        self.arrangement += 1
        self._accepted = self._select()
        kept, self._kept = self._kept, []
        self.changePersistentIndexList(
            [index for index, _ in kept],
            [self.mapFromSource(source) for _, source in kept],
        )
        self.layoutChanged.emit()

    # -- the Qt model ----------------------------------------------------------------------------

    def mapToSource(self, proxyIndex: AnyIndex) -> QModelIndex:
        if not proxyIndex.isValid() or self._source is None:
            return QModelIndex()
        row = proxyIndex.row()
        return self._source.createIndex(
            row if self._accepted is None else self._accepted[row], proxyIndex.column()
        )

    def mapFromSource(self, sourceIndex: AnyIndex) -> QModelIndex:
        if not sourceIndex.isValid():
            return QModelIndex()
        row, rows = sourceIndex.row(), self._accepted
        if rows is not None:
            at = bisect_left(rows, row)
            if at == len(rows) or rows[at] != row:
                return QModelIndex()  # filtered out
            row = at
        return self.createIndex(row, sourceIndex.column())

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (
            0 <= row < self.rowCount() and 0 <= column < self.columnCount()
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: AnyIndex) -> QModelIndex: ...
    def parent(self, child: AnyIndex | None = None) -> QObject | QModelIndex | None:
        return super().parent() if child is None else QModelIndex()  # a flat table

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._source is None:
            return 0
        return len(self._source.rows()) if self._accepted is None else len(self._accepted)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._source is None:
            return 0
        return len(self._source.columns)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        # The base asks the source, which has rows when none is accepted.
        return self.rowCount(parent) > 0 and self.columnCount(parent) > 0

    def data(self, proxyIndex: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # One call into Python instead of two (the base calls ``mapToSource``, then the source).
        if self._source is None:
            return None
        return self._source.data(self.mapToSource(proxyIndex), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and self._source is not None:
            # The base maps the section through row 0, and a table filtered empty has none.
            return self._source.headerData(section, orientation, role)
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def row_at(self, proxy_row: int) -> Any:
        assert self._source is not None
        return self._source.row_at(
            proxy_row if self._accepted is None else self._accepted[proxy_row]
        )


def fill_scrolled(page: QWidget, body: QWidget) -> None:
    """Lay ``body`` out as ``page``'s whole content, scrolling when it is taller, unframed."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)


def fold_for_search(text: str) -> str:
    """Case-insensitive matching that pairs I/ı and İ/i the Azerbaijani way."""
    from desktop_app.core.aztext import az_fold

    return az_fold(text)


def fold_texts(texts: Iterable[str]) -> list[str]:
    """``fold_for_search`` of many texts, a call per thousand (a list page folds its rows once,
    on its loader thread: about 0.5 s for 100,000 rows, against a call per row per keystroke).
    A thousand, not all at once: the national store's 50,000 findings joined in one string,
    with its folded copy and their pieces, took 55 MiB at once, the GUI's peak."""
    folded: list[str] = []
    texts = iter(texts)
    while chunk := list(islice(texts, 1000)):
        joined = "\n".join(text.replace("\n", " ") for text in chunk)
        folded += fold_for_search(joined).split("\n")
    return folded


def locale_for(language: str) -> QLocale:
    return QLocale(
        {"az": QLocale.Language.Azerbaijani, "ru": QLocale.Language.Russian}.get(
            language, QLocale.Language.English
        )
    )
