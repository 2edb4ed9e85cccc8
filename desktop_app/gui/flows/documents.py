"""Printed documents rendered into memory for the preview.

The key card and the transfer form take their data from ``exchange.documents``. A preview is
rendered into bytes: the plaintext PDF reaches the disk only if the user saves it.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from desktop_app.core.desk import Desk
from desktop_app.errors import NotFound
from desktop_app.exchange.documents import key_card_data, transfer_form_data
from desktop_app.exchange.service import exchange
from desktop_app.reports import ReportParams, render
from desktop_app.reports.i18n import Lang


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
    row = next((r for r in exchange(desk).bundles() if r.bundle_id == bundle_id), None)
    if row is None:
        raise NotFound("no bundle {bundle_id} in the bundle log", bundle_id=bundle_id)
    return render_pdf(
        desk, "transfer-form", ReportParams(lang=lang, transfer=transfer_form_data(desk, row))
    )
