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


class Said:
    """A line that is no error (a step of a long job), kept as an English template and its
    parameters as an error's message is, so that a front end translates it the same way
    (scripts/core_messages.py lists its templates in the "core" context too)."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return self.template.format(**self.params) if self.params else self.template

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Said) and (self.template, self.params) == (
            other.template,
            other.params,
        )

    def __hash__(self) -> int:
        return hash(str(self))


def term(value: str, translate: Translate) -> str:
    """A word of the core's vocabulary (audit action, record kind, field name), translated;
    English, or a word without a translation, reads its identifier as words."""
    translated = translate("terms", value)
    return translated if translated != value else value.replace("_", " ")


def render(error: DeskError | Said, translate: Translate, *, capital: bool = True) -> str:
    """The error's (or line's) text: its template translated in the "core" context, its Term
    parameters translated, a capital first unless it goes inside a sentence."""
    params = {
        k: term(v, translate)
        if isinstance(v, Term)
        else render(v, translate, capital=False)
        if isinstance(v, DeskError | Said)
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
