"""Time one unlock of a store at the default Argon2id parameters (`unlock_s`; goal 0.3-1 s).

An unlock is what a user waits for: read the key-slot file, derive the slot key with Argon2id,
unwrap the data key. The best of several runs is reported (quick: 3, else 7), with the median
beside it. bench/run.py calls run(quick); `python bench/store_bench.py [--quick]` runs it alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from desktop_app.store.keyslots import DEFAULT_KDF
from desktop_app.store.workspace import FailureThrottle, Workspace

PASSPHRASE = "bench passphrase, not secret"


def run(quick: bool) -> list[dict[str, object]]:
    rounds = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="store-bench-") as tmp:
        workspace = Workspace(Path(tmp) / "home", FailureThrottle())
        data_key = workspace.create("bench", PASSPHRASE)
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            unlocked, _user = workspace.unlock("bench", PASSPHRASE)
            times.append(time.perf_counter() - start)
            if unlocked != data_key:
                raise RuntimeError("the unlock returned a different data key")
    return [
        {
            "name": "unlock_s",
            "value": round(min(times), 3),
            "unit": "s",
            "goal": "0.3-1",
            "median_s": round(statistics.median(times), 3),
            "rounds": rounds,
            "memory_kib": DEFAULT_KDF.memory_kib,
            "iterations": DEFAULT_KDF.iterations,
            "lanes": DEFAULT_KDF.lanes,
        }
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="3 runs instead of 7")
    for result in run(parser.parse_args().quick):
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
