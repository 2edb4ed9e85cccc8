"""The action plan: ``institutions``, ``facilities``, ``strategy``, ``directions``, ``measures``,
``indicators``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop_app.cli import texts
from desktop_app.cli.common import (
    Context,
    Stored,
    UsageError,
    add_command,
    add_group,
    add_json_option,
    add_list_options,
    changed_line,
    changes,
    format_date,
    out,
    parse_pairs,
    print_attachments,
    print_fields,
    print_json,
    print_list,
    print_table,
    record_json,
    row_sheet,
    short_id,
)
from desktop_app.cli.texts import translate
from desktop_app.core.models import (
    Criticality,
    IndicatorDirection,
    InstitutionKind,
    ProgressStatus,
    RevisedField,
)
from desktop_app.core.plan import IndicatorRow, MeasureDetail, MeasureFilter, RevisionRow
from desktop_app.core.progress import evaluation_state
from desktop_app.core.sheets.plan_import import (
    IGNORE,
    ImportResult,
    PlanPreview,
    column_letter,
)
from desktop_app.core.sheets.plan_sheet import measure_sheet
from desktop_app.core.sheets.template import write_template
from desktop_app.core.validation import period
from desktop_app.errors import ValidationError

# `measures update` options -> PlanService field names (the option is the field unless named).
MEASURE_FIELDS = (
    "number",
    "title",
    "title_en",
    "lead",
    "direction",
    "start",
    "end",
    "continuous",
    "description",
    "expected_result",
    "financing_source",
    "co_executors",
)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    _register_institutions(subparsers, common)
    _register_strategy(subparsers, common)
    _register_measures(subparsers, common)
    _register_indicators(subparsers, common)


def _register_institutions(subparsers: Any, common: argparse.ArgumentParser) -> None:
    institutions = add_group(subparsers, "institutions", "institutions that carry out measures")
    add = add_command(institutions, "add", "add an institution", common, cmd_institution_add)
    add.add_argument("code")
    add.add_argument("--name", required=True, help="name in Azerbaijani")
    add.add_argument("--name-en", default="", help="name in English")
    add.add_argument(
        "--kind", default=InstitutionKind.AGENCY.value, choices=InstitutionKind.values()
    )
    add_json_option(add_command(institutions, "list", "the institutions", common, cmd_institutions))
    edit = add_command(
        institutions,
        "update",
        "change an institution's names or kind",
        common,
        cmd_institution_update,
    )
    edit.add_argument("institution", help="code or id")
    edit.add_argument("--name", default=argparse.SUPPRESS)
    edit.add_argument("--name-en", default=argparse.SUPPRESS)
    edit.add_argument("--kind", choices=InstitutionKind.values(), default=argparse.SUPPRESS)

    facilities = add_group(subparsers, "facilities", "the CII facilities of institutions")
    add = add_command(
        facilities, "add", "add a facility to an institution", common, cmd_facility_add
    )
    add.add_argument("institution", help="institution code or id")
    add.add_argument("--name", required=True)
    add.add_argument("--category", default="")
    add.add_argument(
        "--criticality", default=Criticality.CLASS_II.value, choices=Criticality.values()
    )
    listing = add_command(facilities, "list", "the facilities", common, cmd_facilities)
    listing.add_argument("--institution", help="only this institution's")
    add_json_option(listing)


def _register_strategy(subparsers: Any, common: argparse.ArgumentParser) -> None:
    strategy = add_group(subparsers, "strategy", "the strategy the action plan carries out")
    put = add_command(strategy, "set", "set (or change) the strategy", common, cmd_strategy_set)
    put.add_argument("--title", required=True)
    put.add_argument("--title-en", default="")
    put.add_argument("--start", type=int, required=True, metavar="YEAR")
    put.add_argument("--end", type=int, required=True, metavar="YEAR")
    put.add_argument("--act", default="", help="the approving act")
    add_json_option(add_command(strategy, "show", "the strategy", common, cmd_strategy_show))

    directions = add_group(subparsers, "directions", "the strategy's directions")
    add = add_command(directions, "add", "add a direction", common, cmd_direction_add)
    add.add_argument("number", type=int)
    add.add_argument("--title", required=True)
    add.add_argument("--title-en", default="")
    add_json_option(add_command(directions, "list", "the directions", common, cmd_directions))
    edit = add_command(
        directions, "update", "change a direction's title", common, cmd_direction_update
    )
    edit.add_argument("number", type=int)
    edit.add_argument("--title", default=argparse.SUPPRESS)
    edit.add_argument("--title-en", default=argparse.SUPPRESS)


def _measure_options(parser: argparse.ArgumentParser, *, update: bool) -> None:
    """The measure's fields as options; for `update` every one is optional and unset by default."""
    keep: dict[str, Any] = {"default": argparse.SUPPRESS} if update else {}
    parser.add_argument("--number", required=not update, help="like 2.3.1", **keep)
    parser.add_argument("--title", required=not update, **keep)
    parser.add_argument("--title-en", **({"default": ""} | keep))
    parser.add_argument("--lead", required=not update, metavar="CODE", **keep)
    parser.add_argument("--direction", metavar="N", **keep)
    parser.add_argument("--start", metavar="DATE", help="30.09.2026 or 2026-09-30", **keep)
    parser.add_argument("--end", metavar="DATE", **keep)
    if update:
        parser.add_argument("--continuous", action=argparse.BooleanOptionalAction, **keep)
    else:
        parser.add_argument("--continuous", action="store_true", help="no end date")
    for option in ("--description", "--expected-result"):
        parser.add_argument(option, **({"default": ""} | keep))
    parser.add_argument("--financing", dest="financing_source", **({"default": ""} | keep))
    parser.add_argument(
        "--co-executor",
        dest="co_executors",
        action="append",
        metavar="CODE",
        help=(
            "repeat for each co-executing institution; replaces the list ('' empties it)"
            if update
            else "repeat for each co-executing institution"
        ),
        **keep,
    )


