"""The demo's story: the data set turned into dated steps. A ``Work`` step is what ONE node
does through its own desk's services; a ``Carry`` takes bundles on a stick from one node to
others. ``desktop_app.demo.build`` plays the steps, so the coordinator's store is what its
imports made of the institutions' and the team's work; nothing here touches the ORM or the
exchange.

Everything is deterministic: narratives are picked by ``random.Random`` seeded per item, and
timestamps come from a ``StoryClock`` that stands at each step's moment (Baku time).
"""

from __future__ import annotations

import datetime as dt
import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from desktop_app.core.desk import Desk
from desktop_app.core.hlc import Clock
from desktop_app.core.messages import Said
from desktop_app.core.models import (
    ExtensionRequestStatus,
    FindingStatus,
    InspectionStatus,
    ProgressStatus,
    VerificationMethod,
)
from desktop_app.core.validation import period_end
from desktop_app.demo.data import (
    APPROVER,
    BODIES,
    CANCELLATIONS,
    COORDINATOR,
    DIRECTIONS,
    EVALUATION_COMMENTS,
    FACILITIES,
    FINANCING,
    GROUPS,
    INSPECTIONS,
    INSPECTORS,
    INSTITUTION_CODES,
    MARKING,
    MEASURES,
    MEETINGS,
    MERGED_INTO,
    MILESTONES,
    OTHER_BODIES,
    PROBLEMS,
    REPORTING_NODES,
    REQUIREMENTS,
    REVISIONS,
    SIGNATORIES,
    STRATEGY_ACT,
    STRATEGY_END,
    STRATEGY_START,
    STRATEGY_TITLE,
    STRATEGY_TITLE_EN,
    TEAM,
    WORK_CO_EXECUTOR,
    WORK_COMPLETED,
    WORK_CONTINUOUS,
    WORK_DELAYED,
    WORK_IN_PROGRESS,
    WORK_NOT_STARTED,
    WORKSPACE_BODIES,
    Event,
    FindingSpec,
    IndicatorSpec,
    InspectionSpec,
    MeasureSpec,
    MeetingSpec,
    NoteSpec,
    RevisionSpec,
    at,
)
from desktop_app.demo.files import evidence_file, pdf_file, png_file

# The institutions the carries name (bodies.toml).
RINN, AMB, AZERENERJI, METRO, DGK = "RINN", "AMB", "AZERENERJI", "METRO", "DGK"

SEED = "infosec-desk-demo-2026"
BAKU = dt.timezone(dt.timedelta(hours=4))
PERIODS = ("2025-H2", "2026-Q1", "2026-Q2", "2026-Q3")
# When each period's reports are written, and when the coordinator evaluates them.
REPORT_DAY = {
    "2025-H2": "2026-01-15 11:00",
    "2026-Q1": "2026-04-10 11:00",
    "2026-Q2": "2026-07-10 11:00",
    "2026-Q3": "2026-10-10 11:00",
}
EVALUATION_DAY = {
    "2025-H2": "2026-01-26 10:00",
    "2026-Q1": "2026-04-17 10:00",
    "2026-Q2": "2026-07-20 10:00",
    "2026-Q3": "2026-10-22 10:00",
}
# Share of a period's submitted reports that the coordinator has evaluated by the end.
EVALUATED_SHARE = {"2025-H2": 0.9, "2026-Q1": 0.9, "2026-Q2": 0.85, "2026-Q3": 0.5}


def _rng(*parts: object) -> random.Random:
    # A string seed is hashed with SHA-512 by random, so it is stable across runs and machines.
    return random.Random(":".join([SEED, *map(str, parts)]))


class StoryClock:
    """The clock every demo desk runs on: it stands at the moment the story has reached, moves a
    millisecond per reading (so stamps stay distinct), never goes back, and never runs ahead of
    the present of the clock it wraps (a story moment still in the future happens 'now')."""

    def __init__(self, present: Clock, start: dt.datetime) -> None:
        self._present = present
        self._ms = 0
        self.go(start)

    def go(self, moment: dt.datetime) -> None:
        target = int(moment.timestamp() * 1000)
        self._ms = max(self._ms, min(target, self._present.now_ms()))

    def now_ms(self) -> int:
        self._ms += 1
        return self._ms


