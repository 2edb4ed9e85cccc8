"""The command registry: every command module, in the order ``--help`` lists them.

A command module has ``register(subparsers, common)``. To add one, import it here and list it in
``COMMANDS`` (explicit imports, so a frozen build finds every module).
"""

from __future__ import annotations

from types import ModuleType

from desktop_app.cli.commands import (
    audit,
    backup,
    clock,
    demo,
    exchange,
    files,
    groups,
    inspections,
    overview,
    plan,
    progress,
    release,
    report,
    requirements,
    setup,
    users,
)

COMMANDS: tuple[ModuleType, ...] = (
    setup,
    users,
    plan,
    progress,
    groups,
    inspections,
    requirements,
    files,
    overview,
    audit,
    backup,
    clock,
    exchange,
    report,
    release,
    demo,
)
