"""``backup`` and ``restore``: the whole workspace as one encrypted, checked file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import (
    PASSPHRASE_ENV,
    Context,
    add_command,
    out,
    read_secret,
    warn,
)
from desktop_app.cli.texts import translate
from desktop_app.store.backup import BackupHeader, Unlock, restore_backup, verify_backup
from desktop_app.store.keyslots import PASSPHRASE, KeySlot, open_slots


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
        "check a backup whole (with a passphrase of the store it came from: --user and the "
        "usual passphrase), then restore it into --home (which must hold no store)",
        common,
        cmd_restore,
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--check-only", action="store_true", help="check it, write nothing")


def cmd_backup(ctx: Context) -> int:
    info = ctx.desk.maintenance.backup(ctx.args.out)
    # One "label: value" a line, unaligned (what scripts read).
    for label, value in (
        (translate("cli", "backup"), info.path),
        (translate("cli", "sequence"), info.sequence),
        (translate("cli", "size"), info.size),
        (translate("cli", "sha256"), info.sha256),
    ):
        out(f"{label}: {value}")
    return 0


def _unlock(ctx: Context) -> Unlock:
    """Opens the backup's own key slot of --user with the passphrase."""

    def unlock(slots: list[KeySlot]) -> bytes:
        # Without --user: the first slot's, the admin who set the store up (as on unlock).
        user = ctx.args.user or next(slot.user for slot in slots if slot.kind == PASSPHRASE)
        passphrase = read_secret(
            PASSPHRASE_ENV,
            ctx.args.passphrase_file,
            translate("cli", "Passphrase for {user} (the backup's): ").format(user=user),
        )
        return open_slots(slots, user, passphrase).data_key

    return unlock


def _made(header: BackupHeader) -> str:
    made = translate("cli", "backup {sequence} of its store, made {created}")
    return made.format(sequence=header.sequence, created=header.created)


def cmd_restore(ctx: Context) -> int:
    if ctx.args.check_only:
        header = verify_backup(ctx.args.file, _unlock(ctx))
        out(translate("cli", "backup intact: {backup}").format(backup=_made(header)))
        return 0
    header = restore_backup(ctx.args.file, ctx.home, _unlock(ctx))
    restored = translate("cli", "restored {backup} into {home}")
    out(restored.format(backup=_made(header), home=ctx.home))
    if header.older_than:
        older = translate(
            "cli",
            "this backup is older than {other}, already restored on this computer: what was "
            "done after it is not in the restored store",
        )
        warn(older.format(other=header.older_than))
    out(
        translate(
            "cli",
            "unlock it with a user's passphrase or the recovery key of the store it came from",
        )
    )
    return 0
