"""What goes into each report: plain functions over the core services returning dataclasses.

Kept apart from the layout so the figures can be tested without reading a PDF, and so the
layout never queries the store. The key card and the transfer form take their data from the
exchange layer, which this package may not import: the caller fills ``KeyCardData`` and
``TransferFormData`` and the layout only prints them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any, ClassVar

from desktop_app.core.aztext import az_sort_key
from desktop_app.core.commission import SignatureRow
from desktop_app.core.compliance import FindingAsOf, PeriodFigures, previous_period
from desktop_app.core.dashboard import plan_figures
from desktop_app.core.due import DueItem
from desktop_app.core.groups import DecisionRow
from desktop_app.core.inspections import SEVERITY_ORDER, FindingRow, InspectionRow
from desktop_app.core.models import (
    NodeRole,
)
from desktop_app.core.plan import Contribution, IndicatorRow, MeasureRow, RevisionRow
from desktop_app.core.progress import ReportRow
from desktop_app.core.readonce import read_once
from desktop_app.core.settings import APPROVED_BY, PREPARED_BY, SIGNATORIES
from desktop_app.core.validation import (
    current_period,
    number_key,
    period,
)
from desktop_app.reports.errors import ReportError

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk


@dataclass(frozen=True)
class InstitutionRef:
    code: str
    name: str
    name_en: str = ""


# -- strategy report -----------------------------------------------------------------------


def _fields(row: Any) -> dict[str, Any]:
    """A row's fields by name, to build the report's line that extends it."""
    kind: type = type(row)
    names, values = _field_getter(kind)
    return dict(zip(names, values(row), strict=True))


@cache
def _field_getter(kind: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    """A row type's fields and what reads their values (``dataclasses.fields`` walks them again
    on each call, and a getattr per field was most of making a line: a national compliance
    report makes 25,000 lines)."""
    names = tuple(f.name for f in fields(kind))
    return names, attrgetter(*names) if len(names) > 1 else lambda row: (getattr(row, names[0]),)


# A report's line extends the core's row (one type per concept) but prints only some of its
# fields: ``PRINTED`` names them, and the document identifier is made of those alone
# (``generate.document_id``), so it stays that of the data on the paper.


@dataclass(frozen=True)
class MeasureLine(MeasureRow):
    """A measure as the strategy report prints it: the measures table's row (``MeasureRow``)
    with the lead's names and what its official status rests on."""

    lead: InstitutionRef = InstitutionRef("", "")
    narrative: str = ""
    narrative_period: str = ""
    decision: str = ""  # the reason of the coordinator's decision the status comes from
    # The coordinator's latest evaluation of the lead's report (pending after a revision).
    evaluation: str = ""
    evaluation_comment: str = ""
    contributions: tuple[Contribution, ...] = ()  # co-executors' reports up to the period
    # In one institution's report: "lead" or "co_executor", its part in the measure.
    role: str = ""

    PRINTED: ClassVar[frozenset[str]] = frozenset(
        {
            "number",
            "title",
            "title_en",
            "direction",
            "lead",
            "end_date",
            "continuous",
            "status",
            "percent",
            "overdue",
            "narrative",
            "narrative_period",
            "decision",
            "evaluation",
            "evaluation_comment",
            "contributions",
            "cancelled_on",
            "role",
        }
    )


@dataclass(frozen=True)
class DirectionProgress:
    number: int
    title: str
    title_en: str
    measures: int
    mean_percent: float


@dataclass(frozen=True)
class MissingReports:
    institution: InstitutionRef
    measures: tuple[str, ...]


@dataclass(frozen=True)
class OwnReport(ReportRow):
    """One of the institution's own reports for the period, with its evaluation (a result,
    "pending", or "" when never evaluated) and the institution's part in the measure."""

    role: str = ""  # "lead" or "co_executor"

    PRINTED: ClassVar[frozenset[str]] = frozenset(
        {
            "measure_number",
            "role",
            "status",
            "percent",
            "work_done",
            "evaluation",
            "evaluation_comment",
        }
    )


@dataclass(frozen=True)
class Signatory:
    """A signature line of the report, from the settings (``core.settings.SIGNATORIES``)."""

    role: str  # "prepared" or "approved"
    name: str
    position: str
    position_en: str


