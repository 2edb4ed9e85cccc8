"""Export to a folder through the dialog, then import into the coordinator with the preview and
the merge; a tampered bundle is refused with its reason in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.desk import Desk
from desktop_app.exchange import service
from desktop_app.gui.dialogs.export import BundlePanel, ExportDialog
from desktop_app.gui.dialogs.import_bundles import ImportDialog
from desktop_app.gui.dialogs.pdf_preview import PdfPreviewDialog
from desktop_app.gui.flows.import_review import reason_group
from desktop_app.gui.pages.exchange import ExchangePage
from desktop_app.gui.pages.parts import WARNING_COLOUR
from tests.conftest import DeskFactory
from tests.exchange_world import craft_bundle, enrol, nested_manifest, plan_institution, ship
from tests.gui.pages_support import AppCtx, app_ctx, child_item, open_page, top_item, wait_idle

__all__ = ["app_ctx"]


def two_nodes(coordinator: Desk, make_desk: DeskFactory) -> Desk:
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
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    coordinator: Desk,
    make_desk: DeskFactory,
    app_ctx: AppCtx,
    tmp_path: Path,
) -> None:
    institution = two_nodes(coordinator, make_desk)
    stick = tmp_path / "stick"
    stick.mkdir()

    # The institution exports to a folder: what was written is shown for the transfer form.
    inst_ctx = app_ctx(institution)
    inst_page = open_page(qtbot, inst_ctx, ExchangePage)
    dialog = export_through_dialog(qtbot, inst_page, stick)
    [result] = dialog.results
    [panel] = dialog.panels
    assert result.path.parent == stick
    assert panel.file_name.text().startswith(result.path.name)
    assert panel.sha256.text().replace(" ", "").replace("\n", "") == result.sha256
    assert f"{result.size:,}" in panel.size_label.text()
    # The transfer form renders in memory and opens in a preview.
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.findChild(PdfPreviewDialog, "transfer-form-preview") is not None)
    form = panel.findChild(PdfPreviewDialog, "transfer-form-preview")
    assert form is not None
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
    top = top_item(importer.results, 0)
    assert top.text(1) == "Verified: can be merged"
    assert "1 new" in top.text(2)
    kinds = [child_item(top, i).text(1) for i in range(top.childCount())]
    assert "progress report" in kinds
    assert not any(r.work_done == "Layihə hazırlanıb" for r in coordinator.progress.rows())
    qtbot.mouseClick(importer.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importer.summary.text().startswith("1 bundle merged"), timeout=20_000)
    assert top_item(importer.results, 0).text(1) == "Merged"
    wait_idle(qtbot, ctx)
    assert [r.outcome for r in service.bundles(coordinator) if r.direction == "in"] == ["merged"]
    assert any(r.work_done == "Layihə hazırlanıb" for r in coordinator.progress.rows())
    assert page.model.rowCount() >= 1


def test_tampered_bundle_refused_with_reason(
    qtbot: QtBot, coordinator: Desk, make_desk: DeskFactory, app_ctx: AppCtx, tmp_path: Path
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
    top = top_item(importer.results, 0)
    assert top.text(1).startswith("Refused: the file was changed or damaged")
    assert child_item(top, 0).text(1).startswith("Technical reason: ")
    assert not importer.merge_button.isEnabled()
    assert "refused" in importer.summary.text()
    assert [r for r in service.bundles(coordinator) if r.direction == "in"] == []


def test_a_bad_file_beside_a_genuine_bundle_does_not_block_the_check(
    qtbot: QtBot, coordinator: Desk, make_desk: DeskFactory, app_ctx: AppCtx, tmp_path: Path
) -> None:
    """A signed manifest nested 200,000 deep, a file that is no bundle at all and one that cannot
    be read, in the folder of a genuine bundle: each is refused on its own row, the genuine one
    checks and merges."""
    institution = two_nodes(coordinator, make_desk)
    stick = tmp_path / "stick"
    craft_bundle(institution, coordinator, stick, edit_manifest=nested_manifest, sequence=2)
    (stick / "garbage.age").write_bytes(b"\0" * 64)
    (stick / "bad-sector.age").symlink_to("/proc/self/mem")  # every read fails: EIO
    genuine = service.export_bundle(institution, "SCIS", stick)

    ctx = app_ctx(coordinator)
    page = open_page(qtbot, ctx, ExchangePage)
    page.open_import()
    importer = page.dialog
    assert isinstance(importer, ImportDialog)
    importer.add_paths([stick])
    assert importer.files.count() == 4
    qtbot.mouseClick(importer.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(importer.merge_button.isEnabled, timeout=20_000)
    assert importer.error.isHidden()
    rows = {
        top_item(importer.results, i).toolTip(0): top_item(importer.results, i)
        for i in range(importer.results.topLevelItemCount())
    }
    assert len(rows) == 4
    assert rows.pop(str(genuine.path)).text(1) == "Verified: can be merged"
    for row in rows.values():
        assert row.text(1).startswith("Refused: ")
        assert "\n" not in child_item(row, 0).text(1)
    assert "3 bundles refused" in importer.summary.text()
    qtbot.mouseClick(importer.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importer.summary.text().startswith("1 bundle merged"), timeout=20_000)
    wait_idle(qtbot, ctx)
    assert any(r.work_done == "Layihə hazırlanıb" for r in coordinator.progress.rows())


def test_reason_groups() -> None:
    assert reason_group("not addressed to this node: none of its keys opens it") == "not_for_us"
    assert reason_group("corrupted age file: a payload chunk failed authentication") == "damaged"
    assert reason_group("bad signature: not made by MDT's key") == "forged"
    assert reason_group("unknown sender XYZ: enrol it first") == "unknown_sender"
    assert reason_group("something new") == "other"


def test_export_to_all_partners_then_no_stale_result(
    qtbot: QtBot, coordinator: Desk, make_desk: DeskFactory, app_ctx: AppCtx, tmp_path: Path
) -> None:
    """The coordinator exports once for every partner (one bundle and one panel each); choosing
    another recipient afterwards takes away the panels and brings back the Export button."""
    two_nodes(coordinator, make_desk)
    second = make_desk("institution", "RINN", "İnnovasiyalar Agentliyi")
    enrol(coordinator, second)
    stick = tmp_path / "stick"
    stick.mkdir()
    page = open_page(qtbot, app_ctx(coordinator), ExchangePage)
    page.open_export()
    dialog = page.dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.recipient.currentData() == "*"
    assert dialog.recipients() == ["MDT", "RINN"]
    qtbot.waitUntil(lambda: "RINN: " in dialog.summary.text())
    assert "MDT: " in dialog.summary.text()
    dialog.destination.setText(str(stick))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_box.isVisible, timeout=20_000)
    assert [r.recipient for r in dialog.results] == ["MDT", "RINN"]
    # Named for the people carrying them: sender, recipient, number (MDT had bundle 1 already).
    assert sorted(p.name for p in stick.iterdir()) == [
        "SCIS-to-MDT-0002.age",
        "SCIS-to-RINN-0001.age",
    ]
    assert [p.file_name.text().split("\n")[0] for p in dialog.panels] == [
        "SCIS-to-MDT-0002.age",
        "SCIS-to-RINN-0001.age",
    ]
    assert [panel.title() for panel in dialog.panels] == [
        "To MDT — Rəqəmsal İnkişaf Nazirliyi",
        "To RINN — İnnovasiyalar Agentliyi",
    ]
    assert [p.sha256.text().replace(" ", "").replace("\n", "") for p in dialog.panels] == [
        r.sha256 for r in dialog.results
    ]
    assert dialog.export_button.isHidden()

    dialog.recipient.setCurrentIndex(dialog.recipient.findData("RINN"))
    assert dialog.done_box.isHidden() and dialog.results == []
    assert not dialog.export_button.isHidden() and dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.findChildren(BundlePanel))
    dialog.reject()


def test_shared_stick_lists_other_desks_bundles_in_grey_and_reasons_whole(
    qtbot: QtBot, coordinator: Desk, make_desk: DeskFactory, app_ctx: AppCtx, tmp_path: Path
) -> None:
    """MDT checks a stick the coordinator filled for two desks, with a damaged copy: RINN's
    bundle is "for another desk" (grey, not refused, not merged); the damaged one is refused
    with its reason wrapped in full inside its cell."""
    institution = two_nodes(coordinator, make_desk)
    other = make_desk("institution", "RINN", "İnnovasiyalar Agentliyi")
    enrol(coordinator, other)
    stick = tmp_path / "stick"
    stick.mkdir()
    for_mdt = service.export_bundle(coordinator, "MDT", stick)
    service.export_bundle(coordinator, "RINN", stick)
    damaged = bytearray(for_mdt.path.read_bytes())
    damaged[-40] ^= 0x01
    (stick / "copy.age").write_bytes(bytes(damaged))

    page = open_page(qtbot, app_ctx(institution), ExchangePage)
    page.open_import()
    importer = page.dialog
    assert isinstance(importer, ImportDialog)
    importer.resize(820, 640)
    importer.add_paths([stick])
    qtbot.mouseClick(importer.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(importer.merge_button.isEnabled, timeout=20_000)
    items = [top_item(importer.results, i) for i in range(3)]
    verdicts = {item.text(0).split("\n")[0]: item for item in items}
    elsewhere = next(i for i in items if i.text(1).startswith("For another desk"))
    assert not elsewhere.text(1).startswith("Refused") and elsewhere.childCount() == 0
    assert elsewhere.foreground(1).color() != QColor(WARNING_COLOUR)
    refused = verdicts["copy.age"]
    assert refused.text(1).startswith("Refused: the file was changed or damaged")
    assert "1 bundle for another desk" in importer.summary.text()
    assert "1 bundle refused" in importer.summary.text()
    assert importer.merge_button.text() == "Merge 1 bundle"
    # The whole reason fits in its cell: wrapped, not cut, at the dialog's usual width.
    tree = importer.results
    for item in (refused, child_item(refused, 0)):
        cell = tree.visualItemRect(item)
        width = tree.header().sectionSize(1)
        needed = tree.fontMetrics().boundingRect(
            0, 0, width - 8, 10_000, Qt.TextFlag.TextWordWrap, item.text(1)
        )
        assert needed.height() <= cell.height(), item.text(1)
    qtbot.mouseClick(importer.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importer.summary.text().startswith("1 bundle merged"), timeout=20_000)
    assert [(r.peer, r.outcome) for r in service.bundles(institution) if r.direction == "in"] == [
        ("SCIS", "merged"),
        ("SCIS", "merged"),
    ]
