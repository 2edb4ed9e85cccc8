"""Time a 1,000-measure strategy report from the store to the PDF on disk
(`strategy_report_1000_s`; goal <= 2 s, aim 1 s).

The store holds 1,000 measures with two periods of progress reports, indicators, the catalog and
inspections (built once, not timed). Each timed run is the whole ``generate`` call: the queries,
the layout of about 40 pages and the atomic write. The best of several runs is reported (quick:
2, else 5), with the median beside it. bench/run.py calls run(quick);
`python bench/report_bench.py [--quick]` runs it alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from desktop_app.core.desk import create_desk
from desktop_app.reports import ReportParams, generate
from desktop_app.store.keyslots import FAST_KDF
from tests.sample_plan import build_sample

MEASURES = 1000
PASSPHRASE = "bench passphrase, not secret"


def run(quick: bool) -> list[dict[str, object]]:
    rounds = 2 if quick else 5
    with tempfile.TemporaryDirectory(prefix="report-bench-") as tmp:
        desk = create_desk(
            Path(tmp) / "home",
            role="coordinator",
            code="SCIS",
            name="Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti",
            passphrase=PASSPHRASE,
            kdf=FAST_KDF,
        )
        with desk:
            build_sample(desk, MEASURES)
            target = Path(tmp) / "strategy.pdf"
            params = ReportParams(lang="az", period="2026-Q3")
            times = []
            for _ in range(rounds):
                start = time.perf_counter()
                generate(desk, "strategy", params, target)
                times.append(time.perf_counter() - start)
            pages = len(PdfReader(target).pages)
            size = target.stat().st_size
    return [
        {
            "name": "strategy_report_1000_s",
            "value": round(min(times), 3),
            "unit": "s",
            "goal": "<= 2 (aim 1)",
            "median_s": round(statistics.median(times), 3),
            "rounds": rounds,
            "measures": MEASURES,
            "pages": pages,
            "pdf_kib": size // 1024,
        }
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="2 timed runs instead of 5")
    for result in run(parser.parse_args().quick):
        print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
