"""The CLI run in-process (``run([...])``) against real encrypted stores in temporary folders."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.cli.common import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    ActState,
    InspectionState,
    Stored,
    print_table,
)
from desktop_app.cli.main import run
from desktop_app.core.desk import open_desk
from desktop_app.core.models import AuditEvent, InspectionStatus
from desktop_app.store.workspace import HOME_ENV
from tests.conftest import DeskFactory
from tests.sample_plan import build_sample

# Stores and bundles built for each test, seconds each: not in make test-quick.
pytestmark = pytest.mark.slow

PASSPHRASE = "correct horse battery staple"
REQUIREMENTS_CSV = (
    "code,title,text,category,iso27001\n"
    "ÜT-1,İnformasiya aktivlərinin uçotu,Bütün aktivlər qeydə alınmalıdır,general,A.5.9\n"
    'XT-2,Şəbəkə seqmentasiyası,"KİI şəbəkəsi ayrı seqmentdə olmalıdır",special,A.8.22\n'
)


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Cli = Callable[..., Result]


def _cli_env(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    monkeypatch.setenv(HOME_ENV, str(home))
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.delenv(NEW_PASSPHRASE_ENV, raising=False)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    _cli_env(monkeypatch, tmp_path / "desk")
    return tmp_path / "desk"


@pytest.fixture
def cli(home: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    def call(*args: str) -> Result:
        capsys.readouterr()
        code = run(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return call


def ok(result: Result) -> Result:
    assert result.code == 0, result.err
    assert result.err == "" or not result.err.startswith("error")
    return result


def one_line_error(result: Result, code: int = 1) -> str:
    """The run failed with ``code`` and said so in exactly one line, without a traceback."""
    assert result.code == code, (result.out, result.err)
    assert "Traceback" not in result.err
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("error: ")
    return lines[0]


def usage_error(result: Result, usage: str = "usage: ") -> str:
    """argparse refused the command line: exit 2, its usage (``usage``: its first word in the
    CLI's language), one error line, no traceback."""
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err
    assert result.err.startswith(usage + "infosec-desk")
    return result.err.splitlines()[-1]


def init_coordinator(cli: Cli) -> None:
    ok(
        cli(
            "init",
            "--role",
            "coordinator",
            "--code",
            "SCIS",
            "--name",
            "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti",
            "--name-en",
            "Special Communication and Information Security State Service",
        )
    )


def build_plan(cli: Cli) -> None:
    """A coordinator's store with an institution, the strategy, a direction and two measures."""
    init_coordinator(cli)
    ok(cli("institutions", "add", "MOD", "--name", "Müdafiə Nazirliyi", "--kind", "ministry"))
    ok(
        cli(
            "strategy", "set", "--title", "Strategiya 2023-2027", "--start", "2023", "--end", "2027"
        )
    )
    ok(cli("directions", "add", "1", "--title", "Hüquqi bazanın təkmilləşdirilməsi"))
    ok(
        cli(
            "measures", "add", "--number", "1.1", "--lead", "MOD", "--direction", "1",
            "--title", "Dövlət informasiya sistemlərinin təhlükəsizlik auditi",
            "--start", "01.01.2019", "--end", "31.12.2020",
        )
    )  # fmt: skip
    ok(
        cli(
            "measures", "add", "--number", "1.2", "--lead", "SCIS", "--co-executor", "MOD",
            "--title", "Kadr hazırlığı", "--continuous",
        )
    )  # fmt: skip


# -- a finding's lifecycle ----------------------------------------------------------------------


def test_finding_lifecycle_commands(cli: Cli, tmp_path: Path) -> None:
    """Answers recorded at the coordinator (they came on paper), verification, a dispute and
    its decision, reopening; each move an event in the history, oldest first."""
    init_coordinator(cli)
    ok(cli("institutions", "add", "MOD", "--name", "Müdafiə Nazirliyi"))
    ok(cli("inspections", "add", "MOD", "--reference", "YX-1"))
    ok(cli("findings", "add", "YX-1", "--description", "Jurnal yoxdur", "--severity", "high"))
    ok(cli("findings", "add", "YX-1", "--description", "Parol zəifdir", "--severity", "low"))
    evidence = tmp_path / "akt.pdf"
    evidence.write_bytes(b"%PDF-1.4 on site")
    ok(cli("findings", "respond", "YX-1#1", "--text", "Plan", "--status", "in_remediation"))
    ok(cli("findings", "respond", "YX-1#1", "--text", "Hazırdır", "--status", "remediated"))
    returned = ok(
        cli(
            "findings", "verify", "YX-1#1", "--method", "on_site", "--result", "returned",
            "--comment", "Jurnal aparılmır", "--evidence", str(evidence),
        )
    )  # fmt: skip
    assert "remediated -> in_remediation" in returned.out
    refused = one_line_error(cli("findings", "reopen", "YX-1#1", "--reason", "Səhv"))
    assert "from in remediation it may move it only to: remediated" in refused
    ok(cli("findings", "respond", "YX-1#1", "--text", "İndi aparılır", "--status", "remediated"))
    ok(
        cli(
            "findings", "verify", "YX-1#1", "--method", "document_review", "--result", "closed",
            "--comment", "Jurnal təqdim olunub",
        )
    )  # fmt: skip
    ok(cli("findings", "reopen", "YX-1#1", "--reason", "Jurnal yenə aparılmır"))
    ok(cli("findings", "dispute", "YX-1#2", "--reason", "Parol siyasəti var"))
    decided = ok(cli("findings", "decide-dispute", "YX-1#2", "--withdraw", "--reason", "Razıyıq"))
    assert "disputed -> withdrawn" in decided.out
    assert "--uphold" in usage_error(cli("findings", "decide-dispute", "YX-1#2", "--reason", "x"))
    history = ok(cli("findings", "history", "YX-1#1", "--json")).json()
    assert [(h["kind"], h["to_status"]) for h in history] == [
        ("response", ""),
        ("event", "in_remediation"),
        ("response", ""),
        ("event", "remediated"),
        ("event", "in_remediation"),
        ("response", ""),
        ("event", "remediated"),
        ("event", "verified_closed"),
        ("signature", ""),  # the verifier's, for the issuing agency
        ("event", "open"),
    ]
    assert (history[8]["side"], len(history[8]["fingerprint"])) == ("issuer", 39)
    assert (history[4]["method"], history[4]["evidence"]) == ("on_site", ["akt.pdf"])
    assert all(h["node"] == "SCIS" and h["author"] == "admin" for h in history)
    shown = ok(cli("findings", "history", "YX-1#2")).out
    assert "open -> disputed" in shown and "Razıyıq" in shown
    assert (
        ok(cli("findings", "list", "--status", "withdrawn", "--json")).json()[0]["ref"] == "YX-1#2"
    )


def test_weighing_and_extension_request_commands(cli: Cli) -> None:
    """Likelihood and impact give the deadline and urgency; another deadline needs a reason;
    a request for more time is decided by ID; bad dates are refused in one line."""
    init_coordinator(cli)
    ok(cli("institutions", "add", "MOD", "--name", "Müdafiə Nazirliyi"))
    ok(cli("facilities", "add", "MOD", "--name", "Məlumat mərkəzi", "--criticality", "I"))
    ok(
        cli(
            "inspections", "add", "MOD", "--reference", "YX-1", "--start", "01.09.2026",
            "--end", "12.09.2026", "--facility", "Məlumat mərkəzi",
        )
    )  # fmt: skip
    ok(
        cli(
            "findings", "add", "YX-1", "--description", "Ehtiyat nüsxə yoxdur", "--severity",
            "high", "--likelihood", "4", "--impact", "5",
        )
    )  # fmt: skip
    (row,) = ok(cli("findings", "list", "--json")).json()
    assert (row["risk_score"], row["cii_class"], row["urgent"]) == (20, "I", True)
    assert (row["deadline"], row["deadline_source"]) == ("2026-09-19", "default")
    assert "20 (I)" in ok(cli("findings", "list")).out
    error = one_line_error(
        cli(
            "findings", "add", "YX-1", "--description", "Jurnal", "--severity", "low",
            "--likelihood", "1", "--impact", "2", "--deadline", "30.09.2026",
        )
    )  # fmt: skip
    assert "the weighing gives the deadline" in error
    ok(
        cli(
            "findings", "add", "YX-1", "--description", "Jurnal", "--severity", "low",
            "--likelihood", "1", "--impact", "2", "--deadline", "30.09.2026",
            "--deadline-reason", "Komissiyanın qərarı",
        )
    )  # fmt: skip
    ok(cli("findings", "add", "YX-1", "--description", "Parol", "--severity", "low"))
    ok(cli("findings", "update", "YX-1#3", "--likelihood", "2", "--impact", "2"))
    rows = {r["ref"]: r for r in ok(cli("findings", "list", "--json")).json()}
    assert rows["YX-1#2"]["deadline_source"] == "override"
    assert rows["YX-1#2"]["deadline_reason"] == "Komissiyanın qərarı"
    assert (rows["YX-1#3"]["risk_score"], rows["YX-1#3"]["deadline"]) == (4, "2026-12-11")
    assert "choose from 1, 2, 3, 4, 5" in usage_error(
        cli("findings", "update", "YX-1#3", "--impact", "6")
    )
    # Deadlines before the inspection and "extensions" to an earlier date are refused.
    ok(cli("findings", "add", "YX-1", "--description", "Kilid", "--severity", "low"))
    error = one_line_error(cli("findings", "update", "YX-1#4", "--deadline", "01.01.2020"))
    assert "cannot precede the inspection (it began on 01.09.2026)" in error
    error = one_line_error(
        cli("findings", "extend", "YX-1#1", "--to", "01.01.2000", "--reason", "x",
            "--approved-by", "Sədr")
    )  # fmt: skip
    assert "later than the current one (19.09.2026)" in error
    assert rows["YX-1#1"]["deadline"] == ok(cli("findings", "list", "--json")).json()[0]["deadline"]
    # A request (on paper, recorded here) and its decision.
    asked = ok(
        cli("findings", "request-extension", "YX-1#1", "--to", "01.10.2026", "--reason", "Təchizat")
    ).out
    assert "19.09.2026 -> 01.10.2026" in asked
    (request,) = ok(cli("findings", "extension-requests", "--pending", "--json")).json()
    assert request["finding"] == "YX-1#1" and request["status"] == "pending"
    assert "--approve" in usage_error(
        cli("findings", "decide-extension", request["id"], "--reason", "x")
    )
    decided = ok(
        cli("findings", "decide-extension", request["id"][:8], "--approve", "--reason", "Əsaslı")
    )
    assert "approved" in decided.out
    assert ok(cli("findings", "extension-requests", "--pending", "--json")).json() == []
    rows = {r["ref"]: r for r in ok(cli("findings", "list", "--json")).json()}
    assert (rows["YX-1#1"]["deadline"], rows["YX-1#1"]["deadline_source"]) == (
        "2026-10-01",
        "extension",
    )
    # The table is a setting, with its default named.
    settings = {r["key"]: r for r in ok(cli("settings", "list", "--json")).json()}
    assert "default 90,60,30,7" in settings["risk_days_I"]["meaning"]
    ok(cli("settings", "set", "risk_urgent_I", "25"))
    assert "risk urgent I" in one_line_error(cli("settings", "set", "risk_urgent_I", "30"))


def test_inspections_issue_and_addendum_commands(cli: Cli, tmp_path: Path) -> None:
    """The act issues the findings recorded so far; later ones go into a numbered addendum."""
    init_coordinator(cli)
    ok(cli("institutions", "add", "MOD", "--name", "Müdafiə Nazirliyi"))
    ok(cli("inspections", "add", "MOD", "--reference", "YX-1"))
    ok(cli("findings", "add", "YX-1", "--description", "Jurnal yoxdur", "--severity", "high"))
    issued = ok(cli("inspections", "issue", "YX-1", "--number", "A-7", "--date", "19.12.2026"))
    assert issued.out.strip() == "issued act No A-7 of 19.12.2026 with 1 finding(s)"
    again = one_line_error(
        cli("inspections", "issue", "YX-1", "--number", "A-8", "--date", "20.12.2026")
    )
    assert "go into addendum 1" in again
    ok(cli("findings", "add", "YX-1", "--description", "Parol zəifdir", "--severity", "low"))
    added = ok(cli("inspections", "addendum", "YX-1", "--number", "A-7/1", "--date", "22.12.2026"))
    assert added.out.strip() == "issued addendum 1 No A-7/1 of 22.12.2026 with 1 finding(s)"
    printed = tmp_path / "addendum.pdf"
    args = ["report", "inspection-act", "--inspection", "YX-1", "--out", str(printed)]
    ok(cli(*args, "--addendum", "1"))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(printed).pages).split())
    assert "Addendum 1 to the inspection act № A-7/1" in text and "Parol zəifdir" in text
    assert "Date of issue: 22.12.2026" in text and "Jurnal yoxdur" not in text
    assert 'no addendum 2 to the act of "YX-1"' in one_line_error(cli(*args, "--addendum", "2"))
    shown = ok(cli("inspections", "show", "YX-1")).out
    acts = shown.split("\nActs\n")[1].split("\nAttachments")[0].splitlines()
    assert acts[0].split() == ["ADDENDUM", "NUMBER", "ISSUED", "BY", "FINDINGS", "SIGNATURES"]
    # Signed by this node for the issuing agency; the partner agency has not co-signed.
    signed = ["SCIS", "(issuer);", "awaiting", "co-signature"]
    assert [line.split() for line in acts[-2:]] == [
        ["-", "A-7", "19.12.2026", "admin", "1", *signed],
        ["1", "A-7/1", "22.12.2026", "admin", "1", *signed],
    ]
    listed = json.loads(ok(cli("inspections", "show", "YX-1", "--json")).out)["acts"]
    assert [(a["addendum"], a["issued_on"]) for a in listed] == [
        (0, "2026-12-19"),
        (1, "2026-12-22"),
    ]
    assert listed[0]["snapshot"]["findings"][0]["description"] == "Jurnal yoxdur"
    assert "--date" in usage_error(cli("inspections", "issue", "YX-1", "--number", "A-9"))


