"""Repair a store whose clock was pushed ahead by stamps from a clock set years ahead.

Before the merge refused such stamps, one bundle could carry a stamp in 2100 (or at the 2255
ceiling) into a store: the field it stamped then beat every later honest edit, and the node's
clock ran there too. The repair moves every stamp further ahead of this computer's wall clock
than the allowed skew back to now, in the same order among themselves and with the same author
node, so later edits win again; the exchange bookkeeping that holds stamps follows the same map.
Run it on every node that took such stamps: a node that has not repaired its store sends them
again, and the others refuse its bundles ("the sender's clock is N days ahead").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from desktop_app.core import audit
from desktop_app.core.hlc import MAX_COUNTER, Stamp
from desktop_app.core.models import (
    SYNCED_MODELS,
    BundleLog,
    ChannelState,
    Conflict,
    RecordMark,
    Setting,
)
from desktop_app.errors import Term

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

WALL = 13  # digits of a stamp's wall time, a prefix that sorts as the stamp does


@dataclass(frozen=True)
class ClockRepair:
    stamps: int  # distinct stamps moved back
    records: int  # records that held one

    def line(self) -> str:
        """The audit entry's English detail (the CLI says it in its own language)."""
        if not self.stamps:
            return "the clock is sound: no stamp is ahead of this computer's clock"
        return f"moved {self.stamps} stamps in {self.records} records back to this computer's clock"


def _poisoned(stamp: str | None, ceiling: str) -> bool:
    return stamp is not None and stamp[:WALL] > ceiling


def repair_clock(desk: Desk) -> ClockRepair:
    """Move every stamp beyond wall clock plus the allowed skew back to now; admins only."""
    desk.access.require_admin(Term("repair the clock"))
    now = desk.clock.now_ms()
    ceiling = f"{now + desk.max_skew_ms:0{WALL}d}"
    with desk.transaction() as session:
        rows: list[tuple[Any, str, dict[str, str]]] = []
        found: set[str] = set()
        for model in SYNCED_MODELS:
            table = model.__table__
            for record_id, versions in session.execute(select(table.c.id, table.c.versions)):
                bad = {v for v in (versions or {}).values() if _poisoned(v, ceiling)}
                if bad:
                    rows.append((table, record_id, versions))
                    found |= bad
        extra = [
            *session.scalars(select(RecordMark.mark)),
            *session.scalars(select(BundleLog.hlc_to)),
            *session.scalars(select(ChannelState.acked_to)),
            *session.scalars(select(Conflict.local_stamp)),
            *session.scalars(select(Conflict.remote_stamp)),
        ]
        found |= {stamp for stamp in extra if _poisoned(stamp, ceiling)}
        # In their own order, from now on: counters first, then the next milliseconds.
        moved = {
            old: str(Stamp(now + index // (MAX_COUNTER + 1), index % (MAX_COUNTER + 1), node))
            for index, old in enumerate(sorted(found))
            for node in (Stamp.parse(old).node,)
        }
        for table, record_id, versions in rows:
            fixed = {name: moved.get(stamp, stamp) for name, stamp in versions.items()}
            session.execute(update(table).where(table.c.id == record_id).values(versions=fixed))
        for column in (
            RecordMark.mark,
            BundleLog.hlc_to,
            ChannelState.acked_to,
            Conflict.local_stamp,
            Conflict.remote_stamp,
        ):
            for old, new in moved.items():
                session.execute(update(column.class_).where(column == old).values({column: new}))
        if moved:
            desk.hlc.repair(max(moved.values()))
            session.merge(Setting(key="hlc_last", value=desk.hlc.last))
        repair = ClockRepair(len(moved), len(rows))
        audit.append(session, desk.user, "clock_repair", "node", desk.node.code, repair.line())
        return repair
