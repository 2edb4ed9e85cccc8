"""Working groups: the institutions responsible for a part of the plan, their representatives,
their meetings and the decisions the meetings take (a decision may assign a task to
institutions with a deadline and cite measures). Only the coordinator records them (the rule
book); they travel to the institutions they concern (``exchange.scope``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core import lookup
from desktop_app.core.access import Right
from desktop_app.core.aztext import az_sort_key
from desktop_app.core.models import (
    Direction,
    GroupDecision,
    Institution,
    Measure,
    Meeting,
    WorkingGroup,
)
from desktop_app.core.validation import (
    measure_number,
    optional_text,
    parse_date,
    require_code,
    require_text,
)
from desktop_app.errors import NotFound, Term, ValidationError

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk


@dataclass(frozen=True)
class DecisionRow:
    id: str
    ref: str  # "PROTOCOL#N"
    meeting: str  # the protocol number
    number: int
    text: str
    assignees: tuple[str, ...]
    deadline: dt.date | None
    measures: tuple[str, ...]
    done: bool
    overdue: bool

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data.update(
            assignees=list(self.assignees),
            measures=list(self.measures),
            deadline=self.deadline.isoformat() if self.deadline else None,
        )
        return data


@dataclass(frozen=True)
class MeetingRow:
    id: str
    number: str
    group: str  # the group's code
    group_name: str
    date: dt.date
    place: str
    chair: str
    attendees: tuple[str, ...]
    agenda: str
    decisions: tuple[DecisionRow, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data.update(
            date=self.date.isoformat(),
            attendees=list(self.attendees),
            decisions=[d.as_dict() for d in self.decisions],
        )
        return data


@dataclass(frozen=True)
class GroupRow:
    id: str
    code: str
    name: str
    name_en: str
    direction: int | None
    members: tuple[str, ...]
    representatives: dict[str, str]
    meetings: tuple[MeetingRow, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data.update(
            members=list(self.members),
            representatives=dict(self.representatives),
            meetings=[m.as_dict() for m in self.meetings],
        )
        return data


def find_decision(session: Session, ref: str) -> GroupDecision:
    """A decision by id, or as ``PROTOCOL-NUMBER#N``."""
    if "#" in ref:
        protocol, _, number = ref.rpartition("#")
        meeting = lookup.get(session, Meeting, protocol)
        decision = session.scalar(
            select(GroupDecision).where(
                GroupDecision.meeting_id == meeting.id,
                GroupDecision.number == (int(number) if number.isdigit() else -1),
            )
        )
        if decision is None or decision.deleted:
            raise NotFound('no decision "{ref}"', ref=ref)
        return decision
    return lookup.get(session, GroupDecision, ref)


