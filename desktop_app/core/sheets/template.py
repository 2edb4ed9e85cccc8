# ruff: noqa: E501  (a table of the template's texts, one column a line in each language)
"""A blank action plan to fill in: the headers the plan import reads, in the interface's
language, and a second sheet that explains each column with an example.

A document, like the printed reports: its words are kept here in the three languages (the CLI
writes it too, without Qt's translations).
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.sheets.plan_import import Column
from desktop_app.errors import ValidationError
from desktop_app.store.atomic import atomic_open

# column -> per language (az, en, ru): header, explanation, example
_COLUMNS: dict[Column, dict[str, tuple[str, str, str]]] = {
    Column.NUMBER: {
        "az": ("№", "Tədbirin nömrəsi: 1.1, 1.1. və ya 1.1.1. İstiqamət sətrində yalnız istiqamətin nömrəsi (1) və adı yazılır, icraçı yazılmır.", "1.1"),
        "en": ("Number", "The measure's number: 1.1, 1.1. or 1.1.1. A direction row has only the direction's number (1) and title, no executors.", "1.1"),
        "ru": ("№", "Номер мероприятия: 1.1, 1.1. или 1.1.1. В строке направления только номер (1) и название направления, без исполнителей.", "1.1"),
    },
    Column.TITLE: {
        "az": ("Tədbirin adı", "Tədbirin adı; sətirlər bir mətn kimi birləşdirilir.", "KİI subyektlərinin reyestrinin yaradılması"),
        "en": ("Measure", "The measure's title; wrapped lines are joined.", "Create the register of CII entities"),
        "ru": ("Наименование мероприятия", "Название мероприятия; переносы строк объединяются.", "Создание реестра субъектов КИИ"),
    },
    Column.EXECUTORS: {
        "az": ("İcraçılar", "Qurumlar vergül və ya yeni sətirlə; birinci əsas icraçıdır. Qurumun adı, ingiliscə adı və ya kodu. Addan sonra mötərizədə qeyd, məs. (razılaşdırmaqla), təsvirdə saxlanılır.", "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti, Milli Məclis (razılaşdırmaqla)"),
        "en": ("Executors", "Institutions separated by commas or new lines, the lead first: a registered name, English name or code. A note in brackets after a name, e.g. (in agreement), is kept in the description.", "SCIS, National Assembly (in agreement)"),
        "ru": ("Исполнители", "Учреждения через запятую или с новой строки, основной исполнитель первым: название, английское название или код. Примечание в скобках после названия, напр. (по согласованию), сохраняется в описании.", "СКИБ, Милли Меджлис (по согласованию)"),
    },
    Column.TERM: {
        "az": ("İcra müddəti", "2023–2024-cü illər, 2025-ci il, 2025-ci ilin II rübü, 2024-cü ilin birinci yarısı, Mütəmadi / Davamlı və ya tarix (31.12.2025).", "2025-ci ilin II rübü"),
        "en": ("Term", "2023-2024, 2025, Q2 2025, second half of 2024, continuous, or a date (31.12.2025).", "Q2 2025"),
        "ru": ("Срок исполнения", "2023–2024, 2025 год, II квартал 2025 года, I полугодие 2024 года, постоянно или дата (31.12.2025).", "II квартал 2025 года"),
    },
    Column.EXPECTED_RESULT: {
        "az": ("Gözlənilən nəticə", "İstəyə bağlı.", "Reyestr yaradılıb"),
        "en": ("Expected result", "Optional.", "The register exists"),
        "ru": ("Ожидаемый результат", "Необязательно.", "Реестр создан"),
    },
    Column.FINANCING_SOURCE: {
        "az": ("Maliyyə mənbəyi", "İstəyə bağlı.", "Dövlət büdcəsi"),
        "en": ("Financing source", "Optional.", "State budget"),
        "ru": ("Источник финансирования", "Необязательно.", "Государственный бюджет"),
    },
    Column.INDICATOR: {
        "az": ("Göstərici", "İstəyə bağlı. Tədbirin növbəti göstəriciləri nömrəsi boş olan növbəti sətirlərdə.", "Reyestrdə subyektlərin sayı"),
        "en": ("Indicator", "Optional. A measure's further indicators go on the next rows with the number left empty.", "Entities in the register"),
        "ru": ("Показатель", "Необязательно. Следующие показатели мероприятия в следующих строках с пустым номером.", "Число субъектов в реестре"),
    },
    Column.UNIT: {
        "az": ("Ölçü vahidi", "Göstəricinin ölçü vahidi.", "say"),
        "en": ("Unit", "The indicator's unit.", "count"),
        "ru": ("Единица измерения", "Единица измерения показателя.", "шт."),
    },
    Column.BASELINE: {
        "az": ("Başlanğıc dəyər", "Rəqəm.", "0"),
        "en": ("Baseline", "A number.", "0"),
        "ru": ("Базовое значение", "Число.", "0"),
    },
    Column.TARGET: {
        "az": ("Hədəf dəyər", "Rəqəm.", "120"),
        "en": ("Target", "A number.", "120"),
        "ru": ("Целевое значение", "Число.", "120"),
    },
}  # fmt: skip
_SHEETS = {
    "az": ("Tədbirlər Planı", "İzah", ("Sütun", "Nə yazılır", "Nümunə")),
    "en": ("Action plan", "Explanation", ("Column", "What goes in it", "Example")),
    "ru": ("План мероприятий", "Пояснения", ("Столбец", "Что указывать", "Пример")),
}


def template_headers(language: str) -> list[str]:
    return [texts[language][0] for texts in _COLUMNS.values()]


def write_template(path: Path, language: str) -> None:
    """The blank plan at ``path`` (.xlsx), in ``language`` (az, en or ru)."""
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("the template is an .xlsx file", "file")
    if language not in _SHEETS:
        language = "az"
    plan_name, help_name, help_headers = _SHEETS[language]
    import xlsxwriter  # here: 11 MiB only the template needs

    with atomic_open(path) as stream:
        book = xlsxwriter.Workbook(stream, {"strings_to_formulas": False})
        bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        plan = book.add_worksheet(plan_name)
        for index, header in enumerate(template_headers(language)):
            plan.write_string(0, index, header, bold)
            plan.set_column(index, index, 50 if index in (1, 2) else 18, wrap)
        plan.freeze_panes(1, 0)
        explained = book.add_worksheet(help_name)
        for index, header in enumerate(help_headers):
            explained.write_string(0, index, header, bold)
        explained.set_column(0, 0, 24)
        explained.set_column(1, 1, 80, wrap)
        explained.set_column(2, 2, 40, wrap)
        for row, texts in enumerate(_COLUMNS.values(), start=1):
            for column, text in enumerate(texts[language]):
                explained.write_string(row, column, text, bold if column == 0 else wrap)
        book.close()
