"""The store's portable part against a real PostgreSQL: what docs/architecture.md ("Several
people on one central store") says runs there, and what it says does not.

The module starts a throwaway server itself (Debian's `postgresql` package, `initdb` into a
temporary folder, a unix socket only, run as ``nobody`` when the suite runs as root) and
removes it afterwards. A statement the docs call SQLite-specific is checked to fail on the
server: once someone ports it, the test fails and the docs must change with it.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.exc import IntegrityError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.core import audit, record_hashes, search
from desktop_app.core.desk import Desk
from desktop_app.core.hlc import SystemClock
from desktop_app.core.models import (
    Base,
    Institution,
    InstitutionKind,
    NodeRole,
    RecordHash,
    Setting,
    User,
    UserRole,
)
from desktop_app.store import age
from desktop_app.store.migrate import alembic_config, include_object
from desktop_app.store.workspace import Workspace

pytestmark = pytest.mark.slow

ROLE = "desk"
USER = "admin"
# Any number that is the audit log's own: every writer takes it before reading the last entry.
AUDIT_LOCK = 19


def postgres_bin() -> Path:
    """The newest installed server's binaries (Debian keeps each major version apart)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[4]))
    assert found, "PostgreSQL's server is not installed (make deps installs Debian's postgresql)"
    return found[-1].parent


