"""``users``: local accounts, each with its own passphrase, and the printed recovery key."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.cli.common import (
    Context,
    Stored,
    add_command,
    add_group,
    add_json_option,
    add_new_passphrase_option,
    out,
    print_json,
    print_table,
    read_new_passphrase,
)
from desktop_app.cli.texts import translate
from desktop_app.core.dump import json_value
from desktop_app.core.models import UserRole


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    users = add_group(subparsers, "users", "local users and their passphrases")
    add = add_command(
        users, "add", "add a user with a passphrase of their own (admin)", common, cmd_add
    )
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=UserRole.values())
    add_new_passphrase_option(add)

    listing = add_command(users, "list", "the local users", common, cmd_list)
    add_json_option(listing)

    role = add_command(users, "role", "change a user's role (admin)", common, cmd_role)
    role.add_argument("name")
    role.add_argument("--role", required=True, choices=UserRole.values())

    remove = add_command(
        users,
        "remove",
        "remove a user and re-key the database, so the key they held opens it no more (admin)",
        common,
        cmd_remove,
    )
    remove.add_argument("name")

    passwd = add_command(
        users,
        "passwd",
        "set a user's passphrase (your own, asked for the current one; or anyone's as admin, "
        "which re-keys the database)",
        common,
        cmd_passwd,
    )
    passwd.add_argument("name")
    add_new_passphrase_option(passwd)

    add_command(
        users,
        "recovery-key",
        "make a new recovery key (replaces the previous one) and print it (admin)",
        common,
        cmd_recovery_key,
    )


def cmd_add(ctx: Context) -> int:
    desk = ctx.desk
    user = desk.users.add(ctx.args.name, ctx.args.role, read_new_passphrase(ctx, ctx.args.name))
    added = translate("cli", "added user {name} ({role})")
    out(added.format(name=user.name, role=Stored(user.role).shown()))
    return 0


def cmd_list(ctx: Context) -> int:
    users = ctx.desk.users.users()
    if ctx.args.json:
        print_json(
            [
                {
                    "id": u.name,
                    "name": u.name,
                    "role": u.role,
                    "active": u.active,
                    "created_at": json_value(u.created_at),
                }
                for u in users
            ]
        )
    else:
        print_table(
            ["NAME", "ROLE", "ACTIVE", "CREATED"],
            [[u.name, Stored(u.role), u.active, u.created_at] for u in users],
        )
    return 0


def _dropped(dropped: list[str]) -> None:
    if "(recovery key)" in dropped:
        out(
            translate(
                "cli",
                "the recovery key no longer opens the store: make a new one (users recovery-key)",
            )
        )


def cmd_remove(ctx: Context) -> int:
    dropped = ctx.desk.users.remove(ctx.args.name)
    removed = translate("cli", "user {name} removed; the database now has a new data key")
    out(removed.format(name=ctx.args.name))
    _dropped(dropped)
    return 0


def cmd_role(ctx: Context) -> int:
    ctx.desk.users.set_role(ctx.args.name, ctx.args.role)
    out(
        translate("cli", "user {name} is now {role}").format(name=ctx.args.name, role=ctx.args.role)
    )
    return 0


def cmd_passwd(ctx: Context) -> int:
    desk = ctx.desk
    name = ctx.args.name
    current = ctx.passphrase if name == desk.user else None
    dropped = desk.users.change_passphrase(name, read_new_passphrase(ctx, name), current)
    out(translate("cli", "passphrase of {name} changed").format(name=ctx.args.name))
    if current is None:
        out(translate("cli", "the database now has a new data key"))
        _dropped(dropped)
    return 0


def cmd_recovery_key(ctx: Context) -> int:
    key = ctx.desk.users.new_recovery_key()
    print(
        translate(
            "cli",
            "Print or write down this recovery key and keep it locked away; it opens the store "
            "without any passphrase. The previous recovery key no longer works.",
        ),
        file=sys.stderr,
    )
    out(key)
    return 0
