"""What of the store runs on PostgreSQL: a measurement for docs/architecture.md, not a test.

It starts a throwaway PostgreSQL 15 server (Debian's binaries; initdb into a temporary folder,
listening only on a unix socket there, run as ``nobody`` when started as root), runs the
checks below against it and prints one line per check: PASS, FAIL with the first line of the
error, or NOT RUN when an earlier step it needs failed. The server and its folder are removed
at the end.

The driver is not a dependency of InfoSec Desk; install it into your own venv only:

    .venv/bin/pip install 'psycopg[binary]'
    .venv/bin/python scripts/postgres_portability.py

SQLAlchemy loads psycopg from the URL (``postgresql+psycopg://``) at run time, so nothing here
imports it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, func, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.core import audit, record_hashes, search
from desktop_app.core.desk import Desk
from desktop_app.core.hlc import SystemClock
from desktop_app.core.models import (
    AuditEvent,
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
from desktop_app.store.engine import bulk_cache
from desktop_app.store.migrate import alembic_config, include_object
from desktop_app.store.workspace import Workspace

PG_BIN = Path("/usr/lib/postgresql/15/bin")
ROLE = "desk"
USER = "admin"


@contextmanager
def postgres_server() -> Iterator[Path]:
    """A fresh cluster on a unix socket in a temporary folder; yields that folder."""
    root = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    # PostgreSQL refuses to run as root.
    as_user = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []
    if as_user:
        shutil.chown(root, "nobody", "nogroup")
    data = root / "data"

    def run(*args: str) -> None:
        subprocess.run([*as_user, *args], check=True, capture_output=True, text=True, cwd=root)

    try:
        run(str(PG_BIN / "initdb"), "-D", str(data), "-U", ROLE, "--auth=trust", "-E", "UTF8")
        options = f"-c listen_addresses='' -c unix_socket_directories={root}"
        log = str(root / "log")
        run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", log, "-o", options, "-w", "start")
        try:
            yield root
        finally:
            run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def url(socket_dir: Path, database: str) -> str:
    return f"postgresql+psycopg://{ROLE}@/{database}?host={socket_dir}"


def new_database(socket_dir: Path, name: str) -> Engine:
    admin = create_engine(url(socket_dir, "postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return create_engine(url(socket_dir, name))


class Report:
    def __init__(self) -> None:
        self.failed = 0

    def check(self, name: str, step: Callable[[], str | None]) -> bool:
        try:
            note = step()
        except Exception as exc:  # every failure is a finding: print it and go on
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            print(f"FAIL  {name}: {type(exc).__name__}: {first}")
            self.failed += 1
            return False
        print(f"PASS  {name}" + (f" ({note})" if note else ""))
        return True

    def not_run(self, name: str, why: str) -> None:
        print(f"NOT RUN  {name}: {why}")


# What 0001 makes of the FTS5 virtual table when the search index is replaced by a plain
# table of the same columns (``rowid`` included, which 0018 copies into ``search_keys``).
PLAIN_SEARCH_INDEX = (
    "CREATE TABLE search_index (rowid BIGINT PRIMARY KEY, kind TEXT, record_id TEXT,"
    " title TEXT, body TEXT)"
)


def plain_search_index(engine: Engine) -> None:
    """Rewrite 0001's CREATE VIRTUAL TABLE ... USING fts5 into ``PLAIN_SEARCH_INDEX``."""

    def rewrite(
        _conn: object,
        _cursor: object,
        statement: str,
        parameters: object,
        _context: object,
        _many: bool,
    ) -> tuple[str, object]:
        if statement.startswith("CREATE VIRTUAL TABLE search_index"):
            return PLAIN_SEARCH_INDEX, parameters
        return statement, parameters

    event.listen(engine, "before_cursor_execute", rewrite, retval=True)


def migrations(report: Report, socket_dir: Path, database: str, plain_search: bool) -> None:
    """Every alembic migration in order, each in its own transaction, on an empty database."""
    engine = new_database(socket_dir, database)
    if plain_search:
        plain_search_index(engine)
    label = " (search_index as a plain table)" if plain_search else ""
    revisions = list(ScriptDirectory.from_config(alembic_config()).walk_revisions())[::-1]
    failed = ""
    for revision in revisions:
        name = f"alembic upgrade {revision.revision}{label}"
        if failed:
            report.not_run(name, f"{failed} failed")
            continue

        def upgrade(target: str = revision.revision) -> None:
            with engine.begin() as conn:
                command.upgrade(alembic_config(conn, Base.metadata), target)

        if not report.check(name, upgrade):
            failed = revision.revision
    if failed:
        report.not_run(f"migrated schema against the models{label}", f"{failed} failed")
    else:
        report.check(f"migrated schema against the models{label}", lambda: drift(engine))
    engine.dispose()


def drift(engine: Engine) -> str:
    """What autogenerate would change to make the migrated schema the models' (none: PASS)."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        differences = compare_metadata(context, Base.metadata)
    if differences:
        raise RuntimeError(f"{len(differences)} differences, the first: {differences[0]}")
    return "no difference"


def seed_store(sessions: sessionmaker[Session], seed: bytes) -> str:
    """What create_desk writes, minus the SQLCipher file and key slots; the first entry
    without states (recording states is checked on its own)."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with sessions() as session, session.begin():
        for key, value in {"node_code": "COORD", "node_role": NodeRole.COORDINATOR.value}.items():
            session.add(Setting(key=key, value=value))
        session.add(
            User(
                name=USER,
                role=UserRole.ADMIN.value,
                created_at=now,
                active=True,
                public_key=audit.public_hex(seed),
            )
        )
        session.flush()
        recipient = age.generate_identity()[1]
        detail = f"role=coordinator key={audit.public_hex(seed)} recipient={recipient}"
        audit.append(session, USER, "init", "node", "COORD", detail)
    return "settings, user, first signed audit entry"


