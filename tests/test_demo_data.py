"""The demo's data, pinned: what every node holds after the story, counted per kind, a few
records field for field, and a digest of the whole shared state without its random ids.

The figures were taken before the demo data moved out of the core into resource files; they
must not move unless the demo's data is meant to change. Ids are random (uuid4) and so are
left out; PDF and PNG evidence is compared by name, kind and record, not by its bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from typing import Any

import pytest

from desktop_app.core.desk import Desk, open_desk
from desktop_app.core.dump import canonical_json, dump_state
from desktop_app.demo.build import DemoResult, build_demo
from desktop_app.store.keyslots import FAST_KDF
from tests.conftest import SteppingClock

# A demo (or a 1,000-measure plan) is built once for the module: not in make test-quick.
pytestmark = pytest.mark.slow

# The present the story is played in: after its last moment, so no moment is moved.
PRESENT_MS = int(dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC).timestamp() * 1000)
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# The story clock moves a millisecond per reading, and records written in one step are read
# in id order: their seconds are noise, their minute is the story's.
SECONDS = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d):\d\d\.\d{6}")
# The bytes of these are drawn by a renderer; the rest of their record is data.
DRAWN = {"application/pdf", "image/png"}


def _without_ids(value: Any) -> Any:
    if isinstance(value, str):
        return SECONDS.sub(r"\1", UUID.sub("<id>", value))
    if isinstance(value, dict):
        return {
            _without_ids(k): _without_ids(v)
            for k, v in value.items()
            if k not in ("id", "versions")
        }
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def shared_state(desk: Desk) -> dict[str, list[dict[str, Any]]]:
    """The node's shared records with ids and version stamps left out, in a fixed order."""
    with desk.reading() as session:
        state = dump_state(session)
    state.pop("blobs")
    for attachment in state["attachment"]:
        if attachment["media_type"] in DRAWN:
            del attachment["sha256"], attachment["size"]
    # Each build makes new node keys: a signature is pinned by who signed what, not its bytes.
    for signature in state["commission_signature"]:
        for key in ("signing_key", "fingerprint", "digest", "signature"):
            del signature[key]
    return {
        kind: sorted((_without_ids(r) for r in records), key=canonical_json)
        for kind, records in state.items()
    }


def digest(state: dict[str, list[dict[str, Any]]]) -> str:
    return hashlib.sha256(canonical_json(state).encode()).hexdigest()[:16]


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("demo-data") / "set"
    result: DemoResult = build_demo(root, kdf=FAST_KDF, clock=SteppingClock(PRESENT_MS))
    homes = {
        result.coordinator_code: result.coordinator_home,
        result.team_code: result.team_home,
        result.partner_code: result.partner_home,
        **result.institution_homes,
    }
    found: dict[str, Any] = {"bundles": result.bundles}
    for code, home in homes.items():
        desk = open_desk(home, user=None, passphrase=result.passphrase, clock=SteppingClock())
        try:
            found[code] = shared_state(desk)
        finally:
            desk.close()
    yield found


