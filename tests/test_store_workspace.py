"""Workspace and key slots: create, unlock, users, passphrase change, recovery key, tampering."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import time
from pathlib import Path
from typing import Any

import pytest

from desktop_app.errors import StoreError, ValidationError, WrongPassphrase
from desktop_app.store.keyslots import DEFAULT_KDF, FAST_KDF, KdfParams
from desktop_app.store.workspace import FailureThrottle, Workspace, default_home

ALICE = "alice"
ALICE_PASS = "əlifba İstanbul ılıq"
BOB_PASS = "bob's own passphrase"


class RecordedSleep:
    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> RecordedSleep:
    return RecordedSleep()


@pytest.fixture
def ws(tmp_path: Path, sleeps: RecordedSleep) -> Workspace:
    return Workspace(tmp_path / "home", FailureThrottle(sleeps))


@pytest.fixture
def key(ws: Workspace) -> bytes:
    return ws.create(ALICE, ALICE_PASS, FAST_KDF)


def snapshot(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(home.iterdir())}


def slot_document(ws: Workspace) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(ws.keyslot_path.read_text("utf-8"))
    return document


def test_create_then_unlock(ws: Workspace, key: bytes) -> None:
    assert len(key) == 32
    assert ws.exists()
    assert ws.unlock(None, ALICE_PASS) == (key, ALICE)
    assert ws.unlock(ALICE, ALICE_PASS) == (key, ALICE)
    assert ws.slot_users() == [ALICE]
    assert stat.S_IMODE(ws.home.stat().st_mode) == 0o700
    assert stat.S_IMODE(ws.keyslot_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(ws.db_path.stat().st_mode) == 0o600
    # The database exists and opens with the data key only.
    ws.open_engine(key).dispose()
    with pytest.raises(StoreError, match="not a valid InfoSec Desk store or the key is wrong"):
        ws.open_engine(bytes(32))


def test_passphrase_is_unicode_normalised(ws: Workspace) -> None:
    precomposed = "Gəncə şəhəri"
    key = ws.create(ALICE, precomposed, FAST_KDF)
    # "ə" has no decomposition, so test with a letter that has one: "ç" = c + combining cedilla.
    ws2 = Workspace(ws.home)
    ws2.change_passphrase(ALICE, precomposed, "Çay içək", FAST_KDF)
    assert ws2.unlock(ALICE, "C\u0327ay ic\u0327ək") == (key, ALICE)


def test_create_refuses_existing_store(ws: Workspace, key: bytes) -> None:
    before = snapshot(ws.home)
    with pytest.raises(StoreError, match=f"^a store already exists in {re.escape(str(ws.home))}$"):
        ws.create("mallory", "another passphrase", FAST_KDF)
    assert snapshot(ws.home) == before


def test_wrong_passphrase_changes_nothing(ws: Workspace, key: bytes) -> None:
    before = snapshot(ws.home)
    with pytest.raises(WrongPassphrase, match="^wrong passphrase for user alice$"):
        ws.unlock(None, "not the passphrase")
    with pytest.raises(WrongPassphrase):
        ws.change_passphrase(ALICE, "not the passphrase", "whatever new")
    assert snapshot(ws.home) == before


def test_unknown_user_is_named(ws: Workspace, key: bytes) -> None:
    with pytest.raises(StoreError, match="user carol has no key slot"):
        ws.unlock("carol", ALICE_PASS)


def test_growing_delay_after_repeated_failures(
    ws: Workspace, key: bytes, sleeps: RecordedSleep
) -> None:
    for _ in range(10):
        with pytest.raises(WrongPassphrase):
            ws.unlock(ALICE, "guess")
    assert sleeps.delays == [1, 2, 4, 8, 16, 30, 30, 30]
    ws.unlock(ALICE, ALICE_PASS)  # a success resets the count
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            ws.unlock(ALICE, "guess")
    assert sleeps.delays[8:] == [1]


def test_two_users_with_their_own_passphrases(ws: Workspace, key: bytes) -> None:
    ws.add_user_slot(key, "bob", BOB_PASS)
    assert ws.slot_users() == [ALICE, "bob"]
    assert ws.unlock("bob", BOB_PASS) == (key, "bob")
    assert ws.unlock(ALICE, ALICE_PASS) == (key, ALICE)
    with pytest.raises(WrongPassphrase, match="user bob"):
        ws.unlock("bob", ALICE_PASS)
    with pytest.raises(StoreError, match="choose one with --user"):
        ws.unlock(None, ALICE_PASS)
    # A new slot costs what the store's first slot costs unless told otherwise.
    assert {s["kdf"]["memory_kib"] for s in slot_document(ws)["slots"]} == {FAST_KDF.memory_kib}
    with pytest.raises(StoreError, match="already has a key slot"):
        ws.add_user_slot(key, "bob", "again")


def test_slot_for_a_wrong_data_key_is_refused(ws: Workspace, key: bytes) -> None:
    before = snapshot(ws.home)
    with pytest.raises(StoreError, match="key is wrong"):
        ws.add_user_slot(os.urandom(32), "bob", BOB_PASS)
    assert snapshot(ws.home) == before


def test_passphrase_change_rewraps_one_slot_only(ws: Workspace, key: bytes) -> None:
    ws.add_user_slot(key, "bob", BOB_PASS)
    db_before = ws.db_path.read_bytes()
    slots_before = slot_document(ws)["slots"]

    ws.change_passphrase(ALICE, ALICE_PASS, "a brand new passphrase")

    slots_after = slot_document(ws)["slots"]
    assert ws.db_path.read_bytes() == db_before
    assert slots_after[1] == slots_before[1]  # bob's slot, byte for byte
    assert slots_after[0]["id"] == slots_before[0]["id"]
    assert slots_after[0]["kdf"]["salt"] != slots_before[0]["kdf"]["salt"]
    assert ws.unlock(ALICE, "a brand new passphrase") == (key, ALICE)
    with pytest.raises(WrongPassphrase):
        ws.unlock(ALICE, ALICE_PASS)
    assert ws.unlock("bob", BOB_PASS) == (key, "bob")


def test_admin_reset_and_removal(ws: Workspace, key: bytes) -> None:
    ws.add_user_slot(key, "bob", BOB_PASS)
    ws.set_user_slot(key, "bob", "reset by the admin")
    assert ws.unlock("bob", "reset by the admin") == (key, "bob")
    ws.remove_user_slot("bob")
    assert ws.slot_users() == [ALICE]
    with pytest.raises(StoreError, match="only key slot"):
        ws.remove_user_slot(ALICE)


def test_recovery_key(ws: Workspace, key: bytes) -> None:
    assert not ws.has_recovery_key()
    printed = ws.new_recovery_key(key)
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){7}", printed)
    assert ws.unlock_with_recovery_key(printed) == key
    assert ws.unlock_with_recovery_key(printed.replace("-", "").lower()) == key
    assert ws.unlock_with_recovery_key(" ".join(printed.split("-"))) == key

    replacement = ws.new_recovery_key(key)
    assert [s["kind"] for s in slot_document(ws)["slots"]] == ["passphrase", "recovery"]
    assert ws.unlock_with_recovery_key(replacement) == key
    with pytest.raises(WrongPassphrase, match="^wrong recovery key$"):
        ws.unlock_with_recovery_key(printed)
    with pytest.raises(ValidationError, match="8 groups of 4"):
        ws.unlock_with_recovery_key("ABCD-EFGH")
    assert ws.slot_users() == [ALICE]


@pytest.mark.parametrize(
    "edit",
    [
        lambda slot: slot["kdf"].update(memory_kib=2048),
        lambda slot: slot["kdf"].update(iterations=2),
        lambda slot: slot.update(user="mallory"),
        lambda slot: slot.update(id="00000000-0000-4000-8000-000000000000"),
    ],
    ids=["memory", "iterations", "user", "id"],
)
def test_edited_slot_fails_authentication(ws: Workspace, key: bytes, edit: Any) -> None:
    document = slot_document(ws)
    edit(document["slots"][0])
    ws.keyslot_path.write_text(json.dumps(document))
    user = document["slots"][0]["user"]
    with pytest.raises(WrongPassphrase):
        ws.unlock(user, ALICE_PASS)


def test_slot_moved_to_another_user_fails(ws: Workspace, key: bytes) -> None:
    ws.add_user_slot(key, "bob", BOB_PASS)
    document = slot_document(ws)
    alice, bob = document["slots"]
    bob["wrapped"], bob["nonce"], bob["kdf"] = alice["wrapped"], alice["nonce"], alice["kdf"]
    ws.keyslot_path.write_text(json.dumps(document))
    with pytest.raises(WrongPassphrase):
        ws.unlock("bob", ALICE_PASS)


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: b"\x00garbage\xff" * 10,
        lambda raw: b"",
        lambda raw: raw.replace(b'"memory_kib": 1024', b'"memory_kib": 1099511627776'),
        lambda raw: raw.replace(b'"memory_kib": 1024', b'"memory_kib": "1024"'),
        lambda raw: raw.replace(b'"kind": "passphrase"', b'"kind": "master"'),
    ],
    ids=["truncated", "garbage", "empty", "huge-memory", "string-param", "unknown-kind"],
)
def test_damaged_slot_file_is_named(ws: Workspace, key: bytes, damage: Any) -> None:
    raw = ws.keyslot_path.read_bytes()
    damaged = damage(raw)
    assert damaged != raw
    ws.keyslot_path.write_bytes(damaged)
    with pytest.raises(StoreError, match=re.escape(str(ws.keyslot_path))) as caught:
        ws.unlock(ALICE, ALICE_PASS)
    assert not isinstance(caught.value, WrongPassphrase)
    assert "\n" not in str(caught.value)


def test_newer_slot_format_is_refused(ws: Workspace, key: bytes) -> None:
    document = slot_document(ws)
    document["version"] = 2
    ws.keyslot_path.write_text(json.dumps(document))
    with pytest.raises(StoreError, match="format version 2"):
        ws.unlock(ALICE, ALICE_PASS)


def test_failed_slot_write_keeps_the_old_passphrase_working(
    ws: Workspace, key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(ws.home)

    def failing_fsync(fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    # A failure between writing the new slot file and renaming it over the old one.
    monkeypatch.setattr(os, "fsync", failing_fsync)  # the os module store/atomic.py calls
    with pytest.raises(StoreError, match="could not write .*keyslots.json: input/output error"):
        ws.change_passphrase(ALICE, ALICE_PASS, "the new one")
    monkeypatch.undo()
    assert snapshot(ws.home) == before
    assert ws.unlock(ALICE, ALICE_PASS) == (key, ALICE)


def test_missing_store_and_missing_database(ws: Workspace, key: bytes, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="there is no InfoSec Desk store in"):
        Workspace(tmp_path / "elsewhere").unlock(None, ALICE_PASS)
    ws.db_path.unlink()
    with pytest.raises(StoreError, match=r"desk\.db is missing"):
        ws.open_engine(key)


def test_invalid_user_names(ws: Workspace) -> None:
    for name in ("", " alice", "a\nb", "x" * 65):
        with pytest.raises(ValidationError):
            ws.create(name, ALICE_PASS, FAST_KDF)
    assert not ws.home.exists()


def test_default_home_follows_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("INFOSEC_DESK_HOME", str(tmp_path / "desk"))
    assert default_home() == tmp_path / "desk"
    monkeypatch.delenv("INFOSEC_DESK_HOME")
    assert default_home().name == "infosec-desk"


@pytest.mark.slow
def test_default_kdf_unlock(ws: Workspace) -> None:
    # The floor: at least 64 MiB and 3 passes.
    assert DEFAULT_KDF.memory_kib >= 64 * 1024
    assert DEFAULT_KDF.iterations >= 3
    key = ws.create(ALICE, ALICE_PASS)
    slot = slot_document(ws)["slots"][0]["kdf"]
    assert KdfParams(slot["memory_kib"], slot["iterations"], slot["lanes"]) == DEFAULT_KDF
    started = time.perf_counter()
    assert ws.unlock(ALICE, ALICE_PASS) == (key, ALICE)
    # 0.3-1 s on the reference machine; generous here so a loaded CI runner does not flake.
    assert time.perf_counter() - started < 5
