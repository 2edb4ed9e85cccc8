"""What the command modules share: global options, the passphrase, opening the desk, output.

A command module has ``register(subparsers, common)``; each leaf command it adds (through
``add_command``) gets ``common``, the global options, so they may also follow the command name.
A handler takes the ``Context`` and returns an exit code (None means 0).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import getpass
import json
import operator
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop_app.cli import texts
from desktop_app.cli.texts import QT_TRANSLATE_NOOP, translate
from desktop_app.core import names
from desktop_app.core.commission import AWAITING, CO_SIGNED
from desktop_app.core.desk import Desk, open_desk
from desktop_app.core.dump import json_value
from desktop_app.core.models import Attachment, Synced
from desktop_app.core.settings import LANGUAGE, LANGUAGES
from desktop_app.core.sheets.writer import list_marking, write_table
from desktop_app.errors import DeskError, StoreError, ValidationError
from desktop_app.store.workspace import Workspace, default_home

PASSPHRASE_ENV = "INFOSEC_DESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "INFOSEC_DESK_NEW_PASSPHRASE"
DEBUG_ENV = "INFOSEC_DESK_DEBUG"
# Table cells are cut to this many characters (a SHA-256 in hex still fits); --json and `show`
# give the whole text.
MAX_CELL = 64

Handler = Callable[["Context"], int | None]
# What an empty table says unless its command says more.
NOTHING_FOUND = QT_TRANSLATE_NOOP("cli", "nothing found")


class UsageError(Exception):
    """A command line that parses but makes no sense; exits 2 like argparse's own errors."""


class Context:
    """The parsed arguments and, once a command asks for it, the unlocked desk."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._desk: Desk | None = None
        self.passphrase: str | None = None

    @property
    def home(self) -> Path:
        home: Path | None = self.args.home
        return home.expanduser() if home else default_home()

    @property
    def desk(self) -> Desk:
        if self._desk is None:
            workspace = Workspace(self.home)
            # Asked before the passphrase, so a missing store is said at once.
            users = workspace.slot_users()
            if not users:
                raise StoreError("no user can unlock the store in {home}", home=str(self.home))
            # Without --user: the only user, else the first slot's, the admin who set it up.
            user = self.args.user or users[0]
            passphrase = read_secret(
                PASSPHRASE_ENV,
                self.args.passphrase_file,
                translate("cli", "Passphrase for {user}: ").format(user=user),
            )
            self._desk = open_desk(self.home, user=user, passphrase=passphrase)
            texts.adopt_store_language(self._desk.setting(LANGUAGE))
            # Kept for 'users passwd' of one's own account, which asks for the current one.
            self.passphrase = passphrase
            if self._desk.failed_unlocks:
                warn(
                    translate(
                        "cli",
                        "{count} failed attempt(s) to unlock as {user} since your last sign-in",
                    ).format(count=self._desk.failed_unlocks, user=user)
                )
        return self._desk

    def document_language(self) -> str:
        """The language of a document the command writes: the CLI's, with the store unlocked
        first so that its setting 'language' counts."""
        texts.adopt_store_language(self.desk.setting(LANGUAGE))
        return texts.language()

    def close(self) -> None:
        if self._desk is not None:
            self._desk.close()
            self._desk = None


# -- the command line -------------------------------------------------------------------------


def add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """``--home``, ``--user``, ``--passphrase-file``, ``--lang``: on the main parser with real
    defaults, on every command with SUPPRESS so a value given before the command is not
    reset."""

    def default(value: Any) -> Any:
        return argparse.SUPPRESS if suppress else value

    parser.add_argument(
        "--home",
        type=Path,
        metavar="DIR",
        default=default(None),
        help="the workspace folder (env INFOSEC_DESK_HOME; default: the user data folder)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=default(None),
        help="the local user (default: the only user, else the admin who set the store up)",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        default=default(None),
        help="read the passphrase from the first line of FILE ('-': stdin) instead of "
        "env INFOSEC_DESK_PASSPHRASE or a prompt",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default(None),
        help="the language of what the CLI prints and of the documents it writes: az, en or ru "
        "(default: the setting 'language', else the environment's LANG, else en)",
    )


def add_group(
    subparsers: Any, name: str, help_text: str
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """A command with subcommands (``measures list``, ``measures add``, ...)."""
    parser = subparsers.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)
    group: argparse._SubParsersAction[argparse.ArgumentParser] = parser.add_subparsers(
        metavar="ACTION", required=True
    )
    return group


def add_command(
    subparsers: Any,
    name: str,
    help_text: str,
    common: argparse.ArgumentParser,
    handler: Handler,
) -> argparse.ArgumentParser:
    # No abbreviations: '--passphrase' must not quietly mean '--passphrase-file'.
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=help_text, parents=[common], allow_abbrev=False
    )
    parser.set_defaults(handler=handler)
    return parser


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def add_list_options(parser: argparse.ArgumentParser) -> None:
    """A list's outputs: the table, ``--json``, or a spreadsheet file (``print_list``)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="print JSON instead of a table")
    group.add_argument("--xlsx", type=Path, metavar="FILE", help="write the list to an XLSX file")
    group.add_argument(
        "--csv", type=Path, metavar="FILE", help="write the list to a CSV file (UTF-8)"
    )


