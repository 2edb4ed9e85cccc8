"""Every interface translation in resources/translations is complete and keeps what the code
fills in or Qt interprets: each message finished and non-empty (numerus messages with the plural
forms the language needs), the {name}, %1 and %n placeholders, the HTML tags and entities, the
keyboard accelerator, the trailing colon or ellipsis and the surrounding spaces of its source.
Parsed as XML, no Qt needed."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("infosec_desk_*.ts"))
# Plural forms Qt's lrelease expects (one/other for Azerbaijani; one/few/many for Russian).
NUMERUS_FORMS = {"az": 2, "ru": 3}

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%(?:\d+|n|s|d)")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
ENDINGS = (":", "…", "...")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str | None  # the translation's type attribute: unfinished, vanished, obsolete
    forms: tuple[str, ...]  # the translation, or each numerus form

    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def language(path: Path) -> str:
    return path.stem.removeprefix("infosec_desk_")


def messages(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name} {name}: a message without translation"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(
                    name, message.findtext("source") or "", numerus, translation.get("type"), forms
                )
            )
    return found


def accelerators(text: str) -> int:
    """How many '&x' mnemonics a text has ('&&' is a literal ampersand, '&amp;' an entity)."""
    return len(re.findall(r"&(?=[^&\s])", ENTITY.sub("", text.replace("&&", ""))))


def problems(message: Message) -> list[str]:
    """What is wrong with one translated message, as readable sentences."""
    found: list[str] = []
    if message.kind is not None:
        found.append(f"marked {message.kind}")
    for form in message.forms:
        shown = repr(form)
        if not form.strip():
            found.append("empty translation")
            continue
        wanted = Counter(PLACEHOLDER.findall(message.source))
        missing = wanted - Counter(PLACEHOLDER.findall(form))
        if missing:
            found.append(f"{shown} lacks placeholders {sorted(missing)}")
        for pattern in (HTML_TAG, ENTITY):
            lost = Counter(pattern.findall(message.source)) - Counter(pattern.findall(form))
            if lost:
                found.append(f"{shown} lacks markup {sorted(lost)}")
        source_keys = accelerators(message.source)
        if source_keys and accelerators(form) != source_keys:
            found.append(f"{shown} has {accelerators(form)} accelerators, the source {source_keys}")
        for ending in ENDINGS:
            if message.source.endswith(ending) and not form.endswith(ending):
                found.append(f"{shown} does not end with {ending!r}")
        if message.source[:1].isspace() != form[:1].isspace():
            found.append(f"{shown} differs from the source in its leading space")
        if message.source[-1:].isspace() != form[-1:].isspace():
            found.append(f"{shown} differs from the source in its trailing space")
    return found


def test_the_offered_translations_are_there() -> None:
    languages = {language(path) for path in TS_FILES}
    assert {"az", "ru"} <= languages
    for path in TS_FILES:
        assert path.with_suffix(".qm").is_file(), f"{path.name} is not compiled"


@pytest.mark.parametrize("path", TS_FILES, ids=language)
def test_every_message_is_translated_and_keeps_its_markup(path: Path) -> None:
    found = messages(path)
    assert found, f"{path.name} has no messages"
    wrong = [f"{m.where()}: {p}" for m in found for p in problems(m)]
    assert not wrong, f"{path.name}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("path", TS_FILES, ids=language)
def test_numerus_messages_have_the_plural_forms_of_the_language(path: Path) -> None:
    numerus = [m for m in messages(path) if m.numerus]
    assert numerus, f"{path.name} has no plural messages"
    expected = NUMERUS_FORMS.get(language(path))
    for message in numerus:
        assert 1 <= len(message.forms) <= 3, message.where()
        if expected is not None:
            assert len(message.forms) == expected, message.where()
        assert all(form.strip() for form in message.forms), message.where()


def test_every_language_translates_the_same_messages() -> None:
    keys = {language(path): {(m.context, m.source) for m in messages(path)} for path in TS_FILES}
    reference = keys["az"]
    for lang, found in keys.items():
        missing, extra = sorted(reference - found)[:5], sorted(found - reference)[:5]
        assert found == reference, f"{lang}: missing {missing}, extra {extra}"


def test_the_checks_catch_a_broken_translation() -> None:
    source = "&Save {count} of %1 as <b>%n</b>:"
    assert (
        problems(Message("c", source, False, None, ("&Сохранить {count} из %1 как <b>%n</b>:",)))
        == []
    )
    broken = problems(Message("c", source, False, "unfinished", ("Сохранить {число} из как %n",)))
    assert any("unfinished" in p for p in broken)
    assert any("'%1'" in p and "'{count}'" in p for p in broken)
    assert any("<b>" in p for p in broken)
    assert any("accelerators" in p for p in broken)
    assert any("':'" in p for p in broken)
    assert accelerators("R&&D &Open") == 1 and accelerators("Fish &amp; chips") == 0


def test_english_has_both_plural_forms_of_every_counted_message() -> None:
    english = messages(TRANSLATIONS / "plurals_en.ts")
    counted = {(m.context, m.source) for m in messages(TS_FILES[0]) if m.numerus}
    assert {(m.context, m.source) for m in english} == counted
    for message in english:
        assert message.kind is None and len(message.forms) == 2, message.where()
        assert all("%n" in form and "(s)" not in form for form in message.forms), message.where()
