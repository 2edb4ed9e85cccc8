"""``demo DIR``: a complete demo installation (coordinator, institutions, inspection team)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import Context, add_command, out
from desktop_app.demo.build import build_demo
from desktop_app.store.keyslots import new_store_kdf


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    demo = add_command(
        subparsers,
        "demo",
        "build a demo set of workspaces in DIR (new or empty): the coordinator's, six "
        "institutions' and an inspection team's, filled through real bundles",
        common,
        cmd_demo,
    )
    demo.add_argument("dir", type=Path, metavar="DIR")


def cmd_demo(ctx: Context) -> int:
    def progress(message: str, done: int, total: int) -> None:
        out(f"[{done:>3}/{total}] {message}")

    result = build_demo(ctx.args.dir.expanduser(), progress=progress, kdf=new_store_kdf())
    out()
    out(f"passphrase: {result.passphrase}")
    users = result.users
    out(f"coordinator: {result.coordinator_home} (user {users[result.coordinator_code]})")
    for code, home in result.institution_homes.items():
        out(f"institution {code}: {home} (user {users[code]})")
    out(f"inspection team {result.team_code}: {result.team_home} (user {users[result.team_code]})")
    partner = result.partner_code
    out(f"partner agency {partner}: {result.partner_home} (user {users[partner]})")
    out(f"every workspace uses the same passphrase; {result.bundles} bundles were carried")
    out(f"try: infosec-desk --home {result.coordinator_home} measures list")
    return 0
