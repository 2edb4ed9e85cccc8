"""What travels where.

Every channel joins the coordinator with one other node. ``shared_scope`` names, per kind, the
records the two share; both sides evaluate it on their own store to compute the state digest,
and the coordinator exports from it. The other node exports only what it may author
(``authored_scope``). Who may change what is the core's rule book (``core.rules``), which the
merge asks for every record.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select, true
from sqlalchemy.orm import Session

from desktop_app.core.access import NODE_RIGHTS, Right
from desktop_app.core.models import (
    Attachment,
    DeadlineExtension,
    Direction,
    Evaluation,
    Facility,
    Finding,
    FindingEvent,
    FindingResponse,
    Indicator,
    IndicatorCourse,
    Inspection,
    InspectionNote,
    Institution,
    Measure,
    NodeRole,
    OfficialStatus,
    PlanRevision,
    ProgressReport,
    Requirement,
    StatusDecision,
    Strategy,
)
from desktop_app.core.rules import ANSWERED_KINDS, KIND_RIGHTS
from desktop_app.errors import ExchangeError

Scope = dict[str, ColumnElement[bool]]


def institution_id(session: Session, code: str) -> str | None:
    return session.scalar(
        select(Institution.id).where(Institution.code == code, Institution.deleted.is_(False))
    )


def _attachments_on(targets: list[tuple[str, Any]]) -> ColumnElement[bool]:
    clauses = [
        and_(Attachment.record_kind == kind, Attachment.record_id.in_(ids)) for kind, ids in targets
    ]
    return or_(*clauses) if clauses else false()


def _finding_threads(findings: Any) -> Scope:
    """Findings with their events, answers and extensions."""
    return {
        Finding.KIND: Finding.id.in_(findings),
        FindingEvent.KIND: FindingEvent.finding_id.in_(findings),
        FindingResponse.KIND: FindingResponse.finding_id.in_(findings),
        DeadlineExtension.KIND: DeadlineExtension.finding_id.in_(findings),
    }


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
        IndicatorCourse.KIND: true(),
        # The plan's history travels with the plan.
        PlanRevision.KIND: true(),
        ProgressReport.KIND: ProgressReport.id.in_(reports),
        Evaluation.KIND: Evaluation.report_id.in_(reports),
        # The national picture: every measure's official status, and the decisions behind it.
        StatusDecision.KIND: true(),
        OfficialStatus.KIND: true(),
        Requirement.KIND: true(),
        Inspection.KIND: Inspection.id.in_(inspections),
        # Inspectors' working notes stay with the inspectors.
        InspectionNote.KIND: false(),
        **_finding_threads(findings),
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
            **_finding_threads(findings),
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
        authorable = right in rights or (kind in ANSWERED_KINDS and Right.RESPOND_FINDING in rights)
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
