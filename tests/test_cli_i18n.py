"""The CLI in the user's language: --lang, the store's setting, the environment; its lines,
headers and refusals from the GUI's catalogs, a core error as the GUI words it, --json as it
is. Real runs (in-process and in a process of their own) on real encrypted stores; what a line
should say is read from resources/translations/*.ts, the catalogs the CLI loads compiled."""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from desktop_app.cli import texts
from desktop_app.cli.main import build_parser
from desktop_app.reports import KINDS, report_langs
from tests import test_cli
from tests.conftest import CLI, run_cli
from tests.test_cli import Cli, Result, init_coordinator, ok, usage_error

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow

# The in-process CLI on a store of its own, as test_cli drives it.
cli = test_cli.cli
home = test_cli.home

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGS = ["az", "ru"]


@cache
def catalog(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, as the .ts file of ``lang`` has it."""
    found = {}
    for context in ET.parse(TRANSLATIONS / f"infosec_desk_{lang}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[name, message.findtext("source") or ""] = message.findtext("translation") or ""
    return found


def said(lang: str, source: str, context: str = "cli", **params: str) -> str:
    text = catalog(lang)[context, source]
    assert text and text != source, (lang, source)
    return text.format(**params) if params else text


def one_line(result: Result, code: int = 1) -> str:
    """The run failed with ``code`` and said so in exactly one line, without a traceback."""
    assert result.code == code, (result.out, result.err)
    assert "Traceback" not in result.err
    (line,) = result.err.splitlines()
    return line


@pytest.mark.parametrize("lang", LANGS)
def test_a_result_line_a_list_header_and_an_error_line_in_the_language_of_lang(
    lang: str, cli: Cli
) -> None:
    init_coordinator(cli)
    added = ok(cli("--lang", lang, "institutions", "add", "MOD", "--name", "Müdafiə Nazirliyi"))
    (mod,) = [i for i in ok(cli("institutions", "list", "--json")).json() if i["code"] == "MOD"]
    wanted = said(lang, "added institution {code} (id {id})", code="MOD", id=mod["id"])
    assert added.out == wanted + "\n"

    listed = ok(cli("institutions", "list", "--lang", lang)).out.splitlines()
    header = listed[0].split()
    assert header[:2] == [said(lang, "CODE"), said(lang, "KIND")]
    assert "CODE" not in header
    assert any(row.startswith("MOD ") for row in listed[2:])  # values stay as stored

    # A core error, worded as the GUI words it: its template in "core", its Term in "terms".
    refused = one_line(cli("--lang", lang, "settings", "set", "language", "fr"))
    key = said(lang, "language", "terms")
    expected = said(lang, "{key} must be one of: {items}", "core", key=key, items="az, en, ru")
    assert refused == said(lang, "error: {message}", message=expected)


@pytest.mark.parametrize("lang", LANGS)
def test_a_usage_error_is_one_translated_line_after_the_usage(lang: str, cli: Cli) -> None:
    result = cli("--lang", lang, "institutions", "lis")
    last = usage_error(result, said(lang, "usage: "))
    assert last.startswith(
        "infosec-desk institutions: " + said(lang, "error: {message}", message="")
    )
    assert "'lis'" in last
    missing = usage_error(cli("--lang", lang, "report", "strategy"), said(lang, "usage: "))
    required = said(lang, "the following arguments are required: {names}", names="--out")
    assert missing.endswith(required)


def test_a_wrong_passphrase_in_russian_is_one_translated_line_and_exit_1(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = run_cli(
        home, "init", "--role", "coordinator", "--code", "SCIS", "--name", "SCIS"
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    result = run_cli(home, "--lang", "ru", "institutions", "list", passphrase="not the one")
    assert result.returncode == 1
    assert result.stdout == ""
    wrong = said("ru", "wrong passphrase for user {user}", "core", user="admin")
    assert result.stderr == said("ru", "error: {message}", message=wrong) + "\n"
    # The next unlock warns of it, in the language of the environment this time.
    monkeypatch.setenv("LANG", "az_AZ.UTF-8")
    warned = run_cli(home, "institutions", "list")
    assert warned.returncode == 0, warned.stderr
    attempts = said("az", "{count} failed attempt(s) to unlock as {user} since your last sign-in")
    assert warned.stderr == (
        said("az", "warning: {text}", text=attempts.format(count=1, user="admin")) + "\n"
    )


def test_json_stays_english_whatever_the_language(cli: Cli) -> None:
    init_coordinator(cli)
    ok(cli("institutions", "add", "MOD", "--name", "Müdafiə Nazirliyi", "--kind", "ministry"))
    english = ok(cli("institutions", "list", "--json")).out
    for lang in LANGS:
        assert ok(cli("--lang", lang, "institutions", "list", "--json")).out == english
    assert json.loads(english)[-1]["kind"] == "ministry"


def test_the_store_setting_then_the_environment_choose_and_lang_overrides_both(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    init_coordinator(cli)
    headers = {lang: said(lang, "CODE") for lang in LANGS} | {"en": "CODE"}

    def first_header(*args: str) -> str:
        return ok(cli(*args, "institutions", "list")).out.split()[0]

    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert first_header() == headers["ru"]
    ok(cli("settings", "set", "language", "az"))
    assert first_header() == headers["az"]  # the store's setting, once it is unlocked
    assert first_header("--lang", "en") == headers["en"]
    assert first_header("--lang=ru") == headers["ru"]


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, None),
        ({"LANG": "C.UTF-8", "LANGUAGE": "ru"}, None),  # C: no language, LANGUAGE not asked
        ({"LANG": "az_AZ.UTF-8"}, "az"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:ru:en"}, "ru"),
        ({"LANG": "fr_FR.UTF-8"}, None),
        ({"LC_MESSAGES": "az_AZ@latin", "LANG": "ru_RU"}, "az"),
    ],
)
def test_the_environment_language(environ: dict[str, str], language: str | None) -> None:
    assert texts.environment_language(environ) == language


@pytest.mark.parametrize(("lang", "translated"), [("en", False), ("az", True)])
def test_no_language_imports_qt(lang: str, translated: bool) -> None:
    """The CLI runs headless in every language: its catalogs are read without PySide6."""
    probe = (
        "import sys; from desktop_app.cli.main import run; "
        f"code = run(['--lang', '{lang}', 'users', 'nosuch']); "
        "print(code, 'PySide6' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.stdout == "2 False\n", result.stderr
    assert ("'nosuch'" in result.stderr) and (("xəta" in result.stderr) is translated)


# -- --help, argparse's own words, stored values, the long commands' lines ---------------------

# argparse's words the CLI's help formatter and parser translate.
ARGPARSE_WORDS = [
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "show program's version number and exit",
]


def flat(text: str) -> str:
    """``text`` with its line breaks and runs of spaces as single spaces (--help wraps)."""
    return " ".join(text.split())


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text and the description ``parser``'s --help shows (its subcommands' one-line
    helps included)."""
    texts = [parser.description or ""]
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            texts.append(action.help)
        if isinstance(action, argparse._SubParsersAction):
            texts += [choice.help or "" for choice in action._choices_actions]
    return [text for text in texts if text]


def leaf_commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """(the words naming it, its parser) for the main parser and every command under it."""
    found = [(path, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += leaf_commands(sub, (*path, name))
    return found


def assert_translated(lang: str, output: str, sources: list[str], context: str = "cli") -> None:
    """Each source reads in ``lang`` in ``output``, and none in English (the sources a
    translation leaves as they are, like "NIST CSF 2.0", excepted)."""
    shown = flat(output)
    for source in sources:
        translation = catalog(lang)[context, source]
        if translation == source:
            continue
        assert flat(translation) in shown, (lang, source)
        assert flat(source) not in shown, (lang, source)


@pytest.mark.parametrize("lang", LANGS)
def test_the_main_help_and_a_commands_help_in_a_process_of_their_own(lang: str, home: Path) -> None:
    texts.choose(None)  # the parser's English texts, as the catalogs' sources
    parser = build_parser()
    main = run_cli(home, "--lang", lang, "--help")
    assert main.returncode == 0, main.stderr
    assert main.stdout.startswith(said(lang, "usage: ") + "infosec-desk")
    assert_translated(lang, main.stdout, [*ARGPARSE_WORDS, *help_texts(parser), "environment:"])
    assert "show tracebacks" not in main.stdout and "INFOSEC_DESK_DEBUG=1" in main.stdout
    command = run_cli(home, "findings", "list", "--help", "--lang", lang)
    assert command.returncode == 0, command.stderr
    (_, findings), *_ = [
        (path, sub) for path, sub in leaf_commands(parser) if path == ("findings", "list")
    ]
    assert_translated(lang, command.stdout, ARGPARSE_WORDS[:1] + help_texts(findings))
    # Syntax stays: option names, metavars, the values an option takes.
    assert "--severity {critical,high,medium,low}" in command.stdout


@pytest.mark.parametrize("lang", LANGS)
def test_every_commands_help_is_translated(lang: str, cli: Cli) -> None:
    texts.choose(None)
    commands = leaf_commands(build_parser())
    assert len(commands) > 100
    for path, parser in commands:
        result = cli("--lang", lang, *path, "--help")
        assert result.code == 0, (path, result.err)
        assert result.out.startswith(said(lang, "usage: ")), path
        assert_translated(lang, result.out, help_texts(parser))


def test_the_report_help_names_the_kinds_not_printed_in_russian(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The help promises the languages each report is printed in: Russian for all but the
    kinds it names (it once said a strategy report had no Russian, which it has). On a narrow
    terminal too, no kind's name is cut at its hyphen ("key-" at a line's end, "card" below)."""
    monkeypatch.setenv("COLUMNS", "40")
    shown = ok(cli("report", "--help")).out
    assert not [line for line in shown.splitlines() if re.search(r"\w-$", line)], shown
    words = " ".join(shown.split())
    found = re.search(r"\(en, az or ru, but (.+?) in en or az only\)", words)
    assert found, words
    named = set(re.split(r", | and ", found.group(1)))
    assert named == {kind for kind in KINDS if "ru" not in report_langs(kind)}


@pytest.mark.parametrize("lang", LANGS)
def test_argparse_errors_in_the_language(lang: str, home: Path) -> None:
    missing = run_cli(home, "--lang", lang, "report", "strategy")
    assert missing.returncode == 2
    usage, error = missing.stderr.splitlines()[0], missing.stderr.splitlines()[-1]
    assert usage.startswith(said(lang, "usage: ") + "infosec-desk report")
    required = said(lang, "the following arguments are required: {names}", names="--out")
    assert error == "infosec-desk report: " + said(lang, "error: {message}", message=required)
    assert "usage:" not in missing.stderr and "required" not in missing.stderr
    flag = run_cli(home, "measures", "list", "--json=yes", "--lang", lang).stderr.splitlines()[-1]
    ignored = "argument {name}: ignored explicit argument {value}"
    assert flag.endswith(said(lang, ignored, name="--json", value="'yes'"))


def table_rows(output: str) -> list[list[str]]:
    """A table's rows (under its header and its rule) as cells: columns are 2+ spaces apart."""
    lines = output.splitlines()
    rule = next(i for i, line in enumerate(lines) if line.startswith("---"))
    return [re.split(r"\s{2,}", line) for line in lines[rule + 1 :] if line.strip()]


@pytest.mark.parametrize("lang", LANGS)
def test_stored_statuses_severities_and_kinds_read_as_the_gui_names_them(
    lang: str, cli: Cli, tmp_path: Path
) -> None:
    test_cli.build_plan(cli)
    ok(cli("inspections", "add", "MOD", "--reference", "YX-1", "--kind", "unscheduled"))
    ok(cli("findings", "add", "YX-1", "--description", "Jurnal yoxdur", "--severity", "high"))

    def named(source: str) -> str:
        return said(lang, source, "labels")

    measures = {row[0]: row for row in table_rows(ok(cli("--lang", lang, "measures", "list")).out)}
    assert named("Not started") in measures["1.1"] and "not_started" not in measures["1.1"]
    assert named("Continuous") in measures["1.2"] and "continuous" not in measures["1.2"]
    (finding,) = table_rows(ok(cli("--lang", lang, "findings", "list")).out)
    assert finding[1:3] == [named("High"), named("Open")]
    (inspection,) = table_rows(ok(cli("--lang", lang, "inspections", "list")).out)
    # The kind, and the status in the words of an inspection's own ("Запланирована").
    planned = said(lang, "Planned", "inspection status")
    assert named("Unscheduled") in inspection and planned in inspection
    assert not {"unscheduled", "planned"} & set(inspection)
    (_, kind, *_) = table_rows(ok(cli("--lang", lang, "institutions", "list")).out)[-1]
    assert kind == named("Ministry")
    shown = ok(cli("--lang", lang, "inspections", "show", "YX-1")).out
    assert named("Unscheduled") in shown and "unscheduled" not in shown
    # A search's hits are of a kind named in words ("tədbir", "недостаток"), not "finding".
    for words, kind in (("auditi", "measure"), ("Jurnal", "finding")):
        (hit,) = table_rows(ok(cli("--lang", lang, "search", words)).out)
        assert hit[0] == said(lang, kind, "terms"), (words, hit)
        (in_english,) = table_rows(ok(cli("search", words)).out)
        assert in_english[0] == kind
    # English keeps the stored identifiers, which --status and --severity take.
    (english,) = table_rows(ok(cli("findings", "list")).out)
    assert english[1:3] == ["high", "open"]
    # So do the files and --json, whatever the language.
    target = tmp_path / "findings.csv"
    ok(cli("--lang", lang, "findings", "list", "--csv", str(target)))
    with target.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))  # the marking, the header, the row, the marking
    header = next(line for line in lines if line[:2] == ["ID", "REF"])
    (row,) = [dict(zip(header, line, strict=True)) for line in lines if "YX-1#1" in line]
    assert (row["SEVERITY"], row["STATUS"]) == ("high", "open")
    (listed,) = ok(cli("--lang", lang, "findings", "list", "--json")).json()
    assert (listed["severity"], listed["status"]) == ("high", "open")


@pytest.mark.parametrize("lang", LANGS)
def test_repair_clock_says_its_line_in_the_language(lang: str, cli: Cli) -> None:
    init_coordinator(cli)
    sound = "the clock is sound: no stamp is ahead of this computer's clock"
    assert ok(cli("--lang", lang, "repair-clock")).out == said(lang, sound) + "\n"


@pytest.mark.parametrize("lang", LANGS)
def test_demo_progress_lines_in_the_language_and_ctrl_c_leaves_nothing(
    lang: str, tmp_path: Path
) -> None:
    """The real demo in a process of its own, stopped (Ctrl+C) once its nine workspaces are made
    and enrolled and the story has begun: its first lines said, what it built taken away."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("INFOSEC_DESK_")}
    env["PYTHONUNBUFFERED"] = "1"  # each progress line as it is printed
    root = tmp_path / "demo"
    # As at a terminal: a job a shell puts in the background ignores SIGINT, and a child
    # inherits an ignored signal (a handled one starts at its default), so the Ctrl+C below
    # would go unseen when the tests themselves run in the background.
    ignored = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        process = subprocess.Popen(
            [*CLI, "--lang", lang, "demo", str(root)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    finally:
        signal.signal(signal.SIGINT, ignored)
    assert process.stdout is not None
    lines: list[str] = []
    try:
        while len(lines) < 12:
            line = process.stdout.readline()
            assert line, process.stderr.read() if process.stderr else ""
            lines.append(line.rstrip("\n"))
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=120)
    finally:
        process.kill()
    steps = [re.fullmatch(r"\[\s*(\d+)/(\d+)\] (.*)", line) for line in lines]
    assert all(steps) and [int(s[1]) for s in steps if s] == list(range(1, 13))
    said_lines = [s[3] for s in steps if s]
    coordinator = said(lang, "coordinator", "terms")
    workspace = said(lang, "workspace {code} ({role})", "core", code="XRITDX", role=coordinator)
    assert said_lines[0] == workspace
    assert said_lines[9] == said(lang, "nodes enrolled with the coordinator", "core")
    assert said_lines[10].startswith("01.09.2025 XRITDX: ")
    plan = "{node}: action plan ({measures} measures), catalog ({requirements} requirements), "
    plan += "inspection plan ({inspections})"
    words = catalog(lang)["core", plan].split()
    assert words[1] in said_lines[10]  # "fəaliyyət" / "план"
    for english in ("workspace", "enrolled", "action plan", "settings", "catalog"):
        assert not any(english in line for line in said_lines), english
    assert process.returncode == 1
    assert err.strip().endswith(said(lang, "error: {message}", message=said(lang, "interrupted")))
    assert not root.exists()
