"""Export to a folder through the dialog, then import into the coordinator with the preview and
the merge; a tampered bundle is refused with its reason in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.exchange import service
from desktop_app.gui.dialogs.export import ExportDialog
from desktop_app.gui.dialogs.import_bundles import ImportDialog
from desktop_app.gui.dialogs.pdf_preview import PdfPreviewDialog
from desktop_app.gui.flows.import_review import reason_group
from desktop_app.gui.pages.exchange import ExchangePage
from tests.exchange_world import enrol, plan_institution, ship
from tests.gui.pages_support import app_ctx, open_page, wait_idle

__all__ = ["app_ctx"]


def two_nodes(coordinator: Desk, make_desk) -> Desk:
    """The coordinator's plan at an institution, which then reports progress on it."""
    institution = make_desk("institution", "MDT", "Rəqəmsal İnkişaf Nazirliyi")
    enrol(coordinator, institution)
    coordinator.plan.set_strategy("İnformasiya təhlükəsizliyi strategiyası", 2023, 2027)
    coordinator.plan.add_direction(1, "Hüquqi bazanın təkmilləşdirilməsi")
    plan_institution(coordinator, "MDT", "Rəqəmsal İnkişaf Nazirliyi")
    coordinator.plan.add_measure("1.1", "Qanunvericiliyin uyğunlaşdırılması", "MDT", direction=1)
    ship(coordinator, institution, coordinator.workspace.home.parent / "stick-0")
    institution.progress.add("1.1", "2026-Q3", "in_progress", 40, "Layihə hazırlanıb")
    return institution


def export_through_dialog(qtbot: QtBot, page: ExchangePage, folder: Path) -> ExportDialog:
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.recipient.currentData() == "SCIS"
    qtbot.waitUntil(lambda: "progress report: 1" in dialog.summary.text())
    dialog.destination.setText(str(folder / "missing"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("destination") != ""
    dialog.destination.setText(str(folder))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_box.isVisible, timeout=20_000)
    return dialog


def test_export_then_import_with_preview_and_merge(
    qtbot: QtBot, qtmodeltester, coordinator: Desk, make_desk, app_ctx, tmp_path: Path
) -> None:
    institution = two_nodes(coordinator, make_desk)
    stick = tmp_path / "stick"
    stick.mkdir()

    # The institution exports to a folder: what was written is shown for the transfer form.
    inst_ctx = app_ctx(institution)
    inst_page = open_page(qtbot, inst_ctx, ExchangePage)
    dialog = export_through_dialog(qtbot, inst_page, stick)
    result = dialog.result_value
    assert result is not None and result.path.parent == stick
    assert dialog.file_name.text().startswith(result.path.name)
    assert dialog.sha256.text().replace(" ", "").replace("\n", "") == result.sha256
    assert f"{result.size:,}" in dialog.size_label.text()
    # The transfer form renders in memory and opens in a preview.
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(PdfPreviewDialog, "transfer-form-preview") is not None)
    form = dialog.findChild(PdfPreviewDialog, "transfer-form-preview")
    qtbot.waitUntil(form.preview.is_ready)
    assert form.preview.document.pageCount() >= 1
    form.accept()
    dialog.reject()
    wait_idle(qtbot, inst_ctx)
    assert ("out", "SCIS", "sent") in [
        (r.direction, r.peer, r.outcome) for r in inst_page.model.rows()
    ]
    qtmodeltester.check(inst_page.model)

    # The coordinator imports the folder: check shows the preview, nothing changes until merge.
    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, ExchangePage)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    importer = page.dialog
    assert isinstance(importer, ImportDialog)
    importer.add_paths([stick])
    assert importer.files.count() == 1 and importer.check_button.isEnabled()
    qtbot.mouseClick(importer.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(importer.merge_button.isEnabled, timeout=20_000)
    top = importer.results.topLevelItem(0)
    assert top.text(1) == "Verified: can be merged"
    assert "1 new" in top.text(2)
    kinds = [top.child(i).text(1) for i in range(top.childCount())]
    assert "progress report" in kinds
    assert not any(r.work_done == "Layihə hazırlanıb" for r in coordinator.progress.rows())
    qtbot.mouseClick(importer.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importer.summary.text().startswith("1 bundle merged"), timeout=20_000)
    assert importer.results.topLevelItem(0).text(1) == "Merged"
    wait_idle(qtbot, ctx)
    assert [r.outcome for r in service.bundles(coordinator) if r.direction == "in"] == ["merged"]
    assert any(r.work_done == "Layihə hazırlanıb" for r in coordinator.progress.rows())
    assert page.model.rowCount() >= 1


def test_tampered_bundle_refused_with_reason(
    qtbot: QtBot, coordinator: Desk, make_desk, app_ctx, tmp_path: Path
) -> None:
    institution = two_nodes(coordinator, make_desk)
    stick = tmp_path / "stick"
    stick.mkdir()
    exported = service.export_bundle(institution, "SCIS", stick)
    data = bytearray(exported.path.read_bytes())
    data[len(data) - 40] ^= 0x01
    exported.path.write_bytes(bytes(data))

    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, ExchangePage)
    page.open_import()
    importer = page.dialog
    assert isinstance(importer, ImportDialog)
    importer.add_paths([exported.path])
    qtbot.mouseClick(importer.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importer.results.topLevelItemCount() == 1, timeout=20_000)
    top = importer.results.topLevelItem(0)
    assert top.text(1).startswith("Refused: the file was changed or damaged")
    assert top.child(0).text(1).startswith("Technical reason: ")
    assert not importer.merge_button.isEnabled()
    assert "refused" in importer.summary.text()
    assert [r for r in service.bundles(coordinator) if r.direction == "in"] == []


def test_reason_groups() -> None:
    assert reason_group("not addressed to this node: none of its keys opens it") == "not_for_us"
    assert reason_group("corrupted age file: a payload chunk failed authentication") == "damaged"
    assert reason_group("bad signature: not made by MDT's key") == "forged"
    assert reason_group("unknown sender XYZ: enrol it first") == "unknown_sender"
    assert reason_group("something new") == "other"
