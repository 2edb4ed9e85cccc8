"""The bundle container inside the age payload, the manifest, and the record encoding.

See docs/bundle-format.md. The age payload holds a 16-byte magic line and then frames, each a
one-byte type, an 8-byte big-endian length and the body:

    M manifest (JSON)   S Ed25519 signature   R records part   A attachment part   E end

in the order M, S, the parts exactly as the manifest lists them, E (length 0), then nothing.
Every limit is checked before anything is buffered, so a hostile bundle cannot exhaust memory.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Text

from desktop_app.core.attachments import safe_file_name
from desktop_app.core.due import DueKind, DueSummary, require_within
from desktop_app.core.hlc import WALL_DIGITS
from desktop_app.core.models import MODEL_BY_KIND, SYNCED_MODELS, Attachment, Synced
from desktop_app.core.validation import require_code
from desktop_app.errors import ExchangeError, ValidationError
from desktop_app.exchange import boundedjson
from desktop_app.store import jsontext

MAGIC = b"infosec-desk/b1\n"
FORMAT_VERSION = 1
SUITE = "age-x25519/ed25519/sha256"
SIGNATURE_CONTEXT = b"infosec-desk bundle v1\x00"

FRAME_MANIFEST = b"M"
FRAME_SIGNATURE = b"S"
FRAME_RECORDS = b"R"
FRAME_ATTACHMENT = b"A"
FRAME_END = b"E"
FRAME_HEADER = 9
SIGNATURE_SIZE = 64

MAX_MANIFEST = 4 * 1024 * 1024
MAX_RECORDS_PART = 16 * 1024 * 1024
RECORDS_PART_TARGET = 4 * 1024 * 1024  # the writer starts a new part past this
MAX_ATTACHMENT = 64 * 1024**3
MAX_PARTS = 100_000
MAX_RECEIPTS = 64
MAX_ROTATIONS = 64
MAX_DUE_ITEMS = 5_000
MAX_DUE_REF = 80
MAX_TEXT_FIELD = 100_000
MAX_JSON_FIELD = 100_000
MAX_ID = 36
# Exact in every JSON reader, and far from SQLite's limit for the sequence arithmetic.
MAX_SEQUENCE = 2**53 - 1

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_ID = re.compile(r"^[A-Za-z0-9-]{1,36}$")
# ASCII digits only: int() would also take " 123", "+123", "1_23" or Arabic-Indic digits, whose
# strings sort apart from the numbers they stand for and so would win every merge.
# wall ms, counter, node code (validation.require_code's pattern): one match per stamp, as a
# bundle holds about one stamp per record.
_STAMP = re.compile(r"[0-9]{13}\.[0-9]{5}\.\w[\w.-]{0,31}")
# Year 2255: a stamp from further on would let the receiver's clock run out of its 13 digits.
MAX_WALL_MS = 9_000_000_000_000
_MAX_WALL = f"{MAX_WALL_MS:0{WALL_DIGITS}d}"  # as a stamp begins: compared as text, no int()


class ByteSource(Protocol):
    def read(self, size: int = -1, /) -> bytes | memoryview: ...


def refuse(template: str, /, **params: object) -> ExchangeError:
    return ExchangeError(template, **params)


# --- Frames -----------------------------------------------------------------------------------


def frame_header(kind: bytes, length: int) -> bytes:
    return kind + length.to_bytes(8, "big")


class FrameReader:
    """Reads the frames of a decrypted payload, enforcing order-independent limits."""

    def __init__(self, src: ByteSource) -> None:
        self._src = src

    def read_exact(self, size: int) -> bytes:
        parts = []
        remaining = size
        while remaining:
            chunk = self._src.read(min(remaining, 1 << 20))
            if not chunk:
                raise refuse("truncated bundle: it ends inside a part")
            parts.append(chunk)
            remaining -= len(chunk)
        return b"".join(parts)

    def magic(self) -> None:
        if self.read_exact(len(MAGIC)) != MAGIC:
            raise refuse("not an InfoSec Desk bundle (or an unknown container version)")

    def header(self) -> tuple[bytes, int]:
        head = self.read_exact(FRAME_HEADER)
        return head[:1], int.from_bytes(head[1:], "big")

    def expect(self, kind: bytes, limit: int, what: str) -> bytes:
        got, length = self.header()
        if got != kind:
            raise refuse("malformed bundle: expected the {what}", what=what)
        if length > limit:
            raise refuse("malformed bundle: the {what} is larger than allowed", what=what)
        return self.read_exact(length)

    def body_stream(self, length: int, hashed: bool = True) -> BoundedReader:
        return BoundedReader(self._src, length, hashed)

    def end(self) -> None:
        kind, length = self.header()
        if kind != FRAME_END or length != 0:
            raise refuse("the bundle holds more content than its manifest declares")
        if self._src.read(1):
            raise refuse("the bundle holds more content than its manifest declares")


class BoundedReader:
    """Exactly ``size`` bytes of the underlying stream, hashed on the way through unless the
    consumer hashes them itself (``hashed=False``)."""

    def __init__(self, src: ByteSource, size: int, hashed: bool = True) -> None:
        self._src = src
        self.remaining = size
        self.digest = hashlib.sha256()
        self._hashed = hashed

    def read(self, size: int = -1) -> bytes | memoryview:
        if self.remaining == 0:
            return b""
        want = self.remaining if size is None or size < 0 else min(size, self.remaining)
        data = self._src.read(want)
        if not data:
            raise refuse("truncated bundle: it ends inside an attachment")
        self.remaining -= len(data)
        if self._hashed:
            self.digest.update(data)
        return data


# --- Manifest ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    type: str  # "records" | "attachment"
    size: int
    sha256: str
    records: int = 0

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": self.type, "size": self.size, "sha256": self.sha256}
        if self.type == "records":
            data["records"] = self.records
        return data


@dataclass(frozen=True)
class Receipt:
    sequence: int
    bundle_id: str
    sha256: str
    digest_match: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "bundle_id": self.bundle_id,
            "sha256": self.sha256,
            "digest_match": self.digest_match,
        }


@dataclass
class Manifest:
    bundle_id: str
    created_at: str
    sender_code: str
    sender_role: str
    sender_key: str
    recipient_code: str
    recipient_key: str
    sequence: int
    prev_sha256: str
    hlc_from: str
    hlc_to: str
    full: bool
    counts: dict[str, int]
    parts: list[Part]
    audit_head: str
    state_digest: str
    receipts: list[Receipt] = field(default_factory=list)
    rotations: list[Any] = field(default_factory=list)
    # The sender's audit log: its entries, and the hashes of those from entry ``audit_base``
    # (the count in the newest bundle the recipient acknowledged; at least 1) on, so the
    # recipient can check that the log grew from what it saw before without seeing any entry.
    # 0 in older bundles.
    audit_count: int = 0
    audit_base: int = 0
    audit_since: list[str] = field(default_factory=list)
    # The coordinator's due list for the recipient institution (None: not an institution's).
    due: DueSummary | None = None
    format: int = FORMAT_VERSION
    suite: str = SUITE

    def to_bytes(self) -> bytes:
        data = {
            "format": self.format,
            "suite": self.suite,
            "bundle_id": self.bundle_id,
            "created_at": self.created_at,
            "sender": {"code": self.sender_code, "role": self.sender_role, "key": self.sender_key},
            "recipient": {"code": self.recipient_code, "key": self.recipient_key},
            "sequence": self.sequence,
            "prev_sha256": self.prev_sha256,
            "hlc": {"from": self.hlc_from, "to": self.hlc_to},
            "full": self.full,
            "counts": self.counts,
            "parts": [part.as_dict() for part in self.parts],
            "audit_head": self.audit_head,
            "state_digest": self.state_digest,
            "receipts": [receipt.as_dict() for receipt in self.receipts],
            "rotations": self.rotations,
        }
        if self.audit_count:
            data["audit_log"] = {
                "count": self.audit_count,
                "base": self.audit_base,
                "since": self.audit_since,
            }
        if self.due is not None:
            data["due"] = {
                "as_of": self.due.as_of.isoformat(),
                "within": self.due.within,
                "items": [
                    [kind, ref, due.isoformat() if due else "", overdue]
                    for kind, ref, due, overdue in self.due.items
                ],
            }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _get(data: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise refuse("malformed manifest: bad or missing {key}", key=key)
    return value


def _hex64(value: Any, what: str, empty: bool = False) -> str:
    if not isinstance(value, str) or not (_HEX64.match(value) or (empty and value == "")):
        raise refuse("malformed manifest: bad {what}", what=what)
    return value


def _sequence(data: dict[str, Any]) -> int:
    sequence: int = _get(data, "sequence", int)
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise refuse("malformed manifest: bad sequence number")
    return sequence


def _stamp_or_empty(value: Any, what: str) -> str:
    if value == "":
        return ""
    return check_stamp(value, f"manifest {what}")


def _part(item: Any) -> Part:
    if not isinstance(item, dict) or item.get("type") not in ("records", "attachment"):
        raise refuse("malformed manifest: bad part")
    size = _get(item, "size", int)
    limit = MAX_RECORDS_PART if item["type"] == "records" else MAX_ATTACHMENT
    if not 0 <= size <= limit:
        raise refuse("oversize part declared in the manifest")
    records = _get(item, "records", int) if item["type"] == "records" else 0
    return Part(item["type"], size, _hex64(item.get("sha256"), "part hash"), records)


def _receipt(item: Any) -> Receipt:
    if not isinstance(item, dict):
        raise refuse("malformed manifest: bad receipt")
    return Receipt(
        sequence=_sequence(item),
        bundle_id=check_id(item.get("bundle_id"), "receipt"),
        sha256=_hex64(item.get("sha256"), "receipt hash"),
        digest_match=_get(item, "digest_match", bool),
    )


def parse_manifest(raw: bytes) -> Manifest:
    """Parse and bound-check a manifest; unknown versions and suites are refused first."""
    try:
        data = boundedjson.loads(raw)
    except boundedjson.JsonRefused as exc:
        raise refuse("malformed manifest: {reason}", reason=exc) from None
    if not isinstance(data, dict):
        raise refuse("malformed manifest: not an object")
    try:
        json.dumps(data, ensure_ascii=False).encode()
    except ValueError:  # a lone surrogate from an escape: no text field may hold one
        raise refuse("malformed manifest: invalid text") from None
    version = data.get("format")
    if type(version) is not int or version != FORMAT_VERSION:  # not true, not 1.0
        raise refuse(
            "unsupported bundle format version {version}: this release reads version "
            "{FORMAT_VERSION}; update InfoSec Desk",
            version=repr(version)[:40],
            FORMAT_VERSION=FORMAT_VERSION,
        )
    if data.get("suite") != SUITE:
        raise refuse(
            'unknown cipher suite "{get}": update InfoSec Desk', get=str(data.get("suite"))[:40]
        )
    sender = _get(data, "sender", dict)
    recipient = _get(data, "recipient", dict)
    hlc = _get(data, "hlc", dict)
    counts = _get(data, "counts", dict)
    parts_raw = _get(data, "parts", list)
    receipts_raw = _get(data, "receipts", list)
    rotations = _get(data, "rotations", list)
    if len(parts_raw) > MAX_PARTS or len(receipts_raw) > MAX_RECEIPTS:
        raise refuse("malformed manifest: too many parts or receipts")
    if len(rotations) > MAX_ROTATIONS:
        raise refuse("malformed manifest: too many key rotations")
    if not all(
        isinstance(k, str) and type(v) is int and v >= 0  # not a bool
        for k, v in counts.items()
    ):
        raise refuse("malformed manifest: bad counts")
    parts = [_part(item) for item in parts_raw]
    receipts = [_receipt(item) for item in receipts_raw]
    sequence = _sequence(data)
    try:
        sender_code = require_code(_get(sender, "code", str), "sender")
        recipient_code = require_code(_get(recipient, "code", str), "recipient")
    except ValidationError:
        raise refuse("malformed manifest: bad node code") from None
    return Manifest(
        bundle_id=check_id(data.get("bundle_id"), "bundle"),
        created_at=_get(data, "created_at", str)[:40],
        sender_code=sender_code,
        sender_role=_get(sender, "role", str)[:16],
        sender_key=_get(sender, "key", str)[:64],
        recipient_code=recipient_code,
        recipient_key=_get(recipient, "key", str)[:64],
        sequence=sequence,
        prev_sha256=_hex64(data.get("prev_sha256"), "previous bundle hash", empty=True),
        hlc_from=_stamp_or_empty(hlc.get("from"), "HLC range"),
        hlc_to=_stamp_or_empty(hlc.get("to"), "HLC range"),
        full=_get(data, "full", bool),
        counts=counts,
        parts=parts,
        audit_head=_hex64(data.get("audit_head"), "audit head"),
        state_digest=_hex64(data.get("state_digest"), "state digest"),
        receipts=receipts,
        rotations=rotations,
        **_audit_log(data),
        due=_due(data.get("due")),
    )


def _due_date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise ValueError
    return dt.date.fromisoformat(value)


def _due(value: Any) -> DueSummary | None:
    """The optional ``due`` object: the recipient's due list, bounded and typed."""
    if value is None:
        return None
    try:
        if not isinstance(value, dict) or not isinstance(value.get("items"), list):
            raise ValueError
        if len(value["items"]) > MAX_DUE_ITEMS or type(value.get("within")) is not int:
            raise ValueError
        items = []
        for item in value["items"]:
            kind, ref, due, overdue = item
            if kind not in DueKind.ALL or not isinstance(ref, str) or len(ref) > MAX_DUE_REF:
                raise ValueError
            if not ref.isprintable() or type(overdue) is not bool:
                raise ValueError
            items.append((kind, ref, _due_date(due) if due else None, overdue))
        return DueSummary(
            _due_date(value.get("as_of")), require_within(value["within"]), tuple(items)
        )
    except (ValueError, TypeError, ValidationError):
        raise refuse("malformed manifest: bad due list") from None


