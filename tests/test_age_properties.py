"""Property tests of the age layer: roundtrips, and any tampering is an AgeError.

A flipped bit anywhere, a truncation at any length, inserted or deleted bytes, or garbage input
must raise an AgeError subclass (never another exception), and whatever plaintext the reader
released before raising must be a prefix of the true plaintext.
"""

from __future__ import annotations

import io
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.store.age import (
    CHUNK_SIZE,
    AgeError,
    AgeReader,
    AgeWriter,
    generate_identity,
)

IDENTITY, RECIPIENT = generate_identity()
OTHER_IDENTITY, OTHER_RECIPIENT = generate_identity()
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Sizes around the chunk boundaries, where STREAM has its edge cases, and anything in between.
sizes = st.one_of(
    st.sampled_from([0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE]),
    st.integers(0, 3 * CHUNK_SIZE + 17),
)


class Trickle(io.BytesIO):
    """A source that gives at most ``step`` bytes a read, as a pipe or a slow device may."""

    def __init__(self, data: bytes, step: int) -> None:
        super().__init__(data)
        self.step = step

    def read(self, size: int | None = -1, /) -> bytes:
        if size is None or size < 0 or size > self.step:
            size = self.step
        return super().read(size)

    # RawIOBase's buffer may be any writable buffer; the tests pass memoryviews.
    def readinto(self, buffer: memoryview, /) -> int:  # type: ignore[override]
        return super().readinto(memoryview(buffer)[: self.step])


def encrypt(plaintext: bytes, write_sizes: list[int], recipients: list[str]) -> bytes:
    out = io.BytesIO()
    with AgeWriter(out, recipients) as writer:
        view = memoryview(plaintext)
        pos = 0
        for size in write_sizes:
            writer.write(view[pos : pos + size])
            pos += size
        writer.write(view[pos:])
    return out.getvalue()


def decrypt(
    ciphertext: bytes, read_size: int, source_step: int | None = None
) -> tuple[bytes, AgeError | None]:
    released = bytearray()
    source = io.BytesIO(ciphertext) if source_step is None else Trickle(ciphertext, source_step)
    try:
        with AgeReader(source, [OTHER_IDENTITY, IDENTITY]) as reader:
            while block := reader.read(read_size):
                released += block
    except AgeError as exc:
        return bytes(released), exc
    return bytes(released), None


def make_plaintext(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


@FUZZ
@given(
    size=sizes,
    seed=st.integers(0, 2**32),
    write_sizes=st.lists(st.integers(0, 2 * CHUNK_SIZE), max_size=6),
    read_size=st.sampled_from([1, 7, 4096, CHUNK_SIZE - 1, CHUNK_SIZE, 3 * CHUNK_SIZE]),
    both_recipients=st.booleans(),
    source_step=st.sampled_from([None, 1000, CHUNK_SIZE + 7]),
)
@pytest.mark.slow
def test_roundtrip(
    size: int,
    seed: int,
    write_sizes: list[int],
    read_size: int,
    both_recipients: bool,
    source_step: int | None,
) -> None:
    plaintext = make_plaintext(size, seed)
    recipients = [OTHER_RECIPIENT, RECIPIENT] if both_recipients else [RECIPIENT]
    ciphertext = encrypt(plaintext, write_sizes, recipients)
    released, error = decrypt(ciphertext, read_size, source_step)
    assert error is None
    assert released == plaintext


@pytest.mark.parametrize("source_step", [None, 1000, CHUNK_SIZE + 7])
@pytest.mark.parametrize(
    "size", [15 * CHUNK_SIZE, 16 * CHUNK_SIZE, 16 * CHUNK_SIZE + 1, 33 * CHUNK_SIZE - 1]
)
def test_roundtrip_around_the_read_buffer(size: int, source_step: int | None) -> None:
    """The reader takes 16 encrypted chunks from its source at once, whatever reads return."""
    plaintext = make_plaintext(size, size)
    ciphertext = encrypt(plaintext, [], [RECIPIENT])
    for read_size in (CHUNK_SIZE - 1, 3 * CHUNK_SIZE):
        assert decrypt(ciphertext, read_size, source_step) == (plaintext, None)


# Fixed samples (two chunks and a short one, two full chunks, a single short chunk, and more
# chunks than the reader buffers at once) so hypothesis spends its examples on the damage, not
# on encryption.
SAMPLES = [
    make_plaintext(n, n) for n in (2 * CHUNK_SIZE + 100, 2 * CHUNK_SIZE, 100, 17 * CHUNK_SIZE + 9)
]
CIPHERTEXTS = [encrypt(p, [], [RECIPIENT]) for p in SAMPLES]


def assert_refused(sample: int, damaged: bytes) -> None:
    released, error = decrypt(damaged, CHUNK_SIZE)
    assert error is not None, "damaged ciphertext was accepted"
    assert "\n" not in str(error)
    assert SAMPLES[sample].startswith(released)


# Floats spread over the whole file; integers land in the header (about 180 bytes), the
# payload nonce and the first chunk's start.
positions = st.one_of(st.floats(0, 1, exclude_max=True), st.integers(0, 400))


def position(ciphertext: bytes | bytearray, where: float | int) -> int:
    """Map a strategy value to an offset; integers focus on the header and first bytes."""
    return int(where * len(ciphertext)) if isinstance(where, float) else where % len(ciphertext)


@FUZZ
@given(sample=st.sampled_from(range(len(SAMPLES))), where=positions, mask=st.integers(1, 255))
@pytest.mark.slow
def test_any_flipped_byte_is_refused(sample: int, where: float | int, mask: int) -> None:
    damaged = bytearray(CIPHERTEXTS[sample])
    damaged[position(damaged, where)] ^= mask
    assert_refused(sample, bytes(damaged))


@FUZZ
@given(sample=st.sampled_from(range(len(SAMPLES))), where=positions)
def test_any_truncation_is_refused(sample: int, where: float | int) -> None:
    ciphertext = CIPHERTEXTS[sample]
    assert_refused(sample, ciphertext[: position(ciphertext, where)])


@FUZZ
@given(
    sample=st.sampled_from(range(len(SAMPLES))),
    where=positions,
    deleted=st.integers(0, 40),
    inserted=st.binary(max_size=40),
)
def test_inserted_or_deleted_bytes_are_refused(
    sample: int, where: float | int, deleted: int, inserted: bytes
) -> None:
    ciphertext = CIPHERTEXTS[sample]
    at = position(ciphertext, where)
    damaged = ciphertext[:at] + inserted + ciphertext[at + deleted :]
    if damaged != ciphertext:
        assert_refused(sample, damaged)


@FUZZ
@given(
    sample=st.sampled_from(range(len(SAMPLES))),
    garbage=st.binary(min_size=1, max_size=CHUNK_SIZE + 20),
)
def test_trailing_data_is_refused(sample: int, garbage: bytes) -> None:
    assert_refused(sample, CIPHERTEXTS[sample] + garbage)


@FUZZ
@given(
    prefix=st.sampled_from([b"", b"age-encryption.org/v1\n", b"age-encryption.org/v1\n-> "]),
    data=st.binary(max_size=300),
)
def test_garbage_input_is_an_age_error(prefix: bytes, data: bytes) -> None:
    _, error = decrypt(prefix + data, CHUNK_SIZE)
    assert error is not None
