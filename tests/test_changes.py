"""The write transaction says what it touched: nobody declares it by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core import audit
from desktop_app.core.changes import (
    MAX_IDS,
    SUBJECT_BY_TABLE,
    UNSHOWN_TABLES,
    ChangeLog,
    Changes,
    Subject,
    note,
)
from desktop_app.core.desk import Desk
from desktop_app.core.models import SYNCED_MODELS, Base
from desktop_app.errors import DeskError
from desktop_app.exchange import service
from tests.conftest import DeskFactory
from tests.exchange_world import enrol


def test_every_table_is_a_subject_or_named_unshown() -> None:
    """A new table must say what it is, or its writes would refresh nothing."""
    assert set(Base.metadata.tables) == set(SUBJECT_BY_TABLE) | UNSHOWN_TABLES
    assert {Subject(model.KIND) for model in SYNCED_MODELS} <= set(Subject)
    # What an audit entry may name is a subject too: the entry alone marks a key slot changed.
    assert set(audit.subject_kinds()) <= set(Subject)


def test_a_write_reports_its_kinds_and_ids(coordinator: Desk) -> None:
    with coordinator.watch() as seen:
        institution = coordinator.plan.add_institution("MOD", "Müdafiə Nazirliyi")
    assert seen.changes.ids[Subject.INSTITUTION] == {institution.id}
    assert Subject.AUDIT in seen.changes.kinds
    assert Subject.SETTING not in seen.changes.kinds  # the clock's position is bookkeeping

    with coordinator.watch() as seen:
        coordinator.set_setting("org_name", "SCIS")
    assert seen.changes.kinds == {Subject.SETTING, Subject.AUDIT}


def test_a_refused_write_reports_nothing(coordinator: Desk) -> None:
    coordinator.plan.add_institution("MOD", "Müdafiə Nazirliyi")
    with coordinator.watch() as seen, pytest.raises(DeskError):
        coordinator.plan.add_institution("MOD", "again")
    assert seen.changes == Changes()
    assert not seen.changes


def test_an_import_reports_the_records_it_merged(
    make_desk: DeskFactory, coordinator: Desk, tmp_path: Path
) -> None:
    agency = make_desk("institution", "MOD")
    enrol(coordinator, agency)
    facility = coordinator.plan.add_facility("MOD", "Data centre")
    bundle = service.export_bundle(coordinator, "MOD", tmp_path).path
    with agency.watch() as seen:
        result = service.import_bundle(agency, bundle)
    assert result.changes == seen.changes
    assert facility.id in result.changes.ids[Subject.FACILITY]
    assert {Subject.BUNDLE, Subject.AUDIT} <= result.changes.kinds


def test_a_large_write_names_its_subject_without_keeping_every_id(coordinator: Desk) -> None:
    with coordinator.transaction() as session:
        log = session.info[ChangeLog.KEY]  # the transaction's own
        ids = [f"id-{n}" for n in range(MAX_IDS)]
        note(session, Subject.REQUIREMENT, ids)
        assert log.changes.ids[Subject.REQUIREMENT] == set(ids)
        note(session, Subject.REQUIREMENT, ["one more"])  # past the limit: the rows unnamed
        note(session, Subject.REQUIREMENT, ["and another"])
        assert log.changes.ids[Subject.REQUIREMENT] == frozenset()
        assert Subject.REQUIREMENT in log.changes.kinds
