"""CII inspections: ``inspections``, ``notes`` and ``findings`` (with responses and deadline
extensions). A finding is named by id or as ``REFERENCE#N``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop_app.cli import texts
from desktop_app.cli.common import (
    ActState,
    Context,
    InspectionState,
    Stored,
    add_command,
    add_group,
    add_json_option,
    add_list_options,
    changed_line,
    changes,
    format_date,
    format_time,
    given,
    out,
    print_attachments,
    print_fields,
    print_json,
    print_list,
    print_table,
    readable_files,
    record_json,
    row_sheet,
)
from desktop_app.cli.texts import QT_TRANSLATE_NOOP, translate
from desktop_app.core import threat
from desktop_app.core.commission import AWAITING, SignedAct
from desktop_app.core.inspections import VERIFICATION_RESULTS, FindingRow, HistoryEntry
from desktop_app.core.models import (
    FindingEvent,
    FindingStatus,
    Inspection,
    InspectionKind,
    InspectionStatus,
    Severity,
    VerificationMethod,
)
from desktop_app.core.rules import RESPONDER_STATUSES

# How ``inspections list`` shows the joint commission's signatures on an inspection's acts.
INSPECTION_FIELDS = (
    "facilities",
    "kind",
    "legal_basis",
    "start",
    "end",
    "team",
    "team_node",
    "scope",
    "status",
    "conclusion",
)
FINDING_FIELDS = (
    "description",
    "severity",
    "corrective_measure",
    "deadline",
    "urgent",
    "requirement",
    "facility",
    "likelihood",
    "impact",
    "deadline_reason",
)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    _register_inspections(subparsers, common)
    _register_findings(subparsers, common)


def _inspection_options(parser: argparse.ArgumentParser, *, update: bool) -> None:
    keep: dict[str, Any] = {"default": argparse.SUPPRESS} if update else {}
    parser.add_argument(
        "--facility",
        dest="facilities",
        action="append",
        metavar="NAME",
        help=(
            "an inspected facility (name or id); repeat; replaces the list"
            if update
            else "an inspected facility (name or id); repeat"
        ),
        **keep,
    )
    parser.add_argument("--kind", choices=InspectionKind.values(), **keep)
    parser.add_argument("--legal-basis", **keep)
    parser.add_argument("--start", metavar="DATE", **keep)
    parser.add_argument("--end", metavar="DATE", **keep)
    parser.add_argument(
        "--team", action="append", metavar="NAME", help="a team member; repeat", **keep
    )
    parser.add_argument(
        "--team-node", metavar="CODE", help="the inspection-team node assigned", **keep
    )
    parser.add_argument("--scope", **keep)
    parser.add_argument("--status", choices=InspectionStatus.values(), **keep)
    if update:
        parser.add_argument("--conclusion", **keep)


def _register_inspections(subparsers: Any, common: argparse.ArgumentParser) -> None:
    inspections = add_group(subparsers, "inspections", "inspections of CII facilities")
    listing = add_command(inspections, "list", "inspections, newest first", common, cmd_list)
    listing.add_argument("--institution", metavar="CODE")
    listing.add_argument("--status", choices=InspectionStatus.values())
    add_list_options(listing)

    add = add_command(inspections, "add", "plan or record an inspection", common, cmd_add)
    add.add_argument("institution", help="the inspected institution's code")
    add.add_argument("--reference", help="default: NODE-YEAR-NNN")
    _inspection_options(add, update=False)

    show = add_command(
        inspections, "show", "an inspection with notes and findings", common, cmd_show
    )
    show.add_argument("inspection", help="reference, id or id prefix")
    add_json_option(show)

    update = add_command(
        inspections, "update", "change some fields of an inspection", common, cmd_update
    )
    update.add_argument("inspection")
    _inspection_options(update, update=True)

    for name, summary in (
        (
            "issue",
            QT_TRANSLATE_NOOP("cli", "issue the act: its findings then travel to the institution"),
        ),
        (
            "addendum",
            QT_TRANSLATE_NOOP(
                "cli", "issue the findings recorded after the act as the next addendum"
            ),
        ),
    ):
        act = add_command(inspections, name, summary, common, cmd_issue)
        act.add_argument("inspection")
        act.add_argument("--number", required=True)
        act.add_argument("--date", required=True, metavar="DD.MM.YYYY")
        act.set_defaults(addendum=name == "addendum")
    co_sign = add_command(
        inspections,
        "co-sign",
        "sign the act and addenda for this node's agency of the joint commission",
        common,
        cmd_co_sign,
    )
    co_sign.add_argument("inspection")
    add_json_option(co_sign)

    notes = add_group(subparsers, "notes", "timestamped inspection notes")
    note = add_command(notes, "add", "add a note to an inspection", common, cmd_note_add)
    note.add_argument("inspection")
    note.add_argument("text")


def _evidence_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--evidence", action="append", type=Path, metavar="FILE")


def _weighing_options(parser: argparse.ArgumentParser, keep: dict[str, Any]) -> None:
    levels: dict[str, Any] = {"type": int, "choices": threat.LEVELS, "metavar": "1-5"}
    parser.add_argument("--likelihood", help="how likely the threat is, 1-5", **levels, **keep)
    parser.add_argument("--impact", help="how grave its impact, 1-5", **levels, **keep)
    parser.add_argument(
        "--deadline-reason",
        help="why the deadline differs from the one the weighing gives",
        **({"default": ""} | keep),
    )


def _register_findings(subparsers: Any, common: argparse.ArgumentParser) -> None:
    findings = add_group(subparsers, "findings", "deficiencies found by inspections")
    _register_finding_records(findings, common)
    _register_finding_thread(findings, common)
    _register_finding_deadlines(findings, common)


def _register_finding_records(findings: Any, common: argparse.ArgumentParser) -> None:
    """findings list, add, update."""
    listing = add_command(findings, "list", "findings, most severe first", common, cmd_findings)
    listing.add_argument("--inspection")
    listing.add_argument("--institution", metavar="CODE")
    listing.add_argument("--severity", choices=Severity.values())
    listing.add_argument("--status", choices=[*FindingStatus.values(), AWAITING])
    listing.add_argument("--urgent", action="store_true")
    listing.add_argument("--overdue", action="store_true")
    add_list_options(listing)

    add = add_command(findings, "add", "record a finding of an inspection", common, cmd_finding_add)
    add.add_argument("inspection")
    add.add_argument("--description", required=True)
    add.add_argument("--severity", required=True, choices=Severity.values())
    add.add_argument("--requirement", metavar="CODE")
    add.add_argument("--facility", metavar="NAME")
    add.add_argument("--corrective", default="", help="the corrective measure required")
    add.add_argument("--deadline", metavar="DATE", help="default: the weighing's")
    add.add_argument("--urgent", action="store_true", help="an urgent measure is required")
    _weighing_options(add, {})

    keep: dict[str, Any] = {"default": argparse.SUPPRESS}
    update = add_command(
        findings,
        "update",
        "change a finding (the deadline moves only with 'findings extend', the status with"
        " 'respond', 'verify', 'dispute', 'decide-dispute' or 'reopen')",
        common,
        cmd_finding_update,
    )
    update.add_argument("finding", help="REFERENCE#N or id")
    update.add_argument("--description", **keep)
    update.add_argument("--severity", choices=Severity.values(), **keep)
    update.add_argument("--corrective", dest="corrective_measure", **keep)
    update.add_argument("--deadline", metavar="DATE", help="only when it has none yet", **keep)
    update.add_argument("--urgent", action=argparse.BooleanOptionalAction, **keep)
    update.add_argument("--requirement", metavar="CODE", **keep)
    update.add_argument("--facility", metavar="NAME", **keep)
    _weighing_options(update, keep)


def _register_finding_thread(findings: Any, common: argparse.ArgumentParser) -> None:
    """What happens to a finding after it is recorded: responses, verification, disputes."""
    respond = add_command(
        findings,
        "respond",
        "the inspected institution's response, added to the finding's thread",
        common,
        cmd_respond,
    )
    respond.add_argument("finding")
    respond.add_argument("--text", required=True)
    respond.add_argument("--status", choices=RESPONDER_STATUSES)
    _evidence_option(respond)

    verify = add_command(
        findings,
        "verify",
        "the commission's verification of a claimed remediation",
        common,
        cmd_verify,
    )
    verify.add_argument("finding")
    verify.add_argument("--method", required=True, choices=VerificationMethod.values())
    verify.add_argument("--result", required=True, choices=list(VERIFICATION_RESULTS))
    verify.add_argument("--comment", required=True)
    _evidence_option(verify)
    co_sign_closure = add_command(
        findings,
        "co-sign",
        "sign the finding's verified closure for this node's agency of the joint commission",
        common,
        cmd_co_sign_closure,
    )
    co_sign_closure.add_argument("finding")

    dispute = add_command(
        findings, "dispute", "the inspected institution contests a finding", common, cmd_dispute
    )
    dispute.add_argument("finding")
    dispute.add_argument("--reason", required=True)
    _evidence_option(dispute)

    decide = add_command(
        findings,
        "decide-dispute",
        "the coordinator upholds a disputed finding or withdraws it",
        common,
        cmd_decide_dispute,
    )
    decide.add_argument("finding")
    verdict = decide.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--uphold", action="store_true")
    verdict.add_argument("--withdraw", action="store_true")
    decide.add_argument("--reason", required=True)

    reopen = add_command(
        findings, "reopen", "reopen a closed or withdrawn finding", common, cmd_reopen
    )
    reopen.add_argument("finding")
    reopen.add_argument("--reason", required=True)

    history = add_command(
        findings,
        "history",
        "every change of state and every response of a finding, oldest first",
        common,
        cmd_history,
    )
    history.add_argument("finding")
    add_json_option(history)


def _register_finding_deadlines(findings: Any, common: argparse.ArgumentParser) -> None:
    """A finding's deadline moved: extensions, requested and decided."""
    extend = add_command(
        findings,
        "extend",
        "move a finding's deadline, with reason and approval",
        common,
        cmd_extend,
    )
    extend.add_argument("finding")
    extend.add_argument("--to", required=True, metavar="DATE", help="the new deadline")
    extend.add_argument("--reason", required=True)
    extend.add_argument("--approved-by", required=True, metavar="NAME")

    request = add_command(
        findings,
        "request-extension",
        "the inspected institution asks the coordinator for a later deadline",
        common,
        cmd_request_extension,
    )
    request.add_argument("finding")
    request.add_argument("--to", required=True, metavar="DATE", help="the deadline asked for")
    request.add_argument("--reason", required=True)

    decide_extension = add_command(
        findings,
        "decide-extension",
        "the coordinator approves or rejects an extension request",
        common,
        cmd_decide_extension,
    )
    decide_extension.add_argument("request", metavar="ID", help="the request's id or id prefix")
    answer = decide_extension.add_mutually_exclusive_group(required=True)
    answer.add_argument("--approve", action="store_true")
    answer.add_argument("--reject", action="store_true")
    decide_extension.add_argument("--reason", required=True)

    requests = add_command(
        findings,
        "extension-requests",
        "extension requests, oldest first",
        common,
        cmd_extension_requests,
    )
    requests.add_argument("--finding", metavar="REF")
    requests.add_argument("--pending", action="store_true", help="only those awaiting a decision")
    add_json_option(requests)