KINDS = (
    "institution", "facility", "strategy", "direction", "measure", "indicator",
    "progress_report", "evaluation", "requirement", "inspection", "inspection_note", "finding",
    "deadline_extension", "attachment", "finding_event", "finding_response", "status_decision",
    "official_status", "extension_request", "inspection_act", "working_group", "meeting",
    "group_decision", "indicator_course", "plan_revision", "commission_signature",
)  # fmt: skip
PLAN = (12, 3, 1, 5, 60, 24)
# Per node: how many records of each kind it holds, in KINDS order, and the digest of them all.
# The official statuses are one per measure and period it has a status for (223 for 60
# measures), published by the coordinator so each period's figures are its own everywhere.
# METRO holds 4 findings, not 5: the act of its inspection in progress is not issued yet (the
# fourth is the one addendum 1 to its earlier act issued).
FIGURES = {
    "XRITDX": (
        (
            12,
            18,
            1,
            5,
            60,
            24,
            197,
            116,
            30,
            10,
            42,
            23,
            5,
            68,
            41,
            24,
            0,
            223,
            2,
            9,
            2,
            2,
            4,
            24,
            2,
            35,
        ),
        "c5106db53e7eadb1",
    ),
    "YQ-1": (
        (4, 12, 0, 0, 0, 0, 0, 0, 30, 6, 24, 13, 3, 6, 19, 13, 0, 0, 1, 5, 0, 0, 0, 0, 0, 17),
        "a706b94af2ba7aea",
    ),
    # The partner agency: every inspection with its findings and acts, no working notes.
    "DTX": (
        (7, 18, 0, 0, 0, 0, 0, 0, 30, 10, 0, 23, 5, 11, 41, 24, 0, 0, 2, 9, 0, 0, 0, 0, 0, 35),
        "8e5f704cbed880ea",
    ),
    "RINN": (
        (*PLAN, 40, 30, 30, 1, 0, 3, 1, 10, 4, 3, 0, 223, 1, 1, 1, 1, 3, 24, 2, 2),
        "a09a5be0d07250af",
    ),
    "EESMN": (
        (*PLAN, 21, 16, 30, 1, 0, 3, 0, 9, 6, 3, 0, 223, 1, 1, 1, 1, 3, 24, 2, 4),
        "2e79e6eb94271e7c",
    ),
    "AMB": (
        (*PLAN, 17, 14, 30, 2, 0, 4, 2, 8, 10, 6, 0, 223, 0, 2, 1, 1, 3, 24, 2, 10),
        "4596671e054181c5",
    ),
    # The act of YX-2026-005 awaits the partner agency's co-signature: its finding stays away.
    "AZERENERJI": (
        (*PLAN, 27, 23, 30, 2, 0, 4, 1, 10, 7, 5, 0, 223, 0, 1, 1, 1, 1, 24, 2, 6),
        "60d984683d97c8dd",
    ),
    "METRO": (
        (*PLAN, 21, 17, 30, 2, 0, 4, 1, 10, 8, 5, 0, 223, 0, 2, 1, 1, 1, 24, 2, 8),
        "3a88c72873439aa2",
    ),
    "DGK": (
        (*PLAN, 20, 16, 30, 2, 0, 3, 0, 7, 6, 2, 0, 223, 0, 1, 1, 1, 1, 24, 2, 4),
        "7f444d695cdbe997",
    ),
}


def test_every_node_holds_the_same_records_as_before(states: dict[str, Any]) -> None:
    assert states["bundles"] == 100
    found = {
        code: (tuple(len(states[code][kind]) for kind in KINDS), digest(states[code]))
        for code in FIGURES
    }
    assert found == FIGURES


def test_a_few_records_field_for_field(states: dict[str, Any]) -> None:
    state = states["XRITDX"]
    measure = next(m for m in state["measure"] if m["number"] == "2.2.1")
    assert measure == {
        "direction_id": "<id>",
        "number": "2.2.1",
        "title": "Ödəniş sistemlərində çoxfaktorlu autentifikasiyanın tətbiqi",
        "title_en": "Introducing multi-factor authentication in payment systems",
        "description": "",
        "lead_institution_id": "<id>",
        "co_executors": [],
        "start_date": "2024-07-01",
        "end_date": "2025-12-31",
        "continuous": False,
        "expected_result": "Ödəniş sistemlərinin bütün imtiyazlı istifadəçiləri MFA ilə daxil olur",
        "financing_source": "İcraçı qurumun büdcəsi",
        "deleted": False,
        "origin": "XRITDX",
    }
    inspection = next(i for i in state["inspection"] if i["reference"] == "YX-2025-001")
    assert inspection["team"] == [
        "Rəşad Məmmədov (XRİTDX)",
        "Günel Əliyeva (XRİTDX)",
        "Elvin Quliyev (DTX)",
    ]
    assert (inspection["start_date"], inspection["end_date"], inspection["status"]) == (
        "2025-10-06",
        "2025-10-17",
        "report_issued",
    )
    assert inspection["legal_basis"].startswith("Azərbaycan Respublikası Prezidentinin 17 aprel")
    finding = next(f for f in state["finding"] if "dörd imtiyazlı" in f["description"])
    assert {k: finding[k] for k in ("number", "severity", "deadline", "status")} == {
        "number": 1,
        "severity": "high",
        "deadline": "2025-12-31",
        "status": "verified_closed",
    }
    # Answers are a thread of their own records (the finding's old single answer stays empty).
    answer = next(r for r in state["finding_response"] if r["text"].startswith("Dörd inzibatçı"))
    assert answer["text"].startswith("Dörd inzibatçı hesabının hamısında FIDO2")
    assert answer["at"] == "2026-01-14T12:00"
    evaluation = next(e for e in state["evaluation"] if e["comment"])
    assert evaluation["evaluator"] == "r.memmedov"
    media = sorted(a["media_type"] for a in state["attachment"])
    assert {kind: media.count(kind) for kind in set(media)} == {
        "image/png": 26,
        "application/pdf": 22,
        "text/plain": 20,
    }
    assert "Yoxlama_aktı_YX-2025-001.pdf" in {a["file_name"] for a in state["attachment"]}
    # The threat weighed: an urgent finding and one whose deadline the team set, with reasons.
    weighed = sorted(
        (f["likelihood"], f["impact"], f["urgent"], f["deadline"])
        for f in state["finding"]
        if f["likelihood"]
    )
    assert weighed == [(3, 4, False, "2026-08-31"), (5, 5, True, "2026-04-30")]
    assert all(f["deadline_reason"] for f in state["finding"] if f["likelihood"])
    # A request for more time approved (its extension recorded), one awaiting a decision.
    requests = sorted(state["extension_request"], key=lambda r: r["at"])
    assert [(r["requested_date"], r["status"]) for r in requests] == [
        ("2026-12-31", "approved"),
        ("2026-12-15", "pending"),
    ]
    assert requests[0]["decision_reason"] and requests[0]["decided_by"] == "r.memmedov"
    assert any(e["new_date"] == "2026-12-31" for e in state["deadline_extension"])


