"""Attachments: content stored encrypted inside the store in chunks, addressed by SHA-256.

Files of hundreds of MB never sit in memory whole: they are hashed and written chunk by chunk,
and read back the same way.
"""

from __future__ import annotations

import hashlib
import mimetypes
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from desktop_app.core import lookup
from desktop_app.core.models import (
    MODEL_BY_KIND,
    Attachment,
    Blob,
    BlobChunk,
    Finding,
    Inspection,
    InspectionNote,
    Measure,
    ProgressReport,
    Synced,
)
from desktop_app.errors import NotFound, PermissionDenied, ValidationError
from desktop_app.store.atomic import atomic_open

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

CHUNK_SIZE = 1 << 20
MAX_NAME = 255
# The right needed to attach evidence to each kind of record.
ATTACH_RIGHTS: dict[str, tuple[str, ...]] = {
    Measure.KIND: ("plan",),
    ProgressReport.KIND: ("report_progress",),
    Finding.KIND: ("respond_finding", "inspect"),
    Inspection.KIND: ("inspect",),
    InspectionNote.KIND: ("inspect",),
}


def safe_file_name(name: str) -> str:
    """A plain file name: no path separators, no control characters, not empty."""
    if (
        not name
        or len(name) > MAX_NAME
        or name in (".", "..")
        or any(char in name for char in "/\\\0")
        or any(ord(char) < 32 or ord(char) == 127 for char in name)
    ):
        raise ValidationError(f"not an acceptable file name: {name!r}", "file_name")
    return name


def _read_chunk(source: BinaryIO, size: int) -> bytes:
    """``size`` bytes, fewer only at the end: a stream may return short reads, and every
    stored chunk is full so that a blob has as few rows as possible."""
    data = source.read(size)
    if len(data) in (0, size):
        return data
    parts = [data]
    got = len(data)
    while got < size and (more := source.read(size - got)):
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def _write_chunks(session: Session, source: BinaryIO, key: str) -> tuple[str, int, int]:
    """Copy a stream into chunks under ``key``; return (its SHA-256, size, chunk count)."""
    digest = hashlib.sha256()
    session.execute(insert(Blob), {"sha256": key, "size": 0, "chunk_count": 0})
    chunks = insert(cast(Table, BlobChunk.__table__))  # Core: no ORM work per chunk
    size = seq = 0
    while chunk := _read_chunk(source, CHUNK_SIZE):
        digest.update(chunk)
        session.execute(chunks, {"sha256": key, "seq": seq, "data": chunk})
        size += len(chunk)
        seq += 1
    return digest.hexdigest(), size, seq


def store_blob(session: Session, source: BinaryIO, expected_sha256: str | None = None) -> Blob:
    """Copy a stream into the store chunk by chunk; returns its blob (shared if already there).

    The hash is known only at the end, so chunks are staged under a provisional key and renamed
    in one UPDATE. Core statements, not ORM objects, keep memory flat for large files. With
    ``expected_sha256`` (a bundle's attachment part) new content goes straight under that key,
    which halves the writes; a mismatch then raises with rows written: the caller rolls back.
    """
    direct = bool(expected_sha256) and session.get(Blob, expected_sha256) is None
    key = expected_sha256 if direct and expected_sha256 else f"partial-{uuid.uuid4().hex}"
    sha256, size, seq = _write_chunks(session, source, key)
    if expected_sha256 and sha256 != expected_sha256:
        raise ValidationError("attachment content does not match its SHA-256", "sha256")
    if direct:
        session.execute(update(Blob).where(Blob.sha256 == key).values(size=size, chunk_count=seq))
        blob = session.get(Blob, key, populate_existing=True)
        assert blob is not None
        return blob
    blob = session.get(Blob, sha256)
    if blob is None:
        blob = Blob(sha256=sha256, size=size, chunk_count=seq)
        session.add(blob)
        session.flush()
        session.execute(update(BlobChunk).where(BlobChunk.sha256 == key).values(sha256=sha256))
    else:
        session.execute(delete(BlobChunk).where(BlobChunk.sha256 == key))
    session.execute(delete(Blob).where(Blob.sha256 == key))
    return blob