@dataclass(frozen=True)
class StrategyData:
    period: str
    institution: InstitutionRef | None  # None: every institution
    strategy_title: str
    strategy_title_en: str
    strategy_years: tuple[int, int] | None
    approving_act: str
    measures: list[MeasureLine]
    by_status: dict[str, int]
    directions: list[DirectionProgress]
    mean_percent: float
    reports_submitted: int
    indicators: list[IndicatorRow]  # with the lead's actuals up to the period
    missing: list[MissingReports]
    revisions: list[RevisionRow] = field(default_factory=list)  # plan revisions in the period
    # One institution's report only: its own reports for the period, with their evaluations.
    own_reports: list[OwnReport] = field(default_factory=list)
    signatories: tuple[Signatory, ...] = ()

    @property
    def overdue(self) -> list[MeasureLine]:
        return [line for line in self.measures if line.overdue]

    @property
    def reports_missing(self) -> int:
        return sum(len(entry.measures) for entry in self.missing)


def _institutions(desk: Desk) -> dict[str, InstitutionRef]:
    """Every institution by its code."""
    return {
        inst.code: InstitutionRef(inst.code, inst.name, inst.name_en)
        for inst in desk.plan.institutions()
    }


def scope_institution(desk: Desk, institution: str | None) -> str | None:
    """An institution's node reports on its own measures only; the coordinator chooses."""
    if desk.node.role is NodeRole.INSTITUTION:
        if institution and institution != desk.node.code:
            raise ReportError("an institution's node reports on its own measures only")
        return desk.node.code
    return institution or None


@read_once()
def strategy_data(
    desk: Desk, period_text: str | None = None, institution: str | None = None
) -> StrategyData:
    report_period = period(period_text) if period_text else current_period(desk.today())
    code = scope_institution(desk, institution)
    institutions = _institutions(desk)
    if code and code not in institutions:
        desk.plan.institution(code)  # raises the core's NotFound with its message
    # The figures are the dashboard's for the period (``dashboard --period P`` prints them).
    figures = plan_figures(desk, report_period, code)
    rows = figures.measures

    # The narrative is that of the official status: the lead's report, or the coordinator's
    # decision (with its reason); co-executors' reports are listed as contributions.
    sources = [row.source_id for row in rows if row.status_source == "report"]
    reports = {r.id: r for r in desk.progress.rows(institution=code, ids=sources)}
    narratives = {report.id: (report.work_done, report.period) for report in reports.values()}
    contributions = desk.plan.contributions(report_period)
    measures = [
        MeasureLine(
            **_fields(row),
            lead=institutions.get(row.lead_code, InstitutionRef(row.lead_code, row.lead_name)),
            narrative=narratives.get(row.source_id, ("", ""))[0],
            narrative_period=narratives.get(row.source_id, ("", ""))[1],
            evaluation=reports[row.source_id].evaluation if row.source_id in reports else "",
            evaluation_comment=(
                reports[row.source_id].evaluation_comment if row.source_id in reports else ""
            ),
            decision=(
                desk.plan.decision(row.source_id).reason if row.status_source == "decision" else ""
            ),
            contributions=tuple(c for c in contributions[row.number] if c.report_id),
            role=("lead" if row.lead_code == code else "co_executor") if code else "",
        )
        for row in rows
    ]
    per_direction: dict[int, list[int]] = {}
    for line in measures:
        if line.direction is not None:
            per_direction.setdefault(line.direction, []).append(line.percent)
    directions = [
        DirectionProgress(
            number=direction.number,
            title=direction.title,
            title_en=direction.title_en,
            measures=len(per_direction.get(direction.number, [])),
            mean_percent=_mean(per_direction.get(direction.number, [])),
        )
        for direction in desk.plan.directions()
    ]
    missing = [
        MissingReports(institutions.get(inst, InstitutionRef(inst, inst)), tuple(numbers))
        for inst, numbers in figures.missing.items()
    ]
    missing.sort(key=lambda entry: az_sort_key(entry.institution.name))
    strategy = desk.plan.strategy()
    shown = {line.number for line in measures}
    return StrategyData(
        period=report_period,
        institution=institutions[code] if code else None,
        strategy_title=strategy.title if strategy else "",
        strategy_title_en=strategy.title_en if strategy else "",
        strategy_years=(strategy.period_start, strategy.period_end) if strategy else None,
        approving_act=strategy.approving_act if strategy else "",
        measures=measures,
        by_status=figures.by_status,
        directions=directions,
        mean_percent=figures.mean_percent,
        reports_submitted=figures.reports_submitted,
        indicators=[
            row
            for row in desk.plan.indicator_rows(period_text=report_period)
            if row.measure_number in shown
        ],
        missing=missing,
        revisions=[
            row
            for row in desk.plan.history(period_text=report_period)
            if row.measure_number in shown
        ],
        own_reports=_own_reports(desk, code, report_period, measures) if code else [],
        signatories=signatories(desk),
    )


