"""``attach`` and ``attachments``: files kept encrypted inside the store."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import (
    Context,
    add_command,
    add_group,
    add_json_option,
    out,
    print_attachments,
    print_json,
    readable_files,
    record_json,
)
from desktop_app.cli.texts import translate


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    attach = add_command(
        subparsers,
        "attach",
        "attach a file to a record (measure number, inspection reference, REF#N, or any id)",
        common,
        cmd_attach,
    )
    attach.add_argument("record")
    attach.add_argument("file", type=Path)
    attach.add_argument("--name", help="the file name to keep (default: the file's own)")

    attachments = add_group(subparsers, "attachments", "files attached to records")
    listing = add_command(attachments, "list", "the files attached to a record", common, cmd_list)
    listing.add_argument("record")
    add_json_option(listing)
    get = add_command(attachments, "get", "copy a file out of the store", common, cmd_get)
    get.add_argument("sha256")
    get.add_argument("--out", required=True, type=Path, metavar="FILE")


def cmd_attach(ctx: Context) -> int:
    (path,) = readable_files([ctx.args.file], "file")
    attachment = ctx.desk.attachments.attach(ctx.args.record, path, ctx.args.name)
    attached = translate("cli", "attached {name} ({size} bytes, sha256 {sha256})")
    out(attached.format(name=attachment.file_name, size=attachment.size, sha256=attachment.sha256))
    return 0


def cmd_list(ctx: Context) -> int:
    rows = ctx.desk.attachments.for_record(ctx.args.record)
    if ctx.args.json:
        print_json([record_json(r) for r in rows])
    else:
        print_attachments(rows)
    return 0


def cmd_get(ctx: Context) -> int:
    size = ctx.desk.attachments.save_copy(ctx.args.sha256.strip().lower(), ctx.args.out)
    out(translate("cli", "wrote {file} ({size} bytes)").format(file=ctx.args.out, size=size))
    return 0
