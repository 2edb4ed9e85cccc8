"""Run every benchmark and print one JSON object per line.

Usage: python bench/run.py [--quick] [--json] [--only NAME...]
Each benchmark module has ``run(quick: bool) -> list[dict]``; every figure is measured against
a baseline taken in the same run, so the ratios hold on any machine.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time

MODULES = (
    "store_bench",
    "store_workload",
    "age_speed",
    "exchange_bench",
    "report_bench",
    "gui_bench",
    "sheets_bench",
    "national",
    "cli_language",
)


def main() -> int:
    parser = argparse.ArgumentParser(description="InfoSec Desk benchmarks")
    parser.add_argument("--quick", action="store_true", help="smaller inputs, fewer rounds")
    parser.add_argument("--json", action="store_true", help="JSON lines only (the default)")
    parser.add_argument("--only", nargs="*", default=None, help="modules to run")
    args = parser.parse_args()
    for name in MODULES:
        if args.only and name not in args.only:
            continue
        started = time.perf_counter()
        module = importlib.import_module(f"bench.{name}")
        for result in module.run(args.quick):
            print(json.dumps(result, ensure_ascii=False), flush=True)
        if not args.json:
            print(f"# {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
