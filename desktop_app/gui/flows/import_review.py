"""The import-review flow as plain Python: choose files, check each bundle, look at what would
change, then merge what can be merged. The Qt import dialog only draws it.

Checking runs the whole import of each bundle and rolls it back (``preview_bundle``), so what
the user confirms is what the merge will do. Merging imports each sender's bundles in sequence
order, as ``import_paths`` does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.desk import Desk
from desktop_app.errors import ValidationError
from desktop_app.exchange import service
from desktop_app.exchange.service import ImportResult, NotAddressed, Outcome, exchange

CHOOSE, CHECKED, MERGED_STEP = "choose", "checked", "merged"

# Refusal reasons grouped into what a user can act on; the dialog words each group.
REASON_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("not_for_us", ("not addressed to this node", "meant for")),
    ("unknown_sender", ("unknown sender",)),
    ("revoked", ("is revoked", "retired key")),
    ("forged", ("bad signature", "signed with a key", "role does not match")),
    ("replayed", ("sequence", "replay", "older")),
    ("unauthorised", ("no right", "may not", "not allowed", "cannot change", "does not own")),
    (
        "damaged",
        (
            "corrupted",
            "malformed",
            "truncated",
            "does not match",
            "failed authentication",
            "missing from the bundle",
            "unexpected end",
            "not an age file",
        ),
    ),
    ("unreadable", ("cannot read the file",)),
)


def reason_group(reason: str) -> str:
    """Which kind of refusal a reason is ("other" when it fits none)."""
    text = reason.lower()
    for group, needles in REASON_GROUPS:
        if any(needle in text for needle in needles):
            return group
    return "other"


def for_another_desk(result: ImportResult) -> bool:
    """Made for another node, which no key of this one opens, as the exchange says: its
    ``ELSEWHERE`` outcome for a bundle found in a folder, its ``NotAddressed`` refusal for one
    checked on its own. A stick shared between desks holds such files: no error."""
    return result.outcome == Outcome.ELSEWHERE or isinstance(result.error, NotAddressed)


@dataclass
class BundleReview:
    path: Path
    preview: ImportResult
    result: ImportResult | None = None

    @property
    def will_merge(self) -> bool:
        return self.preview.outcome == Outcome.MERGED

    @property
    def elsewhere(self) -> bool:
        return for_another_desk(self.preview)

    @property
    def refused(self) -> bool:
        return self.preview.outcome == Outcome.REFUSED and not self.elsewhere

    @property
    def already(self) -> bool:
        return self.preview.outcome == Outcome.ALREADY

    @property
    def order(self) -> tuple[str, int, str]:
        return (self.preview.sender, self.preview.sequence or 0, str(self.path))


class ImportReview:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.paths: list[Path] = []
        self.reviews: list[BundleReview] = []
        self.step = CHOOSE

    def add(self, paths: list[Path]) -> list[Path]:
        """Add files, or every bundle in folders (a drive); returns the bundle files added."""
        added = [p for p in service.bundle_files(paths) if p not in self.paths]
        self.paths.extend(added)
        self.step = CHOOSE
        return added

    def remove(self, path: Path) -> None:
        self.paths.remove(path)
        self.step = CHOOSE

    def check(self, progress: Callable[[int, int], None] | None = None) -> list[BundleReview]:
        """Verify and preview every chosen bundle; nothing in the store changes."""
        reviews = []
        for index, path in enumerate(self.paths):
            if progress is not None:
                progress(index, len(self.paths))
            reviews.append(BundleReview(path, exchange(self.desk).preview_bundle(path)))
        if progress is not None:
            progress(len(self.paths), len(self.paths))
        self.reviews = sorted(reviews, key=lambda r: r.order)
        self.step = CHECKED
        return self.reviews

    def to_merge(self) -> list[BundleReview]:
        return [review for review in self.reviews if review.will_merge]

    def merge(self, progress: Callable[[int, int], None] | None = None) -> list[BundleReview]:
        """Import the bundles that passed the check, each sender's in sequence order."""
        if self.step != CHECKED:
            raise ValidationError("check the bundles before merging them", "files")
        chosen = self.to_merge()
        for index, review in enumerate(chosen):
            if progress is not None:
                progress(index, len(chosen))
            review.result = exchange(self.desk).import_bundle(review.path)
        if progress is not None:
            progress(len(chosen), len(chosen))
        self.step = MERGED_STEP
        return chosen

    def conflicts_found(self) -> int:
        return sum(
            len(review.result.report.conflicts)
            for review in self.reviews
            if review.result is not None and review.result.report is not None
        )
