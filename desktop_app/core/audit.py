"""Append-only audit log: a hash chain, each entry signed by the user who acted.

Each entry's hash covers its content, the previous entry's hash and the digest of the record
states it lists (the hash of every record it wrote, as it left it). The acting user's Ed25519
key signs the hash; that key is sealed in the user's own key slot, which the shared data key
does not open, so a user who edits the database directly cannot sign as anyone else.

``verify`` replays the log: the chain, every signature against the key the log itself gave
that user (the first admin's key is in the ``init`` entry; admins grant the others), that user
management was done by admins, that the users table says what the log says, that every record
is in the state its last entry recorded, and that the log reaches every user's signed anchor
(``store/anchors.py``). Entries from before signing (an upgraded store) are a legacy prefix:
chained but unsigned, which ``verify`` counts and says.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from desktop_app.core.models import (
    MODEL_BY_KIND,
    SYNCED_MODELS,
    AuditEvent,
    AuditState,
    User,
    UserRole,
)
from desktop_app.errors import StoreError, Term
from desktop_app.store import jsontext
from desktop_app.store.anchors import Anchor, load_anchors

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

GENESIS = "0" * 64
# Session.info key under which a desk's sessions carry the signed-in user's Signer.
SIGNER = "audit_signer"
_ENTRY_CONTEXT = b"infosec-desk audit entry v2\0"
_ANCHOR_CONTEXT = b"infosec-desk audit anchor v1\0"
_GRANTED_KEY = re.compile(r"\bkey=([0-9a-f]{64})\b")
_GRANTED_ROLE = re.compile(r"\brole=(\w+)\b")
_GRANTED_RECIPIENT = re.compile(r"\brecipient=(age1[0-9a-z]+)\b")
# Actions only an admin may sign; ``user_key`` also when a user enrols their own first key.
ADMIN_ACTIONS = frozenset({"user_add", "user_role", "user_key", "user_remove"})
USER_KIND = "user"
STATE_TABLES: dict[str, Table] = {
    # Declarative models type __table__ as a FromClause; each of these is a Table.
    **{model.KIND: cast(Table, model.__table__) for model in SYNCED_MODELS},
    USER_KIND: cast(Table, User.__table__),
}
_CHUNK = 500


def _hex(value: Any) -> str:
    """A BLOB column's bytes in a state, as hex."""
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"a stored value of type {type(value).__name__}")


# Built once: an import hashes every row it writes.
_STATE_ENCODER = jsontext.encoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_hex
)

State = tuple[str, str, str]  # kind, id, hash of the record's state ("" once it is gone)


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
    "user_key",
    "user_remove",
    "unlock_failures",
    "upgrade",
    "rekey",
    "partner_history",
    "clock_repair",
    "plan_import",
)
SUBJECTS: tuple[str, ...] = ("node", "user", "setting", "workspace", "partner", "bundle")


def subject_kinds() -> tuple[str, ...]:
    """Every ``record_kind`` an entry may carry: the record kinds and the other subjects."""
    return (*MODEL_BY_KIND, *SUBJECTS)


# -- keys -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signer:
    """The signed-in user's signing key."""

    user: str
    seed: bytes = field(repr=False)

    @property
    def key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.seed)

    @property
    def public_hex(self) -> str:
        return public_hex(self.seed)


def new_signing_seed() -> bytes:
    return os.urandom(32)


def public_hex(seed: bytes) -> str:
    return Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw().hex()


