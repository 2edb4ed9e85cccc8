"""Bundles on removable media: ``identity``, ``partners``, ``export``, ``import``, ``verify``,
``bundles`` and ``conflicts``. Only desktop_app.exchange.service is used."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli import texts
from desktop_app.cli.common import (
    Context,
    InspectionState,
    Stored,
    UsageError,
    Word,
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
from desktop_app.cli.texts import QT_TRANSLATE_NOOP, translate
from desktop_app.core.due import DueSummary
from desktop_app.errors import ExchangeError, ValidationError
from desktop_app.exchange import service
from desktop_app.exchange.service import BundleLogRow, ConflictRow, exchange
from desktop_app.store.atomic import atomic_write_bytes

# The bundle log's direction, as the CLI's table says it ("in" and "out" in English).
BUNDLE_DIRECTIONS = {"in": QT_TRANSLATE_NOOP("cli", "in"), "out": QT_TRANSLATE_NOOP("cli", "out")}


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
    out(translate("cli", "wrote {file}").format(file=ctx.args.out))
    fingerprint = exchange(ctx.desk).own_fingerprint()
    out(translate("cli", "fingerprint: {fingerprint}").format(fingerprint=fingerprint))
    return 0


def cmd_fingerprint(ctx: Context) -> int:
    out(f"{ctx.desk.node.code} ({ctx.desk.node.role.value})")
    out(exchange(ctx.desk).own_fingerprint())
    return 0


def cmd_rotate(ctx: Context) -> int:
    fingerprint = exchange(ctx.desk).rotate_identity()
    out(translate("cli", "new keys made; the next bundle to each partner carries the change"))
    out(fingerprint)
    return 0


def cmd_add(ctx: Context) -> int:
    path: Path = ctx.args.card
    try:
        card = path.read_bytes()
    except OSError as error:
        raise ValidationError(
            "cannot read {path}: {reason}", "card", path=str(path), reason=error.strerror
        ) from None
    fingerprint: str | None = ctx.args.fingerprint
    if fingerprint is None:
        shown = service.card_fingerprint(card)
        out(translate("cli", "fingerprint of the card: {fingerprint}").format(fingerprint=shown))
        if not sys.stdin.isatty():
            raise UsageError(
                translate("cli", "compare the fingerprint with the partner and give --fingerprint")
            )
        question = translate("cli", "Does it match what the partner reads to you? [y/N] ")
        answer = input(question).strip().lower()
        if answer not in ("y", "yes", "h", "hə", "bəli", "д", "да"):
            raise ExchangeError("not enrolled: the fingerprint was not confirmed")
    partner = exchange(ctx.desk).enrol_partner(card, fingerprint)
    enrolled = translate("cli", "enrolled {code} ({role}) {fingerprint}")
    out(enrolled.format(code=partner.code, role=partner.role, fingerprint=partner.fingerprint))
    return 0


def cmd_partners(ctx: Context) -> int:
    rows = exchange(ctx.desk).partners()
    if ctx.args.json:
        print_json([row.as_dict() for row in rows])
    else:
        print_table(
            ["CODE", "ROLE", "NAME", "STATUS", "FINGERPRINT"],
            [[r.code, Stored(r.role), r.name, Stored(r.status), r.fingerprint] for r in rows],
            empty="no partners",
        )
    return 0


def cmd_revoke(ctx: Context) -> int:
    exchange(ctx.desk).revoke_partner(ctx.args.code)
    revoked = translate("cli", "revoked {code}: its bundles are refused from now on")
    out(revoked.format(code=ctx.args.code))
    return 0


def cmd_export(ctx: Context) -> int:
    target: Path = ctx.args.to
    if not target.is_dir():
        raise ValidationError("no such folder: {path}", "to", path=str(target))
    if ctx.args.recipient:
        results = [exchange(ctx.desk).export_bundle(ctx.args.recipient, target, full=ctx.args.full)]
    else:
        results = exchange(ctx.desk).export_all(target, full=ctx.args.full)
        if not results:
            raise ExchangeError("no active partner to export to: run 'partners add' first")
    written = translate(
        "cli", "{path}  {size} bytes  sha256 {sha256}  (to {recipient}, #{sequence})"
    )
    for result in results:
        out(
            written.format(
                path=result.path,
                size=result.size,
                sha256=result.sha256,
                recipient=result.recipient,
                sequence=result.sequence,
            )
        )
    return 0


def cmd_import(ctx: Context) -> int:
    results = exchange(ctx.desk).import_paths(list(ctx.args.paths))
    if not results:
        raise ValidationError("no bundle found in the given paths", "paths")
    for result in results:
        out(_import_line(result))
        if result.due is not None and result.outcome != service.Outcome.REFUSED:
            _print_due(result.sender, result.due)
    return 1 if any(r.outcome == service.Outcome.REFUSED for r in results) else 0


def _import_line(result: service.ImportResult) -> str:
    """``ImportResult.line()`` in the CLI's language, the refusal and the warnings rendered
    from their messages."""
    if result.outcome == service.Outcome.REFUSED:
        reason = texts.error_text(result.error) if result.error else result.reason
        return translate("cli", "{path}: refused: {reason}").format(path=result.path, reason=reason)
    if result.outcome == service.Outcome.ELSEWHERE:
        return translate("cli", "{path}: for another desk, left alone").format(path=result.path)
    if result.outcome == service.Outcome.ALREADY:
        head = translate("cli", "{path}: already imported from {sender} #{sequence}")
    else:
        head = translate("cli", "{path}: merged from {sender} #{sequence}")
    line = head.format(path=result.path, sender=result.sender, sequence=result.sequence)
    report = result.report
    if result.outcome != service.Outcome.MERGED or report is None:
        return line
    if result.digest_match:
        merged = translate(
            "cli",
            "{created} new, {updated} updated, {conflicts} conflicts, {files} files; "
            "digest matches",
        )
    else:
        merged = translate(
            "cli",
            "{created} new, {updated} updated, {conflicts} conflicts, {files} files; "
            "digest differs",
        )
    counts = merged.format(
        created=report.created,
        updated=report.updated,
        conflicts=len(report.conflicts),
        files=report.attachments_stored,
    )
    warnings = [texts.error_text(w) for w in (result.gap, result.history) if w is not None]
    return "; ".join([f"{line} ({counts})", *warnings])


def _print_due(sender: str, due: DueSummary) -> None:
    """What the coordinator expects of this institution, as its bundle says."""
    counts = ", ".join(f"{kind} {n}" for kind, n in due.counts().items())
    heading = translate("cli", "due, as {sender} sees it on {date} ({days} days): {counts}")
    out(
        "  "
        + heading.format(
            sender=sender,
            date=format_date(due.as_of),
            days=due.within,
            counts=counts or translate("cli", "nothing"),
        )
    )
    overdue_mark = translate("cli", "overdue")
    for kind, ref, date, overdue in due.items:
        out(
            f"    {format_date(date) or '-':<10}  {kind:<13}  {ref}"
            + (f"  {overdue_mark}" if overdue else "")
        )


def cmd_verify(ctx: Context) -> int:
    files = service.bundle_files(list(ctx.args.paths))
    if not files:
        raise ValidationError("no bundle found in the given paths", "paths")
    results = [exchange(ctx.desk).verify_bundle(path) for path in files]
    for result in results:
        if not result.ok:
            checked = translate("cli", "{path}: refused: {reason}")
        elif result.outcome == service.Outcome.ALREADY:
            checked = translate("cli", "{path}: already imported (from {sender} #{sequence})")
        else:
            checked = translate("cli", "{path}: ok (from {sender} #{sequence})")
        out(
            checked.format(
                path=result.path,
                sender=result.sender,
                sequence=result.sequence,
                reason=texts.error_text(result.error) if result.error else result.reason,
            )
        )
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
                    translate("cli", BUNDLE_DIRECTIONS[r.direction]),
                    r.peer,
                    r.sequence,
                    Stored(r.outcome),
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
    items = exchange(ctx.desk).named_conflicts()
    if ctx.args.json:
        # The stored values stay as they are (``resolve --keep`` takes them); the names beside.
        print_json(
            [
                {
                    **i.conflict.as_dict(),
                    "record_name": i.record,
                    "local_name": i.local_name,
                    "remote_name": i.remote_name,
                }
                for i in items
            ]
        )
    else:
        print_table(
            ["ID", "KIND", "RECORD", "FIELD", "HERE", "BY", "THEIRS", "BY", "STATUS"],
            [
                [
                    i.conflict.id,
                    Word(i.conflict.record_kind),
                    i.record,
                    Word(i.conflict.field),
                    _shown(i.conflict, i.conflict.local_value, i.local_name),
                    i.conflict.local_author,
                    _shown(i.conflict, i.conflict.remote_value, i.remote_name),
                    i.conflict.remote_author,
                    Stored(i.conflict.status),
                ]
                for i in items
            ],
            empty="no conflicts",
        )
    return 0


def _shown(conflict: ConflictRow, value: Any, name: str | None) -> Any:
    """A conflict's value as the GUI's Conflicts page shows it: the record it refers to by name,
    a status or another stored value by its name."""
    if name is not None:
        return name
    if isinstance(value, bool):
        return translate("cli", "yes") if value else translate("cli", "no")
    if not isinstance(value, str):
        return value
    if (conflict.record_kind, conflict.field) == ("inspection", "status"):
        return InspectionState(value)
    return Stored(value)


def cmd_resolve(ctx: Context) -> int:
    exchange(ctx.desk).resolve_conflict(ctx.args.id, ctx.args.keep)
    out(translate("cli", "conflict {id} resolved").format(id=ctx.args.id))
    return 0
