"""CII inspections, their timestamped notes, findings weighed by the threat they pose, recorded
deadline extensions and the institution's requests for them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, Row, Select, func, select
from sqlalchemy.orm import Session

from desktop_app.core import lookup, rules, threat
from desktop_app.core.access import Right
from desktop_app.core.commission import closure_statuses, signatures_of
from desktop_app.core.hlc import stamp_node
from desktop_app.core.models import (
    Attachment,
    DeadlineExtension,
    ExtensionRequest,
    ExtensionRequestStatus,
    Facility,
    Finding,
    FindingEvent,
    FindingResponse,
    FindingStatus,
    Inspection,
    InspectionAct,
    InspectionKind,
    InspectionNote,
    InspectionStatus,
    Institution,
    Requirement,
    Setting,
    Severity,
    VerificationMethod,
)
from desktop_app.core.readonce import held
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


Query = TypeVar("Query", bound=Select[*tuple[Any, ...]])


@dataclass(frozen=True)
class InspectionRow:
    """One inspection as a list shows it: the page's table, the compliance report."""

    id: str
    reference: str
    institution_code: str
    kind: str
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    team: tuple[str, ...]
    scope: str
    act: str  # "" while no act is issued, else its co-signature state (core.commission)


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
    likelihood: int | None = None
    impact: int | None = None
    risk_score: int | None = None
    cii_class: str = threat.DEFAULT_CLASS
    deadline_reason: str = ""
    # "default" (the weighing's), "override" (the team's, with its reason), "extension",
    # "given" (set on a finding that was not weighed), or None (no deadline).
    deadline_source: str | None = None
    # A verified closed finding's closure: "co_signed" once the partner agency has signed it,
    # else "awaiting_co_signature"; None for a finding that is not verified closed.
    closure: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["deadline"] = self.deadline.isoformat() if self.deadline else None
        return data


class FindingState(NamedTuple):
    """A finding in brief: what the compliance figures count of each. A national store's
    50,000 findings are read so (``InspectionService.finding_states``); a report builds the
    full rows (``FindingRow``) of those it prints only."""

    id: str
    inspection: str  # its reference
    severity: str
    number: int
    status: str
    deadline: dt.date | None
    urgent: bool
    risk_score: int | None
    cii_class: str


@dataclass(frozen=True)
class ExtensionRequestRow:
    id: str
    finding: str  # REFERENCE#N
    at: dt.datetime
    node: str
    author: str
    previous_date: dt.date | None
    requested_date: dt.date
    reason: str
    status: str
    decision_reason: str
    decided_by: str
    decided_at: dt.datetime | None

    def as_dict(self) -> dict[str, Any]:
        return {
            name: value.isoformat() if isinstance(value, dt.date) else value
            for name, value in self.__dict__.items()
        }


def deadline_source(
    deadline: dt.date | None, weighed: bool, reason: str, extended: bool
) -> str | None:
    if deadline is None:
        return None
    if extended:
        return "extension"
    if reason:
        return "override"
    return "default" if weighed else "given"


@dataclass
class InspectionDetail:
    inspection: Inspection
    institution: Institution
    facilities: list[Facility]
    notes: list[InspectionNote]
    findings: list[FindingRow]
    extensions: dict[str, list[DeadlineExtension]] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)
    acts: list[InspectionAct] = field(default_factory=list)  # the act, then its addenda


@dataclass(frozen=True)
class HistoryEntry:
    """A change of a finding's state (``kind`` "event"), an answer ("response"), or an
    agency's signature on a verified closure ("signature": ``node`` signed, for the issuing
    agency or the partner agency as ``side`` says, with the key of ``fingerprint``)."""

    kind: str
    at: dt.datetime | None
    node: str
    author: str
    text: str
    from_status: str = ""
    to_status: str = ""
    method: str = ""
    evidence: tuple[str, ...] = ()  # file names
    side: str = ""
    fingerprint: str = ""  # grouped

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


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


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
    with recorder.together(session):  # the event waits for its move
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


