"""Spreadsheets in and out. ``plan_import_2000_s``: a 2,000-measure plan in the published shape
imported from XLSX into a fresh coordinator (preview and the one write transaction; goal
<= 5 s). ``progress_export_100k_s``: ``progress list --xlsx`` over 100,000 progress reports,
from the unlock to the file on disk (goal <= 10 s). ``export_peak_mib``: the peak of Python
memory while the writer streams 100,000 rows (bounded: constant-memory mode). Each time is
also given as ``cpu_s``, the process's CPU time, which a loaded machine inflates less, and as a
ratio to a baseline measured in the same run (the same measures inserted with one executemany;
the same number of rows written by XlsxWriter alone), with the load average.

bench/run.py calls run(quick); `python bench/sheets_bench.py [--quick]` runs it alone.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import xlsxwriter
from sqlalchemy import insert

from desktop_app.cli.main import run as cli
from desktop_app.core.desk import Desk, create_desk
from desktop_app.core.models import Institution, Measure, ProgressReport
from desktop_app.core.sheets.writer import write_table
from desktop_app.store import keyslots
from desktop_app.store.keyslots import FAST_KDF

PASSPHRASE = "bench passphrase, not secret"
TERMS = ("2023–2024-cü illər", "2025-ci il", "2025-ci ilin II rübü", "Mütəmadi", "31.12.2026")
INSTITUTIONS = 20


def _desk(home: Path) -> Desk:
    desk = create_desk(
        home, role="coordinator", code="SCIS", name="Xüsusi Rabitə Xidməti",
        passphrase=PASSPHRASE, kdf=FAST_KDF,
    )  # fmt: skip
    for i in range(INSTITUTIONS):
        desk.plan.add_institution(f"I{i}", f"{i}-cü Nazirlik", f"Ministry {i}")
    desk.plan.set_strategy("Strategiya", 2023, 2027)
    return desk


def _published_plan(path: Path, count: int) -> None:
    """Ten directions as merged section rows; executors by name, the lead first, one with a
    note; the term in its published forms."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Plan")
    sheet.write_row(0, 0, ["Tədbirlər Planı"])
    sheet.write_row(2, 0, ["№", "Tədbirin adı", "İcraçılar", "İcra müddəti", "Gözlənilən nəticə"])
    row = 3
    per_direction = count // 10
    for direction in range(1, 11):
        sheet.merge_range(row, 0, row, 4, f"{direction}. İstiqamət {direction}")
        row += 1
        for i in range(per_direction):
            n = (direction - 1) * per_direction + i
            executors = (
                f"{n % INSTITUTIONS}-cü Nazirlik,\n{(n + 1) % INSTITUTIONS}-cü Nazirlik "
                "(razılaşdırmaqla)"
            )
            sheet.write_row(
                row,
                0,
                [f"{direction}.{i + 1}.", f"Tədbir {n}: şəbəkənin\nqorunması", executors,
                 TERMS[n % len(TERMS)], "Nəticə"],
            )  # fmt: skip
            row += 1
    book.close()


def _bare_insert_cpu(desk: Desk, count: int) -> float:
    """The baseline: CPU time of inserting ``count`` measures with one executemany (no rules,
    no search index, no audit), into the same kind of store."""
    start = time.process_time()
    _fill_measures(desk, count)
    return time.process_time() - start


def _import(count: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="sheets-bench-") as tmp:
        path = Path(tmp) / "plan.xlsx"
        _published_plan(path, count)
        with _desk(Path(tmp) / "baseline") as desk:
            baseline_cpu = _bare_insert_cpu(desk, count)
        with _desk(Path(tmp) / "home") as desk:
            start = time.perf_counter()
            preview = desk.plan_import.preview(path)
            previewed = time.perf_counter() - start
            assert not preview.problems, preview.problems[:3]
            start, cpu = time.perf_counter(), time.process_time()
            _preview, result = desk.plan_import.apply(path)
            applied, applied_cpu = time.perf_counter() - start, time.process_time() - cpu
            assert result.created == count
    return {
        "name": f"plan_import_{count // 1000}000_s" if count >= 1000 else "plan_import_s",
        "value": round(applied, 2),
        "unit": "s",
        "goal": "<= 5",
        "cpu_s": round(applied_cpu, 2),
        "preview_only_s": round(previewed, 2),
        "measures": count,
        "bare_insert_cpu_s": round(baseline_cpu, 2),
        "cpu_vs_bare_insert": round(applied_cpu / baseline_cpu, 1),
        "load_avg_1m": round(os.getloadavg()[0], 1),
    }


