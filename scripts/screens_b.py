"""Screenshots of the inspection, findings, exchange, conflicts, reports, partners and audit
screens on demo data, for scripts/screenshots.py (or alone):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screens_b.py OUT_DIR

``shoot(window, demo, out_dir)`` takes an unlocked main window over the demo coordinator and
writes one PNG per screen; it waits for every worker and for the PDF preview before grabbing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QDialog, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.core.desk import open_desk  # noqa: E402
from desktop_app.exchange import service  # noqa: E402
from desktop_app.gui.main_window import MainWindow  # noqa: E402

TIMEOUT_S = 60


def settle(window: MainWindow, until: Callable[[], bool] = lambda: True) -> None:
    """Run the event loop until no task runs and ``until()`` holds."""
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if not window.ctx.tasks.busy and until():
            for _ in range(5):  # late repaints
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            return
        time.sleep(0.01)
    raise TimeoutError("the screen did not settle")


def save(widget: QWidget, out_dir: Path, name: str) -> Path:
    path = out_dir / f"{name}.png"
    widget.grab().save(str(path))
    return path


def page(window: MainWindow, key: str, **args: Any) -> Any:
    window.go(key, args or None)
    settle(window)
    return window.pages[key]


def shoot(window: MainWindow, demo: Any, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    desk = window.ctx.require_desk()

    inspections = page(window, "inspections")
    row = max(
        range(inspections.model.rowCount()),
        key=lambda r: len(desk.inspections.detail(inspections.model.row_at(r).reference).notes),
        default=-1,
    )
    if row >= 0:
        inspections.view.selectRow(row)
        settle(window)
        if inspections.findings_model.rowCount():
            inspections.findings_view.selectRow(0)
    settle(window)
    shots.append(save(window, out_dir, "inspections"))

    findings = page(window, "findings")
    if findings.proxy.rowCount():
        findings.view.selectRow(0)
    settle(window)
    shots.append(save(window, out_dir, "findings"))

    exchange = page(window, "exchange")
    shots.append(save(window, out_dir, "exchange"))
    stick = Path(tempfile.mkdtemp(prefix="isdesk-stick-"))
    exchange.open_export()
    export = exchange.dialog
    assert export is not None
    export.destination.setText(str(stick))
    settle(window, lambda: "…" not in export.summary.text())
    export.export()
    settle(window, export.done_box.isVisible)
    shots.append(save(export, out_dir, "export"))
    export.reject()
    settle(window)

    # A bundle from an institution, checked at the coordinator: the import preview.
    code = demo.institution_codes[0]
    institution = open_desk(
        demo.institution_homes[code], user=demo.users[code], passphrase=demo.passphrase
    )
    try:
        institution.progress.add(
            institution.plan.measure_rows()[0].number,
            "2026-Q3",
            "in_progress",
            60,
            "Ekran görüntüsü üçün hesabat: işin 60 faizi görülüb",
        )
        inbox = Path(tempfile.mkdtemp(prefix="isdesk-inbox-"))
        service.export_bundle(institution, demo.coordinator_code, inbox)
    finally:
        institution.close()
    exchange.open_import()
    importer = exchange.dialog
    assert importer is not None
    importer.add_paths([inbox])
    importer.check()
    settle(window, importer.merge_button.isEnabled)
    shots.append(save(importer, out_dir, "import-preview"))
    importer.reject()
    settle(window)

    # The institution and the coordinator answer the same finding before they exchange.
    code = next(
        c
        for c in demo.institution_codes
        if any(r.institution == c for r in desk.inspections.findings())
    )
    finding = next(r for r in desk.inspections.findings() if r.institution == code)
    institution = open_desk(
        demo.institution_homes[code], user=demo.users[code], passphrase=demo.passphrase
    )
    try:
        institution.inspections.respond(
            finding.ref, "Seqmentasiya layihəsi hazırlanıb, avadanlıq sifariş edilib"
        )
        desk.inspections.respond(finding.ref, "Koordinator: sənədlər hələ təqdim edilməyib")
        sent = service.export_bundle(institution, demo.coordinator_code, inbox)
    finally:
        institution.close()
    service.import_bundle(desk, sent.path)
    window.ctx.notify({"exchange", "finding"})
    conflicts = page(window, "conflicts")
    settle(window, lambda: conflicts.model.rowCount() > 0)
    shots.append(save(window, out_dir, "conflicts"))

    reports = page(window, "reports")
    reports.kind.setCurrentIndex(reports.kind.findData("strategy"))
    reports.generate()
    settle(window, reports.preview.is_ready)
    settle(window)
    time.sleep(0.3)  # QPdfView renders pages asynchronously
    settle(window)
    shots.append(save(window, out_dir, "reports"))

    page(window, "partners")
    shots.append(save(window, out_dir, "partners"))

    audit = page(window, "audit")
    audit.verify()
    settle(window, lambda: audit.result.text().startswith(("The chain", "Zəncir", "Цепочка")))
    shots.append(save(window, out_dir, "audit-log"))
    for dialog in window.findChildren(QDialog):
        dialog.close()
    return shots


def main(out_dir: Path) -> None:
    from PySide6.QtCore import QSettings

    from desktop_app.exchange.demo import build_demo
    from desktop_app.gui.context import AppContext
    from desktop_app.store.keyslots import FAST_KDF

    app = QApplication.instance() or QApplication(sys.argv)
    root = Path(tempfile.mkdtemp(prefix="isdesk-demo-"))
    demo = build_demo(root / "demo", kdf=FAST_KDF)
    settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(demo.coordinator_home, settings)
    window = MainWindow(ctx)
    window.resize(1440, 900)
    window.show()
    ctx.set_desk(
        open_desk(
            demo.coordinator_home,
            user=demo.users[demo.coordinator_code],
            passphrase=demo.passphrase,
        )
    )
    settle(window)
    for path in shoot(window, demo, out_dir):
        print(path)
    ctx.lock()
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
