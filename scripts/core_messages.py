"""List every message the layers below the GUI can show a user, for the GUI's translations.

Writes desktop_app/gui/core_texts.py: one QT_TRANSLATE_NOOP per error template (context
"core") and per word of the application's vocabulary (context "terms": audit actions, the kinds
of record an entry or a message names, field names), per literal the CLI hands to its table
and field printers and per help text of its commands and options (context "cli": headers, field
labels, what an empty table says, --help), and per name of a stored value (context "labels":
desktop_app/core/names.py, which the GUI and the CLI's tables show; an inspection's statuses in
"inspection status"), which
pyside6-lupdate then carries into resources/translations/*.ts like any GUI text. (The CLI's other
lines are ``translate("cli", ...)`` calls, which pyside6-lupdate reads in desktop_app/cli.)
scripts/update_translations.sh runs it first;
tests/gui/test_core_messages.py fails while the file is out of date or a message is not a
template. Usage: python scripts/core_messages.py [--check]
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop_app"
OUTPUT = PACKAGE / "gui" / "core_texts.py"
SKIPPED = (OUTPUT,)
GUI, FLOWS, CLI = PACKAGE / "gui", PACKAGE / "gui" / "flows", PACKAGE / "cli"
# The CLI's printers (desktop_app/cli/common.py) that translate the literals they are given:
# the position of the headers or (label, value) pairs, and whether they are pairs.
CLI_PRINTERS = {"print_table": (0, False), "print_list": (1, False), "print_fields": (0, True)}
# The CLI's helpers that register a command with its help text, and that text's position; the
# help formatter (desktop_app/cli/main.py) translates every help text and description it shows.
CLI_HELP_TAKERS = {"add_command": 2, "add_group": 2}
CLI_HELP_KEYWORDS = ("help", "description")
# Field names that reach the validators through a variable (a loop over a form's fields).
VARIABLE_FIELDS = ("start", "end")
# Record columns no person names or edits (a conflict or an error never names them either).
INTERNAL_COLUMNS = {"id", "origin", "deleted", "versions"}


def sources() -> Iterator[Path]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if not any(path == skip or skip in path.parents for skip in SKIPPED):
            yield path


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def message_takers(trees: dict[Path, ast.Module]) -> set[str]:
    """DeskError and its subclasses, Said (core.messages), and the helpers whose first
    parameter is a template."""
    takers = {"DeskError", "Said"}
    classes = [n for t in trees.values() for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    grown = True
    while grown:
        grown = False
        for cls in classes:
            if cls.name not in takers and any(_name(b) in takers for b in cls.bases):
                takers.add(cls.name)
                grown = True
    for tree in trees.values():
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            positional = node.args.posonlyargs + node.args.args
            if positional and positional[0].arg in ("self", "cls"):
                positional = positional[1:]  # a method: its first parameter after self
            # A constructor is reached by its class's name, found above.
            if positional and positional[0].arg == "template" and node.name != "__init__":
                takers.add(node.name)
    return takers


def validators(trees: dict[Path, ast.Module]) -> dict[str, int]:
    """Functions of core/validation.py that take a field name, with its position."""
    found: dict[str, int] = {}
    for node in trees[PACKAGE / "core" / "validation.py"].body:
        if isinstance(node, ast.FunctionDef):
            names = [a.arg for a in node.args.args]
            if "field" in names:
                found[node.name] = names.index("field")
    return found


def cli_literals(call: ast.Call) -> tuple[list[str], list[ast.expr]]:
    """The texts a call of one of the CLI's printers has it translate, and the expressions
    among its headers or labels that are not literals (which no catalog could hold)."""
    position, pairs = CLI_PRINTERS[_name(call.func) or ""]
    found = [
        k.value.value
        for k in call.keywords
        if k.arg == "empty" and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)
    ]
    items = call.args[position] if len(call.args) > position else None
    if not isinstance(items, ast.List):
        return found, [items] if items is not None else []
    texts = [i.elts[0] if pairs and isinstance(i, ast.Tuple) else i for i in items.elts]
    others: list[ast.expr] = []
    for text in texts:
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.append(text.value)
        else:
            others.append(text)
    return found, others


def cli_help_texts(call: ast.Call) -> tuple[list[str], list[ast.expr]]:
    """The help texts and descriptions a call in the CLI gives argparse, and those that are
    not literals (a variable holding one is let be)."""
    found = [k.value for k in call.keywords if k.arg in CLI_HELP_KEYWORDS]
    position = CLI_HELP_TAKERS.get(_name(call.func) or "")
    if position is not None and len(call.args) > position:
        found.append(call.args[position])
    # One literal or another (an option's help as it reads for 'add' and for 'update').
    branches = [
        branch
        for text in found
        for branch in ([text.body, text.orelse] if isinstance(text, ast.IfExp) else [text])
    ]
    texts = [b.value for b in branches if isinstance(b, ast.Constant) and isinstance(b.value, str)]
    others = [b for b in branches if not isinstance(b, ast.Constant | ast.Name | ast.Attribute)]
    return texts, others


def cli_texts(path: Path, call: ast.Call) -> tuple[list[str], list[str]]:
    """What a call in the CLI has translated: a printer's headers or labels, a help text; and
    the problems (line: what is wrong) of those that are not literals."""
    name = _name(call.func)
    texts, others = cli_help_texts(call)
    problems = [
        f"{other.lineno}: a help text must be a literal (the CLI translates it), "
        f"not {type(other).__name__}"
        for other in others
    ]
    # common.py defines the printers (print_list hands its headers on to print_table).
    if path != CLI / "common.py" and name in CLI_PRINTERS:
        printed, others = cli_literals(call)
        texts += printed
        problems += [
            f"{other.lineno}: {name}() needs literal headers or labels "
            f"(the CLI translates them), not {type(other).__name__}"
            for other in others
        ]
    return texts, problems


def scan(
    extra: Iterable[Path] = (),
) -> tuple[list[str], list[str], list[str], list[str]]:
    """(templates, field names, the CLI's printed literals, problems) found in the sources
    (and ``extra`` files)."""
    paths = [*sources(), *extra]
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}
    takers, fields_at = message_takers(trees), validators(trees)
    templates: set[str] = set()
    fields: set[str] = set(VARIABLE_FIELDS)
    cli: set[str] = set()
    problems: list[str] = []
    for path, tree in trees.items():
        where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        # The GUI's widgets translate their own texts with tr(); its Qt-free flows do not.
        own_text = GUI in path.parents and FLOWS not in path.parents
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if CLI in path.parents:
                texts, wrong = cli_texts(path, node)
                cli.update(texts)
                problems += [f"{where}:{line}" for line in wrong]
            if name in takers and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    templates.add(first.value)
                elif not own_text and not isinstance(first, ast.Name | ast.Attribute):
                    problems.append(
                        f"{where}:{node.lineno}: {name}() needs a template with {{parameters}}, "
                        f"not {type(first).__name__}"
                    )
            if name == "ValidationError" and len(node.args) > 1:
                field = node.args[1]
            elif name in fields_at and len(node.args) > fields_at[name]:
                field = node.args[fields_at[name]]
            elif name == "Term" and node.args:
                field = node.args[0]
            else:
                continue
            if isinstance(field, ast.Constant) and isinstance(field.value, str):
                fields.add(field.value)
    return sorted(templates), sorted(fields), sorted(cli), problems


def terms(fields: list[str]) -> list[str]:
    """The vocabulary: audit actions, subject kinds, record fields, roles, field names."""
    from desktop_app.core import audit, settings
    from desktop_app.core.models import SYNCED_MODELS, NodeRole, UserRole

    columns = {
        c.name
        for model in SYNCED_MODELS
        for c in model.__table__.columns
        if c.name not in INTERNAL_COLUMNS and not c.name.endswith(("_id", "_ids"))
    }
    roles = {*NodeRole.values(), *UserRole.values()}
    return sorted(
        {*audit.ACTIONS, *audit.subject_kinds(), *columns, *roles, *settings.SETTINGS, *fields}
    )


def setting_meanings() -> list[str]:
    """What each setting means, as 'settings list' shows it (in the "core" context)."""
    from desktop_app.core.settings import SETTINGS

    return [meaning for meaning, _ in SETTINGS.values()]


def labels() -> list[str]:
    """The English names of the stored values and of the due list's kinds."""
    from desktop_app.core.names import DUE_KINDS, NAMES

    return sorted({*NAMES.values(), *DUE_KINDS.values()})


def render() -> tuple[str, list[str]]:
    from desktop_app.core.names import INSPECTION_STATUS_CONTEXT, INSPECTION_STATUSES

    templates, fields, cli, problems = scan()
    lines = [
        '"""Every message of the layers below the GUI, for pyside6-lupdate.',
        "",
        "Written by scripts/core_messages.py; do not edit. The GUI translates an error's",
        'template in the "core" context and each Term, audit action and record kind in "terms";',
        'the CLI these too, and its table headers, field labels and help in "cli"; the stored',
        "values' names (desktop_app/core/names.py) are in \"labels\", an inspection's statuses",
        f'in "{INSPECTION_STATUS_CONTEXT}".',
        '"""',
        "",
        "from desktop_app.gui.labels import QT_TRANSLATE_NOOP",
        "",
        "CORE: tuple[str, ...] = (",
        *(
            f'    QT_TRANSLATE_NOOP("core", {t!r}),'
            for t in sorted({*templates, *setting_meanings()})
        ),
        ")",
        "",
        "TERMS: tuple[str, ...] = (",
        *(f'    QT_TRANSLATE_NOOP("terms", {t!r}),' for t in terms(fields)),
        ")",
        "",
        "CLI: tuple[str, ...] = (",
        *(f'    QT_TRANSLATE_NOOP("cli", {t!r}),' for t in cli),
        ")",
        "",
        "LABELS: tuple[str, ...] = (",
        *(f'    QT_TRANSLATE_NOOP("labels", {t!r}),' for t in labels()),
        ")",
        "",
        "INSPECTION_STATUSES: tuple[str, ...] = (",
        *(
            f'    QT_TRANSLATE_NOOP("{INSPECTION_STATUS_CONTEXT}", {t!r}),'
            for t in sorted(INSPECTION_STATUSES.values())
        ),
        ")",
        "",
    ]
    return "\n".join(lines), problems


def main() -> int:
    text, problems = render()
    for problem in problems:
        print(problem, file=sys.stderr)
    if "--check" in sys.argv:
        stale = not OUTPUT.is_file() or OUTPUT.read_text(encoding="utf-8") != text
        if stale:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run {__file__}", file=sys.stderr)
        return 1 if stale or problems else 0
    OUTPUT.write_text(text, encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
