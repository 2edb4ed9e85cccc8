"""The joint commission in the demo (issue 15): the State Security Service's desk, the partner
agency, co-signs the acts and verified closures the coordinator's bundles bring it, and sends
its signatures back, just before each of the coordinator's rounds, so the institutions receive
the acts (and their findings) the commission has signed. One act it has not signed yet: it
stays with the commission, awaiting co-signature.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.core.desk import Desk
from desktop_app.core.messages import Said
from desktop_app.demo.data import COORDINATOR, TeamNode
from desktop_app.demo.story import CARRIES, STORY_START, Carry, Step, StoryClock, Work, configure

PARTNER = TeamNode(
    code="DTX",
    name="Dövlət Təhlükəsizliyi Xidməti",
    name_en="State Security Service",
    user="k.hesenov",
)
# Its act reached the partner agency's desk, which has not signed it yet (no answer of the
# institution depends on it).
AWAITING_CO_SIGNATURE = "YX-2026-005"
# The partner's round ends this long before the coordinator's own.
AHEAD = dt.timedelta(minutes=30)
STEP = dt.timedelta(minutes=5)


def co_sign(desk: Desk, _clock: StoryClock) -> None:
    """Sign every act and verified closure that awaits the partner agency, but one act."""
    statuses = desk.commission.statuses()
    for inspection in desk.inspections.inspections():
        if (
            statuses.get(inspection.id) == "awaiting_co_signature"
            and inspection.reference != AWAITING_CO_SIGNATURE
        ):
            desk.commission.co_sign(inspection.reference)
    for finding in desk.commission.awaiting_closures():
        desk.commission.co_sign_closure(finding)


def joint_commission_steps() -> list[Step]:
    """The partner agency's settings, then its round before each of the coordinator's."""
    steps: list[Step] = [
        Work(
            STORY_START,
            PARTNER.code,
            Said("{node}: settings", node=PARTNER.code),
            lambda d, _c: configure(d),
        )
    ]
    for carry in CARRIES:
        if carry.sender != COORDINATOR.code:
            continue
        start = carry.at - AHEAD
        steps += [
            Carry(start, COORDINATOR.code, (PARTNER.code,)),
            Work(
                start + STEP,
                PARTNER.code,
                Said("{node}: co-signatures", node=PARTNER.code),
                co_sign,
            ),
            Carry(start + 2 * STEP, PARTNER.code, (COORDINATOR.code,)),
        ]
    return steps
