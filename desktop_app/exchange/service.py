"""The exchange's public API: identities, partners, export, import/verify, the log, conflicts.

A bundle is an age file (X25519) whose payload holds a signed manifest, record parts and
attachment parts (desktop_app.exchange.format; docs/bundle-format.md). Export streams from the
store into the age writer; import streams the decrypted payload straight into one store
transaction, checks the signature before any part and every part's hash before merging it, and
commits only when all of it is authenticated and allowed; otherwise it rolls back and nothing
is left but a line in the bundle log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, func, insert, not_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.core import audit
from desktop_app.core.attachments import blob_chunks, store_blob
from desktop_app.core.desk import Desk
from desktop_app.core.dump import json_value
from desktop_app.core.hlc import Stamp
from desktop_app.core.models import (
    MODEL_BY_KIND,
    SYNCED_MODELS,
    Attachment,
    Blob,
    BundleLog,
    ChannelState,
    Conflict,
    ExchangeKey,
    NodeRole,
    Partner,
    PartnerKey,
    PeerRecord,
    RecordMark,
    UserRole,
)
from desktop_app.errors import (
    DeskError,
    ExchangeError,
    NotFound,
    PermissionDenied,
    Term,
    ValidationError,
)
from desktop_app.exchange.format import (
    FRAME_ATTACHMENT,
    FRAME_END,
    FRAME_MANIFEST,
    FRAME_RECORDS,
    FRAME_SIGNATURE,
    MAGIC,
    MAX_MANIFEST,
    MAX_RECEIPTS,
    RECORDS_PART_TARGET,
    SIGNATURE_CONTEXT,
    SIGNATURE_SIZE,
    FrameReader,
    Incoming,
    Manifest,
    Part,
    Receipt,
    RecordCodec,
    encode_record,
    frame_header,
    parse_manifest,
    split_lines,
)
from desktop_app.exchange.identity import (
    Card,
    Rotation,
    group,
    make_card,
    make_rotation,
    normalise_fingerprint,
    public_hex,
    read_card,
    read_rotation,
    sign,
    verify,
)
from desktop_app.exchange.merge import Merger, MergeReport
from desktop_app.exchange.scope import Scope, Unauthorised, peer_scope
from desktop_app.store.age import (
    AgeError,
    AgeReader,
    AgeSource,
    NoIdentityMatch,
    generate_identity,
    recipient_from_identity,
)
from desktop_app.store.pipeline import ReadAhead, age_file

BUNDLE_SUFFIX = ".age"
MERGE_BATCH = 2000
ACTIVE, REVOKED = "active", "revoked"
MERGED, ALREADY, REFUSED, SENT = "merged", "already imported", "refused", "sent"

Progress = Callable[[int, int], None]


# --- Results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartnerInfo:
    code: str
    role: str
    name: str
    name_en: str
    fingerprint: str  # grouped
    status: str
    enrolled_at: dt.datetime

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "enrolled_at": self.enrolled_at.isoformat(timespec="seconds")}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    sha256: str
    counts: dict[str, int]
    sequence: int
    bundle_id: str
    recipient: str


@dataclass
class ImportResult:
    path: Path
    outcome: str  # merged | already imported | refused
    reason: str = ""
    sender: str = ""
    sequence: int | None = None
    bundle_id: str = ""
    sha256: str = ""
    size: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    report: MergeReport | None = None
    gap_warning: str = ""
    digest_match: bool | None = None
    # The refusal as a message a front end translates (``reason`` is its English line).
    error: DeskError | None = None

    def line(self) -> str:
        """One line for the CLI and the log view."""
        if self.outcome == REFUSED:
            return f"{self.path}: refused: {self.reason}"
        head = f"{self.path}: {self.outcome} from {self.sender} #{self.sequence}"
        if self.outcome != MERGED or self.report is None:
            return head
        digest = "digest matches" if self.digest_match else "digest differs"
        text = f"{head} ({self.report.summary()}; {digest})"
        return f"{text}; {self.gap_warning}" if self.gap_warning else text


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

    def line(self) -> str:
        if not self.ok:
            return f"{self.path}: refused: {self.reason}"
        return f"{self.path}: {self.outcome} (from {self.sender} #{self.sequence})"


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
    outcome: str
    reason: str
    at: dt.datetime
    digest_match: bool | None
    acked: bool
    receipt_digest_match: bool | None

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


# --- Helpers ----------------------------------------------------------------------------------


def _aware(desk: Desk) -> dt.datetime:
    return desk.now().replace(tzinfo=dt.UTC)


def _require_editor(desk: Desk) -> None:
    if desk.user_role is UserRole.VIEWER:
        raise PermissionDenied("a viewer cannot exchange bundles")


def _current_key(session: Session) -> ExchangeKey:
    key = session.scalar(select(ExchangeKey).where(ExchangeKey.retired_at.is_(None)))
    if key is None:
        raise ExchangeError("this node has no exchange keys yet: run 'identity rotate' as admin")
    return key


def _all_keys(session: Session) -> list[ExchangeKey]:
    return list(session.scalars(select(ExchangeKey).order_by(ExchangeKey.id)))


def _card(desk: Desk, key: ExchangeKey) -> Card:
    return Card(
        code=desk.node.code,
        role=desk.node.role.value,
        name=desk.node.name,
        name_en=desk.node.name_en,
        signing_key=public_hex(key.signing_secret),
        age_recipient=recipient_from_identity(key.age_identity),
        created_at=key.created_at.isoformat(timespec="seconds"),
    )


def _partner_info(partner: Partner) -> PartnerInfo:
    return PartnerInfo(
        code=partner.code,
        role=partner.role,
        name=partner.name,
        name_en=partner.name_en,
        fingerprint=group(partner.fingerprint),
        status=partner.status,
        enrolled_at=partner.enrolled_at,
    )


class _HashingReader:
    """Reads a file and hashes every byte that passes, so the bundle's SHA-256 comes free."""

    def __init__(self, src: AgeSource) -> None:
        self._src = src
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        data = self._src.read(size)
        self.digest.update(data)
        self.size += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        data = self._src.readline(size)
        self.digest.update(data)
        self.size += len(data)
        return data

    def readinto(self, buffer: memoryview) -> int:
        count = self._src.readinto(buffer) or 0
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


