"""The CLI as users run it: real processes, exit codes, and what reaches the terminal."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from tests.conftest import CLI, PASSPHRASE, run_cli

pytestmark = pytest.mark.slow

CONSOLE_SCRIPT = Path(sys.executable).parent / "infosec-desk"


def desk(
    home: Path, *args: str, passphrase: str | None = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    return run_cli(home, *args, passphrase=passphrase)


def refused(result: subprocess.CompletedProcess[str]) -> str:
    """Exit 1 and a single ``error:`` line on stderr: no traceback, nothing on stdout."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    return result.stderr.strip()


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("process") / "desk"
    args = ["init", "--role", "coordinator", "--code", "SCIS", "--name", "Xüsusi Rabitə"]
    created = desk(home, *args)
    assert created.returncode == 0, created.stderr
    assert "created the coordinator store of SCIS" in created.stdout
    # A second init is refused and leaves the store as it was.
    assert refused(desk(home, *args)) == f"error: a store already exists in {home}"
    added = desk(home, "institutions", "add", "MOD", "--name", "Müdafiə Nazirliyi")
    assert added.returncode == 0, added.stderr
    return home


def test_console_script_prints_the_version() -> None:
    result = subprocess.run(
        [str(CONSOLE_SCRIPT), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert (result.returncode, result.stdout) == (0, f"infosec-desk {__version__}\n")


def test_json_list_from_a_process(home: Path) -> None:
    result = desk(home, "institutions", "list", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {row["code"] for row in rows} == {"SCIS", "MOD"}
    assert all(row["id"] for row in rows)


def test_wrong_passphrase(home: Path) -> None:
    result = desk(home, "measures", "list", passphrase="not the passphrase")
    assert refused(result) == "error: wrong passphrase for user admin"
    # The next sign-in is told, once.
    told = desk(home, "measures", "list", "--json")
    assert (told.returncode, told.stderr) == (
        0,
        "warning: 1 failed attempt(s) to unlock as admin since your last sign-in\n",
    )
    assert desk(home, "measures", "list", "--json").stderr == ""


def test_refusals_are_one_line(home: Path) -> None:
    assert refused(desk(home, "measures", "show", "9.9")) == 'error: no measure "9.9"'
    line = refused(
        desk(home, "measures", "add", "--number", "1.1", "--title", "X", "--lead", "NONE")
    )
    assert line == 'error: no institution "NONE"'
    line = refused(
        desk(home, "measures", "add", "--number", "one", "--title", "X", "--lead", "MOD")
    )
    assert line == "error: a measure number looks like 2.3.1"


def test_bad_usage_exits_2(home: Path) -> None:
    result = desk(home, "measures", "frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "invalid choice: 'frobnicate'" in result.stderr


def test_passphrase_argument_is_refused_without_echo(home: Path) -> None:
    result = desk(home, "--passphrase", "s3cret-value", "measures", "list", passphrase=None)
    assert result.returncode == 2
    assert "never given as an argument" in result.stderr
    assert "s3cret" not in result.stderr + result.stdout


def test_no_passphrase_and_no_terminal(home: Path) -> None:
    line = refused(desk(home, "measures", "list", passphrase=None))
    assert "INFOSEC_DESK_PASSPHRASE" in line


def test_passphrase_from_stdin_file(home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INFOSEC_DESK_")}
    result = subprocess.run(
        [*CLI, "--home", str(home), "--passphrase-file", "-"] + ["measures", "list", "--json"],
        env=env,
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, json.loads(result.stdout)) == (0, []), result.stderr


def converse(home: Path, args: list[str], answers: list[tuple[str, str]]) -> tuple[int, str]:
    """Run the CLI on a pseudo-terminal, answering each prompt; (exit code, transcript)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INFOSEC_DESK_")}
    pid, fd = pty.fork()
    if pid == 0:  # the child: the terminal is its controlling tty, so getpass prompts on it
        os.execve(CLI[0], [*CLI, "--home", str(home), *args], env)
    transcript = b""

    def read_until(text: str | None) -> None:
        nonlocal transcript
        while text is None or text.encode() not in transcript:
            ready, _, _ = select.select([fd], [], [], 30)
            assert ready, f"no {text!r} in {transcript!r}"
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # EIO: the child closed the terminal
                chunk = b""
            if not chunk:
                assert text is None, f"no {text!r} in {transcript!r}"
                return
            transcript += chunk

    for prompt, answer in answers:
        read_until(prompt)
        transcript = transcript.replace(prompt.encode(), b"<prompt>", 1)
        os.write(fd, answer.encode() + b"\n")
    read_until(None)
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), transcript.decode()


def test_interactive_passphrases(tmp_path: Path) -> None:
    home = tmp_path / "desk"
    init = ["init", "--role", "inspection-team", "--code", "TEAM1", "--name", "Yoxlama qrupu"]
    asked_twice = [("New passphrase for admin: ", PASSPHRASE), ("Repeat it: ", "a typo")]
    code, transcript = converse(home, init, asked_twice)
    assert code == 1 and "error: the two passphrases differ" in transcript
    assert not (home / "keyslots.json").exists()

    asked_twice[1] = ("Repeat it: ", PASSPHRASE)
    code, transcript = converse(home, init, asked_twice)
    assert code == 0, transcript
    # Typed passphrases are not echoed back.
    assert PASSPHRASE not in transcript

    code, transcript = converse(home, ["info"], [("Passphrase for admin: ", PASSPHRASE)])
    assert code == 0 and "inspection-team" in transcript
