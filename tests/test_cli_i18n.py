"""The CLI in the user's language: --lang, the store's setting, the environment; its lines,
headers and refusals from the GUI's catalogs, a core error as the GUI words it, --json as it
is. Real runs (in-process and in a process of their own) on real encrypted stores; what a line
should say is read from resources/translations/*.ts, the catalogs the CLI loads compiled."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from desktop_app.cli import texts
from tests import test_cli
from tests.conftest import run_cli
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
    last = usage_error(result)
    assert last.startswith(
        "infosec-desk institutions: " + said(lang, "error: {message}", message="")
    )
    assert "'lis'" in last
    missing = usage_error(cli("--lang", lang, "report", "strategy"))
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
