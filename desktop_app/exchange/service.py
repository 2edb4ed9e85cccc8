"""The exchange's public API: identities, partners, export, import/verify, the log, conflicts.

A facade over the modules that do the work: ``partners`` (this node's keys and its partners),
``export`` (what a partner is sent, and the bundle written), ``receive`` (import, preview,
verify and the merge they drive), ``conflicts`` (the bundle log and the conflicts kept) and
``channel`` (what they share). The CLI and the GUI reach it as ``exchange(desk)``, the desk's
exchange service: the core may not import the exchange, so the desk cannot hold it itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.core.desk import Desk
from desktop_app.errors import ExchangeError
from desktop_app.exchange.channel import ACTIVE, BUNDLE_SUFFIX, REVOKED, Outcome, Progress
from desktop_app.exchange.conflicts import (
    BundleLogRow,
    ConflictRow,
    NamedConflict,
    bundles,
    conflicts,
    named_conflicts,
    resolve_conflict,
)
from desktop_app.exchange.export import (
    ExportResult,
    PendingExport,
    export_all,
    export_bundle,
    pending_export,
)
from desktop_app.exchange.partners import (
    PartnerInfo,
    card_fingerprint,
    enrol_partner,
    identity_card,
    own_fingerprint,
    partners,
    revoke_partner,
    rotate_identity,
    setup_identity,
)
from desktop_app.exchange.receive import (
    ImportResult,
    NotAddressed,
    VerifyResult,
    bundle_files,
    import_bundle,
    import_paths,
    preview_bundle,
    verify_bundle,
)


class ExchangeService:
    """Bundles and partners for one open desk."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- this node and its partners ------------------------------------------------------------

    def setup_identity(self) -> None:
        setup_identity(self.desk)

    def identity_card(self) -> bytes:
        return identity_card(self.desk)

    def own_fingerprint(self) -> str:
        return own_fingerprint(self.desk)

    def rotate_identity(self) -> str:
        return rotate_identity(self.desk)

    def enrol_partner(self, card: bytes, fingerprint: str | None) -> PartnerInfo:
        return enrol_partner(self.desk, card, fingerprint)

    def revoke_partner(self, code: str) -> None:
        revoke_partner(self.desk, code)

    def partners(self) -> list[PartnerInfo]:
        return partners(self.desk)

    # -- bundles -------------------------------------------------------------------------------

    def pending_export(self, recipient: str, *, full: bool = False) -> PendingExport:
        return pending_export(self.desk, recipient, full=full)

    def export_bundle(
        self,
        recipient: str,
        out_dir: Path,
        *,
        full: bool = False,
        progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> ExportResult:
        return export_bundle(
            self.desk, recipient, out_dir, full=full, progress=progress, cancel=cancel
        )

    def export_all(self, out_dir: Path, *, full: bool = False) -> list[ExportResult]:
        return export_all(self.desk, out_dir, full=full)

    def import_bundle(self, path: Path, *, progress: Progress | None = None) -> ImportResult:
        return import_bundle(self.desk, path, progress=progress)

    def import_paths(self, paths: list[Path]) -> list[ImportResult]:
        return import_paths(self.desk, paths)

    def preview_bundle(self, path: Path) -> ImportResult:
        return preview_bundle(self.desk, path)

    def verify_bundle(self, path: Path) -> VerifyResult:
        return verify_bundle(self.desk, path)

    # -- the log and the conflicts -------------------------------------------------------------

    def bundles(self) -> list[BundleLogRow]:
        return bundles(self.desk)

    def conflicts(self, *, include_resolved: bool = True) -> list[ConflictRow]:
        return conflicts(self.desk, include_resolved=include_resolved)

    def named_conflicts(self, *, include_resolved: bool = True) -> list[NamedConflict]:
        return named_conflicts(self.desk, include_resolved=include_resolved)

    def resolve_conflict(self, conflict_id: int, keep_value: Any) -> None:
        resolve_conflict(self.desk, conflict_id, keep_value)


def exchange(desk: Desk) -> ExchangeService:
    """The exchange of ``desk``: ``exchange(desk).export_bundle(...)``."""
    return ExchangeService(desk)


__all__ = [
    "ExchangeService",
    "exchange",
    "ACTIVE",
    "BUNDLE_SUFFIX",
    "REVOKED",
    "BundleLogRow",
    "ConflictRow",
    "NamedConflict",
    "ExchangeError",
    "ExportResult",
    "Outcome",
    "ImportResult",
    "NotAddressed",
    "PartnerInfo",
    "PendingExport",
    "Progress",
    "VerifyResult",
    "bundle_files",
    "bundles",
    "card_fingerprint",
    "conflicts",
    "enrol_partner",
    "export_all",
    "export_bundle",
    "identity_card",
    "import_bundle",
    "import_paths",
    "named_conflicts",
    "own_fingerprint",
    "partners",
    "pending_export",
    "preview_bundle",
    "resolve_conflict",
    "revoke_partner",
    "rotate_identity",
    "setup_identity",
    "verify_bundle",
]
