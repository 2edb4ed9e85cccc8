"""A real bundle with bits flipped all over it, or cut short: always refused, nothing changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.core.desk import Desk
from desktop_app.exchange import service
from desktop_app.store.age import CHUNK_SIZE
from tests.conftest import DeskFactory, run_cli
from tests.exchange_world import dump, enrol, log_and_channels, plan_institution

pytestmark = pytest.mark.slow

ENC_CHUNK = CHUNK_SIZE + 16


@pytest.fixture
def bundle(make_desk: DeskFactory, tmp_path: Path) -> tuple[Desk, Path]:
    """(the receiving institution, a bundle of plan records and two attachments for it)."""
    c = make_desk("coordinator", "SCIS")
    m = make_desk("institution", "MIN1")
    enrol(c, m)
    c.plan.set_strategy("Strategiya", 2023, 2027)
    plan_institution(c, "MIN1", "Nazirlik")
    for n in range(1, 40):
        c.plan.add_measure(f"1.{n}", f"Tədbir {n} " + "ə" * 200, "MIN1")
    for n, size in enumerate((150_000, 90_000)):
        source = tmp_path / f"doc{n}.bin"
        source.write_bytes(os.urandom(size))
        c.attachments.attach("1.1", source)
    (tmp_path / "stick").mkdir()
    exported = service.export_bundle(c, "MIN1", tmp_path / "stick")
    assert exported.counts["attachments"] == 2
    return m, exported.path


def _refused_without_trace(desk: Desk, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    before = (dump(desk), log_and_channels(desk))
    result = service.import_bundle(desk, path)
    assert result.outcome == "refused", result.line()
    assert result.reason
    assert (dump(desk), log_and_channels(desk)) == before


def _header_length(data: bytes) -> int:
    return data.index(b"\n---") + data[data.index(b"\n---") + 1 :].index(b"\n") + 2


def test_flipped_bits_anywhere_are_refused(bundle: tuple[Desk, Path], tmp_path: Path) -> None:
    desk, path = bundle
    original = path.read_bytes()
    header = _header_length(original)
    payload_start = header + 16
    chunks = (len(original) - payload_start + ENC_CHUNK - 1) // ENC_CHUNK
    assert chunks >= 5  # manifest and records, both attachments, and the end
    positions = set(range(0, header, 5))  # the age header: intro, stanza, MAC
    positions |= set(range(header, payload_start))  # the payload nonce
    for chunk in range(chunks):  # every chunk: start, middle, tag
        start = payload_start + chunk * ENC_CHUNK
        end = min(start + ENC_CHUNK, len(original))
        positions |= {start, (start + end) // 2, end - 1}
    positions |= set(range(len(original) - 24, len(original)))  # the last chunk's tail
    target = tmp_path / "tampered.age"
    for position in sorted(positions):
        data = bytearray(original)
        data[position] ^= 1 << (position % 8)
        _refused_without_trace(desk, target, bytes(data))
    assert service.import_bundle(desk, path).outcome == "merged"


def test_truncations_and_extensions_are_refused(bundle: tuple[Desk, Path], tmp_path: Path) -> None:
    desk, path = bundle
    original = path.read_bytes()
    header = _header_length(original)
    payload_start = header + 16
    lengths = {0, 1, 20, header - 1, header, payload_start, payload_start + 100}
    for chunk in range(1, (len(original) - payload_start) // ENC_CHUNK + 1):
        boundary = payload_start + chunk * ENC_CHUNK
        lengths |= {boundary - 1, boundary, boundary + 1}
    lengths |= {len(original) - n for n in (1, 16, 17, 100)}
    target = tmp_path / "cut.age"
    for length in sorted(n for n in lengths if 0 <= n < len(original)):
        _refused_without_trace(desk, target, original[:length])
    _refused_without_trace(desk, target, original + b"\0")
    _refused_without_trace(desk, target, original + original[-ENC_CHUNK:])
    assert service.import_bundle(desk, path).outcome == "merged"


def test_a_changed_copy_of_an_imported_bundle_is_refused(
    bundle: tuple[Desk, Path], tmp_path: Path
) -> None:
    desk, path = bundle
    assert service.import_bundle(desk, path).outcome == "merged"
    before = dump(desk), log_and_channels(desk)
    original = path.read_bytes()
    copy = tmp_path / "copy.age"
    for where in (len(original) // 2, len(original) - 1):  # an attachment, the last chunk
        changed = bytearray(original)
        changed[where] ^= 0x01
        copy.write_bytes(changed)
        result = service.import_bundle(desk, copy)
        assert result.outcome == "refused"
        assert "differs from that file" in result.reason
    assert (dump(desk), log_and_channels(desk)) == before
    copy.write_bytes(original)
    assert service.import_bundle(desk, copy).outcome == "already imported"


def test_a_cancelled_export_leaves_no_file_and_nothing_sent(
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    c = make_desk("coordinator", "SCIS")
    m = make_desk("institution", "MIN1")
    enrol(c, m)
    plan_institution(c, "MIN1", "Nazirlik")
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(3 * 1024 * 1024))
    c.plan.add_measure("1.1", "Tədbir", "MIN1")
    c.attachments.attach("1.1", source)
    stick = tmp_path / "stick"
    stick.mkdir()
    before = log_and_channels(c)
    seen: list[tuple[int, int]] = []

    def cancel() -> bool:
        return len(seen) >= 2

    with pytest.raises(service.ExchangeError, match="cancelled"):
        service.export_bundle(
            c, "MIN1", stick, progress=lambda d, t: seen.append((d, t)), cancel=cancel
        )
    assert list(stick.iterdir()) == []
    assert log_and_channels(c) == before
    done = service.export_bundle(c, "MIN1", stick, progress=lambda d, t: seen.append((d, t)))
    assert done.sequence == 1 and [p.name for p in stick.iterdir()] == [done.path.name]
    assert seen[-1][0] == seen[-1][1]


def test_a_full_stick_leaves_no_file_and_nothing_sent(
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    """The CLI exports onto a real 64 KiB tmpfs, mounted in a private mount namespace
    (``unshare -rm``: no root needed, nothing left mounted), so the kernel reports ENOSPC."""
    c = make_desk("coordinator", "SCIS")
    m = make_desk("institution", "MIN1")
    enrol(c, m)
    plan_institution(c, "MIN1", "Nazirlik")
    c.plan.add_measure("1.1", "Tədbir", "MIN1")
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(1024 * 1024))
    c.attachments.attach("1.1", source)
    before = log_and_channels(c)
    stick = tmp_path / "stick"
    stick.mkdir()
    # In sh -c, $0 is the stick and "$@" the CLI command.
    mount_export_list = (
        'mount -t tmpfs -o size=64k tmpfs "$0" && "$@"; code=$?; ls -A "$0"; exit $code'
    )
    result = run_cli(
        tmp_path / "SCIS",
        "export",
        "--to",
        str(stick),
        launcher=["unshare", "-rm", "sh", "-c", mount_export_list, str(stick)],
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""  # no bundle, no temporary file left on the stick
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"error: could not write {stick}/SCIS-to-MIN1-0001.age")
    assert result.stderr.endswith(": no space left on device\n")
    assert log_and_channels(c) == before
    done = service.export_bundle(c, "MIN1", stick)
    assert done.sequence == 1
