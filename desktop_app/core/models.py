"""The domain model (SQLAlchemy 2 typed ORM).

Synchronised records (``Synced``) carry a global UUID, the code of the node that created them,
a per-field map of hybrid-logical-clock stamps for field-by-field merge, and a tombstone flag
instead of hard deletes. Local records (users, audit log, settings, attachment content) never
leave the node.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        dict[str, str]: JSON,
        list[str]: JSON,
    }


def new_id() -> str:
    return str(uuid.uuid4())


class StrEnum(enum.StrEnum):
    @classmethod
    def values(cls) -> list[str]:
        return [member.value for member in cls]


class NodeRole(StrEnum):
    COORDINATOR = "coordinator"
    INSTITUTION = "institution"
    INSPECTION_TEAM = "inspection-team"
    # The joint commission's other agency (the State Security Service's desk): co-signs acts
    # and verified closures.
    PARTNER_AGENCY = "partner-agency"


class InstitutionKind(StrEnum):
    MINISTRY = "ministry"
    AGENCY = "agency"
    CII_OPERATOR = "cii_operator"
    COORDINATING_BODY = "coordinating_body"


class UserRole(StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"


class ProgressStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    DELAYED = "delayed"


class EvaluationResult(StrEnum):
    IMPLEMENTED = "implemented"
    PARTLY_IMPLEMENTED = "partly_implemented"
    NOT_IMPLEMENTED = "not_implemented"
    NEEDS_CLARIFICATION = "needs_clarification"


# A submitted report with no evaluation since it was last revised.
PENDING = "pending"


class IndicatorDirection(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"  # a falling indicator (incidents): its target is below its baseline


class RevisedField(StrEnum):
    """What a plan revision changes: a measure's dates, lead, co-executors or title, or its
    cancellation."""

    TITLE = "title"
    START = "start"
    END = "end"
    CONTINUOUS = "continuous"
    LEAD = "lead"
    CO_EXECUTORS = "co_executors"
    CANCELLED = "cancelled"


class InspectionKind(StrEnum):
    SCHEDULED = "scheduled"
    UNSCHEDULED = "unscheduled"
    FOLLOW_UP = "follow_up"


class InspectionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    REPORT_ISSUED = "report_issued"


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class FindingStatus(StrEnum):
    OPEN = "open"
    IN_REMEDIATION = "in_remediation"
    REMEDIATED = "remediated"
    VERIFIED_CLOSED = "verified_closed"
    DISPUTED = "disputed"
    WITHDRAWN = "withdrawn"


class VerificationMethod(StrEnum):
    DOCUMENT_REVIEW = "document_review"
    ON_SITE = "on_site"


class ExtensionRequestStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class RequirementCategory(StrEnum):
    GENERAL = "general"
    SPECIAL = "special"


class Criticality(StrEnum):
    CLASS_I = "I"
    CLASS_II = "II"
    CLASS_III = "III"


# ---------------------------------------------------------------------------------------------
# Synchronised records


class Synced(Base):
    """Columns every synchronised record carries; subclasses list the fields that merge."""

    __abstract__ = True
    KIND: ClassVar[str]
    # Bookkeeping columns that are not merged field by field.
    BOOKKEEPING: ClassVar[frozenset[str]] = frozenset({"id", "origin", "versions"})

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin: Mapped[str] = mapped_column(String(32))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    versions: Mapped[dict[str, str]] = mapped_column(default=dict)

    @classmethod
    def sync_fields(cls) -> tuple[str, ...]:
        """Fields that travel in bundles and merge by their own clock stamp (``deleted`` too)."""
        return _sync_fields(cls)

    def to_fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.sync_fields()}

    def search_text(self) -> tuple[str, str] | None:
        """(title, body) for the full-text index, or None for kinds that are not searched."""
        return None


@functools.cache  # asked for every record a bundle carries or a state digest reads
def _sync_fields(model: type[Synced]) -> tuple[str, ...]:
    return tuple(c.key for c in model.__table__.columns if c.key not in model.BOOKKEEPING)


def _join(*parts: str | None) -> str:
    return " ".join(filter(None, parts))


class Institution(Synced):
    __tablename__ = "institutions"
    KIND = "institution"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(24), default=InstitutionKind.AGENCY.value)

    def search_text(self) -> tuple[str, str] | None:
        return _join(self.code, self.name, self.name_en), ""


class Facility(Synced):
    __tablename__ = "facilities"
    KIND = "facility"
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(Text, default="")
    criticality: Mapped[str] = mapped_column(String(4), default=Criticality.CLASS_II.value)


class Strategy(Synced):
    __tablename__ = "strategies"
    KIND = "strategy"
    title: Mapped[str] = mapped_column(Text)
    title_en: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[int] = mapped_column(Integer)
    period_end: Mapped[int] = mapped_column(Integer)
    approving_act: Mapped[str] = mapped_column(Text, default="")


class Direction(Synced):
    __tablename__ = "directions"
    KIND = "direction"
    strategy_id: Mapped[str] = mapped_column(ForeignKey("strategies.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    title_en: Mapped[str] = mapped_column(Text, default="")


class Measure(Synced):
    __tablename__ = "measures"
    KIND = "measure"
    direction_id: Mapped[str | None] = mapped_column(ForeignKey("directions.id"), index=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(Text)
    title_en: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    lead_institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), index=True)
    co_executors: Mapped[list[str]] = mapped_column(default=list)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    continuous: Mapped[bool] = mapped_column(Boolean, default=False)
    expected_result: Mapped[str] = mapped_column(Text, default="")
    financing_source: Mapped[str] = mapped_column(Text, default="")

    def search_text(self) -> tuple[str, str] | None:
        return _join(self.number, self.title, self.title_en), _join(
            self.description, self.expected_result
        )


class Indicator(Synced):
    __tablename__ = "indicators"
    KIND = "indicator"
    measure_id: Mapped[str] = mapped_column(ForeignKey("measures.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)


class IndicatorCourse(Synced):
    """The course an indicator is planned to take: up or down, and its yearly milestones.
    A record of its own beside the indicator, so indicators stored before it existed keep the
    state their audit entries recorded."""

    __tablename__ = "indicator_courses"
    KIND = "indicator_course"
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"), unique=True)
    direction: Mapped[str] = mapped_column(String(8))
    # year ("2026") -> the value planned for that year's end
    milestones: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ProgressReport(Synced):
    __tablename__ = "progress_reports"
    __table_args__ = (
        UniqueConstraint("measure_id", "institution_id", "period"),
        # Every figure of a measure starts from its reports' columns but the text: the official
        # status (the lead's), the contributions (the co-executors'). Read from this index in
        # order, not row by row from a national store's 400,000 reports.
        Index(
            "ix_progress_reports_figures",
            "measure_id",
            "institution_id",
            "period",
            "draft",
            "deleted",
            "status",
            "percent",
            "submitted_at",
            "id",
        ),
    )
    KIND = "progress_report"
    measure_id: Mapped[str] = mapped_column(ForeignKey("measures.id"), index=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), index=True)
    period: Mapped[str] = mapped_column(String(8), index=True)
    status: Mapped[str] = mapped_column(String(16))
    percent: Mapped[int] = mapped_column(Integer, default=0)
    work_done: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    # indicator id -> actual value reached in the period
    indicator_actuals: Mapped[dict[str, Any]] = mapped_column(default=dict)
    draft: Mapped[bool] = mapped_column(Boolean, default=False)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(Text, default="")

    def search_text(self) -> tuple[str, str] | None:
        return self.period, _join(self.work_done, self.problems)


class Evaluation(Synced):
    __tablename__ = "evaluations"
    KIND = "evaluation"
    # Many per report: a revised report is evaluated again and the earlier ones stay as history.
    report_id: Mapped[str] = mapped_column(ForeignKey("progress_reports.id"), index=True)
    # Indexed for the due list's reports asked to clarify, a few among 350,000 evaluations.
    result: Mapped[str] = mapped_column(String(24), index=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    evaluator: Mapped[str] = mapped_column(Text, default="")
    evaluated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class StatusDecision(Synced):
    """The coordinator's official status of a measure for a period, with its reason: it wins
    over the lead's report for that period until the lead submits a later one."""

    __tablename__ = "status_decisions"
    KIND = "status_decision"
    measure_id: Mapped[str] = mapped_column(ForeignKey("measures.id"), index=True)
    period: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))
    percent: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class PlanRevision(Synced):
    """One change of a measure in the plan (a date, the lead, the co-executors, the title, or
    its cancellation), with its reason and the decision it follows: recorded once and kept."""

    __tablename__ = "plan_revisions"
    KIND = "plan_revision"
    measure_id: Mapped[str] = mapped_column(ForeignKey("measures.id"), index=True)
    field: Mapped[str] = mapped_column(String(16))
    # As people read them: dates ISO, institutions by code, co-executors comma-separated.
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text)
    decision_number: Mapped[str] = mapped_column(Text, default="")
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    revised_by: Mapped[str] = mapped_column(Text, default="")
    revised_at: Mapped[dt.datetime] = mapped_column(DateTime)


