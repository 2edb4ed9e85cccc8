"""One PNG per main screen of the real application on demo data (``make screenshots`` runs it
under Xvfb): unlock, dashboard, measures, a measure's detail, settings, then the screens of
``scripts/screens_b.py`` (inspections, findings, exchange, conflicts, reports, partners, audit).

    SCREENSHOT_DIR=docs/screenshots xvfb-run -a .venv/bin/python scripts/screenshots.py

The demo workspaces and the settings live in a temporary folder; nothing of the user's changes.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import screens_b  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from screens_b import page, save, settle  # noqa: E402

from desktop_app.exchange.demo import build_demo  # noqa: E402
from desktop_app.gui import i18n  # noqa: E402
from desktop_app.gui.app import make_application  # noqa: E402
from desktop_app.gui.context import AppContext  # noqa: E402
from desktop_app.gui.main_window import MainWindow  # noqa: E402

WIDTH, HEIGHT = 1440, 900


def shoot(window: MainWindow, demo: object, out_dir: Path) -> list[Path]:
    ctx = window.ctx
    panel = window.unlock_panel
    shots = [save(window, out_dir, "unlock")]

    panel.user.setCurrentText(demo.users[demo.coordinator_code])  # type: ignore[attr-defined]
    panel.passphrase.setText(demo.passphrase)  # type: ignore[attr-defined]
    panel.unlock()
    settle(window, lambda: ctx.desk is not None)
    dashboard = page(window, "dashboard")
    settle(window, lambda: dashboard.dashboard is not None)
    shots.append(save(window, out_dir, "dashboard"))

    measures = page(window, "measures")
    settle(window, lambda: measures.model.rowCount() > 0)
    measures.table.clearSelection()
    shots.append(save(window, out_dir, "measures"))

    # The measure with the most progress reports, evidence first.
    def richness(row: object) -> tuple[int, int]:
        detail = ctx.require_desk().plan.measure_detail(row.id)  # type: ignore[attr-defined]
        return len(detail.attachments), len(detail.reports)

    best = max(measures.model.rows()[:60], key=richness)
    measures.open_with({"measure": best.id})
    settle(window, lambda: measures.detail is not None and measures.detail.measure.id == best.id)
    if measures.reports.rowCount():
        measures.reports.selectRow(0)
    shots.append(save(window, out_dir, "measure-detail"))

    settings = page(window, "settings")
    settle(window, lambda: settings.users_model.rowCount() > 0)
    shots.append(save(window, out_dir, "settings"))

    shots += screens_b.shoot(window, demo, out_dir)

    # The same measures list in Azerbaijani: translated texts, dd.mm.yyyy dates, ə/ı/ş sorted.
    ctx.settings.setValue(i18n.SETTING, "az")
    i18n.install("az")
    ctx.language_changed.emit("az")
    measures = page(window, "measures")
    settle(window, lambda: measures.model.rowCount() > 0)
    shots.append(save(window, out_dir, "measures-az"))
    i18n.install("en")
    return shots


def main() -> int:
    out_dir = Path(os.environ.get("SCREENSHOT_DIR") or "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    scratch = Path(tempfile.mkdtemp(prefix="isdesk-shots-"))
    try:
        demo = build_demo(scratch / "demo")
        settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
        i18n.install("en")
        ctx = AppContext(demo.coordinator_home, settings)
        window = MainWindow(ctx)
        window.resize(WIDTH, HEIGHT)
        window.show()
        settle(window)
        for path in shoot(window, demo, out_dir):
            print(path)
        ctx.lock()
        window.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
