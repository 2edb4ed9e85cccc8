"""Migrations shipped in the package: schema equals the model, unknown revisions are refused."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text

from desktop_app.core.models import Base
from desktop_app.errors import StoreError
from desktop_app.store.engine import open_engine
from desktop_app.store.migrate import (
    current_revision,
    head_revision,
    include_object,
    shipped_head,
    upgrade_to_head,
)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_engine(tmp_path / "desk.db", os.urandom(32))
    yield engine
    engine.dispose()


def test_fresh_store_matches_the_model(engine: Engine) -> None:
    assert current_revision(engine) is None
    upgrade_to_head(engine, Base.metadata)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []
        # Foreign keys are enforced again on the pooled connection the migration used.
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_upgrade_is_idempotent(engine: Engine) -> None:
    upgrade_to_head(engine)
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()


def test_the_head_read_without_alembic_is_alembics(engine: Engine) -> None:
    """An unlock recognises a store at the head from the migration files' revision lines,
    without importing alembic: that reading must give alembic's head, and a store one
    revision behind must still be migrated."""
    assert shipped_head() == head_revision()
    from alembic import command

    from desktop_app.store.migrate import alembic_config

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        command.downgrade(alembic_config(conn), "-1")
    assert current_revision(engine) != head_revision()
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()


def test_search_index_is_fts5_without_diacritic_folding(engine: Engine) -> None:
    upgrade_to_head(engine)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO search_index VALUES (:k, :id, :title, :body)"),
            [
                {"k": "measure", "id": "1", "title": "Gəncə şəhəri", "body": "İnformasiya"},
                {"k": "measure", "id": "2", "title": "Genca", "body": "sehri"},
            ],
        )
        found = conn.exec_driver_sql(
            "SELECT record_id FROM search_index WHERE search_index MATCH 'GƏNCƏ'"
        ).all()
    assert found == [("1",)]


def test_search_keys_are_made_for_the_entries_an_older_store_holds(tmp_path: Path) -> None:
    """0018 keys the index entries a store already has, so that editing such a record
    replaces its entry instead of adding a second one."""
    from desktop_app.core.desk import open_desk
    from tests.conftest import old_store

    home = tmp_path / "old"
    old = old_store(home, "0001_initial", "an old passphrase")
    with old.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO institutions (id, origin, deleted, versions, code, name, name_en,"
                " kind) VALUES ('i-1', 'SCIS', 0, '{}', 'CBAR', 'Mərkəzi Bank', '', 'agency')"
            )
        )
        conn.execute(
            text("INSERT INTO search_index VALUES ('institution', 'i-1', 'mərkəzi bank', '')")
        )
    old.dispose()

    with open_desk(home, user="admin", passphrase="an old passphrase") as desk:
        desk.plan.update_institution("CBAR", name="Azərbaycan Mərkəzi Bankı")
        assert desk.search.matching_ids("mərkəzi bank") == {"i-1"}
        assert desk.search.matching_ids("azərbaycan") == {"i-1"}
        with desk.reading() as session:
            entries = session.execute(text("SELECT count(*) FROM search_index")).scalar()
            keys = session.execute(
                text("SELECT k.record_id FROM search_keys k JOIN search_index s ON s.rowid = k.doc")
            ).all()
        assert (entries, keys) == (1, [("i-1",)])


def test_store_from_a_newer_release_is_refused(engine: Engine) -> None:
    upgrade_to_head(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_future'")
    with pytest.raises(StoreError, match="made by a newer release of InfoSec Desk") as caught:
        upgrade_to_head(engine)
    assert str(engine.url.database) in str(caught.value)
    assert current_revision(engine) == "0099_future"


def test_store_made_at_the_first_revision_opens_and_upgrades(tmp_path: Path) -> None:
    """A store written by the first release (revision 0001, before the exchange tables) opens
    in this release: its data survives and the later revisions are applied on unlock."""
    from desktop_app.core.desk import open_desk
    from tests.conftest import old_store

    home = tmp_path / "old"
    old = old_store(home, "0001_initial", "an old passphrase")
    with old.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO institutions (id, origin, deleted, versions, code, name, name_en,"
                " kind)"
                " VALUES ('i-1', 'SCIS', 0, '{}', 'CBAR', 'Mərkəzi Bank', '', 'agency')"
            )
        )
    assert current_revision(old) == "0001_initial"
    old.dispose()

    with open_desk(home, user="admin", passphrase="an old passphrase") as desk:
        assert [i.name for i in desk.plan.institutions()] == ["Mərkəzi Bank"]
        assert current_revision(desk.engine) == head_revision() != "0001_initial"
        with desk.reading() as session:
            tables = {row[0] for row in session.execute(text("SELECT name FROM sqlite_master"))}
        assert {"exchange_bundles", "exchange_partners", "exchange_keys"} <= tables


def _without_rowid(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        tables = [row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master")]
        return {
            name
            for name in ("audit_states", "exchange_marks")
            if name in tables
            and "WITHOUT ROWID"
            in conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = ?", (name,)
            ).scalar_one()
        }


def test_the_rows_a_merge_writes_per_record_have_no_rowid(tmp_path: Path) -> None:
    """The audit states and the exchange marks, a row each per merged record, are kept by
    their primary key alone, in a new store and in one upgraded with its rows."""
    from alembic import command

    from desktop_app.core.desk import open_desk
    from desktop_app.store.migrate import alembic_config
    from tests.conftest import old_store

    fresh = open_engine(tmp_path / "fresh.db", os.urandom(32))
    upgrade_to_head(fresh, Base.metadata)
    assert _without_rowid(fresh) == {"audit_states", "exchange_marks"}
    fresh.dispose()

    home = tmp_path / "old"
    old = old_store(home, "0001_initial", "an old passphrase")
    with old.begin() as conn:
        command.upgrade(alembic_config(conn), "0019_findings_state")
        conn.exec_driver_sql("INSERT INTO audit_states VALUES (7, 'measure', 'm-1', 'ab')")
        conn.exec_driver_sql("INSERT INTO exchange_marks VALUES ('m-1', 'MIN1', 'measure', 'x')")
    assert _without_rowid(old) == set()
    old.dispose()
    with open_desk(home, user="admin", passphrase="an old passphrase") as desk:
        assert _without_rowid(desk.engine) == {"audit_states", "exchange_marks"}
        with desk.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT * FROM audit_states WHERE seq = 7").all() == [
                (7, "measure", "m-1", "ab")
            ]
            assert conn.exec_driver_sql("SELECT * FROM exchange_marks").all() == [
                ("m-1", "MIN1", "measure", "x")
            ]
            indexes = {row[1] for row in conn.exec_driver_sql("PRAGMA index_list(audit_states)")}
            assert "ix_audit_states_record" in indexes
            assert not any(
                row[1] == "ix_exchange_marks_kind"
                for row in conn.exec_driver_sql("PRAGMA index_list(exchange_marks)")
            )
