"""What the printed identity and transfer documents show, as plain data.

The exchange layer fills these from the node's identity and its bundle log, the reports layer
prints them; both import them from here because neither may import the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class KeyCardData:
    """A node's public identity as printed on its key card."""

    code: str
    name: str
    role: str
    fingerprint: str
    card: bytes  # the signed identity card file, encoded whole in the QR code
    name_en: str = ""
    signing_key: str = ""
    encryption_key: str = ""
    created: dt.datetime | None = None


@dataclass(frozen=True)
class TransferFormData:
    """One bundle from the exchange log, as printed on its transfer form."""

    bundle_id: str
    sender: str
    recipient: str
    sequence: int
    size: int
    sha256: str
    time: dt.datetime
    counts: Mapping[str, int] = field(default_factory=dict)
    direction: str = "out"  # "out" (this node sent it) or "in"
    sender_name: str = ""
    recipient_name: str = ""
    file_name: str = ""
    # The sender's audit log as the bundle named it (0 and "" if it named none).
    audit_count: int = 0
    audit_head: str = ""
