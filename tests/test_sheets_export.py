"""Every list to a spreadsheet (``--xlsx FILE``, ``--csv FILE``), read back with openpyxl and
the csv module: real dates and numbers, Azerbaijani letters intact, the header frozen and
filtered, the marking in the page header and footer, and nothing half-written."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.cli.common import PASSPHRASE_ENV
from desktop_app.cli.main import run
from desktop_app.core.desk import Desk
from desktop_app.core.sheets.plan_sheet import MEASURE_SHEET
from desktop_app.core.sheets.writer import write_table
from desktop_app.errors import DeskError, ValidationError
from desktop_app.store.workspace import HOME_ENV
from tests.conftest import PASSPHRASE
from tests.sample_plan import build_sample

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow

MARKING = "Xidməti istifadə üçün & daxili"


@pytest.fixture
def desk(coordinator: Desk, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    build_sample(coordinator, measures=12)
    coordinator.set_setting("marking", MARKING)
    monkeypatch.setenv(HOME_ENV, str(coordinator.workspace.home))
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    yield coordinator


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(list(args))
    return code, out.getvalue(), err.getvalue()


def export(tmp_path: Path, name: str, *command: str) -> Worksheet:
    path = tmp_path / f"{name}.xlsx"
    code, output, err = cli(*command, "--xlsx", str(path))
    assert code == 0, err
    assert output.startswith("wrote ") and str(path) in output
    sheet = openpyxl.load_workbook(path).active
    assert isinstance(sheet, Worksheet)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:")
    header, footer = sheet.oddHeader, sheet.oddFooter
    assert header is not None and footer is not None
    assert "Xidməti istifadə üçün && daxili" in str(header.center.text)
    assert "Xidməti istifadə üçün && daxili" in str(footer.left.text)
    assert footer.right.text == "&P / &N"
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file left
    return sheet


def table(sheet: Worksheet) -> list[dict[str, object]]:
    rows = list(sheet.iter_rows(values_only=True))
    headers = [str(h) for h in rows[0]]
    return [dict(zip(headers, row, strict=True)) for row in rows[1:]]


def test_measures_list_to_xlsx_with_real_types(desk: Desk, tmp_path: Path) -> None:
    sheet = export(tmp_path, "measures", "measures", "list")
    assert [c.value for c in sheet[1]] == list(MEASURE_SHEET)
    rows = table(sheet)
    expected = desk.plan.measure_rows()
    assert [r["NUMBER"] for r in rows] == [m.number for m in expected]
    first, row = expected[0], rows[0]
    assert row["TITLE"] == first.title
    assert row["LEAD"] == first.lead_code
    assert row["DIRECTION"] == f"{first.direction}. {first.direction_title}"
    assert isinstance(row["END"], dt.datetime) and row["END"].date() == first.end_date
    assert isinstance(row["%"], int) and row["%"] == first.percent
    assert row["OVERDUE"] is first.overdue
    assert row["CONTINUOUS"] is first.continuous
    assert sheet.column_dimensions["C"].width > 20  # widened to the titles
    assert any("ə" in str(r["TITLE"]) for r in rows)


def test_every_list_command_writes_xlsx(desk: Desk, tmp_path: Path) -> None:
    progress = table(export(tmp_path, "progress", "progress", "list"))
    assert progress and all(isinstance(r["PERCENT"], int) for r in progress)
    assert {type(r["DRAFT"]) for r in progress} == {bool}
    assert {r["ID"] for r in progress} == {r.id for r in desk.progress.rows()}

    for report, result in zip(
        desk.progress.rows(include_drafts=False), ("implemented", "not_implemented"), strict=False
    ):
        desk.progress.evaluate(report.id, result, "Sübut əlavə edilməyib")
    evaluations = table(export(tmp_path, "evaluations", "progress", "evaluations"))
    assert [r["ID"] for r in evaluations] == [e.id for e in desk.progress.evaluation_rows()]
    assert len(evaluations) == 2
    assert all(isinstance(r["EVALUATED AT"], dt.datetime) for r in evaluations)
    assert {r["COMMENT"] for r in evaluations} == {"Sübut əlavə edilməyib"}

    findings = table(export(tmp_path, "findings", "findings", "list"))
    assert findings and all(
        r["DEADLINE"] is None or isinstance(r["DEADLINE"], dt.datetime) for r in findings
    )
    assert {type(r["URGENT"]) for r in findings} == {bool}

    inspections = table(export(tmp_path, "inspections", "inspections", "list"))
    assert inspections and isinstance(inspections[0]["START DATE"], dt.datetime)
    assert {r["INSTITUTION"] for r in inspections} <= {"EHSMN", "MB", "SHEKI", "RINN"}

    requirements = table(export(tmp_path, "requirements", "requirements", "list"))
    assert [r["CODE"] for r in requirements] == [r.code for r in desk.catalog.requirements()]

    indicators = table(export(tmp_path, "indicators", "indicators", "list", "1.1"))
    assert indicators and all(
        isinstance(r["BASELINE"], int | float) for r in indicators if r["BASELINE"] is not None
    )

    audit = table(export(tmp_path, "audit", "audit", "list", "--limit", "50"))
    assert len(audit) == 50 and isinstance(audit[0]["AT (UTC)"], dt.datetime)
    assert isinstance(audit[0]["SEQ"], int)

    bundles = export(tmp_path, "bundles", "bundles", "list")
    assert [c.value for c in bundles[1]][:3] == ["ID", "DIRECTION", "PEER"]
    assert bundles.max_row == 1  # no bundle yet: the header alone

    due = table(export(tmp_path, "due", "due", "--within", "3650"))
    code, output, _err = cli("due", "--within", "3650", "--json")
    assert code == 0
    items = json.loads(output)["items"]
    assert [(r["KIND"], r["REF"]) for r in due] == [(i["kind"], i["ref"]) for i in items]
    assert due and all(isinstance(r["DUE"], dt.datetime | None) for r in due)
    assert {type(r["OVERDUE"]) for r in due} == {bool}


def test_csv_keeps_letters_iso_dates_the_marking_and_no_formula(desk: Desk, tmp_path: Path) -> None:
    desk.plan.revise_measure("1.1", "Sınaq", title='=HYPERLINK("x") Şəbəkə İĞÜÖÇ')
    path = tmp_path / "measures.csv"
    code, _out, err = cli("measures", "list", "--csv", str(path))
    assert code == 0, err
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode())
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert lines[0] == [MARKING] and lines[-1] == [MARKING]
    assert lines[1] == list(MEASURE_SHEET)
    rows = [dict(zip(lines[1], line, strict=True)) for line in lines[2:-1]]
    first = desk.plan.measure_rows()[0]
    assert rows[0]["TITLE"] == '\'=HYPERLINK("x") Şəbəkə İĞÜÖÇ'
    assert rows[0]["END"] == first.end_date.isoformat() if first.end_date else ""
    assert rows[0]["CONTINUOUS"] in ("true", "false")


def test_wrong_names_and_failures_leave_nothing(desk: Desk, tmp_path: Path) -> None:
    code, _out, err = cli("measures", "list", "--xlsx", str(tmp_path / "x.csv"))
    assert code == 2 and "--xlsx takes a file name ending in .xlsx" in err
    code, _out, err = cli("measures", "list", "--xlsx", str(tmp_path / "no" / "x.xlsx"))
    assert code == 1 and err.count("\n") == 1 and "no such folder" in err
    code, _out, err = cli("measures", "list", "--json", "--csv", str(tmp_path / "x.csv"))
    assert code == 2
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "half.xlsx"
    target.write_bytes(b"the previous export")

    def rows() -> Iterator[list[object]]:
        yield ["1.1", "Şəbəkə"]
        raise DeskError("the store went away")

    for path in (target, folder / "half.csv"):
        with pytest.raises(DeskError):
            write_table(path, ["A", "B"], rows(), marking=MARKING)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["half.xlsx"]
    with pytest.raises(ValidationError, match="give an .xlsx or .csv"):
        write_table(tmp_path / "x.pdf", ["A"], [], marking="")


def test_an_export_leaves_nothing_but_the_file(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """XlsxWriter streams rows through temporary files: they go beside the target, not to the
    system's temporary folder, and are gone when the file is complete."""
    system_tmp = tmp_path / "system-tmp"
    folder = tmp_path / "out"
    system_tmp.mkdir()
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    seen: dict[str, list[str]] = {}

    def rows() -> Iterator[list[object]]:
        for i in range(5000):
            if i == 2500:  # while the rows stream
                seen["system"] = [p.name for p in system_tmp.iterdir()]
                seen["beside"] = [p.name for p in folder.iterdir()]
            yield [f"{i}", "Şəbəkə " * 20, i, dt.date(2026, 1, 1)]

    assert write_table(folder / "big.xlsx", ["A", "B", "C", "D"], rows(), marking="M") == 5000
    assert seen["system"] == []
    assert len(seen["beside"]) >= 2  # the atomic write's and XlsxWriter's own
    assert "big.xlsx" not in seen["beside"]
    assert list(system_tmp.iterdir()) == []
    assert [p.name for p in folder.iterdir()] == ["big.xlsx"]


