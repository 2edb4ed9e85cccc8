"""The exchange's part of two printed documents: the node's key card and a bundle's transfer form.

The CLI, the set-up wizard and the GUI pages all print them from this one place.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.core.desk import Desk
from desktop_app.core.documents import KeyCardData, TransferFormData
from desktop_app.errors import NotFound
from desktop_app.exchange import identity, service
from desktop_app.exchange.service import BundleLogRow


def key_card_data(desk: Desk) -> KeyCardData:
    raw = service.identity_card(desk)
    card = identity.read_card(raw)
    try:
        created: dt.datetime | None = dt.datetime.fromisoformat(card.created_at)
    except ValueError:
        created = None
    return KeyCardData(
        code=card.code,
        name=card.name,
        name_en=card.name_en,
        role=card.role,
        fingerprint=service.own_fingerprint(desk),
        card=raw,
        signing_key=card.signing_key,
        encryption_key=card.age_recipient,
        created=created,
    )


def find_bundle(desk: Desk, ref: str) -> BundleLogRow:
    """A bundle of the log by its id or an unambiguous prefix of it."""
    wanted = ref.strip().lower()
    matches = [row for row in service.bundles(desk) if row.bundle_id.lower().startswith(wanted)]
    if not wanted or len(matches) != 1:
        if not matches:
            raise NotFound('no bundle "{ref}" in the bundle log', ref=ref)
        raise NotFound('more than one bundle "{ref}" in the bundle log', ref=ref)
    return matches[0]


def transfer_form_data(desk: Desk, row: BundleLogRow) -> TransferFormData:
    outgoing = row.direction == "out"
    partner = next((p for p in service.partners(desk) if p.code == row.peer), None)
    peer_name = partner.name if partner else ""
    return TransferFormData(
        bundle_id=row.bundle_id,
        sender=desk.node.code if outgoing else row.peer,
        recipient=row.peer if outgoing else desk.node.code,
        sequence=row.sequence or 0,
        size=row.size,
        sha256=row.sha256,
        time=row.at,
        counts=dict(row.counts),
        direction="out" if outgoing else "in",
        sender_name=desk.node.name if outgoing else peer_name,
        recipient_name=peer_name if outgoing else desk.node.name,
        audit_count=row.audit_count,
        audit_head=row.audit_head,
    )
