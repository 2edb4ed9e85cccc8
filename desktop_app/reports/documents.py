"""The story of each report: how the data of ``data.py`` is laid out on paper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sized
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from desktop_app.core.compliance import NOT_WEIGHED, PeriodFigures
from desktop_app.core.documents import KeyCardData, TransferFormData
from desktop_app.core.plan import Contribution, IndicatorRow, RevisionRow
from desktop_app.core.threat import score_range
from desktop_app.reports import i18n, layout
from desktop_app.reports.data import (
    ComplianceData,
    DirectionProgress,
    DueListData,
    FindingLine,
    InspectionActData,
    InspectionLine,
    InstitutionRef,
    MeasureLine,
    MeetingProtocolData,
    OwnReport,
    StrategyData,
    UrgentNoticeData,
)
from desktop_app.reports.i18n import Lang, label, pick
from desktop_app.reports.layout import heading, para, table

SEVERITIES = ("critical", "high", "medium", "low")


def _name(lang: Lang, ref: InstitutionRef) -> str:
    return pick(lang, ref.name, ref.name_en)


# Bars a counts chart shows, largest first: a national store's 300 requirements or 200
# institutions, a bar each, would make a drawing taller than the page (reportlab refuses it).
CHART_TOP = 25


def _counts_chart(lang: Lang, counts: list[tuple[str, int]]) -> Flowable:
    """Horizontal bars of the largest counts; the table under it lists them all."""
    shown = counts[:CHART_TOP]
    return layout.bar_chart(
        [key for key, _ in shown],
        [count for _, count in shown],
        horizontal=True,
        caption=i18n.text(lang, "chart_top", n=CHART_TOP) if len(counts) > CHART_TOP else "",
    )


def _header(lang: Lang, *keys: str) -> list[str]:
    """A table's column headings by their text keys ("" for a column without one)."""
    return [i18n.text(lang, key) if key else "" for key in keys]


def _none(lang: Lang) -> Flowable:
    return para(i18n.text(lang, "none"))


def _due(lang: Lang, end: dt.date | None, continuous: bool) -> str:
    if continuous:
        return i18n.text(lang, "continuous")
    return i18n.date(end)


# -- strategy implementation report -----------------------------------------------------------


def _narrative(lang: Lang, line: MeasureLine) -> str:
    """What the official status rests on: the lead's report or the coordinator's decision."""
    if line.decision:
        return f"{i18n.text(lang, 'coordinator_decision')}: {line.decision}"
    if not line.narrative:
        return ""
    text = f"{line.narrative_period}: {line.narrative}"
    if line.evaluation:
        verdict = _verdict(lang, line.evaluation, line.evaluation_comment)
        text += f"\n{i18n.text(lang, 'evaluation_line')}: {verdict}"
    return text


def _section(
    lang: Lang,
    title: str,
    items: Sized,
    draw: Callable[[], Flowable | list[Flowable]],
    *,
    intro: str = "",
) -> list[Flowable]:
    """A section: its heading (and intro), then what ``draw`` lays out when there are
    ``items``, else the "none" line. ``draw`` is called only with items to show."""
    story: list[Flowable] = [heading(title)]
    if intro:
        story.append(para(intro, layout.INTRO))
    if not items:
        return [*story, _none(lang)]
    body = draw()
    return story + (body if isinstance(body, list) else [body])


def strategy_title(data: StrategyData, lang: Lang) -> str:
    """The national report, or one institution's own accountability report."""
    return i18n.text(lang, "strategy_title_institution" if data.institution else "strategy_title")


def strategy_story(data: StrategyData, lang: Lang, issued: str) -> list[Flowable]:
    t = partial(i18n.text, lang)
    story = _strategy_cover(data, lang, issued)
    story.append(heading(t("sec_summary")))
    story.append(
        layout.figures(
            [
                (t("fig_measures"), str(len(data.measures))),
                (t("fig_mean_percent"), f"{data.mean_percent:.1f}%"),
                (t("fig_completed"), str(data.by_status.get("completed", 0))),
                (t("fig_overdue"), str(len(data.overdue))),
                (t("fig_submitted"), str(data.reports_submitted)),
                (t("fig_missing"), str(data.reports_missing)),
            ]
        )
    )
    story += _section(
        lang, t("sec_directions"), data.directions, lambda: _directions(lang, data.directions)
    )
    story.append(CondPageBreak(70 * mm))
    story += _by_status(lang, data.by_status)
    story += _section(
        lang, t("sec_overdue"), data.overdue, lambda: _overdue_measures_table(lang, data.overdue)
    )
    story.append(PageBreak())
    if data.institution is None:
        story.append(heading(t("sec_all_measures")))
        story.append(_measures_table(lang, data.measures))
    else:
        story += _institution_sections(data, data.institution, lang)
    contributed = [(m.number, c) for m in data.measures for c in m.contributions]
    story += _section(
        lang, t("sec_contributions"), contributed, lambda: _contributions_table(lang, contributed)
    )
    story += _section(
        lang, t("sec_indicators"), data.indicators, lambda: _indicators_table(lang, data.indicators)
    )
    story += _section(
        lang,
        t("sec_revisions", period=data.period),
        data.revisions,
        lambda: _revisions_table(lang, data.revisions),
    )
    story += _section(
        lang,
        t("sec_missing", period=data.period),
        data.missing,
        lambda: table(
            _header(lang, "col_institution", "col_missing_measures"),
            [[_name(lang, entry.institution), ", ".join(entry.measures)] for entry in data.missing],
            [0.4, 0.6],
        ),
    )
    story.append(CondPageBreak(60 * mm))
    story.append(heading(t("sec_signatures")))
    roles = {"prepared": t("sign_prepared"), "approved": t("sign_approved")}
    story.append(
        layout.signature_block(
            lang,
            [roles[s.role] for s in data.signatories],
            [s.name for s in data.signatories],
            [pick(lang, s.position, s.position_en) for s in data.signatories],
        )
    )
    return story