# --- Identity ---------------------------------------------------------------------------------


def _new_key(desk: Desk, rotation: str = "") -> ExchangeKey:
    identity, _recipient = generate_identity()
    secret = Ed25519PrivateKey.generate().private_bytes_raw()
    key = ExchangeKey(
        signing_secret=secret,
        age_identity=identity,
        created_at=desk.now(),
        rotation=rotation,
    )
    card = _card(desk, key)
    key.fingerprint = card.fingerprint
    return key


def setup_identity(desk: Desk) -> None:
    """Give the node its signing key and age identity; does nothing if it has them."""
    with desk.transaction() as session:
        if session.scalar(select(ExchangeKey.id).where(ExchangeKey.retired_at.is_(None))):
            return
        key = _new_key(desk)
        session.add(key)
        audit.append(
            session,
            desk.user,
            "identity",
            "node",
            desk.node.code,
            f"fingerprint={key.fingerprint}",
            at=_aware(desk),
        )


def identity_card(desk: Desk) -> bytes:
    """The node's public card: code, names, role, both public keys, signed by its own key."""
    with desk.reading() as session:
        key = _current_key(session)
        return make_card(_card(desk, key), key.signing_secret)


def card_fingerprint(card: bytes) -> str:
    return group(read_card(card).fingerprint)


def own_fingerprint(desk: Desk) -> str:
    with desk.reading() as session:
        return group(_current_key(session).fingerprint)


def rotate_identity(desk: Desk) -> str:
    """New key pair; a statement signed by the old key travels in the next bundles."""
    desk.access.require_admin(Term("rotate the node's keys"))
    setup_identity(desk)  # a store made before the exchange existed gets its first keys
    with desk.transaction() as session:
        old = _current_key(session)
        new = _new_key(desk)
        new.rotation = make_rotation(
            Rotation(
                code=desk.node.code,
                old_fingerprint=old.fingerprint,
                new_signing_key=public_hex(new.signing_secret),
                new_age_recipient=recipient_from_identity(new.age_identity),
                new_fingerprint=new.fingerprint,
                at=desk.now().isoformat(timespec="seconds"),
            ),
            old.signing_secret,
            new.signing_secret,
        )
        old.retired_at = desk.now()
        session.flush()
        session.add(new)
        audit.append(
            session,
            desk.user,
            "identity_rotate",
            "node",
            desk.node.code,
            f"{old.fingerprint} -> {new.fingerprint}",
            at=_aware(desk),
        )
        return group(new.fingerprint)