def _register_measures(subparsers: Any, common: argparse.ArgumentParser) -> None:
    measures = add_group(subparsers, "measures", "the measures of the action plan")
    listing = add_command(
        measures,
        "list",
        "measures, with the official status (the lead's latest report)",
        common,
        cmd_measures,
    )
    listing.add_argument("--direction", type=int, metavar="N")
    listing.add_argument("--institution", metavar="CODE", help="led or co-executed by")
    listing.add_argument("--status", choices=ProgressStatus.values())
    listing.add_argument("--overdue", action="store_true", help="end date passed, not completed")
    listing.add_argument("--search", metavar="TEXT")
    listing.add_argument(
        "--period", metavar="P", help="status as of a period: 2026-Q3, 2026-H1, 2026"
    )
    add_list_options(listing)

    show = add_command(
        measures, "show", "a measure with indicators, reports and files", common, cmd_measure_show
    )
    show.add_argument("measure", help="number (2.3.1), id or id prefix")
    add_json_option(show)

    _measure_options(
        add_command(measures, "add", "add a measure", common, cmd_measure_add), update=False
    )

    update = add_command(
        measures,
        "update",
        "change some fields of a measure; its dates, lead, co-executors or title only with"
        " --reason (a plan revision)",
        common,
        cmd_measure_update,
    )
    update.add_argument("measure")
    _measure_options(update, update=True)
    _revision_options(update, required=False)

    cancel = add_command(
        measures,
        "cancel",
        "cancel a measure (a plan revision): it stays in the plan with its reports",
        common,
        cmd_measure_cancel,
    )
    cancel.add_argument("measure")
    _revision_options(cancel, required=True)

    history = add_command(
        measures, "history", "a measure's plan revisions, oldest first", common, cmd_measure_history
    )
    history.add_argument("measure")
    add_json_option(history)

    decide = add_command(
        measures,
        "set-status",
        "set a measure's official status, with the reason (coordinator); it holds until the"
        " lead's next report",
        common,
        cmd_measure_set_status,
    )
    decide.add_argument("measure")
    decide.add_argument("--period", required=True, help="2026-Q3, 2026-H1 or 2026")
    decide.add_argument("--status", required=True, choices=ProgressStatus.values())
    decide.add_argument("--percent", required=True, help="0 to 100")
    decide.add_argument("--reason", required=True)

    delete = add_command(
        measures,
        "delete",
        "delete a measure nobody has reported on (cancel one that has reports)",
        common,
        cmd_measure_delete,
    )
    delete.add_argument("measure")

    load = add_command(
        measures,
        "import",
        "the action plan from a spreadsheet (XLSX, ODS, CSV): shows what it would do; "
        "--apply writes all of it or nothing",
        common,
        cmd_measures_import,
    )
    load.add_argument("file", type=Path)
    load.add_argument("--apply", action="store_true", help="write it (one transaction)")
    load.add_argument(
        "--map",
        action="append",
        metavar="FIELD=HEADER",
        help="read FIELD (number, title, executors, term, ...) from the column with this header"
        " or letter, or do not read it (ignore=HEADER; once per column); saved for the next"
        " import when applied",
    )
    load.add_argument(
        "--cancel-missing",
        action="store_true",
        help="with --apply: cancel the measures this version of the plan no longer has",
    )
    add_json_option(load)

    template = add_command(
        measures,
        "template",
        "write a blank action plan to fill in, with a sheet explaining its columns",
        common,
        cmd_measures_template,
    )
    template.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")