def _attach(desk: Desk, record: str, name: str, content: bytes) -> None:
    desk.attachments.attach_stream(record, io.BytesIO(content), name)


# ---------------------------------------------------------------------------------------------
# What one node writes


def configure(desk: Desk) -> None:
    """Local settings every demo node gets: the document marking and the issuing body."""
    desk.set_setting("marking", MARKING)
    desk.set_setting("issuing_body", desk.node.name)


def write_plan(desk: Desk) -> None:
    """Coordinator: institutions, facilities, the strategy, directions, measures, indicators."""
    known = {institution.code for institution in desk.plan.institutions()}
    for body in (*WORKSPACE_BODIES, *OTHER_BODIES):
        if body.code not in known:
            desk.plan.add_institution(body.code, body.name, body.name_en, body.kind)
    for facility in FACILITIES:
        desk.plan.add_facility(
            facility.institution, facility.name, facility.category, facility.criticality
        )
    desk.plan.set_strategy(
        STRATEGY_TITLE,
        STRATEGY_START.year,
        STRATEGY_END.year,
        STRATEGY_ACT,
        STRATEGY_TITLE_EN,
    )
    for number, title, title_en in DIRECTIONS:
        desk.plan.add_direction(number, title, title_en)
    for measure in MEASURES:
        desk.plan.add_measure(
            measure.number,
            measure.title,
            measure.lead,
            direction=measure.direction,
            start=measure.start,
            end=measure.end,
            continuous=measure.end is None,
            expected_result=measure.expected_result,
            financing_source=_rng("financing", measure.number).choice(FINANCING),
            co_executors=list(measure.co_executors),
            title_en=measure.title_en,
        )
        if measure.indicator:
            indicator = measure.indicator
            desk.plan.add_indicator(
                measure.number,
                indicator.name,
                indicator.unit,
                indicator.baseline,
                indicator.target,
                milestones=MILESTONES.get(measure.number),
            )


def revise_plan(desk: Desk, spec: RevisionSpec) -> None:
    """Coordinator: a change of the plan by the commission's decision."""
    if spec.changes:
        desk.plan.revise_measure(
            spec.measure,
            spec.reason,
            decision_number=spec.decision_number,
            decision_date=spec.decision_date,
            **dict(spec.changes),
        )
    else:
        desk.plan.cancel_measure(
            spec.measure,
            spec.reason,
            decision_number=spec.decision_number,
            decision_date=spec.decision_date,
        )


def write_catalog(desk: Desk) -> None:
    for requirement in REQUIREMENTS:
        desk.catalog.add(**requirement)


def plan_inspections(desk: Desk) -> None:
    """Coordinator: the year's inspection plan; the team's ones are assigned to its node."""
    for spec in INSPECTIONS:
        desk.inspections.add(
            spec.institution,
            reference=spec.reference,
            facilities=list(spec.facilities),
            kind=spec.kind,
            legal_basis=spec.basis,
            start=spec.start,
            end=spec.end,
            team=list(INSPECTORS[spec.by]),
            team_node=spec.by if spec.by == TEAM.code else None,
            scope=spec.scope,
        )


def sign_strategy_report(desk: Desk) -> None:
    """Coordinator: who prepares and who approves the strategy report (its signature lines)."""
    for key, value in SIGNATORIES.items():
        desk.set_setting(key, value)


def set_up_coordinator(desk: Desk) -> None:
    configure(desk)
    sign_strategy_report(desk)
    write_plan(desk)
    write_catalog(desk)
    plan_inspections(desk)


