"""What a user of this computer can and cannot do (docs/security.md), tried as that user would:
direct SQL with the real data key, edited key-slot files, crafted backups."""

from __future__ import annotations

import contextlib
import hmac
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pypdf import PdfReader
from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from desktop_app.cli.main import run
from desktop_app.core import audit
from desktop_app.core.desk import Desk, create_desk, open_desk
from desktop_app.core.models import AuditEvent, AuditState, Measure, User
from desktop_app.errors import StoreError, ValidationError, WrongPassphrase
from desktop_app.exchange import documents, service
from desktop_app.exchange.channel import all_keys
from desktop_app.exchange.format import FRAME_MANIFEST, MAX_MANIFEST, FrameReader, parse_manifest
from desktop_app.gui.flows.setup import SetupFlow
from desktop_app.reports.generate import ReportParams, generate
from desktop_app.store import engine as store_engine
from desktop_app.store.age import AgeReader
from desktop_app.store.backup import CLOSING, MAGIC
from desktop_app.store.backup import _canonical as backup_canonical
from desktop_app.store.keyslots import (
    DEFAULT_KDF,
    PASSPHRASE,
    KdfParams,
    load_slots,
    save_slots,
    wrap_key,
)
from desktop_app.store.workspace import FailureThrottle, Workspace, failures_path
from tests.conftest import PASSPHRASE as ADMIN_PASS
from tests.conftest import DeskFactory, SteppingClock, old_store
from tests.exchange_world import create_nodes, partner_of, plan_institution, ship

VIEWER_PASS = "the viewer's own passphrase"


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


def insider_key(home: Path) -> bytes:
    """What a viewer holds: the data key, from their own key slot."""
    return Workspace(home).unlock("viewer", VIEWER_PASS)[0]


def insider_sql(home: Path, *statements: str) -> None:
    """Statements run on desk.db with sqlcipher3 and the viewer's data key, the app closed."""
    insider_sql_as(home, "viewer", VIEWER_PASS, *statements)


def insider_sql_as(home: Path, user: str, passphrase: str, *statements: str) -> None:
    connection = sqlcipher3.dbapi2.connect(str(home / "desk.db"))
    try:
        key = Workspace(home).unlock(user, passphrase)[0]
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


@pytest.fixture
def home(coordinator: Desk) -> Path:
    """A coordinator with a plan, a viewer, 200-odd audit entries; closed (as at night)."""
    coordinator.users.add("viewer", "viewer", VIEWER_PASS)
    coordinator.plan.add_institution("CBAR", "Mərkəzi Bank")
    for number in range(1, 100):
        coordinator.plan.add_measure(f"1.{number}", f"Tədbir {number}", "CBAR")
    for number in range(1, 100):
        coordinator.set_setting("marking", f"Xidməti istifadə üçün {number}")
    home = coordinator.workspace.home
    coordinator.close()
    return home


def problems(home: Path, user: str = "admin", passphrase: str = ADMIN_PASS) -> list[str]:
    with open_desk(home, user=user, passphrase=passphrase) as desk:
        return [str(problem) for problem in desk.audit.verify().problems]


@pytest.mark.slow
def test_an_untouched_store_verifies(home: Path) -> None:
    assert problems(home) == []
    assert problems(home, "viewer", VIEWER_PASS) == []


# -- the audit log ----------------------------------------------------------------------------


@pytest.mark.slow
def test_a_viewer_who_makes_themselves_admin_is_named(home: Path) -> None:
    """A viewer who sets their own role to admin in the database can then add users through
    the application, but the signed log gives them no such role: both show."""
    insider_sql(home, "UPDATE users SET role = 'admin' WHERE name = 'viewer'")
    with open_desk(home, user="viewer", passphrase=VIEWER_PASS) as viewer:
        viewer.users.add("mallory", "admin", "mallory's passphrase")
    found = problems(home)
    assert "user viewer: role admin in the store, viewer in the signed log" in found
    added = [p for p in found if "(user add mallory) is by viewer, who is not an admin" in p]
    assert len(added) == 1