class OfficialStatus(Synced):
    """A measure's official status for a period as the coordinator computes it (its latest
    status among those of the period; "" for a measure nobody has reported on), published in
    its bundles so that every institution shows the national picture, not only its own
    reports."""

    __tablename__ = "official_statuses"
    KIND = "official_status"
    # One per period the measure has a status for, as of that period's end, so that an
    # institution's report for an earlier period shows what the coordinator's shows.
    __table_args__ = (UniqueConstraint("measure_id", "period"),)
    measure_id: Mapped[str] = mapped_column(ForeignKey("measures.id"))
    period: Mapped[str] = mapped_column(String(8), default="")
    status: Mapped[str] = mapped_column(String(16))
    percent: Mapped[int] = mapped_column(Integer, default=0)
    # "report" or "decision", and that record's id ("" for a measure nobody reported on)
    source_kind: Mapped[str] = mapped_column(String(16), default="")
    source_id: Mapped[str] = mapped_column(String(36), default="")


class Requirement(Synced):
    __tablename__ = "requirements"
    KIND = "requirement"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(12), default=RequirementCategory.GENERAL.value)
    iso27001: Mapped[str] = mapped_column(Text, default="")
    nist_csf: Mapped[str] = mapped_column(Text, default="")

    def search_text(self) -> tuple[str, str] | None:
        return _join(self.code, self.title), self.text


