"""Overlap large file work across threads: hashlib, file I/O and the AEAD of `cryptography`
release the GIL while they work, so two threads that do little else keep two cores busy.
A third busy thread was measured slower on two cores (the GIL changes hands more often than
work is gained), so the heavy work is split in two:

- import: a thread reads, hashes and decrypts the bundle ahead of the merge, which hashes
  each attachment and encrypts it for the store; the file writes go to a mostly idle third;
- export: this thread decrypts the attachment files and encrypts the bundle, another hashes
  the bundle and writes it.

``SyncingWriter`` pushes a big file to the device as it goes. ``ReadAhead`` and ``WriteBehind``
pass blocks through a small bounded queue (memory stays flat whatever the bundle's size) and
hand the other thread's exception to the caller in order, at the point it would have been met
without the thread.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import hashlib
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Protocol

from desktop_app.store.age import AgeWriter
from desktop_app.store.atomic import atomic_open

BLOCK = 1 << 20
DEPTH = 4  # blocks in flight: a few MiB at most
SYNC_EVERY = 32 << 20
IN_FLIGHT = 2  # windows handed to the device and not waited for yet
_datasync = getattr(os, "fdatasync", os.fsync)  # Windows has fsync only
_DONE = object()


class _Readable(Protocol):
    def readinto(self, buffer: bytearray | memoryview, /) -> int | None: ...


class _Writable(Protocol):
    def write(self, data: bytes | bytearray | memoryview, /) -> object: ...


class ReadAhead:
    """Reads ``src`` in a thread, ``BLOCK`` bytes at a time, up to ``DEPTH`` blocks ahead.

    ``read`` returns exactly what the source would have returned in sequence; an error of the
    source is raised once the data before it has been read. Close (or leave the ``with``) to
    stop the thread early.
    """

    def __init__(self, src: _Readable) -> None:
        self._src = src
        self._queue: queue.Queue[object] = queue.Queue(DEPTH)
        self._stop = threading.Event()
        self._block = memoryview(b"")
        self._pos = 0
        self._finished = False
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="bundle-read-ahead", daemon=True)
        self._thread.start()

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        while not self._stop.is_set():
            view = memoryview(bytearray(BLOCK))
            filled = 0
            failure: BaseException | None = None
            try:
                while filled < BLOCK and (n := self._src.readinto(view[filled:])):
                    filled += n
            except BaseException as exc:  # re-raised in the reading thread, after the data
                failure = exc
            if filled and not self._put(view[:filled]):
                return
            if failure is not None or filled < BLOCK:
                self._put(_DONE if failure is None else failure)
                return

    def _next_block(self) -> bool:
        if self._finished:
            return False
        item = self._queue.get()
        if item is _DONE:
            self._finished = True
            return False
        if isinstance(item, BaseException):
            self._finished = True
            self._error = item
            raise item
        assert isinstance(item, memoryview)
        self._block, self._pos = item, 0
        return True

    def read(self, size: int = -1, /) -> memoryview:
        """A view of the next bytes, without a copy: each block is read into a buffer of its
        own that is never reused, so the caller may keep what it gets."""
        if self._error is not None:
            raise self._error
        if self._pos == len(self._block) and not self._next_block():
            return memoryview(b"")
        end = len(self._block) if size < 0 else min(len(self._block), self._pos + size)
        data = self._block[self._pos : end]
        self._pos = end
        return data

    def close(self) -> None:
        self._stop.set()
        self._thread.join()

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class WriteBehind:
    """Writes to ``dst`` in a thread; ``write`` returns once the data is copied and queued.

    Writes are gathered into ``BLOCK``-sized blocks (the caller may reuse its buffer at once);
    a block written is handed back for reuse instead of a new one being allocated and zeroed.
    ``finish`` writes what is gathered and waits for every queued write; an error of the
    writing thread is raised by the next ``write`` or by ``finish``. Leaving the ``with``
    without ``finish`` drops what is still queued.
    """

    def __init__(self, dst: _Writable) -> None:
        self._dst = dst
        self._gathered = bytearray(BLOCK)
        self._filled = 0
        self._queue: queue.Queue[object] = queue.Queue(DEPTH * 4)
        self._spare: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._abandoned = False
        self._thread = threading.Thread(target=self._run, name="bundle-write-behind", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not _DONE:
            if self._error is None and not self._abandoned:
                try:
                    if isinstance(item, tuple):  # a gathered block and how much of it is filled
                        block, filled = item
                        self._dst.write(memoryview(block)[:filled])
                        self._spare.put(block)
                    else:
                        self._dst.write(item)  # type: ignore[arg-type]  # bytes: the queue holds only these
                except BaseException as exc:  # re-raised in the caller
                    self._error = exc

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def write(self, data: bytes | bytearray | memoryview) -> int:
        size = len(data)
        if size > BLOCK:
            self._check()
            self._hand_over()
            self._queue.put(bytes(data))
        else:
            # Copied into a block allocated once: growing a bytearray would copy it again and again.
            self.reserve(size)[:] = data
            self.commit(size)
        return size

    def reserve(self, size: int) -> memoryview:
        """A view of the next ``size`` bytes (at most ``BLOCK``) to fill in place; ``commit``
        then queues them. An age writer encrypts straight into it."""
        self._check()
        if self._filled + size > BLOCK:
            self._hand_over()
        return memoryview(self._gathered)[self._filled : self._filled + size]

    def commit(self, size: int) -> None:
        self._filled += size

    def _hand_over(self) -> None:
        if self._filled:
            self._queue.put((self._gathered, self._filled))
            try:
                self._gathered = self._spare.get_nowait()
            except queue.Empty:
                self._gathered = bytearray(BLOCK)
            self._filled = 0

    def _stop(self) -> None:
        if self._thread.is_alive():
            self._queue.put(_DONE)
            self._thread.join()

    def finish(self) -> None:
        self._hand_over()
        self._stop()
        self._check()

    def __enter__(self) -> WriteBehind:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._abandoned = exc_type is not None
        self._stop()


class _Syncable(Protocol):
    def write(self, data: bytes | bytearray | memoryview, /) -> object: ...
    def flush(self) -> None: ...
    def fileno(self) -> int: ...


def _range_syncer() -> Callable[[int, int, int, int], int] | None:
    """Linux's sync_file_range(2), which the os module lacks; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


