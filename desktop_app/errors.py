"""Typed errors whose message is fit to show a user as one line.

Shared by every layer (it imports nothing), so the CLI and the GUI catch one base class.

A message is an English template with ``{name}`` placeholders and its parameters, kept apart so
that a front end can translate it: the template is the message's identifier (the GUI looks it up
in the "core" context of its translations, scripts/core_messages.py lists every template in the
code), and a parameter that is a ``Term`` (a field name, a record kind, a role) is translated too.
``str(error)`` is the English line the CLI prints.
"""

from __future__ import annotations


class Term(str):
    """A word of the application's own vocabulary inside a message, translated where shown."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        # English reads the identifier as words: "progress_report" -> "progress report".
        return format(self.replace("_", " "), spec)


class DeskError(Exception):
    """Base of every error the application reports to a user."""

    def __init__(self, template: str = "", /, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)

    def __str__(self) -> str:
        return " ".join(super().__str__().split())


class ValidationError(DeskError):
    """Input that breaks a rule; ``field`` names the offending field for forms."""

    def __init__(self, template: str, /, field: str | None = None, **params: object) -> None:
        super().__init__(template, **params)
        self.field = field


class PermissionDenied(DeskError):
    """The current user's role, or the node's role, does not allow the action."""


class NotFound(DeskError):
    """A record named by id or natural key does not exist."""


class StoreError(DeskError):
    """The store cannot be opened or is damaged."""


class WrongPassphrase(StoreError):
    """The passphrase or recovery key does not open any key slot."""


class ExchangeError(DeskError):
    """A bundle is refused or cannot be written."""
