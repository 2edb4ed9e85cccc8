"""Export: which records and files a partner is sent (the selection), and the bundle written
from them (streamed from the store into the age writer, twice over the same selection)."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, not_, select, update
from sqlalchemy.orm import Session

from desktop_app.core import audit
from desktop_app.core.attachments import blob_chunks
from desktop_app.core.desk import Desk
from desktop_app.core.due import DueSummary
from desktop_app.core.hlc import stamp_node
from desktop_app.core.models import (
    SYNCED_MODELS,
    Attachment,
    AuditEvent,
    Blob,
    BundleLog,
    ChannelState,
    NodeRole,
    Partner,
    PeerRecord,
    RecordMark,
)
from desktop_app.core.signing import sign
from desktop_app.errors import ExchangeError
from desktop_app.exchange.channel import (
    ACTIVE,
    BUNDLE_SUFFIX,
    Outcome,
    Progress,
    active_partner,
    all_keys,
    aware_now,
    channel_state,
    current_key,
    peer_scopes,
    require_editor,
    row_dict,
    scoped_rows,
    state_digest,
)
from desktop_app.exchange.format import (
    FRAME_ATTACHMENT,
    FRAME_END,
    FRAME_MANIFEST,
    FRAME_RECORDS,
    FRAME_SIGNATURE,
    MAGIC,
    MAX_RECEIPTS,
    RECORDS_PART_TARGET,
    SIGNATURE_CONTEXT,
    SIGNATURE_SIZE,
    Manifest,
    Part,
    Receipt,
    encode_record,
    frame_header,
)
from desktop_app.exchange.partners import partners
from desktop_app.exchange.scope import Scope
from desktop_app.store.age import AgeWriter
from desktop_app.store.pipeline import age_file

_MODEL_BY_TABLE = {model.__table__: model for model in SYNCED_MODELS}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    sha256: str
    counts: dict[str, int]
    sequence: int
    bundle_id: str
    recipient: str


class _Selection:
    """The records and contents one export carries, replayable for the second pass."""

    def __init__(
        self, session: Session, scope: Scope, peer: str, floor: str, *, coordinator: bool
    ) -> None:
        self.session = session
        self.scope = scope
        # Only the coordinator may change anything: another node's leavers would be refused.
        self.sends_leavers = coordinator
        self.peer = peer
        self.floor = floor
        # Records a merge changed after the floor, from anyone but the recipient: relays.
        self.relayed = (
            set(
                session.scalars(
                    select(RecordMark.record_id).where(
                        RecordMark.mark > floor, RecordMark.source != peer
                    )
                )
            )
            if floor
            else set()
        )
        self.held = set(
            session.scalars(
                select(PeerRecord.record_id).where(PeerRecord.peer == peer, PeerRecord.held)
            )
        )
        self.carried: set[str] = set()
        self.unheld_carried: set[str] = set()  # to be held once the peer acknowledges
        self.left_carried: set[str] = set()  # to be forgotten once the peer acknowledges

    def _held(self, row: Any) -> bool:
        return row["origin"] == self.peer or row["id"] in self.held

    def _changed(self, row: Any) -> bool:
        """Changed after the peer's position by another node, or brought here since."""
        if not self.floor or row["id"] in self.relayed:
            return True
        return any(
            stamp > self.floor and stamp_node(stamp) != self.peer
            for stamp in row["versions"].values()
        )

    def _wanted(self, row: Any) -> bool:
        # Entered the peer's scope with old stamps; a record deleted before it did can stay.
        return self._changed(row) or (not row["deleted"] and not self._held(row))

    def _with_references(self, model: type[Any], row: Any) -> Iterator[tuple[type[Any], Any]]:
        """The records ``row`` refers to that the peer may lack (deepest first), then ``row``:
        they travel with it, in the peer's scope or not, or the peer would refuse the bundle."""
        for key in model.__table__.foreign_keys:
            value = row[key.parent.name]
            if value is None or value in self.held or value in self.carried:
                continue
            target = _MODEL_BY_TABLE[key.column.table]
            referred = self.session.execute(select(target.__table__).where(key.column == value))
            referred_row = referred.one()._mapping
            if referred_row["origin"] == self.peer:
                continue
            self.carried.add(value)
            yield from self._with_references(target, referred_row)
        self.carried.add(row["id"])
        yield model, row

    def _leavers(self) -> Iterator[tuple[type[Any], Any]]:
        """Records the peer holds, or was sent, that have left its scope and changed after its
        position: their last state travels so that the peer learns."""
        known = select(PeerRecord.record_id).where(PeerRecord.peer == self.peer)
        for model in SYNCED_MODELS:
            table = model.__table__
            rows = self.session.execute(
                select(table)
                .where(table.c.id.in_(known), not_(self.scope[model.KIND]))
                .order_by(table.c.id)
            )
            for row in rows:
                if self._changed(row._mapping):
                    yield model, row._mapping

    def lines(self) -> Iterator[tuple[str, bytes, Any]]:
        # Each pass starts afresh: the manifest's pass and the writing pass must give the same.
        self.carried, self.unheld_carried, self.left_carried = set(), set(), set()
        for model in SYNCED_MODELS:
            for row in scoped_rows(self.session, self.scope, model.KIND):
                if self._wanted(row):
                    self.carried.add(row["id"])
                    if not self._held(row):
                        self.unheld_carried.add(row["id"])
                    yield model.KIND, encode_record(row_dict(model, row), model.KIND), row
        for leaver_model, leaver in self._leavers() if self.sends_leavers else ():
            self.left_carried.add(leaver["id"])
            if leaver["id"] in self.carried:  # already here, as what another leaver refers to
                continue
            for model, row in self._with_references(leaver_model, leaver):
                yield model.KIND, encode_record(row_dict(model, row), model.KIND), row

    def record_carried(self, sequence: int) -> None:
        """Note what bundle ``sequence`` carried that the peer does not hold yet, or that has
        left its scope. Whatever an earlier bundle carried so and the peer has not acknowledged,
        this one carries again (or it has left the peer's scope, or come back), so only this
        bundle's receipt counts."""
        mine = PeerRecord.peer == self.peer
        left = sorted(self.left_carried)
        self.session.execute(
            delete(PeerRecord).where(
                mine, PeerRecord.held.is_(False), PeerRecord.record_id.not_in(left)
            )
        )
        if self.unheld_carried:
            self.session.execute(
                insert(PeerRecord),
                [
                    {"peer": self.peer, "record_id": record_id, "sent_seq": sequence}
                    for record_id in sorted(self.unheld_carried)
                ],
            )
        if left:
            self.session.execute(
                update(PeerRecord)
                .where(mine, PeerRecord.record_id.in_(left))
                .values(left_seq=sequence)
            )

    def parts(self) -> Iterator[tuple[bytes, dict[str, int]]]:
        """Records parts of about RECORDS_PART_TARGET bytes, with their per-kind counts."""
        buffer: list[bytes] = []
        size = 0
        counts: dict[str, int] = {}
        for kind, line, _row in self.lines():
            if buffer and size + len(line) > RECORDS_PART_TARGET:
                yield b"".join(buffer), counts
                buffer, size, counts = [], 0, {}
            buffer.append(line)
            size += len(line)
            counts[kind] = counts.get(kind, 0) + 1
        if buffer:
            yield b"".join(buffer), counts

    def contents(self) -> list[tuple[str, int]]:
        """(sha256, size) of the attachment contents to carry, once each."""
        wanted: dict[str, int] = {}
        for row in scoped_rows(self.session, self.scope, Attachment.KIND):
            if self._wanted(row) and not row["deleted"]:
                blob = self.session.get(Blob, row["sha256"])
                if blob is not None:
                    wanted[blob.sha256] = blob.size
        return sorted(wanted.items())


