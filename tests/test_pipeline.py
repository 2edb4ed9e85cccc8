"""The threads that overlap large file work: bytes arrive whole and in order, a caller may
reuse its buffer at once, and an error of the other thread reaches the caller."""

from __future__ import annotations

import hashlib
import io
import os
import random
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from desktop_app.store.pipeline import BLOCK, SYNC_EVERY, ReadAhead, SyncingWriter, WriteBehind

if TYPE_CHECKING:
    from typing_extensions import Buffer


class _Failing(io.RawIOBase):
    def __init__(self, after: int) -> None:
        self.left = after

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        raise OSError(28, "No space left on device")

    def readinto(self, buffer: Buffer) -> int:
        if self.left <= 0:
            raise OSError(5, "Input/output error")
        view = memoryview(buffer)
        size = min(len(view), self.left)
        view[:size] = b"x" * size
        self.left -= size
        return size


def test_write_behind_keeps_every_byte_in_order_from_a_reused_buffer() -> None:
    rng = random.Random(7)
    sink = io.BytesIO()
    expected = bytearray()
    buffer = bytearray(3 * BLOCK)
    with WriteBehind(sink) as behind:
        for size in [0, 1, 65_552, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK + 3, *range(1, 40)]:
            buffer[:size] = rng.randbytes(size)
            behind.write(memoryview(buffer)[:size])
            expected += buffer[:size]
            buffer[:size] = bytes(size)  # the caller reuses its buffer at once
        behind.finish()
    assert sink.getvalue() == bytes(expected)


def test_write_behind_raises_the_writers_error_and_drops_the_rest() -> None:
    behind = WriteBehind(_Failing(0))
    with pytest.raises(OSError, match="No space left"), behind:
        for _ in range(64):
            behind.write(bytes(BLOCK))
        behind.finish()


def test_read_ahead_returns_what_the_source_holds_then_its_error() -> None:
    data = os.urandom(3 * BLOCK + 17)
    with ReadAhead(io.BytesIO(data)) as ahead:
        got = b"".join(iter(lambda: ahead.read(100_000), b""))
    assert got == data
    with ReadAhead(_Failing(BLOCK + 5)) as ahead:
        assert len(ahead.read(BLOCK)) == BLOCK
        assert ahead.read(BLOCK) == b"x" * 5
        with pytest.raises(OSError, match="Input/output"):
            ahead.read(BLOCK)


@pytest.mark.parametrize("window", [SYNC_EVERY, BLOCK])
def test_syncing_writer_hashes_and_syncs_as_it_goes(tmp_path: Path, window: int) -> None:
    data = os.urandom(SYNC_EVERY + BLOCK)  # one window, or many: some waited for and dropped
    digest = hashlib.sha256()
    with (tmp_path / "out.bin").open("wb") as out:
        writer = SyncingWriter(out, digest, window)
        for start in range(0, len(data), BLOCK):
            writer.write(data[start : start + BLOCK])
        out.flush()
    assert writer.size == len(data)
    assert digest.hexdigest() == hashlib.sha256(data).hexdigest()
    assert (tmp_path / "out.bin").read_bytes() == data
