"""Import, preview and verify: a bundle is opened (age, signature), its parts streamed into one
store transaction and merged; it commits only when all of it is authenticated and allowed,
otherwise it rolls back and nothing is left but a line in the bundle log."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.core import audit
from desktop_app.core.attachments import store_blob
from desktop_app.core.changes import Changes, Subject, note
from desktop_app.core.desk import Desk
from desktop_app.core.due import DueSummary
from desktop_app.core.models import (
    Attachment,
    Blob,
    BundleLog,
    ChannelState,
    NodeRole,
    Partner,
    PartnerKey,
    PeerRecord,
)
from desktop_app.core.signing import verify
from desktop_app.errors import DeskError, ExchangeError, ValidationError
from desktop_app.exchange.channel import (
    ACTIVE,
    BUNDLE_SUFFIX,
    Outcome,
    Progress,
    all_keys,
    aware_now,
    channel_state,
    peer_scopes,
    require_editor,
    state_digest,
)
from desktop_app.exchange.format import (
    FRAME_ATTACHMENT,
    FRAME_MANIFEST,
    FRAME_RECORDS,
    FRAME_SIGNATURE,
    MAX_MANIFEST,
    SIGNATURE_CONTEXT,
    SIGNATURE_SIZE,
    FrameReader,
    Incoming,
    Manifest,
    Part,
    Receipt,
    RecordCodec,
    parse_manifest,
    split_lines,
)
from desktop_app.exchange.identity import (
    Rotation,
    read_rotation,
)
from desktop_app.exchange.merge import Merger, MergeReport, Unauthorised
from desktop_app.process import collector_spared
from desktop_app.store.age import (
    AgeError,
    AgeReader,
    AgeSource,
    NoIdentityMatch,
)
from desktop_app.store.pipeline import ReadAhead

MERGE_BATCH = 2000


@dataclass
class ImportResult:
    path: Path
    outcome: Outcome  # merged, already imported, refused or (found in a folder) elsewhere
    reason: str = ""
    sender: str = ""
    sequence: int | None = None
    bundle_id: str = ""
    sha256: str = ""
    size: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    report: MergeReport | None = None
    # Earlier bundles from the sender that have not arrived, and a sender's audit log that is
    # not the one it described before: messages a front end translates.
    gap: ExchangeError | None = None
    history: ExchangeError | None = None
    digest_match: bool | None = None
    # The refusal as a message a front end translates (``reason`` is its English line).
    error: DeskError | None = None
    # What the import wrote (the merged records, the bundle log, the audit); empty if nothing.
    changes: Changes = field(default_factory=Changes)
    # What the coordinator expects of this institution, as its bundle says.
    due: DueSummary | None = None

    @property
    def gap_warning(self) -> str:
        return str(self.gap) if self.gap else ""

    @property
    def history_warning(self) -> str:
        return str(self.history) if self.history else ""

    def line(self) -> str:
        """One line for the CLI and the log view."""
        if self.outcome == Outcome.REFUSED:
            return f"{self.path}: refused: {self.reason}"
        if self.outcome == Outcome.ELSEWHERE:
            return f"{self.path}: for another desk, left alone"
        head = f"{self.path}: {self.outcome} from {self.sender} #{self.sequence}"
        if self.outcome != Outcome.MERGED or self.report is None:
            return head
        digest = "digest matches" if self.digest_match else "digest differs"
        text = f"{head} ({self.report.summary()}; {digest})"
        return "; ".join(filter(None, [text, self.gap_warning, self.history_warning]))


@dataclass(frozen=True)
class VerifyResult:
    path: Path
    ok: bool
    outcome: str  # ok | already imported | refused
    reason: str
    sender: str
    sequence: int | None
    bundle_id: str
    sha256: str
    size: int
    counts: dict[str, int]
    # The refusal as a message a front end translates (``reason`` is its English line).
    error: DeskError | None = None

    def line(self) -> str:
        if not self.ok:
            return f"{self.path}: refused: {self.reason}"
        return f"{self.path}: {self.outcome} (from {self.sender} #{self.sequence})"


_T = TypeVar("_T")


def _reading(read: Callable[[], _T]) -> _T:
    """A read from the bundle file; an error (a bad sector, a stick pulled out) refuses this
    file alone, unlike an error of the store, which stops the import."""
    try:
        return read()
    except OSError as exc:
        raise ExchangeError("cannot read the file: {reason}", reason=exc.strerror or exc) from None


class _HashingReader:
    """Reads a file and hashes every byte that passes, so the bundle's SHA-256 comes free."""

    def __init__(self, src: AgeSource) -> None:
        self._src = src
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        data = _reading(lambda: self._src.read(size))
        self.digest.update(data)
        self.size += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        data = _reading(lambda: self._src.readline(size))
        self.digest.update(data)
        self.size += len(data)
        return data

    def readinto(self, buffer: memoryview) -> int:
        count = _reading(lambda: self._src.readinto(buffer)) or 0
        self.digest.update(buffer[:count])
        self.size += count
        return count

    def whole_file_sha256(self) -> str:
        """Read (without decrypting) and hash what is left of the file."""
        buffer = memoryview(bytearray(1 << 20))
        while self.readinto(buffer):
            pass
        return self.digest.hexdigest()