def conduct_inspection(desk: Desk, clock: StoryClock, spec: InspectionSpec) -> None:
    """The inspecting node's fieldwork: notes and findings as they happen, then the status."""
    desk.inspections.update(spec.reference, status=InspectionStatus.IN_PROGRESS.value)
    entries: list[tuple[dt.datetime, NoteSpec | FindingSpec]] = [
        *((note.at, note) for note in spec.notes),
        *((finding.at, finding) for finding in spec.findings),
    ]
    for moment, entry in sorted(entries, key=lambda item: item[0]):
        clock.go(moment)
        if isinstance(entry, NoteSpec):
            note = desk.inspections.add_note(spec.reference, entry.text)
            if entry.photo:
                values = [_rng(spec.reference, entry.photo, i).randint(20, 95) for i in range(6)]
                _attach(desk, note.id, entry.photo, png_file(values))
        else:
            record_finding(desk, spec.reference, entry)
    if spec.final_status != InspectionStatus.IN_PROGRESS.value:
        desk.inspections.update(
            spec.reference, status=InspectionStatus.COMPLETED.value, conclusion=spec.conclusion
        )
        # The act: from now on its findings travel to the institution.
        issued_on = spec.issued.date() if spec.issued else spec.end
        desk.inspections.issue(spec.reference, spec.reference, issued_on)


def record_finding(desk: Desk, reference: str, finding: FindingSpec) -> None:
    desk.inspections.add_finding(
        reference,
        finding.description,
        finding.severity,
        requirement=finding.requirement,
        facility=finding.facility,
        corrective_measure=finding.corrective,
        deadline=finding.deadline,
        urgent=finding.urgent,
        likelihood=finding.likelihood,
        impact=finding.impact,
        deadline_reason=finding.deadline_reason,
    )


def issue_inspection_act(desk: Desk, spec: InspectionSpec) -> None:
    """The inspection act goes out: the status moves on and the act is attached as a PDF."""
    lines = [
        f"Yoxlanılan qurum: {BODIES[spec.institution].name}",
        f"Yoxlama müddəti: {spec.start:%d.%m.%Y} – {spec.end:%d.%m.%Y}",
        f"Hüquqi əsas: {spec.basis}",
        f"Əhatə dairəsi: {spec.scope}",
        f"Yoxlama qrupu: {', '.join(INSPECTORS[spec.by])}",
        "",
        "Aşkar edilmiş çatışmazlıqlar:",
        *(
            f"{number}. [{finding.severity}] {finding.description} "
            f"Müddət: {finding.deadline:%d.%m.%Y}."
            for number, finding in enumerate(spec.findings, start=1)
        ),
        "",
        f"Nəticə: {spec.conclusion}",
        "",
        MARKING,
    ]
    desk.inspections.update(spec.reference, status=InspectionStatus.REPORT_ISSUED.value)
    _attach(
        desk,
        spec.reference,
        f"Yoxlama_aktı_{spec.reference}.pdf",
        pdf_file(f"Yoxlama aktı № {spec.reference}", lines),
    )


VERIFIED_COMMENT = "Təqdim olunmuş sübutlar yoxlanılıb, çatışmazlıq aradan qaldırılıb."


def finding_event(desk: Desk, spec: InspectionSpec, number: int, event: Event) -> None:
    """One later event of a finding, done by the node whose part it is."""
    ref = spec.finding_ref(number)
    finding = spec.findings[number - 1]
    if event.action == "respond":
        if (
            event.status == FindingStatus.REMEDIATED.value
            and desk.inspections.finding(ref).status == FindingStatus.OPEN.value
        ):
            # Accepted and remediated in one answer: the accepting step is recorded too.
            desk.inspections.transition(ref, FindingStatus.IN_REMEDIATION.value, event.text)
        desk.inspections.respond(ref, event.text, event.status)
        if event.evidence:
            title = f"{spec.reference} üzrə {number} nömrəli çatışmazlığın aradan qaldırılması"
            lines = [
                f"Qurum: {BODIES[spec.institution].name}",
                f"Çatışmazlıq: {finding.description}",
                f"Görülmüş tədbir: {event.text}",
                f"Tarix: {event.at:%d.%m.%Y}",
            ]
            values = [_rng(ref, event.evidence, i).randint(30, 100) for i in range(5)]
            content = evidence_file(event.evidence, title, lines, values)
            _attach(desk, ref, event.evidence, content)
    elif event.action == "extend":
        assert event.new_date is not None
        desk.inspections.extend_deadline(ref, event.new_date, event.text, APPROVER)
    elif event.action == "request":
        assert event.new_date is not None
        desk.inspections.request_extension(ref, event.new_date, event.text)
    elif event.action == "decide":
        (request,) = desk.inspections.extension_requests(ref, pending=True)
        approve = event.status == ExtensionRequestStatus.APPROVED.value
        desk.inspections.decide_extension(request.id, approve=approve, reason=event.text)
    elif event.action == "dispute":
        desk.inspections.dispute(ref, event.text)
    elif event.action == "withdraw":
        desk.inspections.decide_dispute(ref, uphold=False, reason=event.text)
    else:
        desk.inspections.verify(
            ref, VerificationMethod.DOCUMENT_REVIEW.value, "closed", VERIFIED_COMMENT
        )


