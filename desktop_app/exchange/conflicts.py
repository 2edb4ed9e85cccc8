"""The bundle log and the conflicts the merge kept, and their resolution at the coordinator."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop_app.core import audit
from desktop_app.core.desk import Desk
from desktop_app.core.hlc import Stamp, stamp_node
from desktop_app.core.models import (
    MODEL_BY_KIND,
    BundleLog,
    Conflict,
    NodeRole,
)
from desktop_app.core.search import referred_kind
from desktop_app.errors import NotFound, PermissionDenied, ValidationError
from desktop_app.exchange.channel import Outcome, aware_now, require_editor
from desktop_app.exchange.format import (
    RecordCodec,
)


@dataclass(frozen=True)
class BundleLogRow:
    id: int
    direction: str
    peer: str
    sequence: int | None
    bundle_id: str
    sha256: str
    size: int
    counts: dict[str, Any]
    outcome: Outcome
    reason: str
    at: dt.datetime
    digest_match: bool | None
    acked: bool
    receipt_digest_match: bool | None
    audit_count: int = 0  # the sender's audit log as the bundle named it
    audit_head: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "at": self.at.isoformat(timespec="seconds")}


@dataclass(frozen=True)
class ConflictRow:
    id: int
    record_kind: str
    record_id: str
    field: str
    local_value: Any
    local_author: str
    remote_value: Any
    remote_author: str
    peer: str
    status: str
    kept_value: Any
    detected_at: dt.datetime
    # When each side made its edit (UTC, from the clock stamps), for the side-by-side review.
    local_at: dt.datetime | None = None
    remote_at: dt.datetime | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.__dict__,
            "detected_at": self.detected_at.isoformat(timespec="seconds"),
            "local_at": self.local_at.isoformat(timespec="seconds") if self.local_at else None,
            "remote_at": self.remote_at.isoformat(timespec="seconds") if self.remote_at else None,
        }


def bundles(desk: Desk) -> list[BundleLogRow]:
    with desk.reading() as session:
        return [
            BundleLogRow(
                id=row.id,
                direction=row.direction,
                peer=row.peer,
                sequence=row.sequence,
                bundle_id=row.bundle_id,
                sha256=row.sha256,
                size=row.size,
                counts=dict(row.counts),
                outcome=Outcome(row.outcome),
                reason=row.reason,
                at=row.at,
                digest_match=row.digest_match,
                acked=row.acked,
                receipt_digest_match=row.receipt_digest_match,
                audit_count=row.audit_count,
                audit_head=row.audit_head,
            )
            for row in session.scalars(select(BundleLog).order_by(BundleLog.id))
        ]


def _conflict_row(conflict: Conflict) -> ConflictRow:
    return ConflictRow(
        id=conflict.id,
        record_kind=conflict.record_kind,
        record_id=conflict.record_id,
        field=conflict.field,
        local_value=json.loads(conflict.local_value),
        local_author=stamp_node(conflict.local_stamp),
        remote_value=json.loads(conflict.remote_value),
        remote_author=stamp_node(conflict.remote_stamp),
        peer=conflict.peer,
        status=conflict.status,
        kept_value=json.loads(conflict.kept_value) if conflict.kept_value else None,
        detected_at=conflict.detected_at,
        local_at=_stamp_time(conflict.local_stamp),
        remote_at=_stamp_time(conflict.remote_stamp),
    )


def _stamp_time(stamp: str) -> dt.datetime:
    wall_ms = Stamp.parse(stamp).wall_ms
    return dt.datetime.fromtimestamp(wall_ms / 1000, dt.UTC).replace(tzinfo=None)


def conflicts(desk: Desk, *, include_resolved: bool = True) -> list[ConflictRow]:
    with desk.reading() as session:
        query = select(Conflict).order_by(Conflict.id)
        if not include_resolved:
            query = query.where(Conflict.status == "open")
        return [_conflict_row(c) for c in session.scalars(query)]


@dataclass(frozen=True)
class NamedConflict:
    """A conflict as people read it (the GUI's Conflicts page, the CLI's ``conflicts list``):
    its record by name, and a value that holds another record's id by that record's name."""

    conflict: ConflictRow
    record: str  # how people know the record: "SCIS-2026-001#1" for a finding, a measure's number
    # The names of the records the two values refer to; None when the field holds no reference.
    local_name: str | None
    remote_name: str | None


def named_conflicts(desk: Desk, *, include_resolved: bool = True) -> list[NamedConflict]:
    """``conflicts`` with the names of their records and of the records their values refer to
    (an institution by its code, not its id)."""
    names: dict[tuple[str, str], str] = {}

    def name(kind: str, record_id: str) -> str:
        if (kind, record_id) not in names:
            names[kind, record_id] = desk.search.name_of(kind, record_id)
        return names[kind, record_id]

    def value_name(row: ConflictRow, value: Any) -> str | None:
        kind = referred_kind(row.record_kind, row.field)
        return name(kind, value) if kind is not None and isinstance(value, str) else None

    return [
        NamedConflict(
            row,
            name(row.record_kind, row.record_id),
            value_name(row, row.local_value),
            value_name(row, row.remote_value),
        )
        for row in conflicts(desk, include_resolved=include_resolved)
    ]


def _matches(stored: str, wanted: Any) -> bool:
    value = json.loads(stored)
    if wanted == value:
        return True
    return isinstance(wanted, str) and (wanted == stored or wanted == str(value))


def resolve_conflict(desk: Desk, conflict_id: int, keep_value: Any) -> None:
    """Keep one of the two values; if it is not the current one it is written as a new edit."""
    require_editor(desk)
    if desk.node.role is not NodeRole.COORDINATOR:
        raise PermissionDenied("conflicts are reviewed and resolved at the coordinator")
    with desk.transaction() as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None:
            raise NotFound("no conflict {conflict_id}", conflict_id=conflict_id)
        if conflict.status != "open":
            raise ValidationError(
                "conflict {conflict_id} is already resolved", "conflict", conflict_id=conflict_id
            )
        chosen = next(
            (
                text
                for text in (conflict.local_value, conflict.remote_value)
                if _matches(text, keep_value)
            ),
            None,
        )
        if chosen is None:
            raise ValidationError(
                "keep one of the two values: {local_value} or {remote_value}",
                "keep",
                local_value=conflict.local_value,
                remote_value=conflict.remote_value,
            )
        model = MODEL_BY_KIND[conflict.record_kind]
        record = session.get(model, conflict.record_id)
        if record is None:
            raise NotFound(
                "the record of conflict {conflict_id} no longer exists", conflict_id=conflict_id
            )
        value = RecordCodec().decode_field(conflict.record_kind, conflict.field, json.loads(chosen))
        desk.recorder.update(session, record, **{conflict.field: value})
        conflict.status = "resolved"
        conflict.resolved_at = desk.now()
        conflict.resolved_by = desk.user
        conflict.kept_value = chosen
        audit.append(
            session,
            desk.user,
            "conflict_resolve",
            conflict.record_kind,
            conflict.record_id,
            f"{conflict.field}={chosen[:80]}",
            at=aware_now(desk),
        )
