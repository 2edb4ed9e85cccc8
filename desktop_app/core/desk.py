"""An unlocked workspace: the entry point that the CLI, the GUI and the exchange share.

``create_desk`` sets up a new node, ``open_desk`` unlocks an existing one. A ``Desk`` holds the
engine, the signed-in user, the node's identity and clock, and the domain services.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.core import audit, record_hashes
from desktop_app.core.access import Access
from desktop_app.core.attachments import AttachmentService
from desktop_app.core.aztext import az_collate, az_fold
from desktop_app.core.catalog import CatalogService
from desktop_app.core.changes import ChangeLog, Changes, track
from desktop_app.core.commission import CommissionService
from desktop_app.core.compliance import ComplianceService
from desktop_app.core.dashboard import DashboardService
from desktop_app.core.due import DueService
from desktop_app.core.groups import GroupService
from desktop_app.core.hlc import Clock, HybridLogicalClock, SystemClock
from desktop_app.core.inspections import InspectionService
from desktop_app.core.maintenance import MaintenanceService
from desktop_app.core.models import (
    AuditState,
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
from desktop_app.core.search import SearchService
from desktop_app.core.settings import (
    DEFAULT_CLOCK_SKEW_HOURS,
    MAX_CLOCK_SKEW_HOURS,
    checked_setting,
)
from desktop_app.core.sheets.plan_import import PlanImportService
from desktop_app.core.users import UserService, check_passphrase
from desktop_app.core.validation import require_code, require_text
from desktop_app.errors import StoreError, Term
from desktop_app.store import age, blobfiles, migrate
from desktop_app.store.anchors import save_anchor
from desktop_app.store.checkpoint import Checkpointer, defer_checkpoints
from desktop_app.store.keyslots import DEFAULT_KDF, KdfParams, Opened, new_data_key
from desktop_app.store.workspace import Workspace


@dataclass(frozen=True)
class NodeInfo:
    code: str
    role: NodeRole
    name: str
    name_en: str


class Watched:
    """The ``Changes`` of the transactions committed inside one ``Desk.watch`` block."""

    def __init__(self) -> None:
        self.changes = Changes()

    def add(self, log: ChangeLog) -> None:
        self.changes |= log.changes


def _register_functions(dbapi_connection: Any) -> None:
    dbapi_connection.create_collation("AZ", az_collate)
    dbapi_connection.create_function("az_fold", 1, az_fold, deterministic=True)


def _skew_ms(hours: str | None) -> int:
    """How far ahead of the wall clock a stamp may be (the setting, else one day)."""
    return int(hours or DEFAULT_CLOCK_SKEW_HOURS) * 3_600_000


class Desk:
    """An open store with its signed-in user. Close it to lock."""

    def __init__(
        self,
        workspace: Workspace,
        engine: Engine,
        data_key: bytes,
        user: str,
        clock: Clock,
        signing_seed: bytes | None = None,
    ) -> None:
        self.workspace = workspace
        self.engine = engine
        self.checkpoints = Checkpointer(engine)
        # Held while unlocked so that an admin can add key slots without every passphrase.
        self.data_key = data_key
        self.clock = clock
        # The user's own key, from their key slot: every audit entry they cause is signed.
        self.signer = audit.Signer(user, signing_seed) if signing_seed else None
        self._sessions = sessionmaker(
            engine, expire_on_commit=False, info={audit.SIGNER: self.signer}
        )
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
        self.max_skew_ms = _skew_ms(settings.get(MAX_CLOCK_SKEW_HOURS))
        self.hlc = HybridLogicalClock(
            self.node.code, clock, settings.get("hlc_last"), max_ahead_ms=self.max_skew_ms
        )
        self.recorder = Recorder(self.node.code, self.node.role, user, self.hlc)
        self.access = Access(self.node.role, self.user_role)
        self.plan = PlanService(self)
        self.plan_import = PlanImportService(self)
        self.progress = ProgressService(self)
        self.inspections = InspectionService(self)
        self.commission = CommissionService(self)
        self.catalog = CatalogService(self)
        self.attachments = AttachmentService(self)
        self.users = UserService(self)
        self.audit = audit.AuditService(self)
        self.search = SearchService(self)
        self.dashboard = DashboardService(self)
        self.groups = GroupService(self)
        self.due = DueService(self)
        self.compliance = ComplianceService(self)
        self.maintenance = MaintenanceService(self)
        # Failed unlocks of this user's slot since their last sign-in (open_desk counts them).
        self.failed_unlocks = 0
        # Per thread, the ``watch`` blocks open there: each committed transaction adds to them.
        self._watching = threading.local()

    # -- sessions ---------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction; the clock's position is saved with it, and what it touched
        goes, once committed, to every ``watch`` open on this thread."""
        with self._sessions() as session:
            log = track(session)
            with session.begin():
                yield session
                session.merge(Setting(key="hlc_last", value=self.hlc.last))
            self.checkpoints.after_commit()
            for watched in self._watches():
                watched.add(log)

    @contextmanager
    def watch(self) -> Iterator[Watched]:
        """Gather what the transactions committed inside the block touched:
        ``with desk.watch() as seen: ...`` then ``seen.changes``."""
        watched = Watched()
        self._watches().append(watched)
        try:
            yield watched
        finally:
            self._watches().remove(watched)

    def _watches(self) -> list[Watched]:
        if not hasattr(self._watching, "open"):
            self._watching.open = []
        watches: list[Watched] = self._watching.open
        return watches

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        if self.data_key:
            self._anchor()
        self.checkpoints.stop()
        self.engine.dispose()
        self.data_key = b""

    def _anchor(self) -> None:
        """Leave the log's head, signed, outside the database (store/anchors.py)."""
        if self.signer is None:
            return
        try:
            with self.reading() as session:
                seq, head_hash = audit.last_entry(session)
            save_anchor(self.workspace.home, audit.sign_anchor(self.signer, seq, head_hash))
        except StoreError:
            pass  # a read-only or vanished folder: locking must still work, only less anchored

    def rekey(self) -> list[str]:
        """Re-encrypt the database under a new data key, handed to every user the signed log
        names through their own key slot; returns the slots dropped (removed users, slots
        the log does not vouch for, the recovery key). Old backups keep the old key."""
        with self.reading() as session:
            recipients = audit.signed_recipients(session)
        new_key = new_data_key()
        self.checkpoints.stop()
        self.engine.dispose()
        try:
            dropped = self.workspace.rekey(self.data_key, new_key, recipients)
        except BaseException:
            self._reopen(self.data_key)
            raise
        self._reopen(new_key)
        with self.transaction() as session:
            detail = f"dropped key slots: {', '.join(dropped) or 'none'}"
            audit.append(session, self.user, "rekey", "node", self.node.code, detail)
        return dropped

    def _reopen(self, data_key: bytes) -> None:
        self.data_key = data_key
        self.engine = _open_engine(self.workspace, data_key)
        self.checkpoints = Checkpointer(self.engine)
        self._sessions = sessionmaker(
            self.engine, expire_on_commit=False, info={audit.SIGNER: self.signer}
        )

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
        if key == MAX_CLOCK_SKEW_HOURS:
            self.max_skew_ms = self.hlc.max_ahead_ms = _skew_ms(value)

    def now(self) -> dt.datetime:
        """Wall time from the desk's clock, so tests that pin the clock pin every timestamp."""
        return dt.datetime.fromtimestamp(self.clock.now_ms() / 1000, dt.UTC).replace(tzinfo=None)

    def today(self) -> dt.date:
        return self.now().date()


