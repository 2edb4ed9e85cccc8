"""The action plan: institutions and facilities, the strategy, directions, measures, indicators."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

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
    Institution,
    InstitutionKind,
    Measure,
    ProgressReport,
    ProgressStatus,
    Strategy,
)
from desktop_app.core.validation import (
    measure_number,
    number_key,
    optional_number,
    optional_text,
    parse_date,
    period_key,
    require_choice,
    require_code,
    require_text,
)
from desktop_app.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

CLOSED_STATUSES = frozenset({ProgressStatus.COMPLETED.value, ProgressStatus.CANCELLED.value})


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
    evaluations: dict[str, Evaluation]
    attachments: list[Attachment]
    institutions: dict[str, Institution] = field(default_factory=dict)


def is_overdue(end: dt.date | None, continuous: bool, status: str, today: dt.date) -> bool:
    """Derived, never stored: the end date has passed and the measure is not closed."""
    return bool(end and not continuous and end < today and status not in CLOSED_STATUSES)


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

    def _measure_fields(self, session: Session, values: dict[str, Any]) -> dict[str, Any]:
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
                direction = None if value in (None, "") else self._direction(session, int(value))
                fields["direction_id"] = direction.id if direction else None
            elif name == "co_executors":
                codes = [code.strip() for code in value if code.strip()]
                for code in codes:
                    lookup.get(session, Institution, code)
                fields["co_executors"] = codes
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
            fields = self._measure_fields(
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
            if session.scalar(select(Measure.id).where(Measure.number == fields["number"])):
                raise ValidationError(
                    "measure {number} already exists", "number", number=fields["number"]
                )
            return self.desk.recorder.create(session, Measure, **fields)

    def update_measure(self, ref: str, **values: Any) -> list[str]:
        """Change some fields of a measure; returns the fields that changed."""
        self.desk.access.require(Right.PLAN)
        with self.desk.transaction() as session:
            measure = lookup.get(session, Measure, ref)
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
            return self.desk.recorder.update(session, measure, **fields)

    def delete_measure(self, ref: str) -> None:
        self.desk.access.require(Right.PLAN)
        with self.desk.transaction() as session:
            self.desk.recorder.delete(session, lookup.get(session, Measure, ref))

    def add_indicator(
        self,
        measure: str,
        name: str,
        unit: str = "",
        baseline: float | str | None = None,
        target: float | str | None = None,
    ) -> Indicator:
        self.desk.access.require(Right.PLAN)
        with self.desk.transaction() as session:
            owner = lookup.get(session, Measure, measure)
            return self.desk.recorder.create(
                session,
                Indicator,
                measure_id=owner.id,
                name=require_text(name, "name", limit=500),
                unit=optional_text(unit, "unit", limit=50),
                baseline=optional_number(baseline, "baseline"),
                target=optional_number(target, "target"),
            )

    def measure(self, ref: str) -> Measure:
        with self.desk.reading() as session:
            return lookup.get(session, Measure, ref)

    def measure_rows(self, filters: MeasureFilter | None = None) -> list[MeasureRow]:
        """The measures table: one query per table, derived status, Azerbaijani-aware order."""
        filters = filters or MeasureFilter()
        today = self.desk.today()
        with self.desk.reading() as session:
            institutions = {
                row.id: (row.code, row.name)
                for row in session.execute(
                    select(Institution.id, Institution.code, Institution.name)
                )
            }
            directions = dict(
                session.execute(
                    select(Direction.id, Direction.number).where(Direction.deleted.is_(False))
                ).all()
            )
            latest = self._latest_reports(session, filters.period)
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
            ).where(Measure.deleted.is_(False))
            matching = (
                search.matching_ids(session, filters.search, Measure.KIND)
                if filters.search
                else None
            )
            rows: list[MeasureRow] = []
            for record in session.execute(query):
                if matching is not None and record.id not in matching:
                    continue
                lead_code, lead_name = institutions.get(record.lead_institution_id, ("", ""))
                status, percent, period = latest.get(
                    record.id, (ProgressStatus.NOT_STARTED.value, 0, "")
                )
                row = MeasureRow(
                    id=record.id,
                    number=record.number,
                    title=record.title,
                    title_en=record.title_en,
                    direction=directions.get(record.direction_id or ""),
                    lead_code=lead_code,
                    lead_name=lead_name,
                    co_executors=tuple(record.co_executors or ()),
                    start_date=record.start_date,
                    end_date=record.end_date,
                    continuous=record.continuous,
                    status=status,
                    percent=percent,
                    latest_period=period,
                    overdue=is_overdue(record.end_date, record.continuous, status, today),
                )
                if _row_matches(row, filters):
                    rows.append(row)
        rows.sort(key=lambda row: number_key(row.number))
        return rows

    @staticmethod
    def _latest_reports(session: Session, period: str | None) -> dict[str, tuple[str, int, str]]:
        """Latest submitted report per measure (up to ``period`` when given)."""
        query = select(
            ProgressReport.measure_id,
            ProgressReport.period,
            ProgressReport.status,
            ProgressReport.percent,
        ).where(ProgressReport.deleted.is_(False), ProgressReport.draft.is_(False))
        limit = period_key(period) if period else None
        best: dict[str, tuple[tuple[dt.date, int], str, int, str]] = {}
        for measure_id, report_period, status, percent in session.execute(query):
            key = period_key(report_period)
            if limit and key > limit:
                continue
            current = best.get(measure_id)
            if current is None or key > current[0]:
                best[measure_id] = (key, status, percent, report_period)
        return {mid: (status, pct, per) for mid, (_, status, pct, per) in best.items()}

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
            evaluations = {
                e.report_id: e
                for e in session.scalars(
                    select(Evaluation).where(
                        Evaluation.report_id.in_(report_ids), Evaluation.deleted.is_(False)
                    )
                )
            }
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
            return MeasureDetail(
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
            )


def _row_matches(row: MeasureRow, filters: MeasureFilter) -> bool:
    if filters.direction is not None and row.direction != filters.direction:
        return False
    if filters.institution and filters.institution not in (row.lead_code, *row.co_executors):
        return False
    if filters.status and row.status != filters.status:
        return False
    return not (filters.overdue and not row.overdue)
