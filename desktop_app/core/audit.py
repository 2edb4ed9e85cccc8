"""Append-only audit log with a hash chain, so an edited, removed or reordered entry shows."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.models import MODEL_BY_KIND, AuditEvent
from desktop_app.errors import StoreError

GENESIS = "0" * 64

# Every action the log records and every kind of subject an entry may name besides the
# synchronised records: the front ends translate each, so ``append`` takes no other.
ACTIONS: tuple[str, ...] = (
    "init",
    "create",
    "update",
    "delete",
    "user_add",
    "user_role",
    "passphrase",
    "recovery_key",
    "setting",
    "backup",
    "identity",
    "identity_rotate",
    "partner_enrol",
    "partner_revoke",
    "partner_rotate",
    "bundle_export",
    "bundle_import",
    "bundle_refused",
    "conflict_resolve",
)
SUBJECTS: tuple[str, ...] = ("node", "user", "setting", "workspace", "partner", "bundle")


def subject_kinds() -> tuple[str, ...]:
    """Every ``record_kind`` an entry may carry: the record kinds and the other subjects."""
    return (*MODEL_BY_KIND, *SUBJECTS)


def _entry_hash(event: AuditEvent) -> str:
    payload = json.dumps(
        [
            event.seq,
            event.at,
            event.user,
            event.action,
            event.record_kind,
            event.record_id,
            event.detail,
            event.prev_hash,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def append(
    session: Session,
    user: str,
    action: str,
    record_kind: str = "",
    record_id: str = "",
    detail: str = "",
    at: dt.datetime | None = None,
) -> AuditEvent:
    if action not in ACTIONS or (record_kind and record_kind not in subject_kinds()):
        # A programming error, not a user's: register the new name (and translate it) first.
        raise ValueError(f"unregistered audit action or subject: {action!r} on {record_kind!r}")
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    moment = at or dt.datetime.now(dt.UTC)
    event = AuditEvent(
        seq=seq,
        at=moment.astimezone(dt.UTC).isoformat(timespec="milliseconds"),
        user=user,
        action=action,
        record_kind=record_kind,
        record_id=record_id,
        detail=detail,
        prev_hash=prev_hash,
    )
    event.hash = _entry_hash(event)
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    entries: int
    head: str
    problem: StoreError | None = None  # the first entry that breaks the chain


def verify(session: Session) -> ChainCheck:
    """Walk the chain from the first entry; report the first entry that breaks it."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
        if event.seq != expected_seq:
            return ChainCheck(
                False, count, prev_hash, StoreError("entry {seq} is missing", seq=expected_seq)
            )
        if event.prev_hash != prev_hash:
            return ChainCheck(
                False, count, prev_hash, StoreError("entry {seq} is out of order", seq=event.seq)
            )
        if _entry_hash(event) != event.hash:
            return ChainCheck(
                False, count, prev_hash, StoreError("entry {seq} was altered", seq=event.seq)
            )
        prev_hash, expected_seq, count = event.hash, expected_seq + 1, count + 1
    return ChainCheck(True, count, prev_hash)


def head(session: Session) -> str:
    value = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1))
    return value or GENESIS


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def recent(
    session: Session,
    limit: int = 200,
    action: str | None = None,
    user: str | None = None,
    text: str | None = None,
) -> list[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
    if action:
        query = query.where(AuditEvent.action == action)
    if user:
        query = query.where(AuditEvent.user == user)
    if text:
        query = query.where(AuditEvent.detail.contains(text) | AuditEvent.record_id.contains(text))
    return list(session.scalars(query))