def event_node(spec: InspectionSpec, event: Event) -> str:
    if event.action in ("respond", "dispute", "request"):
        return spec.institution
    if event.action in ("extend", "withdraw", "decide"):
        return COORDINATOR.code
    return spec.by


# -- progress reports -------------------------------------------------------------------------


def period_start(period: str) -> dt.date:
    end = period_end(period)
    months = 6 if "-H" in period else 3
    month = end.month - months + 1
    return dt.date(end.year, month, 1)


def planned_progress(measure: MeasureSpec, period: str) -> tuple[str, int] | None:
    """The status and percent the measure's lead reports for a period, or None for no report."""
    start, end = period_start(period), period_end(period)
    if measure.profile == "idle" or measure.start > end:
        return None
    if measure.profile == "wait":
        return ProgressStatus.NOT_STARTED.value, 0
    if measure.profile == "cancel":
        if period == PERIODS[0]:
            return ProgressStatus.IN_PROGRESS.value, 20
        return (ProgressStatus.CANCELLED.value, 20) if period == PERIODS[1] else None
    horizon = measure.end or STRATEGY_END
    span = max((horizon - measure.start).days, 1)
    share = min(max((end - measure.start).days / span, 0.0), 1.0)
    jitter = _rng("jitter", measure.number).randint(-4, 4)
    if share < 0.08:
        return ProgressStatus.NOT_STARTED.value, 0
    if measure.end is None:
        return ProgressStatus.IN_PROGRESS.value, min(95, max(5, round(100 * share) + jitter))
    if measure.profile == "on":
        finished = _completion_period(measure)
        if finished is not None and PERIODS.index(period) > PERIODS.index(finished):
            return None  # completed earlier: nothing more to report
        if period == finished:
            return ProgressStatus.COMPLETED.value, 100
        return ProgressStatus.IN_PROGRESS.value, min(95, max(5, round(95 * share) + jitter))
    # "late": behind schedule, delayed once most of the time has gone, never finished; past
    # its end it still creeps forward a little each period.
    periods_past_end = sum(
        period_start(earlier) > measure.end for earlier in PERIODS[: PERIODS.index(period) + 1]
    )
    percent = min(90, max(5, round(70 * share) + jitter + 3 * periods_past_end))
    if share >= 0.7 or measure.end < start:
        return ProgressStatus.DELAYED.value, percent
    return ProgressStatus.IN_PROGRESS.value, percent


def _completion_period(measure: MeasureSpec) -> str | None:
    """The reporting period in which an on-time measure reports completion."""
    if measure.end is None:
        return None
    for period in PERIODS:
        if period_end(period) >= measure.end:
            return period
    return None


