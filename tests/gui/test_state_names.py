"""A stored state (a measure's progress, an evaluation, a finding's or an inspection's status, a
due list's kind of item, a severity, a role) has one name per language: the GUI's, the CLI's and
the printed reports'. The GUI's come from the compiled catalogs it loads, the CLI's from the .ts
files it reads, the reports' from their own texts (desktop_app/reports/i18n.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.cli import texts
from desktop_app.cli.common import DueKind, InspectionState, Stored
from desktop_app.core.due import DueKind as Due
from desktop_app.core.models import (
    PENDING,
    EvaluationResult,
    FindingStatus,
    InspectionKind,
    InspectionStatus,
    ProgressStatus,
    Severity,
)
from desktop_app.core.names import NAMES
from desktop_app.gui import i18n, labels
from desktop_app.reports import i18n as printed
from desktop_app.reports.i18n import Lang

LANGS: tuple[Lang, ...] = ("en", "az", "ru")
# Every value both name, which takes in each of these.
STATES = {
    *ProgressStatus.values(),
    *EvaluationResult.values(),
    PENDING,
    *FindingStatus.values(),
    *InspectionKind.values(),
    *Severity.values(),
}
NAMED_BY_BOTH = sorted(set(NAMES) & {*printed.ENUMS, *printed.RU_ENUMS})


@pytest.fixture
def speaking(qapp: object) -> Iterator[None]:
    """The CLI's language back to English after the test (the GUI's is reset per test)."""
    yield
    texts.choose("en")


def cli_name(shown: str, value: str, lang: Lang) -> str:
    """What the CLI's table should show: the GUI's name; English keeps the stored identifier,
    which the options take and scripts read (desktop_app/cli/texts.py, ``stored_name``)."""
    return value if lang == "en" else shown


@pytest.mark.parametrize("lang", LANGS)
def test_a_state_has_one_name_in_the_gui_the_cli_and_the_reports(
    lang: Lang, speaking: None
) -> None:
    assert STATES <= set(NAMED_BY_BOTH)
    i18n.install(lang)
    texts.choose(lang)
    for value in NAMED_BY_BOTH:
        gui = labels.label(value)
        assert gui == printed.label(lang, value), value
        assert Stored(value).shown() == cli_name(gui, value, lang)
    for value in InspectionStatus.values():
        gui = labels.inspection_status(value)
        assert gui == printed.inspection_status(lang, value), value
        assert InspectionState(value).shown() == cli_name(gui, value, lang)
    for kind in Due.ALL:
        gui = labels.due_kind(kind)
        assert gui == printed.text(lang, f"due_{kind}"), kind
        assert DueKind(kind).shown() == cli_name(gui, kind, lang)


def test_an_inspection_s_status_agrees_with_the_inspection_in_russian(speaking: None) -> None:
    """A measure is "Выполняется", an inspection "Проводится", in the GUI as in the reports."""
    i18n.install("ru")
    texts.choose("ru")
    assert labels.label("in_progress") == "Выполняется"
    assert labels.inspection_status("in_progress") == "Проводится"
    assert InspectionState("completed").shown() == "Завершена"
    assert printed.inspection_status("ru", "planned") == labels.inspection_status("planned")