def _strategy_cover(data: StrategyData, lang: Lang, issued: str) -> list[Flowable]:
    """The cover page: the title, the strategy, the period and scope, the date of issue."""
    t = partial(i18n.text, lang)
    story: list[Flowable] = [
        Spacer(1, 45 * mm),
        para(strategy_title(data, lang), layout.COVER_TITLE),
    ]
    name = pick(lang, data.strategy_title, data.strategy_title_en)
    story.append(para(name or t("strategy_missing"), layout.COVER_SUB))
    story.append(Spacer(1, 18 * mm))
    cover = [
        (t("period"), data.period),
        (t("scope"), _name(lang, data.institution) if data.institution else t("scope_all")),
    ]
    if data.strategy_years:
        cover.append((t("strategy_years"), f"{data.strategy_years[0]}–{data.strategy_years[1]}"))
    if data.approving_act:
        cover.append((t("approving_act"), data.approving_act))
    cover.append((t("date_of_issue"), issued))
    return [*story, layout.fields_table(cover, 0.35), PageBreak()]


def _directions(lang: Lang, directions: list[DirectionProgress]) -> list[Flowable]:
    t = partial(i18n.text, lang)
    return [
        layout.bar_chart(
            [str(d.number) for d in directions],
            [round(d.mean_percent, 1) for d in directions],
            caption=t("chart_directions"),
            percent=True,
        ),
        table(
            # The number's column is too narrow for "Direction" in every language.
            _header(lang, "col_number", "col_direction", "col_measures", "col_mean_percent"),
            [
                [
                    str(d.number),
                    pick(lang, d.title, d.title_en),
                    d.measures,
                    f"{d.mean_percent:.1f}",
                ]
                for d in directions
            ],
            [0.1, 0.6, 0.14, 0.16],
            align_right=(2, 3),
        ),
    ]


def _by_status(lang: Lang, by_status: dict[str, int]) -> list[Flowable]:
    t = partial(i18n.text, lang)
    statuses = list(by_status)
    # The chart and its table of a few rows on one page: the table left alone on the next
    # page made a page of five lines.
    return [
        KeepTogether(
            [
                heading(t("sec_by_status")),
                layout.pie_chart(
                    [label(lang, s) for s in statuses],
                    [by_status[s] for s in statuses],
                    [layout.STATUS_COLOURS.get(s, layout.ACCENT) for s in statuses],
                ),
                table(
                    _header(lang, "col_status", "col_count"),
                    [[label(lang, s), by_status[s]] for s in statuses],
                    [0.5, 0.2],
                    align_right=(1,),
                ),
            ]
        )
    ]


def _overdue_measures_table(lang: Lang, measures: list[MeasureLine]) -> Flowable:
    return table(
        _header(
            lang, "col_number", "col_measure", "col_lead", "col_due", "col_status", "col_percent"
        ),
        [
            [
                m.number,
                pick(lang, m.title, m.title_en),
                _name(lang, m.lead),
                _due(lang, m.end_date, m.continuous),
                label(lang, m.status),
                m.percent,
            ]
            for m in measures
        ],
        [0.08, 0.38, 0.25, 0.11, 0.12, 0.06],
        align_right=(5,),
    )


def _contributions_table(lang: Lang, contributed: list[tuple[str, Contribution]]) -> Flowable:
    return table(
        _header(
            lang,
            "col_number",
            "col_institution",
            "col_period",
            "col_status",
            "col_percent",
            "col_work_done",
        ),
        [
            [number, c.institution, c.period, label(lang, c.status), c.percent, c.work_done]
            for number, c in contributed
        ],
        [0.07, 0.12, 0.1, 0.14, 0.05, 0.52],
        align_right=(4,),
    )