def _narrative(
    measure: MeasureSpec, period: str, status: str, percent: int, co_executor: bool
) -> tuple[str, str]:
    rng = _rng("narrative", measure.number, period, co_executor)
    values = {
        "n": rng.randint(2, 5),
        "pct": percent,
        "people": rng.randint(25, 340),
    }
    if co_executor:
        sentences = [rng.choice(WORK_CO_EXECUTOR)]
    elif status == ProgressStatus.COMPLETED.value:
        sentences = [rng.choice(WORK_COMPLETED), f"Nəticə: {measure.expected_result}."]
    elif status == ProgressStatus.DELAYED.value:
        sentences = [rng.choice(WORK_DELAYED), rng.choice(WORK_IN_PROGRESS)]
    elif status == ProgressStatus.NOT_STARTED.value:
        sentences = [rng.choice(WORK_NOT_STARTED)]
    elif status == ProgressStatus.CANCELLED.value:
        sentences = [
            "Tədbir Əlaqələndirmə Komissiyasının qərarı ilə "
            f"{MERGED_INTO.get(measure.number, '')} nömrəli tədbirlə birləşdirildiyi üçün ləğv "
            "edilmişdir."
        ]
    elif measure.end is None:
        sentences = [rng.choice(WORK_CONTINUOUS), rng.choice(WORK_IN_PROGRESS)]
    else:
        sentences = rng.sample(WORK_IN_PROGRESS, 2)
    work_done = " ".join(sentence.format(**values) for sentence in sentences)
    problems = ""
    if status == ProgressStatus.DELAYED.value or (
        status == ProgressStatus.IN_PROGRESS.value and rng.random() < 0.3
    ):
        problems = rng.choice(PROBLEMS).format(**values)
    return work_done, problems


def _actual(indicator: IndicatorSpec, percent: int) -> float:
    value = indicator.baseline + (indicator.target - indicator.baseline) * percent / 100
    return round(value, 2) if indicator.unit == "bal" else float(round(value))


@dataclass(frozen=True)
class PlannedReport:
    measure: MeasureSpec
    period: str
    status: str
    percent: int
    co_executor: bool
    draft: bool
    evidence: str = ""
    actuals: dict[str, float] = field(default_factory=dict)


def planned_reports(code: str, period: str) -> list[PlannedReport]:
    """What the node ``code`` reports for a period: its own measures, and as a co-executor
    (institutions only, from 2026-Q2 on, on some measures)."""
    reports = []
    for measure in MEASURES:
        lead = measure.lead == code
        co_executor = (
            code != COORDINATOR.code
            and code in measure.co_executors
            and period in PERIODS[2:]
            and _rng("co", measure.number, code, period).random() < 0.5
        )
        if not (lead or co_executor):
            continue
        planned = planned_progress(measure, period)
        if planned is None:
            continue
        status, percent = planned
        rng = _rng("report", measure.number, code, period)
        # Some of the last period's reports are still drafts on the institution's desk.
        draft = period == PERIODS[-1] and code != COORDINATOR.code and rng.random() < 0.2
        evidence = ""
        if not draft and status != ProgressStatus.NOT_STARTED.value and rng.random() < 0.3:
            kind = rng.choice(("iclas_protokolu", "arayış", "icra_qrafiki"))
            suffix = {"iclas_protokolu": "txt", "arayış": "pdf", "icra_qrafiki": "png"}[kind]
            evidence = f"{kind}_{measure.number}_{period}.{suffix}"
        actuals = {}
        if measure.indicator and lead and status != ProgressStatus.NOT_STARTED.value:
            actuals[measure.indicator.name] = _actual(measure.indicator, percent)
        reports.append(
            PlannedReport(measure, period, status, percent, not lead, draft, evidence, actuals)
        )
    return reports


def write_progress(desk: Desk, period: str) -> None:
    """This node's progress reports for a period, with evidence on some of them."""
    code = desk.node.code
    for planned in planned_reports(code, period):
        measure = planned.measure
        work_done, problems = _narrative(
            measure, period, planned.status, planned.percent, planned.co_executor
        )
        report = desk.progress.add(
            measure.number,
            period,
            planned.status,
            planned.percent,
            work_done,
            problems=problems,
            indicator_actuals=dict(planned.actuals),
            draft=planned.draft,
        )
        if planned.evidence:
            history = [
                progress[1]
                for earlier in PERIODS[: PERIODS.index(period) + 1]
                if (progress := planned_progress(measure, earlier))
            ]
            lines = [
                f"Qurum: {BODIES[code].name}",
                f"Tədbir {measure.number}: {measure.title}",
                f"Hesabat dövrü: {period}",
                f"İcra vəziyyəti: {planned.status}, {planned.percent}%",
                "",
                work_done,
            ]
            title = f"Tədbir {measure.number} üzrə görülmüş işlər ({period})"
            content = evidence_file(planned.evidence, title, lines, history)
            _attach(desk, report.id, planned.evidence, content)


