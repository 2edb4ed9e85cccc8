"""The exchange's public API: identities, partners, export, import/verify, the log, conflicts.

A facade over the modules that do the work: ``partners`` (this node's keys and its partners),
``export`` (what a partner is sent, and the bundle written), ``receive`` (import, preview,
verify and the merge they drive), ``conflicts`` (the bundle log and the conflicts kept) and
``channel`` (what they share). The CLI and the GUI use only the names below.
"""

from desktop_app.errors import ExchangeError
from desktop_app.exchange.channel import (
    ACTIVE,
    ALREADY,
    BUNDLE_SUFFIX,
    MERGED,
    REFUSED,
    REVOKED,
    SENT,
    Progress,
)
from desktop_app.exchange.conflicts import (
    BundleLogRow,
    ConflictRow,
    bundles,
    conflicts,
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
    VerifyResult,
    bundle_files,
    import_bundle,
    import_paths,
    preview_bundle,
    verify_bundle,
)

__all__ = [
    "ACTIVE",
    "ALREADY",
    "BUNDLE_SUFFIX",
    "MERGED",
    "REFUSED",
    "REVOKED",
    "SENT",
    "BundleLogRow",
    "ConflictRow",
    "ExchangeError",
    "ExportResult",
    "ImportResult",
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
