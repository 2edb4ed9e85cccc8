"""Bundles on removable media: ``identity``, ``partners``, ``export``, ``import``, ``verify``,
``bundles`` and ``conflicts``. Only desktop_app.exchange.service is used."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import (
    Context,
    UsageError,
    add_command,
    add_group,
    add_json_option,
    add_list_options,
    format_date,
    out,
    print_json,
    print_list,
    print_table,
    row_sheet,
)
from desktop_app.core.due import DueSummary
from desktop_app.errors import ExchangeError, ValidationError
from desktop_app.exchange import service
from desktop_app.exchange.service import BundleLogRow, exchange
from desktop_app.store.atomic import atomic_write_bytes


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    identity = add_group(subparsers, "identity", "this node's exchange keys")
    card = add_command(identity, "card", "write this node's signed public card", common, cmd_card)
    card.add_argument("--out", required=True, type=Path, metavar="FILE")
    add_command(
        identity, "fingerprint", "print this node's key fingerprint", common, cmd_fingerprint
    )
    add_command(
        identity,
        "rotate",
        "new keys; the old key signs the change, which travels in the next bundles (admin)",
        common,
        cmd_rotate,
    )

    partners = add_group(subparsers, "partners", "the nodes this node exchanges bundles with")
    add = add_command(partners, "add", "enrol a partner from its card (admin)", common, cmd_add)
    add.add_argument("card", type=Path)
    add.add_argument("--fingerprint", help="the fingerprint read from the partner, to compare")
    listing = add_command(partners, "list", "enrolled partners", common, cmd_partners)
    add_json_option(listing)
    revoke = add_command(
        partners, "revoke", "refuse a partner's bundles from now on (admin)", common, cmd_revoke
    )
    revoke.add_argument("code")

    export = add_command(
        subparsers, "export", "write one bundle per partner into a folder", common, cmd_export
    )
    export.add_argument("--to", required=True, type=Path, metavar="DIR")
    export.add_argument("--recipient", metavar="CODE", help="only this partner")
    export.add_argument("--full", action="store_true", help="everything in scope, not only news")

    imports = add_command(
        subparsers, "import", "verify and merge bundles (files or folders)", common, cmd_import
    )
    imports.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    verify = add_command(
        subparsers,
        "verify",
        "check bundles completely without changing anything",
        common,
        cmd_verify,
    )
    verify.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    bundles = add_group(subparsers, "bundles", "the log of bundles written and read")
    add_list_options(add_command(bundles, "list", "every bundle in or out", common, cmd_bundles))

    conflicts = add_group(subparsers, "conflicts", "concurrent edits met at merge")
    add_json_option(add_command(conflicts, "list", "conflicts to review", common, cmd_conflicts))
    resolve = add_command(conflicts, "resolve", "keep one of the two values", common, cmd_resolve)
    resolve.add_argument("id", type=int)
    resolve.add_argument("--keep", required=True, metavar="VALUE")


def cmd_card(ctx: Context) -> int:
    atomic_write_bytes(ctx.args.out, exchange(ctx.desk).identity_card(), mode=0o644)
    out(f"wrote {ctx.args.out}")
    out(f"fingerprint: {exchange(ctx.desk).own_fingerprint()}")
    return 0


def cmd_fingerprint(ctx: Context) -> int:
    out(f"{ctx.desk.node.code} ({ctx.desk.node.role.value})")
    out(exchange(ctx.desk).own_fingerprint())
    return 0


def cmd_rotate(ctx: Context) -> int:
    fingerprint = exchange(ctx.desk).rotate_identity()
    out("new keys made; the next bundle to each partner carries the change")
    out(fingerprint)
    return 0


def cmd_add(ctx: Context) -> int:
    path: Path = ctx.args.card
    try:
        card = path.read_bytes()
    except OSError as error:
        raise ValidationError(f"cannot read {path}: {error.strerror}", "card") from None
    fingerprint: str | None = ctx.args.fingerprint
    if fingerprint is None:
        shown = service.card_fingerprint(card)
        out(f"fingerprint of the card: {shown}")
        if not sys.stdin.isatty():
            raise UsageError("compare the fingerprint with the partner and give --fingerprint")
        answer = input("Does it match what the partner reads to you? [y/N] ").strip().lower()
        if answer not in ("y", "yes", "h", "hə", "bəli"):
            raise ExchangeError("not enrolled: the fingerprint was not confirmed")
    partner = exchange(ctx.desk).enrol_partner(card, fingerprint)
    out(f"enrolled {partner.code} ({partner.role}) {partner.fingerprint}")
    return 0


def cmd_partners(ctx: Context) -> int:
    rows = exchange(ctx.desk).partners()
    if ctx.args.json:
        print_json([row.as_dict() for row in rows])
    else:
        print_table(
            ["CODE", "ROLE", "NAME", "STATUS", "FINGERPRINT"],
            [[r.code, r.role, r.name, r.status, r.fingerprint] for r in rows],
            empty="no partners",
        )
    return 0


def cmd_revoke(ctx: Context) -> int:
    exchange(ctx.desk).revoke_partner(ctx.args.code)
    out(f"revoked {ctx.args.code}: its bundles are refused from now on")
    return 0


def cmd_export(ctx: Context) -> int:
    target: Path = ctx.args.to
    if not target.is_dir():
        raise ValidationError(f"no such folder: {target}", "to")
    if ctx.args.recipient:
        results = [exchange(ctx.desk).export_bundle(ctx.args.recipient, target, full=ctx.args.full)]
    else:
        results = exchange(ctx.desk).export_all(target, full=ctx.args.full)
        if not results:
            raise ExchangeError("no active partner to export to: run 'partners add' first")
    for result in results:
        out(
            f"{result.path}  {result.size} bytes  sha256 {result.sha256}  "
            f"(to {result.recipient}, #{result.sequence})"
        )
    return 0


def cmd_import(ctx: Context) -> int:
    results = exchange(ctx.desk).import_paths(list(ctx.args.paths))
    if not results:
        raise ValidationError("no bundle found in the given paths", "paths")
    for result in results:
        out(result.line())
        if result.due is not None and result.outcome != service.Outcome.REFUSED:
            _print_due(result.sender, result.due)
    return 1 if any(r.outcome == service.Outcome.REFUSED for r in results) else 0


def _print_due(sender: str, due: DueSummary) -> None:
    """What the coordinator expects of this institution, as its bundle says."""
    counts = ", ".join(f"{kind} {n}" for kind, n in due.counts().items()) or "nothing"
    out(f"  due, as {sender} sees it on {format_date(due.as_of)} ({due.within} days): {counts}")
    for kind, ref, date, overdue in due.items:
        out(
            f"    {format_date(date) or '-':<10}  {kind:<13}  {ref}"
            + ("  overdue" if overdue else "")
        )


def cmd_verify(ctx: Context) -> int:
    files = service.bundle_files(list(ctx.args.paths))
    if not files:
        raise ValidationError("no bundle found in the given paths", "paths")
    results = [exchange(ctx.desk).verify_bundle(path) for path in files]
    for result in results:
        out(result.line())
    return 0 if all(r.ok for r in results) else 1


def cmd_bundles(ctx: Context) -> int:
    rows = exchange(ctx.desk).bundles()
    if ctx.args.json:
        print_json([row.as_dict() for row in rows])
    else:
        print_list(
            ctx,
            ["#", "DIR", "PEER", "SEQ", "OUTCOME", "AT", "SIZE", "SHA256", "REASON"],
            [
                [
                    r.id,
                    r.direction,
                    r.peer,
                    r.sequence,
                    r.outcome,
                    r.at,
                    r.size,
                    r.sha256[:16],
                    r.reason,
                ]
                for r in rows
            ],
            empty="no bundles yet",
            sheet=row_sheet(BundleLogRow, rows),
        )
    return 0


def cmd_conflicts(ctx: Context) -> int:
    rows = exchange(ctx.desk).conflicts()
    if ctx.args.json:
        print_json([row.as_dict() for row in rows])
    else:
        print_table(
            ["ID", "KIND", "RECORD", "FIELD", "HERE", "BY", "THEIRS", "BY", "STATUS"],
            [
                [
                    r.id,
                    r.record_kind,
                    r.record_id[:8],
                    r.field,
                    r.local_value,
                    r.local_author,
                    r.remote_value,
                    r.remote_author,
                    r.status,
                ]
                for r in rows
            ],
            empty="no conflicts",
        )
    return 0


def cmd_resolve(ctx: Context) -> int:
    exchange(ctx.desk).resolve_conflict(ctx.args.id, ctx.args.keep)
    out(f"conflict {ctx.args.id} resolved")
    return 0
