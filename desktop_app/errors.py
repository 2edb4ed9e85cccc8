"""Typed errors whose message is fit to show a user as one line.

Shared by every layer (it imports nothing), so the CLI and the GUI catch one base class.
"""

from __future__ import annotations


class DeskError(Exception):
    """Base of every error the application reports to a user."""

    def __str__(self) -> str:
        return " ".join(super().__str__().split())


class ValidationError(DeskError):
    """Input that breaks a rule; ``field`` names the offending field for forms."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
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
