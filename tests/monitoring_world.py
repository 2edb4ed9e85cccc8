"""The coordinator, a lead (MOD) and two co-executors (RINN, AMB) carrying bundles through
the coordinator: the world of the monitoring and strategy-report scenarios."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.desk import Desk
from desktop_app.reports.data import StrategyData
from tests.exchange_world import ship


@dataclass
class MonitoringWorld:
    c: Desk
    mod: Desk
    rinn: Desk
    amb: Desk
    stick: Path
    ids: dict[str, str]

    def send(self, *senders: Desk) -> None:
        for sender in senders:
            ship(sender, self.c, self.stick)

    def deliver(self) -> None:
        for desk in (self.mod, self.rinn, self.amb):
            ship(self.c, desk, self.stick)

    def close(self) -> None:
        for desk in (self.c, self.mod, self.rinn, self.amb):
            desk.close()


def report_figures(content: StrategyData) -> dict[str, Any]:
    """The strategy report's figures, in the dashboard's JSON form."""
    return {
        "measures_total": len(content.measures),
        "by_status": content.by_status,
        "mean_percent": round(content.mean_percent, 1),
        "by_direction": {
            str(d.number): {"measures": d.measures, "mean_percent": round(d.mean_percent, 1)}
            for d in content.directions
            if d.measures
        },
        "overdue_measures": [m.number for m in content.overdue],
        "reports_submitted": content.reports_submitted,
        "reports_missing": [[m.institution.code, n] for m in content.missing for n in m.measures],
    }
