"""``search`` (full text, Azerbaijani-aware), ``dashboard`` (the figures of the first screen) and
``due`` (what is expected of each institution)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import (
    Context,
    DueKind,
    Stored,
    Word,
    add_command,
    add_json_option,
    add_list_options,
    format_date,
    out,
    print_json,
    print_list,
    print_table,
    row_sheet,
    short_id,
)
from desktop_app.cli.texts import translate
from desktop_app.core.due import DEFAULT_WITHIN, DueItem
from desktop_app.core.validation import period


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    find = add_command(
        subparsers,
        "search",
        "find measures, reports, requirements, inspections, notes and findings by words "
        "(case and Azerbaijani letters folded; each word matches as a prefix)",
        common,
        cmd_search,
    )
    find.add_argument("text")
    find.add_argument("--limit", type=int, default=100)
    add_json_option(find)

    dashboard = add_command(
        subparsers, "dashboard", "the state of the plan and of the findings", common, cmd_dashboard
    )
    dashboard.add_argument(
        "--period",
        metavar="P",
        help="figures as of the period's end (default: today, in the current quarter)",
    )
    dashboard.add_argument(
        "--institution",
        metavar="CODE",
        help="the measures it leads or co-executes: the figures of its strategy report",
    )
    add_json_option(dashboard)

    due = add_command(
        subparsers,
        "due",
        "what is due: lead reports for the current period, measures ending soon, reports to "
        "clarify, findings due or overdue, remediation claims to verify, extension requests to "
        "decide, working group tasks",
        common,
        cmd_due,
    )
    due.add_argument("--institution", metavar="CODE", help="one institution only")
    due.add_argument(
        "--within", metavar="DAYS", default=DEFAULT_WITHIN, help="days ahead (default: 30)"
    )
    add_list_options(due)


def cmd_search(ctx: Context) -> int:
    results = [
        {"id": hit.record_id, "kind": hit.kind, "title": hit.title, "text": hit.text}
        for hit in ctx.desk.search.find(ctx.args.text, ctx.args.limit)
    ]
    if ctx.args.json:
        print_json(results)
    else:
        print_table(
            ["KIND", "ID", "TITLE"],
            [[Word(r["kind"]), short_id(r["id"]), r["title"] or r["text"]] for r in results],
            empty="no matches",
        )
    return 0


def cmd_dashboard(ctx: Context) -> int:
    board = ctx.desk.dashboard.build(
        period(ctx.args.period) if ctx.args.period else None, ctx.args.institution
    )
    if ctx.args.json:
        print_json(board.as_dict())
        return 0
    none = translate("cli", "none")
    out(translate("cli", "period {period}").format(period=board.period))
    measures = translate("cli", "measures: {count}, mean {percent}% complete")
    out(measures.format(count=board.measures_total, percent=f"{board.mean_percent:.1f}"))
    out("  " + ", ".join(f"{Stored(status).shown()} {n}" for status, n in board.by_status.items()))
    if board.by_direction:
        out(translate("cli", "by direction:"))
        direction = translate("cli", "{number}: {count} measures, mean {percent}%")
        for number, (count, mean) in board.by_direction.items():
            out("  " + direction.format(number=number, count=count, percent=f"{mean:.1f}"))
    overdue = ", ".join(row.number for row in board.overdue) or none
    out(translate("cli", "overdue measures: {measures}").format(measures=overdue))
    severities = board.open_findings_by_severity.items()
    open_findings = ", ".join(f"{Stored(severity).shown()} {n}" for severity, n in severities)
    out(translate("cli", "open findings: {findings}").format(findings=open_findings))
    urgent = ", ".join(f.ref for f in board.urgent_findings) or none
    out(translate("cli", "urgent findings: {findings}").format(findings=urgent))
    missing = (
        ", ".join(
            f"{code} {number}" for code, numbers in board.missing.items() for number in numbers
        )
        or none
    )
    out(translate("cli", "lead reports missing: {reports}").format(reports=missing))
    if board.institutions:
        heading = translate("cli", "institutions (measures led, reports missing for {period}):")
        out(heading.format(period=board.period))
        print_table(
            ["CODE", "LED", "MISSING", "NAME"],
            [[i.code, i.measures_led, i.reports_missing, i.name] for i in board.institutions],
        )
    return 0


def cmd_due(ctx: Context) -> int:
    due = ctx.desk.due.items(ctx.args.institution, ctx.args.within)
    if ctx.args.json:
        print_json(due.as_dict())
        return 0
    if not (ctx.args.xlsx or ctx.args.csv):
        scope = due.institution or translate("cli", "every institution")
        heading = translate("cli", "due as of {date} within {days} days, {scope}")
        out(heading.format(date=format_date(due.as_of), days=due.within, scope=scope))
    print_list(
        ctx,
        ["DUE", "INSTITUTION", "KIND", "REF", "TITLE"],
        [
            [
                format_date(item.due) + (" " + translate("cli", "overdue") if item.overdue else ""),
                item.institution,
                DueKind(item.kind),
                item.ref,
                item.title,
            ]
            for item in due.items
        ],
        empty="nothing due",
        # The file: the date as a date and "overdue" a column of its own.
        sheet=row_sheet(DueItem, due.items),
    )
    return 0
