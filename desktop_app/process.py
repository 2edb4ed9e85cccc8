"""Process hygiene: no core dumps, since the memory holds the passphrase, the data key and
plaintext records.

Called first thing by ``desktop_app.__main__.main``, before the CLI or the GUI reads a secret.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import resource
import sys

_PR_SET_DUMPABLE = 4


def disable_core_dumps() -> None:
    """``RLIMIT_CORE`` 0 (no core file) and, on Linux, not dumpable (no core file even if a
    limit is raised again, no ptrace attach by other processes of the same user)."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE, 0) failed")
