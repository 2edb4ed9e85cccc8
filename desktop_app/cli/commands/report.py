"""``report KIND``: the printed PDF documents (strategy report, inspection act, compliance report,
key card, transfer form).

The reports package may not import the exchange layer, so this command fills the key card and
the transfer form from it (the node's identity card, the bundle log) and hands them over.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop_app.cli.common import Context, UsageError, add_command, out
from desktop_app.core.desk import Desk
from desktop_app.reports import KINDS, KeyCardData, ReportParams, TransferFormData, generate
from desktop_app.reports.i18n import LANGS, Lang


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    report = add_command(
        subparsers,
        "report",
        "print a report to PDF: strategy (implementation for a period), inspection-act, "
        "compliance (CII, for a period), key-card (this node's identity), transfer-form (a bundle)",
        common,
        cmd_report,
    )
    report.add_argument("kind", choices=list(KINDS), metavar="KIND", help=", ".join(KINDS))
    report.add_argument(
        "--lang", choices=LANGS, help="en or az (default: the setting 'language', else en)"
    )
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    report.add_argument("--period", metavar="P", help="2026, 2026-H1 or 2026-Q3 (default: now)")
    report.add_argument("--institution", metavar="CODE", help="one institution only")
    report.add_argument("--inspection", metavar="REF", help="the inspection of an act")
    report.add_argument("--bundle", metavar="ID", help="the bundle of a transfer form")
    report.add_argument(
        "--marking", metavar="TEXT", help="classification marking (default: the setting)"
    )


def cmd_report(ctx: Context) -> int:
    args = ctx.args
    desk = ctx.desk
    lang: Lang = args.lang or _default_lang(desk)
    params = ReportParams(
        lang=lang,
        period=args.period,
        institution=args.institution,
        inspection=args.inspection,
        marking=args.marking,
        key_card=_key_card(desk) if args.kind == "key-card" else None,
        transfer=_transfer(desk, args.bundle) if args.kind == "transfer-form" else None,
    )
    if args.kind == "inspection-act" and not args.inspection:
        raise UsageError("report inspection-act needs --inspection REF")
    path = generate(desk, args.kind, params, args.out)
    out(f"wrote {path}")
    return 0


def _default_lang(desk: Desk) -> Lang:
    setting = desk.setting("language")
    return "az" if setting == "az" else "en"


def _key_card(desk: Desk) -> KeyCardData:
    from desktop_app.exchange import identity, service

    raw = service.identity_card(desk)
    card = identity.read_card(raw)
    return KeyCardData(
        code=card.code,
        name=card.name,
        name_en=card.name_en,
        role=card.role,
        fingerprint=service.own_fingerprint(desk),
        card=raw,
        signing_key=card.signing_key,
        encryption_key=card.age_recipient,
        created=_time(card.created_at),
    )


def _transfer(desk: Desk, bundle: str | None) -> TransferFormData:
    if not bundle:
        raise UsageError("report transfer-form needs --bundle ID (see 'bundles list')")
    from desktop_app.exchange import service

    wanted = bundle.strip().lower()
    matches = [row for row in service.bundles(desk) if row.bundle_id.lower().startswith(wanted)]
    if len(matches) != 1:
        problem = "no bundle" if not matches else "more than one bundle matches"
        raise UsageError(f"{problem} {bundle!r} in the bundle log (see 'bundles list')")
    row = matches[0]
    outgoing = row.direction == "out"
    partner = next((p for p in service.partners(desk) if p.code == row.peer), None)
    peer_name = partner.name if partner else ""
    return TransferFormData(
        bundle_id=row.bundle_id,
        sender=desk.node.code if outgoing else row.peer,
        recipient=row.peer if outgoing else desk.node.code,
        sequence=row.sequence or 0,
        size=row.size,
        sha256=row.sha256,
        time=row.at,
        counts=dict(row.counts),
        direction="out" if outgoing else "in",
        sender_name=desk.node.name if outgoing else peer_name,
        recipient_name=peer_name if outgoing else desk.node.name,
    )


def _time(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None