def _signed_by(key_hex: str, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(key_hex)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def _unhex(text: str) -> bytes:
    try:
        return bytes.fromhex(text)
    except ValueError:
        return b""


# -- record states --------------------------------------------------------------------------


def state_hash(names: Sequence[str], values: Sequence[Any]) -> str:
    """The hash of a row as SQLite stores it (no type conversion: an import hashes 20,000
    rows in well under a second), given as read back or as bound for writing (every column
    type stores the bound value unchanged: tests/test_audit_states.py). NULL columns are left
    out, so a column a later release adds, NULL in every existing row, changes no record's
    state."""
    # Bytes (a BLOB column's) are written as hex by the encoder's ``default``.
    data = dict(zip(names, values, strict=True))
    if None in data.values():
        data = {name: value for name, value in data.items() if value is not None}
    return hashlib.sha256(_STATE_ENCODER(data).encode()).hexdigest()


def key_column(kind: str) -> Any:
    table = STATE_TABLES[kind]
    return table.c.name if kind == USER_KIND else table.c.id


def _hashed_rows(
    session: Session, kind: str, ids: Sequence[str] | None
) -> Iterator[tuple[str, str]]:
    """(key, state hash) of the rows of ``kind`` whose key is in ``ids`` (every row if None),
    read raw from SQLite as the session sees them (flushed)."""
    table, key = STATE_TABLES[kind], key_column(kind)
    sql = f'SELECT * FROM "{table.name}"'
    if ids is not None:
        sql += f' WHERE "{key.name}" IN ({",".join("?" * len(ids))})'
    result = session.connection().exec_driver_sql(sql, tuple(ids or ()))
    names = list(result.keys())
    at = names.index(key.name)
    for row in result:
        yield row[at], state_hash(names, row)


def states_for(session: Session, kind: str, ids: Iterable[str]) -> list[State]:
    """The state hashes of these records as the session sees them (flushed); "" if gone."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        found.update(_hashed_rows(session, kind, wanted[start : start + _CHUNK]))
    return [(kind, record_id, found.get(record_id, "")) for record_id in wanted]


def all_states(session: Session) -> Iterator[State]:
    """The state of every record and user: the baseline when an old log is carried over."""
    for kind in STATE_TABLES:
        yield from ((kind, key, state) for key, state in _hashed_rows(session, kind, None))


def states_of(session: Session, changed: Iterable[tuple[str, str]]) -> Iterator[State]:
    """States of the records ``changed`` names as (kind, id), e.g. a merged bundle's: read a
    chunk at a time, so a merge of any size keeps only a chunk."""
    for kind, ids in _chunks(changed):
        yield from states_for(session, kind, ids)


def _chunks(changed: Iterable[tuple[str, str]]) -> Iterator[tuple[str, list[str]]]:
    """(kind, up to _CHUNK ids of that kind) in the order given."""
    kind, ids = "", list[str]()
    for record_kind, record_id in changed:
        if record_kind != kind or len(ids) == _CHUNK:
            if ids:
                yield kind, ids
            kind, ids = record_kind, []
        ids.append(record_id)
    if ids:
        yield kind, ids


def next_seq(session: Session) -> int:
    """The number the next entry gets: a long write (a merge) records its states under it
    batch by batch (``record_states``) and appends that entry with ``reserved`` set."""
    last = session.scalar(select(func.max(AuditEvent.seq)))
    return (last or 0) + 1


class _StatesDigest:
    """SHA-256 over an entry's state lines ("kind id state") in (kind, id) order, fed one
    line at a time, so that no entry's states are held whole."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self._lines = 0

    def add(self, kind: str, record_id: str, state: str) -> None:
        self._hash.update(f"{chr(10) if self._lines else ''}{kind} {record_id} {state}".encode())
        self._lines += 1

    def hexdigest(self) -> str:
        return self._hash.hexdigest() if self._lines else ""


def _ordered_states() -> Any:
    # (kind, id) order: the order of the lines "kind id state" too, as no kind or id holds a
    # character below the space.
    # yield_per: the session would otherwise buffer every row of the result before the first.
    columns = (AuditState.seq, AuditState.record_kind, AuditState.record_id, AuditState.state)
    return (
        select(*columns)
        .order_by(AuditState.seq, AuditState.record_kind, AuditState.record_id)
        .execution_options(yield_per=_CHUNK)
    )


def _stored_digest(session: Session, seq: int) -> str:
    digest = _StatesDigest()
    # Core, not the ORM: plain rows (a merge's entry reads back a state per record it wrote).
    for _seq, kind, record_id, state in session.connection().execute(
        _ordered_states().where(AuditState.seq == seq)
    ):
        digest.add(kind, record_id, state)
    return digest.hexdigest()


def record_states(session: Session, seq: int, states: Iterable[State]) -> None:
    """Entry ``seq``'s state rows, a chunk at a time; a record named twice keeps its last.
    Plain tuples to the driver: an import writes a row per record it merges."""
    sql = (
        f'INSERT OR REPLACE INTO "{AuditState.__tablename__}" '
        "(seq, record_kind, record_id, state) VALUES (?, ?, ?, ?)"
    )
    connection = session.connection()
    rows: list[tuple[int, str, str, str]] = []
    for kind, record_id, state in states:
        rows.append((seq, kind, record_id, state))
        if len(rows) == _CHUNK:
            connection.exec_driver_sql(sql, rows)
            rows = []
    if rows:
        connection.exec_driver_sql(sql, rows)


# -- writing --------------------------------------------------------------------------------


def _digest(values: list[Any]) -> str:
    payload = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def _content(event: AuditEvent) -> list[Any]:
    return [
        event.seq,
        event.at,
        event.user,
        event.action,
        event.record_kind,
        event.record_id,
        event.detail,
        event.prev_hash,
    ]


def _legacy_hash(event: AuditEvent) -> str:
    """The hash of an entry written before entries were signed."""
    return _digest(_content(event))


def _entry_hash(event: AuditEvent) -> str:
    return _digest(["v2", *_content(event), event.states])


def append(
    session: Session,
    user: str,
    action: str,
    record_kind: str = "",
    record_id: str = "",
    detail: str = "",
    at: dt.datetime | None = None,
    states: Iterable[State] = (),
    reserved: int | None = None,
) -> AuditEvent:
    """Add an entry signed by the session's signer (a desk's sessions carry it) if that is
    ``user``; an entry nobody could sign is written unsigned and ``verify`` names it."""
    if action not in ACTIONS or (record_kind and record_kind not in subject_kinds()):
        # A programming error, not a user's: register the new name (and translate it) first.
        raise ValueError(f"unregistered audit action or subject: {action!r} on {record_kind!r}")
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    if reserved is not None and reserved != seq:
        # A programming error: another entry came between, and would own the states recorded.
        raise RuntimeError(f"audit entry {reserved} was reserved, but {seq} comes next")
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
        signature="",
    )
    record_states(session, seq, states)
    event.states = _stored_digest(session, seq)
    event.hash = _entry_hash(event)
    signer: Signer | None = session.info.get(SIGNER)
    if signer is not None and signer.user == user:
        event.signature = signer.key.sign(_ENTRY_CONTEXT + bytes.fromhex(event.hash)).hex()
    session.add(event)
    session.flush()
    return event


