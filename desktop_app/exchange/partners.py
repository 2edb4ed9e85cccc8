"""This node's identity (keys, card, rotation) and the partners it enrols or revokes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from desktop_app.core import audit
from desktop_app.core.desk import Desk
from desktop_app.core.models import (
    ExchangeKey,
    NodeRole,
    Partner,
    PartnerKey,
)
from desktop_app.core.signing import group, public_hex
from desktop_app.errors import ExchangeError, NotFound, Term
from desktop_app.exchange.channel import ACTIVE, REVOKED, aware_now, current_key
from desktop_app.exchange.identity import (
    Card,
    Rotation,
    make_card,
    make_rotation,
    normalise_fingerprint,
    read_card,
)
from desktop_app.store.age import (
    generate_identity,
    recipient_from_identity,
)


@dataclass(frozen=True)
class PartnerInfo:
    code: str
    role: str
    name: str
    name_en: str
    fingerprint: str  # grouped
    status: str
    enrolled_at: dt.datetime

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "enrolled_at": self.enrolled_at.isoformat(timespec="seconds")}


def _card(desk: Desk, key: ExchangeKey) -> Card:
    return Card(
        code=desk.node.code,
        role=desk.node.role.value,
        name=desk.node.name,
        name_en=desk.node.name_en,
        signing_key=public_hex(key.signing_secret),
        age_recipient=recipient_from_identity(key.age_identity),
        created_at=key.created_at.isoformat(timespec="seconds"),
    )


def _partner_info(partner: Partner) -> PartnerInfo:
    return PartnerInfo(
        code=partner.code,
        role=partner.role,
        name=partner.name,
        name_en=partner.name_en,
        fingerprint=group(partner.fingerprint),
        status=partner.status,
        enrolled_at=partner.enrolled_at,
    )


def _new_key(desk: Desk, rotation: str = "") -> ExchangeKey:
    identity, _recipient = generate_identity()
    secret = Ed25519PrivateKey.generate().private_bytes_raw()
    key = ExchangeKey(
        signing_secret=secret,
        age_identity=identity,
        created_at=desk.now(),
        rotation=rotation,
    )
    card = _card(desk, key)
    key.fingerprint = card.fingerprint
    return key


def setup_identity(desk: Desk) -> None:
    """Give the node its signing key and age identity; does nothing if it has them."""
    with desk.transaction() as session:
        if session.scalar(select(ExchangeKey.id).where(ExchangeKey.retired_at.is_(None))):
            return
        key = _new_key(desk)
        session.add(key)
        audit.append(
            session,
            desk.user,
            "identity",
            "node",
            desk.node.code,
            f"fingerprint={key.fingerprint}",
            at=aware_now(desk),
        )


def identity_card(desk: Desk) -> bytes:
    """The node's public card: code, names, role, both public keys, signed by its own key."""
    with desk.reading() as session:
        key = current_key(session)
        return make_card(_card(desk, key), key.signing_secret)


def card_fingerprint(card: bytes) -> str:
    return group(read_card(card).fingerprint)


def own_fingerprint(desk: Desk) -> str:
    with desk.reading() as session:
        return group(current_key(session).fingerprint)


def rotate_identity(desk: Desk) -> str:
    """New key pair; a statement signed by the old key travels in the next bundles."""
    desk.access.require_admin(Term("rotate the node's keys"))
    setup_identity(desk)  # a store made before the exchange existed gets its first keys
    with desk.transaction() as session:
        old = current_key(session)
        new = _new_key(desk)
        new.rotation = make_rotation(
            Rotation(
                code=desk.node.code,
                old_fingerprint=old.fingerprint,
                new_signing_key=public_hex(new.signing_secret),
                new_age_recipient=recipient_from_identity(new.age_identity),
                new_fingerprint=new.fingerprint,
                at=desk.now().isoformat(timespec="seconds"),
            ),
            old.signing_secret,
            new.signing_secret,
        )
        old.retired_at = desk.now()
        session.flush()
        session.add(new)
        audit.append(
            session,
            desk.user,
            "identity_rotate",
            "node",
            desk.node.code,
            f"{old.fingerprint} -> {new.fingerprint}",
            at=aware_now(desk),
        )
        return group(new.fingerprint)