_sync_file_range = _range_syncer()
_WAIT_BEFORE, _WRITE, _WAIT_AFTER = 1, 2, 4  # SYNC_FILE_RANGE_* of <fcntl.h>


def _sync_range(fd: int, start: int, length: int, flags: int) -> None:
    assert _sync_file_range is not None
    if _sync_file_range(fd, start, length, flags) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))


class SyncingWriter:
    """Writes a new file (only through this writer) and pushes it to the device as it goes,
    so the closing fsync waits for the last few MiB instead of the whole file and progress
    shows what is really written, which matters on a slow USB stick. A ``digest`` given is
    updated with everything written.

    On Linux each ``window`` of the file is handed to the device as soon as it is written,
    without waiting and without a cache flush (sync_file_range); once ``IN_FLIGHT`` windows
    are on their way the oldest is waited for and then dropped from the page cache, so a
    2 GiB file does not push everything else out of memory. Measured here, this writes 2 GiB
    to disk, synced, in 0.8 s where an fdatasync per window took 1.4 to 3.0 s; waiting for the
    window just before instead of the one before that cost a 512 MiB export 0.1 s. Elsewhere
    each window is fdatasync'ed. The closing fsync (``atomic_open``'s) makes the file durable.
    """

    def __init__(
        self, dst: _Syncable, digest: hashlib._Hash | None = None, window: int = SYNC_EVERY
    ) -> None:
        self._dst = dst
        self.digest = digest
        self.size = 0
        self._window = window
        self._window_start = 0
        self._in_flight: collections.deque[tuple[int, int]] = collections.deque()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._dst.write(data)
        if self.digest is not None:
            self.digest.update(data)
        self.size += len(data)
        if self.size - self._window_start >= self._window:
            self._push()
        return len(data)

    def _push(self) -> None:
        self._dst.flush()
        fd = self._dst.fileno()
        written = (self._window_start, self.size - self._window_start)
        self._window_start = self.size
        if _sync_file_range is None:
            _datasync(fd)
            return
        _sync_range(fd, *written, _WRITE)
        self._in_flight.append(written)
        if len(self._in_flight) > IN_FLIGHT:
            oldest = self._in_flight.popleft()
            _sync_range(fd, *oldest, _WAIT_BEFORE | _WRITE | _WAIT_AFTER)
            with contextlib.suppress(OSError):  # only advice: the data is on the device
                os.posix_fadvise(fd, *oldest, os.POSIX_FADV_DONTNEED)


@contextlib.contextmanager
def age_file(
    path: Path, recipients: list[str], digest: hashlib._Hash | None = None
) -> Iterator[AgeWriter]:
    """Write an age file at ``path`` atomically: this thread runs the cipher, another writes
    the file (and updates ``digest`` with it), syncing as it goes. Leaving through an error
    leaves nothing at ``path``."""
    with atomic_open(path) as out, WriteBehind(SyncingWriter(out, digest)) as behind:
        # WriteBehind has the write and flush an AgeWriter uses, not all of BinaryIO.
        with AgeWriter(behind, recipients) as writer:  # type: ignore[arg-type]
            yield writer
        behind.finish()
