"""One call per report: ``generate(desk, kind, params, out_path, progress)``, or ``render`` into
a stream.

Used the same way by the CLI and by the GUI's worker thread (it never touches Qt). The PDF is
written atomically: a reader never sees a half-written file, and a failure (or a progress
callback that raises to cancel) leaves any earlier file at ``out_path`` as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypeAlias

from desktop_app.core.documents import KeyCardData, TransferFormData
from desktop_app.core.settings import document_marking
from desktop_app.process import collector_spared
from desktop_app.reports import data, i18n
from desktop_app.reports.errors import ReportError
from desktop_app.reports.i18n import LANGS, NOTICE_LANGS, RUSSIAN_KINDS, Lang
from desktop_app.store.atomic import atomic_open

# The layout modules (reportlab, segno, PIL: some 30 MiB) are imported when a report is
# printed, not with this package: the GUI imports it at start-up for its parameters, and what
# the window holds before the unlock adds to the unlock's Argon2id peak.
if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from desktop_app.core.desk import Desk

Progress = Callable[[float], None]
"""Called with the fraction done, 0.0 to 1.0; raise from it to cancel."""


@dataclass(frozen=True)
class ReportParams:
    """Parameters of one report; each kind reads the ones it needs."""

    lang: Lang = "en"
    period: str | None = None  # strategy, compliance (default: the current quarter)
    institution: str | None = None  # strategy, compliance (default: all, or the own one)
    inspection: str | None = None  # inspection-act (reference or id)
    finding: str | None = None  # urgent-notice (REFERENCE#N or id)
    addendum: int | None = None  # inspection-act: this addendum instead of the act
    meeting: str | None = None  # meeting-protocol (protocol number or id)
    marking: str | None = None  # overrides the node's setting 'marking'
    key_card: KeyCardData | None = None  # key-card, filled by the caller
    transfer: TransferFormData | None = None  # transfer-form, filled by the caller

    def identity(self) -> dict[str, object]:
        """What distinguishes this report's content, for its document identifier."""
        return {
            "lang": self.lang,
            "period": self.period,
            "institution": self.institution,
            "inspection": self.inspection,
            "finding": self.finding,
            "addendum": self.addendum,
            "meeting": self.meeting,
            "fingerprint": self.key_card.fingerprint if self.key_card else None,
            "bundle": self.transfer.bundle_id if self.transfer else None,
        }


# (title, flowables, the data printed: what the document identifier is derived from)
Story: TypeAlias = "tuple[str, list[Flowable], object]"


def _strategy(desk: Desk, params: ReportParams, issued: str) -> Story:
    from desktop_app.reports import documents

    content = data.strategy_data(desk, params.period, params.institution)
    story = documents.strategy_story(content, params.lang, issued)
    return documents.strategy_title(content, params.lang), story, content


def _inspection_act(desk: Desk, params: ReportParams, issued: str) -> Story:
    from desktop_app.reports import documents

    if not params.inspection:
        raise ReportError("the inspection act needs an inspection (--inspection REFERENCE)")
    content = data.inspection_act_data(desk, params.inspection, params.addendum)
    title = documents.act_title(content, params.lang)
    return title, documents.inspection_act_story(content, params.lang), content


def _urgent_notice(desk: Desk, params: ReportParams, issued: str) -> Story:
    from desktop_app.reports import documents

    if not params.finding:
        raise ReportError("the urgent-measure notice needs a finding (--finding REF)")
    content = data.urgent_notice_data(desk, params.finding)
    title = f"{i18n.text(params.lang, 'notice_title')} {content.ref}"
    return title, documents.urgent_notice_story(content, params.lang, issued), content


def _compliance(desk: Desk, params: ReportParams, issued: str) -> Story:
    from desktop_app.reports import documents

    content = data.compliance_data(desk, params.period, params.institution)
    story = documents.compliance_story(content, params.lang, issued)
    return i18n.text(params.lang, "compliance_title"), story, content


def _key_card(desk: Desk, params: ReportParams, issued: str) -> Story:
    from desktop_app.reports import documents

    if params.key_card is None:
        raise ReportError("the key card needs the node's identity card")
    story = documents.key_card_story(params.key_card, params.lang, issued)
    return i18n.text(params.lang, "key_card_title"), story, params.key_card


def _transfer_form(desk: Desk, params: ReportParams, issued: str) -> Story:
    from desktop_app.reports import documents

    if params.transfer is None:
        raise ReportError("the transfer form needs a bundle from the exchange log (--bundle ID)")
    story = documents.transfer_form_story(params.transfer, params.lang, issued)
    return i18n.text(params.lang, "transfer_title"), story, params.transfer


def _due_list(desk: Desk, params: ReportParams, issued: str) -> Story:
    from desktop_app.reports import documents

    content = data.due_list_data(desk, params.institution)
    story = documents.due_list_story(content, params.lang, issued)
    return i18n.text(params.lang, "due_title"), story, content


def _meeting_protocol(desk: Desk, params: ReportParams, issued: str) -> Story:
    from desktop_app.reports import documents

    if not params.meeting:
        raise ReportError("the meeting protocol needs a meeting (--meeting NUMBER)")
    content = data.meeting_protocol_data(desk, params.meeting)
    title = f"{i18n.text(params.lang, 'protocol_title')} № {content.number}"
    return title, documents.meeting_protocol_story(content, params.lang, issued), content