def test_measures_import_and_template_on_the_command_line(desk: Desk, tmp_path: Path) -> None:
    template = tmp_path / "plan.xlsx"
    code, output, err = cli("measures", "template", "--out", str(template), "--lang", "ru")
    assert code == 0, err
    assert "(ru)" in output
    book = openpyxl.load_workbook(template)
    plan = book.worksheets[0]
    assert plan["B1"].value == "Наименование мероприятия"
    plan.append(["6", "Новое направление"])
    plan.append(["6.1", "Обучение", "MB, RINN", "II квартал 2027 года"])
    plan.append(["6.2", "Аудит", "Мин. обороны", "2027"])
    book.save(template)
    code, output, err = cli("measures", "import", str(template))
    assert code == 0, err
    assert "measures: 2 new" in output
    assert 'row 4: measure 6.2: no registered institution "Мин. обороны"' in output
    assert "nothing written" in output
    code, output, _err = cli("measures", "import", str(template), "--json")
    data = json.loads(output)
    assert [(p["row"], p["message"][:12]) for p in data["problems"]] == [(4, "measure 6.2:")]
    assert data["applied"] is None
    code, output, err = cli("measures", "import", str(template), "--apply")
    assert code == 1 and err.count("\n") == 1 and "1 problem(s)" in err
    assert 'row 4: measure 6.2: no registered institution "Мин. обороны"' in output
    assert "6.1" not in {r.number for r in desk.plan.measure_rows()}
    code, _output, err = cli("measures", "import", str(template), "--cancel-missing")
    assert code == 2 and "--cancel-missing goes with --apply" in err
    plan["C4"] = "RINN"
    book.save(template)
    code, output, err = cli("measures", "import", str(template), "--apply")
    assert code == 0, err
    assert "imported: 1 direction(s), 2 measure(s) created" in output
    assert {r.number: r.lead_code for r in desk.plan.measure_rows()}["6.2"] == "RINN"