@pytest.mark.slow
def test_removing_the_newest_entries_is_detected(home: Path) -> None:
    """The newest 20 entries deleted behind the application: the log no longer reaches the
    head the admin's signed anchor names."""
    last = problems_free_head(home)
    insider_sql(
        home,
        f"DELETE FROM audit_states WHERE seq > {last - 20}",
        f"DELETE FROM audit_events WHERE seq > {last - 20}",
    )
    assert (
        f"the log ends at entry {last - 20}, but admin's signed anchor names entry {last}: "
        "entries were removed"
    ) in problems(home, "viewer", VIEWER_PASS)


def problems_free_head(home: Path) -> int:
    with open_desk(home, user="admin", passphrase=ADMIN_PASS) as desk:
        check = desk.audit.verify()
        assert check.ok, check.problems
        return check.entries


def rewrite_from(session: Session, seq: int, signer: audit.Signer) -> None:
    """Re-chain every entry from ``seq`` on, as a careful insider would, signing with the only
    key they have: their own."""
    previous = session.get(AuditEvent, seq - 1)
    assert previous is not None
    prev_hash = previous.hash
    for event in session.scalars(select(AuditEvent).where(AuditEvent.seq >= seq).order_by("seq")):
        event.prev_hash = prev_hash
        event.hash = audit._entry_hash(event)
        event.signature = signer.key.sign(audit._ENTRY_CONTEXT + bytes.fromhex(event.hash)).hex()
        prev_hash = event.hash


@pytest.mark.slow
def test_rewriting_entry_192_and_rehashing_the_rest_is_detected(home: Path) -> None:
    """Entry 192 edited and every later entry re-hashed and re-signed with the viewer's own
    key: each entry that was the admin's no longer carries the admin's signature, and the
    admin's anchor no longer matches."""
    opened, _user = Workspace(home).open_slot("viewer", VIEWER_PASS)
    assert opened.signing_seed is not None
    engine = Workspace(home).open_engine(opened.data_key)
    with Session(engine) as session, session.begin():
        event = session.get(AuditEvent, 192)
        assert event is not None and event.user == "admin"
        event.detail = "marking=nothing to see"
        rewrite_from(session, 192, audit.Signer("viewer", opened.signing_seed))
        last = session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1))
    engine.dispose()
    found = problems(home, "viewer", VIEWER_PASS)
    assert "entry 192 (setting) does not carry admin's signature" in found
    assert f"entry {last} is not the one admin's signed anchor names: the log was rewritten" in (
        found
    )


@pytest.mark.slow
def test_records_edited_behind_the_application_are_named_one_line_each(home: Path) -> None:
    """A measure's title and another's deadline changed, one measure deleted and one inserted
    with SQL: each is named by kind and id."""
    with open_desk(home, user="admin", passphrase=ADMIN_PASS) as desk, desk.reading() as session:
        ids = list(session.scalars(select(Measure.id).order_by(Measure.number).limit(3)))
    insider_sql(
        home,
        f"UPDATE measures SET title = 'Başqa ad' WHERE id = '{ids[0]}'",
        f"UPDATE measures SET deleted = 1 WHERE id = '{ids[1]}'",
        "PRAGMA foreign_keys = OFF",
        f"DELETE FROM measures WHERE id = '{ids[2]}'",
        f"CREATE TEMP TABLE forged AS SELECT * FROM measures WHERE id = '{ids[0]}'",
        "UPDATE forged SET id = 'forged-id', number = '9.9'",
        "INSERT INTO measures SELECT * FROM forged",
    )
    lines = {p.split(":")[0]: p for p in problems(home) if p.startswith("measure ")}
    assert len(lines) == 4, lines
    assert "changed behind the application (entry " in lines[f"measure {ids[0]}"]
    assert "changed behind the application (entry " in lines[f"measure {ids[1]}"]
    assert "removed behind the application (entry " in lines[f"measure {ids[2]}"]
    assert lines["measure forged-id"] == (
        "measure forged-id: written behind the application (no audit entry records it)"
    )


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


@pytest.mark.slow
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


# -- backups ----------------------------------------------------------------------------------


