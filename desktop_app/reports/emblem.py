"""The issuing body's emblem, kept inside the encrypted store as a node setting.

A setting (not an attachment blob) because the emblem is local presentation, never travels in
bundles and must not show up in the shared-state dump; storing the image itself (not a path)
keeps documents identical when the original file moves, and keeps it off the plain disk.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.utils import ImageReader

from desktop_app.errors import Term, ValidationError

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

SETTING = "emblem"
MAX_BYTES = 512 * 1024
_FORMATS = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def _media_type(data: bytes) -> str:
    for magic, media_type in _FORMATS.items():
        if data.startswith(magic):
            return media_type
    raise ValidationError("the emblem must be a PNG or JPEG image", "emblem")


def set_emblem(desk: Desk, path: Path) -> None:
    """Store the image at ``path`` as the emblem printed in every report header (admin only)."""
    desk.access.require_admin(Term("change the emblem"))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(
            "cannot read {path}: {strerror}", "emblem", path=path, strerror=error.strerror
        ) from None
    if len(data) > MAX_BYTES:
        raise ValidationError("the emblem must be at most {n} KB", "emblem", n=MAX_BYTES // 1024)
    media_type = _media_type(data)
    try:
        ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # reportlab raises whatever the image decoder raises
        raise ValidationError("{name} is not a readable image", "emblem", name=path.name) from None
    desk.set_setting(SETTING, f"data:{media_type};base64,{base64.b64encode(data).decode()}")


def clear_emblem(desk: Desk) -> None:
    desk.set_setting(SETTING, "")


def emblem(desk: Desk) -> bytes | None:
    """The stored emblem image, or None when none is set."""
    value = desk.setting(SETTING)
    if not value.startswith("data:"):
        return None
    return base64.b64decode(value.partition(",")[2])
