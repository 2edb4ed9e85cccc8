"""Every import made inside a function resolves: a module imported when first used (to keep
it out of memory until then, docs/performance.md) must not hide a broken import until a user
reaches it. The GUI's are imported here under offscreen Qt like the GUI tests'."""

from __future__ import annotations

import ast
import importlib
import os
from pathlib import Path

import desktop_app

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
