"""Shared fixtures: real encrypted stores in temporary folders, a pinned clock."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.core.desk import Desk, create_desk
from desktop_app.core.models import NodeRole
from desktop_app.store.keyslots import FAST_KDF

PASSPHRASE = "correct horse battery staple"
# 2026-09-15 09:00 UTC: a fixed "now" so dates, overdue checks and stamps are repeatable.
PINNED_MS = 1_789_462_800_000


class SteppingClock:
    """A pinned clock that moves one millisecond per reading, so stamps stay distinct."""

    def __init__(self, start_ms: int = PINNED_MS) -> None:
        self.ms = start_ms

    def now_ms(self) -> int:
        self.ms += 1
        return self.ms

    def advance(self, seconds: float) -> None:
        self.ms += int(seconds * 1000)


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


DeskFactory = Callable[..., Desk]


@pytest.fixture
def make_desk(tmp_path: Path, clock: SteppingClock) -> Iterator[DeskFactory]:
    """Create a node: ``make_desk("coordinator", "SCIS")``; closed at the end of the test."""
    opened: list[Desk] = []

    def factory(
        role: str = NodeRole.COORDINATOR.value,
        code: str = "SCIS",
        name: str | None = None,
        name_en: str = "",
        user: str = "admin",
        home: Path | None = None,
    ) -> Desk:
        desk = create_desk(
            home or tmp_path / code,
            role=role,
            code=code,
            name=name or f"{code} institution",
            name_en=name_en,
            user=user,
            passphrase=PASSPHRASE,
            kdf=FAST_KDF,
            clock=clock,
        )
        opened.append(desk)
        return desk

    yield factory
    for desk in opened:
        desk.close()


@pytest.fixture
def coordinator(make_desk: DeskFactory) -> Desk:
    return make_desk(
        "coordinator",
        "SCIS",
        "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti",
        "Special Communication and Information Security State Service",
    )