KINDS: dict[str, Callable[[Desk, ReportParams, str], Story]] = {
    "strategy": _strategy,
    "inspection-act": _inspection_act,
    "urgent-notice": _urgent_notice,
    "compliance": _compliance,
    "key-card": _key_card,
    "transfer-form": _transfer_form,
    "due-list": _due_list,
    "meeting-protocol": _meeting_protocol,
}


def report_langs(kind: str) -> tuple[Lang, ...]:
    """The languages report ``kind`` is printed in."""
    return NOTICE_LANGS if kind in RUSSIAN_KINDS else LANGS


def issuing_body(desk: Desk, lang: Lang) -> str:
    """Setting 'issuing_body' (and 'issuing_body_en' for English), else the node's name."""
    if lang == "en":
        english = desk.setting("issuing_body_en") or desk.node.name_en
        if english:
            return english
    return desk.setting("issuing_body") or desk.node.name


def marking(desk: Desk, params: ReportParams) -> str:
    """The classification marking: the report's own, else the setting for its language."""
    if params.marking is not None and params.marking.strip():
        return params.marking.strip()
    return document_marking(desk.setting, params.lang)


def document_id(kind: str, params: ReportParams, node: str, content: object) -> str:
    """A short identifier printed on every page, derived from the data printed and the
    parameters, never the print time: the same report printed twice from the same data has
    the same identifier, so a signed paper copy can be matched to the store later."""
    printed = _printed(content)
    scope: dict[str, object] = {"kind": kind, "params": params.identity(), "node": node}
    if isinstance(content, data.InspectionActData) and content.issue is not None:
        # An issued act is one document whichever node prints it and however it is asked
        # for (reference or id): its snapshot and its language alone make the identifier.
        # The commission's signatures attest that document, they are not part of it: a copy
        # printed for the partner agency to sign and one printed after bear one identifier.
        scope = {"kind": kind, "lang": params.lang}
        printed = _printed(dataclasses.replace(content, signatures=[]))
    source = json.dumps(scope | {"content": printed}, sort_keys=True, default=str)
    digest = hashlib.sha256(source.encode()).hexdigest()[:12].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 12, 4))


def _printed(value: object) -> object:
    """``dataclasses.asdict`` but of a report line's ``PRINTED`` fields only (the core's row
    it extends carries more than the paper shows)."""
    kind: type = type(value)
    if kind in _SCALARS:  # most of the values: told apart by their type alone
        return value
    names = _printed_names(kind)
    if names is not None:
        return {name: _printed(getattr(value, name)) for name in names}
    if isinstance(value, list | tuple):
        return [_printed(item) for item in value]
    if isinstance(value, dict):
        return {key: _printed(item) for key, item in value.items()}
    return value


_SCALARS = frozenset({str, int, float, bool, type(None), dt.date, dt.datetime})


@cache
def _printed_names(kind: type) -> tuple[str, ...] | None:
    """The fields of a type of report line that are printed, in their order, or None if it is
    no dataclass (found once per type: a national compliance report has 25,000 lines)."""
    if not dataclasses.is_dataclass(kind):
        return None
    shown = getattr(kind, "PRINTED", None)
    return tuple(f.name for f in dataclasses.fields(kind) if shown is None or f.name in shown)


def render(
    desk: Desk,
    kind: str,
    params: ReportParams,
    out: BinaryIO,
    progress: Progress | None = None,
) -> None:
    """Write report ``kind`` as a PDF into the stream ``out`` (e.g. memory, for a preview)."""
    builder = KINDS.get(kind)
    if builder is None:
        raise ReportError(
            'unknown report "{kind}"; choose one of: {items}', kind=kind, items=", ".join(KINDS)
        )
    langs = report_langs(kind)
    if params.lang not in langs:
        raise ReportError(
            'unknown language "{lang}"; choose one of: {items}',
            lang=params.lang,
            items=", ".join(langs),
        )
    from desktop_app.reports import fonts, layout
    from desktop_app.reports.emblem import emblem

    fonts.register()
    report = progress or (lambda _fraction: None)
    report(0.0)
    now = desk.now()
    # Printed in the machine's local time with its offset, so the paper is unambiguous.
    local = now.replace(tzinfo=dt.UTC).astimezone()
    issued = i18n.date(local.date())
    offset = local.strftime("%z")
    generated = f"{i18n.date_time(local)} UTC{offset[:3]}:{offset[3:]}"
    # A report makes millions of objects that live until it is written (a national report's
    # rows, lines, paragraphs, cells and pages), and the collector walked them and the
    # program's own again and again as they grew: a fifth of a national report's CPU time.
    with collector_spared():
        title, story, content = builder(desk, params, issued)
        report(0.2)
        chrome = layout.Chrome(
            lang=params.lang,
            title=title,
            issuing_body=issuing_body(desk, params.lang),
            marking=marking(desk, params),
            node=desk.node.code,
            user=desk.user,
            generated=generated,
            document_id=document_id(kind, params, desk.node.code, content),
            emblem=emblem(desk),
        )
        layout.build(
            story,
            chrome,
            out,
            subject=kind,
            progress=lambda fraction: report(0.2 + 0.75 * fraction),
        )
    report(1.0)


def generate(
    desk: Desk,
    kind: str,
    params: ReportParams,
    out_path: Path | str,
    progress: Progress | None = None,
) -> Path:
    """Write report ``kind`` as a PDF file at ``out_path`` (atomically) and return the path."""
    target = Path(out_path)
    with atomic_open(target) as stream:
        render(desk, kind, params, stream, progress)
    return target
