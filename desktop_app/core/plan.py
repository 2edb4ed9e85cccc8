"""The action plan: institutions and facilities, the strategy, directions, measures, indicators."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from desktop_app.core import lookup, search
from desktop_app.core.access import Right
from desktop_app.core.aztext import az_sort_key
from desktop_app.core.models import (
    Attachment,
    Criticality,
    Direction,
    Evaluation,
    Facility,
    Indicator,
    IndicatorCourse,
    IndicatorDirection,
    Institution,
    InstitutionKind,
    Measure,
    NodeRole,
    OfficialStatus,
    PlanRevision,
    ProgressReport,
    ProgressStatus,
    RevisedField,
    StatusDecision,
    Strategy,
)
from desktop_app.core.progress import evaluation_history
from desktop_app.core.readonce import held
from desktop_app.core.rules import REVISED, shown
from desktop_app.core.validation import (
    measure_number,
    number_key,
    optional_number,
    optional_text,
    parse_date,
    period,
    period_end,
    period_key,
    period_start,
    require_choice,
    require_code,
    require_percent,
    require_text,
)
from desktop_app.errors import NotFound, Term, ValidationError

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk, NodeInfo

CLOSED_STATUSES = frozenset({ProgressStatus.COMPLETED.value, ProgressStatus.CANCELLED.value})


@dataclass(frozen=True)
class MeasureBatch:
    """What each new measure is checked against, looked up once for many (a plan import of
    thousands): the live directions by number, the live institutions' codes, every measure
    number taken (deleted ones too, as the single check counts them)."""

    directions: dict[int, Direction]
    codes: set[str]
    numbers: set[str]


class Official(NamedTuple):
    """A measure's official status: the lead institution's latest submitted report for the
    latest period, unless the coordinator decided otherwise after it. (A tuple: a national
    store's officials are chosen among 40,000 reports, each made one.)"""

    status: str
    percent: int
    period: str
    source_kind: str  # "report", "decision", or "" when nobody has reported
    source_id: str


NOT_REPORTED = Official(ProgressStatus.NOT_STARTED.value, 0, "", "", "")


@dataclass(frozen=True)
class Revision:
    """Why the plan changes: the reason, and the decision (number, date) it follows if any."""

    reason: str
    decision_number: str = ""
    decision_date: dt.date | None = None

    @classmethod
    def of(
        cls, reason: str, decision_number: str = "", decision_date: str | dt.date | None = None
    ) -> Revision:
        """Validated from what a user typed."""
        return cls(
            require_text(reason, "reason"),
            optional_text(decision_number, "decision_number", limit=100),
            parse_date(decision_date, "decision_date"),
        )


@dataclass(frozen=True)
class RevisionRow:
    """One line of a measure's plan history."""

    id: str
    measure_number: str
    field: str
    old: str
    new: str
    reason: str
    decision_number: str
    decision_date: dt.date | None
    revised_by: str
    revised_at: dt.datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "measure": self.measure_number,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "reason": self.reason,
            "decision": (
                {
                    "number": self.decision_number,
                    "date": self.decision_date.isoformat() if self.decision_date else None,
                }
                if self.decision_number or self.decision_date
                else None
            ),
            "who": self.revised_by,
            "when": self.revised_at.isoformat(timespec="seconds"),
        }


def achievement(
    baseline: float | None, target: float | None, actual: float | None, direction: str
) -> float | None:
    """How far the actual has come from the baseline towards the target, 0 to 100 %: the
    same formula for a falling indicator (its target is below its baseline)."""
    if baseline is None or target is None or actual is None:
        return None
    if target == baseline:
        reached = actual <= target if direction == IndicatorDirection.DECREASE else actual >= target
        return 100.0 if reached else 0.0
    share = (actual - baseline) / (target - baseline) * 100
    return round(min(100.0, max(0.0, share)), 1)


def natural_direction(baseline: float | None, target: float | None) -> str:
    """An indicator's direction when none was set: down if its target is below its baseline."""
    if baseline is not None and target is not None and target < baseline:
        return IndicatorDirection.DECREASE.value
    return IndicatorDirection.INCREASE.value


@dataclass(frozen=True)
class IndicatorRow:
    """An indicator with the actuals the lead institution reported, up to a period."""

    id: str
    measure_number: str
    name: str
    unit: str
    baseline: float | None
    target: float | None
    direction: str
    milestones: dict[str, float]
    actuals: tuple[tuple[str, float | None], ...] = ()  # (period, value), oldest first

    @property
    def actual(self) -> float | None:
        return self.actuals[-1][1] if self.actuals else None

    @property
    def actual_period(self) -> str:
        return self.actuals[-1][0] if self.actuals else ""

    @property
    def achievement_percent(self) -> float | None:
        return achievement(self.baseline, self.target, self.actual, self.direction)

    @property
    def milestone(self) -> float | None:
        """The value planned for the year of the latest actual."""
        return self.milestones.get(self.actual_period[:4]) if self.actuals else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "measure": self.measure_number,
            "name": self.name,
            "unit": self.unit,
            "baseline": self.baseline,
            "target": self.target,
            "direction": self.direction,
            "milestones": dict(sorted(self.milestones.items())),
            "actuals": [{"period": p, "value": v} for p, v in self.actuals],
            "actual": self.actual,
            "actual_period": self.actual_period,
            "milestone": self.milestone,
            "achievement_percent": self.achievement_percent,
        }


@dataclass(frozen=True)
class Contribution:
    """A co-executor's part: its latest submitted report (None: it has not reported)."""

    institution: str
    report_id: str | None = None
    period: str = ""
    status: str = ""
    percent: int = 0
    work_done: str = ""

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# (period key, stamp): which of a measure's official statuses is the latest.
_Rank = tuple[tuple[dt.date, int], dt.datetime]
# The key of a published status's period; None for "nobody has reported".
_Published = list[tuple[tuple[dt.date, int] | None, Official]]


@dataclass(frozen=True)
class _Officials:
    """What the official statuses of every period are chosen from, read once."""

    leads: dict[str, str]  # measure id -> its lead institution's id
    # measure id -> (rank, status) of each of the lead's submitted reports and decisions
    candidates: dict[str, list[tuple[_Rank, Official]]]
    # measure id -> the statuses the coordinator published, one a period (other nodes only)
    published: dict[str, _Published]
    own: str | None  # this node's institution id


def _latest(
    candidates: Iterable[tuple[_Rank, Official]], limit: tuple[dt.date, int] | None
) -> Official | None:
    """The latest status up to the end of ``limit`` (None: of all)."""
    best = max(
        (c for c in candidates if limit is None or c[0][0] <= limit),
        key=lambda c: c[0],
        default=None,
    )
    return None if best is None else best[1]