def _indicators_table(lang: Lang, indicators: list[IndicatorRow]) -> Flowable:
    return table(
        _header(
            lang,
            "col_number",
            "col_indicator",
            "col_unit",
            "col_course",
            "col_baseline",
            "col_target",
            "col_milestone",
            "col_actual",
            "col_achievement",
        ),
        [
            [
                ind.measure_number,
                ind.name,
                ind.unit,
                label(lang, ind.direction),
                i18n.number(ind.baseline),
                i18n.number(ind.target),
                i18n.number(ind.milestone),
                i18n.number(ind.actual),
                _achieved(ind.achievement_percent),
            ]
            for ind in indicators
        ],
        [0.06, 0.26, 0.1, 0.1, 0.1, 0.09, 0.1, 0.08, 0.11],
        align_right=(4, 5, 6, 7, 8),
    )


def _revisions_table(lang: Lang, revisions: list[RevisionRow]) -> Flowable:
    return table(
        _header(
            lang,
            "col_date",
            "col_number",
            "col_changed",
            "col_old",
            "col_new",
            "col_reason",
            "col_decision",
        ),
        [
            [
                i18n.date(r.revised_at.date()),
                r.measure_number,
                label(lang, r.field),
                _revised_value(r.field, r.old),
                _revised_value(r.field, r.new),
                r.reason,
                " ".join(p for p in (r.decision_number, i18n.date(r.decision_date)) if p),
            ]
            for r in revisions
        ],
        [0.11, 0.06, 0.13, 0.14, 0.14, 0.28, 0.14],
    )


# Number, title, lead institution's code, status, percent, and a text: the lead's column is
# wide enough for its heading ("Ответственный") rather than for the code alone.
_MEASURE_LINE_WIDTHS = [0.07, 0.29, 0.15, 0.12, 0.05, 0.32]


def _measures_table(lang: Lang, measures: list[MeasureLine]) -> Flowable:
    """The measures with their official status and what it rests on (with its evaluation)."""
    return table(
        _header(
            lang,
            "col_number",
            "col_measure",
            "col_lead",
            "col_status",
            "col_percent",
            "col_latest_report",
        ),
        [
            [
                m.number,
                pick(lang, m.title, m.title_en),
                m.lead.code,
                _status(lang, m),
                m.percent,
                _narrative(lang, m),
            ]
            for m in measures
        ],
        _MEASURE_LINE_WIDTHS,
        align_right=(4,),
    )


def _institution_sections(
    data: StrategyData, institution: InstitutionRef, lang: Lang
) -> list[Flowable]:
    """One institution's accountability: the measures it leads, those it co-executes (the
    official status beside its own part) and its reports for the period with their evaluation."""
    t = partial(i18n.text, lang)
    led = [m for m in data.measures if m.role == "lead"]
    co = [m for m in data.measures if m.role == "co_executor"]
    return [
        *_section(lang, t("sec_led"), led, lambda: _measures_table(lang, led)),
        *_section(
            lang, t("sec_co_executed"), co, lambda: _co_executed_table(lang, co, institution)
        ),
        *_section(
            lang,
            t("sec_own_reports", period=data.period),
            data.own_reports,
            lambda: _own_reports_table(lang, data.own_reports),
        ),
    ]


def _co_executed_table(lang: Lang, co: list[MeasureLine], institution: InstitutionRef) -> Flowable:
    """The measures the institution co-executes: the official status beside its own part."""
    own = {
        m.number: next((c for c in m.contributions if c.institution == institution.code), None)
        for m in co
    }
    return table(
        _header(
            lang,
            "col_number",
            "col_measure",
            "col_lead",
            "col_status",
            "col_percent",
            "col_own_part",
        ),
        [
            [
                m.number,
                pick(lang, m.title, m.title_en),
                m.lead.code,
                _status(lang, m),
                m.percent,
                _own_part(lang, own[m.number]),
            ]
            for m in co
        ],
        _MEASURE_LINE_WIDTHS,
        align_right=(4,),
    )


def _own_reports_table(lang: Lang, reports: list[OwnReport]) -> Flowable:
    t = partial(i18n.text, lang)
    return table(
        _header(
            lang,
            "col_number",
            "col_role",
            "col_status",
            "col_percent",
            "col_work_done",
            "col_evaluation",
        ),
        [
            [
                r.measure_number,
                t(f"role_{r.role}"),
                label(lang, r.status),
                r.percent,
                r.work_done,
                # Never evaluated yet: awaiting it, like a revised report.
                _verdict(lang, r.evaluation or "pending", r.evaluation_comment),
            ]
            for r in reports
        ],
        [0.07, 0.13, 0.13, 0.05, 0.37, 0.25],
        align_right=(3,),
    )


