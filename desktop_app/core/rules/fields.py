"""Which values each field of each synchronised kind may hold.

One table, asked for every write: by ``Recorder`` for the local services and by the exchange's
merge for every record a bundle brings. The checks take typed values (the services parse what a
user typed with ``core.validation`` into them; a bundle's codec decodes them) and use the same
parsers and limits, so a value a local user could not store cannot arrive from a partner either.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable
from typing import Any

from desktop_app.core.models import (
    Attachment,
    CommissionSignature,
    Criticality,
    DeadlineExtension,
    Direction,
    Evaluation,
    EvaluationResult,
    ExtensionRequest,
    ExtensionRequestStatus,
    Facility,
    Finding,
    FindingEvent,
    FindingResponse,
    FindingStatus,
    GroupDecision,
    Indicator,
    IndicatorCourse,
    IndicatorDirection,
    Inspection,
    InspectionAct,
    InspectionKind,
    InspectionNote,
    InspectionStatus,
    Institution,
    InstitutionKind,
    Measure,
    Meeting,
    OfficialStatus,
    PlanRevision,
    ProgressReport,
    ProgressStatus,
    Requirement,
    RequirementCategory,
    RevisedField,
    Severity,
    SignerSide,
    StatusDecision,
    Strategy,
    StrEnum,
    VerificationMethod,
    WorkingGroup,
)
from desktop_app.core.validation import (
    MAX_TEXT,
    forbidden_characters,
    forbidden_in,
    measure_number,
    period,
    require_code,
)
from desktop_app.errors import Term, ValidationError

Check = Callable[[Any, str], None]

MAX_NAME = 255  # an attachment's file name
MAX_ATTACHMENT_SIZE = 1 << 40  # far above any evidence file; 2**62 is a lie, not a file
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def text(limit: int = MAX_TEXT, *, required: bool = False, line: bool = False) -> Check:
    """Free text as the services store it: stripped, within the limit, no control characters."""
    forbidden = forbidden_characters(line=line)

    def check(value: Any, field: str) -> None:
        if not isinstance(value, str):
            raise ValidationError("{name} must be text", field, name=Term(field))
        if not value:
            if required:
                raise ValidationError("{name} must not be empty", field, name=Term(field))
            return
        if value[0].isspace() or value[-1].isspace():
            raise ValidationError("{name} has leading or trailing blanks", field, name=Term(field))
        if len(value) > limit:
            raise ValidationError(
                "{name} is longer than {limit} characters", field, name=Term(field), limit=limit
            )
        if forbidden.search(value):
            raise forbidden_in(field)

    return check


def name(limit: int) -> Check:
    return text(limit, required=True, line=True)


def choice(options: type[StrEnum] | Iterable[str]) -> Check:
    allowed = frozenset(options.values() if isinstance(options, type) else options)
    shown = ", ".join(sorted(allowed))

    def check(value: Any, field: str) -> None:
        if value not in allowed:
            raise ValidationError(
                "{name} must be one of: {allowed}", field, name=Term(field), allowed=shown
            )

    return check


def _not_valid(value: Any, field: str) -> ValidationError:
    return ValidationError(
        "{name} is not valid: {value}", field, name=Term(field), value=repr(str(value)[:40])
    )


def _parsed(parse: Callable[[str], str]) -> Check:
    """A value the parser gives back unchanged: one a local user could have stored."""

    def check(value: Any, field: str) -> None:
        if not isinstance(value, str) or parse(value) != value:
            raise _not_valid(value, field)

    return check


def code(value: Any, field: str) -> None:
    if not isinstance(value, str) or require_code(value, field) != value:
        raise ValidationError("{name} is not a valid code", field, name=Term(field))


def optional_code(value: Any, field: str) -> None:
    if value is not None:
        code(value, field)


def whole(low: int, high: int) -> Check:
    def check(value: Any, field: str) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValidationError(
                "{name} must be a whole number from {low} to {high}",
                field,
                name=Term(field),
                low=low,
                high=high,
            )

    return check


def number(value: Any, field: str) -> None:
    if value is not None and not (
        isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    ):
        raise ValidationError("{name} must be a number", field, name=Term(field))


def optional_level(value: Any, field: str) -> None:
    """Likelihood or impact: 1 to 5, or none on a finding that was not weighed."""
    if value is not None:
        whole(1, 5)(value, field)


def hex_digits(length: int) -> Check:
    """Lower-case hex of exactly ``length`` digits: a key, a digest or a signature."""

    def check(value: Any, field: str) -> None:
        if not (
            isinstance(value, str)
            and len(value) == length
            and all(c in "0123456789abcdef" for c in value)
        ):
            raise _not_valid(value, field)

    return check


def free(_value: Any, _field: str) -> None:
    """Typed by the bundle codec and the model alone (dates, flags, references)."""


def list_of(item: Check) -> Check:
    def check(value: Any, field: str) -> None:
        if not isinstance(value, list):
            raise ValidationError("{name} must be a list", field, name=Term(field))
        for entry in value:
            item(entry, field)

    return check


def actuals(value: Any, field: str) -> None:
    """Indicator id -> the value reached (or none)."""
    if not isinstance(value, dict):
        raise ValidationError("{name} must map indicators to values", field, name=Term(field))
    for key, reached in value.items():
        text(36, required=True, line=True)(key, field)
        number(reached, field)


def representatives(value: Any, field: str) -> None:
    """Institution code -> its representative's name and position."""
    if not isinstance(value, dict):
        raise ValidationError("{name} must map institutions to names", field, name=Term(field))
    for key, person in value.items():
        code(key, field)
        name(300)(person, field)