def evaluate_reports(desk: Desk, period: str) -> None:
    """Coordinator: evaluate most of the period's submitted reports from institutions."""
    results = list(EVALUATION_COMMENTS)
    for row in desk.progress.rows(period_text=period, include_drafts=False):
        if row.institution == desk.node.code or row.evaluation:
            continue
        rng = _rng("evaluation", row.measure_number, row.institution, period)
        if rng.random() >= EVALUATED_SHARE[period]:
            continue
        result = rng.choices(results, weights=(70, 10, 14, 6))[0]
        desk.progress.evaluate(row.id, result, rng.choice(EVALUATION_COMMENTS[result]))


def set_up_groups(desk: Desk) -> None:
    """Coordinator: the working groups with their members and representatives."""
    for group in GROUPS:
        desk.groups.add_group(
            group.code,
            group.name,
            name_en=group.name_en,
            direction=group.direction,
            members=group.members,
            representatives=group.representatives,
        )


def hold_meeting(desk: Desk, spec: MeetingSpec) -> None:
    """Coordinator: a working group's meeting and its decisions, as its protocol records."""
    meeting = desk.groups.add_meeting(
        spec.group,
        spec.at.date(),
        place=spec.place,
        chair=spec.chair,
        attendees=spec.attendees,
        agenda=spec.agenda,
    )
    for decision in spec.decisions:
        desk.groups.add_decision(
            meeting.number,
            decision.text,
            assignees=decision.assignees,
            deadline=decision.deadline,
            measures=decision.measures,
        )


# ---------------------------------------------------------------------------------------------
# The story: dated work and carries


@dataclass(frozen=True)
class Work:
    """Something one node does through its own desk."""

    at: dt.datetime
    node: str
    label: Said  # the progress line, which a front end translates
    run: Callable[[Desk, StoryClock], None]


@dataclass(frozen=True)
class Carry:
    """Bundles taken on a stick from ``sender`` to each of ``recipients``, and imported there."""

    at: dt.datetime
    sender: str
    recipients: tuple[str, ...]

    @property
    def label(self) -> Said:
        return Said(
            "{sender} → {recipients}: bundles",
            sender=self.sender,
            recipients=", ".join(self.recipients),
        )


Step = Work | Carry


def _event_line(action: str, node: str, finding: str) -> Said:
    """The progress line of one of a finding's later events (``data.Event.action``)."""
    lines = {
        "respond": Said("{node}: response to {finding}", node=node, finding=finding),
        "extend": Said("{node}: deadline of {finding} extended", node=node, finding=finding),
        "close": Said("{node}: {finding} verified and closed", node=node, finding=finding),
        "dispute": Said("{node}: {finding} disputed", node=node, finding=finding),
        "withdraw": Said("{node}: {finding} withdrawn", node=node, finding=finding),
        "request": Said("{node}: more time asked for {finding}", node=node, finding=finding),
        "decide": Said("{node}: request for {finding} decided", node=node, finding=finding),
    }
    return lines[action]


