"""The plan changes by decision: a measure's dates, lead, co-executors and title change only
together with a plan revision that records the new value, its reason and the decision it
follows, locally as at the merge.

A bundle sends a measure before its revisions (and a hostile one in any order), so the check
waits for the rest of the write: ``note`` keeps what a measure's edit changed, ``settle`` then
asks that each changed field's latest revision records the value the measure now holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.models import (
    Institution,
    Measure,
    PlanRevision,
    RevisedField,
    StatusDecision,
)
from desktop_app.errors import Term, ValidationError

# The measure's fields a plan revision covers: the name the revision records -> the model's.
REVISED: dict[str, str] = {
    RevisedField.TITLE: "title",
    RevisedField.START: "start_date",
    RevisedField.END: "end_date",
    RevisedField.CONTINUOUS: "continuous",
    RevisedField.LEAD: "lead_institution_id",
    RevisedField.CO_EXECUTORS: "co_executors",
}


def shown(session: Session, name: str, value: Any) -> str:
    """A measure's field as a plan revision records it (and people read it)."""
    if value is None:
        return ""
    if name == RevisedField.LEAD:
        code = session.scalar(select(Institution.code).where(Institution.id == value))
        return code if code is not None else str(value)
    if name == RevisedField.CO_EXECUTORS:
        return ", ".join(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class Revisions:
    """The measure edits of one write (a local transaction's or a bundle's), each waiting for
    its plan revision."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # measure id -> (its number, {revised field: the value as a revision records it})
        self.pending: dict[str, tuple[str, dict[str, str]]] = {}
        # measure id -> the fields revisions recorded in this write revise
        self.revised: dict[str, set[str]] = {}
        # official statuses published by decision in this write: (id, decision id, values)
        self.published: list[tuple[str, str, tuple[str, str, str, int]]] = []

    def note(
        self,
        measure_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
        changed: Collection[str],
    ) -> None:
        values = {
            name: shown(self.session, name, after[column])
            for name, column in REVISED.items()
            if column in changed
        }
        revised = {
            name: value
            for name, value in values.items()
            if value != shown(self.session, name, before[REVISED[name]])
        }
        if revised:
            number, held = self.pending.get(measure_id, (after["number"], {}))
            self.pending[measure_id] = (number, held | revised)

    def recorded(self, measure_id: str, name: str) -> None:
        """A revision recorded in this write: locally it is written with the measure's edit,
        so the measure must hold what it records."""
        self.revised.setdefault(measure_id, set()).add(name)

    def publish(self, record_id: str, after: dict[str, Any]) -> None:
        """An official status published in this write: one by decision is that decision's,
        which a bundle may send after it."""
        if after["source_kind"] == "decision" and not after["deleted"]:
            values = (after["measure_id"], after["period"], after["status"], after["percent"])
            self.published.append((record_id, after["source_id"], values))

    def settle(self) -> None:
        """Raise ValidationError for a measure edit whose revision is missing, or a revision
        whose edit is: a changed or revised field's latest revision must record the value the
        measure now holds."""
        pending, self.pending = self.pending, {}
        revised, self.revised = self.revised, {}
        for measure_id, (number, values) in pending.items():
            unexplained = [
                name for name, value in values.items() if self._latest(measure_id, name) != value
            ]
            if unexplained:
                raise ValidationError(
                    "changing the {fields} of measure {number} revises the plan and needs a plan"
                    " revision with its reason",
                    "reason",
                    fields=", ".join(Term(name) for name in unexplained),
                    number=number,
                )
        published, self.published = self.published, []
        for record_id, decision_id, wanted in published:
            decided = self.session.execute(
                select(
                    StatusDecision.measure_id,
                    StatusDecision.period,
                    StatusDecision.status,
                    StatusDecision.percent,
                ).where(StatusDecision.id == decision_id, StatusDecision.deleted.is_(False))
            ).first()
            if decided is None or tuple(decided) != wanted:
                raise ValidationError(
                    "official status {id} is not its decision's: an official status by decision"
                    " is the decision's measure, period, status and percent",
                    "status",
                    id=record_id,
                )
        table = Measure.__table__
        for measure_id, names in sorted(revised.items()):
            measure = self.session.execute(select(table).where(table.c.id == measure_id)).first()
            if measure is None:
                continue  # refused as a reference to no record
            unheld = [
                name
                for name in sorted(names)
                if self._latest(measure_id, name)
                != shown(self.session, name, measure._mapping[REVISED[name]])
            ]
            if unheld:
                raise ValidationError(
                    "a plan revision of measure {number} records a {fields} the measure does not"
                    " hold",
                    "new_value",
                    fields=", ".join(Term(name) for name in unheld),
                    number=measure.number,
                )

    def _latest(self, measure_id: str, name: str) -> str | None:
        """The value the field's latest revision records: latest by its clock stamp, which
        only moves forward at the coordinator (its wall time may not; two revisions may share
        a second)."""
        revisions = self.session.execute(
            select(PlanRevision.new_value, PlanRevision.versions).where(
                PlanRevision.measure_id == measure_id,
                PlanRevision.field == name,
                PlanRevision.deleted.is_(False),
            )
        ).all()
        latest = max(revisions, key=lambda row: row.versions.get("new_value", ""), default=None)
        return None if latest is None else latest.new_value