def official_statuses(
    session: Session, node: NodeInfo, limit_period: str | None = None, *, before: bool = False
) -> dict[str, Official]:
    """Measure id -> official status as of the end of ``limit_period`` (None: as of now;
    ``before``: as of the day before the period starts).

    The coordinator holds every lead's reports. Another node holds only its own, so for the
    measures it does not lead it shows what the coordinator published (``OfficialStatus``),
    chosen for the period as the coordinator chooses among the reports: one national
    picture, for every period."""
    limit = period_key(limit_period) if limit_period else None
    if limit_period and before:
        # Every period that ends before this one starts, whatever its length.
        limit = (period_start(limit_period) - dt.timedelta(days=1), 3)
    officials = held(("officials", node.code), lambda: _read_officials(session, node))
    result: dict[str, Official] = {}
    for measure_id, candidates in officials.candidates.items():
        if (official := _latest(candidates, limit)) is not None:
            result[measure_id] = official
    for measure_id, published in officials.published.items():
        if officials.leads.get(measure_id, officials.own) == officials.own:
            continue
        # Within a period the coordinator published its latest status only; "" is no period.
        official = _latest(
            (((key, dt.datetime.min), status) for key, status in published if key), limit
        )
        if official is None:
            result.pop(measure_id, None)
        else:
            result[measure_id] = official
    return result


def period_statuses(session: Session, node: NodeInfo) -> dict[str, dict[str, Official]]:
    """Measure id -> {period: the measure's latest official status among that period's}: what
    the coordinator publishes, from which any period's status follows (``official_statuses``)."""
    periods: dict[str, dict[str, Official]] = {}
    for measure_id, candidates in _read_officials(session, node).candidates.items():
        latest: dict[str, tuple[_Rank, Official]] = {}
        for rank, official in candidates:
            if official.period not in latest or rank > latest[official.period][0]:
                latest[official.period] = (rank, official)
        periods[measure_id] = {name: official for name, (_, official) in latest.items()}
    return periods


def _report_figures(
    *, leads: bool
) -> Select[str, str, str, str, bool, str, int, dt.datetime | None]:
    """The submitted reports' columns but their text, of the measures' leads or of the other
    institutions: all in ix_progress_reports_figures, read in its order."""
    on_lead = Measure.lead_institution_id == ProgressReport.institution_id
    return (
        select(
            ProgressReport.id,
            ProgressReport.measure_id,
            ProgressReport.institution_id,
            ProgressReport.period,
            ProgressReport.draft,
            ProgressReport.status,
            ProgressReport.percent,
            ProgressReport.submitted_at,
        )
        .join(
            Measure,
            and_(Measure.id == ProgressReport.measure_id, on_lead if leads else ~on_lead),
        )
        .where(ProgressReport.deleted.is_(False), ProgressReport.draft.is_(False))
    )


def _read_officials(session: Session, node: NodeInfo) -> _Officials:
    leads = dict(
        session.execute(
            select(Measure.id, Measure.lead_institution_id).where(Measure.deleted.is_(False))
        ).all()
    )
    keys: dict[str, tuple[dt.date, int]] = {}  # a few periods, each parsed once

    def key_of(period_text: str) -> tuple[dt.date, int]:
        if period_text not in keys:
            keys[period_text] = period_key(period_text)
        return keys[period_text]

    candidates: dict[str, list[tuple[_Rank, Official]]] = {measure_id: [] for measure_id in leads}
    never = dt.datetime.min
    # Columns, not records, and only the leads' reports, all read from the figures index
    # (ix_progress_reports_figures) by (measure, lead): the co-executors' reports are nine in
    # ten of a national store's, and its rows are read at random from a large file.
    for id_, measure_id, _lead, reported, _draft, status, percent, stamp in session.execute(
        _report_figures(leads=True)
    ):
        if (offered := candidates.get(measure_id)) is not None:
            official = Official(status, percent, reported, "report", id_)
            offered.append(((key_of(reported), stamp or never), official))
    for decision in session.scalars(
        select(StatusDecision).where(StatusDecision.deleted.is_(False))
    ):
        if (offered := candidates.get(decision.measure_id)) is not None:
            official = Official(
                decision.status, decision.percent, decision.period, "decision", decision.id
            )
            offered.append(((key_of(decision.period), decision.decided_at or never), official))
    candidates = {measure_id: found for measure_id, found in candidates.items() if found}
    published: dict[str, _Published] = {}
    own = None
    if node.role is not NodeRole.COORDINATOR:
        own = session.scalar(select(Institution.id).where(Institution.code == node.code))
        for row in session.scalars(select(OfficialStatus).where(OfficialStatus.deleted.is_(False))):
            published.setdefault(row.measure_id, []).append(
                (
                    key_of(row.period) if row.period else None,
                    Official(row.status, row.percent, row.period, row.source_kind, row.source_id),
                )
            )
    return _Officials(leads, candidates, published, own)


@dataclass(frozen=True)
class MeasureRow:
    """One line of the measures table, with the status derived from the latest report."""

    id: str
    number: str
    title: str
    title_en: str
    direction: int | None
    lead_code: str
    lead_name: str
    co_executors: tuple[str, ...]
    start_date: dt.date | None
    end_date: dt.date | None
    continuous: bool
    status: str
    percent: int
    latest_period: str
    overdue: bool
    status_source: str = ""  # "report", "decision" or ""
    source_id: str = ""  # the report's or the decision's id
    # The rest of the plan's text, for a spreadsheet of the plan (not in ``as_dict``).
    direction_title: str = ""
    expected_result: str = ""
    financing_source: str = ""
    description: str = ""
    cancelled_on: dt.date | None = None  # cancelled by a plan revision (as of the figures)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "title": self.title,
            "title_en": self.title_en,
            "direction": self.direction,
            "lead": self.lead_code,
            "lead_name": self.lead_name,
            "co_executors": list(self.co_executors),
            "start": self.start_date.isoformat() if self.start_date else None,
            "end": self.end_date.isoformat() if self.end_date else None,
            "continuous": self.continuous,
            "status": self.status,
            "percent": self.percent,
            "latest_period": self.latest_period,
            "overdue": self.overdue,
            "status_source": self.status_source,
            "cancelled_on": self.cancelled_on.isoformat() if self.cancelled_on else None,
        }


@dataclass(frozen=True)
class MeasureFilter:
    direction: int | None = None
    institution: str | None = None
    status: str | None = None
    overdue: bool = False
    search: str | None = None
    period: str | None = None


