"""What a user of this computer can and cannot do (docs/security.md), tried as that user would:
direct SQL with the real data key, edited key-slot files, crafted backups."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.desk import Desk, open_desk
from desktop_app.errors import StoreError
from desktop_app.store.keyslots import DEFAULT_KDF, PASSPHRASE, KdfParams, wrap_key
from tests.conftest import PASSPHRASE as ADMIN_PASS
from tests.conftest import DeskFactory


def production_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI as installed: started without the test suite's hook, whatever the environment
    asks for."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("INFOSEC_")}
    env.update(
        INFOSEC_DESK_HOME=str(home),
        INFOSEC_DESK_PASSPHRASE=ADMIN_PASS,
        INFOSEC_DESK_TEST_KDF="fast",
    )
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def slot_kdfs(home: Path) -> list[dict[str, object]]:
    return [slot["kdf"] for slot in json.loads((home / "keyslots.json").read_text())["slots"]]


# -- key slots ------------------------------------------------------------------------------


def test_a_weakened_key_slot_is_refused(coordinator: Desk) -> None:
    """A user who rewrites another user's key slot with a cheap key derivation (8 KiB, one
    pass), so that the next passphrase set there falls to guessing, locks the store with a
    clear error instead."""
    home, key = coordinator.workspace.home, coordinator.data_key
    document = json.loads((home / "keyslots.json").read_text())
    weak = wrap_key(key, b"mallory", PASSPHRASE, "admin", KdfParams(8, 1, 1))
    document["slots"] = [weak.to_json()]
    (home / "keyslots.json").write_text(json.dumps(document))
    with pytest.raises(StoreError, match="key slot of user admin is refused: its key derivation"):
        open_desk(home, user="admin", passphrase="mallory")


def test_an_installed_build_ignores_the_test_kdf_variable_and_refuses_cheap_slots(
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    """INFOSEC_DESK_TEST_KDF does nothing outside the test suite: a new store gets the
    default key derivation, and a store with the suite's cheap one does not open."""
    home = tmp_path / "new"
    made = production_cli(home, "init", "--role", "coordinator", "--code", "SCIS", "--name", "X")
    assert made.returncode == 0, made.stderr
    assert {(k["memory_kib"], k["iterations"]) for k in slot_kdfs(home)} == {
        (DEFAULT_KDF.memory_kib, DEFAULT_KDF.iterations)
    }
    cheap = make_desk("coordinator", "CHEAP").workspace.home
    refused = production_cli(cheap, "users", "list")
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        f"error: {cheap / 'keyslots.json'}: the key slot of user admin is refused: its key "
        f"derivation (memory 1024 KiB, passes 1) is weaker than this store's minimum "
        f"(memory {DEFAULT_KDF.memory_kib} KiB, passes {DEFAULT_KDF.iterations})"
    ]