def _weighed_facilities(inspection_facilities: list[str], facility_id: str | None) -> list[str]:
    """The facilities whose CII class weighs a finding: its own, else the inspection's."""
    return [facility_id] if facility_id else inspection_facilities


# The most values a statement names one by one (SQLite's limit on parameters was 999).
_NAMED_AT_MOST = 900


def _cii_classes(
    session: Session, found: Sequence[tuple[str, str | None]]
) -> Callable[[str, str | None], str]:
    """The CII class that weighs a finding, by its inspection's id and its own facility: its
    facility's, else its inspection's. ``found`` names the (inspection, facility) pairs to be
    asked about. Found once per facility or inspection (50,000 findings of 600 facilities at
    national scale); only the facility lists of the inspections whose findings have none of
    their own are read (decoding each finding's inspection's list cost more than the rest of
    its row)."""
    classes = dict(session.execute(select(Facility.id, Facility.criticality)).all())
    unplaced = {inspection for inspection, own in found if not own}
    inspected: dict[str, list[str]] = {}
    if unplaced:
        query = select(Inspection.id, Inspection.facility_ids)
        if len(unplaced) <= _NAMED_AT_MOST:
            query = query.where(Inspection.id.in_(unplaced))
        inspected = {inspection: listed for inspection, listed in session.execute(query)}
    weighed: dict[tuple[str, str], str] = {}

    def cii_class(inspection_id: str, own: str | None) -> str:
        key = (own, "") if own else ("", inspection_id)
        found = weighed.get(key)
        if found is None:
            facilities = _weighed_facilities(inspected.get(inspection_id, []), own)
            found = weighed[key] = threat.most_critical([classes.get(i, "") for i in facilities])
        return found

    return cii_class


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
        self,
        *,
        institution: str | None = None,
        status: str | None = None,
        references: Collection[str] | None = None,
    ) -> list[Inspection]:
        """The inspections (of one institution, in one status, of these ``references``)."""
        with self.desk.reading() as session:
            query = _chosen(session, select(Inspection), institution, status, references)
            return list(session.scalars(query))

    def references(self) -> list[tuple[str, str]]:
        """Every inspection as a choice list names it: (reference, institution code), in
        ``inspections``' order; two columns, not the records (see ``rows``)."""
        codes = {i.id: i.code for i in self.desk.plan.institutions()}
        columns = select(Inspection.reference, Inspection.institution_id)
        with self.desk.reading() as session:
            found = session.execute(_chosen(session, columns, None, None, None)).all()
        return [(row.reference, codes.get(row.institution_id, "")) for row in found]

    def rows(
        self,
        *,
        institution: str | None = None,
        status: str | None = None,
        references: Collection[str] | None = None,
    ) -> list[InspectionRow]:
        """``inspections`` as list rows: the institution by its code, the act's state."""
        codes = {i.id: i.code for i in self.desk.plan.institutions()}
        # Columns, not records: a national store's 10,000 inspection records, with their
        # state, were 56 MiB, of which the GUI kept 45 MiB after they were freed.
        columns = select(
            Inspection.id,
            Inspection.reference,
            Inspection.institution_id,
            Inspection.kind,
            Inspection.status,
            Inspection.start_date,
            Inspection.end_date,
            Inspection.team,
            Inspection.scope,
        )
        with self.desk.reading() as session:
            found = session.execute(
                _chosen(session, columns, institution, status, references)
            ).all()
        # The acts of the inspections chosen by reference only (a period's, for its report).
        acts = self.desk.commission.statuses(
            [row.id for row in found] if references is not None else None
        )
        return [
            InspectionRow(
                id=row.id,
                reference=row.reference,
                institution_code=codes.get(row.institution_id, ""),
                kind=row.kind,
                status=row.status,
                start_date=row.start_date,
                end_date=row.end_date,
                team=tuple(row.team),
                scope=row.scope,
                act=acts.get(row.id, ""),
            )
            for row in found
        ]

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
                acts=self._acts(session, inspection.id),
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

    # -- acts --------------------------------------------------------------------------------

    def issue(
        self, inspection: str, number: str, issued_on: str | dt.date, *, addendum: bool = False
    ) -> InspectionAct:
        """Issue the act (or, with ``addendum``, the next addendum): it issues every finding no
        earlier act issued, which from then on travel to the inspected institution."""
        self.desk.access.require(Right.INSPECT)
        with self.desk.transaction() as session:
            target = lookup.get(session, Inspection, inspection)
            earlier = self._acts(session, target.id)
            issued = {finding for act in earlier for finding in act.finding_ids}
            findings = self._finding_ids(session, target.id)
            day = parse_date(issued_on, "date")
            if day is None:
                raise ValidationError("the act needs its date", "date")
            issuing = [finding for finding in findings if finding not in issued]
            act = self.desk.recorder.create(
                session,
                InspectionAct,
                inspection_id=target.id,
                # Never 0 for an addendum: with no act yet, the rule book refuses it.
                addendum=max(len(earlier), 1) if addendum else 0,
                number=require_text(number, "number"),
                issued_on=day,
                issued_by=self.desk.user,
                finding_ids=issuing,
                snapshot=self._act_snapshot(session, target, issuing),
            )
            # The issuing agency signs what it issues; the partner agency co-signs later.
            self.desk.commission.sign_issued(session, act)
            return act

    def acts(self, inspection: str) -> list[InspectionAct]:
        """The act and its addenda, in order."""
        with self.desk.reading() as session:
            return self._acts(session, lookup.get(session, Inspection, inspection).id)

    @staticmethod
    def _finding_ids(session: Session, inspection_id: str) -> list[str]:
        """The inspection's findings by number."""
        return list(
            session.scalars(
                select(Finding.id)
                .where(Finding.inspection_id == inspection_id, Finding.deleted.is_(False))
                .order_by(Finding.number)
            )
        )

    @staticmethod
    def _acts(session: Session, inspection_id: str) -> list[InspectionAct]:
        return list(
            session.scalars(
                select(InspectionAct)
                .where(
                    InspectionAct.inspection_id == inspection_id, InspectionAct.deleted.is_(False)
                )
                .order_by(InspectionAct.addendum)
            )
        )

    def draft_act(self, inspection: str) -> dict[str, Any]:
        """What the act would say if it were issued now, with every finding recorded so far."""
        with self.desk.reading() as session:
            target = lookup.get(session, Inspection, inspection)
            return self._act_snapshot(session, target, self._finding_ids(session, target.id))

    def _act_snapshot(
        self, session: Session, inspection: Inspection, finding_ids: Sequence[str]
    ) -> dict[str, Any]:
        """The document an act prints, as plain JSON values (the shape the rule book checks)."""
        institution = lookup.get(session, Institution, inspection.institution_id)
        titles = dict(session.execute(select(Requirement.code, Requirement.title)).all())
        rows = {row.id: row for row in self._finding_rows(session, inspection_id=inspection.id)}
        return {
            "reference": inspection.reference,
            "institution": {
                "code": institution.code,
                "name": institution.name,
                "name_en": institution.name_en,
            },
            "facilities": [
                {"name": f.name, "category": f.category, "criticality": f.criticality}
                for facility_id in inspection.facility_ids
                if (f := session.get(Facility, facility_id)) is not None
            ],
            "kind": inspection.kind,
            "status": inspection.status,
            "start_date": _iso(inspection.start_date),
            "end_date": _iso(inspection.end_date),
            "legal_basis": inspection.legal_basis,
            "team": list(inspection.team),
            "team_node": inspection.team_node or "",
            "scope": inspection.scope,
            "conclusion": inspection.conclusion,
            "findings": [
                {
                    "id": row.id,
                    "number": row.number,
                    "requirement": row.requirement,
                    "requirement_title": titles.get(row.requirement, ""),
                    "facility": row.facility,
                    "severity": row.severity,
                    "description": row.description,
                    "corrective_measure": row.corrective_measure,
                    "deadline": _iso(row.deadline),
                    "urgent": row.urgent,
                    "status": row.status,
                }
                for finding_id in finding_ids
                if (row := rows.get(finding_id)) is not None
            ],
        }

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
        likelihood: int | None = None,
        impact: int | None = None,
        deadline_reason: str = "",
    ) -> Finding:
        """A finding weighed by ``likelihood`` and ``impact`` gets the deadline and urgency the
        node's table gives its score and CII class; another deadline needs ``deadline_reason``."""
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
            facility_id = (
                self._facility(session, target.institution_id, facility).id if facility else None
            )
            weighed = self._weighed(
                session, target, facility_id, likelihood, impact, deadline, deadline_reason
            )
            urgent = weighed.pop("urgent", False) or urgent
            return self.desk.recorder.create(
                session,
                Finding,
                inspection_id=target.id,
                number=number,
                requirement_id=(
                    lookup.get(session, Requirement, requirement).id if requirement else None
                ),
                facility_id=facility_id,
                description=require_text(description, "description"),
                severity=require_choice(severity, "severity", Severity.values()),
                corrective_measure=optional_text(corrective_measure, "corrective_measure"),
                urgent=urgent,
                status=FindingStatus.OPEN.value,
                **weighed,
            )

    def _weighed(
        self,
        session: Session,
        inspection: Inspection,
        facility_id: str | None,
        likelihood: int | None,
        impact: int | None,
        deadline: str | dt.date | None,
        reason: str,
    ) -> dict[str, Any]:
        """The fields a weighing sets: likelihood, impact, deadline (the table's unless one is
        given with a reason), its reason, and ``urgent`` when the table says so."""
        threat.check_level(likelihood, "likelihood")
        threat.check_level(impact, "impact")
        given = parse_date(deadline, "deadline")
        reason = optional_text(reason, "deadline_reason")
        fields: dict[str, Any] = {
            "deadline": given,
            "deadline_reason": reason,
            "likelihood": likelihood,
            "impact": impact,
        }
        if likelihood is None and impact is None:
            return fields
        if likelihood is None or impact is None:
            raise ValidationError(
                "weigh a finding by both likelihood and impact, or by neither", "impact"
            )
        weighing = self.weighing(session, inspection, facility_id, likelihood, impact)
        default = weighing.deadline(self.deadline_start(inspection))
        if given is None or given == default:
            fields.update(deadline=default, deadline_reason="")
        elif not reason:
            raise ValidationError(
                "the weighing gives the deadline {default}; give the reason for another",
                "deadline_reason",
                default=default.strftime("%d.%m.%Y"),
            )
        return fields | {"urgent": weighing.urgent}

    def weighing(
        self,
        session: Session,
        inspection: Inspection,
        facility_id: str | None,
        likelihood: int,
        impact: int,
    ) -> threat.Weighing:
        def setting(key: str) -> str:
            row = session.get(Setting, key)
            return row.value if row else ""

        cii_class = self._cii_class(session, inspection, facility_id)
        return threat.weigh(likelihood, impact, cii_class, setting)

    @staticmethod
    def _cii_class(session: Session, inspection: Inspection, facility_id: str | None) -> str:
        """The class of the finding's facility, else the most critical the inspection covers."""
        ids = _weighed_facilities(inspection.facility_ids, facility_id)
        classes = session.scalars(select(Facility.criticality).where(Facility.id.in_(ids)))
        return threat.most_critical(list(classes))

    def deadline_start(self, inspection: Inspection) -> dt.date:
        """The day a default deadline counts from: the inspection's end (the act follows it)."""
        return inspection.end_date or inspection.start_date or self.desk.today()

    def preview_weighing(
        self, inspection: str, facility: str | None, likelihood: int, impact: int
    ) -> tuple[threat.Weighing, dt.date]:
        """What a finding so weighed would get: for a form that shows it before saving."""
        with self.desk.reading() as session:
            target = lookup.get(session, Inspection, inspection)
            facility_id = (
                self._facility(session, target.institution_id, facility).id if facility else None
            )
            threat.check_level(likelihood, "likelihood")
            threat.check_level(impact, "impact")
            weighing = self.weighing(session, target, facility_id, likelihood, impact)
            return weighing, weighing.deadline(self.deadline_start(target))

    def update_finding(self, ref: str, **values: Any) -> list[str]:
        """Inspector's edit of a finding. A deadline, once set, moves only by
        ``extend_deadline``; the status only by a transition (``verify``, ``reopen``...). A
        finding weighed anew with no deadline yet gets the table's."""
        self.desk.access.require(Right.INSPECT)
        with self.desk.transaction() as session:
            finding = lookup.find_finding(session, ref)
            inspection = lookup.get(session, Inspection, finding.inspection_id)
            fields: dict[str, Any] = {}
            for name, value in values.items():
                if name in ("deadline", "likelihood", "impact", "deadline_reason"):
                    continue
                if name == "severity":
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
            fields |= self._reweighed(session, finding, inspection, fields, values)
            return self.desk.recorder.update(session, finding, **fields)

    def _reweighed(
        self,
        session: Session,
        finding: Finding,
        inspection: Inspection,
        fields: dict[str, Any],
        values: dict[str, Any],
    ) -> dict[str, Any]:
        """The weighing's fields an edit changes; a deadline already set stays where it is,
        unless one is given: the rule book refuses that move, made without an extension."""
        weighing_named = {"likelihood", "impact", "deadline"} & set(values)
        if not weighing_named:
            return {}
        deadline_set = finding.deadline is not None
        weighed = self._weighed(
            session,
            inspection,
            fields.get("facility_id", finding.facility_id),
            values.get("likelihood", finding.likelihood),
            values.get("impact", finding.impact),
            None if deadline_set else values.get("deadline"),
            values.get("deadline_reason", ""),
        )
        urgent = weighed.pop("urgent", False)
        if deadline_set:
            del weighed["deadline"], weighed["deadline_reason"]
            if "deadline" in values:
                weighed["deadline"] = parse_date(values["deadline"], "deadline")
        if "urgent" not in fields:
            weighed["urgent"] = urgent or finding.urgent
        return weighed

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
            event = move_finding(
                session, self.desk.recorder, self.desk.now(), finding, target, reason, ids, method
            )
            if target == FindingStatus.VERIFIED_CLOSED.value:
                # A verified closure is the commission's: the verifying agency signs it.
                self.desk.commission.sign_issued(session, event)
            return event

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
            events = list(
                session.scalars(select(FindingEvent).where(FindingEvent.finding_id == finding.id))
            )
            for event in events:
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
            closures = {e.id: e.at for e in events if e.to_status == FindingStatus.VERIFIED_CLOSED}
            signatures = [
                (max(row.signed_at, closures[event_id] or row.signed_at), row)
                for event_id, rows in signatures_of(session, list(closures)).items()
                for row in rows
            ]
        # An answer that moves the finding comes before the move it explains; a closure's
        # signatures come after it, whatever the signers' clocks said.
        keyed = [((e.at or dt.datetime.min, int(e.kind != "response")), e) for e in entries]
        keyed += [
            (
                (after, 2),
                HistoryEntry(
                    "signature",
                    row.signed_at,
                    row.signer,
                    row.signed_by,
                    "",
                    side=row.side,
                    fingerprint=row.fingerprint,
                ),
            )
            for after, row in signatures
        ]
        keyed.sort(key=lambda pair: pair[0])
        return [entry for _key, entry in keyed]

    def extend_deadline(
        self, ref: str, new_date: str | dt.date, reason: str, approved_by: str
    ) -> DeadlineExtension:
        """The commission (the team or the coordinator) moves a deadline later, with a reason."""
        self.desk.access.require(Right.INSPECT)
        with self.desk.transaction() as session, self.desk.recorder.together(session):
            finding = lookup.find_finding(session, ref)
            return self._extend(session, finding, new_date, reason, approved_by)

    def _extend(
        self,
        session: Session,
        finding: Finding,
        new_date: str | dt.date,
        reason: str,
        approved_by: str,
    ) -> DeadlineExtension:
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

    def request_extension(self, ref: str, to: str | dt.date, reason: str) -> ExtensionRequest:
        """The inspected institution asks the coordinator for a later deadline, once at a time
        (the rule book's rule)."""
        self.desk.access.require(Right.RESPOND_FINDING)
        with self.desk.transaction() as session:
            finding = lookup.find_finding(session, ref)
            requested = parse_date(to, "requested_date")
            if requested is None:
                raise ValidationError("give the deadline asked for", "requested_date")
            return self.desk.recorder.create(
                session,
                ExtensionRequest,
                finding_id=finding.id,
                at=self.desk.now(),
                author=self.desk.user,
                previous_date=finding.deadline,
                requested_date=requested,
                reason=require_text(reason, "reason"),
                status=ExtensionRequestStatus.PENDING.value,
            )

    def decide_extension(self, request_id: str, *, approve: bool, reason: str) -> ExtensionRequest:
        """The coordinator approves a request or rejects it; the rule book refuses anyone
        else. An approval grants the date asked for, or keeps the deadline if it already
        stands later (moved since the request, by another extension): the deadline moves, as
        a recorded extension, only if it is earlier than the date asked for."""
        self.desk.access.require_editor()
        with self.desk.transaction() as session, self.desk.recorder.together(session):
            request = lookup.get(session, ExtensionRequest, request_id)
            status = ExtensionRequestStatus.APPROVED if approve else ExtensionRequestStatus.REJECTED
            self.desk.recorder.update(
                session,
                request,
                status=status.value,
                decision_reason=require_text(reason, "reason"),
                decided_by=self.desk.user,
                decided_at=self.desk.now(),
            )
            finding = lookup.get(session, Finding, request.finding_id)
            if approve and (finding.deadline is None or finding.deadline < request.requested_date):
                self._extend(session, finding, request.requested_date, reason, self.desk.user)
            return request

    def extension_requests(
        self, finding: str | None = None, *, pending: bool = False
    ) -> list[ExtensionRequestRow]:
        """Extension requests, oldest first: of one finding, or all (``pending``: undecided)."""
        with self.desk.reading() as session:
            query = (
                select(ExtensionRequest, Finding.number, Inspection.reference)
                .join(Finding, Finding.id == ExtensionRequest.finding_id)
                .join(Inspection, Inspection.id == Finding.inspection_id)
                .where(ExtensionRequest.deleted.is_(False))
                .order_by(ExtensionRequest.at)
            )
            if finding:
                query = query.where(
                    ExtensionRequest.finding_id == lookup.find_finding(session, finding).id
                )
            if pending:
                query = query.where(ExtensionRequest.status == ExtensionRequestStatus.PENDING.value)
            return [
                ExtensionRequestRow(
                    id=r.id,
                    finding=f"{reference}#{number}",
                    at=r.at,
                    node=r.origin,
                    author=r.author,
                    previous_date=r.previous_date,
                    requested_date=r.requested_date,
                    reason=r.reason,
                    status=r.status,
                    decision_reason=r.decision_reason,
                    decided_by=r.decided_by,
                    decided_at=r.decided_at,
                )
                for r, number, reference in session.execute(query).all()
            ]

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
            rows = held(
                ("findings", self.desk.node.code, inspection_id),
                lambda: self._finding_rows(session, inspection_id=inspection_id),
            )
        return [
            row
            for row in rows
            if (institution_code is None or row.institution == institution_code)
            and (severity is None or row.severity == severity)
            # A closure awaiting co-signature is a status of its own to the lists.
            and (status is None or status in (row.status, row.closure))
            and (not urgent or row.urgent)
            and (not overdue or row.overdue)
        ]

    def finding(self, ref: str) -> Finding:
        with self.desk.reading() as session:
            return lookup.find_finding(session, ref)

    def finding_row(self, ref: str) -> FindingRow:
        """One finding as the lists show it (weighing, deadline's source, overdue)."""
        with self.desk.reading() as session:
            finding = lookup.find_finding(session, ref)
            rows = self._finding_rows(session, inspection_id=finding.inspection_id)
        return next(row for row in rows if row.id == finding.id)

    def findings_where(self, *conditions: ColumnElement[bool]) -> list[FindingRow]:
        """The rows of ``findings()`` whose finding meets ``conditions`` (on the columns of
        ``Finding`` and its ``Inspection``), chosen by SQLite: a figure that needs a few of a
        national store's 50,000 findings builds those rows only."""
        with self.desk.reading() as session:
            return self._finding_rows(session, inspection_id=None, where=conditions)

    def findings_of(self, ids: Collection[str]) -> list[FindingRow]:
        """The rows of ``findings()`` of the findings ``ids`` names, in its order: chosen here,
        not by SQLite (a report prints 25,000 of a national store's 50,000 findings, chosen by
        their state at a period's end: a statement naming them each was slower than reading
        all). Every finding is read; the rows of the others are not built."""
        with self.desk.reading() as session:
            return self._finding_rows(session, inspection_id=None, ids=ids)

    def finding_states(self, institution: str | None = None) -> list[FindingState]:
        """Every finding (of one institution, by code, or all) in brief, in the order of
        ``findings()``: without its answers or closure."""
        with self.desk.reading() as session:
            found = self._every_finding(session)
            if institution:
                owner = lookup.get(session, Institution, institution)
                found = [f for f in found if f.institution_id == owner.id]
            cii_class = _cii_classes(session, [(f.inspection_id, f.facility_id) for f in found])
        states = [
            FindingState(
                finding_id,
                reference,
                severity,
                number,
                status,
                deadline,
                urgent,
                threat.risk_score(likelihood, impact),
                cii_class(inspection_id, facility_id),
            )
            for (
                finding_id,
                number,
                _requirement_id,
                facility_id,
                severity,
                _description,
                _corrective_measure,
                deadline,
                urgent,
                status,
                _response,
                likelihood,
                impact,
                _reason,
                inspection_id,
                reference,
                _institution_id,
            ) in found
        ]
        # The order of ``findings()``.
        states.sort(key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.inspection, f.number))
        return states

    def _every_finding(self, session: Session) -> Sequence[Row[*tuple[Any, ...]]]:
        """The columns of every finding (``_finding_columns``), read once within ``read_once``:
        a compliance report's states of every finding and rows of those it prints."""
        return held(
            ("finding_columns", self.desk.node.code),
            lambda: session.execute(_finding_columns()).all(),
        )

    def count_by_severity(self, *conditions: ColumnElement[bool]) -> dict[str, int]:
        """The findings meeting ``conditions`` by severity, counted by SQLite (every severity,
        none left out)."""
        with self.desk.reading() as session:
            found = dict(
                session.execute(
                    select(Finding.severity, func.count())
                    .join(Inspection, Inspection.id == Finding.inspection_id)
                    .where(Finding.deleted.is_(False), *conditions)
                    .group_by(Finding.severity)
                ).all()
            )
        return {severity: found.get(severity, 0) for severity in SEVERITY_ORDER}

    def _finding_rows(
        self,
        session: Session,
        *,
        inspection_id: str | None,
        where: Sequence[ColumnElement[bool]] = (),
        ids: Collection[str] | None = None,
    ) -> list[FindingRow]:
        today = self.desk.today()
        query = _finding_columns()
        # One inspection's rows, or those ``where`` chooses, read their findings' answers,
        # extensions and closures only (an act drafted at national scale read every finding's
        # of the store).
        chosen = [*where]
        if inspection_id:
            chosen.append(Finding.inspection_id == inspection_id)
        within = None
        if chosen:
            query = query.where(*chosen)
            within = (
                select(Finding.id)
                .join(Inspection, Inspection.id == Finding.inspection_id)
                .where(*chosen)
            )
        found = session.execute(query).all() if chosen else self._every_finding(session)
        if ids is not None:
            wanted = set(ids)
            found = [f for f in found if f[0] in wanted]
        requirements = dict(session.execute(select(Requirement.id, Requirement.code)).all())
        institutions = dict(session.execute(select(Institution.id, Institution.code)).all())
        facilities = dict(session.execute(select(Facility.id, Facility.name)).all())
        cii_class = _cii_classes(session, [(f.inspection_id, f.facility_id) for f in found])
        extensions = select(DeadlineExtension.finding_id)
        # The newest answer of each finding (its earlier single answer if it has none since).
        answered = select(FindingResponse.finding_id, FindingResponse.text).order_by(
            FindingResponse.at
        )
        if within is not None:
            extensions = extensions.where(DeadlineExtension.finding_id.in_(within))
            answered = answered.where(FindingResponse.finding_id.in_(within))
        extended = set(session.scalars(extensions))
        closed = FindingStatus.VERIFIED_CLOSED.value
        # Of every finding ever closed: a row's counts if it is closed now.
        closures = (
            closure_statuses(session, within) if any(f.status == closed for f in found) else {}
        )
        answers = dict(session.execute(answered).all())
        # Each row's columns unpacked by position (a name looked up on a result row costs
        # more than the rest of a row's making, 50,000 times for a national store's list).
        rows = [
            FindingRow(
                id=finding_id,
                ref=f"{reference}#{number}",
                inspection=reference,
                institution=institutions.get(institution_id, ""),
                number=number,
                requirement=requirements.get(requirement_id or "", ""),
                facility=facilities.get(facility_id or "", ""),
                severity=severity,
                description=description,
                corrective_measure=corrective_measure,
                deadline=deadline,
                urgent=urgent,
                status=status,
                response=answers[finding_id] if finding_id in answers else response,
                overdue=finding_overdue(deadline, status, today),
                likelihood=likelihood,
                impact=impact,
                risk_score=threat.risk_score(likelihood, impact),
                cii_class=cii_class(inspection, facility_id),
                deadline_reason=reason,
                deadline_source=deadline_source(
                    deadline, likelihood is not None, reason, finding_id in extended
                ),
                closure=closures.get(finding_id) if status == closed else None,
            )
            for (
                finding_id,
                number,
                requirement_id,
                facility_id,
                severity,
                description,
                corrective_measure,
                deadline,
                urgent,
                status,
                response,
                likelihood,
                impact,
                reason,
                inspection,
                reference,
                institution_id,
            ) in found
        ]
        rows.sort(key=lambda r: (SEVERITY_ORDER.get(r.severity, 9), r.inspection, r.number))
        return rows


def _finding_columns() -> Select[*tuple[Any, ...]]:
    """The columns a findings row is made of, in the order its makers unpack them: columns,
    not records (a national store holds some 50,000 findings)."""
    return (
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
            Finding.likelihood,
            Finding.impact,
            Finding.deadline_reason,
            Finding.inspection_id,
            Inspection.reference,
            Inspection.institution_id,
        )
        .join(Inspection, Inspection.id == Finding.inspection_id)
        .where(Finding.deleted.is_(False))
    )


def _chosen(
    session: Session,
    query: Query,
    institution: str | None,
    status: str | None,
    references: Collection[str] | None,
) -> Query:
    """``query`` over the inspections not deleted (of one institution, in one status, of these
    ``references``), newest first."""
    query = query.where(Inspection.deleted.is_(False))
    if references is not None:
        query = query.where(Inspection.reference.in_(references))
    if institution:
        owner = lookup.get(session, Institution, institution)
        query = query.where(Inspection.institution_id == owner.id)
    if status:
        query = query.where(Inspection.status == status)
    return query.order_by(Inspection.start_date.desc(), Inspection.reference)