def _audit_log(data: dict[str, Any]) -> dict[str, Any]:
    """The optional ``audit_log`` object: counts that add up, hashes ending at the head."""
    log = data.get("audit_log")
    if log is None:
        return {}
    if not isinstance(log, dict):
        raise refuse("malformed manifest: bad audit log")
    count, base, since = _get(log, "count", int), _get(log, "base", int), _get(log, "since", list)
    hashes = [_hex64(value, "audit log hash") for value in since]
    if not 0 <= base <= count or len(hashes) != count - max(base, 1) + 1:
        raise refuse("malformed manifest: the audit log's counts do not add up")
    if hashes and hashes[-1] != data.get("audit_head"):
        raise refuse("malformed manifest: the audit log does not end at the audit head")
    return {"audit_count": count, "audit_base": base, "audit_since": hashes}


# --- Records ----------------------------------------------------------------------------------


def check_id(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise refuse("malformed {what} id", what=what)
    return value


def check_stamp(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _STAMP.fullmatch(value):
        raise refuse("malformed clock stamp in {what}", what=what)
    if value[:WALL_DIGITS] >= _MAX_WALL:  # inclusive: the ceiling itself is out of range
        raise refuse("clock stamp too far in the future in {what}", what=what)
    return value


Decoder = Callable[[Any], Any]


def _text_decoder(limit: int, *, escaped: bool = True) -> Decoder:
    """``escaped``: the line holds a ``\\u`` escape, the only way JSON text can carry a NUL or a
    lone surrogate (raw control characters are refused by the parser, and the line was UTF-8)."""

    def decode(value: Any) -> Any:
        if not isinstance(value, str):
            raise TypeError
        if len(value) > limit:
            raise OverflowError
        if escaped:
            if "\0" in value:
                raise ValueError
            value.encode()  # a lone surrogate (from "\\ud800") cannot be stored: ValueError
        return value

    return decode


def _int(value: Any) -> Any:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError
    if abs(value) >= 1 << 63:
        raise OverflowError
    return value


def _float(value: Any) -> Any:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise TypeError
    if not math.isfinite(value):
        raise ValueError
    return float(value) + 0.0  # -0.0 becomes 0.0, as SQLite would store it


def _bool(value: Any) -> Any:
    if not isinstance(value, bool):
        raise TypeError
    return value


def _date(value: Any) -> Any:
    if not isinstance(value, str) or len(value) != 10:
        raise TypeError
    return dt.date.fromisoformat(value)


def _datetime(value: Any) -> Any:
    if not isinstance(value, str) or len(value) > 32:
        raise TypeError
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        raise ValueError
    return moment


def _json(value: Any) -> Any:
    if not isinstance(value, (list, dict)):
        raise TypeError
    if not value:  # most are: an answer without evidence
        return value
    text = json.dumps(value, ensure_ascii=False)
    if len(text) > MAX_JSON_FIELD:
        raise OverflowError
    text.encode()  # no lone surrogates: ValueError
    return value


def _decoder(column: Any, *, escaped: bool = True) -> Decoder:
    kind = column.type
    if isinstance(kind, String) and not isinstance(kind, Text) and kind.length:
        base = _text_decoder(kind.length, escaped=escaped)
    elif isinstance(kind, (Text, String)):
        base = _text_decoder(MAX_TEXT_FIELD, escaped=escaped)
    elif isinstance(kind, Boolean):
        base = _bool
    elif isinstance(kind, Integer):
        base = _int
    elif isinstance(kind, Float):
        base = _float
    elif isinstance(kind, DateTime):
        base = _datetime
    elif isinstance(kind, Date):
        base = _date
    elif isinstance(kind, JSON):
        base = _json
    else:  # a new column type must get a decoder before it can travel
        raise TypeError(f"no bundle decoder for {kind!r}")
    if not column.nullable:
        return base

    def nullable(value: Any) -> Any:
        return None if value is None else base(value)

    return nullable


class Incoming(NamedTuple):
    """One record as it arrived: typed field values and their stamps (a tuple: a bundle makes
    one per record, and a frozen dataclass costs several times more to make)."""

    kind: str
    id: str
    origin: str
    fields: dict[str, Any]
    versions: dict[str, str]


GOOD_STAMPS_KEPT = 10_000
_LINE_KEYS = frozenset({"kind", "record"})


class RecordCodec:
    """Turns records into bundle lines and back, checking every field against the model."""

    def __init__(self) -> None:
        self._fields: dict[str, list[tuple[str, Decoder]]] = {}
        self._unescaped: dict[str, list[tuple[str, Decoder]]] = {}  # for lines without "\\u"
        for model in SYNCED_MODELS:
            columns = model.__table__.columns
            for decoders, escaped in ((self._fields, True), (self._unescaped, False)):
                decoders[model.KIND] = [
                    (name, _decoder(columns[name], escaped=escaped)) for name in model.sync_fields()
                ]
        self._names = {
            kind: frozenset(n for n, _ in fields) for kind, fields in self._fields.items()
        }
        self._keys = {kind: names | Synced.BOOKKEEPING for kind, names in self._names.items()}
        self._good_stamps: set[str] = set()
        # Each origin as given -> as checked: a bundle names few, and most of its records one.
        self._good_origins: dict[str, str] = {}

    def decode_field(self, kind: str, name: str, value: Any) -> Any:
        """One field's value from its JSON form (as kept in a conflict)."""
        decode = dict(self._fields[kind])[name]
        return decode(value)

    def decode_line(self, line: bytes) -> Incoming:
        try:
            data = boundedjson.loads(line)
        except boundedjson.JsonRefused as exc:
            raise refuse("malformed record in the bundle: {reason}", reason=exc) from None
        # Key views compare with sets without building one.
        if not isinstance(data, dict) or data.keys() != _LINE_KEYS:
            raise refuse("malformed record in the bundle")
        kind, record = data["kind"], data["record"]
        if not isinstance(kind, str) or kind not in self._fields or not isinstance(record, dict):
            raise refuse(
                'malformed record in the bundle: unknown kind "{kind}"', kind=str(kind)[:24]
            )
        if record.keys() != self._keys[kind]:
            raise refuse("malformed {kind} record in the bundle: wrong fields", kind=kind)
        record_id = check_id(record["id"], kind)
        origin = self._origin(kind, record["origin"])
        versions = record["versions"]
        if not isinstance(versions, dict) or versions.keys() != self._names[kind]:
            raise refuse("malformed {kind} record in the bundle: bad clock stamps", kind=kind)
        self._check_stamps(kind, versions.values())
        fields = self._decode_fields(
            kind, record, self._fields if b"\\u" in line else self._unescaped
        )
        if kind == Attachment.KIND:
            # A file name is refused as soon as it is read, held here already or not (the rule
            # book's check); every other value is the rule book's, asked at merge.
            try:
                safe_file_name(fields["file_name"])
            except ValidationError:
                raise refuse("bad attachment file name in the bundle") from None
            if not _HEX64.match(fields["sha256"]) or fields["size"] < 0:
                raise refuse("malformed attachment record in the bundle")
        return Incoming(kind, record_id, origin, fields, versions)

    def _check_stamps(self, kind: str, stamps: Iterable[Any]) -> None:
        # A bundle repeats few distinct stamps (one per edit), so each is checked once; a
        # record's own stamps are mostly one (its fields made in one edit).
        try:
            fresh = set(stamps).difference(self._good_stamps)
        except TypeError:  # a list among the stamps: unhashable
            raise refuse("malformed clock stamp in {what}", what=f"a {kind} record") from None
        for stamp in fresh:
            check_stamp(stamp, f"a {kind} record")
            if len(self._good_stamps) >= GOOD_STAMPS_KEPT:  # a stamp per record: bounded
                self._good_stamps.clear()
            self._good_stamps.add(stamp)

    def _decode_fields(
        self, kind: str, record: dict[str, Any], decoders: dict[str, list[tuple[str, Decoder]]]
    ) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        for name, decode in decoders[kind]:
            try:
                fields[name] = decode(record[name])
            except OverflowError:
                raise refuse(
                    "oversize field {kind}.{name} in the bundle", kind=kind, name=name
                ) from None
            except (TypeError, ValueError):
                raise refuse(
                    "malformed field {kind}.{name} in the bundle", kind=kind, name=name
                ) from None
        return fields

    def _origin(self, kind: str, given: Any) -> str:
        checked = self._good_origins.get(given) if isinstance(given, str) else None
        if checked is not None:
            return checked
        try:
            checked = require_code(given, "origin")
        except (ValidationError, AttributeError):
            raise refuse("malformed {kind} record in the bundle: bad origin", kind=kind) from None
        if len(self._good_origins) >= GOOD_STAMPS_KEPT:  # an origin per record: bounded too
            self._good_origins.clear()
        self._good_origins[given] = checked
        return checked


# One encoder for every line: every export and every merged record's hash encode lines.
_LINE_ENCODER = jsontext.encoder(ensure_ascii=False, sort_keys=True)


def encode_record(data: dict[str, Any], kind: str) -> bytes:
    """A bundle line from ``core.dump.record_dict`` output."""
    return _LINE_ENCODER({"kind": kind, "record": data}).encode() + b"\n"


def split_lines(part: bytes) -> Iterator[bytes]:
    if part and not part.endswith(b"\n"):
        raise refuse("malformed records part: the last line is not terminated")
    start = 0
    while start < len(part):
        end = part.index(b"\n", start)
        yield part[start:end]
        start = end + 1


def model_of(kind: str) -> type[Synced]:
    return MODEL_BY_KIND[kind]