def given(args: argparse.Namespace, names: Iterable[str]) -> dict[str, Any]:
    """The options of ``names`` that were given (their defaults are SUPPRESS)."""
    return {name: getattr(args, name) for name in names if hasattr(args, name)}


def changes(args: argparse.Namespace, names: Iterable[str]) -> dict[str, Any]:
    """The options an ``update`` command was given; refuses an update that changes nothing."""
    values = given(args, names)
    if not values:
        raise UsageError(translate("cli", "nothing to change: give at least one --FIELD VALUE"))
    return values


def changed_line(subject: str, changed: list[str]) -> str:
    """What an ``update`` command did: ``measure 1.1: changed title, end``."""
    if not changed:
        return translate("cli", "{subject}: nothing changed").format(subject=subject)
    line = translate("cli", "{subject}: changed {fields}")
    return line.format(subject=subject, fields=", ".join(changed))


def parse_pairs(items: Sequence[str] | None, option: str) -> dict[str, str]:
    """``NAME=VALUE`` arguments as a dict (split at the first '=')."""
    pairs: dict[str, str] = {}
    for item in items or ():
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(
                translate("cli", "{option} takes NAME=VALUE (got {item})").format(
                    option=option, item=repr(item)
                )
            )
        pairs[name.strip()] = value.strip()
    return pairs


def readable_files(paths: Sequence[Path] | None, field: str) -> list[Path]:
    """Check files before anything is written, so a typo does not leave half a change."""
    files = list(paths or ())
    for path in files:
        if not path.is_file():
            raise ValidationError("no such file: {path}", field, path=str(path))
    return files


# -- secrets ----------------------------------------------------------------------------------


def _secret_from_file(path: Path) -> str:
    try:
        text = sys.stdin.readline() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or translate("cli", "not UTF-8 text")
        raise ValidationError(
            "cannot read passphrase file {path}: {reason}",
            "passphrase",
            path=str(path),
            reason=reason,
        ) from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise ValidationError("the passphrase file {path} is empty", "passphrase", path=str(path))
    return lines[0]


def read_secret(env: str, file: Path | None, prompt: str, *, confirm: bool = False) -> str:
    """A passphrase from ``file`` (asked for explicitly), else env ``env``, else a prompt;
    never from an argument."""
    if file is not None:
        return _secret_from_file(file)
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise DeskError(
            "no passphrase: set {env}, give a passphrase file, or run in a terminal to be asked",
            env=env,
        )
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("cli", "Repeat it: ")) != value:
        raise ValidationError("the two passphrases differ", "passphrase")
    if not value:
        raise ValidationError("the passphrase is empty", "passphrase")
    return value


def add_new_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the new passphrase from FILE instead of env INFOSEC_DESK_NEW_PASSPHRASE or "
        "a prompt",
    )


