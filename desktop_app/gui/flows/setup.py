"""The set-up flow for a new computer, as a plain state machine (no Qt).

The wizard pages only draw it: each step validates its answers here (a ``ValidationError`` names
the field), ``steps()`` says which steps apply to the chosen role, and ``create()`` and
``enrol_coordinator()`` do the work through the core and the exchange services.

The store is made at the keys step. An answer it was made from that changes afterwards (the user
went Back) discards it, so the keys step makes it again from what was entered last; ``discard()``
on Cancel leaves no store behind.
"""

from __future__ import annotations

import hmac
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.desk import Desk, create_desk
from desktop_app.core.hlc import Clock
from desktop_app.core.models import NodeRole
from desktop_app.core.users import check_passphrase, passphrase_strength
from desktop_app.core.validation import optional_text, require_code, require_text
from desktop_app.errors import Term, ValidationError
from desktop_app.reports.i18n import Lang
from desktop_app.store.keyslots import KdfParams
from desktop_app.store.workspace import Workspace

ROLE = "role"
NODE = "node"
USER = "user"
KEYS = "keys"
PARTNER = "partner"
RECOVERY = "recovery"
FINISH = "finish"


@dataclass(frozen=True)
class CardPreview:
    """What the user compares before enrolling a partner: who it claims to be and its print."""

    path: Path
    card: bytes
    code: str
    name: str
    role: str
    fingerprint: str


@dataclass
class SetupAnswers:
    role: NodeRole = NodeRole.INSTITUTION
    code: str = ""
    name: str = ""
    name_en: str = ""
    user: str = "admin"
    passphrase: str = field(default="", repr=False)
    card: CardPreview | None = None
    fingerprint_confirmed: bool = False