def blob_chunks(session: Session, sha256: str) -> Iterator[bytes]:
    blob = session.get(Blob, sha256)
    if blob is None:
        raise NotFound(f"no attachment content with SHA-256 {sha256}")
    table = cast(Table, BlobChunk.__table__)
    # One query stepped row by row: a blob of 2 GB never sits in memory.
    rows = session.connection().execute(
        select(table.c.seq, table.c.data).where(table.c.sha256 == sha256).order_by(table.c.seq)
    )
    expected = 0
    for seq, data in rows:
        if seq != expected:
            break
        yield data
        expected += 1
    if expected != blob.chunk_count:
        raise NotFound(f"attachment content {sha256} is incomplete")


def resolve_record(session: Session, ref: str) -> Synced:
    """A record of any attachable kind, by id or natural key."""
    natural: tuple[type[Synced], ...] = (Measure, Inspection)
    for model in natural:
        try:
            return lookup.get(session, model, ref)
        except NotFound:
            pass
    if "#" in ref:
        return lookup.find_finding(session, ref)
    for model in MODEL_BY_KIND.values():
        record = session.get(model, ref)
        if record is not None and not record.deleted:
            return record
    raise NotFound(f"no record {ref!r}")


class AttachmentService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def attach(self, record_ref: str, path: Path, file_name: str | None = None) -> Attachment:
        name = safe_file_name(file_name or path.name)
        try:
            source = path.open("rb")
        except OSError as error:
            raise ValidationError(f"cannot read {path}: {error.strerror}", "file") from None
        with source:
            return self.attach_stream(record_ref, source, name)

    def attach_stream(self, record_ref: str, source: BinaryIO, file_name: str) -> Attachment:
        """Attach content read from a stream, so content made in memory never touches the disk."""
        name = safe_file_name(file_name)
        with self.desk.transaction() as session:
            record = resolve_record(session, record_ref)
            rights = ATTACH_RIGHTS.get(record.KIND)
            if rights is None:
                raise ValidationError(f"files cannot be attached to a {record.KIND}", "record")
            if not any(self.desk.access.can(right) for right in rights):
                self.desk.access.require(rights[0])
                raise PermissionDenied(f"cannot attach files to this {record.KIND}")
            blob = store_blob(session, source)
            return self.desk.recorder.create(
                session,
                Attachment,
                record_kind=record.KIND,
                record_id=record.id,
                file_name=name,
                media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
                size=blob.size,
                sha256=blob.sha256,
                added_by=self.desk.user,
            )

    def for_record(self, record_id: str) -> list[Attachment]:
        with self.desk.reading() as session:
            return list(
                session.scalars(
                    select(Attachment)
                    .where(Attachment.record_id == record_id, Attachment.deleted.is_(False))
                    .order_by(Attachment.file_name)
                )
            )

    def save_copy(self, sha256: str, out: Path) -> int:
        """Write attachment content to ``out`` atomically; returns the size."""
        size = 0
        with self.desk.reading() as session:
            if session.get(Blob, sha256) is None:
                raise NotFound(f"no attachment content with SHA-256 {sha256}")
            with atomic_open(out) as target:
                for chunk in blob_chunks(session, sha256):
                    target.write(chunk)
                    size += len(chunk)
        return size

    def remove(self, attachment_id: str) -> None:
        with self.desk.transaction() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None or attachment.deleted:
                raise NotFound(f"no attachment {attachment_id!r}")
            record = MODEL_BY_KIND[attachment.record_kind]
            rights = ATTACH_RIGHTS.get(record.KIND, ("plan",))
            if not any(self.desk.access.can(right) for right in rights):
                self.desk.access.require(rights[0])
            self.desk.recorder.delete(session, attachment)
