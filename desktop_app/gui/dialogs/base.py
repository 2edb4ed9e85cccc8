"""A form dialog that saves through the write worker and keeps itself open on a failure.

The dialog stays as the user left it when the service refuses the input: the message appears
next to the offending field (``ValidationError.field``) or above the buttons, never in a box
that hides what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.desk import Desk
from desktop_app.gui.context import AppContext
from desktop_app.gui.labels import QT_TRANSLATE_NOOP
from desktop_app.gui.widgets import FormErrors, format_date


def local_time(value: dt.datetime | None) -> str:
    """A stored UTC moment in the computer's own time zone, in the UI's date layout."""
    if value is None:
        return ""
    return format_date(value.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None))


def text_edit(text: str = "", *, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class FormDialog(QDialog):
    """A ``QFormLayout`` of wrapped fields, a general error line and OK/Cancel."""

    saved = Signal(object)  # what the service call returned

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.errors = FormErrors()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.saving = False
        self.result_value: object = None

    def add_row(self, label: str, field: str, widget: QWidget, *aliases: str) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, self.errors.wrap(field, widget, *aliases))

    def save(self) -> None:
        """Subclasses collect their fields and call ``submit``."""
        raise NotImplementedError

    def submit(self, fn: Callable[[Desk], Any]) -> None:
        """Run ``fn`` on the write worker; close on success, show the error by its field."""
        if self.saving:
            return
        self.errors.clear()
        self.saving = True
        self.buttons.setEnabled(False)
        self.ctx.write(
            fn,
            on_done=self._saved,
            on_error=self._failed,
            title=self.windowTitle(),
            parent_widget=self,
        )

    def _saved(self, result: object) -> None:
        self.result_value = result
        self.saving = False
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.errors.show(error)
        # Taller if the message needs it (a wrapped label), so that none of it is cut.
        layout = self.layout()
        if layout is None:
            return
        width = self.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(width, needed)


_UNITS = (
    QT_TRANSLATE_NOOP("sizes", "B"),
    QT_TRANSLATE_NOOP("sizes", "KB"),
    QT_TRANSLATE_NOOP("sizes", "MB"),
    QT_TRANSLATE_NOOP("sizes", "GB"),
)


def human_size(size: int) -> str:
    """Bytes as people read them, in the interface's language: 812 B, 3.7 KB, 1,2 ГБ (powers
    of 1024, the locale's decimal separator)."""
    units = [QCoreApplication.translate("sizes", unit) for unit in _UNITS]
    if size < 1024:
        return f"{size} {units[0]}"
    value = size / 1024
    for unit in units[1:3]:
        if value < 1024:
            return f"{QLocale().toString(value, 'f', 1)} {unit}"
        value /= 1024
    return f"{QLocale().toString(value, 'f', 1)} {units[3]}"


def grouped(text: str, size: int = 4) -> str:
    """A long hex string in groups, easier to compare and copy by hand."""
    return " ".join(text[i : i + size] for i in range(0, len(text), size))
