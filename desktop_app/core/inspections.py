"""CII inspections, their timestamped notes, findings, and recorded deadline extensions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core import lookup, rules
from desktop_app.core.access import Right
from desktop_app.core.hlc import stamp_node
from desktop_app.core.models import (
    Attachment,
    DeadlineExtension,
    Facility,
    Finding,
    FindingEvent,
    FindingResponse,
    FindingStatus,
    Inspection,
    InspectionKind,
    InspectionNote,
    InspectionStatus,
    Institution,
    Requirement,
    Severity,
    VerificationMethod,
)
from desktop_app.core.rules import RESPONDER_STATUSES
from desktop_app.core.rules.lifecycle import CLOSED_STATES
from desktop_app.core.validation import (
    optional_text,
    parse_date,
    require_choice,
    require_text,
)
from desktop_app.errors import NotFound, PermissionDenied, ValidationError

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk
    from desktop_app.core.records import Recorder

SEVERITY_ORDER = {s.value: i for i, s in enumerate(Severity)}


@dataclass(frozen=True)
class FindingRow:
    id: str
    ref: str
    inspection: str
    institution: str
    number: int
    requirement: str
    facility: str
    severity: str
    description: str
    corrective_measure: str
    deadline: dt.date | None
    urgent: bool
    status: str
    response: str
    overdue: bool

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["deadline"] = self.deadline.isoformat() if self.deadline else None
        return data


@dataclass
class InspectionDetail:
    inspection: Inspection
    institution: Institution
    facilities: list[Facility]
    notes: list[InspectionNote]
    findings: list[FindingRow]
    extensions: dict[str, list[DeadlineExtension]] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)


@dataclass(frozen=True)
class HistoryEntry:
    """A change of a finding's state (``kind`` "event") or an answer ("response")."""

    kind: str
    at: dt.datetime | None
    node: str
    author: str
    text: str
    from_status: str = ""
    to_status: str = ""
    method: str = ""
    evidence: tuple[str, ...] = ()  # file names

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["at"] = self.at.isoformat() if self.at else None
        data["evidence"] = list(self.evidence)
        return data


# What a verifier's result does to a remediated finding.
VERIFICATION_RESULTS = {
    "closed": FindingStatus.VERIFIED_CLOSED.value,
    "returned": FindingStatus.IN_REMEDIATION.value,
}


def finding_overdue(deadline: dt.date | None, status: str, today: dt.date) -> bool:
    """A claimed remediation stays overdue until the commission verifies it."""
    return bool(deadline and deadline < today and status not in CLOSED_STATES)


def move_finding(
    session: Session,
    recorder: Recorder,
    at: dt.datetime,
    finding: Finding,
    target: str,
    reason: str,
    evidence_ids: list[str],
    method: str = "",
) -> FindingEvent:
    """The event first, then the state: the rule book judges the one step the event names, and
    the move of the state as one its recorder's node may make."""
    event = recorder.create(
        session,
        FindingEvent,
        finding_id=finding.id,
        at=at,
        author=recorder.user,
        from_status=finding.status,
        to_status=target,
        reason=require_text(reason, "reason"),
        method=method,
        evidence_ids=evidence_ids,
    )
    recorder.update(session, finding, status=target)
    return event


def numbering_node(inspection: Inspection) -> str:
    return rules.numbering_node(inspection.team_node, inspection.origin)


