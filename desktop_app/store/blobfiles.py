"""Attachment content as age files in the workspace's ``blobs/`` folder, beside the database.

Inside SQLCipher every 4 KiB page costs an AES-CBC pass and an HMAC-SHA512, and the WAL writes
it twice, which made a 512 MiB import eight times slower than ``age -d``. So each attachment
is one age v1 file (X25519, ChaCha20-Poly1305 STREAM: the same format as a bundle), under a
random name and encrypted to an identity made for that file alone. The name and the identity
live in the ``blobs`` row inside the encrypted database: without the store's key a file is
noise, and a file swapped for another cannot be read in its place.

A file is complete on disk (temp, fsync, rename) before the transaction that records it
commits. A rollback removes the files its session wrote; what a crash leaves behind, a file
no row names, is removed when the store is next opened, once it is older than
``ORPHAN_GRACE_S`` (another process may be just about to commit it).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.orm import Session

from desktop_app.errors import StoreError
from desktop_app.store.age import AgeError, AgeReader, generate_identity
from desktop_app.store.atomic import os_reason
from desktop_app.store.pipeline import age_file

BLOB_DIR = "blobs"
READ_SIZE = 1 << 20
ORPHAN_GRACE_S = 3600
FILE_NAME = re.compile(r"[0-9a-f]{32}\.age")
_WRITTEN = "blob_files_written"


@dataclass(frozen=True)
class StoredFile:
    """A file just written: its name and identity go into the ``blobs`` row."""

    name: str
    identity: str
    sha256: str
    size: int


class BlobFolder:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @classmethod
    def beside(cls, db_path: Path | str) -> BlobFolder:
        return cls(Path(db_path).parent / BLOB_DIR)

    def path(self, name: str) -> Path:
        if not FILE_NAME.fullmatch(name):
            raise StoreError('not an attachment file name: "{name}"', name=name)
        return self.folder / name

    def write_chunks(self, chunks: Iterable[bytes]) -> StoredFile:
        """Encrypt ``chunks`` into a new file, hashing them on the way."""
        try:
            self.folder.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                "could not create {folder}: {reason}", folder=self.folder, reason=os_reason(exc)
            ) from exc
        identity, recipient = generate_identity()
        name = secrets.token_hex(16) + ".age"
        digest = hashlib.sha256()
        size = 0
        with age_file(self.folder / name, [recipient]) as writer:
            for chunk in chunks:
                digest.update(chunk)
                writer.write(chunk)
                size += len(chunk)
        return StoredFile(name, identity, digest.hexdigest(), size)

    def write(self, source: BinaryIO) -> StoredFile:
        return self.write_chunks(iter(lambda: source.read(READ_SIZE), b""))

    def chunks(self, name: str, identity: str) -> Iterator[memoryview]:
        """The plaintext of one file in pieces of up to ``READ_SIZE``; ``StoreError`` if the
        file is missing or fails authentication anywhere (nothing unauthenticated is given).
        Each piece is decrypted into a buffer of its own, which the caller may keep: no copy
        (copying every piece cost a tenth of an export)."""
        path = self.path(name)
        try:
            with path.open("rb") as stream:
                reader = AgeReader(stream, [identity])
                while count := reader.readinto(buffer := memoryview(bytearray(READ_SIZE))):
                    yield buffer[:count]
        except FileNotFoundError:
            raise StoreError("attachment content {path} is missing", path=path) from None
        except AgeError as exc:
            raise StoreError(
                "attachment content {path} is damaged: {exc}", path=path, exc=exc
            ) from exc
        except OSError as exc:
            raise StoreError(
                "could not read {path}: {reason}", path=path, reason=os_reason(exc)
            ) from exc

    def discard(self, names: Iterable[str]) -> None:
        for name in names:
            with contextlib.suppress(FileNotFoundError):
                self.path(name).unlink()

    def sweep(self, referenced: set[str], grace_s: float = ORPHAN_GRACE_S) -> None:
        """Remove files no row names and unfinished temp files older than ``grace_s``."""
        if not self.folder.is_dir():
            return
        cutoff = time.time() - grace_s
        for entry in os.scandir(self.folder):
            stray = entry.name not in referenced
            if stray and entry.is_file() and entry.stat().st_mtime < cutoff:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)


def folder_for(session: Session | Connection) -> BlobFolder:
    """The blob folder of the store a session or connection is bound to."""
    bind = session.get_bind() if isinstance(session, Session) else session
    database = bind.engine.url.database
    if not database:
        raise StoreError("attachment content needs a store on disk")
    return BlobFolder.beside(database)


def track(session: Session, folder: BlobFolder, stored: StoredFile) -> None:
    """Remove ``stored`` again if ``session``'s transaction rolls back."""
    session.info.setdefault(_WRITTEN, []).append((folder, stored.name))


@event.listens_for(Session, "after_commit")
def _keep_written(session: Session) -> None:
    session.info.pop(_WRITTEN, None)


@event.listens_for(Session, "after_rollback")
def _remove_written(session: Session) -> None:
    for folder, name in session.info.pop(_WRITTEN, []):
        folder.discard([name])


def sweep_orphans(engine: Engine) -> None:
    """Remove what a crashed write left in the blob folder; run when a store is opened."""
    with engine.connect() as conn:
        referenced = {row[0] for row in conn.execute(text("SELECT file_name FROM blobs"))}
    folder_for(conn).sweep(referenced)
