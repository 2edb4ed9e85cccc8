"""The demo's data set, read from ``resources/demo/*.toml`` (Azerbaijani, with the English
names the plan keeps): institutions and nodes, facilities, the strategy with its directions and
measures, the requirement catalog, the inspections, and the sentences reports are made of.

Times in the files are Baku wall-clock moments; they are read as aware datetimes (UTC+4).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from typing import Any

from desktop_app.errors import DeskError
from desktop_app.resources import resource_path

BAKU = dt.timezone(dt.timedelta(hours=4))


def at(text: str) -> dt.datetime:
    """A Baku wall-clock moment, ``2026-01-15 11:00``."""
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=BAKU)


def _read(name: str) -> dict[str, Any]:
    path = resource_path("demo", f"{name}.toml")
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DeskError(
            "the demo data {path} cannot be read: {error}", path=path, error=exc
        ) from exc


def _baku(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=BAKU)


@dataclass(frozen=True)
class Body:
    """An institution of the action plan; ``user`` names its local user when it has a workspace
    of its own in the demo."""

    code: str
    name: str
    name_en: str
    kind: str
    user: str = ""


@dataclass(frozen=True)
class TeamNode:
    code: str
    name: str
    name_en: str
    user: str


@dataclass(frozen=True)
class FacilitySpec:
    institution: str
    name: str
    category: str
    criticality: str


@dataclass(frozen=True)
class IndicatorSpec:
    name: str
    unit: str
    baseline: float
    target: float


@dataclass(frozen=True)
class MeasureSpec:
    number: str
    title: str
    title_en: str
    lead: str
    co_executors: tuple[str, ...]
    start: dt.date
    end: dt.date | None  # None: continuous
    expected_result: str
    profile: str
    indicator: IndicatorSpec | None = None

    @property
    def direction(self) -> int:
        return int(self.number.split(".")[0])


@dataclass(frozen=True)
class Event:
    """What happens to a finding later: the institution responds, disputes it or asks for more
    time, the coordinator extends the deadline, decides a request for more time or withdraws a
    disputed finding, or an inspector verifies it closed."""

    at: dt.datetime
    action: str  # respond | extend | close | dispute | withdraw | request | decide
    text: str = ""
    status: str = ""  # respond: the finding's new status; decide: approved or rejected
    new_date: dt.date | None = None  # extend, request
    evidence: str = ""  # file name of the evidence attached with a response


@dataclass(frozen=True)
class FindingSpec:
    at: dt.datetime
    severity: str
    requirement: str
    facility: str | None
    description: str
    corrective: str
    deadline: dt.date
    urgent: bool = False
    # The threat weighed (1-5 each); a deadline other than the weighing's says why.
    likelihood: int | None = None
    impact: int | None = None
    deadline_reason: str = ""
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class NoteSpec:
    at: dt.datetime
    text: str
    photo: str = ""  # file name of a picture attached to the note


@dataclass(frozen=True)
class InspectionSpec:
    reference: str
    institution: str
    by: str  # the node that carries it out
    kind: str
    start: dt.date
    end: dt.date
    facilities: tuple[str, ...]
    scope: str
    final_status: str
    basis: str
    conclusion: str = ""
    issued: dt.datetime | None = None
    notes: tuple[NoteSpec, ...] = ()
    findings: tuple[FindingSpec, ...] = ()

    def finding_ref(self, number: int) -> str:
        return f"{self.reference}#{number}"


def _event(raw: dict[str, Any]) -> Event:
    return Event(**{**raw, "at": _baku(raw["at"])})


def _finding(raw: dict[str, Any]) -> FindingSpec:
    events = tuple(_event(event) for event in raw.get("event", ()))
    fields = {k: v for k, v in raw.items() if k != "event"}
    return FindingSpec(**{"facility": None, **fields, "at": _baku(raw["at"]), "events": events})


def _inspection(raw: dict[str, Any], basis: str) -> InspectionSpec:
    fields = {k: v for k, v in raw.items() if k not in ("note", "finding")}
    issued = raw.get("issued")
    return InspectionSpec(
        **{
            **fields,
            "facilities": tuple(raw["facilities"]),
            "basis": basis,
            "issued": _baku(issued) if issued else None,
            "notes": tuple(NoteSpec(**{**n, "at": _baku(n["at"])}) for n in raw.get("note", ())),
            "findings": tuple(_finding(f) for f in raw.get("finding", ())),
        }
    )


def _measure(raw: dict[str, Any]) -> MeasureSpec:
    indicator = raw.get("indicator")
    return MeasureSpec(
        **{
            "end": None,
            **raw,
            "co_executors": tuple(raw["co_executors"]),
            "indicator": IndicatorSpec(**indicator) if indicator else None,
        }
    )


@dataclass(frozen=True)
class RevisionSpec:
    """A change of the plan the commission decided: new values (``changes``), or the measure's
    cancellation (no changes)."""

    measure: str
    at: dt.datetime
    reason: str
    decision_number: str
    decision_date: dt.date
    changes: tuple[tuple[str, Any], ...] = ()


def _revision(raw: dict[str, Any]) -> RevisionSpec:
    known = ("measure", "at", "reason", "decision_number", "decision_date")
    return RevisionSpec(
        **{name: raw[name] for name in known if name != "at"},
        at=_baku(raw["at"]),
        changes=tuple((name, value) for name, value in raw.items() if name not in known),
    )


_bodies = _read("bodies")
_plan = _read("plan")
_inspections = _read("inspections")
_narratives = _read("narratives")
_revisions = _read("revisions")

MARKING: str = _bodies["marking"]
COORDINATOR = Body(**_bodies["coordinator"])
WORKSPACE_BODIES = tuple(Body(**raw) for raw in _bodies["institution"])
# In the plan as leads or co-executors, without a desk of their own in the demo.
OTHER_BODIES = tuple(Body(**raw) for raw in _bodies["other_institution"])
TEAM = TeamNode(**_bodies["team"])
INSTITUTION_CODES = tuple(body.code for body in WORKSPACE_BODIES)
REPORTING_NODES = (COORDINATOR.code, *INSTITUTION_CODES)
BODIES = {body.code: body for body in (COORDINATOR, *WORKSPACE_BODIES, *OTHER_BODIES)}
FACILITIES = tuple(FacilitySpec(**raw) for raw in _bodies["facility"])
INSPECTORS: dict[str, tuple[str, ...]] = {
    code: tuple(names) for code, names in _bodies["inspectors"].items()
}

STRATEGY_TITLE: str = _plan["strategy"]["title"]
STRATEGY_TITLE_EN: str = _plan["strategy"]["title_en"]
STRATEGY_ACT: str = _plan["strategy"]["act"]
STRATEGY_START: dt.date = _plan["strategy"]["start"]
STRATEGY_END: dt.date = _plan["strategy"]["end"]
DIRECTIONS = tuple((d["number"], d["title"], d["title_en"]) for d in _plan["direction"])
MEASURES = tuple(_measure(raw) for raw in _plan["measure"])
MEASURE_BY_NUMBER = {measure.number: measure for measure in MEASURES}
FINANCING: tuple[str, ...] = tuple(_plan["financing"])
# The measure that absorbed the cancelled one (its report says so).
MERGED_INTO: dict[str, str] = _plan["merged_into"]
# How a measure fares over the reporting periods (see plan.toml).
PROFILES = ("on", "late", "wait", "cancel", "idle")

REVISIONS = tuple(_revision(raw) for raw in _revisions["revision"])
CANCELLATIONS = tuple(_revision(raw) for raw in _revisions["cancellation"])
# Measure number -> its indicator's planned value per year.
MILESTONES: dict[str, dict[str, float]] = _revisions["milestones"]

REQUIREMENTS: tuple[dict[str, str], ...] = tuple(_read("catalog")["requirement"])

APPROVER: str = _inspections["approver"]
LEGAL_BASIS: str = _inspections["legal_basis"]
INSPECTIONS = tuple(_inspection(raw, LEGAL_BASIS) for raw in _inspections["inspection"])
INSPECTION_BY_REF = {spec.reference: spec for spec in INSPECTIONS}

WORK_IN_PROGRESS: tuple[str, ...] = tuple(_narratives["work_in_progress"])
WORK_COMPLETED: tuple[str, ...] = tuple(_narratives["work_completed"])
WORK_DELAYED: tuple[str, ...] = tuple(_narratives["work_delayed"])
WORK_NOT_STARTED: tuple[str, ...] = tuple(_narratives["work_not_started"])
WORK_CONTINUOUS: tuple[str, ...] = tuple(_narratives["work_continuous"])
WORK_CO_EXECUTOR: tuple[str, ...] = tuple(_narratives["work_co_executor"])
PROBLEMS: tuple[str, ...] = tuple(_narratives["problems"])
EVALUATION_COMMENTS: dict[str, tuple[str, ...]] = {
    result: tuple(comments) for result, comments in _narratives["evaluation_comments"].items()
}


# -- working groups ----------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupSpec:
    code: str
    name: str
    name_en: str
    direction: int
    members: tuple[str, ...]
    representatives: dict[str, str]


@dataclass(frozen=True)
class DecisionSpec:
    text: str
    assignees: tuple[str, ...] = ()
    deadline: str | None = None  # dd.mm.yyyy
    measures: tuple[str, ...] = ()


@dataclass(frozen=True)
class MeetingSpec:
    group: str
    at: dt.datetime
    place: str
    chair: str
    attendees: tuple[str, ...]
    agenda: str
    decisions: tuple[DecisionSpec, ...]


def _meeting(raw: dict[str, Any]) -> MeetingSpec:
    return MeetingSpec(
        group=raw["group"],
        at=at(raw["at"]),
        place=raw["place"],
        chair=raw["chair"],
        attendees=tuple(raw["attendees"]),
        agenda=raw["agenda"].strip(),
        decisions=tuple(
            DecisionSpec(
                d["text"],
                tuple(d.get("assignees", ())),
                d.get("deadline"),
                tuple(d.get("measures", ())),
            )
            for d in raw["decision"]
        ),
    )


_groups = _read("groups")
GROUPS = tuple(
    GroupSpec(
        raw["code"],
        raw["name"],
        raw["name_en"],
        raw["direction"],
        tuple(raw["members"]),
        dict(raw["representatives"]),
    )
    for raw in _groups["group"]
)
MEETINGS = tuple(_meeting(raw) for raw in _groups["meeting"])

# The settings that sign the coordinator's strategy report.
SIGNATORIES: dict[str, str] = dict(_read("signatories"))