def test_a_finding_found_after_the_act_reaches_the_institution_by_its_addendum(
    states: dict[str, Any],
) -> None:
    for code in ("XRITDX", "YQ-1", "METRO"):
        acts = sorted(states[code]["inspection_act"], key=lambda a: (a["number"], a["addendum"]))
        of_metro = [
            (a["number"], a["addendum"], a["issued_on"]) for a in acts if "2026-001" in a["number"]
        ]
        assert of_metro == [("YX-2026-001", 0, "2026-02-27"), ("YX-2026-001/1", 1, "2026-03-06")]
        [addendum] = [a for a in acts if a["addendum"] == 1]
        [line] = addendum["snapshot"]["findings"]
        assert (line["number"], line["requirement"]) == (4, "UQ-13"), code
    answers = [r["text"] for r in states["XRITDX"]["finding_response"]]
    assert any(text.startswith("Bərpa sınağı qrafiki təsdiq edilib") for text in answers)


def test_the_plan_revisions_travel_to_every_institution(states: dict[str, Any]) -> None:
    revisions = states["XRITDX"]["plan_revision"]
    found = [(r["field"], r["old_value"], r["new_value"], r["decision_number"]) for r in revisions]
    assert found == [
        ("cancelled", "", "2026-04-17", "ƏK-2026/05"),
        ("end", "2026-06-30", "2026-12-31", "ƏK-2026/11"),
    ]
    # 09:00 and 11:00 in Baku
    assert [r["revised_at"] for r in revisions] == ["2026-04-27T05:00", "2026-07-22T07:00"]
    for code in ("RINN", "EESMN", "AMB", "AZERENERJI", "METRO", "DGK"):
        assert states[code]["plan_revision"] == revisions


def test_the_joint_commission_signed_all_but_one_act(states: dict[str, Any]) -> None:
    """Every act and verified closure carries the issuing agency's signature; the partner
    agency co-signed them all but the act of YX-2026-005, which awaits it."""
    signatures = states["XRITDX"]["commission_signature"]
    found = sorted((s["record_kind"], s["side"], s["signer"], s["signed_by"]) for s in signatures)
    counts = {key: found.count(key) for key in set(found)}
    assert counts == {
        ("finding_event", "issuer", "XRITDX", "r.memmedov"): 5,
        ("finding_event", "issuer", "YQ-1", "o.ismayilov"): 4,
        ("finding_event", "partner", "DTX", "k.hesenov"): 9,
        ("inspection_act", "issuer", "XRITDX", "r.memmedov"): 4,
        ("inspection_act", "issuer", "YQ-1", "o.ismayilov"): 5,
        ("inspection_act", "partner", "DTX", "k.hesenov"): 8,
    }
    assert states["DTX"]["commission_signature"] == signatures
