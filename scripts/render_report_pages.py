"""Render the first pages of every report, in each of its languages, to PNG for the docs.

Builds the demo installation in a temporary folder, prints each report from the coordinator's
store through the `report` command (as a user would), and turns the first pages into PNGs with
pdftoppm (poppler-utils): docs/reports/KIND-LANG-N.png.

Usage: python scripts/render_report_pages.py [--out DIR] [--dpi N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop_app.cli.common import PASSPHRASE_ENV
from desktop_app.cli.main import run
from desktop_app.core.desk import open_desk
from desktop_app.demo.build import build_demo
from desktop_app.exchange import service
from desktop_app.reports.i18n import LANGS
from desktop_app.store.keyslots import FAST_KDF, allow_test_kdf

ROOT = Path(__file__).resolve().parent.parent

allow_test_kdf()  # its stores use the cheap FAST_KDF, which only a test run accepts

PERIOD = "2026-Q3"
# The strategy report's first page is its cover: its second shows the figures and a chart.
PAGES = {"strategy": 2}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "reports")
    parser.add_argument("--dpi", type=int, default=70)
    args = parser.parse_args()
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm is missing: apt-get install poppler-utils", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="report-pages-") as tmp:
        demo = build_demo(Path(tmp) / "demo", kdf=FAST_KDF)
        with open_desk(
            demo.coordinator_home,
            user=demo.users[demo.coordinator_code],
            passphrase=demo.passphrase,
        ) as desk:
            findings = [f.inspection for f in desk.inspections.findings()]
            inspection = max(set(findings), key=findings.count)
            # The latest bundle that carried records, so the form lists its contents.
            carried = [row for row in service.bundles(desk) if any(row.counts.values())]
            bundle = carried[-1].bundle_id
            urgent = next(f.ref for f in desk.inspections.findings(urgent=True) if f.risk_score)
        os.environ[PASSPHRASE_ENV] = demo.passphrase
        extra = {
            "strategy": ["--period", PERIOD],
            "inspection-act": ["--inspection", inspection],
            "urgent-notice": ["--finding", urgent],
            "compliance": ["--period", PERIOD],
            "key-card": [],
            "transfer-form": ["--bundle", bundle],
        }
        for kind, options in extra.items():
            for lang in LANGS:
                pdf = Path(tmp) / f"{kind}-{lang}.pdf"
                home = ["--home", str(demo.coordinator_home)]
                if run([*home, "report", kind, "--lang", lang, "--out", str(pdf), *options]):
                    return 1
                for page in range(1, PAGES.get(kind, 1) + 1):
                    prefix = args.out / f"{kind}-{lang}-{page}"  # -singlefile adds only .png
                    subprocess.run(
                        [pdftoppm, "-png", "-singlefile", "-r", str(args.dpi)]
                        + ["-f", str(page), "-l", str(page), str(pdf), str(prefix)],
                        check=True,
                    )
    for png in sorted(args.out.glob("*.png")):
        print(png.relative_to(ROOT) if png.is_relative_to(ROOT) else png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
