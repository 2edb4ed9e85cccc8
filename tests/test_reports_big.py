"""Reports at scale: a 1,000-measure strategy report breaks its tables across pages with the
header repeated once a page, and text longer than a page, or a word wider than its column,
loses nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core.desk import Desk, create_desk
from desktop_app.reports import ReportParams, generate
from desktop_app.store.keyslots import FAST_KDF
from tests.conftest import PASSPHRASE, DeskFactory, SteppingClock
from tests.sample_plan import build_sample

# A demo (or a 1,000-measure plan) is built once for the module: not in make test-quick.
pytestmark = pytest.mark.slow

ISSUER = "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti"


def body(page: str, issuer: str) -> str:
    """A page's text without its header and footer (drawn last, so extracted last)."""
    return page.rsplit(issuer, 1)[0]


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    desk = create_desk(
        tmp_path_factory.mktemp("big") / "SCIS",
        role="coordinator",
        code="SCIS",
        name=ISSUER,
        passphrase=PASSPHRASE,
        kdf=FAST_KDF,
        clock=SteppingClock(),
    )
    build_sample(desk, measures=1000)
    yield desk
    desk.close()


def test_thousand_measures_paginate_with_repeated_headers(big: Desk, tmp_path: Path) -> None:
    path = generate(big, "strategy", ReportParams(period="2026-Q3"), tmp_path / "big.pdf")
    pages = [page.extract_text() for page in PdfReader(path).pages]
    total = len(pages)
    assert total > 40
    start = next(i for i, text in enumerate(pages) if "All measures" in text)
    end = next(i for i, text in enumerate(pages) if "\nIndicators\n" in f"\n{text}")
    assert end - start > 30, "the table of every measure spans many pages"
    for number, text in enumerate(pages[start:end], start=start + 1):
        # The header row (its last column is 'Latest report') tops every page of the table,
        # once: never again over a sliver of a row at the foot of the page.
        assert text.count("Latest report") == 1, f"not one header on page {number}"
        assert f"Page {number} of {total}" in text
    section = "\n".join(body(text, ISSUER) for text in pages[start : end + 1])
    section = section.split("All measures")[1].split("\nIndicators\n")[0]
    numbers = re.findall(r"^(\d\.\d{1,3})$", section, re.MULTILINE)
    expected = [row.number for row in big.plan.measure_rows()]
    assert numbers == expected, "every measure once, in order, none lost at a page break"


def test_text_longer_than_a_page_is_not_cut(make_desk: DeskFactory, tmp_path: Path) -> None:
    desk = make_desk("coordinator", "SCIS", ISSUER)
    # Wider than the narrative's column at 8 pt, narrower at the smallest size allowed.
    token = "https://portal.gov.az/informasiya-təhlükəsizliyi"
    narrative = " ".join(
        f"Bənd {i}: şəbəkə avadanlığının yenilənməsi üzrə görülən işlər ({token if i == 7 else i})."
        for i in range(250)
    )
    desk.plan.add_measure(
        "1.1", "Uzun hesabatı olan tədbir " * 30, "SCIS", end="31.12.2027", title_en=""
    )
    desk.progress.add("1.1", "2026-Q3", "in_progress", 40, narrative)
    path = generate(desk, "strategy", ReportParams(lang="az", period="2026-Q3"), tmp_path / "l.pdf")
    pages = [page.extract_text() for page in PdfReader(path).pages]
    text = " ".join(" ".join(body(page, ISSUER) for page in pages).split())
    # The continuation pages repeat the table's header row.
    text = text.replace("№ Tədbir Məsul qurum Status % Son hesabat ", "")
    assert " ".join(narrative.split()) in text
    assert ("Uzun hesabatı olan tədbir " * 30).strip() in text
    assert token in text, "a word wider than its column is set smaller, not broken"
