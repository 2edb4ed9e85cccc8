"""A finding's deadline and state move by decision: each move only together with the record
that decides it, locally as at the merge. A deadline once set changes only with a recorded
extension to the new date, a state only with a recorded event moving the finding to it, and a
request for more time, once approved, leaves the deadline at the date asked for or later; an
extension too leaves it at its new date or later (the figures read a deadline's history from
the extensions).

Whoever stamped the move: a value the coordinator relays needs its record in the receiver's
store too, or a coordinator could pass off a move of its own as another node's.

A bundle sends a finding before its extensions and events (and a hostile one in any order), so
the check waits for the rest of the write: ``note`` keeps the findings whose deadline or state
changed, ``settle`` then asks that a record of each move to its new value is held. Any record
to that value will do, not only one from the value it replaced: two extensions granted without
either side having seen the other's both start from the same deadline, and the merge keeps the
later (``rights.ONLY_LATER``), so the store that held the earlier takes the later deadline with
the other side's extension, whose previous date is not the one it replaces there; and a bundle
carries only where a run of its sender's moves of a state ended, each with its event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.models import (
    Attachment,
    DeadlineExtension,
    ExtensionRequest,
    ExtensionRequestStatus,
    Finding,
    FindingEvent,
    Inspection,
)
from desktop_app.errors import Term, ValidationError

# Findings looked up per statement at ``settle``: well under SQLite's limit of bound values.
_CHUNK = 400


def _day(value: dt.date) -> str:
    return value.strftime("%d.%m.%Y")


def _dated(template: str, ref: str, day: dt.date) -> ValidationError:
    """A refusal naming the finding as {ref} and a deadline as {date}."""
    return ValidationError(template, "deadline", ref=ref, date=_day(day))


def _no_extension(ref: str, deadline: dt.date) -> ValidationError:
    return _dated(
        "the deadline of finding {ref} moves only through a recorded extension to {date}",
        ref,
        deadline,
    )


def _no_event(ref: str, status: str) -> ValidationError:
    return ValidationError(
        "the state of finding {ref} changes only through a recorded move to {status}",
        "status",
        ref=ref,
        status=Term(status),
    )


# The refusal, given the finding as people name it and the value it lacks a record of.
Refusal = Callable[[str, Any], ValidationError]


@dataclass(frozen=True)
class Move:
    """A field of a finding that moves only with a record of the move."""

    field: str
    record: type[DeadlineExtension] | type[FindingEvent]
    to: str  # the record's column holding the value it moves the field to
    refusal: Refusal


MOVES = (
    Move("deadline", DeadlineExtension, "new_date", _no_extension),
    Move("status", FindingEvent, "to_status", _no_event),
)


class Moves:
    """The deadline and state moves of one write (a local transaction's or a bundle's), each
    waiting for its record, and the approvals of requests for more time, each waiting for the
    deadline they grant."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # per move: finding id -> the value the write moved it to
        self.pending: dict[Move, dict[str, Any]] = {move: {} for move in MOVES}
        # finding id -> the latest date granted in this write (by an extension, or a request
        # approved), and the refusal if the finding's deadline stands earlier
        self.granted: dict[str, tuple[dt.date, str]] = {}
        # findings a request for more time was asked on in this write
        self.asked: set[str] = set()
        # events recorded in this write, each waiting for its finding's state to move
        self.events: set[str] = set()
        # (kind, finding id, origin) of an event or answer of this write -> the files it cites
        self.cited: dict[tuple[str, str, str], set[str]] = {}

    def note(
        self,
        finding_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
        changed: Collection[str],
    ) -> None:
        """A finding the write changed, its other rules passed: a deadline once set (and so
        never cleared: it only moves later) and a state wait for their records."""
        for move in MOVES:
            old, new = before[move.field], after[move.field]
            if move.field in changed and old is not None and new != old:
                self.pending[move][finding_id] = new

    def extended(self, finding_id: str, new_date: dt.date) -> None:
        """An extension recorded in this write: the deadline stands at its date or later."""
        self._grant(
            "an extension of finding {ref} to {date} comes with its deadline moved there",
            finding_id,
            new_date,
        )

    def approved(self, finding_id: str, requested: dt.date) -> None:
        """A request for more time approved in this write: the deadline stands at the date
        asked for or later."""
        self._grant(
            "approving the request for more time on finding {ref} moves its deadline to {date}"
            " or later",
            finding_id,
            requested,
        )

    def ask(self, finding_id: str) -> None:
        """A request for more time asked in this write: a node asks once at a time, so no
        other request it asked on the finding may await a decision once the write is in (of
        another node, one may: the coordinator records a request received on paper)."""
        self.asked.add(finding_id)

    def recorded(self, event_id: str) -> None:
        """An event recorded in this write: locally the state moves right after its event,
        so the finding's state must have moved since (by its sender, or later by another)."""
        self.events.add(event_id)

    def cite(self, kind: str, after: dict[str, Any]) -> None:
        """An event or answer recorded in this write: locally its evidence is the files its
        node added to the finding with it, which a bundle may send after it."""
        if after["evidence_ids"]:
            key = (kind, after["finding_id"], after["origin"])
            self.cited.setdefault(key, set()).update(after["evidence_ids"])

    def _grant(self, template: str, finding_id: str, day: dt.date) -> None:
        """``template``: the refusal if the deadline stands earlier than ``day``."""
        if finding_id not in self.granted or self.granted[finding_id][0] < day:
            self.granted[finding_id] = (day, template)

    def settle(self) -> None:
        """Raise ValidationError for the first noted move that no record of the finding to
        its new value records, then for the first finding asked on twice by one node, then for
        the first grant whose deadline stands earlier."""
        pending, self.pending = self.pending, {move: {} for move in MOVES}
        for move, moved in pending.items():
            self._recorded(move, list(moved.items()))
        events, self.events = sorted(self.events), set()
        for start in range(0, len(events), _CHUNK):
            self._followed(events[start : start + _CHUNK])
        cited, self.cited = self.cited, {}
        for (kind, finding_id, origin), files in sorted(cited.items()):
            self._evidence(kind, finding_id, origin, sorted(files))
        asked, self.asked = sorted(self.asked), set()
        for start in range(0, len(asked), _CHUNK):
            twice = self.session.execute(
                select(ExtensionRequest.finding_id)
                .where(
                    ExtensionRequest.finding_id.in_(asked[start : start + _CHUNK]),
                    ExtensionRequest.status == ExtensionRequestStatus.PENDING.value,
                    ExtensionRequest.deleted.is_(False),
                )
                .group_by(ExtensionRequest.finding_id, ExtensionRequest.origin)
                .having(func.count() > 1)
            ).first()
            if twice is not None:
                raise ValidationError(
                    "finding {ref} already has an extension request awaiting a decision",
                    "requested_date",
                    ref=self._ref(twice[0]),
                )
        granted, self.granted = self.granted, {}
        held = self._deadlines(list(granted))
        for finding_id, (day, template) in granted.items():
            deadline = held.get(finding_id)
            if deadline is None or deadline < day:
                raise _dated(template, self._ref(finding_id), day)

    def _recorded(self, move: Move, moves: list[tuple[str, Any]]) -> None:
        record = move.record.__table__
        for start in range(0, len(moves), _CHUNK):
            chunk = moves[start : start + _CHUNK]
            recorded = {
                (finding_id, value)
                for finding_id, value in self.session.execute(
                    select(record.c.finding_id, record.c[move.to]).where(
                        record.c.finding_id.in_([finding_id for finding_id, _ in chunk]),
                        record.c.deleted.is_(False),
                    )
                )
            }
            for finding_id, value in chunk:
                if (finding_id, value) not in recorded:
                    raise move.refusal(self._ref(finding_id), value)

    def _followed(self, event_ids: list[str]) -> None:
        """Raise ValidationError for the first event whose finding's state was not moved
        after it was recorded (one transaction stamps both alike): an event alone would write
        a claim or a closure into the finding's history that its state never made."""
        for event in self.session.execute(
            select(FindingEvent.finding_id, FindingEvent.to_status, FindingEvent.versions)
            .add_columns(Finding.versions.label("finding_versions"))
            .join(Finding, Finding.id == FindingEvent.finding_id)
            .where(FindingEvent.id.in_(event_ids), FindingEvent.deleted.is_(False))
            .order_by(FindingEvent.id)
        ):
            moved = event.finding_versions.get("status", "")
            if moved < event.versions.get("to_status", ""):
                raise ValidationError(
                    "finding {ref} is recorded as moved to {status} but its state did not move",
                    "to_status",
                    ref=self._ref(event.finding_id),
                    status=Term(event.to_status),
                )

    def _evidence(self, kind: str, finding_id: str, origin: str, files: list[str]) -> None:
        """Raise ValidationError unless each cited file is one ``origin`` added to the finding
        (removed since or not): not another's file, another record's or none at all."""
        held: set[str] = set()
        for start in range(0, len(files), _CHUNK):
            held.update(
                self.session.scalars(
                    select(Attachment.id).where(
                        Attachment.id.in_(files[start : start + _CHUNK]),
                        Attachment.record_kind == Finding.KIND,
                        Attachment.record_id == finding_id,
                        Attachment.origin == origin,
                    )
                )
            )
        if held != set(files):
            raise ValidationError(
                "a {kind} of finding {ref} cites as evidence a file {origin} did not add to it",
                "evidence_ids",
                kind=Term(kind),
                ref=self._ref(finding_id),
                origin=origin,
            )

    def _deadlines(self, finding_ids: list[str]) -> dict[str, dt.date | None]:
        held: dict[str, dt.date | None] = {}
        for start in range(0, len(finding_ids), _CHUNK):
            chunk = finding_ids[start : start + _CHUNK]
            for finding_id, deadline in self.session.execute(
                select(Finding.id, Finding.deadline).where(Finding.id.in_(chunk))
            ):
                held[finding_id] = deadline
        return held

    def _ref(self, finding_id: str) -> str:
        """The finding as people name it: INSPECTION-REFERENCE#N."""
        row = self.session.execute(
            select(Inspection.reference, Finding.number)
            .join(Finding, Finding.inspection_id == Inspection.id)
            .where(Finding.id == finding_id)
        ).one_or_none()
        return finding_id if row is None else f"{row.reference}#{row.number}"
