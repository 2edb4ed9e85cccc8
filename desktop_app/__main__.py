"""``infosec-desk`` / ``python -m desktop_app``: the GUI without a command, the CLI with one.

``--home DIR`` alone opens the GUI on that workspace, as ``INFOSEC_DESK_HOME`` does.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.process import disable_core_dumps


def gui_home(args: list[str]) -> Path | None:
    """The workspace of ``--home DIR`` / ``--home=DIR`` when that is all that was given."""
    if len(args) == 2 and args[0] == "--home" and args[1]:
        return Path(args[1]).expanduser()
    if len(args) == 1 and args[0].startswith("--home=") and len(args[0]) > len("--home="):
        return Path(args[0].removeprefix("--home=")).expanduser()
    return None


def main(argv: list[str] | None = None) -> int:
    disable_core_dumps()
    args = sys.argv[1:] if argv is None else argv
    home = gui_home(args)
    if args and home is None:
        from desktop_app.cli.main import run

        return run(args)
    from desktop_app.gui.app import run_gui

    return run_gui(home=home)


if __name__ == "__main__":
    sys.exit(main())
