"""The figures of the periodic CII compliance report, as of a period's end.

Every figure is read from the records' own dates (the findings' events, the deadlines'
extensions, the extension requests), never from the day it is printed: the report for a past
period says the same thing on every print, and a finding's state then is the state its events
had reached by that day, whatever happened since.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from sqlalchemy import select

from desktop_app.core import lookup, threat
from desktop_app.core.inspections import FindingRow, FindingState
from desktop_app.core.models import (
    DeadlineExtension,
    ExtensionRequest,
    FindingEvent,
    FindingStatus,
    Inspection,
    InspectionStatus,
    Institution,
)
from desktop_app.core.models import ExtensionRequestStatus as Decision
from desktop_app.core.readonce import held
from desktop_app.core.rules.lifecycle import CLOSED_STATES
from desktop_app.core.validation import period_end, period_start

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

NOT_WEIGHED = "not_weighed"
# The bands a risk score falls in (threat.BAND_NAMES), then the findings never weighed.
SCORE_BANDS: tuple[str, ...] = (*threat.BAND_NAMES, NOT_WEIGHED)


def score_band(score: int | None) -> str:
    if score is None:
        return NOT_WEIGHED
    floors = zip(threat.BAND_FLOORS, threat.BAND_NAMES, strict=True)
    return [name for floor, name in floors if score >= floor][-1]


def previous_period(text: str) -> str | None:
    """The period of the same length just before ``text`` (None before 2000)."""
    year, _, part = text.partition("-")
    previous_year = int(year) - 1
    if not part:
        earlier = str(previous_year)
    elif part[1] == "1":
        earlier = f"{previous_year}-{part[0]}{4 if part[0] == 'Q' else 2}"
    else:
        earlier = f"{year}-{part[0]}{int(part[1]) - 1}"
    return earlier if earlier >= "2000" else None


# The value of an enum member is looked up through a descriptor: named once, not per event
# (71,000 findings' events a national compliance report).
_CLOSED = FindingStatus.VERIFIED_CLOSED.value


@dataclass
class Timeline:
    """What happened to one finding, oldest first, by the day it happened (its time is not
    asked: each figure is as of the end of a day; the days of 80,000 events are found once
    for a national report's two periods, not per period)."""

    events: list[tuple[dt.date, str, str]] = field(default_factory=list)  # on, from, to
    extensions: list[tuple[dt.date, dt.date | None, dt.date]] = field(default_factory=list)

    # Oldest first, so what had happened by a day is a list's beginning.

    def status(self, current: str, day: dt.date) -> str:
        """The state its events had reached by the end of ``day``."""
        events = self.events
        reached = events[0][1] if events else current
        for on, _, to in events:
            if on > day:
                break
            reached = to
        return reached

    def deadline(self, current: dt.date | None, day: dt.date) -> dt.date | None:
        """The deadline in force at the end of ``day``: extensions granted later did not count.
        Of those granted, the latest date stands (a deadline only moves later: two granted
        concurrently by the team and the coordinator both hold, as the merge keeps them)."""
        extensions = self.extensions
        granted = [new for on, _, new in extensions if on <= day]
        if granted:
            return max(granted)
        return extensions[0][1] if extensions else current

    def closed_on(self, day: dt.date) -> dt.date | None:
        """The day of the verification that closed it, if it was closed at the end of ``day``."""
        closing = None
        for on, _, to in self.events:
            if on > day:
                break
            if to == _CLOSED:
                closing = on
        return closing

    def moves(self, start: dt.date, end: dt.date) -> Iterable[tuple[str, str]]:
        return ((before, to) for on, before, to in self.events if start <= on <= end)


# The timeline of a finding nothing happened to (never changed).
_UNTOUCHED = Timeline()


def _as_of(
    timeline: Timeline | None, status: str, deadline: dt.date | None, day: dt.date
) -> tuple[str, dt.date | None, dt.date | None, int]:
    """A finding's state, deadline in force, day of closing and days overdue at the end of
    ``day``, from its current ``status`` and ``deadline`` and what happened to it."""
    closed_on = None
    if timeline is not None:
        status = timeline.status(status, day)
        deadline = timeline.deadline(deadline, day)
        closed_on = timeline.closed_on(day)
    late = deadline is not None and deadline < day and status not in CLOSED_STATES
    return status, deadline, closed_on, (day - deadline).days if late and deadline else 0


# A finding's row: in brief for each of a national store's 50,000 the figures count, full for
# those a report prints (``ComplianceService.printed``).
RowT = TypeVar("RowT", FindingState, FindingRow)


class FindingAsOf(NamedTuple, Generic[RowT]):
    """A finding as it stood at the end of a day."""

    row: RowT
    status: str
    deadline: dt.date | None
    closed_on: dt.date | None
    days_overdue: int

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True)
class PeriodFigures:
    """One period's figures; ``remediation_rate`` is verified closed in time / due, in %."""

    period: str
    start: dt.date
    end: dt.date
    inspections: int
    findings: int
    urgent: int
    overdue: int
    due: int  # deadlines in force falling in the period (withdrawn findings aside)
    closed_in_time: int  # of those, verified and closed by their deadline
    by_class: dict[str, int]  # findings of the period's inspections by CII class
    by_score: dict[str, int]  # ... by the band of their risk score
    disputes_opened: int
    disputes_upheld: int
    disputes_withdrawn: int
    extensions_requested: int
    extensions_approved: int
    extensions_rejected: int

    @property
    def remediation_rate(self) -> float | None:
        return round(100 * self.closed_in_time / self.due, 1) if self.due else None

    @property
    def disputes_decided(self) -> int:
        return self.disputes_upheld + self.disputes_withdrawn

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["start"], data["end"] = self.start.isoformat(), self.end.isoformat()
        data["remediation_rate"] = self.remediation_rate
        data["disputes_decided"] = self.disputes_decided
        return data


