"""Settings → Users and roles: an admin removes a user or resets another's passphrase. Each
asks first and says what the re-key does; afterwards only the right passphrases open the real
store, and the admin is told which key slots went (here the recovery key, made anew at once).
A non-admin, and an admin about their own account, get neither button."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk, open_desk, open_desk_with_recovery_key
from desktop_app.errors import StoreError, WrongPassphrase
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.pages.settings import ResetPassphraseDialog, SettingsPage
from tests.conftest import PASSPHRASE
from tests.gui.conftest import closed, settle
from tests.gui.pages_support import OpenWindow

VIEWER = "Gülnarə"
VIEWER_PASS = "qırmızı alma yeddi dəfə düşdü"
NEW = "yeni parol ifadəsi ğüşıöçə"


@pytest.fixture
def with_viewer(coordinator: Desk) -> str:
    """The coordinator with a viewer and a recovery key (which a re-key drops); the key."""
    coordinator.users.add(VIEWER, "viewer", VIEWER_PASS)
    return coordinator.users.new_recovery_key()


def settings_page(qtbot: QtBot, window: MainWindow) -> SettingsPage:
    window.go("settings", {})
    settle(window.ctx, qtbot)
    page = window.page(SettingsPage)
    assert isinstance(page, SettingsPage)
    return page


def select(page: SettingsPage, name: str) -> None:
    names = [user.name for user in page.users_model.rows()]
    page.users.setCurrentIndex(page.users_model.index(names.index(name), 0))


def message_box(qtbot: QtBot, page: SettingsPage, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, name) is not None)
    box = page.findChild(QMessageBox, name)
    assert isinstance(box, QMessageBox)
    return box


def made_recovery_key(qtbot: QtBot, page: SettingsPage, outcome: QMessageBox) -> str:
    """The outcome's button makes a new recovery key through the page's own flow."""
    button = outcome.findChild(QPushButton, "make-recovery-key")
    assert button is not None
    button.click()
    settle(page.ctx, qtbot)
    value = page.findChild(QLineEdit, "recovery-key-value")
    assert value is not None and value.text()
    return value.text()


def test_removing_a_user_asks_then_rekeys(
    qtbot: QtBot, coordinator: Desk, with_viewer: str, open_window: OpenWindow
) -> None:
    home, old_key = coordinator.workspace.home, coordinator.data_key
    page = settings_page(qtbot, open_window(coordinator))
    select(page, "admin")
    assert not page.remove_user_button.isEnabled()  # the core refuses one's own removal
    assert not page.reset_button.isEnabled()  # one's own passphrase: under "Your account"
    select(page, VIEWER)
    assert page.remove_user_button.isEnabled() and page.reset_button.isEnabled()

    page.remove_user_button.click()
    box = message_box(qtbot, page, "remove-user-confirmation")
    said = box.informativeText()
    assert "re-keyed" in said and f"{VIEWER}'s key slot" in said
    assert "The recovery key stops working too" in said
    assert f"Backups made before still open with the passphrases of that time, {VIEWER}'s" in said
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle(page.ctx, qtbot)
    assert {u.name for u in page.users_model.rows()} == {"admin", VIEWER}
    assert coordinator.data_key == old_key
    open_desk(home, user=VIEWER, passphrase=VIEWER_PASS).close()

    select(page, VIEWER)
    page.remove_user_button.click()
    box = message_box(qtbot, page, "remove-user-confirmation")
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(page.ctx, qtbot)
    outcome = message_box(qtbot, page, "rekey-outcome")
    assert f"{VIEWER} was removed." in outcome.text()
    assert f"Key slots dropped: {VIEWER}, the recovery key." in outcome.informativeText()
    qtbot.waitUntil(lambda: [u.name for u in page.users_model.rows()] == ["admin"])
    assert coordinator.data_key != old_key
    with pytest.raises(StoreError, match=f"user {VIEWER} has no key slot"):
        open_desk(home, user=VIEWER, passphrase=VIEWER_PASS)
    open_desk(home, user="admin", passphrase=PASSPHRASE).close()
    with pytest.raises(StoreError, match="this store has no recovery key"):
        open_desk_with_recovery_key(home, recovery_key=with_viewer, user="admin")
    assert not page.has_recovery_key

    key = made_recovery_key(qtbot, page, outcome)
    open_desk_with_recovery_key(home, recovery_key=key, user="admin").close()


def test_resetting_a_passphrase_asks_for_a_strong_one_twice(
    qtbot: QtBot, coordinator: Desk, with_viewer: str, open_window: OpenWindow
) -> None:
    home = coordinator.workspace.home
    page = settings_page(qtbot, open_window(coordinator))
    select(page, VIEWER)
    page.reset_button.click()
    dialog = page.findChild(ResetPassphraseDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.buttons.rejected.emit()  # Cancel: nothing happens
    assert closed(dialog)

    page.reset_button.click()
    qtbot.waitUntil(lambda: not closed(page.findChild(ResetPassphraseDialog)))
    dialog = next(d for d in page.findChildren(ResetPassphraseDialog) if not closed(d))
    dialog.passphrase.setText("password1")
    assert dialog.meter.bar.value() < 3 and dialog.meter.hint.text()
    dialog.repeat.setText("password1")
    dialog.buttons.accepted.emit()
    settle(page.ctx, qtbot)
    assert "too easy to guess" in dialog.errors.message("passphrase")
    dialog.passphrase.setText(NEW)
    assert dialog.meter.bar.value() >= 3
    dialog.repeat.setText(NEW + "!")
    dialog.buttons.accepted.emit()
    assert dialog.errors.message("confirmation")
    open_desk(home, user=VIEWER, passphrase=VIEWER_PASS).close()  # nothing changed yet

    dialog.repeat.setText(NEW)
    dialog.buttons.accepted.emit()
    settle(page.ctx, qtbot)
    assert closed(dialog)
    outcome = message_box(qtbot, page, "rekey-outcome")
    assert f"{VIEWER}'s passphrase was reset." in outcome.text()
    assert "Key slots dropped: the recovery key." in outcome.informativeText()
    with open_desk(home, user=VIEWER, passphrase=NEW) as viewer:
        assert viewer.data_key == coordinator.data_key
    with pytest.raises(WrongPassphrase):
        open_desk(home, user=VIEWER, passphrase=VIEWER_PASS)
    open_desk(home, user="admin", passphrase=PASSPHRASE).close()


def test_a_non_admin_gets_neither_button(
    qtbot: QtBot, coordinator: Desk, with_viewer: str, open_window: OpenWindow
) -> None:
    viewer = open_desk(coordinator.workspace.home, user=VIEWER, passphrase=VIEWER_PASS)
    page = settings_page(qtbot, open_window(viewer))
    for name in ("admin", VIEWER):
        select(page, name)
        assert not page.remove_user_button.isEnabled()
        assert not page.reset_button.isEnabled()