def _open_engine(workspace: Workspace, data_key: bytes) -> Engine:
    engine = workspace.open_engine(data_key, on_connect=[_register_functions, defer_checkpoints])
    shape = None
    if migrate.current_revision(engine) != migrate.shipped_head():
        with engine.connect() as connection:
            shape = record_hashes.shape(connection)
    migrate.upgrade_to_head(engine, Base.metadata)
    with engine.begin() as connection:
        if shape is not None:
            record_hashes.drop_stale(connection, shape)
        record_hashes.install_triggers(connection)
        # The query planner's statistics (sqlite_stat1), refreshed where a table grew: without
        # them SQLite scans the 400,000 progress reports of a national store to join the
        # 2,000 measures' leads. A no-op when fresh; when not, each index is sampled (about
        # a thousand rows), not read whole: unbounded, the first open of a national store
        # after it grew took 4.4 s here.
        connection.exec_driver_sql("PRAGMA analysis_limit=1000")
        connection.exec_driver_sql("PRAGMA optimize=0x10002")
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
    check_passphrase(passphrase)
    workspace = Workspace(home)
    seed = audit.new_signing_seed()
    identity, recipient = age.generate_identity()
    data_key = workspace.create(
        user, passphrase, kdf or DEFAULT_KDF, signing_seed=seed, box_identity=identity
    )
    clock = clock or SystemClock()
    engine = _open_engine(workspace, data_key)
    sessions = sessionmaker(engine, info={audit.SIGNER: audit.Signer(user, seed)})
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
                public_key=audit.public_hex(seed),
            )
        )
        session.flush()
        audit.append(
            session,
            user,
            "init",
            "node",
            code,
            f"role={node_role.value} key={audit.public_hex(seed)} recipient={recipient}",
            states=audit.states_for(session, audit.USER_KIND, [user]),
        )
    desk = Desk(workspace, engine, data_key, user, clock, seed)
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
    opened, user_name = workspace.open_slot(user, passphrase)
    return open_unlocked(workspace, opened, user_name, passphrase, clock)


