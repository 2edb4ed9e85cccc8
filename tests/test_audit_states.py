"""A merged record's audit state, computed from the values the merge binds, is the state that
`audit verify` recomputes from the row SQLite then holds.

The merge hashes each row it writes from the values it hands to the driver instead of reading
the row back (an import writes 100,000 of them). That is right only if SQLite stores every
bound value unchanged: its type affinity must convert none of them, for any column of any kind.
Each column gets values of its type at the edges (integral floats, text that reads as a number,
empty text and lists, nulls, times with and without microseconds), written by the merge's own
insert and update, on a real SQLCipher store.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    Text,
)

from desktop_app.core import audit
from desktop_app.core.desk import Desk
from desktop_app.core.models import SYNCED_MODELS, Synced
from desktop_app.exchange.merge import _bound, _insert_many, _update_many


class _Undone(Exception):
    """Rolls the test's writes back: rows of edge values are no valid records."""


def _edge_values(column: Column[Any]) -> list[Any]:
    """Values of the column's type that a type affinity could change, if any could."""
    kind = column.type
    values: list[Any]
    if isinstance(kind, Boolean):
        values = [True, False]
    elif isinstance(kind, Integer):
        values = [0, -7, 2**63 - 1]
    elif isinstance(kind, Float):
        values = [5.0, 0.0, -2.5, 1e300]
    elif isinstance(kind, DateTime):
        values = [dt.datetime(2026, 3, 31, 23, 59, 59), dt.datetime(2026, 1, 2, 3, 4, 5, 6)]
    elif isinstance(kind, Date):
        values = [dt.date(2026, 12, 31), dt.date(2023, 1, 1)]
    elif isinstance(kind, JSON):
        values = [[], {}, ["a", 1, 2.0], {"b": [True, None]}]
    elif isinstance(kind, (String, Text)):
        limit = getattr(kind, "length", None) or 40
        values = [text[:limit] for text in ("123", "1e5", "", "0x10", " 12 ", "Şəki İ ı")]
    else:
        raise AssertionError(f"no edge values for {kind!r}: add them here")
    if column.nullable:
        values.append(None)
    return values


def _value(column: Column[Any], n: int) -> Any:
    """Row ``n``'s value: the column's edge values in turn; text made unique once they are
    used up (some columns are unique), still reading as a number where it did."""
    edges = _edge_values(column)
    value = edges[n % len(edges)]
    return value + str(n) if isinstance(value, str) and n >= len(edges) else value


def _rows(model: type[Synced], ids: range, values: range) -> list[dict[str, Any]]:
    """Rows of ``model`` keyed as the merge keys its rows: id, origin, versions, then the
    fields, holding the values of rows ``values``."""
    table = cast(Table, model.__table__)
    return [
        {
            "id": f"00000000-0000-4000-8000-{n:012d}",
            "origin": "SCIS",
            "versions": dict.fromkeys(model.sync_fields(), f"{v:013d}.00000.SCIS"),
            **{name: _value(table.c[name], v) for name in model.sync_fields()},
        }
        for n, v in zip(ids, values, strict=True)
    ]


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda model: model.KIND)
def test_states_of_bound_rows_are_the_states_verify_reads(
    coordinator: Desk, model: type[Synced]
) -> None:
    table = cast(Table, model.__table__)
    columns = ["id", "origin", "versions", *model.sync_fields()]
    ids = range(8)
    with pytest.raises(_Undone), coordinator.transaction() as session:
        # Edge values, not valid records: what a foreign key would refuse is beside the point.
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        written = []
        for write, values in ((_insert_many, ids), (_update_many, range(8, 16))):
            rows = _rows(model, ids, values)
            bound = _bound(session, table, columns, rows)
            write(session, table, columns, bound)
            from_values = [(model.KIND, row[0], audit.state_hash(columns, row)) for row in bound]
            read_back = audit.states_for(session, model.KIND, [row["id"] for row in rows])
            assert from_values == read_back
            written.append(read_back)
        assert written[0] != written[1]  # the update changed every row's state
        raise _Undone
