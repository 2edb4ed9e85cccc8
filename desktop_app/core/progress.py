"""Progress reports by institutions on measures, and the coordinator's evaluations of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop_app.core import lookup
from desktop_app.core.access import Right
from desktop_app.core.dump import json_value
from desktop_app.core.models import (
    PENDING,
    Evaluation,
    EvaluationResult,
    Indicator,
    Institution,
    Measure,
    ProgressReport,
    ProgressStatus,
)
from desktop_app.core.validation import (
    optional_number,
    optional_text,
    period,
    period_key,
    require_choice,
    require_percent,
)
from desktop_app.errors import ValidationError

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk


def newest_first(evaluations: Iterable[Evaluation]) -> list[Evaluation]:
    return sorted(
        evaluations, key=lambda e: (e.evaluated_at or dt.datetime.min, e.id), reverse=True
    )


def evaluation_history(
    session: Session, report_ids: Collection[str] | None = None
) -> dict[str, list[Evaluation]]:
    """Each evaluated report's evaluations (of ``report_ids``, or of all), newest first."""
    query = select(Evaluation).where(Evaluation.deleted.is_(False))
    if report_ids is not None:
        query = query.where(Evaluation.report_id.in_(report_ids))
    history: dict[str, list[Evaluation]] = {}
    for evaluation in newest_first(session.scalars(query)):
        history.setdefault(evaluation.report_id, []).append(evaluation)
    return history


class _Submitted(NamedTuple):
    submitted_at: dt.datetime | None


class Submitted(Protocol):
    """What ``evaluation_state`` reads of a report: a record, or a row of its columns."""

    @property
    def submitted_at(self) -> dt.datetime | None: ...


def evaluation_state(report: Submitted, history: Sequence[Evaluation]) -> str:
    """The newest evaluation's result, or pending when the report was revised after it (its
    verdict was on an earlier text); "" when never evaluated."""
    if not history:
        return ""
    latest = history[0]
    if report.submitted_at and latest.evaluated_at and report.submitted_at > latest.evaluated_at:
        return PENDING
    return latest.result


@dataclass(frozen=True)
class ReportRow:
    id: str
    measure_number: str
    measure_title: str
    institution: str
    period: str
    status: str
    percent: int
    draft: bool
    evaluation: str
    evaluation_comment: str  # the latest evaluation's; "" while pending
    work_done: str
    problems: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class EvaluationRow:
    """One evaluation of a report: a revised report keeps its earlier ones, each a row."""

    id: str
    report_id: str
    measure_number: str
    institution: str
    period: str
    result: str
    comment: str
    evaluator: str
    evaluated_at: dt.datetime | None

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "evaluated_at": json_value(self.evaluated_at)}


@dataclass(frozen=True)
class ReportDetail:
    report: ProgressReport
    measure: str
    institution: str
    evaluation: str  # the current state: a result, pending, or "" when never evaluated
    evaluations: list[Evaluation]


# Any select over reports, its row type kept (SQLAlchemy types a select by its columns).
SelectT = TypeVar("SelectT", bound=Select[*tuple[Any, ...]])


def _filtered(
    session: Session,
    query: SelectT,
    measure: str | None,
    institution: str | None,
    period_text: str | None,
) -> SelectT:
    """A query over reports joined to their measure and institution, narrowed as asked."""
    if measure:
        query = query.where(Measure.id == lookup.get(session, Measure, measure).id)
    if institution:
        query = query.where(Institution.id == lookup.get(session, Institution, institution).id)
    if period_text:
        query = query.where(ProgressReport.period == period(period_text))
    return query


