"""Process hygiene: no core dumps, since the memory holds the passphrase, the data key and
plaintext records (``disable_core_dumps``, called first thing by ``desktop_app.__main__.main``,
before the CLI or the GUI reads a secret); and the cyclic garbage collector kept off the
program's own objects during a bulk write or a report's making (``collector_spared``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import resource
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_PR_SET_DUMPABLE = 4


def disable_core_dumps() -> None:
    """``RLIMIT_CORE`` 0 (no core file) and, on Linux, not dumpable (no core file even if a
    limit is raised again, no ptrace attach by other processes of the same user)."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE, 0) failed")


# The youngest generation's threshold while spared. A merge batch holds a few thousand records
# (several containers each) alive at once: at the default 700 the collector ran some 1,200
# times in a 100,000-record import and promoted every batch through the older generations
# (0.4 s and a twentieth of the import's time). The count is allocations less deallocations, so
# cycles made within still start a collection once this many are left.
SPARED_THRESHOLD = 20_000


class _Spared:
    """How many ``collector_spared`` blocks are open, over all threads, and the collector's
    thresholds before the first."""

    lock = threading.Lock()
    depth = 0
    thresholds: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def collector_spared() -> Iterator[None]:
    """Within: the objects that existed at entry are left out of the cyclic garbage
    collector's passes (``gc.freeze``), and its youngest generation is collected only once
    ``SPARED_THRESHOLD`` more containers are alive; at exit both are handed back.

    A merge of 100,000 records allocates so many containers that the collector makes a full
    pass every few thousand records, and each pass walked every object of the program (about
    150,000: modules, SQLAlchemy's mappers and compiled statements, the desk), none of which
    the merge turns into garbage: a fifth of the merge's CPU time. Cycles among the objects
    made within are collected as before; cycles among the spared ones wait for the exit.
    Nested or concurrent uses freeze once and hand back when the last one leaves."""
    with _Spared.lock:
        if not _Spared.depth:
            gc.freeze()
            _Spared.thresholds = gc.get_threshold()
            young, *older = _Spared.thresholds
            gc.set_threshold(max(young, SPARED_THRESHOLD), *older)
        _Spared.depth += 1
    try:
        yield
    finally:
        with _Spared.lock:
            _Spared.depth -= 1
            if not _Spared.depth:
                gc.set_threshold(*_Spared.thresholds)
                gc.unfreeze()