def test_requirements_catalog_from_xlsx_in_any_column_order(desk: Desk, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["KİI təhlükəsizlik tələbləri kataloqu"])
    sheet.append(["Kateqoriya", "Başlıq", "Kod", "ISO 27001", "Mətn"])
    sheet.append(["special", "Şəbəkənin seqmentləşdirilməsi", "XT-9", "A.8.22", "Ayrı seqment"])
    sheet.append(["general", "Aktivlərin uçotu", "ÜT-9", "A.5.9", ""])
    path = tmp_path / "catalog.xlsx"
    book.save(path)
    code, output, err = cli("requirements", "import", str(path))
    assert code == 0, err
    assert "2 added" in output
    added = {r.code: r for r in desk.catalog.requirements()}
    assert added["XT-9"].title == "Şəbəkənin seqmentləşdirilməsi"
    assert (added["XT-9"].category, added["XT-9"].iso27001) == ("special", "A.8.22")
    # The catalog's own list reads back as an import (nothing changes).
    listed = tmp_path / "listed.xlsx"
    assert cli("requirements", "list", "--xlsx", str(listed))[0] == 0
    assert desk.catalog.import_file(listed) == (0, 0)


def test_a_russian_catalog_names_its_categories_and_the_row_of_a_mistake(
    desk: Desk, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Каталог требований"])
    sheet.append([])
    sheet.append(["Категория", "Код", "Наименование", "Описание"])
    sheet.append(["Общие", "ОТ-1", "Учёт активов", "Реестр\nактивов"])  # row 4
    sheet.append(["Специальные", "СТ-1", "Сегментация сети", ""])  # row 5
    sheet.append(["Доступ", "СТ-2", "Управление доступом", ""])  # row 6: no such category
    path = tmp_path / "каталог.xlsx"
    book.save(path)
    before = len(desk.catalog.requirements())
    code, _output, err = cli("requirements", "import", str(path))
    assert code == 1
    assert "каталог.xlsx, row 6: category must be one of: general, special" in err
    assert len(desk.catalog.requirements()) == before
    sheet["A6"] = "Xüsusi"
    book.save(path)
    assert desk.catalog.import_file(path) == (3, 0)
    added = {r.code: r for r in desk.catalog.requirements()}
    assert [added[c].category for c in ("ОТ-1", "СТ-1", "СТ-2")] == [
        "general",
        "special",
        "special",
    ]
    assert added["ОТ-1"].text == "Реестр\nактивов"
