"""`sqlcipher_vs_sqlite`: the same store workload on SQLCipher and on plain SQLite (goal <= 1.3).

Workload: insert N measures with a progress report each (and their search index rows) in one
transaction, then list them through the measures service, filter them three ways, and run
full-text searches. Both runs use the same schema (the package's migrations), pragmas, and
service code; only the engine differs, so the ratio is the cost of the encryption.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, text

from desktop_app.core import search
from desktop_app.core.desk import Desk, _register_functions
from desktop_app.core.hlc import SystemClock
from desktop_app.core.models import (
    Base,
    Institution,
    Measure,
    ProgressReport,
    Setting,
    User,
)
from desktop_app.core.plan import MeasureFilter
from desktop_app.store import migrate
from desktop_app.store.engine import open_engine
from desktop_app.store.workspace import Workspace

WORDS = "şəbəkə informasiya təhlükəsizlik audit qanun kadr hazırlığı monitorinq ölçü".split()
STATUSES = ["not_started", "in_progress", "completed", "delayed", "cancelled"]


def _plain_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        for pragma in ("temp_store = MEMORY", "foreign_keys = ON", "secure_delete = ON"):
            dbapi_connection.execute(f"PRAGMA {pragma}")
        dbapi_connection.execute("PRAGMA journal_mode = WAL")
        _register_functions(dbapi_connection)

    return engine


def _desk(home: Path, engine: Engine) -> Desk:
    migrate.upgrade_to_head(engine, Base.metadata)
    with engine.begin() as connection:
        for key, value in (("node_code", "SCIS"), ("node_role", "coordinator")):
            connection.execute(insert(Setting).values(key=key, value=value))
        connection.execute(
            insert(User).values(name="bench", role="admin", created_at=dt.datetime.now())
        )
    return Desk(Workspace(home), engine, b"", "bench", SystemClock())


def _workload(desk: Desk, count: int) -> dict[str, float]:
    timings: dict[str, float] = {}
    stamp = desk.hlc.tick()
    start = time.perf_counter()
    with desk.transaction() as session:
        session.execute(
            insert(Institution),
            [
                {"id": f"inst-{i}", "origin": "SCIS", "versions": {}, "code": f"I{i}"}
                | {"name": f"Nazirlik {i}", "name_en": "", "kind": "agency", "deleted": False}
                for i in range(20)
            ],
        )
        measures, reports, index = [], [], []
        for i in range(count):
            title = f"{WORDS[i % len(WORDS)]} tədbiri {i} {WORDS[(i * 7) % len(WORDS)]}"
            measures.append(
                {
                    "id": f"m-{i}",
                    "origin": "SCIS",
                    "versions": {"title": stamp},
                    "deleted": False,
                    "number": f"{i // 10000 + 1}.{i // 100 % 100 + 1}.{i % 100 + 1}",
                    "title": title,
                    "title_en": "",
                    "description": "",
                    "lead_institution_id": f"inst-{i % 20}",
                    "co_executors": [],
                    "continuous": False,
                    "expected_result": "",
                    "financing_source": "",
                    "end_date": dt.date(2025 + i % 3, 12, 31),
                }
            )
            reports.append(
                {
                    "id": f"r-{i}",
                    "origin": "SCIS",
                    "versions": {"status": stamp},
                    "deleted": False,
                    "measure_id": f"m-{i}",
                    "institution_id": f"inst-{i % 20}",
                    "period": "2026-Q3",
                    "status": STATUSES[i % len(STATUSES)],
                    "percent": i % 101,
                    "work_done": "Görülən iş " + title,
                    "problems": "",
                    "indicator_actuals": {},
                    "draft": False,
                    "author": "bench",
                }
            )
            index.append(("measure", f"m-{i}", title, ""))
        session.execute(insert(Measure), measures)
        session.execute(insert(ProgressReport), reports)
        # As every write does: each entry with its key in search_keys.
        search.add_entries(session, index)
    timings["insert"] = time.perf_counter() - start

    start = time.perf_counter()
    rows = desk.plan.measure_rows()
    assert len(rows) == count
    timings["list"] = time.perf_counter() - start

    start = time.perf_counter()
    desk.plan.measure_rows(MeasureFilter(status="completed"))
    desk.plan.measure_rows(MeasureFilter(institution="I7"))
    desk.plan.measure_rows(MeasureFilter(overdue=True))
    timings["filter"] = time.perf_counter() - start

    start = time.perf_counter()
    with desk.reading() as session:
        for word in ("şəbəkə", "AUDİT", "monitor", "kadr tədbiri"):
            assert search.matching_ids(session, word)
        session.execute(text("SELECT count(*) FROM measures WHERE title LIKE '%ölçü%'")).scalar()
    timings["search"] = time.perf_counter() - start
    return timings


def run(quick: bool) -> list[dict[str, object]]:
    count = 20_000 if quick else 100_000
    with tempfile.TemporaryDirectory(prefix="store-workload-") as tmp:
        root = Path(tmp)
        plain = _desk(root / "plain", _plain_engine(root / "plain.db"))
        plain_times = _workload(plain, count)
        plain.close()
        workspace = Workspace(root / "cipher")
        (root / "cipher").mkdir()
        cipher_engine = open_engine(
            root / "cipher" / "desk.db", b"\x42" * 32, on_connect=[_register_functions]
        )
        cipher = _desk(workspace.home, cipher_engine)
        cipher_times = _workload(cipher, count)
        cipher.close()
    plain_total, cipher_total = sum(plain_times.values()), sum(cipher_times.values())
    return [
        {
            "name": "sqlcipher_vs_sqlite",
            "value": round(cipher_total / plain_total, 3),
            "unit": "x",
            "goal": "<= 1.3",
            "measures": count,
            "sqlite_s": {k: round(v, 3) for k, v in plain_times.items()},
            "sqlcipher_s": {k: round(v, 3) for k, v in cipher_times.items()},
        }
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description="SQLCipher against plain SQLite")
    parser.add_argument("--quick", action="store_true")
    for result in run(parser.parse_args().quick):
        print(json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
