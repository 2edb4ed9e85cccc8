"""Translated names for the core's stored values (statuses, roles, severities...).

Stored values stay English identifiers; only what is drawn is translated. Every page and dialog
draws them through these functions, so a status reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication

from desktop_app.core import messages
from desktop_app.errors import DeskError

# Marks a text for pyside6-lupdate; typed, because PySide6's stub says ``object``.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


_NAMES: dict[str, str] = {
    # progress status
    "not_started": QT_TRANSLATE_NOOP("labels", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
    "completed": QT_TRANSLATE_NOOP("labels", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    "delayed": QT_TRANSLATE_NOOP("labels", "Delayed"),
    # evaluation
    "implemented": QT_TRANSLATE_NOOP("labels", "Implemented"),
    "partly_implemented": QT_TRANSLATE_NOOP("labels", "Partly implemented"),
    "not_implemented": QT_TRANSLATE_NOOP("labels", "Not implemented"),
    "needs_clarification": QT_TRANSLATE_NOOP("labels", "Needs clarification"),
    "pending": QT_TRANSLATE_NOOP("labels", "Pending evaluation"),
    # node roles
    "coordinator": QT_TRANSLATE_NOOP("labels", "Coordinating body"),
    "institution": QT_TRANSLATE_NOOP("labels", "Institution"),
    "inspection-team": QT_TRANSLATE_NOOP("labels", "Inspection team"),
    "partner-agency": QT_TRANSLATE_NOOP("labels", "Partner agency (State Security Service)"),
    # the joint commission's signatures on an inspection's acts
    "awaiting_co_signature": QT_TRANSLATE_NOOP("labels", "Awaiting co-signature"),
    "co_signed": QT_TRANSLATE_NOOP("labels", "Co-signed"),
    # user roles
    "admin": QT_TRANSLATE_NOOP("labels", "Administrator"),
    "editor": QT_TRANSLATE_NOOP("labels", "Editor"),
    "viewer": QT_TRANSLATE_NOOP("labels", "Viewer"),
    # severity
    "critical": QT_TRANSLATE_NOOP("labels", "Critical"),
    "high": QT_TRANSLATE_NOOP("labels", "High"),
    "medium": QT_TRANSLATE_NOOP("labels", "Medium"),
    "low": QT_TRANSLATE_NOOP("labels", "Low"),
    # finding status
    "open": QT_TRANSLATE_NOOP("labels", "Open"),
    "in_remediation": QT_TRANSLATE_NOOP("labels", "In remediation"),
    "remediated": QT_TRANSLATE_NOOP("labels", "Remediated"),
    "verified_closed": QT_TRANSLATE_NOOP("labels", "Verified and closed"),
    "disputed": QT_TRANSLATE_NOOP("labels", "Disputed"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrawn"),
    # verification of a finding: method and result
    "document_review": QT_TRANSLATE_NOOP("labels", "Document review"),
    "on_site": QT_TRANSLATE_NOOP("labels", "On site"),
    "closed": QT_TRANSLATE_NOOP("labels", "Verified: close it"),
    "returned": QT_TRANSLATE_NOOP("labels", "Not remediated: return it"),
    # a coordinator's decision on a dispute
    "uphold": QT_TRANSLATE_NOOP("labels", "Uphold the finding"),
    "withdraw": QT_TRANSLATE_NOOP("labels", "Withdraw the finding"),
    # a coordinator's decision on a request for more time, and the request's state
    "approve": QT_TRANSLATE_NOOP("labels", "Approve: move the deadline"),
    "reject": QT_TRANSLATE_NOOP("labels", "Reject"),
    "approved": QT_TRANSLATE_NOOP("labels", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("labels", "Rejected"),
    # inspection kind and status
    "scheduled": QT_TRANSLATE_NOOP("labels", "Scheduled"),
    "unscheduled": QT_TRANSLATE_NOOP("labels", "Unscheduled"),
    "follow_up": QT_TRANSLATE_NOOP("labels", "Follow-up"),
    "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "report_issued": QT_TRANSLATE_NOOP("labels", "Report issued"),
    # indicator direction
    "increase": QT_TRANSLATE_NOOP("labels", "Increase"),
    "decrease": QT_TRANSLATE_NOOP("labels", "Decrease"),
    # what a plan revision changes ("cancelled" is shared above)
    "title": QT_TRANSLATE_NOOP("labels", "Title"),
    "start": QT_TRANSLATE_NOOP("labels", "Start date"),
    "end": QT_TRANSLATE_NOOP("labels", "End date"),
    "continuous": QT_TRANSLATE_NOOP("labels", "Continuous"),
    "lead": QT_TRANSLATE_NOOP("labels", "Lead institution"),
    "co_executors": QT_TRANSLATE_NOOP("labels", "Co-executors"),
    # institution kinds
    "ministry": QT_TRANSLATE_NOOP("labels", "Ministry"),
    "agency": QT_TRANSLATE_NOOP("labels", "Agency"),
    "cii_operator": QT_TRANSLATE_NOOP("labels", "CII operator"),
    "coordinating_body": QT_TRANSLATE_NOOP("labels", "Coordinating body"),
}

# The kinds of a due list's item (core.due.DueKind), apart from the stored values above: a due
# "finding" is a finding to remediate, not the record kind.
_DUE_KINDS: dict[str, str] = {
    "report": QT_TRANSLATE_NOOP("labels", "Lead report for the period"),
    "measure_end": QT_TRANSLATE_NOOP("labels", "Measure ending"),
    "clarification": QT_TRANSLATE_NOOP("labels", "Clarification requested"),
    "finding": QT_TRANSLATE_NOOP("labels", "Finding to remediate"),
    "claim": QT_TRANSLATE_NOOP("labels", "Remediation awaiting verification"),
    "extension": QT_TRANSLATE_NOOP("labels", "Extension request awaiting a decision"),
    "task": QT_TRANSLATE_NOOP("labels", "Working group task"),
}


def due_kind(kind: str) -> str:
    """The translated name of a due list item's kind."""
    name = _DUE_KINDS.get(kind)
    return _t(name) if name else kind


def label(value: str) -> str:
    """The translated name of a stored value; unknown values are shown as they are."""
    return named(value) or term(value)


def named(value: str) -> str | None:
    """The translated name of ``value`` if it is one of the stored values (a status, a
    severity, a kind), else None."""
    name = _NAMES.get(value)
    return _t(name) if name else None


def term(value: str) -> str:
    """A word of the core's vocabulary, translated (``core.messages.term``)."""
    return messages.term(value, QCoreApplication.translate)


def message(error: DeskError, *, capital: bool = True) -> str:
    """The error's line in the interface language (``core.messages.render``, which the CLI
    shares): a capital first unless it goes inside a sentence."""
    return messages.render(error, QCoreApplication.translate, capital=capital)
