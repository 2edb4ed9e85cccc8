"""The Partners and keys page: own fingerprint and key card, enrol with the fingerprint
confirmed, revoke, rotate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.exchange import service
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs.pdf_preview import PdfPreviewDialog
from desktop_app.gui.flows.setup import save_card
from desktop_app.gui.pages.partners import EnrolDialog, PartnersPage
from tests.conftest import DeskFactory, SteppingClock
from tests.gui.pages_support import AppCtx, app_ctx, open_page, wait_idle

__all__ = ["app_ctx"]


def _preview(page: PartnersPage) -> PdfPreviewDialog:
    dialog = page.dialog
    assert isinstance(dialog, PdfPreviewDialog)
    return dialog


def answer_yes(qtbot: QtBot, page: PartnersPage, ctx: AppContext) -> None:
    box = page.dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, ctx)


def test_enrol_revoke_rotate_and_key_card(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    coordinator: Desk,
    make_desk: DeskFactory,
    app_ctx: AppCtx,
    tmp_path: Path,
) -> None:
    service.setup_identity(coordinator)
    institution = make_desk("institution", "MDT", "Rəqəmsal İnkişaf Nazirliyi")
    service.setup_identity(institution)
    card = tmp_path / "MDT.card"
    save_card(institution, card)

    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, PartnersPage)
    assert page.own_fingerprint.text() == service.own_fingerprint(coordinator)
    assert page.model.rowCount() == 0 and page.enrol_button.isEnabled()

    # Enrolling needs the fingerprint compared; it is shown large.
    page.enrol_card(card)
    dialog = page.dialog
    assert isinstance(dialog, EnrolDialog)
    assert dialog.fingerprint.text() == service.own_fingerprint(institution)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "Compare the fingerprint" in dialog.errors.message("fingerprint")
    dialog.confirmed.setChecked(True)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)
    wait_idle(qtbot, ctx)
    assert [(p.code, p.status) for p in page.model.rows()] == [("MDT", "active")]
    qtmodeltester.check(page.model)

    # A file that is not a card is refused by the page, not with a traceback.
    junk = tmp_path / "junk.card"
    junk.write_text("not a card")
    page.enrol_card(junk)
    assert page.error.isVisible() and page.dialog is None

    # Revoke, after a question.
    page.view.selectRow(0)
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    answer_yes(qtbot, page, ctx)
    assert [p.status for p in service.partners(coordinator)] == ["revoked"]
    assert page.model.rows()[0].status == "revoked"

    # Rotate: a new fingerprint.
    before = page.own_fingerprint.text()
    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)
    answer_yes(qtbot, page, ctx)
    assert page.own_fingerprint.text() == service.own_fingerprint(coordinator) != before

    # The key card renders in memory and shows in the preview.
    qtbot.mouseClick(page.card_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, PdfPreviewDialog))
    # No Python reference to the preview outlives the dialog (PySide crashes deleting it).
    qtbot.waitUntil(lambda: _preview(page).preview.is_ready())  # noqa: PLW0108 (see above)
    assert _preview(page).preview.document.pageCount() >= 1
    _preview(page).accept()


def test_viewer_cannot_enrol(
    qtbot: QtBot, coordinator: Desk, app_ctx: AppCtx, clock: SteppingClock
) -> None:
    from desktop_app.core.desk import open_desk
    from tests.conftest import PASSPHRASE

    service.setup_identity(coordinator)
    coordinator.users.add("baxan", "viewer", PASSPHRASE)
    viewer = open_desk(coordinator.workspace.home, user="baxan", passphrase=PASSPHRASE, clock=clock)
    ctx = app_ctx(viewer)
    page = open_page(qtbot, ctx, PartnersPage)
    assert page.card_button.isEnabled()
    assert not page.enrol_button.isEnabled() and not page.rotate_button.isEnabled()
