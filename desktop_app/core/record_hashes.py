"""Keeping the record-hash cache (``RecordHash``) true whatever writes a record.

Every write path (the recorder, the merge, maintenance, a migration, a bulk insert) changes
synced tables; rather than trusting each to drop the hashes it made stale, SQLite triggers do
it on every UPDATE and DELETE of a synced row. A migration may rewrite rows by copying tables
(which drops their triggers), so the cache is emptied whenever the schema changed.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete

from desktop_app.core.models import SYNCED_MODELS, RecordHash

TRIGGER_SUFFIX = "_drops_record_hash"  # migration 0016 drops them by it when downgraded


def install_triggers(connection: Connection) -> None:
    """Create the triggers of every synced table that lacks them (a table a migration added)."""
    cache = RecordHash.__tablename__
    for model in SYNCED_MODELS:
        table = model.__tablename__
        for event in ("UPDATE", "DELETE"):
            connection.exec_driver_sql(
                f'CREATE TRIGGER IF NOT EXISTS "{table}_{event.lower()}{TRIGGER_SUFFIX}" '
                f'AFTER {event} ON "{table}" BEGIN '
                f"DELETE FROM \"{cache}\" WHERE kind = '{model.KIND}' AND record_id = OLD.id; "
                "END"
            )


def clear(connection: Connection) -> None:
    connection.execute(delete(RecordHash))
