"""The action plan from a spreadsheet in the shape plans are published: Azerbaijani headers on
the fourth row, direction rows, merged cells, executors with the lead first, every way a term
is written, rows with mistakes; then a changed version imported over it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment
from sqlalchemy import update

from desktop_app.core.desk import Desk
from desktop_app.core.models import InstitutionKind, Measure
from desktop_app.core.sheets.folding import name_key
from desktop_app.core.sheets.periods import Term, parse_term
from desktop_app.core.sheets.plan_import import (
    IGNORE,
    MAPPING_SETTING,
    Column,
    column_letter,
    split_executors,
)
from desktop_app.core.sheets.template import template_headers, write_template
from desktop_app.errors import ValidationError

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow

INSTITUTIONS = (
    ("DTX", "Dövlət Təhlükəsizliyi Xidməti", "State Security Service"),
    ("RINN", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "Ministry of Digital Development"),
    ("TN", "Təhsil Nazirliyi", "Ministry of Education"),
    ("MM", "Milli Məclis", "National Assembly"),
    ("ƏN", "Ədliyyə Nazirliyi", "Ministry of Justice"),
)
HEADER = ("№", "Tədbirlər", "İcraçılar", "İcra müddəti", "Gözlənilən nəticə", "Maliyyə mənbəyi")


def published_plan(path: Path, *, changed: bool = False) -> Path:
    """The plan as an official document's table: a title, the approving act, the header on
    row 4 (columns in the document's order), column numbers under it, direction rows merged
    across, a shared executor cell merged over two measures, wrapped lines."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Tədbirlər Planı"
    sheet.append(["İnformasiya təhlükəsizliyi və kibertəhlükəsizlik strategiyasının"])
    sheet.append(["icrası ilə bağlı 2023–2027-ci illər üçün Tədbirlər Planı"])
    sheet.append([])
    sheet.append(list(HEADER))  # row 4
    sheet.append([1, 2, 3, 4, 5, 6])  # row 5: column numbers
    sheet.append(["1. Normativ hüquqi bazanın təkmilləşdirilməsi"])  # row 6
    sheet.merge_cells("A6:F6")
    sheet.append(
        [
            "1.1.",
            "Kritik informasiya infrastrukturu haqqında\nqanun layihəsinin hazırlanması",
            "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti, Dövlət Təhlükəsizliyi"
            " Xidməti, Milli Məclis (razılaşdırmaqla)",
            "2023–2024-cü illər",
            "Qanun layihəsi hazırlanıb",
            "Dövlət büdcəsi",
        ]
    )  # row 7
    sheet.append(
        [
            "1.2",
            "Normativ aktların beynəlxalq standartlara uyğunlaşdırılması",
            "Ədliyyə Nazirliyi\nXüsusi Rabitə və Informasiya Tehlukesizliyi Dovlet Xidmeti",
            "2025-ci il" if not changed else "2026-cı il",
            "Aktlar uyğunlaşdırılıb",
            "",
        ]
    )  # row 8: the second executor typed without Azerbaijani letters
    sheet.append(["2", "Kritik informasiya infrastrukturunun qorunması"])  # row 9
    sheet.merge_cells("B9:F9")
    sheet.append(
        [
            "2.1.1",
            "KİI subyektlərinin reyestrinin yaradılması",
            "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti,\nRəqəmsal İnkişaf və"
            " Nəqliyyat Nazirliyi",
            "2025-ci ilin II rübü",
            "Reyestr yaradılıb",
            "Dövlət büdcəsi",
        ]
    )  # row 10
    sheet.append(
        [
            "2.1.2",
            "KİI subyektlərinin təsnifatı",
            None,  # merged with the cell above: the same executors
            "2024-cü ilin birinci yarısı",
            "Təsnifat aparılıb",
            None,
        ]
    )  # row 11
    sheet.merge_cells("C10:C11")
    sheet.merge_cells("F10:F11")
    sheet.append(
        [
            "2.2.",
            "Kiberhadisələrin monitorinqi",
            "Dövlət Təhlükəsizliyi Xidməti",
            "Mütəmadi",
            "Monitorinq aparılır",
            "",
        ]
    )  # row 12
    sheet.append(
        [
            "2.3",
            "Təhlükəsizlik auditlərinin keçirilməsi",
            "Dövlət Təhlükəsizliyi Xidməti",
            dt.datetime(2026, 12, 31),
            "",
            "",
        ]
    )  # row 13: a plain date
    sheet.append(["3", "İnsan kapitalının inkişafı"])  # row 14
    sheet.append(
        ["3.1", "Təlim proqramlarının hazırlanması", "Təhsil Nazirliyi", "Davamlı", "", ""]
    )  # row 15
    sheet.append(
        ["3.2", "Maarifləndirmə kampaniyası", "Təhsil Nazirlyi", "2025-ci il", "", ""]
    )  # row 16: a misspelt institution
    sheet.append(["3.3", "Olimpiada", "Təhsil Nazirliyi", "ilin sonunadək", "", ""])  # row 17
    sheet.append(["3.x", "Yarımçıq sətir", "Təhsil Nazirliyi", "2025-ci il", "", ""])  # row 18
    if not changed:
        sheet.append(["3.4", "Köhnə tədbir", "Təhsil Nazirliyi", "2025-ci il", "", ""])  # row 19
    for row in sheet.iter_rows(min_row=6):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True)
    book.save(path)
    return path