def _file_sha256(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    try:
        with path.open("rb") as src:
            while block := src.read(1 << 20):
                digest.update(block)
                size += len(block)
    except OSError:
        return "", 0
    return digest.hexdigest(), size


class _Refused(Exception):
    """Internal: carries what was learnt about a bundle before it was refused."""

    def __init__(self, error: DeskError, unauthorised: bool = False) -> None:
        super().__init__(str(error))
        self.error = error
        self.unauthorised = unauthorised


class _RolledBack(Exception):
    def __init__(self, result: ImportResult) -> None:
        super().__init__("preview")
        self.result = result


@dataclass
class _Opened:
    """A bundle whose manifest has been authenticated; the payload stream is positioned after
    the signature."""

    manifest: Manifest
    frames: FrameReader
    source: _HashingReader
    partner_role: NodeRole
    rotations: list[tuple[Rotation, str]]  # (rotation, role) to record when the merge commits
    payload: AgeReader


def _signer_key(session: Session, partner: Partner, manifest: Manifest) -> tuple[str, list[Any]]:
    """Follow the rotation statements from the partner's enrolled key to the current one."""
    signing_key, current = partner.signing_key, partner.fingerprint
    applied = []
    for document in manifest.rotations:
        statement = document.get("statement") if isinstance(document, dict) else None
        if not isinstance(statement, dict) or statement.get("old_fingerprint") != current:
            continue
        rotation = read_rotation(document, partner.role, signing_key)
        if rotation.code != partner.code:
            raise ExchangeError("a key rotation statement names another node")
        signing_key, current = rotation.new_signing_key, rotation.new_fingerprint
        applied.append(rotation)
    if manifest.sender_key != current:
        retired = session.scalar(
            select(PartnerKey.id).where(
                PartnerKey.partner_code == partner.code,
                PartnerKey.fingerprint == manifest.sender_key,
            )
        )
        if retired is not None:
            raise ExchangeError("signed with a retired key of {code}: refused", code=partner.code)
        raise ExchangeError("signed with a key that is not {code}'s", code=partner.code)
    return signing_key, applied


class NotAddressed(ExchangeError):
    """No key of this node opens the bundle: it was made for another."""


def _open(desk: Desk, session: Session, src: AgeSource) -> _Opened:
    keys = all_keys(session)
    if not keys:
        raise ExchangeError("this node has no exchange keys yet")
    source = _HashingReader(src)
    try:
        reader = AgeReader(source, [k.age_identity for k in keys])
    except NoIdentityMatch:
        raise NotAddressed("not addressed to this node: none of its keys opens it") from None
    frames = FrameReader(reader)
    frames.magic()
    manifest_bytes = frames.expect(FRAME_MANIFEST, MAX_MANIFEST, "manifest")
    signature = frames.expect(FRAME_SIGNATURE, SIGNATURE_SIZE, "signature")
    manifest = parse_manifest(manifest_bytes)
    if manifest.recipient_code != desk.node.code:
        raise ExchangeError(
            "meant for {recipient_code}, not for this node", recipient_code=manifest.recipient_code
        )
    if manifest.recipient_key not in {k.fingerprint for k in keys}:
        raise ExchangeError("meant for another key of this node's code: refused")
    partner = session.get(Partner, manifest.sender_code)
    if partner is None:
        raise ExchangeError(
            "unknown sender {sender_code}: enrol it first", sender_code=manifest.sender_code
        )
    if partner.status != ACTIVE:
        raise ExchangeError("sender {code} is revoked", code=partner.code)
    if manifest.sender_role != partner.role:
        raise ExchangeError("the sender's role does not match {code}'s card", code=partner.code)
    signing_key, rotations = _signer_key(session, partner, manifest)
    if len(signature) != SIGNATURE_SIZE or not verify(
        signing_key, signature, SIGNATURE_CONTEXT, manifest_bytes
    ):
        raise ExchangeError("bad signature: not made by {code}'s key", code=partner.code)
    return _Opened(
        manifest,
        frames,
        source,
        NodeRole(partner.role),
        [(r, partner.role) for r in rotations],
        reader,
    )


@dataclass
class _RecordsRead:
    """What the records parts held, for the checks once every part is in."""

    codec: RecordCodec = field(default_factory=RecordCodec)
    seen: dict[str, int] = field(default_factory=dict)  # records per kind
    referred: set[str] = field(default_factory=set)  # contents the live attachments refer to


def _merge_records_part(
    frames: FrameReader, part: Part, merger: Merger, read: _RecordsRead
) -> None:
    """One records part, checked against the manifest, decoded and merged in batches of one
    kind."""
    body = frames.expect(FRAME_RECORDS, part.size, "records part")
    if len(body) != part.size or hashlib.sha256(body).hexdigest() != part.sha256:
        raise ExchangeError("a records part does not match the manifest")
    batch: list[Incoming] = []
    lines = 0
    for line in split_lines(body):
        record = read.codec.decode_line(line)
        lines += 1
        read.seen[record.kind] = read.seen.get(record.kind, 0) + 1
        if record.kind == Attachment.KIND and not record.fields["deleted"]:
            read.referred.add(record.fields["sha256"])
        if batch and (batch[0].kind != record.kind or len(batch) >= MERGE_BATCH):
            merger.merge(batch[0].kind, batch)
            batch = []
        batch.append(record)
    if batch:
        merger.merge(batch[0].kind, batch)
    if lines != part.records:
        raise ExchangeError("a records part holds more or fewer records than declared")


def _store_attachment_part(session: Session, frames: FrameReader, part: Part) -> None:
    """One attachment's content, checked against its hash; stored unless held already."""
    kind, length = frames.header()
    if kind != FRAME_ATTACHMENT or length != part.size:
        raise ExchangeError("an attachment part does not match the manifest")
    held = session.get(Blob, part.sha256) is not None
    # store_blob hashes what it stores; content held already is hashed here to check it.
    stream = frames.body_stream(length, hashed=held)
    if held:
        while stream.read(1 << 20):
            pass
        if stream.digest.hexdigest() != part.sha256:
            raise ExchangeError("an attachment does not match its hash")
        return
    try:
        # A frame body reads like a file but is no BinaryIO.
        store_blob(session, stream, expected_sha256=part.sha256)  # type: ignore[arg-type]
    except ValidationError:
        raise ExchangeError("an attachment does not match its hash") from None


def _check_parts_agree(manifest: Manifest, read: _RecordsRead) -> None:
    """The parts hold what the manifest counts, and every file belongs to a record."""
    files = [part.sha256 for part in manifest.parts if part.type == "attachment"]
    if manifest.counts.get("attachments", 0) != len(files):
        raise ExchangeError("the attachment count in the manifest does not match its parts")
    if not read.referred.issuperset(files):
        raise ExchangeError("the bundle carries a file that none of its records refers to")
    declared = {k: v for k, v in manifest.counts.items() if k != "attachments" and v}
    if read.seen != declared:
        raise ExchangeError("the records do not match the counts in the manifest")


def _check_attachment_contents(session: Session, merger: Merger) -> None:
    """Each live attachment record's content is in the store and of its declared size."""
    for record_id, (sha, size) in merger.attachments.items():
        blob = session.get(Blob, sha)
        if blob is None:
            raise ExchangeError("an attachment's content is missing from the bundle")
        if blob.size != size:
            raise Unauthorised(
                "attachment {id}: its declared size {size} is not its content's {actual} bytes",
                id=record_id,
                size=size,
                actual=blob.size,
            )


def _read_parts(
    session: Session, opened: _Opened, merger: Merger, progress: Progress | None
) -> None:
    """Every part in the manifest's order, then what the parts must satisfy together."""
    manifest = opened.manifest
    read = _RecordsRead()
    total = sum(part.size for part in manifest.parts)
    done = 0
    for part in manifest.parts:
        if part.type == "records":
            _merge_records_part(opened.frames, part, merger, read)
        else:
            _store_attachment_part(session, opened.frames, part)
            merger.report.attachments_stored += 1
            merger.report.attachment_bytes += part.size
        done += part.size
        if progress is not None:
            progress(done, total)
    merger.finish(MERGE_BATCH)
    opened.frames.end()
    _check_parts_agree(manifest, read)
    _check_attachment_contents(session, merger)


def _apply_receipts(
    session: Session, peer: str, receipts: list[Receipt], channel: ChannelState
) -> str:
    """Mark our bundles the peer has merged; return the newest position it had then."""
    floor = channel.acked_to
    for receipt in receipts:
        row = session.scalar(
            select(BundleLog).where(
                BundleLog.direction == "out",
                BundleLog.peer == peer,
                BundleLog.bundle_id == receipt.bundle_id,
                BundleLog.sequence == receipt.sequence,
                BundleLog.sha256 == receipt.sha256,
            )
        )
        if row is None:
            continue
        row.acked = True
        row.receipt_digest_match = receipt.digest_match
        floor = max(floor, row.hlc_to)
        mine = PeerRecord.peer == peer
        session.execute(
            update(PeerRecord)
            .where(mine, PeerRecord.sent_seq == receipt.sequence, PeerRecord.held.is_(False))
            .values(held=True)
        )
        session.execute(delete(PeerRecord).where(mine, PeerRecord.left_seq == receipt.sequence))
    return floor


def _apply_rotations(
    desk: Desk, session: Session, peer: str, rotations: list[tuple[Rotation, str]]
) -> None:
    partner = session.get(Partner, peer)
    assert partner is not None
    for rotation, _role in rotations:
        for old in session.scalars(
            select(PartnerKey).where(
                PartnerKey.partner_code == peer, PartnerKey.retired_at.is_(None)
            )
        ):
            old.retired_at = desk.now()
        partner.signing_key = rotation.new_signing_key
        partner.age_recipient = rotation.new_age_recipient
        partner.fingerprint = rotation.new_fingerprint
        session.add(
            PartnerKey(
                partner_code=peer,
                signing_key=rotation.new_signing_key,
                age_recipient=rotation.new_age_recipient,
                fingerprint=rotation.new_fingerprint,
                valid_from=desk.now(),
            )
        )
        audit.append(
            session,
            desk.user,
            "partner_rotate",
            "partner",
            peer,
            f"fingerprint={rotation.new_fingerprint}",
            at=aware_now(desk),
        )


def missing_ranges(seen: list[int], shown: int = 5) -> str:
    """The sequence numbers below the highest of ``seen`` (sorted) that are not in it, as ranges
    ("3-7, 9 ..."): a number of 10**12 costs no more than one of 3."""
    ranges: list[str] = []
    expected = 1
    for number in seen:
        if number > expected:
            ranges.append(str(expected) if number == expected + 1 else f"{expected}-{number - 1}")
        expected = number + 1
    return ", ".join(ranges[:shown]) + (" ..." if len(ranges) > shown else "")


def _merged_before(session: Session, opened: _Opened) -> bool:
    """Whether this very file was merged before; a changed copy of a merged bundle is
    refused."""
    manifest = opened.manifest
    merged_sha256 = session.scalar(
        select(BundleLog.sha256).where(
            BundleLog.direction == "in",
            BundleLog.peer == manifest.sender_code,
            BundleLog.bundle_id == manifest.bundle_id,
            BundleLog.outcome == Outcome.MERGED,
        )
    )
    if merged_sha256 is None:
        return False
    if opened.source.whole_file_sha256() != merged_sha256:
        raise ExchangeError(
            "bundle {sequence} from {peer} was imported already, and this copy of it differs "
            "from that file (changed on the way?)",
            sequence=manifest.sequence,
            peer=manifest.sender_code,
        )
    return True


def _merged_sha256(session: Session, peer: str, sequence: int) -> str | None:
    """The hash of bundle ``sequence`` merged from ``peer`` (None if none was)."""
    return session.scalar(
        select(BundleLog.sha256).where(
            BundleLog.direction == "in",
            BundleLog.peer == peer,
            BundleLog.sequence == sequence,
            BundleLog.outcome == Outcome.MERGED,
        )
    )


def _check_place(session: Session, manifest: Manifest, channel: ChannelState) -> None:
    """A new sequence number, following the bundle before it if that one is here."""
    peer, sequence = manifest.sender_code, manifest.sequence
    if sequence in channel.seen_in:
        raise ExchangeError(
            "replayed sequence number {sequence} from {peer}: another bundle with this number "
            "was already imported",
            sequence=sequence,
            peer=peer,
        )
    previous = _merged_sha256(session, peer, sequence - 1)
    if previous is not None and previous != manifest.prev_sha256:
        raise ExchangeError(
            "bundle {sequence} from {peer} does not follow the bundle {n} imported here",
            sequence=sequence,
            peer=peer,
            n=sequence - 1,
        )


def _check_follower(session: Session, manifest: Manifest, sha256: str) -> None:
    """Bundle n+1 that arrived first named this one's hash: now it can be checked."""
    peer, sequence = manifest.sender_code, manifest.sequence
    following = session.scalar(
        select(BundleLog.prev_sha256).where(
            BundleLog.direction == "in",
            BundleLog.peer == peer,
            BundleLog.sequence == sequence + 1,
            BundleLog.outcome == Outcome.MERGED,
        )
    )
    if following and following != sha256:
        raise ExchangeError(
            "bundle {sequence} from {peer} is not the one that bundle {n}, imported here, follows",
            sequence=sequence,
            peer=peer,
            n=sequence + 1,
        )


def _merger(desk: Desk, session: Session, opened: _Opened, floor: str) -> Merger:
    manifest = opened.manifest
    peer = manifest.sender_code
    received_to = session.scalar(
        select(func.max(BundleLog.hlc_to)).where(
            BundleLog.direction == "in", BundleLog.peer == peer, BundleLog.outcome == Outcome.MERGED
        )
    )
    return Merger(
        session,
        local_code=desk.node.code,
        local_role=desk.node.role,
        sender_code=peer,
        sender_role=opened.partner_role,
        bundle_id=manifest.bundle_id,
        ack_floor=floor,
        received_to=received_to or "",
        now=desk.now(),
        now_ms=desk.clock.now_ms(),
        max_skew_ms=desk.max_skew_ms,
        mark=desk.hlc.tick(),
        contents=frozenset(part.sha256 for part in manifest.parts if part.type == "attachment"),
    )


def _record_merge(desk: Desk, session: Session, manifest: Manifest, merger: Merger) -> None:
    """The import's audit entry, with the states the merge recorded under its number."""
    audit.append(
        session,
        desk.user,
        "bundle_import",
        "bundle",
        manifest.bundle_id,
        f"from={manifest.sender_code} seq={manifest.sequence} {merger.report.summary()}",
        at=aware_now(desk),
        states=audit.states_of(
            session, ((kind, record_id) for record_id, kind in merger.rewritten.items())
        ),
        reserved=merger.audit_seq,
    )
    for record_id, kind in merger.rewritten.items():
        note(session, Subject(kind), [record_id])


def _advance_channel(channel: ChannelState, manifest: Manifest, floor: str) -> ExchangeError | None:
    """Record the bundle's number and the peer's acknowledgement; the gap, if earlier bundles
    are missing."""
    channel.acked_to = floor
    seen = sorted({*channel.seen_in, manifest.sequence})
    channel.seen_in = seen
    channel.highest_in = max(seen)
    gaps = missing_ranges(seen)
    if not gaps:
        return None
    return ExchangeError(
        "bundles {ranges} from {peer} have not arrived yet",
        ranges=gaps,
        peer=manifest.sender_code,
    )


def _log_merged(desk: Desk, session: Session, result: ImportResult, manifest: Manifest) -> None:
    session.add(
        BundleLog(
            direction="in",
            peer=manifest.sender_code,
            sequence=manifest.sequence,
            bundle_id=manifest.bundle_id,
            sha256=result.sha256,
            size=result.size,
            counts=dict(manifest.counts),
            outcome=Outcome.MERGED,
            reason="; ".join(filter(None, [result.gap_warning, result.history_warning])),
            at=desk.now(),
            file_name=result.path.name,
            digest_match=result.digest_match,
            hlc_to=manifest.hlc_to,
            prev_sha256=manifest.prev_sha256,
            acked=False,
            audit_count=manifest.audit_count,
            audit_head=manifest.audit_head if manifest.audit_count else "",
        )
    )
    if result.history_warning:
        audit.append(
            session,
            desk.user,
            "partner_history",
            "partner",
            manifest.sender_code,
            result.history_warning,
            at=aware_now(desk),
        )


def _merge_opened(
    desk: Desk, session: Session, opened: _Opened, path: Path, progress: Progress | None
) -> ImportResult:
    manifest = opened.manifest
    peer = manifest.sender_code
    channel = channel_state(session, peer)
    result = ImportResult(
        path=path,
        outcome=Outcome.MERGED,
        sender=peer,
        sequence=manifest.sequence,
        bundle_id=manifest.bundle_id,
        counts=dict(manifest.counts),
        # Only an institution takes a due list, and it exchanges with the coordinator alone.
        due=manifest.due if desk.node.role is NodeRole.INSTITUTION else None,
    )
    if _merged_before(session, opened):
        # Only the very file merged before is "already imported".
        result.outcome = Outcome.ALREADY
        return result
    _check_place(session, manifest, channel)
    floor = _apply_receipts(session, peer, manifest.receipts, channel)
    merger = _merger(desk, session, opened, floor)
    merger.check_stamp(manifest.hlc_to, "the manifest")
    with ReadAhead(opened.payload) as ahead:
        # Decryption and the bundle's hash run ahead on another thread while this one merges.
        opened.frames = FrameReader(ahead)
        _read_parts(session, opened, merger, progress)
    # This import's entry comes first: the merge recorded its states under its number.
    _record_merge(desk, session, manifest, merger)
    result.sha256, result.size = opened.source.digest.hexdigest(), opened.source.size
    _check_follower(session, manifest, result.sha256)
    if merger.newest:
        desk.hlc.observe(merger.newest)
    _apply_rotations(desk, session, peer, opened.rotations)
    result.gap = _advance_channel(channel, manifest, floor)
    partner = session.get(Partner, peer)
    assert partner is not None
    result.history = _check_history(partner, manifest)
    if manifest.audit_count:
        partner.audit_count, partner.audit_head = manifest.audit_count, manifest.audit_head
    _out, shared = peer_scopes(desk, session, partner)
    result.digest_match = state_digest(session, shared) == manifest.state_digest
    result.report = merger.report
    _log_merged(desk, session, result, manifest)
    return result


def _check_history(partner: Partner, manifest: Manifest) -> ExchangeError | None:
    """Whether the sender's audit log grew from the one its earlier bundle here described:
    the head held here must be among the hashes sent since the count this node acknowledged.
    Only hashes travel, never entries."""
    held, head = partner.audit_count, partner.audit_head
    if not manifest.audit_count or not held:
        return None  # a bundle from an older release, or the first that describes its log
    if manifest.audit_count < held:
        return ExchangeError(
            "{code}'s audit log has {count} entries, fewer than the {held} its earlier bundle"
            " named: entries were removed there",
            code=partner.code,
            count=manifest.audit_count,
            held=held,
        )
    index = held - max(manifest.audit_base, 1)
    if 0 <= index < len(manifest.audit_since) and manifest.audit_since[index] != head:
        return ExchangeError(
            "{code}'s audit log differs at entry {held} from what its earlier bundle named:"
            " its history was rewritten",
            code=partner.code,
            held=held,
        )
    return None


def _process(desk: Desk, path: Path, mode: str, progress: Progress | None = None) -> ImportResult:
    """Run the whole import; ``mode`` "import" commits, "preview" rolls back."""
    path = Path(path)
    learnt = ImportResult(path=path, outcome=Outcome.REFUSED)
    try:
        src = path.open("rb")
    except OSError as exc:
        learnt.error = ExchangeError("cannot read the file: {strerror}", strerror=exc.strerror)
        learnt.reason = str(learnt.error)
        return learnt
    try:
        with src, collector_spared(), desk.transaction() as session:
            try:
                opened = _open(desk, session, src)
                manifest = opened.manifest
                learnt.sender, learnt.sequence = manifest.sender_code, manifest.sequence
                learnt.bundle_id, learnt.counts = manifest.bundle_id, dict(manifest.counts)
                result = _merge_opened(desk, session, opened, path, progress)
            except Unauthorised as exc:
                raise _Refused(exc, unauthorised=True) from None
            except (ExchangeError, AgeError) as exc:
                raise _Refused(exc) from None
            except IntegrityError:
                raise _Refused(
                    ExchangeError(
                        "the records clash with records here (a duplicate number or code, or a "
                        "reference to a record this node does not hold)"
                    )
                ) from None
            if mode != "import" or result.outcome == Outcome.ALREADY:
                raise _RolledBack(result)
        return result
    except _RolledBack as rolled:
        return rolled.result
    except _Refused as refusal:
        learnt.error, learnt.reason = refusal.error, str(refusal.error)
        if mode == "import":
            _log_refusal(desk, learnt, refusal.unauthorised)
        return learnt


def _log_refusal(desk: Desk, result: ImportResult, unauthorised: bool) -> None:
    result.sha256, result.size = _file_sha256(result.path)
    with desk.transaction() as session:
        session.add(
            BundleLog(
                direction="in",
                peer=result.sender,
                sequence=result.sequence,
                bundle_id=result.bundle_id,
                sha256=result.sha256,
                size=result.size,
                counts=result.counts,
                outcome=Outcome.REFUSED,
                reason=result.reason,
                at=desk.now(),
                file_name=result.path.name,
                acked=False,
            )
        )
        if unauthorised:
            audit.append(
                session,
                desk.user,
                "bundle_refused",
                "bundle",
                result.bundle_id,
                f"from={result.sender}: {result.reason}"[:500],
                at=aware_now(desk),
            )


def import_bundle(desk: Desk, path: Path, *, progress: Progress | None = None) -> ImportResult:
    """Verify and merge one bundle in one transaction, or refuse it and change nothing."""
    require_editor(desk)
    with desk.watch() as seen:
        result = _process(desk, path, "import", progress)
    result.changes = seen.changes
    return result


def preview_bundle(desk: Desk, path: Path) -> ImportResult:
    """Everything import does, then roll back: the merge report of what it would change."""
    require_editor(desk)
    return _process(desk, path, "preview")


def verify_bundle(desk: Desk, path: Path) -> VerifyResult:
    """Check a bundle completely (decryption, signature, hashes, rights) and change nothing."""
    result = _process(desk, path, "preview")
    ok = result.outcome != Outcome.REFUSED
    if not result.sha256:
        result.sha256, result.size = _file_sha256(Path(path))
    return VerifyResult(
        path=result.path,
        ok=ok,
        outcome="ok" if result.outcome == Outcome.MERGED else result.outcome,
        reason=result.reason,
        sender=result.sender,
        sequence=result.sequence,
        bundle_id=result.bundle_id,
        sha256=result.sha256,
        size=result.size,
        counts=result.counts,
        error=result.error,
    )


def bundle_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob(f"*{BUNDLE_SUFFIX}") if p.is_file()))
        else:
            files.append(path)
    return files


