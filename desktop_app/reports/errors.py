"""The reports' own error type, a DeskError so the CLI and the GUI show it as one line."""

from __future__ import annotations

from desktop_app.errors import DeskError


class ReportError(DeskError):
    """A report cannot be produced (unknown kind, missing parameter, missing font...)."""