def _register_indicators(subparsers: Any, common: argparse.ArgumentParser) -> None:
    indicators = add_group(subparsers, "indicators", "a measure's indicators")
    add = add_command(indicators, "add", "add an indicator to a measure", common, cmd_indicator_add)
    add.add_argument("measure")
    add.add_argument("--name", required=True)
    add.add_argument("--unit", default="")
    add.add_argument("--baseline")
    add.add_argument("--target")
    _course_options(add, update=False)
    edit = add_command(indicators, "update", "change an indicator", common, cmd_indicator_update)
    edit.add_argument("indicator", help="id or id prefix")
    for option in ("--name", "--unit", "--baseline", "--target"):
        edit.add_argument(option, default=argparse.SUPPRESS)
    _course_options(edit, update=True)
    listing = add_command(
        indicators,
        "list",
        "a measure's indicators with the lead's actuals and their achievement",
        common,
        cmd_indicators,
    )
    listing.add_argument("measure")
    listing.add_argument("--period", metavar="P", help="actuals up to a period: 2026-Q3")
    add_list_options(listing)


def _revision_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--reason", required=required, help="why the plan changes")
    parser.add_argument("--decision", metavar="NUMBER", help="the decision's number", default="")
    parser.add_argument("--decision-date", metavar="DATE", help="the decision's date")


def _course_options(parser: argparse.ArgumentParser, *, update: bool) -> None:
    keep: dict[str, Any] = {"default": argparse.SUPPRESS} if update else {}
    parser.add_argument(
        "--direction",
        choices=IndicatorDirection.values(),
        help="increase, or decrease for a falling indicator (default: from baseline and target)",
        **keep,
    )
    parser.add_argument(
        "--milestone",
        dest="milestones",
        action="append",
        metavar="YEAR=VALUE",
        help=(
            "the value planned for a year's end; repeat; replaces them all"
            if update
            else "the value planned for a year's end; repeat"
        ),
        **keep,
    )


# -- institutions and facilities ----------------------------------------------------------------


def cmd_institution_add(ctx: Context) -> int:
    a = ctx.args
    record = ctx.desk.plan.add_institution(a.code, a.name, a.name_en, a.kind)
    out(
        translate("cli", "added institution {code} (id {id})").format(
            code=record.code, id=record.id
        )
    )
    return 0