def milestones(value: Any, field: str) -> None:
    """Year ("2026") -> the value planned for it."""
    if not isinstance(value, dict):
        raise ValidationError("{name} must map years to values", field, name=Term(field))
    for year, planned in value.items():
        if not (isinstance(year, str) and year.isdigit() and 2000 <= int(year) <= 2100):
            raise ValidationError("{name} must map years to values", field, name=Term(field))
        if planned is None:
            raise ValidationError("{name} must be a number", field, name=Term(field))
        number(planned, field)


def file_name(value: Any, field: str) -> None:
    """A plain file name: no path separators, no control or direction-override characters."""
    try:
        name(MAX_NAME)(value, field)
    except ValidationError as error:
        raise ValidationError(
            'not an acceptable file name: "{value}" ({reason})', field, value=value, reason=error
        ) from None
    if value in (".", "..") or any(char in value for char in "/\\"):
        raise ValidationError('not an acceptable file name: "{value}"', field, value=value)


def sha256(value: Any, field: str) -> None:
    if not isinstance(value, str) or not _HEX64.match(value):
        raise ValidationError("{name} must be a SHA-256 in hex", field, name=Term(field))


def flag(value: Any, field: str) -> None:
    if not isinstance(value, bool):
        raise _not_valid(value, field)


def optional_day(value: Any, field: str) -> None:
    """A date written as JSON text (YYYY-MM-DD), or none."""
    if value is None:
        return
    try:
        valid = isinstance(value, str) and dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        valid = False
    if not valid:
        raise _not_valid(value, field)


def shaped(fields: dict[str, Check]) -> Check:
    """A JSON object with exactly these keys, each passing its own check: what a printer may
    rely on without looking twice."""

    def check(value: Any, field: str) -> None:
        if not isinstance(value, dict) or set(value) != set(fields):
            raise _not_valid(value, field)
        for key, item in fields.items():
            item(value[key], field)

    return check