@dataclass
class MeasureDetail:
    measure: Measure
    direction: Direction | None
    lead: Institution
    indicators: list[Indicator]
    reports: list[ProgressReport]
    evaluations: dict[str, list[Evaluation]]  # report id -> its evaluations, newest first
    attachments: list[Attachment]
    institutions: dict[str, Institution] = field(default_factory=dict)
    official: Official = NOT_REPORTED
    # the coordinator's decision behind the official status, when it comes from one
    decision: StatusDecision | None = None
    contributions: list[Contribution] = field(default_factory=list)
    history: list[RevisionRow] = field(default_factory=list)
    indicator_rows: list[IndicatorRow] = field(default_factory=list)
    cancelled_on: dt.date | None = None


def cancellations(session: Session) -> dict[str, dt.date]:
    """Measure id -> the day its cancellation took effect."""
    return {
        measure_id: dt.date.fromisoformat(day)
        for measure_id, day in session.execute(
            select(PlanRevision.measure_id, PlanRevision.new_value).where(
                PlanRevision.field == RevisedField.CANCELLED, PlanRevision.deleted.is_(False)
            )
        )
    }


def plan_as_of(session: Session, last_day: dt.date) -> dict[str, dict[str, str]]:
    """Measure id -> {field: value as recorded} for the fields revised after ``last_day``: the
    plan as it stood that day (the earliest later revision's old value), so a period's figures
    stay those of its end when the plan changes afterwards."""
    undone: dict[str, dict[str, str]] = {}
    for measure_id, name, old in session.execute(
        select(PlanRevision.measure_id, PlanRevision.field, PlanRevision.old_value)
        .where(
            PlanRevision.deleted.is_(False),
            PlanRevision.field != RevisedField.CANCELLED,
            PlanRevision.revised_at
            >= dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time()),
        )
        .order_by(PlanRevision.revised_at.desc())
    ):
        undone.setdefault(measure_id, {})[name] = old  # the earliest one is read last
    return undone


def recorded_date(value: str) -> dt.date | None:
    """A date as a plan revision records it ("" for none)."""
    return dt.date.fromisoformat(value) if value else None


def is_overdue(end: dt.date | None, continuous: bool, status: str, before: dt.date) -> bool:
    """Derived, never stored: the end date is before ``before`` (today, or the day after a
    report's period) and the measure is not closed."""
    return bool(end and not continuous and end < before and status not in CLOSED_STATUSES)


def as_of(today: dt.date, period_text: str | None) -> dt.date:
    """The first day a figure no longer covers: today, or the day after the period's end."""
    return period_end(period_text) + dt.timedelta(days=1) if period_text else today


def _institution_fields(code: str, name: str, name_en: str, kind: str) -> dict[str, str]:
    return {
        "code": require_code(code, "code"),
        "name": require_text(name, "name", limit=300),
        "name_en": optional_text(name_en, "name_en", limit=300),
        "kind": require_choice(kind, "kind", InstitutionKind.values()),
    }