def cmd_institutions(ctx: Context) -> int:
    rows = ctx.desk.plan.institutions()
    if ctx.args.json:
        print_json([record_json(r) for r in rows])
    else:
        print_table(
            ["CODE", "KIND", "NAME", "NAME (EN)"],
            [[r.code, Stored(r.kind), r.name, r.name_en] for r in rows],
        )
    return 0


def cmd_institution_update(ctx: Context) -> int:
    values = changes(ctx.args, ("name", "name_en", "kind"))
    changed = ctx.desk.plan.update_institution(ctx.args.institution, **values)
    subject = translate("cli", "institution {code}").format(code=ctx.args.institution)
    out(changed_line(subject, changed))
    return 0


def cmd_facility_add(ctx: Context) -> int:
    a = ctx.args
    record = ctx.desk.plan.add_facility(a.institution, a.name, a.category, a.criticality)
    out(translate("cli", "added facility {name} (id {id})").format(name=record.name, id=record.id))
    return 0


def cmd_facilities(ctx: Context) -> int:
    desk = ctx.desk
    codes = {i.id: i.code for i in desk.plan.institutions()}
    rows = desk.plan.facilities(ctx.args.institution)
    if ctx.args.json:
        print_json([record_json(r, institution=codes.get(r.institution_id, "")) for r in rows])
    else:
        print_table(
            ["ID", "INSTITUTION", "NAME", "CATEGORY", "CLASS"],
            [
                [short_id(r.id), codes.get(r.institution_id, ""), r.name, r.category, r.criticality]
                for r in rows
            ],
        )
    return 0


# -- strategy and directions ------------------------------------------------------------------


def cmd_strategy_set(ctx: Context) -> int:
    a = ctx.args
    record = ctx.desk.plan.set_strategy(a.title, a.start, a.end, a.act, a.title_en)
    out(f"strategy {record.period_start}-{record.period_end}: {record.title}")
    return 0


def cmd_strategy_show(ctx: Context) -> int:
    record = ctx.desk.plan.strategy()
    if ctx.args.json:
        print_json(record_json(record) if record else None)
    elif record is None:
        out(translate("cli", "(no strategy yet: set it with 'strategy set')"))
    else:
        print_fields(
            [
                ("title", record.title),
                ("title (en)", record.title_en),
                ("period", f"{record.period_start}-{record.period_end}"),
                ("approving act", record.approving_act),
                ("id", record.id),
            ]
        )
    return 0


def cmd_direction_add(ctx: Context) -> int:
    a = ctx.args
    record = ctx.desk.plan.add_direction(a.number, a.title, a.title_en)
    added = translate("cli", "added direction {number} (id {id})")
    out(added.format(number=record.number, id=record.id))
    return 0


def cmd_direction_update(ctx: Context) -> int:
    values = changes(ctx.args, ("title", "title_en"))
    changed = ctx.desk.plan.update_direction(ctx.args.number, **values)
    subject = translate("cli", "direction {number}").format(number=ctx.args.number)
    out(changed_line(subject, changed))
    return 0


def cmd_directions(ctx: Context) -> int:
    rows = ctx.desk.plan.directions()
    if ctx.args.json:
        print_json([record_json(r) for r in rows])
    else:
        print_table(["N", "TITLE", "TITLE (EN)"], [[r.number, r.title, r.title_en] for r in rows])
    return 0


# -- measures and indicators ------------------------------------------------------------------


def cmd_measures(ctx: Context) -> int:
    a = ctx.args
    filters = MeasureFilter(
        direction=a.direction,
        institution=a.institution,
        status=a.status,
        overdue=a.overdue,
        search=a.search,
        period=period(a.period) if a.period else None,
    )
    rows = ctx.desk.plan.measure_rows(filters)
    if a.json:
        print_json([row.as_dict() for row in rows])
        return 0
    print_list(
        ctx,
        ["NUMBER", "DIR", "TITLE", "LEAD", "END", "STATUS", "%", "PERIOD", "OVERDUE"],
        [
            [
                r.number,
                r.direction,
                r.title,
                r.lead_code,
                Stored("continuous") if r.continuous else r.end_date,
                Stored(r.status),
                r.percent,
                r.latest_period,
                r.overdue,
            ]
            for r in rows
        ],
        empty="no measures",
        sheet=measure_sheet(rows),
    )
    return 0