class InspectionService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def records_findings(self, inspection: Inspection) -> bool:
        """Whether this node and user may add findings to the inspection."""
        return (
            self.desk.access.can(Right.INSPECT)
            and numbering_node(inspection) == self.desk.node.code
        )

    # -- inspections -------------------------------------------------------------------------

    def _inspection_fields(self, session: Session, values: dict[str, Any]) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        institution_id = values.get("institution_id")
        for name, value in values.items():
            if name == "institution":
                institution_id = lookup.get(session, Institution, value).id
                fields["institution_id"] = institution_id
            elif name == "facilities":
                ids = []
                for ref in value:
                    facility = self._facility(session, institution_id, ref)
                    ids.append(facility.id)
                fields["facility_ids"] = ids
            elif name == "kind":
                fields["kind"] = require_choice(value, "kind", InspectionKind.values())
            elif name == "status":
                fields["status"] = require_choice(value, "status", InspectionStatus.values())
            elif name in ("start", "end"):
                fields[f"{name}_date"] = parse_date(value, name)
            elif name == "team":
                fields["team"] = [member.strip() for member in value if member.strip()]
            elif name in ("legal_basis", "scope", "conclusion"):
                fields[name] = optional_text(value, name)
            elif name == "team_node":
                fields["team_node"] = value or None
            elif name != "institution_id":
                raise ValidationError("unknown inspection field {name}", name, name=name)
        start, end = fields.get("start_date"), fields.get("end_date")
        if start and end and end < start:
            raise ValidationError("the inspection ends before it starts", "end")
        return fields

    @staticmethod
    def _facility(session: Session, institution_id: str | None, ref: str) -> Facility:
        facility = session.get(Facility, ref)
        if facility is None:
            facility = session.scalar(
                select(Facility).where(
                    Facility.name == ref,
                    Facility.institution_id == institution_id,
                    Facility.deleted.is_(False),
                )
            )
        if facility is None or facility.institution_id != institution_id:
            raise NotFound('no facility "{ref}" of the inspected institution', ref=ref)
        return facility

    def add(
        self,
        institution: str,
        *,
        reference: str | None = None,
        facilities: list[str] | None = None,
        kind: str = InspectionKind.SCHEDULED.value,
        legal_basis: str = "",
        start: str | dt.date | None = None,
        end: str | dt.date | None = None,
        team: list[str] | None = None,
        team_node: str | None = None,
        scope: str = "",
        status: str = InspectionStatus.PLANNED.value,
    ) -> Inspection:
        self.desk.access.require(Right.INSPECT)
        with self.desk.transaction() as session:
            fields = self._inspection_fields(
                session,
                {
                    "institution": institution,
                    "facilities": facilities or [],
                    "kind": kind,
                    "legal_basis": legal_basis,
                    "start": start,
                    "end": end,
                    "team": team or [],
                    "team_node": team_node,
                    "scope": scope,
                    "status": status,
                },
            )
            ref = (reference or "").strip() or self._next_reference(session, fields)
            if session.scalar(select(Inspection.id).where(Inspection.reference == ref)):
                raise ValidationError("inspection {ref} already exists", "reference", ref=ref)
            return self.desk.recorder.create(session, Inspection, reference=ref, **fields)

    def _next_reference(self, session: Session, fields: dict[str, Any]) -> str:
        year = (fields.get("start_date") or self.desk.today()).year
        prefix = f"{self.desk.node.code}-{year}-"
        taken = session.scalar(
            select(func.count())
            .select_from(Inspection)
            .where(Inspection.reference.startswith(prefix))
        )
        return f"{prefix}{(taken or 0) + 1:03d}"

    def update(self, ref: str, **values: Any) -> list[str]:
        self.desk.access.require(Right.INSPECT)
        with self.desk.transaction() as session:
            inspection = lookup.get(session, Inspection, ref)
            values.setdefault("institution_id", inspection.institution_id)
            fields = self._inspection_fields(session, values)
            return self.desk.recorder.update(session, inspection, **fields)

    def inspections(
        self, *, institution: str | None = None, status: str | None = None
    ) -> list[Inspection]:
        with self.desk.reading() as session:
            query = select(Inspection).where(Inspection.deleted.is_(False))
            if institution:
                owner = lookup.get(session, Institution, institution)
                query = query.where(Inspection.institution_id == owner.id)
            if status:
                query = query.where(Inspection.status == status)
            return list(
                session.scalars(query.order_by(Inspection.start_date.desc(), Inspection.reference))
            )

    def detail(self, ref: str) -> InspectionDetail:
        with self.desk.reading() as session:
            inspection = lookup.get(session, Inspection, ref)
            findings = self._finding_rows(session, inspection_id=inspection.id)
            extensions: dict[str, list[DeadlineExtension]] = {}
            for extension in session.scalars(
                select(DeadlineExtension)
                .where(DeadlineExtension.finding_id.in_([f.id for f in findings]))
                .order_by(DeadlineExtension.at)
            ):
                extensions.setdefault(extension.finding_id, []).append(extension)
            return InspectionDetail(
                inspection=inspection,
                institution=lookup.get(session, Institution, inspection.institution_id),
                facilities=[
                    facility
                    for facility_id in inspection.facility_ids
                    if (facility := session.get(Facility, facility_id)) is not None
                ],
                notes=list(
                    session.scalars(
                        select(InspectionNote)
                        .where(
                            InspectionNote.inspection_id == inspection.id,
                            InspectionNote.deleted.is_(False),
                        )
                        .order_by(InspectionNote.at)
                    )
                ),
                findings=findings,
                extensions=extensions,
                attachments=list(
                    session.scalars(
                        select(Attachment).where(
                            Attachment.record_id.in_([inspection.id, *(f.id for f in findings)]),
                            Attachment.deleted.is_(False),
                        )
                    )
                ),
            )

    # -- notes -------------------------------------------------------------------------------

    def add_note(self, inspection: str, text: str) -> InspectionNote:
        self.desk.access.require(Right.INSPECT)
        with self.desk.transaction() as session:
            target = lookup.get(session, Inspection, inspection)
            return self.desk.recorder.create(
                session,
                InspectionNote,
                inspection_id=target.id,
                at=self.desk.now(),
                author=self.desk.user,
                text=require_text(text, "text"),
            )

    # -- findings ----------------------------------------------------------------------------

    def add_finding(
        self,
        inspection: str,
        description: str,
        severity: str,
        *,
        requirement: str | None = None,
        facility: str | None = None,
        corrective_measure: str = "",
        deadline: str | dt.date | None = None,
        urgent: bool = False,
    ) -> Finding:
        self.desk.access.require(Right.INSPECT)
        with self.desk.transaction() as session:
            target = lookup.get(session, Inspection, inspection)
            if not self.records_findings(target):
                raise PermissionDenied(
                    "the findings of inspection {reference} are recorded by {numbering_node}",
                    reference=target.reference,
                    numbering_node=numbering_node(target),
                )
            number = (
                session.scalar(
                    select(func.max(Finding.number)).where(Finding.inspection_id == target.id)
                )
                or 0
            ) + 1
            return self.desk.recorder.create(
                session,
                Finding,
                inspection_id=target.id,
                number=number,
                requirement_id=(
                    lookup.get(session, Requirement, requirement).id if requirement else None
                ),
                facility_id=(
                    self._facility(session, target.institution_id, facility).id
                    if facility
                    else None
                ),
                description=require_text(description, "description"),
                severity=require_choice(severity, "severity", Severity.values()),
                corrective_measure=optional_text(corrective_measure, "corrective_measure"),
                deadline=parse_date(deadline, "deadline"),
                urgent=urgent,
                status=FindingStatus.OPEN.value,
            )

    def update_finding(self, ref: str, **values: Any) -> list[str]:
        """Inspector's edit of a finding. The deadline moves only by ``extend_deadline``, the
        status only by a transition (``verify``, ``reopen``...)."""
        self.desk.access.require(Right.INSPECT)
        with self.desk.transaction() as session:
            finding = lookup.find_finding(session, ref)
            inspection = lookup.get(session, Inspection, finding.inspection_id)
            fields: dict[str, Any] = {}
            for name, value in values.items():
                if name == "deadline":
                    if finding.deadline is not None:
                        raise ValidationError(
                            "a deadline moves only through a recorded extension", "deadline"
                        )
                    fields["deadline"] = parse_date(value, "deadline")
                elif name == "severity":
                    fields["severity"] = require_choice(value, "severity", Severity.values())
                elif name == "description":
                    fields["description"] = require_text(value, "description")
                elif name == "corrective_measure":
                    fields[name] = optional_text(value, name)
                elif name == "urgent":
                    fields["urgent"] = bool(value)
                elif name == "requirement":
                    fields["requirement_id"] = (
                        lookup.get(session, Requirement, value).id if value else None
                    )
                elif name == "facility":
                    fields["facility_id"] = (
                        self._facility(session, inspection.institution_id, value).id
                        if value
                        else None
                    )
                else:
                    raise ValidationError("unknown finding field {name}", name, name=name)
            return self.desk.recorder.update(session, finding, **fields)

    def respond(
        self,
        ref: str,
        response: str,
        status: str | None = None,
        evidence: Sequence[Path] = (),
    ) -> FindingResponse:
        """The inspected institution's answer, added to the finding's thread; with a status it
        also moves the finding (accepted with a plan, or remediation claimed)."""
        self.desk.access.require(Right.RESPOND_FINDING)
        with self.desk.transaction() as session:
            finding = lookup.find_finding(session, ref)
            ids = self.desk.attachments.attach_files(session, finding, evidence)
            answer = self.desk.recorder.create(
                session,
                FindingResponse,
                finding_id=finding.id,
                at=self.desk.now(),
                author=self.desk.user,
                text=require_text(response, "response"),
                evidence_ids=ids,
            )
            if status:
                target = require_choice(status, "status", RESPONDER_STATUSES)
                move_finding(
                    session, self.desk.recorder, self.desk.now(), finding, target, response, ids
                )
            return answer

    def transition(
        self,
        ref: str,
        status: str,
        reason: str,
        *,
        method: str = "",
        evidence: Sequence[Path] = (),
    ) -> FindingEvent:
        """Move a finding to ``status``; the rule book decides whether this node may."""
        target = require_choice(status, "status", FindingStatus.values())
        with self.desk.transaction() as session:
            finding = lookup.find_finding(session, ref)
            # Which node may make which move is the rule book's: its refusal names the moves
            # this node may make instead.
            self.desk.access.require_editor()
            ids = self.desk.attachments.attach_files(session, finding, evidence)
            return move_finding(
                session, self.desk.recorder, self.desk.now(), finding, target, reason, ids, method
            )

    def verify(
        self,
        ref: str,
        method: str,
        result: str,
        comment: str,
        evidence: Sequence[Path] = (),
    ) -> FindingEvent:
        """The commission's verification of a claimed remediation: closed, or returned."""
        method = require_choice(method, "method", VerificationMethod.values())
        target = VERIFICATION_RESULTS[require_choice(result, "result", list(VERIFICATION_RESULTS))]
        return self.transition(ref, target, comment, method=method, evidence=evidence)

    def dispute(self, ref: str, reason: str, evidence: Sequence[Path] = ()) -> FindingEvent:
        return self.transition(ref, FindingStatus.DISPUTED.value, reason, evidence=evidence)

    def decide_dispute(self, ref: str, *, uphold: bool, reason: str) -> FindingEvent:
        """The coordinator upholds a disputed finding (open again) or withdraws it."""
        target = FindingStatus.OPEN if uphold else FindingStatus.WITHDRAWN
        return self.transition(ref, target.value, reason)

    def reopen(self, ref: str, reason: str) -> FindingEvent:
        """The commission reopens a finding it closed or withdrew."""
        return self.transition(ref, FindingStatus.OPEN.value, reason)

    def history(self, ref: str) -> list[HistoryEntry]:
        """Every change of state and every answer of a finding, oldest first."""
        with self.desk.reading() as session:
            finding = lookup.find_finding(session, ref)
            names = dict(
                session.execute(
                    select(Attachment.id, Attachment.file_name).where(
                        Attachment.record_id == finding.id
                    )
                ).all()
            )

            def files(ids: list[str]) -> tuple[str, ...]:
                return tuple(names.get(i, i) for i in ids)

            entries = []
            if finding.response:
                stamp = finding.versions.get("response", "")
                entries.append(
                    HistoryEntry(
                        "response", finding.response_at, stamp_node(stamp), "", finding.response
                    )
                )
            for answer in session.scalars(
                select(FindingResponse).where(
                    FindingResponse.finding_id == finding.id, FindingResponse.deleted.is_(False)
                )
            ):
                entries.append(
                    HistoryEntry(
                        "response",
                        answer.at,
                        answer.origin,
                        answer.author,
                        answer.text,
                        evidence=files(answer.evidence_ids),
                    )
                )
            for event in session.scalars(
                select(FindingEvent).where(FindingEvent.finding_id == finding.id)
            ):
                entries.append(
                    HistoryEntry(
                        "event",
                        event.at,
                        event.origin,
                        event.author,
                        event.reason,
                        event.from_status,
                        event.to_status,
                        event.method,
                        files(event.evidence_ids),
                    )
                )
        # An answer that moves the finding comes before the move it explains.
        entries.sort(key=lambda e: (e.at or dt.datetime.min, e.kind != "response"))
        return entries

    def extend_deadline(
        self, ref: str, new_date: str | dt.date, reason: str, approved_by: str
    ) -> DeadlineExtension:
        self.desk.access.require(Right.INSPECT)
        with self.desk.transaction() as session:
            finding = lookup.find_finding(session, ref)
            moved_to = parse_date(new_date, "new_date")
            if moved_to is None:
                raise ValidationError("give the new deadline", "new_date")
            extension = self.desk.recorder.create(
                session,
                DeadlineExtension,
                finding_id=finding.id,
                previous_date=finding.deadline,
                new_date=moved_to,
                reason=require_text(reason, "reason"),
                approved_by=require_text(approved_by, "approved_by", limit=200),
                at=self.desk.now(),
            )
            self.desk.recorder.update(session, finding, deadline=moved_to)
            return extension

    def findings(
        self,
        *,
        inspection: str | None = None,
        institution: str | None = None,
        severity: str | None = None,
        status: str | None = None,
        urgent: bool = False,
        overdue: bool = False,
    ) -> list[FindingRow]:
        with self.desk.reading() as session:
            inspection_id = lookup.get(session, Inspection, inspection).id if inspection else None
            institution_code = (
                lookup.get(session, Institution, institution).code if institution else None
            )
            rows = self._finding_rows(session, inspection_id=inspection_id)
        return [
            row
            for row in rows
            if (institution_code is None or row.institution == institution_code)
            and (severity is None or row.severity == severity)
            and (status is None or row.status == status)
            and (not urgent or row.urgent)
            and (not overdue or row.overdue)
        ]

    def finding(self, ref: str) -> Finding:
        with self.desk.reading() as session:
            return lookup.find_finding(session, ref)

    def _finding_rows(self, session: Session, *, inspection_id: str | None) -> list[FindingRow]:
        today = self.desk.today()
        # Columns, not records: a national store holds some 50,000 findings.
        query = (
            select(
                Finding.id,
                Finding.number,
                Finding.requirement_id,
                Finding.facility_id,
                Finding.severity,
                Finding.description,
                Finding.corrective_measure,
                Finding.deadline,
                Finding.urgent,
                Finding.status,
                Finding.response,
                Inspection.reference,
                Inspection.institution_id,
            )
            .join(Inspection, Inspection.id == Finding.inspection_id)
            .where(Finding.deleted.is_(False))
        )
        if inspection_id:
            query = query.where(Finding.inspection_id == inspection_id)
        requirements = dict(session.execute(select(Requirement.id, Requirement.code)).all())
        institutions = dict(session.execute(select(Institution.id, Institution.code)).all())
        facilities = dict(session.execute(select(Facility.id, Facility.name)).all())
        # The newest answer of each finding (its earlier single answer if it has none since).
        answers = dict(
            session.execute(
                select(FindingResponse.finding_id, FindingResponse.text).order_by(
                    FindingResponse.at
                )
            ).all()
        )
        rows = [
            FindingRow(
                id=finding.id,
                ref=f"{finding.reference}#{finding.number}",
                inspection=finding.reference,
                institution=institutions.get(finding.institution_id, ""),
                number=finding.number,
                requirement=requirements.get(finding.requirement_id or "", ""),
                facility=facilities.get(finding.facility_id or "", ""),
                severity=finding.severity,
                description=finding.description,
                corrective_measure=finding.corrective_measure,
                deadline=finding.deadline,
                urgent=finding.urgent,
                status=finding.status,
                response=answers.get(finding.id, finding.response),
                overdue=finding_overdue(finding.deadline, finding.status, today),
            )
            for finding in session.execute(query)
        ]
        rows.sort(key=lambda r: (SEVERITY_ORDER.get(r.severity, 9), r.inspection, r.number))
        return rows
