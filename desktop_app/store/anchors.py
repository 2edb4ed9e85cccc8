"""Audit anchors: each user's last audit head (entry number and hash), signed with that user's
own key and kept beside the database, in ``audit-anchors.json``.

The database alone cannot show that its newest entries were removed: whoever holds the data key
can cut the log short and leave a valid chain. An anchor is outside the database and signed by
a key the data key does not open, so a log that ends before an anchor, or differs at it, shows.
Whoever can write the folder can still delete the file or put back an older copy of it.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import StoreError
from desktop_app.store.atomic import atomic_write_bytes

ANCHOR_NAME = "audit-anchors.json"
FORMAT = "infosec-desk-audit-anchors"


@dataclass(frozen=True)
class Anchor:
    user: str
    seq: int
    hash: str
    signature: bytes


def load_anchors(home: Path) -> tuple[list[Anchor], StoreError | None]:
    """The anchors in ``home``, and a problem (None if none) when the file is unreadable."""
    path = Path(home) / ANCHOR_NAME
    try:
        document = json.loads(path.read_bytes())
    except FileNotFoundError:
        return [], None
    except (OSError, ValueError) as exc:
        return [], StoreError("{path} is unreadable ({reason})", path=path, reason=exc)
    try:
        if document["format"] != FORMAT:
            raise ValueError("not an anchor file")
        anchors = [
            Anchor(
                str(item["user"]),
                int(item["seq"]),
                str(item["hash"]),
                base64.b64decode(item["signature"], validate=True),
            )
            for item in document["anchors"]
        ]
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        return [], StoreError("{path} is damaged ({reason})", path=path, reason=exc)
    return anchors, None


def save_anchor(home: Path, anchor: Anchor) -> None:
    """Put ``anchor`` in place of the user's older one; an anchor is never moved backwards."""
    present = load_anchors(home)[0]
    kept = [a for a in present if a.user != anchor.user]
    older = [a for a in present if a.user == anchor.user and a.seq > anchor.seq]
    document = {
        "format": FORMAT,
        "anchors": [
            {
                "user": a.user,
                "seq": a.seq,
                "hash": a.hash,
                "signature": base64.b64encode(a.signature).decode("ascii"),
            }
            for a in [*kept, *(older or [anchor])]
        ],
    }
    text = json.dumps(document, indent=1, ensure_ascii=False) + "\n"
    atomic_write_bytes(Path(home) / ANCHOR_NAME, text.encode("utf-8"))