def _peek(desk: Desk, path: Path) -> tuple[str, int] | NotAddressed | None:
    """(sender, sequence) from the manifest, to order the imports; NotAddressed for another
    node's bundle; None if unreadable."""
    try:
        with path.open("rb") as src, desk.reading() as session:
            opened = _open(desk, session, src)
            return opened.manifest.sender_code, opened.manifest.sequence
    except NotAddressed as exc:
        return exc
    except (OSError, ExchangeError, AgeError):
        return None


def import_paths(desk: Desk, paths: list[Path]) -> list[ImportResult]:
    """Import files and folders' bundles, each sender's in sequence order. A bundle found in a
    folder that no key of this node opens belongs to another desk sharing the stick: it is
    reported and left alone (a file named on its own is imported, and so refused and logged)."""
    require_editor(desk)
    named = {Path(path) for path in paths}
    files = bundle_files(paths)
    keyed = [(_peek(desk, path), index, path) for index, path in enumerate(files)]
    elsewhere = [
        ImportResult(path=path, outcome=Outcome.ELSEWHERE, reason=str(key), error=key)
        for key, _index, path in keyed
        if isinstance(key, NotAddressed) and path not in named
    ]
    left_alone = {result.path for result in elsewhere}
    readable = sorted((key, index, path) for key, index, path in keyed if isinstance(key, tuple))
    unreadable = [
        path for key, _index, path in keyed if not isinstance(key, tuple) and path not in left_alone
    ]
    ordered = [path for _key, _index, path in readable] + unreadable
    return [import_bundle(desk, path) for path in ordered] + elsewhere
