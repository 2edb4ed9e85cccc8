"""The one write path for synchronised records: clock stamps, tombstones, search index, audit.

Every create, update and delete of a synchronised record goes through ``Recorder`` so that the
per-field stamps the merge relies on, the search index and the audit chain can never disagree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desktop_app.core import audit, search
from desktop_app.core.hlc import HybridLogicalClock
from desktop_app.core.models import Synced

RecordT = TypeVar("RecordT", bound=Synced)


def _summary(fields: dict[str, Any]) -> str:
    shown = []
    for name, value in fields.items():
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        shown.append(f"{name}={text[:60]}")
    return ", ".join(shown)


class Recorder:
    def __init__(self, node_code: str, user: str, hlc: HybridLogicalClock) -> None:
        self.node_code = node_code
        self.user = user
        self.hlc = hlc

    def create(self, session: Session, model: type[RecordT], **fields: Any) -> RecordT:
        record = model(origin=self.node_code, deleted=False, **fields)
        stamp = self.hlc.tick()
        record.versions = dict.fromkeys(model.sync_fields(), stamp)
        session.add(record)
        session.flush()
        search.reindex(session, record)
        audit.append(
            session,
            self.user,
            "create",
            model.KIND,
            record.id,
            _summary(fields),
            states=audit.states_for(session, model.KIND, [record.id]),
        )
        return record

    def update(self, session: Session, record: Synced, **changes: Any) -> list[str]:
        """Apply the changes that differ from the stored values; return the changed fields."""
        allowed = set(record.sync_fields())
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"not a field of {record.KIND}: {', '.join(sorted(unknown))}")
        changed = {name: value for name, value in changes.items() if getattr(record, name) != value}
        if not changed:
            return []
        stamp = self.hlc.tick()
        versions = dict(record.versions)
        for name, value in changed.items():
            setattr(record, name, value)
            versions[name] = stamp
        # A new dict, so that the JSON column is seen as changed.
        record.versions = versions
        session.flush()
        search.reindex(session, record)
        action = "delete" if changed.get("deleted") else "update"
        audit.append(
            session,
            self.user,
            action,
            record.KIND,
            record.id,
            _summary(changed),
            states=audit.states_for(session, record.KIND, [record.id]),
        )
        return list(changed)

    def delete(self, session: Session, record: Synced) -> None:
        self.update(session, record, deleted=True)
