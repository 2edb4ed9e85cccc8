"""What is due: the coordinator's expectations of each institution, as of today.

Lead reports due for the current period and not submitted, measures ending soon, reports whose
evaluation asks for clarification, findings whose deadline is near or past, remediation claims
awaiting verification, extension requests awaiting a decision. The same list is printed per
institution and summarised in each bundle the coordinator sends an institution
(``DueSummary``), so the institution sees on import what is expected of it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, func, select

from desktop_app.core import lookup
from desktop_app.core.models import (
    Evaluation,
    ExtensionRequest,
    ExtensionRequestStatus,
    Finding,
    Inspection,
    Institution,
    Measure,
    NodeRole,
    ProgressReport,
)
from desktop_app.core.models import EvaluationResult as Result
from desktop_app.core.models import FindingStatus as FS
from desktop_app.core.plan import CLOSED_STATUSES, official_statuses
from desktop_app.core.progress import evaluation_history, evaluation_state
from desktop_app.core.readonce import read_once
from desktop_app.core.rules.lifecycle import CLOSED_STATES
from desktop_app.core.validation import current_period, number_key, period_end
from desktop_app.errors import ValidationError

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

DEFAULT_WITHIN = 30
MAX_WITHIN = 3660


class DueKind:
    """The kinds of item, in the order a list shows them within one day."""

    REPORT = "report"  # the lead's report for the current period, not submitted
    MEASURE_END = "measure_end"  # a measure ending within the window, not completed
    CLARIFICATION = "clarification"  # a report whose evaluation asks for clarification
    FINDING = "finding"  # a finding's deadline within the window or past, not closed
    CLAIM = "claim"  # a remediation claimed, awaiting the commission's verification
    EXTENSION = "extension"  # an extension request awaiting the coordinator's decision
    TASK = "task"  # a working group's decision assigning a task with a deadline

    ALL: tuple[str, ...] = (REPORT, MEASURE_END, CLARIFICATION, FINDING, CLAIM, EXTENSION, TASK)


@dataclass(frozen=True)
class DueItem:
    kind: str
    institution: str  # the code of the institution it is expected of
    ref: str  # measure number, "number period", finding reference, "protocol/decision"
    title: str
    due: dt.date | None
    overdue: bool

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["due"] = self.due.isoformat() if self.due else None
        return data


@dataclass(frozen=True)
class DueSummary:
    """What a bundle carries: the items' kind, reference, date and overdue flag, no text
    (the institution holds the records the references name)."""

    as_of: dt.date
    within: int
    items: tuple[tuple[str, str, dt.date | None, bool], ...] = ()

    def counts(self) -> dict[str, int]:
        return _by_kind(Counter(kind for kind, *_ in self.items))

    def as_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "within": self.within,
            "counts": self.counts(),
            "items": [
                {"kind": k, "ref": r, "due": d.isoformat() if d else None, "overdue": o}
                for k, r, d, o in self.items
            ],
        }


@dataclass
class DueList:
    as_of: dt.date
    within: int
    institution: str | None  # None: every institution
    items: list[DueItem] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return _by_kind(Counter(item.kind for item in self.items))

    def summary(self) -> DueSummary:
        return DueSummary(
            self.as_of,
            self.within,
            tuple((i.kind, i.ref, i.due, i.overdue) for i in self.items),
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "within": self.within,
            "institution": self.institution,
            "counts": self.counts(),
            "items": [item.as_dict() for item in self.items],
        }


def require_within(value: int | str) -> int:
    try:
        days = int(value)
    except (TypeError, ValueError):
        days = -1
    if not 0 <= days <= MAX_WITHIN:
        raise ValidationError(
            "within must be a whole number of days from 0 to {limit}", "within", limit=MAX_WITHIN
        )
    return days


# A remediation claimed: it awaits the commission's verification.
_CLAIMED = Finding.status == FS.REMEDIATED.value


def _findings_due(horizon: dt.date) -> tuple[ColumnElement[bool], ...]:
    """The findings due by ``horizon``: not closed, and past or near their deadline or with a
    remediation claimed (a claim awaits the commission whatever the deadline: listed until
    verified)."""
    return (
        Finding.deleted.is_(False),
        Finding.status.not_in(CLOSED_STATES),
        _CLAIMED | (Finding.deadline <= horizon),
    )


def _by_kind(found: Counter[str]) -> dict[str, int]:
    return {kind: found[kind] for kind in DueKind.ALL if found[kind]}


def _sort_key(item: DueItem) -> tuple[Any, ...]:
    return (
        item.due or dt.date.max,
        item.institution,
        DueKind.ALL.index(item.kind),
        number_key(item.ref) if item.kind in (DueKind.REPORT, DueKind.MEASURE_END) else (),
        item.ref,
    )


class DueService:
    """The due list (``desk.due``)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def scope(self, institution: str | None) -> str | None:
        """The institution a list is for: the one named, else (at an institution) its own."""
        if institution:
            with self.desk.reading() as session:
                return lookup.get(session, Institution, institution).code
        if self.desk.node.role is NodeRole.INSTITUTION:
            return self.desk.node.code
        return None

    def items(self, institution: str | None = None, within: int | str = DEFAULT_WITHIN) -> DueList:
        return self._list(self.scope(institution), require_within(within))

    def summary_for(self, institution: str) -> DueSummary:
        """What a bundle to ``institution`` (a code) carries: its list for the default window."""
        return self._list(institution, DEFAULT_WITHIN).summary()

    def counts(
        self, institution: str | None = None, within: int | str = DEFAULT_WITHIN
    ) -> dict[str, int]:
        """``items(...).counts()``, with the findings due counted by SQLite: a national store
        has tens of thousands (the dashboard shows the counts only)."""
        code, days = self.scope(institution), require_within(within)
        today = self.desk.today()
        horizon = today + dt.timedelta(days=days)
        found = Counter(item.kind for item in self._sources(code, today, horizon, findings=False))
        with self.desk.reading() as session:
            # From the findings' state index alone (a join led SQLite to read every finding).
            query = select(_CLAIMED, func.count()).where(*_findings_due(horizon)).group_by(_CLAIMED)
            if code is not None:
                inspected = (
                    select(Inspection.id)
                    .join(Institution, Institution.id == Inspection.institution_id)
                    .where(Institution.code == code)
                )
                query = query.where(Finding.inspection_id.in_(inspected))
            for claimed, count in session.execute(query):
                found[DueKind.CLAIM if claimed else DueKind.FINDING] += count
        return _by_kind(found)

    # Its sources ask for the official statuses twice (the missing reports, the measures
    # ending): read once, half a second each in a national store.
    @read_once()
    def _list(self, code: str | None, days: int) -> DueList:
        today = self.desk.today()
        horizon = today + dt.timedelta(days=days)
        kept = sorted(self._sources(code, today, horizon), key=_sort_key)
        return DueList(today, days, code, kept)

    def _sources(
        self, code: str | None, today: dt.date, horizon: dt.date, *, findings: bool = True
    ) -> Iterable[DueItem]:
        """Every source's items for ``code`` (None: every institution's)."""
        items = [
            *self._reports(today),
            *self._measures_ending(today, horizon),
            *self._clarifications(),
            *(self._findings(today, horizon) if findings else ()),
            *self._extension_requests(today),
            *self._tasks(horizon),
        ]
        return (i for i in items if code is None or i.institution == code)

    # -- the sources -------------------------------------------------------------------------

    def _titles(self) -> dict[str, str]:
        with self.desk.reading() as session:
            return dict(session.execute(select(Measure.number, Measure.title)).all())

    def _reports(self, today: dt.date) -> Iterable[DueItem]:
        period = current_period(today)
        end = period_end(period)
        titles = self._titles()
        for code, numbers in self.desk.dashboard.missing_reports(period).items():
            for number in numbers:
                yield DueItem(
                    DueKind.REPORT, code, number, titles.get(number, ""), end, end < today
                )

    def _measures_ending(self, today: dt.date, horizon: dt.date) -> Iterable[DueItem]:
        with self.desk.reading() as session:
            closed = {
                measure_id
                for measure_id, official in official_statuses(session, self.desk.node).items()
                if official.status in CLOSED_STATUSES
            }
            codes = dict(session.execute(select(Institution.id, Institution.code)).all())
            rows = session.execute(
                select(
                    Measure.id,
                    Measure.number,
                    Measure.title,
                    Measure.lead_institution_id,
                    Measure.end_date,
                ).where(
                    Measure.deleted.is_(False),
                    Measure.continuous.is_(False),
                    Measure.end_date >= today,
                    Measure.end_date <= horizon,
                )
            ).all()
        for measure_id, number, title, lead, end in rows:
            if measure_id not in closed:
                yield DueItem(DueKind.MEASURE_END, codes.get(lead, "?"), number, title, end, False)

    def _clarifications(self) -> Iterable[DueItem]:
        with self.desk.reading() as session:
            # Only a report once asked to clarify can be waiting for it: those, not every
            # report and evaluation of the store (seconds in a national one).
            asked = select(Evaluation.report_id).where(
                Evaluation.result == Result.NEEDS_CLARIFICATION, Evaluation.deleted.is_(False)
            )
            rows = session.execute(
                select(ProgressReport, Measure.number, Measure.title, Institution.code)
                .join(Measure, Measure.id == ProgressReport.measure_id)
                .join(Institution, Institution.id == ProgressReport.institution_id)
                .where(
                    ProgressReport.deleted.is_(False),
                    ProgressReport.draft.is_(False),
                    ProgressReport.id.in_(asked),
                )
            ).all()
            history = evaluation_history(session, [report.id for report, *_ in rows])
        for report, number, title, code in rows:
            state = evaluation_state(report, history.get(report.id, []))
            if state == Result.NEEDS_CLARIFICATION:
                ref = f"{number} {report.period}"
                yield DueItem(DueKind.CLARIFICATION, code, ref, title, None, False)

    def _findings(self, today: dt.date, horizon: dt.date) -> Iterable[DueItem]:
        # The columns of the findings due, chosen by SQLite: not the findings list's row (its
        # answer, weighing and closure) of each of a national store's 50,000 findings.
        with self.desk.reading() as session:
            rows = session.execute(
                select(
                    Institution.code,
                    Inspection.reference,
                    Finding.number,
                    Finding.description,
                    Finding.deadline,
                    _CLAIMED,
                )
                .join(Inspection, Inspection.id == Finding.inspection_id)
                .join(Institution, Institution.id == Inspection.institution_id, isouter=True)
                .where(*_findings_due(horizon))
            ).all()
        for code, reference, number, description, deadline, claim in rows:
            yield DueItem(
                DueKind.CLAIM if claim else DueKind.FINDING,
                code or "",
                f"{reference}#{number}",
                description,
                deadline,
                deadline is not None and deadline < today,
            )

    def _extension_requests(self, today: dt.date) -> Iterable[DueItem]:
        """Requests awaiting a decision, listed whatever the window: due by the deadline they
        would move, which keeps running until the coordinator decides."""
        pending = select(ExtensionRequest.finding_id).where(
            ExtensionRequest.status == ExtensionRequestStatus.PENDING.value,
            ExtensionRequest.deleted.is_(False),
        )
        rows = {
            row.ref: row for row in self.desk.inspections.findings_where(Finding.id.in_(pending))
        }
        for request in self.desk.inspections.extension_requests(pending=True):
            row = rows.get(request.finding)
            if row is not None:
                yield DueItem(
                    DueKind.EXTENSION,
                    row.institution,
                    row.ref,
                    row.description,
                    row.deadline,
                    row.deadline is not None and row.deadline < today,
                )

    def _tasks(self, horizon: dt.date) -> Iterable[DueItem]:
        for task in self.desk.groups.tasks():
            if task.deadline is not None and task.deadline <= horizon:
                for code in task.assignees:
                    yield DueItem(
                        DueKind.TASK, code, task.ref, task.text, task.deadline, task.overdue
                    )
