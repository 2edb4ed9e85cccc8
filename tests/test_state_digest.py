"""The state digest from cached record hashes: always the digest computed from the records.

Each synced record's hash is kept until the record changes, so that an import into a large
store does not re-encode every record it shares. The cache must never make the digest differ
from one computed afresh, whatever wrote the record.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import delete, func, select, text

from desktop_app.core.desk import Desk, open_desk
from desktop_app.core.models import (
    SYNCED_MODELS,
    Indicator,
    IndicatorCourse,
    OfficialStatus,
    Partner,
    RecordHash,
)
from desktop_app.exchange import service
from desktop_app.exchange.channel import peer_scopes, state_digest
from desktop_app.store.migrate import alembic_config
from desktop_app.store.workspace import Workspace
from tests.conftest import PASSPHRASE, DeskFactory, SteppingClock
from tests.exchange_world import (
    craft_bundle,
    enrol,
    plan_institution,
    record_line,
    ship,
    stored_record,
)


def _pair(make_desk: DeskFactory) -> tuple[Desk, Desk]:
    c = make_desk("coordinator", "SCIS")
    m = make_desk("institution", "MIN1", "Nazirlik 1")
    enrol(c, m)
    plan_institution(c, "MIN1", "Nazirlik 1")
    c.plan.add_facility("MIN1", "Məlumat mərkəzi", criticality="I")
    for n in range(1, 6):
        c.plan.add_measure(f"1.{n}", f"Tədbir {n}: şəbəkə təhlükəsizliyi", "MIN1")
    c.plan.add_indicator("1.4", "Yoxlanılmış sistemlər", "%", 10, 90)
    return c, m


def _cached(desk: Desk) -> int:
    with desk.reading() as session:
        return session.scalar(select(func.count()).select_from(RecordHash)) or 0


def _digests(desk: Desk, peer: str) -> tuple[str, str]:
    """(the digest as an import computes it, the digest with the cache emptied first)."""
    with desk.transaction() as session:
        partner = session.get(Partner, peer)
        assert partner is not None
        _out, shared = peer_scopes(desk, session, partner)
        cached = state_digest(session, shared)
        session.execute(delete(RecordHash))
        return cached, state_digest(session, shared)


def test_a_merge_caches_the_hashes_of_what_it_wrote(make_desk: DeskFactory, tmp_path: Path) -> None:
    c, m = _pair(make_desk)
    result = ship(c, m, tmp_path / "1")
    assert result.digest_match is True
    assert result.report is not None
    assert _cached(m) >= result.report.created > 0
    cached, afresh = _digests(m, "SCIS")
    assert cached == afresh


def test_every_write_drops_the_hash_it_makes_stale(make_desk: DeskFactory, tmp_path: Path) -> None:
    c, m = _pair(make_desk)
    ship(c, m, tmp_path / "1")
    before, _ = _digests(c, "MIN1")
    c.plan.revise_measure("1.2", "Qərar", title="Tədbir 2: yenilənmiş ad")  # the one write path
    after_service, afresh = _digests(c, "MIN1")
    assert after_service == afresh != before
    assert ship(c, m, tmp_path / "2").digest_match is True  # and the institution agrees
    with c.transaction() as session:  # writes that no service made
        session.execute(text("UPDATE measures SET title = 'Əl ilə' WHERE number = '1.3'"))
    after_sql, afresh = _digests(c, "MIN1")
    assert after_sql == afresh != after_service
    with c.transaction() as session:
        session.execute(delete(IndicatorCourse))  # each refers to its indicator
        session.execute(delete(Indicator))
    after_delete, afresh = _digests(c, "MIN1")
    assert after_delete == afresh != after_sql


def test_a_value_the_store_would_change_is_hashed_as_stored(
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    """A float sent as -0.0 is stored as 0.0 (SQLite has no negative zero): the hash the merge
    caches must be that of the stored record, or the digests of equal stores would differ."""
    c, m = _pair(make_desk)
    first = ship(c, m, tmp_path / "1")
    indicator = c.plan.measure_detail("1.4").indicators[0]
    record = stored_record(c, Indicator, indicator.id)
    record["baseline"] = -0.0
    record["versions"]["baseline"] = c.hlc.tick()
    bundle = craft_bundle(
        c,
        m,
        tmp_path / "2",
        lines=[record_line(Indicator.KIND, record)],
        sequence=2,
        prev_sha256=first.sha256,
    )
    assert service.import_bundle(m, bundle).outcome == "merged"
    cached, afresh = _digests(m, "SCIS")
    assert cached == afresh


def test_every_synced_table_has_the_triggers(make_desk: DeskFactory) -> None:
    c = make_desk("coordinator", "SCIS")
    with c.reading() as session:
        triggers = set(
            session.scalars(
                text("SELECT tbl_name || ':' || sql FROM sqlite_master WHERE type = 'trigger'")
            )
        )
    for model in SYNCED_MODELS:
        for event in ("UPDATE", "DELETE"):
            assert any(
                t.startswith(f"{model.__tablename__}:") and f"AFTER {event}" in t for t in triggers
            ), (model.__tablename__, event)


def _cached_by_kind(desk: Desk) -> dict[str, int]:
    with desk.reading() as session:
        rows = session.execute(
            select(RecordHash.kind, func.count()).group_by(RecordHash.kind)
        ).all()
    return {kind: count for kind, count in rows}


def test_a_migration_drops_only_the_hashes_of_the_tables_it_rewrote(
    make_desk: DeskFactory, tmp_path: Path, clock: SteppingClock
) -> None:
    """An upgrade must not make the next import re-read a national store: after a migration
    that only adds an index every cached hash is kept; after one that copies a table
    (0017 rebuilds ``official_statuses``), that kind's are dropped and no other's. The digest
    stays the one computed afresh."""
    c, m = _pair(make_desk)
    ship(c, m, tmp_path / "1")
    m.progress.add("1.1", "2026-Q3", "in_progress", 40, "Başlanıb")
    ship(m, c, tmp_path / "2")
    ship(c, m, tmp_path / "3")  # carries the official statuses the coordinator published
    _digests(m, "SCIS")  # every shared record's hash cached
    cached = _cached_by_kind(m)
    assert cached.get(OfficialStatus.KIND) and len(cached) > 3
    home = m.workspace.home
    for revision, dropped in (
        ("0017_official_status_periods", set()),  # 0019 adds an index only
        ("0014_commission_signatures", {OfficialStatus.KIND}),
    ):
        m.close()
        workspace = Workspace(home)
        engine = workspace.open_engine(workspace.unlock("admin", PASSPHRASE)[0])
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), revision)
        engine.dispose()
        m = open_desk(home, user="admin", passphrase=PASSPHRASE, clock=clock)
        assert _cached_by_kind(m) == {k: n for k, n in cached.items() if k not in dropped}
        cached_digest, afresh = _digests(m, "SCIS")
        assert cached_digest == afresh
        cached = _cached_by_kind(m)  # the digest just hashed every record again
    m.close()