# -- the whole workflow -------------------------------------------------------------------------


@pytest.mark.slow
def test_coordinator_workflow(cli: Cli, tmp_path: Path) -> None:
    build_plan(cli)

    csv_file = tmp_path / "tələblər.csv"
    csv_file.write_text(REQUIREMENTS_CSV, encoding="utf-8")
    assert "2 added, 0 updated" in ok(cli("requirements", "import", str(csv_file))).out
    assert [r["code"] for r in ok(cli("requirements", "list", "--json")).json()] == ["XT-2", "ÜT-1"]

    ok(cli("facilities", "add", "MOD", "--name", "Məlumat mərkəzi", "--criticality", "I"))
    added = ok(
        cli(
            "inspections", "add", "MOD", "--reference", "YX-2026-01",
            "--facility", "Məlumat mərkəzi",
            "--start", "01.09.2026", "--end", "05.09.2026", "--team", "Əli Məmmədov",
            "--scope", "İllik yoxlama",
        )
    )  # fmt: skip
    assert "YX-2026-01" in added.out
    ok(cli("notes", "add", "YX-2026-01", "Server otağına giriş jurnalı aparılmır"))
    ok(
        cli(
            "findings", "add", "YX-2026-01", "--description", "Giriş jurnalı yoxdur",
            "--severity", "high", "--requirement", "ÜT-1", "--facility", "Məlumat mərkəzi",
            "--deadline", "01.10.2026", "--urgent",
        )
    )  # fmt: skip
    evidence = tmp_path / "jurnal.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    ok(
        cli(
            "findings", "respond", "YX-2026-01#1", "--text", "Jurnal tətbiq olunur",
            "--status", "in_remediation", "--evidence", str(evidence),
        )
    )  # fmt: skip
    extended = ok(
        cli(
            "findings", "extend", "YX-2026-01#1", "--to", "01.12.2026",
            "--reason", "Avadanlıq gecikir", "--approved-by", "Komissiya sədri",
        )
    )  # fmt: skip
    assert "01.10.2026 -> 01.12.2026" in extended.out
    # A silent edit of a deadline is refused: it moves only through an extension.
    assert "extension" in one_line_error(
        cli("findings", "update", "YX-2026-01#1", "--deadline", "01.01.2027")
    )

    [finding] = ok(cli("findings", "list", "--json")).json()
    assert finding["ref"] == "YX-2026-01#1"
    assert (finding["deadline"], finding["status"], finding["urgent"]) == (
        "2026-12-01",
        "in_remediation",
        True,
    )
    shown = ok(cli("inspections", "show", "YX-2026-01")).out
    assert "Server otağına giriş jurnalı aparılmır" in shown
    assert "01.10.2026 -> 01.12.2026" in shown and "Komissiya sədri" in shown
    assert "jurnal.pdf" in shown

    # Azerbaijani case folding: İ pairs with i, so the capitals find the lower-case title...
    hits = ok(cli("search", "İNFORMASİYA", "--json")).json()
    assert {h["title"] for h in hits} >= {
        "1.1 Dövlət informasiya sistemlərinin təhlükəsizlik auditi",
        "ÜT-1 İnformasiya aktivlərinin uçotu",
    }
    assert all(h["id"] for h in hits)
    # ...while I pairs with ı, not with i.
    assert ok(cli("search", "INFORMASIYA", "--json")).json() == []
    assert "giriş jurnalı" in ok(cli("search", "JURNAL")).out.lower()

    out = tmp_path / "dump.json"
    ok(cli("dump", "--out", str(out)))
    state = json.loads(out.read_text(encoding="utf-8"))
    assert [m["number"] for m in sorted(state["measure"], key=lambda m: m["number"])] == [
        "1.1",
        "1.2",
    ]
    assert {r["code"] for r in state["requirement"]} == {"ÜT-1", "XT-2"}
    assert state["deadline_extension"][0]["new_date"] == "2026-12-01"
    assert len(state["blobs"]) == 1
    # The same canonical text on stdout.
    assert ok(cli("dump")).out == out.read_text(encoding="utf-8")
    ok(cli("audit", "verify"))


