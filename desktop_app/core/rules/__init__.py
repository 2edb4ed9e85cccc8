"""The rule book: which values each synchronised record may hold, who may create, change or
delete it, and which changes of state are allowed.

One place, asked for every write: ``core.records.Recorder`` asks it for each local create and
update (so every service obeys it), and the exchange's merge asks it for every record a bundle
brings, with the receiver's current record as "before" and the sender as the actor. Neither
keeps rules of its own, so a bundle can do nothing its sender's user could not do locally.
Lifecycle rules (finding states, plan revisions) belong here too and then hold at the merge.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.core.models import (
    CommissionSignature,
    DeadlineExtension,
    Evaluation,
    ExtensionRequest,
    ExtensionRequestStatus,
    Finding,
    FindingEvent,
    FindingResponse,
    Measure,
    NodeRole,
    OfficialStatus,
    PlanRevision,
)
from desktop_app.core.rules.commission import IssuedOnly, check_signature, cosigned
from desktop_app.core.rules.fields import FIELDS, check_fields
from desktop_app.core.rules.lifecycle import check_move
from desktop_app.core.rules.moves import Moves
from desktop_app.core.rules.revisions import REVISED, Revisions, shown
from desktop_app.core.rules.rights import (
    ANSWERED_KINDS,
    ATTACH_RIGHTS,
    KIND_RIGHTS,
    ONLY_LATER,
    RESPONDER_STATUSES,
    Actor,
    Rights,
    later,
    numbering_node,
)

__all__ = [
    "ATTACH_RIGHTS",
    "FIELDS",
    "KIND_RIGHTS",
    "ONLY_LATER",
    "REVISED",
    "ANSWERED_KINDS",
    "RESPONDER_STATUSES",
    "Actor",
    "RuleBook",
    "check_fields",
    "cosigned",
    "later",
    "numbering_node",
    "shown",
]

GRANTED = ExtensionRequestStatus.APPROVED.value
PENDING = ExtensionRequestStatus.PENDING.value


class RuleBook:
    """The rules for one actor within one transaction; at a merge, ``holder`` is the node
    receiving, whose own holdings are judged once the whole bundle is in (``settle``)."""

    def __init__(self, session: Session, actor: Actor, holder: Actor | None = None) -> None:
        self.session = session
        self.actor = actor
        self.rights = Rights(session, actor)
        # What an inspected institution holds depends on records that arrive after it.
        self.issued_only = (
            IssuedOnly(session, holder.code)
            if holder is not None and holder.role is NodeRole.INSTITUTION
            else None
        )
        self.revisions = Revisions(session)
        self.moves = Moves(session)

    def batch(
        self, kind: str, records: Iterable[tuple[str, Mapping[str, Any]]]
    ) -> AbstractContextManager[None]:
        """Around the checks of one merge batch of ``kind`` records, given as (id, values)
        before any of them is written: what the rules look up for them is read at once."""
        return self.rights.batch(kind, records)

    def check(
        self,
        kind: str,
        record_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any],
        changed: Collection[str],
        authored: Collection[str] | None = None,
    ) -> None:
        """Raise ValidationError or PermissionDenied unless ``actor`` may turn ``before`` (None:
        a new record) into ``after`` (every field and the ``origin``) by changing ``changed``.

        Every changed value is checked, and what the record allows, whoever stamped it; the
        actor's rights for the ``authored`` fields (default: all changed), since at a merge the
        coordinator passes on edits others made."""
        check_fields(kind, after, changed)
        if authored is None:
            authored = changed
        self.rights.check(kind, record_id, before, after, changed, authored)
        if kind in (FindingEvent.KIND, FindingResponse.KIND) and changed:
            self._thread(kind, record_id, before, after)
        if kind == Evaluation.KIND and before is None and changed:
            # Whoever passes it on: a new record from the coordinator is not judged as its own.
            self.rights.evaluated(after["report_id"])
        if kind == CommissionSignature.KIND and changed:
            # A signature is checked whoever passes it on: a relayed one must verify too.
            check_signature(
                self.session, self.actor.code, self.actor.role, record_id, before, after
            )
        if self.issued_only is not None and changed:
            self.issued_only.note(kind, record_id, after)
        if kind == Measure.KIND and before is not None:
            self.revisions.note(record_id, before, after, changed)
        if kind == OfficialStatus.KIND and changed:
            self.revisions.publish(record_id, after)
        if kind == PlanRevision.KIND and before is None and after["field"] in REVISED:
            self.revisions.recorded(after["measure_id"], after["field"])
        if kind == Finding.KIND and before is not None:
            # Whoever stamped the move: its record must be held here too.
            self.moves.note(record_id, before, after, changed)
        if kind == ExtensionRequest.KIND and "status" in changed and after["status"] == GRANTED:
            self.moves.approved(after["finding_id"], after["requested_date"])
        if kind == ExtensionRequest.KIND and before is None and after["status"] == PENDING:
            self.moves.ask(after["finding_id"])
        if kind == DeadlineExtension.KIND and before is None and not after["deleted"]:
            self.moves.extended(after["finding_id"], after["new_date"])

    def _thread(
        self, kind: str, record_id: str, before: dict[str, Any] | None, after: dict[str, Any]
    ) -> None:
        """An event or an answer of a finding's thread, whoever passes it on."""
        if kind == FindingEvent.KIND:
            # After the rights, whose refusal names the moves the actor may make.
            check_move(after["from_status"], after["to_status"])
            if before is None and not after["deleted"]:
                self.moves.recorded(record_id)
        if before is None:
            self.moves.cite(kind, after)

    def settle(self) -> None:
        """Once every record of a write is in (a local transaction's, a merge's): raise
        PermissionDenied or ValidationError unless what the rules could only judge as a whole
        holds (an institution's findings issued and co-signed; a measure's revised fields
        changed only with their plan revision, which a bundle sends after the measure; a
        finding's deadline and state moved only with their extension and event, sent after
        the finding too, and an approved request's deadline at the date asked for or later;
        an event followed by its move, a revision by its edit, evidence cited the citing
        node's files on the finding)."""
        if self.issued_only is not None:
            self.issued_only.settle()
        self.revisions.settle()
        self.moves.settle()