def _own_part(lang: Lang, contribution: Contribution | None) -> str:
    if contribution is None or not contribution.report_id:
        return ""
    head = f"{contribution.period}: {label(lang, contribution.status)} {contribution.percent} %"
    return f"{head}\n{contribution.work_done}" if contribution.work_done else head


def _verdict(lang: Lang, result: str, comment: str) -> str:
    """An evaluation's result with its comment; nothing when never evaluated."""
    if not result:
        return ""
    return f"{label(lang, result)} ({comment})" if comment else label(lang, result)


# -- inspection act ---------------------------------------------------------------------------


def _achieved(percent: float | None) -> str:
    return "" if percent is None else f"{i18n.number(percent)} %"


def _revised_value(field: str, value: str) -> str:
    """Dates as dd.mm.yyyy, like every date printed."""
    if field in ("start", "end", "cancelled") and value:
        return i18n.date(dt.date.fromisoformat(value))
    return value


def _status(lang: Lang, line: MeasureLine) -> str:
    if line.cancelled_on is not None:
        return i18n.text(lang, "cancelled_on", date=i18n.date(line.cancelled_on))
    return label(lang, line.status)


def _findings_table(
    lang: Lang, findings: list[FindingLine], *, with_inspection: bool = False
) -> Flowable:
    t = partial(i18n.text, lang)
    header = [
        t("col_number"),
        t("col_requirement"),
        t("col_severity"),
        t("col_description"),
        t("col_corrective"),
        t("col_deadline"),
    ]
    rows: list[list[object]] = []
    for f in findings:
        requirement = f"{f.requirement} {f.requirement_title}".strip() or t("no_requirement")
        description = f.description
        if f.facility:
            description = f"{f.facility}: {description}"
        severity = label(lang, f.severity)
        if f.urgent:
            severity += f" ({t('urgent_mark')})"
        rows.append(
            [
                f.ref if with_inspection else str(f.number),
                requirement,
                severity,
                description,
                f.corrective_measure,
                i18n.date(f.deadline),
            ]
        )
    widths = (
        [0.15, 0.17, 0.11, 0.27, 0.19, 0.11]
        if with_inspection
        else [0.05, 0.19, 0.12, 0.3, 0.22, 0.12]
    )
    return table(header, rows, widths)


def act_title(data: InspectionActData, lang: Lang) -> str:
    """ "Inspection act № A-7", "Addendum 1 to the inspection act № A-7/1"; a draft goes by
    the inspection's reference."""
    t = partial(i18n.text, lang)
    if data.issue is None:
        return f"{t('act_title')} № {data.reference}"
    name = t("addendum_title", n=data.issue.addendum) if data.issue.addendum else t("act_title")
    return f"{name} № {data.issue.number}"


def inspection_act_story(data: InspectionActData, lang: Lang) -> list[Flowable]:
    """The act as issued: dated the day it was issued, not the day it is printed."""
    t = partial(i18n.text, lang)
    issued = (
        f"{t('date_of_issue')}: {i18n.date(data.issue.issued_on)}" if data.issue else t("act_draft")
    )
    story: list[Flowable] = [
        para(act_title(data, lang), layout.TITLE),
        para(issued, layout.SMALL),
        Spacer(1, 3 * mm),
    ]
    dates = " – ".join(i18n.date(d) for d in (data.start_date, data.end_date) if d)
    facilities = "\n".join(
        f"{f.name}"
        + (f" ({f.category})" if f.category else "")
        + f", {t('criticality', c=f.criticality)}"
        for f in data.facilities
    )
    story.append(
        layout.fields_table(
            [
                (t("act_reference"), data.reference),
                (
                    t("inspected_institution"),
                    f"{_name(lang, data.institution)} ({data.institution.code})",
                ),
                (t("facilities"), facilities or "—"),
                (t("inspection_kind"), label(lang, data.kind)),
                (t("inspection_dates"), dates or "—"),
                (t("inspection_status"), i18n.inspection_status(lang, data.status)),
                (t("legal_basis"), data.legal_basis or "—"),
                (t("team"), "\n".join(data.team) or "—"),
            ]
        )
    )
    story.append(heading(t("act_scope")))
    story.append(para(data.scope or "—"))
    story += _section(
        lang,
        t("criteria"),
        data.criteria,
        lambda: table(
            _header(lang, "col_requirement", ""), [list(c) for c in data.criteria], [0.2, 0.8]
        ),
    )
    story += _section(
        lang, t("sec_findings"), data.findings, lambda: _findings_table(lang, data.findings)
    )
    story += _section(
        lang,
        t("sec_urgent"),
        data.urgent,
        lambda: [para(t("urgent_intro"), layout.INTRO), _findings_table(lang, data.urgent)],
    )
    if data.conclusion:
        story.append(heading(t("conclusion")))
        story.append(para(data.conclusion))
    story.append(CondPageBreak(60 * mm))
    if data.issue is not None:
        story += _commission_signatures(data, lang)
    story.append(heading(t("sec_signatures")))
    team_roles = [t("sign_team")] * max(len(data.team), 1)
    story.append(layout.signature_block(lang, team_roles, data.team))
    story.append(layout.signature_block(lang, [t("sign_institution")]))
    return story


