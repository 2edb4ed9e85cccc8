"""What a write transaction touched, collected by the transaction itself (Anki's ``OpChanges``).

``Desk.transaction`` hands every session a ``ChangeLog``: the ORM's flushes and the Core
statements the merge and the exchange run are read as they happen, and each table maps to the
``Subject`` a front end shows. Nobody declares by hand what an operation changed, so a view that
shows a subject cannot miss a write to it. ``Desk.watch`` gathers the ``Changes`` of the
transactions committed inside it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, event
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from desktop_app.core.models import (
    SYNCED_MODELS,
    AuditEvent,
    AuditState,
    Blob,
    BundleLog,
    ChannelState,
    Conflict,
    ExchangeKey,
    Partner,
    PartnerKey,
    PeerRecord,
    RecordHash,
    RecordMark,
    Setting,
    User,
)


class Subject(enum.StrEnum):
    """What a view shows and a write can touch: each synchronised record kind, and the other
    things the front ends refresh for. The values are the strings stored in the audit log."""

    INSTITUTION = "institution"
    FACILITY = "facility"
    STRATEGY = "strategy"
    DIRECTION = "direction"
    MEASURE = "measure"
    INDICATOR = "indicator"
    PROGRESS_REPORT = "progress_report"
    EVALUATION = "evaluation"
    REQUIREMENT = "requirement"
    INSPECTION = "inspection"
    INSPECTION_NOTE = "inspection_note"
    FINDING = "finding"
    FINDING_EVENT = "finding_event"
    FINDING_RESPONSE = "finding_response"
    INSPECTION_ACT = "inspection_act"
    COMMISSION_SIGNATURE = "commission_signature"
    DEADLINE_EXTENSION = "deadline_extension"
    EXTENSION_REQUEST = "extension_request"
    STATUS_DECISION = "status_decision"
    OFFICIAL_STATUS = "official_status"
    WORKING_GROUP = "working_group"
    MEETING = "meeting"
    GROUP_DECISION = "group_decision"
    INDICATOR_COURSE = "indicator_course"
    PLAN_REVISION = "plan_revision"
    ATTACHMENT = "attachment"
    NODE = "node"
    USER = "user"
    SETTING = "setting"
    WORKSPACE = "workspace"
    PARTNER = "partner"
    BUNDLE = "bundle"
    CONFLICT = "conflict"
    AUDIT = "audit"


# The table each subject lives in. Tables that map to no subject are bookkeeping no view shows.
SUBJECT_BY_TABLE: dict[str, Subject] = {
    **{model.__tablename__: Subject(model.KIND) for model in SYNCED_MODELS},
    User.__tablename__: Subject.USER,
    Setting.__tablename__: Subject.SETTING,
    AuditEvent.__tablename__: Subject.AUDIT,
    AuditState.__tablename__: Subject.AUDIT,
    ExchangeKey.__tablename__: Subject.NODE,
    Partner.__tablename__: Subject.PARTNER,
    PartnerKey.__tablename__: Subject.PARTNER,
    BundleLog.__tablename__: Subject.BUNDLE,
    ChannelState.__tablename__: Subject.BUNDLE,
    PeerRecord.__tablename__: Subject.BUNDLE,
    Conflict.__tablename__: Subject.CONFLICT,
}
# Rows written alongside others, never shown on their own (content, merge positions, index).
UNSHOWN_TABLES = frozenset({Blob.__tablename__, RecordMark.__tablename__, RecordHash.__tablename__})
# Settings that are the store's own bookkeeping: every transaction saves the clock's position.
_BOOKKEEPING_SETTINGS = frozenset({"hlc_last"})
_SUBJECTS = frozenset(Subject)


@dataclass(frozen=True)
class Changes:
    """The subjects a write touched, with the ids of the rows where they are known (a batch
    statement names its table only)."""

    ids: Mapping[Subject, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, subject: Subject, *ids: str) -> Changes:
        return cls({subject: frozenset(ids)})

    @classmethod
    def everything(cls) -> Changes:
        """Every subject: after an unlock, when no view can trust what it holds."""
        return cls(dict.fromkeys(Subject, frozenset()))

    @property
    def kinds(self) -> frozenset[Subject]:
        return frozenset(self.ids)

    def touches(self, subjects: Iterable[Subject]) -> bool:
        return not self.kinds.isdisjoint(subjects)

    def __bool__(self) -> bool:
        return bool(self.ids)

    def __or__(self, other: Changes) -> Changes:
        merged = dict(self.ids)
        for subject, ids in other.ids.items():
            merged[subject] = merged.get(subject, frozenset()) | ids
        return Changes(merged)


# A subject's ids are kept up to this many; past it the subject is known to have changed and
# its rows are not named (a merge of 200,000 records kept every id until its commit: 25 MiB).
MAX_IDS = 1_000
_UNNAMED: frozenset[str] = frozenset()


class ChangeLog:
    """What one session wrote, read from its flushes and statements; ``changes`` once done."""

    KEY = "changes"

    def __init__(self) -> None:
        self._ids: dict[Subject, set[str] | frozenset[str]] = {}

    def note(self, subject: Subject, ids: Iterable[str] = ()) -> None:
        known = self._ids.setdefault(subject, set())
        if isinstance(known, set):
            known.update(ids)
            if len(known) > MAX_IDS:
                self._ids[subject] = _UNNAMED

    @property
    def changes(self) -> Changes:
        return Changes({subject: frozenset(ids) for subject, ids in self._ids.items()})

    def note_row(self, row: Any) -> None:
        subject = SUBJECT_BY_TABLE.get(row.__table__.name)
        if subject is None or (isinstance(row, Setting) and row.key in _BOOKKEEPING_SETTINGS):
            return
        identity = row.__mapper__.primary_key_from_instance(row)
        self.note(subject, [str(identity[0])] if len(identity) == 1 else [])
        if isinstance(row, AuditEvent) and row.record_kind in _SUBJECTS:
            # An entry names what it is about: a key slot or an identity leaves no row but this.
            self.note(Subject(row.record_kind), [row.record_id] if row.record_id else [])


def _flushed(session: Session, _context: UOWTransaction) -> None:
    log = session.info.get(ChangeLog.KEY)
    if log is None:
        return
    for row in (*session.new, *session.deleted):
        log.note_row(row)
    for row in session.dirty:
        if session.is_modified(row):
            log.note_row(row)


def _executed(state: ORMExecuteState) -> None:
    log = state.session.info.get(ChangeLog.KEY)
    if log is None or not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if isinstance(table, Table) and table.name in SUBJECT_BY_TABLE:
        log.note(SUBJECT_BY_TABLE[table.name])


def note(session: Session, subject: Subject, ids: Iterable[str]) -> None:
    """Name the rows a batch statement wrote (it names only its table), if ``session`` is
    one that ``Desk.transaction`` made."""
    log = session.info.get(ChangeLog.KEY)
    if log is not None:
        log.note(subject, ids)


def track(session: Session) -> ChangeLog:
    """Start collecting what ``session`` writes (sessions made by ``Desk.transaction``)."""
    log = ChangeLog()
    session.info[ChangeLog.KEY] = log
    return log


event.listen(Session, "after_flush", _flushed)
event.listen(Session, "do_orm_execute", _executed)
