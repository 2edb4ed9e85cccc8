"""The layering in docs/architecture.md holds: import-linter's contracts (layers, no Qt below
the GUI, no SQLAlchemy in the front ends), plus a direct check that nothing outside
desktop_app/gui imports Qt but the CLI's catalog loader (QtCore, inside a function)."""

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop_app"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
QT_MODULES = {"PySide6", "shiboken6"}
LAYER_PACKAGES = ("core", "store", "exchange", "reports", "demo", "cli", "gui")


def contract_names() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [contract["name"] for contract in config["tool"]["importlinter"]["contracts"]]


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    # cwd goes first on lint-imports' sys.path, so it decides which desktop_app is analysed.
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(ROOT / "pyproject.toml"), "--no-cache", "--no-logo"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def qt_imports(path: Path) -> list[str]:
    """Each import of PySide6 or shiboken6 in a file, as 'path:line'."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        if any(name.split(".")[0] in QT_MODULES for name in names):
            found.append(f"{path}:{node.lineno}")
    return found


def test_import_contracts_are_kept() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(contract_names())} kept, 0 broken" in result.stdout, result.stdout


def test_import_contracts_catch_qt_below_gui_upward_imports_and_queries(tmp_path: Path) -> None:
    fake = tmp_path / "desktop_app"
    for name in LAYER_PACKAGES:
        (fake / name).mkdir(parents=True)
        (fake / name / "__init__.py").write_text("")
    (fake / "__init__.py").write_text("")
    (fake / "core" / "widgets.py").write_text("from PySide6 import QtWidgets\n")
    (fake / "store" / "upward.py").write_text("from desktop_app import core\n")
    (fake / "gui" / "query.py").write_text("from sqlalchemy import select\n")

    result = lint_imports(tmp_path)

    assert result.returncode != 0, result.stdout
    names = contract_names()
    for name in names:
        assert f"{name} BROKEN" in result.stdout, result.stdout
    assert f"0 kept, {len(names)} broken" in result.stdout, result.stdout


# The one Qt import outside the GUI: the CLI's catalogs, imported inside the function that
# loads them, so that English (nothing to load) starts without Qt.


@pytest.mark.slow
def test_no_qt_import_below_gui() -> None:
    offenders = [
        hit
        for path in sorted(PACKAGE.rglob("*.py"))
        if PACKAGE / "gui" not in path.parents
        for hit in qt_imports(path)
    ]
    assert not offenders, "PySide6 imported outside desktop_app/gui: " + ", ".join(offenders)


@pytest.mark.parametrize(
    ("source", "hits"),
    [
        ("import PySide6\n", 1),
        ("from PySide6.QtCore import Qt\n", 1),
        ("import os, shiboken6\n", 1),
        ("def f() -> None:\n    from PySide6 import QtGui\n", 1),
        ("# import PySide6\nTEXT = 'from PySide6 import QtCore'\n", 0),
        ("import PySide6_helpers\nfrom .PySide6 import x\n", 0),
    ],
)
def test_qt_import_scan_sees_every_form(tmp_path: Path, source: str, hits: int) -> None:
    path = tmp_path / "module.py"
    path.write_text(source, encoding="utf-8")
    assert len(qt_imports(path)) == hits
