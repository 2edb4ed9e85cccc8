"""The merge's report and preview, and tombstones that win over older edits only."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from desktop_app.exchange import service
from desktop_app.exchange.merge import normalise_deleted
from tests.conftest import DeskFactory
from tests.exchange_world import dump, enrol, log_and_channels, plan_institution, ship


def test_a_tombstone_hides_older_edits_but_not_newer_ones() -> None:
    older = {"deleted": True, "title": "x"}
    normalise_deleted(older, {"deleted": "0000000000002.00000.A", "title": "0000000000001.00000.B"})
    assert older["deleted"] is True
    newer = {"deleted": True, "title": "x"}
    normalise_deleted(newer, {"deleted": "0000000000002.00000.A", "title": "0000000000003.00000.B"})
    assert newer["deleted"] is False
    live = {"deleted": False, "title": "x"}
    normalise_deleted(live, {"deleted": "0000000000009.00000.A", "title": "0000000000001.00000.B"})
    assert live["deleted"] is False


@pytest.mark.slow
def test_preview_reports_without_changing_and_import_reports_the_same(
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    c = make_desk("coordinator", "SCIS")
    m = make_desk("institution", "MIN1")
    enrol(c, m)
    plan_institution(c, "MIN1", "Nazirlik")
    c.plan.add_measure("1.1", "Tədbir", "MIN1")
    c.plan.add_measure("1.2", "Silinəcək", "MIN1")
    ship(c, m, tmp_path / "stick")
    c.plan.revise_measure("1.1", "Komissiyanın qərarı", title="Yeni ad")
    c.plan.delete_measure("1.2")
    c.catalog.add(code="R-1", title="Tələb")
    exported = service.export_bundle(c, "MIN1", tmp_path / "stick")

    before = dump(m), log_and_channels(m)
    preview = service.preview_bundle(m, exported.path)
    assert (dump(m), log_and_channels(m)) == before
    assert preview.report is not None
    assert preview.report.as_dict()["kinds"] == {
        "measure": {"created": 0, "updated": 2, "conflicts": 0},
        "plan_revision": {"created": 1, "updated": 0, "conflicts": 0},
        "requirement": {"created": 1, "updated": 0, "conflicts": 0},
    }
    result = service.import_bundle(m, exported.path)
    assert result.report is not None and result.report.as_dict() == preview.report.as_dict()
    assert m.plan.measure("1.1").title == "Yeni ad"
    assert [row.number for row in m.plan.measure_rows()] == ["1.1"]
    assert result.digest_match is True


def test_an_import_spares_the_programs_objects_from_the_collector_and_gives_them_back(
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    """While a bundle merges, the objects that existed before are left out of the cyclic
    collector's passes (they were a fifth of a large merge's CPU time); afterwards they are
    back, whether the bundle merged or was refused."""
    c = make_desk("coordinator", "SCIS")
    m = make_desk("institution", "MIN1")
    enrol(c, m)
    plan_institution(c, "MIN1", "Nazirlik")
    c.plan.add_measure("1.1", "Tədbir", "MIN1")
    (tmp_path / "stick").mkdir()
    exported = service.export_bundle(c, "MIN1", tmp_path / "stick")
    assert gc.get_freeze_count() == 0
    frozen: list[int] = []
    result = service.import_bundle(
        m, exported.path, progress=lambda _done, _total: frozen.append(gc.get_freeze_count())
    )
    assert result.outcome == "merged", result.line()
    assert frozen and min(frozen) > 0
    assert gc.get_freeze_count() == 0
    refused = service.import_bundle(c, exported.path)  # made for MIN1, not for SCIS
    assert refused.outcome == "refused"
    assert gc.get_freeze_count() == 0