def _commission_signatures(data: InspectionActData, lang: Lang) -> list[Flowable]:
    """Both agencies' signatures made with their node keys, each with its key's fingerprint
    (compared at enrolment); a missing one says the act awaits it."""
    t = partial(i18n.text, lang)
    by_side = {row.side: row for row in data.signatures}
    rows = []
    for side, agency in (("issuer", t("commission_issuer")), ("partner", t("commission_partner"))):
        row = by_side.get(side)
        if row is None:
            rows.append([agency, t("awaiting_signature"), "—"])
        else:
            signed = f"{row.signer}, {row.signed_by}, {i18n.date(row.signed_at.date())}"
            rows.append([agency, signed, row.fingerprint])
    story: list[Flowable] = [heading(t("sec_commission_signatures"))]
    if len(by_side) < len(rows):
        story.append(para(t("act_awaiting_co_signature"), layout.INTRO))
    story.append(
        table(
            _header(lang, "col_agency", "col_signed", "col_key_fingerprint"),
            rows,
            [0.34, 0.22, 0.44],
        )
    )
    return story


# -- urgent-measure notice --------------------------------------------------------------------


def urgent_notice_story(data: UrgentNoticeData, lang: Lang, issued: str) -> list[Flowable]:
    t = partial(i18n.text, lang)
    name = _name(lang, data.institution)
    dates = " – ".join(i18n.date(d) for d in (data.start_date, data.end_date) if d)
    facility = data.facility or "—"
    facility += f", {t('criticality', c=data.cii_class)}"
    weighing = (
        t("notice_score", l=data.likelihood, i=data.impact, s=data.risk_score)
        if data.risk_score
        else t("notice_not_weighed")
    )
    requirement = f"{data.requirement} {data.requirement_title}".strip() or "—"
    deadline = i18n.date(data.deadline)
    fields = [
        (t("notice_finding"), data.ref),
        (t("notice_facility"), facility),
        (t("col_requirement"), requirement),
        (t("col_severity"), label(lang, data.severity)),
        (t("notice_weighing"), weighing),
        (t("col_deadline"), deadline),
    ]
    if data.deadline_reason:
        fields.append((t("notice_deadline_reason"), data.deadline_reason))
    story: list[Flowable] = [
        para(t("notice_title"), layout.TITLE),
        para(f"{t('date_of_issue')}: {issued}", layout.SMALL),
        Spacer(1, 3 * mm),
        layout.fields_table(
            [
                (t("notice_to"), f"{t('notice_head', name=name)} ({data.institution.code})"),
                (t("notice_to"), t("notice_commission")),
            ]
        ),
        Spacer(1, 4 * mm),
        para(t("notice_body", reference=data.inspection, dates=dates or "—", deadline=deadline)),
        Spacer(1, 2 * mm),
        layout.fields_table(fields),
        heading(t("notice_deficiency")),
        para(data.description),
        heading(t("notice_measure")),
        para(data.corrective_measure or "—"),
        Spacer(1, 3 * mm),
        para(t("notice_closing")),
        CondPageBreak(50 * mm),
        layout.signature_block(lang, [t("sign_commission")] * max(len(data.team), 1), data.team),
        layout.signature_block(lang, [t("sign_received")]),
    ]
    return story


# -- periodic compliance report ---------------------------------------------------------------