# -- inspections and notes ------------------------------------------------------------------


def _inspection_values(args: argparse.Namespace) -> dict[str, Any]:
    values = given(args, INSPECTION_FIELDS)
    return {name: value for name, value in values.items() if value is not None}


def cmd_list(ctx: Context) -> int:
    desk, a = ctx.desk, ctx.args
    chosen = {"institution": a.institution, "status": a.status}
    if a.json or a.xlsx or a.csv:
        return _list_records(ctx, desk.inspections.inspections(**chosen))
    # The table reads the columns it prints (``rows``, as the GUI's list does), not the records:
    # a national store's 10,000 inspections were 46 MiB as records, 10 MiB as these columns.
    print_table(
        ["REFERENCE", "INSTITUTION", "KIND", "START", "END", "STATUS", "ACT", "SCOPE"],
        [
            [
                r.reference,
                r.institution_code,
                Stored(r.kind),
                r.start_date,
                r.end_date,
                InspectionState(r.status),
                ActState(r.act),
                r.scope,
            ]
            for r in desk.inspections.rows(**chosen)
        ],
        empty="no inspections",
    )
    return 0


def _list_records(ctx: Context, records: list[Inspection]) -> int:
    """``inspections list`` as --json or a --csv/--xlsx file: every field of the records."""
    codes = {i.id: i.code for i in ctx.desk.plan.institutions()}
    if ctx.args.json:
        acts = ctx.desk.commission.statuses()
        print_json(
            [
                record_json(r, institution=codes.get(r.institution_id, ""), act=acts.get(r.id, ""))
                for r in records
            ]
        )
    else:
        print_list(
            ctx,
            [],
            [],
            sheet=row_sheet(
                Inspection, records, institution=lambda r: codes.get(r.institution_id, "")
            ),
        )
    return 0