# The document an issued act prints (InspectionService._act_snapshot writes it).
ACT_SNAPSHOT = shaped(
    {
        "reference": name(32),
        "institution": shaped({"code": code, "name": name(300), "name_en": text(300, line=True)}),
        "facilities": list_of(
            shaped(
                {
                    "name": name(300),
                    "category": text(200, line=True),
                    "criticality": choice(Criticality),
                }
            )
        ),
        "kind": choice(InspectionKind),
        "status": choice(InspectionStatus),
        "start_date": optional_day,
        "end_date": optional_day,
        "legal_basis": text(),
        "team": list_of(name(200)),
        "team_node": text(32, line=True),
        "scope": text(),
        "conclusion": text(),
        "findings": list_of(
            shaped(
                {
                    "id": text(36, required=True, line=True),
                    "number": whole(1, 1_000_000),
                    "requirement": text(32, line=True),
                    "requirement_title": text(),
                    "facility": text(300, line=True),
                    "severity": choice(Severity),
                    "description": text(required=True),
                    "corrective_measure": text(),
                    "deadline": optional_day,
                    "urgent": flag,
                    "status": choice(FindingStatus),
                }
            )
        ),
    }
)

MEASURE_NUMBER = _parsed(measure_number)
PERIOD = _parsed(period)
# A measure nobody has reported on has an official status of no period.
OPTIONAL_PERIOD = _parsed(lambda value: value and period(value))
YEAR = whole(2000, 2100)
PERCENT = whole(0, 100)

