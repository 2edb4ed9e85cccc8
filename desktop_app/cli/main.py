"""``infosec-desk COMMAND ...``: parse, run one command, turn every failure into one line.

Exit codes: 0 done, 1 refused or failed (``error: ...`` on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from collections.abc import Sequence

from desktop_app import __version__
from desktop_app.cli.commands import COMMANDS
from desktop_app.cli.common import (
    DEBUG_ENV,
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    TEST_KDF_ENV,
    Context,
    UsageError,
    add_global_options,
)
from desktop_app.errors import DeskError
from desktop_app.store.workspace import HOME_ENV

_ENVIRONMENT = (
    (HOME_ENV, "the workspace folder (like --home)"),
    (PASSPHRASE_ENV, "the passphrase (else --passphrase-file, else a prompt)"),
    (NEW_PASSPHRASE_ENV, "the new passphrase for 'users add' and 'users passwd'"),
    (f"{TEST_KDF_ENV}=fast", "cheap key derivation for new stores: for tests only"),
    (f"{DEBUG_ENV}=1", "show tracebacks"),
)
EPILOG = (
    "environment:\n"
    + "".join(f"  {name:<30} {meaning}\n" for name, meaning in _ENVIRONMENT)
    + "\nA passphrase is never taken as a command-line argument: other users can read those."
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="infosec-desk",
        description="InfoSec Desk on the command line: the strategy's action plan, progress "
        "reports and CII inspections in an encrypted local store.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    add_global_options(parser, suppress=False)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    add_global_options(common, suppress=True)
    subparsers = parser.add_subparsers(metavar="COMMAND", required=True)
    for module in COMMANDS:
        module.register(subparsers, common)
    return parser


def _passphrase_argument(argv: Sequence[str]) -> bool:
    return any(arg == "--passphrase" or arg.startswith("--passphrase=") for arg in argv)


def _option_names(parser: argparse.ArgumentParser) -> set[str]:
    names: set[str] = set()
    for action in parser._actions:
        names.update(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                names |= _option_names(sub)
    return names


def unknown_options(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """The names of the arguments before any ``--`` that look like options no command has."""
    known = _option_names(parser)
    unknown: list[str] = []
    for arg in argv:
        if arg == "--":
            break
        if not arg.startswith("-") or arg == "-" or _is_number(arg):
            continue
        name = arg.split("=", 1)[0]
        if name not in known:
            unknown.append(name)
    return unknown


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _fail(message: str, code: int = 1) -> int:
    if os.environ.get(DEBUG_ENV) == "1":
        traceback.print_exc()
    print(f"error: {message}", file=sys.stderr)
    return code


def run(argv: Sequence[str]) -> int:
    argv = list(argv)
    if _passphrase_argument(argv):
        # Said before argparse, which would echo the value back in its error.
        print(
            f"error: a passphrase is never given as an argument: use env {PASSPHRASE_ENV}, "
            "--passphrase-file FILE or the prompt",
            file=sys.stderr,
        )
        return 2
    parser = build_parser()
    unknown = unknown_options(parser, argv)
    if unknown:
        # Said before argparse, which echoes an unknown option's value (or takes it for the
        # command and echoes it as an invalid choice): after a misspelt --passphrase-file that
        # value may be the passphrase itself. Only the option names are shown.
        parser.print_usage(sys.stderr)
        print(
            f"error: unknown option(s) {', '.join(unknown)} (values not shown); "
            "see 'infosec-desk --help'",
            file=sys.stderr,
        )
        return 2
    try:
        args = parser.parse_args(argv)
    except SystemExit as done:  # --help, --version, or a usage error (already printed)
        return done.code if isinstance(done.code, int) else int(done.code is not None) * 2
    ctx = Context(args)
    try:
        return args.handler(ctx) or 0
    except UsageError as error:
        return _fail(str(error), 2)
    except DeskError as error:
        return _fail(str(error))
    except BrokenPipeError:
        # The reader left (`| head`): nothing to report; keep the exit flush from failing too.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        return _fail(f"{error.strerror or error}{where}")
    except KeyboardInterrupt:
        return _fail("interrupted")
    except Exception as error:
        first_line = (str(error).splitlines() or [""])[0][:200]
        return _fail(
            f"unexpected {type(error).__name__}: {first_line} (a bug; set {DEBUG_ENV}=1 "
            "for the traceback and report it)"
        )
    finally:
        ctx.close()
