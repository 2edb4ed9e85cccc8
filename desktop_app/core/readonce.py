"""Within one figure's whole computation (a dashboard, a printed report), what several of its
parts read of the store is read once: the dashboard asked for the official statuses four times
and for the findings list twice, seconds each in a national store.

Only reads are held, and only for the block: a figure is computed from one moment's data.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")

_HELD: ContextVar[dict[Hashable, Any] | None] = ContextVar("read_once", default=None)


@contextmanager
def read_once() -> Iterator[None]:
    """Hold what ``held`` reads until the outermost such block ends."""
    outer = _HELD.get()
    # An outer block that has held nothing yet is still the one to hold for: an empty dict
    # is falsy, and ``or`` gave a nested block its own, dropped when it ended.
    token = _HELD.set({} if outer is None else outer)
    try:
        yield
    finally:
        _HELD.reset(token)


def held(key: Hashable, read: Callable[[], T]) -> T:
    """``read()``, or what it returned the first time within ``read_once`` for ``key``."""
    cache = _HELD.get()
    if cache is None:
        return read()
    if key not in cache:
        cache[key] = read()
    value: T = cache[key]
    return value