def read_new_passphrase(ctx: Context, user: str) -> str:
    return read_secret(
        NEW_PASSPHRASE_ENV,
        ctx.args.new_passphrase_file,
        translate("cli", "New passphrase for {user}: ").format(user=user),
        confirm=True,
    )


# -- output -----------------------------------------------------------------------------------


# What must never reach a terminal from a store that other nodes' bundles fill: C0 controls
# but tab and newline (ESC starts the sequences that move the cursor, retitle the window or
# rewrite the screen), DEL, C1 (0x9b is a one-byte ESC [) and the bidi controls that make
# "akt\u202efdp.exe" read as "aktexe.pdf".
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str) -> str:
    """``text`` with every control character replaced by U+FFFD, fit to print."""
    return _CONTROLS.sub("\ufffd", text)


def safe_json(text: str) -> str:
    """JSON text with the control characters JSON leaves as they are (DEL, C1, bidi) escaped
    as \\uXXXX: the same value, nothing a terminal acts on. (They occur only inside strings.)"""
    return _CONTROLS.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def out(text: str = "") -> None:
    """Every line the CLI prints goes through here."""
    print(safe_text(text), file=sys.stdout)


def warn(text: str) -> None:
    """A ``warning: ...`` line on stderr, in the CLI's language."""
    print(safe_text(translate("cli", "warning: {text}").format(text=text)), file=sys.stderr)


def print_json(data: Any) -> None:
    out(safe_json(json.dumps(data, ensure_ascii=False, indent=2, default=json_value)))


def record_json(record: Synced, **extra: Any) -> dict[str, Any]:
    """A record's fields as JSON values, ``id`` first; ``extra`` adds readable references."""
    data: dict[str, Any] = {"id": record.id}
    data.update(
        (name, json_value(value)) for name, value in record.to_fields().items() if name != "deleted"
    )
    data.update(extra)
    return data


def short_id(record_id: str) -> str:
    """The first 8 characters: enough to name a record (ids may be given by prefix)."""
    return record_id[:8]


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def format_time(value: dt.datetime | None) -> str:
    """A stored UTC time in the machine's local time zone."""
    if value is None:
        return ""
    return value.replace(tzinfo=dt.UTC).astimezone().strftime("%d.%m.%Y %H:%M")


class Stored(str):
    """A stored value (a status, a severity, a kind) in a table's row or a field: the screen
    shows its name in the CLI's language (``texts.stored_name``), a file (--csv, --xlsx) the
    value itself, as --json does."""

    __slots__ = ()

    def shown(self) -> str:
        return texts.stored_name(self)


class ActState(Stored):
    """An act's or a verified closure's co-signature state (core.commission): in words in
    English too, as the English tables have always shown it."""

    __slots__ = ()

    def shown(self) -> str:
        return texts.stored_words(self, ACT_STATE_WORDS.get(self, self))


ACT_STATE_WORDS = {AWAITING: "awaiting co-signature", CO_SIGNED: "co-signed"}


class InspectionState(Stored):
    """An inspection's status, named as the GUI names it (core.names, INSPECTION_STATUSES)."""

    __slots__ = ()

    def shown(self) -> str:
        return texts.stored_name(self, names.INSPECTION_STATUSES, names.INSPECTION_STATUS_CONTEXT)


class DueKind(Stored):
    """The kind of a due list's item (core.due), named as the GUI's due list names it."""

    __slots__ = ()

    def shown(self) -> str:
        return texts.stored_name(self, names.DUE_KINDS)


class Word(Stored):
    """A word of the core's vocabulary (an audit action, a record kind), as ``Term`` reads in
    the "terms" context."""

    __slots__ = ()

    def shown(self) -> str:
        return texts.term_text(self)


