"""Convergence (hypothesis): random edit histories at four nodes with random shipping between
them; the bundles each receiver got, imported into a copy of its starting store in random
orders and with repeats, always give a byte-identical dump."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.desk import Desk
from desktop_app.errors import DeskError
from desktop_app.exchange import service
from tests.conftest import PINNED_MS, SteppingClock
from tests.exchange_world import create_nodes, dump, open_node, plan_institution, ship

pytestmark = pytest.mark.slow

CODES = ("SCIS", "MIN1", "MIN2", "TEAM1")
WORDS = ("plan", "İş", "ərzində", "Qısa", "ölçü", "şəbəkə", "uçot")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Four enrolled nodes with the plan and one inspection already shipped; stores closed."""
    root = tmp_path_factory.mktemp("world")
    roles = ("coordinator", "institution", "institution", "inspection-team")
    nodes = create_nodes(root, dict(zip(CODES, roles, strict=True)), SteppingClock())
    c, min1, min2, team = nodes.values()
    c.plan.set_strategy("Strategiya", 2023, 2027)
    for n in (1, 2):
        plan_institution(c, f"MIN{n}", f"Nazirlik {n}")
        c.plan.add_measure(f"1.{n}", f"Tədbir {n}", f"MIN{n}")
    c.inspections.add("MIN2", reference="INS-1", team_node="TEAM1")
    for node in (min1, min2, team):
        ship(c, node, root / "stick")
    for desk in nodes.values():
        desk.close()
    yield root


def _edit(nodes: dict[str, Desk], op: int, who: int, n: int) -> None:
    c, min1, min2, team = (nodes[code] for code in CODES)
    word = f"{WORDS[n % len(WORDS)]} {n}"
    if op == 0:
        c.plan.revise_measure(f"1.{who % 2 + 1}", "Qərar", title=f"Tədbir {word}")
    elif op == 1:
        # Only MIN1 reports: MIN2's replica below starts from its store before its own edits,
        # and the coordinator's evaluations of MIN2's own reports would refer to nothing there.
        min1.progress.add("1.1", ("2026", "2026-H2", "2026-Q4")[who], "in_progress", n, word)
    elif op == 2:
        if n % 3 == 0 or not team.inspections.findings():
            team.inspections.add_finding("INS-1", f"Çatışmazlıq {word}", "high")
        else:
            team.inspections.update_finding("INS-1#1", severity=("low", "high")[n % 2])
    elif op == 3:
        ref = f"INS-1#{who + 1}"
        onward = {"open": "in_remediation", "in_remediation": "remediated"}
        min2.inspections.respond(
            ref, f"Cavab {word}", onward.get(min2.inspections.finding(ref).status)
        )
    elif op == 4:
        c.inspections.respond(f"INS-1#{who + 1}", f"Koordinator {word}")
    elif op == 5:
        rows = c.progress.rows()
        if rows:
            c.progress.evaluate(rows[n % len(rows)].id, "needs_clarification", word)
    elif op == 6:
        c.plan.update_measure(f"1.{who % 2 + 1}", description=word)
    elif op == 7 and who == 0:
        c.plan.delete_measure("1.2")


def _import_all(desk: Desk, paths: list[Path]) -> None:
    """Import in the given order; a bundle refused for a missing reference is retried later,
    as a coordinator would when the earlier stick arrives."""
    pending = paths
    while pending:
        refused = [p for p in pending if service.import_bundle(desk, p).outcome == "refused"]
        assert len(refused) < len(pending), [service.verify_bundle(desk, p).reason for p in refused]
        pending = refused


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    history=st.lists(
        st.tuples(st.integers(0, 10), st.integers(0, 2), st.integers(0, 99)),
        min_size=4,
        max_size=22,
    ),
    data=st.data(),
)
def test_any_import_order_gives_the_same_state(
    template: Path, history: list[tuple[int, int, int]], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory(prefix="converge-") as scratch:
        root = Path(scratch)
        clock = SteppingClock(PINNED_MS + 10_000_000)
        for code in CODES:
            shutil.copytree(template / code, root / "live" / code)
            shutil.copytree(template / code, root / "start" / code)
        nodes = {code: open_node(root / "live" / code, clock) for code in CODES}
        received: dict[str, list[Path]] = {code: [] for code in CODES}
        stick = root / "stick"
        stick.mkdir()
        try:
            for op, who, n in history:
                leaf = nodes[CODES[1 + who]]
                if op in (8, 9):  # a stick goes one way and is imported at once
                    source, target = (leaf, nodes["SCIS"]) if op == 8 else (nodes["SCIS"], leaf)
                    exported = service.export_bundle(source, target.node.code, stick)
                    service.import_bundle(target, exported.path)
                    received[target.node.code].append(exported.path)
                elif op == 10:  # a stick that is lost on the way
                    exported = service.export_bundle(leaf, "SCIS", stick)
                    received["SCIS"].append(exported.path)
                else:
                    try:
                        _edit(nodes, op, who, n)
                    except DeskError:
                        pass  # e.g. answering a finding that does not exist yet
            for code in CODES[1:]:  # what each leaf still has to send
                received["SCIS"].append(service.export_bundle(nodes[code], "SCIS", stick).path)
            received["MIN2"].append(service.export_bundle(nodes["SCIS"], "MIN2", stick).path)
        finally:
            for desk in nodes.values():
                desk.close()

        for code in ("SCIS", "MIN2"):
            bundles = received[code]
            dumps = set()
            for attempt in range(2):
                order = data.draw(st.permutations(bundles), label=f"{code} order {attempt}")
                repeats = data.draw(st.lists(st.sampled_from(bundles), max_size=3))
                home = root / f"replica-{code}-{attempt}"
                shutil.copytree(root / "start" / code, home)
                with open_node(home, clock) as replica:
                    _import_all(replica, [*order, *repeats])
                    dumps.add(dump(replica))
            assert len(dumps) == 1