class PlanService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- institutions and facilities ---------------------------------------------------------

    def add_institution(
        self, code: str, name: str, name_en: str = "", kind: str = InstitutionKind.AGENCY.value
    ) -> Institution:
        self.desk.access.require(Right.PLAN)
        fields = _institution_fields(code, name, name_en, kind)
        with self.desk.transaction() as session:
            if session.scalar(select(Institution).where(Institution.code == fields["code"])):
                raise ValidationError(
                    "institution {code} already exists", "code", code=fields["code"]
                )
            return self.desk.recorder.create(session, Institution, **fields)

    def update_institution(
        self,
        ref: str,
        *,
        name: str | None = None,
        name_en: str | None = None,
        kind: str | None = None,
    ) -> list[str]:
        """Change an institution's names or kind (its code names it everywhere: it stays)."""
        self.desk.access.require(Right.PLAN)
        fields: dict[str, str] = {}
        if name is not None:
            fields["name"] = require_text(name, "name", limit=300)
        if name_en is not None:
            fields["name_en"] = optional_text(name_en, "name_en", limit=300)
        if kind is not None:
            fields["kind"] = require_choice(kind, "kind", InstitutionKind.values())
        with self.desk.transaction() as session:
            return self.desk.recorder.update(
                session, lookup.get(session, Institution, ref), **fields
            )

    def register_enrolled_institution(
        self, session: Session, code: str, name: str, name_en: str
    ) -> Institution:
        """The institution whose card was just enrolled, registered from the card if this
        store does not know it yet: its code is then one measures and inspections can name."""
        self.desk.access.require(Right.PLAN)
        existing = session.scalar(select(Institution).where(Institution.code == code))
        if existing is not None:
            return existing
        fields = _institution_fields(code, name, name_en, InstitutionKind.AGENCY.value)
        return self.desk.recorder.create(session, Institution, **fields)

    def institutions(self) -> list[Institution]:
        with self.desk.reading() as session:
            rows = session.scalars(select(Institution).where(Institution.deleted.is_(False)))
            return sorted(rows, key=lambda i: az_sort_key(i.name))

    def institution(self, ref: str) -> Institution:
        with self.desk.reading() as session:
            return lookup.get(session, Institution, ref)

    def add_facility(
        self,
        institution: str,
        name: str,
        category: str = "",
        criticality: str = Criticality.CLASS_II.value,
    ) -> Facility:
        self.desk.access.require(Right.PLAN)
        with self.desk.transaction() as session:
            owner = lookup.get(session, Institution, institution)
            return self.desk.recorder.create(
                session,
                Facility,
                institution_id=owner.id,
                name=require_text(name, "name", limit=300),
                category=optional_text(category, "category", limit=200),
                criticality=require_choice(criticality, "criticality", Criticality.values()),
            )

    def facilities(self, institution: str | None = None) -> list[Facility]:
        with self.desk.reading() as session:
            query = select(Facility).where(Facility.deleted.is_(False))
            if institution:
                owner = lookup.get(session, Institution, institution)
                query = query.where(Facility.institution_id == owner.id)
            return sorted(session.scalars(query), key=lambda f: az_sort_key(f.name))

    # -- strategy and directions -------------------------------------------------------------

    def strategy(self) -> Strategy | None:
        with self.desk.reading() as session:
            return session.scalar(
                select(Strategy).where(Strategy.deleted.is_(False)).order_by(Strategy.period_start)
            )

    def set_strategy(
        self,
        title: str,
        period_start: int,
        period_end: int,
        approving_act: str = "",
        title_en: str = "",
    ) -> Strategy:
        self.desk.access.require(Right.PLAN)
        for name, year in (("period_start", period_start), ("period_end", period_end)):
            if not 2000 <= year <= 2100:
                raise ValidationError("{name} must be a year from 2000 to 2100", name, name=name)
        if period_end < period_start:
            raise ValidationError("the strategy period ends before it starts", "period_end")
        fields = {
            "title": require_text(title, "title", limit=500),
            "title_en": optional_text(title_en, "title_en", limit=500),
            "period_start": period_start,
            "period_end": period_end,
            "approving_act": optional_text(approving_act, "approving_act", limit=500),
        }
        with self.desk.transaction() as session:
            current = session.scalar(select(Strategy).where(Strategy.deleted.is_(False)))
            if current is None:
                return self.desk.recorder.create(session, Strategy, **fields)
            self.desk.recorder.update(session, current, **fields)
            return current

    def add_direction(self, number: int, title: str, title_en: str = "") -> Direction:
        self.desk.access.require(Right.PLAN)
        with self.desk.transaction() as session:
            return self.create_direction_in(session, number, title, title_en)

    def create_direction_in(
        self, session: Session, number: int, title: str, title_en: str = ""
    ) -> Direction:
        """``add_direction`` inside the caller's transaction (the plan import's)."""
        strategy = session.scalar(select(Strategy).where(Strategy.deleted.is_(False)))
        if strategy is None:
            raise ValidationError("set the strategy before adding directions", "strategy")
        if self._direction(session, number, required=False):
            raise ValidationError("direction {number} already exists", "number", number=number)
        return self.desk.recorder.create(
            session,
            Direction,
            strategy_id=strategy.id,
            number=number,
            title=require_text(title, "title", limit=500),
            title_en=optional_text(title_en, "title_en", limit=500),
        )

    def update_direction(
        self, number: int, *, title: str | None = None, title_en: str | None = None
    ) -> list[str]:
        self.desk.access.require(Right.PLAN)
        fields: dict[str, str] = {}
        if title is not None:
            fields["title"] = require_text(title, "title", limit=500)
        if title_en is not None:
            fields["title_en"] = optional_text(title_en, "title_en", limit=500)
        with self.desk.transaction() as session:
            direction = self._direction(session, number)
            assert direction is not None  # required
            return self.desk.recorder.update(session, direction, **fields)

    def directions(self) -> list[Direction]:
        with self.desk.reading() as session:
            return list(
                session.scalars(
                    select(Direction).where(Direction.deleted.is_(False)).order_by(Direction.number)
                )
            )

    @staticmethod
    def _direction(session: Session, number: int, required: bool = True) -> Direction | None:
        found = session.scalar(
            select(Direction).where(Direction.number == number, Direction.deleted.is_(False))
        )
        if found is None and required:
            raise NotFound("no direction {number}", number=number)
        return found

    # -- measures ----------------------------------------------------------------------------

    def measure_batch(self, session: Session) -> MeasureBatch:
        """Look up once what creating many measures checks for each (``create_measure_in``)."""
        return MeasureBatch(
            {
                d.number: d
                for d in session.scalars(select(Direction).where(Direction.deleted.is_(False)))
            },
            set(session.scalars(select(Institution.code).where(Institution.deleted.is_(False)))),
            set(session.scalars(select(Measure.number))),
        )

    def _measure_fields(
        self, session: Session, values: dict[str, Any], batch: MeasureBatch | None = None
    ) -> dict[str, Any]:
        """Validate user-facing measure values into model fields."""
        fields: dict[str, Any] = {}
        for name, value in values.items():
            if name == "number":
                fields["number"] = measure_number(value)
            elif name in ("title",):
                fields[name] = require_text(value, name, limit=1000)
            elif name in ("title_en", "description", "expected_result", "financing_source"):
                fields[name] = optional_text(value, name)
            elif name == "lead":
                fields["lead_institution_id"] = lookup.get(session, Institution, value).id
            elif name == "direction":
                fields["direction_id"] = self._direction_id(session, value, batch)
            elif name == "co_executors":
                fields["co_executors"] = self._co_executor_codes(session, value, batch)
            elif name in ("start", "end"):
                fields[f"{name}_date"] = parse_date(value, name)
            elif name == "continuous":
                fields["continuous"] = bool(value)
            else:
                raise ValidationError("unknown measure field {name}", name, name=name)
        start, end = fields.get("start_date"), fields.get("end_date")
        if start and end and end < start:
            raise ValidationError("the end date is before the start date", "end")
        return fields

    def _direction_id(self, session: Session, value: Any, batch: MeasureBatch | None) -> str | None:
        """The direction a measure is in, by its number (none: not in one)."""
        if value in (None, ""):
            return None
        direction = batch.directions.get(int(value)) if batch else None
        direction = direction or self._direction(session, int(value))
        return direction.id if direction else None

    def _co_executor_codes(
        self, session: Session, value: Any, batch: MeasureBatch | None
    ) -> list[str]:
        """The co-executors' codes, each a known institution."""
        codes = [code.strip() for code in value if code.strip()]
        # One query for the codes (a plan import checks thousands); the rest by id.
        known = (
            batch.codes
            if batch
            else set(
                session.scalars(
                    select(Institution.code).where(
                        Institution.code.in_(codes), Institution.deleted.is_(False)
                    )
                )
            )
        )
        for code in codes:
            if code not in known:
                lookup.get(session, Institution, code)
        return codes

    def add_measure(
        self,
        number: str,
        title: str,
        lead: str,
        *,
        direction: int | None = None,
        start: str | dt.date | None = None,
        end: str | dt.date | None = None,
        continuous: bool = False,
        description: str = "",
        expected_result: str = "",
        financing_source: str = "",
        co_executors: list[str] | None = None,
        title_en: str = "",
    ) -> Measure:
        self.desk.access.require(Right.PLAN)
        with self.desk.transaction() as session:
            return self.create_measure_in(
                session,
                {
                    "number": number,
                    "title": title,
                    "title_en": title_en,
                    "lead": lead,
                    "direction": direction,
                    "start": start,
                    "end": end,
                    "continuous": continuous,
                    "description": description,
                    "expected_result": expected_result,
                    "financing_source": financing_source,
                    "co_executors": co_executors or [],
                },
            )

    def create_measure_in(
        self, session: Session, values: dict[str, Any], batch: MeasureBatch | None = None
    ) -> Measure:
        """``add_measure`` inside the caller's transaction (the plan import's); a ``batch``
        (``measure_batch``) spares the queries each of thousands of measures would make."""
        fields = self._measure_fields(session, values, batch)
        number = fields["number"]
        if (
            number in batch.numbers
            if batch
            else session.scalar(select(Measure.id).where(Measure.number == number))
        ):
            raise ValidationError("measure {number} already exists", "number", number=number)
        if batch:
            batch.numbers.add(number)
        return self.desk.recorder.create(session, Measure, **fields)

    def update_measure(self, ref: str, **values: Any) -> list[str]:
        """Change some fields of a measure; returns the fields that changed. Its dates, lead,
        co-executors and title change only by a plan revision (``revise_measure``)."""
        self.desk.access.require(Right.PLAN)
        with self.desk.transaction() as session:
            return self.revise_in(session, lookup.get(session, Measure, ref), values, None)

    def revise_measure(
        self,
        ref: str,
        reason: str,
        *,
        decision_number: str = "",
        decision_date: str | dt.date | None = None,
        **values: Any,
    ) -> list[str]:
        """A plan revision: change a measure's fields (``update_measure``'s names) for a
        reason, citing the decision it follows if any. Each change of a date, the lead, the
        co-executors or the title is recorded in the measure's history (``history``) with the
        reason, the decision, who and when. Returns the fields that changed."""
        self.desk.access.require(Right.PLAN)
        revision = Revision.of(reason, decision_number, decision_date)
        with self.desk.transaction() as session:
            return self.revise_in(session, lookup.get(session, Measure, ref), values, revision)

    def revise_in(
        self,
        session: Session,
        measure: Measure,
        values: dict[str, Any],
        revision: Revision | None,
    ) -> list[str]:
        """``revise_measure`` within a caller's transaction (an import revises many measures
        at once); with no ``revision`` a change of a revised field is refused."""
        self.desk.access.require(Right.PLAN)
        fields = self._measure_fields(session, values)
        start = fields.get("start_date", measure.start_date)
        end = fields.get("end_date", measure.end_date)
        if start and end and end < start:
            raise ValidationError("the end date is before the start date", "end")
        if "number" in fields and fields["number"] != measure.number:
            taken = session.scalar(select(Measure.id).where(Measure.number == fields["number"]))
            if taken:
                raise ValidationError(
                    "measure {number} already exists", "number", number=fields["number"]
                )
        revised = [
            name
            for name, column in REVISED.items()
            if column in fields and fields[column] != getattr(measure, column)
        ]
        # Without a revision, the rule book refuses the change of a revised field.
        # A revision and its edit are judged together, each needing the other.
        with self.desk.recorder.together(session):
            if revision is not None:
                now = self.desk.now()
                for name in revised:
                    column = REVISED[name]
                    self.desk.recorder.create(
                        session,
                        PlanRevision,
                        measure_id=measure.id,
                        field=name,
                        old_value=shown(session, name, getattr(measure, column)),
                        new_value=shown(session, name, fields[column]),
                        reason=revision.reason,
                        decision_number=revision.decision_number,
                        decision_date=revision.decision_date,
                        revised_by=self.desk.user,
                        revised_at=now,
                    )
            return self.desk.recorder.update(session, measure, **fields)

    def cancel_measure(
        self,
        ref: str,
        reason: str,
        *,
        decision_number: str = "",
        decision_date: str | dt.date | None = None,
    ) -> PlanRevision:
        """Cancel a measure by a plan revision: it stays in the plan with its reports and its
        history, is shown as cancelled, and is neither overdue nor due a report from the day
        the cancellation takes effect (the decision's date, else today)."""
        self.desk.access.require(Right.PLAN)
        revision = Revision.of(reason, decision_number, decision_date)
        with self.desk.transaction() as session:
            return self.cancel_in(session, lookup.get(session, Measure, ref), revision)

    def cancel_in(self, session: Session, measure: Measure, revision: Revision) -> PlanRevision:
        """``cancel_measure`` within a caller's transaction (an import cancels at once)."""
        if measure.id in cancellations(session):
            raise ValidationError(
                "measure {number} is already cancelled", "measure", number=measure.number
            )
        effective = revision.decision_date or self.desk.today()
        return self.desk.recorder.create(
            session,
            PlanRevision,
            measure_id=measure.id,
            field=RevisedField.CANCELLED.value,
            old_value="",
            new_value=effective.isoformat(),
            reason=revision.reason,
            decision_number=revision.decision_number,
            decision_date=revision.decision_date,
            revised_by=self.desk.user,
            revised_at=self.desk.now(),
        )

    def history(self, ref: str | None = None, period_text: str | None = None) -> list[RevisionRow]:
        """Plan revisions, oldest first: of one measure, or of every measure; with a period,
        those made within it."""
        with self.desk.reading() as session:
            query = (
                select(PlanRevision, Measure.number)
                .join(Measure, Measure.id == PlanRevision.measure_id)
                .where(PlanRevision.deleted.is_(False))
            )
            if ref is not None:
                query = query.where(Measure.id == lookup.get(session, Measure, ref).id)
            rows = [
                RevisionRow(
                    id=record.id,
                    measure_number=number,
                    field=record.field,
                    old=record.old_value,
                    new=record.new_value,
                    reason=record.reason,
                    decision_number=record.decision_number,
                    decision_date=record.decision_date,
                    revised_by=record.revised_by,
                    revised_at=record.revised_at,
                )
                for record, number in session.execute(query)
            ]
        if period_text:
            first, last = period_start(period_text), period_end(period_text)
            rows = [row for row in rows if first <= row.revised_at.date() <= last]
        order = list(RevisedField)
        rows.sort(
            key=lambda row: (
                row.revised_at,
                number_key(row.measure_number),
                order.index(RevisedField(row.field)),
            )
        )
        return rows

    def delete_measure(self, ref: str) -> None:
        """A measure nobody has reported on; one with reports is cancelled instead."""
        self.desk.access.require(Right.PLAN)
        with self.desk.transaction() as session:
            measure = lookup.get(session, Measure, ref)
            reported = session.scalar(
                select(ProgressReport.id)
                .where(ProgressReport.measure_id == measure.id, ProgressReport.deleted.is_(False))
                .limit(1)
            )
            if reported:
                raise ValidationError(
                    "measure {number} has progress reports and cannot be deleted; cancel it"
                    " instead",
                    "measure",
                    number=measure.number,
                )
            self.desk.recorder.delete(session, measure)

    # -- indicators ---------------------------------------------------------------------------

    def add_indicator(
        self,
        measure: str,
        name: str,
        unit: str = "",
        baseline: float | str | None = None,
        target: float | str | None = None,
        *,
        direction: str | None = None,
        milestones: Mapping[str, float | str] | None = None,
    ) -> Indicator:
        """An indicator and its course (direction: by default down if the target is below
        the baseline; yearly milestones)."""
        self.desk.access.require(Right.PLAN)
        with self.desk.transaction() as session:
            return self.create_indicator_in(
                session,
                lookup.get(session, Measure, measure),
                name,
                unit,
                baseline,
                target,
                direction=direction,
                milestones=milestones,
            )

    def update_indicator(
        self,
        ref: str,
        *,
        name: str | None = None,
        unit: str | None = None,
        baseline: float | str | None = None,
        target: float | str | None = None,
        direction: str | None = None,
        milestones: Mapping[str, float | str] | None = None,
    ) -> list[str]:
        """Change what is given (milestones: all of them); returns the fields that changed."""
        self.desk.access.require(Right.PLAN)
        fields: dict[str, Any] = {}
        if name is not None:
            fields["name"] = require_text(name, "name", limit=500)
        if unit is not None:
            fields["unit"] = optional_text(unit, "unit", limit=50)
        for key, value in (("baseline", baseline), ("target", target)):
            if value is not None:
                fields[key] = optional_number(value, key)
        with self.desk.transaction() as session:
            indicator = lookup.get(session, Indicator, ref)
            course = session.scalar(
                select(IndicatorCourse).where(IndicatorCourse.indicator_id == indicator.id)
            )
            course_fields: dict[str, Any] = {
                "direction": self._direction_of(
                    direction,
                    fields.get("baseline", indicator.baseline),
                    fields.get("target", indicator.target),
                    course.direction if course else None,
                )
            }
            if milestones is not None:
                course_fields["milestones"] = _milestones(milestones)
            changed = self.desk.recorder.update(session, indicator, **fields)
            if course is None:
                course_fields.setdefault("milestones", {})
                self.desk.recorder.create(
                    session, IndicatorCourse, indicator_id=indicator.id, **course_fields
                )
                return [*changed, *course_fields]
            return [*changed, *self.desk.recorder.update(session, course, **course_fields)]

    @staticmethod
    def _direction_of(
        given: str | None, baseline: float | None, target: float | None, kept: str | None
    ) -> str:
        """The direction given (else the one kept, else the natural one), checked against the
        baseline and target: a rising indicator's target is not below its baseline."""
        direction = (
            require_choice(given, "direction", IndicatorDirection.values())
            if given is not None
            else kept or natural_direction(baseline, target)
        )
        if baseline is not None and target is not None and target != baseline:
            falling = direction == IndicatorDirection.DECREASE
            if falling and target > baseline:
                raise ValidationError(
                    "a decreasing indicator's target must be below its baseline", "direction"
                )
            if not falling and target < baseline:
                raise ValidationError(
                    "an increasing indicator's target must be above its baseline", "direction"
                )
        return direction

    def indicator_rows(
        self, measure: str | None = None, period_text: str | None = None
    ) -> list[IndicatorRow]:
        """Indicators (of one measure, or all) with the actuals the measure's lead reported,
        up to the end of ``period_text`` (None: all); in plan order."""
        with self.desk.reading() as session:
            query = (
                select(Indicator, Measure.number, Measure.lead_institution_id)
                .join(Measure, Measure.id == Indicator.measure_id)
                .where(Indicator.deleted.is_(False), Measure.deleted.is_(False))
            )
            if measure is not None:
                query = query.where(Measure.id == lookup.get(session, Measure, measure).id)
            chosen = list(session.execute(query))
            courses = {
                course.indicator_id: course
                for course in session.scalars(
                    select(IndicatorCourse).where(IndicatorCourse.deleted.is_(False))
                )
            }
            measures = {indicator.measure_id for indicator, _number, _lead in chosen}
            actuals: dict[str, list[tuple[str, float | None]]] = {}
            # The leads' reports up to the period only, chosen by SQLite: co-executors'
            # figures are contributions, not the measure's (nine in ten reports of a
            # national store).
            for report_period, values in session.execute(
                select(ProgressReport.period, ProgressReport.indicator_actuals)
                .join(
                    Measure,
                    and_(
                        Measure.id == ProgressReport.measure_id,
                        Measure.lead_institution_id == ProgressReport.institution_id,
                    ),
                )
                .where(
                    ProgressReport.deleted.is_(False),
                    ProgressReport.draft.is_(False),
                    ProgressReport.measure_id.in_(measures),
                    _reported_in(_periods_up_to(session, period_text)),
                )
            ):
                for indicator_id, value in (values or {}).items():
                    actuals.setdefault(indicator_id, []).append((report_period, value))
        rows = []
        for indicator, number, _lead in chosen:
            course = courses.get(indicator.id)
            rows.append(
                IndicatorRow(
                    id=indicator.id,
                    measure_number=number,
                    name=indicator.name,
                    unit=indicator.unit,
                    baseline=indicator.baseline,
                    target=indicator.target,
                    direction=(
                        course.direction
                        if course
                        else natural_direction(indicator.baseline, indicator.target)
                    ),
                    milestones=dict(course.milestones or {}) if course else {},
                    actuals=tuple(
                        sorted(actuals.get(indicator.id, []), key=lambda a: period_key(a[0]))
                    ),
                )
            )
        rows.sort(key=lambda row: (number_key(row.measure_number), az_sort_key(row.name)))
        return rows

    def create_indicator_in(
        self,
        session: Session,
        measure: Measure,
        name: str,
        unit: str = "",
        baseline: float | str | None = None,
        target: float | str | None = None,
        *,
        direction: str | None = None,
        milestones: Mapping[str, float | str] | None = None,
    ) -> Indicator:
        """``add_indicator`` inside the caller's transaction (the plan import's)."""
        start, goal = optional_number(baseline, "baseline"), optional_number(target, "target")
        indicator = self.desk.recorder.create(
            session,
            Indicator,
            measure_id=measure.id,
            name=require_text(name, "name", limit=500),
            unit=optional_text(unit, "unit", limit=50),
            baseline=start,
            target=goal,
        )
        self.desk.recorder.create(
            session,
            IndicatorCourse,
            indicator_id=indicator.id,
            direction=self._direction_of(direction, start, goal, None),
            milestones=_milestones(milestones or {}),
        )
        return indicator

    def measure(self, ref: str) -> Measure:
        with self.desk.reading() as session:
            return lookup.get(session, Measure, ref)

    def measure_rows(self, filters: MeasureFilter | None = None) -> list[MeasureRow]:
        """The measures table: one query per table, derived status, Azerbaijani-aware order."""
        filters = filters or MeasureFilter()
        before = as_of(self.desk.today(), filters.period)
        with self.desk.reading() as session:
            institutions = {
                row.id: (row.code, row.name)
                for row in session.execute(
                    select(Institution.id, Institution.code, Institution.name)
                )
            }
            directions = {
                row.id: (row.number, row.title)
                for row in session.execute(
                    select(Direction.id, Direction.number, Direction.title).where(
                        Direction.deleted.is_(False)
                    )
                )
            }
            officials = official_statuses(session, self.desk.node, filters.period)
            # Cancelled by the period's end (or by today).
            last_day = period_end(filters.period) if filters.period else self.desk.today()
            cancelled = {
                measure_id: day
                for measure_id, day in cancellations(session).items()
                if day <= last_day
            }
            query = select(
                Measure.id,
                Measure.number,
                Measure.title,
                Measure.title_en,
                Measure.direction_id,
                Measure.lead_institution_id,
                Measure.co_executors,
                Measure.start_date,
                Measure.end_date,
                Measure.continuous,
                Measure.expected_result,
                Measure.financing_source,
                Measure.description,
            ).where(Measure.deleted.is_(False))
            matching = (
                search.matching_ids(session, filters.search, Measure.KIND)
                if filters.search
                else None
            )
            # For a period, the plan as it stood at the period's end.
            undone = plan_as_of(session, last_day) if filters.period else {}
            by_code = {code: (code, name) for code, name in institutions.values()}
            rows: list[MeasureRow] = []
            for record in session.execute(query):
                if matching is not None and record.id not in matching:
                    continue
                lead_code, lead_name = institutions.get(record.lead_institution_id, ("", ""))
                was = undone.get(record.id, {})
                if RevisedField.LEAD in was:
                    code = was[RevisedField.LEAD]
                    lead_code, lead_name = by_code.get(code, (code, ""))
                start_date = (
                    recorded_date(was[RevisedField.START])
                    if RevisedField.START in was
                    else record.start_date
                )
                end_date = (
                    recorded_date(was[RevisedField.END])
                    if RevisedField.END in was
                    else record.end_date
                )
                continuous = (
                    was[RevisedField.CONTINUOUS] == "yes"
                    if RevisedField.CONTINUOUS in was
                    else record.continuous
                )
                co_executors = (
                    tuple(code for code in was[RevisedField.CO_EXECUTORS].split(", ") if code)
                    if RevisedField.CO_EXECUTORS in was
                    else tuple(record.co_executors or ())
                )
                official = officials.get(record.id, NOT_REPORTED)
                direction, direction_title = directions.get(record.direction_id or "", (None, ""))
                status = (
                    ProgressStatus.CANCELLED.value if record.id in cancelled else official.status
                )
                row = MeasureRow(
                    id=record.id,
                    number=record.number,
                    title=was.get(RevisedField.TITLE, record.title),
                    title_en=record.title_en,
                    direction=direction,
                    lead_code=lead_code,
                    lead_name=lead_name,
                    co_executors=co_executors,
                    start_date=start_date,
                    end_date=end_date,
                    continuous=continuous,
                    status=status,
                    percent=official.percent,
                    latest_period=official.period,
                    overdue=is_overdue(end_date, continuous, status, before),
                    status_source=official.source_kind,
                    source_id=official.source_id,
                    direction_title=direction_title,
                    expected_result=record.expected_result,
                    financing_source=record.financing_source,
                    description=record.description,
                    cancelled_on=cancelled.get(record.id),
                )
                if _row_matches(row, filters):
                    rows.append(row)
        rows.sort(key=lambda row: number_key(row.number))
        return rows

    def measure_detail(self, ref: str) -> MeasureDetail:
        with self.desk.reading() as session:
            measure = lookup.get(session, Measure, ref)
            reports = sorted(
                session.scalars(
                    select(ProgressReport).where(
                        ProgressReport.measure_id == measure.id,
                        ProgressReport.deleted.is_(False),
                    )
                ),
                key=lambda r: period_key(r.period),
                reverse=True,
            )
            report_ids = [r.id for r in reports]
            evaluations = evaluation_history(session, report_ids)
            attachments = list(
                session.scalars(
                    select(Attachment)
                    .where(
                        Attachment.record_id.in_([measure.id, *report_ids]),
                        Attachment.deleted.is_(False),
                    )
                    .order_by(Attachment.file_name)
                )
            )
            institutions = {i.id: i for i in session.scalars(select(Institution))}
            official = official_statuses(session, self.desk.node).get(measure.id, NOT_REPORTED)
            detail = MeasureDetail(
                measure=measure,
                direction=session.get(Direction, measure.direction_id or ""),
                lead=institutions[measure.lead_institution_id],
                indicators=list(
                    session.scalars(
                        select(Indicator).where(
                            Indicator.measure_id == measure.id, Indicator.deleted.is_(False)
                        )
                    )
                ),
                reports=reports,
                evaluations=evaluations,
                attachments=attachments,
                institutions=institutions,
                official=official,
                decision=(
                    session.get(StatusDecision, official.source_id)
                    if official.source_kind == "decision"
                    else None
                ),
                contributions=_contributions(
                    measure.co_executors or [],
                    _latest_reports(
                        reports,
                        {measure.id: measure.lead_institution_id},
                        {i.id: i.code for i in institutions.values()},
                    ),
                    {report.id: report.work_done for report in reports},
                ),
                cancelled_on=cancellations(session).get(measure.id),
            )
        detail.history = self.history(measure.id)
        detail.indicator_rows = self.indicator_rows(measure.id)
        return detail

    def contributions(self, period_text: str | None = None) -> dict[str, list[Contribution]]:
        """Measure number -> its co-executors' contributions, as of the period's end."""
        with self.desk.reading() as session:
            codes = dict(session.execute(select(Institution.id, Institution.code)).all())
            measures = session.execute(
                select(Measure.id, Measure.number, Measure.co_executors).where(
                    Measure.deleted.is_(False)
                )
            ).all()
            # Each institution's latest report on a measure is chosen by SQLite (a national
            # store holds some 360,000 co-executors' reports, of which 18,000 are the latest):
            # the periods up to the limit are ranked by their end here, the latest found by
            # the rank's maximum and read with its text.
            kept = _periods_up_to(session, period_text)
            latest: dict[tuple[str, str], Any] = {}
            if kept:
                rank = case(
                    {name: index for index, name in enumerate(kept)}, value=ProgressReport.period
                )
                top = (
                    select(
                        ProgressReport.measure_id,
                        ProgressReport.institution_id,
                        func.max(rank).label("top"),
                    )
                    .join(
                        Measure,
                        and_(
                            Measure.id == ProgressReport.measure_id,
                            Measure.lead_institution_id != ProgressReport.institution_id,
                        ),
                    )
                    .where(
                        ProgressReport.deleted.is_(False),
                        ProgressReport.draft.is_(False),
                        _reported_in(kept),
                    )
                    .group_by(ProgressReport.measure_id, ProgressReport.institution_id)
                    .subquery()
                )
                named = case(dict(enumerate(kept)), value=top.c.top)
                for report in session.execute(
                    select(
                        ProgressReport.id,
                        ProgressReport.measure_id,
                        ProgressReport.institution_id,
                        ProgressReport.period,
                        ProgressReport.status,
                        ProgressReport.percent,
                        ProgressReport.work_done,
                    ).join(
                        top,
                        and_(
                            ProgressReport.measure_id == top.c.measure_id,
                            ProgressReport.institution_id == top.c.institution_id,
                            ProgressReport.period == named,
                        ),
                    )
                ):
                    latest[report.measure_id, codes[report.institution_id]] = report
            texts = {report.id: report.work_done for report in latest.values()}
            by_measure: dict[str, dict[tuple[str, str], Any]] = {}
            for key, report in latest.items():
                by_measure.setdefault(key[0], {})[key] = report
            return {
                number: _contributions(co_executors or [], by_measure.get(measure_id, {}), texts)
                for measure_id, number, co_executors in measures
            }

    def decision(self, decision_id: str) -> StatusDecision:
        with self.desk.reading() as session:
            return lookup.get(session, StatusDecision, decision_id)

    def set_official_status(
        self, measure: str, period_text: str, status: str, percent: int | str, reason: str
    ) -> StatusDecision:
        """The coordinator's official status of a measure, with its reason; it wins over the
        lead's reports until the lead submits a later one."""
        with self.desk.transaction() as session:
            target = lookup.get(session, Measure, measure)
            return self.decide_status_in(session, target, period_text, status, percent, reason)

    def decide_status_in(
        self,
        session: Session,
        measure: Measure,
        period_text: str,
        status: str,
        percent: int | str,
        reason: str,
    ) -> StatusDecision:
        """``set_official_status`` inside the caller's transaction (the plan import's)."""
        self.desk.access.require(Right.EVALUATE)
        fields = {
            "period": period(period_text),
            "status": require_choice(status, "status", ProgressStatus.values()),
            "percent": require_percent(percent),
            "reason": require_text(reason, "reason"),
            "decided_by": self.desk.user,
            "decided_at": self.desk.now(),
        }
        return self.desk.recorder.create(session, StatusDecision, measure_id=measure.id, **fields)

    def publish_official_statuses(self, session: Session) -> None:
        """At the coordinator, before a bundle is written: bring the published official
        statuses of every measure up to date, one a period it has a status for (a measure
        nobody reported on: one of no period), so the bundle carries the national picture of
        every period."""
        statuses = period_statuses(session, self.desk.node)
        published = {
            (record.measure_id, record.period): record
            for record in session.scalars(select(OfficialStatus))
        }
        wanted: set[tuple[str, str]] = set()
        live = list(session.scalars(select(Measure.id).where(Measure.deleted.is_(False))))
        for measure_id in live:
            for official in statuses.get(measure_id, {}).values() or [NOT_REPORTED]:
                wanted.add((measure_id, official.period))
                fields = {
                    "status": official.status,
                    "percent": official.percent,
                    "source_kind": official.source_kind,
                    "source_id": official.source_id,
                }
                record = published.get((measure_id, official.period))
                if record is None:
                    self.desk.recorder.create(
                        session,
                        OfficialStatus,
                        measure_id=measure_id,
                        period=official.period,
                        **fields,
                    )
                else:
                    self.desk.recorder.update(session, record, deleted=False, **fields)
        measures = set(live)
        # A period whose reports and decisions are gone (or a measure now reported on); a
        # deleted measure's statuses stay as they were, like the measure's other records.
        for key, record in published.items():
            if key not in wanted and key[0] in measures and not record.deleted:
                self.desk.recorder.delete(session, record)


