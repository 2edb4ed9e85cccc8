"""``demo DIR``: a complete demo installation (coordinator, institutions, inspection team)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop_app.cli import texts
from desktop_app.cli.common import Context, add_command, out
from desktop_app.cli.texts import translate
from desktop_app.core.messages import Said
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
    def progress(message: Said, at: dt.datetime | None, done: int, total: int) -> None:
        when = f"{at:%d.%m.%Y} " if at else ""
        out(f"[{done:>3}/{total}] {when}{texts.said_text(message)}")

    result = build_demo(ctx.args.dir.expanduser(), progress=progress, kdf=new_store_kdf())
    out()
    out(translate("cli", "passphrase: {passphrase}").format(passphrase=result.passphrase))
    users = result.users
    coordinator = translate("cli", "coordinator: {home} (user {user})")
    out(coordinator.format(home=result.coordinator_home, user=users[result.coordinator_code]))
    institution = translate("cli", "institution {code}: {home} (user {user})")
    for code, home in result.institution_homes.items():
        out(institution.format(code=code, home=home, user=users[code]))
    team, partner = result.team_code, result.partner_code
    out(
        translate("cli", "inspection team {code}: {home} (user {user})").format(
            code=team, home=result.team_home, user=users[team]
        )
    )
    out(
        translate("cli", "partner agency {code}: {home} (user {user})").format(
            code=partner, home=result.partner_home, user=users[partner]
        )
    )
    carried = translate(
        "cli", "every workspace uses the same passphrase; {count} bundles were carried"
    )
    out(carried.format(count=result.bundles))
    try_it = translate("cli", "try: infosec-desk --home {home} measures list")
    out(try_it.format(home=result.coordinator_home))
    return 0