def _own_reports(
    desk: Desk, code: str, report_period: str, measures: list[MeasureLine]
) -> list[OwnReport]:
    """The institution's submitted reports for the period, by measure number."""
    roles = {line.number: line.role for line in measures}
    rows = desk.progress.rows(institution=code, period_text=report_period, include_drafts=False)
    return [
        OwnReport(**_fields(row), role=roles.get(row.measure_number, "co_executor"))
        for row in sorted(rows, key=lambda r: number_key(r.measure_number))
    ]


def signatories(desk: Desk) -> tuple[Signatory, ...]:
    """The signature lines as the settings fill them; one not set is printed blank, to be
    filled in by hand."""
    return tuple(
        Signatory(role, desk.setting(name), desk.setting(position), desk.setting(position_en))
        for role, (name, position, position_en) in SIGNATORIES.items()
    )


def _mean(values: list[int]) -> float:
    return sum(values) / len(values) if values else 0.0


# -- inspection act ------------------------------------------------------------------------


@dataclass(frozen=True)
class FacilityLine:
    name: str
    category: str
    criticality: str


@dataclass(frozen=True)
class FindingLine(FindingRow):
    """A finding as a report prints it: the findings list's row (``FindingRow``) as it stood,
    with its requirement's title and the days it was overdue at the period's end."""

    requirement_title: str = ""
    days_overdue: int = 0

    PRINTED: ClassVar[frozenset[str]] = frozenset(
        {
            "ref",
            "inspection",
            "institution",
            "number",
            "requirement",
            "requirement_title",
            "facility",
            "severity",
            "description",
            "corrective_measure",
            "deadline",
            "urgent",
            "status",
            "overdue",
            "days_overdue",
        }
    )


@dataclass(frozen=True)
class ActIssue:
    """Which document an issued act is: printed from its snapshot, never from the records."""

    act_id: str
    number: str
    addendum: int  # 0: the act itself
    issued_on: dt.date
    issued_by: str


@dataclass(frozen=True)
class InspectionActData:
    reference: str
    institution: InstitutionRef
    facilities: list[FacilityLine]
    kind: str
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    legal_basis: str
    team: list[str]
    scope: str
    criteria: list[tuple[str, str]]  # (code, title) of the requirements its findings cite
    conclusion: str
    findings: list[FindingLine]
    issue: ActIssue | None = None  # None: a draft, not issued yet
    # The joint commission's signatures on the issued act, the issuing agency's first.
    signatures: list[SignatureRow] = field(default_factory=list)

    @property
    def urgent(self) -> list[FindingLine]:
        return [line for line in self.findings if line.urgent]


def _requirement_titles(desk: Desk) -> dict[str, str]:
    return {req.code: req.title for req in desk.catalog.requirements()}


def inspection_act_data(
    desk: Desk, inspection: str, addendum: int | None = None
) -> InspectionActData:
    """The issued act (or its addendum ``addendum``) as it was issued; with no act issued yet
    (and no addendum asked for), the draft from the records as they are now."""
    acts = desk.inspections.acts(inspection)
    wanted = addendum or 0
    act = next((act for act in acts if act.addendum == wanted), None)
    if act is None and wanted:
        raise ReportError('no addendum {n} to the act of "{ref}"', n=wanted, ref=inspection)
    snapshot = act.snapshot if act else desk.inspections.draft_act(inspection)
    institution = snapshot["institution"]
    findings = [
        _act_finding(line, snapshot["reference"], institution["code"])
        for line in snapshot["findings"]
    ]
    cited = {f.requirement: f.requirement_title for f in findings if f.requirement}
    return InspectionActData(
        reference=snapshot["reference"],
        institution=InstitutionRef(
            institution["code"], institution["name"], institution["name_en"]
        ),
        facilities=[
            FacilityLine(f["name"], f["category"], f["criticality"]) for f in snapshot["facilities"]
        ],
        kind=snapshot["kind"],
        status=snapshot["status"],
        start_date=_day(snapshot["start_date"]),
        end_date=_day(snapshot["end_date"]),
        legal_basis=snapshot["legal_basis"],
        team=list(snapshot["team"]),
        scope=snapshot["scope"],
        criteria=[(code, cited[code]) for code in sorted(cited, key=_code_key)],
        conclusion=snapshot["conclusion"],
        findings=findings,
        issue=ActIssue(act.id, act.number, act.addendum, act.issued_on, act.issued_by)
        if act
        else None,
        signatures=desk.commission.signatures([act.id])[act.id] if act else [],
    )


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _act_finding(line: dict[str, Any], reference: str, institution: str) -> FindingLine:
    """A finding as the act printed it; overdue is a later question, not part of the act."""
    return FindingLine(
        id=line["id"],
        ref=f"{reference}#{line['number']}",
        inspection=reference,
        institution=institution,
        number=line["number"],
        requirement=line["requirement"],
        requirement_title=line["requirement_title"],
        facility=line["facility"],
        severity=line["severity"],
        description=line["description"],
        corrective_measure=line["corrective_measure"],
        deadline=_day(line["deadline"]),
        urgent=line["urgent"],
        status=line["status"],
        response="",
        overdue=False,
    )


