"""Full-text search over titles, descriptions, notes and findings (SQLite FTS5 in the store).

Text is folded the Azerbaijani way before it is indexed and before it is queried, because FTS5's
own case folding pairs ``I`` with ``i``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from desktop_app.core.aztext import az_fold
from desktop_app.core.models import MODEL_BY_KIND, Finding, Inspection, Synced

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    kind: str
    record_id: str
    # The record's own words (the index holds folded text); ``title`` may be empty.
    title: str
    text: str

    @property
    def heading(self) -> str:
        return self.title or self.text[:120]


def reindex(session: Session, record: Synced, *, new: bool = False) -> None:
    """Bring one record's index entry up to date (removed when the record is a tombstone).
    A ``new`` record has no entry to remove."""
    reindex_all(session, [record], new=new)


def reindex_all(
    session: Session, records: Iterable[Synced], batch: int = 2000, *, new: bool = False
) -> None:
    """``reindex`` for many records, a batch at a time (merges index 100,000 records)."""
    pending: list[tuple[Synced, tuple[str, str]]] = []
    for record in records:
        indexed = record.search_text()
        if indexed is not None:
            pending.append((record, indexed))
        if len(pending) >= batch:
            _reindex_batch(session, pending, new)
            pending = []
    if pending:
        _reindex_batch(session, pending, new)


def _reindex_batch(
    session: Session, pending: list[tuple[Synced, tuple[str, str]]], new: bool
) -> None:
    if not new:
        # FTS5 cannot index record_id (a delete by it scanned the whole index): the entries go
        # by their rowid, which search_keys holds for each record id.
        ids = {"ids": [record.id for record, _ in pending]}
        for statement in (
            "DELETE FROM search_index WHERE rowid IN "
            "(SELECT doc FROM search_keys WHERE record_id IN :ids)",
            "DELETE FROM search_keys WHERE record_id IN :ids",
        ):
            session.execute(text(statement).bindparams(bindparam("ids", expanding=True)), ids)
    add_entries(
        session,
        [
            (record.KIND, record.id, title, body)
            for record, (title, body) in pending
            if not record.deleted
        ],
    )


def add_entries(session: Session, entries: Sequence[tuple[str, str, str, str]]) -> None:
    """Index entries (kind, record id, title, body) for records that have none: the text is
    folded, and each entry's rowid chosen here and kept by record id in ``search_keys``, so
    that the entry can be replaced without scanning the index."""
    if not entries:
        return
    last = session.execute(text("SELECT rowid FROM search_index ORDER BY rowid DESC LIMIT 1"))
    first = (last.scalar() or 0) + 1
    # Plain tuples to the driver: no per-row parameter building in SQLAlchemy.
    rows = [
        (doc, kind, record_id, az_fold(title), az_fold(body))
        for doc, (kind, record_id, title, body) in enumerate(entries, first)
    ]
    connection = session.connection()
    connection.exec_driver_sql(
        "INSERT INTO search_index (rowid, kind, record_id, title, body) VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    connection.exec_driver_sql(
        "INSERT INTO search_keys (doc, record_id) VALUES (?, ?)", [(row[0], row[2]) for row in rows]
    )


def match_expression(query: str) -> str | None:
    """Every word of the query must appear, each as a prefix; None when there is no word."""
    words = _TOKEN.findall(az_fold(query))
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def matching_ids(session: Session, query: str, kind: str | None = None) -> set[str]:
    expression = match_expression(query)
    if expression is None:
        return set()
    sql = "SELECT record_id FROM search_index WHERE search_index MATCH :q"
    params = {"q": expression}
    if kind:
        sql += " AND kind = :k"
        params["k"] = kind
    return {row[0] for row in session.execute(text(sql), params)}


def search(session: Session, query: str, limit: int = 100) -> list[Hit]:
    expression = match_expression(query)
    if expression is None:
        return []
    # bm25() is what ``rank`` means, but ordered by SQLite's own top-N sorter instead of FTS5's
    # sorter over every match: 20-45 % less for the 67,000-83,000 matches of two common words
    # in a national store. The rowid breaks ties, so that equal scores always list alike.
    ranked = session.execute(
        text(
            "SELECT kind, record_id FROM search_index WHERE search_index MATCH :q "
            "ORDER BY bm25(search_index), rowid LIMIT :n"
        ),
        {"q": expression, "n": limit},
    ).all()
    # The records of each kind read with one statement, not one each (a hundred hits).
    records: dict[tuple[str, str], Synced] = {}
    for kind in {kind for kind, _id in ranked}:
        model = MODEL_BY_KIND[kind]
        ids = [record_id for hit_kind, record_id in ranked if hit_kind == kind]
        records.update(
            ((kind, record.id), record)
            for record in session.scalars(select(model).where(model.id.in_(ids)))
        )
    hits = []
    for kind, record_id in ranked:
        record = records.get((kind, record_id))
        indexed = record.search_text() if record is not None else None
        if indexed is not None:
            hits.append(Hit(kind, record_id, *indexed))
    return hits


# The field that names a record of each kind, best first.
NAME_FIELDS = ("reference", "number", "code", "title", "name", "file_name", "period")
KIND_BY_TABLE = {model.__tablename__: kind for kind, model in MODEL_BY_KIND.items()}


@functools.cache
def referred_kind(kind: str, field: str) -> str | None:
    """The kind of record that ``field`` of a ``kind`` record holds the id of (a finding's
    ``requirement_id``: "requirement"), so that its value can be named (``name_of``); None for a
    field that holds a value of its own."""
    column = MODEL_BY_KIND[kind].__table__.columns.get(field)
    tables = [key.column.table.name for key in column.foreign_keys] if column is not None else []
    return KIND_BY_TABLE.get(tables[0]) if tables else None


class SearchService:
    """Finding records by their words, and naming them as people know them (``desk.search``)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def find(self, query: str, limit: int = 100) -> list[Hit]:
        with self.desk.reading() as session:
            return search(session, query, limit)

    def matching_ids(self, query: str, kind: str | None = None) -> set[str]:
        with self.desk.reading() as session:
            return matching_ids(session, query, kind)

    def name_of(self, kind: str, record_id: str) -> str:
        """How people know a record: "SCIS-2026-001#1" for a finding, a measure's number, a
        name; the id's start if it is gone."""
        with self.desk.reading() as session:
            record = session.get(MODEL_BY_KIND[kind], record_id)
            if record is None:
                return record_id[:8]
            if isinstance(record, Finding):
                inspection = session.get(Inspection, record.inspection_id)
                return (
                    f"{inspection.reference}#{record.number}" if inspection else str(record.number)
                )
            for name in NAME_FIELDS:
                value = getattr(record, name, None)
                if value:
                    return str(value)
            return record_id[:8]
