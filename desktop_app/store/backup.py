"""Backups of a whole workspace as one file, and their restore.

A backup is an uncompressed tar holding ``manifest.json`` (format, version, time, the size and
SHA-256 of every other member), ``keyslots.json``, ``desk.db`` and, since version 2, the
attachment files ``blobs/<name>.age`` that the database names. The database is a consistent
snapshot taken with SQLite's online backup API while the application keeps running; it stays
encrypted with the store's data key and the attachment files stay age-encrypted to identities
kept inside it, so a backup opens only with a user's passphrase or the recovery key, exactly
like the store it came from. Attachment files never change once written and are removed only
when no row names them, so every file the snapshot names is still there to copy. Restore
checks the whole file before it writes anything.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import secrets
import shutil
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from desktop_app.errors import StoreError
from desktop_app.store import engine as store_engine
from desktop_app.store.atomic import atomic_open, os_reason
from desktop_app.store.blobfiles import BLOB_DIR, FILE_NAME, BlobFolder
from desktop_app.store.keyslots import load_slots
from desktop_app.store.pipeline import SyncingWriter
from desktop_app.store.workspace import DB_NAME, KEYSLOT_NAME, Workspace

FORMAT = "infosec-desk-backup"
VERSION = 2
READABLE_VERSIONS = (1, 2)  # version 1 kept attachment content inside the database
MANIFEST = "manifest.json"
MEMBERS = (KEYSLOT_NAME, DB_NAME)
_READ = 1 << 20
_PAGES_PER_STEP = 1024
_MAX_MANIFEST = 64 * 1024
_MAX_TRAILER = 64 * 1024

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    sha256: str
    created: str


def _file_digest(path: Path) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as stream:
        while block := stream.read(_READ):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def _snapshot(
    workspace: Workspace, data_key: bytes, target: Path, progress: Progress | None
) -> list[str]:
    """Copy the live database page by page into ``target``, encrypted with the same key;
    return the attachment files the copy names."""
    source = workspace.open_engine(data_key)
    copy = store_engine.open_engine(target, data_key)
    try:
        with source.connect() as src, copy.connect() as dst:
            src_dbapi: Any = src.connection.driver_connection
            dst_dbapi: Any = dst.connection.driver_connection

            def step(_status: int, remaining: int, total: int) -> None:
                if progress:
                    progress(total - remaining, total)

            src_dbapi.backup(dst_dbapi, pages=_PAGES_PER_STEP, progress=step)
            # Fold the copy's write-ahead log into the file, so one file is the whole database.
            dst_dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            dst_dbapi.execute("PRAGMA journal_mode = DELETE")
            names = [row[0] for row in dst_dbapi.execute("SELECT file_name FROM blobs")]
    finally:
        source.dispose()
        copy.dispose()
    return sorted(names)


def write_backup(
    workspace: Workspace, data_key: bytes, out: Path, progress: Progress | None = None
) -> BackupInfo:
    """Write the workspace to ``out`` atomically, without stopping the application."""
    out = Path(out)
    snapshot = workspace.home / f".backup-{secrets.token_hex(6)}.db"
    try:
        names = _snapshot(workspace, data_key, snapshot, progress)
        slots = workspace.keyslot_path.read_bytes()
        load_slots(workspace.keyslot_path)  # refuse to back up a damaged slot file
        db_size, db_sha = _file_digest(snapshot)
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        blobs = BlobFolder.beside(workspace.db_path)
        files = {
            KEYSLOT_NAME: {"size": len(slots), "sha256": hashlib.sha256(slots).hexdigest()},
            DB_NAME: {"size": db_size, "sha256": db_sha},
        }
        for name in names:
            size, sha = _file_digest(blobs.path(name))
            files[f"{BLOB_DIR}/{name}"] = {"size": size, "sha256": sha}
        manifest = {"format": FORMAT, "version": VERSION, "created": created, "files": files}
        manifest_bytes = json.dumps(manifest, sort_keys=True, indent=1).encode()
        with atomic_open(out) as stream:
            digest = hashlib.sha256()
            hashing = SyncingWriter(stream, digest)
            # A stream ("w|") only writes, which is all SyncingWriter offers.
            tar_out = tarfile.open(fileobj=hashing, mode="w|", format=tarfile.PAX_FORMAT)  # type: ignore[call-overload]
            with tar_out as tar:
                _add_bytes(tar, MANIFEST, manifest_bytes)
                _add_bytes(tar, KEYSLOT_NAME, slots)
                info = tarfile.TarInfo(DB_NAME)
                info.size, info.mode = db_size, 0o600
                with snapshot.open("rb") as db:
                    tar.addfile(info, db)
                for name in names:
                    _add_file(tar, f"{BLOB_DIR}/{name}", blobs.path(name))
        return BackupInfo(out, hashing.size, digest.hexdigest(), created)
    except OSError as exc:
        raise StoreError(
            "could not write the backup {out}: {reason}", out=out, reason=os_reason(exc)
        ) from exc
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            snapshot.with_name(snapshot.name + suffix).unlink(missing_ok=True)


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode = len(data), 0o600
    tar.addfile(info, io.BytesIO(data))


def _add_file(tar: tarfile.TarFile, name: str, source: Path) -> None:
    info = tarfile.TarInfo(name)
    info.mode = 0o600
    with source.open("rb") as stream:
        info.size = os.fstat(stream.fileno()).st_size
        tar.addfile(info, stream)


def _is_blob_member(name: str) -> bool:
    folder, _, file_name = name.partition("/")
    return folder == BLOB_DIR and FILE_NAME.fullmatch(file_name) is not None


def _refuse(path: Path, why: str) -> StoreError:
    return StoreError("{path} is not a usable InfoSec Desk backup: {why}", path=path, why=why)


def verify_backup(path: Path, extract_to: Path | None = None) -> dict[str, Any]:
    """Check every member of a backup against its manifest; optionally extract while checking.

    Returns the manifest. Raises ``StoreError`` naming the file and the reason.
    """
    path = Path(path)
    try:
        tar = tarfile.open(path, mode="r|")
    except (OSError, tarfile.TarError) as exc:
        raise _refuse(path, "it is not a backup archive") from exc
    manifest: dict[str, Any] | None = None
    seen: list[str] = []
    try:
        with tar:
            for member in tar:
                seen.append(member.name)
                if not member.isfile():
                    raise _refuse(path, f"unexpected entry {member.name!r}")
                stream = tar.extractfile(member)
                if stream is None:
                    raise _refuse(path, f"unreadable entry {member.name!r}")
                if manifest is None:
                    manifest = _read_manifest(path, member, stream)
                    continue
                _check_member(path, manifest, member, stream, extract_to)
            archive_end = tar.offset
        _check_trailer(path, archive_end)
    except tarfile.TarError as exc:
        raise _refuse(path, "the archive is damaged or truncated") from exc
    except OSError as exc:
        raise StoreError(
            "could not read {path}: {reason}", path=path, reason=os_reason(exc)
        ) from exc
    blob_members = (
        sorted(name for name in manifest["files"] if _is_blob_member(name)) if manifest else []
    )
    if manifest is None or seen != [MANIFEST, *MEMBERS, *blob_members]:
        raise _refuse(
            path, "it does not hold exactly a manifest, key slots, a database and its files"
        )
    return manifest


def _check_trailer(path: Path, archive_end: int) -> None:
    """After the last member: zero padding up to a whole tar record; anything else is damage."""
    with path.open("rb") as stream:
        size = stream.seek(0, os.SEEK_END)
        stream.seek(archive_end)
        trailer = stream.read(_MAX_TRAILER + 1)
    if size % tarfile.RECORDSIZE:
        raise _refuse(path, "the archive is truncated")
    if len(trailer) > _MAX_TRAILER or trailer.strip(b"\0"):
        raise _refuse(path, "unexpected data after the last entry")


def _read_manifest(path: Path, member: tarfile.TarInfo, stream: IO[bytes]) -> dict[str, Any]:
    if member.name != MANIFEST or member.size > _MAX_MANIFEST:
        raise _refuse(path, "the manifest is missing")
    try:
        manifest = json.loads(stream.read())
        files = manifest["files"]
        valid = (
            manifest["format"] == FORMAT
            and set(MEMBERS) <= set(files)
            and all(name in MEMBERS or _is_blob_member(name) for name in files)
            and all(isinstance(entry["sha256"], str) for entry in files.values())
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise _refuse(path, "the manifest is unreadable") from exc
    if not valid:
        raise _refuse(path, "it was not made by InfoSec Desk")
    if manifest["version"] not in READABLE_VERSIONS:
        raise _refuse(path, f"backup format version {manifest['version']} is not supported")
    return dict(manifest)


def _check_member(
    path: Path,
    manifest: dict[str, Any],
    member: tarfile.TarInfo,
    stream: IO[bytes],
    extract_to: Path | None,
) -> None:
    expected = manifest["files"].get(member.name)
    if expected is None or member.size != expected["size"]:
        raise _refuse(path, f"{member.name} does not match the manifest")
    digest = hashlib.sha256()
    with contextlib.ExitStack() as stack:
        out = None
        if extract_to is not None:
            target = extract_to / member.name
            target.parent.mkdir(mode=0o700, exist_ok=True)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            out = stack.enter_context(open(fd, "wb"))
        while block := stream.read(_READ):
            digest.update(block)
            if out is not None:
                out.write(block)
        if out is not None:
            out.flush()
            os.fsync(out.fileno())
    if digest.hexdigest() != expected["sha256"]:
        raise _refuse(path, f"{member.name} is damaged (SHA-256 mismatch)")


def restore_backup(path: Path, home: Path) -> dict[str, Any]:
    """Restore a backup into ``home``, which must not hold a store.

    The whole file is checked first; it is then unpacked into a hidden folder beside ``home``
    and renamed into place, so ``home`` is either untouched or complete.
    """
    home = Path(home)
    if Workspace(home).exists():
        raise StoreError(
            "a store already exists in {home}; restore into an empty folder", home=home
        )
    manifest = verify_backup(path)
    staging = home.with_name(f".{home.name}.restore-{secrets.token_hex(6)}")
    try:
        staging.mkdir(mode=0o700, parents=True)
        verify_backup(path, extract_to=staging)
        load_slots(staging / KEYSLOT_NAME)
        if home.exists():
            home.rmdir()  # only an empty folder may be replaced
        os.replace(staging, home)
    except OSError as exc:
        raise StoreError(
            "could not restore into {home}: {reason}", home=home, reason=os_reason(exc)
        ) from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return manifest
