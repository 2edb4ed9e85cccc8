"""The user guide: one source per language with the same sections, one for each page of the
application and each kind of desk; printed as a PDF by ``report user-guide`` without any
workspace; shown as HTML with an anchor per section."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli.main import run
from desktop_app.gui.pages import PAGES
from desktop_app.reports import user_guide
from desktop_app.store.workspace import HOME_ENV

WORDS = {
    "en": ("user guide", "The coordinating body", "An institution", "An inspection team"),
    "az": ("istifadəçi təlimatı", "Əlaqələndirici qurum", "Qurum", "Yoxlama qrupu"),
    "ru": ("руководство пользователя", "Координирующий орган", "Учреждение", "Группа проверки"),
}


def test_every_language_has_every_section() -> None:
    english = user_guide.anchors("en")
    assert {"coordinator", "institution", "inspection-team"} <= set(english)
    assert {page.key for page in PAGES} <= set(english)
    for lang in user_guide.GUIDE_LANGS:
        assert user_guide.anchors(lang) == english, lang


@pytest.mark.parametrize("lang", user_guide.GUIDE_LANGS)
def test_report_user_guide_prints_it_without_a_workspace(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "no-workspace"))
    out = tmp_path / f"guide-{lang}.pdf"
    assert run(["report", "user-guide", "--lang", lang, "--out", str(out)]) == 0
    # --lang is the CLI's language too: the line says so in the guide's language.
    wrote = {"en": f"wrote {out}", "az": f"{out} yazıldı", "ru": f"записан {out}"}
    assert capsys.readouterr().out == wrote[lang] + "\n"
    assert not (tmp_path / "no-workspace").exists()
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    text = " ".join(page.extract_text() for page in reader.pages)
    for words in WORDS[lang]:
        assert words in text, words
    assert "**" not in text and "{#" not in text


def test_the_html_has_an_anchor_per_section_and_no_markup_left() -> None:
    page = user_guide.to_html("az")
    for anchor in user_guide.anchors("az"):
        assert f'<a name="{anchor}"></a>' in page
    assert "<b>Bütün tərəfdaşlar</b>" in page and "<code>XRITDX-to-RINN-0007.age</code>" in page
    assert "**" not in page and "{#" not in page


def test_an_unknown_report_language_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(["report", "strategy", "--lang", "de", "--out", str(tmp_path / "x.pdf")])
    assert code == 2
    assert "argument --lang: invalid choice: 'de'" in capsys.readouterr().err