def fixed_plan(path: Path) -> Path:
    """The published plan with its mistakes corrected (rows 16-18)."""
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet["C16"] = "Təhsil Nazirliyi"
    sheet["D17"] = "2025-ci ilin IV rübü"
    sheet["A18"] = "3.5"
    book.save(path)
    return path


@pytest.fixture
def desk(coordinator: Desk) -> Desk:
    """The coordinator (SCIS: Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti) and
    the institutions the plan names."""
    for code, name, name_en in INSTITUTIONS:
        coordinator.plan.add_institution(code, name, name_en, InstitutionKind.AGENCY.value)
    coordinator.plan.set_strategy("Strategiya", 2023, 2027)
    return coordinator


def test_periods_in_every_form() -> None:
    cases = {
        "2023–2024-cü illər": Term(dt.date(2023, 1, 1), dt.date(2024, 12, 31)),
        "2023-2024": Term(dt.date(2023, 1, 1), dt.date(2024, 12, 31)),
        "2025-ci il": Term(dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        "2025-ci ilin II rübü": Term(dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
        "2025-ci ilin IV rübü": Term(dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
        "2024-cü ilin birinci yarısı": Term(dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
        "2024-cü ilin ikinci yarısı": Term(dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
        "II квартал 2025 года": Term(dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
        "второе полугодие 2026 г.": Term(dt.date(2026, 7, 1), dt.date(2026, 12, 31)),
        "2026-Q3": Term(dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
        "Q1 2027": Term(dt.date(2027, 1, 1), dt.date(2027, 3, 31)),
        "Mütəmadi": Term(continuous=True),
        "Davamlı": Term(continuous=True),
        "постоянно": Term(continuous=True),
        "31.12.2025": Term(end=dt.date(2025, 12, 31)),
        "2025-12-31": Term(end=dt.date(2025, 12, 31)),
        "01.02.2024 – 30.06.2025": Term(dt.date(2024, 2, 1), dt.date(2025, 6, 30)),
        "": Term(),
    }
    for text, expected in cases.items():
        assert parse_term(text) == expected, text
    assert parse_term(dt.datetime(2026, 3, 1)) == Term(end=dt.date(2026, 3, 1))
    assert parse_term(2025.0) == Term(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    for bad in ("ilin sonunadək", "2025-ci ilin V rübü", "31.02.2025"):
        with pytest.raises(ValidationError):
            parse_term(bad)


def test_executors_split_with_notes_kept_together() -> None:
    assert split_executors("A Nazirliyi, B Xidməti\nC (razılaşdırmaqla); 1) D") == [
        "A Nazirliyi",
        "B Xidməti",
        "C (razılaşdırmaqla)",
        "D",
    ]
    assert split_executors("E (X, Y ilə birlikdə)") == ["E (X, Y ilə birlikdə)"]
    assert name_key("XÜSUSİ RABİTƏ") == name_key("xususi rabite") == "xususi rabite"


def test_preview_of_a_published_plan(desk: Desk, tmp_path: Path) -> None:
    path = published_plan(tmp_path / "plan.xlsx")
    preview = desk.plan_import.preview(path)
    assert preview.header_row == 4
    assert preview.sheet == "Tədbirlər Planı"
    assert [(c.header, c.column and c.column.value) for c in preview.columns] == [
        ("№", "number"),
        ("Tədbirlər", "title"),
        ("İcraçılar", "executors"),
        ("İcra müddəti", "term"),
        ("Gözlənilən nəticə", "expected_result"),
        ("Maliyyə mənbəyi", "financing_source"),
    ]
    assert [(d.row, d.number, d.title, d.action) for d in preview.directions] == [
        (6, 1, "Normativ hüquqi bazanın təkmilləşdirilməsi", "create"),
        (9, 2, "Kritik informasiya infrastrukturunun qorunması", "create"),
        (14, 3, "İnsan kapitalının inkişafı", "create"),
    ]
    measures = {m.number: m for m in preview.measures}
    assert list(measures) == [
        "1.1",
        "1.2",
        "2.1.1",
        "2.1.2",
        "2.2",
        "2.3",
        "3.1",
        "3.2",
        "3.4",
    ]
    first = measures["1.1"].values
    assert first == {
        "number": "1.1",
        "title": "Kritik informasiya infrastrukturu haqqında qanun layihəsinin hazırlanması",
        "direction": 1,
        "expected_result": "Qanun layihəsi hazırlanıb",
        "financing_source": "Dövlət büdcəsi",
        "description": "İcraçılar: Milli Məclis (razılaşdırmaqla)",
        "lead": "SCIS",
        "co_executors": ["DTX", "MM"],
        "start": dt.date(2023, 1, 1),
        "end": dt.date(2024, 12, 31),
        "continuous": False,
    }
    assert measures["1.2"].values["lead"] == "ƏN"
    assert measures["1.2"].values["co_executors"] == ["SCIS"]
    assert (measures["1.2"].values["start"], measures["1.2"].values["end"]) == (
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
    )
    # The merged executor and financing cells read on both measures.
    for number in ("2.1.1", "2.1.2"):
        assert measures[number].values["lead"] == "SCIS"
        assert measures[number].values["co_executors"] == ["RINN"]
        assert measures[number].values["financing_source"] == "Dövlət büdcəsi"
        assert measures[number].values["direction"] == 2
    assert (measures["2.1.1"].values["start"], measures["2.1.1"].values["end"]) == (
        dt.date(2025, 4, 1),
        dt.date(2025, 6, 30),
    )
    assert measures["2.1.2"].values["end"] == dt.date(2024, 6, 30)
    assert measures["2.2"].values["continuous"] is True
    assert measures["2.3"].values["end"] == dt.date(2026, 12, 31)
    assert measures["3.1"].values["continuous"] is True
    assert all(m.action == "create" for m in preview.measures)
    problems = [(p.row, str(p.error), p.suggestions) for p in preview.problems]
    assert problems == [
        (
            16,
            'measure 3.2: no registered institution "Təhsil Nazirlyi"',
            ("TN Təhsil Nazirliyi",),
        ),
        (17, "cannot read the term ilin sonunadək", ()),
        (18, "3.x is not a measure number like 2.3.1", ()),
    ]
    assert preview.missing == []
    # The preview wrote nothing.
    assert desk.plan.directions() == []
    assert desk.plan.measure_rows() == []


def test_apply_refuses_a_plan_with_problems_and_imports_the_fixed_one(
    desk: Desk, tmp_path: Path
) -> None:
    path = published_plan(tmp_path / "plan.xlsx")
    with pytest.raises(ValidationError, match="3 problem"):
        desk.plan_import.apply(path)
    assert desk.plan.measure_rows() == []
    fixed_plan(path)
    preview, result = desk.plan_import.apply(path)
    assert preview.problems == []
    assert (result.directions, result.created, result.updated, result.cancelled) == (3, 11, 0, 0)
    rows = {r.number: r for r in desk.plan.measure_rows()}
    assert sorted(rows) == sorted(
        ["1.1", "1.2", "2.1.1", "2.1.2", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "3.5"]
    )
    assert rows["1.1"].lead_code == "SCIS"
    assert rows["1.1"].co_executors == ("DTX", "MM")
    assert rows["3.3"].end_date == dt.date(2025, 12, 31)
    assert [d.number for d in desk.plan.directions()] == [1, 2, 3]
    detail = desk.plan.measure_detail("1.1")
    assert detail.measure.description == "İcraçılar: Milli Məclis (razılaşdırmaqla)"
    # The same file again changes nothing.
    again = desk.plan_import.preview(path)
    assert {m.action for m in again.measures} == {"same"}
    assert {d.action for d in again.directions} == {"same"}


def test_reimport_of_a_changed_version_updates_by_number_and_cancels_only_when_asked(
    desk: Desk, tmp_path: Path
) -> None:
    desk.plan_import.apply(fixed_plan(published_plan(tmp_path / "v1.xlsx")))
    newer = fixed_plan(published_plan(tmp_path / "v2.xlsx", changed=True))
    preview = desk.plan_import.preview(newer)
    changed = {m.number: m.changes for m in preview.measures if m.action == "update"}
    assert changed == {"1.2": ["start", "end"]}
    # 3.4 is not in the new version; the fix of row 18 made it 3.5 there too.
    assert [(m.number, m.cancelled) for m in preview.missing] == [("3.4", False)]
    _preview, result = desk.plan_import.apply(newer)
    assert (result.created, result.updated, result.cancelled) == (0, 1, 0)
    assert desk.plan.measure("1.2").end_date == dt.date(2026, 12, 31)
    # Plan revisions, each with the file as its reason.
    assert [(r.field, r.reason) for r in desk.plan.history("1.2")] == [
        ("start", f"imported from {newer.name}"),
        ("end", f"imported from {newer.name}"),
    ]
    assert {r.number: r.status for r in desk.plan.measure_rows()}["3.4"] == "not_started"
    _preview, result = desk.plan_import.apply(newer, cancel_missing=True)
    assert result.cancelled == 1
    assert {r.number: r.status for r in desk.plan.measure_rows()}["3.4"] == "cancelled"
    assert [(r.field, r.reason) for r in desk.plan.history("3.4")] == [
        ("cancelled", f"imported from {newer.name}")
    ]
    assert [(m.number, m.cancelled) for m in desk.plan_import.preview(newer).missing] == [
        ("3.4", True)
    ]


def test_an_import_is_one_signed_audit_entry_that_vouches_for_every_record(
    desk: Desk, tmp_path: Path
) -> None:
    before = desk.audit.count()
    desk.plan_import.apply(fixed_plan(published_plan(tmp_path / "plan.xlsx")))
    entries = desk.audit.recent(desk.audit.count() - before)
    assert [e.action for e in entries] == ["plan_import"]
    assert entries[0].detail == "plan.xlsx (Tədbirlər Planı)" and entries[0].signature
    assert desk.audit.verify().ok
    # A measure the import wrote, changed behind the application, is named.
    measure = desk.plan.measure("2.2")
    with desk.transaction() as session:
        session.execute(update(Measure).where(Measure.id == measure.id).values(title="Başqa"))
    problems = [str(p) for p in desk.audit.verify().problems]
    assert any(
        p.startswith(f"measure {measure.id}: changed behind the application") for p in problems
    )


def test_mapping_override_is_saved_for_the_next_import(desk: Desk, tmp_path: Path) -> None:
    path = fixed_plan(published_plan(tmp_path / "plan.xlsx"))
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet["C4"] = "Məsul"  # a header no list knows
    book.save(path)
    with pytest.raises(ValidationError, match="no header row"):
        desk.plan_import.preview(path)
    desk.plan_import.apply(path, {"executors": "Məsul"})
    assert desk.plan_import.saved_mapping()["executors"] == "Məsul"
    assert "Məsul" in desk.setting(MAPPING_SETTING)
    # Next time the saved mapping applies without being given.
    assert {m.action for m in desk.plan_import.preview(path).measures} == {"same"}


def test_a_recognised_column_can_be_left_unread_and_a_headerless_one_read(
    desk: Desk, tmp_path: Path
) -> None:
    path = fixed_plan(published_plan(tmp_path / "plan.xlsx"))
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet["G7"] = "Qeyd: layihə"  # a column with no header
    book.save(path)
    preview = desk.plan_import.preview(path)
    assert [(column_letter(c.index), c.header, c.column) for c in preview.columns][-2:] == [
        ("F", "Maliyyə mənbəyi", Column.FINANCING_SOURCE),
        ("G", "", None),
    ]
    # The financing column is recognised by its header; the user leaves it out (by header)
    # and reads the expected result as the description and the headerless column as the
    # expected result (by letter).
    mapping = {
        IGNORE: "Maliyyə mənbəyi",
        "description": "E",
        "expected_result": "G",
    }
    preview, _result = desk.plan_import.apply(path, mapping)
    columns = {column_letter(c.index): c for c in preview.columns}
    assert (columns["E"].column, columns["F"].column, columns["G"].column) == (
        Column.DESCRIPTION,
        None,
        Column.EXPECTED_RESULT,
    )
    assert columns["F"].mapped
    measure = desk.plan.measure_detail("1.1").measure
    assert measure.financing_source == ""
    assert measure.expected_result == "Qeyd: layihə"
    assert measure.description.startswith("Qanun layihəsi hazırlanıb\n")
    saved = desk.plan_import.saved_mapping()
    assert (saved[IGNORE], saved["description"], saved["expected_result"]) == (
        "Maliyyə mənbəyi",
        "Gözlənilən nəticə",
        "G",
    )
    # Next time the saved mapping holds without being given; a field given again wins over
    # it, and a column given to a field is read even where the saved mapping left it out.
    again = desk.plan_import.preview(path)
    assert [c.column for c in again.columns][4:] == [
        Column.DESCRIPTION,
        None,
        Column.EXPECTED_RESULT,
    ]
    assert {m.action for m in again.measures} == {"same"}
    back = desk.plan_import.preview(path, {"financing_source": "F", "description": "E"})
    assert [c.column for c in back.columns][4:] == [
        Column.DESCRIPTION,
        Column.FINANCING_SOURCE,
        Column.EXPECTED_RESULT,
    ]
    with pytest.raises(ValidationError, match="no column kind budget"):
        desk.plan_import.preview(path, {"budget": "F"})


def test_russian_headers_lead_and_co_executor_columns_and_indicators(
    desk: Desk, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        [
            "Срок исполнения",
            "Наименование мероприятия",
            "№ п/п",
            "Основной исполнитель",
            "Соисполнители",
            "Показатель",
            "Единица измерения",
            "Базовое значение",
            "Целевое значение",
        ]
    )
    sheet.append(
        ["II квартал 2025 года", "Обучение", 4.1, "TN", "RINN\nDTX", "Обучено", "чел.", 0, 500]
    )
    sheet.append(["", "", "", "", "", "Курсы", "шт.", 1, 10])
    sheet.append(["", "", "", "", "", "Тренинги", "шт.", "x", 10])
    path = tmp_path / "план.xlsx"
    book.save(path)
    preview = desk.plan_import.preview(path)
    assert [str(p.error) for p in preview.problems] == [
        "measure 4.1: no direction 4",
        "baseline must be a number",
    ]
    assert [p.row for p in preview.problems] == [2, 4]
    (line,) = preview.measures
    assert (line.values["lead"], line.values["co_executors"]) == ("TN", ["RINN", "DTX"])
    assert [(i.name, i.unit, i.baseline, i.target) for i in line.indicators] == [
        ("Обучено", "чел.", 0.0, 500.0),
        ("Курсы", "шт.", 1.0, 10.0),
    ]


@pytest.mark.parametrize("language", ["az", "en", "ru"])
def test_the_template_explains_itself_and_reads_back(
    desk: Desk, tmp_path: Path, language: str
) -> None:
    path = tmp_path / f"template-{language}.xlsx"
    write_template(path, language)
    book = openpyxl.load_workbook(path)
    plan, explained = book.worksheets
    headers = [c.value for c in plan[1]]
    assert headers == template_headers(language)
    assert explained.max_row == len(headers) + 1
    assert [row[0] for row in explained.iter_rows(min_row=2, values_only=True)] == headers
    # Filled in, it imports: a direction row, a measure, two indicators.
    plan.append(["1", "Normativ baza"])
    plan.append(["1.1", "Qanun", "DTX, MM", "2025-ci il", "", "", "Aktlar", "say", 0, 3])
    plan.append([None, None, None, None, None, None, "Layihələr", "say", 1, 5])
    book.save(path)
    preview = desk.plan_import.preview(path)
    assert preview.problems == []
    assert [d.title for d in preview.directions] == ["Normativ baza"]
    (measure,) = preview.measures
    assert (measure.values["lead"], measure.values["co_executors"]) == ("DTX", ["MM"])
    assert [(i.name, i.target) for i in measure.indicators] == [("Aktlar", 3.0), ("Layihələr", 5.0)]


def test_csv_and_unreadable_files(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Number;Measure;Executors;Period\n"
        "1;Legal framework;;\n"
        '1.1;Draft the law;"DTX, MM (in agreement)";2025-Q2\n'
        "1.2;'=Formula kept as text;DTX;2025\n"
        "3x;No executors, a number mistyped;;\n",
        encoding="utf-8",
    )
    preview = desk.plan_import.preview(path)
    assert [(p.row, str(p.error)) for p in preview.problems] == [
        (5, "3x is not a measure number like 2.3.1")
    ]
    assert [m.values["title"] for m in preview.measures] == [
        "Draft the law",
        "=Formula kept as text",
    ]
    assert preview.measures[0].values["description"] == "Executors: Milli Məclis (in agreement)"
    for name, content, message in (
        ("plan.txt", b"x", "give an .xlsx, .ods or .csv file"),
        ("broken.xlsx", b"not a zip", "cannot read broken.xlsx"),
        ("empty.csv", b"", "no header row"),
    ):
        bad = tmp_path / name
        bad.write_bytes(content)
        with pytest.raises(ValidationError, match=message):
            desk.plan_import.preview(bad)