def _check_partner_role(desk: Desk, role: str) -> None:
    mine = desk.node.role
    if mine is NodeRole.COORDINATOR and role == NodeRole.COORDINATOR.value:
        raise ExchangeError(
            "a coordinator enrols institutions, inspection teams and the partner agency only"
        )
    if mine is not NodeRole.COORDINATOR and role != NodeRole.COORDINATOR.value:
        raise ExchangeError(
            "institutions, inspection teams and the partner agency enrol the coordinator only"
        )


def enrol_partner(desk: Desk, card: bytes, fingerprint: str | None) -> PartnerInfo:
    """Enrol a peer from its card; ``fingerprint`` None means the caller already confirmed it."""
    desk.access.require_admin(Term("enrol partners"))
    peer = read_card(card)
    if fingerprint is not None and normalise_fingerprint(fingerprint) != peer.fingerprint:
        raise ExchangeError(
            "fingerprint mismatch: the card of {code} has {fingerprint}; it was not enrolled",
            code=peer.code,
            fingerprint=group(peer.fingerprint),
        )
    if peer.code == desk.node.code:
        raise ExchangeError("this is this node's own card")
    _check_partner_role(desk, peer.role)
    with desk.transaction() as session:
        partner = session.get(Partner, peer.code)
        if partner is not None:
            if partner.fingerprint == peer.fingerprint:
                if partner.status == ACTIVE:
                    return _partner_info(partner)
                raise ExchangeError(
                    "{code} was revoked; its revoked key stays refused", code=peer.code
                )
            if partner.status == ACTIVE:
                raise ExchangeError(
                    "{code} is already enrolled with other keys; revoke it first", code=peer.code
                )
            for old in session.scalars(
                select(PartnerKey).where(
                    PartnerKey.partner_code == peer.code, PartnerKey.retired_at.is_(None)
                )
            ):
                old.retired_at = desk.now()
        else:
            partner = Partner(code=peer.code)
            session.add(partner)
        partner.role = peer.role
        partner.name = peer.name
        partner.name_en = peer.name_en
        partner.signing_key = peer.signing_key
        partner.age_recipient = peer.age_recipient
        partner.fingerprint = peer.fingerprint
        partner.status = ACTIVE
        partner.enrolled_at = desk.now()
        partner.revoked_at = None
        partner.card = card.decode()
        session.flush()
        session.add(
            PartnerKey(
                partner_code=peer.code,
                signing_key=peer.signing_key,
                age_recipient=peer.age_recipient,
                fingerprint=peer.fingerprint,
                valid_from=desk.now(),
            )
        )
        if peer.role == NodeRole.INSTITUTION.value:
            desk.plan.register_enrolled_institution(session, peer.code, peer.name, peer.name_en)
        audit.append(
            session,
            desk.user,
            "partner_enrol",
            "partner",
            peer.code,
            f"role={peer.role} fingerprint={peer.fingerprint}",
            at=aware_now(desk),
        )
        return _partner_info(partner)


def revoke_partner(desk: Desk, code: str) -> None:
    """From now on bundles signed by this partner are refused and none are written for it."""
    desk.access.require_admin(Term("revoke partners"))
    with desk.transaction() as session:
        partner = session.get(Partner, code)
        if partner is None:
            raise NotFound('no partner "{code}"', code=code)
        if partner.status == REVOKED:
            return
        partner.status = REVOKED
        partner.revoked_at = desk.now()
        audit.append(
            session,
            desk.user,
            "partner_revoke",
            "partner",
            code,
            f"fingerprint={partner.fingerprint}",
            at=aware_now(desk),
        )


def partners(desk: Desk) -> list[PartnerInfo]:
    with desk.reading() as session:
        return [_partner_info(p) for p in session.scalars(select(Partner).order_by(Partner.code))]
