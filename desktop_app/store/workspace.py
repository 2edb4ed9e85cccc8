"""A workspace folder: the SQLCipher database and the key-slot file that unlocks it."""

from __future__ import annotations

import dataclasses
import json
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from desktop_app.errors import StoreError, ValidationError, WrongPassphrase
from desktop_app.store.atomic import atomic_write_bytes, os_reason
from desktop_app.store.keyslots import (
    DEFAULT_KDF,
    PASSPHRASE,
    RECOVERY,
    KdfParams,
    KeySlot,
    Opened,
    load_slots,
    new_data_key,
    new_recovery_key,
    parse_recovery_key,
    passphrase_secret,
    save_slots,
    wrap_key,
)

if TYPE_CHECKING:
    # The engine module brings SQLAlchemy and the SQLCipher driver (about 35 MiB): imported
    # where a database is opened, so that the GUI's unlock derives the key without them.
    from sqlalchemy import Engine

    from desktop_app.store.engine import ConnectHook

HOME_ENV = "INFOSEC_DESK_HOME"
DB_NAME = "desk.db"
KEYSLOT_NAME = "keyslots.json"
USER_NAME_LIMIT = 64
FAILURES_NAME = "failed-unlocks.json"


def default_home() -> Path:
    """``$INFOSEC_DESK_HOME`` if set, else the platform's per-user data folder."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("infosec-desk", appauthor=False))


def failures_path() -> Path:
    """Failed unlocks are counted outside every store, so that unlocking never writes to one."""
    return platformdirs.user_state_path("infosec-desk") / FAILURES_NAME


def _read_failures(path: Path) -> dict[str, int]:
    try:
        counts = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(counts, dict):
        return {}
    return {str(key): value for key, value in counts.items() if type(value) is int}


def _write_failures(path: Path, counts: dict[str, int]) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write_bytes(path, json.dumps(counts, indent=1).encode())
    except (OSError, StoreError):
        pass  # the count is a courtesy to the user; an unwritable folder must not block unlock


class FailureThrottle:
    """Growing delay after repeated failed unlocks in this process.

    The first ``free`` failures cost nothing; then each one waits ``first``, doubling up to
    ``cap`` seconds. A success resets the count. ``sleep`` is injectable so tests stay fast.
    """

    def __init__(
        self,
        sleep: Callable[[float], None] = time.sleep,
        *,
        free: int = 2,
        first: float = 1.0,
        cap: float = 30.0,
    ) -> None:
        self._sleep = sleep
        self._free = free
        self._first = first
        self._cap = cap
        self._failures = 0
        self._lock = threading.Lock()

    def failed(self) -> None:
        with self._lock:
            self._failures += 1
            over = self._failures - self._free
        if over > 0:
            self._sleep(min(self._cap, self._first * 2 ** (over - 1)))

    def succeeded(self) -> None:
        with self._lock:
            self._failures = 0


# Shared by every Workspace of the process, so a new Workspace object does not reset it.
PROCESS_THROTTLE = FailureThrottle()


def _check_user(user: str) -> str:
    if not user or user != user.strip() or len(user) > USER_NAME_LIMIT:
        raise ValidationError(
            "a user name has 1 to {USER_NAME_LIMIT} characters, without leading or trailing spaces",
            field="user",
            USER_NAME_LIMIT=USER_NAME_LIMIT,
        )
    if any(not ch.isprintable() for ch in user):
        raise ValidationError("a user name cannot contain control characters", field="user")
    return user


def _check_passphrase(passphrase: str) -> bytes:
    if not passphrase:
        raise ValidationError("the passphrase is empty", field="passphrase")
    return passphrase_secret(passphrase)


class Workspace:
    """The files of one installation in ``home``: ``desk.db`` and ``keyslots.json``.

    Unlocking never writes: a failed attempt leaves both files as they were.
    """

    def __init__(self, home: Path, throttle: FailureThrottle | None = None) -> None:
        self.home = Path(home)
        self.db_path = self.home / DB_NAME
        self.keyslot_path = self.home / KEYSLOT_NAME
        self._throttle = throttle or PROCESS_THROTTLE

    def __repr__(self) -> str:
        return f"Workspace({str(self.home)!r})"

    def exists(self) -> bool:
        return self.db_path.exists() or self.keyslot_path.exists()

    # -- creating and opening -------------------------------------------------------------

    def create(
        self,
        user: str,
        passphrase: str,
        kdf: KdfParams = DEFAULT_KDF,
        signing_seed: bytes | None = None,
        box_identity: str = "",
    ) -> bytes:
        """Make a new store (encrypted database + first user's slot, holding the user's
        ``signing_seed`` and ``box_identity``); returns the data key."""
        secret = _check_passphrase(passphrase)
        user = _check_user(user)
        if self.exists():
            raise StoreError("a store already exists in {home}", home=self.home)
        try:
            self.home.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                "could not create {home}: {reason}", home=self.home, reason=os_reason(exc)
            ) from exc
        from desktop_app.store import engine as store_engine

        data_key = new_data_key()
        try:
            # The database first, so that a slot file never points at a missing database.
            store_engine.open_engine(self.db_path, data_key).dispose()
            first = wrap_key(
                data_key,
                secret,
                PASSPHRASE,
                user,
                kdf,
                signing_seed=signing_seed,
                box_identity=box_identity,
            )
            save_slots(self.keyslot_path, [first])
        except BaseException:
            for suffix in ("", "-wal", "-shm"):
                self.db_path.with_name(self.db_path.name + suffix).unlink(missing_ok=True)
            raise
        return data_key

    def open_engine(self, data_key: bytes, on_connect: Sequence[ConnectHook] = ()) -> Engine:
        """The encrypted database; refuses to create one where a store lost its database."""
        from desktop_app.store import engine as store_engine

        if not self.db_path.exists():
            raise StoreError("{db_path} is missing", db_path=self.db_path)
        return store_engine.open_engine(self.db_path, data_key, on_connect)

    # -- unlocking ------------------------------------------------------------------------

    def _slots(self) -> list[KeySlot]:
        if not self.exists():
            raise StoreError("there is no InfoSec Desk store in {home}", home=self.home)
        return load_slots(self.keyslot_path)

    def _user_slot(self, slots: list[KeySlot], user: str) -> KeySlot:
        for slot in slots:
            if slot.kind == PASSPHRASE and slot.user == user:
                return slot
        raise StoreError(
            "user {user} has no key slot in {keyslot_path}",
            user=user,
            keyslot_path=self.keyslot_path,
        )

    def slot_users(self) -> list[str]:
        return [slot.user for slot in self._slots() if slot.kind == PASSPHRASE]

    def has_recovery_key(self) -> bool:
        return any(slot.kind == RECOVERY for slot in self._slots())

    def _failure_key(self, user: str) -> str:
        return f"{self.home.resolve()}\n{user}"

    def take_failed_unlocks(self, user: str) -> int:
        """How many unlocks of ``user``'s slot failed since the last successful one; reset."""
        path, key = failures_path(), self._failure_key(user)
        counts = _read_failures(path)
        count = counts.pop(key, 0)
        if count:
            _write_failures(path, counts)
        return count

    def _try(self, slot: KeySlot, secret: bytes, failure: str, **params: object) -> Opened:
        """The slot opened with ``secret``, else WrongPassphrase: ``failure`` is its template
        (with ``params``), so that a front end translates it."""
        opened = slot.open(secret)
        if opened is None:
            path, key = failures_path(), self._failure_key(slot.user or "(recovery key)")
            counts = _read_failures(path)
            counts[key] = counts.get(key, 0) + 1
            _write_failures(path, counts)
            self._throttle.failed()
            raise WrongPassphrase(failure, **params)
        self._throttle.succeeded()
        return opened

    def unlock(self, user: str | None, passphrase: str) -> tuple[bytes, str]:
        """The data key and the user's name. ``user`` None means the store's only user."""
        opened, user = self.open_slot(user, passphrase)
        return opened.data_key, user

    def open_slot(self, user: str | None, passphrase: str) -> tuple[Opened, str]:
        """What the user's slot holds (data key, signing key) and the user's name."""
        slots = self._slots()
        if user is None:
            users = [slot.user for slot in slots if slot.kind == PASSPHRASE]
            if len(users) > 1:
                raise StoreError(
                    "this store has several users ({items}): choose one with --user",
                    items=", ".join(users),
                )
            user = users[0]
        slot = self._user_slot(slots, user)
        secret = passphrase_secret(passphrase)
        return self._working(
            self._try(slot, secret, "wrong passphrase for user {user}", user=user)
        ), user

    def _working(self, opened: Opened) -> Opened:
        """The slot's key that opens the database: after a re-key cut short by a crash, a slot
        offers the new key and the old one, and only the database knows which it has."""
        if len(set(opened.candidates)) < 2:
            return opened
        for key in opened.candidates:
            try:
                self._verify_data_key(key)
            except StoreError:
                continue
            return dataclasses.replace(opened, data_key=key)
        return opened

    def unlock_with_recovery_key(self, key_text: str) -> bytes:
        return self.open_recovery_slot(key_text)[0].data_key

    def open_recovery_slot(self, key_text: str) -> tuple[Opened, str]:
        """What the recovery slot holds and the admin whose signing key that is ("" if none)."""
        slots = [slot for slot in self._slots() if slot.kind == RECOVERY]
        if not slots:
            raise StoreError("this store has no recovery key")
        opened = self._try(slots[0], parse_recovery_key(key_text), "wrong recovery key")
        return self._working(opened), slots[0].user

    # -- changing slots -------------------------------------------------------------------

    def _store_kdf(self, slots: list[KeySlot], kdf: KdfParams | None) -> KdfParams:
        # Without explicit parameters a new slot costs what the store's first slot costs, so
        # a store keeps the strength it was created with (and test stores stay cheap).
        if kdf is not None:
            return kdf
        return next(slot.kdf for slot in slots if slot.kind == PASSPHRASE)

    def _verify_data_key(self, data_key: bytes) -> None:
        """Refuse to wrap a key that does not open the database: that slot would lock out."""
        self.open_engine(data_key).dispose()

    def _put_user_slot(
        self,
        data_key: bytes,
        user: str,
        passphrase: str,
        kdf: KdfParams | None,
        *,
        replace: bool,
        signing_seed: bytes | None,
        box_identity: str,
    ) -> None:
        secret = _check_passphrase(passphrase)
        user = _check_user(user)
        slots = self._slots()
        old = next((s for s in slots if s.kind == PASSPHRASE and s.user == user), None)
        if old is not None and not replace:
            raise StoreError("user {user} already has a key slot", user=user)
        self._verify_data_key(data_key)
        if old is None:
            kdf = self._store_kdf(slots, kdf)
            new = wrap_key(
                data_key, secret, PASSPHRASE, user, kdf, None, signing_seed, box_identity
            )
            save_slots(self.keyslot_path, [*slots, new])
        else:
            kdf = kdf or old.kdf
            new = wrap_key(
                data_key, secret, PASSPHRASE, user, kdf, old.id, signing_seed, box_identity
            )
            save_slots(self.keyslot_path, [new if s is old else s for s in slots])

    def add_user_slot(
        self,
        data_key: bytes,
        user: str,
        passphrase: str,
        kdf: KdfParams | None = None,
        signing_seed: bytes | None = None,
        box_identity: str = "",
    ) -> None:
        """A slot for a new user; refuses a user who already has one."""
        self._put_user_slot(
            data_key,
            user,
            passphrase,
            kdf,
            replace=False,
            signing_seed=signing_seed,
            box_identity=box_identity,
        )

    def set_user_slot(
        self,
        data_key: bytes,
        user: str,
        passphrase: str,
        kdf: KdfParams | None = None,
        signing_seed: bytes | None = None,
        box_identity: str = "",
    ) -> None:
        """Set ``user``'s passphrase without the old one (an admin's reset): adds or rewraps.
        The old signing key cannot be carried over (only the old passphrase opens it)."""
        self._put_user_slot(
            data_key,
            user,
            passphrase,
            kdf,
            replace=True,
            signing_seed=signing_seed,
            box_identity=box_identity,
        )

    def change_passphrase(
        self,
        user: str,
        old: str,
        new: str,
        kdf: KdfParams | None = None,
        signing_seed: bytes | None = None,
        box_identity: str = "",
    ) -> None:
        """Rewrap ``user``'s slot under ``new`` with the signing key and identity it holds (or
        those given); other slots and the database stay as they are."""
        secret = _check_passphrase(new)
        slots = self._slots()
        slot = self._user_slot(slots, user)
        opened = self._working(
            self._try(slot, passphrase_secret(old), "wrong passphrase for user {user}", user=user)
        )
        rewrapped = wrap_key(
            opened.data_key,
            secret,
            PASSPHRASE,
            user,
            kdf or slot.kdf,
            slot.id,
            signing_seed or opened.signing_seed,
            box_identity or opened.box_identity,
        )
        save_slots(self.keyslot_path, [rewrapped if s is slot else s for s in slots])

    def remove_user_slot(self, user: str) -> None:
        slots = self._slots()
        slot = self._user_slot(slots, user)
        if sum(s.kind == PASSPHRASE for s in slots) == 1:
            raise StoreError("user {user} has the only key slot; it cannot be removed", user=user)
        save_slots(self.keyslot_path, [s for s in slots if s is not slot])

    def new_recovery_key(
        self,
        data_key: bytes,
        kdf: KdfParams | None = None,
        admin: str = "",
        signing_seed: bytes | None = None,
    ) -> str:
        """Make a recovery key (replacing any previous one) holding the data key and
        ``admin``'s signing key; return its printed form."""
        slots = self._slots()
        self._verify_data_key(data_key)
        text, raw = new_recovery_key()
        slot = wrap_key(
            data_key, raw, RECOVERY, admin, self._store_kdf(slots, kdf), None, signing_seed
        )
        save_slots(self.keyslot_path, [s for s in slots if s.kind != RECOVERY] + [slot])
        return text

    # -- re-keying ------------------------------------------------------------------------

    def rekey(self, old_key: bytes, new_key: bytes, recipients: dict[str, str]) -> list[str]:
        """Re-encrypt the database under ``new_key`` and hand it to every user in
        ``recipients`` (user -> the recipient the signed log gives them) through their slot.

        The engine must be closed. Slots of other users, or whose recipient differs, are
        dropped, and so is the recovery slot (only the recovery key could open it): returns
        the users dropped. Crash-safe: the slots offer both keys until the database has the
        new one, and unlocking takes the one that opens it.
        """
        slots = self._slots()
        kept = [s for s in slots if s.kind == PASSPHRASE and recipients.get(s.user) == s.recipient]
        dropped = [s.user if s.kind == PASSPHRASE else "(recovery key)" for s in slots]
        dropped = [name for s, name in zip(slots, dropped, strict=True) if s not in kept]
        if not kept:
            raise StoreError("no key slot would be left: the database was not re-keyed")
        self._verify_data_key(old_key)
        save_slots(self.keyslot_path, [s.with_envelopes([new_key, old_key]) for s in kept])
        from desktop_app.store import engine as store_engine

        store_engine.rekey(self.db_path, old_key, new_key)
        save_slots(self.keyslot_path, [s.with_envelopes([new_key]) for s in kept])
        return dropped
