"""Working groups: groups with members and representatives, meetings, decisions that assign
tasks; only the coordinator records them, and they travel by bundle to the institutions they
concern (the clock is pinned to 15.09.2026)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.core.desk import Desk
from desktop_app.core.dump import record_dict
from desktop_app.core.models import GroupDecision, Meeting, WorkingGroup
from desktop_app.errors import NotFound, PermissionDenied, ValidationError
from desktop_app.exchange import service
from desktop_app.reports import ReportParams, generate
from desktop_app.reports.i18n import Lang
from tests.conftest import SteppingClock, run_cli
from tests.exchange_world import craft_bundle, create_nodes, dump, record_line, ship
from tests.test_reports import read

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow

PROTOCOL = "İQ-1-2026-01"


@dataclass
class World:
    c: Desk
    mod: Desk
    rinn: Desk
    amb: Desk
    stick: Path


def build_world(root: Path) -> World:
    """İQ-1 (MOD, RINN) meets; decision 1 assigns RINN a task, decision 2 assigns AMB (not a
    member) one, decision 3 assigns nothing. İQ-2 has AMB alone."""
    roles = {"SCIS": "coordinator", "MOD": "institution", "RINN": "institution"}
    nodes = create_nodes(root, roles | {"AMB": "institution"}, SteppingClock())
    c, mod, rinn, amb = nodes.values()
    c.plan.set_strategy("Strategiya 2023-2027", 2023, 2027)
    c.plan.add_direction(1, "Hüquqi baza")
    c.plan.add_measure("1.1", "Qanun layihəsi", "MOD", direction=1, start="01.01.2026",
                       end="31.12.2026")  # fmt: skip
    c.groups.add_group(
        "İQ-1", "Hüquqi baza üzrə işçi qrup", name_en="Legal framework working group",
        direction=1, members=["MOD", "RINN"],
        representatives={"MOD": "Əliyev Əli, şöbə müdiri", "RINN": "Qasımova Günel, məsləhətçi"},
    )  # fmt: skip
    c.groups.add_group("İQ-2", "Kadr hazırlığı üzrə işçi qrup", members=["AMB"])
    meeting = c.groups.add_meeting(
        "İQ-1", "10.09.2026", place="Bakı", chair="Həsənov Həsən",
        attendees=["Əliyev Əli (MOD)", "Qasımova Günel (RINN)"],
        agenda="Qanun layihəsinin müzakirəsi",
    )  # fmt: skip
    assert meeting.number == PROTOCOL
    c.groups.add_decision(PROTOCOL, "Layihəni razılaşdırmaq", assignees=["RINN"],
                          deadline="30.09.2026", measures=["1.1"])  # fmt: skip
    c.groups.add_decision(PROTOCOL, "Rəy vermək", assignees=["AMB"], deadline="01.09.2026")
    c.groups.add_decision(PROTOCOL, "Növbəti iclas oktyabrda")
    world = World(c, mod, rinn, amb, root / "stick")
    for desk in (mod, rinn, amb):
        ship(c, desk, world.stick)
    return world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = build_world(tmp_path_factory.mktemp("groups"))
    yield built
    for desk in (built.c, built.mod, built.rinn, built.amb):
        desk.close()


def test_groups_meetings_and_decisions_as_recorded(world: World) -> None:
    [first, second] = world.c.groups.groups()
    assert (first.code, first.direction, first.members) == ("İQ-1", 1, ("MOD", "RINN"))
    assert first.representatives["RINN"] == "Qasımova Günel, məsləhətçi"
    assert (second.code, second.members, second.meetings) == ("İQ-2", ("AMB",), ())
    [meeting] = first.meetings
    assert [(d.ref, d.assignees, d.measures, d.overdue) for d in meeting.decisions] == [
        (f"{PROTOCOL}#1", ("RINN",), ("1.1",), False),
        (f"{PROTOCOL}#2", ("AMB",), (), True),
        (f"{PROTOCOL}#3", (), (), False),
    ]


def test_bad_input_is_refused_with_one_line(world: World) -> None:
    with pytest.raises(ValidationError, match="already exists"):
        world.c.groups.add_group("İQ-1", "Təkrar")
    with pytest.raises(NotFound, match='no institution "XYZ"'):
        world.c.groups.add_group("İQ-9", "Yeni", members=["XYZ"])
    with pytest.raises(ValidationError, match="not a member"):
        world.c.groups.add_group("İQ-9", "Yeni", members=["MOD"], representatives={"AMB": "X"})
    with pytest.raises(ValidationError, match="needs the institutions"):
        world.c.groups.add_decision(PROTOCOL, "Tapşırıq", deadline="01.12.2026")
    with pytest.raises(NotFound, match='no measure "9.9"'):
        world.c.groups.add_decision(PROTOCOL, "Tapşırıq", measures=["9.9"])
    assert [g.code for g in world.c.groups.groups()] == ["İQ-1", "İQ-2"]


def test_an_institution_may_not_record_them_locally(world: World) -> None:
    with pytest.raises(PermissionDenied, match="cannot edit the action plan"):
        world.rinn.groups.add_group("İQ-5", "Öz qrupu", members=["RINN"])
    with pytest.raises(PermissionDenied):
        world.rinn.groups.add_decision(PROTOCOL, "Öz qərarı")


def test_decisions_travel_to_the_institutions_they_concern(world: World) -> None:
    def seen(desk: Desk) -> tuple[list[str], list[str], list[str]]:
        groups = desk.groups.groups()
        return (
            [g.code for g in groups],
            [m.number for m in desk.groups.meetings()],
            [d.ref for g in groups for m in g.meetings for d in m.decisions],
        )

    every = [f"{PROTOCOL}#{n}" for n in (1, 2, 3)]
    # Members get their group with every decision of its meetings.
    assert seen(world.rinn) == (["İQ-1"], [PROTOCOL], every)
    assert seen(world.mod) == (["İQ-1"], [PROTOCOL], every)
    # AMB: its own group, and the one decision of another group's meeting assigned to it.
    assert seen(world.amb) == (["İQ-1", "İQ-2"], [PROTOCOL], [f"{PROTOCOL}#2"])
    assert world.amb.groups.group("İQ-1").representatives["MOD"] == "Əliyev Əli, şöbə müdiri"


def test_tasks_appear_in_the_due_lists(world: World) -> None:
    tasks = [
        (i.institution, i.ref, i.due.isoformat() if i.due else "", i.overdue)
        for i in world.c.due.items().items
        if i.kind == "task"
    ]
    assert tasks == [("AMB", f"{PROTOCOL}#2", "2026-09-01", True),
                     ("RINN", f"{PROTOCOL}#1", "2026-09-30", False)]  # fmt: skip
    assert [i.ref for i in world.rinn.due.items().items if i.kind == "task"] == [f"{PROTOCOL}#1"]
    assert [i.ref for i in world.mod.due.items().items if i.kind == "task"] == []


def test_a_done_task_leaves_the_due_list(tmp_path: Path) -> None:
    world = build_world(tmp_path)
    world.c.groups.mark_done(f"{PROTOCOL}#1")
    assert "task" not in world.c.due.items("RINN").counts()
    ship(world.c, world.rinn, world.stick)
    assert world.rinn.groups.meeting(PROTOCOL).decisions[0].done
    world.c.groups.mark_done(f"{PROTOCOL}#1", done=False)
    assert world.c.due.items("RINN").counts()["task"] == 1
    for desk in (world.c, world.mod, world.rinn, world.amb):
        desk.close()


def test_an_edited_decision_is_audited_and_travels(tmp_path: Path) -> None:
    """Its text, assignees and deadline change (only what is named), the audit log records the
    old and new values, and the edit reaches the members and the institution assigned now."""
    world = build_world(tmp_path)
    c = world.c
    try:
        third = f"{PROTOCOL}#3"
        c.groups.edit_decision(f"{PROTOCOL}#1", text="Layihəni 2 həftədə razılaşdırmaq")
        first = c.groups.meeting(PROTOCOL).decisions[0]
        assert (first.text, first.assignees, first.deadline, first.measures) == (
            "Layihəni 2 həftədə razılaşdırmaq", ("RINN",), dt.date(2026, 9, 30), ("1.1",),
        )  # fmt: skip
        # Decision 3 becomes a task of AMB, which is no member of İQ-1.
        c.groups.edit_decision(third, assignees=["AMB"], deadline="15.10.2026")
        [event] = c.audit.recent(action="update", text=c.groups.meeting(PROTOCOL).decisions[2].id)
        assert event.record_kind == GroupDecision.KIND
        assert "AMB" in event.detail and "2026-10-15" in event.detail
        with pytest.raises(ValidationError, match="a deadline needs the institutions"):
            c.groups.edit_decision(third, assignees=[])
        with pytest.raises(NotFound):
            c.groups.edit_decision(third, assignees=["NOPE"])
        with pytest.raises(PermissionDenied):
            world.rinn.groups.edit_decision(third, text="Öz mətni")
        assert c.groups.meeting(PROTOCOL).decisions[2].assignees == ("AMB",)

        for desk in (world.mod, world.rinn, world.amb):
            ship(c, desk, world.stick)
        assert world.rinn.groups.meeting(PROTOCOL).decisions[0].text == (
            "Layihəni 2 həftədə razılaşdırmaq"
        )
        assert [d.ref for d in world.amb.groups.meeting(PROTOCOL).decisions] == [
            f"{PROTOCOL}#2", third,
        ]  # fmt: skip
        assert [(i.ref, i.due) for i in world.amb.due.items().items if i.kind == "task"] == [
            (f"{PROTOCOL}#2", dt.date(2026, 9, 1)), (third, dt.date(2026, 10, 15)),
        ]  # fmt: skip

        # The deadline removed, then the assignees: no longer a task.
        c.groups.edit_decision(third, clear_deadline=True)
        c.groups.edit_decision(third, assignees=[])
        assert [i.ref for i in c.due.items("AMB").items if i.kind == "task"] == [f"{PROTOCOL}#2"]
    finally:
        for desk in (world.c, world.mod, world.rinn, world.amb):
            desk.close()


def test_cli_decisions_edit(tmp_path: Path) -> None:
    world = build_world(tmp_path)
    home = world.c.workspace.home
    try:
        done = run_cli(home, "decisions", "edit", f"{PROTOCOL}#2", "--text", "Rəy təqdim etmək",
                       "--assign", "MOD", "--deadline", "20.10.2026")  # fmt: skip
        assert done.returncode == 0 and done.stdout.startswith(f"changed decision {PROTOCOL}#2")
        done = run_cli(home, "meetings", "show", PROTOCOL, "--json")
        decision = json.loads(done.stdout)["decisions"][1]
        assert (decision["text"], decision["assignees"], decision["deadline"]) == (
            "Rəy təqdim etmək", ["MOD"], "2026-10-20",
        )  # fmt: skip
        nothing = run_cli(home, "decisions", "edit", f"{PROTOCOL}#2")
        assert nothing.returncode != 0 and "nothing to change" in nothing.stderr
        bad = run_cli(home, "decisions", "edit", f"{PROTOCOL}#2", "--deadline", "31.02.2026")
        assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
        assert "Traceback" not in bad.stderr
        done = run_cli(home, "decisions", "edit", f"{PROTOCOL}#2", "--no-deadline",
                       "--no-assignees")  # fmt: skip
        assert done.returncode == 0, done.stderr
        decision = json.loads(run_cli(home, "meetings", "show", PROTOCOL, "--json").stdout)[
            "decisions"
        ][1]
        assert (decision["assignees"], decision["deadline"]) == ([], None)
    finally:
        for desk in (world.c, world.mod, world.rinn, world.amb):
            desk.close()


@pytest.mark.parametrize("kind", [WorkingGroup.KIND, Meeting.KIND, GroupDecision.KIND])
def test_a_hostile_bundle_cannot_create_or_change_them(
    world: World, tmp_path: Path, kind: str
) -> None:
    """RINN's laptop, compromised: a bundle signed with RINN's own keys that rewrites a
    decision, a meeting or a group, or adds one of its own, is refused whole."""
    model = {m.KIND: m for m in (WorkingGroup, Meeting, GroupDecision)}[kind]
    with world.rinn.reading() as session:
        record = session.query(model).order_by(model.id).first()
        assert record is not None
        data = record_dict(record)
    field = {"working_group": "name", "meeting": "agenda", "group_decision": "text"}[kind]
    stamp = world.rinn.hlc.tick()
    changed = dict(data, **{field: "Ələ keçirilmiş"})
    changed["versions"] = dict(data["versions"], **{field: stamp})
    created = dict(changed, id=str(uuid.uuid4()), origin="RINN")
    created["versions"] = dict.fromkeys(data["versions"], stamp)
    unique = {"working_group": ("code", "İQ-77"), "meeting": ("number", "X-1"),
              "group_decision": ("number", 77)}  # fmt: skip
    created[unique[kind][0]] = unique[kind][1]
    before = dump(world.c)
    for n, record_data in enumerate((changed, created)):
        path = craft_bundle(
            world.rinn, world.c, tmp_path, lines=[record_line(kind, record_data)], sequence=90 + n
        )
        result = service.import_bundle(world.c, path)
        assert result.outcome == "refused"
        # A group and a meeting are kept once recorded: no node changes one, RINN included.
        kept = n == 0 and kind != GroupDecision.KIND
        why = "it is recorded once and kept" if kept else "RINN may not edit the action plan"
        assert why in result.reason and "RINN may not" in result.reason
    assert dump(world.c) == before


def test_cli_groups_meetings_decisions(world: World, tmp_path: Path) -> None:
    home = world.c.workspace.home

    def cli(*args: str) -> str:
        done = run_cli(home, *args)
        assert done.returncode == 0, done.stderr
        return done.stdout

    out = cli("groups", "add", "İQ-3", "--name", "Monitorinq qrupu", "--member", "AMB",
              "--member", "MOD", "--representative", "AMB=Məmmədov Rauf")  # fmt: skip
    assert out.startswith("added working group İQ-3")
    [group] = [g for g in json.loads(cli("groups", "list", "--json")) if g["code"] == "İQ-3"]
    assert group["members"] == ["AMB", "MOD"] and group["representatives"] == {
        "AMB": "Məmmədov Rauf"
    }
    out = cli("meetings", "add", "İQ-3", "--date", "14.09.2026", "--chair", "Sədr",
              "--attendee", "Məmmədov Rauf (AMB)", "--agenda", "Plan")  # fmt: skip
    assert out.startswith("added meeting İQ-3-2026-01")
    cli("decisions", "add", "İQ-3-2026-01", "--text", "Hesabat hazırlamaq", "--assign", "MOD",
        "--deadline", "20.09.2026", "--measure", "1.1")  # fmt: skip
    shown = json.loads(cli("meetings", "show", "İQ-3-2026-01", "--json"))
    assert shown["group"] == "İQ-3" and shown["attendees"] == ["Məmmədov Rauf (AMB)"]
    [decision] = shown["decisions"]
    assert (decision["ref"], decision["assignees"], decision["deadline"], decision["measures"]) == (
        "İQ-3-2026-01#1", ["MOD"], "2026-09-20", ["1.1"],
    )  # fmt: skip
    assert "İQ-3-2026-01" in cli("groups", "show", "İQ-3")
    assert "done" in cli("decisions", "done", "İQ-3-2026-01#1")
    bad = run_cli(home, "decisions", "add", "NOPE-1", "--text", "x")
    assert (bad.returncode, bad.stderr.strip()) == (1, 'error: no meeting "NOPE-1"')
    refused = run_cli(world.rinn.workspace.home, "groups", "add", "İQ-4", "--name", "x")
    assert refused.returncode == 1 and "cannot edit the action plan" in refused.stderr
    pdf = tmp_path / "protocol.pdf"
    cli("report", "meeting-protocol", "--meeting", "İQ-3-2026-01", "--out", str(pdf))
    assert "Hesabat hazırlamaq" in read(pdf).text


@pytest.mark.parametrize("lang", ["en", "az", "ru"])
def test_meeting_protocol_pdf(world: World, tmp_path: Path, lang: Lang) -> None:
    params = ReportParams(lang=lang, meeting=PROTOCOL)
    text = read(generate(world.c, "meeting-protocol", params, tmp_path / "p.pdf")).text
    for phrase in (PROTOCOL, "Layihəni razılaşdırmaq", "30.09.2026", "Həsənov Həsən",
                   "Qasımova Günel, məsləhətçi", "Qanun layihəsinin müzakirəsi"):  # fmt: skip
        assert phrase in text, phrase
    if lang == "az":
        assert "İşçi qrupun sədri" in text and "MOD adından" in text
    elif lang == "ru":
        assert "Протокол заседания рабочей группы" in text and "Решили" in text
        assert "Председатель рабочей группы" in text and "От RINN" in text
    else:
        assert "Chair of the working group" in text and "For RINN" in text
        assert "Legal framework working group" in text
