"""SQLAlchemy engine over SQLCipher 4 (sqlcipher3), keyed with a raw 256-bit data key.

The key is handed to SQLCipher as a raw key (``x'<hex>'``), so SQLCipher runs no KDF of its
own; it lives only in a closure of the connect hook, never in the URL, a log or a message.
DB-API errors arrive as SQLAlchemy exceptions because the dialect's DB-API module is sqlcipher3;
a wrong key or a damaged file, whenever it shows, is turned into one ``StoreError`` line.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DBAPIError

from desktop_app.errors import StoreError
from desktop_app.store import jsontext
from desktop_app.store.atomic import os_reason

KEY_BYTES = 32

ConnectHook = Callable[[DBAPIConnection], None]

# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26

READ_CACHE_KIB = 16 * 1024

_PRAGMAS = (
    "PRAGMA temp_store = MEMORY",  # no temp files: sorts and temp tables stay in memory
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    # SQLCipher encrypts WAL frames like database pages (tests grep -wal for a canary); WAL
    # lets the GUI read while its single writer commits.
    "PRAGMA journal_mode = WAL",
    # A two-word search of a national store ranks 60,000-80,000 matches: its index pages and
    # their lengths' pages (about 2,800) did not fit the default 8 MB (2,000 pages), so every
    # search read and decrypted them all again. The cache holds only pages a connection read.
    # A merge's transaction keeps this size too: a larger one for it (64 MB) filled as the
    # bundle grew and made the import's memory grow with its records.
    f"PRAGMA cache_size = -{READ_CACHE_KIB}",
)


def invalid_store(db_path: Path) -> StoreError:
    return StoreError(
        "{db_path} is not a valid InfoSec Desk store or the key is wrong", db_path=db_path
    )


def _translate(db_path: Path, exc: BaseException) -> StoreError | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    if code & 0xFF == _SQLITE_NOTADB:
        return invalid_store(db_path)
    if code & 0xFF == _SQLITE_CORRUPT:
        return StoreError(
            "{db_path} is damaged (a page failed its integrity check)", db_path=db_path
        )
    return None


def open_engine(db_path: Path, key: bytes, on_connect: Sequence[ConnectHook] = ()) -> Engine:
    """An engine on the SQLCipher file ``db_path`` (created if missing) keyed with ``key``.

    Every new DB-API connection gets the key, the pragmas and then the ``on_connect`` hooks
    (collations, functions). The file is read once before returning, so a wrong key or a
    damaged header fails here with ``StoreError`` naming the file.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    db_path = Path(db_path)
    if not db_path.exists():
        # SQLite gives -wal and -shm the database file's permissions.
        try:
            os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise StoreError(
                "could not create {db_path}: {reason}", db_path=db_path, reason=os_reason(exc)
            ) from exc
    key_pragma = f"PRAGMA key = \"x'{key.hex()}'\""
    hooks = tuple(on_connect)

    engine = create_engine(
        f"sqlite:///{db_path}", module=sqlcipher3.dbapi2, json_serializer=jsontext.dumps
    )

    def connect(dbapi_conn: Any, _record: Any) -> None:
        # Before the key, so a failed HMAC check is reported through the exception only
        # instead of also being printed on stderr.
        dbapi_conn.execute("PRAGMA cipher_log_level = NONE")
        dbapi_conn.execute(key_pragma)
        # SQLAlchemy emits BEGIN itself (see ``begin``): DDL becomes transactional, which
        # migrations rely on, and SAVEPOINT works.
        dbapi_conn.isolation_level = None
        for pragma in _PRAGMAS:
            dbapi_conn.execute(pragma)
        for hook in hooks:
            hook(dbapi_conn)

    def begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    def handle_error(context: ExceptionContext) -> StoreError | None:
        return _translate(db_path, context.original_exception)

    event.listen(engine, "connect", connect, insert=True)
    event.listen(engine, "begin", begin)
    event.listen(engine, "handle_error", handle_error)

    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
    except DBAPIError as exc:
        engine.dispose()
        raise StoreError(
            "could not open {db_path}: {orig}", db_path=db_path, orig=exc.orig
        ) from exc
    except StoreError:
        engine.dispose()
        raise
    return engine


def check_integrity(engine: Engine) -> None:
    """Verify every page's HMAC and the b-tree structure; ``StoreError`` if anything is off.

    It reads the whole file (about 350 MB/s here), so it is an explicit check, not part of
    every open.
    """
    db_path = engine.url.database
    with engine.connect() as conn:
        cipher_errors = conn.exec_driver_sql("PRAGMA cipher_integrity_check").all()
        structure = conn.exec_driver_sql("PRAGMA quick_check").all()
    if cipher_errors:
        raise StoreError(
            "{db_path} is damaged: pages that fail their check: {n}",
            db_path=db_path,
            n=len(cipher_errors),
        )
    if [row[0] for row in structure] != ["ok"]:
        raise StoreError(
            "{db_path} is damaged: {structure}", db_path=db_path, structure=structure[0][0]
        )


def rekey(db_path: Path, key: bytes, new_key: bytes) -> None:
    """Re-encrypt every page of the database under ``new_key`` (SQLCipher ``PRAGMA rekey``,
    one transaction: the file has the old key or the new one)."""
    engine = open_engine(db_path, key)
    try:
        with engine.connect() as conn:
            dbapi: Any = conn.connection.driver_connection
            dbapi.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    finally:
        engine.dispose()