class Inspection(Synced):
    __tablename__ = "inspections"
    KIND = "inspection"
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institutions.id"), index=True)
    facility_ids: Mapped[list[str]] = mapped_column(default=list)
    kind: Mapped[str] = mapped_column(String(16), default=InspectionKind.SCHEDULED.value)
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    team: Mapped[list[str]] = mapped_column(default=list)
    # Code of the inspection-team node the inspection is assigned to, if any.
    team_node: Mapped[str | None] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=InspectionStatus.PLANNED.value)
    conclusion: Mapped[str] = mapped_column(Text, default="")

    def search_text(self) -> tuple[str, str] | None:
        return _join(self.reference, self.scope), _join(self.legal_basis, self.conclusion)


class InspectionNote(Synced):
    __tablename__ = "inspection_notes"
    KIND = "inspection_note"
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)

    def search_text(self) -> tuple[str, str] | None:
        return "", self.text


class Finding(Synced):
    __tablename__ = "findings"
    __table_args__ = (
        UniqueConstraint("inspection_id", "number"),
        # The dashboard's counts and urgent rows choose findings by their state: read from this
        # index, not from 50,000 rows of text.
        Index(
            "ix_findings_state",
            "status",
            "urgent",
            "deleted",
            "severity",
            "deadline",
            "inspection_id",
        ),
    )
    KIND = "finding"
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    requirement_id: Mapped[str | None] = mapped_column(ForeignKey("requirements.id"))
    facility_id: Mapped[str | None] = mapped_column(ForeignKey("facilities.id"))
    description: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(10))
    corrective_measure: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    # The threat it poses, each 1-5 (none on a finding from before the weighing), and why the
    # team set a deadline other than the one the weighing gives.
    likelihood: Mapped[int | None] = mapped_column(Integer)
    impact: Mapped[int | None] = mapped_column(Integer)
    deadline_reason: Mapped[str] = mapped_column(Text, default="")
    # Moves only with a FindingEvent, along the transitions the rule book allows.
    status: Mapped[str] = mapped_column(String(16), default=FindingStatus.OPEN.value)
    # The one answer stores kept before answers became FindingResponse records: shown first in
    # the thread, never written again (rewriting it would break the stores' audited states).
    response: Mapped[str] = mapped_column(Text, default="")
    response_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    def search_text(self) -> tuple[str, str] | None:
        return self.description, _join(self.corrective_measure, self.response)