# Any number that is the log's own: every writer takes it before reading the last entry.
AUDIT_LOCK = 19


def concurrent_appends(sessions: sessionmaker[Session], locked: bool) -> str:
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
        except Exception as exc:  # reported by the caller, from the main thread
            errors.append(exc)

    with sessions() as session, session.begin():
        append(session, "a")
        writer = threading.Thread(target=second)
        writer.start()
        time.sleep(1.0)  # the second now waits (on the lock, or on the first's seq)
    writer.join()
    if errors:
        raise errors[0]
    return "both committed"


def services(report: Report, socket_dir: Path) -> None:
    engine = new_database(socket_dir, "models")
    report.check("Base.metadata.create_all", lambda: Base.metadata.create_all(engine))
    report.check(
        "every model's table exists",
        lambda: f"{len(inspect(engine).get_table_names())} of {len(Base.metadata.tables)}",
    )
    seed = audit.new_signing_seed()
    sessions = sessionmaker(engine, info={audit.SIGNER: audit.Signer(USER, seed)})
    if not report.check("seed a store with plain ORM sessions", lambda: seed_store(sessions, seed)):
        report.not_run("the rest", "no seeded store")
        return

    def blob_round_trip() -> str:
        row = RecordHash(kind="measure", record_id="m-1", sha256=bytes(range(32)))
        with sessions() as session, session.begin():
            session.add(row)
        with sessions() as session:
            stored = session.scalar(select(RecordHash.sha256))
        assert stored == bytes(range(32)), stored
        return "LargeBinary as bytea"

    report.check("RecordHash bytes round trip", blob_round_trip)

    home = Path(tempfile.mkdtemp(prefix="desk-pg-home-"))
    desk: Desk | None = None

    def open_desk() -> None:
        nonlocal desk
        desk = Desk(Workspace(home), engine, b"\0" * 32, USER, SystemClock(), seed)

    try:
        if not report.check("Desk over the PostgreSQL engine", open_desk) or desk is None:
            report.not_run("Desk services", "no Desk")
            return
        opened = desk
        report.check("desk.setting", lambda: opened.setting("node_code"))
        report.check("desk.set_setting (ORM merge + audit)", lambda: set_setting(opened))
        report.check("desk.users.users", lambda: ", ".join(u.name for u in opened.users.users()))
        report.check("desk.audit.recent", lambda: f"{len(opened.audit.recent())} entries")
        report.check("desk.audit.verify", lambda: verified(opened))
        report.check("audit.states_for (raw SQL, ? placeholders)", lambda: states(opened))
        report.check("audit.record_states (INSERT OR REPLACE)", lambda: record_states(opened))
        report.check("desk.recorder.create Institution", lambda: create_institution(opened))
        report.check("search.search (FTS5 MATCH)", lambda: search_hits(opened))
        report.check("record_hashes.install_triggers", lambda: install_triggers(engine))
        report.check("engine.bulk_cache (PRAGMA cache_size)", lambda: bulk(engine))
        report.check(
            "two writers append to the audit log at once",
            lambda: concurrent_appends(sessions, locked=False),
        )
        report.check(
            "two writers append at once, each under pg_advisory_xact_lock",
            lambda: concurrent_appends(sessions, locked=True),
        )
        report.check("desk.audit.verify after both writers", lambda: verified(opened))
    finally:
        shutil.rmtree(home, ignore_errors=True)
        engine.dispose()


def set_setting(desk: Desk) -> str:
    desk.set_setting("node_name", "Koordinasiya")
    return desk.setting("node_name")


def verified(desk: Desk) -> str:
    check = desk.audit.verify()
    if not check.ok:
        raise RuntimeError(str(check.problem))
    return f"{check.entries} entries chain and verify"


def states(desk: Desk) -> str:
    with desk.reading() as session:
        return str(audit.states_for(session, audit.USER_KIND, [USER])[0][2][:12])


def record_states(desk: Desk) -> None:
    with desk.transaction() as session:
        seq = audit.next_seq(session)
        audit.record_states(session, seq, [(audit.USER_KIND, USER, "0" * 64)])


def create_institution(desk: Desk) -> None:
    with desk.transaction() as session:
        desk.recorder.create(
            session, Institution, code="AG1", name="Agentlik", kind=InstitutionKind.AGENCY.value
        )


def search_hits(desk: Desk) -> str:
    with desk.reading() as session:
        return f"{len(search.search(session, 'Agentlik'))} hits"


def install_triggers(engine: Engine) -> None:
    with engine.begin() as connection:
        record_hashes.install_triggers(connection)


def bulk(engine: Engine) -> None:
    with engine.begin() as connection, bulk_cache(connection):
        connection.execute(select(func.count()).select_from(AuditEvent))


def main() -> int:
    with postgres_server() as socket_dir:
        probe = create_engine(url(socket_dir, "postgres"))
        with probe.connect() as conn:
            version = conn.execute(text("SELECT version()")).scalar_one()
        probe.dispose()
        print(f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {version}")
        report = Report()
        services(report, socket_dir)
        migrations(report, socket_dir, "migrations", plain_search=False)
        migrations(report, socket_dir, "migrations_plain_search", plain_search=True)
    print(f"{report.failed} failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
