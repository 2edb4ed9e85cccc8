"""A finding's deadline moves by decision: once set, it changes only together with a recorded
deadline extension to the new date, locally as at the merge.

A bundle sends a finding before its extensions (and a hostile one in any order), so the check
waits for the rest of the write: ``note`` keeps the findings whose deadline the actor moved,
``settle`` then asks that an extension of each to its new deadline is held. Any extension to that
date will do, not only one from the deadline it replaced: two extensions granted without either
side having seen the other's both start from the same deadline, and the merge keeps the later
(``rights.ONLY_LATER``), so the store that held the earlier takes the later deadline with the
other side's extension, whose previous date is not the one it replaces there.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.models import DeadlineExtension, Finding, Inspection
from desktop_app.errors import ValidationError

# Findings looked up per statement at ``settle``: well under SQLite's limit of bound values.
_CHUNK = 400


class Extensions:
    """The deadline moves of one write (a local transaction's or a bundle's), each waiting for
    its extension."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # finding id -> the deadline the actor moved it to
        self.pending: dict[str, dt.date] = {}

    def note(self, finding_id: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        """A finding the actor changed, its other rules passed: a deadline once set (and so
        never cleared: it only moves later) waits for its extension."""
        if before["deadline"] is not None and after["deadline"] != before["deadline"]:
            self.pending[finding_id] = after["deadline"]

    def settle(self) -> None:
        """Raise ValidationError for the first noted move that no extension of the finding to
        its new deadline records."""
        pending, self.pending = self.pending, {}
        moves = list(pending.items())
        for start in range(0, len(moves), _CHUNK):
            chunk = moves[start : start + _CHUNK]
            recorded = {
                (row.finding_id, row.new_date)
                for row in self.session.execute(
                    select(DeadlineExtension.finding_id, DeadlineExtension.new_date).where(
                        DeadlineExtension.finding_id.in_([finding_id for finding_id, _ in chunk]),
                        DeadlineExtension.deleted.is_(False),
                    )
                )
            }
            for finding_id, deadline in chunk:
                if (finding_id, deadline) not in recorded:
                    raise ValidationError(
                        "the deadline of finding {ref} moves only through a recorded extension"
                        " to {date}",
                        "deadline",
                        ref=self._ref(finding_id),
                        date=deadline.strftime("%d.%m.%Y"),
                    )

    def _ref(self, finding_id: str) -> str:
        """The finding as people name it: INSPECTION-REFERENCE#N."""
        row = self.session.execute(
            select(Inspection.reference, Finding.number)
            .join(Finding, Finding.inspection_id == Inspection.id)
            .where(Finding.id == finding_id)
        ).one_or_none()
        return finding_id if row is None else f"{row.reference}#{row.number}"
