"""The demo build's progress dialog has Cancel; cancelling leaves nothing of the demo behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.gui.tasks import TaskManager
from desktop_app.gui.welcome import build_demo
from desktop_app.store.keyslots import FAST_KDF


def progress_dialog() -> QProgressDialog | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    return next((w for w in shown if w.isVisible()), None)


def test_cancel_stops_the_demo_build_and_removes_it(qtbot: QtBot, tmp_path: Path) -> None:
    tasks = TaskManager()
    built: list[Any] = []
    folder = tmp_path / "demo"
    task = build_demo(None, tasks, built.append, folder=folder, kdf=FAST_KDF)
    assert task is not None
    qtbot.waitUntil(lambda: progress_dialog() is not None, timeout=10_000)
    qtbot.waitUntil((folder / "coordinator").exists, timeout=10_000)
    dialog = progress_dialog()
    assert dialog is not None
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=30_000)
    assert built == []
    assert not folder.exists()
    assert progress_dialog() is None
