"""``requirements``: the catalog of general and special CII security rules."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import (
    Context,
    add_command,
    add_group,
    add_list_options,
    out,
    print_json,
    print_list,
    record_json,
    row_sheet,
)
from desktop_app.cli.texts import translate
from desktop_app.core.models import Requirement, RequirementCategory


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    requirements = add_group(subparsers, "requirements", "the catalog of CII security requirements")
    listing = add_command(requirements, "list", "the catalog, in code order", common, cmd_list)
    add_list_options(listing)

    add = add_command(requirements, "add", "add a requirement", common, cmd_add)
    add.add_argument("--code", required=True)
    add.add_argument("--title", required=True)
    add.add_argument("--text", default="")
    add.add_argument(
        "--category",
        default=RequirementCategory.GENERAL.value,
        choices=RequirementCategory.values(),
    )
    add.add_argument("--iso27001", default="", metavar="CONTROL", help="ISO/IEC 27001:2022 Annex A")
    add.add_argument("--nist-csf", default="", metavar="ID", help="NIST CSF 2.0")

    load = add_command(
        requirements,
        "import",
        "add or update requirements from a CSV (header: code,title,text,category,iso27001,"
        "nist_csf) or a JSON array; all rows are checked before any is written",
        common,
        cmd_import,
    )
    load.add_argument("file", type=Path)


def cmd_list(ctx: Context) -> int:
    rows = ctx.desk.catalog.requirements()
    if ctx.args.json:
        print_json([record_json(r) for r in rows])
    else:
        print_list(
            ctx,
            ["CODE", "CATEGORY", "TITLE", "ISO 27001", "NIST CSF"],
            [[r.code, r.category, r.title, r.iso27001, r.nist_csf] for r in rows],
            empty="the catalog is empty",
            sheet=row_sheet(Requirement, rows),
        )
    return 0


def cmd_add(ctx: Context) -> int:
    a = ctx.args
    record = ctx.desk.catalog.add(
        code=a.code,
        title=a.title,
        text=a.text,
        category=a.category,
        iso27001=a.iso27001,
        nist_csf=a.nist_csf,
    )
    out(
        translate("cli", "added requirement {code} (id {id})").format(
            code=record.code, id=record.id
        )
    )
    return 0


def cmd_import(ctx: Context) -> int:
    added, updated = ctx.desk.catalog.import_file(ctx.args.file)
    imported = translate("cli", "{file}: {added} added, {updated} updated")
    out(imported.format(file=ctx.args.file.name, added=added, updated=updated))
    return 0
