"""What travels where, and who may change what (checked again at merge).

Every channel joins the coordinator with one other node. ``shared_scope`` names, per kind, the
records the two share; both sides evaluate it on their own store to compute the state digest,
and the coordinator exports from it. The other node exports only what it may author
(``authored_scope``). ``Authoriser`` refuses a merge that changes what the sender does not own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select, true
from sqlalchemy.orm import Session

from desktop_app.core.access import NODE_RIGHTS
from desktop_app.core.inspections import RESPONDER_STATUSES
from desktop_app.core.models import (
    Attachment,
    DeadlineExtension,
    Direction,
    Evaluation,
    Facility,
    Finding,
    Indicator,
    Inspection,
    InspectionNote,
    Institution,
    Measure,
    NodeRole,
    ProgressReport,
    Requirement,
    Strategy,
    Synced,
)
from desktop_app.errors import ExchangeError, Term

Scope = dict[str, ColumnElement[bool]]

# The right a node needs to author each kind (attachments follow the record they are on).
KIND_RIGHTS: dict[str, str] = {
    Institution.KIND: "plan",
    Facility.KIND: "plan",
    Strategy.KIND: "plan",
    Direction.KIND: "plan",
    Measure.KIND: "plan",
    Indicator.KIND: "plan",
    Requirement.KIND: "catalog",
    Evaluation.KIND: "evaluate",
    Inspection.KIND: "inspect",
    InspectionNote.KIND: "inspect",
    Finding.KIND: "inspect",
    DeadlineExtension.KIND: "inspect",
    ProgressReport.KIND: "report_progress",
}
# What an institution may change on a finding about itself.
RESPONSE_FIELDS = frozenset({"response", "response_at", "status"})


class Unauthorised(ExchangeError):
    """The bundle changes records its sender does not own; refused whole and audited."""


def institution_id(session: Session, code: str) -> str | None:
    return session.scalar(
        select(Institution.id).where(Institution.code == code, Institution.deleted.is_(False))
    )


def _attachments_on(targets: list[tuple[str, Any]]) -> ColumnElement[bool]:
    clauses = [
        and_(Attachment.record_kind == kind, Attachment.record_id.in_(ids)) for kind, ids in targets
    ]
    return or_(*clauses) if clauses else false()


def _institution_scope(session: Session, code: str) -> Scope:
    own = institution_id(session, code)
    if own is None:
        reports: Any = select(ProgressReport.id).where(false())
        inspections: Any = select(Inspection.id).where(false())
    else:
        reports = select(ProgressReport.id).where(
            ProgressReport.institution_id == own, ProgressReport.draft.is_(False)
        )
        inspections = select(Inspection.id).where(Inspection.institution_id == own)
    findings = select(Finding.id).where(Finding.inspection_id.in_(inspections))
    return {
        Institution.KIND: true(),
        Facility.KIND: Facility.institution_id == own if own else false(),
        Strategy.KIND: true(),
        Direction.KIND: true(),
        Measure.KIND: true(),
        Indicator.KIND: true(),
        ProgressReport.KIND: ProgressReport.id.in_(reports),
        Evaluation.KIND: Evaluation.report_id.in_(reports),
        Requirement.KIND: true(),
        Inspection.KIND: Inspection.id.in_(inspections),
        # Inspectors' working notes stay with the inspectors.
        InspectionNote.KIND: false(),
        Finding.KIND: Finding.id.in_(findings),
        DeadlineExtension.KIND: DeadlineExtension.finding_id.in_(findings),
        Attachment.KIND: _attachments_on(
            [
                (Measure.KIND, select(Measure.id)),
                (ProgressReport.KIND, reports),
                (Inspection.KIND, inspections),
                (Finding.KIND, findings),
            ]
        ),
    }


def _team_scope(code: str) -> Scope:
    inspections = select(Inspection.id).where(
        or_(Inspection.team_node == code, Inspection.origin == code)
    )
    inspected = select(Inspection.institution_id).where(Inspection.id.in_(inspections))
    notes = select(InspectionNote.id).where(InspectionNote.inspection_id.in_(inspections))
    findings = select(Finding.id).where(Finding.inspection_id.in_(inspections))
    scope: Scope = {kind: false() for kind in KIND_RIGHTS}
    scope.update(
        {
            Institution.KIND: Institution.id.in_(inspected),
            Facility.KIND: Facility.institution_id.in_(inspected),
            Requirement.KIND: true(),
            Inspection.KIND: Inspection.id.in_(inspections),
            InspectionNote.KIND: InspectionNote.id.in_(notes),
            Finding.KIND: Finding.id.in_(findings),
            DeadlineExtension.KIND: DeadlineExtension.finding_id.in_(findings),
            Attachment.KIND: _attachments_on(
                [
                    (Inspection.KIND, inspections),
                    (InspectionNote.KIND, notes),
                    (Finding.KIND, findings),
                ]
            ),
        }
    )
    return scope


def shared_scope(session: Session, node_code: str, node_role: NodeRole) -> Scope:
    """Records the coordinator and ``node_code`` share, evaluated on either side's store."""
    if node_role is NodeRole.INSTITUTION:
        return _institution_scope(session, node_code)
    if node_role is NodeRole.INSPECTION_TEAM:
        return _team_scope(node_code)
    raise ExchangeError("two coordinators do not exchange bundles")


