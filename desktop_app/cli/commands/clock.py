"""``repair-clock``: mend a store whose clock a partner's stamps pushed years ahead."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import Context, add_command, out
from desktop_app.cli.texts import translate


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    add_command(
        subparsers,
        "repair-clock",
        "move clock stamps that are further ahead of this computer's clock than the allowed "
        "skew (setting max_clock_skew_hours) back to now; admins; run it on every node that "
        "took such stamps",
        common,
        cmd_repair_clock,
    )


def cmd_repair_clock(ctx: Context) -> int:
    repair = ctx.desk.maintenance.repair_clock()
    if not repair.stamps:
        out(translate("cli", "the clock is sound: no stamp is ahead of this computer's clock"))
        return 0
    moved = translate(
        "cli", "moved {stamps} stamp(s) in {records} record(s) back to this computer's clock"
    )
    out(moved.format(stamps=repair.stamps, records=repair.records))
    return 0
