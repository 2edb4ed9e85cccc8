"""Overlap the store's work with the bundle's: one thread talks to SQLCipher, another runs age.

SQLite releases the GIL while it encrypts, decrypts and writes pages, so the age STREAM cipher,
the bundle's SHA-256 and the file I/O can run at the same time on another core. Both classes
pass blocks through a small bounded queue (memory stays flat whatever the bundle's size) and
hand the other thread's exception to the caller in order, at the point it would have been met
without the thread.
"""

from __future__ import annotations

import queue
import threading
from types import TracebackType
from typing import Protocol

BLOCK = 1 << 20
DEPTH = 4  # blocks in flight: a few MiB at most
_DONE = object()


class _Readable(Protocol):
    def readinto(self, buffer: bytearray | memoryview, /) -> int | None: ...


class _Writable(Protocol):
    def write(self, data: bytes, /) -> object: ...


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
        try:
            while not self._stop.is_set():
                buffer = bytearray(BLOCK)
                view = memoryview(buffer)
                filled = 0
                while filled < BLOCK and (n := self._src.readinto(view[filled:])):
                    filled += n
                if filled and not self._put(view[:filled]):
                    return
                if filled < BLOCK:
                    self._put(_DONE)
                    return
        except BaseException as exc:  # re-raised in the reading thread
            self._put(exc)

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

    def read(self, size: int = -1, /) -> bytes:
        if self._error is not None:
            raise self._error
        if self._pos == len(self._block) and not self._next_block():
            return b""
        end = len(self._block) if size < 0 else min(len(self._block), self._pos + size)
        data = bytes(self._block[self._pos : end])
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
    """Writes to ``dst`` in a thread; ``write`` returns once the data is queued.

    ``finish`` waits for every queued write; an error of the writing thread is raised by the
    next ``write`` or by ``finish``. Leaving the ``with`` without ``finish`` drops what is still
    queued.
    """

    def __init__(self, dst: _Writable) -> None:
        self._dst = dst
        self._queue: queue.Queue[object] = queue.Queue(DEPTH * 4)
        self._error: BaseException | None = None
        self._abandoned = False
        self._thread = threading.Thread(target=self._run, name="bundle-write-behind", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not _DONE:
            if self._error is None and not self._abandoned:
                try:
                    self._dst.write(item)  # type: ignore[arg-type]
                except BaseException as exc:  # re-raised in the caller
                    self._error = exc

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def write(self, data: bytes) -> int:
        self._check()
        self._queue.put(data)
        return len(data)

    def _stop(self) -> None:
        if self._thread.is_alive():
            self._queue.put(_DONE)
            self._thread.join()

    def finish(self) -> None:
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
