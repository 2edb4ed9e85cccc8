"""``dump`` (the shared state as canonical JSON) and ``audit`` (the hash-chained log)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import (
    Context,
    Word,
    add_command,
    add_group,
    add_list_options,
    out,
    print_json,
    print_list,
    safe_json,
    safe_text,
)
from desktop_app.cli.texts import translate
from desktop_app.errors import StoreError
from desktop_app.store.atomic import atomic_open


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    dump = add_command(
        subparsers,
        "dump",
        "the whole shared state as canonical JSON (sorted keys and records, files by hash)",
        common,
        cmd_dump,
    )
    dump.add_argument("--out", type=Path, metavar="FILE", help="write FILE (atomically)")

    log = add_group(subparsers, "audit", "the append-only audit log")
    add_command(
        log, "verify", "check the hash chain; exit 1 naming the first bad entry", common, cmd_verify
    )
    listing = add_command(log, "list", "the latest entries, newest first", common, cmd_list)
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--action", help="only this action (create, update, delete, ...)")
    listing.add_argument("--by", metavar="USER", help="only this user's entries")
    add_list_options(listing)


def cmd_dump(ctx: Context) -> int:
    text = ctx.desk.maintenance.state_json()
    if ctx.args.out is None:
        sys.stdout.write(safe_json(text))
        return 0
    with atomic_open(ctx.args.out) as target:
        target.write(text.encode("utf-8"))
    print(safe_text(translate("cli", "wrote {file}").format(file=ctx.args.out)), file=sys.stderr)
    return 0


def cmd_verify(ctx: Context) -> int:
    check = ctx.desk.audit.verify()
    if not check.ok:
        # Every problem on stdout, one line each (a record edited behind the application is
        # named by kind and id); the refusal itself is the one line on stderr.
        for problem in check.problems:
            out(str(problem))
        raise StoreError(
            "audit chain broken: {problem} ({entries} entries check out, {count} problem(s) "
            "in all)",
            problem=check.problem,
            entries=check.entries,
            count=len(check.problems),
        )
    if check.legacy:
        intact = translate(
            "cli",
            "audit chain intact: {entries} entries, {legacy} of them from before entries were "
            "signed, head {head}; every signature, role grant, record state and signed anchor "
            "checks out",
        )
    else:
        intact = translate(
            "cli",
            "audit chain intact: {entries} entries, head {head}; every signature, role grant, "
            "record state and signed anchor checks out",
        )
    out(intact.format(entries=check.entries, legacy=check.legacy, head=check.head))
    return 0


def cmd_list(ctx: Context) -> int:
    a = ctx.args
    events = ctx.desk.audit.recent(a.limit, action=a.action, user=a.by)
    if a.json:
        print_json(
            [
                {
                    "id": e.seq,
                    "at": e.at,
                    "user": e.user,
                    "action": e.action,
                    "record_kind": e.record_kind,
                    "record_id": e.record_id,
                    "detail": e.detail,
                    "hash": e.hash,
                }
                for e in events
            ]
        )
        return 0
    print_list(
        ctx,
        ["SEQ", "AT (UTC)", "USER", "ACTION", "KIND", "RECORD", "DETAIL"],
        [
            [
                e.seq,
                e.at[:19].replace("T", " "),
                e.user,
                Word(e.action),
                Word(e.record_kind),
                e.record_id[:8],
                e.detail,
            ]
            for e in events
        ],
        empty="the log is empty",
        sheet=(
            ["SEQ", "AT (UTC)", "USER", "ACTION", "KIND", "RECORD", "DETAIL", "HASH"],
            (
                [
                    e.seq,
                    dt.datetime.fromisoformat(e.at[:19]),
                    e.user,
                    e.action,
                    e.record_kind,
                    e.record_id,
                    e.detail,
                    e.hash,
                ]
                for e in events
            ),
        ),
    )
    return 0
