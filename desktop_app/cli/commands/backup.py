"""``backup`` and ``restore``: the whole workspace as one encrypted, checked file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import Context, add_command, out
from desktop_app.core.maintenance import backup_workspace
from desktop_app.store.backup import restore_backup, verify_backup


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    backup = add_command(
        subparsers,
        "backup",
        "write the whole workspace (still encrypted) to one file, without stopping the app",
        common,
        cmd_backup,
    )
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    restore = add_command(
        subparsers,
        "restore",
        "check a backup whole, then restore it into --home (which must hold no store)",
        common,
        cmd_restore,
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--check-only", action="store_true", help="check it, write nothing")


def cmd_backup(ctx: Context) -> int:
    info = backup_workspace(ctx.desk, ctx.args.out)
    out(f"backup: {info.path}")
    out(f"size: {info.size}")
    out(f"sha256: {info.sha256}")
    return 0


def cmd_restore(ctx: Context) -> int:
    if ctx.args.check_only:
        manifest = verify_backup(ctx.args.file)
        out(f"backup intact: made {manifest['created']}")
        return 0
    manifest = restore_backup(ctx.args.file, ctx.home)
    out(f"restored the backup made {manifest['created']} into {ctx.home}")
    out("unlock it with a user's passphrase or the recovery key of the store it came from")
    return 0
