"""An error's line in the user's language, the same for both front ends.

A front end passes its ``translate(context, source)``: the GUI Qt's installed translators, the
CLI the catalogs it loads itself (it has no QCoreApplication). Either returns ``source`` when a
catalog has no translation. The templates are in the "core" context and the vocabulary in
"terms", as scripts/core_messages.py lists them.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.core.aztext import az_upper
from desktop_app.errors import DeskError, Term

Translate = Callable[[str, str], str]


def term(value: str, translate: Translate) -> str:
    """A word of the core's vocabulary (audit action, record kind, field name), translated;
    English, or a word without a translation, reads its identifier as words."""
    translated = translate("terms", value)
    return translated if translated != value else value.replace("_", " ")


def render(error: DeskError, translate: Translate, *, capital: bool = True) -> str:
    """The error's line: its template translated in the "core" context, its Term parameters
    translated, a capital first unless it goes inside a sentence."""
    params = {
        k: term(v, translate)
        if isinstance(v, Term)
        else render(v, translate, capital=False)
        if isinstance(v, DeskError)
        else v
        for k, v in error.params.items()
    }
    template = translate("core", error.template)
    try:
        text = template.format(**params) if params else template
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        text = str(error)
    text = " ".join(text.split())
    return az_upper(text[:1]) + text[1:] if capital else text
