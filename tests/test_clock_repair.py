"""A store whose clock a partner pushed years ahead (before the merge refused such stamps) is
repaired by ``repair-clock``: later edits win again and the exchange resumes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from desktop_app.core.hlc import Stamp
from desktop_app.core.models import ProgressReport, Setting
from desktop_app.exchange import service
from tests.conftest import PINNED_MS, DeskFactory, SteppingClock, run_cli
from tests.exchange_world import enrol, open_node, plan_institution, ship

pytestmark = pytest.mark.slow

YEAR_2100 = "4102444800000.00000.MIN1"
DAY_MS = 86_400_000


def test_a_poisoned_store_is_repaired(
    make_desk: DeskFactory, clock: SteppingClock, tmp_path: Path
) -> None:
    c = make_desk("coordinator", "SCIS")
    m = make_desk("institution", "MIN1")
    enrol(c, m)
    plan_institution(c, "MIN1", "Nazirlik")
    c.plan.add_measure("1.1", "Tədbir", "MIN1")
    ship(c, m, tmp_path / "1")
    report = m.progress.add("1.1", "2026-Q3", "in_progress", 10, "Başlanıb")
    ship(m, c, tmp_path / "2")
    # What the old merge let a bundle do: a field stamped in 2100, the clock saved there.
    with c.transaction() as session:
        row = session.get(ProgressReport, report.id)
        assert row is not None
        versions = dict(row.versions, work_done=YEAR_2100)
        session.execute(
            update(ProgressReport)
            .where(ProgressReport.id == report.id)
            .values(versions=versions, work_done="Gələcəkdən")
        )
    with c.transaction() as session:
        session.merge(Setting(key="hlc_last", value="4102444800000.00000.SCIS"))
    c.close()
    c = open_node(tmp_path / "SCIS", clock)
    # The clock no longer runs with it, but the stamp would still beat every honest edit.
    assert Stamp.parse(c.hlc.tick()).wall_ms < PINNED_MS + 2 * DAY_MS

    repaired = c.maintenance.repair_clock()
    assert (repaired.stamps, repaired.records) == (1, 1)
    with c.reading() as session:
        row = session.get(ProgressReport, report.id)
        assert row is not None and row.versions["work_done"].endswith(".MIN1")
        assert Stamp.parse(row.versions["work_done"]).wall_ms < PINNED_MS + 2 * DAY_MS
    # The institution's later edit wins again.
    m.progress.add("1.1", "2026-Q3", "in_progress", 20, "Düzəldildi")
    ship(m, c, tmp_path / "3")
    assert [r.work_done for r in c.progress.rows()] == ["Düzəldildi"]
    assert c.maintenance.repair_clock().stamps == 0
    (tmp_path / "4").mkdir()
    assert service.export_bundle(c, "MIN1", tmp_path / "4").sequence >= 1
    c.close()
    done = run_cli(tmp_path / "SCIS", "repair-clock")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "the clock is sound: no stamp is ahead of this computer's clock"