class FindingRecord(Synced):
    """What is said about a finding, by whom and when, with evidence (attachment ids on the
    finding): recorded once and kept."""

    __abstract__ = True
    finding_id: Mapped[str] = mapped_column(ForeignKey("findings.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(Text, default="")
    evidence_ids: Mapped[list[str]] = mapped_column(default=list)


class FindingEvent(FindingRecord):
    """One change of a finding's state: from what to what, why, and how it was verified."""

    __tablename__ = "finding_events"
    KIND = "finding_event"
    from_status: Mapped[str] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(16), default="")


class FindingResponse(FindingRecord):
    """One answer of the inspected institution to a finding: a thread, never overwritten."""

    __tablename__ = "finding_responses"
    KIND = "finding_response"
    text: Mapped[str] = mapped_column(Text)

    def search_text(self) -> tuple[str, str] | None:
        return "", self.text


class InspectionAct(Synced):
    """The issued act of an inspection (``addendum`` 0) or a numbered addendum to it: the
    findings it issues travel to the inspected institution; recorded once and kept. The rule
    book, not a unique key, numbers them, so a second act is refused with a reason.

    ``snapshot`` is the document as issued (inspection, institution, team, findings), so a
    reprint years later shows what was signed, not what the records have become since."""

    __tablename__ = "inspection_acts"
    KIND = "inspection_act"
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspections.id"), index=True)
    addendum: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(32))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(Text, default="")
    finding_ids: Mapped[list[str]] = mapped_column(default=list)
    snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SignerSide(StrEnum):
    """Which agency of the joint commission a signature is from."""

    ISSUER = "issuer"  # the node that issued the act or verified the closure
    PARTNER = "partner"  # the partner agency's desk


class CommissionSignature(Synced):
    """One agency's signature on an issued act or addendum (``inspection_act``) or on a
    verified closure (``finding_event``): the node's Ed25519 key over the digest of what was
    signed. Recorded once and kept; the rule book verifies it wherever it arrives."""

    __tablename__ = "commission_signatures"
    KIND = "commission_signature"
    record_kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    side: Mapped[str] = mapped_column(String(8))
    signer: Mapped[str] = mapped_column(String(32))
    signing_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519 public key, hex
    # The signer's node fingerprint with that key, as compared at enrolment (compact).
    fingerprint: Mapped[str] = mapped_column(String(64))
    digest: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))  # hex
    signed_by: Mapped[str] = mapped_column(Text, default="")
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)


class DeadlineExtension(Synced):
    __tablename__ = "deadline_extensions"
    KIND = "deadline_extension"
    finding_id: Mapped[str] = mapped_column(ForeignKey("findings.id"), index=True)
    previous_date: Mapped[dt.date | None] = mapped_column(Date)
    new_date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    approved_by: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime)


class ExtensionRequest(Synced):
    """The inspected institution asks for a later deadline; the coordinator decides."""

    __tablename__ = "extension_requests"
    KIND = "extension_request"
    finding_id: Mapped[str] = mapped_column(ForeignKey("findings.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(Text, default="")
    previous_date: Mapped[dt.date | None] = mapped_column(Date)
    requested_date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default=ExtensionRequestStatus.PENDING.value)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class WorkingGroup(Synced):
    """A working group of the institutions responsible for a part of the plan (often one per
    direction), with each member's representative."""

    __tablename__ = "working_groups"
    KIND = "working_group"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text, default="")
    direction_id: Mapped[str | None] = mapped_column(ForeignKey("directions.id"))
    members: Mapped[list[str]] = mapped_column(default=list)  # institution codes
    # institution code -> its representative ("name, position")
    representatives: Mapped[dict[str, str]] = mapped_column(default=dict)

    def search_text(self) -> tuple[str, str] | None:
        return _join(self.code, self.name, self.name_en), ""


class Meeting(Synced):
    """A meeting of a working group: its protocol's number, date, attendees and agenda."""

    __tablename__ = "meetings"
    KIND = "meeting"
    group_id: Mapped[str] = mapped_column(ForeignKey("working_groups.id"), index=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    date: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(Text, default="")
    chair: Mapped[str] = mapped_column(Text, default="")
    attendees: Mapped[list[str]] = mapped_column(default=list)
    agenda: Mapped[str] = mapped_column(Text, default="")

    def search_text(self) -> tuple[str, str] | None:
        return self.number, self.agenda


class GroupDecision(Synced):
    """A decision of a meeting; it may assign a task to institutions with a deadline and cite
    measures of the plan. It travels to the institutions it concerns."""

    __tablename__ = "group_decisions"
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)
    KIND = "group_decision"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    assignees: Mapped[list[str]] = mapped_column(default=list)  # institution codes
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    measures: Mapped[list[str]] = mapped_column(default=list)  # measure numbers
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    def search_text(self) -> tuple[str, str] | None:
        return "", self.text


