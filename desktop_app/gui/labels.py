"""Translated names for the core's stored values (statuses, roles, severities...).

Stored values stay English identifiers; only what is drawn is translated, from the English names
of desktop_app/core/names.py (which the CLI's tables show too). Every page and dialog draws them
through these functions, so a status reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication

from desktop_app.core import messages
from desktop_app.core.names import (
    DUE_KINDS,
    INSPECTION_STATUS_CONTEXT,
    INSPECTION_STATUSES,
    NAMES,
)
from desktop_app.errors import DeskError

# Marks a text for pyside6-lupdate; typed, because PySide6's stub says ``object``.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def due_kind(kind: str) -> str:
    """The translated name of a due list item's kind."""
    name = DUE_KINDS.get(kind)
    return _t(name) if name else kind


def inspection_status(value: str) -> str:
    """The translated name of an inspection's status (core.names, INSPECTION_STATUSES)."""
    name = INSPECTION_STATUSES.get(value)
    return QCoreApplication.translate(INSPECTION_STATUS_CONTEXT, name) if name else label(value)


def label(value: str) -> str:
    """The translated name of a stored value; unknown values are shown as they are."""
    return named(value) or term(value)


def named(value: str) -> str | None:
    """The translated name of ``value`` if it is one of the stored values (a status, a
    severity, a kind), else None."""
    name = NAMES.get(value)
    return _t(name) if name else None


def term(value: str) -> str:
    """A word of the core's vocabulary, translated (``core.messages.term``)."""
    return messages.term(value, QCoreApplication.translate)


def message(error: DeskError, *, capital: bool = True) -> str:
    """The error's line in the interface language (``core.messages.render``, which the CLI
    shares): a capital first unless it goes inside a sentence."""
    return messages.render(error, QCoreApplication.translate, capital=capital)
