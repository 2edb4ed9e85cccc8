"""Atomic file writes: the final name holds the old file or the complete new one, never a part."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.errors import StoreError
from desktop_app.store.atomic import atomic_open, atomic_write_bytes


def test_write_creates_file_with_restrictive_mode(tmp_path: Path) -> None:
    target = tmp_path / "bundle.bin"
    atomic_write_bytes(target, b"payload")
    assert target.read_bytes() == b"payload"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["bundle.bin"]


def test_write_replaces_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with atomic_open(target, mode=0o640) as stream:
        stream.write(b"new ")
        stream.write(b"content")
    assert target.read_bytes() == b"new content"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 & ~_umask()
    assert os.listdir(tmp_path) == ["report.pdf"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _chunks() -> Iterator[bytes]:
    yield b"first chunk"
    raise OSError(errno.EIO, os.strerror(errno.EIO))


@pytest.mark.parametrize("existing", [None, b"the previous bundle"])
def test_failure_mid_write_leaves_no_partial_file(tmp_path: Path, existing: bytes | None) -> None:
    target = tmp_path / "out.bundle"
    if existing is not None:
        target.write_bytes(existing)
    with pytest.raises(StoreError) as caught, atomic_open(target) as stream:
        for chunk in _chunks():
            stream.write(chunk)
    assert str(caught.value) == f"could not write {target}: input/output error"
    if existing is None:
        assert os.listdir(tmp_path) == []
    else:
        assert os.listdir(tmp_path) == ["out.bundle"]
        assert target.read_bytes() == existing


def test_non_os_error_is_cleaned_up_and_passed_through(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    with pytest.raises(KeyError), atomic_open(target) as stream:
        stream.write(b"x")
        raise KeyError("from the caller")
    assert os.listdir(tmp_path) == []


def test_missing_directory_is_one_clear_line(tmp_path: Path) -> None:
    target = tmp_path / "no-such-stick" / "out.bundle"
    with pytest.raises(StoreError, match=r"^could not write .*out\.bundle: no such file"):
        atomic_write_bytes(target, b"x")


# Run in a private mount namespace (unshare -rm: no root needed, nothing left mounted) on a
# 64 KiB tmpfs, so the kernel itself reports ENOSPC.
_FULL_DISK_SCRIPT = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from desktop_app.errors import StoreError
    from desktop_app.store.atomic import atomic_write_bytes

    stick = Path(sys.argv[1])
    target = stick / "bundle.age"
    target.write_bytes(b"previous")
    try:
        atomic_write_bytes(target, os.urandom(1024 * 1024))
        message = None
    except StoreError as exc:
        message = str(exc)
    print(json.dumps({
        "message": message,
        "files": sorted(os.listdir(stick)),
        "content": target.read_bytes().decode(),
    }))
    """
)


def test_real_disk_full(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    mount_and_run = 'mount -t tmpfs -o size=64k tmpfs "$1" && exec "$2" -c "$3" "$1"'
    result = subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            mount_and_run,
            "sh",
            str(stick),
            sys.executable,
            _FULL_DISK_SCRIPT,
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    outcome = json.loads(result.stdout)
    assert outcome == {
        "message": f"could not write {stick / 'bundle.age'}: no space left on device",
        "files": ["bundle.age"],
        "content": "previous",
    }