# Every synchronised field of every kind (``deleted`` is a flag of every kind).
FIELDS: dict[str, dict[str, Check]] = {
    Institution.KIND: {
        "code": code,
        "name": name(300),
        "name_en": text(300, line=True),
        "kind": choice(InstitutionKind),
    },
    Facility.KIND: {
        "institution_id": free,
        "name": name(300),
        "category": text(200, line=True),
        "criticality": choice(Criticality),
    },
    Strategy.KIND: {
        "title": text(500, required=True),
        "title_en": text(500),
        "period_start": YEAR,
        "period_end": YEAR,
        "approving_act": text(500),
    },
    Direction.KIND: {
        "strategy_id": free,
        "number": whole(1, 999),
        "title": text(500, required=True),
        "title_en": text(500),
    },
    Measure.KIND: {
        "direction_id": free,
        "number": MEASURE_NUMBER,
        "title": text(1000, required=True),
        "title_en": text(),
        "description": text(),
        "lead_institution_id": free,
        "co_executors": list_of(code),
        "start_date": free,
        "end_date": free,
        "continuous": free,
        "expected_result": text(),
        "financing_source": text(),
    },
    Indicator.KIND: {
        "measure_id": free,
        "name": text(500, required=True),
        "unit": text(50, line=True),
        "baseline": number,
        "target": number,
    },
    IndicatorCourse.KIND: {
        "indicator_id": free,
        "direction": choice(IndicatorDirection),
        "milestones": milestones,
    },
    ProgressReport.KIND: {
        "measure_id": free,
        "institution_id": free,
        "period": PERIOD,
        "status": choice(ProgressStatus),
        "percent": PERCENT,
        "work_done": text(),
        "problems": text(),
        "indicator_actuals": actuals,
        "draft": free,
        "submitted_at": free,
        "author": text(64, line=True),
    },
    Evaluation.KIND: {
        "report_id": free,
        "result": choice(EvaluationResult),
        "comment": text(),
        "evaluator": text(64, line=True),
        "evaluated_at": free,
    },
    StatusDecision.KIND: {
        "measure_id": free,
        "period": PERIOD,
        "status": choice(ProgressStatus),
        "percent": PERCENT,
        "reason": text(required=True),
        "decided_by": text(64, line=True),
        "decided_at": free,
    },
    PlanRevision.KIND: {
        "measure_id": free,
        "field": choice(RevisedField),
        "old_value": text(),
        "new_value": text(),
        "reason": text(required=True),
        "decision_number": text(100, line=True),
        "decision_date": free,
        "revised_by": text(64, line=True),
        "revised_at": free,
    },
    OfficialStatus.KIND: {
        "measure_id": free,
        "period": OPTIONAL_PERIOD,
        "status": choice(ProgressStatus),
        "percent": PERCENT,
        "source_kind": choice(("", "report", "decision")),
        "source_id": text(36, line=True),
    },
    Requirement.KIND: {
        "code": code,
        "title": text(500, required=True),
        "text": text(),
        "category": choice(RequirementCategory),
        "iso27001": text(200),
        "nist_csf": text(200),
    },
    Inspection.KIND: {
        "reference": name(32),
        "institution_id": free,
        "facility_ids": list_of(text(36, required=True, line=True)),
        "kind": choice(InspectionKind),
        "legal_basis": text(),
        "start_date": free,
        "end_date": free,
        "team": list_of(name(200)),
        "team_node": optional_code,
        "scope": text(),
        "status": choice(InspectionStatus),
        "conclusion": text(),
    },
    InspectionNote.KIND: {
        "inspection_id": free,
        "at": free,
        "author": text(64, line=True),
        "text": text(required=True),
    },
    Finding.KIND: {
        "inspection_id": free,
        "number": whole(1, 1_000_000),
        "requirement_id": free,
        "facility_id": free,
        "description": text(required=True),
        "severity": choice(Severity),
        "corrective_measure": text(),
        "deadline": free,
        "urgent": free,
        "status": choice(FindingStatus),
        "response": text(),
        "response_at": free,
        "likelihood": optional_level,
        "impact": optional_level,
        "deadline_reason": text(),
    },
    FindingEvent.KIND: {
        "finding_id": free,
        "at": free,
        "author": text(64, line=True),
        "from_status": choice(FindingStatus),
        "to_status": choice(FindingStatus),
        "reason": text(required=True),
        "method": choice(["", *VerificationMethod.values()]),
        "evidence_ids": list_of(text(36, required=True, line=True)),
    },
    FindingResponse.KIND: {
        "finding_id": free,
        "at": free,
        "author": text(64, line=True),
        "text": text(required=True),
        "evidence_ids": list_of(text(36, required=True, line=True)),
    },
    InspectionAct.KIND: {
        "inspection_id": free,
        "addendum": whole(0, 1000),
        "number": text(32, required=True, line=True),
        "issued_on": free,
        "issued_by": text(64, line=True),
        "finding_ids": list_of(text(36, required=True, line=True)),
        "snapshot": ACT_SNAPSHOT,
    },
    CommissionSignature.KIND: {
        "record_kind": choice([InspectionAct.KIND, FindingEvent.KIND]),
        "record_id": text(36, required=True, line=True),
        "side": choice(SignerSide),
        "signer": code,
        "signing_key": hex_digits(64),
        "fingerprint": text(64, required=True, line=True),
        "digest": hex_digits(64),
        "signature": hex_digits(128),
        "signed_by": text(64, line=True),
        "signed_at": free,
    },
    DeadlineExtension.KIND: {
        "finding_id": free,
        "previous_date": free,
        "new_date": free,
        "reason": text(required=True),
        "approved_by": text(200, required=True),
        "at": free,
    },
    ExtensionRequest.KIND: {
        "finding_id": free,
        "at": free,
        "author": text(64, line=True),
        "previous_date": free,
        "requested_date": free,
        "reason": text(required=True),
        "status": choice(ExtensionRequestStatus),
        "decision_reason": text(),
        "decided_by": text(64, line=True),
        "decided_at": free,
    },
    WorkingGroup.KIND: {
        "code": code,
        "name": name(500),
        "name_en": text(500, line=True),
        "direction_id": free,
        "members": list_of(code),
        "representatives": representatives,
    },
    Meeting.KIND: {
        "group_id": free,
        "number": name(32),
        "date": free,
        "place": text(300, line=True),
        "chair": text(300, line=True),
        "attendees": list_of(name(300)),
        "agenda": text(),
    },
    GroupDecision.KIND: {
        "meeting_id": free,
        "number": whole(1, 10_000),
        "text": text(required=True),
        "assignees": list_of(code),
        "deadline": free,
        "measures": list_of(MEASURE_NUMBER),
        "done": free,
    },
    Attachment.KIND: {
        "record_kind": free,  # the rights check names the kinds files may be attached to
        "record_id": text(36, required=True, line=True),
        "file_name": file_name,
        "media_type": text(200, line=True),
        "size": whole(0, MAX_ATTACHMENT_SIZE),
        "sha256": sha256,
        "added_by": text(64, line=True),
    },
}