def _periods_up_to(session: Session, period_text: str | None) -> list[str]:
    """The periods reported on that end by the end of ``period_text`` (None: all), in their
    order (``period_key``): few, so ranked here and named to SQLite."""
    limit = period_key(period_text) if period_text else None
    names = session.scalars(select(ProgressReport.period).distinct())
    return sorted(
        (name for name in names if limit is None or period_key(name) <= limit), key=period_key
    )


def _reported_in(periods: list[str]) -> ColumnElement[bool]:
    """A report of one of ``periods`` (those up to a period's end, most of a store's), a
    condition SQLite never answers from the periods' index: ``+period``, the plus that
    changes no value. By that index it read some 300,000 reports' rows at random where
    ``ix_progress_reports_figures`` holds every column it needs in the order it needs them
    (national store: the contributions 1.6 -> 0.5 s, the indicators' actuals 1.4 -> 0.3 s)."""
    period = ProgressReport.period.expression
    return UnaryExpression(period, operator=custom_op("+"), type_=period.type).in_(periods)


def _reported(report: Any) -> tuple[tuple[dt.date, int], dt.datetime]:
    """Which of an institution's reports on a measure is its latest."""
    return period_key(report.period), report.submitted_at or dt.datetime.min


def _latest_reports(
    reports: Iterable[Any], leads: Mapping[str, str], codes: Mapping[str, str]
) -> dict[tuple[str, str], Any]:
    """(measure id, institution code) -> the institution's latest submitted report on the
    measure (records or rows of their columns); the lead's reports are the official status,
    not a contribution."""
    latest: dict[tuple[str, str], Any] = {}
    for report in reports:
        if report.draft or report.institution_id == leads.get(report.measure_id):
            continue
        key = (report.measure_id, codes[report.institution_id])
        current = latest.get(key)
        if current is None or _reported(report) > _reported(current):
            latest[key] = report
    return latest