class ProgressService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def add(
        self,
        measure: str,
        period_text: str,
        status: str,
        percent: int | str,
        work_done: str,
        *,
        problems: str | None = None,
        indicator_actuals: dict[str, float | str] | None = None,
        draft: bool = False,
        institution: str | None = None,
    ) -> ProgressReport:
        """Record (or revise) this node's report on a measure for a period. A revision keeps
        the problems and the indicator actuals it is not given (None); given actuals replace
        only the indicators they name."""
        self.desk.access.require(Right.REPORT_PROGRESS)
        report_period = period(period_text)
        fields: dict[str, Any] = {
            "status": require_choice(status, "status", ProgressStatus.values()),
            "percent": require_percent(percent),
            "work_done": optional_text(work_done, "work_done"),
            "draft": draft,
            "submitted_at": None if draft else self.desk.now(),
            "author": self.desk.user,
        }
        if problems is not None:
            fields["problems"] = optional_text(problems, "problems")
        if not draft and not fields["work_done"]:
            raise ValidationError("describe the work done before submitting", "work_done")
        with self.desk.transaction() as session:
            target = lookup.get(session, Measure, measure)
            # Whose report it may be, and on which measures: the rule book, asked on writing.
            reporter = lookup.get(session, Institution, institution or self.desk.node.code)
            actuals = self._actuals(session, target, indicator_actuals or {})
            existing = session.scalar(
                select(ProgressReport).where(
                    ProgressReport.measure_id == target.id,
                    ProgressReport.institution_id == reporter.id,
                    ProgressReport.period == report_period,
                )
            )
            if existing is None:
                return self.desk.recorder.create(
                    session,
                    ProgressReport,
                    measure_id=target.id,
                    institution_id=reporter.id,
                    period=report_period,
                    indicator_actuals=actuals,
                    **fields,
                )
            if existing.deleted:
                fields["deleted"] = False
            if actuals:
                fields["indicator_actuals"] = dict(existing.indicator_actuals or {}) | actuals
            self.desk.recorder.update(session, existing, **fields)
            return existing

    def update(
        self,
        report_id: str,
        *,
        status: str | None = None,
        percent: int | str | None = None,
        work_done: str | None = None,
        problems: str | None = None,
        indicator_actuals: dict[str, float | str] | None = None,
    ) -> ProgressReport:
        """Change only the named fields of a report (actuals: only the indicators named)."""
        self.desk.access.require(Right.REPORT_PROGRESS)
        fields: dict[str, Any] = {}
        if status is not None:
            fields["status"] = require_choice(status, "status", ProgressStatus.values())
        if percent is not None:
            fields["percent"] = require_percent(percent)
        if work_done is not None:
            fields["work_done"] = optional_text(work_done, "work_done")
        if problems is not None:
            fields["problems"] = optional_text(problems, "problems")
        with self.desk.transaction() as session:
            report = lookup.get(session, ProgressReport, report_id)
            if "work_done" in fields and not fields["work_done"] and not report.draft:
                raise ValidationError("describe the work done before submitting", "work_done")
            measure = lookup.get(session, Measure, report.measure_id)
            actuals = self._actuals(session, measure, indicator_actuals or {})
            if actuals:
                fields["indicator_actuals"] = dict(report.indicator_actuals or {}) | actuals
            if fields and not report.draft:
                fields["submitted_at"] = self.desk.now()
            self.desk.recorder.update(session, report, **fields)
            return report

    @staticmethod
    def _actuals(session: Any, measure: Measure, values: dict[str, float | str]) -> dict[str, Any]:
        """Indicator actuals keyed by indicator id; indicators may be named by id or name."""
        indicators = list(
            session.scalars(
                select(Indicator).where(
                    Indicator.measure_id == measure.id, Indicator.deleted.is_(False)
                )
            )
        )
        by_ref = {i.id: i for i in indicators} | {i.name: i for i in indicators}
        actuals: dict[str, Any] = {}
        for ref, value in values.items():
            indicator = by_ref.get(ref)
            if indicator is None:
                raise ValidationError(
                    'measure {number} has no indicator "{ref}"', ref, number=measure.number, ref=ref
                )
            actuals[indicator.id] = optional_number(value, indicator.name)
        return actuals

    def submit(self, report_id: str) -> ProgressReport:
        """Turn a draft into a submitted report (a draft never leaves the node)."""
        self.desk.access.require(Right.REPORT_PROGRESS)
        with self.desk.transaction() as session:
            report = lookup.get(session, ProgressReport, report_id)
            if not report.work_done:
                raise ValidationError("describe the work done before submitting", "work_done")
            self.desk.recorder.update(session, report, draft=False, submitted_at=self.desk.now())
            return report

    def evaluate(self, report_id: str, result: str, comment: str = "") -> Evaluation:
        """A new evaluation of the report as it stands; earlier ones stay as its history. A
        comment is required for every result but implemented (the rule book's rule)."""
        self.desk.access.require(Right.EVALUATE)
        result = require_choice(result, "result", EvaluationResult.values())
        comment = optional_text(comment, "comment")
        with self.desk.transaction() as session:
            # The rule book refuses to evaluate a draft, here as at the merge.
            report = lookup.get(session, ProgressReport, report_id)
            return self.desk.recorder.create(
                session,
                Evaluation,
                report_id=report.id,
                result=result,
                comment=comment,
                evaluator=self.desk.user,
                evaluated_at=self.desk.now(),
            )

    def detail(self, report_id: str) -> ReportDetail:
        """One report with its measure, institution and evaluations (newest first)."""
        with self.desk.reading() as session:
            report = lookup.get(session, ProgressReport, report_id)
            history = newest_first(
                session.scalars(
                    select(Evaluation).where(
                        Evaluation.report_id == report.id, Evaluation.deleted.is_(False)
                    )
                )
            )
            return ReportDetail(
                report=report,
                measure=lookup.get(session, Measure, report.measure_id).number,
                institution=lookup.get(session, Institution, report.institution_id).code,
                evaluation=evaluation_state(report, history),
                evaluations=history,
            )

    def rows(
        self,
        *,
        measure: str | None = None,
        institution: str | None = None,
        period_text: str | None = None,
        include_drafts: bool = True,
        ids: Collection[str] | None = None,
    ) -> list[ReportRow]:
        """The reports (``ids``: only those, submitted ones) with their evaluations."""
        with self.desk.reading() as session:
            # Columns, not records: an export lists every report (100,000 and more).
            query = (
                select(
                    ProgressReport.id,
                    ProgressReport.period,
                    ProgressReport.status,
                    ProgressReport.percent,
                    ProgressReport.draft,
                    ProgressReport.work_done,
                    ProgressReport.problems,
                    ProgressReport.submitted_at,
                    Measure.number,
                    Measure.title,
                    Institution.code,
                )
                .join(Measure, Measure.id == ProgressReport.measure_id)
                .join(Institution, Institution.id == ProgressReport.institution_id)
                .where(ProgressReport.deleted.is_(False))
            )
            query = _filtered(session, query, measure, institution, period_text)
            if not include_drafts or ids is not None:
                query = query.where(ProgressReport.draft.is_(False))
            if ids is not None:
                query = query.where(ProgressReport.id.in_(ids))
            evaluations = evaluation_history(session, ids)
            # Rows unpacked as tuples, not read by attribute: an export lists 100,000 of them.
            rows: list[ReportRow] = []
            for row in session.execute(query):
                (id_, period_, status, percent, draft, work_done, problems, submitted_at, number,
                 title, code) = row  # fmt: skip
                history = evaluations.get(id_, [])
                state = evaluation_state(_Submitted(submitted_at), history)
                rows.append(
                    ReportRow(
                        id=id_,
                        measure_number=number,
                        measure_title=title,
                        institution=code,
                        period=period_,
                        status=status,
                        percent=percent,
                        draft=draft,
                        evaluation=state,
                        evaluation_comment=history[0].comment if state and state != PENDING else "",
                        work_done=work_done,
                        problems=problems,
                    )
                )
        # A few periods among many rows: each period's key is computed once.
        keys = {value: period_key(value) for value in {row.period for row in rows}}
        return sorted(rows, key=lambda r: (keys[r.period], r.measure_number), reverse=True)

    def evaluation_rows(
        self,
        *,
        measure: str | None = None,
        institution: str | None = None,
        period_text: str | None = None,
        result: str | None = None,
    ) -> list[EvaluationRow]:
        """Every evaluation, newest first, earlier ones of revised reports included."""
        with self.desk.reading() as session:
            query = (
                select(
                    Evaluation.id,
                    ProgressReport.id,
                    Measure.number,
                    Institution.code,
                    ProgressReport.period,
                    Evaluation.result,
                    Evaluation.comment,
                    Evaluation.evaluator,
                    Evaluation.evaluated_at,
                )
                .join(ProgressReport, ProgressReport.id == Evaluation.report_id)
                .join(Measure, Measure.id == ProgressReport.measure_id)
                .join(Institution, Institution.id == ProgressReport.institution_id)
                .where(Evaluation.deleted.is_(False), ProgressReport.deleted.is_(False))
                .order_by(Evaluation.evaluated_at.desc(), Measure.number)
            )
            query = _filtered(session, query, measure, institution, period_text)
            if result:
                query = query.where(Evaluation.result == result)
            return [EvaluationRow(*row) for row in session.execute(query)]

    def report(self, report_id: str) -> ProgressReport:
        with self.desk.reading() as session:
            return lookup.get(session, ProgressReport, report_id)