def cmd_measure_show(ctx: Context) -> int:
    detail = ctx.desk.plan.measure_detail(ctx.args.measure)
    m = detail.measure
    codes = {i.id: i.code for i in detail.institutions.values()}
    if ctx.args.json:
        print_json(
            record_json(
                m,
                direction=detail.direction.number if detail.direction else None,
                lead=detail.lead.code,
                indicators=[row.as_dict() for row in detail.indicator_rows],
                reports=[
                    record_json(
                        r,
                        institution=codes.get(r.institution_id, ""),
                        evaluation=(
                            record_json(detail.evaluations[r.id][0])
                            if r.id in detail.evaluations
                            else None
                        ),
                        evaluation_state=evaluation_state(r, detail.evaluations.get(r.id, [])),
                    )
                    for r in detail.reports
                ],
                attachments=[record_json(f) for f in detail.attachments],
                status=detail.official.status,
                percent=detail.official.percent,
                status_source=_status_source(detail),
                contributions=[c.as_dict() for c in detail.contributions],
                cancelled_on=detail.cancelled_on.isoformat() if detail.cancelled_on else None,
                history=[row.as_dict() for row in detail.history],
            )
        )
        return 0
    direction = detail.direction
    print_fields(
        [
            ("measure", f"{m.number} {m.title}"),
            ("title (en)", m.title_en),
            ("direction", f"{direction.number}. {direction.title}" if direction else ""),
            ("lead", f"{detail.lead.code} {detail.lead.name}"),
            ("co-executors", m.co_executors),
            ("start", format_date(m.start_date)),
            ("end", translate("cli", "continuous") if m.continuous else format_date(m.end_date)),
            ("description", m.description),
            ("expected result", m.expected_result),
            ("financing", m.financing_source),
            ("status", f"{Stored(detail.official.status).shown()} {detail.official.percent}%"),
            ("cancelled", format_date(detail.cancelled_on) if detail.cancelled_on else ""),
            ("status source", _source_line(_status_source(detail))),
            ("id", m.id),
        ]
    )
    out("\n" + translate("cli", "Contributions"))
    print_table(
        ["INSTITUTION", "PERIOD", "STATUS", "%", "WORK DONE"],
        [
            # A co-executor that has not reported has no percent: not a "0" it never gave.
            [c.institution, c.period, Stored(c.status), c.percent, c.work_done]
            if c.report_id
            else [c.institution, translate("cli", "no report yet"), "", "", ""]
            for c in detail.contributions
        ],
        empty="none",
    )
    out("\n" + translate("cli", "Indicators"))
    print_table(
        ["ID", "NAME", "UNIT", "BASELINE", "TARGET", "DIRECTION", "ACTUAL", "PERIOD", "ACHIEVED %"],
        [_indicator_cells(row) for row in detail.indicator_rows],
        empty="none",
    )
    out("\n" + translate("cli", "Plan history"))
    print_table(
        ["WHEN", "FIELD", "OLD", "NEW", "REASON", "DECISION"],
        [
            [
                format_date(r.revised_at.date()),
                Stored(r.field),
                _revised_value(r.field, r.old),
                _revised_value(r.field, r.new),
                r.reason,
                _decision_text(r),
            ]
            for r in detail.history
        ],
        empty="none",
    )
    out("\n" + translate("cli", "Progress reports"))
    print_table(
        ["ID", "PERIOD", "INSTITUTION", "STATUS", "%", "DRAFT", "EVALUATION", "WORK DONE"],
        [
            [
                short_id(r.id),
                r.period,
                codes.get(r.institution_id, ""),
                Stored(r.status),
                r.percent,
                r.draft,
                Stored(evaluation_state(r, detail.evaluations.get(r.id, []))),
                r.work_done,
            ]
            for r in detail.reports
        ],
        empty="none",
    )
    out("\n" + translate("cli", "Attachments"))
    print_attachments(detail.attachments)
    return 0


