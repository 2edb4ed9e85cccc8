"""``report KIND``: the printed PDF documents (strategy report, inspection act, compliance report,
key card, transfer form) and the user guide (which needs no workspace).

The reports package may not import the exchange layer, so this command takes the key card and
the transfer form data from ``exchange.documents`` and hands them over.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli import texts
from desktop_app.cli.common import Context, UsageError, add_command, out, print_json
from desktop_app.cli.texts import translate
from desktop_app.core.desk import Desk
from desktop_app.core.documents import TransferFormData
from desktop_app.exchange.documents import find_bundle, key_card_data, transfer_form_data
from desktop_app.reports import KINDS, ReportParams, generate, report_langs, user_guide
from desktop_app.reports.data import compliance_data
from desktop_app.reports.i18n import Lang
from desktop_app.reports.user_guide import GUIDE_LANGS

USER_GUIDE = "user-guide"


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    report = add_command(
        subparsers,
        "report",
        "print a report to PDF: strategy (implementation for a period), inspection-act, "
        "urgent-notice (an urgent finding's notice to the institution and the commission), "
        "compliance (CII, for a period), key-card (this node's identity), transfer-form "
        "(a bundle), due-list (an institution's), meeting-protocol (a working group "
        "meeting's), user-guide; in the language of --lang (en, az or ru, but inspection-act, "
        "key-card and transfer-form in en or az only), else the CLI's, else en",
        common,
        cmd_report,
    )
    kinds = [*KINDS, USER_GUIDE]
    report.add_argument(
        "kind", choices=kinds, metavar="KIND", help="the report's kind, one of those above"
    )
    report.add_argument(
        "--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF file to write"
    )
    report.add_argument("--period", metavar="P", help="2026, 2026-H1 or 2026-Q3 (default: now)")
    report.add_argument("--institution", metavar="CODE", help="one institution only")
    report.add_argument("--inspection", metavar="REF", help="the inspection of an act")
    report.add_argument("--finding", metavar="REF", help="the urgent finding of a notice")
    report.add_argument(
        "--addendum", type=int, metavar="N", help="inspection-act: addendum N instead of the act"
    )
    report.add_argument("--bundle", metavar="ID", help="the bundle of a transfer form")
    report.add_argument("--meeting", metavar="NUMBER", help="the meeting of a protocol")
    report.add_argument(
        "--marking", metavar="TEXT", help="classification marking (default: the setting)"
    )
    report.add_argument(
        "--json",
        action="store_true",
        help="compliance: print its figures (and the previous period's) as JSON too",
    )


def cmd_report(ctx: Context) -> int:
    args = ctx.args
    langs = GUIDE_LANGS if args.kind == USER_GUIDE else report_langs(args.kind)
    if args.lang is not None and args.lang not in langs:
        refused = translate("cli", "report {kind} is printed in {languages}")
        raise UsageError(refused.format(kind=args.kind, languages=" / ".join(langs)))
    if args.kind == USER_GUIDE:
        path = user_guide.write_pdf(_document_lang(langs, texts.language()), args.out)
        out(translate("cli", "wrote {file}").format(file=path))
        return 0
    lang = _document_lang(langs, ctx.document_language())
    desk = ctx.desk
    params = ReportParams(
        lang=lang,
        period=args.period,
        institution=args.institution,
        inspection=args.inspection,
        finding=args.finding,
        addendum=args.addendum,
        meeting=args.meeting,
        marking=args.marking,
        key_card=key_card_data(desk) if args.kind == "key-card" else None,
        transfer=_transfer(desk, args.bundle) if args.kind == "transfer-form" else None,
    )
    if args.kind == "inspection-act" and not args.inspection:
        raise UsageError(translate("cli", "report inspection-act needs --inspection REF"))
    if args.kind == "urgent-notice" and not args.finding:
        raise UsageError(translate("cli", "report urgent-notice needs --finding REF"))
    if args.json and args.kind != "compliance":
        raise UsageError(translate("cli", "--json is for report compliance"))
    path = generate(desk, args.kind, params, args.out)
    if args.json:
        content = compliance_data(desk, args.period, args.institution)
        print_json(
            {
                "pdf": str(path),
                "period": content.period,
                "institution": content.institution.code if content.institution else None,
                "figures": content.figures.as_dict(),
                "previous": content.previous.as_dict() if content.previous else None,
            }
        )
    else:
        out(translate("cli", "wrote {file}").format(file=path))
    return 0


def _document_lang(langs: tuple[Lang, ...], language: str) -> Lang:
    """The CLI's ``language`` (--lang, else the store's setting, else the environment's) if
    the document is printed in it, else English."""
    return next((lang for lang in langs if lang == language), "en")


def _transfer(desk: Desk, bundle: str | None) -> TransferFormData:
    if not bundle:
        raise UsageError(
            translate("cli", "report transfer-form needs --bundle ID (see 'bundles list')")
        )
    return transfer_form_data(desk, find_bundle(desk, bundle))
