"""Atomic file writes: a file with the final name is either the old one or complete and synced.

Used for everything that leaves the store (bundles, reports, backups) and for the key-slot file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop_app.errors import StoreError

# Some file systems (e.g. certain FUSE or network mounts) cannot fsync a directory; the rename
# itself is still atomic there, so that one failure is not worth refusing the write for.
_DIR_FSYNC_UNSUPPORTED = frozenset({errno.EINVAL, errno.ENOTSUP})


def os_reason(exc: OSError) -> str:
    """The reason of an OS error as it reads inside a sentence: "no space left on device"."""
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]


def _fsync_dir(directory: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory as a file; NTFS journals the rename.
        return
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _DIR_FSYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_open(path: Path | str, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path`` for writing; it replaces ``path`` on success.

    The temporary file is created with ``mode`` (restrictive by default) before any byte is
    written. On success it is flushed, fsynced, renamed over ``path`` and the directory is
    fsynced. On any failure the temporary file is removed, ``path`` is left as it was, and an
    ``OSError`` becomes a one-line ``StoreError`` ("could not write PATH: REASON").
    """
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    except OSError as exc:
        raise StoreError(
            "could not write {target}: {reason}", target=target, reason=os_reason(exc)
        ) from exc
    try:
        with open(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise StoreError(
                "could not write {target}: {reason}", target=target, reason=os_reason(exc)
            ) from exc
        raise


def atomic_write_bytes(path: Path | str, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` atomically (see ``atomic_open``)."""
    with atomic_open(path, mode) as stream:
        stream.write(data)
