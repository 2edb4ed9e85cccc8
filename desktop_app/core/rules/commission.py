"""The joint commission's signatures: what each one signs, whether it verifies, and which acts
both agencies have signed (only those, and their findings, reach the inspected institution).

An issued act (or addendum) and a verified closure are signed by the agency that issued or
verified them (``issuer``: the inspection team's or the coordinator's desk) and co-signed by
the partner agency's desk (``partner``), each with its node's Ed25519 key over the digest of
the record as issued. Lookups go through Core statements so that they see what the same
transaction (a merge) wrote a moment earlier.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, select
from sqlalchemy.orm import Session

from desktop_app.core.models import (
    Attachment,
    CommissionSignature,
    DeadlineExtension,
    ExchangeKey,
    ExtensionRequest,
    Finding,
    FindingEvent,
    FindingResponse,
    FindingStatus,
    Inspection,
    InspectionAct,
    Institution,
    NodeRole,
    Partner,
    PartnerKey,
    SignerSide,
)
from desktop_app.core.signing import COMMISSION_CONTEXT, digest, public_hex, verify
from desktop_app.errors import PermissionDenied, Term, ValidationError

CLOSED = FindingStatus.VERIFIED_CLOSED.value
SIGNED_KINDS = (InspectionAct.KIND, FindingEvent.KIND)


def _iso(value: Any) -> Any:
    return value.isoformat() if value is not None else None


def signed_document(session: Session, record_kind: str, record_id: str) -> dict[str, Any] | None:
    """What a signature on the record signs, or None if the record is not signable here (no
    such act, or an event that is not a verified closure)."""
    if record_kind == InspectionAct.KIND:
        table = InspectionAct.__table__
        act = session.execute(select(table).where(table.c.id == record_id)).first()
        if act is None or act.deleted:
            return None
        return {
            "kind": record_kind,
            "id": act.id,
            "origin": act.origin,
            "inspection_id": act.inspection_id,
            "addendum": act.addendum,
            "number": act.number,
            "issued_on": _iso(act.issued_on),
            "finding_ids": list(act.finding_ids),
            "snapshot": act.snapshot,
        }
    if record_kind == FindingEvent.KIND:
        table = FindingEvent.__table__
        event = session.execute(select(table).where(table.c.id == record_id)).first()
        if event is None or event.deleted or event.to_status != CLOSED:
            return None
        return {
            "kind": record_kind,
            "id": event.id,
            "origin": event.origin,
            "finding_id": event.finding_id,
            "from_status": event.from_status,
            "to_status": event.to_status,
            "at": _iso(event.at),
            "author": event.author,
            "reason": event.reason,
            "method": event.method,
            "evidence_ids": list(event.evidence_ids),
        }
    return None


def signed_digest(session: Session, record_kind: str, record_id: str) -> str | None:
    document = signed_document(session, record_kind, record_id)
    return None if document is None else digest(document)


def signatures_on(record_kind: str, side: SignerSide) -> Select[Any]:
    return select(CommissionSignature.record_id).where(
        CommissionSignature.record_kind == record_kind,
        CommissionSignature.side == side.value,
        CommissionSignature.deleted.is_(False),
    )


def _signed_for(side: SignerSide) -> ColumnElement[bool]:
    return exists().where(
        CommissionSignature.record_id == InspectionAct.id,
        CommissionSignature.record_kind == InspectionAct.KIND,
        CommissionSignature.side == side.value,
        CommissionSignature.deleted.is_(False),
    )


def cosigned() -> ColumnElement[bool]:
    """Of the acts and addenda a query reads, those both agencies have signed: only these (and
    the findings they issue) travel to the inspected institution. Each act's two signatures are
    looked up by its id (as subqueries over every signature, a national store's 20,000 were
    read whole for each institution's acts)."""
    return and_(
        InspectionAct.deleted.is_(False),
        _signed_for(SignerSide.ISSUER),
        _signed_for(SignerSide.PARTNER),
    )


def _own_keys(session: Session) -> dict[str, str]:
    """This node's public signing keys, current and retired, with their fingerprints."""
    return {
        public_hex(secret): fingerprint
        for secret, fingerprint in session.execute(
            select(ExchangeKey.signing_secret, ExchangeKey.fingerprint)
        )
    }


def check_signature(
    session: Session,
    actor_code: str,
    actor_role: NodeRole,
    record_id: str,
    before: dict[str, Any] | None,
    after: dict[str, Any],
) -> None:
    """Checked for every signature written or merged, relayed or not: it is recorded once
    and kept, it signs the record as this node holds it, it verifies, and with the key the
    signer enrolled here (this node's own key for its own signature). A signer this node has
    not enrolled is taken only from the coordinator, which checked it against its key."""
    if before is not None:
        if before == after:
            return
        raise PermissionDenied(
            "{code} may not change a {kind}: it is recorded once and kept",
            code=actor_code,
            kind=Term(CommissionSignature.KIND),
        )
    kind, signer = after["record_kind"], after["signer"]
    document = signed_document(session, kind, after["record_id"])
    if document is None:
        raise ValidationError(
            "a commission signature is on an issued act or a verified closure", "record_id"
        )
    refused = ValidationError(
        "the signature of {signer} on this {kind} does not verify with its key",
        "signature",
        signer=signer,
        kind=Term(kind),
    )
    if after["digest"] != digest(document) or not verify(
        after["signing_key"],
        bytes.fromhex(after["signature"]),
        COMMISSION_CONTEXT,
        after["digest"].encode(),
    ):
        raise refused
    if after["side"] == SignerSide.ISSUER.value and signer != document["origin"]:
        raise PermissionDenied(
            "{code} may not sign for the issuing agency: {origin} issued this {kind}",
            code=signer,
            origin=document["origin"],
            kind=Term(kind),
        )
    key = (after["signing_key"], after["fingerprint"])
    partner = session.execute(
        select(Partner.role).where(Partner.code == signer)
    ).scalar_one_or_none()
    if partner is not None:
        keys = session.execute(
            select(PartnerKey.signing_key, PartnerKey.fingerprint).where(
                PartnerKey.partner_code == signer
            )
        )
        if key not in {tuple(row) for row in keys}:
            raise refused
        if after["side"] == SignerSide.PARTNER.value and partner != NodeRole.PARTNER_AGENCY:
            raise PermissionDenied("{code} may not co-sign for the partner agency", code=signer)
    elif after["signing_key"] in (own := _own_keys(session)):
        if signer != actor_code or own[after["signing_key"]] != after["fingerprint"]:
            raise refused
    elif actor_role is not NodeRole.COORDINATOR:
        raise refused
    _once(session, record_id, after)


def _once(session: Session, record_id: str, after: dict[str, Any]) -> None:
    table = CommissionSignature.__table__
    other = session.execute(
        select(table.c.signer).where(
            table.c.record_id == after["record_id"],
            table.c.side == after["side"],
            table.c.deleted.is_(False),
            table.c.id != record_id,
        )
    ).first()
    if other is not None:
        raise ValidationError(
            "{signer} has already signed this {kind} for its agency",
            "side",
            signer=other[0],
            kind=Term(after["record_kind"]),
        )


# Records that hang on a finding by its ``finding_id``: the institution holds them with it.
_ON_FINDING = frozenset(
    {FindingEvent.KIND, FindingResponse.KIND, DeadlineExtension.KIND, ExtensionRequest.KIND}
)


class IssuedOnly:
    """At an inspected institution's desk: it takes a finding about itself, and what hangs on
    it (events, answers, extensions, requests, evidence, the signatures on its closures), only
    once an act or addendum that issues the finding is held here with both agencies'
    signatures, and an act about itself only with both. Whoever sends it: a bundle made with
    the coordinator's own keys is held to it too.

    A bundle carries a finding before the act that issues it and the signatures on that act,
    so the records are noted as they merge and judged once all of them are in (``settle``)."""

    def __init__(self, session: Session, code: str) -> None:
        self.session = session
        self.code = code
        self.findings: set[str] = set()
        self.closures: set[str] = set()  # closure events signed in this merge
        self.acts: set[str] = set()

    def note(self, kind: str, record_id: str, after: Mapping[str, Any]) -> None:
        if kind == Finding.KIND:
            self.findings.add(record_id)
        elif kind in _ON_FINDING:
            self.findings.add(after["finding_id"])
        elif kind == Attachment.KIND and after["record_kind"] == Finding.KIND:
            self.findings.add(after["record_id"])
        elif kind == InspectionAct.KIND:
            self.acts.add(record_id)
        elif kind == CommissionSignature.KIND:
            signed = self.closures if after["record_kind"] == FindingEvent.KIND else self.acts
            signed.add(after["record_id"])

    def settle(self) -> None:
        """Raise PermissionDenied for the first noted finding about this institution that no
        act both agencies signed issues, then for the first such act not signed by both.
        Everything is read for the whole institution: no list of ids as long as the bundle
        goes into a statement."""
        own = self.session.scalar(
            select(Institution.id).where(
                Institution.code == self.code, Institution.deleted.is_(False)
            )
        )
        if own is None or not (self.findings or self.closures or self.acts):
            return
        inspections = select(Inspection.id).where(Inspection.institution_id == own)
        own_acts = select(InspectionAct.id).where(InspectionAct.inspection_id.in_(inspections))
        signed = own_acts.where(cosigned())
        issued = {
            finding
            for ids in self.session.scalars(
                select(InspectionAct.finding_ids).where(InspectionAct.id.in_(signed))
            )
            for finding in ids
        }
        closed = dict(
            self.session.execute(
                select(FindingEvent.id, FindingEvent.finding_id).where(
                    FindingEvent.finding_id.in_(
                        select(Finding.id).where(Finding.inspection_id.in_(inspections))
                    )
                )
            ).all()
        )
        noted = self.findings | {closed[event] for event in self.closures if event in closed}
        for finding_id, reference, number in self.session.execute(
            select(Finding.id, Inspection.reference, Finding.number)
            .join(Inspection, Inspection.id == Finding.inspection_id)
            .where(Inspection.institution_id == own)
            .order_by(Inspection.reference, Finding.number)
        ):
            if finding_id in noted and finding_id not in issued:
                raise PermissionDenied(
                    "finding {ref} is not issued in an act both agencies of the commission have"
                    " signed: the institution receives it only then",
                    ref=f"{reference}#{number}",
                )
        unsigned = self.acts & (
            set(self.session.scalars(own_acts)) - set(self.session.scalars(signed))
        )
        if unsigned:
            number = self.session.scalar(
                select(InspectionAct.number).where(InspectionAct.id == min(unsigned))
            )
            raise PermissionDenied(
                "act No {number} awaits the co-signature of the partner agency: an institution"
                " receives an act only once both agencies of the commission have signed it",
                number=number,
            )
