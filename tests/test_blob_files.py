"""Attachment content as age files beside the store: written before commit, removed on
rollback, swept after a crash, refused when damaged or swapped, moved out of old stores."""

from __future__ import annotations

import hashlib
import io
import os
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop_app.core.attachments import blob_chunks, store_blob
from desktop_app.core.desk import Desk, open_desk
from desktop_app.core.models import Blob
from desktop_app.errors import StoreError
from desktop_app.store import age
from desktop_app.store.blobfiles import BLOB_DIR, ORPHAN_GRACE_S
from desktop_app.store.migrate import current_revision, head_revision
from tests.conftest import PASSPHRASE, old_store

EVIDENCE = "Sübut: şəbəkə auditi aktı".encode() * 50_000  # about 1.5 MB: two read pieces


def _files(desk: Desk) -> list[str]:
    folder = desk.workspace.home / BLOB_DIR
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _attach(desk: Desk, tmp_path: Path, content: bytes = EVIDENCE, name: str = "akt.txt") -> str:
    desk.plan.add_institution("CBAR", "Mərkəzi Bank", "Central Bank")
    desk.plan.add_measure("1.1.1", "Audit", "CBAR")
    source = tmp_path / name
    source.write_bytes(content)
    return desk.attachments.attach("1.1.1", source).sha256


def test_content_is_one_encrypted_file_read_back_whole(coordinator: Desk, tmp_path: Path) -> None:
    sha = _attach(coordinator, tmp_path)
    [name] = _files(coordinator)
    on_disk = (coordinator.workspace.home / BLOB_DIR / name).read_bytes()
    assert on_disk.startswith(b"age-encryption.org/v1\n")
    assert EVIDENCE[:40] not in on_disk and sha not in name
    assert coordinator.attachments.save_copy(sha, tmp_path / "copy.txt") == len(EVIDENCE)
    assert (tmp_path / "copy.txt").read_bytes() == EVIDENCE
    # The same content attached to another record shares the file (to the same record it is
    # refused: tests/test_plan_history.py).
    coordinator.plan.add_measure("1.1.2", "Audit 2", "CBAR")
    coordinator.attachments.attach("1.1.2", tmp_path / "akt.txt", "ikinci.txt")
    assert _files(coordinator) == [name]


def test_a_rolled_back_transaction_leaves_no_file(coordinator: Desk) -> None:
    with pytest.raises(RuntimeError), coordinator.transaction() as session:
        store_blob(session, io.BytesIO(EVIDENCE))
        assert len(_files(coordinator)) == 1
        raise RuntimeError("the import failed later")
    assert _files(coordinator) == []
    with coordinator.reading() as session:
        assert session.scalars(select(Blob)).all() == []


def test_content_that_misses_its_hash_leaves_nothing(coordinator: Desk) -> None:
    with pytest.raises(Exception, match="does not match its SHA-256"):
        with coordinator.transaction() as session:
            store_blob(session, io.BytesIO(EVIDENCE), expected_sha256="0" * 64)
    assert _files(coordinator) == []


def test_files_a_crash_left_are_swept_once_old(coordinator: Desk, tmp_path: Path) -> None:
    _attach(coordinator, tmp_path)
    [kept] = _files(coordinator)
    folder = coordinator.workspace.home / BLOB_DIR
    old_orphan, fresh_orphan = folder / f"{'a' * 32}.age", folder / f"{'b' * 32}.age"
    old_temp = folder / f".{'c' * 32}.age.0123456789ab.tmp"
    for path in (old_orphan, fresh_orphan, old_temp):
        path.write_bytes(b"left by a crash")
    long_ago = time.time() - ORPHAN_GRACE_S - 60
    for path in (old_orphan, old_temp):
        os.utime(path, (long_ago, long_ago))
    os.utime(folder / kept, (long_ago, long_ago))
    home = coordinator.workspace.home
    coordinator.close()
    with open_desk(home, user="admin", passphrase=PASSPHRASE) as desk:
        assert _files(desk) == sorted([kept, fresh_orphan.name])


def test_a_damaged_file_is_one_clear_error(coordinator: Desk, tmp_path: Path) -> None:
    sha = _attach(coordinator, tmp_path)
    [name] = _files(coordinator)
    path = coordinator.workspace.home / BLOB_DIR / name
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match=f"{name} is damaged"):
        coordinator.attachments.save_copy(sha, tmp_path / "copy.txt")
    assert not (tmp_path / "copy.txt").exists()
    path.unlink()
    with pytest.raises(StoreError, match=f"{name} is missing"):
        coordinator.attachments.save_copy(sha, tmp_path / "copy.txt")


def test_a_file_swapped_for_another_is_refused(coordinator: Desk, tmp_path: Path) -> None:
    first = _attach(coordinator, tmp_path)
    second = coordinator.attachments.attach("1.1.1", _write(tmp_path / "b.txt", b"other")).sha256
    with coordinator.reading() as session:
        one, two = (session.get(Blob, sha) for sha in (first, second))
        assert one is not None and two is not None
        folder = coordinator.workspace.home / BLOB_DIR
        (folder / one.file_name).write_bytes((folder / two.file_name).read_bytes())
        with pytest.raises(StoreError, match="is damaged"):
            b"".join(blob_chunks(session, first))
        assert b"".join(blob_chunks(session, second)) == b"other"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_content_kept_in_the_database_moves_into_files(tmp_path: Path) -> None:
    """A store from before revision 0004 held attachment content in ``blob_chunks`` rows."""
    home = tmp_path / "old"
    old = old_store(home, "0003_bundle_prev")
    sha = hashlib.sha256(EVIDENCE).hexdigest()
    pieces = [EVIDENCE[i : i + (1 << 20)] for i in range(0, len(EVIDENCE), 1 << 20)]
    with old.begin() as conn:
        conn.execute(
            text("INSERT INTO blobs VALUES (:s, :n, :c)"),
            {"s": sha, "n": len(EVIDENCE), "c": len(pieces)},
        )
        for seq, piece in enumerate(pieces):
            conn.execute(
                text("INSERT INTO blob_chunks VALUES (:s, :q, :d)"),
                {"s": sha, "q": seq, "d": piece},
            )
    old.dispose()

    with open_desk(home, user="admin", passphrase=PASSPHRASE) as desk:
        assert current_revision(desk.engine) == head_revision()
        with desk.reading() as session:
            assert b"".join(blob_chunks(session, sha)) == EVIDENCE
            tables = {row[0] for row in session.execute(text("SELECT name FROM sqlite_master"))}
        assert "blob_chunks" not in tables
        [name] = _files(desk)
        with desk.reading() as session:
            identity = session.execute(text("SELECT file_identity FROM blobs")).scalar_one()
        with (home / BLOB_DIR / name).open("rb") as stream:
            assert age.AgeReader(stream, [str(identity)]).read() == EVIDENCE