EVERYONE = (*INSTITUTION_CODES, TEAM.code)
# The team's laptop comes back from each visit to the coordinator with the coordinator's
# bundle, whose acknowledgements spare the team from sending the same records again.
CARRIES = (
    Carry(at("2025-09-01 16:00"), COORDINATOR.code, EVERYONE),
    Carry(at("2025-11-24 09:00"), TEAM.code, (COORDINATOR.code,)),
    Carry(at("2025-11-24 11:00"), COORDINATOR.code, (AMB, AZERENERJI, TEAM.code)),
    *(Carry(at("2026-01-16 10:00"), code, (COORDINATOR.code,)) for code in INSTITUTION_CODES),
    Carry(at("2026-01-27 10:00"), COORDINATOR.code, EVERYONE),
    Carry(at("2026-03-16 09:00"), TEAM.code, (COORDINATOR.code,)),
    Carry(at("2026-03-16 11:00"), COORDINATOR.code, (METRO, DGK, TEAM.code)),
    *(Carry(at("2026-04-13 10:00"), code, (COORDINATOR.code,)) for code in INSTITUTION_CODES),
    Carry(at("2026-04-27 10:00"), COORDINATOR.code, EVERYONE),
    Carry(at("2026-05-25 09:00"), TEAM.code, (COORDINATOR.code,)),
    Carry(at("2026-05-25 11:00"), COORDINATOR.code, (RINN, TEAM.code)),
    *(Carry(at("2026-07-13 10:00"), code, (COORDINATOR.code,)) for code in EVERYONE),
    Carry(at("2026-07-21 10:00"), COORDINATOR.code, EVERYONE),
    Carry(at("2026-09-28 10:00"), COORDINATOR.code, (AMB,)),
    *(Carry(at("2026-10-12 10:00"), code, (COORDINATOR.code,)) for code in INSTITUTION_CODES),
    Carry(at("2026-10-23 10:00"), COORDINATOR.code, EVERYONE),
    Carry(at("2026-11-20 10:00"), TEAM.code, (COORDINATOR.code,)),
    Carry(at("2026-11-20 11:00"), COORDINATOR.code, EVERYONE),
)
STORY_START = at("2025-09-01 09:00")
GROUPS_FORMED = "2026-11-02 10:00"


def _run_only(action: Callable[[Desk], Any]) -> Callable[[Desk, StoryClock], None]:
    def run(desk: Desk, clock: StoryClock) -> None:
        action(desk)

    return run


def story() -> list[Step]:
    """Every step of the demo in the order it happens."""
    steps: list[Step] = [
        Work(
            STORY_START,
            COORDINATOR.code,
            Said(
                "{node}: action plan ({measures} measures), catalog ({requirements} "
                "requirements), inspection plan ({inspections})",
                node=COORDINATOR.code,
                measures=len(MEASURES),
                requirements=len(REQUIREMENTS),
                inspections=len(INSPECTIONS),
            ),
            _run_only(set_up_coordinator),
        ),
        *(
            Work(STORY_START, code, Said("{node}: settings", node=code), _run_only(configure))
            for code in EVERYONE
        ),
        *CARRIES,
    ]
    for spec in INSPECTIONS:
        if spec.final_status == InspectionStatus.PLANNED.value:
            continue
        steps.append(
            Work(
                at(f"{spec.start} 09:00"),
                spec.by,
                Said(
                    "{node}: inspection {reference} of {institution}",
                    node=spec.by,
                    reference=spec.reference,
                    institution=spec.institution,
                ),
                partial(conduct_inspection, spec=spec),
            )
        )
        if spec.issued:
            steps.append(
                Work(
                    spec.issued,
                    spec.by,
                    Said(
                        "{node}: act of inspection {reference}",
                        node=spec.by,
                        reference=spec.reference,
                    ),
                    _run_only(partial(issue_inspection_act, spec=spec)),
                )
            )
        for number, finding in enumerate(spec.findings, start=1):
            for event in finding.events:
                node = event_node(spec, event)
                steps.append(
                    Work(
                        event.at,
                        node,
                        _event_line(event.action, node, spec.finding_ref(number)),
                        _run_only(partial(finding_event, spec=spec, number=number, event=event)),
                    )
                )
    for period in PERIODS:
        for code in REPORTING_NODES:
            steps.append(
                Work(
                    at(REPORT_DAY[period]),
                    code,
                    Said("{node}: progress reports for {period}", node=code, period=period),
                    _run_only(partial(write_progress, period=period)),
                )
            )
        steps.append(
            Work(
                at(EVALUATION_DAY[period]),
                COORDINATOR.code,
                Said("{node}: evaluations of {period}", node=COORDINATOR.code, period=period),
                _run_only(partial(evaluate_reports, period=period)),
            )
        )
    steps.append(
        Work(
            at(GROUPS_FORMED),
            COORDINATOR.code,
            Said("{node}: working groups ({count})", node=COORDINATOR.code, count=len(GROUPS)),
            _run_only(set_up_groups),
        )
    )
    steps.extend(
        Work(
            meeting.at,
            COORDINATOR.code,
            Said(
                "{node}: meeting of working group {group}",
                node=COORDINATOR.code,
                group=meeting.group,
            ),
            _run_only(partial(hold_meeting, spec=meeting)),
        )
        for meeting in MEETINGS
    )
    for revision in (*REVISIONS, *CANCELLATIONS):
        steps.append(
            Work(
                revision.at,
                COORDINATOR.code,
                Said(
                    "{node}: plan revision of {measure}",
                    node=COORDINATOR.code,
                    measure=revision.measure,
                ),
                _run_only(partial(revise_plan, spec=revision)),
            )
        )
    steps.extend(addendum_steps())
    # Stable: steps at the same moment keep the order they were listed in.
    return sorted(steps, key=lambda step: step.at)


