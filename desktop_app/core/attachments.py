"""Attachments: records naming a file, whose content is a blob addressed by SHA-256.

The content is an encrypted file beside the store (``store.blobfiles``); files of hundreds of
MB never sit in memory whole: they are hashed and written piece by piece, and read back so.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core import lookup
from desktop_app.core.access import Right
from desktop_app.core.models import (
    MODEL_BY_KIND,
    Attachment,
    Blob,
    Inspection,
    Measure,
    Synced,
)
from desktop_app.core.rules import ATTACH_RIGHTS
from desktop_app.core.rules.fields import file_name
from desktop_app.errors import NotFound, PermissionDenied, Term, ValidationError
from desktop_app.store import blobfiles
from desktop_app.store.atomic import atomic_open

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk


def safe_file_name(name: str) -> str:
    """A plain file name (the rule book's): no path separators, no control or direction-override
    characters, not empty."""
    file_name(name, "file_name")
    return name


def store_blob(session: Session, source: BinaryIO, expected_sha256: str | None = None) -> Blob:
    """Copy a stream into a new blob file; returns its blob (the one held already, if any).

    Content is hashed as it is written, so a file of any size is read once. With
    ``expected_sha256`` (a bundle's attachment part) a mismatch raises and leaves nothing.
    The file is removed again if the session's transaction rolls back.
    """
    folder = blobfiles.folder_for(session)
    stored = folder.write(source)
    blobfiles.track(session, folder, stored)
    if expected_sha256 and stored.sha256 != expected_sha256:
        folder.discard([stored.name])
        raise ValidationError("attachment content does not match its SHA-256", "sha256")
    held = session.get(Blob, stored.sha256)
    if held is not None:
        folder.discard([stored.name])
        return held
    blob = Blob(
        sha256=stored.sha256, size=stored.size, file_name=stored.name, file_identity=stored.identity
    )
    session.add(blob)
    session.flush()
    return blob


def blob_chunks(session: Session, sha256: str) -> Iterator[memoryview]:
    """The content of a blob in pieces; a 2 GB file never sits in memory."""
    blob = session.get(Blob, sha256)
    if blob is None:
        raise NotFound("no attachment content with SHA-256 {sha256}", sha256=sha256)
    yield from blobfiles.folder_for(session).chunks(blob.file_name, blob.file_identity)


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
    raise NotFound('no record "{ref}"', ref=ref)


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as error:
        raise ValidationError(
            "cannot read {path}: {strerror}", "file", path=path, strerror=error.strerror
        ) from None


class AttachmentService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def attach(self, record_ref: str, path: Path, file_name: str | None = None) -> Attachment:
        name = safe_file_name(file_name or path.name)
        with _open(path) as source:
            return self.attach_stream(record_ref, source, name)

    def attach_stream(self, record_ref: str, source: BinaryIO, file_name: str) -> Attachment:
        """Attach content read from a stream, so content made in memory never touches the disk."""
        name = safe_file_name(file_name)
        with self.desk.transaction() as session:
            return self.attach_in(session, resolve_record(session, record_ref), source, name)

    def attach_files(self, session: Session, record: Synced, paths: Sequence[Path]) -> list[str]:
        """Attach files within a caller's transaction (evidence given with a finding's answer
        or verification): all of them with it, or none. Returns the attachment ids."""
        ids = []
        for path in paths:
            name = safe_file_name(path.name)
            with _open(path) as source:
                ids.append(self.attach_in(session, record, source, name).id)
        return ids

    def attach_in(
        self, session: Session, record: Synced, source: BinaryIO, name: str
    ) -> Attachment:
        rights = ATTACH_RIGHTS.get(record.KIND)
        if rights is None:
            raise ValidationError(
                "files cannot be attached to this record ({kind})",
                "record",
                kind=Term(record.KIND),
            )
        if not any(self.desk.access.can(right) for right in rights):
            self.desk.access.require(rights[0])
            raise PermissionDenied(
                "cannot attach files to this record ({kind})", kind=Term(record.KIND)
            )
        blob = store_blob(session, source)
        twin = session.scalar(
            select(Attachment.file_name).where(
                Attachment.record_id == record.id,
                Attachment.sha256 == blob.sha256,
                Attachment.deleted.is_(False),
            )
        )
        if twin is not None:
            raise ValidationError(
                'this file is already attached here, as "{file}"', "file", file=twin
            )
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

    def for_record(self, record_ref: str) -> list[Attachment]:
        with self.desk.reading() as session:
            record_id = resolve_record(session, record_ref).id
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
                raise NotFound("no attachment content with SHA-256 {sha256}", sha256=sha256)
            with atomic_open(out) as target:
                for chunk in blob_chunks(session, sha256):
                    target.write(chunk)
                    size += len(chunk)
        return size

    def read(self, sha256: str, limit: int) -> bytes:
        """Attachment content in memory, for a preview that leaves no file behind; content
        larger than ``limit`` bytes is refused (save a copy instead)."""
        parts: list[bytes] = []
        with self.desk.reading() as session:
            blob = session.get(Blob, sha256)
            if blob is None:
                raise NotFound("no attachment content with SHA-256 {sha256}", sha256=sha256)
            if blob.size > limit:
                raise ValidationError(
                    "the file is too large to show here ({size} bytes); save a copy", size=blob.size
                )
            for chunk in blob_chunks(session, sha256):
                parts.append(bytes(chunk))
        return b"".join(parts)

    def remove(self, attachment_id: str) -> None:
        """Only the node that added a file may remove it (the rule book, asked on writing)."""
        with self.desk.transaction() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None or attachment.deleted:
                raise NotFound('no attachment "{attachment_id}"', attachment_id=attachment_id)
            rights = ATTACH_RIGHTS.get(attachment.record_kind, (Right.PLAN,))
            if not any(self.desk.access.can(right) for right in rights):
                self.desk.access.require(rights[0])
            self.desk.recorder.delete(session, attachment)