def cmd_add(ctx: Context) -> int:
    record = ctx.desk.inspections.add(
        ctx.args.institution, reference=ctx.args.reference, **_inspection_values(ctx.args)
    )
    added = translate("cli", "added inspection {reference} (id {id})")
    out(added.format(reference=record.reference, id=record.id))
    return 0


def cmd_update(ctx: Context) -> int:
    values = changes(ctx.args, INSPECTION_FIELDS)
    changed = ctx.desk.inspections.update(ctx.args.inspection, **values)
    subject = translate("cli", "inspection {reference}").format(reference=ctx.args.inspection)
    out(changed_line(subject, changed))
    return 0


def cmd_show(ctx: Context) -> int:
    detail = ctx.desk.inspections.detail(ctx.args.inspection)
    i = detail.inspection
    if ctx.args.json:
        print_json(
            record_json(
                i,
                institution=detail.institution.code,
                facilities=[record_json(f) for f in detail.facilities],
                notes=[record_json(n) for n in detail.notes],
                findings=[
                    row.as_dict()
                    | {"extensions": [record_json(e) for e in detail.extensions.get(row.id, [])]}
                    for row in detail.findings
                ],
                attachments=[record_json(a) for a in detail.attachments],
                acts=[record_json(act) for act in detail.acts],
            )
        )
        return 0
    print_fields(
        [
            ("inspection", i.reference),
            ("institution", f"{detail.institution.code} {detail.institution.name}"),
            ("facilities", [f.name for f in detail.facilities]),
            ("kind", Stored(i.kind)),
            ("legal basis", i.legal_basis),
            ("dates", f"{format_date(i.start_date)} - {format_date(i.end_date)}".strip(" -")),
            ("team", i.team),
            ("team node", i.team_node),
            ("scope", i.scope),
            ("status", InspectionState(i.status)),
            ("conclusion", i.conclusion),
            ("id", i.id),
        ]
    )
    out("\n" + translate("cli", "Notes"))
    print_table(
        ["AT", "AUTHOR", "TEXT"], [[n.at, n.author, n.text] for n in detail.notes], empty="none"
    )
    out("\n" + translate("cli", "Findings"))
    _finding_table(ctx, detail.findings)
    extended = translate(
        "cli", "{ref}: deadline {old} -> {new} on {at}, approved by {approver}: {reason}"
    )
    for row in detail.findings:
        for extension in detail.extensions.get(row.id, []):
            line = extended.format(
                ref=row.ref,
                old=_old_deadline(extension.previous_date),
                new=format_date(extension.new_date),
                at=format_time(extension.at),
                approver=extension.approved_by,
                reason=extension.reason,
            )
            out("  " + line)
    out("\n" + translate("cli", "Acts"))
    signed = {item.act.id: item for item in ctx.desk.commission.acts(i.id)}
    print_table(
        ["ADDENDUM", "NUMBER", "ISSUED", "BY", "FINDINGS", "SIGNATURES"],
        [
            [
                act.addendum or "-",
                act.number,
                act.issued_on,
                act.issued_by,
                len(act.finding_ids),
                _signed_by(signed[act.id]),
            ]
            for act in detail.acts
        ],
        empty="none: the findings stay with the commission",
    )
    out("\n" + translate("cli", "Attachments"))
    print_attachments(detail.attachments)
    return 0