def authored_scope(session: Session, node_code: str, node_role: NodeRole) -> Scope:
    """What a non-coordinator node sends the coordinator: only what it may change."""
    scope = shared_scope(session, node_code, node_role)
    rights = NODE_RIGHTS[node_role]
    kept: Scope = {}
    for kind, clause in scope.items():
        right = KIND_RIGHTS.get(kind)
        authorable = right in rights or (kind == Finding.KIND and "respond_finding" in rights)
        kept[kind] = clause if (authorable or kind == Attachment.KIND) else false()
    return kept


def peer_scope(
    session: Session, me_role: NodeRole, me_code: str, peer_code: str, peer_role: NodeRole
) -> tuple[Scope, Scope]:
    """(what to export to the peer, the shared scope for the state digest)."""
    if me_role is NodeRole.COORDINATOR:
        shared = shared_scope(session, peer_code, peer_role)
        return shared, shared
    if peer_role is not NodeRole.COORDINATOR:
        raise ExchangeError("only the coordinator exchanges bundles with other nodes")
    return authored_scope(session, me_code, me_role), shared_scope(session, me_code, me_role)


# --- Authorisation at merge -------------------------------------------------------------------


class Authoriser:
    """Decides whether the sender of a bundle may make each change it carries.

    Lookups use Core statements so they see what this same merge wrote a moment earlier.
    """

    def __init__(self, session: Session, sender_code: str, sender_role: NodeRole) -> None:
        self.session = session
        self.code = sender_code
        self.role = sender_role
        self.own_institution = (
            institution_id(session, sender_code) if sender_role is NodeRole.INSTITUTION else None
        )

    def _value(self, model: type[Synced], record_id: str | None, column: str) -> Any:
        if record_id is None:
            return None
        return self.session.scalar(
            select(model.__table__.c[column]).where(model.__table__.c.id == record_id)
        )

    def _inspection_institution(self, inspection_id: str | None) -> Any:
        return self._value(Inspection, inspection_id, "institution_id")

    def _team_owns_inspection(self, inspection_id: str | None) -> bool:
        if inspection_id is None:
            return False
        row = self.session.execute(
            select(Inspection.team_node, Inspection.origin).where(Inspection.id == inspection_id)
        ).first()
        return row is not None and self.code in (row[0], row[1])

    def _finding_inspection(self, finding_id: str | None) -> Any:
        return self._value(Finding, finding_id, "inspection_id")

    def _owns(self, kind: str, values: dict[str, Any], record_id: str) -> bool:
        """Whether the record (as stored or as it would become) belongs to the sender."""
        if self.role is NodeRole.INSTITUTION:
            if kind == ProgressReport.KIND:
                owner = values["institution_id"]
                return self.own_institution is not None and owner == self.own_institution
            if kind == Finding.KIND:
                institution = self._inspection_institution(values["inspection_id"])
                return institution is not None and institution == self.own_institution
            if kind == Attachment.KIND:
                return self._owns_attachment_target(values)
            return False
        # An inspection team: its own inspections and what hangs off them.
        if kind == Inspection.KIND:
            return self.code in (values["team_node"], values.get("origin"))
        if kind in (InspectionNote.KIND, Finding.KIND):
            return self._team_owns_inspection(values["inspection_id"])
        if kind == DeadlineExtension.KIND:
            return self._team_owns_inspection(self._finding_inspection(values["finding_id"]))
        if kind == Attachment.KIND:
            return self._owns_attachment_target(values)
        return False

    def _owns_attachment_target(self, values: dict[str, Any]) -> bool:
        target_kind, target_id = values["record_kind"], values["record_id"]
        if self.role is NodeRole.INSTITUTION:
            if target_kind == ProgressReport.KIND:
                owner = self._value(ProgressReport, target_id, "institution_id")
                return owner is not None and owner == self.own_institution
            if target_kind == Finding.KIND:
                inspection = self._finding_inspection(target_id)
                owner = self._inspection_institution(inspection)
                return owner is not None and owner == self.own_institution
            return False
        if target_kind == Inspection.KIND:
            return self._team_owns_inspection(target_id)
        if target_kind == InspectionNote.KIND:
            return self._team_owns_inspection(
                self._value(InspectionNote, target_id, "inspection_id")
            )
        if target_kind == Finding.KIND:
            return self._team_owns_inspection(self._finding_inspection(target_id))
        return False

    def check(
        self,
        kind: str,
        record_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any],
        changed: Sequence[str],
    ) -> None:
        """Raise Unauthorised unless the sender may turn ``before`` into ``after``."""
        if self.role is NodeRole.COORDINATOR or not changed:
            return
        what = {"kind": Term(kind), "id": record_id}
        if self.role is NodeRole.INSTITUTION and kind == Finding.KIND:
            if before is None:
                raise Unauthorised(
                    "{code} may not create findings ({kind} {id})", code=self.code, **what
                )
            extra = sorted(set(changed) - RESPONSE_FIELDS)
            if extra:
                raise Unauthorised(
                    "{code} may not change {items} of {kind} {id}",
                    code=self.code,
                    items=", ".join(extra),
                    **what,
                )
            if "status" in changed and after["status"] not in RESPONDER_STATUSES:
                raise Unauthorised(
                    "{code} may not set the status of {kind} {id} to {status}",
                    code=self.code,
                    **what,
                    status=after["status"],
                )
        if not self._owns(kind, after, record_id) or (
            before is not None and not self._owns(kind, before, record_id)
        ):
            raise Unauthorised(
                "{code} may not change {kind} {id}: it does not own it", code=self.code, **what
            )
