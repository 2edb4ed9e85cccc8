"""Copying the write-ahead log back into the database on a thread of its own.

SQLite's automatic checkpoint runs inside the commit that crosses its threshold: an import of a
thousand reports into a national store waited 0.4-0.6 s of its 1.2-1.6 s for the pages it
touched, scattered over 1.8 GB, to be copied and synced. A commit is durable when it returns
(the log is synced first); the checkpoint only moves committed pages, so it can run after the
commit, on another connection, while the user goes on. A desk's connections checkpoint
nothing themselves (``defer_checkpoints``, their connect hook); after a commit that left the
log longer than ``WAL_CHECKPOINT_BYTES`` a passive checkpoint starts here, and closing waits
for it (the last connection's close then checkpoints whatever is left and removes the log).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from desktop_app.errors import StoreError

# SQLite's own threshold (1,000 pages of 4 KiB). The log is cut back to it when it restarts
# (``journal_size_limit``), so its length on disk tells what was written since.
WAL_CHECKPOINT_BYTES = 4 * 2**20


class Checkpointer:
    """Passive checkpoints of ``engine``'s database after commits, one at a time."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._wal = Path(f"{engine.url.database}-wal")
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._again = False
        self._stopped = False

    def after_commit(self) -> None:
        """Start a checkpoint if the log has grown past the threshold (or note that one more
        is wanted when one is running: the pages committed meanwhile may be past its end)."""
        try:
            grown = self._wal.stat().st_size > WAL_CHECKPOINT_BYTES
        except OSError:
            return  # no log (yet, or any more): nothing to copy
        if not grown:
            return
        with self._lock:
            if self._stopped:
                return  # the engine is being closed: its close checkpoints what is left
            if self._thread is not None:
                self._again = True
                return
            self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
            self._thread.start()

    def wait(self) -> None:
        """Until no checkpoint is running (before a backup reads the files)."""
        self._join(stop=False)

    def stop(self) -> None:
        """Until no checkpoint is running, and start none after: before the engine is
        disposed, when a commit on another thread could otherwise start one on it."""
        self._join(stop=True)

    def _join(self, *, stop: bool) -> None:
        with self._lock:
            self._stopped = self._stopped or stop
            thread = self._thread
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        while True:
            try:
                with self._engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").all()
            except (SQLAlchemyError, StoreError):
                # A full disk or a vanished folder: the log keeps the commits, and the next
                # checkpoint (or the close) copies them.
                pass
            with self._lock:
                if not self._again or self._stopped:
                    self._thread = None
                    return
                self._again = False


def defer_checkpoints(dbapi_connection: Any) -> None:
    """A connection hook: this connection's commits leave checkpoints to a ``Checkpointer``."""
    dbapi_connection.execute("PRAGMA wal_autocheckpoint = 0")
    dbapi_connection.execute(f"PRAGMA journal_size_limit = {WAL_CHECKPOINT_BYTES}")
