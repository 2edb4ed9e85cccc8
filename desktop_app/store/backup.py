"""Backups of a whole workspace as one file, and their restore.

A backup (format version 4) is a short magic line, four zero bytes, the members' bytes one
after another (``desk.db`` and the attachment files ``blobs/<name>.age`` that the database
names), then a JSON header, its length and a closing line. The header holds the creation time,
the store's identifier and the backup's sequence number within that store, the name and size of
every member, the SHA-256 of everything before the header (magic and members), the store's
key-slot file, and an HMAC-SHA256 over all of that under a key derived (HKDF) from the store's
data key. The header comes last so that the members are read and hashed once, while they are
written: the hash of the members and the hash of the whole backup (shown to the user) are one
running SHA-256, the latter continued over the header.

Restore reads the header from the end, opens a key slot from it with a user's passphrase or the
recovery key, checks the MAC, and only then reads the members, their hash checked against the
header before anything is used: nothing unauthenticated is ever parsed beyond the bounded header
JSON. Version 3 (the header first, between the magic and the members, with a SHA-256 per
member) is still restored. (Versions 1 and 2 were tar files whose manifest nothing
authenticated; they are refused, since Python's tarfile must not see an unauthenticated
archive.)

The database is a consistent snapshot taken while the application keeps running (its file's
bytes under a read transaction, or SQLite's online backup API when the write-ahead log cannot
be folded in first); it stays encrypted with the store's data key and the attachment
files stay age-encrypted to identities kept inside it, so a backup opens only with a user's
passphrase or the recovery key, exactly like the store it came from. Attachment files never
change once written and are removed only when no row names them, so every file the snapshot
names is still there to copy.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import shutil
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import platformdirs
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.errors import StoreError, WrongPassphrase
from desktop_app.store import engine as store_engine
from desktop_app.store.atomic import atomic_open, atomic_write_bytes, os_reason
from desktop_app.store.blobfiles import BLOB_DIR, FILE_NAME, BlobFolder
from desktop_app.store.keyslots import KeySlot, load_slots, parse_slots
from desktop_app.store.pipeline import BLOCK, SyncingWriter, WriteBehind
from desktop_app.store.workspace import DB_NAME, KEYSLOT_NAME, Workspace

FORMAT = "infosec-desk-backup"
VERSION = 4  # 3 is still restored
MAGIC = b"INFOSEC-DESK-BACKUP\n"
CLOSING = b"\nINFOSEC-DESK-BACKUP-END\n"
_LENGTH = struct.Struct(">I")
# Where a version 3 file has its header's length, a version 4 file has zero: its header is at
# the end, after the members, followed by its length and ``CLOSING``.
_HEADER_AT_END = _LENGTH.pack(0)
_MAX_HEADER = 16 * 1024 * 1024  # slots and a few thousand file entries fit well within
_READ = 1 << 20
_PAGES_PER_STEP = 1024
# The label of the header key since version 3: the version itself is inside what the MAC covers.
_MAC_INFO = b"infosec-desk backup header v3"
LEDGER_NAME = "restored-backups.json"

Progress = Callable[[int, int], None]
# Opens one of the backup's key slots (a user's passphrase, or the recovery key): the data key.
Unlock = Callable[[list[KeySlot]], bytes]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    sha256: str
    created: str
    sequence: int


@dataclass(frozen=True)
class BackupHeader:
    """What a checked backup says about itself; ``older_than`` names a later backup of the
    same store already restored on this computer ("" if none)."""

    created: str
    sequence: int
    store: str
    files: list[tuple[str, int]]  # name and size
    keyslots: bytes
    older_than: str = ""


def _mac_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_MAC_INFO).derive(data_key)


def _canonical(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@contextlib.contextmanager
def _database(
    workspace: Workspace, data_key: bytes, scratch: Path, progress: Progress | None
) -> Iterator[tuple[Path, list[str]]]:
    """The database file to copy, consistent and still encrypted with the store's key, for as
    long as the block lasts, and the attachment files it names.

    The live file itself when nothing is left in the write-ahead log: with the log folded in
    and a read transaction begun on an empty log, SQLite reads (and lets checkpoints write)
    the file only once the transaction ends, so its bytes are this snapshot while writers go
    on appending to the log. A plain copy of ciphertext: the backup API decrypted and
    encrypted every page again, 14 times the time of ``cp``. Should a writer have come
    between the fold and the transaction, the pages are copied into ``scratch`` through the
    backup API instead."""
    source = workspace.open_engine(data_key)
    try:
        with source.connect() as src:
            dbapi: Any = src.connection.driver_connection
            dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            dbapi.execute("BEGIN")
            try:
                names = [row[0] for row in dbapi.execute("SELECT file_name FROM blobs")]
                wal = workspace.db_path.with_name(workspace.db_path.name + "-wal")
                if not wal.exists() or wal.stat().st_size == 0:
                    if progress:
                        progress(1, 1)
                    yield workspace.db_path, sorted(names)
                    return
            finally:
                dbapi.execute("ROLLBACK")
    finally:
        source.dispose()
    yield scratch, _pages(workspace, data_key, scratch, progress)


def _pages(
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

            # The copy is written straight into its file: through a write-ahead log every page
            # was written twice, once to the log and once more when the log was folded in.
            dst_dbapi.execute("PRAGMA journal_mode = DELETE")
            src_dbapi.backup(dst_dbapi, pages=_PAGES_PER_STEP, progress=step)
            names = [row[0] for row in dst_dbapi.execute("SELECT file_name FROM blobs")]
    finally:
        source.dispose()
        copy.dispose()
    return sorted(names)


def write_backup(
    workspace: Workspace,
    data_key: bytes,
    out: Path,
    progress: Progress | None = None,
    *,
    store: str = "",
    sequence: int = 0,
) -> BackupInfo:
    """Write the workspace to ``out`` atomically, without stopping the application.

    ``store`` identifies the store and ``sequence`` numbers its backups, so that a restore can
    tell an older backup from a newer one.
    """
    out = Path(out)
    snapshot = workspace.home / f".backup-{secrets.token_hex(6)}.db"
    try:
        with _database(workspace, data_key, snapshot, progress) as (database, names):
            slots = workspace.keyslot_path.read_bytes()
            load_slots(workspace.keyslot_path)  # refuse to back up a damaged slot file
            blobs = BlobFolder.beside(workspace.db_path)
            members = [(DB_NAME, database)] + [(f"{BLOB_DIR}/{n}", blobs.path(n)) for n in names]
            created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            # One running hash: of the members for the header, then, continued over the
            # header, of the whole backup for the user. This thread reads and hashes while
            # another writes and syncs: each alone takes about as long as a plain copy of the
            # store (SHA-256 at 1.6 GB/s here), one after the other 1.8 times it.
            digest = hashlib.sha256(MAGIC + _HEADER_AT_END)
            written = len(MAGIC + _HEADER_AT_END)
            with atomic_open(out) as stream, WriteBehind(SyncingWriter(stream)) as writer:
                writer.write(MAGIC + _HEADER_AT_END)
                files: list[list[Any]] = []
                for name, path in members:
                    start = written
                    with path.open("rb") as source:
                        while count := source.readinto(block := writer.reserve(BLOCK)):
                            digest.update(block[:count])
                            writer.commit(count)
                            written += count
                    files.append([name, written - start])
                header: dict[str, Any] = {
                    "format": FORMAT,
                    "version": VERSION,
                    "created": created,
                    "store": store,
                    "sequence": sequence,
                    "keyslots": slots.decode("utf-8"),
                    "files": files,
                    "content_sha256": digest.hexdigest(),
                }
                header["mac"] = hmac.digest(_mac_key(data_key), _canonical(header), "sha256").hex()
                header_bytes = _canonical(header)
                ending = header_bytes + _LENGTH.pack(len(header_bytes)) + CLOSING
                writer.write(ending)
                digest.update(ending)
                written += len(ending)
                writer.finish()
        return BackupInfo(out, written, digest.hexdigest(), created, sequence)
    except OSError as exc:
        raise StoreError(
            "could not write the backup {out}: {reason}", out=out, reason=os_reason(exc)
        ) from exc
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            snapshot.with_name(snapshot.name + suffix).unlink(missing_ok=True)


def _refuse(path: Path, why: str) -> StoreError:
    return StoreError("{path} is not a usable InfoSec Desk backup: {why}", path=path, why=why)


@dataclass(frozen=True)
class _Layout:
    """Where a backup's parts are: its header (not yet authenticated) and its members."""

    header: dict[str, Any]
    members_at: int
    members_end: int