def cmd_issue(ctx: Context) -> int:
    a = ctx.args
    act = ctx.desk.inspections.issue(a.inspection, a.number, a.date, addendum=a.addendum)
    if act.addendum:
        issued = translate(
            "cli", "issued addendum {addendum} No {number} of {date} with {count} finding(s)"
        )
    else:
        issued = translate("cli", "issued act No {number} of {date} with {count} finding(s)")
    out(
        issued.format(
            addendum=act.addendum,
            number=act.number,
            date=format_date(act.issued_on),
            count=len(act.finding_ids),
        )
    )
    return 0


def _old_deadline(day: dt.date | None) -> str:
    return format_date(day) or translate("cli", "(none)")


# How an act's signatures name each agency's side in Azerbaijani and Russian; English keeps
# the stored "issuer" and "partner", as it keeps every stored value.
SIDE_NAMES = {
    "issuer": QT_TRANSLATE_NOOP("cli", "issuing agency"),
    "partner": QT_TRANSLATE_NOOP("cli", "partner agency"),
}


def _signed_by(item: SignedAct) -> str:
    """``TEAM1 (issuer), DTX (partner)``, or what it still awaits."""
    signers = ", ".join(
        f"{row.signer} ({texts.stored_name(row.side, SIDE_NAMES, 'cli')})"
        for row in item.signatures
    )
    if item.status == AWAITING:
        awaiting = translate("cli", "awaiting co-signature")
        return f"{signers}; {awaiting}" if signers else awaiting
    return signers