# --- Partners ---------------------------------------------------------------------------------


def _check_partner_role(desk: Desk, role: str) -> None:
    mine = desk.node.role
    if mine is NodeRole.COORDINATOR and role == NodeRole.COORDINATOR.value:
        raise ExchangeError("a coordinator enrols institutions and inspection teams only")
    if mine is not NodeRole.COORDINATOR and role != NodeRole.COORDINATOR.value:
        raise ExchangeError("institutions and inspection teams enrol the coordinator only")


def enrol_partner(desk: Desk, card: bytes, fingerprint: str | None) -> PartnerInfo:
    """Enrol a peer from its card; ``fingerprint`` None means the caller already confirmed it."""
    desk.access.require_admin(Term("enrol partners"))
    peer = read_card(card)
    if fingerprint is not None and normalise_fingerprint(fingerprint) != peer.fingerprint:
        raise ExchangeError(
            "fingerprint mismatch: the card of {code} has {fingerprint}; it was not enrolled",
            code=peer.code,
            fingerprint=group(peer.fingerprint),
        )
    if peer.code == desk.node.code:
        raise ExchangeError("this is this node's own card")
    _check_partner_role(desk, peer.role)
    with desk.transaction() as session:
        partner = session.get(Partner, peer.code)
        if partner is not None:
            if partner.fingerprint == peer.fingerprint:
                if partner.status == ACTIVE:
                    return _partner_info(partner)
                raise ExchangeError(
                    "{code} was revoked; its revoked key stays refused", code=peer.code
                )
            if partner.status == ACTIVE:
                raise ExchangeError(
                    "{code} is already enrolled with other keys; revoke it first", code=peer.code
                )
            for old in session.scalars(
                select(PartnerKey).where(
                    PartnerKey.partner_code == peer.code, PartnerKey.retired_at.is_(None)
                )
            ):
                old.retired_at = desk.now()
        else:
            partner = Partner(code=peer.code)
            session.add(partner)
        partner.role = peer.role
        partner.name = peer.name
        partner.name_en = peer.name_en
        partner.signing_key = peer.signing_key
        partner.age_recipient = peer.age_recipient
        partner.fingerprint = peer.fingerprint
        partner.status = ACTIVE
        partner.enrolled_at = desk.now()
        partner.revoked_at = None
        partner.card = card.decode()
        session.flush()
        session.add(
            PartnerKey(
                partner_code=peer.code,
                signing_key=peer.signing_key,
                age_recipient=peer.age_recipient,
                fingerprint=peer.fingerprint,
                valid_from=desk.now(),
            )
        )
        if peer.role == NodeRole.INSTITUTION.value:
            desk.plan.register_enrolled_institution(session, peer.code, peer.name, peer.name_en)
        audit.append(
            session,
            desk.user,
            "partner_enrol",
            "partner",
            peer.code,
            f"role={peer.role} fingerprint={peer.fingerprint}",
            at=_aware(desk),
        )
        return _partner_info(partner)


def revoke_partner(desk: Desk, code: str) -> None:
    """From now on bundles signed by this partner are refused and none are written for it."""
    desk.access.require_admin(Term("revoke partners"))
    with desk.transaction() as session:
        partner = session.get(Partner, code)
        if partner is None:
            raise NotFound('no partner "{code}"', code=code)
        if partner.status == REVOKED:
            return
        partner.status = REVOKED
        partner.revoked_at = desk.now()
        audit.append(
            session,
            desk.user,
            "partner_revoke",
            "partner",
            code,
            f"fingerprint={partner.fingerprint}",
            at=_aware(desk),
        )


def partners(desk: Desk) -> list[PartnerInfo]:
    with desk.reading() as session:
        return [_partner_info(p) for p in session.scalars(select(Partner).order_by(Partner.code))]


def _active_partner(session: Session, code: str) -> Partner:
    partner = session.get(Partner, code)
    if partner is None:
        raise ExchangeError(
            "{code} is not an enrolled partner: run 'partners add' first", code=code
        )
    if partner.status != ACTIVE:
        raise ExchangeError("partner {code} is revoked", code=code)
    return partner


# --- Shared state -----------------------------------------------------------------------------


def _row_dict(model: type[Any], row: Any) -> dict[str, Any]:
    """The same JSON shape as ``core.dump.record_dict``, from a Core row (much faster)."""
    data = {name: json_value(row[name]) for name in model.sync_fields()}
    data["id"] = row["id"]
    data["origin"] = row["origin"]
    data["versions"] = row["versions"]  # encode_record sorts the keys
    return data


