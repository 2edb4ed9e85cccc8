"""Generate an alembic revision of the store schema from ``desktop_app.core.models``.

    .venv/bin/python scripts/gen_migration.py --initial        # (re)write 0001_initial.py
    .venv/bin/python scripts/gen_migration.py 0002_xyz "what changed"

A development tool, not part of the package (it may import the core). It upgrades a scratch
encrypted store to the current head, diffs it against ``Base.metadata`` and writes the revision
into desktop_app/store/migrations/versions/. The initial revision also gets the FTS5 search
index, which autogenerate cannot express. Read the generated file before committing it.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from alembic import command
from alembic.operations import ops

from desktop_app.core.models import Base
from desktop_app.store.engine import open_engine
from desktop_app.store.migrate import MIGRATIONS_DIR, alembic_config, upgrade_to_head

INITIAL = "0001_initial"
SEARCH_INDEX_DDL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    'kind UNINDEXED, record_id UNINDEXED, title, body, tokenize="unicode61 remove_diacritics 0")'
)


def add_search_index(_context: Any, _revision: Any, directives: list[Any]) -> None:
    script = directives[0]
    script.upgrade_ops.ops.append(ops.ExecuteSQLOp(SEARCH_INDEX_DDL))
    script.downgrade_ops.ops.insert(0, ops.ExecuteSQLOp("DROP TABLE search_index"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--initial", action="store_true", help=f"rewrite {INITIAL}")
    parser.add_argument("rev_id", nargs="?")
    parser.add_argument("message", nargs="?")
    args = parser.parse_args()
    if args.initial:
        (MIGRATIONS_DIR / "versions" / f"{INITIAL}.py").unlink(missing_ok=True)
        rev_id, message, hook = INITIAL, "initial schema", add_search_index
    elif args.rev_id and args.message:
        rev_id, message, hook = args.rev_id, args.message, None
    else:
        parser.error("give --initial, or REV_ID and MESSAGE")

    with tempfile.TemporaryDirectory() as scratch:
        engine = open_engine(Path(scratch) / "scratch.db", os.urandom(32))
        try:
            if not args.initial:
                upgrade_to_head(engine)
            with engine.begin() as conn:
                config = alembic_config(conn, Base.metadata)
                # Name the file after the revision id alone: 0001_initial.py.
                config.set_main_option("file_template", "%%(rev)s")
                script = command.revision(
                    config,
                    message=message,
                    autogenerate=True,
                    rev_id=rev_id,
                    process_revision_directives=hook,
                )
        finally:
            engine.dispose()
    print(getattr(script, "path", script))


if __name__ == "__main__":
    main()
