"""The joint commission's signatures (issue 15): the issuing agency's desk signs the act, each
addendum and each verified closure it records; the partner agency's desk (the State Security
Service) co-signs them. An act both have signed reaches the inspected institution; until then
it is awaiting co-signature. The rule book (``core.rules.commission``) checks every signature.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop_app.core import lookup
from desktop_app.core.access import Right
from desktop_app.core.models import (
    CommissionSignature,
    ExchangeKey,
    Finding,
    FindingEvent,
    FindingStatus,
    Inspection,
    InspectionAct,
    SignerSide,
    Synced,
)
from desktop_app.core.rules.commission import cosigned, signatures_on, signed_digest
from desktop_app.core.signing import COMMISSION_CONTEXT, group, public_hex, sign
from desktop_app.errors import ValidationError

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

AWAITING = "awaiting_co_signature"
CO_SIGNED = "co_signed"


@dataclass(frozen=True)
class SignatureRow:
    """One agency's signature as the act and the lists show it."""

    side: str
    signer: str
    fingerprint: str  # grouped
    signed_by: str
    signed_at: dt.datetime

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "signed_at": self.signed_at.isoformat(timespec="seconds")}


@dataclass(frozen=True)
class SignedAct:
    """An act or addendum with the commission's signatures on it."""

    act: InspectionAct
    signatures: list[SignatureRow]

    @property
    def status(self) -> str:
        return signature_status(row.side for row in self.signatures)


def signature_status(sides: Iterable[str]) -> str:
    """``co_signed`` once both agencies have signed, else ``awaiting_co_signature``."""
    return CO_SIGNED if set(SignerSide.values()) <= set(sides) else AWAITING


class CommissionService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- signing -----------------------------------------------------------------------------

    def _side(self) -> SignerSide:
        """The partner agency co-signs; a node that inspects signs for the issuing agency."""
        if self.desk.access.can(Right.INSPECT):
            return SignerSide.ISSUER
        self.desk.access.require(Right.CO_SIGN)
        return SignerSide.PARTNER

    def sign_issued(self, session: Session, record: InspectionAct | FindingEvent) -> None:
        """The issuing desk's own signature on what it has just issued or verified, when it
        has a signing key (a desk set up for the exchange); otherwise it signs later with
        ``co_sign``."""
        if session.scalar(select(ExchangeKey.id).where(ExchangeKey.retired_at.is_(None))):
            self._sign(session, record, SignerSide.ISSUER)

    def _sign(self, session: Session, record: Synced, side: SignerSide) -> CommissionSignature:
        key = session.scalars(select(ExchangeKey).where(ExchangeKey.retired_at.is_(None))).first()
        if key is None:
            raise ValidationError(
                "this node has no signing key yet; set up its identity for the exchange first"
            )
        digest = signed_digest(session, record.KIND, record.id)
        if digest is None:
            raise ValidationError(
                "a commission signature is on an issued act or a verified closure", "record_id"
            )
        return self.desk.recorder.create(
            session,
            CommissionSignature,
            record_kind=record.KIND,
            record_id=record.id,
            side=side.value,
            signer=self.desk.node.code,
            signing_key=public_hex(key.signing_secret),
            fingerprint=key.fingerprint,
            digest=digest,
            signature=sign(key.signing_secret, COMMISSION_CONTEXT, digest.encode()).hex(),
            signed_by=self.desk.user,
            signed_at=self.desk.now(),
        )

    def co_sign(self, inspection: str) -> list[InspectionAct]:
        """Sign, for this node's agency, the act and every addendum of the inspection it has
        not signed yet; the ones signed."""
        side = self._side()
        with self.desk.transaction() as session:
            target = lookup.get(session, Inspection, inspection)
            acts = _acts(session, target.id)
            signed = self._signed(session, [act.id for act in acts], side)
            pending = [act for act in acts if act.id not in signed]
            if not pending:
                raise ValidationError(
                    "nothing of {reference} awaits this agency's signature",
                    reference=target.reference,
                )
            for act in pending:
                self._sign(session, act, side)
            return pending

    def co_sign_closure(self, finding: str) -> FindingEvent:
        """Sign, for this node's agency, the latest verified closure of the finding."""
        side = self._side()
        with self.desk.transaction() as session:
            target = lookup.find_finding(session, finding)
            event = session.scalars(
                select(FindingEvent)
                .where(
                    FindingEvent.finding_id == target.id,
                    FindingEvent.to_status == FindingStatus.VERIFIED_CLOSED.value,
                    FindingEvent.deleted.is_(False),
                )
                .order_by(FindingEvent.at.desc())
            ).first()
            if event is None:
                raise ValidationError("the finding has no verified closure to sign")
            if self._signed(session, [event.id], side):
                raise ValidationError("this agency has already signed the closure")
            self._sign(session, event, side)
            return event

    @staticmethod
    def _signed(session: Session, record_ids: list[str], side: SignerSide) -> set[str]:
        return set(
            session.scalars(
                select(CommissionSignature.record_id).where(
                    CommissionSignature.record_id.in_(record_ids),
                    CommissionSignature.side == side.value,
                    CommissionSignature.deleted.is_(False),
                )
            )
        )

    # -- reading -----------------------------------------------------------------------------

    def acts(self, inspection: str) -> list[SignedAct]:
        """The act and its addenda in order, each with its signatures."""
        with self.desk.reading() as session:
            target = lookup.get(session, Inspection, inspection)
            acts = _acts(session, target.id)
            signed = signatures_of(session, [act.id for act in acts])
            return [SignedAct(act, signed[act.id]) for act in acts]

    def awaiting_closures(self) -> list[str]:
        """The findings (``REFERENCE#N``) whose latest verified closure awaits the partner
        agency's signature, in order."""
        with self.desk.reading() as session:
            awaiting = [f for f, status in closure_statuses(session).items() if status == AWAITING]
            refs = session.execute(
                select(Inspection.reference, Finding.number)
                .join(Finding, Finding.inspection_id == Inspection.id)
                .where(
                    Finding.id.in_(awaiting),
                    Finding.status == FindingStatus.VERIFIED_CLOSED.value,
                    Finding.deleted.is_(False),
                )
                .order_by(Inspection.reference, Finding.number)
            )
            return [f"{reference}#{number}" for reference, number in refs]

    def statuses(self, inspections: Collection[str] | None = None) -> dict[str, str]:
        """Each inspection with an issued act (of ``inspections``, by id, if given: a list of
        a period's 600 reads their acts, not a national store's 10,000):
        ``awaiting_co_signature`` while its act or an addendum awaits a signature, else
        ``co_signed``."""
        chosen = [InspectionAct.deleted.is_(False)]
        if inspections is not None:
            chosen.append(InspectionAct.inspection_id.in_(inspections))
        with self.desk.reading() as session:
            signed = set(session.scalars(select(InspectionAct.id).where(cosigned(), *chosen)))
            acts = session.execute(
                select(InspectionAct.inspection_id, InspectionAct.id).where(*chosen)
            )
            statuses: dict[str, str] = {}
            for inspection_id, act_id in acts:
                if act_id not in signed:
                    statuses[inspection_id] = AWAITING
                else:
                    statuses.setdefault(inspection_id, CO_SIGNED)
            return statuses

    def signatures(self, record_ids: Iterable[str]) -> dict[str, list[SignatureRow]]:
        """Each record's signatures, the issuing agency's first."""
        with self.desk.reading() as session:
            return signatures_of(session, list(record_ids))


