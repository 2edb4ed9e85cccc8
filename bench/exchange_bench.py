"""Bundle exchange speed and memory, against the Go `age` CLI on the same bytes.

- export_vs_age_cli: export of a bundle with large attachments / `age -r` of the same content.
- import_vs_age_cli: verify, decrypt and merge that bundle / `age -d` of the CLI's ciphertext.
  Both also give `value_vs_synced_cli`: against the CLI followed by an fsync of its output,
  the durability ours has (a bundle and an imported attachment are on the disk when we end).
- export_peak_rss_mb: peak RSS of a separate process exporting 2 GiB of attachments (quick:
  512 MiB).
- merge_records_per_s: import of a bundle with 100,000 changed records (quick: 20,000).
- import_peak_rss_mb_200k: peak RSS of a separate process importing a bundle of 200,000 small
  records, and its growth from the same import of 20,000 (quick: 20,000 and 60,000): the
  merge streams records in batches, so its memory must not depend on their number.

Each side of a ratio runs several times, alternating with the other, and its best time counts:
the machines are shared, and the best run is the one least disturbed by others.

bench/run.py calls run(quick); `python bench/exchange_bench.py [--quick]` runs it alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from desktop_app.core import audit
from desktop_app.core.attachments import blob_chunks, store_blob
from desktop_app.core.aztext import az_fold
from desktop_app.core.desk import Desk, create_desk, open_desk
from desktop_app.core.models import Blob, ExchangeKey, Requirement
from desktop_app.exchange import service
from desktop_app.exchange.channel import record_hash, row_dict
from desktop_app.exchange.format import RecordCodec, encode_record
from desktop_app.exchange.merge import _bound
from desktop_app.store.keyslots import FAST_KDF, allow_test_kdf

allow_test_kdf()  # its stores use the cheap FAST_KDF, which only a test run accepts

MIB = 1024 * 1024
PASSPHRASE = "benchmark passphrase"
FILE_MIB = 256
ROUNDS = 3  # runs of each side of a ratio
OURS_EXPORT = (
    "reads the attachments from the store (each an age file in blobs/, decrypted), "
    "writes the frames through age v1 (X25519, ChaCha20-Poly1305 STREAM), SHA-256 of the "
    "whole file, each 32 MiB pushed to the device as it is written, fsync of the file and "
    "the folder"
)
CLI_EXPORT = (
    "age -r: reads a plain file, encrypts it, writes a new file; no hash, no fsync "
    "(cli_synced_s: the same, then an fsync of the output)"
)
OURS_IMPORT = (
    "age v1 decryption, SHA-256 of the file and of every attachment, signature and manifest "
    "checks, writes each attachment into the store as an age file (encrypted, pushed to the "
    "device as it is written, fsync, rename), "
    "one transaction committed with fsync and SQLite's WAL checkpoint, the state digest"
)
CLI_IMPORT = (
    "age -d: decrypts to a new plain file; no hash, no fsync "
    "(cli_synced_s: the same, then an fsync of the output)"
)
GOALS = {
    "export_vs_age_cli": 1.5,
    "import_vs_age_cli": 2.0,
    "export_peak_rss_mb": 300,
    "merge_records_per_s": 10_000,
    "import_peak_rss_mb_200k": 250,
    "merge_floor_records_per_s": "",  # a bound, not a goal
}
GROWTH_GOAL_MIB = 50

# A child process that opens MIN1's or SCIS's store, does one exchange step and prints its
# peak RSS in KiB. VmHWM belongs to this program's memory map; ru_maxrss would also count the
# pages of the parent this process was forked from, before exec.
_CHILD = """
import resource
import sys
from pathlib import Path
from desktop_app.core.desk import open_desk
from desktop_app.exchange import service
from desktop_app.store.keyslots import allow_test_kdf
allow_test_kdf()
desk = open_desk(Path(sys.argv[1]), user="admin", passphrase=sys.argv[2])
{step}
desk.close()
status = Path("/proc/self/status")
if status.exists():
    print(next(l.split()[1] for l in status.read_text().splitlines() if l.startswith("VmHWM")))
else:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
_EXPORT_CHILD = _CHILD.format(
    step='service.export_bundle(desk, "MIN1", Path(sys.argv[3]), full=True)'
)
_IMPORT_CHILD = _CHILD.format(
    step="result = service.import_bundle(desk, Path(sys.argv[3]))\n"
    'assert result.outcome == "merged", result.line()'
)


def _pair(root: Path) -> tuple[Desk, Desk]:
    desks = []
    for code, role in (("SCIS", "coordinator"), ("MIN1", "institution")):
        desk = create_desk(
            root / code, role=role, code=code, name=code, passphrase=PASSPHRASE, kdf=FAST_KDF
        )
        service.setup_identity(desk)
        desks.append(desk)
    c, m = desks
    service.enrol_partner(c, service.identity_card(m), None)
    service.enrol_partner(m, service.identity_card(c), None)
    c.plan.add_measure("1.1", "Tədbir", "MIN1")
    return c, m


def _age_files(desk: Desk, root: Path) -> tuple[str, Path]:
    """(recipient, identity file) of a node, for the CLI baseline."""
    with desk.reading() as session:
        identity = session.scalars(select(ExchangeKey.age_identity)).one()
    key_file = root / "identity.txt"
    key_file.touch(mode=0o600)
    key_file.write_text(identity + "\n")
    card = json.loads(service.identity_card(desk))
    return card["card"]["age_recipient"], key_file


def _timed(action: Callable[[], object]) -> float:
    os.sync()
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _time_cli(args: list[str], out: Path, runs: dict[str, list[float]]) -> None:
    """One timed run of the CLI as it is, and one followed by an fsync of its output: ours
    syncs what it writes (the issue asks for it on removable media), the CLI does not."""
    for kind in ("plain", "synced"):
        # Both sides write a new file: replacing one the size of the output costs the CLI
        # about 0.35 s more at 512 MiB (the old pages are dropped first).
        out.unlink(missing_ok=True)

        def run(kind: str = kind) -> None:
            subprocess.run(args, check=True)
            if kind == "synced":
                fd = os.open(out, os.O_RDONLY)
                os.fsync(fd)
                os.close(fd)

        runs[kind].append(_timed(run))


def _ratio(
    name: str,
    ours: list[float],
    cli: dict[str, list[float]],
    size_mib: int,
    ours_does: str,
    cli_does: str,
) -> dict[str, object]:
    return {
        "name": name,
        "value": round(min(ours) / min(cli["plain"]), 3),
        "unit": "x",
        "value_vs_synced_cli": round(min(ours) / min(cli["synced"]), 3),
        "ours_s": round(min(ours), 2),
        "cli_s": round(min(cli["plain"]), 2),
        "cli_synced_s": round(min(cli["synced"]), 2),
        "ours_runs_s": [round(t, 2) for t in ours],
        "cli_runs_s": [round(t, 2) for t in cli["plain"]],
        "cli_synced_runs_s": [round(t, 2) for t in cli["synced"]],
        "size_mib": size_mib,
        "ours_does": ours_does,
        "cli_does": cli_does,
    }


def _store_read(session: Session) -> None:
    """Every attachment read from the store (its age file decrypted) and nothing else done."""
    for sha256 in session.scalars(select(Blob.sha256)):
        for _data in blob_chunks(session, sha256):
            pass


def _store_write(template: Path, home: Path, plain: Path) -> float:
    """Seconds to write ``plain`` into a copy of a store and commit, as an import does (an age
    file in blobs/, hashed on the way, fsync, rename; the row committed), with nothing else:
    the part of an import that the age CLI has no counterpart for."""
    digest = hashlib.sha256()
    with plain.open("rb") as src:
        while block := src.read(MIB):
            digest.update(block)
    shutil.copytree(template, home)
    desk = open_desk(home, user="admin", passphrase=PASSPHRASE)

    def write() -> None:
        with desk.transaction() as session, plain.open("rb") as src:
            store_blob(session, src, expected_sha256=digest.hexdigest())

    try:
        return _timed(write)
    finally:
        desk.close()
        shutil.rmtree(home)


