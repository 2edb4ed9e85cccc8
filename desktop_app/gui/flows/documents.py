"""Printed documents rendered into memory, and the exchange data that two of them need.

The reports package may not import the exchange (they are sibling layers), so the key card and
the transfer form are filled here from the node's identity and the bundle log, as the CLI does.
A preview is rendered into bytes: the plaintext PDF reaches the disk only if the user saves it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

from desktop_app.core.desk import Desk
from desktop_app.errors import NotFound
from desktop_app.exchange import identity, service
from desktop_app.exchange.service import BundleLogRow
from desktop_app.reports import KeyCardData, ReportParams, TransferFormData, render
from desktop_app.reports.i18n import Lang


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


def transfer_form_data(desk: Desk, row: BundleLogRow) -> TransferFormData:
    outgoing = row.direction == "out"
    partners = {p.code: p for p in service.partners(desk)}
    peer = partners.get(row.peer)
    peer_name = peer.name if peer else ""
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
    )


def render_pdf(
    desk: Desk,
    kind: str,
    params: ReportParams,
    progress: Callable[[float], None] | None = None,
) -> bytes:
    buffer = io.BytesIO()
    render(desk, kind, params, buffer, progress)
    return buffer.getvalue()


def key_card_pdf(desk: Desk, lang: Lang) -> bytes:
    return render_pdf(desk, "key-card", ReportParams(lang=lang, key_card=key_card_data(desk)))


def transfer_form_pdf(desk: Desk, bundle_id: str, lang: Lang) -> bytes:
    row = next((r for r in service.bundles(desk) if r.bundle_id == bundle_id), None)
    if row is None:
        raise NotFound(f"no bundle {bundle_id} in the bundle log")
    return render_pdf(
        desk, "transfer-form", ReportParams(lang=lang, transfer=transfer_form_data(desk, row))
    )
