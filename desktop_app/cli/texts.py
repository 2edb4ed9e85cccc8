"""The CLI's language: which one, and its texts from the GUI's own catalogs.

The language is ``--lang``, else the store's setting ``language`` (once a command has unlocked
the store), else the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English. The CLI's
texts are in the "cli" context of resources/translations/*.ts, beside the GUI's: its own lines
call ``translate("cli", "...")`` (pyside6-lupdate reads exactly that form: one literal, no
keyword arguments, so parameters are filled in with ``.format`` afterwards), and
scripts/core_messages.py collects its table headers and field labels. An error of the layers
below is rendered by ``core.messages.render``, as in the GUI.

The catalog is read from the translators' own .ts file with the standard library's XML
parser: the CLI imports no Qt (it must run where only the core does), and English, the source
text, loads nothing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from xml.etree import ElementTree

from desktop_app.core import messages, names
from desktop_app.core.settings import LANGUAGES
from desktop_app.errors import DeskError
from desktop_app.resources import resource_path

ENGLISH = "en"
# POSIX order (LC_ALL overrides LC_MESSAGES overrides LANG); GNU's LANGUAGE, a list of
# preferences, comes first wherever the locale is not C.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


class _State:
    language = ENGLISH
    chosen = False  # by --lang: the store's setting does not override it


_state = _State()


def environment_language(environ: Mapping[str, str] = os.environ) -> str | None:
    """The language the locale variables name, if it is one the application speaks."""
    locale = next((environ[name] for name in _LOCALE_VARIABLES if environ.get(name)), "")
    if locale.split(".")[0] in ("", "C", "POSIX"):
        return None  # no language at all: LANGUAGE is not consulted either (as gettext does)
    preferences = [*environ.get("LANGUAGE", "").split(":"), locale]
    for preference in preferences:
        language = preference.split(".")[0].split("@")[0].split("_")[0].lower()
        if language in LANGUAGES:
            return language
    return None


def choose(language: str | None) -> None:
    """The language of ``--lang``, or (None) the environment's until the store is open."""
    _state.chosen = language is not None
    _state.language = language or environment_language() or ENGLISH


def adopt_store_language(setting: str | None) -> None:
    """The store's setting ``language``, once unlocked, unless ``--lang`` chose one."""
    if not _state.chosen and setting in LANGUAGES:
        _state.language = setting


def language() -> str:
    return _state.language


@cache
def _catalog(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, from the language's .ts file (our own
    resource, never a partner's file)."""
    path = resource_path("translations") / f"infosec_desk_{language}.ts"
    if not path.is_file():
        return {}
    catalog: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            catalog[(name, message.findtext("source", ""))] = translation.text or ""
    return catalog


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for pyside6-lupdate where it is kept to be translated later, as the
    GUI's marker of the same name does (without importing Qt)."""
    return source


def translate(context: str, source: str) -> str:
    """``source`` in the CLI's language (as it is when the catalog has no translation)."""
    if _state.language == ENGLISH:
        return source
    return _catalog(_state.language).get((context, source)) or source


def error_text(error: DeskError | messages.Said) -> str:
    """An error's line after ``error: `` (or a line of the layers below: ``said_text``);
    English keeps the core's own text."""
    if _state.language == ENGLISH:
        return str(error)
    return messages.render(error, translate, capital=False)


said_text = error_text


def term_text(value: str) -> str:
    """A word of the core's vocabulary (``core.messages.term``); English keeps the identifier."""
    return value if _state.language == ENGLISH else messages.term(value, translate)


def stored_words(value: str, english: str) -> str:
    """A stored value that English tables have always shown in words (``english``); the other
    languages name it as the GUI does."""
    return english if _state.language == ENGLISH else stored_name(value)


def stored_name(value: str, named: Mapping[str, str] = names.NAMES, context: str = "labels") -> str:
    """A stored value (a status, a severity, a kind, a role) as the GUI names it, from the
    "labels" context (``named``: core.names' NAMES, or DUE_KINDS for a due list's kinds; an
    inspection's statuses from their own ``context``);
    English keeps the identifier, which is what the options take (``--status in_progress``)
    and what scripts reading English tables have always seen."""
    name = named.get(value)
    if _state.language == ENGLISH or name is None:
        return value
    return translate(context, name)
