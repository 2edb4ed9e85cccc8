"""Working groups: ``groups``, ``meetings`` and ``decisions`` (only the coordinator records
them; an institution lists the ones that concern it)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import (
    Context,
    UsageError,
    add_command,
    add_group,
    add_json_option,
    format_date,
    out,
    parse_pairs,
    print_fields,
    print_json,
    print_table,
)
from desktop_app.cli.texts import translate
from desktop_app.core.groups import DecisionRow, MeetingRow


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    groups = add_group(subparsers, "groups", "working groups of the responsible institutions")
    add = add_command(groups, "add", "add a working group", common, cmd_group_add)
    add.add_argument("code")
    add.add_argument("--name", required=True, help="name in Azerbaijani")
    add.add_argument("--name-en", default="", help="name in English")
    add.add_argument("--direction", type=int, metavar="N", help="the direction it works on")
    add.add_argument(
        "--member", dest="members", action="append", default=[], metavar="CODE",
        help="repeat for each member institution",
    )  # fmt: skip
    add.add_argument(
        "--representative", dest="representatives", action="append", metavar="CODE=NAME",
        help="a member's representative (name, position); repeat for each",
    )  # fmt: skip
    listed = add_command(groups, "list", "list the working groups", common, cmd_group_list)
    add_json_option(listed)
    show = add_command(groups, "show", "a group with its meetings", common, cmd_group_show)
    show.add_argument("group", metavar="CODE")
    add_json_option(show)

    meetings = add_group(subparsers, "meetings", "meetings of the working groups")
    add = add_command(meetings, "add", "record a meeting", common, cmd_meeting_add)
    add.add_argument("group", metavar="GROUP")
    add.add_argument("--date", required=True, help="dd.mm.yyyy")
    add.add_argument("--number", default="", help="protocol number (default: GROUP-YEAR-NN)")
    add.add_argument("--place", default="")
    add.add_argument("--chair", default="", help="who chaired it")
    add.add_argument(
        "--attendee", dest="attendees", action="append", default=[], metavar="NAME",
        help="repeat for each attendee (name, position, institution)",
    )  # fmt: skip
    add.add_argument("--agenda", default="")
    listed = add_command(meetings, "list", "list meetings", common, cmd_meeting_list)
    listed.add_argument("--group", metavar="CODE", help="one group only")
    add_json_option(listed)
    show = add_command(meetings, "show", "a meeting with its decisions", common, cmd_meeting_show)
    show.add_argument("meeting", metavar="NUMBER")
    add_json_option(show)

    decisions = add_group(subparsers, "decisions", "decisions of working group meetings")
    add = add_command(
        decisions, "add", "record a meeting's next decision", common, cmd_decision_add
    )
    add.add_argument("meeting", metavar="MEETING")
    add.add_argument("--text", required=True)
    add.add_argument(
        "--assign", dest="assignees", action="append", default=[], metavar="CODE",
        help="an institution the task is assigned to; repeat for each",
    )  # fmt: skip
    add.add_argument("--deadline", help="dd.mm.yyyy")
    add.add_argument(
        "--measure", dest="measures", action="append", default=[], metavar="NUMBER",
        help="a measure the decision cites; repeat for each",
    )  # fmt: skip
    edit = add_command(
        decisions, "edit", "change a decision's text, assignees or deadline", common, cmd_edit
    )
    edit.add_argument("decision", metavar="MEETING#N")
    edit.add_argument("--text")
    edit.add_argument(
        "--assign", dest="assignees", action="append", metavar="CODE",
        help="an institution the task is assigned to; repeat for each (replaces the list)",
    )  # fmt: skip
    edit.add_argument("--no-assignees", action="store_true", help="assign it to no institution")
    edit.add_argument("--deadline", help="dd.mm.yyyy")
    edit.add_argument("--no-deadline", action="store_true", help="remove the deadline")
    done = add_command(
        decisions, "done", "mark a decision's task done (--undo: not done)", common, cmd_done
    )
    done.add_argument("decision", metavar="MEETING#N")
    done.add_argument("--undo", action="store_true")


def cmd_group_add(ctx: Context) -> int:
    a = ctx.args
    group = ctx.desk.groups.add_group(
        a.code,
        a.name,
        name_en=a.name_en,
        direction=a.direction,
        members=a.members,
        representatives=parse_pairs(a.representatives, "--representative"),
    )
    out(
        translate("cli", "added working group {code} (id {id})").format(
            code=group.code, id=group.id
        )
    )
    return 0


def cmd_group_list(ctx: Context) -> int:
    rows = ctx.desk.groups.groups()
    if ctx.args.json:
        print_json([row.as_dict() for row in rows])
        return 0
    print_table(
        ["CODE", "DIRECTION", "MEMBERS", "MEETINGS", "NAME"],
        [[r.code, r.direction, list(r.members), len(r.meetings), r.name] for r in rows],
        empty="no working groups",
    )
    return 0


def cmd_group_show(ctx: Context) -> int:
    row = ctx.desk.groups.group(ctx.args.group)
    if ctx.args.json:
        print_json(row.as_dict())
        return 0
    print_fields(
        [
            ("code", row.code),
            ("name", row.name),
            ("name (en)", row.name_en),
            ("direction", row.direction),
        ]
    )
    print_table(
        ["MEMBER", "REPRESENTATIVE"],
        [[code, row.representatives.get(code, "")] for code in row.members],
        empty="no members",
    )
    _meeting_table(list(row.meetings))
    return 0


def cmd_meeting_add(ctx: Context) -> int:
    a = ctx.args
    meeting = ctx.desk.groups.add_meeting(
        a.group,
        a.date,
        number=a.number,
        place=a.place,
        chair=a.chair,
        attendees=a.attendees,
        agenda=a.agenda,
    )
    added = translate("cli", "added meeting {number} (id {id})")
    out(added.format(number=meeting.number, id=meeting.id))
    return 0


def _meeting_table(rows: list[MeetingRow]) -> None:
    print_table(
        ["NUMBER", "GROUP", "DATE", "DECISIONS", "AGENDA"],
        [[m.number, m.group, m.date, len(m.decisions), m.agenda] for m in rows],
        empty="no meetings",
    )


def cmd_meeting_list(ctx: Context) -> int:
    rows = ctx.desk.groups.meetings(ctx.args.group)
    if ctx.args.json:
        print_json([row.as_dict() for row in rows])
    else:
        _meeting_table(rows)
    return 0


def _decision_table(rows: list[DecisionRow]) -> None:
    print_table(
        ["DECISION", "DEADLINE", "ASSIGNED", "MEASURES", "STATE", "TEXT"],
        [
            [
                d.ref,
                d.deadline,
                list(d.assignees),
                list(d.measures),
                "done" if d.done else ("overdue" if d.overdue else ""),
                d.text,
            ]
            for d in rows
        ],
        empty="no decisions",
    )


def cmd_meeting_show(ctx: Context) -> int:
    row = ctx.desk.groups.meeting(ctx.args.meeting)
    if ctx.args.json:
        print_json(row.as_dict())
        return 0
    print_fields(
        [
            ("number", row.number),
            ("group", f"{row.group} {row.group_name}"),
            ("date", format_date(row.date)),
            ("place", row.place),
            ("chair", row.chair),
            ("attendees", "\n".join(row.attendees)),
            ("agenda", row.agenda),
        ]
    )
    _decision_table(list(row.decisions))
    return 0


def cmd_decision_add(ctx: Context) -> int:
    a = ctx.args
    decision = ctx.desk.groups.add_decision(
        a.meeting, a.text, assignees=a.assignees, deadline=a.deadline, measures=a.measures
    )
    added = translate("cli", "added decision {number} (id {id})")
    out(added.format(number=decision.number, id=decision.id))
    return 0


def cmd_edit(ctx: Context) -> int:
    a = ctx.args
    if a.assignees and a.no_assignees:
        raise UsageError(translate("cli", "give --assign or --no-assignees, not both"))
    if a.deadline and a.no_deadline:
        raise UsageError(translate("cli", "give --deadline or --no-deadline, not both"))
    assignees = [] if a.no_assignees else a.assignees
    if a.text is None and assignees is None and a.deadline is None and not a.no_deadline:
        raise UsageError(translate("cli", "nothing to change: give at least one --FIELD VALUE"))
    decision = ctx.desk.groups.edit_decision(
        a.decision,
        text=a.text,
        assignees=assignees,
        deadline=a.deadline,
        clear_deadline=a.no_deadline,
    )
    changed = translate("cli", "changed decision {number} (id {id})")
    out(changed.format(number=a.decision, id=decision.id))
    return 0


def cmd_done(ctx: Context) -> int:
    decision = ctx.desk.groups.mark_done(ctx.args.decision, not ctx.args.undo)
    if decision.done:
        state = translate("cli", "decision {number}: done")
    else:
        state = translate("cli", "decision {number}: not done")
    out(state.format(number=ctx.args.decision))
    return 0