def cmd_co_sign(ctx: Context) -> int:
    signed = ctx.desk.commission.co_sign(ctx.args.inspection)
    if ctx.args.json:
        print_json([record_json(act) for act in signed])
        return 0
    for act in signed:
        if act.addendum:
            done = translate("cli", "signed addendum {addendum} No {number} of {date}")
        else:
            done = translate("cli", "signed act No {number} of {date}")
        out(done.format(addendum=act.addendum, number=act.number, date=format_date(act.issued_on)))
    return 0


def cmd_co_sign_closure(ctx: Context) -> int:
    event = ctx.desk.commission.co_sign_closure(ctx.args.finding)
    done = translate("cli", "signed the verified closure of {ref} of {at}")
    out(done.format(ref=ctx.args.finding, at=format_time(event.at)))
    return 0


def cmd_note_add(ctx: Context) -> int:
    note = ctx.desk.inspections.add_note(ctx.args.inspection, ctx.args.text)
    out(translate("cli", "added note {id} at {at}").format(id=note.id, at=format_time(note.at)))
    return 0


# -- findings -------------------------------------------------------------------------------


def _finding_status(row: FindingRow) -> str:
    """A verified closure the partner agency has not signed yet is a status of its own."""
    if row.closure == AWAITING:
        return f"{Stored(row.status).shown()}, {ActState(AWAITING).shown()}"
    return Stored(row.status).shown()


# How ``findings history`` names each agency's signature on a verified closure.
SIGNED_FOR = {
    "issuer": QT_TRANSLATE_NOOP("cli", "signed for the issuing agency"),
    "partner": QT_TRANSLATE_NOOP("cli", "co-signed (partner agency)"),
}


def _history_what(entry: HistoryEntry) -> str:
    if entry.kind == "event":
        return f"{Stored(entry.from_status).shown()} -> {Stored(entry.to_status).shown()}"
    if entry.kind == "signature":
        return translate("cli", SIGNED_FOR[entry.side])
    return translate("cli", "response")


def _finding_table(ctx: Context, rows: list[FindingRow]) -> None:
    print_list(
        ctx,
        [
            "FINDING",
            "SEVERITY",
            "STATUS",
            "RISK",
            "DEADLINE",
            "URGENT",
            "OVERDUE",
            "REQUIREMENT",
            "DESCRIPTION",
        ],
        [
            [
                r.ref,
                Stored(r.severity),
                _finding_status(r),
                f"{r.risk_score} ({r.cii_class})" if r.risk_score else "",
                r.deadline,
                r.urgent,
                r.overdue,
                r.requirement,
                r.description,
            ]
            for r in rows
        ],
        empty="no findings",
        sheet=row_sheet(FindingRow, rows),
    )


def cmd_findings(ctx: Context) -> int:
    a = ctx.args
    rows = ctx.desk.inspections.findings(
        inspection=a.inspection,
        institution=a.institution,
        severity=a.severity,
        status=a.status,
        urgent=a.urgent,
        overdue=a.overdue,
    )
    if a.json:
        print_json([row.as_dict() for row in rows])
    else:
        _finding_table(ctx, rows)
    return 0


def cmd_finding_add(ctx: Context) -> int:
    a = ctx.args
    finding = ctx.desk.inspections.add_finding(
        a.inspection,
        a.description,
        a.severity,
        requirement=a.requirement,
        facility=a.facility,
        corrective_measure=a.corrective,
        deadline=a.deadline,
        urgent=a.urgent,
        likelihood=a.likelihood,
        impact=a.impact,
        deadline_reason=a.deadline_reason,
    )
    added = translate("cli", "added finding {ref} (id {id})")
    out(added.format(ref=f"{a.inspection}#{finding.number}", id=finding.id))
    return 0


def cmd_finding_update(ctx: Context) -> int:
    values = changes(ctx.args, FINDING_FIELDS)
    changed = ctx.desk.inspections.update_finding(ctx.args.finding, **values)
    out(changed_line(translate("cli", "finding {ref}").format(ref=ctx.args.finding), changed))
    return 0


