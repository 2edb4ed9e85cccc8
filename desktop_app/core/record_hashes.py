"""Keeping the record-hash cache (``RecordHash``) true whatever writes a record.

Every write path (the recorder, the merge, maintenance, a migration, a bulk insert) changes
synced tables; rather than trusting each to drop the hashes it made stale, SQLite triggers do
it on every UPDATE and DELETE of a synced row. A migration may rewrite a table by copying it
(which drops its triggers) or change its columns (which changes every record's line): the
hashes of such a kind are dropped after it. Those of the kinds it left alone are kept: a
migration that adds an index must not make the next import re-read a national store.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete

from desktop_app.core.models import SYNCED_MODELS, RecordHash

TRIGGER_SUFFIX = "_drops_record_hash"  # migration 0016 drops them by it when downgraded
_EVENTS = ("UPDATE", "DELETE")

# kind -> (its table's columns, whether both its triggers exist)
Shape = dict[str, tuple[tuple[Any, ...], bool]]


def _trigger(table: str, event: str) -> str:
    return f"{table}_{event.lower()}{TRIGGER_SUFFIX}"


def shape(connection: Connection) -> Shape:
    """What the cached hashes of each kind depend on besides its rows."""
    triggers = set(
        connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        .scalars()
        .all()
    )
    return {
        model.KIND: (
            tuple(
                tuple(column)
                for column in connection.exec_driver_sql(
                    f'PRAGMA table_info("{model.__tablename__}")'
                )
            ),
            all(_trigger(model.__tablename__, event) in triggers for event in _EVENTS),
        )
        for model in SYNCED_MODELS
    }


def drop_stale(connection: Connection, before: Shape) -> None:
    """After a migration: drop the hashes of each kind whose columns changed or whose table
    lost its triggers (copied: its rows may have changed unseen), or had none before."""
    stale = [
        kind
        for kind, (columns, triggered) in shape(connection).items()
        if not triggered or before.get(kind) != (columns, True)
    ]
    if stale:
        connection.execute(delete(RecordHash).where(RecordHash.kind.in_(stale)))


def install_triggers(connection: Connection) -> None:
    """Create the triggers of every synced table that lacks them (a table a migration added)."""
    cache = RecordHash.__tablename__
    for model in SYNCED_MODELS:
        table = model.__tablename__
        for event in _EVENTS:
            connection.exec_driver_sql(
                f'CREATE TRIGGER IF NOT EXISTS "{_trigger(table, event)}" '
                f'AFTER {event} ON "{table}" BEGIN '
                f"DELETE FROM \"{cache}\" WHERE kind = '{model.KIND}' AND record_id = OLD.id; "
                "END"
            )