def _large_bundle(root: Path, total_mib: int) -> list[dict[str, object]]:
    age = shutil.which("age")
    if age is None:
        raise RuntimeError("the `age` command is needed for this benchmark")
    c, m = _pair(root / "stores")
    plain = root / "content.bin"
    with plain.open("wb") as f:  # one file's worth, attached several times under new content
        for _ in range(FILE_MIB):
            f.write(os.urandom(MIB))
    all_content = root / "all-content.bin"
    with all_content.open("wb") as f:
        for n in range(total_mib // FILE_MIB):
            piece = root / f"part-{n}.bin"
            with plain.open("rb") as src, piece.open("wb") as dst:
                dst.write(n.to_bytes(8, "big"))  # distinct content, so each is its own blob
                shutil.copyfileobj(src, dst, MIB)
            c.attachments.attach("1.1", piece)
            with piece.open("rb") as src:
                shutil.copyfileobj(src, f, MIB)
            piece.unlink()
    recipient, key_file = _age_files(m, root)
    m.close()
    stick = root / "stick"
    stick.mkdir()
    cli_out = root / "cli.age"
    bundles: list[Path] = []
    export_s: list[float] = []
    cli_enc: dict[str, list[float]] = {"plain": [], "synced": []}
    for _ in range(ROUNDS):
        for old in bundles:
            old.unlink()
        bundles.clear()
        export_s.append(
            _timed(lambda: bundles.append(service.export_bundle(c, "MIN1", stick, full=True).path))
        )
        _time_cli([age, "-r", recipient, "-o", str(cli_out), str(all_content)], cli_out, cli_enc)
    import_s: list[float] = []
    cli_dec: dict[str, list[float]] = {"plain": [], "synced": []}
    store_write_s: list[float] = []
    for n in range(ROUNDS):
        # A fresh copy of the recipient's store each time: a second import would be a replay.
        home = root / f"MIN1-{n}"
        shutil.copytree(root / "stores" / "MIN1", home)
        fresh = open_desk(home, user="admin", passphrase=PASSPHRASE)
        import_s.append(_timed(partial(service.import_bundle, fresh, bundles[0])))
        fresh.close()
        shutil.rmtree(home)
        floor = root / f"floor-{n}"
        store_write_s.append(_store_write(root / "stores" / "MIN1", floor, all_content))
        plain_out = root / "out.bin"
        _time_cli(
            [age, "-d", "-i", str(key_file), "-o", str(plain_out), str(cli_out)], plain_out, cli_dec
        )
    with c.reading() as session:  # the part of an export the age CLI has no counterpart for
        store_read_s = min(_timed(lambda: _store_read(session)) for _ in range(ROUNDS))
    c.close()
    # Peak memory of an export, in a process of its own.
    stick2 = root / "stick2"
    stick2.mkdir()
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            _EXPORT_CHILD,
            str(root / "stores" / "SCIS"),
            PASSPHRASE,
            str(stick2),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    # The child's own figure (KiB): RUSAGE_CHILDREN would also count the age CLI runs above.
    peak_mib = int(child.stdout.split()[-1]) / 1024
    return [
        _ratio("export_vs_age_cli", export_s, cli_enc, total_mib, OURS_EXPORT, CLI_EXPORT)
        | {"store_read_s": round(store_read_s, 2)},
        _ratio("import_vs_age_cli", import_s, cli_dec, total_mib, OURS_IMPORT, CLI_IMPORT)
        | {"store_write_s": round(min(store_write_s), 2)},
        {
            "name": "export_peak_rss_mb",
            "value": round(peak_mib, 1),
            "unit": "MiB",
            "size_mib": total_mib,
        },
    ]


def _requirements(c: Desk, count: int, text: str) -> None:
    """``count`` catalog records written in bulk, as many catalog imports would make them."""
    stamp_base = c.hlc.tick()
    wall = int(stamp_base.split(".")[0])
    fields = Requirement.sync_fields()
    with c.transaction() as session:  # bulk rows, as many catalog imports would make them
        rows = []
        for n in range(count):
            stamp = f"{wall + n:013d}.00000.SCIS"
            rows.append(
                {
                    "id": f"00000000-0000-4000-8000-{n:012d}",
                    "origin": "SCIS",
                    "deleted": False,
                    "versions": dict.fromkeys(fields, stamp),
                    "code": f"R-{n:06d}",
                    "title": f"Tələb {n}: informasiya aktivlərinin uçotu",
                    "text": text,
                    "category": "general",
                    "iso27001": "A.5.9",
                    "nist_csf": "ID.AM-1",
                }
            )
        session.execute(insert(Requirement), rows)
        c.hlc.observe(f"{wall + count:013d}.00000.SCIS")


_FLOOR_RECORD = "INSERT INTO requirements ({}) VALUES ({})"
_FLOOR_ENTRY = (
    "INSERT INTO search_index (rowid, kind, record_id, title, body) "
    "VALUES (?, 'requirement', ?, ?, ?)"
)
_FLOOR_KEY = "INSERT INTO search_keys (doc, record_id) VALUES (?, ?)"
_FLOOR_HASH = "INSERT INTO exchange_record_hashes (kind, record_id, sha256) VALUES (?, ?, ?)"
_FLOOR_STATE = "INSERT INTO audit_states (seq, record_kind, record_id, state) VALUES (?, ?, ?, ?)"
_FLOOR_MARK = "INSERT INTO exchange_marks (record_id, source, kind, mark) VALUES (?, ?, ?, ?)"


def _floor(c: Desk, m_home: Path) -> dict[str, object]:
    """What merging the bundle's records costs at the least, by design: each line decoded and
    checked by the record codec, the two hashes every merged record gets (its bundle line's,
    kept for the state digest; its audit state), its search text folded, and its rows (the
    record, the search entry and its key, the cached hash, the audit state, the merge's mark)
    written by one bare executemany each into a copy of the receiver's store and committed.
    No rule book, no merge decision, no batch lookups: a bound the merge cannot go below."""
    table = cast(Table, Requirement.__table__)
    with c.reading() as session:
        rows = [row._mapping for row in session.execute(select(table).order_by(table.c.id))]
        lines = [encode_record(row_dict(Requirement, row), Requirement.KIND) for row in rows]
    codec = RecordCodec()
    columns = ["id", "origin", "versions", *Requirement.sync_fields()]
    cpu = time.process_time()
    decoded = [codec.decode_line(line) for line in lines]
    decode_s = time.process_time() - cpu
    home = m_home.parent / "floor"
    shutil.copytree(m_home, home)
    desk = open_desk(home, user="admin", passphrase=PASSPHRASE)
    with desk.transaction() as session:
        first = session.connection().exec_driver_sql("SELECT MAX(rowid) FROM search_index")
        doc = (first.scalar() or 0) + 1
        cpu = time.process_time()
        merged = [
            {"id": r.id, "origin": r.origin, "versions": r.versions, **r.fields} for r in decoded
        ]
        bound = _bound(session, table, columns, merged)
        hashes = [(Requirement.KIND, row["id"], record_hash(Requirement, row)) for row in merged]
        states = [(1, Requirement.KIND, row[0], audit.state_hash(columns, row)) for row in bound]
        entries = [
            (n, row["id"], az_fold(f"{row['code']} {row['title']}"), az_fold(row["text"]))
            for n, row in enumerate(merged, doc)
        ]
        hash_s = time.process_time() - cpu
        cpu = time.process_time()
        marks = [(row["id"], "SCIS", Requirement.KIND, "0") for row in merged]
        for sql, params in (
            (_FLOOR_RECORD.format(", ".join(columns), ", ".join("?" * len(columns))), bound),
            (_FLOOR_ENTRY, entries),
            (_FLOOR_KEY, [(entry[0], entry[1]) for entry in entries]),
            (_FLOOR_HASH, hashes),
            (_FLOOR_STATE, states),
            (_FLOOR_MARK, marks),
        ):
            session.connection().exec_driver_sql(sql, params)
    write_s = time.process_time() - cpu
    desk.close()
    floor_s = decode_s + hash_s + write_s
    return {
        "name": "merge_floor_records_per_s",
        "value": round(len(lines) / floor_s),
        "unit": "records/s",
        "records": len(lines),
        "floor_cpu_s": round(floor_s, 2),
        "decode_cpu_s": round(decode_s, 2),
        "hashes_and_folding_cpu_s": round(hash_s, 2),
        "writes_and_commit_cpu_s": round(write_s, 2),
        "us_per_record": round(floor_s / len(lines) * 1e6, 1),
    }


def _many_records(root: Path, count: int) -> list[dict[str, object]]:
    c, m = _pair(root / "stores")
    _requirements(c, count, " ".join(["Bütün aktivlər qeydə alınmalıdır."] * 3))
    m.close()
    clean = root / "stores" / "MIN1-clean"
    shutil.copytree(root / "stores" / "MIN1", clean)
    m = open_desk(root / "stores" / "MIN1", user="admin", passphrase=PASSPHRASE)
    stick = root / "stick"
    stick.mkdir()
    started = time.perf_counter()
    bundle = service.export_bundle(c, "MIN1", stick)
    export_s = time.perf_counter() - started
    started, cpu_started = time.perf_counter(), time.process_time()
    result = service.import_bundle(m, bundle.path)
    import_s = time.perf_counter() - started
    # The CPU time of every thread of this process: on a shared machine the wall time carries
    # the other users' load, the CPU time much less of it.
    import_cpu_s = time.process_time() - cpu_started
    assert result.outcome == "merged" and result.report is not None
    assert result.report.created >= count
    # The log is folded into the database after the commit, on a thread of its own (not
    # in import_s); closing waits for it.
    started = time.perf_counter()
    m.close()
    close_s = time.perf_counter() - started
    floor = _floor(c, clean)
    c.close()
    return [
        {
            "name": "merge_records_per_s",
            "value": round(count / import_s),
            "unit": "records/s",
            "records": count,
            "import_s": round(import_s, 2),
            "import_cpu_s": round(import_cpu_s, 2),
            "records_per_cpu_s": round(count / import_cpu_s),
            "checkpoint_and_close_s": round(close_s, 2),
            "load_avg_1m": round(os.getloadavg()[0], 2),
            "export_s": round(export_s, 2),
            "bundle_mib": round(bundle.size / MIB, 1),
        },
        floor,
    ]


def _import_peak_mib(root: Path, count: int) -> float:
    """Peak RSS (MiB) of a separate process importing a bundle of ``count`` small records."""
    c, m = _pair(root / "stores")
    _requirements(c, count, "Aktivlər qeydə alınmalıdır.")
    stick = root / "stick"
    stick.mkdir()
    bundle = service.export_bundle(c, "MIN1", stick)
    c.close()
    m.close()
    child = subprocess.run(
        [sys.executable, "-c", _IMPORT_CHILD, str(root / "stores" / "MIN1"), PASSPHRASE]
        + [str(bundle.path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(child.stdout.split()[-1]) / 1024


def _import_memory(root: Path, small: int, large: int) -> list[dict[str, object]]:
    low = _import_peak_mib(root / "small", small)
    high = _import_peak_mib(root / "large", large)
    return [
        {
            "name": "import_peak_rss_mb_200k",
            "value": round(high, 1),
            "unit": "MiB",
            "records": large,
            f"peak_mib_{small // 1000}k": round(low, 1),
            "growth_mib": round(high - low, 1),
            "growth_goal_mib": GROWTH_GOAL_MIB,
        }
    ]


def run(quick: bool) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="exchange-bench-") as scratch:
        results += _large_bundle(Path(scratch) / "large", 512 if quick else 2048)
    with tempfile.TemporaryDirectory(prefix="exchange-bench-") as scratch:
        results += _many_records(Path(scratch) / "records", 20_000 if quick else 100_000)
    with tempfile.TemporaryDirectory(prefix="exchange-bench-") as scratch:
        results += _import_memory(Path(scratch), 20_000, 60_000 if quick else 200_000)
    for result in results:
        result["goal"] = GOALS[str(result["name"])]
        result["at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", choices=["large", "records", "memory"])
    args = parser.parse_args()
    if args.only == "records":
        with tempfile.TemporaryDirectory(prefix="exchange-bench-") as scratch:
            results = _many_records(Path(scratch), 20_000 if args.quick else 100_000)
    elif args.only == "memory":
        with tempfile.TemporaryDirectory(prefix="exchange-bench-") as scratch:
            results = _import_memory(Path(scratch), 20_000, 60_000 if args.quick else 200_000)
    else:
        results = run(args.quick)
    for result in results:
        print(json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