def _status_source(detail: MeasureDetail) -> dict[str, Any] | None:
    """The report or the coordinator's decision the official status comes from."""
    official = detail.official
    if official.source_kind == "report":
        # Another institution's report is not held here: the coordinator published its status.
        return {
            "kind": "report",
            "id": official.source_id,
            "institution": detail.lead.code,
            "period": official.period,
        }
    if detail.decision is not None:
        return {
            "kind": "decision",
            "id": detail.decision.id,
            "period": detail.decision.period,
            "reason": detail.decision.reason,
            "decided_by": detail.decision.decided_by,
            "decided_at": (
                detail.decision.decided_at.isoformat() if detail.decision.decided_at else None
            ),
        }
    return None


def _source_line(source: dict[str, Any] | None) -> str:
    if source is None:
        return translate("cli", "no report yet")
    if source["kind"] == "report":
        line = translate("cli", "report {id} of {institution} for {period}")
        return line.format(
            id=short_id(source["id"]), institution=source["institution"], period=source["period"]
        )
    line = translate("cli", "decision for {period} by {user}: {reason}")
    return line.format(period=source["period"], user=source["decided_by"], reason=source["reason"])


def cmd_measure_set_status(ctx: Context) -> int:
    a = ctx.args
    decision = ctx.desk.plan.set_official_status(a.measure, a.period, a.status, a.percent, a.reason)
    line = translate("cli", "measure {number}: official status {status} {percent}%")
    out(line.format(number=a.measure, status=decision.status, percent=decision.percent))
    return 0


def cmd_measure_add(ctx: Context) -> int:
    a = ctx.args
    record = ctx.desk.plan.add_measure(
        a.number,
        a.title,
        a.lead,
        direction=_direction_number(a.direction) if a.direction else None,
        start=a.start,
        end=a.end,
        continuous=a.continuous,
        description=a.description,
        expected_result=a.expected_result,
        financing_source=a.financing_source,
        co_executors=a.co_executors,
        title_en=a.title_en,
    )
    added = translate("cli", "added measure {number} (id {id})")
    out(added.format(number=record.number, id=record.id))
    return 0


def cmd_measure_update(ctx: Context) -> int:
    a = ctx.args
    values = changes(a, MEASURE_FIELDS)
    if values.get("direction"):
        values["direction"] = _direction_number(values["direction"])
    if a.reason is None:
        if a.decision or a.decision_date:
            raise UsageError(
                translate("cli", "--decision is cited by a plan revision: give its --reason too")
            )
        changed = ctx.desk.plan.update_measure(a.measure, **values)
    else:
        changed = ctx.desk.plan.revise_measure(
            a.measure,
            a.reason,
            decision_number=a.decision,
            decision_date=a.decision_date,
            **values,
        )
    out(changed_line(translate("cli", "measure {number}").format(number=a.measure), changed))
    return 0


def cmd_measure_cancel(ctx: Context) -> int:
    a = ctx.args
    revision = ctx.desk.plan.cancel_measure(
        a.measure, a.reason, decision_number=a.decision, decision_date=a.decision_date
    )
    day = dt.date.fromisoformat(revision.new_value)
    cancelled = translate("cli", "measure {number}: cancelled from {date}")
    out(cancelled.format(number=a.measure, date=format_date(day)))
    return 0


