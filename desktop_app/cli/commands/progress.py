"""``progress``: an institution's reports on its measures, and the coordinator's evaluations."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import (
    Context,
    Stored,
    UsageError,
    add_command,
    add_group,
    add_json_option,
    add_list_options,
    format_time,
    out,
    parse_pairs,
    print_fields,
    print_json,
    print_list,
    print_table,
    readable_files,
    record_json,
    row_sheet,
    short_id,
)
from desktop_app.cli.texts import translate
from desktop_app.core.dump import json_value
from desktop_app.core.models import EvaluationResult, ProgressStatus
from desktop_app.core.progress import EvaluationRow, ReportRow
from desktop_app.core.validation import period


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    progress = add_group(subparsers, "progress", "progress reports on measures")
    add = add_command(
        progress,
        "add",
        "report (or revise) this institution's progress on a measure for a period",
        common,
        cmd_add,
    )
    add.add_argument("measure", help="measure number, id or id prefix")
    add.add_argument("--period", required=True, help="2026-Q3, 2026-H1 or 2026")
    add.add_argument("--status", required=True, choices=ProgressStatus.values())
    add.add_argument("--percent", required=True, help="0 to 100")
    add.add_argument("--text", required=True, help="the work done")
    add.add_argument("--problems", help="problems and risks (a revision keeps them if not given)")
    _actual_option(add)
    add.add_argument(
        "--evidence", action="append", type=Path, metavar="FILE", help="attach a file; repeat"
    )
    add.add_argument(
        "--draft", action="store_true", help="keep as a draft (a draft never leaves this node)"
    )

    update = add_command(
        progress, "update", "change only the named fields of a report", common, cmd_update
    )
    update.add_argument("report", help="report id or id prefix")
    update.add_argument("--status", choices=ProgressStatus.values())
    update.add_argument("--percent", help="0 to 100")
    update.add_argument("--text", help="the work done")
    update.add_argument("--problems", help="problems and risks")
    _actual_option(update)

    listing = add_command(
        progress, "list", "progress reports, newest period first", common, cmd_list
    )
    _filter_options(listing)
    listing.add_argument("--submitted", action="store_true", help="leave drafts out")
    add_list_options(listing)

    evaluations = add_command(
        progress,
        "evaluations",
        "every evaluation, newest first (a revised report keeps its earlier ones)",
        common,
        cmd_evaluations,
    )
    _filter_options(evaluations)
    evaluations.add_argument("--result", choices=EvaluationResult.values())
    add_list_options(evaluations)

    show = add_command(
        progress, "show", "one report with its evaluations, newest first", common, cmd_show
    )
    show.add_argument("report", help="report id or id prefix")
    add_json_option(show)

    submit = add_command(progress, "submit", "submit a draft report", common, cmd_submit)
    submit.add_argument("report", help="report id or id prefix")

    evaluate = add_command(
        progress, "evaluate", "evaluate a submitted report (coordinator)", common, cmd_evaluate
    )
    evaluate.add_argument("report", help="report id or id prefix")
    evaluate.add_argument("--result", required=True, choices=EvaluationResult.values())
    evaluate.add_argument("--comment", default="", help="required unless implemented")


def _filter_options(parser: argparse.ArgumentParser) -> None:
    """The filters of the lists of reports and of evaluations. A period matches as reported:
    --period 2026 finds the yearly reports, not the quarterly ones of 2026 (an empty list
    without that said looked like a year with no reports)."""
    parser.add_argument("--measure", help="measure number, id or id prefix")
    parser.add_argument("--institution", metavar="CODE", help="one institution only")
    parser.add_argument(
        "--period",
        metavar="P",
        help="the reports for this period exactly, as reported: 2026-Q3, 2026-H1 or 2026",
    )


def _actual_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--actual",
        action="append",
        metavar="INDICATOR=VALUE",
        help="an indicator's actual value (indicator by name or id); repeat for each;"
        " the indicators not named keep theirs",
    )


def cmd_add(ctx: Context) -> int:
    a = ctx.args
    evidence = readable_files(a.evidence, "evidence")
    desk = ctx.desk
    report = desk.progress.add(
        a.measure,
        a.period,
        a.status,
        a.percent,
        a.text,
        problems=a.problems,
        indicator_actuals=dict(parse_pairs(a.actual, "--actual")),
        draft=a.draft,
    )
    for path in evidence:
        desk.attachments.attach(report.id, path)
    if report.draft:
        done = translate("cli", "draft progress report {id} for {period}")
    else:
        done = translate("cli", "submitted progress report {id} for {period}")
    out(done.format(id=report.id, period=report.period))
    return 0


def cmd_update(ctx: Context) -> int:
    a = ctx.args
    actuals: dict[str, float | str] = dict(parse_pairs(a.actual, "--actual"))
    if all(v is None for v in (a.status, a.percent, a.text, a.problems)) and not actuals:
        raise UsageError(translate("cli", "nothing to change: give at least one --FIELD VALUE"))
    report = ctx.desk.progress.update(
        a.report,
        status=a.status,
        percent=a.percent,
        work_done=a.text,
        problems=a.problems,
        indicator_actuals=actuals,
    )
    out(translate("cli", "updated progress report {id}").format(id=report.id))
    return 0


def cmd_list(ctx: Context) -> int:
    a = ctx.args
    rows = ctx.desk.progress.rows(
        measure=a.measure,
        institution=a.institution,
        period_text=period(a.period) if a.period else None,
        include_drafts=not a.submitted,
    )
    if a.json:
        print_json([row.as_dict() for row in rows])
        return 0
    print_list(
        ctx,
        [
            "ID",
            "PERIOD",
            "MEASURE",
            "INSTITUTION",
            "STATUS",
            "%",
            "DRAFT",
            "EVALUATION",
            "WORK DONE",
        ],
        (  # made only for the screen: a file takes ``sheet``
            [
                short_id(r.id),
                r.period,
                r.measure_number,
                r.institution,
                Stored(r.status),
                r.percent,
                r.draft,
                Stored(r.evaluation) if r.evaluation else "",
                r.work_done,
            ]
            for r in rows
        ),
        empty="no progress reports",
        sheet=row_sheet(ReportRow, rows),
    )
    return 0


def cmd_evaluations(ctx: Context) -> int:
    a = ctx.args
    rows = ctx.desk.progress.evaluation_rows(
        measure=a.measure,
        institution=a.institution,
        period_text=period(a.period) if a.period else None,
        result=a.result,
    )
    if a.json:
        print_json([row.as_dict() for row in rows])
        return 0
    print_list(
        ctx,
        ["DATE", "REPORT", "PERIOD", "MEASURE", "INSTITUTION", "RESULT", "EVALUATOR", "COMMENT"],
        (  # made only for the screen: a file takes ``sheet``
            [
                format_time(r.evaluated_at),
                short_id(r.report_id),
                r.period,
                r.measure_number,
                r.institution,
                Stored(r.result),
                r.evaluator,
                r.comment,
            ]
            for r in rows
        ),
        empty="no evaluations",
        sheet=row_sheet(EvaluationRow, rows),
    )
    return 0


def cmd_show(ctx: Context) -> int:
    detail = ctx.desk.progress.detail(ctx.args.report)
    report = detail.report
    if ctx.args.json:
        print_json(
            record_json(
                report,
                measure=detail.measure,
                institution=detail.institution,
                evaluation=detail.evaluation,
                evaluations=[
                    {
                        "result": e.result,
                        "comment": e.comment,
                        "evaluator": e.evaluator,
                        "date": json_value(e.evaluated_at),
                    }
                    for e in detail.evaluations
                ],
            )
        )
        return 0
    print_fields(
        [
            ("ID", report.id),
            ("MEASURE", detail.measure),
            ("INSTITUTION", detail.institution),
            ("PERIOD", report.period),
            ("STATUS", report.status),
            ("%", report.percent),
            ("WORK DONE", report.work_done),
            ("PROBLEMS", report.problems),
            ("EVALUATION", detail.evaluation),
        ]
    )
    out()
    print_table(
        ["DATE", "RESULT", "EVALUATOR", "COMMENT"],
        [
            [format_time(e.evaluated_at), e.result, e.evaluator, e.comment]
            for e in detail.evaluations
        ],
        empty="no evaluations",
    )
    return 0


def cmd_submit(ctx: Context) -> int:
    report = ctx.desk.progress.submit(ctx.args.report)
    out(translate("cli", "submitted progress report {id}").format(id=report.id))
    return 0


def cmd_evaluate(ctx: Context) -> int:
    a = ctx.args
    evaluation = ctx.desk.progress.evaluate(a.report, a.result, a.comment)
    evaluated = translate("cli", "progress report {id}: {result}")
    out(evaluated.format(id=evaluation.report_id, result=evaluation.result))
    return 0