def _code_key(code: str) -> tuple[tuple[int, str], ...]:
    return tuple(
        (int(part), "") if part.isdigit() else (-1, part)
        for part in code.replace("-", ".").split(".")
    )


# -- compliance report ---------------------------------------------------------------------


@dataclass(frozen=True)
class InspectionLine(InspectionRow):
    """An inspection as the compliance report lists it: the inspections list's row with its
    institution's names and the number of its findings in the period."""

    institution: InstitutionRef = InstitutionRef("", "")
    findings: int = 0

    PRINTED: ClassVar[frozenset[str]] = frozenset(
        {"reference", "institution", "kind", "status", "start_date", "end_date", "findings"}
    )


@dataclass(frozen=True)
class CountLine:
    key: str  # requirement or institution code
    name: str
    name_en: str
    count: int


@dataclass(frozen=True)
class ComplianceData:
    """Everything as of the period's end: a past period prints the same on every day."""

    period: str
    start: dt.date
    end: dt.date
    institution: InstitutionRef | None
    inspections: list[InspectionLine]
    findings: list[FindingLine]  # of the inspections carried out in the period
    by_severity: dict[str, int]
    by_requirement: list[CountLine]
    by_institution: list[CountLine]
    overdue: list[FindingLine]  # every finding past its deadline at the end, whenever raised
    figures: PeriodFigures
    previous: PeriodFigures | None  # the same figures for the period before
    earlier_status: dict[str, int] = field(default_factory=dict)
    prepared_by: str = ""  # settings 'report_prepared_by', 'report_approved_by'
    approved_by: str = ""

    @property
    def urgent(self) -> list[FindingLine]:
        return [line for line in self.findings if line.urgent]


def _stood_lines(
    stood: list[FindingAsOf[FindingRow]], titles: Mapping[str, str]
) -> list[FindingLine]:
    """Findings as they stood at the period's end: state, deadline in force, days overdue."""
    return [
        FindingLine(
            **(_fields(f.row) | {"deadline": f.deadline, "status": f.status, "overdue": f.overdue}),
            requirement_title=titles.get(f.row.requirement, ""),
            days_overdue=f.days_overdue,
        )
        for f in stood
    ]


@read_once()  # the previous period's figures read the same findings and events
def compliance_data(
    desk: Desk, period_text: str | None = None, institution: str | None = None
) -> ComplianceData:
    report_period = period(period_text) if period_text else current_period(desk.today())
    code = scope_institution(desk, institution) if institution else None
    institutions = _institutions(desk)
    if code and code not in institutions:
        desk.plan.institution(code)
    standing = desk.compliance.standing(report_period, code)
    start, end = standing.start, standing.end
    # The period's inspections only (600 of a national store's 10,000).
    carried_out = desk.inspections.rows(institution=code, references=standing.in_period)
    titles = _requirement_titles(desk)
    # A line, and a full row, is made for the findings printed only (those of the period's
    # inspections and the overdue): the others of a national store are counted in brief.
    recorded = standing.recorded
    lines = _stood_lines(
        desk.compliance.printed([*recorded, *(f for f in standing.findings if f.overdue)]),
        titles,
    )
    findings = lines[: len(recorded)]
    per_inspection = Counter(f.inspection for f in findings)
    inspections = [
        InspectionLine(
            **_fields(row),
            institution=institutions.get(row.institution_code, InstitutionRef("", "")),
            findings=per_inspection.get(row.reference, 0),
        )
        for row in sorted(carried_out, key=lambda i: (i.start_date or start, i.reference))
    ]
    severities = Counter(f.severity for f in findings)
    requirements = Counter(f.requirement for f in findings)
    by_institution = Counter(f.institution for f in findings)
    before = previous_period(report_period)
    return ComplianceData(
        period=report_period,
        start=start,
        end=end,
        institution=institutions[code] if code else None,
        inspections=inspections,
        findings=findings,
        by_severity={severity: severities.get(severity, 0) for severity in SEVERITY_ORDER},
        by_requirement=sorted(
            (CountLine(req, titles.get(req, ""), "", n) for req, n in requirements.items()),
            key=lambda line: (-line.count, _code_key(line.key) if line.key else ()),
        ),
        by_institution=sorted(
            (
                CountLine(
                    inst,
                    institutions[inst].name if inst in institutions else inst,
                    institutions[inst].name_en if inst in institutions else "",
                    n,
                )
                for inst, n in by_institution.items()
            ),
            key=lambda line: (-line.count, az_sort_key(line.name)),
        ),
        overdue=sorted(lines[len(recorded) :], key=lambda f: (-f.days_overdue, f.inspection)),
        figures=desk.compliance.figures(standing),
        previous=desk.compliance.figures(desk.compliance.standing(before, code))
        if before
        else None,
        earlier_status=dict(
            Counter(
                f.status for f in standing.findings if f.row.inspection not in standing.in_period
            )
        ),
        prepared_by=desk.setting(PREPARED_BY),
        approved_by=desk.setting(APPROVED_BY),
    )


