"""Field-by-field merge of incoming records: last writer wins by HLC stamp.

A stamp string sorts by wall time, then counter, then node code, so taking the greater stamp per
field is commutative, associative and idempotent: any set of bundles, merged in any order and
any number of times, leaves the same records. A tombstone is the ``deleted`` field like any other,
except that an edit stamped later than the tombstone revives the record ("tombstones win over
older edits only"); the stored value is derived from the winning stamps alone, so this too is
order-free. A field the rule book lets move one way only (``rules.ONLY_LATER``: a finding's
deadline) keeps the later of two values instead, its stamp with it: the greater (value, stamp)
is as order-free, and no store sees such a field move back. Concurrent edits of one field are
also kept as conflicts for the coordinator: the remote author edited without having seen our
value, and we had not seen its value when we made ours. A value the sender relays (not its own
edit) or one of its edits that reached us before is never a conflict. Conflicts are local
bookkeeping: they do not change what is merged. The decision per field is ``decide``, a pure
function of the two sides and the channel's position.

Every record is checked before it is written, against the core's rule book (``core.rules``)
with this node's current record as "before" and the sender as the actor: a bundle can do
nothing its sender's user could not do locally. What is exchange-specific is checked here: a
value stamped by a node other than the sender (a relayed value) must be one this node already
holds from that node, unless the sender is the coordinator relaying what it merged; a new
record's origin is its sender (or, from the coordinator, the node it relays for); no stamp is
further ahead of this node's wall clock than the allowed skew.

The merge writes with Core statements in batches (the ORM would be ten times slower for 100,000
records) and returns a MergeReport that the preview, the bundle log and the tests read.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop_app.core import audit, search
from desktop_app.core.access import NODE_RIGHTS, Right
from desktop_app.core.changes import Subject, note
from desktop_app.core.dump import json_value
from desktop_app.core.hlc import NODE_AT, Stamp, stamp_node
from desktop_app.core.models import (
    MODEL_BY_KIND,
    SYNCED_MODELS,
    Attachment,
    CommissionSignature,
    Conflict,
    InspectionAct,
    Institution,
    NodeRole,
    RecordMark,
    Synced,
)
from desktop_app.core.rules import ONLY_LATER, Actor, RuleBook, later
from desktop_app.errors import DeskError, ExchangeError, Term
from desktop_app.exchange.channel import keep_hashes, record_hash
from desktop_app.exchange.format import Incoming

DELETED = "deleted"
DAY_MS = 86_400_000
# Kinds judged against records a bundle may carry after them, in a later batch: an addendum
# against the acts before it, a signature against the act or closure it signs. They are held
# until every other record is in (``Merger.finish``), so batch boundaries change nothing.
HELD_KINDS = (InspectionAct.KIND, CommissionSignature.KIND)


class Unauthorised(ExchangeError):
    """The bundle does what its sender may not do; refused whole and audited."""


@dataclass(frozen=True)
class Position:
    """What the receiver knows of the channel, for telling concurrent edits apart."""

    local: str  # this node's code
    sender: str
    # The sender's HLC position up to which its earlier bundles merged here: its own edits
    # stamped up to it had all arrived (each export carries every unacknowledged change).
    received_to: str
    # Our bundles' HLC position that the sender had merged when it wrote this bundle: a local
    # edit after it was unknown to the sender, so a differing value is concurrent.
    ack_floor: str


@dataclass(frozen=True)
class Decision:
    take: bool  # the incoming value wins (its stamp is greater, or the rule book's order)
    conflict: bool  # concurrent edits of different values: kept for review
    # The sender's own edit, made over our value, that the rule book's order puts behind it:
    # a move back, which the rule book judges as a change of our value.
    back: bool = False


def decide(
    name: str,
    mine: Any,
    mine_stamp: str,
    theirs: Any,
    theirs_stamp: str,
    learnt: str,
    position: Position,
    ahead: bool | None = None,
) -> Decision:
    """One field: ours (``mine`` stamped ``mine_stamp``, held here since ``learnt`` if it came
    from another peer) against the sender's. Last writer by stamp, unless the rule book orders
    the field's values (``ahead``: whether theirs comes after ours; see ``rules.later``); a
    conflict when both edited without having seen the other's value."""
    newer = theirs_stamp > mine_stamp
    take = newer if ahead is None or theirs_stamp == mine_stamp else ahead
    if not mine_stamp or theirs_stamp == mine_stamp or theirs == mine or name == DELETED:
        return Decision(take, False)
    local_node, author = stamp_node(mine_stamp), stamp_node(theirs_stamp)
    # Relayed: on the star of channels the sender can hold another node's value only because
    # this node sent it, so this node held it before its current value, or judged it. And the
    # sender's edit that reached us in an earlier bundle was judged then, ours made over it.
    own = author == position.sender and theirs_stamp > position.received_to
    unseen = local_node != author and (  # not one node's successive edits
        # Stamped before ours: a node's clock passes every stamp it merges, so the sender made
        # its edit before it could see ours (it wins only by the rule book's order).
        not newer
        # When this node came to hold its value (its own edit, or the merge that brought it)
        # the sender had not yet seen it.
        or (mine_stamp if local_node == position.local else max(learnt, mine_stamp))
        > position.ack_floor
    )
    return Decision(take, own and unseen, own and newer and not take and not unseen)