# -- a finding found after the act, issued in an addendum ------------------------------------

ADDENDUM_OF = "YX-2026-001"  # METRO's inspection by the team, its act issued on 27.02.2026
ADDENDUM = ("YX-2026-001/1", dt.date(2026, 3, 6))  # number and date of addendum 1
ADDENDUM_FINDING = FindingSpec(
    at=at("2026-03-04 11:00"),
    severity="medium",
    requirement="UQ-13",
    facility="Qatarların hərəkətinin idarə edilməsi sistemi (CBTC)",
    description=(
        "Sənədlərin təhlili göstərdi ki, CBTC sisteminin ehtiyat nüsxələrindən bərpa heç vaxt"
        " sınaqdan keçirilməyib."
    ),
    corrective=(
        "Ehtiyat nüsxələrdən bərpa rübdə bir dəfə sınaqdan keçirilsin, nəticəsi protokolla"
        " rəsmiləşdirilsin."
    ),
    deadline=dt.date(2026, 6, 30),
)
ADDENDUM_ANSWER = (
    at("2026-04-09 12:20"),
    "Bərpa sınağı qrafiki təsdiq edilib; ilk sınaq aprelin sonunda keçiriləcək.",
)


def record_late_finding(desk: Desk) -> None:
    """The team: a finding its review of the documents found after the act was issued."""
    record_finding(desk, ADDENDUM_OF, ADDENDUM_FINDING)


def issue_addendum(desk: Desk) -> None:
    """The team: addendum 1 issues the late finding, which then travels to the institution."""
    number, issued_on = ADDENDUM
    desk.inspections.issue(ADDENDUM_OF, number, issued_on, addendum=True)


def answer_late_finding(desk: Desk) -> None:
    """The institution accepts the addendum's finding with its plan."""
    [row] = [
        row
        for row in desk.inspections.findings(inspection=ADDENDUM_OF)
        if row.description == ADDENDUM_FINDING.description
    ]
    desk.inspections.respond(row.ref, ADDENDUM_ANSWER[1], FindingStatus.IN_REMEDIATION.value)


def addendum_steps() -> list[Step]:
    """Recorded before the team's next carry (16.03), answered before METRO's (13.04)."""
    return [
        Work(
            ADDENDUM_FINDING.at,
            TEAM.code,
            Said(
                "{node}: finding after the act of {reference}",
                node=TEAM.code,
                reference=ADDENDUM_OF,
            ),
            _run_only(record_late_finding),
        ),
        Work(
            at(f"{ADDENDUM[1]:%Y-%m-%d} 12:00"),
            TEAM.code,
            Said(
                "{node}: addendum 1 to the act of {reference}",
                node=TEAM.code,
                reference=ADDENDUM_OF,
            ),
            _run_only(issue_addendum),
        ),
        Work(
            ADDENDUM_ANSWER[0],
            METRO,
            Said(
                "{node}: respond to the addendum's finding of {reference}",
                node=METRO,
                reference=ADDENDUM_OF,
            ),
            _run_only(answer_late_finding),
        ),
    ]
