"""The benchmarks' stores are like real ones: what they write in bulk is found and replaced as
the services' own writes are."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from bench.store_workload import _desk, _plain_engine, _workload


def test_the_store_workloads_index_entries_have_their_keys(tmp_path: Path) -> None:
    """Each entry it writes has its key in search_keys, so that an edit replaces the entry
    (without its key a second one was added beside it)."""
    desk = _desk(tmp_path / "plain", _plain_engine(tmp_path / "plain.db"))
    _workload(desk, 50)
    desk.plan.update_measure("1.1.8", description="Yeni təsvir")
    assert desk.search.matching_ids("yeni təsvir") == {"m-7"}
    with desk.reading() as session:
        entries = session.execute(text("SELECT count(*) FROM search_index")).scalar()
        keyed = session.execute(
            text("SELECT count(*) FROM search_keys k JOIN search_index s ON s.rowid = k.doc")
        ).scalar()
    assert entries == keyed == 50
    desk.close()
