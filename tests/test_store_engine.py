"""The SQLCipher engine: pragmas, hooks, no plaintext on disk, wrong keys and damaged files."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, text

from desktop_app.errors import StoreError
from desktop_app.store.engine import (
    READ_CACHE_KIB,
    check_integrity,
    open_engine,
)
from desktop_app.store.keyslots import FAST_KDF
from desktop_app.store.workspace import Workspace

CANARY = "CANARY-7f3a-Ağdərə-şəffaf"
PAGE = 4096


def _fill(engine: Engine, rows: int = 200) -> None:
    with engine.begin() as conn:
        _fill_in(conn, rows)


def _fill_in(conn: Connection, rows: int) -> None:
    conn.exec_driver_sql("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute(
        text("INSERT INTO notes (body) VALUES (:body)"),
        [{"body": f"note {i} " + "x" * 200} for i in range(rows)],
    )


def _files_containing(folder: Path, needle: bytes) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes())


def test_pragmas_and_connect_hooks(tmp_path: Path) -> None:
    def register(dbapi_conn: Any) -> None:
        dbapi_conn.create_function("shout", 1, lambda value: value.upper() + "!")

    engine = open_engine(tmp_path / "desk.db", os.urandom(32), on_connect=[register])
    try:
        with engine.connect() as conn:
            pragma = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in (
                    "journal_mode",
                    "foreign_keys",
                    "temp_store",
                    "secure_delete",
                    "cache_size",
                )
            }
            assert pragma == {
                "journal_mode": "wal",
                "foreign_keys": 1,
                "temp_store": 2,
                "secure_delete": 1,
                "cache_size": -READ_CACHE_KIB,
            }
            assert str(conn.exec_driver_sql("PRAGMA cipher_version").scalar()).startswith("4.")
            assert conn.exec_driver_sql("SELECT shout('salam')").scalar() == "SALAM!"
    finally:
        engine.dispose()


def test_transactions_include_ddl(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "desk.db", os.urandom(32))
    try:
        with pytest.raises(RuntimeError), engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE half_done (x)")
            raise RuntimeError("roll back")
        with engine.connect() as conn:
            names = conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
        assert "half_done" not in names
    finally:
        engine.dispose()


def test_canary_never_reaches_the_disk_in_plaintext(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "home")
    key = ws.create("alice", "canary passphrase", FAST_KDF)
    engine = ws.open_engine(key)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t (body TEXT)")
            conn.execute(text("INSERT INTO t VALUES (:b)"), [{"b": CANARY}] * 50)
            # Sorting more than fits a small cache would spill to a temp file on disk.
            conn.exec_driver_sql("PRAGMA cache_size = 2")
            conn.exec_driver_sql("SELECT body FROM t ORDER BY body || random()").all()
        wal = ws.db_path.with_name("desk.db-wal")
        assert wal.stat().st_size > 0  # the rows are in the WAL, not yet checkpointed
        assert _files_containing(ws.home, CANARY.encode()) == []
        with engine.connect() as conn:
            count = conn.exec_driver_sql("SELECT count(*) FROM t WHERE body = ?", (CANARY,))
            assert count.scalar() == 50
    finally:
        engine.dispose()
    assert _files_containing(ws.home, CANARY.encode()) == []


def test_canary_grep_finds_plaintext_sqlite(tmp_path: Path) -> None:
    """The same grep over a plain SQLite WAL database does find the canary."""
    plain = sqlite3.connect(tmp_path / "plain.db")
    plain.execute("PRAGMA journal_mode = WAL")
    plain.execute("CREATE TABLE t (body TEXT)")
    plain.executemany("INSERT INTO t VALUES (?)", [(CANARY,)] * 50)
    plain.commit()
    assert "plain.db-wal" in _files_containing(tmp_path, CANARY.encode())
    plain.close()


def test_wrong_key_is_one_line_naming_the_file(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "desk.db"
    right, wrong = os.urandom(32), os.urandom(32)
    engine = open_engine(db, right)
    _fill(engine)
    engine.dispose()
    capfd.readouterr()
    with pytest.raises(StoreError) as caught:
        open_engine(db, wrong)
    message = str(caught.value)
    assert message == f"{db} is not a valid InfoSec Desk store or the key is wrong"
    for key in (right, wrong):
        assert key.hex() not in message and key.hex().upper() not in message
    # cipher_log_level = NONE: SQLCipher printed nothing of its own.
    assert capfd.readouterr().err == ""


def test_key_is_not_in_repr_or_url(tmp_path: Path) -> None:
    key = os.urandom(32)
    engine = open_engine(tmp_path / "desk.db", key)
    try:
        shown = repr(engine) + str(engine.url) + engine.url.render_as_string(hide_password=False)
        assert key.hex() not in shown.lower()
    finally:
        engine.dispose()


def test_garbage_file_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    db.write_bytes(os.urandom(3 * PAGE))
    with pytest.raises(StoreError, match=f"^{re.escape(str(db))} is not a valid InfoSec Desk"):
        open_engine(db, os.urandom(32))


def test_flipped_bytes_in_page_two_are_reported(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    key = os.urandom(32)
    engine = open_engine(db, key)
    _fill(engine)
    engine.dispose()
    raw = bytearray(db.read_bytes())
    assert len(raw) > 2 * PAGE
    raw[PAGE + 1000 : PAGE + 1008] = bytes(b ^ 0xFF for b in raw[PAGE + 1000 : PAGE + 1008])
    db.write_bytes(bytes(raw))

    engine = open_engine(db, key)  # page 1 (the schema) is intact
    try:
        with pytest.raises(StoreError, match=f"^{re.escape(str(db))} is damaged"):
            check_integrity(engine)
        # Reading the damaged table is refused with the same kind of message, not a traceback.
        with pytest.raises(StoreError, match=re.escape(str(db))), engine.connect() as conn:
            conn.exec_driver_sql("SELECT body FROM notes").all()
    finally:
        engine.dispose()


def test_intact_store_passes_integrity_check(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "desk.db", os.urandom(32))
    try:
        _fill(engine)
        check_integrity(engine)
    finally:
        engine.dispose()


def test_truncated_file_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    key = os.urandom(32)
    engine = open_engine(db, key)
    _fill(engine)
    engine.dispose()
    db.write_bytes(db.read_bytes()[: PAGE // 2])
    with pytest.raises(StoreError, match=re.escape(str(db))):
        open_engine(db, key)
