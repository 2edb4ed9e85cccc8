"""Dashboard figures: what the first screen and the summary pages of reports show."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from desktop_app.core import lookup
from desktop_app.core.due import DueService
from desktop_app.core.inspections import FindingRow, InspectionService
from desktop_app.core.models import (
    Finding,
    FindingStatus,
    Institution,
    Measure,
    NodeRole,
    ProgressReport,
    ProgressStatus,
    RevisedField,
)
from desktop_app.core.plan import (
    CLOSED_STATUSES,
    MeasureFilter,
    MeasureRow,
    PlanService,
    cancellations,
    official_statuses,
    plan_as_of,
    recorded_date,
)
from desktop_app.core.readonce import held, read_once
from desktop_app.core.validation import current_period, number_key, period_end
from desktop_app.core.validation import period as normal_period

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

DASHBOARD_DUE_DAYS = 30
OPEN_FINDING = (FindingStatus.OPEN.value, FindingStatus.IN_REMEDIATION.value)


@dataclass
class InstitutionStatus:
    code: str
    name: str
    measures_led: int
    reports_missing: int
    last_bundle_received: str = ""


@dataclass
class Dashboard:
    period: str
    measures_total: int
    by_status: dict[str, int]
    by_direction: dict[int, tuple[int, float]]  # direction -> (measures, mean percent)
    mean_percent: float
    overdue: list[MeasureRow]
    open_findings_by_severity: dict[str, int]
    urgent_findings: list[FindingRow]
    institutions: list[InstitutionStatus] = field(default_factory=list)
    # (direction, status) -> measures: the dashboard's stacked bars
    by_direction_status: dict[tuple[int, str], int] = field(default_factory=dict)
    measures: list[MeasureRow] = field(default_factory=list)
    # institution code -> numbers of the measures whose lead report for the period is missing
    missing: dict[str, list[str]] = field(default_factory=dict)
    reports_submitted: int = 0
    # What is due within the next 30 days (or overdue), as of today: kind -> items
    due_soon: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "measures_total": self.measures_total,
            "by_status": self.by_status,
            "by_direction": {
                str(k): {"measures": n, "mean_percent": round(p, 1)}
                for k, (n, p) in self.by_direction.items()
            },
            "mean_percent": round(self.mean_percent, 1),
            "overdue_measures": [row.number for row in self.overdue],
            "reports_submitted": self.reports_submitted,
            "reports_missing": [
                [code, number] for code, numbers in self.missing.items() for number in numbers
            ],
            "open_findings_by_severity": self.open_findings_by_severity,
            "urgent_findings": [row.ref for row in self.urgent_findings],
            "institutions": [i.__dict__ for i in self.institutions],
            "due_in_30_days": {"total": sum(self.due_soon.values()), "by_kind": self.due_soon},
        }


def missing_reports(desk: Desk, period: str) -> dict[str, list[str]]:
    """Institution code -> numbers of the measures whose lead report for ``period`` is due and
    not submitted: measures started by the period's end, not completed or cancelled (by their
    lead's report) before the period began, nor cancelled in the plan by its end."""
    # The dashboard asks for the current period's twice: its own figure and the due list's.
    return held(("missing_reports", desk.node.code, period), lambda: _missing_reports(desk, period))


def _missing_reports(desk: Desk, period: str) -> dict[str, list[str]]:
    end = period_end(period)
    with desk.reading() as session:
        reported = set(
            session.execute(
                select(ProgressReport.measure_id, ProgressReport.institution_id).where(
                    ProgressReport.period == period,
                    ProgressReport.draft.is_(False),
                    ProgressReport.deleted.is_(False),
                )
            ).all()
        )
        closed = {
            measure_id
            for measure_id, official in official_statuses(
                session, desk.node, period, before=True
            ).items()
            if official.status in CLOSED_STATUSES
        }
        # Cancelled by the period's end: no report is due any more.
        closed |= {measure_id for measure_id, day in cancellations(session).items() if day <= end}
        codes = dict(session.execute(select(Institution.id, Institution.code)).all())
        ids = {code: institution_id for institution_id, code in codes.items()}
        # The lead and the start as they stood at the period's end.
        undone = plan_as_of(session, end)
        missing: dict[str, list[str]] = {}
        for measure_id, number, current_lead, current_start in session.execute(
            select(
                Measure.id, Measure.number, Measure.lead_institution_id, Measure.start_date
            ).where(Measure.deleted.is_(False))
        ):
            was = undone.get(measure_id, {})
            lead = ids.get(was.get(RevisedField.LEAD, ""), current_lead)
            start = (
                recorded_date(was[RevisedField.START])
                if RevisedField.START in was
                else current_start
            )
            due = (start is None or start <= end) and measure_id not in closed
            if due and (measure_id, lead) not in reported:
                missing.setdefault(codes.get(lead, "?"), []).append(number)
    return {code: sorted(numbers, key=number_key) for code, numbers in sorted(missing.items())}


