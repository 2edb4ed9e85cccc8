"""What every part of the exchange shares: the states of the channels, the records two nodes
share and their digest, this node's keys and the checks every operation starts with."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any, cast

from sqlalchemy import Date, DateTime, Select, Table, and_, select
from sqlalchemy.orm import Session

from desktop_app.core.desk import Desk
from desktop_app.core.dump import json_value
from desktop_app.core.models import (
    MODEL_BY_KIND,
    SYNCED_MODELS,
    ChannelState,
    ExchangeKey,
    NodeRole,
    Partner,
    RecordHash,
    Synced,
    UserRole,
)
from desktop_app.errors import ExchangeError, PermissionDenied
from desktop_app.exchange.format import (
    encode_record,
)
from desktop_app.exchange.scope import Scope, peer_scope

BUNDLE_SUFFIX = ".age"
# Shared ids read per step of the digest: a step's missing hashes are computed in one query.
_DIGEST_CHUNK = 2000
ACTIVE, REVOKED = "active", "revoked"


class Outcome(enum.StrEnum):
    """What became of a bundle, as the bundle log stores it."""

    MERGED = "merged"
    ALREADY = "already imported"
    REFUSED = "refused"
    SENT = "sent"
    # Found on a stick shared between desks and made for another: left alone, not logged.
    ELSEWHERE = "for another desk"


Progress = Callable[[int, int], None]


def aware_now(desk: Desk) -> dt.datetime:
    return desk.now().replace(tzinfo=dt.UTC)


def require_editor(desk: Desk) -> None:
    if desk.user_role is UserRole.VIEWER:
        raise PermissionDenied("a viewer cannot exchange bundles")


def current_key(session: Session) -> ExchangeKey:
    key = session.scalar(select(ExchangeKey).where(ExchangeKey.retired_at.is_(None)))
    if key is None:
        raise ExchangeError("this node has no exchange keys yet: run 'identity rotate' as admin")
    return key


def all_keys(session: Session) -> list[ExchangeKey]:
    return list(session.scalars(select(ExchangeKey).order_by(ExchangeKey.id)))


def active_partner(session: Session, code: str) -> Partner:
    partner = session.get(Partner, code)
    if partner is None:
        raise ExchangeError(
            "{code} is not an enrolled partner: run 'partners add' first", code=code
        )
    if partner.status != ACTIVE:
        raise ExchangeError("partner {code} is revoked", code=code)
    return partner


@functools.cache
def _timed_fields(model: type[Synced]) -> tuple[str, ...]:
    """The fields of ``model`` that hold dates or times: the only values ``json_value``
    changes."""
    names = set(model.sync_fields())
    return tuple(
        column.key
        for column in model.__table__.columns
        if column.key in names and isinstance(column.type, (Date, DateTime))
    )


def row_dict(model: type[Synced], row: Any) -> dict[str, Any]:
    """The same JSON shape as ``core.dump.record_dict``, from a Core row (much faster)."""
    data = dict(row)  # every column: the bookkeeping ones and the fields (encode_record sorts)
    for name in _timed_fields(model):
        data[name] = json_value(data[name])
    return data


def scoped_rows(session: Session, scope: Scope, kind: str) -> Iterator[Any]:
    model = MODEL_BY_KIND[kind]
    table = model.__table__
    result = session.execute(
        select(table).where(scope[kind]).order_by(table.c.id).execution_options(yield_per=2000)
    )
    for row in result:
        yield row._mapping


def record_hash(model: type[Synced], row: Any) -> bytes:
    """The hash of a record's bundle line: what the state digest is made of."""
    return hashlib.sha256(encode_record(row_dict(model, row), model.KIND)).digest()


def keep_hashes(session: Session, kind: str, hashes: list[tuple[str, bytes]]) -> None:
    """Cache the hashes of records as just written (after the write: an UPDATE's trigger
    drops the record's cached hash)."""
    if hashes:
        session.connection().exec_driver_sql(
            f'INSERT OR REPLACE INTO "{RecordHash.__tablename__}" (kind, record_id, sha256) '
            "VALUES (?, ?, ?)",
            [(kind, record_id, digest) for record_id, digest in hashes],
        )


def state_digest(session: Session, scope: Scope) -> str:
    """SHA-256 over the hashes of the records two nodes share, in canonical order: equal
    stores, equal digest. It reads each shared record's cached hash and encodes only the
    records changed since (the cache's triggers drop what a write makes stale), so an import
    of a few records into a large store costs little."""
    digest = hashlib.sha256()
    cache = cast(Table, RecordHash.__table__)
    for model in SYNCED_MODELS:
        table = cast(Table, model.__table__)
        query = (
            select(table.c.id, cache.c.sha256)
            .select_from(
                table.outerjoin(
                    cache, and_(cache.c.kind == model.KIND, cache.c.record_id == table.c.id)
                )
            )
            .where(scope[model.KIND])
            .order_by(table.c.id)
        )
        for chunk in _driver_chunks(session, query):
            missing = _hash_missing(session, model, [id_ for id_, sha in chunk if sha is None])
            for record_id, sha256 in chunk:
                digest.update(sha256 or missing[record_id])
    return digest.hexdigest()


def _driver_chunks(session: Session, query: Select[Any]) -> Iterator[Sequence[Any]]:
    """The rows of ``query`` (of plain values: no type to convert) in chunks, straight from
    the driver's cursor: a national coordinator's digest for one institution reads some
    46,000, and a row object per row was a third of it."""
    connection = session.connection()
    compiled = query.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    params = compiled.params
    positions = compiled.positiontup
    cursor = connection.connection.cursor()
    try:
        cursor.execute(
            str(compiled), params if positions is None else [params[n] for n in positions]
        )
        while chunk := cursor.fetchmany(_DIGEST_CHUNK):
            yield chunk
    finally:
        cursor.close()


def _hash_missing(session: Session, model: type[Any], ids: list[str]) -> dict[str, bytes]:
    if not ids:
        return {}
    table = model.__table__
    rows = session.execute(select(table).where(table.c.id.in_(ids)))
    hashes = {row.id: record_hash(model, row._mapping) for row in rows}
    keep_hashes(session, model.KIND, list(hashes.items()))
    return hashes


def channel_state(session: Session, peer: str) -> ChannelState:
    channel = session.get(ChannelState, peer)
    if channel is None:
        channel = ChannelState(
            peer=peer, next_out_seq=1, last_out_sha256="", acked_to="", highest_in=0, seen_in=[]
        )
        session.add(channel)
        session.flush()
    return channel


def peer_scopes(desk: Desk, session: Session, partner: Partner) -> tuple[Scope, Scope]:
    return peer_scope(session, desk.node.role, desk.node.code, partner.code, NodeRole(partner.role))