@dataclass(frozen=True)
class Standing:
    """Every finding raised by a period's end, as it stood then."""

    period: str
    start: dt.date
    end: dt.date
    in_period: frozenset[str]  # the inspections carried out in the period, by reference
    findings: list[FindingAsOf[FindingState]]
    timelines: dict[str, Timeline]

    @property
    def recorded(self) -> list[FindingAsOf[FindingState]]:
        """The findings of the inspections carried out in the period."""
        return [f for f in self.findings if f.row.inspection in self.in_period]


class ComplianceService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def timelines(self) -> dict[str, Timeline]:
        """Every finding's events and extensions by finding id."""
        return held(("finding_timelines", self.desk.node.code), self._read_timelines)

    def _read_timelines(self) -> dict[str, Timeline]:
        timelines: dict[str, Timeline] = {}
        with self.desk.reading() as session:
            for finding_id, at, before, to in session.execute(
                select(
                    FindingEvent.finding_id,
                    FindingEvent.at,
                    FindingEvent.from_status,
                    FindingEvent.to_status,
                )
                .where(FindingEvent.deleted.is_(False))
                .order_by(FindingEvent.at, FindingEvent.id)
            ):
                # Not ``setdefault``: it would make a timeline for each of 80,000 events.
                timeline = timelines.get(finding_id)
                if timeline is None:
                    timeline = timelines[finding_id] = Timeline()
                timeline.events.append((at.date(), before, to))
            for finding_id, at, previous, new in session.execute(
                select(
                    DeadlineExtension.finding_id,
                    DeadlineExtension.at,
                    DeadlineExtension.previous_date,
                    DeadlineExtension.new_date,
                )
                .where(DeadlineExtension.deleted.is_(False))
                .order_by(DeadlineExtension.at, DeadlineExtension.id)
            ):
                timelines.setdefault(finding_id, Timeline()).extensions.append(
                    (at.date(), previous, new)
                )
        return timelines

    def as_of(
        self, rows: list[FindingRow], day: dt.date, timelines: dict[str, Timeline]
    ) -> list[FindingAsOf[FindingRow]]:
        """``rows`` as they stood at the end of ``day``."""
        return [
            FindingAsOf(row, *_as_of(timelines.get(row.id), row.status, row.deadline, day))
            for row in rows
        ]

    def standing(self, period_text: str, institution: str | None = None) -> Standing:
        """The findings of every inspection carried out by the end of ``period_text`` (of one
        institution, by code, or all) as they stood at that end, in brief."""
        start, end = period_start(period_text), period_end(period_text)
        started = self._started(institution)
        timelines = self.timelines()
        states = held(
            ("finding_states", self.desk.node.code, institution),
            lambda: self.desk.inspections.finding_states(institution),
        )
        stood = []
        for state in states:
            began = started.get(state.inspection)
            if began is not None and began <= end:
                as_of = _as_of(timelines.get(state.id), state.status, state.deadline, end)
                stood.append(FindingAsOf(state, *as_of))
        return Standing(
            period=period_text,
            start=start,
            end=end,
            in_period=frozenset(ref for ref, day in started.items() if start <= day <= end),
            findings=stood,
            timelines=timelines,
        )

    def printed(self, stood: Sequence[FindingAsOf[FindingState]]) -> list[FindingAsOf[FindingRow]]:
        """The full rows of ``stood``, in its order: made for the findings a report prints
        only (every finding is read, the others' rows are not built)."""
        rows = {row.id: row for row in self.desk.inspections.findings_of({f.row.id for f in stood})}
        return [
            FindingAsOf(rows[f.row.id], f.status, f.deadline, f.closed_on, f.days_overdue)
            for f in stood
        ]

    def _started(self, institution: str | None) -> dict[str, dt.date]:
        """Reference -> start of the inspections carried out or under way (of one institution,
        by code, or all): their columns, not records (10,000 of a national store, read for the
        period and the one before)."""
        with self.desk.reading() as session:
            query = select(Inspection.reference, Inspection.start_date).where(
                Inspection.deleted.is_(False),
                Inspection.status != InspectionStatus.PLANNED.value,
                Inspection.start_date.is_not(None),
            )
            if institution:
                owner = lookup.get(session, Institution, institution)
                query = query.where(Inspection.institution_id == owner.id)
            return {reference: day for reference, day in session.execute(query) if day}

    def figures(self, standing: Standing) -> PeriodFigures:
        start, end, stood = standing.start, standing.end, standing.findings
        recorded = standing.recorded
        due = [
            f
            for f in stood
            if f.deadline is not None
            and start <= f.deadline <= end
            and f.status != FindingStatus.WITHDRAWN.value
        ]
        timelines = standing.timelines
        moves = Counter(
            move for f in stood for move in timelines.get(f.row.id, _UNTOUCHED).moves(start, end)
        )
        disputed = FindingStatus.DISPUTED.value
        requests = self._requests({f.row.id for f in stood})
        classes = Counter(f.row.cii_class for f in recorded)
        bands = Counter(score_band(f.row.risk_score) for f in recorded)
        return PeriodFigures(
            period=standing.period,
            start=start,
            end=end,
            inspections=len(standing.in_period),
            findings=len(recorded),
            urgent=sum(f.row.urgent for f in recorded),
            overdue=sum(f.overdue for f in stood),
            due=len(due),
            closed_in_time=sum(
                f.status == FindingStatus.VERIFIED_CLOSED.value
                and f.closed_on is not None
                and f.deadline is not None
                and f.closed_on <= f.deadline
                for f in due
            ),
            by_class={name: classes.get(name, 0) for name in threat.CLASSES},
            by_score={name: bands.get(name, 0) for name in SCORE_BANDS},
            disputes_opened=sum(n for (_, to), n in moves.items() if to == disputed),
            disputes_upheld=moves[disputed, FindingStatus.OPEN.value],
            disputes_withdrawn=moves[disputed, FindingStatus.WITHDRAWN.value],
            extensions_requested=sum(start <= at.date() <= end for at, _, _ in requests),
            extensions_approved=self._decided(requests, start, end, Decision.APPROVED),
            extensions_rejected=self._decided(requests, start, end, Decision.REJECTED),
        )

    def _requests(self, finding_ids: set[str]) -> list[tuple[dt.datetime, str, dt.datetime | None]]:
        """(asked at, status, decided at) of the extension requests on ``finding_ids``."""
        with self.desk.reading() as session:
            return [
                (at, status, decided)
                for finding_id, at, status, decided in session.execute(
                    select(
                        ExtensionRequest.finding_id,
                        ExtensionRequest.at,
                        ExtensionRequest.status,
                        ExtensionRequest.decided_at,
                    ).where(ExtensionRequest.deleted.is_(False))
                )
                if finding_id in finding_ids
            ]

    @staticmethod
    def _decided(
        requests: list[tuple[dt.datetime, str, dt.datetime | None]],
        start: dt.date,
        end: dt.date,
        outcome: Decision,
    ) -> int:
        return sum(
            status == outcome.value and decided is not None and start <= decided.date() <= end
            for _, status, decided in requests
        )