def compliance_story(data: ComplianceData, lang: Lang, issued: str) -> list[Flowable]:
    t = partial(i18n.text, lang)
    story: list[Flowable] = [para(t("compliance_title"), layout.TITLE)]
    scope = _name(lang, data.institution) if data.institution else t("scope_all")
    story.append(
        layout.fields_table(
            [
                (t("period"), f"{data.period} ({i18n.date(data.start)} – {i18n.date(data.end)})"),
                (t("scope"), scope),
                (t("date_of_issue"), issued),
            ]
        )
    )
    story.append(heading(t("sec_summary")))
    story.append(
        layout.figures(
            [
                (t("fig_inspections"), str(len(data.inspections))),
                (t("fig_findings"), str(len(data.findings))),
                (t("fig_urgent"), str(len(data.urgent))),
                (t("fig_overdue_corrective"), str(len(data.overdue))),
                (t("fig_remediation_rate"), _rate(data.figures)),
            ]
        )
    )
    story.append(para(t("as_of_intro", end=i18n.date(data.end)), layout.INTRO))
    story += _section(
        lang,
        t("sec_inspections"),
        data.inspections,
        lambda: _inspections_table(lang, data.inspections),
    )
    story.extend(_compliance_comparison(data, lang))
    story.append(CondPageBreak(80 * mm))
    story.append(heading(t("sec_by_severity")))
    story.append(
        layout.bar_chart(
            [label(lang, s) for s in SEVERITIES],
            [data.by_severity.get(s, 0) for s in SEVERITIES],
            bar_colours=[layout.SEVERITY_COLOURS[s] for s in SEVERITIES],
        )
    )
    story.append(CondPageBreak(60 * mm))
    story += _section(
        lang,
        t("sec_by_requirement"),
        data.by_requirement,
        lambda: _counts(
            lang,
            t("col_requirement"),
            [
                (line.key or "—", line.name or t("no_requirement"), line.count)
                for line in data.by_requirement
            ],
        ),
    )
    story.append(CondPageBreak(60 * mm))
    story += _section(
        lang,
        t("sec_by_institution"),
        data.by_institution,
        lambda: _counts(
            lang,
            t("col_institution"),
            [
                (line.key, pick(lang, line.name, line.name_en), line.count)
                for line in data.by_institution
            ],
        ),
    )
    story += _section(
        lang,
        t("sec_overdue_corrective"),
        data.overdue,
        lambda: _overdue_findings_table(lang, data.overdue),
    )
    story += _section(
        lang,
        t("sec_urgent_raised"),
        data.urgent,
        lambda: _findings_table(lang, data.urgent, with_inspection=True),
    )
    story += _section(
        lang,
        t("sec_earlier"),
        data.earlier_status,
        lambda: table(
            _header(lang, "col_status", "col_count"),
            [[label(lang, status), count] for status, count in sorted(data.earlier_status.items())],
            [0.5, 0.2],
            align_right=(1,),
        ),
        intro=t("earlier_intro", date=i18n.date(data.start), end=i18n.date(data.end)),
    )
    story.append(CondPageBreak(45 * mm))
    story.append(heading(t("sec_signatures")))
    story.append(
        layout.signature_block(
            lang, [t("sign_prepared"), t("sign_approved")], [data.prepared_by, data.approved_by]
        )
    )
    return story


def _inspections_table(lang: Lang, inspections: list[InspectionLine]) -> Flowable:
    return table(
        _header(
            lang,
            "col_inspection",
            "col_institution",
            "col_kind",
            "col_dates",
            "inspection_status",
            "col_findings",
        ),
        [
            [
                i.reference,
                _name(lang, i.institution),
                label(lang, i.kind),
                " – ".join(i18n.date(d) for d in (i.start_date, i.end_date) if d),
                i18n.inspection_status(lang, i.status),
                i.findings,
            ]
            for i in inspections
        ],
        [0.15, 0.26, 0.15, 0.17, 0.13, 0.14],
        align_right=(5,),
    )


def _counts(lang: Lang, key_column: str, lines: list[tuple[str, str, int]]) -> list[Flowable]:
    """Counts by requirement or by institution: a chart of the largest, a table of them all."""
    return [
        _counts_chart(lang, [(key, count) for key, _name, count in lines]),
        table(
            [key_column, "", i18n.text(lang, "col_count")],
            [list(line) for line in lines],
            [0.18, 0.67, 0.15],
            align_right=(2,),
        ),
    ]


def _overdue_findings_table(lang: Lang, overdue: list[FindingLine]) -> Flowable:
    return table(
        _header(
            lang,
            "col_finding",
            "col_institution",
            "col_severity",
            "col_corrective",
            "col_deadline",
            "col_days_overdue",
        ),
        [
            [
                f.ref,
                f.institution,
                label(lang, f.severity),
                f.corrective_measure or f.description,
                i18n.date(f.deadline),
                f.days_overdue,
            ]
            for f in overdue
        ],
        [0.17, 0.12, 0.12, 0.35, 0.12, 0.12],
        align_right=(5,),
    )


def _rate(figures: PeriodFigures | None) -> str:
    rate = figures.remediation_rate if figures else None
    return "—" if rate is None else f"{i18n.number(rate)} %"


