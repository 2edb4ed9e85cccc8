"""Hybrid logical clock stamps used to order field edits across nodes.

A stamp is a fixed-width string ``WWWWWWWWWWWWW.CCCCC.NODE`` (wall milliseconds, counter, node
code) so that plain string comparison orders stamps by time, then counter, then node code,
which is the merge's last-writer-wins rule with the node code as tie-break.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol

WALL_DIGITS = 13
COUNTER_DIGITS = 5
MAX_COUNTER = 10**COUNTER_DIGITS - 1
DAY_MS = 86_400_000


NODE_AT = WALL_DIGITS + COUNTER_DIGITS + 2  # where a (fixed-width) stamp's node code begins


def stamp_node(stamp: str) -> str:
    """The node code of a well-formed stamp, without parsing it."""
    return stamp[NODE_AT:]


class Clock(Protocol):
    """Source of wall time in milliseconds; tests inject a fixed or stepping clock."""

    def now_ms(self) -> int: ...


class SystemClock:
    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}.{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, counter, node = text.split(".", 2)
        if len(wall) != WALL_DIGITS or len(counter) != COUNTER_DIGITS or not node:
            raise ValueError(f"malformed clock stamp: {text!r}")
        return cls(int(wall), int(counter), node)


class HybridLogicalClock:
    """Issues strictly increasing stamps and advances past every stamp it observes, but never
    beyond its wall clock plus ``max_ahead_ms``: one stamp from a clock set years ahead must not
    carry this node's clock, and every later edit, along with it."""

    def __init__(
        self,
        node: str,
        clock: Clock | None = None,
        last: str | None = None,
        max_ahead_ms: int = DAY_MS,
    ) -> None:
        self.node = node
        self.clock: Clock = clock or SystemClock()
        self.max_ahead_ms = max_ahead_ms
        self._wall = 0
        self._counter = 0
        if last:
            self.observe(last)

    def tick(self) -> str:
        now = self.clock.now_ms()
        if now > self._wall:
            self._wall, self._counter = now, 0
        elif self._counter < MAX_COUNTER:
            self._counter += 1
        else:  # the counter's digits are used up: borrow the next millisecond, keep the width
            self._wall, self._counter = self._wall + 1, 0
        return str(Stamp(self._wall, self._counter, self.node))

    def observe(self, stamp: str) -> None:
        """Move past a stamp received from elsewhere so later local edits order after it."""
        seen = Stamp.parse(stamp)
        limit = self.clock.now_ms() + self.max_ahead_ms
        position = (seen.wall_ms, seen.counter) if seen.wall_ms <= limit else (limit, 0)
        self._wall, self._counter = max((min(self._wall, limit), self._counter), position)

    def repair(self, stamp: str) -> None:
        """Go back to ``stamp``: only for the repair of a clock that was pushed too far ahead."""
        seen = Stamp.parse(stamp)
        self._wall, self._counter = seen.wall_ms, seen.counter

    @property
    def last(self) -> str:
        return str(Stamp(self._wall, self._counter, self.node))