class SetupFlow:
    """Answers step by step; ``create()`` makes the store and the node's keys."""

    def __init__(
        self, home: Path, *, kdf: KdfParams | None = None, clock: Clock | None = None
    ) -> None:
        self.home = home
        self.kdf = kdf  # None: the store's default (tests pass a cheap one)
        self.clock = clock
        self.answers = SetupAnswers()
        self.desk: Desk | None = None
        self.fingerprint = ""
        self.enrolled = False
        self.recovery_key = ""  # shown once, on the recovery step; only its slot is stored
        self.recovery_noted = False
        # The passphrase is compared by a keyed digest: the flow drops it once the store is open.
        self._digest_key = os.urandom(32)
        self._passphrase_digest = b""
        self._made_from: tuple[object, ...] | None = None
        self._home_entries: set[Path] | None = None

    # -- which steps -------------------------------------------------------------------------

    def steps(self) -> list[str]:
        """The steps for the chosen role: only non-coordinators enrol the coordinator's card."""
        steps = [ROLE, NODE, USER, KEYS]
        if self.answers.role is not NodeRole.COORDINATOR:
            steps.append(PARTNER)
        steps += [RECOVERY, FINISH]
        return steps

    def next_step(self, current: str) -> str | None:
        steps = self.steps()
        position = steps.index(current)
        return steps[position + 1] if position + 1 < len(steps) else None

    # -- answers -----------------------------------------------------------------------------

    def set_role(self, role: NodeRole | str) -> None:
        try:
            self.answers.role = NodeRole(role)
        except ValueError:
            raise ValidationError('unknown role "{role}"', "role", role=role) from None
        self._discard_if_changed()

    def set_node(self, code: str, name: str, name_en: str = "") -> None:
        self.answers.code = require_code(code, "code")
        self.answers.name = require_text(name, "name", limit=300)
        self.answers.name_en = optional_text(name_en, "name_en", limit=300)
        self._discard_if_changed()

    @staticmethod
    def strength(passphrase: str) -> tuple[int, str]:
        """0-4 and a hint, for the meter under the passphrase field."""
        return passphrase_strength(passphrase)

    def set_user(self, user: str, passphrase: str, confirmation: str) -> None:
        self.answers.user = require_text(user, "user", limit=64)
        check_passphrase(passphrase)
        if passphrase != confirmation:
            raise ValidationError("the two passphrases differ", "confirmation")
        self.answers.passphrase = passphrase
        self._passphrase_digest = hmac.digest(self._digest_key, passphrase.encode(), "sha256")
        self._discard_if_changed()

    def _answers_made_from(self) -> tuple[object, ...]:
        answers = self.answers
        return (
            answers.role,
            answers.code,
            answers.name,
            answers.name_en,
            answers.user,
            self._passphrase_digest,
        )

    def _discard_if_changed(self) -> None:
        if self.desk is not None and self._made_from != self._answers_made_from():
            self.discard()

    def discard(self) -> None:
        """Close the store this flow made and remove what it wrote; the home is as it was."""
        if self.desk is None:
            return
        self.desk.close()
        self.desk = None
        self.fingerprint = ""
        self.enrolled = False
        self.recovery_key = ""
        self.recovery_noted = False
        self._made_from = None
        if self._home_entries is None:
            shutil.rmtree(self.home, ignore_errors=True)
        else:
            for entry in set(self.home.iterdir()) - self._home_entries:
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)

    def check_home(self) -> None:
        if Workspace(self.home).exists():
            raise ValidationError("a store already exists in {home}", "home", home=self.home)

    # -- work --------------------------------------------------------------------------------

    def create(self, progress: Callable[[int, int], None] | None = None) -> Desk:
        """Create the store, the first user and the node's key pair (slow: Argon2id)."""
        answers = self.answers
        if not answers.code or not answers.passphrase:
            raise ValidationError("the node and the first user come first", "code")
        self.check_home()
        report = progress or (lambda done, total: None)
        report(0, 2)
        self._home_entries = set(self.home.iterdir()) if self.home.is_dir() else None
        made_from = self._answers_made_from()
        desk = create_desk(
            self.home,
            role=answers.role,
            code=answers.code,
            name=answers.name,
            name_en=answers.name_en,
            user=answers.user,
            passphrase=answers.passphrase,
            kdf=self.kdf,
            clock=self.clock,
        )
        report(1, 2)
        from desktop_app.exchange.service import exchange

        exchange(desk).setup_identity()
        self.fingerprint = exchange(desk).own_fingerprint()
        self.desk = desk
        self._made_from = made_from
        answers.passphrase = ""  # no longer needed: the store is open
        report(2, 2)
        return desk

    def read_card(self, path: Path) -> CardPreview:
        """Read a partner's card and show what it claims, before anything is enrolled."""
        from desktop_app.core.signing import group
        from desktop_app.exchange import identity

        try:
            if path.stat().st_size > identity.MAX_CARD:
                raise ValidationError(
                    "{name} is too large to be a key card", "card", name=path.name
                )
            data = path.read_bytes()
        except OSError as error:
            raise ValidationError(
                "cannot read {path}: {strerror}", "card", path=path, strerror=error.strerror
            ) from None
        card = identity.read_card(data)
        preview = CardPreview(
            path=path,
            card=data,
            code=card.code,
            name=card.name,
            role=card.role,
            fingerprint=group(card.fingerprint),
        )
        if preview.role != NodeRole.COORDINATOR.value:
            raise ValidationError(
                "this card belongs to {code} ({role}), not to the coordinating body",
                "card",
                code=preview.code,
                role=Term(preview.role),
            )
        self.answers.card = preview
        self.answers.fingerprint_confirmed = False
        return preview

    def confirm_fingerprint(self, confirmed: bool) -> None:
        self.answers.fingerprint_confirmed = confirmed

    def enrol_coordinator(self) -> None:
        card = self.answers.card
        if self.desk is None:
            raise ValidationError("create the store first", "keys")
        if card is None:
            raise ValidationError("choose the coordinator's card", "card")
        if not self.answers.fingerprint_confirmed:
            raise ValidationError(
                "compare the fingerprint with the one on the coordinator's paper card and "
                "confirm it",
                "fingerprint",
            )
        from desktop_app.exchange.service import exchange

        exchange(self.desk).enrol_partner(card.card, fingerprint=card.fingerprint)
        self.enrolled = True

    def make_recovery_key(self) -> str:
        """The store's recovery key (slow: Argon2id), made once; the user notes it down."""
        if self.desk is None:
            raise ValidationError("create the store first", "keys")
        if not self.recovery_key:
            self.recovery_key = self.desk.users.new_recovery_key()
            self.recovery_noted = False
        return self.recovery_key

    def note_recovery_key(self, noted: bool) -> None:
        self.recovery_noted = noted

    def check_recovery_key(self) -> None:
        if not self.recovery_key:
            raise ValidationError("make the recovery key first", "recovery")
        if not self.recovery_noted:
            raise ValidationError(
                "confirm that you printed or wrote down the recovery key", "recovery"
            )

    def can_finish(self) -> bool:
        if self.desk is None or not self.recovery_noted:
            return False
        return self.answers.role is NodeRole.COORDINATOR or self.enrolled

    def save_key_card(self, path: Path, lang: Lang = "en") -> Path:
        """Write this node's key card (PDF with the card in a QR code) to ``path``."""
        if self.desk is None:
            raise ValidationError("create the store first", "keys")
        return save_key_card(self.desk, path, lang)

    def save_card(self, path: Path) -> Path:
        """Write this node's card file, the one partners load to enrol it."""
        if self.desk is None:
            raise ValidationError("create the store first", "keys")
        return save_card(self.desk, path)


def save_card(desk: Desk, path: Path) -> Path:
    """The public card file a partner enrols (no secret in it); wizard and Partners page."""
    from desktop_app.exchange.service import exchange
    from desktop_app.store.atomic import atomic_open

    with atomic_open(path, mode=0o644) as target:
        target.write(exchange(desk).identity_card())
    return path


def save_key_card(desk: Desk, path: Path, lang: Lang = "en") -> Path:
    """The node's own key card as a PDF; shared by the wizard and the Partners page."""
    from desktop_app.exchange.documents import key_card_data
    from desktop_app.reports import ReportParams, generate

    return generate(desk, "key-card", ReportParams(lang=lang, key_card=key_card_data(desk)), path)