def _scoped_rows(session: Session, scope: Scope, kind: str) -> Iterator[Any]:
    model = MODEL_BY_KIND[kind]
    table = model.__table__
    result = session.execute(
        select(table).where(scope[kind]).order_by(table.c.id).execution_options(yield_per=2000)
    )
    for row in result:
        yield row._mapping


def _state_digest(session: Session, scope: Scope) -> str:
    """SHA-256 of the records two nodes share, in canonical order: equal stores, equal digest."""
    digest = hashlib.sha256()
    for model in SYNCED_MODELS:
        for row in _scoped_rows(session, scope, model.KIND):
            digest.update(encode_record(_row_dict(model, row), model.KIND))
    return digest.hexdigest()


def _channel(session: Session, peer: str) -> ChannelState:
    channel = session.get(ChannelState, peer)
    if channel is None:
        channel = ChannelState(
            peer=peer, next_out_seq=1, last_out_sha256="", acked_to="", highest_in=0, seen_in=[]
        )
        session.add(channel)
        session.flush()
    return channel


def _scopes(desk: Desk, session: Session, partner: Partner) -> tuple[Scope, Scope]:
    return peer_scope(session, desk.node.role, desk.node.code, partner.code, NodeRole(partner.role))


# --- Export -----------------------------------------------------------------------------------


_MODEL_BY_TABLE = {model.__table__: model for model in SYNCED_MODELS}


def _stamp_node(stamp: str) -> str:
    return stamp.split(".", 2)[2]


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
            stamp > self.floor and _stamp_node(stamp) != self.peer
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
            for row in _scoped_rows(self.session, self.scope, model.KIND):
                if self._wanted(row):
                    self.carried.add(row["id"])
                    if not self._held(row):
                        self.unheld_carried.add(row["id"])
                    yield model.KIND, encode_record(_row_dict(model, row), model.KIND), row
        for leaver_model, leaver in self._leavers() if self.sends_leavers else ():
            self.left_carried.add(leaver["id"])
            if leaver["id"] in self.carried:  # already here, as what another leaver refers to
                continue
            for model, row in self._with_references(leaver_model, leaver):
                yield model.KIND, encode_record(_row_dict(model, row), model.KIND), row

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
        for row in _scoped_rows(self.session, self.scope, Attachment.KIND):
            if self._wanted(row) and not row["deleted"]:
                blob = self.session.get(Blob, row["sha256"])
                if blob is not None:
                    wanted[blob.sha256] = blob.size
        return sorted(wanted.items())


def _receipts(session: Session, peer: str) -> list[Receipt]:
    rows = session.scalars(
        select(BundleLog)
        .where(BundleLog.direction == "in", BundleLog.peer == peer, BundleLog.outcome == MERGED)
        .order_by(BundleLog.id.desc())
        .limit(MAX_RECEIPTS)
    )
    return [
        Receipt(row.sequence or 0, row.bundle_id, row.sha256, bool(row.digest_match))
        for row in rows
    ]