# -- urgent-measure notice -------------------------------------------------------------------


@dataclass(frozen=True)
class UrgentNoticeData:
    """What the notice prints: the finding as weighed, never the day it is printed (so the
    document identifier stays the same on every print of the same finding)."""

    ref: str
    inspection: str
    institution: InstitutionRef
    start_date: dt.date | None
    end_date: dt.date | None
    facility: str
    cii_class: str
    requirement: str
    requirement_title: str
    severity: str
    description: str
    corrective_measure: str
    likelihood: int | None
    impact: int | None
    risk_score: int | None
    deadline: dt.date | None
    deadline_reason: str
    team: list[str]


def urgent_notice_data(desk: Desk, finding: str) -> UrgentNoticeData:
    row = desk.inspections.finding_row(finding)
    if not row.urgent:
        raise ReportError(
            "finding {ref} is not urgent: an urgent-measure notice is for urgent findings",
            ref=row.ref,
        )
    detail = desk.inspections.detail(row.inspection)
    return UrgentNoticeData(
        ref=row.ref,
        inspection=row.inspection,
        institution=InstitutionRef(
            detail.institution.code, detail.institution.name, detail.institution.name_en
        ),
        start_date=detail.inspection.start_date,
        end_date=detail.inspection.end_date,
        facility=row.facility,
        cii_class=row.cii_class,
        requirement=row.requirement,
        requirement_title=_requirement_titles(desk).get(row.requirement, ""),
        severity=row.severity,
        description=row.description,
        corrective_measure=row.corrective_measure,
        likelihood=row.likelihood,
        impact=row.impact,
        risk_score=row.risk_score,
        deadline=row.deadline,
        deadline_reason=row.deadline_reason,
        team=list(detail.inspection.team),
    )


# -- due list ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DueListData:
    institution: InstitutionRef
    as_of: dt.date
    within: int
    items: tuple[DueItem, ...]
    counts: dict[str, int]


def due_list_data(desk: Desk, institution: str | None) -> DueListData:
    """One institution's due list as of today (the coordinator names the institution)."""
    code = scope_institution(desk, institution)
    if code is None:
        raise ReportError("the due list is printed for one institution (--institution CODE)")
    due = desk.due.items(code)
    refs = _institutions(desk)
    return DueListData(
        institution=refs[due.institution or code],
        as_of=due.as_of,
        within=due.within,
        items=tuple(due.items),
        counts=due.counts(),
    )


# -- meeting protocol -------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingProtocolData:
    number: str
    group_code: str
    group_name: str
    group_name_en: str
    date: dt.date
    place: str
    chair: str
    attendees: tuple[str, ...]
    agenda: str
    decisions: tuple[DecisionRow, ...]
    # (institution, its representative) of every member, for the signatures
    members: tuple[tuple[InstitutionRef, str], ...]


def meeting_protocol_data(desk: Desk, meeting: str) -> MeetingProtocolData:
    row = desk.groups.meeting(meeting)
    group = desk.groups.group(row.group)
    refs = _institutions(desk)
    return MeetingProtocolData(
        number=row.number,
        group_code=group.code,
        group_name=group.name,
        group_name_en=group.name_en,
        date=row.date,
        place=row.place,
        chair=row.chair,
        attendees=row.attendees,
        agenda=row.agenda,
        decisions=row.decisions,
        members=tuple(
            (refs.get(code, InstitutionRef(code, code)), group.representatives.get(code, ""))
            for code in group.members
        ),
    )