def _measure_rows(desk: Desk, count: int, leads: list[str]) -> list[dict[str, object]]:
    stamp = desk.hlc.tick()
    return [
        {"id": f"m-{m}", "origin": "SCIS", "versions": {"title": stamp}, "deleted": False,
         "number": f"{m // 1000 + 1}.{m % 1000 + 1}", "title": f"Şəbəkə tədbiri {m}",
         "title_en": "", "description": "", "lead_institution_id": leads[m % len(leads)],
         "co_executors": [], "continuous": False, "expected_result": "",
         "financing_source": ""}
        for m in range(count)
    ]  # fmt: skip


def _fill_measures(desk: Desk, count: int) -> None:
    with desk.transaction() as session:
        leads = [i.id for i in session.query(Institution).all()]
        session.execute(insert(Measure), _measure_rows(desk, count, leads))


def _fill_reports(desk: Desk, count: int) -> None:
    """``count`` submitted reports on count/4 measures, straight into the tables (not timed)."""
    stamp = desk.hlc.tick()
    with desk.transaction() as session:
        leads = [i.id for i in session.query(Institution).all()]
        measures, reports = _measure_rows(desk, count // 4, leads), []
        for m in range(count // 4):
            for q in range(4):
                reports.append(
                    {"id": f"r-{m}-{q}", "origin": "SCIS", "versions": {"status": stamp},
                     "deleted": False, "measure_id": f"m-{m}",
                     "institution_id": leads[m % len(leads)], "period": f"2026-Q{q + 1}",
                     "status": "in_progress", "percent": (m + q) % 101,
                     "work_done": f"Görülən iş {m}: İĞÜÖÇŞƏ", "problems": "",
                     "indicator_actuals": {}, "draft": False, "author": "bench"}
                )  # fmt: skip
        session.execute(insert(Measure), measures)
        session.execute(insert(ProgressReport), reports)


def _rows(count: int) -> Iterator[list[object]]:
    for i in range(count):
        yield [f"r-{i}", "2026-Q3", f"1.{i}", "I1", "in_progress", i % 101, False,
               "pending", "", f"Görülən iş {i}: şəbəkə", ""]  # fmt: skip


def _bare_xlsxwriter_cpu(path: Path, count: int) -> float:
    """The baseline: CPU time of XlsxWriter alone (constant memory, ``write_row``) writing
    ``count`` rows like the export's, with no query, no rule and no format."""
    start = time.process_time()
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    for index, row in enumerate(_rows(count)):
        sheet.write_row(index, 0, row)
    book.close()
    return time.process_time() - start


def _export(count: int) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="sheets-bench-") as tmp:
        home = Path(tmp) / "home"
        with _desk(home) as desk:
            _fill_reports(desk, count)
        target = Path(tmp) / "progress.xlsx"
        os.environ["INFOSEC_DESK_PASSPHRASE"] = PASSPHRASE
        keyslots.allow_test_kdf()
        start, cpu = time.perf_counter(), time.process_time()
        with contextlib.redirect_stdout(io.StringIO()):
            code = cli(["--home", str(home), "progress", "list", "--xlsx", str(target)])
        elapsed, elapsed_cpu = time.perf_counter() - start, time.process_time() - cpu
        assert code == 0
        size = target.stat().st_size
        floor_cpu = _bare_xlsxwriter_cpu(Path(tmp) / "bare.xlsx", count)
        tracemalloc.start()
        write_table(Path(tmp) / "streamed.xlsx", [f"C{i}" for i in range(11)], _rows(count),
                    marking="Xidməti istifadə üçün")  # fmt: skip
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return [
        {
            "name": f"progress_export_{count // 1000}k_s",
            "value": round(elapsed, 2),
            "unit": "s",
            "goal": "<= 10",
            "cpu_s": round(elapsed_cpu, 2),
            "file_mib": round(size / 2**20, 1),
            "bare_xlsxwriter_cpu_s": round(floor_cpu, 2),
            "cpu_vs_bare_xlsxwriter": round(elapsed_cpu / floor_cpu, 2),
            "load_avg_1m": round(os.getloadavg()[0], 1),
        },
        {
            "name": "export_peak_mib",
            "value": round(peak / 2**20, 1),
            "unit": "MiB",
            "goal": "bounded (independent of the row count)",
            "rows": count,
        },
    ]


def run(quick: bool) -> list[dict[str, object]]:
    return [_import(500 if quick else 2000), *_export(20_000 if quick else 100_000)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    for result in run(parser.parse_args().quick):
        print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
