"""The GUI step of bench/national.py: ``gui_peak_rss_mib`` and ``list_filter_ms``.

A process of its own that imports what ``infosec-desk`` imports and nothing of the bench's
(national.py's store builder holds SQLAlchemy, the services and the exchange from its first
line, which the application loads only once it is unlocked): the application's start
(``make_application``, the saved language), the main window while locked, the passphrase typed
into its unlock panel, the dashboard, then the Measures, Findings, Inspections and Audit pages
and keystrokes in two search boxes. Prints one JSON object; the passphrase comes on stdin.

``python bench/national_gui.py HOME USER < passphrase`` (HOME: a copy of the bench's store).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any


def memory_mib(field: str = "VmHWM") -> float:
    """This process's peak resident memory (``VmRSS``: its resident memory now), MiB."""
    status = Path("/proc/self/status").read_text().splitlines()
    return int(next(line.split()[1] for line in status if line.startswith(field))) / 1024


def measure(home: Path, user: str, passphrase: str) -> dict[str, Any]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    launched = time.perf_counter()
    from PySide6.QtCore import QSettings

    from desktop_app.gui import i18n
    from desktop_app.gui.app import make_application
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.main_window import MainWindow

    app = make_application([])
    settings = QSettings(str(home.parent / "gui.ini"), QSettings.Format.IniFormat)
    i18n.install(i18n.saved_language(settings))
    ctx = AppContext(home, settings)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    locked_mib = memory_mib("VmRSS")

    def settle() -> None:
        app.processEvents()
        while ctx.tasks.busy:
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()

    panel = window.unlock_panel
    panel.user.setCurrentText(user)
    panel.passphrase.setText(passphrase)
    started = time.perf_counter()
    panel.button.click()
    settle()
    if ctx.desk is None:
        raise RuntimeError(f"not unlocked: {panel.message.text()}")
    shown = time.perf_counter() - started
    # From the first import to the dashboard, the passphrase typed at once: what the unlock
    # no longer imports before the click, it imports after it.
    launch_to_dashboard = time.perf_counter() - launched
    unlocked_peak = memory_mib()
    pages = {}
    for key in ("measures", "findings", "inspections", "audit"):
        started = time.perf_counter()
        window.go(key)
        settle()
        pages[f"{key}_s"] = round(time.perf_counter() - started, 2)
    peak = memory_mib()
    # The peak includes the unlock's Argon2id (256 MiB, freed once the key is derived); what
    # the open window keeps is the resident memory after the four pages.
    resident = memory_mib("VmRSS")
    keystrokes = _keystrokes(app, window)
    # The Measures page's full-text search may still run (it follows the typing after a
    # pause): closing the window then asks whether to wait, and the step hung on the question.
    settle()
    # Locked (Ctrl+L, or idle for ten minutes) and unlocked again: the pages drop what they
    # loaded at the lock, and the key is derived anew.
    ctx.lock()
    panel.passphrase.setText(passphrase)
    panel.button.click()
    settle()
    relocked = memory_mib()
    ctx.lock()
    window.close()
    return {
        "value": round(peak, 1),
        "rss_locked_mib": round(locked_mib, 1),
        "peak_to_dashboard_mib": round(unlocked_peak, 1),
        "rss_after_pages_mib": round(resident, 1),
        "peak_after_relock_mib": round(relocked, 1),
        "dashboard_shown_s": round(shown, 2),
        "launch_to_dashboard_s": round(launch_to_dashboard, 2),
        **pages,
        "keystrokes": keystrokes,
    }


def _keystrokes(app: Any, window: Any) -> dict[str, Any]:
    """Each keystroke typed into the Measures and Findings pages' search boxes over the
    national store's rows, timed to the updated view (the pages filter the rows they loaded
    in place; the Measures page's full-text search follows on a worker after a pause)."""
    from desktop_app.gui.pages.findings import FindingsPage
    from desktop_app.gui.pages.measures import MeasuresPage

    typed = ["ş", "şə", "şəb", "şəbə", "şəbək", "şəbəkə", "şəbək", "şə", ""]
    figures: dict[str, Any] = {}
    for page_type in (MeasuresPage, FindingsPage):
        page = window.page(page_type)
        window.go(page.key)
        app.processEvents()
        times = []
        for keyed in typed:
            started = time.perf_counter()
            page.search.setText(keyed)
            app.processEvents()
            times.append((time.perf_counter() - started) * 1000)
        figures[page.key] = {
            "rows": page.model.rowCount(),
            "median_ms": round(sorted(times)[len(times) // 2], 1),
            "max_ms": round(max(times), 1),
        }
    return figures


def main() -> None:
    figures = measure(Path(sys.argv[1]), sys.argv[2], sys.stdin.readline().rstrip("\n"))
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