@pytest.fixture(scope="module")
def socket_dir() -> Iterator[Path]:
    """A fresh cluster listening on a unix socket in a temporary folder only."""
    root = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    # PostgreSQL refuses to run as root.
    as_user = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []
    if as_user:
        shutil.chown(root, "nobody", "nogroup")
    data, binaries = root / "data", postgres_bin()

    def run(*args: str) -> None:
        subprocess.run([*as_user, *args], check=True, capture_output=True, text=True, cwd=root)

    try:
        run(str(binaries / "initdb"), "-D", str(data), "-U", ROLE, "--auth=trust", "-E", "UTF8")
        # A throwaway cluster: nothing in it needs to survive a crash, so no fsync.
        options = (
            f"-c listen_addresses='' -c unix_socket_directories={root}"
            " -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
            # Files in the data folder: a chroot may have no /dev/shm.
            " -c dynamic_shared_memory_type=mmap"
        )
        run(
            str(binaries / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(root / "log"),
            "-o",
            options,
            "-w",
            "start",
        )
        try:
            yield root
        finally:
            run(str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def new_database(socket_dir: Path, name: str) -> Engine:
    def url(database: str) -> str:
        return f"postgresql+psycopg://{ROLE}@/{database}?host={socket_dir}"

    admin = create_engine(url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return create_engine(url(name))


@pytest.fixture
def database(socket_dir: Path) -> Iterator[Engine]:
    """An empty database of its own for each test."""
    engine = new_database(socket_dir, f"store_{secrets.token_hex(4)}")
    yield engine
    engine.dispose()


def upgrade_each_revision(engine: Engine) -> None:
    """Every alembic migration in order, each in its own transaction, as a store is made."""
    for revision in list(ScriptDirectory.from_config(alembic_config()).walk_revisions())[::-1]:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn, Base.metadata), revision.revision)


def test_every_model_table_is_created(database: Engine) -> None:
    Base.metadata.create_all(database)
    assert set(inspect(database).get_table_names()) == set(Base.metadata.tables)


def test_every_migration_runs_once_the_search_index_is_a_plain_table(database: Engine) -> None:
    """0001's FTS5 virtual table replaced by a plain table of the same columns (``rowid``
    included, which 0018 copies into ``search_keys``): the chain runs, and the migrated schema
    is the models' (autogenerate would change nothing)."""

    def plain_search_index(*args: object) -> tuple[object, object]:
        statement, parameters = args[2], args[3]
        if isinstance(statement, str) and statement.startswith("CREATE VIRTUAL TABLE search_"):
            return (
                "CREATE TABLE search_index (rowid BIGINT PRIMARY KEY, kind TEXT,"
                " record_id TEXT, title TEXT, body TEXT)",
                parameters,
            )
        return statement, parameters

    event.listen(database, "before_cursor_execute", plain_search_index, retval=True)
    upgrade_each_revision(database)
    with database.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []


def test_the_full_text_migration_is_sqlite_only(database: Engine) -> None:
    with pytest.raises(ProgrammingError, match="VIRTUAL"):
        upgrade_each_revision(database)


class Store(NamedTuple):
    engine: Engine
    sessions: sessionmaker[Session]
    seed: bytes


@pytest.fixture
def store(database: Engine) -> Store:
    """What create_desk writes, minus the SQLCipher file and its key slots: the models'
    tables, the node's settings, the admin and the log's first signed entry."""
    Base.metadata.create_all(database)
    seed = audit.new_signing_seed()
    sessions = sessionmaker(database, info={audit.SIGNER: audit.Signer(USER, seed)})
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with sessions() as session, session.begin():
        for key, value in {"node_code": "COORD", "node_role": NodeRole.COORDINATOR.value}.items():
            session.add(Setting(key=key, value=value))
        public = audit.public_hex(seed)
        session.add(
            User(
                name=USER, role=UserRole.ADMIN.value, created_at=now, active=True, public_key=public
            )
        )
        session.flush()
        recipient = age.generate_identity()[1]
        detail = f"role=coordinator key={public} recipient={recipient}"
        audit.append(session, USER, "init", "node", "COORD", detail)
    return Store(database, sessions, seed)


@pytest.fixture
def desk(store: Store, tmp_path: Path) -> Desk:
    """A Desk over the PostgreSQL engine: core/desk.py takes any Engine."""
    return Desk(Workspace(tmp_path), store.engine, b"\0" * 32, USER, SystemClock(), store.seed)


def test_bytes_round_trip_as_bytea(store: Store) -> None:
    with store.sessions() as session, session.begin():
        session.add(RecordHash(kind="measure", record_id="m-1", sha256=bytes(range(32))))
    with store.sessions() as session:
        assert session.scalar(select(RecordHash.sha256)) == bytes(range(32))


def test_orm_services_of_a_desk_run(desk: Desk) -> None:
    assert desk.setting("node_code") == "COORD"
    desk.set_setting("node_name", "Koordinasiya")
    assert desk.setting("node_name") == "Koordinasiya"
    assert [user.name for user in desk.users.users()] == [USER]
    assert [entry.action for entry in desk.audit.recent()][:2] == ["setting", "init"]
    check = desk.audit.verify()
    assert check.ok and check.entries == 2, check.problem


def states_for(desk: Desk) -> None:
    with desk.reading() as session:
        audit.states_for(session, audit.USER_KIND, [USER])


def record_states(desk: Desk) -> None:
    with desk.transaction() as session:
        audit.record_states(session, audit.next_seq(session), [(audit.USER_KIND, USER, "0" * 64)])


def create_synchronised_record(desk: Desk) -> None:
    with desk.transaction() as session:
        desk.recorder.create(
            session, Institution, code="AG1", name="Agentlik", kind=InstitutionKind.AGENCY.value
        )


def full_text_search(desk: Desk) -> None:
    with desk.reading() as session:
        search.search(session, "Agentlik")


def record_hash_triggers(desk: Desk) -> None:
    with desk.engine.begin() as connection:
        record_hashes.install_triggers(connection)


@pytest.mark.parametrize(
    ("statement", "error"),
    [
        (states_for, "placeholders"),  # raw SQL written with sqlite3's ? placeholders
        (record_states, "placeholders"),  # INSERT OR REPLACE, ? placeholders
        (create_synchronised_record, "search_index"),  # every write indexes into FTS5
        (full_text_search, "MATCH"),
        (record_hash_triggers, "NOT"),  # CREATE TRIGGER IF NOT EXISTS ... BEGIN ... END
    ],
    ids=["states_for", "record_states", "recorder_create", "search", "triggers"],
)
def test_what_the_docs_call_sqlite_specific_fails(
    desk: Desk, statement: Callable[[Desk], None], error: str
) -> None:
    with pytest.raises(ProgrammingError, match=error):
        statement(desk)


def append_concurrently(sessions: sessionmaker[Session], *, locked: bool) -> None:
    """Two writers append to the log at once, as two people of a secretariat would; with
    ``locked`` each first takes a transaction-scoped advisory lock."""
    errors: list[BaseException] = []

    def append(session: Session, record_id: str) -> None:
        if locked:
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK})
        audit.append(session, USER, "setting", "setting", record_id, "concurrent writer")

    def second() -> None:
        try:
            with sessions() as session, session.begin():
                append(session, "b")
        except Exception as exc:  # raised again in the test's own thread
            errors.append(exc)

    with sessions() as session, session.begin():
        append(session, "a")
        writer = threading.Thread(target=second)
        writer.start()
        time.sleep(0.5)  # the second now waits, on the lock or on the first's sequence number
    writer.join()
    if errors:
        raise errors[0]


def test_two_audit_writers_collide_without_a_lock(store: Store) -> None:
    with pytest.raises(IntegrityError, match="pk_audit_events"):
        append_concurrently(store.sessions, locked=False)


def test_two_audit_writers_under_an_advisory_lock_both_commit(store: Store, desk: Desk) -> None:
    append_concurrently(store.sessions, locked=True)
    check = desk.audit.verify()
    assert check.ok and check.entries == 3, check.problem