def _read_header(path: Path, stream: IO[bytes]) -> _Layout:
    start = stream.read(len(MAGIC) + _LENGTH.size)
    if not start.startswith(MAGIC):
        stream.seek(257)
        if stream.read(5) == b"ustar":
            raise _refuse(
                path,
                "it is a backup from an earlier release, whose contents nothing authenticates; "
                "restore it with that release",
            )
        raise _refuse(path, "it is not a backup file")
    if len(start) < len(MAGIC) + _LENGTH.size:
        raise _refuse(path, "the file is truncated")
    size = os.fstat(stream.fileno()).st_size
    if start.endswith(_HEADER_AT_END):
        return _header_at_end(path, stream, size)
    (length,) = _LENGTH.unpack(start[len(MAGIC) :])
    if length > _MAX_HEADER:
        raise _refuse(path, "its header is damaged")
    header = _parse_header(path, stream.read(length), length, version=3)
    return _Layout(header, len(start) + length, size)


def _header_at_end(path: Path, stream: IO[bytes], size: int) -> _Layout:
    """Version 4: the header, its length and the closing line end the file."""
    members_at = len(MAGIC) + _LENGTH.size
    tail = _LENGTH.size + len(CLOSING)
    if size < members_at + tail:
        raise _refuse(path, "the file is truncated")
    stream.seek(size - tail)
    end = stream.read(tail)
    if end[_LENGTH.size :] != CLOSING:
        raise _refuse(path, "the file is truncated")
    (length,) = _LENGTH.unpack(end[: _LENGTH.size])
    if length > min(_MAX_HEADER, size - members_at - tail):
        raise _refuse(path, "its header is damaged")
    header_at = size - tail - length
    stream.seek(header_at)
    header = _parse_header(path, stream.read(length), length, version=4)
    if not isinstance(header.get("content_sha256"), str):
        raise _refuse(path, "its header is damaged or it was not made by InfoSec Desk")
    return _Layout(header, members_at, header_at)


