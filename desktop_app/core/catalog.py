"""The catalog of general and special CII security requirements that inspections check."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop_app.core import lookup
from desktop_app.core.access import Right
from desktop_app.core.aztext import az_sort_key
from desktop_app.core.models import Requirement, RequirementCategory
from desktop_app.core.sheets.folding import name_key
from desktop_app.core.sheets.grid import records
from desktop_app.core.validation import optional_text, require_choice, require_code, require_text
from desktop_app.errors import ValidationError

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

FIELDS = ("code", "title", "text", "category", "iso27001", "nist_csf")


class CatalogService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    @staticmethod
    def _fields(values: dict[str, Any]) -> dict[str, Any]:
        category = values.get("category") or RequirementCategory.GENERAL.value
        return {
            "code": require_code(values.get("code"), "code"),
            "title": require_text(values.get("title"), "title", limit=500),
            "text": optional_text(values.get("text"), "text"),
            "category": require_choice(
                _CATEGORY_NAMES.get(name_key(str(category)), category),
                "category",
                RequirementCategory.values(),
            ),
            "iso27001": optional_text(values.get("iso27001"), "iso27001", limit=200),
            "nist_csf": optional_text(values.get("nist_csf"), "nist_csf", limit=200),
        }

    def add(self, **values: Any) -> Requirement:
        self.desk.access.require(Right.CATALOG)
        fields = self._fields(values)
        with self.desk.transaction() as session:
            if session.scalar(select(Requirement.id).where(Requirement.code == fields["code"])):
                raise ValidationError(
                    "requirement {code} already exists", "code", code=fields["code"]
                )
            return self.desk.recorder.create(session, Requirement, **fields)

    def import_file(self, path: Path) -> tuple[int, int]:
        """Add or update requirements from a CSV (header row) or JSON (array) file.

        All rows are validated before anything is written; returns (added, updated).
        """
        self.desk.access.require(Right.CATALOG)
        rows = []
        for number, row in _read_rows(path):
            try:
                rows.append(self._fields(row))
            except ValidationError as error:
                # Which row: a catalog has hundreds, and the error alone does not say.
                raise ValidationError(
                    "{name}, row {row}: {error}",
                    error.field,
                    name=path.name,
                    row=number,
                    error=error,
                ) from None
        codes = [row["code"] for row in rows]
        if len(set(codes)) != len(codes):
            raise ValidationError("{name} lists a requirement code twice", "code", name=path.name)
        added = updated = 0
        with self.desk.transaction() as session:
            for row in rows:
                existing = session.scalar(
                    select(Requirement).where(Requirement.code == row["code"])
                )
                if existing is None:
                    self.desk.recorder.create(session, Requirement, **row)
                    added += 1
                elif self.desk.recorder.update(session, existing, deleted=False, **row):
                    updated += 1
        return added, updated

    def requirements(self) -> list[Requirement]:
        with self.desk.reading() as session:
            rows = session.scalars(select(Requirement).where(Requirement.deleted.is_(False)))
            return sorted(rows, key=lambda r: _code_key(r.code))

    def requirement(self, ref: str) -> Requirement:
        with self.desk.reading() as session:
            return lookup.get(session, Requirement, ref)


def _code_key(code: str) -> tuple[tuple[int, Any], ...]:
    """Numbers in numeric order, words in Azerbaijani alphabetical order: ÜT-2 before ÜT-10."""
    parts = code.replace("-", ".").split(".")
    return tuple((1, int(p)) if p.isdigit() else (0, az_sort_key(p)) for p in parts)


# A catalog sheet's headers, in Azerbaijani, English and Russian (our list's own among them).
SHEET_HEADERS = {
    "code": ("kod", "код", "tələbin kodu"),
    "title": ("ad", "adı", "başlıq", "tələb", "название", "наименование"),
    "text": ("mətn", "təsvir", "текст", "описание"),
    "category": ("kateqoriya", "növ", "категория"),
    "iso27001": ("iso 27001", "iso/iec 27001"),
    "nist_csf": ("nist csf", "nist"),
}


# The category as a catalog in Azerbaijani, English or Russian writes it (folded, ``name_key``).
_CATEGORY_NAMES = {
    **dict.fromkeys(("umumi", "general", "общие", "общий", "общее"), "general"),
    **dict.fromkeys(("xususi", "special", "специальные", "специальный", "особые"), "special"),
}


def _read_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """The catalog's entries with the row (sheet, CSV line) or place (JSON) each came from."""
    if path.suffix.lower() in (".xlsx", ".xlsm", ".ods"):
        return records(path, SHEET_HEADERS, ("code", "title"))
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError(
            "cannot read {path}: {error}", "file", path=path, error=error
        ) from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as error:
            raise ValidationError(
                "{name} is not valid JSON: {msg}", "file", name=path.name, msg=error.msg
            ) from None
        if not isinstance(data, list) or not all(isinstance(row, dict) for row in data):
            raise ValidationError(
                "{name} must hold a JSON array of objects", "file", name=path.name
            )
        return list(enumerate(data, start=1))
    reader = csv.DictReader(io.StringIO(raw))
    if not reader.fieldnames or not {"code", "title"} <= set(reader.fieldnames):
        raise ValidationError(
            "{name} needs a header row with code and title", "file", name=path.name
        )
    return [(reader.line_num, dict(row)) for row in reader]
