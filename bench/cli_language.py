"""What the CLI's language costs at start-up. ``cli_refusal_<lang>_cpu_s``: the CPU time (user +
system, which a loaded machine inflates less than the wall clock) of ``infosec-desk --lang LANG
users nosuch`` in a process of its own (argparse's refusal, translated: the shortest run that
says something in the language), the median of the rounds; English is the baseline (it loads
no catalog and never imports Qt), and ``cli_lang_<lang>_vs_en`` the ratio of az or ru to it in
the same run. ``cli_catalog_<lang>_cpu_s``: inside one process, importing QtCore and loading the
compiled catalog, which the CLI does only for a language other than English (goal: none for
English; a non-English start <= 0.1 s more).

bench/run.py calls run(quick); `python bench/cli_language.py [--quick]` runs it alone.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys

LANGS = ("en", "az", "ru")
_CATALOG = (
    "import time; from desktop_app.cli import texts; texts.choose({lang!r}); "
    "start = time.process_time(); texts.translate('cli', 'CODE'); "
    "print(time.process_time() - start)"
)


def _child_cpu(args: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    refused = subprocess.run(args, capture_output=True, check=False)
    assert refused.returncode == 2, refused.stderr
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def run(quick: bool) -> list[dict[str, object]]:
    rounds = 3 if quick else 9
    cli = [sys.executable, "-m", "desktop_app"]
    refusal_cpu: dict[str, list[float]] = {lang: [] for lang in LANGS}
    catalog_cpu: dict[str, list[float]] = {lang: [] for lang in LANGS}
    for _ in range(rounds):  # interleaved, so that a change of load hits every language
        for lang in LANGS:
            refusal_cpu[lang].append(_child_cpu([*cli, "--lang", lang, "users", "nosuch"]))
            loaded = subprocess.run(
                [sys.executable, "-c", _CATALOG.format(lang=lang)],
                capture_output=True,
                text=True,
                check=True,
            )
            catalog_cpu[lang].append(float(loaded.stdout))
    load = os.getloadavg()[0]
    results: list[dict[str, object]] = []
    english = statistics.median(refusal_cpu["en"])
    for lang in LANGS:
        median = statistics.median(refusal_cpu[lang])
        name = f"cli_refusal_{lang}_cpu_s"
        results.append({"name": name, "value": round(median, 3), "load": load})
        results.append(
            {
                "name": f"cli_catalog_{lang}_cpu_s",
                "value": round(statistics.median(catalog_cpu[lang]), 4),
                "load": load,
            }
        )
        if lang != "en":
            ratio = round(median / english, 3)
            results.append({"name": f"cli_lang_{lang}_vs_en", "value": ratio, "load": load})
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    for result in run(parser.parse_args().quick):
        print(json.dumps(result))