def _rotations(session: Session) -> list[Any]:
    return [json.loads(key.rotation) for key in _all_keys(session) if key.rotation]


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
    _require_editor(desk)
    bundle_id = str(uuid.uuid4())
    path = Path(out_dir) / f"isdesk-{bundle_id}{BUNDLE_SUFFIX}"
    with desk.transaction() as session:
        partner = _active_partner(session, recipient)
        key = _current_key(session)
        # Writing first takes the store's write lock, so no edit can commit with a stamp
        # below the position this bundle claims to cover.
        channel = _channel(session, partner.code)
        session.execute(
            update(ChannelState)
            .where(ChannelState.peer == partner.code)
            .values(next_out_seq=ChannelState.next_out_seq)
        )
        hlc_to = desk.hlc.tick()
        floor = "" if full else channel.acked_to
        out_scope, shared = _scopes(desk, session, partner)
        selection = _Selection(
            session,
            out_scope,
            partner.code,
            floor,
            coordinator=desk.node.role is NodeRole.COORDINATOR,
        )

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
            state_digest=_state_digest(session, shared),
            receipts=_receipts(session, partner.code),
            rotations=_rotations(session),
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
            records_parts = iter(parts[: len(parts) - len(contents)])
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
                outcome=SENT,
                reason="",
                at=desk.now(),
                file_name=path.name,
                hlc_to=hlc_to,
                acked=False,
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
            at=_aware(desk),
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
        partner = _active_partner(session, recipient)
        channel = session.get(ChannelState, partner.code)
        floor = "" if full or channel is None else channel.acked_to
        selection = _Selection(
            session,
            _scopes(desk, session, partner)[0],
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


# --- Import -----------------------------------------------------------------------------------


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


def _open(desk: Desk, session: Session, src: AgeSource) -> _Opened:
    keys = _all_keys(session)
    if not keys:
        raise ExchangeError("this node has no exchange keys yet")
    source = _HashingReader(src)
    try:
        reader = AgeReader(source, [k.age_identity for k in keys])
    except NoIdentityMatch:
        raise ExchangeError("not addressed to this node: none of its keys opens it") from None
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


def _read_parts(
    desk: Desk, session: Session, opened: _Opened, merger: Merger, progress: Progress | None
) -> None:
    manifest = opened.manifest
    codec = RecordCodec()
    total = sum(part.size for part in manifest.parts)
    done = 0
    declared = {k: v for k, v in manifest.counts.items() if k != "attachments"}
    seen: dict[str, int] = {}
    referred: set[str] = set()  # the content the bundle's live attachment records refer to
    for part in manifest.parts:
        if part.type == "records":
            body = opened.frames.expect(FRAME_RECORDS, part.size, "records part")
            if len(body) != part.size or hashlib.sha256(body).hexdigest() != part.sha256:
                raise ExchangeError("a records part does not match the manifest")
            batch: list[Incoming] = []
            lines = 0
            for line in split_lines(body):
                record = codec.decode_line(line)
                lines += 1
                seen[record.kind] = seen.get(record.kind, 0) + 1
                if record.kind == Attachment.KIND and not record.fields["deleted"]:
                    referred.add(record.fields["sha256"])
                if batch and (batch[0].kind != record.kind or len(batch) >= MERGE_BATCH):
                    merger.merge(batch[0].kind, batch)
                    batch = []
                batch.append(record)
            if batch:
                merger.merge(batch[0].kind, batch)
            if lines != part.records:
                raise ExchangeError("a records part holds more or fewer records than declared")
        else:
            kind, length = opened.frames.header()
            if kind != FRAME_ATTACHMENT or length != part.size:
                raise ExchangeError("an attachment part does not match the manifest")
            held = session.get(Blob, part.sha256) is not None
            # store_blob hashes what it stores; content held already is hashed here to check it.
            stream = opened.frames.body_stream(length, hashed=held)
            if held:
                while stream.read(1 << 20):
                    pass
                if stream.digest.hexdigest() != part.sha256:
                    raise ExchangeError("an attachment does not match its hash")
            else:
                try:
                    store_blob(session, stream, expected_sha256=part.sha256)  # type: ignore[arg-type]
                except ValidationError:
                    raise ExchangeError("an attachment does not match its hash") from None
            merger.report.attachments_stored += 1
            merger.report.attachment_bytes += part.size
        done += part.size
        if progress is not None:
            progress(done, total)
    opened.frames.end()
    files = [part.sha256 for part in manifest.parts if part.type == "attachment"]
    if manifest.counts.get("attachments", 0) != len(files):
        raise ExchangeError("the attachment count in the manifest does not match its parts")
    if not referred.issuperset(files):
        raise ExchangeError("the bundle carries a file that none of its records refers to")
    if seen != {k: v for k, v in declared.items() if v}:
        raise ExchangeError("the records do not match the counts in the manifest")
    for sha in set(merger.attachments.values()):
        if session.get(Blob, sha) is None:
            raise ExchangeError("an attachment's content is missing from the bundle")


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
            at=_aware(desk),
        )


