"""Keeping the open workspace sound: backups (recorded in the audit log), the clock repaired,
the shared state dumped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core import audit
from desktop_app.core.clock_repair import ClockRepair, repair_clock
from desktop_app.core.dump import canonical_json, dump_state
from desktop_app.core.models import AuditEvent, Setting
from desktop_app.errors import Term
from desktop_app.store.backup import BackupInfo, write_backup

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

# Counts this store's backups, so a restore can tell an older backup from a newer one.
BACKUP_SEQUENCE = "backup_sequence"


class MaintenanceService:
    """Keeping the store sound: backups, the clock repaired, the state dumped
    (``desk.maintenance``)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def backup(self, out: Path, progress: Callable[[int, int], None] | None = None) -> BackupInfo:
        """Write a backup of the whole workspace while it stays open; admins only.

        The audit entry is written first so that the backup carries the record of its own
        making.
        """
        desk = self.desk
        desk.access.require_admin(Term("make backups"))
        with desk.transaction() as session:
            counted = session.get(Setting, BACKUP_SEQUENCE)
            sequence = int(counted.value) + 1 if counted else 1
            session.merge(Setting(key=BACKUP_SEQUENCE, value=str(sequence)))
            first = session.get(AuditEvent, 1)
            audit.append(
                session,
                desk.user,
                "backup",
                "workspace",
                desk.node.code,
                f"{out} sequence={sequence}",
            )
        # The backup folds the log into the file itself: not while a checkpoint is running.
        desk.checkpoints.wait()
        return write_backup(
            desk.workspace,
            desk.data_key,
            out,
            progress,
            store=first.hash if first else "",
            sequence=sequence,
        )

    def repair_clock(self) -> ClockRepair:
        """Move every stamp beyond wall clock plus the allowed skew back to now; admins only."""
        return repair_clock(self.desk)

    def state_json(self) -> str:
        """The whole shared state as canonical JSON (sorted keys and records, files by hash)."""
        with self.desk.reading() as session:
            return canonical_json(dump_state(session)) + "\n"