def _contributions(
    co_executors: list[str], latest: Mapping[tuple[str, str], Any], texts: Mapping[str, str]
) -> list[Contribution]:
    """One per co-executor (and any other institution that reported), its latest submitted
    report (``latest`` of one measure, ``texts`` its work done)."""
    reported = {code: report for (_, code), report in latest.items()}
    codes = dict.fromkeys([*co_executors, *sorted(reported)])
    return [
        Contribution(code)
        if code not in reported
        else Contribution(
            code,
            (report := reported[code]).id,
            report.period,
            report.status,
            report.percent,
            texts[report.id],
        )
        for code in codes
    ]


def _milestones(values: Mapping[str, float | str]) -> dict[str, float]:
    """Year -> planned value, from what a user typed."""
    parsed: dict[str, float] = {}
    for year, value in values.items():
        text = str(year).strip()
        if not (text.isdigit() and 2000 <= int(text) <= 2100):
            raise ValidationError(
                "a milestone's year must be from 2000 to 2100: {year}", "milestones", year=year
            )
        number = optional_number(value, "milestones")
        if number is None:
            raise ValidationError("{name} must be a number", "milestones", name=Term("milestones"))
        parsed[text] = number
    return dict(sorted(parsed.items()))


def _row_matches(row: MeasureRow, filters: MeasureFilter) -> bool:
    if filters.direction is not None and row.direction != filters.direction:
        return False
    if filters.institution and filters.institution not in (row.lead_code, *row.co_executors):
        return False
    if filters.status and row.status != filters.status:
        return False
    return not (filters.overdue and not row.overdue)