def sign_anchor(signer: Signer, seq: int, head_hash: str) -> Anchor:
    message = _ANCHOR_CONTEXT + f"{seq}:{head_hash}".encode()
    return Anchor(signer.user, seq, head_hash, signer.key.sign(message))


# -- verifying ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainCheck:
    """``entries``: how many entries chain correctly from the first; ``problems``: one line
    each (the first is ``problem``); ``legacy``: entries from before signing."""

    ok: bool
    entries: int
    head: str
    problem: StoreError | None = None
    problems: tuple[StoreError, ...] = ()
    legacy: int = 0


@dataclass
class _Replay:
    """What the signed log says so far: each user's keys (the last is current) and role."""

    keys: dict[str, list[str]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    # Each user's age recipient, to which a re-key hands the new data key.
    recipients: dict[str, str] = field(default_factory=dict)
    hashes: dict[int, str] = field(default_factory=dict)
    problems: list[StoreError] = field(default_factory=list)

    def legacy(self, event: AuditEvent) -> None:
        role = _GRANTED_ROLE.search(event.detail)
        if event.action == "init":
            self.roles[event.user] = UserRole.ADMIN.value
        elif event.action in ("user_add", "user_role") and role:
            self.roles[event.record_id] = role.group(1)

    def signed(self, event: AuditEvent) -> None:
        granted_match = _GRANTED_KEY.search(event.detail)
        granted = granted_match.group(1) if granted_match else ""
        role_match = _GRANTED_ROLE.search(event.detail)
        key = (self.keys.get(event.user) or [""])[-1]
        first = event.action == "init" and not self.keys and not self.roles
        enrolling = (
            event.action == "user_key"
            and event.record_id == event.user
            and event.user in self.roles
            and not self.keys.get(event.user)
        )
        if first or enrolling:
            key = granted  # the root admin's key, or a user's first key after an upgrade
        signature = _unhex(event.signature)
        before = len(self.problems)
        if not key:
            self.problems.append(
                StoreError(
                    "entry {seq} ({action}) is by {user}, to whom the signed log gives no key",
                    seq=event.seq,
                    action=Term(event.action),
                    user=event.user,
                )
            )
        elif not signature:
            self.problems.append(
                StoreError(
                    "entry {seq} ({action}) is not signed", seq=event.seq, action=Term(event.action)
                )
            )
        elif not _signed_by(key, signature, _ENTRY_CONTEXT + bytes.fromhex(event.hash)):
            self.problems.append(
                StoreError(
                    "entry {seq} ({action}) does not carry {user}'s signature",
                    seq=event.seq,
                    action=Term(event.action),
                    user=event.user,
                )
            )
        admin = self.roles.get(event.user) == UserRole.ADMIN.value
        if event.action in ADMIN_ACTIONS and not admin and not enrolling:
            self.problems.append(
                StoreError(
                    "entry {seq} ({action} {subject}) is by {user}, who is not an admin in the"
                    " signed log",
                    seq=event.seq,
                    action=Term(event.action),
                    subject=event.record_id,
                    user=event.user,
                )
            )
        if len(self.problems) > before:
            return  # an entry that is not what it claims grants nothing
        subject = event.record_id
        recipient = _GRANTED_RECIPIENT.search(event.detail)
        if recipient and (first or event.action in ("user_add", "user_key")):
            self.recipients[event.user if first else subject] = recipient.group(1)
        if first:
            self.roles[event.user] = UserRole.ADMIN.value
            self.keys[event.user] = [granted]
        elif event.action == "user_add" and role_match:
            self.roles[subject] = role_match.group(1)
            self.keys.setdefault(subject, []).append(granted)
        elif event.action == "user_role" and role_match:
            self.roles[subject] = role_match.group(1)
        elif event.action == "user_key" and granted:
            self.keys.setdefault(subject, []).append(granted)
        elif event.action == "user_remove":
            self.roles.pop(subject, None)
            self.recipients.pop(subject, None)


def _walk(session: Session, replay: _Replay) -> tuple[int, str, int]:
    """Replay the chain; (entries that chain, head hash, legacy entries)."""
    states = _recorded_digests(session)
    prev_hash, expected_seq, count, legacy, signed_seen = GENESIS, 1, 0, 0, False
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
        if event.seq != expected_seq:
            replay.problems.insert(0, StoreError("entry {seq} is missing", seq=expected_seq))
            break
        if event.prev_hash != prev_hash:
            replay.problems.insert(0, StoreError("entry {seq} is out of order", seq=event.seq))
            break
        is_legacy = not event.signature and not event.states and not signed_seen
        if is_legacy and _legacy_hash(event) == event.hash:
            replay.legacy(event)
            legacy += 1
        elif _entry_hash(event) != event.hash or states.get(event.seq, "") != event.states:
            replay.problems.insert(0, StoreError("entry {seq} was altered", seq=event.seq))
            break
        else:
            signed_seen = True
            replay.signed(event)
        replay.hashes[event.seq] = event.hash
        prev_hash, expected_seq, count = event.hash, expected_seq + 1, count + 1
    return count, prev_hash, legacy


def _recorded_digests(session: Session) -> dict[int, str]:
    digests: dict[int, _StatesDigest] = {}
    for seq, kind, record_id, state in session.execute(_ordered_states()):
        digests.setdefault(seq, _StatesDigest()).add(kind, record_id, state)
    return {seq: digest.hexdigest() for seq, digest in digests.items()}


def _check_users(session: Session, replay: _Replay) -> None:
    stored = {user.name: user for user in session.scalars(select(User))}
    for name, user in sorted(stored.items()):
        if name not in replay.roles:
            replay.problems.append(
                StoreError("user {name}: no signed entry added this user", name=name)
            )
        elif user.role != replay.roles[name]:
            replay.problems.append(
                StoreError(
                    "user {name}: role {stored} in the store, {signed} in the signed log",
                    name=name,
                    stored=Term(user.role),
                    signed=Term(replay.roles[name]),
                )
            )
    for name in sorted(replay.roles.keys() - stored.keys()):
        replay.problems.append(
            StoreError("user {name}: in the signed log, missing from the store", name=name)
        )


def _check_records(session: Session, replay: _Replay) -> None:
    last: dict[tuple[str, str], tuple[int, str]] = {}
    query = select(AuditState.record_kind, AuditState.record_id, AuditState.seq, AuditState.state)
    for kind, record_id, seq, state in session.execute(query.order_by(AuditState.seq)):
        last[(kind, record_id)] = (seq, state)
    if not last:
        return  # a legacy log that was never carried over: nothing recorded to compare
    live: dict[tuple[str, str], str] = {}
    for kind in STATE_TABLES:
        live.update(((kind, key), state) for key, state in _hashed_rows(session, kind, None))
    for kind, record_id in sorted(live.keys() | last.keys()):
        seq, recorded = last.get((kind, record_id), (0, ""))
        state = live.get((kind, record_id), "")
        if state == recorded:
            continue
        what = {"kind": Term(kind), "id": record_id, "seq": seq}
        if not seq:
            problem = StoreError(
                "{kind} {id}: written behind the application (no audit entry records it)", **what
            )
        elif not state:
            problem = StoreError(
                "{kind} {id}: removed behind the application (entry {seq} recorded it)", **what
            )
        else:
            problem = StoreError(
                "{kind} {id}: changed behind the application (entry {seq} recorded another state)",
                **what,
            )
        replay.problems.append(problem)


def _check_anchors(replay: _Replay, anchors: Sequence[Anchor], last_seq: int) -> None:
    for anchor in anchors:
        message = _ANCHOR_CONTEXT + f"{anchor.seq}:{anchor.hash}".encode()
        keys = replay.keys.get(anchor.user, [])
        if not any(_signed_by(key, anchor.signature, message) for key in keys):
            replay.problems.append(
                StoreError(
                    "{user}'s signed anchor (entry {seq}) is signed by no key the log gives"
                    " them: the log was rewritten or the anchor file edited",
                    user=anchor.user,
                    seq=anchor.seq,
                )
            )
        elif anchor.seq > last_seq:
            replay.problems.append(
                StoreError(
                    "the log ends at entry {last}, but {user}'s signed anchor names entry {seq}:"
                    " entries were removed",
                    last=last_seq,
                    user=anchor.user,
                    seq=anchor.seq,
                )
            )
        elif replay.hashes.get(anchor.seq) != anchor.hash:
            replay.problems.append(
                StoreError(
                    "entry {seq} is not the one {user}'s signed anchor names: the log was"
                    " rewritten",
                    seq=anchor.seq,
                    user=anchor.user,
                )
            )


def verify(
    session: Session,
    anchors: Sequence[Anchor] = (),
    own: Signer | None = None,
    anchor_problem: StoreError | None = None,
) -> ChainCheck:
    """Check the whole log and what it vouches for; every problem gets one line.

    ``anchors`` are the users' signed heads kept outside the database, ``own`` the signed-in
    user's key as their key slot holds it.
    """
    replay = _Replay()
    count, head_hash, legacy = _walk(session, replay)
    _check_users(session, replay)
    _check_records(session, replay)
    _check_anchors(replay, anchors, count)
    if anchor_problem:
        replay.problems.append(anchor_problem)
    if own is not None and (replay.keys.get(own.user) or [""])[-1] != own.public_hex:
        replay.problems.append(
            StoreError(
                "the signed log does not give {user} the key in their key slot: the log or the"
                " key slot file was altered",
                user=own.user,
            )
        )
    problems = tuple(replay.problems)
    return ChainCheck(
        not problems, count, head_hash, problems[0] if problems else None, problems, legacy
    )


def signed_recipients(session: Session) -> dict[str, str]:
    """Each current user's age recipient as validly signed entries granted it."""
    replay = _Replay()
    _walk(session, replay)
    return {user: r for user, r in replay.recipients.items() if user in replay.roles}


def head(session: Session) -> str:
    value = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1))
    return value or GENESIS