def closure_statuses(session: Session, within: Select[Any] | None = None) -> dict[str, str]:
    """Each finding ever verified closed by id (of those ``within`` selects, if given):
    ``co_signed`` once the partner agency has signed its latest verified closure, else
    ``awaiting_co_signature``. A finding reopened since is in it too: whether a finding is
    closed now is its callers' to tell (joined to the findings here, SQLite read the closing
    events a closed finding at a time, 12,600 of a national store's)."""
    query = (
        select(FindingEvent.finding_id, FindingEvent.id)
        .where(
            FindingEvent.to_status == FindingStatus.VERIFIED_CLOSED.value,
            FindingEvent.deleted.is_(False),
        )
        .order_by(FindingEvent.at, FindingEvent.id)
    )
    signed = signatures_on(FindingEvent.KIND, SignerSide.PARTNER)
    if within is not None:
        query = query.where(FindingEvent.finding_id.in_(within))
        # A few findings' closures (an inspection's): their signatures by the events' ids, not
        # every signature of the store (20,000 in a national one, 70 ms).
        events = query.with_only_columns(FindingEvent.id).order_by(None)
        signed = signed.where(CommissionSignature.record_id.in_(events))
    latest = dict(session.execute(query).all())
    partner = set(session.scalars(signed))
    return {
        finding: CO_SIGNED if event in partner else AWAITING for finding, event in latest.items()
    }


def _acts(session: Session, inspection_id: str) -> list[InspectionAct]:
    """The inspection's act and addenda, in order."""
    return list(
        session.scalars(
            select(InspectionAct)
            .where(InspectionAct.inspection_id == inspection_id, InspectionAct.deleted.is_(False))
            .order_by(InspectionAct.addendum)
        )
    )


def signatures_of(session: Session, record_ids: list[str]) -> dict[str, list[SignatureRow]]:
    rows: dict[str, list[SignatureRow]] = {record_id: [] for record_id in record_ids}
    for signature in session.scalars(
        select(CommissionSignature)
        .where(
            CommissionSignature.record_id.in_(record_ids),
            CommissionSignature.deleted.is_(False),
        )
        .order_by(CommissionSignature.side != SignerSide.ISSUER.value)
    ):
        rows[signature.record_id].append(
            SignatureRow(
                side=signature.side,
                signer=signature.signer,
                fingerprint=group(signature.fingerprint),
                signed_by=signature.signed_by,
                signed_at=signature.signed_at,
            )
        )
    return rows
