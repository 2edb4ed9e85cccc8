"""Backups of the open workspace, recorded in the audit log."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.core import audit
from desktop_app.core.desk import Desk
from desktop_app.core.models import AuditEvent, Setting
from desktop_app.errors import Term
from desktop_app.store.backup import BackupInfo, write_backup

# Counts this store's backups, so a restore can tell an older backup from a newer one.
BACKUP_SEQUENCE = "backup_sequence"


def backup_workspace(
    desk: Desk, out: Path, progress: Callable[[int, int], None] | None = None
) -> BackupInfo:
    """Write a backup of the whole workspace while it stays open; admins only.

    The audit entry is written first so that the backup carries the record of its own making.
    """
    desk.access.require_admin(Term("make backups"))
    with desk.transaction() as session:
        counted = session.get(Setting, BACKUP_SEQUENCE)
        sequence = int(counted.value) + 1 if counted else 1
        session.merge(Setting(key=BACKUP_SEQUENCE, value=str(sequence)))
        first = session.get(AuditEvent, 1)
        audit.append(
            session, desk.user, "backup", "workspace", desk.node.code, f"{out} sequence={sequence}"
        )
    return write_backup(
        desk.workspace,
        desk.data_key,
        out,
        progress,
        store=first.hash if first else "",
        sequence=sequence,
    )