def _compliance_comparison(data: ComplianceData, lang: Lang) -> list[Flowable]:
    """Remediation, disputes and extensions, then the findings by CII class and by risk score,
    each beside the same figure for the previous period."""
    t = partial(i18n.text, lang)
    now, before = data.figures, data.previous
    header = [t("col_figure"), t("col_this_period", period=data.period)]
    widths = [0.62, 0.19, 0.19] if before else [0.7, 0.3]
    if before:
        header.append(t("col_previous_period", period=before.period))

    def rows(lines: list[tuple[str, Callable[[PeriodFigures], object]]]) -> list[list[object]]:
        return [
            [caption, value(now), *([value(before)] if before else [])] for caption, value in lines
        ]

    def count(name: str, key: str = "") -> Callable[[PeriodFigures], object]:
        """A figure by its name, or one entry (``key``) of a figure that counts by kind."""
        return lambda figures: getattr(figures, name)[key] if key else getattr(figures, name)

    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        heading(t("sec_remediation")),
        para(t("remediation_intro"), layout.INTRO),
    ]
    figures = [
        (t("fig_inspections"), count("inspections")),
        (t("fig_findings"), count("findings")),
        (t("fig_urgent"), count("urgent")),
        (t("row_overdue_end"), count("overdue")),
        (t("row_due"), count("due")),
        (t("row_closed_in_time"), count("closed_in_time")),
        (t("row_remediation_rate"), _rate),
        (t("row_disputes_opened"), count("disputes_opened")),
        (t("row_disputes_upheld"), count("disputes_upheld")),
        (t("row_disputes_withdrawn"), count("disputes_withdrawn")),
        (t("row_extensions_requested"), count("extensions_requested")),
        (t("row_extensions_approved"), count("extensions_approved")),
        (t("row_extensions_rejected"), count("extensions_rejected")),
    ]
    right = (1, 2) if before else (1,)
    story.append(table(header, rows(figures), widths, align_right=right))
    story.append(CondPageBreak(40 * mm))
    story.append(heading(t("sec_by_class")))
    classes = [(t("class_name", c=name), count("by_class", name)) for name in now.by_class]
    story.append(table([t("col_cii_class"), *header[1:]], rows(classes), widths, align_right=right))
    story.append(CondPageBreak(45 * mm))
    story.append(heading(t("sec_by_score")))
    bands = [(_band_name(lang, band), count("by_score", band)) for band in now.by_score]
    story.append(table([t("col_risk_score"), *header[1:]], rows(bands), widths, align_right=right))
    return story


def _band_name(lang: Lang, band: str) -> str:
    if band == NOT_WEIGHED:
        return i18n.text(lang, "band_not_weighed")
    low, high = score_range(band)
    return i18n.text(lang, "band_range", band=label(lang, band), low=low, high=high)


# -- key card ---------------------------------------------------------------------------------


def _group(fingerprint: str, size: int = 4) -> str:
    """A fingerprint or hash in groups of ``size`` characters (whatever grouping it came with),
    four groups a line, as people compare them aloud."""
    plain = "".join(ch for ch in fingerprint if ch.isalnum())
    groups = [plain[i : i + size] for i in range(0, len(plain), size)]
    return "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


def key_card_story(data: KeyCardData, lang: Lang, issued: str) -> list[Flowable]:
    t = partial(i18n.text, lang)
    story: list[Flowable] = [
        para(t("key_card_title"), layout.TITLE),
        para(t("key_card_intro")),
    ]
    story.append(Spacer(1, 3 * mm))
    pairs: list[tuple[str, object]] = [
        (t("node_code"), data.code),
        (t("node_name"), pick(lang, data.name, data.name_en)),
        (t("node_role"), label(lang, data.role)),
    ]
    if data.signing_key:
        pairs.append((t("signing_key"), para(data.signing_key, layout.MONO)))
    if data.encryption_key:
        pairs.append((t("encryption_key"), para(data.encryption_key, layout.MONO)))
    if data.created:
        pairs.append((t("card_created"), i18n.date_time(data.created)))
    pairs.append((t("date_of_issue"), issued))
    story.append(layout.fields_table(pairs))
    story.append(para(t("fingerprint"), layout.SUBHEADING))
    story.append(para(_group(data.fingerprint.upper()), layout.BIG_MONO))
    story.append(Spacer(1, 4 * mm))
    story.append(layout.qr_code(data.card, 62 * mm))
    story.append(para(t("qr_caption"), layout.SMALL_CENTRED))
    story.append(Spacer(1, 4 * mm))
    story.append(layout.signature_block(lang, [t("sign_owner"), t("sign_verifier")]))
    return story


# -- transfer form ----------------------------------------------------------------------------


