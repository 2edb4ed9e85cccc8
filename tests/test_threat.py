"""Weighing the threat of a finding and extending its deadline (issue 15): likelihood and
impact read with the facility's CII class give the default deadline and urgency from the
node's table; deadlines never precede the inspection and only move later; the institution asks
for an extension and the coordinator decides, through real bundles."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core.desk import Desk
from desktop_app.core.models import ExtensionRequest, Finding
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.exchange import service
from desktop_app.reports import ReportError, ReportParams, generate
from desktop_app.reports.i18n import Lang
from tests.conftest import SteppingClock
from tests.exchange_world import (
    COMMISSION_ROLES,
    co_sign_round,
    craft_bundle,
    create_nodes,
    dump,
    plan_institution,
    record_line,
    ship,
    stored_record,
)

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow

REF = "INS-1#1"
END = dt.date(2026, 9, 12)  # the inspection's last day: default deadlines count from it


@dataclass
class World:
    c: Desk
    m1: Desk
    team: Desk
    dtx: Desk
    root: Path
    rounds: int = 0

    def ship(self, source: Desk, target: Desk) -> None:
        """At the coordinator, the partner agency co-signs the acts before they go on."""
        self.rounds += 1
        ship(source, target, self.root / f"stick-{self.rounds}")
        if target is self.c:
            co_sign_round(self.c, self.dtx, self.root / f"stick-{self.rounds}")

    def attack(self, sender: Desk, lines: list[bytes]) -> Path:
        self.rounds += 1
        return craft_bundle(
            sender, self.c, self.root / "crafted", lines=lines, sequence=100 + self.rounds
        )


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """MIN1 with a class I data centre and a class III office, inspected by TEAM1."""
    c, m1, team, dtx = create_nodes(tmp_path, COMMISSION_ROLES, SteppingClock()).values()
    plan_institution(c, "MIN1", "Nazirlik 1")
    c.plan.add_facility("MIN1", "Məlumat mərkəzi", criticality="I")
    c.plan.add_facility("MIN1", "Ofis", criticality="III")
    c.inspections.add(
        "MIN1",
        reference="INS-1",
        team_node="TEAM1",
        start="01.09.2026",
        end="12.09.2026",
        facilities=["Məlumat mərkəzi", "Ofis"],
    )
    built = World(c, m1, team, dtx, tmp_path)
    built.ship(c, team)
    yield built
    for desk in (c, m1, team, dtx):
        desk.close()


def _row(desk: Desk, ref: str = REF) -> dict[str, object]:
    (row,) = [r for r in desk.inspections.findings() if r.ref == ref]
    return row.as_dict()


def test_likelihood_and_impact_with_the_cii_class_give_deadline_and_urgency(
    world: World,
) -> None:
    team = world.team
    # 4 x 5 = 20 at the class I data centre: critical, 7 days, urgent (from 15).
    team.inspections.add_finding(
        "INS-1", "Ehtiyat nüsxə yoxdur", "high", facility="Məlumat mərkəzi", likelihood=4, impact=5
    )
    row = _row(team)
    assert row["risk_score"] == 20 and row["cii_class"] == "I"
    assert row["urgent"] is True
    assert row["deadline"] == (END + dt.timedelta(days=7)).isoformat()
    assert row["deadline_source"] == "default"
    # 2 x 3 = 6 at the class III office: medium, 120 days, not urgent.
    team.inspections.add_finding(
        "INS-1", "Parol siyasəti zəifdir", "low", facility="Ofis", likelihood=2, impact=3
    )
    row = _row(team, "INS-1#2")
    assert (row["risk_score"], row["cii_class"], row["urgent"]) == (6, "III", False)
    assert row["deadline"] == (END + dt.timedelta(days=120)).isoformat()
    # With no facility of its own, a finding is weighed by the most critical one inspected.
    team.inspections.add_finding("INS-1", "Jurnal yoxdur", "medium", likelihood=3, impact=3)
    assert _row(team, "INS-1#3")["cii_class"] == "I"
    # A finding not weighed keeps what it was given.
    team.inspections.add_finding("INS-1", "Qeyd", "low", deadline="01.12.2026")
    row = _row(team, "INS-1#4")
    assert (row["risk_score"], row["deadline_source"]) == (None, "given")


def test_the_table_is_the_nodes_settings(world: World) -> None:
    team = world.team
    team.set_setting("risk_days_III", "200, 100, 50, 25")
    team.set_setting("risk_urgent_III", "0")
    assert team.setting("risk_days_III") == "200,100,50,25"
    team.inspections.add_finding(
        "INS-1", "Yanğın", "critical", facility="Ofis", likelihood=5, impact=5
    )
    row = _row(team)
    assert row["deadline"] == (END + dt.timedelta(days=25)).isoformat()
    assert row["urgent"] is False  # 0: never urgent at class III
    for key, value in [
        ("risk_days_I", "10,20,30,40"),  # a worse score may not get more time
        ("risk_days_I", "30,20,10"),
        ("risk_days_II", "0,0,0,0"),
        ("risk_urgent_II", "26"),
        ("risk_urgent_II", "yes"),
    ]:
        with pytest.raises(ValidationError, match=key.replace("_", " ")):
            team.set_setting(key, value)
    assert team.setting("risk_days_I") == ""  # the default still holds


def test_another_deadline_needs_a_reason_that_is_recorded(world: World) -> None:
    team = world.team
    with pytest.raises(ValidationError, match="gives the deadline 19.09.2026"):
        team.inspections.add_finding(
            "INS-1", "Ehtiyat", "high", likelihood=4, impact=5, deadline="30.09.2026"
        )
    team.inspections.add_finding(
        "INS-1",
        "Ehtiyat",
        "high",
        likelihood=4,
        impact=5,
        deadline="30.09.2026",
        deadline_reason="Avadanlıq alınmalıdır",
    )
    row = _row(team)
    assert row["deadline"] == "2026-09-30" and row["deadline_source"] == "override"
    assert row["deadline_reason"] == "Avadanlıq alınmalıdır"
    # The reason travels with the finding.
    world.ship(team, world.c)
    assert _row(world.c)["deadline_reason"] == "Avadanlıq alınmalıdır"


def test_an_urgent_finding_needs_a_deadline_locally_and_at_the_merge(world: World) -> None:
    team = world.team
    with pytest.raises(ValidationError, match="an urgent finding needs a deadline"):
        team.inspections.add_finding("INS-1", "Təcili", "critical", urgent=True)
    team.inspections.add_finding("INS-1", "Adi", "low")
    with pytest.raises(ValidationError, match="an urgent finding needs a deadline"):
        team.inspections.update_finding(REF, urgent=True)
    assert _row(team)["urgent"] is False
    # A bundle signed with the team's own key carrying the same is refused whole.
    finding = stored_record(team, Finding, team.inspections.finding(REF).id)
    finding["urgent"] = True
    before = dump(world.c)
    result = service.import_bundle(
        world.c, world.attack(team, [record_line(Finding.KIND, json.loads(json.dumps(finding)))])
    )
    assert result.outcome == "refused" and "an urgent finding needs a deadline" in result.reason
    assert dump(world.c) == before


def test_deadlines_cannot_precede_the_inspection(world: World) -> None:
    """Once accepted: a deadline 01.01.2020 for an inspection of September 2026, shown as
    thousands of days overdue, and an "extension" to 01.01.2000."""
    team = world.team
    with pytest.raises(ValidationError, match=r"precede the inspection \(it began on 01.09.2026"):
        team.inspections.add_finding("INS-1", "Köhnə", "low", deadline="01.01.2020")
    team.inspections.add_finding("INS-1", "Köhnə", "low")
    with pytest.raises(ValidationError, match="precede the inspection"):
        team.inspections.update_finding(REF, deadline="01.01.2020")
    with pytest.raises(ValidationError, match="precede the inspection"):
        team.inspections.extend_deadline(REF, "01.01.2000", "Səhv", "Komissiya")
    assert _row(team)["deadline"] is None and not _row(team)["overdue"]
    # Nor may one be asked for (the coordinator records a request made on paper).
    world.ship(team, world.c)
    with pytest.raises(ValidationError, match="precede the inspection"):
        world.c.inspections.request_extension(REF, "01.01.2000", "Səhv")


def test_an_extension_must_be_later_than_the_current_deadline(world: World) -> None:
    team = world.team
    team.inspections.add_finding("INS-1", "Kilid", "high", deadline="01.12.2026")
    for earlier in ("01.01.2000", "30.11.2026", "01.12.2026"):
        with pytest.raises(ValidationError, match=r"later than the current one \(01.12.2026\)"):
            team.inspections.extend_deadline(REF, earlier, "Səhv", "Komissiya")
    team.inspections.extend_deadline(REF, "15.12.2026", "Avadanlıq gecikir", "Komissiya sədri")
    row = _row(team)
    assert row["deadline"] == "2026-12-15" and row["deadline_source"] == "extension"
    assert [e.new_date for e in team.inspections.detail("INS-1").extensions[str(row["id"])]] == [
        dt.date(2026, 12, 15)
    ]


def test_the_institution_asks_and_the_coordinator_decides_through_bundles(world: World) -> None:
    c, m1, team = world.c, world.m1, world.team
    team.inspections.add_finding("INS-1", "Kilid", "high", deadline="01.12.2026")
    team.inspections.add_finding("INS-1", "Jurnal", "low", deadline="01.11.2026")
    team.inspections.issue("INS-1", "A-1", "15.09.2026")  # the findings reach MIN1 with the act
    world.ship(team, c)
    world.ship(c, m1)
    for earlier in ("01.11.2026", "01.01.2000"):
        with pytest.raises(ValidationError, match="later than the current one"):
            m1.inspections.request_extension(REF, earlier, "Gecikmə")
    asked = m1.inspections.request_extension(REF, "01.02.2027", "Təchizatçı gecikir")
    other = m1.inspections.request_extension("INS-1#2", "01.12.2026", "Kadr çatışmır")
    with pytest.raises(ValidationError, match="already has an extension request"):
        m1.inspections.request_extension(REF, "01.03.2027", "Yenə")
    # The institution cannot decide its own request, nor can the team.
    with pytest.raises(PermissionDenied, match="MIN1 may not decide an extension request"):
        m1.inspections.decide_extension(asked.id, approve=True, reason="Özümüz")
    world.ship(m1, c)
    world.ship(c, team)
    with pytest.raises(PermissionDenied, match="TEAM1 may not decide an extension request"):
        team.inspections.decide_extension(asked.id, approve=True, reason="Razıyıq")
    # The coordinator approves one and rejects the other.
    (pending,) = [r for r in c.inspections.extension_requests(pending=True) if r.id == asked.id]
    assert (pending.node, pending.previous_date) == ("MIN1", dt.date(2026, 12, 1))
    c.inspections.decide_extension(asked.id[:8], approve=True, reason="Əsaslıdır")
    c.inspections.decide_extension(other.id, approve=False, reason="Əsas yoxdur")
    with pytest.raises(PermissionDenied, match="already approved"):
        c.inspections.decide_extension(asked.id, approve=False, reason="Fikrimizi dəyişdik")
    assert c.inspections.extension_requests(pending=True) == []
    # The institution and the team learn the decisions and the new deadline.
    world.ship(c, m1)
    world.ship(c, team)
    for desk in (m1, team):
        (approved,) = desk.inspections.extension_requests(REF)
        assert (approved.status, approved.decision_reason) == ("approved", "Əsaslıdır")
        assert _row(desk)["deadline"] == "2027-02-01"
        assert _row(desk)["deadline_source"] == "extension"
        (rejected,) = desk.inspections.extension_requests("INS-1#2")
        assert rejected.status == "rejected" and _row(desk, "INS-1#2")["deadline"] == "2026-11-01"


def test_the_team_and_the_coordinator_still_extend_directly(world: World) -> None:
    world.team.inspections.add_finding("INS-1", "Kilid", "high", deadline="01.12.2026")
    world.team.inspections.extend_deadline(REF, "01.01.2027", "Komissiya qərarı", "Sədr")
    world.ship(world.team, world.c)
    world.c.inspections.extend_deadline(REF, "01.02.2027", "Komissiya qərarı 2", "Sədr")
    world.ship(world.c, world.team)
    assert _row(world.team)["deadline"] == "2027-02-01"
    # An institution extends only by asking.
    world.ship(world.c, world.m1)
    with pytest.raises(PermissionDenied):
        world.m1.inspections.extend_deadline(REF, "01.03.2027", "Özümüz", "Nazir")


def test_a_hostile_institution_cannot_ask_for_a_finding_of_another(world: World) -> None:
    """MIN1 signs a request about a finding of an inspection of MIN2 that it does not hold."""
    plan_institution(world.c, "MIN2", "Nazirlik 2")
    world.c.inspections.add("MIN2", reference="INS-2")
    other = world.c.inspections.add_finding("INS-2", "Başqası", "low", deadline="01.12.2026")
    stamp = world.m1.hlc.tick()
    request = {
        "id": str(uuid.uuid4()),
        "origin": "MIN1",
        "deleted": False,
        "finding_id": other.id,
        "at": "2026-09-15T10:00:00",
        "author": "admin",
        "previous_date": "2026-12-01",
        "requested_date": "2027-01-01",
        "reason": "Bizə də",
        "status": "pending",
        "decision_reason": "",
        "decided_by": "",
        "decided_at": None,
    }
    request["versions"] = {k: stamp for k in request if k not in ("id", "origin")}
    line = record_line(ExtensionRequest.KIND, request)
    result = service.import_bundle(world.c, world.attack(world.m1, [line]))
    assert result.outcome == "refused"
    assert "MIN1 may not ask for more time on a finding about another institution" in result.reason


# -- the urgent-measure notice -----------------------------------------------------------------


def _notice(desk: Desk, lang: Lang, path: Path, finding: str = REF) -> str:
    generate(desk, "urgent-notice", ReportParams(lang=lang, finding=finding), path)
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_an_urgent_finding_gives_a_notice_in_three_languages(world: World, tmp_path: Path) -> None:
    team = world.team
    team.inspections.add_finding(
        "INS-1",
        "Ehtiyat nüsxələr eyni serverdə saxlanılır",
        "critical",
        facility="Məlumat mərkəzi",
        corrective_measure="Ehtiyat nüsxələri ayrı yerdə saxlamaq",
        likelihood=4,
        impact=5,
    )
    team.inspections.add_finding("INS-1", "Adi", "low", likelihood=1, impact=1)
    expected: dict[Lang, tuple[str, ...]] = {
        "az": ("Təcili tədbir barədə bildiriş", "MIN1 qurumu rəhbərinə", "birgə komissiyası",
               "ehtimal 4, təsir 5: risk balı 20 / 25", "I kateqoriya", "Sənəd"),
        "en": ("Urgent-measure notice", "The head of MIN1 qurumu", "The joint commission",
               "likelihood 4, impact 5: risk score 20 of 25", "category I", "Document"),
        "ru": ("Уведомление о срочных мерах", "Руководителю: MIN1 qurumu", "Совместной комиссии",
               "вероятность 4, воздействие 5: оценка риска 20 из 25", "категория I", "Документ"),
    }  # fmt: skip
    ids = {}
    for lang, phrases in expected.items():
        text = _notice(team, lang, tmp_path / f"{lang}.pdf")
        for phrase in phrases:
            assert phrase in text, (lang, phrase)
        assert "Ehtiyat nüsxələr eyni serverdə saxlanılır" in text and "19.09.2026" in text
        found = re.search(r"([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})", text)
        assert found
        ids[lang] = found[1]
    # The identifier is derived from the data: the same on a reprint, days later.
    clock = team.clock
    assert isinstance(clock, SteppingClock)
    clock.advance(3 * 86400)
    assert ids["ru"] in _notice(team, "ru", tmp_path / "again.pdf")
    assert len(set(ids.values())) == 3
    with pytest.raises(ReportError, match="INS-1#2 is not urgent"):
        _notice(team, "en", tmp_path / "no.pdf", "INS-1#2")
    assert not (tmp_path / "no.pdf").exists()