@dataclass
class KindReport:
    created: int = 0
    updated: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class ConflictNote:
    kind: str
    record_id: str
    field: str
    local_value: Any
    remote_value: Any
    local_stamp: str
    remote_stamp: str


@dataclass
class MergeReport:
    """What a merge changed, per kind; attachments counted apart."""

    kinds: dict[str, KindReport] = field(default_factory=dict)
    attachments_stored: int = 0
    attachment_bytes: int = 0
    conflicts: list[ConflictNote] = field(default_factory=list)

    def kind(self, kind: str) -> KindReport:
        return self.kinds.setdefault(kind, KindReport())

    @property
    def created(self) -> int:
        return sum(k.created for k in self.kinds.values())

    @property
    def updated(self) -> int:
        return sum(k.updated for k in self.kinds.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "kinds": {
                kind: {"created": r.created, "updated": r.updated, "conflicts": r.conflicts}
                for kind, r in sorted(self.kinds.items())
                if r.created or r.updated or r.conflicts
            },
            "created": self.created,
            "updated": self.updated,
            "conflicts": len(self.conflicts),
            "attachments_stored": self.attachments_stored,
            "attachment_bytes": self.attachment_bytes,
        }

    def summary(self) -> str:
        return (
            f"{self.created} new, {self.updated} updated, {len(self.conflicts)} conflicts, "
            f"{self.attachments_stored} files"
        )


def normalise_deleted(values: dict[str, Any], versions: dict[str, str]) -> None:
    """A tombstone older than another field's edit does not hide the record."""
    if values.get(DELETED) and versions:
        newest_edit = max((s for name, s in versions.items() if name != DELETED), default="")
        if newest_edit > versions.get(DELETED, ""):
            values[DELETED] = False


_KIND_BY_TABLE = {model.__tablename__: model.KIND for model in SYNCED_MODELS}


def _institution_references() -> list[tuple[Table, Any]]:
    """(table, column) pairs holding an institution id, found from the foreign keys."""
    found = []
    for model in SYNCED_MODELS:
        table = cast(Table, model.__table__)
        for column in table.columns:
            if any(fk.column.table.name == Institution.__tablename__ for fk in column.foreign_keys):
                found.append((table, column))
    return found


def _bound(
    session: Session, table: Table, names: Sequence[str], rows: list[dict[str, Any]]
) -> list[tuple[Any, ...]]:
    """The ``names`` columns of rows as the driver receives them: each column's own bind
    processor (dates, JSON, booleans) applied, as the ORM would, but without building
    parameters per row in SQLAlchemy's compiler (at 100,000 merged records that was a quarter
    of the merge)."""
    dialect = session.connection().dialect
    processors = [
        (index, processor)
        for index, name in enumerate(names)
        if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
    ]
    columns = itemgetter(*names)
    bound = []
    for row in rows:
        values = list(columns(row))
        for index, processor in processors:
            values[index] = processor(values[index])
        bound.append(tuple(values))
    return bound


def _insert_many(
    session: Session,
    table: Table,
    names: Sequence[str],
    bound: list[tuple[Any, ...]],
    upsert: str = "",
) -> None:
    """INSERT rows given as ``_bound`` made them, through one prepared statement."""
    quote = session.connection().dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) "
        f"VALUES ({', '.join('?' * len(names))}) {upsert}"
    )
    session.connection().exec_driver_sql(sql, bound)


