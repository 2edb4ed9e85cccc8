"""Backup and restore of a whole workspace: round trip, secrecy, refusal of damaged files."""

from __future__ import annotations

import hashlib
import io
import shutil
import tarfile
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.desk import Desk, open_desk, open_desk_with_recovery_key
from desktop_app.core.dump import canonical_json, dump_state
from desktop_app.errors import StoreError
from desktop_app.store.backup import (
    CLOSING,
    MAGIC,
    Unlock,
    restore_backup,
    verify_backup,
    write_backup,
)
from desktop_app.store.keyslots import open_slots
from tests.conftest import PASSPHRASE

ADMIN: Unlock = lambda slots: open_slots(slots, "admin", PASSPHRASE).data_key  # noqa: E731

CANARY = "BACKUP-KANARYA-Gəncə-51c2"
# Written by the release before format version 4 (tests/vectors/backup/README.md).
VERSION_3 = Path(__file__).parent / "vectors" / "backup" / "v3.backup"


def _dump(desk: Desk) -> str:
    with desk.reading() as session:
        return canonical_json(dump_state(session))


@pytest.fixture
def backed_up(coordinator: Desk, tmp_path: Path) -> tuple[Desk, Path, str]:
    coordinator.plan.add_institution("CBAR", "Mərkəzi Bank", "Central Bank")
    coordinator.plan.add_measure("1.1.1", f"Ölçü {CANARY}", "CBAR")
    evidence = tmp_path / "evidence.txt"
    evidence.write_text(f"Sübut {CANARY}\n" * 1000, encoding="utf-8")
    coordinator.attachments.attach("1.1.1", evidence)
    evidence.unlink()
    recovery = coordinator.users.new_recovery_key()
    steps: list[tuple[int, int]] = []
    info = write_backup(
        coordinator.workspace,
        coordinator.data_key,
        tmp_path / "desk.backup",
        progress=lambda done, total: steps.append((done, total)),
    )
    assert steps and steps[-1][0] == steps[-1][1]
    assert info.path.stat().st_mode & 0o777 == 0o600
    return coordinator, info.path, recovery


@pytest.mark.slow
def test_restore_round_trips_the_dump(backed_up: tuple[Desk, Path, str], tmp_path: Path) -> None:
    desk, backup, recovery = backed_up
    expected = _dump(desk)
    # The application keeps working after the backup; the backup holds the state it saw.
    desk.plan.add_measure("1.1.2", "Sonrakı tədbir", "CBAR")
    restore_backup(backup, tmp_path / "restored", ADMIN)
    with open_desk(tmp_path / "restored", user="admin", passphrase=PASSPHRASE) as restored:
        assert _dump(restored) == expected
        [attachment] = restored.attachments.for_record(restored.plan.measure("1.1.1").id)
        copy = tmp_path / "copy.txt"
        restored.attachments.save_copy(attachment.sha256, copy)
        assert copy.read_text(encoding="utf-8") == f"Sübut {CANARY}\n" * 1000
    with open_desk_with_recovery_key(
        tmp_path / "restored", recovery_key=recovery, user="admin"
    ) as restored:
        assert [row.number for row in restored.plan.measure_rows()] == ["1.1.1"]


@pytest.mark.slow
def test_a_backup_while_another_reader_holds_the_log_copies_the_pages(
    coordinator: Desk, tmp_path: Path
) -> None:
    """With a reader holding pages in the write-ahead log, the log cannot be folded into the
    file and the file's bytes are not the state: the pages are copied one by one instead, and
    the backup still holds every committed record."""
    coordinator.plan.add_institution("CBAR", "Mərkəzi Bank", "Central Bank")
    with coordinator.engine.connect() as connection:
        reader: Any = connection.connection.driver_connection
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM institutions").fetchall()
        coordinator.plan.add_measure("1.1.1", "Ölçü", "CBAR")  # in the log, past the reader
        expected = _dump(coordinator)
        wal = coordinator.workspace.db_path.with_name("desk.db-wal")
        info = write_backup(coordinator.workspace, coordinator.data_key, tmp_path / "b.backup")
        assert wal.stat().st_size > 0  # not folded in: the backup could not use the file
        reader.execute("ROLLBACK")
    restore_backup(info.path, tmp_path / "restored", ADMIN)
    with open_desk(tmp_path / "restored", user="admin", passphrase=PASSPHRASE) as restored:
        assert _dump(restored) == expected


def test_backup_holds_no_plaintext(backed_up: tuple[Desk, Path, str]) -> None:
    _desk, backup, _recovery = backed_up
    data = backup.read_bytes()
    assert CANARY.encode() not in data
    assert b"SQLite format 3" not in data
    assert verify_backup(backup, ADMIN).sequence == 0


