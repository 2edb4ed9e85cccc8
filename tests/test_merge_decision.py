"""The merge's decision per field, a pure function, over thousands of cases.

No store, no session: ``decide`` takes the two sides and the channel's position. Last writer
wins by stamp (so any order of arrival gives the same value), a conflict is only ever two
different values by two different nodes, the sender's own edit, not seen by either side.
A finding's deadline only moves later: the rule book orders its values (``later``), and the
later value wins whatever the stamps. Every combination of a small grid runs in a fraction of a
second; the generated (hypothesis) cases are marked slow, so that ``pytest -m "not slow"`` skips
them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.hlc import stamp_node
from desktop_app.core.rules import later
from desktop_app.exchange.merge import Decision, Position, decide

NODES = ("MIN1", "SCIS", "TEAM1")
stamps = st.builds(
    lambda wall, counter, node: f"{wall:013d}.{counter:05d}.{node}",
    st.integers(1_789_000_000_000, 1_789_000_000_020),
    st.integers(0, 2),
    st.sampled_from(NODES),
)
values = st.sampled_from(["a", "b", None, 1])
positions = st.builds(
    Position,
    local=st.just("SCIS"),
    sender=st.sampled_from(("MIN1", "TEAM1")),
    received_to=st.one_of(st.just(""), stamps),
    ack_floor=st.one_of(st.just(""), stamps),
)
names = st.sampled_from(["title", "deleted"])
CASES = settings(max_examples=3000, deadline=None, database=None)


def _check(
    name: str,
    mine: Any,
    mine_stamp: str,
    theirs: Any,
    theirs_stamp: str,
    learnt: str,
    position: Position,
) -> None:
    decision = decide(name, mine, mine_stamp, theirs, theirs_stamp, learnt or mine_stamp, position)
    assert decision.take == (theirs_stamp > mine_stamp)
    if decision.conflict:
        assert name != "deleted" and mine != theirs and mine_stamp != theirs_stamp
        assert stamp_node(theirs_stamp) == position.sender != stamp_node(mine_stamp)
        assert theirs_stamp > position.received_to
    # Nothing against itself: idempotent.
    assert decide(name, mine, mine_stamp, mine, mine_stamp, mine_stamp, position) == Decision(
        False, False
    )


def test_every_combination_of_a_small_grid() -> None:
    grid = [f"178900000000{wall}.00000.{node}" for wall in (1, 2) for node in NODES]
    channel = ["", grid[0], grid[-1]]
    started = time.perf_counter()
    cases = 0
    for (
        name,
        mine,
        mine_stamp,
        theirs,
        theirs_stamp,
        sender,
        received_to,
        floor,
    ) in itertools.product(
        ("title", "deleted"),
        ("a", "b"),
        ["", *grid],
        ("a", "b"),
        grid,
        ("MIN1", "TEAM1"),
        channel,
        channel,
    ):
        _check(
            name,
            mine,
            mine_stamp,
            theirs,
            theirs_stamp,
            "",
            Position("SCIS", sender, received_to, floor),
        )
        cases += 1
    assert cases > 5_000 and time.perf_counter() - started < 1.0


@pytest.mark.slow
@CASES
@given(names, values, stamps, values, stamps, st.one_of(st.just(""), stamps), positions)
def test_last_writer_wins_and_conflicts_are_concurrent_edits(
    name: str,
    mine: Any,
    mine_stamp: str,
    theirs: Any,
    theirs_stamp: str,
    learnt: str,
    position: Position,
) -> None:
    _check(name, mine, mine_stamp, theirs, theirs_stamp, learnt, position)


def _arrivals(
    edits: list[tuple[Any, str]], arrive: Callable[[Any, str, Any, str], Decision]
) -> set[tuple[Any, str]]:
    """What a field holds after each of (up to 24) orders of arrival of ``edits``: ``arrive``
    decides on (held value, its stamp, incoming value, its stamp)."""
    results = set()
    for order in itertools.islice(itertools.permutations(edits), 24):
        value, stamp = None, ""
        for incoming, incoming_stamp in order:
            if arrive(value, stamp, incoming, incoming_stamp).take:
                value, stamp = incoming, incoming_stamp
        results.add((value, stamp))
    return results


@pytest.mark.slow
@CASES
@given(st.lists(st.tuples(values, stamps), min_size=1, max_size=5, unique_by=lambda e: e[1]))
def test_every_order_of_arrival_keeps_the_same_value(edits: list[tuple[Any, str]]) -> None:
    position = Position("SCIS", "MIN1", "", "")
    results = _arrivals(
        edits,
        lambda value, stamp, incoming, at: decide(
            "title", value, stamp, incoming, at, stamp, position
        ),
    )
    assert results == {max(edits, key=lambda e: e[1])}


# -- a field that only moves later -----------------------------------------------------------

FEB, MAR = dt.date(2027, 2, 1), dt.date(2027, 3, 1)
days = st.sampled_from([None, dt.date(2027, 1, 1), FEB, MAR])


def _deadline(position: Position, mine: Any, mine_stamp: str, theirs: Any, stamp: str) -> Decision:
    """As the merge asks: the rule book's order of the two values."""
    return decide(
        "deadline", mine, mine_stamp, theirs, stamp, mine_stamp, position, later(theirs, mine)
    )


def test_a_later_deadline_wins_and_a_move_back_is_judged() -> None:
    ours, theirs = "1789000000002.00000.SCIS", "1789000000003.00000.TEAM1"
    seen = Position("SCIS", "TEAM1", received_to="", ack_floor=ours)
    unseen = Position("SCIS", "TEAM1", received_to="", ack_floor="")
    # The team's edit stamped after ours, to an earlier day: not taken. Made over our value
    # (acknowledged), it is a move back, for the rule book to judge; else a conflict.
    assert _deadline(seen, MAR, ours, FEB, theirs) == Decision(False, False, True)
    assert _deadline(unseen, MAR, ours, FEB, theirs) == Decision(False, True, False)
    # The same move after an earlier bundle brought it: judged then.
    judged = Position("SCIS", "TEAM1", received_to=theirs, ack_floor=ours)
    assert _deadline(judged, MAR, ours, FEB, theirs) == Decision(False, False, False)
    # A later day stamped before ours wins, and is concurrent: the team's clock would have
    # passed our stamp had it seen our value.
    older = "1789000000001.00000.TEAM1"
    assert _deadline(seen, FEB, ours, MAR, older) == Decision(True, True, False)
    # The same day from both: the greater stamp, no conflict.
    assert _deadline(unseen, MAR, ours, MAR, theirs) == Decision(True, False, False)


@pytest.mark.slow
@CASES
@given(st.lists(st.tuples(days, stamps), min_size=1, max_size=5, unique_by=lambda e: e[1]))
def test_every_order_of_arrival_keeps_the_latest_deadline(edits: list[tuple[Any, str]]) -> None:
    position = Position("SCIS", "TEAM1", "", "")
    results = _arrivals(edits, lambda *sides: _deadline(position, *sides))
    latest = max(edits, key=lambda e: (e[0] is not None, e[0] or dt.date.min, e[1]))
    assert results == {latest}
