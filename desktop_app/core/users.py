"""Local users: each has a role and a key slot of their own in the workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop_app.core import audit
from desktop_app.core.models import User, UserRole
from desktop_app.core.validation import require_choice, require_text
from desktop_app.errors import NotFound, Term, ValidationError

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

MIN_PASSPHRASE = 8


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            "the passphrase must have at least {MIN_PASSPHRASE} characters",
            "passphrase",
            MIN_PASSPHRASE=MIN_PASSPHRASE,
        )
    return passphrase


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """A rough 0-4 score and a hint for forms: length and variety of characters."""
    classes = sum(
        any(test(char) for char in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    score = min(4, len(passphrase) // 6 + max(0, classes - 1)) if passphrase else 0
    hints = {
        0: "too short",
        1: "weak: use a longer phrase",
        2: "fair: add words or symbols",
        3: "good",
        4: "strong",
    }
    return score, hints[score]


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
        with self.desk.transaction() as session:
            if session.get(User, name):
                raise ValidationError("user {name} already exists", "name", name=name)
            user = User(name=name, role=role, created_at=self.desk.now(), active=True)
            session.add(user)
            audit.append(session, self.desk.user, "user_add", "user", name, f"role={role}")
            # The slot is written last: if it fails, the transaction rolls the account back.
            self.desk.workspace.add_user_slot(self.desk.data_key, name, passphrase)
            return user

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
            audit.append(session, self.desk.user, "user_role", "user", name, f"role={role}")

    def _keep_an_admin(self, session: object, leaving: str) -> None:
        admins = [u.name for u in self.users() if u.role == UserRole.ADMIN.value and u.active]
        if admins == [leaving]:
            raise ValidationError("the store must keep at least one admin", "role")

    def change_passphrase(self, name: str, new_passphrase: str) -> None:
        """Rewrap one user's key slot; the database itself is not re-encrypted."""
        if name != self.desk.user:
            self.desk.access.require_admin(Term("set another user's passphrase"))
        check_passphrase(new_passphrase)
        with self.desk.transaction() as session:
            if session.get(User, name) is None:
                raise NotFound('no user "{name}"', name=name)
            audit.append(session, self.desk.user, "passphrase", "user", name)
            self.desk.workspace.set_user_slot(self.desk.data_key, name, new_passphrase)

    def new_recovery_key(self) -> str:
        self.desk.access.require_admin(Term("make a recovery key"))
        with self.desk.transaction() as session:
            audit.append(session, self.desk.user, "recovery_key", "user", self.desk.user)
            return self.desk.workspace.new_recovery_key(self.desk.data_key)
