"""Nothing from a stick drives the coordinator's terminal: the file names on it are the sender's
to choose, so they carry escape sequences, C1 controls and a bidi override; every line the CLI
prints about them (through the real CLI) holds no control character, and JSON output escapes
what JSON itself leaves as it is."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop_app.cli.common import print_json, safe_text
from desktop_app.core.desk import Desk
from desktop_app.exchange import service
from tests.conftest import DeskFactory, run_cli
from tests.exchange_world import enrol, ship

# Retitle the window and clear the screen (ESC), the same as one-byte C1 sequences, a
# right-to-left override that makes "akt\u202efdp.age" read as "aktega.pdf", DEL, a bidi isolate.
HOSTILE = "akt \x1b]0;owned\x07\x1b[2J\x9b31m\x9d0;owned\x9c \u202efdp\x7f\u2066x\u2069"
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.slow
def test_file_names_on_a_stick_reach_no_terminal_as_controls(
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    c: Desk = make_desk("coordinator", "SCIS")
    m: Desk = make_desk("institution", "MIN1")
    enrol(c, m)
    c.plan.add_measure("1.1", "Tədbir", "MIN1")
    ship(c, m, tmp_path / "stick")
    m.progress.add("1.1", "2026-Q3", "in_progress", 50, "Görülən iş")
    stick = tmp_path / "stick2"
    stick.mkdir()
    exported = service.export_bundle(m, "SCIS", stick)
    exported.path.rename(stick / f"{HOSTILE}.age")
    (stick / f"{HOSTILE} 2.age").write_bytes(b"not a bundle")
    home = c.workspace.home
    c.close()

    for args in (("verify", str(stick)), ("import", str(stick))):
        shown = run_cli(home, *args)
        assert shown.returncode == 1, shown.stderr  # the second file is refused
        assert not FORBIDDEN.search(shown.stdout + shown.stderr), shown.stdout
        assert "akt \ufffd]0;owned\ufffd\ufffd[2J" in shown.stdout  # replaced, visibly
    assert "merged from MIN1" in shown.stdout
    # An error line that quotes what it was given: a folder named with an escape sequence.
    failed = run_cli(home, "export", "--to", str(tmp_path / HOSTILE))
    assert failed.returncode == 1 and "no such folder" in failed.stderr, failed.stderr
    assert not FORBIDDEN.search(failed.stderr), failed.stderr


def test_json_output_escapes_every_control_and_keeps_the_value(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """JSON escapes C0 itself; DEL, C1 and the bidi controls it leaves, so the CLI escapes them."""
    data = {"text": HOSTILE, "list": [HOSTILE]}
    print_json(data)
    printed = capsys.readouterr().out
    assert not FORBIDDEN.search(printed), printed
    assert json.loads(printed) == data
    assert safe_text("a\tb\nc\rd") == "a\tb\nc\ufffdd"
