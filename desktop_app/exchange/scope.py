"""What travels where.

Every channel joins the coordinator with one other node. ``shared_scope`` names, per kind, the
records the two share; both sides evaluate it on their own store to compute the state digest,
and the coordinator exports from it. The other node exports only what it may author
(``authored_scope``). Who may change what is the core's rule book (``core.rules``), which the
merge asks for every record.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, literal, or_, select, true
from sqlalchemy.orm import Session

from desktop_app.core.access import NODE_RIGHTS, Right
from desktop_app.core.models import (
    Attachment,
    CommissionSignature,
    DeadlineExtension,
    Direction,
    Evaluation,
    ExtensionRequest,
    Facility,
    Finding,
    FindingEvent,
    FindingResponse,
    GroupDecision,
    Indicator,
    IndicatorCourse,
    Inspection,
    InspectionAct,
    InspectionNote,
    Institution,
    Measure,
    Meeting,
    NodeRole,
    OfficialStatus,
    PlanRevision,
    ProgressReport,
    Requirement,
    StatusDecision,
    Strategy,
    WorkingGroup,
)
from desktop_app.core.rules import ANSWERED_KINDS, KIND_RIGHTS, cosigned
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
    """Findings with their events, answers, extensions and requests for them."""
    return {
        Finding.KIND: Finding.id.in_(findings),
        FindingEvent.KIND: FindingEvent.finding_id.in_(findings),
        FindingResponse.KIND: FindingResponse.finding_id.in_(findings),
        DeadlineExtension.KIND: DeadlineExtension.finding_id.in_(findings),
        ExtensionRequest.KIND: ExtensionRequest.finding_id.in_(findings),
    }


def _signatures_on(acts: Any, findings: Any) -> ColumnElement[bool]:
    """The commission's signatures on these acts and on the closures of these findings."""
    closures = select(FindingEvent.id).where(FindingEvent.finding_id.in_(findings))
    return or_(
        and_(
            CommissionSignature.record_kind == InspectionAct.KIND,
            CommissionSignature.record_id.in_(acts),
        ),
        and_(
            CommissionSignature.record_kind == FindingEvent.KIND,
            CommissionSignature.record_id.in_(closures),
        ),
    )


def _names(column: Any, code: str) -> ColumnElement[bool]:
    """A JSON list of institution codes that holds ``code`` (SQLite's json_each reads it)."""
    items = func.json_each(column).table_valued("value")
    return literal(code).in_(select(items.c.value))


def _working_groups(code: str) -> Scope:
    """The groups the institution is a member of, with their meetings and decisions, and every
    decision that assigns it a task, with its meeting and group."""
    assigned = select(GroupDecision.meeting_id).where(_names(GroupDecision.assignees, code))
    member_of = select(WorkingGroup.id).where(_names(WorkingGroup.members, code))
    meetings = select(Meeting.id).where(
        or_(Meeting.group_id.in_(member_of), Meeting.id.in_(assigned))
    )
    return {
        WorkingGroup.KIND: or_(
            WorkingGroup.id.in_(member_of),
            WorkingGroup.id.in_(select(Meeting.group_id).where(Meeting.id.in_(assigned))),
        ),
        Meeting.KIND: Meeting.id.in_(meetings),
        GroupDecision.KIND: or_(
            GroupDecision.meeting_id.in_(select(Meeting.id).where(Meeting.group_id.in_(member_of))),
            _names(GroupDecision.assignees, code),
        ),
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
    # An act reaches the institution once both agencies of the joint commission have signed
    # it (the rule book's ``cosigned``), and a finding once such an act has issued it.
    # Both are read here, once: as subqueries, every scope that names them ran them again (at
    # national scale the signatures' scope alone took a third of a second).
    acts = list(
        session.execute(
            select(InspectionAct.id, InspectionAct.finding_ids).where(
                InspectionAct.inspection_id.in_(inspections), cosigned()
            )
        )
    )
    act_ids = [act_id for act_id, _findings in acts]
    issued = [finding for _act, ids in acts for finding in ids]
    findings = select(Finding.id).where(Finding.id.in_(issued))
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
        InspectionAct.KIND: InspectionAct.id.in_(act_ids),
        CommissionSignature.KIND: _signatures_on(act_ids, findings),
        **_finding_threads(findings),
        **_working_groups(code),
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
            InspectionAct.KIND: InspectionAct.inspection_id.in_(inspections),
            CommissionSignature.KIND: _signatures_on(
                select(InspectionAct.id).where(InspectionAct.inspection_id.in_(inspections)),
                findings,
            ),
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


def _partner_agency_scope() -> Scope:
    """The partner agency sits on the joint commission for every inspection: it holds the
    inspections, their findings and acts, and the signatures on them (not the inspectors'
    working notes), and co-signs."""
    inspections = select(Inspection.id)
    inspected = select(Inspection.institution_id)
    findings = select(Finding.id)
    scope: Scope = {kind: false() for kind in KIND_RIGHTS}
    scope.update(
        {
            Institution.KIND: Institution.id.in_(inspected),
            Facility.KIND: Facility.institution_id.in_(inspected),
            Requirement.KIND: true(),
            Inspection.KIND: true(),
            InspectionAct.KIND: true(),
            CommissionSignature.KIND: true(),
            **_finding_threads(findings),
            Attachment.KIND: _attachments_on(
                [(Inspection.KIND, inspections), (Finding.KIND, findings)]
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
    if node_role is NodeRole.PARTNER_AGENCY:
        return _partner_agency_scope()
    raise ExchangeError("two coordinators do not exchange bundles")


def authored_scope(session: Session, node_code: str, node_role: NodeRole) -> Scope:
    """What a non-coordinator node sends the coordinator: only what it may change."""
    scope = shared_scope(session, node_code, node_role)
    rights = NODE_RIGHTS[node_role]
    kept: Scope = {}
    for kind, clause in scope.items():
        right = KIND_RIGHTS.get(kind)
        authorable = right in rights or (kind in ANSWERED_KINDS and Right.RESPOND_FINDING in rights)
        if kind == CommissionSignature.KIND:
            # The issuing side signs with the right it issued by; each node sends its own.
            authorable = authorable or Right.INSPECT in rights
            kept[kind] = and_(clause, CommissionSignature.signer == node_code)
        else:
            kept[kind] = clause
        if not (authorable or kind == Attachment.KIND):
            kept[kind] = false()
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
