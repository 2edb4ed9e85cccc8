"""An unlocked workspace: the entry point that the CLI, the GUI and the exchange share.

``create_desk`` sets up a new node, ``open_desk`` unlocks an existing one. A ``Desk`` holds the
engine, the signed-in user, the node's identity and clock, and the domain services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.core import audit
from desktop_app.core.access import Access
from desktop_app.core.attachments import AttachmentService
from desktop_app.core.aztext import az_collate, az_fold
from desktop_app.core.catalog import CatalogService
from desktop_app.core.hlc import Clock, HybridLogicalClock, SystemClock
from desktop_app.core.inspections import InspectionService
from desktop_app.core.models import (
    Base,
    Institution,
    InstitutionKind,
    NodeRole,
    Setting,
    User,
    UserRole,
)
from desktop_app.core.plan import PlanService
from desktop_app.core.progress import ProgressService
from desktop_app.core.records import Recorder
from desktop_app.core.settings import checked_setting
from desktop_app.core.users import UserService
from desktop_app.core.validation import require_code, require_text
from desktop_app.errors import StoreError, Term, ValidationError
from desktop_app.store import blobfiles, migrate
from desktop_app.store.keyslots import KdfParams
from desktop_app.store.workspace import Workspace


@dataclass(frozen=True)
class NodeInfo:
    code: str
    role: NodeRole
    name: str
    name_en: str


def _register_functions(dbapi_connection: Any) -> None:
    dbapi_connection.create_collation("AZ", az_collate)
    dbapi_connection.create_function("az_fold", 1, az_fold, deterministic=True)


class Desk:
    """An open store with its signed-in user. Close it to lock."""

    def __init__(
        self, workspace: Workspace, engine: Engine, data_key: bytes, user: str, clock: Clock
    ) -> None:
        self.workspace = workspace
        self.engine = engine
        # Held while unlocked so that an admin can add key slots without every passphrase.
        self.data_key = data_key
        self.clock = clock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        with self._sessions() as session:
            settings = {row.key: row.value for row in session.scalars(select(Setting))}
            account = session.get(User, user)
        if account is None or not account.active:
            raise StoreError("user {user} has no account in this store", user=user)
        self.node = NodeInfo(
            code=settings["node_code"],
            role=NodeRole(settings["node_role"]),
            name=settings.get("node_name", ""),
            name_en=settings.get("node_name_en", ""),
        )
        self.user = user
        self.user_role = UserRole(account.role)
        self.hlc = HybridLogicalClock(self.node.code, clock, settings.get("hlc_last"))
        self.recorder = Recorder(self.node.code, user, self.hlc)
        self.access = Access(self.node.role, self.user_role)
        self.plan = PlanService(self)
        self.progress = ProgressService(self)
        self.inspections = InspectionService(self)
        self.catalog = CatalogService(self)
        self.attachments = AttachmentService(self)
        self.users = UserService(self)

    # -- sessions ---------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction; the clock's position is saved with it."""
        with self._sessions() as session, session.begin():
            yield session
            session.merge(Setting(key="hlc_last", value=self.hlc.last))

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
        self.data_key = b""

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- settings ---------------------------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        with self.reading() as session:
            row = session.get(Setting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        self.access.require_admin(Term("change settings"))
        value = checked_setting(key, value)
        with self.transaction() as session:
            session.merge(Setting(key=key, value=value))
            audit.append(session, self.user, "setting", "setting", key, value[:80])

    def now(self) -> dt.datetime:
        """Wall time from the desk's clock, so tests that pin the clock pin every timestamp."""
        return dt.datetime.fromtimestamp(self.clock.now_ms() / 1000, dt.UTC).replace(tzinfo=None)

    def today(self) -> dt.date:
        return self.now().date()


def _open_engine(workspace: Workspace, data_key: bytes) -> Engine:
    engine = workspace.open_engine(data_key, on_connect=[_register_functions])
    migrate.upgrade_to_head(engine, Base.metadata)
    blobfiles.sweep_orphans(engine)
    return engine


def create_desk(
    home: Path,
    *,
    role: NodeRole | str,
    code: str,
    name: str,
    name_en: str = "",
    user: str = "admin",
    passphrase: str,
    kdf: KdfParams | None = None,
    clock: Clock | None = None,
) -> Desk:
    """Set up a new node in ``home``; refuses if a store is already there."""
    node_role = NodeRole(role)
    code = require_code(code, "code")
    name = require_text(name, "name")
    user = require_text(user, "user", limit=64)
    if len(passphrase) < 8:
        raise ValidationError("the passphrase must have at least 8 characters", "passphrase")
    workspace = Workspace(home)
    data_key = workspace.create(user, passphrase, **({"kdf": kdf} if kdf else {}))
    clock = clock or SystemClock()
    engine = _open_engine(workspace, data_key)
    sessions = sessionmaker(engine)
    now = dt.datetime.fromtimestamp(clock.now_ms() / 1000, dt.UTC).replace(tzinfo=None)
    with sessions() as session, session.begin():
        for key, value in {
            "node_code": code,
            "node_role": node_role.value,
            "node_name": name,
            "node_name_en": name_en,
            "created_at": now.isoformat(timespec="seconds"),
        }.items():
            session.add(Setting(key=key, value=value))
        session.add(
            User(
                name=user,
                role=UserRole.ADMIN.value,
                created_at=now,
                active=True,
            )
        )
        audit.append(session, user, "init", "node", code, f"role={node_role.value}")
    desk = Desk(workspace, engine, data_key, user, clock)
    if node_role is not NodeRole.INSPECTION_TEAM:
        kind = (
            InstitutionKind.COORDINATING_BODY
            if node_role is NodeRole.COORDINATOR
            else InstitutionKind.AGENCY
        )
        with desk.transaction() as session:
            desk.recorder.create(
                session, Institution, code=code, name=name, name_en=name_en, kind=kind.value
            )
    return desk


def open_desk(home: Path, *, user: str | None, passphrase: str, clock: Clock | None = None) -> Desk:
    workspace = Workspace(home)
    if not workspace.exists():
        raise StoreError("no store in {home}: run 'infosec-desk init' first", home=home)
    data_key, user_name = workspace.unlock(user, passphrase)
    engine = _open_engine(workspace, data_key)
    return Desk(workspace, engine, data_key, user_name, clock or SystemClock())


def open_desk_with_recovery_key(
    home: Path, *, recovery_key: str, user: str, clock: Clock | None = None
) -> Desk:
    workspace = Workspace(home)
    data_key = workspace.unlock_with_recovery_key(recovery_key)
    engine = _open_engine(workspace, data_key)
    return Desk(workspace, engine, data_key, user, clock or SystemClock())