# The same without the fields whose type alone decides, for the merge's many records.
_CHECKED = {
    kind: {name: check for name, check in checks.items() if check is not free}
    for kind, checks in FIELDS.items()
}


def _evaluation(values: dict[str, Any]) -> None:
    if values["result"] != EvaluationResult.IMPLEMENTED and not values["comment"]:
        raise ValidationError('a comment is required for every result but "Implemented"', "comment")


def _finding(values: dict[str, Any]) -> None:
    if values["urgent"] and values["deadline"] is None:
        raise ValidationError("an urgent finding needs a deadline", "deadline")
    if (values["likelihood"] is None) != (values["impact"] is None):
        raise ValidationError(
            "weigh a finding by both likelihood and impact, or by neither", "impact"
        )


def _later(field: str) -> Callable[[dict[str, Any]], None]:
    """A moved deadline lands after the one it replaces."""

    def check(values: dict[str, Any]) -> None:
        previous = values["previous_date"]
        if previous is not None and values[field] <= previous:
            raise ValidationError(
                "the new deadline must be later than the current one ({current})",
                field,
                current=previous.strftime("%d.%m.%Y"),
            )

    return check


def _decision(values: dict[str, Any]) -> None:
    decided = values["status"] != ExtensionRequestStatus.PENDING
    if decided and not values["decision_reason"]:
        raise ValidationError("give the reason for the decision", "decision_reason")
    if not decided and (values["decision_reason"] or values["decided_by"] or values["decided_at"]):
        raise ValidationError("a pending request has no decision", "status")


def _extension_request(values: dict[str, Any]) -> None:
    _later("requested_date")(values)
    _decision(values)


def _official(values: dict[str, Any]) -> None:
    """A status nobody reported on is the plan's "not started"; any other names its source."""
    if values["source_kind"]:
        if not values["source_id"] or not values["period"]:
            raise ValidationError("an official status names its report or decision", "source_id")
    elif (values["status"], values["percent"], values["period"], values["source_id"]) != (
        ProgressStatus.NOT_STARTED.value,
        0,
        "",
        "",
    ):
        raise ValidationError("a measure nobody reported on is officially not started", "status")


def _task(values: dict[str, Any]) -> None:
    if values["deadline"] is not None and not values["assignees"]:
        raise ValidationError(
            "a deadline needs the institutions the task is assigned to", "assignees"
        )


def _representatives(values: dict[str, Any]) -> None:
    for member in values["representatives"]:
        if member not in values["members"]:
            raise ValidationError(
                "{code} has a representative but is not a member of the group",
                "representatives",
                code=member,
            )


# Rules between the fields of one record, asked when any of the fields they read changes.
_RECORD_CHECKS: dict[str, tuple[frozenset[str], Callable[[dict[str, Any]], None]]] = {
    Evaluation.KIND: (frozenset({"result", "comment"}), _evaluation),
    Finding.KIND: (frozenset({"urgent", "deadline", "likelihood", "impact"}), _finding),
    DeadlineExtension.KIND: (frozenset({"previous_date", "new_date"}), _later("new_date")),
    ExtensionRequest.KIND: (
        frozenset({"previous_date", "requested_date", "status", "decision_reason", "decided_by"}),
        _extension_request,
    ),
    OfficialStatus.KIND: (
        frozenset({"period", "status", "percent", "source_kind", "source_id"}),
        _official,
    ),
    GroupDecision.KIND: (frozenset({"deadline", "assignees"}), _task),
    WorkingGroup.KIND: (frozenset({"members", "representatives"}), _representatives),
}


def check_fields(kind: str, values: dict[str, Any], names: Iterable[str]) -> None:
    """Raise ValidationError (naming the field) unless every named field holds a valid value
    and the record's fields agree with each other."""
    checks = _CHECKED[kind]
    names = tuple(names)
    for field in names:
        check = checks.get(field)
        if check is not None:
            check(values[field], field)
    reads, record_check = _RECORD_CHECKS.get(kind, (frozenset(), None))
    if record_check is not None and not reads.isdisjoint(names):
        record_check(values)
