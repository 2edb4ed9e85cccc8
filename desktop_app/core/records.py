"""The one write path for synchronised records: rules, clock stamps, tombstones, search index,
audit.

Every create, update and delete of a synchronised record goes through ``Recorder`` so that the
rule book is asked for every write, and the per-field stamps the merge relies on, the search
index and the audit chain can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desktop_app.core import audit, search
from desktop_app.core.hlc import HybridLogicalClock
from desktop_app.core.models import NodeRole, Synced
from desktop_app.core.rules import Actor, RuleBook

RecordT = TypeVar("RecordT", bound=Synced)


def _summary(fields: dict[str, Any]) -> str:
    shown = []
    for name, value in fields.items():
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        shown.append(f"{name}={text[:60]}")
    return ", ".join(shown)


class Recorder:
    def __init__(self, node_code: str, node_role: NodeRole, user: str, hlc: HybridLogicalClock):
        self.node_code = node_code
        self.actor = Actor(node_code, node_role)
        self.user = user
        self.hlc = hlc
        # Inside ``one_entry``: the records written so far, which its single entry names.
        self._batch: list[tuple[str, str]] | None = None
        # Inside ``one_entry``: one rule book for all its writes, as a merge keeps one for a
        # bundle (making one looks the actor's institution up: a query per record otherwise).
        self._rules: RuleBook | None = None
        # Inside ``together``: the rule book's judgement of the whole waits for its end.
        self._settle_later = False

    @contextmanager
    def together(self, session: Session) -> Iterator[None]:
        """Writes the rule book judges as one, as a merge judges a bundle: each record's own
        rules as it is written, what only the whole can satisfy at the end of the block (a
        decision first, with its refusal if the actor may not make it, then what it grants)."""
        saved = self._rules, self._settle_later
        rules = self._rules = self._rules or RuleBook(session, self.actor)
        self._settle_later = True
        try:
            yield
            rules.settle()
        finally:
            self._rules, self._settle_later = saved

    @contextmanager
    def one_entry(self, session: Session, action: str, detail: str) -> Iterator[None]:
        """The writes inside the block leave one audit entry between them (an imported plan),
        which records the state of every record they wrote, as a merged bundle's entry does.
        Writes are serialised (the write worker), so one batch is open at a time."""
        self._batch = []
        self._rules = RuleBook(session, self.actor)
        try:
            yield
            written = list(dict.fromkeys(self._batch))
            audit.append(
                session, self.user, action, "", "", detail, states=audit.states_of(session, written)
            )
        finally:
            self._batch = None
            self._rules = None

    def _audit(
        self, session: Session, action: str, kind: str, record_id: str, fields: dict[str, Any]
    ) -> None:
        if self._batch is not None:
            self._batch.append((kind, record_id))
            return
        audit.append(
            session,
            self.user,
            action,
            kind,
            record_id,
            _summary(fields),
            states=audit.states_for(session, kind, [record_id]),
        )

    def _check(
        self, session: Session, record: Synced, before: dict[str, Any] | None, changed: list[str]
    ) -> None:
        after = record.to_fields() | {"origin": record.origin}
        rules = self._rules or RuleBook(session, self.actor)
        rules.check(record.KIND, record.id, before, after, changed)
        # A service writes what a rule waits for (a measure's plan revision) before the
        # record that needs it, or its writes together.
        if not self._settle_later:
            rules.settle()

    def create(self, session: Session, model: type[RecordT], **fields: Any) -> RecordT:
        record = model(origin=self.node_code, deleted=False, **fields)
        stamp = self.hlc.tick()
        record.versions = dict.fromkeys(model.sync_fields(), stamp)
        session.add(record)
        session.flush()
        self._check(session, record, None, list(model.sync_fields()))
        search.reindex(session, record, new=True)
        self._audit(session, "create", model.KIND, record.id, fields)
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
        before = record.to_fields() | {"origin": record.origin}
        stamp = self.hlc.tick()
        versions = dict(record.versions)
        for name, value in changed.items():
            setattr(record, name, value)
            versions[name] = stamp
        # A new dict, so that the JSON column is seen as changed.
        record.versions = versions
        session.flush()
        self._check(session, record, before, list(changed))
        search.reindex(session, record)
        action = "delete" if changed.get("deleted") else "update"
        self._audit(session, action, record.KIND, record.id, changed)
        return list(changed)

    def delete(self, session: Session, record: Synced) -> None:
        self.update(session, record, deleted=True)
