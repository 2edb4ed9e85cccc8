"""``infosec-desk COMMAND ...``: parse, run one command, turn every failure into one line.

Exit codes: 0 done, 1 refused or failed (``error: ...`` on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import textwrap
import traceback
from collections.abc import Iterable, Sequence
from typing import Any, NoReturn

from desktop_app import __version__
from desktop_app.cli import texts
from desktop_app.cli.commands import COMMANDS
from desktop_app.cli.common import (
    DEBUG_ENV,
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    Context,
    UsageError,
    add_global_options,
    safe_text,
)
from desktop_app.cli.texts import QT_TRANSLATE_NOOP, translate
from desktop_app.core.settings import LANGUAGES
from desktop_app.errors import DeskError
from desktop_app.store.workspace import HOME_ENV

_ENVIRONMENT = (
    (HOME_ENV, QT_TRANSLATE_NOOP("cli", "the workspace folder (like --home)")),
    (
        PASSPHRASE_ENV,
        QT_TRANSLATE_NOOP("cli", "the passphrase (else --passphrase-file, else a prompt)"),
    ),
    (
        NEW_PASSPHRASE_ENV,
        QT_TRANSLATE_NOOP("cli", "the new passphrase for 'users add' and 'users passwd'"),
    ),
    (f"{DEBUG_ENV}=1", QT_TRANSLATE_NOOP("cli", "show tracebacks")),
)


def epilog() -> str:
    """The main --help's last lines: the environment variables, in the CLI's language."""
    lines = [translate("cli", "environment:")]
    lines += [f"  {name:<30} {translate('cli', meaning)}" for name, meaning in _ENVIRONMENT]
    never = translate(
        "cli", "A passphrase is never taken as a command-line argument: other users can read those."
    )
    return "\n".join([*lines, "", never])


# argparse's own words in --help (Python 3.11 to 3.13), which the help formatter translates
# where it meets them.
_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("cli", "positional arguments"),
    QT_TRANSLATE_NOOP("cli", "options"),
    QT_TRANSLATE_NOOP("cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("cli", "show program's version number and exit"),
)


# argparse's own refusals, as its English reads them (Python 3.11 to 3.13), and the CLI's
# template for each: the rest of its wording stays English.
_ARGPARSE_ERRORS = (
    (
        re.compile(r"the following arguments are required: (?P<names>.+)"),
        QT_TRANSLATE_NOOP("cli", "the following arguments are required: {names}"),
    ),
    (
        re.compile(
            r"argument (?P<name>\S+): invalid choice: (?P<value>.+?) "
            r"\(choose from (?P<choices>.+)\)"
        ),
        QT_TRANSLATE_NOOP(
            "cli", "argument {name}: invalid choice: {value} (choose from {choices})"
        ),
    ),
    (
        re.compile(r"argument (?P<name>\S+): expected one argument"),
        QT_TRANSLATE_NOOP("cli", "argument {name}: expected one argument"),
    ),
    (
        re.compile(r"argument (?P<name>\S+): invalid (?P<kind>\w+) value: (?P<value>.+)"),
        QT_TRANSLATE_NOOP("cli", "argument {name}: invalid {kind} value: {value}"),
    ),
    (
        re.compile(r"argument (?P<name>\S+): not allowed with argument (?P<other>.+)"),
        QT_TRANSLATE_NOOP("cli", "argument {name}: not allowed with argument {other}"),
    ),
    (
        re.compile(r"one of the arguments (?P<names>.+) is required"),
        QT_TRANSLATE_NOOP("cli", "one of the arguments {names} is required"),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<values>.+)"),
        QT_TRANSLATE_NOOP("cli", "unrecognized arguments: {values}"),
    ),
    (
        re.compile(r"argument (?P<name>\S+): ignored explicit argument (?P<value>.+)"),
        QT_TRANSLATE_NOOP("cli", "argument {name}: ignored explicit argument {value}"),
    ),
    (
        re.compile(r"argument (?P<name>\S+): expected at least one argument"),
        QT_TRANSLATE_NOOP("cli", "argument {name}: expected at least one argument"),
    ),
)


class _Formatter(argparse.HelpFormatter):
    """argparse's help in the CLI's language: the usage prefix, the section titles, every
    help text and description (scripts/core_messages.py collects them from the command
    modules); the usage line itself, option names, metavars and choices are syntax and stay."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        prefix = translate("cli", "usage: ") if prefix is None else prefix
        super().add_usage(usage, actions, groups, prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(translate("cli", heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        super().add_text(translate("cli", text) if text and text != argparse.SUPPRESS else text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return translate("cli", action.help) if action.help else action.help

    # Lines break between words only: argparse also breaks after a hyphen, which cut the names
    # a user types ("key-\ncard", "inspection-\nact") and compound words ("id-\nnin").
    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return textwrap.fill(
            " ".join(text.split()),
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_on_hyphens=False,
        )


class _RawDescriptionFormatter(_Formatter, argparse.RawDescriptionHelpFormatter):
    """The main --help: its description and epilog keep their own line breaks."""

    _fill_text = argparse.RawDescriptionHelpFormatter._fill_text


class _Parser(argparse.ArgumentParser):
    """argparse saying its help and its usage errors in the CLI's language (its subparsers are
    of the same class): the usage line, which is syntax, stays as it is."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        for pattern, template in _ARGPARSE_ERRORS:
            found = pattern.fullmatch(message)
            if found:
                message = translate("cli", template).format(**found.groupdict())
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {_error_line(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="infosec-desk",
        description="InfoSec Desk on the command line: the strategy's action plan, progress "
        "reports and CII inspections in an encrypted local store.",
        epilog=epilog(),
        formatter_class=_RawDescriptionFormatter,
        allow_abbrev=False,
    )
    add_global_options(parser, suppress=False)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = _Parser(add_help=False, allow_abbrev=False)
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


def _error_line(message: str) -> str:
    return translate("cli", "error: {message}").format(message=safe_text(message))


def _fail(message: str, code: int = 1) -> int:
    if os.environ.get(DEBUG_ENV) == "1":
        traceback.print_exc()
    print(_error_line(message), file=sys.stderr)
    return code


def _lang_argument(argv: Sequence[str]) -> str | None:
    """The value of ``--lang``, read before argparse so that its own errors (and the refusals
    said before it runs) are in that language; argparse checks the value later."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        else:
            continue
        return value if value in LANGUAGES else None
    return None


def run(argv: Sequence[str]) -> int:
    argv = list(argv)
    texts.choose(_lang_argument(argv))
    if _passphrase_argument(argv):
        # Said before argparse, which would echo the value back in its error.
        message = translate(
            "cli",
            "a passphrase is never given as an argument: use env {env}, "
            "--passphrase-file FILE or the prompt",
        )
        print(_error_line(message.format(env=PASSPHRASE_ENV)), file=sys.stderr)
        return 2
    parser = build_parser()
    unknown = unknown_options(parser, argv)
    if unknown:
        # Said before argparse, which echoes an unknown option's value (or takes it for the
        # command and echoes it as an invalid choice): after a misspelt --passphrase-file that
        # value may be the passphrase itself. Only the option names are shown.
        parser.print_usage(sys.stderr)
        message = translate(
            "cli", "unknown option(s) {options} (values not shown); see 'infosec-desk --help'"
        )
        print(_error_line(message.format(options=", ".join(unknown))), file=sys.stderr)
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
        return _fail(texts.error_text(error))
    except BrokenPipeError:
        # The reader left (`| head`): nothing to report; keep the exit flush from failing too.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        return _fail(f"{error.strerror or error}{where}")
    except KeyboardInterrupt:
        return _fail(translate("cli", "interrupted"))
    except Exception as error:
        first_line = (str(error).splitlines() or [""])[0][:200]
        return _fail(
            translate(
                "cli",
                "unexpected {kind}: {text} (a bug; set {env}=1 for the traceback and report it)",
            ).format(kind=type(error).__name__, text=first_line, env=DEBUG_ENV)
        )
    finally:
        ctx.close()