def _merge_opened(
    desk: Desk, session: Session, opened: _Opened, path: Path, progress: Progress | None
) -> ImportResult:
    manifest = opened.manifest
    peer = manifest.sender_code
    channel = _channel(session, peer)
    result = ImportResult(
        path=path,
        outcome=MERGED,
        sender=peer,
        sequence=manifest.sequence,
        bundle_id=manifest.bundle_id,
        counts=dict(manifest.counts),
    )
    merged_sha256 = session.scalar(
        select(BundleLog.sha256).where(
            BundleLog.direction == "in",
            BundleLog.peer == peer,
            BundleLog.bundle_id == manifest.bundle_id,
            BundleLog.outcome == MERGED,
        )
    )
    if merged_sha256 is not None:
        # Only the very file merged before is "already imported": a changed copy is refused.
        if opened.source.whole_file_sha256() != merged_sha256:
            raise ExchangeError(
                "bundle {sequence} from {peer} was imported already, and this copy of it differs "
                "from that file (changed on the way?)",
                sequence=manifest.sequence,
                peer=peer,
            )
        result.outcome = ALREADY
        return result
    if manifest.sequence in channel.seen_in:
        raise ExchangeError(
            "replayed sequence number {sequence} from {peer}: another bundle with this number "
            "was already imported",
            sequence=manifest.sequence,
            peer=peer,
        )
    previous = session.scalar(
        select(BundleLog.sha256).where(
            BundleLog.direction == "in",
            BundleLog.peer == peer,
            BundleLog.sequence == manifest.sequence - 1,
            BundleLog.outcome == MERGED,
        )
    )
    if previous is not None and previous != manifest.prev_sha256:
        raise ExchangeError(
            "bundle {sequence} from {peer} does not follow the bundle {n} imported here",
            sequence=manifest.sequence,
            peer=peer,
            n=manifest.sequence - 1,
        )
    floor = _apply_receipts(session, peer, manifest.receipts, channel)
    received_to = session.scalar(
        select(func.max(BundleLog.hlc_to)).where(
            BundleLog.direction == "in", BundleLog.peer == peer, BundleLog.outcome == MERGED
        )
    )
    merger = Merger(
        session,
        local_code=desk.node.code,
        local_role=desk.node.role,
        sender_code=peer,
        sender_role=opened.partner_role,
        bundle_id=manifest.bundle_id,
        ack_floor=floor,
        received_to=received_to or "",
        now=desk.now(),
    )
    with ReadAhead(opened.payload) as ahead:
        # Decryption and the bundle's hash run ahead on another thread while this one merges.
        opened.frames = FrameReader(ahead)
        _read_parts(desk, session, opened, merger, progress)
    sha256 = opened.source.digest.hexdigest()
    # Bundle n+1 that arrived first named this one's hash: now it can be checked.
    following = session.scalar(
        select(BundleLog.prev_sha256).where(
            BundleLog.direction == "in",
            BundleLog.peer == peer,
            BundleLog.sequence == manifest.sequence + 1,
            BundleLog.outcome == MERGED,
        )
    )
    if following and following != sha256:
        raise ExchangeError(
            "bundle {sequence} from {peer} is not the one that bundle {n}, imported here, follows",
            sequence=manifest.sequence,
            peer=peer,
            n=manifest.sequence + 1,
        )
    if merger.newest:
        desk.hlc.observe(merger.newest)
    merger.write_marks(desk.hlc.tick())
    _apply_rotations(desk, session, peer, opened.rotations)
    channel.acked_to = floor
    seen = sorted({*channel.seen_in, manifest.sequence})
    channel.seen_in = seen
    channel.highest_in = max(seen)
    missing = [n for n in range(1, channel.highest_in) if n not in seen]
    if missing:
        shown = ", ".join(str(n) for n in missing[:10]) + (" ..." if len(missing) > 10 else "")
        result.gap_warning = f"bundle(s) {shown} from {peer} have not arrived yet"
    partner = session.get(Partner, peer)
    assert partner is not None
    _out, shared = _scopes(desk, session, partner)
    result.digest_match = _state_digest(session, shared) == manifest.state_digest
    result.report = merger.report
    result.sha256 = sha256
    result.size = opened.source.size
    session.add(
        BundleLog(
            direction="in",
            peer=peer,
            sequence=manifest.sequence,
            bundle_id=manifest.bundle_id,
            sha256=result.sha256,
            size=result.size,
            counts=dict(manifest.counts),
            outcome=MERGED,
            reason=result.gap_warning,
            at=desk.now(),
            file_name=path.name,
            digest_match=result.digest_match,
            hlc_to=manifest.hlc_to,
            prev_sha256=manifest.prev_sha256,
            acked=False,
        )
    )
    audit.append(
        session,
        desk.user,
        "bundle_import",
        "bundle",
        manifest.bundle_id,
        f"from={peer} seq={manifest.sequence} {merger.report.summary()}",
        at=_aware(desk),
    )
    return result


