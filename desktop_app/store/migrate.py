"""Schema migrations: alembic, shipped in ``desktop_app/store/migrations`` and configured here.

No alembic.ini and no URL: the live connection of the encrypted engine goes to ``env.py``
through ``Config.attributes``.

alembic is imported only when a store is not at the shipped head: a store that is (every
unlock but the first after an upgrade) is recognised from the migration files' revision lines
and the store's ``alembic_version`` row. Importing alembic and loading its scripts cost each
unlock about 0.3 s and the process some 15 MiB, held from before the unlock's Argon2id on.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, MetaData, inspect

from desktop_app.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION_LINE = re.compile(r"^(revision|down_revision)\b[^=\n]*=(.*)$", re.MULTILINE)

# The FTS5 index is created by hand-written DDL in the migrations; its table, shadow tables
# and the table of its entries' keys (``core.search``) are not in the ORM metadata, so
# autogenerate must not see them.
SEARCH_INDEX = "search_index"
_SEARCH_INDEX_TABLES = frozenset(
    {SEARCH_INDEX, "search_keys"}
    | {f"{SEARCH_INDEX}_{suffix}" for suffix in ("data", "idx", "content", "docsize", "config")}
)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Autogenerate filter: everything but the full-text index tables."""
    return not (type_ == "table" and name in _SEARCH_INDEX_TABLES)


def alembic_config(
    connection: Connection | None = None, target_metadata: MetaData | None = None
) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    config.attributes["target_metadata"] = target_metadata
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("the package ships no migration")
    return head


@functools.cache
def shipped_head() -> str | None:
    """The head of the shipped migrations, read from the files' ``revision`` and
    ``down_revision`` lines without alembic; None where they do not name exactly one head
    plainly (alembic then decides). A test holds it equal to ``head_revision()``."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        if not found:
            continue  # not a migration (the package's __init__)
        try:
            revision = ast.literal_eval(found["revision"].strip())
            down = ast.literal_eval(found["down_revision"].strip())
        except (KeyError, ValueError, SyntaxError):
            return None
        revisions.add(revision)
        parents.update(down if isinstance(down, tuple) else [down] if down else [])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revisions(conn: Connection) -> list[str]:
    """The revisions the store's ``alembic_version`` table holds (none for a new store)."""
    if not inspect(conn).has_table("alembic_version"):
        return []
    return [row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]


def _revision(conn: Connection) -> str | None:
    stored = _stored_revisions(conn)
    if len(stored) <= 1:
        return stored[0] if stored else None
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()  # refuses several heads


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision; None for a store that was never migrated."""
    with engine.connect() as conn:
        return _revision(conn)


def _refuse_unknown(conn: Connection, store: str) -> None:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    revision = _revision(conn)
    if revision is None:
        return
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except CommandError:
        raise StoreError(
            "{store} was made by a newer release of InfoSec Desk (schema revision {revision}); "
            "open it with that release or a later one",
            store=store,
            revision=revision,
        ) from None


def upgrade_to_head(engine: Engine, target_metadata: MetaData | None = None) -> None:
    """Bring the store's schema to this release's head in one transaction.

    Refuses (``StoreError``) a store whose revision this release does not know.
    """
    store = engine.url.database or "the store"
    with engine.connect() as conn:
        head = shipped_head()
        if head is not None and _stored_revisions(conn) == [head]:
            return
    from alembic import command

    with engine.connect() as conn:
        dbapi_conn: Any = conn.connection.driver_connection
        # Batch migrations copy and drop tables; with foreign keys enforced that would cascade
        # or fail. The pragma only takes effect outside a transaction, hence the raw connection
        # before SQLAlchemy's BEGIN; integrity is checked before the commit instead.
        dbapi_conn.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                _refuse_unknown(conn, store)
                before = _revision(conn)
                command.upgrade(alembic_config(conn, target_metadata), "head")
                # Only a migration can have broken a reference here; checking every row of an
                # unchanged store took 17 s of each unlock of a national one (1.5 GB).
                unchanged = _revision(conn) == before
                broken = [] if unchanged else conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise StoreError(
                        "migrating {store} would break references (how many: {n}); "
                        "nothing was changed",
                        store=store,
                        n=len(broken),
                    )
        finally:
            dbapi_conn.execute("PRAGMA foreign_keys = ON")
