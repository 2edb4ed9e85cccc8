"""The joint commission's signatures: what each one signs, whether it verifies, and which acts
both agencies have signed (only those, and their findings, reach the inspected institution).

An issued act (or addendum) and a verified closure are signed by the agency that issued or
verified them (``issuer``: the inspection team's or the coordinator's desk) and co-signed by
the partner agency's desk (``partner``), each with its node's Ed25519 key over the digest of
the record as issued. Lookups go through Core statements so that they see what the same
transaction (a merge) wrote a moment earlier.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop_app.core.models import (
    CommissionSignature,
    ExchangeKey,
    FindingEvent,
    FindingStatus,
    InspectionAct,
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


def cosigned_acts() -> Select[Any]:
    """The acts and addenda both agencies have signed: only these (and the findings they
    issue) travel to the inspected institution."""
    return select(InspectionAct.id).where(
        InspectionAct.deleted.is_(False),
        InspectionAct.id.in_(signatures_on(InspectionAct.KIND, SignerSide.ISSUER)),
        InspectionAct.id.in_(signatures_on(InspectionAct.KIND, SignerSide.PARTNER)),
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