def _parse_header(path: Path, raw: bytes, length: int, version: int) -> dict[str, Any]:
    try:
        header = json.loads(raw)
        valid = (
            len(raw) == length
            and header["format"] == FORMAT
            and header["version"] == version
            and isinstance(header["keyslots"], str)
            and isinstance(header["mac"], str)
            and isinstance(header["files"], list)
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise _refuse(path, "its header is damaged") from exc
    if not valid:
        raise _refuse(path, "its header is damaged or it was not made by InfoSec Desk")
    return dict(header)


def _authenticate(path: Path, header: dict[str, Any], unlock: Unlock) -> BackupHeader:
    """Open a key slot of the backup, then check the header's MAC; the header's content is
    trusted only after that."""
    slots = parse_slots(header["keyslots"].encode("utf-8"), f"{path} (its key slots)")
    try:
        data_key = unlock(slots)
    except WrongPassphrase:
        # A damaged slot fails like a wrong passphrase: the message allows for both.
        raise WrongPassphrase(
            "{path}: the passphrase does not open the backup's key slot (a wrong passphrase,"
            " or a damaged backup)",
            path=path,
        ) from None
    claimed = bytes.fromhex(header["mac"]) if len(header["mac"]) == 64 else b""
    unsigned = {name: value for name, value in header.items() if name != "mac"}
    expected = hmac.digest(_mac_key(data_key), _canonical(unsigned), "sha256")
    if not hmac.compare_digest(claimed, expected):
        raise _refuse(path, "its header does not match its key (it was altered)")
    names = [str(entry[0]) for entry in header["files"]]
    blob_names = names[1:]
    if names[:1] != [DB_NAME] or not all(_is_blob_member(name) for name in blob_names):
        raise _refuse(path, "it does not hold a database and its files")
    return BackupHeader(
        str(header["created"]),
        int(header["sequence"]),
        str(header["store"]),
        [(str(entry[0]), int(entry[1])) for entry in header["files"]],
        header["keyslots"].encode("utf-8"),
    )


def _is_blob_member(name: str) -> bool:
    folder, _, file_name = name.partition("/")
    return folder == BLOB_DIR and FILE_NAME.fullmatch(file_name) is not None


def _copy_member(
    path: Path,
    stream: IO[bytes],
    member: tuple[str, int],
    extract_to: Path | None,
    digest: hashlib._Hash,
) -> None:
    """Read one member into ``digest`` (and into ``extract_to`` if given)."""
    name, left = member
    with contextlib.ExitStack() as stack:
        out = None
        if extract_to is not None:
            target = extract_to / name
            target.parent.mkdir(mode=0o700, exist_ok=True)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            out = stack.enter_context(open(fd, "wb"))
        while left:
            block = stream.read(min(_READ, left))
            if not block:
                raise _refuse(path, "the file is truncated")
            digest.update(block)
            left -= len(block)
            if out is not None:
                out.write(block)
        if out is not None:
            out.flush()
            os.fsync(out.fileno())


def _check_members(
    path: Path,
    stream: IO[bytes],
    layout: _Layout,
    files: list[tuple[str, int]],
    extract_to: Path | None,
) -> None:
    """Read every member, checked against the authenticated header: one hash of them all
    (version 4), or a hash per member (version 3)."""
    stream.seek(layout.members_at)
    if layout.header["version"] == 3:
        for member, (_name, _size, sha) in zip(files, layout.header["files"], strict=True):
            digest = hashlib.sha256()
            _copy_member(path, stream, member, extract_to, digest)
            if digest.hexdigest() != sha:
                raise _refuse(path, f"{member[0]} is damaged (SHA-256 mismatch)")
    else:
        digest = hashlib.sha256(MAGIC + _HEADER_AT_END)
        for member in files:
            _copy_member(path, stream, member, extract_to, digest)
        if digest.hexdigest() != layout.header["content_sha256"]:
            raise _refuse(path, "its files are damaged (SHA-256 mismatch)")
    if stream.tell() != layout.members_end:
        raise _refuse(path, "unexpected data after the last file")


def verify_backup(path: Path, unlock: Unlock, extract_to: Path | None = None) -> BackupHeader:
    """Authenticate the header, then check every member against it (extracting while
    checking if asked). Raises ``StoreError`` naming the file and the reason."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            layout = _read_header(path, stream)
            header = _authenticate(path, layout.header, unlock)
            _check_members(path, stream, layout, header.files, extract_to)
    except OSError as exc:
        raise StoreError(
            "could not read {path}: {reason}", path=path, reason=os_reason(exc)
        ) from exc
    return header


def default_ledger() -> Path:
    """Where this computer's user keeps the newest backup restored per store."""
    return platformdirs.user_state_path("infosec-desk") / LEDGER_NAME


def _older_than_restored(ledger: Path, header: BackupHeader) -> str:
    """Note this restore; say so if a later backup of the same store was restored before."""
    try:
        seen = json.loads(ledger.read_bytes())
        newest = seen.get(header.store) if isinstance(seen, dict) else None
    except (OSError, ValueError):
        seen, newest = {}, None
    if isinstance(newest, dict) and int(newest.get("sequence", 0)) > header.sequence:
        return f"backup {newest['sequence']}, made {newest['created']}"
    seen = seen if isinstance(seen, dict) else {}
    seen[header.store] = {"sequence": header.sequence, "created": header.created}
    ledger.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic_write_bytes(ledger, json.dumps(seen, indent=1).encode())
    return ""


def restore_backup(
    path: Path, home: Path, unlock: Unlock, ledger: Path | None = None
) -> BackupHeader:
    """Restore a backup into ``home``, which must not hold a store.

    The whole file is checked first; it is then unpacked into a hidden folder beside ``home``
    and renamed into place, so ``home`` is either untouched or complete. A backup older than
    one of the same store restored before on this computer (``ledger``) is restored but
    flagged in ``older_than``.
    """
    home = Path(home)
    if Workspace(home).exists():
        raise StoreError(
            "a store already exists in {home}; restore into an empty folder", home=home
        )
    opened: list[bytes] = []

    def unlock_once(slots: list[KeySlot]) -> bytes:
        # Both passes below need the key; the passphrase is asked for (and derived) once.
        if not opened:
            opened.append(unlock(slots))
        return opened[0]

    header = verify_backup(path, unlock_once)
    staging = home.with_name(f".{home.name}.restore-{secrets.token_hex(6)}")
    try:
        staging.mkdir(mode=0o700, parents=True)
        # Checked again while extracting: the file may have changed since the first pass.
        header = verify_backup(path, unlock_once, extract_to=staging)
        atomic_write_bytes(staging / KEYSLOT_NAME, header.keyslots)
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
    older = _older_than_restored(ledger or default_ledger(), header)
    return dataclasses.replace(header, older_than=older)