def _update_many(
    session: Session, table: Table, names: Sequence[str], bound: list[tuple[Any, ...]]
) -> None:
    """UPDATE rows given as ``_bound`` made them, by id, through one prepared statement: every
    column but the id and the origin (a record's origin never changes)."""
    quote = session.connection().dialect.identifier_preparer.quote
    changing = [at for at, name in enumerate(names) if name not in ("id", "origin")]
    assignments = ", ".join(f"{quote(names[at])} = ?" for at in changing)
    sql = f"UPDATE {quote(table.name)} SET {assignments} WHERE id = ?"
    key = names.index("id")
    session.connection().exec_driver_sql(
        sql, [(*(row[at] for at in changing), row[key]) for row in bound]
    )


def _json_text(value: Any) -> str:
    return json.dumps(json_value(value), ensure_ascii=False, sort_keys=True)


class _Indexed:
    """A merged row seen as its model for the search index, without building an ORM object
    (five times cheaper, which matters at 100,000 records)."""

    def __init__(self, model: type[Synced], row: dict[str, Any]) -> None:
        self.__dict__.update(row)
        self.KIND = model.KIND
        self._model = model

    def search_text(self) -> tuple[str, str] | None:
        return self._model.search_text(cast(Synced, self))


class Merger:
    """Merges one bundle's records inside the caller's transaction."""

    def __init__(
        self,
        session: Session,
        *,
        local_code: str,
        local_role: NodeRole,
        sender_code: str,
        sender_role: NodeRole,
        bundle_id: str,
        ack_floor: str,
        received_to: str,
        now: dt.datetime,
        now_ms: int,
        max_skew_ms: int,
        mark: str,
        contents: frozenset[str] = frozenset(),
    ) -> None:
        self.session = session
        self.local_code = local_code
        self.local_role = local_role
        self.sender_code = sender_code
        self.bundle_id = bundle_id
        self.position = Position(local_code, sender_code, received_to, ack_floor)
        self.record_conflicts = local_role is NodeRole.COORDINATOR
        self.now = now
        # Stamps whose wall time (the first 13 digits) is above this are from a clock too far
        # ahead: one would drag this node's clock, and every later edit, along with it.
        self.now_ms = now_ms
        self.ceiling = f"{now_ms + max_skew_ms:013d}"
        self.relays = sender_role is NodeRole.COORDINATOR
        self.rules = RuleBook(
            session, Actor(sender_code, sender_role), holder=Actor(local_code, local_role)
        )
        self.contents = contents  # the SHA-256 of the attachment contents the bundle carries
        self.report = MergeReport()
        # This node's clock position when the merge began, after every bundle it wrote before:
        # each record the merge changes is marked with it, batch by batch (see RecordMark), so
        # that nothing is kept per changed record until the end.
        self.mark = mark
        self.audit_seq = audit.next_seq(session)  # the entry of this import
        self.rewritten: dict[str, str] = {}  # record id -> kind: other rows written, for the audit
        self.newest = ""  # greatest stamp seen, for the clock
        # Each record's (kind, id) as its 64-bit hash (keyed per process: SipHash), to find a
        # record that comes twice in about 60 bytes a record, not the record's id and more.
        self.seen: set[int] = set()
        # live attachment record id -> (content sha256, declared size), checked against content
        self.attachments: dict[str, tuple[str, int]] = {}
        self.held: dict[str, list[Incoming]] = {kind: [] for kind in HELD_KINDS}

    # -- per batch --------------------------------------------------------------------------

    def merge(self, kind: str, records: list[Incoming]) -> None:
        """Merge records of one kind (in dependency order across calls, but for
        ``HELD_KINDS``, merged by ``finish``)."""
        if kind in self.held:
            self.held[kind].extend(records)
        else:
            self._merge_batch(kind, records)

    def finish(self, batch: int) -> None:
        """After the bundle's last record: the acts in addendum order, each written before the
        next is judged against the acts already issued, then the signatures on them, ``batch``
        at a time; then the rule book's checks of the merge as a whole."""
        acts = self.held[InspectionAct.KIND]
        for record in sorted(acts, key=lambda r: (r.fields["addendum"], r.id)):
            self._merge_batch(InspectionAct.KIND, [record])
        signatures = self.held[CommissionSignature.KIND]
        for start in range(0, len(signatures), batch):
            self._merge_batch(CommissionSignature.KIND, signatures[start : start + batch])
        self.held = {kind: [] for kind in HELD_KINDS}
        try:
            self.rules.settle()
        except DeskError as error:
            raise Unauthorised(error.template, **error.params) from None

    def _merge_batch(self, kind: str, records: list[Incoming]) -> None:
        model = MODEL_BY_KIND[kind]
        table = cast(Table, model.__table__)
        names = model.sync_fields()
        for record in records:
            key = hash((kind, record.id))
            if key in self.seen:
                raise ExchangeError(
                    "malformed bundle: {kind} {id} appears twice", kind=Term(kind), id=record.id
                )
            self.seen.add(key)
        ids = [record.id for record in records]
        existing = {
            row.id: row._mapping
            for row in self.session.execute(select(table).where(table.c.id.in_(ids)))
        }
        # Only a record held here already can conflict: a batch of new ones asks nothing.
        marks = self._known_marks(list(existing)) if self.record_conflicts and existing else {}
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        adopted: list[dict[str, Any]] = []  # rows _replace_bootstrap_institution inserted
        counts = self.report.kind(kind)
        changed: list[str] = []
        # The rule book reads what this batch's checks need at once; nothing it reads is
        # written before the batch's rows go in below.
        with self.rules.batch(kind, [(record.id, record.fields) for record in records]):
            for record in records:
                self._check_clock(kind, record)
                current = existing.get(record.id)
                if current is None:
                    row = self._merge_new(kind, names, record)
                    if kind == Institution.KIND and self._code_taken(row):
                        self._replace_bootstrap_institution(row)
                        adopted.append(row)
                    else:
                        inserts.append(row)
                    counts.created += 1
                else:
                    row_or_none = self._merge_existing(kind, names, record, current, marks)
                    if row_or_none is None:
                        continue
                    row = row_or_none
                    updates.append(row)
                    counts.updated += 1
                changed.append(record.id)
                if kind == Attachment.KIND:
                    self._note_attachment(record, current, row)
        # A merged row holds every column (the bookkeeping ones and every field): the whole
        # record, as SQLite will hold it once bound.
        columns = ["id", "origin", "versions", *names]
        states: list[audit.State] = []
        for rows, write in ((inserts, _insert_many), (updates, _update_many)):
            if rows:
                bound = _bound(self.session, table, columns, rows)
                write(self.session, table, columns, bound)
                states += [(kind, row[0], audit.state_hash(columns, row)) for row in bound]
        if adopted:
            states += audit.states_for(self.session, kind, [row["id"] for row in adopted])
        self._reindex(model, inserts, new=True)
        self._reindex(model, [*updates, *adopted])
        # Each row as written here is the record's state: its hash is cached now, so the
        # state digest after the merge need not read the rows again.
        keep_hashes(
            self.session, kind, [(row["id"], record_hash(model, row)) for row in inserts + updates]
        )
        self._write_marks(kind, changed)
        # The audit entry of this import is written after the records; the states of what it
        # wrote go in now, batch by batch, so that nothing is kept per record until then.
        audit.record_states(self.session, self.audit_seq, states)

    # -- checks ------------------------------------------------------------------------------

    def check_stamp(self, stamp: str, where: str) -> None:
        """Refuse a stamp further ahead of this node's wall clock than the allowed skew."""
        if stamp[:13] > self.ceiling:
            days = -(-(Stamp.parse(stamp).wall_ms - self.now_ms) // DAY_MS)
            raise ExchangeError(
                "the sender's clock is {days} days ahead of this computer's ({where});"
                " {sender} must set the right date and time",
                days=days,
                where=where,
                sender=self.sender_code,
            )

    def _check_clock(self, kind: str, record: Incoming) -> None:
        newest = max(record.versions.values())
        if newest[:13] > self.ceiling:
            self.check_stamp(newest, f"{kind} {record.id}")
        self.newest = max(self.newest, newest)

    def _refuse(self, kind: str, record_id: str, reason: DeskError) -> Unauthorised:
        return Unauthorised("{kind} {id}: {reason}", kind=Term(kind), id=record_id, reason=reason)

    def _check_rules(
        self,
        kind: str,
        record: Incoming,
        before: dict[str, Any] | None,
        after: dict[str, Any],
        changed: Sequence[str],
        authored: Sequence[str] | None = None,
    ) -> None:
        """The rule book: every value that changes, and the sender's own edits' rights (the
        ``authored`` fields: those of the ``changed`` stamped by the sender, if not given)."""
        try:
            if authored is None:
                sender, versions = self.sender_code, record.versions
                authored = [n for n in changed if versions[n][NODE_AT:] == sender]
            self.rules.check(kind, record.id, before, after, changed, authored)
        except DeskError as error:
            raise self._refuse(kind, record.id, error) from None

    def _relayed(self, kind: str, record: Incoming, name: str, node: str) -> Unauthorised:
        return self._refuse(
            kind,
            record.id,
            ExchangeError(
                "{sender} may not pass on a value of {name} stamped by {node} that this node"
                " does not hold from it",
                sender=self.sender_code,
                name=Term(name),
                node=node,
            ),
        )

    def _merge_new(self, kind: str, names: Sequence[str], record: Incoming) -> dict[str, Any]:
        versions = record.versions
        if not self.relays:
            if record.origin != self.sender_code:
                raise self._refuse(
                    kind,
                    record.id,
                    ExchangeError(
                        "{sender} may not create records of {origin}",
                        sender=self.sender_code,
                        origin=record.origin,
                    ),
                )
            # A record's stamps are mostly one edit's: each distinct stamp is looked at once.
            for stamp in dict.fromkeys(versions.values()):
                if (node := stamp_node(stamp)) != self.sender_code:
                    name = next(name for name, s in versions.items() if s == stamp)
                    raise self._relayed(kind, record, name, node)
        # The row is the record as it arrived, with its fields after the bookkeeping; the rule
        # book reads the fields and the origin by name.
        row = {"id": record.id, "origin": record.origin, "versions": versions, **record.fields}
        normalise_deleted(row, versions)
        # A new record is all the sender's own edits (every stamp is its own, above), or, from
        # the coordinator, as it stands there: relayed edits were judged where they were merged.
        self._check_rules(kind, record, None, row, names, () if self.relays else names)
        return row

    def _note_attachment(self, record: Incoming, current: Any, row: dict[str, Any]) -> None:
        """Content travels with its record, unless this node holds it under the same
        attachment from the sender; checked against the content once all parts are in."""
        if row[DELETED]:
            self.attachments.pop(record.id, None)
            return
        self.attachments[record.id] = (row["sha256"], row["size"])
        held = (
            current is not None
            and current["sha256"] == row["sha256"]
            and (self.relays or current["origin"] == self.sender_code)
        )
        if not held and row["sha256"] not in self.contents:
            raise self._refuse(
                Attachment.KIND, record.id, ExchangeError("its content is not in the bundle")
            )

    # -- merging -----------------------------------------------------------------------------

    def _merge_existing(
        self,
        kind: str,
        names: Sequence[str],
        record: Incoming,
        current: Any,
        marks: dict[str, str],
    ) -> dict[str, Any] | None:
        if record.origin != current["origin"]:
            raise self._refuse(
                kind, record.id, ExchangeError("its origin differs from the record held here")
            )
        mine_versions: dict[str, str] = dict(current["versions"] or {})
        learnt = marks.get(record.id)
        ordered = ONLY_LATER.get(kind, ())
        values: dict[str, Any] = {}
        versions: dict[str, str] = {}
        changed: list[str] = []
        back: list[str] = []
        for name in names:
            mine, theirs = mine_versions.get(name, ""), record.versions[name]
            value = record.fields[name]
            decision = decide(
                name,
                current[name],
                mine,
                value,
                theirs,
                learnt or mine,
                self.position,
                later(value, current[name]) if name in ordered else None,
            )
            if not self.relays and (node := stamp_node(theirs)) != self.sender_code:
                if theirs > mine or decision.take or (theirs == mine and value != current[name]):
                    raise self._relayed(kind, record, name, node)
            if decision.take:
                values[name], versions[name] = value, theirs
                changed.append(name)
            else:
                values[name], versions[name] = current[name], mine
            if decision.back:
                back.append(name)
            if decision.conflict and self.record_conflicts:
                self._keep_conflict(kind, record.id, name, current[name], mine, value, theirs)
        if not changed and not back:
            return None
        before = {name: current[name] for name in names} | {"origin": current["origin"]}
        if back:
            # The sender moved these back over values it had seen: not taken, but judged as
            # the move it made (the rule book refuses it, whatever the stamps).
            moved = {**before, **{name: record.fields[name] for name in back}}
            self._check_rules(kind, record, before, moved, back)
        if not changed:
            return None
        normalise_deleted(values, versions)
        self._check_rules(kind, record, before, {**values, "origin": current["origin"]}, changed)
        return {"id": record.id, "origin": current["origin"], "versions": versions, **values}

    def _keep_conflict(
        self,
        kind: str,
        record_id: str,
        name: str,
        local_value: Any,
        local_stamp: str,
        remote_value: Any,
        remote_stamp: str,
    ) -> None:
        result = self.session.execute(
            sqlite_insert(Conflict)
            .values(
                record_kind=kind,
                record_id=record_id,
                field=name,
                local_value=_json_text(local_value),
                local_stamp=local_stamp,
                remote_value=_json_text(remote_value),
                remote_stamp=remote_stamp,
                peer=self.sender_code,
                bundle_id=self.bundle_id,
                status="open",
                detected_at=self.now,
                resolved_by="",
                kept_value="",
            )
            .on_conflict_do_nothing()
        )
        if getattr(result, "rowcount", 0):
            self.report.kind(kind).conflicts += 1
            self.report.conflicts.append(
                ConflictNote(
                    kind,
                    record_id,
                    name,
                    json_value(local_value),
                    json_value(remote_value),
                    local_stamp,
                    remote_stamp,
                )
            )

    def _known_marks(self, ids: list[str]) -> dict[str, str]:
        """When this node learnt each record from a peer other than the sender."""
        rows = self.session.execute(
            select(RecordMark.record_id, RecordMark.mark).where(
                RecordMark.record_id.in_(ids), RecordMark.source != self.sender_code
            )
        )
        marks: dict[str, str] = {}
        for record_id, mark in rows:
            marks[record_id] = max(marks.get(record_id, ""), mark)
        return marks

    # -- institutions created locally at set-up ----------------------------------------------

    def _code_taken(self, row: dict[str, Any]) -> bool:
        return (
            self.session.scalar(
                select(Institution.id).where(
                    Institution.code == row["code"], Institution.id != row["id"]
                )
            )
            is not None
        )

    def _replace_bootstrap_institution(self, row: dict[str, Any]) -> None:
        """Adopt the coordinator's record of this node's institution.

        A node that may not edit the plan creates its own institution record at set-up, before
        it has the plan; the coordinator's record of the same code replaces it, and whatever
        referred to the local one is moved over.
        """
        table = cast(Table, Institution.__table__)
        old = self.session.execute(
            select(table.c.id, table.c.origin).where(table.c.code == row["code"])
        ).one()
        if old.origin != self.local_code or Right.PLAN in NODE_RIGHTS[self.local_role]:
            raise ExchangeError(
                "institution code {code} is already taken by another record here", code=row["code"]
            )
        self.session.execute(
            update(table).where(table.c.id == old.id).values(code=f"~{old.id[:30]}")
        )
        self.session.execute(insert(table), [row])
        for ref_table, column in _institution_references():
            moved = self.session.scalars(select(ref_table.c.id).where(column == old.id))
            self.rewritten.update(dict.fromkeys(moved, _KIND_BY_TABLE[ref_table.name]))
            self.session.execute(
                update(ref_table).where(column == old.id).values({column.key: row["id"]})
            )
        self.rewritten[old.id] = Institution.KIND
        self.session.execute(delete(table).where(table.c.id == old.id))
        self.session.execute(delete(RecordMark).where(RecordMark.record_id == old.id))
        search.reindex(self.session, Institution(id=old.id, deleted=True))

    # -- after the records -------------------------------------------------------------------

    def _reindex(self, model: type[Synced], rows: list[dict[str, Any]], new: bool = False) -> None:
        if model.search_text is Synced.search_text or not rows:
            return
        search.reindex_all(
            self.session, (cast(Synced, _Indexed(model, row)) for row in rows), new=new
        )

    def _write_marks(self, kind: str, changed: list[str]) -> None:
        """Remember that this bundle changed these records at this merge's position."""
        if not changed:
            return
        # The batch statements name tables only: the transaction learns the rows from here.
        note(self.session, Subject(kind), changed)
        _insert_many(
            self.session,
            cast(Table, RecordMark.__table__),
            ("record_id", "source", "kind", "mark"),
            [(record_id, self.sender_code, kind, self.mark) for record_id in changed],
            upsert="ON CONFLICT (record_id, source) DO UPDATE SET mark = excluded.mark",
        )
