"""The write-ahead log is folded into the database after a commit, on a thread of its own: a
commit does not wait for it, loses nothing if the process dies before it, and a copy of the
database file alone holds every commit once it has run."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import text

from desktop_app.core import search
from desktop_app.core.desk import Desk, open_desk
from desktop_app.store.checkpoint import WAL_CHECKPOINT_BYTES
from desktop_app.store.engine import open_engine
from tests.conftest import PASSPHRASE, DeskFactory

ENTRIES = 12_000  # index entries of some 300 bytes: several MiB of pages in one commit
BODY = "Şəbəkə avadanlığının ehtiyat nüsxələri hər həftə yoxlanılır. " * 5


def _write_many(desk: Desk) -> None:
    with desk.transaction() as session:
        search.add_entries(
            session, [("measure", f"id-{n}", f"Tədbir {n}", BODY) for n in range(ENTRIES)]
        )


def _entries(engine_owner: Desk) -> int:
    with engine_owner.reading() as session:
        return int(
            session.scalar(text("SELECT count(*) FROM search_keys WHERE record_id LIKE 'id-%'"))
            or 0
        )


def test_the_commit_leaves_the_checkpoint_and_a_copy_of_the_file_has_it_after(
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    desk = make_desk()
    with desk.reading() as session:
        # The store's connections never checkpoint inside a commit.
        assert session.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
    _write_many(desk)
    wal = desk.workspace.db_path.with_name(desk.workspace.db_path.name + "-wal")
    assert wal.stat().st_size > WAL_CHECKPOINT_BYTES  # the commit's pages went to the log
    desk.checkpoints.wait()
    # The checkpoint copied them into the database: a copy of that file alone holds them.
    copy = tmp_path / "copy.db"
    shutil.copyfile(desk.workspace.db_path, copy)
    engine = open_engine(copy, desk.data_key)
    try:
        with engine.connect() as connection:
            found = connection.exec_driver_sql(
                "SELECT count(*) FROM search_keys WHERE record_id LIKE 'id-%'"
            ).scalar()
    finally:
        engine.dispose()
    assert found == ENTRIES


def test_a_commit_survives_a_process_that_dies_before_any_checkpoint(
    make_desk: DeskFactory,
) -> None:
    desk = make_desk()
    home = desk.workspace.home
    desk.close()
    child = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from desktop_app.core.desk import open_desk\n"
        "from tests.test_store_checkpoint import _write_many\n"
        "desk = open_desk(Path(sys.argv[1]), user='admin', passphrase=sys.stdin.read())\n"
        "_write_many(desk)\n"
        "os._exit(0)  # no close, no checkpoint: the log alone holds the commit\n"
    )
    subprocess.run(
        [sys.executable, "-c", child, str(home)],
        input=PASSPHRASE,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    wal = home / "desk.db-wal"
    assert wal.stat().st_size > WAL_CHECKPOINT_BYTES
    reopened = open_desk(home, user="admin", passphrase=PASSPHRASE)
    try:
        assert _entries(reopened) == ENTRIES
    finally:
        reopened.close()


def _checkpoint_threads() -> set[threading.Thread]:
    return {thread for thread in threading.enumerate() if thread.name == "wal-checkpoint"}


def test_once_stopped_for_closing_no_commit_starts_a_checkpoint(make_desk: DeskFactory) -> None:
    desk = make_desk()
    desk.checkpoints.stop()
    running = _checkpoint_threads()  # other tests' desks', if any
    # A commit on another thread while the desk closes: the engine is about to be disposed.
    _write_many(desk)
    assert desk.workspace.db_path.with_name("desk.db-wal").stat().st_size > WAL_CHECKPOINT_BYTES
    assert _checkpoint_threads() <= running
    desk.close()
    reopened = open_desk(desk.workspace.home, user="admin", passphrase=PASSPHRASE)
    try:
        assert _entries(reopened) == ENTRIES  # the close checkpointed what was left
    finally:
        reopened.close()
