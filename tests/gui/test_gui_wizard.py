"""The set-up wizard driven through its widgets: validation by the field, keys made on a worker,
the coordinator's card enrolled after the fingerprint is confirmed, the key card saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk, open_desk
from desktop_app.core.models import NodeRole
from desktop_app.errors import DeskError
from desktop_app.exchange import service
from desktop_app.gui import i18n
from desktop_app.gui.flows.setup import SetupFlow
from desktop_app.gui.setup_wizard import PAGE_IDS, SetupWizard
from desktop_app.gui.tasks import TaskManager
from desktop_app.gui.welcome import WelcomeDialog
from desktop_app.store.keyslots import FAST_KDF
from desktop_app.store.workspace import Workspace
from tests.conftest import PASSPHRASE, SteppingClock


def made_desk(wizard: SetupWizard) -> Desk:
    """The store the wizard made, which must be there."""
    desk = wizard.desk
    assert desk is not None
    return desk


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskManager]:
    """A manager that outlives the test's wizard, as the application's does: dropped with
    the test's locals, it died while its tasks' deferred deletions were still queued."""
    manager = TaskManager()
    yield manager
    manager.wait_idle()
    qtbot.waitUntil(lambda: not manager.busy, timeout=15_000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_wizard_sets_up_an_institution(
    qtbot: QtBot, tmp_path: Path, coordinator: Desk, clock: SteppingClock, tasks: TaskManager
) -> None:
    service.setup_identity(coordinator)
    card = tmp_path / "SCIS.card"
    card.write_bytes(service.identity_card(coordinator))

    wizard = SetupWizard(SetupFlow(tmp_path / "RINN", kdf=FAST_KDF, clock=clock), tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    wizard.role_page.buttons[NodeRole.INSTITUTION].setChecked(True)
    next_button.click()
    assert wizard.currentId() == PAGE_IDS["node"]

    page = wizard.node_page
    page.code.setText("bad code")
    page.name.setText("Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi")
    next_button.click()
    assert wizard.currentId() == PAGE_IDS["node"]
    assert page.errors.message("code").startswith("Code must be")
    page.code.setText("RINN")
    next_button.click()
    assert wizard.currentId() == PAGE_IDS["user"]

    user = wizard.user_page
    user.passphrase.setText(PASSPHRASE)
    assert user.meter.bar.value() >= 2 and user.meter.hint.text()
    user.confirmation.setText(PASSPHRASE + "x")
    next_button.click()
    assert wizard.currentId() == PAGE_IDS["user"]
    assert user.errors.message("confirmation")
    assert user.passphrase.text() == PASSPHRASE  # nothing typed is lost
    user.confirmation.setText(PASSPHRASE)
    next_button.click()
    assert wizard.currentId() == PAGE_IDS["keys"]

    qtbot.waitUntil(wizard.keys_page.isComplete, timeout=15_000)
    assert wizard.keys_page.fingerprint.text() == service.own_fingerprint(made_desk(wizard))
    next_button.click()
    assert wizard.currentId() == PAGE_IDS["partner"]

    partner = wizard.partner_page
    assert not partner.isComplete()
    partner.load(card)
    assert partner.fingerprint.text() == service.own_fingerprint(coordinator)
    partner.matches.setChecked(True)
    next_button.click()
    assert [p.code for p in service.partners(made_desk(wizard))] == ["SCIS"]

    # The recovery key is shown, and the wizard goes on only once it is noted down.
    assert wizard.currentId() == PAGE_IDS["recovery"]
    recovery = wizard.recovery_page
    qtbot.waitUntil(lambda: not recovery.running, timeout=15_000)
    key = recovery.key.text()
    assert Workspace(tmp_path / "RINN").unlock_with_recovery_key(key) == made_desk(wizard).data_key
    assert not recovery.isComplete() and not next_button.isEnabled()
    # Printed straight to a printer (here one that writes a PDF, to read the sheet back).
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    recovery.print_to(printer)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "printed.pdf").pages)
    sheet = " ".join(text.split())
    assert key in sheet.replace(" ", "") and "RINN" in sheet and "recovery key" in sheet
    recovery.noted.setChecked(True)
    assert next_button.isEnabled()
    next_button.click()
    assert wizard.currentId() == PAGE_IDS["finish"]

    # Both things a partner needs: the card file to load and the key card to print.
    finish = wizard.finish_page
    card_file = tmp_path / "RINN.card"
    finish.save_card_to(card_file)
    qtbot.waitUntil(lambda: bool(finish.saved.text()), timeout=15_000)
    assert card_file.read_bytes() == service.identity_card(made_desk(wizard))
    out = tmp_path / "RINN-key-card.pdf"
    finish.saved.clear()
    finish.save_to(out)
    qtbot.waitUntil(lambda: bool(finish.saved.text()), timeout=15_000)
    assert out.read_bytes().startswith(b"%PDF")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    tasks.wait_idle()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=15_000)
    made_desk(wizard).close()


def test_coordinator_wizard_has_no_partner_step(
    qtbot: QtBot, tmp_path: Path, clock: SteppingClock, tasks: TaskManager
) -> None:
    wizard = SetupWizard(SetupFlow(tmp_path / "SCIS", kdf=FAST_KDF, clock=clock), tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.role_page.buttons[NodeRole.COORDINATOR].setChecked(True)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    wizard.node_page.code.setText("SCIS")
    wizard.node_page.name.setText("Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti")
    next_button.click()
    wizard.user_page.passphrase.setText(PASSPHRASE)
    wizard.user_page.confirmation.setText(PASSPHRASE)
    next_button.click()
    qtbot.waitUntil(wizard.keys_page.isComplete, timeout=15_000)
    next_button.click()
    _note_recovery_key(wizard, qtbot)
    assert wizard.currentId() == PAGE_IDS["finish"]
    tasks.wait_idle()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=15_000)
    made_desk(wizard).close()


def _walk_to_keys(
    wizard: SetupWizard, qtbot: QtBot, role: NodeRole, code: str, user: str, secret: str
) -> str:
    """From the current page to the keys page with these answers; the fingerprint made."""
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    while wizard.currentId() != PAGE_IDS["keys"]:
        current = wizard.currentId()
        if current == PAGE_IDS["role"]:
            wizard.role_page.buttons[role].setChecked(True)
        elif current == PAGE_IDS["node"]:
            wizard.node_page.code.setText(code)
            wizard.node_page.name.setText(f"{code} qurumu")
        elif current == PAGE_IDS["user"]:
            wizard.user_page.user.setText(user)
            wizard.user_page.passphrase.setText(secret)
            wizard.user_page.confirmation.setText(secret)
        next_button.click()
        assert wizard.currentId() != current, "a page refused its answers"
    qtbot.waitUntil(wizard.keys_page.isComplete, timeout=15_000)
    return wizard.keys_page.fingerprint.text()


def _note_recovery_key(wizard: SetupWizard, qtbot: QtBot) -> None:
    assert wizard.currentId() == PAGE_IDS["recovery"]
    qtbot.waitUntil(lambda: not wizard.recovery_page.running, timeout=15_000)
    wizard.recovery_page.noted.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()


def _back_to(wizard: SetupWizard, step: str) -> None:
    while wizard.currentId() != PAGE_IDS[step]:
        wizard.back()


# Each answer needs a passphrase strong enough for a new store (zxcvbn score 3).
FIRST, SECOND, THIRD = (f"{n} parol ifadəsi 2026" for n in ("Birinci", "İkinci", "Üçüncü"))


def test_going_back_and_changing_any_page_remakes_the_store(
    qtbot: QtBot, tmp_path: Path, clock: SteppingClock, tasks: TaskManager
) -> None:
    home = tmp_path / "desk"
    flow = SetupFlow(home, kdf=FAST_KDF, clock=clock)
    wizard = SetupWizard(flow, tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    first = _walk_to_keys(wizard, qtbot, NodeRole.INSTITUTION, "RINN", "admin", FIRST)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_IDS["partner"]

    # Back twice, another user and passphrase: a new store and new keys, not the old ones.
    _back_to(wizard, "user")
    second = _walk_to_keys(wizard, qtbot, NodeRole.INSTITUTION, "RINN", "clerk", SECOND)
    assert second and second != first
    # Back to the node page with the same answers: nothing is remade.
    _back_to(wizard, "node")
    assert _walk_to_keys(wizard, qtbot, NodeRole.INSTITUTION, "RINN", "clerk", SECOND) == second
    # Another code, then another role: each time made again from the last answers.
    _back_to(wizard, "node")
    third = _walk_to_keys(wizard, qtbot, NodeRole.INSTITUTION, "MINDIG", "clerk", SECOND)
    _back_to(wizard, "role")
    last = _walk_to_keys(wizard, qtbot, NodeRole.COORDINATOR, "MINDIG", "clerk", THIRD)
    assert len({first, second, third, last}) == 4
    wizard.button(QWizard.WizardButton.NextButton).click()
    _note_recovery_key(wizard, qtbot)
    assert wizard.currentId() == PAGE_IDS["finish"]
    wizard.button(QWizard.WizardButton.FinishButton).click()
    tasks.wait_idle()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=15_000)
    made_desk(wizard).close()

    # The store opens with what was entered last, and with nothing entered before.
    with open_desk(home, user="clerk", passphrase=THIRD) as desk:
        assert (desk.node.code, desk.node.role) == ("MINDIG", NodeRole.COORDINATOR)
        assert service.own_fingerprint(desk) == last
    for user, secret in (("admin", FIRST), ("clerk", SECOND)):
        with pytest.raises(DeskError):
            open_desk(home, user=user, passphrase=secret)


@pytest.mark.parametrize("step", ["role", "user", "keys", "partner", "recovery", "finish"])
def test_cancel_at_any_step_leaves_no_store(
    qtbot: QtBot, tmp_path: Path, clock: SteppingClock, tasks: TaskManager, step: str
) -> None:
    home = tmp_path / "desk"
    wizard = SetupWizard(SetupFlow(home, kdf=FAST_KDF, clock=clock), tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    if step in ("keys", "partner", "recovery", "finish"):
        _walk_to_keys(wizard, qtbot, NodeRole.INSTITUTION, "RINN", "admin", PASSPHRASE)
        assert Workspace(home).exists()
    if step in ("partner", "recovery", "finish"):
        wizard.button(QWizard.WizardButton.NextButton).click()
    if step in ("recovery", "finish"):
        wizard.partner_page.later.setChecked(True)
        wizard.button(QWizard.WizardButton.NextButton).click()
    if step == "finish":
        _note_recovery_key(wizard, qtbot)
    elif step == "user":
        wizard.button(QWizard.WizardButton.NextButton).click()
        wizard.node_page.code.setText("RINN")
        wizard.node_page.name.setText("Nazirlik")
        wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_IDS[step]
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert wizard.desk is None
    assert not home.exists()


def test_the_language_is_chosen_on_the_welcome_screen_and_in_the_wizard(
    qtbot: QtBot, tmp_path: Path, clock: SteppingClock, tasks: TaskManager, settings: QSettings
) -> None:
    welcome = WelcomeDialog(settings=settings)
    qtbot.addWidget(welcome)
    welcome.show()
    try:
        welcome.language.choose("az")  # Qt posts the change to every window
        qtbot.waitUntil(lambda: welcome.setup_button.text() == "Bu kompüteri quraşdır")
        assert welcome.windowTitle() != "Welcome to InfoSec Desk"
        assert settings.value("language") == "az"

        flow = SetupFlow(tmp_path / "desk", kdf=FAST_KDF, clock=clock)
        flow.set_node("RINN", "Nazirlik")
        wizard = SetupWizard(flow, tasks, settings=settings)
        qtbot.addWidget(wizard)
        wizard.show()
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        assert next_button.text() == "&İrəli >"  # Qt's own buttons in Azerbaijani too
        assert wizard.button(QWizard.WizardButton.CancelButton).text() == "İmtina"

        wizard.role_page.language.choose("ru")
        qtbot.waitUntil(
            lambda: wizard.role_page.buttons[NodeRole.INSTITUTION].text() == "Учреждение"
        )
        assert next_button.text() == "&Далее >"
        assert welcome.setup_button.text() == "Настроить этот компьютер"  # every open window
        qtbot.waitUntil(lambda: wizard.node_page.title() == "Это учреждение")
        next_button.click()
        assert wizard.currentId() == PAGE_IDS["node"]
        assert wizard.node_page.code.text() == "RINN"  # the answers survive the new pages
        wizard.node_page.code.setText("")
        next_button.click()
        assert wizard.node_page.errors.message("code").startswith("Код:")
        assert settings.value("language") == "ru"
    finally:
        i18n.install("en")
