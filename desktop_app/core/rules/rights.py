"""Who may create, change and delete each kind of synchronised record, and which changes of
state are allowed.

Asked with the record as stored ("before", None for a new one), as it would become ("after",
with its ``origin``) and the fields that change, on behalf of an actor: the local node for its
own services, the sender of a bundle at the merge. Lookups go through Core statements so that
they see what the same transaction (a merge) wrote a moment earlier.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.access import ACTION_NAMES, NODE_RIGHTS, Right
from desktop_app.core.models import (
    Attachment,
    CommissionSignature,
    DeadlineExtension,
    Direction,
    Evaluation,
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
    SignerSide,
    StatusDecision,
    Strategy,
    Synced,
    VerificationMethod,
    WorkingGroup,
)
from desktop_app.core.rules.lifecycle import (
    CLOSED_STATES,
    TRANSITIONS,
    Party,
    allowed_from,
    reachable,
)
from desktop_app.errors import PermissionDenied, Term, ValidationError

# The right a node needs to author each kind (attachments follow the record they are on).
KIND_RIGHTS: dict[str, Right] = {
    Institution.KIND: Right.PLAN,
    Facility.KIND: Right.PLAN,
    Strategy.KIND: Right.PLAN,
    Direction.KIND: Right.PLAN,
    Measure.KIND: Right.PLAN,
    Indicator.KIND: Right.PLAN,
    IndicatorCourse.KIND: Right.PLAN,
    # Only the coordinator revises the plan; a revision is recorded once and kept.
    PlanRevision.KIND: Right.PLAN,
    Requirement.KIND: Right.CATALOG,
    Evaluation.KIND: Right.EVALUATE,
    Inspection.KIND: Right.INSPECT,
    InspectionNote.KIND: Right.INSPECT,
    InspectionAct.KIND: Right.INSPECT,
    # The partner agency co-signs; the issuing side signs with the right it issued by
    # (``_signature``).
    CommissionSignature.KIND: Right.CO_SIGN,
    Finding.KIND: Right.INSPECT,
    FindingEvent.KIND: Right.INSPECT,
    FindingResponse.KIND: Right.RESPOND_FINDING,
    DeadlineExtension.KIND: Right.INSPECT,
    # The institution asks; the coordinator's decision is the rule book's (``_extension_request``).
    ExtensionRequest.KIND: Right.RESPOND_FINDING,
    ProgressReport.KIND: Right.REPORT_PROGRESS,
    # Only the coordinator sets or publishes a measure's official status.
    StatusDecision.KIND: Right.EVALUATE,
    OfficialStatus.KIND: Right.PLAN,
    # Only the coordinator organises the working groups and records their meetings.
    WorkingGroup.KIND: Right.PLAN,
    Meeting.KIND: Right.PLAN,
    GroupDecision.KIND: Right.PLAN,
}
# The rights that let a node attach evidence to each kind of record (any one of them).
ATTACH_RIGHTS: dict[str, tuple[Right, ...]] = {
    Measure.KIND: (Right.PLAN,),
    ProgressReport.KIND: (Right.REPORT_PROGRESS,),
    Finding.KIND: (Right.RESPOND_FINDING, Right.INSPECT),
    Inspection.KIND: (Right.INSPECT,),
    InspectionNote.KIND: (Right.INSPECT,),
}
# Kinds the inspected institution writes too, besides its answers: a finding's state, and the
# event that records each change of it.
ANSWERED_KINDS = frozenset({Finding.KIND, FindingEvent.KIND})
# The states the institution may give a finding with its answer.
RESPONDER_STATUSES = tuple(
    to for (_, to), rule in TRANSITIONS.items() if rule.party is Party.INSTITUTION
)
# A finding's single answer from before answers were records: kept, never written again.
LEGACY_ANSWER = frozenset({"response", "response_at"})
METHODS = frozenset(VerificationMethod.values())
# Fields of an attachment that no edit changes: other content is another attachment.
ATTACHMENT_CONTENT = frozenset({"sha256", "size"})
# Kinds recorded once and kept: no service changes or deletes one after it is written, so a
# change of one is no node's edit, whoever stamped it.
KEPT = frozenset(
    {
        PlanRevision.KIND,
        InspectionAct.KIND,
        FindingEvent.KIND,
        FindingResponse.KIND,
        DeadlineExtension.KIND,
        # A report's evaluations are its history: a new one is added, none rewritten.
        Evaluation.KIND,
        # A measure's official status is decided anew: a decision is never rewritten.
        StatusDecision.KIND,
        # A working group and its meetings are recorded, never edited (their decisions are).
        WorkingGroup.KIND,
        Meeting.KIND,
    }
)
# Fields no service changes once a record is written: what it is about, and its number.
FIXED: dict[str, frozenset[str]] = {
    Finding.KIND: frozenset({"inspection_id", "number"}),
    ProgressReport.KIND: frozenset({"measure_id", "institution_id", "period"}),
    Attachment.KIND: frozenset({"record_kind", "record_id"}),
    GroupDecision.KIND: frozenset({"meeting_id", "number"}),
}
# Kinds no service deletes: a finding is withdrawn by decision, an inspection stays with its
# findings, a group's decision stays in its meeting's protocol (an extension request is asked
# once and decided once: ``_decided_once``).
NEVER_DELETED = frozenset({Finding.KIND, Inspection.KIND, GroupDecision.KIND})
# What the coordinator's decision writes on an extension request.
DECISION_FIELDS = frozenset({"status", "decision_reason", "decided_by", "decided_at"})
PENDING = ExtensionRequestStatus.PENDING.value


@dataclass(frozen=True)
class Actor:
    """Who writes: a node by its code and role."""

    code: str
    role: NodeRole

    def can(self, right: Right) -> bool:
        return right in NODE_RIGHTS[self.role]


def numbering_node(team_node: str | None, origin: str) -> str:
    """The one node that records (and numbers) an inspection's findings: its team, else the
    node that created it, so two nodes never give one number to different findings."""
    return team_node or origin


# Fields that only ever move later: a finding's deadline, once set (``_finding_deadline``).
# Of two values the later stands, whatever their clock stamps: two moves made before either
# node saw the other's both started from the same deadline, each granted by the commission; the
# earlier, merged over the later, would move a deadline back, which no node may do. So the merge
# asks ``later`` for these fields, and every store comes to hold the latest deadline granted.
ONLY_LATER: dict[str, frozenset[str]] = {Finding.KIND: frozenset({"deadline"})}


def later(theirs: Any, mine: Any) -> bool | None:
    """For a field of ``ONLY_LATER``: whether ``theirs`` is later than ``mine`` (no date is
    the earliest); None for the same value."""
    if theirs == mine:
        return None
    return mine is None or (theirs is not None and theirs > mine)


class Rights:
    """The rights half of the rule book for one actor within one transaction."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor
        self.own_institution = session.scalar(
            select(Institution.id).where(
                Institution.code == actor.code, Institution.deleted.is_(False)
            )
        )
        self._measures: dict[str, tuple[str, list[str]] | None] = {}
        # (kind, id) -> the row's _BATCH_COLUMNS (None: no such record), read at once for one
        # merge batch (``batch``); None outside a batch, where each lookup is a statement.
        self._batch: dict[tuple[str, str], Mapping[str, Any] | None] | None = None

    # -- lookups ---------------------------------------------------------------------------

    @contextmanager
    def batch(self, kind: str, records: Iterable[tuple[str, Mapping[str, Any]]]) -> Iterator[None]:
        """Checks of one merge batch of ``kind`` records ((id, values) as they arrive): the
        findings and inspections they name are read with one statement each, not one a record
        (a bundle of 100,000 answers made 200,000 lookups). A batch's rows are written after
        all its checks, so nothing read here changes while it lasts; a record the batch does
        not name is looked up as outside one."""
        finding_ids: set[str] = set()
        inspection_ids: set[str] = set()
        for record_id, values in records:
            if kind == Finding.KIND:
                finding_ids.add(record_id)
            if isinstance(values.get("finding_id"), str):
                finding_ids.add(values["finding_id"])
            if kind in _ON_INSPECTION and isinstance(values.get("inspection_id"), str):
                inspection_ids.add(values["inspection_id"])
        rows: dict[tuple[str, str], Mapping[str, Any] | None] = {}
        rows.update(self._read(Finding, finding_ids))
        inspection_ids.update(
            row["inspection_id"] for row in rows.values() if row and row["inspection_id"]
        )
        rows.update(self._read(Inspection, inspection_ids))
        self._batch = rows
        try:
            yield
        finally:
            self._batch = None

    def _read(
        self, model: type[Synced], ids: Collection[str]
    ) -> dict[tuple[str, str], Mapping[str, Any] | None]:
        table = model.__table__
        found: dict[tuple[str, str], Mapping[str, Any] | None] = dict.fromkeys(
            ((model.KIND, record_id) for record_id in ids), None
        )
        if ids:
            columns = [table.c.id, *(table.c[name] for name in _BATCH_COLUMNS[model.KIND])]
            for row in self.session.execute(select(*columns).where(table.c.id.in_(ids))):
                found[(model.KIND, row.id)] = dict(row._mapping)
        return found

    def _row(self, model: type[Synced], record_id: str | None, *columns: str) -> Any:
        if record_id is None:
            return None
        key = (model.KIND, record_id)
        if self._batch is not None and key in self._batch:
            held = self._batch[key]
            if held is None:
                return None
            try:
                return tuple([held[name] for name in columns])
            except KeyError:
                pass  # a column the batch did not read
        table = model.__table__
        return self.session.execute(
            select(*(table.c[name] for name in columns)).where(table.c.id == record_id)
        ).first()

    def _inspection_of(self, kind: str, values: dict[str, Any]) -> str | None:
        if kind in (InspectionNote.KIND, Finding.KIND, InspectionAct.KIND):
            inspection_id: str | None = values["inspection_id"]
            return inspection_id
        row = self._row(Finding, values["finding_id"], "inspection_id")
        return row[0] if row else None

    def _inspection_owner(self, inspection_id: str | None) -> Any:
        """(team_node, origin, institution_id) of an inspection, or None."""
        return self._row(Inspection, inspection_id, "team_node", "origin", "institution_id")

    def _team_owns(self, inspection_id: str | None) -> bool:
        row = self._inspection_owner(inspection_id)
        return row is not None and self.actor.code in (row[0], row[1])

    def _is_own_institution(self, institution_id: str | None) -> bool:
        return self.own_institution is not None and institution_id == self.own_institution

    def _about_own_institution(self, finding_id: str | None) -> bool:
        finding = self._row(Finding, finding_id, "inspection_id")
        owner = self._inspection_owner(finding[0]) if finding else None
        return owner is not None and self._is_own_institution(owner[2])

    def _measure(self, measure_id: str) -> tuple[str, list[str]] | None:
        if measure_id not in self._measures:
            row = self._row(Measure, measure_id, "lead_institution_id", "co_executors")
            self._measures[measure_id] = (row[0], list(row[1] or [])) if row else None
        return self._measures[measure_id]

    # -- the rules -------------------------------------------------------------------------

    def _deny(self, template: str, /, **params: object) -> PermissionDenied:
        """``template`` names the actor as ``{code}``."""
        return PermissionDenied(template, code=self.actor.code, **params)

    def check(
        self,
        kind: str,
        record_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any],
        changed: Collection[str],
        authored: Collection[str],
    ) -> None:
        """Raise PermissionDenied unless the actor may turn ``before`` into ``after``: its
        rights for the ``authored`` of the ``changed`` fields (at a merge, those it stamped);
        what a record allows, for every changed field of a record held here, whoever stamped
        it (a value the coordinator relays too: no node could have made it). A new record the
        coordinator relays started where it was made and was judged there."""
        if not changed:
            return
        if before is not None:
            if after["origin"] != before["origin"]:
                raise self._deny("{code} may not change the origin of a {kind}", kind=Term(kind))
            self._kept(kind, before, after, changed)
        if authored:
            self._may_change(kind, record_id, before, after, authored)
        judged = changed if before is not None else authored
        if judged:
            self._holds(kind, record_id, before, after, judged)

    def _kept(
        self, kind: str, before: dict[str, Any], after: dict[str, Any], changed: Collection[str]
    ) -> None:
        """No node changes a record recorded once and kept, what a record is about, nor
        deletes a record kept on record (``KEPT``, ``FIXED``, ``NEVER_DELETED``)."""
        if kind in KEPT:
            raise self._deny(
                "{code} may not change a {kind}: it is recorded once and kept", kind=Term(kind)
            )
        fixed = sorted(FIXED.get(kind, frozenset()) & set(changed))
        if fixed:
            raise self._deny(
                "{code} may not change the {field} of a {kind}: it is fixed once recorded",
                field=Term(fixed[0]),
                kind=Term(kind),
            )
        if kind in NEVER_DELETED and "deleted" in changed and after["deleted"]:
            raise self._deny("{code} may not delete a {kind}: it stays on record", kind=Term(kind))

    def _may_change(
        self,
        kind: str,
        record_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any],
        changed: Collection[str],
    ) -> None:
        """Whether the actor may touch this record at all: its kind's own rule, else the right
        its kind needs, on records it owns."""
        if kind == Attachment.KIND:
            self._attachment(before, after, changed)
        elif kind in (FindingEvent.KIND, FindingResponse.KIND):
            self._finding_record(kind, after)
        elif kind == ExtensionRequest.KIND:
            self._extension_request(before, after, changed)
        elif kind == CommissionSignature.KIND:
            self._signature(after)
        elif kind == Finding.KIND and not self.actor.can(Right.INSPECT):
            self._response(record_id, before, after, changed)
        elif kind == Institution.KIND and self._own_first_institution(before, after):
            return
        else:
            right = KIND_RIGHTS[kind]
            if not self.actor.can(right):
                raise self._deny("{code} may not {action}", action=ACTION_NAMES[right])
            for values in (before, after):
                if values is not None:
                    self._owns(kind, values)
            if before is None:
                self._may_create(kind, after)

    def _holds(
        self,
        kind: str,
        record_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any],
        changed: Collection[str],
    ) -> None:
        """Whatever the actor: the values and moves a record of this kind allows."""
        if kind == Finding.KIND:
            self._finding_state(before, after, changed)
            self._finding_deadline(before, after, changed)
        elif kind == DeadlineExtension.KIND:
            self._not_before_inspection(after["finding_id"], after["new_date"], "new_date")
        elif kind == InspectionAct.KIND:
            self._act(record_id, after)
        elif kind == ExtensionRequest.KIND and before is not None:
            self._decided_once(before, changed)
        elif kind in (ProgressReport.KIND, StatusDecision.KIND) and "period" in changed:
            self._within_strategy(after["period"])
        if kind == ProgressReport.KIND and before is not None and "draft" in changed:
            # A draft is submitted once: a report taken back would leave its evaluations.
            if after["draft"]:
                raise self._deny("{code} may not return a submitted report to draft")

    def evaluated(self, report_id: str) -> None:
        """An evaluation is of a submitted report: a draft never leaves its node."""
        report = self._row(ProgressReport, report_id, "draft")
        if report is not None and report[0]:
            raise ValidationError("a draft cannot be evaluated", "report")

    def _within_strategy(self, period_text: str) -> None:
        """A report or a decision is for a period of the strategy (none yet: any period)."""
        years = self.session.execute(
            select(Strategy.period_start, Strategy.period_end).where(Strategy.deleted.is_(False))
        ).first()
        if years is not None and not years[0] <= int(period_text[:4]) <= years[1]:
            raise ValidationError(
                "period {period} is outside the strategy ({start}-{end})",
                "period",
                period=period_text,
                start=years[0],
                end=years[1],
            )

    def _own_first_institution(self, before: dict[str, Any] | None, after: dict[str, Any]) -> bool:
        """At set-up a node records its own institution, before it has the plan."""
        return before is None and after["code"] == self.actor.code == after["origin"]

    def _owns(self, kind: str, values: dict[str, Any]) -> None:
        if kind == ProgressReport.KIND:
            if not self._is_own_institution(values["institution_id"]):
                raise self._deny("{code} may not report progress for another institution")
        elif self.actor.role is NodeRole.INSPECTION_TEAM:
            if kind == Inspection.KIND:
                owned = self.actor.code in (values["team_node"], values["origin"])
            else:
                owned = self._team_owns(self._inspection_of(kind, values))
            if not owned:
                raise self._deny(
                    "{code} may not change a {kind} of an inspection it is not given",
                    kind=Term(kind),
                )

    def _may_create(self, kind: str, after: dict[str, Any]) -> None:
        if kind == ProgressReport.KIND:
            measure = self._measure(after["measure_id"])
            if measure is None:
                raise self._deny("{code} may not report on a measure this node does not hold")
            lead, co_executors = measure
            if after["institution_id"] != lead and self.actor.code not in co_executors:
                raise self._deny(
                    "{code} may not report on a measure it neither leads nor co-executes"
                )
        elif kind == Finding.KIND:
            row = self._inspection_owner(after["inspection_id"])
            if row is not None and numbering_node(row[0], row[1]) != self.actor.code:
                raise self._deny(
                    "{code} may not record findings of an inspection another node numbers"
                )

    def _response(
        self,
        record_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any],
        changed: Collection[str],
    ) -> None:
        """The inspected institution moves the state of a finding about itself, nothing else."""
        if not self.actor.can(Right.RESPOND_FINDING):
            raise self._deny("{code} may not change findings")
        if before is None:
            raise self._deny("{code} may not create findings")
        extra = sorted(set(changed) - {"status"} - LEGACY_ANSWER)
        if extra:
            raise self._deny(
                "{code} may not change {fields} of a finding",
                fields=", ".join(extra),
            )
        if not self._about_own_institution(record_id):
            raise self._deny("{code} may not answer a finding about another institution")

    # -- acts -------------------------------------------------------------------------------

    def _act(self, record_id: str, after: dict[str, Any]) -> None:
        """An act, then its addenda in turn, each issuing findings of its inspection that no
        earlier one issued; once issued it never changes (``KEPT``), so a later finding needs
        an addendum."""
        inspection_id = after["inspection_id"]
        earlier = self.session.execute(
            select(InspectionAct.finding_ids).where(
                InspectionAct.inspection_id == inspection_id,
                InspectionAct.deleted.is_(False),
                InspectionAct.id != record_id,
            )
        ).all()
        if after["addendum"] != len(earlier):
            if not earlier:
                raise ValidationError("an addendum needs the issued act first", "addendum")
            raise ValidationError(
                "the act is issued; the findings recorded since go into addendum {next}",
                "addendum",
                next=len(earlier),
            )
        issued = {finding for (ids,) in earlier for finding in ids}
        recorded = set(
            self.session.scalars(
                select(Finding.id).where(
                    Finding.inspection_id == inspection_id, Finding.deleted.is_(False)
                )
            )
        )
        findings = set(after["finding_ids"])
        if not findings <= recorded - issued:
            raise ValidationError(
                "an act issues only findings of its inspection that no earlier act issued",
                "finding_ids",
            )
        if after["addendum"] and not findings:
            raise ValidationError("no findings were recorded after the act", "finding_ids")
        # The snapshot is what gets printed and signed: it must be the document of these
        # findings of this inspection, not some other text under the act's number.
        snapshot = after["snapshot"]
        inspection = self._row(Inspection, inspection_id, "reference")
        if [line["id"] for line in snapshot["findings"]] != list(after["finding_ids"]) or (
            inspection is None or snapshot["reference"] != inspection[0]
        ):
            raise ValidationError(
                "the act's document must show its own inspection and the findings it issues",
                "snapshot",
            )

    def _signature(self, after: dict[str, Any]) -> None:
        """A node signs in its own name only: the partner agency for the partner agency, the
        issuing desk (team or coordinator) for the agency that issued."""
        if after["side"] == SignerSide.PARTNER.value:
            if not self.actor.can(Right.CO_SIGN):
                raise self._deny("{code} may not {action}", action=ACTION_NAMES[Right.CO_SIGN])
        elif not self.actor.can(Right.INSPECT):
            raise self._deny("{code} may not sign for the issuing agency")
        if after["signer"] != self.actor.code:
            raise self._deny("{code} may not sign in the name of {signer}", signer=after["signer"])

    # -- the lifecycle of a finding ----------------------------------------------------------

    def _parties(self, inspection_id: str | None) -> set[Party]:
        """In which parts the actor acts on the findings of an inspection."""
        parties: set[Party] = set()
        owner = self._inspection_owner(inspection_id)
        if owner is None:
            return parties
        if self.actor.role is NodeRole.COORDINATOR:
            # It also records the answers an institution without a desk sends on paper.
            return {Party.INSTITUTION, Party.COMMISSION, Party.COORDINATOR}
        if self.actor.can(Right.RESPOND_FINDING) and self._is_own_institution(owner[2]):
            parties.add(Party.INSTITUTION)
        if self.actor.can(Right.INSPECT) and self.actor.code in (owner[0], owner[1]):
            parties.add(Party.COMMISSION)
        return parties

    def _forbidden_move(self, start: str, end: str, parties: set[Party]) -> PermissionDenied:
        """The refusal names what the actor may do instead."""
        allowed = allowed_from(start, parties)
        if not allowed:
            return self._deny(
                "{code} may not move a finding from {start} to {end}; from {start} it may not"
                " move it at all",
                start=Term(start),
                end=Term(end),
            )
        return self._deny(
            "{code} may not move a finding from {start} to {end}; from {start} it may move it"
            " only to: {allowed}",
            start=Term(start),
            end=Term(end),
            allowed=", ".join(allowed),
        )

    def _finding_state(
        self, before: dict[str, Any] | None, after: dict[str, Any], changed: Collection[str]
    ) -> None:
        """A finding starts open and its state moves only along the actor's transitions."""
        if LEGACY_ANSWER & set(changed) and (before is not None or after["response"]):
            raise self._deny("{code} may not rewrite an answer; an answer is added to the thread")
        if before is None:
            if after["status"] != FindingStatus.OPEN.value:
                raise self._deny(
                    "{code} may not record a finding as {status}; a finding starts open",
                    status=Term(after["status"]),
                )
            return
        start, end = before["status"], after["status"]
        if "status" in changed and start != end:
            parties = self._parties(after["inspection_id"])
            if not reachable(start, end, parties):
                raise self._forbidden_move(start, end, parties)

    def _finding_record(self, kind: str, after: dict[str, Any]) -> None:
        """An event or an answer is recorded once (``KEPT``), by a party to the finding."""
        finding = self._row(Finding, after["finding_id"], "inspection_id", "status")
        parties = self._parties(finding[0] if finding else None)
        if kind == FindingResponse.KIND:
            if Party.INSTITUTION not in parties:
                raise self._deny("{code} may not answer a finding about another institution")
            if finding[1] in CLOSED_STATES:
                raise self._deny(
                    "{code} may not answer a finding that is {status}", status=Term(finding[1])
                )
            return
        start, end = after["from_status"], after["to_status"]
        rule = TRANSITIONS.get((start, end))
        if rule is None or rule.party not in parties:
            raise self._forbidden_move(start, end, parties)
        if rule.method and after["method"] not in METHODS:
            raise ValidationError(
                "a verification needs its method: {methods}",
                "method",
                methods=", ".join(sorted(METHODS)),
            )
        if not rule.method and after["method"]:
            raise ValidationError("only a verification has a method", "method")

    # -- deadlines -------------------------------------------------------------------------

    def _not_before_inspection(self, finding_id: str | None, day: Any, field: str) -> None:
        finding = self._row(Finding, finding_id, "inspection_id")
        self._deadline_after_start(finding[0] if finding else None, day, field)

    def _deadline_after_start(self, inspection_id: str | None, day: Any, field: str) -> None:
        row = self._row(Inspection, inspection_id, "start_date")
        if day is not None and row is not None and row[0] is not None and day < row[0]:
            raise ValidationError(
                "a deadline cannot precede the inspection (it began on {start})",
                field,
                start=row[0].strftime("%d.%m.%Y"),
            )

    def _finding_deadline(
        self, before: dict[str, Any] | None, after: dict[str, Any], changed: Collection[str]
    ) -> None:
        """A deadline falls within or after the inspection, and once set only moves later
        (at a merge the same day may come with a later stamp: two nodes moved it alike)."""
        if "deadline" not in changed:
            return
        old, new = (before or {}).get("deadline"), after["deadline"]
        if old is not None and later(old, new):
            raise ValidationError(
                "the new deadline must be later than the current one ({current})",
                "deadline",
                current=old.strftime("%d.%m.%Y"),
            )
        self._deadline_after_start(after["inspection_id"], new, "deadline")

    def _extension_request(
        self, before: dict[str, Any] | None, after: dict[str, Any], changed: Collection[str]
    ) -> None:
        """The inspected institution asks, once; only the coordinator decides, once."""
        finding = self._row(Finding, after["finding_id"], "inspection_id", "status")
        parties = self._parties(finding[0] if finding else None)
        if before is None:
            if Party.INSTITUTION not in parties:
                raise self._deny(
                    "{code} may not ask for more time on a finding about another institution"
                )
            if after["status"] != PENDING:
                raise self._deny(
                    "{code} may not record a decided extension request; a request starts pending"
                )
            if finding[1] in CLOSED_STATES:
                raise self._deny(
                    "{code} may not ask for more time on a finding that is {status}",
                    status=Term(finding[1]),
                )
            self._deadline_after_start(finding[0], after["requested_date"], "requested_date")
            return
        if Party.COORDINATOR not in parties:
            raise self._deny("{code} may not decide an extension request; the coordinator does")

    def _decided_once(self, before: dict[str, Any], changed: Collection[str]) -> None:
        """A request is asked once and decided once, whoever stamped the change."""
        extra = sorted(set(changed) - DECISION_FIELDS)
        if extra:
            raise self._deny(
                "{code} may not change {fields} of an extension request", fields=", ".join(extra)
            )
        if before["status"] != PENDING:
            raise self._deny(
                "{code} may not decide an extension request that is already {status}",
                status=Term(before["status"]),
            )

    def _attachment(
        self, before: dict[str, Any] | None, after: dict[str, Any], changed: Collection[str]
    ) -> None:
        """Files are added to records the actor may attach to; only the node that added one
        may remove or replace it, and its content never changes under the same id."""
        if before is not None:
            if before["origin"] != self.actor.code:
                raise self._deny(
                    "{code} may not remove or replace a file that {origin} added ({file})",
                    origin=before["origin"],
                    file=before["file_name"],
                )
            if ATTACHMENT_CONTENT & set(changed):
                raise self._deny(
                    "{code} may not give an attachment other content; add a new file instead"
                )
        if not self._may_attach_to(after["record_kind"], after["record_id"]):
            raise self._deny(
                "{code} may not attach files to that {kind}", kind=Term(after["record_kind"])
            )

    def _may_attach_to(self, kind: str, record_id: str) -> bool:
        rights = ATTACH_RIGHTS.get(kind)
        if rights is None or not any(self.actor.can(right) for right in rights):
            return False
        role = self.actor.role
        if role is NodeRole.COORDINATOR:
            target = self._row(_MODELS[kind], record_id, "id")
            return target is not None
        if kind == ProgressReport.KIND:
            row = self._row(ProgressReport, record_id, "institution_id")
            return row is not None and self._is_own_institution(row[0])
        if role is NodeRole.INSTITUTION:
            return kind == Finding.KIND and self._about_own_institution(record_id)
        if kind == Inspection.KIND:
            return self._team_owns(record_id)
        model = InspectionNote if kind == InspectionNote.KIND else Finding
        row = self._row(model, record_id, "inspection_id")
        return row is not None and self._team_owns(row[0])


# What the rules read of the findings and inspections a merge batch names (``Rights.batch``).
_BATCH_COLUMNS: dict[str, tuple[str, ...]] = {
    Finding.KIND: ("inspection_id", "status"),
    Inspection.KIND: ("team_node", "origin", "institution_id", "start_date", "reference"),
}
# Kinds whose records name their inspection directly.
_ON_INSPECTION = frozenset({InspectionNote.KIND, Finding.KIND, InspectionAct.KIND})

_MODELS: dict[str, type[Synced]] = {
    Measure.KIND: Measure,
    ProgressReport.KIND: ProgressReport,
    Finding.KIND: Finding,
    Inspection.KIND: Inspection,
    InspectionNote.KIND: InspectionNote,
}