def open_unlocked(
    workspace: Workspace,
    opened: Opened,
    user_name: str,
    passphrase: str,
    clock: Clock | None = None,
) -> Desk:
    """The desk behind a slot ``workspace.open_slot(user_name, passphrase)`` opened: the GUI
    derives the key (Argon2id's 256 MiB) before it imports this module and the window's pages,
    then opens the store here."""
    seed = opened.signing_seed
    if seed is None:
        # A slot from before signing keys: the user gets one now, sealed under the passphrase.
        seed = audit.new_signing_seed()
        identity = age.generate_identity()[0]
        workspace.change_passphrase(
            user_name, passphrase, passphrase, signing_seed=seed, box_identity=identity
        )
        opened = dataclasses.replace(opened, box_identity=identity)
    engine = _open_engine(workspace, opened.data_key)
    desk = Desk(workspace, engine, opened.data_key, user_name, clock or SystemClock(), seed)
    _carry_over_legacy_log(desk, opened.box_identity)
    desk.failed_unlocks = workspace.take_failed_unlocks(user_name)
    if desk.failed_unlocks:
        with desk.transaction() as session:
            audit.append(
                session,
                user_name,
                "unlock_failures",
                "user",
                user_name,
                f"count={desk.failed_unlocks} since the last sign-in",
            )
    return desk


def _carry_over_legacy_log(desk: Desk, box_identity: str) -> None:
    """In a store from before signed entries: enrol the user's key (trusted on first use, as
    nothing older vouches for it) and, once, record the state of every record and user, so
    later edits behind the application show."""
    assert desk.signer is not None
    with desk.transaction() as session:
        account = session.get(User, desk.user)
        if account is None or account.public_key:
            return
        account.public_key = desk.signer.public_hex
        session.flush()
        baseline = session.scalar(select(AuditState.seq).limit(1)) is None
        audit.append(
            session,
            desk.user,
            "user_key",
            "user",
            desk.user,
            f"key={desk.signer.public_hex} recipient={age.recipient_from_identity(box_identity)}"
            " (first key, enrolled at sign-in)",
            states=audit.states_for(session, audit.USER_KIND, [desk.user]),
        )
        if baseline:
            states = audit.all_states(session)
            audit.append(session, desk.user, "upgrade", detail="record states", states=states)


def open_desk_with_recovery_key(
    home: Path, *, recovery_key: str, user: str, clock: Clock | None = None
) -> Desk:
    """Unlock with the recovery key; entries are signed only if ``user`` is the admin whose
    key the recovery slot holds."""
    workspace = Workspace(home)
    opened, admin = workspace.open_recovery_slot(recovery_key)
    engine = _open_engine(workspace, opened.data_key)
    seed = opened.signing_seed if user == admin else None
    return Desk(workspace, engine, opened.data_key, user, clock or SystemClock(), seed)