@pytest.mark.slow
def test_progress_reports_and_evaluation(cli: Cli, tmp_path: Path) -> None:
    build_plan(cli)
    ok(cli("indicators", "add", "1.2", "--name", "Hazırlanmış mütəxəssis", "--unit", "nəfər",
           "--baseline", "0", "--target", "100"))  # fmt: skip
    evidence = tmp_path / "hesabat.txt"
    evidence.write_text("Təlim keçirildi", encoding="utf-8")
    added = ok(
        cli(
            "progress", "add", "1.2", "--period", "2026-q3", "--status", "in_progress",
            "--percent", "40", "--text", "40 mütəxəssis hazırlandı",
            "--actual", "Hazırlanmış mütəxəssis=40", "--evidence", str(evidence),
        )
    )  # fmt: skip
    report_id = added.out.split()[3]
    [row] = ok(cli("progress", "list", "--json")).json()
    assert (row["id"], row["period"], row["percent"], row["draft"]) == (
        report_id,
        "2026-Q3",
        40,
        False,
    )

    draft = ok(cli("progress", "add", "1.2", "--period", "2026-Q4", "--status", "in_progress",
                   "--percent", "60", "--text", "", "--draft"))  # fmt: skip
    draft_id = draft.out.split()[3]
    assert "work done" in one_line_error(cli("progress", "submit", draft_id[:8]))
    assert "a draft cannot be evaluated" in one_line_error(
        cli("progress", "evaluate", draft_id, "--result", "implemented")
    )

    ok(cli("progress", "evaluate", report_id[:8], "--result", "needs_clarification",
           "--comment", "Sertifikatları əlavə edin"))  # fmt: skip
    detail = ok(cli("measures", "show", "1.2", "--json")).json()
    assert isinstance(detail, dict)
    [report] = [r for r in detail["reports"] if r["id"] == report_id]
    assert report["evaluation"]["result"] == "needs_clarification"
    assert list(report["indicator_actuals"].values()) == [40.0]
    assert [a["file_name"] for a in detail["attachments"]] == ["hesabat.txt"]

    # The file comes back out of the store byte for byte.
    sha = detail["attachments"][0]["sha256"]
    copy = tmp_path / "copy.txt"
    ok(cli("attachments", "get", sha, "--out", str(copy)))
    assert copy.read_text(encoding="utf-8") == "Təlim keçirildi"
    # Percent out of range: a validation error, one line.
    line = one_line_error(
        cli(
            "progress",
            "add",
            "1.2",
            "--period",
            "2026-Q3",
            "--status",
            "completed",
            "--percent",
            "150",
            "--text",
            "x",
        )  # fmt: skip
    )
    assert "percent" in line