def last_entry(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, GENESIS)


class AuditService:
    """The log as the front ends read it: the latest entries, what to filter them by, and the
    whole chain checked (``desk.audit``)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def recent(
        self,
        limit: int = 200,
        action: str | None = None,
        user: str | None = None,
        text: str | None = None,
    ) -> list[AuditEvent]:
        """The latest entries, newest first, of this action, by this user, naming this text."""
        query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
        if action:
            query = query.where(AuditEvent.action == action)
        if user:
            query = query.where(AuditEvent.user == user)
        if text:
            query = query.where(
                AuditEvent.detail.contains(text) | AuditEvent.record_id.contains(text)
            )
        with self.desk.reading() as session:
            return list(session.scalars(query))

    def count(self) -> int:
        with self.desk.reading() as session:
            return session.scalar(select(func.count()).select_from(AuditEvent)) or 0

    def actions(self) -> list[str]:
        """The actions the log holds, to filter by."""
        with self.desk.reading() as session:
            return sorted(session.scalars(select(AuditEvent.action).distinct()))

    def users(self) -> list[str]:
        """The users the log names, to filter by."""
        with self.desk.reading() as session:
            return sorted(session.scalars(select(AuditEvent.user).distinct()))

    def verify(self) -> ChainCheck:
        """The log checked whole, against the anchors and the signed-in user's own key."""
        anchors, problem = load_anchors(self.desk.workspace.home)
        with self.desk.reading() as session:
            return verify(session, anchors, self.desk.signer, problem)
