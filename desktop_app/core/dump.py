"""Canonical JSON of the shared state: the reference for tests, audits and convergence checks.

Only synchronised records and the set of attachment contents are included; local data (users,
settings, the audit log, exchange bookkeeping) differs between nodes by design.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.models import SYNCED_MODELS, Blob, Synced


def json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def record_dict(record: Synced) -> dict[str, Any]:
    data = {name: json_value(value) for name, value in record.to_fields().items()}
    data["id"] = record.id
    data["origin"] = record.origin
    data["versions"] = dict(sorted(record.versions.items()))
    return data


def dump_state(session: Session) -> dict[str, Any]:
    state: dict[str, Any] = {}
    for model in SYNCED_MODELS:
        records = session.scalars(select(model).order_by(model.id))
        state[model.KIND] = [record_dict(record) for record in records]
    state["blobs"] = list(session.scalars(select(Blob.sha256).order_by(Blob.sha256)))
    return state


def canonical_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1, separators=(",", ": "))
