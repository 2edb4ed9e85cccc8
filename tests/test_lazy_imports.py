"""Every import made inside a function resolves: a module imported when first used (to keep
it out of memory until then, docs/performance.md) must not hide a broken import until a user
reaches it. The GUI's are imported here under offscreen Qt like the GUI tests'; and the locked
window holds none of the store's code while the unlock derives the key."""

from __future__ import annotations

import ast
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import desktop_app
from desktop_app.core.desk import Desk
from desktop_app.gui.page_list import PAGE_NAMES
from tests.conftest import PASSPHRASE

PACKAGE = Path(desktop_app.__file__).parent


def deferred_imports() -> set[tuple[str, str]]:
    """(module, name) for each ``from module import name`` and (module, "") for each
    ``import module`` inside a function of the package."""
    found: set[tuple[str, str]] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue  # alembic loads those scripts itself
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.update((node.module, alias.name) for alias in node.names)
                elif isinstance(node, ast.Import):
                    found.update((alias.name, "") for alias in node.names)
    return found


def test_every_deferred_import_resolves() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    imports = deferred_imports()
    # The GUI's deferred imports among them: the unlock's, the main window's pages and menus.
    assert ("desktop_app.core.desk", "open_unlocked") in imports
    assert ("desktop_app.gui.pages", "PAGES") in imports
    missing = []
    for module_name, name in sorted(imports):
        module = importlib.import_module(module_name)
        if name and not hasattr(module, name):
            try:
                importlib.import_module(f"{module_name}.{name}")
            except ImportError:
                missing.append(f"{module_name}.{name}")
    assert missing == []


# The application as infosec-desk starts it, in an interpreter of its own: what is imported
# while locked, then the unlock through the panel.
UNLOCK = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from desktop_app.gui import i18n
from desktop_app.gui.app import make_application
from desktop_app.gui.context import AppContext
from desktop_app.gui.main_window import MainWindow
from desktop_app.store.keyslots import allow_test_kdf
allow_test_kdf()  # the fixture's store has the test suite's cheap key slots
HEAVY = ("sqlalchemy", "desktop_app.core.models", "desktop_app.core.desk", "desktop_app.gui.pages")
app = make_application([])
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
i18n.install(i18n.saved_language(settings))
ctx = AppContext(Path(sys.argv[1]), settings)
window = MainWindow(ctx)
window.show()
app.processEvents()
locked = [name for name in HEAVY if name in sys.modules]
menu = [[a.text(), a.isEnabled()] for a in window.page_actions.values()]
window.unlock_panel.passphrase.setText(sys.stdin.readline().rstrip("\\n"))
window.unlock_panel.button.click()
while ctx.desk is None or ctx.tasks.busy:
    app.processEvents()
    ctx.tasks.wait_idle(20)
app.processEvents()
unlocked = [[a.text(), a.isEnabled()] for a in window.page_actions.values()]
print(json.dumps({
    "locked": locked, "page": window.current_key(), "pages": len(window.pages),
    "menu": menu, "unlocked_menu": unlocked,
}))
ctx.lock()
"""


def test_the_locked_window_holds_none_of_the_stores_code(coordinator: Desk, tmp_path: Path) -> None:
    home = coordinator.workspace.home
    coordinator.close()
    done = subprocess.run(
        [sys.executable, "-c", UNLOCK, str(home), str(tmp_path / "settings.ini")],
        input=PASSPHRASE + "\n",
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    shown = json.loads(done.stdout.splitlines()[-1])
    titles = [name.english for name in PAGE_NAMES]
    assert shown == {
        "locked": [],
        "page": "dashboard",
        "pages": 12,
        # The View menu names the pages while locked, without them, and offers them unlocked.
        "menu": [[title, False] for title in titles],
        "unlocked_menu": [[title, True] for title in titles],
    }, done.stderr
