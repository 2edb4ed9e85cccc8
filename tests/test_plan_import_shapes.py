"""The plan import over the shapes a published plan takes beyond the plain table: an ODS file
(written with odfpy, as LibreOffice writes it: cells merged across and down, covered cells,
paragraphs inside cells, repeated empty rows, real dates), and an XLSX file with cells merged
down over a measure's indicator rows, a direction title merged over two rows, a term shared by
two measures and words broken across wrapped lines. Each goes through the real import: the
preview first, then the applied plan read back from the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P
from openpyxl.styles import Alignment

from desktop_app.core.desk import Desk
from desktop_app.core.models import InstitutionKind
from desktop_app.errors import ValidationError
from tests.test_plan_import import INSTITUTIONS

Cell = str | float | dt.date | None
# A cell merged over others: (value, rows spanned, columns spanned).
Spanned = tuple[Cell, int, int]


@pytest.fixture
def desk(coordinator: Desk) -> Desk:
    for code, name, name_en in INSTITUTIONS:
        coordinator.plan.add_institution(code, name, name_en, InstitutionKind.AGENCY.value)
    coordinator.plan.set_strategy("Strategiya", 2023, 2027)
    return coordinator


def _ods_cell(value: Cell, rows: int = 1, columns: int = 1) -> TableCell:
    spans: dict[str, int] = {}
    if rows > 1:
        spans["numberrowsspanned"] = rows
    if columns > 1:
        spans["numbercolumnsspanned"] = columns
    if isinstance(value, dt.date):
        cell = TableCell(valuetype="date", datevalue=value.isoformat(), **spans)
        cell.addElement(P(text=value.strftime("%d.%m.%Y")))
    elif isinstance(value, float):
        cell = TableCell(valuetype="float", value=value, **spans)
        cell.addElement(P(text=str(value)))
    elif value:
        cell = TableCell(valuetype="string", **spans)
        for line in value.split("\n"):  # a line break in a cell is a paragraph in ODF
            cell.addElement(P(text=line))
    else:
        cell = TableCell(**spans)
    return cell


def write_ods(path: Path, rows: list[list[Cell | Spanned]]) -> Path:
    """An ODS sheet; a ``Spanned`` cell covers the cells to its right and below (which the
    rows give as None), written as covered cells the way LibreOffice does."""
    document = OpenDocumentSpreadsheet()
    table = Table(name="Tədbirlər")
    covered: set[tuple[int, int]] = set()
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, tuple):
                _value, down, across = value
                covered |= {(r + i, c + j) for i in range(down) for j in range(across) if i or j}
    for r, row in enumerate(rows):
        element = TableRow()
        for c, value in enumerate(row):
            if (r, c) in covered:
                element.addElement(CoveredTableCell())
            elif isinstance(value, tuple):
                element.addElement(_ods_cell(*value))
            else:
                element.addElement(_ods_cell(value))
        table.addElement(element)
    # Office suites end a sheet with its empty rows written once and repeated.
    table.addElement(TableRow(numberrowsrepeated=1000))
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


SCIS = "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti"


def ods_plan(path: Path, *, misspelt: bool) -> Path:
    """The plan as a ministry's office suite saves it: a title merged across, the header on
    row 3 in Azerbaijani, direction rows merged across, an executor cell and a financing cell
    merged down over two measures, titles on two paragraphs, one term a real date; the second
    direction named with the word before its number."""
    ministry = "Təhsil Nazirlyi" if misspelt else "Təhsil Nazirliyi"
    return write_ods(
        path,
        [
            [("Tədbirlər Planı", 1, 5), None, None, None, None],
            [],
            ["№", "Tədbirin adı", "İcraçı orqanlar", "İcra müddəti", "Maliyyə mənbəyi"],
            [("1. Kritik infrastrukturun qorunması", 1, 5), None, None, None, None],
            [
                "1.1.",
                "KİI subyektlərinin\nreyestrinin yaradılması",
                (f"{SCIS},\nRəqəmsal İnkişaf və Nəqliyyat Nazirliyi", 2, 1),
                "2025-ci ilin II rübü",
                ("Dövlət büdcəsi", 2, 1),
            ],
            ["1.2", "KİI subyektlərinin təsnifatı", None, "2024-cü ilin birinci yarısı", None],
            [
                "1.3",
                "Təhlükəsizlik auditləri",
                "Dövlət Təhlükəsizliyi Xidməti (razılaşdırmaqla)",
                dt.date(2026, 12, 31),
                "",
            ],
            [("İstiqamət 2. İnsan kapitalı", 1, 5), None, None, None, None],
            ["2.1", "Təlim proqramları", ministry, "Mütəmadi", ""],
        ],
    )


def test_an_ods_plan_previews_and_imports_with_its_merged_cells(desk: Desk, tmp_path: Path) -> None:
    path = ods_plan(tmp_path / "plan.ods", misspelt=True)
    preview = desk.plan_import.preview(path)
    assert (preview.sheet, preview.header_row) == ("Tədbirlər", 3)
    assert [(c.header, c.column and c.column.value) for c in preview.columns] == [
        ("№", "number"),
        ("Tədbirin adı", "title"),
        ("İcraçı orqanlar", "executors"),
        ("İcra müddəti", "term"),
        ("Maliyyə mənbəyi", "financing_source"),
    ]
    assert [(d.row, d.number, d.title) for d in preview.directions] == [
        (4, 1, "Kritik infrastrukturun qorunması"),
        (8, 2, "İnsan kapitalı"),
    ]
    measures = {m.number: m for m in preview.measures}
    assert list(measures) == ["1.1", "1.2", "1.3", "2.1"]
    assert measures["1.1"].values["title"] == "KİI subyektlərinin reyestrinin yaradılması"
    # The executor and financing cells merged down read on both measures.
    for number in ("1.1", "1.2"):
        values = measures[number].values
        assert (values["lead"], values["co_executors"]) == ("SCIS", ["RINN"])
        assert values["financing_source"] == "Dövlət büdcəsi"
        assert values["direction"] == 1
    assert (measures["1.1"].values["start"], measures["1.1"].values["end"]) == (
        dt.date(2025, 4, 1),
        dt.date(2025, 6, 30),
    )
    assert measures["1.2"].values["end"] == dt.date(2024, 6, 30)
    assert measures["1.3"].values["end"] == dt.date(2026, 12, 31)
    assert measures["1.3"].values["description"] == (
        "İcraçı orqanlar: Dövlət Təhlükəsizliyi Xidməti (razılaşdırmaqla)"
    )
    assert [(p.row, str(p.error), p.suggestions) for p in preview.problems] == [
        (9, 'measure 2.1: no registered institution "Təhsil Nazirlyi"', ("TN Təhsil Nazirliyi",))
    ]
    with pytest.raises(ValidationError, match="1 problem"):
        desk.plan_import.apply(path)
    assert desk.plan.measure_rows() == []

    ods_plan(path, misspelt=False)
    _preview, result = desk.plan_import.apply(path)
    assert (result.directions, result.created, result.updated) == (2, 4, 0)
    rows = {r.number: r for r in desk.plan.measure_rows()}
    assert sorted(rows) == ["1.1", "1.2", "1.3", "2.1"]
    assert (rows["1.2"].lead_code, rows["1.2"].co_executors) == ("SCIS", ("RINN",))
    assert rows["1.2"].end_date == dt.date(2024, 6, 30)
    assert rows["2.1"].lead_code == "TN"
    assert desk.plan.measure_detail("2.1").measure.continuous is True
    assert [(d.number, d.title) for d in desk.plan.directions()] == [
        (1, "Kritik infrastrukturun qorunması"),
        (2, "İnsan kapitalı"),
    ]


def test_xlsx_merged_down_and_wrapped_cells(desk: Desk, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Sıra №", "Tədbirlər", "Məsul icraçılar", "Müddət", "Göstərici", "Hədəf"])
    sheet.append(["1", "Şəbəkələrin\nqorunması"])  # row 2: a direction merged over rows 2-3
    sheet.append([])
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:F3")
    sheet.append(
        [
            "1.1",
            "Kritik şəbəkələrin monitorin-\nqinin təşkili",
            "1. Dövlət Təhlükəsizliyi Xidməti\n2. Təhsil Nazirliyi",
            "2025-ci il",
            "Monitorinq mərkəzləri",
            3,
        ]
    )  # row 4: a measure of two indicator rows, its cells merged down over rows 4-5
    sheet.append([None, None, None, None, "Hadisələrə cavab müddəti (saat)", 24])
    for column in "ABCD":
        sheet.merge_cells(f"{column}4:{column}5")
    sheet.append(["1.2", "Şəbəkə auditi", "Ədliyyə Nazirliyi", "2026-cı il", "", ""])  # row 6
    sheet.append(["1.3", "Audit hesabatı", "Ədliyyə Nazirliyi", None, "", ""])  # row 7
    sheet.merge_cells("D6:D7")  # one term for both
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    path = tmp_path / "plan.xlsx"
    book.save(path)

    preview = desk.plan_import.preview(path)
    assert preview.problems == []
    assert [(d.row, d.number, d.title) for d in preview.directions] == [
        (2, 1, "Şəbəkələrin qorunması")
    ]
    measures = {m.number: m for m in preview.measures}
    assert list(measures) == ["1.1", "1.2", "1.3"]
    first = measures["1.1"]
    # The word broken at the line's end rejoins; the numbered executors lose their numbers.
    assert first.values["title"] == "Kritik şəbəkələrin monitorinqinin təşkili"
    assert (first.values["lead"], first.values["co_executors"]) == ("DTX", ["TN"])
    assert [(i.row, i.name, i.target) for i in first.indicators] == [
        (4, "Monitorinq mərkəzləri", 3.0),
        (5, "Hadisələrə cavab müddəti (saat)", 24.0),
    ]
    for number in ("1.2", "1.3"):
        assert (measures[number].values["start"], measures[number].values["end"]) == (
            dt.date(2026, 1, 1),
            dt.date(2026, 12, 31),
        )

    _preview, result = desk.plan_import.apply(path)
    assert (result.directions, result.created, result.indicators) == (1, 3, 2)
    rows = {r.number: r for r in desk.plan.measure_rows()}
    assert rows["1.1"].title == "Kritik şəbəkələrin monitorinqinin təşkili"
    assert rows["1.3"].end_date == dt.date(2026, 12, 31)
    indicators = desk.plan.measure_detail("1.1").indicators
    assert sorted((i.name, i.target) for i in indicators) == [
        ("Hadisələrə cavab müddəti (saat)", 24.0),
        ("Monitorinq mərkəzləri", 3.0),
    ]