def _audit_log(session: Session, peer: str) -> dict[str, Any]:
    """This node's audit log for the manifest: its count, and the hashes of the entries from
    the earliest count the peer may hold as this node's latest (it checks that its head is
    among them; only hashes travel): the count of the newest bundle it acknowledged, or of
    the first one sent since if none was; only the head when none was sent at all. Listing
    the whole log to a new partner made a national store's first bundle (465,000 entries)
    larger than the manifest may be."""
    count, _head = audit.last_entry(session)
    sent = (BundleLog.direction == "out", BundleLog.peer == peer)
    acked = session.scalar(
        select(func.max(BundleLog.audit_count)).where(*sent, BundleLog.acked.is_(True))
    )
    held = session.scalar(
        select(func.min(BundleLog.audit_count)).where(*sent, BundleLog.audit_count >= (acked or 1))
    )
    base = min(count if held is None else held, count)
    since = session.scalars(
        select(AuditEvent.hash).where(AuditEvent.seq >= max(base, 1)).order_by(AuditEvent.seq)
    )
    return {"audit_count": count, "audit_base": base, "audit_since": list(since)}


def _receipts(session: Session, peer: str) -> list[Receipt]:
    rows = session.scalars(
        select(BundleLog)
        .where(
            BundleLog.direction == "in", BundleLog.peer == peer, BundleLog.outcome == Outcome.MERGED
        )
        .order_by(BundleLog.id.desc())
        .limit(MAX_RECEIPTS)
    )
    return [
        Receipt(row.sequence or 0, row.bundle_id, row.sha256, bool(row.digest_match))
        for row in rows
    ]


