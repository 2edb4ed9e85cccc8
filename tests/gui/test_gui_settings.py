"""Settings: one's own passphrase (a mismatch shown by the field, then the new one unlocks),
the recovery key, a new user with a role, the classification marking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk, open_desk, open_desk_with_recovery_key
from desktop_app.core.settings import SIGNATORIES
from desktop_app.gui.pages.settings import SettingsPage
from tests.conftest import PASSPHRASE
from tests.gui.conftest import closed, settle
from tests.gui.pages_support import OpenWindow

NEW = "yeni parol ifadəsi ğüşıöçə"


def test_settings_change_the_store(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, coordinator: Desk, open_window: OpenWindow
) -> None:
    home = coordinator.workspace.home
    window = open_window(coordinator)
    window.go("settings", {})
    page = window.page(SettingsPage)
    ctx = window.ctx
    settle(ctx, qtbot)

    page.new_passphrase.setText(NEW)
    page.repeat_passphrase.setText(NEW)
    page.change_button.click()  # without the current passphrase
    settle(ctx, qtbot)
    assert "current passphrase" in page.passphrase_errors.message("current_passphrase")
    page.current_passphrase.setText(PASSPHRASE)
    page.repeat_passphrase.setText(NEW + "!")
    page.change_button.click()
    assert page.passphrase_errors.message("confirmation")
    page.repeat_passphrase.setText(NEW)
    page.change_button.click()
    settle(ctx, qtbot)
    assert page.new_passphrase.text() == ""
    open_desk(home, user="admin", passphrase=NEW).close()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.recovery_button.click()
    settle(ctx, qtbot)
    value = page.findChild(QLineEdit, "recovery-key-value")
    assert value is not None and value.text()
    open_desk_with_recovery_key(home, recovery_key=value.text(), user="admin").close()

    page.add_user_button.click()
    from desktop_app.gui.pages.settings import AddUserDialog

    dialog = page.findChild(AddUserDialog)
    assert dialog is not None
    dialog.name.setText("Gülnarə")
    dialog.role.setCurrentIndex(dialog.role.findData("viewer"))
    dialog.passphrase.setText(NEW)
    assert dialog.meter.bar.value() >= 3 and dialog.meter.hint.text()
    dialog.repeat.setText(NEW)
    dialog.buttons.accepted.emit()
    settle(ctx, qtbot)
    assert closed(dialog)
    qtbot.waitUntil(lambda: page.users_model.rowCount() == 2)
    assert {u.name: u.role for u in page.users_model.rows()}["Gülnarə"] == "viewer"

    page.marking.setText("Məxfi")
    page.markings["marking_ru"].setText("Секретно")
    page.markings["marking_en"].setText("Ə" * 101)  # too long: nothing is saved
    page.marking_button.click()
    settle(ctx, qtbot)
    assert page.document_errors.message("marking_en")
    assert ctx.require_desk().setting("marking") == ""
    page.markings["marking_en"].setText("Secret")
    page.marking_button.click()
    settle(ctx, qtbot)
    desk = ctx.require_desk()
    assert [desk.setting(k) for k in ("marking", "marking_en", "marking_ru")] == [
        "Məxfi", "Secret", "Секретно",
    ]  # fmt: skip
    # An empty field shows what its documents carry then: the marking, never lower words.
    qtbot.waitUntil(lambda: page.markings["marking_ru"].placeholderText() == "Məxfi")

    # The compliance report's signatories; a name too long for the block is refused.
    page.signatories["report_prepared_by"].setText("Məmmədov Əli, baş məsləhətçi")
    page.signatories["report_approved_by"].setText("Ə" * 201)
    page.signatories_button.click()
    settle(ctx, qtbot)
    assert page.document_errors.message("report_approved_by")
    assert ctx.require_desk().setting("report_prepared_by") == ""  # neither saved
    page.signatories["report_approved_by"].setText("Həsənova Gülnar, şöbə müdiri")
    page.signatories_button.click()
    settle(ctx, qtbot)
    desk = ctx.require_desk()
    assert (desk.setting("report_prepared_by"), desk.setting("report_approved_by")) == (
        "Məmmədov Əli, baş məsləhətçi",
        "Həsənova Gülnar, şöbə müdiri",
    )

    # The strategy report's signatories, saved by the same button: refused by its field first.
    fields = page.signatories
    fields["prepared_by_name"].setText("Məmmədov Rəşad")
    fields["prepared_by_position"].setText("Şöbə müdiri")
    fields["approved_by_name"].setText("Ə" * 201)
    page.signatories_button.click()
    qtbot.waitUntil(lambda: page.document_errors.message("approved_by_name") != "")
    assert "longer than 200 characters" in page.document_errors.message("approved_by_name")
    assert desk.setting("prepared_by_name") == ""
    fields["approved_by_name"].setText("Əliyev İlqar")
    fields["approved_by_position_en"].setText("Head of the Service")
    page.signatories_button.click()
    qtbot.waitUntil(lambda: desk.setting("approved_by_position_en") == "Head of the Service")
    assert [desk.setting(key) for role in SIGNATORIES.values() for key in role] == [
        "Məmmədov Rəşad", "Şöbə müdiri", "", "Əliyev İlqar", "", "Head of the Service",
    ]  # fmt: skip


def test_backup_and_restore_from_settings(
    qtbot: QtBot, coordinator: Desk, open_window: OpenWindow, tmp_path: Path
) -> None:
    from desktop_app.core.dump import canonical_json, dump_state

    coordinator.plan.add_institution("CBAR", "Mərkəzi Bank")
    with coordinator.reading() as session:
        expected = canonical_json(dump_state(session))
    window = open_window(coordinator)
    window.go("settings", {})
    page = window.page(SettingsPage)
    settle(window.ctx, qtbot)
    assert page.backup_button.isEnabled()

    backup = tmp_path / "desk.infosec-backup"
    page.backup_to(backup)
    qtbot.waitUntil(lambda: "SHA-256" in page.backup_status.text(), timeout=10_000)
    assert backup.exists() and str(backup) in page.backup_status.text()

    page.restore_from(backup, tmp_path / "restored", "admin", PASSPHRASE)
    qtbot.waitUntil(lambda: "Restored backup 1 of" in page.backup_status.text(), timeout=10_000)
    with open_desk(tmp_path / "restored", user="admin", passphrase=PASSPHRASE) as restored:
        with restored.reading() as session:
            assert canonical_json(dump_state(session)) == expected

    page.restore_from(coordinator.workspace.db_path, tmp_path / "refused", "admin", PASSPHRASE)
    qtbot.waitUntil(lambda: "Not restored" in page.backup_status.text(), timeout=10_000)
    assert "not a usable InfoSec Desk backup" in page.backup_status.text()
    assert not (tmp_path / "refused").exists()