def cmd_respond(ctx: Context) -> int:
    a = ctx.args
    evidence = readable_files(a.evidence, "evidence")
    ctx.desk.inspections.respond(a.finding, a.text, a.status, evidence)
    responded = translate("cli", "responded to finding {ref}").format(ref=a.finding)
    out(responded + (f" ({Stored(a.status).shown()})" if a.status else ""))
    return 0


def _moved(ref: str, event: FindingEvent) -> int:
    moved = translate("cli", "finding {ref}: {old} -> {new}")
    old, new = Stored(event.from_status).shown(), Stored(event.to_status).shown()
    out(moved.format(ref=ref, old=old, new=new))
    return 0


def cmd_verify(ctx: Context) -> int:
    a = ctx.args
    evidence = readable_files(a.evidence, "evidence")
    return _moved(
        a.finding, ctx.desk.inspections.verify(a.finding, a.method, a.result, a.comment, evidence)
    )


def cmd_dispute(ctx: Context) -> int:
    a = ctx.args
    evidence = readable_files(a.evidence, "evidence")
    return _moved(a.finding, ctx.desk.inspections.dispute(a.finding, a.reason, evidence))


def cmd_decide_dispute(ctx: Context) -> int:
    a = ctx.args
    event = ctx.desk.inspections.decide_dispute(a.finding, uphold=a.uphold, reason=a.reason)
    return _moved(a.finding, event)


def cmd_reopen(ctx: Context) -> int:
    a = ctx.args
    return _moved(a.finding, ctx.desk.inspections.reopen(a.finding, a.reason))


def cmd_history(ctx: Context) -> int:
    entries = ctx.desk.inspections.history(ctx.args.finding)
    if ctx.args.json:
        print_json([entry.as_dict() for entry in entries])
        return 0
    print_table(
        ["WHEN", "NODE", "BY", "WHAT", "METHOD", "TEXT", "EVIDENCE"],
        [
            [
                format_time(e.at),
                e.node,
                e.author,
                _history_what(e),
                Stored(e.method) if e.method else "",
                translate("cli", "key {fingerprint}").format(fingerprint=e.fingerprint)
                if e.kind == "signature"
                else e.text,
                ", ".join(e.evidence),
            ]
            for e in entries
        ],
        empty="no history",
    )
    return 0


def cmd_extend(ctx: Context) -> int:
    a = ctx.args
    extension = ctx.desk.inspections.extend_deadline(a.finding, a.to, a.reason, a.approved_by)
    moved = translate("cli", "finding {ref}: deadline {old} -> {new}")
    out(
        moved.format(
            ref=a.finding,
            old=_old_deadline(extension.previous_date),
            new=format_date(extension.new_date),
        )
    )
    return 0


def cmd_request_extension(ctx: Context) -> int:
    a = ctx.args
    request = ctx.desk.inspections.request_extension(a.finding, a.to, a.reason)
    asked = translate("cli", "asked for finding {ref}'s deadline {old} -> {new} (request {id})")
    out(
        asked.format(
            ref=a.finding,
            old=_old_deadline(request.previous_date),
            new=format_date(request.requested_date),
            id=request.id,
        )
    )
    return 0


def cmd_decide_extension(ctx: Context) -> int:
    a = ctx.args
    request = ctx.desk.inspections.decide_extension(a.request, approve=a.approve, reason=a.reason)
    decided = translate("cli", "extension request {id}: {status}")
    out(decided.format(id=request.id, status=Stored(request.status).shown()))
    return 0


def cmd_extension_requests(ctx: Context) -> int:
    a = ctx.args
    rows = ctx.desk.inspections.extension_requests(a.finding, pending=a.pending)
    if a.json:
        print_json([row.as_dict() for row in rows])
        return 0
    print_table(
        ["ID", "FINDING", "ASKED", "BY", "DEADLINE", "ASKED FOR", "REASON", "STATUS", "DECISION"],
        [
            [
                r.id,
                r.finding,
                format_time(r.at),
                f"{r.node} {r.author}".strip(),
                r.previous_date,
                r.requested_date,
                r.reason,
                Stored(r.status),
                f"{r.decided_by}: {r.decision_reason}" if r.decided_by else "",
            ]
            for r in rows
        ],
        empty="no extension requests",
    )
    return 0