def _due_summary(desk: Desk, recipient: str) -> DueSummary | None:
    """What the coordinator expects of a recipient institution, read before the export's
    write transaction takes the store."""
    if desk.node.role is not NodeRole.COORDINATOR:
        return None
    with desk.reading() as session:
        role = session.scalar(select(Partner.role).where(Partner.code == recipient))
    if role != NodeRole.INSTITUTION.value:
        return None
    return desk.due.summary_for(recipient)


def _rotations(session: Session) -> list[Any]:
    return [json.loads(key.rotation) for key in all_keys(session) if key.rotation]


def bundle_path(out_dir: Path, sender: str, recipient: str, sequence: int) -> Path:
    """``SENDER-to-RECIPIENT-0007.age`` for the people carrying it (an import never reads the
    name); a file already there is never replaced: ``-2``, ``-3``... are added instead."""
    stem = f"{sender}-to-{recipient}-{sequence:04d}"
    path = out_dir / f"{stem}{BUNDLE_SUFFIX}"
    copy = 1
    while path.exists():
        copy += 1
        path = out_dir / f"{stem}-{copy}{BUNDLE_SUFFIX}"
    return path


def _planned_parts(
    selection: _Selection,
) -> tuple[list[Part], dict[str, int], list[tuple[str, int]]]:
    """The parts the manifest announces (records, then attachments), the counts by kind and
    the attachments' contents (sha256, size)."""
    parts: list[Part] = []
    counts: dict[str, int] = {}
    for body, part_counts in selection.parts():
        parts.append(
            Part(
                "records",
                len(body),
                hashlib.sha256(body).hexdigest(),
                sum(part_counts.values()),
            )
        )
        for kind, n in part_counts.items():
            counts[kind] = counts.get(kind, 0) + n
    contents = selection.contents()
    parts.extend(Part("attachment", size, sha) for sha, size in contents)
    counts["attachments"] = len(contents)
    return parts, counts, contents


def _write_parts(
    writer: AgeWriter,
    session: Session,
    selection: _Selection,
    announced: list[Part],
    step: Callable[[int], None],
) -> None:
    """The records parts again, each as the manifest announced it: a store that changed
    since (another part, or one more or less) fails the export."""
    records_parts = iter(announced)
    changed = ExchangeError("the store changed during the export; try again")
    for body, _counts in selection.parts():
        expected = next(records_parts, None)
        if expected is None or hashlib.sha256(body).hexdigest() != expected.sha256:
            raise changed
        writer.write(frame_header(FRAME_RECORDS, len(body)))
        writer.write(body)
        step(len(body))
    if next(records_parts, None) is not None:
        raise changed