class Attachment(Synced):
    """Metadata of a file attached to a record; the content is its ``Blob``."""

    __tablename__ = "attachments"
    KIND = "attachment"
    record_kind: Mapped[str] = mapped_column(String(24))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    file_name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(Text, default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    added_by: Mapped[str] = mapped_column(Text, default="")


# Dependency order: a record's references come before it, so merges and dumps can follow it.
SYNCED_MODELS: tuple[type[Synced], ...] = (
    Institution,
    Facility,
    Strategy,
    Direction,
    Measure,
    Indicator,
    IndicatorCourse,
    ProgressReport,
    Evaluation,
    StatusDecision,
    PlanRevision,
    OfficialStatus,
    Requirement,
    Inspection,
    InspectionNote,
    Finding,
    FindingResponse,
    FindingEvent,
    InspectionAct,
    CommissionSignature,
    DeadlineExtension,
    ExtensionRequest,
    WorkingGroup,
    Meeting,
    GroupDecision,
    Attachment,
)
MODEL_BY_KIND: dict[str, type[Synced]] = {model.KIND: model for model in SYNCED_MODELS}


# ---------------------------------------------------------------------------------------------
# Local records


class Setting(Base):
    """Node settings: code, role, names, document marking, emblem, language, idle lock..."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    __tablename__ = "users"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Hex of the Ed25519 key that signs this user's audit entries; "" until the first sign-in
    # of a user from before signing keys.
    public_key: Mapped[str] = mapped_column(String(64), server_default="")


class Blob(Base):
    """Attachment content, addressed by SHA-256: an age file in the workspace's ``blobs/``
    folder, readable only with the identity kept here (see ``store.blobfiles``)."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(40), server_default="")
    file_identity: Mapped[str] = mapped_column(Text, server_default="")


class AuditEvent(Base):
    """Append-only log; each entry's hash covers its content, the record states it lists and
    the previous entry's hash, and the acting user's key signs the hash (see core/audit.py)."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    user: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(48))
    record_kind: Mapped[str] = mapped_column(String(24), default="")
    record_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    states: Mapped[str] = mapped_column(String(64), server_default="")  # digest of its states
    signature: Mapped[str] = mapped_column(Text, server_default="")  # "" in a legacy entry


class AuditState(Base):
    """The hash of a record's state as an audit entry left it (one row per record written)."""

    __tablename__ = "audit_states"
    __table_args__ = (
        Index("ix_audit_states_record", "record_kind", "record_id", "seq"),
        {"sqlite_with_rowid": False},  # a row per record a merge writes: one B-tree entry
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(24), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(String(64))


# ---------------------------------------------------------------------------------------------
# Exchange bookkeeping (local): keys, partners, the bundle log, channel state, merge conflicts.
# Written only by desktop_app.exchange; never in bundles, never in dump_state.


class ExchangeKey(Base):
    """This node's key pairs; the one with no ``retired_at`` is current. Secrets stay here."""

    __tablename__ = "exchange_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    signing_secret: Mapped[bytes] = mapped_column(LargeBinary)  # raw Ed25519 private key
    age_identity: Mapped[str] = mapped_column(Text)  # "AGE-SECRET-KEY-1..."
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The rotation statement (signed by the previous key) that introduced this key; "" if first.
    rotation: Mapped[str] = mapped_column(Text, default="")


class Partner(Base):
    """A peer node enrolled from its signed card; its current public keys."""

    __tablename__ = "exchange_partners"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text, default="")
    signing_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519 public key, hex
    age_recipient: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(8), default="active")  # active | revoked
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    card: Mapped[str] = mapped_column(Text)
    # The partner's audit log as its newest bundle here described it: entries and head hash.
    audit_count: Mapped[int] = mapped_column(Integer, server_default="0")
    audit_head: Mapped[str] = mapped_column(String(64), server_default="")