def cmd_measure_history(ctx: Context) -> int:
    rows = ctx.desk.plan.history(ctx.args.measure)
    if ctx.args.json:
        print_json([row.as_dict() for row in rows])
        return 0
    print_table(
        ["WHEN", "FIELD", "OLD", "NEW", "REASON", "DECISION", "WHO"],
        [
            [
                format_date(row.revised_at.date()),
                Stored(row.field),
                _revised_value(row.field, row.old),
                _revised_value(row.field, row.new),
                row.reason,
                _decision_text(row),
                row.revised_by,
            ]
            for row in rows
        ],
        empty="no plan revisions",
    )
    return 0


def _revised_value(field: str, value: str) -> str:
    """A revised field's value as the GUI and the printed report show it: a date as
    dd.mm.yyyy (stored ISO, which --json keeps), "continuous" as yes or no in words."""
    if field in (RevisedField.START, RevisedField.END, RevisedField.CANCELLED) and value:
        return format_date(dt.date.fromisoformat(value))
    if field == RevisedField.CONTINUOUS and value:
        return translate("cli", "yes") if value == "yes" else translate("cli", "no")
    return value


def _decision_text(row: RevisionRow) -> str:
    return " ".join(part for part in (row.decision_number, format_date(row.decision_date)) if part)


def _direction_number(text: str) -> int:
    if not text.strip().isdigit():
        refused = translate("cli", "--direction takes a direction number (got {text})")
        raise UsageError(refused.format(text=repr(text)))
    return int(text)


def cmd_measure_delete(ctx: Context) -> int:
    ctx.desk.plan.delete_measure(ctx.args.measure)
    out(translate("cli", "deleted measure {number}").format(number=ctx.args.measure))
    return 0


def cmd_indicator_add(ctx: Context) -> int:
    a = ctx.args
    record = ctx.desk.plan.add_indicator(
        a.measure,
        a.name,
        a.unit,
        a.baseline,
        a.target,
        direction=a.direction,
        milestones=parse_pairs(a.milestones, "--milestone"),
    )
    out(translate("cli", "added indicator {name} (id {id})").format(name=record.name, id=record.id))
    return 0


def cmd_indicator_update(ctx: Context) -> int:
    a = ctx.args
    values = changes(a, ("name", "unit", "baseline", "target", "direction", "milestones"))
    if "milestones" in values:
        values["milestones"] = parse_pairs(values["milestones"], "--milestone")
    changed = ctx.desk.plan.update_indicator(a.indicator, **values)
    subject = translate("cli", "indicator {name}").format(name=a.indicator)
    out(changed_line(subject, changed))
    return 0


def cmd_indicators(ctx: Context) -> int:
    a = ctx.args
    rows = ctx.desk.plan.indicator_rows(a.measure, period(a.period) if a.period else None)
    if a.json:
        print_json([row.as_dict() for row in rows])
    else:
        print_list(
            ctx,
            [
                "ID",
                "NAME",
                "UNIT",
                "BASELINE",
                "TARGET",
                "DIRECTION",
                "ACTUAL",
                "PERIOD",
                "ACHIEVED %",
            ],
            [_indicator_cells(row) for row in rows],
            empty="no indicators",
            sheet=row_sheet(
                IndicatorRow,
                rows,
                actual=lambda r: r.actual,
                achievement_percent=lambda r: r.achievement_percent,
            ),
        )
    return 0


def cmd_measures_import(ctx: Context) -> int:
    a = ctx.args
    if a.cancel_missing and not a.apply:
        raise UsageError(translate("cli", "--cancel-missing goes with --apply"))
    # "--map ignore=..." may be given for several columns: the engine takes them one a line.
    ignored = [item.partition("=")[2].strip() for item in a.map or () if _is_ignore(item)]
    mapping = parse_pairs([item for item in a.map or () if not _is_ignore(item)], "--map")
    if ignored:
        mapping[IGNORE] = "\n".join(ignored)
    service = ctx.desk.plan_import
    if a.apply:
        try:
            preview, result = service.apply(a.file, mapping, cancel_missing=a.cancel_missing)
        except ValidationError:
            if not a.json:  # the refusal names only a count: the problems, before its line
                _print_problems(service.preview(a.file, mapping))
            raise
    else:
        preview, result = service.preview(a.file, mapping), None
    if a.json:
        print_json(preview.as_dict() | {"applied": result.__dict__ if result else None})
        return 0
    _print_preview(preview)
    out(_import_outcome(preview, result))
    return 0


