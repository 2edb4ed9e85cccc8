"""No core dumps: a crash of the CLI or the GUI must not write memory (passphrase, data key,
plaintext records) to disk. And the collector spared during a bulk write hands everything
back."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import time
import weakref
from pathlib import Path

import pytest

from desktop_app.process import SPARED_THRESHOLD, collector_spared

# The test machine may start with a core limit of 0: lift it so that only our code lowers it.
ALLOW_CORES = ["sh", "-c", 'ulimit -c "$(ulimit -H -c)" && exec "$@"', "sh"]


def _core_limit(pid: int) -> str:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return line.split()[4]
    raise AssertionError("no core limit line")


def _is_the_application(pid: int) -> bool:
    return b"desktop_app" in Path(f"/proc/{pid}/cmdline").read_bytes()


def _env(tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("INFOSEC_")}
    env.update(
        HOME=str(tmp_path / "user"),
        XDG_CONFIG_HOME=str(tmp_path / "user" / "config"),
        INFOSEC_DESK_HOME=str(tmp_path / "nostore"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


@pytest.mark.parametrize("front_end", ["cli", "gui"])
def test_a_crashed_process_writes_no_core_file(tmp_path: Path, front_end: str) -> None:
    fifo = tmp_path / "passphrase"
    os.mkfifo(fifo)
    # The CLI waits on the passphrase file (a pipe nobody writes); the GUI on its first dialog.
    args = ["--home", str(tmp_path), "users", "list", "--passphrase-file", str(fifo)]
    child = subprocess.Popen(
        [*ALLOW_CORES, sys.executable, "-m", "desktop_app", *(args if front_end == "cli" else [])],
        cwd=tmp_path,
        env=_env(tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        # Until the application itself lowered it: the shell before it may still show the
        # limit the test process had (often 0) before raising it.
        while not _is_the_application(child.pid) or _core_limit(child.pid) != "0":
            assert time.monotonic() < deadline, "the core limit was never lowered"
            time.sleep(0.05)
        time.sleep(0.2)
        child.send_signal(signal.SIGSEGV)
        assert child.wait(timeout=30) == -signal.SIGSEGV
    finally:
        child.kill()
        child.wait()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("core")] == []


@pytest.mark.slow
def test_the_process_stays_undumpable_when_the_limit_is_raised_again(tmp_path: Path) -> None:
    # Another library raising the limit later must not bring core files back: the process is
    # marked not dumpable (Linux), which the kernel honours whatever the limit says.
    script = (
        "import os, resource\n"
        "from desktop_app.__main__ import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "hard = resource.getrlimit(resource.RLIMIT_CORE)[1]\n"
        "resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))\n"
        "os.abort()\n"
    )
    result = subprocess.run(
        [*ALLOW_CORES, sys.executable, "-c", script],
        cwd=tmp_path,
        env=_env(tmp_path),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == -signal.SIGABRT, result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("core")] == []


class _Node:
    def __init__(self) -> None:
        self.other: _Node = self


def test_the_spared_collector_freezes_once_collects_new_cycles_and_gives_everything_back() -> None:
    assert gc.get_freeze_count() == 0
    with collector_spared():
        frozen = gc.get_freeze_count()
        assert frozen > 0  # the objects that existed at entry
        with collector_spared():  # nested (or on another thread): frozen once
            assert gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen
        cycle = _Node()
        gone = weakref.ref(cycle)
        del cycle
        gc.collect()
        assert gone() is None  # a cycle made within is collected within
    assert gc.get_freeze_count() == 0


def test_the_spared_collector_runs_less_often_and_still_on_its_own() -> None:
    before = gc.get_threshold()
    with collector_spared():
        assert gc.get_threshold() == (max(before[0], SPARED_THRESHOLD), *before[1:])
        # Cycles left behind, never collected by hand: the raised threshold still starts a
        # collection once enough are left, so garbage made within stays bounded.
        first = _Node()
        gone = weakref.ref(first)
        del first
        for _ in range(2 * SPARED_THRESHOLD):
            _Node()
        assert gone() is None
    assert gc.get_threshold() == before
