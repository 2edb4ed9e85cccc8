"""``repair-clock``: mend a store whose clock a partner's stamps pushed years ahead."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import Context, add_command, out


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
    out(ctx.desk.maintenance.repair_clock().line())
    return 0
