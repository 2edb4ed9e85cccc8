"""The core services through a real encrypted store: rules, roles, search, audit, secrecy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.core import audit, search
from desktop_app.core.access import Right
from desktop_app.core.aztext import az_fold, az_sort_key, az_upper
from desktop_app.core.desk import Desk, open_desk, open_desk_with_recovery_key
from desktop_app.core.dump import canonical_json, dump_state
from desktop_app.core.models import NodeRole
from desktop_app.core.plan import MeasureFilter
from desktop_app.errors import NotFound, PermissionDenied, ValidationError, WrongPassphrase
from tests.conftest import PASSPHRASE, DeskFactory


def seed_plan(desk: Desk) -> None:
    desk.plan.add_institution("MINCOM", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi", "Digital")
    desk.plan.add_institution("CBAR", "Mərkəzi Bank", "Central Bank", kind="cii_operator")
    desk.plan.add_facility("CBAR", "Ödəniş sistemi", "payments", "I")
    desk.plan.set_strategy("İnformasiya təhlükəsizliyi strategiyası", 2023, 2027)
    desk.plan.add_direction(1, "Hüquqi baza")
    desk.plan.add_direction(2, "İnsan resursları")
    desk.plan.add_measure("1.1.1", "Qanunvericiliyin təkmilləşdirilməsi", "MINCOM", direction=1)
    desk.plan.add_measure(
        "1.10.1", "Şəbəkə təhlükəsizliyi auditi", "CBAR", direction=1, end="31.12.2025"
    )
    desk.plan.add_measure("1.2.1", "Çoxfaktorlu autentifikasiya", "CBAR", direction=2)


def test_unlock_with_each_users_own_passphrase(coordinator: Desk) -> None:
    home = coordinator.workspace.home
    coordinator.users.add("Leyla", "editor", "Leylanın parolu 2026")
    coordinator.close()
    with open_desk(home, user="Leyla", passphrase="Leylanın parolu 2026") as leyla:
        assert (leyla.user, leyla.user_role.value) == ("Leyla", "editor")
    with open_desk(home, user="admin", passphrase=PASSPHRASE) as admin:
        assert admin.user_role.value == "admin"
    with pytest.raises(WrongPassphrase):
        open_desk(home, user="Leyla", passphrase=PASSPHRASE)


@pytest.mark.slow
def test_passphrase_change_keeps_data_and_refuses_the_old_one(coordinator: Desk) -> None:
    home = coordinator.workspace.home
    seed_plan(coordinator)
    # One's own passphrase changes only with the current one.
    with pytest.raises(ValidationError, match="give your current passphrase"):
        coordinator.users.change_passphrase("admin", "a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        coordinator.users.change_passphrase("admin", "a brand new passphrase", "a wrong guess")
    coordinator.users.change_passphrase("admin", "a brand new passphrase", PASSPHRASE)
    assert coordinator.audit.verify().ok
    coordinator.close()
    with pytest.raises(WrongPassphrase):
        open_desk(home, user="admin", passphrase=PASSPHRASE)
    with open_desk(home, user="admin", passphrase="a brand new passphrase") as desk:
        assert [row.number for row in desk.plan.measure_rows()] == ["1.1.1", "1.2.1", "1.10.1"]


def test_recovery_key_opens_the_store(coordinator: Desk) -> None:
    home = coordinator.workspace.home
    seed_plan(coordinator)
    recovery = coordinator.users.new_recovery_key()
    coordinator.close()
    with open_desk_with_recovery_key(home, recovery_key=recovery.lower(), user="admin") as desk:
        assert len(desk.plan.measure_rows()) == 3
    with pytest.raises(WrongPassphrase):
        open_desk_with_recovery_key(home, recovery_key="AAAA-" + recovery[5:], user="admin")


def test_canary_never_reaches_the_disk_in_plaintext(coordinator: Desk, tmp_path: Path) -> None:
    canary = "KANARYA-Şəki-7f3a9c"
    seed_plan(coordinator)
    coordinator.plan.update_measure("1.1.1", description=f"note {canary}")
    evidence = tmp_path / "evidence.txt"
    evidence.write_text(f"evidence {canary}", encoding="utf-8")
    coordinator.attachments.attach("1.1.1", evidence)
    evidence.unlink()
    with coordinator.reading() as session:
        assert search.search(session, canary.split("-", maxsplit=1)[0])
    home = coordinator.workspace.home
    # While the store is open (WAL may hold the pages) and after it is closed.
    for _ in range(2):
        for path in home.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert canary.encode() not in data, path
                assert canary.encode("utf-16-le") not in data, path
        coordinator.close()


@pytest.mark.slow
def test_roles_decide_who_may_write(make_desk: DeskFactory) -> None:
    coordinator = make_desk("coordinator", "SCIS")
    seed_plan(coordinator)
    coordinator.users.add("Vüqar", "viewer", "viewer passphrase")
    home = coordinator.workspace.home
    coordinator.close()
    with open_desk(home, user="Vüqar", passphrase="viewer passphrase") as viewer:
        assert not viewer.access.can(Right.PLAN)
        with pytest.raises(PermissionDenied, match="viewer"):
            viewer.plan.update_measure("1.1.1", title="Başqa ad")
        with pytest.raises(PermissionDenied, match="admin"):
            viewer.users.add("x", "editor", "long enough")
    institution = make_desk(NodeRole.INSTITUTION.value, "CBAR")
    with pytest.raises(
        PermissionDenied, match=r"this node \(institution\) cannot edit the action plan"
    ):
        institution.plan.add_institution("X1", "X")
    team = make_desk(NodeRole.INSPECTION_TEAM.value, "TEAM1")
    with pytest.raises(PermissionDenied):
        team.progress.evaluate("anything", "implemented")


def test_validation_errors_name_their_field(coordinator: Desk) -> None:
    seed_plan(coordinator)
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: coordinator.plan.add_measure("1.x", "T", "MINCOM"), "number"),
        (lambda: coordinator.plan.add_measure("3.1.1", " ", "MINCOM"), "title"),
        (lambda: coordinator.plan.add_measure("1.1.1", "Dup", "MINCOM"), "number"),
        (
            lambda: coordinator.plan.add_measure(
                "3.1.2", "T", "MINCOM", start="01.01.2026", end="31.12.2025"
            ),
            "end",
        ),
        (lambda: coordinator.plan.add_measure("3.1.3", "T", "MINCOM", end="31/12/2025"), "end"),
        (
            lambda: coordinator.progress.add("1.1.1", "2026-Q5", "in_progress", 10, "x"),
            "period",
        ),
        (lambda: coordinator.progress.add("1.1.1", "2026-Q3", "done", 10, "x"), "status"),
    ]
    for action, field in cases:
        with pytest.raises(ValidationError) as caught:
            action()
        assert caught.value.field == field, str(caught.value)
    with pytest.raises(NotFound, match='no institution "NOPE"'):
        coordinator.plan.add_measure("3.1.4", "T", "NOPE")
    # Nothing half-written: the refused measures are not in the store.
    assert len(coordinator.plan.measure_rows()) == 3


def test_progress_status_and_overdue_are_derived(coordinator: Desk) -> None:
    seed_plan(coordinator)
    rows = {row.number: row for row in coordinator.plan.measure_rows()}
    assert rows["1.10.1"].overdue and not rows["1.1.1"].overdue
    coordinator.plan.add_measure("9.1.1", "Öz tədbirimiz", "SCIS", end="31.12.2025")
    coordinator.progress.add("9.1.1", "2026-Q2", "in_progress", 40, "Görülən iş")
    coordinator.progress.add("9.1.1", "2026-Q3", "completed", 100, "Tamamlandı")
    row = coordinator.plan.measure_rows(MeasureFilter(institution="SCIS"))[0]
    assert (row.status, row.percent, row.latest_period, row.overdue) == (
        "completed",
        100,
        "2026-Q3",
        False,
    )
    as_of_q2 = coordinator.plan.measure_rows(MeasureFilter(institution="SCIS", period="2026-Q2"))
    assert (as_of_q2[0].status, as_of_q2[0].overdue) == ("in_progress", True)
    assert [r.number for r in coordinator.plan.measure_rows(MeasureFilter(overdue=True))] == [
        "1.10.1"
    ]


def test_azerbaijani_sorting_and_case_folding() -> None:
    words = ["Şəki", "Səbail", "Çinar", "Cəlil", "Ələt", "Elçin", "İsmayıllı", "Ilısu", "Xaçmaz"]
    words += ["Hacıqabul", "Qəbələ", "Kürdəmir", "Ölkə", "Ordubad", "Üzüm", "Ucar", "Zaqatala"]
    assert sorted(words, key=az_sort_key) == [
        "Cəlil",
        "Çinar",
        "Elçin",
        "Ələt",
        "Hacıqabul",
        "Xaçmaz",
        "Ilısu",
        "İsmayıllı",
        "Kürdəmir",
        "Qəbələ",
        "Ordubad",
        "Ölkə",
        "Səbail",
        "Şəki",
        "Ucar",
        "Üzüm",
        "Zaqatala",
    ]
    assert az_fold("İSMAYILLI") == "ismayıllı"
    assert az_fold("ILISU") != az_fold("ilisu")
    assert az_upper("işıq") == "İŞIQ"


def test_search_is_azerbaijani_case_insensitive(coordinator: Desk) -> None:
    seed_plan(coordinator)
    coordinator.plan.update_measure("1.2.1", description="İnformasiya sistemlərində ŞİFRƏLƏMƏ")
    with coordinator.reading() as session:
        found = {hit.record_id for hit in search.search(session, "şifrələmə informasiya")}
        dotless = search.search(session, "SISTEMLƏRINDƏ")  # I is ı in Azerbaijani: no match
    assert found == {coordinator.plan.measure("1.2.1").id}
    assert dotless == []
    filtered = coordinator.plan.measure_rows(MeasureFilter(search="ŞƏBƏKƏ"))
    assert [row.number for row in filtered] == ["1.10.1"]
    coordinator.plan.delete_measure("1.10.1")
    assert coordinator.plan.measure_rows(MeasureFilter(search="şəbəkə")) == []


def test_search_lists_the_best_match_first_and_equal_scores_alike(coordinator: Desk) -> None:
    """Hits come in bm25 order (what FTS5's ``rank`` means), equal scores in the order the
    records were indexed."""
    seed_plan(coordinator)
    coordinator.plan.add_measure("1.1.2", "Ehtiyat nüsxələr", "MINCOM", direction=1)
    texts = {
        "1.2.1": "Zirehli sandıq bir dəfə yoxlanılır, qalan mətn başqa işlər barədədir. " * 3,
        "1.10.1": "Zirehli sandıq, zirehli sandıq, zirehli sandıq",
        "1.1.1": "Zirehli sandıq yoxlanılır",
        "1.1.2": "Zirehli sandıq yoxlanılır",
    }
    for number, description in texts.items():
        coordinator.plan.update_measure(number, description=description)
    ids = {coordinator.plan.measure(number).id: number for number in texts}
    hits = [ids[hit.record_id] for hit in coordinator.search.find("zirehli SANDIQ")]
    assert hits[0] == "1.10.1" and hits[-1] == "1.2.1"
    assert hits[1:3] == ["1.1.1", "1.1.2"]  # equal scores: indexed first, listed first
    with coordinator.reading() as session:
        by_rank = session.execute(
            text("SELECT record_id FROM search_index WHERE search_index MATCH :q ORDER BY rank"),
            {"q": search.match_expression("zirehli sandıq")},
        ).scalars()
        assert [ids[record_id] for record_id in by_rank if record_id in ids][0] == hits[0]
    assert [ids[h.record_id] for h in coordinator.search.find("zirehli", limit=2)] == hits[:2]


def test_institutions_sort_in_azerbaijani_order(coordinator: Desk) -> None:
    seed_plan(coordinator)
    coordinator.plan.add_institution("AZE", "Azərenerji")
    coordinator.plan.add_institution("IQT", "İqtisadiyyat Nazirliyi")
    coordinator.plan.add_institution("ICT", "Icma Mərkəzi")
    names = [i.name for i in coordinator.plan.institutions()]
    assert names.index("Icma Mərkəzi") < names.index("İqtisadiyyat Nazirliyi")
    assert names[0] == "Azərenerji"


def test_audit_chain_detects_edit_removal_and_reordering(coordinator: Desk) -> None:
    seed_plan(coordinator)
    with coordinator.reading() as session:
        intact = audit.verify(session)
    assert intact.ok and intact.entries > 5
    tampering = [
        ["UPDATE audit_events SET detail = 'harmless' WHERE seq = 3"],
        ["DELETE FROM audit_events WHERE seq = 4"],
        [  # swap entries 5 and 6
            "UPDATE audit_events SET seq = -5 WHERE seq = 5",
            "UPDATE audit_events SET seq = 5 WHERE seq = 6",
            "UPDATE audit_events SET seq = 6 WHERE seq = -5",
        ],
    ]
    for statements in tampering:
        with coordinator.reading() as session:
            for statement in statements:
                session.execute(text(statement))
            broken = audit.verify(session)
            session.rollback()
        assert not broken.ok, statements
    # Dropping the newest entry leaves a valid shorter chain: the users' signed anchors beside
    # the database show it (test_insider.py::test_removing_the_newest_entries_is_detected).
    with coordinator.reading() as session:
        session.execute(
            text("DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)")
        )
        shorter = audit.verify(session)
        session.rollback()
    assert shorter.ok and shorter.head != intact.head


@pytest.mark.slow
def test_findings_deadline_moves_only_through_an_extension(coordinator: Desk) -> None:
    seed_plan(coordinator)
    coordinator.catalog.add(code="ÜT-1", title="Ümumi tələb")
    inspection = coordinator.inspections.add("CBAR", facilities=["Ödəniş sistemi"])
    finding = coordinator.inspections.add_finding(
        inspection.reference, "Zəif parollar", "critical", requirement="ÜT-1", deadline="01.10.2026"
    )
    with pytest.raises(ValidationError, match="extension"):
        coordinator.inspections.update_finding(finding.id, deadline="01.12.2026")
    coordinator.inspections.extend_deadline(
        f"{inspection.reference}#1", "01.12.2026", "Avadanlıq gecikir", "Komissiya sədri"
    )
    detail = coordinator.inspections.detail(inspection.reference)
    assert detail.findings[0].deadline == dt.date(2026, 12, 1)
    assert [e.reason for e in detail.extensions[finding.id]] == ["Avadanlıq gecikir"]


def test_institution_responds_only_up_to_remediated(make_desk: DeskFactory) -> None:
    desk = make_desk("coordinator", "SCIS")
    seed_plan(desk)
    inspection = desk.inspections.add("CBAR")
    desk.inspections.add_finding(inspection.reference, "Köhnə proqram", "medium")
    ref = f"{inspection.reference}#1"
    with pytest.raises(ValidationError, match="status"):
        desk.inspections.respond(ref, "Bağladıq", status="verified_closed")
    desk.inspections.respond(ref, "Yenilənir", status="in_remediation")
    desk.inspections.respond(ref, "Yeniləndi", status="remediated")
    with pytest.raises(ValidationError, match="unknown finding field"):
        desk.inspections.update_finding(ref, status="verified_closed")
    desk.inspections.verify(ref, "document_review", "closed", "Sübut yoxlanıldı")
    assert desk.inspections.finding(ref).status == "verified_closed"


def test_requirement_import_validates_everything_first(coordinator: Desk, tmp_path: Path) -> None:
    good = tmp_path / "catalog.csv"
    good.write_text(
        "code,title,category,iso27001\nÜT-1,Giriş nəzarəti,general,A.5.15\n"
        "XT-1,Şifrələmə,special,A.8.24\n",
        encoding="utf-8",
    )
    assert coordinator.catalog.import_file(good) == (2, 0)
    bad = tmp_path / "bad.csv"
    bad.write_text("code,title\nÜT-2,Yeni\nXT-2,\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="title"):
        coordinator.catalog.import_file(bad)
    assert sorted(r.code for r in coordinator.catalog.requirements()) == ["XT-1", "ÜT-1"]
    assert coordinator.catalog.import_file(good) == (0, 0)


def test_dump_is_canonical_and_lists_attachment_content(coordinator: Desk, tmp_path: Path) -> None:
    seed_plan(coordinator)
    evidence = tmp_path / "akt.txt"
    evidence.write_bytes(b"x" * 3_000_000)  # more than two chunks
    attachment = coordinator.attachments.attach("1.1.1", evidence)
    copy = tmp_path / "copy.txt"
    assert coordinator.attachments.save_copy(attachment.sha256, copy) == 3_000_000
    assert copy.read_bytes() == evidence.read_bytes()
    with coordinator.reading() as session:
        first = canonical_json(dump_state(session))
        second = canonical_json(dump_state(session))
    assert first == second
    assert attachment.sha256 in first
    assert "Rəqəmsal İnkişaf" in first


@pytest.mark.slow
def test_one_node_numbers_the_findings_of_an_inspection(make_desk: DeskFactory) -> None:
    """Findings are numbered by the inspection's team (else its creator), so two nodes can
    never give the same number to different findings of one inspection."""
    coordinator = make_desk("coordinator", "SCIS")
    seed_plan(coordinator)
    own = coordinator.inspections.add("CBAR")
    assigned = coordinator.inspections.add("CBAR", team_node="TEAM1")
    assert coordinator.inspections.add_finding(own.reference, "Zəif parol", "low").number == 1
    assert coordinator.inspections.records_findings(own)
    assert not coordinator.inspections.records_findings(assigned)
    with pytest.raises(PermissionDenied, match="recorded by TEAM1"):
        coordinator.inspections.add_finding(assigned.reference, "Başqa", "low")
    assert coordinator.inspections.findings(inspection=assigned.reference) == []
