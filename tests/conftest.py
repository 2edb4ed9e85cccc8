"""Shared fixtures: real encrypted stores in temporary folders, a pinned clock."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The CLI speaks the locale's language when neither --lang nor the store names one: the suite
# (in this process and the ones it starts) reads English unless a test asks for another.
# (Empty is unset to the C library, Qt and the CLI alike.)
os.environ["LANGUAGE"] = os.environ["LC_ALL"] = os.environ["LC_MESSAGES"] = ""
os.environ["LANG"] = "C.UTF-8"
# Per-user state (the ledger of restored backups) goes to a folder of this run, not the home's.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="infosec-desk-state-")

from desktop_app.core.desk import Desk, create_desk
from desktop_app.core.models import NodeRole
from desktop_app.store import keyslots
from desktop_app.store.keyslots import FAST_KDF
from desktop_app.store.migrate import alembic_config
from desktop_app.store.workspace import Workspace

# Stores made here use cheap Argon2id parameters, which a real build refuses: the suite says so
# itself, in this process and (through CLI) in every process of the program it starts (the CLI,
# or the GUI when no command is given).
keyslots.allow_test_kdf()
CLI = (
    sys.executable,
    "-c",
    "import sys; from desktop_app.store import keyslots; keyslots.allow_test_kdf(); "
    "from desktop_app.__main__ import main; sys.exit(main(sys.argv[1:]))",
)

GUI_TESTS = Path(__file__).parent / "gui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/gui drives real widgets: marked ``gui`` (make test-quick skips it)."""
    for item in items:
        if GUI_TESTS in item.path.parents:
            item.add_marker(pytest.mark.gui)


PASSPHRASE = "correct horse battery staple"
# 2026-09-15 09:00 UTC: a fixed "now" so dates, overdue checks and stamps are repeatable.
PINNED_MS = 1_789_462_800_000


def run_cli(
    home: Path,
    *args: str,
    passphrase: str | None = PASSPHRASE,
    launcher: Sequence[str] = (),
) -> subprocess.CompletedProcess[str]:
    """The CLI in a process of its own on the store in ``home`` (``launcher`` goes in front of
    the interpreter), with nothing of the caller's INFOSEC_DESK_* settings."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("INFOSEC_DESK_")}
    env["INFOSEC_DESK_HOME"] = str(home)
    if passphrase is not None:
        env["INFOSEC_DESK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [*launcher, *CLI, *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


class SteppingClock:
    """A pinned clock that moves one millisecond per reading, so stamps stay distinct."""

    def __init__(self, start_ms: int = PINNED_MS) -> None:
        self.ms = start_ms

    def now_ms(self) -> int:
        self.ms += 1
        return self.ms

    def advance(self, seconds: float) -> None:
        self.ms += int(seconds * 1000)


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


DeskFactory = Callable[..., Desk]


@pytest.fixture
def make_desk(tmp_path: Path, clock: SteppingClock) -> Iterator[DeskFactory]:
    """Create a node: ``make_desk("coordinator", "SCIS")``; closed at the end of the test."""
    opened: list[Desk] = []

    def factory(
        role: str = NodeRole.COORDINATOR.value,
        code: str = "SCIS",
        name: str | None = None,
        name_en: str = "",
        user: str = "admin",
        home: Path | None = None,
    ) -> Desk:
        desk = create_desk(
            home or tmp_path / code,
            role=role,
            code=code,
            name=name or f"{code} institution",
            name_en=name_en,
            user=user,
            passphrase=PASSPHRASE,
            kdf=FAST_KDF,
            clock=clock,
        )
        opened.append(desk)
        return desk

    yield factory
    for desk in opened:
        desk.close()


@pytest.fixture
def coordinator(make_desk: DeskFactory) -> Desk:
    return make_desk(
        "coordinator",
        "SCIS",
        "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti",
        "Special Communication and Information Security State Service",
    )


def old_store(home: Path, revision: str, passphrase: str = PASSPHRASE) -> Engine:
    """A coordinator's store as an earlier release left it: schema at ``revision``, the node's
    settings and an admin account; the caller adds rows and disposes of the engine."""
    workspace = Workspace(home)
    engine = workspace.open_engine(workspace.create("admin", passphrase, FAST_KDF))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
        for key, value in [("node_code", "SCIS"), ("node_role", "coordinator"), ("node_name", "X")]:
            conn.execute(text("INSERT INTO settings VALUES (:k, :v)"), {"k": key, "v": value})
        conn.execute(text("INSERT INTO users VALUES ('admin', 'admin', '2024-01-01 00:00:00', 1)"))
    return engine


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private X server for the xcb platform plugin; its display name."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as stream:
        display = stream.readline().strip()
    try:
        assert display, "Xvfb did not start"
        yield f":{display}"
    finally:
        server.terminate()
        server.wait(timeout=30)