class GroupService:
    """Working groups, meetings and decisions (``desk.groups``)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- writing -----------------------------------------------------------------------------

    @staticmethod
    def _institutions(session: Session, codes: Sequence[str], field_name: str) -> list[str]:
        """Codes of institutions the plan holds, each once, in the order given."""
        found: list[str] = []
        for code in codes:
            institution = lookup.get(session, Institution, require_code(code, field_name))
            if institution.code not in found:
                found.append(institution.code)
        return found

    def add_group(
        self,
        code: str,
        name: str,
        *,
        name_en: str = "",
        direction: int | None = None,
        members: Sequence[str] = (),
        representatives: dict[str, str] | None = None,
    ) -> WorkingGroup:
        """A group with its member institutions and, for any of them, its representative."""
        self.desk.access.require(Right.PLAN)
        code = require_code(code, "code")
        with self.desk.transaction() as session:
            if session.scalar(select(WorkingGroup.id).where(WorkingGroup.code == code)):
                raise ValidationError("working group {code} already exists", "code", code=code)
            member_codes = self._institutions(session, members, "members")
            people: dict[str, str] = {}
            for member, person in (representatives or {}).items():
                [key] = self._institutions(session, [member], "representatives")
                if key not in member_codes:
                    raise ValidationError(
                        "{code} is not a member of the group: add it with --member first",
                        "representatives",
                        code=key,
                    )
                people[key] = require_text(person, "representatives", limit=300, line=True)
            direction_id = None
            if direction is not None:
                found = session.scalar(
                    select(Direction.id).where(
                        Direction.number == direction, Direction.deleted.is_(False)
                    )
                )
                if found is None:
                    raise NotFound("no direction {number}", number=direction)
                direction_id = found
            return self.desk.recorder.create(
                session,
                WorkingGroup,
                code=code,
                name=require_text(name, "name", limit=500, line=True),
                name_en=optional_text(name_en, "name_en", limit=500, line=True),
                direction_id=direction_id,
                members=member_codes,
                representatives=people,
            )

    def add_meeting(
        self,
        group: str,
        date: str | dt.date,
        *,
        number: str = "",
        place: str = "",
        chair: str = "",
        attendees: Sequence[str] = (),
        agenda: str = "",
    ) -> Meeting:
        """A meeting of ``group``; its protocol number defaults to GROUP-YEAR-NN."""
        self.desk.access.require(Right.PLAN)
        held = parse_date(date, "date")
        if held is None:
            raise ValidationError("{name} must not be empty", "date", name=Term("date"))
        people = [require_text(a, "attendees", limit=300, line=True) for a in attendees]
        with self.desk.transaction() as session:
            owner = lookup.get(session, WorkingGroup, group)
            if not number:
                held_before = session.scalar(
                    select(func.count(Meeting.id)).where(Meeting.group_id == owner.id)
                )
                number = f"{owner.code}-{held.year}-{(held_before or 0) + 1:02d}"
            number = require_text(number, "number", limit=32, line=True)
            if session.scalar(select(Meeting.id).where(Meeting.number == number)):
                raise ValidationError("meeting {number} already exists", "number", number=number)
            return self.desk.recorder.create(
                session,
                Meeting,
                group_id=owner.id,
                number=number,
                date=held,
                place=optional_text(place, "place", limit=300, line=True),
                chair=optional_text(chair, "chair", limit=300, line=True),
                attendees=people,
                agenda=optional_text(agenda, "agenda"),
            )

    def add_decision(
        self,
        meeting: str,
        text: str,
        *,
        assignees: Sequence[str] = (),
        deadline: str | dt.date | None = None,
        measures: Sequence[str] = (),
    ) -> GroupDecision:
        """The meeting's next decision; a task when it names institutions and a deadline."""
        self.desk.access.require(Right.PLAN)
        due = parse_date(deadline, "deadline")
        with self.desk.transaction() as session:
            held = lookup.get(session, Meeting, meeting)
            codes = self._institutions(session, assignees, "assignees")
            numbers = []
            for ref in measures:
                numbers.append(lookup.get(session, Measure, measure_number(ref)).number)
            last = session.scalar(
                select(func.max(GroupDecision.number)).where(GroupDecision.meeting_id == held.id)
            )
            return self.desk.recorder.create(
                session,
                GroupDecision,
                meeting_id=held.id,
                number=(last or 0) + 1,
                text=require_text(text, "text"),
                assignees=codes,
                deadline=due,
                measures=sorted(set(numbers), key=numbers.index),
                done=False,
            )

    def edit_decision(
        self,
        ref: str,
        *,
        text: str | None = None,
        assignees: Sequence[str] | None = None,
        deadline: str | dt.date | None = None,
        clear_deadline: bool = False,
    ) -> GroupDecision:
        """Change what a decision says, who it is assigned to or its deadline; only the fields
        named change (the same values change nothing). Recorded as an update (audited, with its
        old and new values) and sent like the decision itself: to the group's members and to
        every institution assigned now."""
        self.desk.access.require(Right.PLAN)
        with self.desk.transaction() as session:
            decision = find_decision(session, ref)
            changes: dict[str, Any] = {}
            if text is not None:
                changes["text"] = require_text(text, "text")
            if assignees is not None:
                changes["assignees"] = self._institutions(session, assignees, "assignees")
            if clear_deadline:
                changes["deadline"] = None
            elif deadline is not None:
                changes["deadline"] = parse_date(deadline, "deadline")
            self.desk.recorder.update(session, decision, **changes)
            return decision

    def mark_done(self, ref: str, done: bool = True) -> GroupDecision:
        """A decision's task is done (or not): it leaves (or returns to) the due lists."""
        self.desk.access.require(Right.PLAN)
        with self.desk.transaction() as session:
            decision = find_decision(session, ref)
            self.desk.recorder.update(session, decision, done=done)
            return decision

    # -- reading -----------------------------------------------------------------------------

    def _rows(self, session: Session) -> list[GroupRow]:
        today = self.desk.today()
        directions = dict(session.execute(select(Direction.id, Direction.number)).all())
        decisions: dict[str, list[DecisionRow]] = {}
        meetings: dict[str, list[MeetingRow]] = {}
        numbers = dict(session.execute(select(Meeting.id, Meeting.number)).all())
        for d in session.scalars(
            select(GroupDecision)
            .where(GroupDecision.deleted.is_(False))
            .order_by(GroupDecision.number)
        ):
            protocol = numbers.get(d.meeting_id, "?")
            decisions.setdefault(d.meeting_id, []).append(
                DecisionRow(
                    id=d.id,
                    ref=f"{protocol}#{d.number}",
                    meeting=protocol,
                    number=d.number,
                    text=d.text,
                    assignees=tuple(d.assignees or ()),
                    deadline=d.deadline,
                    measures=tuple(d.measures or ()),
                    done=d.done,
                    overdue=not d.done and d.deadline is not None and d.deadline < today,
                )
            )
        groups = list(session.scalars(select(WorkingGroup).where(WorkingGroup.deleted.is_(False))))
        names = {g.id: (g.code, g.name) for g in groups}
        for m in session.scalars(
            select(Meeting).where(Meeting.deleted.is_(False)).order_by(Meeting.date, Meeting.number)
        ):
            code, name = names.get(m.group_id, ("?", ""))
            meetings.setdefault(m.group_id, []).append(
                MeetingRow(
                    id=m.id,
                    number=m.number,
                    group=code,
                    group_name=name,
                    date=m.date,
                    place=m.place,
                    chair=m.chair,
                    attendees=tuple(m.attendees or ()),
                    agenda=m.agenda,
                    decisions=tuple(decisions.get(m.id, ())),
                )
            )
        rows = [
            GroupRow(
                id=g.id,
                code=g.code,
                name=g.name,
                name_en=g.name_en,
                direction=directions.get(g.direction_id) if g.direction_id else None,
                members=tuple(g.members or ()),
                representatives=dict(g.representatives or {}),
                meetings=tuple(meetings.get(g.id, ())),
            )
            for g in groups
        ]
        return sorted(rows, key=lambda r: (r.direction is None, r.direction, az_sort_key(r.code)))

    def groups(self) -> list[GroupRow]:
        """Every group with its meetings and their decisions."""
        with self.desk.reading() as session:
            return self._rows(session)

    def group(self, ref: str) -> GroupRow:
        with self.desk.reading() as session:
            wanted = lookup.get(session, WorkingGroup, ref).id
            return next(row for row in self._rows(session) if row.id == wanted)

    def meetings(self, group: str | None = None) -> list[MeetingRow]:
        with self.desk.reading() as session:
            wanted = lookup.get(session, WorkingGroup, group).id if group else None
            return [
                meeting
                for row in self._rows(session)
                if wanted is None or row.id == wanted
                for meeting in row.meetings
            ]

    def meeting(self, ref: str) -> MeetingRow:
        with self.desk.reading() as session:
            wanted = lookup.get(session, Meeting, ref).id
            return next(m for row in self._rows(session) for m in row.meetings if m.id == wanted)

    def tasks(self) -> list[DecisionRow]:
        """Decisions that assign a task with a deadline and are not done."""
        return [
            decision
            for meeting in self.meetings()
            for decision in meeting.decisions
            if decision.deadline is not None and decision.assignees and not decision.done
        ]