def cli(home: Path, *args: str, passphrase: str = ADMIN_PASS) -> tuple[int, str, str]:
    """The CLI in this process (by default as the admin)."""
    out, err = io.StringIO(), io.StringIO()
    with (
        pytest.MonkeyPatch.context() as patch,
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        patch.setenv("INFOSEC_DESK_PASSPHRASE", passphrase)
        code = run(["--home", str(home), *args])
    return code, out.getvalue(), err.getvalue()


def backup_parts(data: bytes) -> tuple[dict[str, Any], bytes]:
    """A backup's header and its members' bytes (format version 4: the header last)."""
    end = len(data) - len(CLOSING)
    length = int.from_bytes(data[end - 4 : end], "big")
    header_at = end - 4 - length
    return json.loads(data[header_at : end - 4]), data[len(MAGIC) + 4 : header_at]


def backup_file(header: bytes, body: bytes) -> bytes:
    """A backup of ``body`` (members' bytes) under ``header`` (format version 4)."""
    return MAGIC + bytes(4) + body + header + len(header).to_bytes(4, "big") + CLOSING


@pytest.mark.slow
def test_a_backup_with_an_older_database_swapped_in_is_refused(home: Path, tmp_path: Path) -> None:
    """A newer backup whose database was swapped for an older one and its header re-hashed
    to match (without the data key, the header's MAC cannot be redone): refused whole."""
    assert cli(home, "backup", "--out", str(tmp_path / "old.backup"))[0] == 0
    with open_desk(home, user="admin", passphrase=ADMIN_PASS) as desk:
        desk.plan.add_measure("2.1", "Sonrakı tədbir", "CBAR")
    assert cli(home, "backup", "--out", str(tmp_path / "new.backup"))[0] == 0
    old_header, old_body = backup_parts((tmp_path / "old.backup").read_bytes())
    new_header, _new_body = backup_parts((tmp_path / "new.backup").read_bytes())
    # The old database's size and SHA-256.
    new_header["files"], new_header["content_sha256"] = (
        old_header["files"],
        old_header["content_sha256"],
    )
    forged = json.dumps(new_header).encode()
    swapped = tmp_path / "swapped.backup"
    swapped.write_bytes(backup_file(forged, old_body))
    code, _out, err = cli(tmp_path / "restored", "restore", str(swapped))
    assert (code, err) == (
        1,
        f"error: {swapped} is not a usable InfoSec Desk backup: its header does not match its "
        "key (it was altered)\n",
    )
    assert not (tmp_path / "restored").exists()


def test_a_crafted_tar_is_refused_before_anything_parses_it(tmp_path: Path) -> None:
    """A 400 KiB tar with a malformed pax header (CVE-2024-6232 makes Python's tarfile spend
    minutes on it): refused at once, since only an authenticated header is ever read."""
    payload = b"9" * (400 * 1024)
    header = tarfile.TarInfo("././@PaxHeader")
    header.type, header.size = tarfile.XHDTYPE, len(payload)
    crafted = tmp_path / "crafted.backup"
    crafted.write_bytes(
        header.tobuf(format=tarfile.USTAR_FORMAT) + payload + bytes(-len(payload) % 512 + 1024)
    )
    started = time.perf_counter()
    code, _out, err = cli(tmp_path / "restored", "restore", "--check-only", str(crafted))
    assert time.perf_counter() - started < 2
    assert code == 1 and "a backup from an earlier release, whose contents nothing" in err


@pytest.mark.slow
def test_restore_names_the_backup_and_flags_an_older_one(home: Path, tmp_path: Path) -> None:
    """Restore says when the backup was made and its number; restoring an older backup of a
    store than one already restored on this computer is flagged."""
    for name in ("first", "second"):
        assert cli(home, "backup", "--out", str(tmp_path / f"{name}.backup"))[0] == 0
    code, out, err = cli(tmp_path / "a", "restore", str(tmp_path / "second.backup"))
    assert code == 0 and err == ""
    assert re.match(r"restored backup 2 of its store, made \d{4}-\d\d-\d\dT", out)
    code, out, err = cli(tmp_path / "b", "restore", str(tmp_path / "first.backup"))
    assert code == 0 and out.startswith("restored backup 1 of its store")
    assert re.fullmatch(
        r"warning: this backup is older than backup 2, made \S+, already restored on this "
        r"computer: what was done after it is not in the restored store\n",
        err,
    )


# -- passphrases ----------------------------------------------------------------------------


@pytest.mark.parametrize("easy", ["password", "password1", "qwerty123", "Baku2026"])
@pytest.mark.slow
def test_an_easy_passphrase_is_refused_everywhere(
    coordinator: Desk, tmp_path: Path, easy: str
) -> None:
    """A new passphrase that zxcvbn scores below 3 is refused for a new store (CLI and GUI
    set-up), a new user and a changed passphrase."""
    message = "the passphrase is too easy to guess"
    with pytest.raises(ValidationError, match=message):
        create_desk(tmp_path / "new", role="coordinator", code="X", name="X", passphrase=easy)
    with pytest.raises(ValidationError, match=message):
        SetupFlow(tmp_path / "flow").set_user("admin", easy, easy)
    with pytest.raises(ValidationError, match=message):
        coordinator.users.add("leyla", "viewer", easy)
    with pytest.raises(ValidationError, match=message):
        coordinator.users.change_passphrase("admin", easy, ADMIN_PASS)
    home = coordinator.workspace.home
    coordinator.close()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INFOSEC_DESK_NEW_PASSPHRASE", easy)
        code, _out, err = cli(home, "users", "add", "leyla", "--role", "viewer")
    assert code == 1 and err.startswith(f"error: {message} (strength ")


@pytest.mark.slow
def test_failed_unlocks_are_told_at_the_next_sign_in_and_logged(home: Path) -> None:
    """Two wrong passphrases for the admin: the admin's next sign-in says so (CLI: a warning
    line) and the audit log keeps it; the sign-in after that says nothing."""
    quiet = Workspace(home, FailureThrottle(lambda _seconds: None))
    for _attempt in range(2):
        with pytest.raises(WrongPassphrase):
            quiet.unlock("admin", "not the admin's passphrase")
    code, _out, err = cli(home, "users", "list")
    assert (code, err) == (
        0,
        "warning: 2 failed attempt(s) to unlock as admin since your last sign-in\n",
    )
    assert cli(home, "users", "list")[2] == ""
    with open_desk(home, user="admin", passphrase=ADMIN_PASS) as desk:
        assert desk.failed_unlocks == 0
        [entry] = desk.audit.recent(action="unlock_failures")
    assert (entry.user, entry.detail) == ("admin", "count=2 since the last sign-in")
    assert problems(home) == []


# -- re-keying ------------------------------------------------------------------------------


def opens_with(home: Path, key: bytes) -> bool:
    connection = sqlcipher3.dbapi2.connect(str(home / "desk.db"))
    try:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher3.dbapi2.DatabaseError:
        return False
    finally:
        connection.close()
    return True


@pytest.mark.slow
def test_a_removed_user_keeps_nothing_that_opens_the_store(home: Path, tmp_path: Path) -> None:
    """The viewer kept the data key and a copy of the key-slot file; after `users remove`
    neither opens the database, while the remaining users' passphrases do, the audit log
    checks out, and a backup made before still opens with the viewer's old passphrase."""
    held_key, held_slots = insider_key(home), (home / "keyslots.json").read_bytes()
    assert cli(home, "users", "recovery-key")[0] == 0
    assert cli(home, "backup", "--out", str(tmp_path / "before.backup"))[0] == 0
    code, out, _err = cli(home, "users", "remove", "viewer")
    assert code == 0
    assert out.splitlines() == [
        "user viewer removed; the database now has a new data key",
        "the recovery key no longer opens the store: make a new one (users recovery-key)",
    ]
    assert not opens_with(home, held_key)
    assert problems(home) == []
    (home / "keyslots.json").write_bytes(held_slots)  # the viewer puts their copy back
    with pytest.raises(StoreError, match="not a valid InfoSec Desk store or the key is wrong"):
        open_desk(home, user="viewer", passphrase=VIEWER_PASS)
    restored = tmp_path / "restored"
    before = str(tmp_path / "before.backup")
    code, _out, err = cli(restored, "--user", "viewer", "restore", before, passphrase=VIEWER_PASS)
    assert code == 0, err
    assert opens_with(restored, held_key)


@pytest.mark.slow
def test_an_admin_passphrase_reset_rekeys(home: Path) -> None:
    held_key = insider_key(home)
    with open_desk(home, user="admin", passphrase=ADMIN_PASS) as admin:
        admin.users.change_passphrase("viewer", "a new passphrase for the viewer")
    assert not opens_with(home, held_key)
    with open_desk(home, user="viewer", passphrase="a new passphrase for the viewer") as viewer:
        assert viewer.data_key != held_key
    assert problems(home) == []


@pytest.mark.slow
def test_a_rekey_cut_short_by_a_crash_still_unlocks(home: Path) -> None:
    """The slot file offers the new key and the old one until the database has the new one:
    a crash before or after the database's re-key leaves a store every user opens."""
    workspace, old_key, new_key = Workspace(home), insider_key(home), bytes(range(32))
    slots = load_slots(workspace.keyslot_path)
    save_slots(workspace.keyslot_path, [s.with_envelopes([new_key, old_key]) for s in slots])

    def keys_opened() -> list[bytes]:
        opened = []
        for user, passphrase in (("admin", ADMIN_PASS), ("viewer", VIEWER_PASS)):
            with open_desk(home, user=user, passphrase=passphrase) as desk:
                opened.append(desk.data_key)
        return opened

    assert keys_opened() == [old_key, old_key]  # the crash came before the database's re-key
    store_engine.rekey(workspace.db_path, old_key, new_key)
    assert keys_opened() == [new_key, new_key]  # the crash came after it


# -- the limits -----------------------------------------------------------------------------


@pytest.mark.slow
def test_a_log_cut_with_the_anchor_file_removed_goes_unnoticed_here(home: Path) -> None:
    """The limit: entries that changed no record (here: settings), cut together with the
    anchor file, leave a log that checks out on this computer."""
    last = problems_free_head(home)
    (home / "audit-anchors.json").unlink()
    insider_sql(home, f"DELETE FROM audit_events WHERE seq > {last - 20}")
    assert problems(home) == []


@pytest.mark.slow
def test_a_log_rewritten_from_the_start_shows_at_the_next_sign_in_of_anyone_else(
    home: Path,
) -> None:
    """The whole log rewritten with keys of the insider's making, the anchor file removed:
    the admin's own key slot holds a key the new log does not give the admin."""
    opened, _user = Workspace(home).open_slot("viewer", VIEWER_PASS)
    engine = Workspace(home).open_engine(opened.data_key)
    forged = {name: audit.Signer(name, audit.new_signing_seed()) for name in ("admin", "viewer")}
    with Session(engine) as session, session.begin():
        events = [
            (e.user, e.action, e.record_kind, e.record_id, e.detail)
            for e in session.scalars(select(AuditEvent).order_by(AuditEvent.seq))
        ]
        session.execute(delete(AuditEvent))
        session.execute(delete(AuditState))
        session.expunge_all()
        for name, signer in forged.items():
            session.get_one(User, name).public_key = signer.public_hex
        for number, (user, action, kind, record_id, detail) in enumerate(events, 1):
            granted = forged.get("admin" if action == "init" else record_id)
            regranted = re.sub(r"key=[0-9a-f]{64}", f"key={granted and granted.public_hex}", detail)
            session.info[audit.SIGNER] = forged[user]
            states = audit.all_states(session) if number == len(events) else ()
            audit.append(session, user, action, kind, record_id, regranted, states=states)
    engine.dispose()
    (home / "audit-anchors.json").unlink()
    assert problems(home) == [
        "the signed log does not give admin the key in their key slot: the log or the key slot "
        "file was altered"
    ]


@pytest.mark.slow
def test_a_user_of_this_computer_can_forge_a_backup_header(home: Path, tmp_path: Path) -> None:
    """The limit: the header's MAC is under the data key, which every user holds."""
    assert cli(home, "backup", "--out", str(tmp_path / "real.backup"))[0] == 0
    header, body = backup_parts((tmp_path / "real.backup").read_bytes())
    header["created"] = "2030-01-01T00:00:00+00:00"
    del header["mac"]
    mac_key = HKDF(hashes.SHA256(), 32, None, b"infosec-desk backup header v3").derive(
        insider_key(home)
    )
    header["mac"] = hmac.digest(mac_key, backup_canonical(header), "sha256").hex()
    forged = backup_canonical(header)
    (tmp_path / "forged.backup").write_bytes(backup_file(forged, body))
    code, out, _err = cli(
        tmp_path / "x", "restore", "--check-only", str(tmp_path / "forged.backup")
    )
    assert (code, out) == (
        0,
        "backup intact: backup 1 of its store, made 2030-01-01T00:00:00+00:00\n",
    )


@pytest.mark.slow
def test_removing_the_failure_count_hides_failed_unlocks(home: Path) -> None:
    """The limit: failed unlocks are counted in a file of this computer's user, outside the
    store (unlocking never writes to the store); whoever removes it removes the warning."""
    with pytest.raises(WrongPassphrase):
        Workspace(home, FailureThrottle(lambda _seconds: None)).unlock("admin", "a wrong guess")
    failures_path().unlink()
    assert cli(home, "users", "list")[2] == ""


def test_a_store_from_before_signed_entries_carries_over(tmp_path: Path) -> None:
    """A store whose log was written before entries were signed: at the first sign-in the user
    gets a signing key (sealed in their slot, trusted as it is: nothing older vouches for it)
    and the state of every record and user is recorded once; the old entries stay, counted as
    unsigned, and a later edit behind the application shows."""
    home = tmp_path / "old"
    engine = old_store(home, "0005_peer_records")
    prev = audit.GENESIS
    with engine.begin() as connection:
        for seq, (action, detail) in enumerate([("init", "role=coordinator"), ("setting", "")], 1):
            row = {
                "seq": seq, "at": "2024-01-01T00:00:00.000+00:00", "user": "admin",
                "action": action, "record_kind": "node", "record_id": "SCIS", "detail": detail,
                "prev_hash": prev,
            }  # fmt: skip
            row["hash"] = prev = audit._legacy_hash(AuditEvent(**row))
            connection.execute(
                text(f"INSERT INTO audit_events ({', '.join(row)}) VALUES (:{', :'.join(row)})"),
                row,
            )
    engine.dispose()
    with open_desk(home, user="admin", passphrase=ADMIN_PASS) as desk:
        check = desk.audit.verify()
        assert (check.ok, check.legacy) == (True, 2), check.problems
        assert [e.action for e in desk.audit.recent(2)] == ["upgrade", "user_key"]
    assert Workspace(home).open_slot("admin", ADMIN_PASS)[0].signing_seed is not None
    insider_sql_as(home, "admin", ADMIN_PASS, "UPDATE users SET role = 'viewer'")
    found = problems(home)
    assert "user admin: role viewer in the store, admin in the signed log" in found
    assert any(p.startswith("user admin: changed behind the application") for p in found)


# -- anchored heads: the partner holds the sender's audit head --------------------------------


@pytest.fixture
def pair(tmp_path: Path, clock: SteppingClock) -> Iterator[tuple[Desk, Desk]]:
    """A coordinator and an institution that have exchanged two rounds: each holds the
    other's audit head, acknowledged."""
    desks = create_nodes(tmp_path, {"SCIS": "coordinator", "MIN1": "institution"}, clock)
    c, m = desks["SCIS"], desks["MIN1"]
    plan_institution(c, "MIN1", "Nazirlik")
    c.plan.add_measure("1.1", "Tədbir", "MIN1")
    for round_ in range(2):
        ship(c, m, tmp_path / f"c{round_}")
        ship(m, c, tmp_path / f"m{round_}")
    yield c, m
    for desk in desks.values():
        desk.close()


def _held(c: Desk) -> int:
    """The institution's audit entries as the coordinator holds them from its last bundle."""
    return partner_of(c, "MIN1").audit_count


@pytest.mark.slow
def test_a_partners_cut_log_is_flagged_on_import(pair: tuple[Desk, Desk], tmp_path: Path) -> None:
    """The institution's newest entries removed with SQL before its next export: the
    coordinator's import says so (the CLI line, the log), keeps it in its audit log, and
    still merges what the bundle holds; a bundle after an honest round says nothing."""
    c, m = pair
    m.progress.add("1.1", "2026-Q3", "in_progress", 10, "Görülən iş")
    clean = ship(m, c, tmp_path / "clean")
    assert clean.history_warning == ""
    held = _held(c)
    with m.transaction() as session:
        session.execute(text(f"DELETE FROM audit_states WHERE seq > {held - 3}"))
        session.execute(text(f"DELETE FROM audit_events WHERE seq > {held - 3}"))
    result = ship(m, c, tmp_path / "cut")
    warning = (
        f"MIN1's audit log has {held - 3} entries, fewer than the {held} its earlier bundle "
        "named: entries were removed there"
    )
    assert result.history_warning == warning and result.line().endswith(warning)
    [entry] = c.audit.recent(action="partner_history")
    assert (entry.record_id, entry.detail) == ("MIN1", warning)
    assert [row.reason for row in service.bundles(c) if row.bundle_id == result.bundle_id] == [
        warning
    ]


@pytest.mark.slow
def test_a_partners_rewritten_log_is_flagged_on_import(
    pair: tuple[Desk, Desk], tmp_path: Path
) -> None:
    """The institution's entry at the head the coordinator holds, rewritten and the chain
    re-hashed after it: only hashes travel, and they no longer pass through that head."""
    c, m = pair
    held = _held(c)
    assert m.signer is not None
    with m.transaction() as session:
        event = session.get_one(AuditEvent, held)
        event.detail = "nothing happened here"
        rewrite_from(session, held, m.signer)
    result = ship(m, c, tmp_path / "rewritten")
    assert result.history_warning == (
        f"MIN1's audit log differs at entry {held} from what its earlier bundle named: its "
        "history was rewritten"
    )


def _audit_log_sent(sender: Desk, recipient: Desk, stick: Path) -> tuple[int, int, int]:
    """(count, base, hashes) of the audit log a bundle's manifest describes, read as the
    recipient reads it, with its own key."""
    stick.mkdir()
    exported = service.export_bundle(sender, recipient.node.code, stick)
    with recipient.reading() as session:
        identities = [key.age_identity for key in all_keys(session)]
    with exported.path.open("rb") as source:
        frames = FrameReader(AgeReader(source, identities))
        frames.magic()
        manifest = parse_manifest(frames.expect(FRAME_MANIFEST, MAX_MANIFEST, "manifest"))
    return manifest.audit_count, manifest.audit_base, len(manifest.audit_since)


@pytest.mark.slow
def test_a_first_bundle_names_the_head_of_the_log_not_every_entry(
    tmp_path: Path, clock: SteppingClock
) -> None:
    """A new partner holds no head of the sender's log to check, so the first bundle names
    only the head (the whole log of a national coordinator outgrew the manifest's bound);
    the next ones, the hashes since the first count the partner may hold."""
    desks = create_nodes(tmp_path, {"SCIS": "coordinator", "MIN1": "institution"}, clock)
    c, m = desks["SCIS"], desks["MIN1"]
    plan_institution(c, "MIN1", "Nazirlik")
    for n in range(300):
        c.plan.add_measure(f"1.{n + 1}", "Tədbir", "MIN1")
    count, base, hashes = _audit_log_sent(c, m, tmp_path / "first")
    assert count > 300 and (base, hashes) == (count, 1)
    c.plan.add_measure("2.1", "Tədbir", "MIN1")  # not acknowledged yet: from the first on
    later, base, hashes = _audit_log_sent(c, m, tmp_path / "second")
    assert (base, hashes) == (count, later - count + 1)
    ship(c, m, tmp_path / "third")
    ship(m, c, tmp_path / "ack")
    held = partner_of(m, "SCIS").audit_count
    c.plan.add_measure("2.2", "Tədbir", "MIN1")
    last, base, hashes = _audit_log_sent(c, m, tmp_path / "fourth")
    assert (base, hashes) == (held, last - held + 1)
    for desk in desks.values():
        desk.close()


@pytest.mark.slow
def test_the_transfer_form_prints_the_senders_audit_head(
    pair: tuple[Desk, Desk], tmp_path: Path
) -> None:
    _c, m = pair
    (tmp_path / "stick").mkdir()
    exported = service.export_bundle(m, "SCIS", tmp_path / "stick")
    [row] = [r for r in service.bundles(m) if r.bundle_id == exported.bundle_id]
    out = generate(
        m,
        "transfer-form",
        ReportParams(lang="en", transfer=documents.transfer_form_data(m, row)),
        tmp_path / "form.pdf",
    )
    printed = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert f"{row.audit_count} entries, head:" in printed
    groups = [row.audit_head[i : i + 8] for i in range(0, 64, 8)]
    assert " ".join(groups[:4]) in printed and " ".join(groups[4:]) in printed
