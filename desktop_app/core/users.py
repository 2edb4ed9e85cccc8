"""Local users: each has a role and a key slot of their own in the workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core import audit
from desktop_app.core.models import User, UserRole
from desktop_app.core.validation import require_choice, require_text
from desktop_app.errors import NotFound, Term, ValidationError
from desktop_app.store import age

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

MIN_PASSPHRASE = 8
# zxcvbn's 0-4 scale; 3 is "safely unguessable" against an offline attack on a slow hash, which
# is what a copied key-slot file under Argon2id faces.
MIN_SCORE = 3
# zxcvbn's time grows with the length; beyond this many characters more text adds no doubt.
_ESTIMATED_CHARACTERS = 100


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """zxcvbn's 0-4 score and a hint, for forms."""
    # Imported here: its word lists take 13 MiB, which only a passphrase form needs.
    from zxcvbn import zxcvbn

    score = zxcvbn(passphrase[:_ESTIMATED_CHARACTERS])["score"] if passphrase else 0
    hints = {
        0: "too short",
        1: "weak: use a longer phrase",
        2: "fair: add words or symbols",
        3: "good",
        4: "strong",
    }
    return score, hints[score]


def check_passphrase(passphrase: str) -> str:
    """A new passphrase: at least 8 characters and hard enough to guess (zxcvbn score 3)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            "the passphrase must have at least {count} characters",
            "passphrase",
            count=MIN_PASSPHRASE,
        )
    score, _hint = passphrase_strength(passphrase)
    if score < MIN_SCORE:
        raise ValidationError(
            "the passphrase is too easy to guess (strength {score} of 4, at least {needed}"
            " needed): use a longer phrase of several unrelated words",
            "passphrase",
            score=score,
            needed=MIN_SCORE,
        )
    return passphrase


class UserService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def users(self) -> list[User]:
        with self.desk.reading() as session:
            return list(session.scalars(select(User).order_by(User.name)))

    def add(self, name: str, role: str, passphrase: str) -> User:
        self.desk.access.require_admin(Term("add users"))
        name = require_text(name, "name", limit=64)
        role = require_choice(role, "role", UserRole.values())
        check_passphrase(passphrase)
        seed = audit.new_signing_seed()
        identity, recipient = age.generate_identity()
        with self.desk.transaction() as session:
            if session.get(User, name):
                raise ValidationError("user {name} already exists", "name", name=name)
            key = audit.public_hex(seed)
            user = User(
                name=name, role=role, created_at=self.desk.now(), active=True, public_key=key
            )
            session.add(user)
            self._log(session, "user_add", name, f"role={role} key={key} recipient={recipient}")
            # The slot is written last: if it fails, the transaction rolls the account back.
            self.desk.workspace.add_user_slot(
                self.desk.data_key, name, passphrase, signing_seed=seed, box_identity=identity
            )
            return user

    def _log(self, session: Session, action: str, name: str, detail: str = "") -> None:
        """An entry about user ``name`` that records the account's new state."""
        session.flush()
        states = audit.states_for(session, audit.USER_KIND, [name])
        audit.append(session, self.desk.user, action, "user", name, detail, states=states)

    def set_role(self, name: str, role: str) -> None:
        self.desk.access.require_admin(Term("change roles"))
        role = require_choice(role, "role", UserRole.values())
        with self.desk.transaction() as session:
            user = session.get(User, name)
            if user is None:
                raise NotFound('no user "{name}"', name=name)
            if user.role == UserRole.ADMIN.value and role != UserRole.ADMIN.value:
                self._keep_an_admin(session, name)
            user.role = role
            self._log(session, "user_role", name, f"role={role}")

    def _keep_an_admin(self, session: object, leaving: str) -> None:
        admins = [u.name for u in self.users() if u.role == UserRole.ADMIN.value and u.active]
        if admins == [leaving]:
            raise ValidationError("the store must keep at least one admin", "role")

    def change_passphrase(
        self, name: str, new_passphrase: str, current_passphrase: str | None = None
    ) -> list[str]:
        """One's own passphrase (the current one is asked for, and the signing key stays), or
        an admin's reset of another's: that user gets a new signing key, since only the old
        passphrase opens the old one, and the database is re-keyed (see ``remove``): returns
        the key slots that re-key dropped."""
        own = name == self.desk.user
        if not own:
            self.desk.access.require_admin(Term("set another user's passphrase"))
        elif not current_passphrase:
            raise ValidationError("give your current passphrase to change it", "current_passphrase")
        check_passphrase(new_passphrase)
        with self.desk.transaction() as session:
            user = session.get(User, name)
            if user is None:
                raise NotFound('no user "{name}"', name=name)
            if own:
                audit.append(session, self.desk.user, "passphrase", "user", name)
                self.desk.workspace.change_passphrase(
                    name, current_passphrase or "", new_passphrase
                )
                return []
            seed = audit.new_signing_seed()
            identity, recipient = age.generate_identity()
            user.public_key = audit.public_hex(seed)
            detail = f"key={user.public_key} recipient={recipient} (passphrase reset)"
            self._log(session, "user_key", name, detail)
            self.desk.workspace.set_user_slot(
                self.desk.data_key, name, new_passphrase, signing_seed=seed, box_identity=identity
            )
        # Whoever knew the old passphrase may have kept the data key: it changes.
        return self.desk.rekey()

    def remove(self, name: str) -> list[str]:
        """Remove a user and re-key the database, so that the data key they held no longer
        opens it; returns the key slots dropped (theirs, and the recovery key's)."""
        self.desk.access.require_admin(Term("remove users"))
        if name == self.desk.user:
            raise ValidationError("you cannot remove yourself", "name")
        with self.desk.transaction() as session:
            user = session.get(User, name)
            if user is None:
                raise NotFound('no user "{name}"', name=name)
            if user.role == UserRole.ADMIN.value:
                self._keep_an_admin(session, name)
            session.delete(user)
            self._log(session, "user_remove", name)
        return self.desk.rekey()

    def new_recovery_key(self) -> str:
        self.desk.access.require_admin(Term("make a recovery key"))
        with self.desk.transaction() as session:
            audit.append(session, self.desk.user, "recovery_key", "user", self.desk.user)
            signer = self.desk.signer
            return self.desk.workspace.new_recovery_key(
                self.desk.data_key,
                admin=signer.user if signer else "",
                signing_seed=signer.seed if signer else None,
            )
