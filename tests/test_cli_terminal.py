"""What an enrolled institution writes never drives the coordinator's terminal: its report text
with escape sequences, C1 controls and a bidi override arrives in a bundle signed with its own
key; every command that prints it (through the real CLI) prints no control character, and JSON
keeps the exact text, escaped."""

from __future__ import annotations

import json
import re
from pathlib import Path

from desktop_app.cli.common import safe_json, safe_text
from desktop_app.core.desk import Desk
from tests.conftest import DeskFactory, run_cli
from tests.exchange_world import enrol, ship

# What the institution's own services accept: a one-byte CSI (C1) that sets red and clears the
# screen, OSC (C1) retitling the window, a right-to-left override, DEL, a bidi isolate.
HOSTILE = "Görülən iş \x9b31m\x9b2J \x9d0;owned\x9c akt\u202efdp.exe \x7f\u2066x\u2069"
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def test_report_text_from_a_bundle_reaches_no_terminal_as_controls(
    make_desk: DeskFactory, tmp_path: Path
) -> None:
    c: Desk = make_desk("coordinator", "SCIS")
    m: Desk = make_desk("institution", "MIN1")
    enrol(c, m)
    c.plan.add_measure("1.1", "Tədbir", "MIN1")
    ship(c, m, tmp_path / "stick")
    m.progress.add("1.1", "2026-Q3", "in_progress", 50, HOSTILE)
    ship(m, c, tmp_path / "stick")
    home = c.workspace.home
    c.close()

    listed = run_cli(home, "progress", "list")
    assert listed.returncode == 0, listed.stderr
    assert not FORBIDDEN.search(listed.stdout), listed.stdout
    assert "akt\ufffdfdp.exe" in listed.stdout  # replaced, visibly, not dropped
    # An error line that quotes what it was given: a folder named with an escape sequence.
    failed = run_cli(home, "export", "--to", str(tmp_path / "\x1b]0;owned\x07"))
    assert failed.returncode == 1 and "no such folder" in failed.stderr, failed.stderr
    assert not FORBIDDEN.search(failed.stderr), failed.stderr
    for args in (("progress", "list", "--json"), ("search", "Görülən", "--json"), ("dump",)):
        shown = run_cli(home, *args)
        assert shown.returncode == 0, shown.stderr
        assert not FORBIDDEN.search(shown.stdout), (args, shown.stdout)
        assert HOSTILE in json.dumps(json.loads(shown.stdout), ensure_ascii=False)


def test_c0_controls_are_replaced_too() -> None:
    """ESC and CR, which the local services refuse in text but a bundle may still carry."""
    text = "a\x1b]0;owned\x07\x1b[2Jb\rc\td\ne"
    assert safe_text(text) == "a\ufffd]0;owned\ufffd\ufffd[2Jb\ufffdc\td\ne"
    data = json.dumps({"t": text + "\x9b\u202e"}, ensure_ascii=False)
    assert not FORBIDDEN.search(safe_json(data))
    assert json.loads(safe_json(data)) == json.loads(data)
