"""The states of a finding and who may move it between them.

The inspected institution answers (accepts with a plan, claims remediation, disputes); only the
commission (the coordinator, or the team the inspection is given to) verifies a claim and
closes, returns or reopens a finding; only the coordinator decides a dispute. A claim of
remediation leaves the finding open and overdue until it is verified.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.models import FindingStatus as S
from desktop_app.errors import Term, ValidationError


class Party(StrEnum):
    INSTITUTION = "institution"  # the inspected institution, about its own finding
    COMMISSION = "commission"  # the coordinator, or the team the inspection is given to
    COORDINATOR = "coordinator"


@dataclass(frozen=True)
class Transition:
    party: Party
    method: bool = False  # a verification: document_review or on_site


# Every allowed change of state; each needs a reason (the plan, the claim, the verifier's
# comment, the dispute or the decision).
TRANSITIONS: dict[tuple[str, str], Transition] = {
    (S.OPEN, S.IN_REMEDIATION): Transition(Party.INSTITUTION),
    (S.OPEN, S.DISPUTED): Transition(Party.INSTITUTION),
    (S.IN_REMEDIATION, S.REMEDIATED): Transition(Party.INSTITUTION),
    (S.REMEDIATED, S.VERIFIED_CLOSED): Transition(Party.COMMISSION, method=True),
    (S.REMEDIATED, S.IN_REMEDIATION): Transition(Party.COMMISSION, method=True),
    (S.DISPUTED, S.OPEN): Transition(Party.COORDINATOR),
    (S.DISPUTED, S.WITHDRAWN): Transition(Party.COORDINATOR),
    (S.VERIFIED_CLOSED, S.OPEN): Transition(Party.COMMISSION),
    (S.WITHDRAWN, S.OPEN): Transition(Party.COMMISSION),
}
# Neither overdue nor awaiting anyone.
CLOSED_STATES = frozenset({S.VERIFIED_CLOSED.value, S.WITHDRAWN.value})


def allowed_from(status: str, parties: Collection[Party]) -> list[str]:
    """The states ``parties`` may move a finding to from ``status``, in the table's order."""
    return [
        to for (start, to), rule in TRANSITIONS.items() if start == status and rule.party in parties
    ]


def reachable(start: str, end: str, parties: Collection[Party]) -> bool:
    """Whether ``parties`` alone can walk from ``start`` to ``end`` in one or more steps: a
    bundle carries only where a run of its sender's own transitions ended."""
    seen, frontier = {start}, [start]
    while frontier:
        for to in allowed_from(frontier.pop(), parties):
            if to == end:
                return True
            if to not in seen:
                seen.add(to)
                frontier.append(to)
    return False


def check_move(start: str, end: str) -> None:
    """An event records a move of the table, whoever made it: checked for a relayed event
    too, whose maker's rights were judged where it was first merged."""
    if (start, end) not in TRANSITIONS:
        raise ValidationError(
            "a finding never moves from {start} to {end}",
            "to_status",
            start=Term(start),
            end=Term(end),
        )