def _process(desk: Desk, path: Path, mode: str, progress: Progress | None = None) -> ImportResult:
    """Run the whole import; ``mode`` "import" commits, "preview" rolls back."""
    path = Path(path)
    learnt = ImportResult(path=path, outcome=REFUSED)
    try:
        src = path.open("rb")
    except OSError as exc:
        learnt.error = ExchangeError("cannot read the file: {strerror}", strerror=exc.strerror)
        learnt.reason = str(learnt.error)
        return learnt
    try:
        with src, desk.transaction() as session:
            try:
                opened = _open(desk, session, src)
                manifest = opened.manifest
                learnt.sender, learnt.sequence = manifest.sender_code, manifest.sequence
                learnt.bundle_id, learnt.counts = manifest.bundle_id, dict(manifest.counts)
                result = _merge_opened(desk, session, opened, path, progress)
            except Unauthorised as exc:
                raise _Refused(exc, unauthorised=True) from None
            except ExchangeError as exc:
                raise _Refused(exc) from None
            except AgeError as exc:
                age_message = str(exc)  # the age layer's own words, not translated
                raise _Refused(ExchangeError(age_message)) from None
            except IntegrityError:
                raise _Refused(
                    ExchangeError(
                        "the records clash with records here (a duplicate number or code, or a "
                        "reference to a record this node does not hold)"
                    )
                ) from None
            if mode != "import" or result.outcome == ALREADY:
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
                outcome=REFUSED,
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
                at=_aware(desk),
            )


def import_bundle(desk: Desk, path: Path, *, progress: Progress | None = None) -> ImportResult:
    """Verify and merge one bundle in one transaction, or refuse it and change nothing."""
    _require_editor(desk)
    return _process(desk, path, "import", progress)


def preview_bundle(desk: Desk, path: Path) -> ImportResult:
    """Everything import does, then roll back: the merge report of what it would change."""
    _require_editor(desk)
    return _process(desk, path, "preview")


def verify_bundle(desk: Desk, path: Path) -> VerifyResult:
    """Check a bundle completely (decryption, signature, hashes, rights) and change nothing."""
    result = _process(desk, path, "preview")
    ok = result.outcome != REFUSED
    if not result.sha256:
        result.sha256, result.size = _file_sha256(Path(path))
    return VerifyResult(
        path=result.path,
        ok=ok,
        outcome="ok" if result.outcome == MERGED else result.outcome,
        reason=result.reason,
        sender=result.sender,
        sequence=result.sequence,
        bundle_id=result.bundle_id,
        sha256=result.sha256,
        size=result.size,
        counts=result.counts,
    )


def bundle_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob(f"*{BUNDLE_SUFFIX}") if p.is_file()))
        else:
            files.append(path)
    return files


def _peek(desk: Desk, path: Path) -> tuple[str, int] | None:
    """(sender, sequence) from the manifest, to order the imports; None if unreadable."""
    try:
        with path.open("rb") as src, desk.reading() as session:
            opened = _open(desk, session, src)
            return opened.manifest.sender_code, opened.manifest.sequence
    except (OSError, ExchangeError, AgeError):
        return None


def import_paths(desk: Desk, paths: list[Path]) -> list[ImportResult]:
    """Import files and folders' bundles, each sender's in sequence order."""
    _require_editor(desk)
    files = bundle_files(paths)
    keyed = [(_peek(desk, path), index, path) for index, path in enumerate(files)]
    readable = sorted((key, index, path) for key, index, path in keyed if key is not None)
    unreadable = [path for key, _index, path in keyed if key is None]
    ordered = [path for _key, _index, path in readable] + unreadable
    return [import_bundle(desk, path) for path in ordered]


# --- Log and conflicts ------------------------------------------------------------------------


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
                outcome=row.outcome,
                reason=row.reason,
                at=row.at,
                digest_match=row.digest_match,
                acked=row.acked,
                receipt_digest_match=row.receipt_digest_match,
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
        local_author=_stamp_node(conflict.local_stamp),
        remote_value=json.loads(conflict.remote_value),
        remote_author=_stamp_node(conflict.remote_stamp),
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


def _matches(stored: str, wanted: Any) -> bool:
    value = json.loads(stored)
    if wanted == value:
        return True
    return isinstance(wanted, str) and (wanted == stored or wanted == str(value))


def resolve_conflict(desk: Desk, conflict_id: int, keep_value: Any) -> None:
    """Keep one of the two values; if it is not the current one it is written as a new edit."""
    _require_editor(desk)
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
            at=_aware(desk),
        )
