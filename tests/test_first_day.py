"""A new user's first commands, as real processes: the GUI on a named workspace, enrolment
that makes the institution known, and no secret echoed back by a mistyped option."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import CLI, PASSPHRASE, run_cli

pytestmark = pytest.mark.slow


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_an_enrolled_institution_card_registers_the_institution(tmp_path: Path) -> None:
    coordinator, ministry = tmp_path / "coordinator", tmp_path / "mincom"
    _ok(run_cli(coordinator, "init", "--role", "coordinator", "--code", "XRITDX", "--name", "X"))
    _ok(
        run_cli(
            ministry, "init", "--role", "institution", "--code", "MINCOM",
            "--name", "Rabitə Nazirliyi", "--name-en", "Ministry of Communications",
        )
    )  # fmt: skip
    for home in (coordinator, ministry):
        _ok(run_cli(home, "identity", "card", "--out", str(home.parent / f"{home.name}.json")))
    fingerprint = _ok(run_cli(ministry, "identity", "fingerprint")).strip().splitlines()[-1]
    card = str(tmp_path / "mincom.json")
    # Before enrolment the coordinator does not know the institution.
    before = run_cli(coordinator, "measures", "add", "--number", "1.1", "--title", "T",
                     "--lead", "MINCOM")  # fmt: skip
    assert before.returncode == 1 and "MINCOM" in before.stderr
    _ok(run_cli(coordinator, "partners", "add", card, "--fingerprint", fingerprint))
    _ok(run_cli(coordinator, "measures", "add", "--number", "1.1", "--title", "Tədbir",
                "--lead", "MINCOM"))  # fmt: skip
    institutions = json.loads(_ok(run_cli(coordinator, "institutions", "list", "--json")))
    registered = [row for row in institutions if row["code"] == "MINCOM"]
    assert [(row["name"], row["name_en"]) for row in registered] == [
        ("Rabitə Nazirliyi", "Ministry of Communications")
    ]
    # Enrolling the same card again links it to the same institution, never a second one.
    _ok(run_cli(coordinator, "partners", "add", card, "--fingerprint", fingerprint))
    again = json.loads(_ok(run_cli(coordinator, "institutions", "list", "--json")))
    assert [row["code"] for row in again].count("MINCOM") == 1


@pytest.mark.parametrize(
    "args",
    [
        ("--pass", "S3CRET-VALUE"),
        ("-p", "S3CRET-VALUE"),
        ("--passphrase-fil", "S3CRET-VALUE"),
        ("--pass=S3CRET-VALUE",),
        ("measures", "list", "--pass", "S3CRET-VALUE"),
        ("measures", "add", "-p", "S3CRET-VALUE", "--number", "1"),
    ],
)
def test_a_mistyped_option_never_echoes_its_value(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run_cli(tmp_path / "none", *args)
    assert result.returncode == 2
    assert "S3CRET-VALUE" not in result.stderr + result.stdout
    assert result.stderr.startswith("usage: infosec-desk")
    assert result.stderr.splitlines()[-1].startswith("error: unknown option(s) ")


def test_home_alone_opens_the_gui_on_that_workspace(tmp_path: Path) -> None:
    home = tmp_path / "desk"
    _ok(run_cli(home, "init", "--role", "coordinator", "--code", "XRITDX", "--name", "X"))
    env = {key: value for key, value in os.environ.items() if not key.startswith("INFOSEC_DESK_")}
    env.update(
        {
            # The smoke start unlocks with this passphrase, reports and quits.
            "INFOSEC_DESK_SMOKE_EXIT_MS": "1500",
            "INFOSEC_DESK_PASSPHRASE": PASSPHRASE,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "HOME": str(tmp_path),
        }
    )
    result = subprocess.run(
        [*CLI, "--home", str(home)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "smoke: main window shown, unlocked" in result.stdout
