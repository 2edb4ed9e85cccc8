"""Backups of the open workspace, recorded in the audit log."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.core import audit
from desktop_app.core.desk import Desk
from desktop_app.errors import Term
from desktop_app.store.backup import BackupInfo, write_backup


def backup_workspace(
    desk: Desk, out: Path, progress: Callable[[int, int], None] | None = None
) -> BackupInfo:
    """Write a backup of the whole workspace while it stays open; admins only.

    The audit entry is written first so that the backup carries the record of its own making.
    """
    desk.access.require_admin(Term("make backups"))
    with desk.transaction() as session:
        audit.append(session, desk.user, "backup", "workspace", desk.node.code, str(out))
    return write_backup(desk.workspace, desk.data_key, out, progress)