def _is_ignore(item: str) -> bool:
    return item.partition("=")[0].strip() == IGNORE


def cmd_measures_template(ctx: Context) -> int:
    language = ctx.document_language()
    write_template(ctx.args.out, language)
    wrote = translate("cli", "wrote the plan template ({language}) to {file}")
    out(wrote.format(language=language, file=ctx.args.out))
    return 0


def _print_preview(preview: PlanPreview) -> None:
    where = translate("cli", "{file}, sheet {sheet}, header on row {row}")
    out(where.format(file=preview.file, sheet=repr(preview.sheet), row=preview.header_row))
    not_read = translate("cli", "(not read)")
    columns = "; ".join(
        f"{column_letter(c.index)} {c.header or '-'} -> "
        + (c.column.value if c.column else not_read)
        for c in preview.columns
    )
    out(translate("cli", "columns: {columns}").format(columns=columns))
    counts = translate(
        "cli",
        "directions: {directions} new, {known} known; measures: {measures} new, {changed} "
        "changed, {unchanged} unchanged; indicators: {indicators} new",
    )
    out(
        counts.format(
            directions=preview.count("direction", "create"),
            known=preview.count("direction", "same"),
            measures=preview.count("measure", "create"),
            changed=preview.count("measure", "update"),
            unchanged=preview.count("measure", "same"),
            indicators=preview.count("indicator", "create"),
        )
    )
    print_table(
        ["ROW", "NUMBER", "ACTION", "LEAD", "TITLE / CHANGES"],
        [
            [
                m.row,
                m.number,
                m.action,
                m.values.get("lead", ""),
                ", ".join(m.changes) or m.values["title"],
            ]
            for m in preview.measures
            if m.action != "same"
        ],
        empty="no measure to create or change",
    )
    _print_problems(preview)
    if preview.missing:
        heading = translate(
            "cli", "not in this file ({count}), cancelled only with --cancel-missing:"
        )
        out("\n" + heading.format(count=len(preview.missing)))
        cancelled = " " + translate("cli", "(cancelled)")
        for missing in preview.missing:
            out(f"  {missing.number} {missing.title}" + (cancelled if missing.cancelled else ""))


def _print_problems(preview: PlanPreview) -> None:
    if preview.problems:
        out("\n" + translate("cli", "problems ({count}):").format(count=len(preview.problems)))
        for problem in preview.problems:
            near = ""
            if problem.suggestions:
                near = " " + translate("cli", "(near: {names})").format(
                    names="; ".join(problem.suggestions)
                )
            if problem.row:
                where = translate("cli", "row {row}").format(row=problem.row)
            else:
                where = translate("cli", "file")
            out(f"  {where}: {texts.error_text(problem.error)}{near}")


def _import_outcome(preview: PlanPreview, result: ImportResult | None) -> str:
    if result is not None:
        imported = translate(
            "cli",
            "imported: {directions} direction(s), {created} measure(s) created, {updated} "
            "changed, {indicators} indicator(s), {cancelled} cancelled",
        )
        return imported.format(
            directions=result.directions,
            created=result.created,
            updated=result.updated,
            indicators=result.indicators,
            cancelled=result.cancelled,
        )
    if preview.problems:
        return translate(
            "cli", "nothing written: fix the problems (or map the columns with --map), then --apply"
        )
    return translate("cli", "nothing written: add --apply to import")


def _indicator_cells(row: IndicatorRow) -> list[Any]:
    achieved = row.achievement_percent
    return [
        short_id(row.id),
        row.name,
        row.unit,
        row.baseline,
        row.target,
        Stored(row.direction),
        row.actual,
        row.actual_period,
        "" if achieved is None else achieved,
    ]
