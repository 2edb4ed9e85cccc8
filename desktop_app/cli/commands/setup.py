"""``init`` (a new store), ``info`` (who and where), ``settings`` (the node's settings)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import (
    PASSPHRASE_ENV,
    Context,
    Stored,
    add_command,
    add_group,
    add_json_option,
    out,
    print_fields,
    print_json,
    print_table,
    read_secret,
)
from desktop_app.cli.texts import QT_TRANSLATE_NOOP, translate
from desktop_app.core.desk import create_desk
from desktop_app.core.models import NodeRole
from desktop_app.core.settings import SETTINGS
from desktop_app.errors import StoreError
from desktop_app.exchange.service import setup_identity
from desktop_app.store.keyslots import new_store_kdf
from desktop_app.store.workspace import Workspace

# The emblem is stored as the image itself (by the reports package), set from a file path.
EMBLEM = "emblem"
EMBLEM_MEANING = QT_TRANSLATE_NOOP(
    "cli", "emblem on reports: set from a PNG or JPEG file path; '' removes it"
)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    init = add_command(
        subparsers, "init", "set up a new store (refuses to overwrite one)", common, cmd_init
    )
    init.add_argument("--role", required=True, choices=NodeRole.values())
    init.add_argument("--code", required=True, help="this node's institution code")
    init.add_argument("--name", required=True, help="the institution's name in Azerbaijani")
    init.add_argument("--name-en", default="", help="the institution's name in English")

    info = add_command(
        subparsers, "info", "this node, the signed-in user, the store", common, cmd_info
    )
    add_json_option(info)

    settings = add_group(subparsers, "settings", "show or change the node's settings")
    listing = add_command(
        settings, "list", "every setting with its value", common, cmd_settings_list
    )
    add_json_option(listing)
    get = add_command(settings, "get", "print one setting's value", common, cmd_settings_get)
    get.add_argument("key", choices=sorted(SETTINGS))  # the emblem is an image: not printed
    put = add_command(settings, "set", "change a setting (admin)", common, cmd_settings_set)
    put.add_argument("key", choices=sorted([*SETTINGS, EMBLEM]))
    put.add_argument("value")


def cmd_init(ctx: Context) -> int:
    args = ctx.args
    home = ctx.home
    if Workspace(home).exists():
        raise StoreError("a store already exists in {home}", home=str(home))
    user = args.user or "admin"
    passphrase = read_secret(
        PASSPHRASE_ENV,
        args.passphrase_file,
        translate("cli", "New passphrase for {user}: ").format(user=user),
        confirm=True,
    )
    with create_desk(
        home,
        role=args.role,
        code=args.code,
        name=args.name,
        name_en=args.name_en,
        user=user,
        passphrase=passphrase,
        kdf=new_store_kdf(),
    ) as desk:
        setup_identity(desk)
        created = translate("cli", "created the {role} store of {code} in {home}")
        out(created.format(role=desk.node.role.value, code=desk.node.code, home=home))
        out(translate("cli", "admin user: {user}").format(user=desk.user))
    return 0


def cmd_info(ctx: Context) -> int:
    desk = ctx.desk
    data = {
        "home": str(desk.workspace.home),
        "node_code": desk.node.code,
        "node_role": desk.node.role.value,
        "node_name": desk.node.name,
        "node_name_en": desk.node.name_en,
        "user": desk.user,
        "user_role": desk.user_role.value,
    }
    if ctx.args.json:
        print_json(data)
        return 0
    print_fields(
        [
            ("home", data["home"]),
            ("node code", data["node_code"]),
            ("node role", Stored(data["node_role"])),
            ("node name", data["node_name"]),
            ("node name en", data["node_name_en"]),
            ("user", data["user"]),
            ("user role", Stored(data["user_role"])),
        ]
    )
    return 0


def cmd_settings_list(ctx: Context) -> int:
    desk = ctx.desk
    rows = [
        {"id": key, "key": key, "value": desk.setting(key), "meaning": meaning}
        for key, (meaning, _) in SETTINGS.items()
    ]
    emblem = desk.setting(EMBLEM)
    rows.append(
        {
            "id": EMBLEM,
            "key": EMBLEM,
            "value": translate("cli", "(image)") if emblem else "",
            "meaning": EMBLEM_MEANING,
        }
    )
    if ctx.args.json:
        print_json(rows)
    else:
        # A setting's meaning is the core's (a setting of its own), the emblem's the CLI's.
        print_table(
            ["KEY", "VALUE", "MEANING"],
            [
                [
                    r["key"],
                    r["value"],
                    translate("cli" if r["key"] == EMBLEM else "core", r["meaning"]),
                ]
                for r in rows
            ],
        )
    return 0


def cmd_settings_get(ctx: Context) -> int:
    out(ctx.desk.setting(ctx.args.key))
    return 0


def cmd_settings_set(ctx: Context) -> int:
    key, value = ctx.args.key, ctx.args.value.strip()
    if key == EMBLEM:
        # Imported here so that only this setting pays for loading reportlab.
        from desktop_app.reports.emblem import clear_emblem, set_emblem

        if value:
            set_emblem(ctx.desk, Path(value).expanduser())
        else:
            clear_emblem(ctx.desk)
        done = (
            translate("cli", "{key} set from {file}")
            if value
            else translate("cli", "{key} removed")
        )
        out(done.format(key=EMBLEM, file=value))
        return 0
    ctx.desk.set_setting(key, value)
    out(f"{key} = {ctx.desk.setting(key)}")
    return 0