def transfer_form_story(data: TransferFormData, lang: Lang, issued: str) -> list[Flowable]:
    t = partial(i18n.text, lang)
    story: list[Flowable] = [
        para(t("transfer_title"), layout.TITLE),
        para(t("transfer_intro")),
    ]
    story.append(Spacer(1, 3 * mm))

    def party(code: str, name: str) -> str:
        return f"{name} ({code})" if name else code

    counts = "\n".join(
        f"{label(lang, kind)}: {count}" for kind, count in sorted(data.counts.items()) if count
    )
    pairs: list[tuple[str, object]] = [
        (t("bundle_id"), para(data.bundle_id, layout.MONO)),
        (t("transfer_direction"), t("direction_in" if data.direction == "in" else "direction_out")),
        (t("sender"), party(data.sender, data.sender_name)),
        (t("recipient"), party(data.recipient, data.recipient_name)),
        (t("sequence"), str(data.sequence)),
        (t("size"), t("bytes", n=f"{data.size:,}".replace(",", " "))),
        (t("sha256"), para(_group(data.sha256, 8), layout.MONO)),
        (t("bundle_time"), i18n.date_time(data.time)),
        (t("counts"), counts or "—"),
    ]
    if data.file_name:
        pairs.insert(1, (t("bundle_file"), data.file_name))
    if data.audit_head:
        # Written on paper, the sender's audit head anchors its history outside both nodes.
        head = t("audit_entries", n=str(data.audit_count)) + " " + _group(data.audit_head, 8)
        pairs.append((t("audit_head"), para(head, layout.MONO)))
    pairs.append((t("date_of_issue"), issued))
    story.append(layout.fields_table(pairs))
    story.append(Spacer(1, 4 * mm))
    story.append(para(t("custody_check")))
    story.append(Spacer(1, 2 * mm))
    story.append(layout.signature_block(lang, [t("custody_courier"), t("custody_receiver")]))
    return story


# -- due list ---------------------------------------------------------------------------------


def due_list_story(data: DueListData, lang: Lang, issued: str) -> list[Flowable]:
    t = partial(i18n.text, lang)
    as_of = i18n.date(data.as_of)
    story: list[Flowable] = [
        para(t("due_title"), layout.TITLE),
        para(f"{t('date_of_issue')}: {issued}", layout.SMALL),
        Spacer(1, 3 * mm),
        layout.fields_table(
            [
                (
                    t("col_institution"),
                    f"{_name(lang, data.institution)} ({data.institution.code})",
                ),
                (t("as_of"), as_of),
                (t("due_window"), t("days", n=data.within)),
            ]
        ),
        para(t("due_intro", date=as_of, days=data.within), layout.INTRO),
        *_section(
            lang,
            t("due_summary"),
            data.counts,
            lambda: table(
                _header(lang, "col_kind", "col_count"),
                [[t(f"due_{kind}"), n] for kind, n in data.counts.items()],
                [0.8, 0.2],
                align_right=[1],
            ),
        ),
        *_section(
            lang,
            t("due_items"),
            data.items,
            lambda: table(
                _header(
                    lang,
                    "col_number",
                    "col_due",
                    "col_kind",
                    "col_reference",
                    "col_description",
                    "col_remark",
                ),
                [
                    [
                        index,
                        i18n.date(item.due),
                        t(f"due_{item.kind}"),
                        item.ref,
                        item.title,
                        t("overdue") if item.overdue else "",
                    ]
                    for index, item in enumerate(data.items, start=1)
                ],
                [0.06, 0.12, 0.2, 0.15, 0.35, 0.12],
            ),
        ),
    ]
    return story


# -- meeting protocol -------------------------------------------------------------------------


def meeting_protocol_story(data: MeetingProtocolData, lang: Lang, issued: str) -> list[Flowable]:
    t = partial(i18n.text, lang)
    group = pick(lang, data.group_name, data.group_name_en)
    story: list[Flowable] = [
        para(f"{t('protocol_title')} № {data.number}", layout.TITLE),
        para(f"{t('date_of_issue')}: {issued}", layout.SMALL),
        Spacer(1, 3 * mm),
        layout.fields_table(
            [
                (t("working_group"), f"{group} ({data.group_code})"),
                (t("meeting_date"), i18n.date(data.date)),
                (t("meeting_place"), data.place or "—"),
                (t("meeting_chair"), data.chair or "—"),
            ]
        ),
        *_section(lang, t("attendees"), data.attendees, lambda: para("\n".join(data.attendees))),
        *_section(lang, t("agenda"), data.agenda, lambda: para(data.agenda)),
        *_section(
            lang,
            t("decisions"),
            data.decisions,
            lambda: table(
                _header(
                    lang,
                    "col_number",
                    "col_description",
                    "col_assigned",
                    "col_deadline",
                    "col_measures",
                ),
                [
                    [
                        d.number,
                        d.text,
                        ", ".join(d.assignees),
                        i18n.date(d.deadline) + (f" ({t('task_done')})" if d.done else ""),
                        ", ".join(d.measures),
                    ]
                    for d in data.decisions
                ],
                [0.06, 0.5, 0.16, 0.14, 0.14],
            ),
        ),
        CondPageBreak(60 * mm),
    ]
    story.append(heading(t("sec_signatures")))
    story.append(layout.signature_block(lang, [t("sign_chair"), t("sign_secretary")], [data.chair]))
    if data.members:
        story.append(
            layout.signature_block(
                lang,
                [
                    f"{t('sign_member', code=ref.code)}: {_name(lang, ref)}"
                    for ref, _person in data.members
                ],
                [person for _ref, person in data.members],
                # The caption stays with the lines it heads (never alone at a page's foot).
                heading_text=t("sec_member_signatures"),
            )
        )
    return story