class PartnerKey(Base):
    """Every key a partner has used, so rotations and retired keys can be told apart."""

    __tablename__ = "exchange_partner_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    partner_code: Mapped[str] = mapped_column(ForeignKey("exchange_partners.code"), index=True)
    signing_key: Mapped[str] = mapped_column(String(64))
    age_recipient: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(64))
    valid_from: Mapped[dt.datetime] = mapped_column(DateTime)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class BundleLog(Base):
    """Every bundle written or read, whatever became of it."""

    __tablename__ = "exchange_bundles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    peer: Mapped[str] = mapped_column(String(32), default="", index=True)
    sequence: Mapped[int | None] = mapped_column(Integer)
    bundle_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    outcome: Mapped[str] = mapped_column(String(24))  # sent | merged | refused
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    file_name: Mapped[str] = mapped_column(Text, default="")
    # in: whether our shared-state digest matched the sender's after the merge.
    digest_match: Mapped[bool | None] = mapped_column(Boolean)
    # The HLC position the bundle covers up to. out: a receipt makes it the channel's floor;
    # in: the sender's edits up to it have arrived (for telling conflicts from resends).
    hlc_to: Mapped[str] = mapped_column(String(64), default="")
    # For a bundle sent: this node's audit log then (entries, head), named in its manifest.
    audit_count: Mapped[int] = mapped_column(Integer, server_default="0")
    audit_head: Mapped[str] = mapped_column(String(64), server_default="")
    acked: Mapped[bool] = mapped_column(Boolean, default=False)
    # in: the manifest's hash of the bundle before it on the channel, checked when that one
    # arrives after it.
    prev_sha256: Mapped[str] = mapped_column(String(64), default="")
    # out: the receiver's digest comparison, from its receipt.
    receipt_digest_match: Mapped[bool | None] = mapped_column(Boolean)


class ChannelState(Base):
    """Sequence numbers and acknowledgements of the two channels with one peer."""

    __tablename__ = "exchange_channels"
    peer: Mapped[str] = mapped_column(String(32), primary_key=True)
    next_out_seq: Mapped[int] = mapped_column(Integer, default=1)
    last_out_sha256: Mapped[str] = mapped_column(String(64), default="")
    # HLC position of the newest bundle the peer has acknowledged: exports start after it.
    acked_to: Mapped[str] = mapped_column(String(64), default="")
    highest_in: Mapped[int] = mapped_column(Integer, default=0)
    seen_in: Mapped[list[int]] = mapped_column(JSON, default=list)


class RecordMark(Base):
    """Local HLC position at which a bundle from ``source`` last changed a record.

    Exports pick records changed after the recipient's acknowledged position; a record merged
    from one peer carries old stamps, so the mark is what makes it travel on to the others.
    """

    __tablename__ = "exchange_marks"
    __table_args__ = {"sqlite_with_rowid": False}  # a row per record a merge writes
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    source: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    mark: Mapped[str] = mapped_column(String(64))


class RecordHash(Base):
    """SHA-256 of a synced record's bundle line, so that the state digest re-reads only what
    changed since it last ran. A cache: triggers (core/record_hashes.py) drop a record's row
    whenever the record is updated or deleted, and a missing row is computed again."""

    __tablename__ = "exchange_record_hashes"
    __table_args__ = {"sqlite_with_rowid": False}
    kind: Mapped[str] = mapped_column(String(24), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[bytes] = mapped_column(LargeBinary(32))


class PeerRecord(Base):
    """A record a peer was sent and has acknowledged (``held``), or not yet.

    An export carries what changed after the peer's acknowledged position and also every
    record in scope that the peer does not hold: one that entered its scope later (an
    inspection given to another team, a new inspection of an institution the team never saw,
    a report submitted after its evidence was attached) has old stamps and would otherwise
    never travel. A peer holds what it created (the record's ``origin``) and what it has
    acknowledged; rows not held name the last bundle that carried them.

    A record the peer holds, or was sent, that leaves its scope travels once more, so that the
    peer learns (an inspection given to another team must stop being the old team's, or that
    team's edits of it would be refused for good); ``left_seq`` names the last bundle that
    carried it so, and once that bundle is acknowledged the row goes.
    """

    __tablename__ = "exchange_peer_records"
    peer: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sent_seq: Mapped[int] = mapped_column(Integer)
    held: Mapped[bool] = mapped_column(Boolean, default=False)
    left_seq: Mapped[int | None] = mapped_column(Integer)


class Conflict(Base):
    """Concurrent edits of one field met at merge: both values and authors, for review."""

    __tablename__ = "exchange_conflicts"
    __table_args__ = (UniqueConstraint("record_id", "field", "local_stamp", "remote_stamp"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_kind: Mapped[str] = mapped_column(String(24))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    local_value: Mapped[str] = mapped_column(Text)  # canonical JSON
    local_stamp: Mapped[str] = mapped_column(String(64))
    remote_value: Mapped[str] = mapped_column(Text)
    remote_stamp: Mapped[str] = mapped_column(String(64))
    peer: Mapped[str] = mapped_column(String(32))
    bundle_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(8), default="open")  # open | resolved
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str] = mapped_column(Text, default="")
    kept_value: Mapped[str] = mapped_column(Text, default="")
