"""The exchange commands through the real CLI (in process), two stores, one stick."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli.common import PASSPHRASE_ENV
from desktop_app.cli.main import run
from desktop_app.store.workspace import HOME_ENV
from tests.conftest import PASSPHRASE, DeskFactory
from tests.exchange_world import concurrent_weighing
from tests.test_cli_i18n import said

pytestmark = pytest.mark.slow

# cli(home, *args, code=0): run a command on that home, its standard output.
Cli = Callable[..., str]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.delenv(HOME_ENV, raising=False)

    def call(home: str, *args: str, code: int = 0) -> str:
        capsys.readouterr()
        result = run(["--home", str(tmp_path / home), *args])
        captured = capsys.readouterr()
        assert result == code, captured.err + captured.out
        return captured.out

    return call


def test_enrol_export_import_verify_and_the_log(cli: Cli, tmp_path: Path) -> None:
    cli("c", "init", "--role", "coordinator", "--code", "SCIS", "--name", "Xidmət")
    cli("m", "init", "--role", "institution", "--code", "MIN1", "--name", "Nazirlik")
    c_card, m_card = tmp_path / "c.card", tmp_path / "m.card"
    cli("c", "identity", "card", "--out", str(c_card))
    cli("m", "identity", "card", "--out", str(m_card))
    c_fp = cli("c", "identity", "fingerprint").splitlines()[-1]
    m_fp = cli("m", "identity", "fingerprint").splitlines()[-1]
    assert len(c_fp.split()) == 8 and c_fp != m_fp

    # A wrong fingerprint is refused; the right one enrols.
    wrong = ("A" if m_fp[0] != "A" else "B") + m_fp[1:]
    cli("c", "partners", "add", str(m_card), "--fingerprint", wrong, code=1)
    cli("c", "partners", "add", str(m_card), "--fingerprint", m_fp)
    cli("m", "partners", "add", str(c_card), "--fingerprint", c_fp.lower())
    listed = json.loads(cli("c", "partners", "list", "--json"))
    assert [(p["code"], p["status"], p["fingerprint"]) for p in listed] == [
        ("MIN1", "active", m_fp)
    ]

    # Enrolling the institution's card registered it in the plan (names from the card).
    registered = json.loads(cli("c", "institutions", "list", "--json"))
    assert "MIN1" in [row["code"] for row in registered]
    stick = tmp_path / "stick"
    stick.mkdir()
    exported = cli("c", "export", "--to", str(stick))
    path, size, _, _, sha = exported.split()[:5]
    assert Path(path) == stick / "SCIS-to-MIN1-0001.age"  # as the GUI names it
    assert Path(path).stat().st_size == int(size) and len(sha) == 64
    assert "verified" not in cli("m", "verify", path)
    assert "merged from SCIS #1" in cli("m", "import", str(stick))
    assert "already imported" in cli("m", "import", path)

    # A bundle for someone else is refused with exit code 1, and logged.
    outsider = tmp_path / "outsider.age"
    outsider.write_bytes(Path(path).read_bytes()[:-1])
    assert "refused" in cli("m", "import", str(outsider), code=1)
    assert "refused" in cli("m", "verify", str(outsider), code=1)
    log = json.loads(cli("m", "bundles", "list", "--json"))
    assert [(b["direction"], b["outcome"]) for b in log] == [("in", "merged"), ("in", "refused")]

    back = cli("m", "export", "--to", str(stick), "--recipient", "SCIS").split()[0]
    assert Path(back).name == "MIN1-to-SCIS-0001.age"
    assert "merged from MIN1 #1" in cli("c", "import", back)
    sent = json.loads(cli("c", "bundles", "list", "--json"))
    assert sent[0]["acked"] is True and sent[0]["receipt_digest_match"] is True
    assert json.loads(cli("c", "conflicts", "list", "--json")) == []

    rotated = cli("m", "identity", "rotate").splitlines()[-1]
    assert rotated != m_fp
    cli("c", "partners", "revoke", "MIN1")
    again = cli("m", "export", "--to", str(stick), "--full").split()[0]
    assert "revoked" in cli("c", "import", again, code=1)


def test_conflicts_list_names_the_records_a_value_refers_to(
    cli: Cli, make_desk: DeskFactory, tmp_path: Path
) -> None:
    """A finding's requirement is a reference (its id stored), its severity a stored value."""
    c = make_desk("coordinator", "SCIS")
    ids = concurrent_weighing(c, make_desk("inspection-team", "TEAM1"), tmp_path / "stick")
    c.close()  # the CLI opens the store itself

    listed = cli("SCIS", "conflicts", "list").splitlines()
    [requirement] = [line for line in listed if " requirement_id " in line]
    assert requirement.split()[2:4] == ["INS-1#1", "requirement_id"]
    assert "ÜT-1" in requirement and "XT-2" in requirement
    assert not any(rid[:8] in line for rid in ids.values() for line in listed)
    [severity] = [line for line in listed if " severity " in line]
    assert "critical" in severity and "low" in severity  # English tables keep stored values

    # Another language names the stored values as the GUI does; the references stay names.
    in_az = cli("SCIS", "--lang", "az", "conflicts", "list")
    assert said("az", "Critical", "labels") in in_az and said("az", "Low", "labels") in in_az
    assert "ÜT-1" in in_az and "XT-2" in in_az

    # --json keeps the stored values (``conflicts resolve --keep`` takes them), names beside.
    rows = {row["field"]: row for row in json.loads(cli("SCIS", "conflicts", "list", "--json"))}
    stored = rows["requirement_id"]
    assert (stored["local_value"], stored["remote_value"]) == (ids["ÜT-1"], ids["XT-2"])
    assert (stored["record_name"], stored["local_name"], stored["remote_name"]) == (
        "INS-1#1",
        "ÜT-1",
        "XT-2",
    )
    assert (rows["severity"]["local_value"], rows["severity"]["local_name"]) == ("critical", None)
