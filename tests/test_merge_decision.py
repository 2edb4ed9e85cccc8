"""The merge's decision per field, a pure function, over thousands of cases.

No store, no session: ``decide`` takes the two sides and the channel's position. Last writer
wins by stamp (so any order of arrival gives the same value), a conflict is only ever two
different values by two different nodes, the sender's own edit, not seen by either side.
Every combination of a small grid runs in a fraction of a second; the generated (hypothesis)
cases are marked slow, so that ``pytest -m "not slow"`` skips them.
"""

from __future__ import annotations

import itertools
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.hlc import stamp_node
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


@pytest.mark.slow
@CASES
@given(st.lists(st.tuples(values, stamps), min_size=1, max_size=5, unique_by=lambda e: e[1]))
def test_every_order_of_arrival_keeps_the_same_value(edits: list[tuple[Any, str]]) -> None:
    position = Position("SCIS", "MIN1", "", "")
    results = set()
    for order in itertools.islice(itertools.permutations(edits), 24):
        value, stamp = None, ""
        for incoming, incoming_stamp in order:
            if decide("title", value, stamp, incoming, incoming_stamp, stamp, position).take:
                value, stamp = incoming, incoming_stamp
        results.add((value, stamp))
    assert results == {max(edits, key=lambda e: e[1])}
