"""``infosec-desk`` / ``python -m desktop_app``: the GUI without arguments, the CLI with them."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args:
        from desktop_app.cli.main import run

        return run(args)
    from desktop_app.gui.app import run_gui

    return run_gui()


if __name__ == "__main__":
    sys.exit(main())
