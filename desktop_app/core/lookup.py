"""Finding records by id or by natural key (a measure by its number, an institution by its code)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.models import (
    Finding,
    Inspection,
    Institution,
    Measure,
    Meeting,
    Requirement,
    Synced,
    WorkingGroup,
)
from desktop_app.errors import NotFound, Term

RecordT = TypeVar("RecordT", bound=Synced)

NATURAL_KEYS: dict[type[Synced], str] = {
    Institution: "code",
    Measure: "number",
    Requirement: "code",
    Inspection: "reference",
    WorkingGroup: "code",
    Meeting: "number",
}


def get(session: Session, model: type[RecordT], ref: str) -> RecordT:
    """A live (not deleted) record by id, id prefix of 8+ characters, or natural key."""
    ref = (ref or "").strip()
    record = session.get(model, ref)
    if record is None and model in NATURAL_KEYS:
        column = getattr(model, NATURAL_KEYS[model])
        record = session.scalar(select(model).where(column == ref))
    if record is None and len(ref) >= 8:
        matches = session.scalars(select(model).where(model.id.startswith(ref)).limit(2)).all()
        record = matches[0] if len(matches) == 1 else None
    if record is None or record.deleted:
        raise NotFound('no {kind} "{ref}"', kind=Term(model.KIND), ref=ref)
    return record


def find_finding(session: Session, ref: str) -> Finding:
    """A finding by id, or as ``INSPECTION-REFERENCE#N``."""
    if "#" in ref:
        reference, _, number = ref.rpartition("#")
        inspection = get(session, Inspection, reference)
        finding = session.scalar(
            select(Finding).where(
                Finding.inspection_id == inspection.id,
                Finding.number == (int(number) if number.isdigit() else -1),
            )
        )
        if finding is None or finding.deleted:
            raise NotFound('no finding "{ref}"', ref=ref)
        return finding
    return get(session, Finding, ref)
