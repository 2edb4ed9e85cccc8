"""Bounded parsing, tried as an enrolled but hostile partner would: bundles signed with the
sender's own real key whose JSON is nested 200,000 deep or holds numbers no field can hold.
Each is refused with one line and changes nothing; one such file on a stick does not stop the
genuine bundles beside it (through the real CLI)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.core.desk import Desk
from desktop_app.core.dump import record_dict
from desktop_app.core.models import ProgressReport
from desktop_app.errors import ExchangeError
from desktop_app.exchange import service
from desktop_app.exchange.identity import read_card
from tests.conftest import DeskFactory, run_cli
from tests.exchange_world import (
    assert_refused,
    craft_bundle,
    enrol,
    nested_manifest,
    record_line,
    ship,
)

pytestmark = pytest.mark.slow

DEEP = 200_000
HUGE = "9" * 5000  # beyond Python's int-str limit (4,300 digits)
LARGE = "9" * 4000  # below it: json reads it as an int
DEEP_LIST = b"[" * DEEP + b"]" * DEEP


@pytest.fixture
def pair(make_desk: DeskFactory, tmp_path: Path) -> tuple[Desk, Desk]:
    c = make_desk("coordinator", "SCIS")
    m = make_desk("institution", "MIN1")
    enrol(c, m)
    c.plan.set_strategy("Strategiya", 2023, 2027)
    c.plan.add_measure("1.1", "Tədbir", "MIN1")
    ship(c, m, tmp_path / "stick")
    return c, m


def _replacing(old: bytes, new: bytes) -> Callable[[bytes], bytes]:
    def edit(raw: bytes) -> bytes:
        assert old in raw
        return raw.replace(old, new)

    return edit


def _report_line(m: Desk, actuals: bytes = b"{}") -> bytes:
    """A new progress report of ``m``'s as a bundle line, its indicator actuals written as
    ``actuals`` (JSON text that json.dumps could not write)."""
    report = m.progress.add("1.1", "2026", "in_progress", 10, "iş")
    with m.reading() as session:
        stored = session.get(ProgressReport, report.id)
        assert stored is not None
        line = record_line("progress_report", record_dict(stored))
    return line.replace(b'"indicator_actuals": {}', b'"indicator_actuals": ' + actuals)


def test_a_manifest_nested_200000_deep_is_refused(pair: tuple[Desk, Desk], tmp_path: Path) -> None:
    c, m = pair
    out = tmp_path / "crafted"
    assert_refused(c, craft_bundle(m, c, out, edit_manifest=nested_manifest), "nested deeper")
    # Deep inside the object: in the rotations, and in a key nobody reads.
    deep = b"[" * DEEP + b"]" * DEEP
    for edit in (
        _replacing(b'"rotations":[]', b'"rotations":' + deep),
        _replacing(b'"full":false', b'"full":false,"extra":' + deep),
    ):
        assert_refused(c, craft_bundle(m, c, out, edit_manifest=edit), "nested deeper")


def test_a_signed_record_nested_deep_is_refused(pair: tuple[Desk, Desk], tmp_path: Path) -> None:
    c, m = pair
    out = tmp_path / "crafted"
    line = _report_line(m, b'{"1": ' + DEEP_LIST + b"}")
    assert_refused(c, craft_bundle(m, c, out, lines=[line]), "nested deeper")


def test_huge_numbers_are_refused(pair: tuple[Desk, Desk], tmp_path: Path) -> None:
    c, m = pair
    out = tmp_path / "crafted"
    for digits in (LARGE, str(2**63), HUGE):
        edit = _replacing(b'"sequence":1', b'"sequence":' + digits.encode())
        assert_refused(c, craft_bundle(m, c, out, edit_manifest=edit), "beyond 64 bits")
    # In a receipt, a count, and a record's JSON field (a number dashboards turn into a float).
    receipt = {"sequence": int(LARGE), "bundle_id": "x", "sha256": "0" * 64, "digest_match": True}
    for tamper in ({"receipts": [receipt]}, {"counts": {"progress_report": int(LARGE)}}):
        assert_refused(c, craft_bundle(m, c, out, tamper_manifest=tamper), "beyond 64 bits")
    line = _report_line(m, b'{"1": %s}')
    for number in (LARGE, "1e400", "NaN", "-Infinity"):
        assert_refused(
            c,
            craft_bundle(m, c, out, lines=[line % number.encode()]),
            "malformed record in the bundle",
        )


def test_a_record_whose_kind_origin_or_stamp_is_not_text_is_refused(
    pair: tuple[Desk, Desk], tmp_path: Path
) -> None:
    """A list where the kind or a clock stamp belongs could not be looked up (TypeError, a
    traceback)."""
    c, m = pair
    line = _report_line(m)
    stamped = json.loads(line)
    field, stamp = next(iter(stamped["record"]["versions"].items()))
    stamped["record"]["versions"][field] = [stamp]
    for old, new in (
        (b'"kind": "progress_report"', b'"kind": ["progress_report"]'),
        (b'"origin": "MIN1"', b'"origin": ["MIN1"]'),
        (b'"origin": "MIN1"', b'"origin": {"MIN1": 1}'),
        (line, json.dumps(stamped, ensure_ascii=False).encode()),
    ):
        assert old in line
        crafted = craft_bundle(m, c, tmp_path / "crafted", lines=[line.replace(old, new)])
        assert_refused(c, crafted, "malformed")


def test_huge_sequence_numbers_cost_nothing_and_past_the_bound_are_refused(
    pair: tuple[Desk, Desk], tmp_path: Path
) -> None:
    c, m = pair
    out = tmp_path / "crafted"
    for sequence in (2**63 - 1, 2**53):  # the documented bound is 2**53 - 1
        assert_refused(c, craft_bundle(m, c, out, sequence=sequence), "bad sequence number")
    # At the bound the gap before it is 2**53 - 2 bundles: reported, never listed.
    started = time.perf_counter()
    result = service.import_bundle(c, craft_bundle(m, c, out, sequence=2**53 - 1))
    assert result.outcome == "merged", result.line()
    assert f"1-{2**53 - 2}" in result.gap_warning
    assert time.perf_counter() - started < 10


def test_a_card_nested_deep_or_with_huge_numbers_is_refused(pair: tuple[Desk, Desk]) -> None:
    _c, m = pair
    card = json.loads(service.identity_card(m))
    for bad in (
        b"[" * 60_000,
        json.dumps({**card, "extra": "X"}).replace('"X"', "[" * 30_000 + "]" * 30_000).encode(),
        json.dumps({**card, "extra": "X"}).replace('"X"', HUGE).encode(),
    ):
        with pytest.raises(ExchangeError, match="not an InfoSec Desk card: (nested|a number)"):
            read_card(bad)
    assert read_card(service.identity_card(m)).code == "MIN1"


def test_one_bad_file_does_not_block_the_stick(pair: tuple[Desk, Desk], tmp_path: Path) -> None:
    """``verify DIR`` and ``import DIR`` through the real CLI: each unreadable file gets its own
    line, the genuine bundle beside them is verified and merged."""
    c, m = pair
    stick = tmp_path / "stick2"
    craft_bundle(m, c, stick, edit_manifest=nested_manifest)
    deep_line = _report_line(m, DEEP_LIST)
    craft_bundle(m, c, stick, lines=[deep_line], sequence=2)
    (stick / "not-a-bundle.age").write_bytes(b"\0" * 100)
    (stick / "bad-sector.age").symlink_to("/proc/self/mem")  # opens, then every read fails: EIO
    m.progress.add("1.1", "2026-Q3", "in_progress", 60, "Görülən iş")
    genuine = service.export_bundle(m, "SCIS", stick)
    home = c.workspace.home
    c.close()

    checked = run_cli(home, "verify", str(stick))
    assert checked.returncode == 1, checked.stderr
    lines = checked.stdout.splitlines()
    assert len(lines) == 5 and not checked.stderr, checked.stdout + checked.stderr
    assert sum("nested deeper" in line for line in lines) == 2
    assert any("bad-sector.age: refused: cannot read the file" in line for line in lines)
    assert [line for line in lines if genuine.path.name in line and "refused" not in line]

    imported = run_cli(home, "import", str(stick))
    assert imported.returncode == 1 and not imported.stderr, imported.stderr
    lines = imported.stdout.splitlines()
    assert len(lines) == 5
    assert sum("refused" in line for line in lines) == 4, lines
    assert any(f"merged from MIN1 #{genuine.sequence}" in line for line in lines), lines
    listed = run_cli(home, "progress", "list", "--json")
    assert "Görülən iş" in listed.stdout, listed.stderr


def test_the_manifest_is_size_limited_and_its_signature_checked_before_any_record(
    pair: tuple[Desk, Desk], tmp_path: Path
) -> None:
    c, m = pair
    out = tmp_path / "crafted"
    padded = _replacing(b'"full":false', b'"full":false,"pad":"' + b"a" * 4 * 1024 * 1024 + b'"')
    assert_refused(c, craft_bundle(m, c, out, edit_manifest=padded), "manifest is larger")
    deep_line = _report_line(m, DEEP_LIST)
    forged = Ed25519PrivateKey.generate().private_bytes_raw()
    assert_refused(
        c, craft_bundle(m, c, out, lines=[deep_line], signing_secret=forged), "bad signature"
    )