def export_bundle(
    desk: Desk,
    recipient: str,
    out_dir: Path,
    *,
    full: bool = False,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write one bundle for ``recipient`` with all it has not acknowledged (``full``: all)."""
    require_editor(desk)
    bundle_id = str(uuid.uuid4())
    due = _due_summary(desk, recipient)
    with desk.transaction() as session:
        partner = active_partner(session, recipient)
        key = current_key(session)
        # Writing first takes the store's write lock, so no edit can commit with a stamp
        # below the position this bundle claims to cover.
        channel = channel_state(session, partner.code)
        session.execute(
            update(ChannelState)
            .where(ChannelState.peer == partner.code)
            .values(next_out_seq=ChannelState.next_out_seq)
        )
        path = bundle_path(Path(out_dir), desk.node.code, partner.code, channel.next_out_seq)
        if desk.node.role is NodeRole.COORDINATOR:
            desk.plan.publish_official_statuses(session)
        hlc_to = desk.hlc.tick()
        floor = "" if full else channel.acked_to
        out_scope, shared = peer_scopes(desk, session, partner)
        selection = _Selection(
            session,
            out_scope,
            partner.code,
            floor,
            coordinator=desk.node.role is NodeRole.COORDINATOR,
        )

        parts, counts, contents = _planned_parts(selection)
        manifest = Manifest(
            bundle_id=bundle_id,
            created_at=desk.now().isoformat(timespec="seconds"),
            sender_code=desk.node.code,
            sender_role=desk.node.role.value,
            sender_key=key.fingerprint,
            recipient_code=partner.code,
            recipient_key=partner.fingerprint,
            sequence=channel.next_out_seq,
            prev_sha256=channel.last_out_sha256,
            hlc_from=floor,
            hlc_to=hlc_to,
            full=full,
            counts=counts,
            parts=parts,
            audit_head=audit.head(session),
            **_audit_log(session, partner.code),
            state_digest=state_digest(session, shared),
            receipts=_receipts(session, partner.code),
            rotations=_rotations(session),
            due=due,
        )
        manifest_bytes = manifest.to_bytes()
        signature = sign(key.signing_secret, SIGNATURE_CONTEXT, manifest_bytes)
        total = sum(part.size for part in parts)
        done = 0

        def step(n: int) -> None:
            nonlocal done
            done += n
            if cancel is not None and cancel():
                raise ExchangeError("export cancelled; no bundle was written")
            if progress is not None:
                progress(done, total)

        bundle_digest = hashlib.sha256()
        # This thread decrypts the attachment files and encrypts; another hashes and writes.
        with age_file(path, [partner.age_recipient], bundle_digest) as writer:
            writer.write(MAGIC)
            writer.write(frame_header(FRAME_MANIFEST, len(manifest_bytes)) + manifest_bytes)
            writer.write(frame_header(FRAME_SIGNATURE, SIGNATURE_SIZE) + signature)
            _write_parts(writer, session, selection, parts[: len(parts) - len(contents)], step)
            for sha, size in contents:
                writer.write(frame_header(FRAME_ATTACHMENT, size))
                for chunk in blob_chunks(session, sha):
                    writer.write(chunk)
                    step(len(chunk))
            writer.write(frame_header(FRAME_END, 0))
        sha256 = bundle_digest.hexdigest()
        bundle_size = path.stat().st_size
        session.add(
            BundleLog(
                direction="out",
                peer=partner.code,
                sequence=channel.next_out_seq,
                bundle_id=bundle_id,
                sha256=sha256,
                size=bundle_size,
                counts=counts,
                outcome=Outcome.SENT,
                reason="",
                at=desk.now(),
                file_name=path.name,
                hlc_to=hlc_to,
                acked=False,
                audit_count=manifest.audit_count,
                audit_head=manifest.audit_head,
            )
        )
        sequence = channel.next_out_seq
        channel.next_out_seq = sequence + 1
        channel.last_out_sha256 = sha256
        selection.record_carried(sequence)
        audit.append(
            session,
            desk.user,
            "bundle_export",
            "bundle",
            bundle_id,
            f"to={partner.code} seq={sequence} sha256={sha256}",
            at=aware_now(desk),
        )
    return ExportResult(path, bundle_size, sha256, counts, sequence, bundle_id, partner.code)


@dataclass(frozen=True)
class PendingExport:
    """What the next export to a partner would carry, shown before it is written."""

    recipient: str
    counts: dict[str, int]
    records_bytes: int
    attachment_bytes: int

    @property
    def size(self) -> int:
        return self.records_bytes + self.attachment_bytes


def pending_export(desk: Desk, recipient: str, *, full: bool = False) -> PendingExport:
    """The records and files ``export_bundle`` would select now (sizes before encryption)."""
    with desk.reading() as session:
        partner = active_partner(session, recipient)
        channel = session.get(ChannelState, partner.code)
        floor = "" if full or channel is None else channel.acked_to
        selection = _Selection(
            session,
            peer_scopes(desk, session, partner)[0],
            partner.code,
            floor,
            coordinator=desk.node.role is NodeRole.COORDINATOR,
        )
        counts: dict[str, int] = {}
        records_bytes = 0
        for kind, line, _row in selection.lines():
            counts[kind] = counts.get(kind, 0) + 1
            records_bytes += len(line)
        contents = selection.contents()
        counts["attachments"] = len(contents)
        return PendingExport(
            partner.code, counts, records_bytes, sum(size for _sha, size in contents)
        )


def export_all(desk: Desk, out_dir: Path, *, full: bool = False) -> list[ExportResult]:
    """One bundle for every active partner."""
    return [
        export_bundle(desk, partner.code, out_dir, full=full)
        for partner in partners(desk)
        if partner.status == ACTIVE
    ]