def test_damaged_backups_are_refused_and_nothing_is_written(
    backed_up: tuple[Desk, Path, str], tmp_path: Path
) -> None:
    _desk, backup, _recovery = backed_up
    data = backup.read_bytes()
    variants = {
        f"flip-{position}": data[:position] + bytes([data[position] ^ 0x10]) + data[position + 1 :]
        for position in (10, 600, 1500, 3000, len(data) // 2, len(data) - 2000)
    }
    variants |= {f"cut-{n}": data[:n] for n in (0, 100, 1024, len(data) // 3, len(data) - 1024)}
    variants["random"] = bytes(range(256)) * 40
    foreign = io.BytesIO()
    with tarfile.open(fileobj=foreign, mode="w") as tar:
        info = tarfile.TarInfo("notes.txt")
        info.size = 5
        tar.addfile(info, io.BytesIO(b"hello"))
    variants["foreign-tar"] = foreign.getvalue()
    refused = 0
    for name, content in variants.items():
        damaged = tmp_path / f"{name}.backup"
        damaged.write_bytes(content)
        target = tmp_path / f"restore-{name}"
        with pytest.raises(StoreError, match=str(damaged)):
            restore_backup(damaged, target, ADMIN)
        assert not target.exists(), name
        refused += 1
    assert refused == len(variants)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_restore_never_overwrites_a_store(backed_up: tuple[Desk, Path, str]) -> None:
    desk, backup, _recovery = backed_up
    before = desk.workspace.keyslot_path.read_bytes()
    with pytest.raises(StoreError, match="already exists"):
        restore_backup(backup, desk.workspace.home, ADMIN)
    assert desk.workspace.keyslot_path.read_bytes() == before


@pytest.mark.slow
def test_cli_backup_and_restore(
    backed_up: tuple[Desk, Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop_app.cli.main import run

    desk, _backup, _recovery = backed_up
    expected = _dump(desk)
    home = desk.workspace.home
    desk.close()
    monkeypatch.setenv("INFOSEC_DESK_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "via-cli.backup"
    assert run(["--home", str(home), "backup", "--out", str(target)]) == 0
    assert f"backup: {target}" in capsys.readouterr().out
    assert run(["--home", str(tmp_path / "new"), "restore", str(target)]) == 0
    with open_desk(tmp_path / "new", user="admin", passphrase=PASSPHRASE) as restored:
        assert _dump(restored) == expected
    assert run(["--home", str(tmp_path / "other"), "restore", str(home / "desk.db")]) == 1
    assert "not a usable InfoSec Desk backup" in capsys.readouterr().err
    assert not (tmp_path / "other").exists()


def test_a_backup_is_one_pass_with_its_header_last(backed_up: tuple[Desk, Path, str]) -> None:
    """Version 4: the members follow the magic line, the header comes after them, and the
    SHA-256 the user is shown is the whole file's."""
    desk, backup, _recovery = backed_up
    data = backup.read_bytes()
    assert data.startswith(MAGIC + bytes(4)) and data.endswith(CLOSING)
    # The database's encrypted bytes come right after the magic line.
    assert data[len(MAGIC) + 4 :].startswith(desk.workspace.db_path.read_bytes()[:4096])
    info = write_backup(desk.workspace, desk.data_key, backup.with_name("again.backup"))
    assert info.sha256 == hashlib.sha256(info.path.read_bytes()).hexdigest()
    assert info.size == info.path.stat().st_size


@pytest.mark.slow
def test_a_version_3_backup_is_still_restored(tmp_path: Path) -> None:
    header = verify_backup(VERSION_3, ADMIN)
    assert (header.store, header.sequence) == ("v3-fixture", 7)
    restore_backup(VERSION_3, tmp_path / "restored", ADMIN, ledger=tmp_path / "ledger.json")
    with open_desk(tmp_path / "restored", user="admin", passphrase=PASSPHRASE) as restored:
        measure = restored.plan.measure("1.1.1")
        assert measure.title == f"Ölçü {CANARY}"
        [attachment] = restored.attachments.for_record(measure.id)
        copy = tmp_path / "copy.txt"
        restored.attachments.save_copy(attachment.sha256, copy)
        assert copy.read_text(encoding="utf-8") == f"Sübut {CANARY}\n" * 100
        assert restored.audit.verify().ok


def test_a_damaged_version_3_backup_is_refused(tmp_path: Path) -> None:
    data = VERSION_3.read_bytes()
    header_end = len(MAGIC) + 4 + int.from_bytes(data[len(MAGIC) : len(MAGIC) + 4], "big")
    damaged = tmp_path / "damaged.backup"
    position = header_end + 5000  # inside the database's pages
    damaged.write_bytes(data[:position] + bytes([data[position] ^ 1]) + data[position + 1 :])
    with pytest.raises(StoreError, match="desk.db is damaged"):
        restore_backup(damaged, tmp_path / "restored", ADMIN, ledger=tmp_path / "ledger.json")
    assert not (tmp_path / "restored").exists()
    longer = tmp_path / "longer.backup"
    shutil.copyfile(VERSION_3, longer)
    with longer.open("ab") as stream:
        stream.write(b"x")
    with pytest.raises(StoreError, match="unexpected data after the last file"):
        verify_backup(longer, ADMIN)
