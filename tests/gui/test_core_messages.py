"""Every message the core produces reaches the user translated: each error template and each
word of the core's vocabulary (audit actions, record kinds, roles, field names) has an
Azerbaijani and a Russian translation, and the GUI shows errors through them. The registry is
the code itself (scripts/core_messages.py scans it), so a message another branch adds later
fails here until it is a template and translated."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app import errors
from desktop_app.core import audit
from desktop_app.core.desk import Desk
from desktop_app.core.validation import period
from desktop_app.errors import (
    DeskError,
    ExchangeError,
    NotFound,
    PermissionDenied,
    Term,
    ValidationError,
)
from desktop_app.exchange import service
from desktop_app.exchange.channel import Outcome
from desktop_app.exchange.receive import ImportResult
from desktop_app.gui import core_texts, i18n, labels
from desktop_app.gui.dialogs.import_bundles import ImportDialog
from desktop_app.gui.flows.import_review import BundleReview
from desktop_app.gui.tasks import error_text
from desktop_app.gui.widgets import FormErrors
from desktop_app.store.age import AgeError
from tests.conftest import DeskFactory
from tests.exchange_world import enrol
from tests.gui.pages_support import AppCtx, app_ctx, child_item

ROOT = Path(__file__).resolve().parents[2]
__all__ = ["app_ctx"]
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Words that read the same in every language (names, standards, hash names).
SAME_EVERYWHERE = {"sha256", "iso27001", "nist_csf", "status"}


def _scanner() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "core_messages", ROOT / "scripts/core_messages.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    yield i18n.install(request.param)
    i18n.install("en")


def every_error_class() -> list[type[DeskError]]:
    """DeskError and every subclass, once every package that defines one is imported."""
    import desktop_app.exchange.scope  # noqa: F401
    import desktop_app.gui.context  # noqa: F401
    import desktop_app.release  # noqa: F401
    import desktop_app.reports.errors  # noqa: F401

    found, todo = [], [DeskError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_the_message_list_is_up_to_date_and_every_message_is_a_template() -> None:
    scanner = _scanner()
    text, problems = scanner.render()
    assert problems == []
    assert scanner.OUTPUT.read_text(encoding="utf-8") == text, "run scripts/update_translations.sh"


def test_the_scan_refuses_a_message_built_in_place(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text(
        "from desktop_app.errors import NotFound\n"
        "def f(ref):\n"
        "    raise NotFound(f'no such thing {ref}')\n",
        encoding="utf-8",
    )
    _templates, _fields, _cli, problems = _scanner().scan([planted])
    assert len(problems) == 1 and "planted.py:3: NotFound()" in problems[0]


@pytest.mark.parametrize("language", ["az", "ru"], indirect=True)
def test_every_core_message_and_term_is_translated(language: str) -> None:
    untranslated = []
    for template in core_texts.CORE:
        shown = labels.message(DeskError(template))
        if shown.lower() == template.lower() or (language == "ru" and not CYRILLIC.search(shown)):
            untranslated.append(template)
    words = {*core_texts.TERMS, *audit.ACTIONS, *audit.subject_kinds()} - SAME_EVERYWHERE
    for word in sorted(words):
        shown = labels.term(word)
        if shown in (word, word.replace("_", " ")) or (
            language == "ru" and not CYRILLIC.search(shown)
        ):
            untranslated.append(word)
    assert untranslated == []


@pytest.mark.parametrize("language", ["az", "ru"], indirect=True)
def test_every_error_class_shows_its_message_translated(language: str) -> None:
    template = "{name} must not be empty"
    for cls in every_error_class():
        error = cls.__new__(cls)
        DeskError.__init__(error, template, name=Term("description"))
        shown = error_text(error)
        assert "empty" not in shown and "description" not in shown, (cls, shown)


@pytest.mark.parametrize("language", ["az", "ru"], indirect=True)
def test_the_core_errors_a_clerk_meets_read_in_the_language(
    language: str, coordinator: Desk
) -> None:
    expected = {
        "az": ("Adı boş olmamalıdır", "Dövr 2026, 2026-H1", "(qurum)"),
        "ru": ("Название: не может быть пустым", "Период указывается", "(учреждение)"),
    }[language]
    general, title = QLabel(), QLabel()
    form = FormErrors(general)
    box = form.wrap("title", title)
    with pytest.raises(ValidationError) as empty:
        coordinator.plan.add_measure("9.9.9", " ", "XRITDX")
    form.show(empty.value)
    assert form.message("title") == expected[0] and box.isAncestorOf(title)
    with pytest.raises(ValidationError) as bad_period:
        period("2026-X")
    assert error_text(bad_period.value).startswith(expected[1])
    denied = PermissionDenied(
        "this node ({role}) cannot {action}", role=Term("institution"), action=Term("plan")
    )
    assert expected[2] in error_text(denied) and "a institution" not in error_text(denied)
    assert "got" not in error_text(NotFound('no {kind} "{ref}"', kind=Term("measure"), ref=""))


@pytest.mark.parametrize("language", ["az", "ru"], indirect=True)
def test_audit_actions_and_record_kinds_are_translated(language: str) -> None:
    shown = {labels.term(a) for a in ("bundle_export", "inspection", "progress_report")}
    assert shown.isdisjoint({"bundle_export", "bundle export", "inspection", "progress report"})


def test_an_unregistered_audit_action_is_refused(coordinator: Desk) -> None:
    with coordinator.transaction() as session, pytest.raises(ValueError, match="unregistered"):
        audit.append(session, "admin", "frobnicate", "measure")


def test_english_reads_the_template_with_its_parameters() -> None:
    error = ValidationError("{name} must not be empty", "title_en", name=Term("title_en"))
    assert str(error) == "title en must not be empty"
    assert error.field == "title_en" and error.template == "{name} must not be empty"
    assert isinstance(errors.Term("x"), str)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_counts_read_as_plurals_in_english(language: str) -> None:
    def merged(n: int) -> str:
        return QCoreApplication.translate("ImportDialog", "%n bundle(s) merged.", "", n)

    assert (merged(1), merged(3)) == ("1 bundle merged.", "3 bundles merged.")
    partners = QCoreApplication.translate("ExchangePage", "%n active partner(s).", "", 1)
    assert partners == "1 active partner."


@pytest.mark.parametrize("language", ["az"], indirect=True)
def test_a_refused_bundle_gives_its_reason_in_the_language(
    language: str, tmp_path: Path, coordinator: Desk, make_desk: DeskFactory
) -> None:
    meant, other = make_desk("institution", "RINN"), make_desk("institution", "MB")
    enrol(coordinator, meant, other)
    exported = service.export_bundle(coordinator, "RINN", tmp_path)
    result = service.import_bundle(other, exported.path)
    assert result.outcome == "refused" and result.error is not None
    assert result.reason == "not addressed to this node: none of its keys opens it"
    assert error_text(result.error) == "Bu qovşağa ünvanlanmayıb: onun heç bir açarı paketi açmır"


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_the_import_dialog_gives_refusals_and_gaps_in_the_language(
    language: str, qtbot: QtBot, tmp_path: Path, coordinator: Desk, app_ctx: AppCtx
) -> None:
    dialog = ImportDialog(app_ctx(coordinator))
    qtbot.addWidget(dialog)
    refused = ImportResult(
        path=tmp_path / "a.age",
        outcome=Outcome.REFUSED,
        reason="not an age file",
        error=AgeError("not an age file"),
    )
    item = dialog._review_item(BundleReview(refused.path, refused), refused, preview=True)
    details = [child_item(item, i).text(1) for i in range(item.childCount())]
    assert any("это не age-файл" in text for text in details), details

    gap = ImportResult(
        path=tmp_path / "b.age",
        outcome=Outcome.MERGED,
        sender="MIN1",
        gap=ExchangeError(
            "bundles {ranges} from {peer} have not arrived yet", ranges="2-3", peer="MIN1"
        ),
    )
    item = dialog._review_item(BundleReview(gap.path, gap), gap, preview=False)
    rows = [child_item(item, i).text(2) for i in range(item.childCount())]
    assert "Пакеты 2-3 от MIN1 ещё не поступили" in rows