@dataclass(frozen=True)
class PlanFigures:
    """The plan's figures of a dashboard: those the strategy report prints (not the findings'
    nor what is due, which it does not print and a national store takes a second to count)."""

    period: str
    measures: list[MeasureRow]
    by_status: dict[str, int]
    mean_percent: float
    # institution code -> numbers of the measures whose lead report for the period is missing
    missing: dict[str, list[str]]
    reports_submitted: int


@read_once()
def plan_figures(
    desk: Desk, period: str | None = None, institution: str | None = None
) -> PlanFigures:
    """The dashboard's figures of the plan, as ``build_dashboard`` says."""
    rows = PlanService(desk).measure_rows(MeasureFilter(period=period, institution=institution))
    period = period or current_period(desk.today())
    by_status = Counter(row.status for row in rows)
    return PlanFigures(
        period=period,
        measures=rows,
        by_status={status: by_status.get(status, 0) for status in ProgressStatus.values()},
        mean_percent=(sum(row.percent for row in rows) / len(rows)) if rows else 0.0,
        missing={
            code: numbers
            for code, numbers in missing_reports(desk, period).items()
            if institution is None or code == institution
        },
        reports_submitted=reports_submitted(desk, period, institution),
    )


@read_once()
def build_dashboard(
    desk: Desk, period: str | None = None, institution: str | None = None
) -> Dashboard:
    """The figures as of today for the current period, or, for a ``period`` given, as of that
    period's end: the same figures the strategy report for that period prints."""
    plan = plan_figures(desk, period, institution)
    rows, missing = plan.measures, plan.missing
    directions: dict[int, list[int]] = {}
    for row in rows:
        if row.direction is not None:
            directions.setdefault(row.direction, []).append(row.percent)
    # Counted by SQLite, and the urgent rows read alone: not a row per finding of the store.
    inspections = InspectionService(desk)
    still_open = Finding.status.in_(OPEN_FINDING)
    institutions: list[InstitutionStatus] = []
    if desk.node.role is NodeRole.COORDINATOR:
        led = Counter(row.lead_code for row in rows)
        institutions = [
            InstitutionStatus(
                code=inst.code,
                name=inst.name,
                measures_led=led.get(inst.code, 0),
                reports_missing=len(missing.get(inst.code, [])),
            )
            for inst in PlanService(desk).institutions()
            if led.get(inst.code)
        ]
    return Dashboard(
        period=plan.period,
        measures_total=len(rows),
        by_status=plan.by_status,
        by_direction={
            number: (len(values), sum(values) / len(values))
            for number, values in sorted(directions.items())
        },
        mean_percent=plan.mean_percent,
        overdue=[row for row in rows if row.overdue],
        open_findings_by_severity=inspections.count_by_severity(still_open),
        urgent_findings=inspections.findings_where(still_open, Finding.urgent.is_(True)),
        institutions=institutions,
        by_direction_status=dict(
            Counter((row.direction, row.status) for row in rows if row.direction is not None)
        ),
        measures=rows,
        missing=missing,
        due_soon=DueService(desk).counts(institution, DASHBOARD_DUE_DAYS),
        reports_submitted=plan.reports_submitted,
    )


def reports_submitted(desk: Desk, period_text: str, institution: str | None = None) -> int:
    """The submitted reports of a period (of one institution's), counted by SQLite: the
    reports page's rows would read every report and evaluation of a national store."""
    with desk.reading() as session:
        query = (
            select(func.count())
            .select_from(ProgressReport)
            .join(Measure, Measure.id == ProgressReport.measure_id)
            .where(
                ProgressReport.period == normal_period(period_text),
                ProgressReport.draft.is_(False),
                ProgressReport.deleted.is_(False),
            )
        )
        if institution:
            owner = lookup.get(session, Institution, institution)
            query = query.where(ProgressReport.institution_id == owner.id)
        return session.scalar(query) or 0


class DashboardService:
    """The figures of the first screen (``desk.dashboard``)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def build(self, period: str | None = None, institution: str | None = None) -> Dashboard:
        return build_dashboard(self.desk, period, institution)

    def missing_reports(self, period: str) -> dict[str, list[str]]:
        return missing_reports(self.desk, period)