@pytest.mark.slow
def test_measures_update_filters_and_delete(cli: Cli) -> None:
    build_plan(cli)

    def numbers(*filters: str) -> list[str]:
        return [m["number"] for m in ok(cli("measures", "list", "--json", *filters)).json()]

    assert numbers() == ["1.1", "1.2"]
    assert numbers("--overdue") == ["1.1"]
    assert numbers("--direction", "1") == ["1.1"]
    assert numbers("--institution", "MOD") == ["1.1", "1.2"]  # lead of 1.1, co-executor of 1.2
    assert numbers("--search", "KADR") == ["1.2"]

    changed = ok(
        cli("measures", "update", "1.1", "--end", "31.12.2099", "--financing", "Dövlət büdcəsi",
            "--reason", "Komissiyanın qərarı")
    )  # fmt: skip
    assert "end_date" in changed.out and "financing_source" in changed.out
    assert numbers("--overdue") == []
    assert "the end date is before the start date" in one_line_error(
        cli("measures", "update", "1.1", "--end", "01.01.2018")
    )
    assert "date" in one_line_error(cli("measures", "update", "1.1", "--end", "31.02.2026"))
    # A measure by id prefix works like its number.
    measure_id = ok(cli("measures", "list", "--json")).json()[0]["id"]
    assert "Dövlət büdcəsi" in ok(cli("measures", "show", measure_id[:8])).out
    assert "31.12.2099" in ok(cli("measures", "list")).out

    ok(cli("measures", "delete", "1.2"))
    assert numbers() == ["1.1"]
    assert one_line_error(cli("measures", "show", "1.2")) == 'error: no measure "1.2"'


