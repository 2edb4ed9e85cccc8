"""Our age layer against the real `age` CLI (Debian's package), in both directions.

Secret keys reach the CLI only through a 0600 identity file, never its command line.
"""

from __future__ import annotations

import io
import os
import subprocess
import tracemalloc
from pathlib import Path

import pytest

from desktop_app.store.age import (
    CHUNK_SIZE,
    AgeError,
    AgeReader,
    AgeWriter,
    PayloadError,
    decrypt_stream,
    encrypt_stream,
    generate_identity,
    parse_identity,
    parse_recipient,
    recipient_from_identity,
)

SIZES = [0, 1, CHUNK_SIZE, CHUNK_SIZE + 1, 5 * 1024 * 1024 + 123]


def write_identity_file(path: Path, identity: str) -> Path:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(identity + "\n")
    return path


def age_decrypt(ciphertext: bytes, key_file: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        ["age", "-d", "-i", str(key_file)], input=ciphertext, capture_output=True, check=False
    )


def age_encrypt(plaintext: bytes, *recipients: str) -> bytes:
    args = [arg for r in recipients for arg in ("-r", r)]
    return subprocess.run(["age", *args], input=plaintext, capture_output=True, check=True).stdout


@pytest.fixture
def keypair(tmp_path: Path) -> tuple[str, str, Path]:
    identity, recipient = generate_identity()
    return identity, recipient, write_identity_file(tmp_path / "key.txt", identity)


@pytest.mark.parametrize("size", SIZES)
def test_cli_decrypts_our_writer(size: int, keypair: tuple[str, str, Path]) -> None:
    _, recipient, key_file = keypair
    plaintext = os.urandom(size)
    ciphertext = io.BytesIO()
    encrypt_stream(io.BytesIO(plaintext), ciphertext, [recipient])
    result = age_decrypt(ciphertext.getvalue(), key_file)
    assert result.returncode == 0, result.stderr
    assert result.stdout == plaintext


@pytest.mark.parametrize("size", SIZES)
def test_our_reader_decrypts_cli(size: int, keypair: tuple[str, str, Path]) -> None:
    identity, recipient, _ = keypair
    plaintext = os.urandom(size)
    ciphertext = age_encrypt(plaintext, recipient)
    out = io.BytesIO()
    decrypt_stream(io.BytesIO(ciphertext), out, [identity])
    assert out.getvalue() == plaintext
    with AgeReader(io.BytesIO(ciphertext), [identity]) as reader:
        assert reader.read() == plaintext


def test_keys_match_age_keygen(tmp_path: Path) -> None:
    key_file = tmp_path / "keygen.txt"
    subprocess.run(["age-keygen", "-o", str(key_file)], capture_output=True, check=True)
    identity = next(
        line for line in key_file.read_text().splitlines() if line.startswith("AGE-SECRET-KEY-1")
    )
    cli_recipient = subprocess.run(
        ["age-keygen", "-y", str(key_file)], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert recipient_from_identity(identity) == cli_recipient
    assert len(parse_identity(identity)) == len(parse_recipient(cli_recipient)) == 32

    ours_identity, ours_recipient = generate_identity()
    ours_file = write_identity_file(tmp_path / "ours.txt", ours_identity)
    assert ours_identity.startswith("AGE-SECRET-KEY-1") and ours_recipient.startswith("age1")
    assert (
        subprocess.run(
            ["age-keygen", "-y", str(ours_file)], capture_output=True, text=True, check=True
        ).stdout.strip()
        == ours_recipient
    )


def test_several_recipients_each_decrypt(tmp_path: Path) -> None:
    keys = [generate_identity() for _ in range(3)]
    plaintext = os.urandom(3 * CHUNK_SIZE)
    ciphertext = io.BytesIO()
    encrypt_stream(io.BytesIO(plaintext), ciphertext, [recipient for _, recipient in keys])
    for n, (identity, _) in enumerate(keys):
        key_file = write_identity_file(tmp_path / f"key{n}.txt", identity)
        assert age_decrypt(ciphertext.getvalue(), key_file).stdout == plaintext
    cli_ciphertext = age_encrypt(plaintext, keys[0][1], keys[2][1])
    with AgeReader(io.BytesIO(cli_ciphertext), [generate_identity()[0], keys[2][0]]) as reader:
        assert reader.read() == plaintext


def test_abandoned_writer_is_refused_by_cli_and_reader(keypair: tuple[str, str, Path]) -> None:
    identity, recipient, key_file = keypair
    ciphertext = io.BytesIO()
    with pytest.raises(RuntimeError), AgeWriter(ciphertext, [recipient]) as writer:
        writer.write(os.urandom(2 * CHUNK_SIZE + 5))
        raise RuntimeError("the producer failed")
    assert writer.closed
    result = age_decrypt(ciphertext.getvalue(), key_file)
    assert result.returncode != 0
    with pytest.raises(PayloadError):
        decrypt_stream(io.BytesIO(ciphertext.getvalue()), io.BytesIO(), [identity])


def test_cli_output_with_trailing_data_is_refused(keypair: tuple[str, str, Path]) -> None:
    identity, recipient, _ = keypair
    ciphertext = age_encrypt(os.urandom(CHUNK_SIZE), recipient) + b"x"
    with pytest.raises(PayloadError, match="trailing data"):
        decrypt_stream(io.BytesIO(ciphertext), io.BytesIO(), [identity])


def test_wrong_identity_and_bad_keys_are_age_errors(keypair: tuple[str, str, Path]) -> None:
    _, recipient, _ = keypair
    ciphertext = age_encrypt(b"secret", recipient)
    other, _ = generate_identity()
    with pytest.raises(AgeError, match="no match"):
        AgeReader(io.BytesIO(ciphertext), [other])
    for bad in ["", "age1", recipient[:-1] + ("q" if recipient[-1] != "q" else "p"), other]:
        with pytest.raises(AgeError):
            parse_recipient(bad)
    for bad in [other.lower(), other[:-2], recipient]:
        with pytest.raises(AgeError):
            parse_identity(bad)


def test_files_stream_in_bounded_memory(tmp_path: Path, keypair: tuple[str, str, Path]) -> None:
    identity, recipient, key_file = keypair
    size = 24 * 1024 * 1024
    plain, cipher, out = tmp_path / "plain", tmp_path / "plain.age", tmp_path / "out"
    plain.write_bytes(os.urandom(size))
    tracemalloc.start()
    try:
        with plain.open("rb") as src, cipher.open("wb") as dst:
            encrypt_stream(src, dst, [recipient])
        encrypt_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        progress: list[int] = []
        with cipher.open("rb") as src, out.open("wb") as dst:
            decrypt_stream(src, dst, [identity], progress.append)
        decrypt_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # A few 1 MiB blocks and 64 KiB chunks, whatever the file size.
    assert encrypt_peak < 4 * 1024 * 1024
    assert decrypt_peak < 4 * 1024 * 1024
    assert progress[-1] == size and progress == sorted(progress)
    assert out.read_bytes() == plain.read_bytes()
    assert age_decrypt(cipher.read_bytes(), key_file).stdout == plain.read_bytes()
