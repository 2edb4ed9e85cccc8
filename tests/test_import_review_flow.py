"""The import-review flow without Qt: check (nothing changes), then merge in sequence order."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.desk import Desk
from desktop_app.errors import ValidationError
from desktop_app.exchange import service
from desktop_app.exchange.service import Outcome
from desktop_app.gui.flows.import_review import ImportReview, for_another_desk, reason_group
from tests.conftest import DeskFactory
from tests.exchange_world import craft_bundle, enrol, plan_institution, ship

pytestmark = pytest.mark.slow


def test_check_then_merge_in_sequence(
    coordinator: Desk, make_desk: DeskFactory, tmp_path: Path
) -> None:
    institution = make_desk("institution", "MDT", "Rəqəmsal İnkişaf Nazirliyi")
    enrol(coordinator, institution)
    coordinator.plan.set_strategy("Strategiya", 2023, 2027)
    coordinator.plan.add_direction(1, "Hüquqi baza")
    plan_institution(coordinator, "MDT", "Rəqəmsal İnkişaf Nazirliyi")
    coordinator.plan.add_measure("1.1", "Tədbir", "MDT", direction=1)
    ship(coordinator, institution, tmp_path / "stick-0")
    stick = tmp_path / "stick"
    stick.mkdir()
    institution.progress.add("1.1", "2026-Q3", "in_progress", 30, "Başlanıb")
    first = service.export_bundle(institution, "SCIS", stick)
    institution.progress.add("1.1", "2026-Q3", "in_progress", 50, "Davam edir")
    second = service.export_bundle(institution, "SCIS", stick)
    damaged = stick / "damaged.age"
    data = bytearray(first.path.read_bytes())
    data[-30] ^= 0xFF
    damaged.write_bytes(bytes(data))

    flow = ImportReview(coordinator)
    with pytest.raises(ValidationError):
        flow.merge()
    assert sorted(flow.add([stick])) == sorted([first.path, second.path, damaged])
    assert flow.add([first.path]) == []  # already chosen
    reviews = flow.check()
    assert [r.preview.sequence for r in flow.to_merge()] == [1, 2]
    (refused,) = [r for r in reviews if r.refused]
    assert refused.path == damaged and reason_group(refused.preview.reason) == "damaged"
    assert service.bundles(coordinator) == [
        r for r in service.bundles(coordinator) if r.direction == "out"
    ]  # checking changed nothing

    merged = flow.merge()
    assert [r.result.outcome for r in merged if r.result] == ["merged", "merged"]
    assert flow.conflicts_found() == 0
    (row,) = [r for r in coordinator.progress.rows() if r.institution == "MDT"]
    assert (row.percent, row.work_done) == (50, "Davam edir")


def test_another_desks_bundle_is_told_by_the_exchange_not_by_its_wording(
    coordinator: Desk, make_desk: DeskFactory, tmp_path: Path
) -> None:
    """The review asks the exchange's outcome (``NotAddressed``), as ``import_paths`` does;
    a refusal that only reads like one ("meant for ...") is a refusal."""
    ours, other = (make_desk("institution", code, f"{code} qurumu") for code in ("MDT", "RINN"))
    enrol(coordinator, ours, other)
    stick = tmp_path / "stick"
    stick.mkdir()
    for_other = service.export_bundle(coordinator, "RINN", stick)
    for_us = service.export_bundle(coordinator, "MDT", stick)
    misaddressed = craft_bundle(coordinator, ours, tmp_path / "crafted", recipient_code="RINN")
    flow = ImportReview(ours)
    flow.add([stick, misaddressed])
    reviews = {review.path: review for review in flow.check()}
    assert reviews[for_other.path].elsewhere and not reviews[for_other.path].refused
    assert isinstance(reviews[for_other.path].preview.error, service.NotAddressed)
    assert reviews[for_us.path].will_merge
    crafted = reviews[misaddressed]
    assert "meant for RINN" in crafted.preview.reason
    assert crafted.refused and not crafted.elsewhere
    # import_paths says the same of the folder's bundle for another desk.
    [found] = [r for r in service.import_paths(ours, [stick]) if r.path == for_other.path]
    assert for_another_desk(found) and found.outcome == Outcome.ELSEWHERE