# -- every list speaks JSON -------------------------------------------------------------------


@pytest.fixture(scope="module")
def populated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One store with a record of every listed kind, shared by the read-only tests below."""
    home = tmp_path_factory.mktemp("populated")
    with pytest.MonkeyPatch.context() as patch:
        _cli_env(patch, home)
        patch.setenv(NEW_PASSPHRASE_ENV, "viewer passphrase")

        def call(*args: str) -> Result:
            return Result(run(list(args)), "", "")

        build_plan(call)
        csv_file = home.parent / "req.csv"
        csv_file.write_text(REQUIREMENTS_CSV, encoding="utf-8")
        for args in (
            ("requirements", "import", str(csv_file)),
            ("facilities", "add", "MOD", "--name", "Məlumat mərkəzi"),
            ("indicators", "add", "1.1", "--name", "Audit edilmiş sistem", "--target", "20"),
            ("progress", "add", "1.2", "--period", "2026-Q3", "--status", "in_progress",
             "--percent", "10", "--text", "Başlanıb"),
            ("inspections", "add", "MOD", "--reference", "YX-1"),
            ("findings", "add", "YX-1", "--description", "Parol siyasəti yoxdur",
             "--severity", "critical"),
            ("attach", "YX-1", str(csv_file)),
            ("users", "add", "baxan", "--role", "viewer"),
        ):  # fmt: skip
            assert ok(call(*args))
        yield home


LISTS = [
    ("institutions", "list"),
    ("facilities", "list"),
    ("directions", "list"),
    ("measures", "list"),
    ("indicators", "list", "1.1"),
    ("progress", "list"),
    ("inspections", "list"),
    ("findings", "list"),
    ("requirements", "list"),
    ("attachments", "list", "YX-1"),
    ("users", "list"),
    ("settings", "list"),
    ("audit", "list"),
    ("search", "PAROL"),
]


@pytest.mark.parametrize("command", LISTS, ids=lambda c: " ".join(c[:2]))
@pytest.mark.slow
def test_every_list_prints_a_json_array_of_objects_with_ids(
    populated: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        _cli_env(patch, populated)
        capsys.readouterr()
        assert run([*command, "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert run(list(command)) == 0
        table = capsys.readouterr().out
    assert isinstance(rows, list) and rows, command
    assert all(isinstance(row, dict) and row["id"] for row in rows)
    # The human form is an aligned table: a header, a rule of dashes, then a row per record.
    lines = table.splitlines()
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert len(lines) == len(rows) + 2


def test_tables_show_dates_as_dd_mm_yyyy(
    populated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        _cli_env(patch, populated)
        assert run(["measures", "list"]) == 0
    assert "31.12.2020" in capsys.readouterr().out


def test_a_viewer_reads_but_cannot_change(
    populated: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_ENV, str(populated))
    monkeypatch.setenv(PASSPHRASE_ENV, "viewer passphrase")
    assert ok(cli("--user", "baxan", "info", "--json")).json()["user_role"] == "viewer"
    ok(cli("measures", "list", "--user", "baxan"))
    line = one_line_error(cli("--user", "baxan", "measures", "delete", "1.1"))
    assert line == "error: a viewer cannot change anything"
    # Without --user the admin who set the store up is meant, so the viewer's passphrase fails.
    assert one_line_error(cli("measures", "list")) == "error: wrong passphrase for user admin"


# -- init, users, passphrases -----------------------------------------------------------------


def test_init_refuses_to_overwrite(cli: Cli, home: Path) -> None:
    init_coordinator(cli)
    slots = (home / "keyslots.json").read_bytes()
    line = one_line_error(
        cli("init", "--role", "institution", "--code", "MOD", "--name", "Müdafiə Nazirliyi")
    )
    assert line == f"error: a store already exists in {home}"
    assert (home / "keyslots.json").read_bytes() == slots
    assert ok(cli("info", "--json")).json()["node_code"] == "SCIS"


def test_init_validates_before_writing(cli: Cli, home: Path) -> None:
    line = one_line_error(
        cli("init", "--role", "institution", "--code", "bad code!", "--name", "X")
    )
    assert "code must be" in line
    assert not home.exists() or not any(home.iterdir())
    assert "invalid choice: 'minister'" in usage_error(
        cli("init", "--role", "minister", "--code", "X", "--name", "X")
    )


@pytest.mark.slow
def test_users_passphrases_and_recovery_key(
    cli: Cli, home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    init_coordinator(cli)
    monkeypatch.setenv(NEW_PASSPHRASE_ENV, "editor's own passphrase")
    ok(cli("users", "add", "Aynur", "--role", "editor"))
    users = ok(cli("users", "list", "--json")).json()
    assert [(u["id"], u["role"]) for u in users] == [("Aynur", "editor"), ("admin", "admin")]

    # Each user unlocks with their own passphrase; the admin's does not open Aynur's slot.
    monkeypatch.setenv(PASSPHRASE_ENV, "editor's own passphrase")
    assert ok(cli("--user", "Aynur", "info", "--json")).json()["user"] == "Aynur"
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert (
        one_line_error(cli("--user", "Aynur", "info")) == "error: wrong passphrase for user Aynur"
    )
    assert one_line_error(cli("--user", "nobody", "info")).startswith(
        "error: user nobody has no key slot"
    )

    # passwd: the new passphrase from a file, the old one stops working.
    new_file = tmp_path / "new"
    new_file.write_text("a brand new passphrase\n", encoding="utf-8")
    monkeypatch.delenv(NEW_PASSPHRASE_ENV)
    ok(cli("users", "passwd", "admin", "--new-passphrase-file", str(new_file)))
    assert one_line_error(cli("info")) == "error: wrong passphrase for user admin"
    monkeypatch.setenv(PASSPHRASE_ENV, "a brand new passphrase")
    ok(cli("info"))

    key = ok(cli("users", "recovery-key")).out.strip()
    assert len(key.replace("-", "").replace(" ", "")) >= 32
    assert "recovery key" in cli("users", "recovery-key").err


@pytest.mark.slow
def test_passphrase_file_and_missing_passphrase(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    init_coordinator(cli)
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    # The file, asked for explicitly, wins over the environment.
    monkeypatch.setenv(PASSPHRASE_ENV, "a stale passphrase")
    ok(cli("--passphrase-file", str(secret), "info"))
    monkeypatch.delenv(PASSPHRASE_ENV)
    # Before or after the command name alike.
    ok(cli("--passphrase-file", str(secret), "measures", "list"))
    ok(cli("measures", "list", "--passphrase-file", str(secret)))
    line = one_line_error(cli("measures", "list", "--passphrase-file", str(tmp_path / "none")))
    assert "cannot read passphrase file" in line
    # No env, no file and no terminal to ask on: refused in one line, nothing hangs.
    line = one_line_error(cli("measures", "list"))
    assert PASSPHRASE_ENV in line


@pytest.mark.parametrize(
    "form", [["--passphrase", "hunter2-secret"], ["--passphrase=hunter2-secret"]]
)
def test_a_passphrase_is_never_an_argument(cli: Cli, form: list[str]) -> None:
    init_coordinator(cli)
    for args in ([*form, "measures", "list"], ["measures", "list", *form]):
        result = cli(*args)
        assert "passphrase is never given as an argument" in one_line_error(result, 2)
        assert "hunter2" not in result.err + result.out


# -- errors and usage -------------------------------------------------------------------------


def test_usage_errors_exit_2(cli: Cli) -> None:
    init_coordinator(cli)
    for args in (
        ["measures"],
        ["measures", "frobnicate"],
        ["measures", "add", "--number", "1.1"],
        ["progress", "evaluate", "abc", "--result", "maybe"],
        ["--no-such-option"],
    ):
        assert "error:" in usage_error(cli(*args))
    assert "nothing to change" in one_line_error(cli("measures", "update", "1.1"), 2)
    assert "NAME=VALUE" in one_line_error(
        cli(
            "progress",
            "add",
            "1.1",
            "--period",
            "2026",
            "--status",
            "completed",
            "--percent",
            "100",
            "--text",
            "x",
            "--actual",
            "no-equals-sign",
        ),  # fmt: skip
        2,
    )


@pytest.mark.slow
def test_missing_store_and_missing_records(cli: Cli, home: Path) -> None:
    assert str(home) in one_line_error(cli("measures", "list"))
    init_coordinator(cli)
    assert one_line_error(cli("inspections", "show", "YX-404")) == 'error: no inspection "YX-404"'
    assert one_line_error(cli("findings", "respond", "YX-404#1", "--text", "x")).startswith(
        "error: no inspection"
    )
    assert "no such file" in one_line_error(cli("attach", "1.1", "/nonexistent/file.pdf"))
    assert one_line_error(cli("attachments", "get", "0" * 64, "--out", "x")).startswith(
        "error: no attachment content"
    )


def test_node_role_is_enforced(cli: Cli) -> None:
    ok(cli("init", "--role", "institution", "--code", "MOD", "--name", "Müdafiə Nazirliyi"))
    line = one_line_error(cli("institutions", "add", "X", "--name", "X"))
    assert line == "error: this node (institution) cannot edit the action plan"


@pytest.mark.slow
def test_settings(cli: Cli, tmp_path: Path) -> None:
    init_coordinator(cli)
    ok(cli("settings", "set", "marking", "Xidməti istifadə üçün"))
    assert ok(cli("settings", "get", "marking")).out == "Xidməti istifadə üçün\n"
    ok(cli("settings", "set", "idle_lock_minutes", "15"))
    assert "whole minutes" in one_line_error(cli("settings", "set", "idle_lock_minutes", "soon"))
    assert "az, en, ru" in one_line_error(cli("settings", "set", "language", "fr"))
    assert "invalid choice: 'colour'" in usage_error(cli("settings", "set", "colour", "blue"))
    assert "cannot read" in one_line_error(
        cli("settings", "set", "emblem", str(tmp_path / "none.png"))
    )
    rows = {row["key"]: row["value"] for row in ok(cli("settings", "list", "--json")).json()}
    assert rows["marking"] == "Xidməti istifadə üçün" and rows["idle_lock_minutes"] == "15"


@pytest.mark.slow
def test_audit_verify_names_the_altered_entry(cli: Cli, home: Path) -> None:
    build_plan(cli)
    assert "intact" in ok(cli("audit", "verify")).out
    entries = ok(cli("audit", "list", "--json", "--limit", "3")).json()
    assert [e["id"] for e in entries] == sorted((e["id"] for e in entries), reverse=True)
    # Tamper with the log behind the application's back.
    with (
        open_desk(home, user="admin", passphrase=PASSPHRASE) as desk,
        desk.transaction() as session,
    ):
        event = session.get(AuditEvent, 3)
        assert event is not None
        event.detail = "nothing happened here"
    assert one_line_error(cli("audit", "verify")).startswith(
        "error: audit chain broken: entry 3 was altered"
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app import __version__

    assert run(["--version"]) == 0
    assert capsys.readouterr().out == f"infosec-desk {__version__}\n"


def test_every_command_module_is_registered() -> None:
    from desktop_app.cli import commands

    files = {p.stem for p in Path(commands.__file__).parent.glob("*.py") if p.stem != "__init__"}
    assert {module.__name__.rpartition(".")[2] for module in commands.COMMANDS} == files


def test_inspections_list_prints_the_lines_the_records_printed(
    home: Path, cli: Cli, make_desk: DeskFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table reads only the columns it prints; its lines are those the full records
    printed before (the oracle below is the command as it was), whatever the filter."""
    desk = make_desk("coordinator", "SCIS", home=home)
    sample = build_sample(desk, measures=4)
    desk.inspections.issue(sample.inspections[0], "A-1", "19.12.2026")
    rows = desk.inspections.rows()
    institution = rows[-1].institution_code
    held = {r.status for r in rows if r.institution_code == institution}
    missing = next(s for s in InspectionStatus.values() if s not in held)
    filters: list[dict[str, str]] = [
        {},
        {"status": "completed"},
        {"institution": institution},
        {"institution": institution, "status": missing},  # none
    ]

    def from_records(chosen: dict[str, str]) -> list[str]:
        codes = {i.id: i.code for i in desk.plan.institutions()}
        acts = desk.commission.statuses()
        capsys.readouterr()
        print_table(
            ["REFERENCE", "INSTITUTION", "KIND", "START", "END", "STATUS", "ACT", "SCOPE"],
            [
                [
                    r.reference,
                    codes.get(r.institution_id, ""),
                    Stored(r.kind),
                    r.start_date,
                    r.end_date,
                    InspectionState(r.status),
                    ActState(acts.get(r.id, "")),
                    r.scope,
                ]
                for r in desk.inspections.inspections(**chosen)
            ],
            empty="no inspections",
        )
        return capsys.readouterr().out.splitlines()

    expected = [from_records(chosen) for chosen in filters]
    desk.close()  # the CLI opens the store itself
    for chosen, lines in zip(filters, expected, strict=True):
        options = [part for name, value in chosen.items() for part in (f"--{name}", value)]
        assert ok(cli("inspections", "list", *options)).out.splitlines() == lines
    everything = expected[0]
    assert len(everything) == 2 + len(rows)
    assert set(sample.inspections) <= {line.split()[0] for line in everything[2:]}
    assert any("awaiting co-signature" in line for line in everything)
    assert expected[-1] == ["(no inspections)"]