def cell(value: Any, limit: int = MAX_CELL) -> str:
    if value is None or value is False:
        return ""
    if isinstance(value, Stored):
        return value.shown()
    if value is True:
        return translate("cli", "yes")
    if isinstance(value, dt.datetime):
        return format_time(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(item) for item in value)
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_table(
    headers: Sequence[str], rows: Iterable[Sequence[Any]], *, empty: str = NOTHING_FOUND
) -> None:
    """A table with its ``headers`` (and ``empty``, said when it has no rows) in the CLI's
    language: scripts/core_messages.py collects these literals into the "cli" context."""
    cells = [[cell(value) for value in row] for row in rows]
    if not cells:
        out(f"({translate('cli', empty)})")
        return
    headers = [translate("cli", header) for header in headers]
    widths = [max(len(header), *(len(row[i]) for row in cells)) for i, header in enumerate(headers)]
    for row in [list(headers), ["-" * width for width in widths], *cells]:
        out("  ".join(text.ljust(width) for text, width in zip(row, widths, strict=True)).rstrip())


def print_list(
    ctx: Context,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    empty: str = NOTHING_FOUND,
    sheet: tuple[Sequence[str], Iterable[Sequence[Any]]] | None = None,
) -> None:
    """A list as a table, or with ``--xlsx``/``--csv`` as a spreadsheet file with the real
    values (``sheet``: other columns for the file when it carries more than the screen)."""
    args = ctx.args
    for option, suffix in (("xlsx", ".xlsx"), ("csv", ".csv")):
        target: Path | None = getattr(args, option, None)
        if target is None:
            continue
        if target.suffix.lower() != suffix:
            raise UsageError(
                translate("cli", "--{option} takes a file name ending in {suffix}").format(
                    option=option, suffix=suffix
                )
            )
        if sheet is not None:
            headers, rows = sheet
        name = args.handler.__name__.removeprefix("cmd_")
        count = write_table(target, headers, rows, marking=list_marking(ctx.desk), title=name)
        out(translate("cli", "wrote {count} row(s) to {target}").format(count=count, target=target))
        return
    print_table(headers, rows, empty=empty)


def row_sheet(
    kind: type[Any], rows: Iterable[Any], **extra: Callable[[Any], Any]
) -> tuple[list[str], Iterable[list[Any]]]:
    """Every field of dataclass rows or stored records as a file's columns (``extra``: more
    columns, each a function of the row), for ``print_list``'s ``sheet``."""
    if dataclasses.is_dataclass(kind):
        names = [f.name for f in dataclasses.fields(kind)]
    else:
        names = ["id", *(name for name in kind.sync_fields() if name != "deleted")]
    headers = [name.replace("_", " ").upper() for name in [*names, *extra]]
    # attrgetter reads all the fields at once (an export may have 100,000 rows).
    getter = operator.attrgetter(*names)
    fields = getter if len(names) > 1 else lambda row: (getter(row),)
    return headers, ([*fields(row), *(column(row) for column in extra.values())] for row in rows)


def print_fields(fields: Sequence[tuple[str, Any]]) -> None:
    """``label: value`` lines, labels aligned, empty ones left out; multi-line text keeps its
    line breaks, indented."""
    fields = [
        (translate("cli", label), value)
        for label, value in fields
        if value not in (None, "", [], ())
    ]
    width = max((len(label) for label, _ in fields), default=0)
    for label, value in fields:
        if isinstance(value, str) and "\n" in value:
            text = value.strip().replace("\n", "\n" + " " * (width + 2))
        else:
            text = cell(value, limit=10_000)
        out(f"{label + ':':<{width + 1}} {text}".rstrip())


def print_attachments(attachments: Sequence[Attachment]) -> None:
    # Marked here: scripts/core_messages.py collects the printers' literals outside common.py.
    headers = [
        QT_TRANSLATE_NOOP("cli", "FILE"),
        QT_TRANSLATE_NOOP("cli", "SIZE"),
        QT_TRANSLATE_NOOP("cli", "TYPE"),
        QT_TRANSLATE_NOOP("cli", "ADDED BY"),
        QT_TRANSLATE_NOOP("cli", "SHA256"),
    ]
    print_table(
        headers,
        [[f.file_name, f.size, f.media_type, f.added_by, f.sha256] for f in attachments],
        empty="none",
    )
