"""The coordinator at national scale (issue 19): five years of the whole country in one store.

The store is built once (bulk inserts, realistic proportions, Azerbaijani text) and cached under
build/ by VERSION and size; every run works on a fresh copy. Each figure is measured in a
process of its own (its peak RSS is that process's VmHWM), against a baseline from the same run
where one exists:

- open_to_dashboard_s: unlock (the real Argon2id key slot) to a dashboard with all its figures
  (the GUI's: the core's figures and the exchange log) (goal <= 2 s);
- small_import_s: import of a real bundle of 1,000 changed progress reports from the enrolled
  institution node I001, state digest included (goal <= 1 s);
- merge_records_per_s: import of a bundle of 100,000 new records (I001's answers to its
  findings) (goal >= 25,000/s), and merge_vs_executemany: the same rows inserted by a bare
  executemany into a copy of the same store in the same run (goal <= 4x);
- strategy_report_national_s, compliance_report_national_s: the PDFs (goal <= 5 s each);
- list_filter_ms: a keystroke in the Measures and Findings pages' search boxes, over the rows
  those pages loaded from the store, to the updated view (goal <= 50 ms per keystroke; measured
  in the GUI step); list_load_ms: the service calls behind the pages' loads and the CLI's
  filters (no goal: a page loads on a worker, once);
- search_ms: a two-word Azerbaijani search over every text (goal <= 100 ms);
- backup_vs_cp: desk.maintenance.backup against a plain copy (and fsync) of the same files
  (goal <= 1.5x);
- gui_peak_rss_mib: the application started as ``infosec-desk`` starts, unlocked through its
  unlock panel, Measures, Findings, Inspections and Audit visited (goal <= 400 MiB;
  bench/national_gui.py, a process that imports none of this module's store builder).

bench/run.py calls run(quick); `python bench/national.py [--quick] [--only NAME...]` runs it
alone (quick: a tenth of the store).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from desktop_app.core import audit, search
from desktop_app.core.desk import Desk, create_desk, open_desk
from desktop_app.core.models import (
    AuditEvent,
    AuditState,
    CommissionSignature,
    DeadlineExtension,
    Direction,
    Evaluation,
    ExchangeKey,
    Facility,
    Finding,
    FindingEvent,
    FindingResponse,
    Indicator,
    Inspection,
    InspectionAct,
    InspectionNote,
    Institution,
    Measure,
    NodeRole,
    OfficialStatus,
    ProgressReport,
    Requirement,
    SignerSide,
    StatusDecision,
    Strategy,
    Synced,
)
from desktop_app.core.rules.commission import signed_digest
from desktop_app.core.signing import COMMISSION_CONTEXT, public_hex, sign
from desktop_app.exchange import service
from desktop_app.exchange.identity import fingerprint
from desktop_app.store.age import generate_identity
from desktop_app.store.migrate import head_revision

ROOT = Path(__file__).resolve().parent.parent

VERSION = "national-4"  # change it when the generated store changes: the cache is keyed by it
PASSPHRASE = "national benchmark passphrase"
COORDINATOR = "SCIS"
INSTITUTION = "I001"  # the enrolled institution node that sends bundles
PARTNER = "DTX"  # the partner agency whose desk co-signs the acts
PERIODS = [f"{year}-Q{quarter}" for year in range(2023, 2028) for quarter in range(1, 5)]
GOALS: dict[str, str] = {
    "open_to_dashboard_s": "<= 2",
    "small_import_s": "<= 1",
    "merge_records_per_s": ">= 25000",
    "merge_vs_executemany": "<= 4",
    "strategy_report_national_s": "<= 5",
    "compliance_report_national_s": "<= 5",
    "list_filter_ms": "<= 50",
    "search_ms": "<= 100",
    "backup_vs_cp": "<= 1.5",
    "gui_peak_rss_mib": "<= 400",
}

REGIONS = (
    "Bakı Gəncə Sumqayıt Mingəçevir Şirvan Naxçıvan Lənkəran Şəki Yevlax Xankəndi Quba Qusar "
    "Şamaxı İsmayıllı Qəbələ Zaqatala Balakən Ağdam Füzuli Cəbrayıl Qazax Tovuz Şəmkir Göygöl "
    "Ağstafa Salyan Neftçala Masallı Astara Lerik Ucar Zərdab Kürdəmir Ağsu Beyləqan İmişli"
).split()
BODIES = (
    ("Nazirliyi", "ministry"),
    ("Dövlət Agentliyi", "agency"),
    ("Dövlət Xidməti", "agency"),
    ("Rayon İcra Hakimiyyəti", "agency"),
    ("Elektrik Şəbəkələri ASC", "cii_operator"),
    ("Regional Mərkəzi", "agency"),
)
SUBJECTS = (
    "Rəqəmsal İnkişaf",
    "Səhiyyə",
    "Təhsil",
    "Ədliyyə",
    "Energetika",
    "Kənd Təsərrüfatı",
    "Əmək və Əhalinin Sosial Müdafiəsi",
    "Gənclər və İdman",
    "İqtisadiyyat",
    "Maliyyə",
    "Daxili İşlər",
    "Ekologiya və Təbii Sərvətlər",
    "Fövqəladə Hallar",
    "Mədəniyyət",
    "Xarici İşlər",
)
DIRECTIONS = (
    "Normativ hüquqi bazanın təkmilləşdirilməsi",
    "Kritik informasiya infrastrukturunun qorunması",
    "İnsan kapitalının inkişafı və maarifləndirmə",
    "Kiberinsidentlərə cavab tədbirlərinin gücləndirilməsi",
    "Beynəlxalq əməkdaşlığın genişləndirilməsi",
)
ACTIONS = (
    "hazırlanması və təsdiqi",
    "müntəzəm qiymətləndirilməsi",
    "gücləndirilməsi",
    "sınaqdan keçirilməsi",
    "yaradılması və tətbiqi",
    "monitorinqinin aparılması",
    "təkmilləşdirilməsi",
)
OBJECTS = (
    "İnformasiya təhlükəsizliyi siyasətinin",
    "Dövlət informasiya sistemlərində zəifliklərin",
    "İşçilər üçün kibergigiyena təlimlərinin",
    "Şəbəkə seqmentasiyasının və giriş nəzarətinin",
    "Ehtiyat nüsxələrin və bərpa planlarının",
    "Kiberinsidentlər barədə məlumat mübadiləsinin",
    "Kritik informasiya infrastrukturu obyektləri reyestrinin",
    "Elektron imza və şifrələmə vasitələrinin",
    "Təhlükəsizlik hadisələrinin jurnallaşdırılmasının",
    "Mobil qurğuların idarə edilməsinin",
    "Bulud xidmətlərinin təhlükəsizliyinin",
    "Təchizat zəncirinin risklərinin",
)
NARRATIVES = (
    "Layihə hazırlanıb və aidiyyəti qurumlarla razılaşdırılıb; Əlaqələndirmə Komissiyasına "
    "təqdim edilməsi gözlənilir.",
    "Görülən işlər: {n} sistemdə zəifliklərin skan edilməsi başa çatıb, aşkar edilmiş "
    "çatışmazlıqların {p}%-i aradan qaldırılıb. Qalan işlər növbəti rübə keçirilib.",
    "{region} regional bölməsində {n} əməkdaş üçün kibergigiyena üzrə təlimlər keçirilib.",
    "Maliyyələşmə gecikdiyi üçün avadanlığın alınması təxirə salınıb; icra müddətinin "
    "uzadılması xahiş olunur.",
    "Şəbəkə avadanlığının konfiqurasiyası yoxlanılıb, {n} giriş qaydası yenilənib.",
    "Ehtiyat nüsxələrin bərpası sınaqdan keçirilib; bərpa müddəti {n} saat təşkil edib.",
)
PROBLEMS = (
    "",
    "",
    "Mütəxəssis çatışmazlığı.",
    "Maliyyə vəsaitinin gec ayrılması.",
    "Podratçı ilə müqavilənin bağlanması gecikir.",
)
REQUIREMENT_TOPICS = (
    "İnformasiya aktivlərinin inventarlaşdırılması",
    "Giriş hüquqlarının idarə edilməsi",
    "Ehtiyat nüsxələrin çıxarılması və saxlanılması",
    "Şəbəkə seqmentasiyası və sərhəd müdafiəsi",
    "Hadisələrin jurnallaşdırılması və monitorinqi",
    "Zərərverici proqramlardan müdafiə",
    "Fiziki təhlükəsizlik və giriş nəzarəti",
    "Şifrələmə açarlarının idarə edilməsi",
    "Proqram təminatının yenilənməsi",
    "İnsidentlərə cavab planı",
)
DEFICIENCIES = (
    "Server otağına giriş jurnalı aparılmır",
    "İstifadəçi parolları {n} gündən artıq dəyişdirilməyib",
    "Ehtiyat nüsxələr eyni binada saxlanılır",
    "Şəbəkə seqmentləri arasında filtr qaydaları yoxdur",
    "Əməliyyat sisteminin {n} kritik yeniləməsi quraşdırılmayıb",
    "Təhlükəsizlik hadisələrinin jurnalları {n} gündən az saxlanılır",
    "İnzibatçı hesablarından ümumi istifadə olunur",
    "Antivirus bazası yenilənmir",
)
CORRECTIVE = (
    "Giriş jurnalının elektron aparılmasını təmin etmək.",
    "Parol siyasətini tətbiq etmək və hesabları yoxlamaq.",
    "Ehtiyat nüsxələri ayrıca binada saxlamaq.",
    "Seqmentlər arasında şəbəkə ekranı quraşdırmaq.",
    "Yeniləmələrin idarə edilməsi prosedurunu tətbiq etmək.",
)
RESPONSES = (
    "Çatışmazlığın aradan qaldırılması üçün işçi qrup yaradılıb, {n} gün ərzində icra ediləcək.",
    "Avadanlığın satın alınması üçün sifariş verilib; müqavilə №{n} bağlanıb.",
    "Tədbir icra olunub, sübut sənədləri əlavə edilib.",
    "Qeyd olunan çatışmazlıqla razı deyilik: sistem KİI obyekti deyil.",
    "Əməkdaşlar üçün təlim keçirilib, {n} nəfər iştirak edib.",
)
NAMES = (
    "Əliyev Rəşad",
    "Məmmədova Günel",
    "Hüseynov Elçin",
    "Quliyeva Aynur",
    "İsmayılov Tural",
    "Şükürova Səbinə",
    "Ağayev Orxan",
    "Cəfərova Lalə",
)
COMMENT = "Göstərilən işlər tədbirin gözlənilən nəticəsini hələ təmin etmir."
REASONS = {
    "in_remediation": "Aradan qaldırılması üzrə işlərə başlanılıb",
    "remediated": "Çatışmazlıq aradan qaldırılıb, sübutlar əlavə edilib",
    "verified_closed": "Sənədlər yoxlanıldı, çatışmazlıq aradan qaldırılıb",
    "disputed": "Obyekt KİI reyestrinə daxil deyil",
    "withdrawn": "Etiraz əsaslı sayıldı",
}
STATUS_BY_STAGE = ("not_started", "in_progress", "in_progress", "delayed", "completed")
EVALUATION_BY_STATUS = {
    "completed": "implemented",
    "in_progress": "partly_implemented",
    "delayed": "not_implemented",
    "not_started": "not_implemented",
}
# Finding lifecycles (status, the events that led there: from, to, by the commission) and
# their shares.
LIFECYCLES: tuple[tuple[str, tuple[tuple[str, str, bool], ...], int], ...] = (
    ("open", (), 20),
    ("in_remediation", (("open", "in_remediation", False),), 20),
    (
        "remediated",
        (("open", "in_remediation", False), ("in_remediation", "remediated", False)),
        25,
    ),
    (
        "verified_closed",
        (
            ("open", "in_remediation", False),
            ("in_remediation", "remediated", False),
            ("remediated", "verified_closed", True),
        ),
        25,
    ),
    ("disputed", (("open", "disputed", False),), 5),
    ("withdrawn", (("open", "disputed", False), ("disputed", "withdrawn", True)), 5),
)


# ---------------------------------------------------------------------------------------------
# Building the store


class Sizes:
    def __init__(self, quick: bool) -> None:
        scale = 10 if quick else 1
        self.label = "quick" if quick else "full"
        self.institutions = 200 // scale
        self.measures = 2000 // scale
        self.inspections_per_institution = 50
        self.findings_per_inspection = 5
        self.requirements = 300


def _id(kind: int, n: int) -> str:
    return f"{kind:08x}-0000-4000-8000-{n:012d}"


class Stamps:
    """HLC stamps in the past, one a millisecond apart, as a years-long history would have."""

    def __init__(self, start_ms: int) -> None:
        self.wall = start_ms

    def next(self, node: str) -> str:
        self.wall += 1
        return f"{self.wall:013d}.00000.{node}"


def _row(
    model: type[Synced], record_id: str, origin: str, stamp: str, **fields: Any
) -> dict[str, Any]:
    return {
        "id": record_id,
        "origin": origin,
        "deleted": False,
        "versions": dict.fromkeys(model.sync_fields(), stamp),
        **fields,
    }


class Generator:
    """The national store's records, written table by table in bulk."""

    def __init__(self, desk: Desk, sizes: Sizes, institution_row: dict[str, Any]) -> None:
        self.desk = desk
        self.sizes = sizes
        self.rng = random.Random(19)
        # Stamps from about two years ago: the history is in the past for every clock check.
        now_ms = int(time.time() * 1000)
        self.stamps = Stamps(now_ms - 730 * 86_400_000)
        self.institution_row = institution_row
        self.origin_of_kind: dict[str, str] = {}
        self.counts: dict[str, int] = {}

    def _insert(self, session: Any, model: type[Synced], rows: list[dict[str, Any]]) -> None:
        for start in range(0, len(rows), 20_000):
            session.execute(insert(model), rows[start : start + 20_000])
        search.reindex_all(session, (model(**row) for row in rows), new=True)
        self.counts[model.KIND] = self.counts.get(model.KIND, 0) + len(rows)

    def build(self) -> None:
        with self.desk.transaction() as session:
            self._plan(session)
            self._progress(session)
            self._inspections(session)
        self._acts()
        self.desk.hlc.observe(self.stamps.next(COORDINATOR))

    def _plan(self, session: Any) -> None:
        rng, stamp = self.rng, self.stamps.next
        institutions = [self.institution_row]
        self.codes = [INSTITUTION]
        for n in range(2, self.sizes.institutions + 1):
            body, kind = BODIES[n % len(BODIES)]
            place = (
                f"{SUBJECTS[n % len(SUBJECTS)]}"
                if body in ("Nazirliyi", "Dövlət Agentliyi", "Dövlət Xidməti")
                else REGIONS[n % len(REGIONS)]
            )
            code = f"I{n:03d}"
            self.codes.append(code)
            institutions.append(
                _row(
                    Institution,
                    _id(1, n),
                    COORDINATOR,
                    stamp(COORDINATOR),
                    code=code,
                    name=f"{place} {body} №{n}",
                    name_en="",
                    kind=kind,
                )
            )
        self.inst_ids = {row["code"]: row["id"] for row in institutions}
        session.execute(insert(Institution), institutions[1:])
        search.reindex_all(session, (Institution(**row) for row in institutions[1:]), new=True)
        facilities = []
        self.facilities: dict[str, list[str]] = {}
        for n, code in enumerate(self.codes):
            for k in range(3):
                fid = _id(2, n * 3 + k)
                self.facilities.setdefault(code, []).append(fid)
                facilities.append(
                    _row(
                        Facility,
                        fid,
                        COORDINATOR,
                        stamp(COORDINATOR),
                        institution_id=self.inst_ids[code],
                        name=f"{OBJECTS[(n + k) % len(OBJECTS)].split()[0]} informasiya sistemi "
                        f"{code}-{k + 1}",
                        category="İnformasiya sistemi",
                        criticality=("I", "II", "III")[(n + k) % 3],
                    )
                )
        self._insert(session, Facility, facilities)
        strategy_id = _id(3, 1)
        self._insert(
            session,
            Strategy,
            [
                _row(
                    Strategy,
                    strategy_id,
                    COORDINATOR,
                    stamp(COORDINATOR),
                    title="Azərbaycan Respublikasının 2023–2027-ci illər üçün İnformasiya "
                    "Təhlükəsizliyi və Kibertəhlükəsizlik Strategiyası",
                    title_en="",
                    period_start=2023,
                    period_end=2027,
                    approving_act="Prezidentin 28 avqust 2023-cü il tarixli Fərmanı",
                )
            ],
        )
        directions = [
            _row(
                Direction,
                _id(4, number),
                COORDINATOR,
                stamp(COORDINATOR),
                strategy_id=strategy_id,
                number=number,
                title=title,
                title_en="",
            )
            for number, title in enumerate(DIRECTIONS, start=1)
        ]
        self._insert(session, Direction, directions)
        measures, indicators = [], []
        self.measures: list[dict[str, Any]] = []
        for n in range(self.sizes.measures):
            direction = n % len(DIRECTIONS) + 1
            lead = self.codes[rng.randrange(len(self.codes))]
            others = [code for code in rng.sample(self.codes, 16) if code != lead]
            co = others[: rng.randint(3, 15)]
            continuous = rng.random() < 0.4
            end = None if continuous else dt.date(rng.randint(2023, 2027), 12, 31)
            row = _row(
                Measure,
                _id(5, n),
                COORDINATOR,
                stamp(COORDINATOR),
                direction_id=directions[direction - 1]["id"],
                number=f"{direction}.{n // 50 % 100 + 1}.{n % 50 + 1}",
                title=f"{OBJECTS[n % len(OBJECTS)]} {ACTIONS[n // 7 % len(ACTIONS)]} "
                f"({REGIONS[n % len(REGIONS)]})",
                title_en="",
                description="",
                lead_institution_id=self.inst_ids[lead],
                co_executors=co,
                start_date=dt.date(2023, 10, 1),
                end_date=end,
                continuous=continuous,
                expected_result="Təhlükəsizlik səviyyəsinin yüksəldilməsi",
                financing_source="Dövlət büdcəsi",
            )
            measures.append(row)
            self.measures.append({"id": row["id"], "lead": lead, "co": co, "end": end})
            if n % 2 == 0:
                indicators.append(
                    _row(
                        Indicator,
                        _id(6, n),
                        COORDINATOR,
                        stamp(COORDINATOR),
                        measure_id=row["id"],
                        name="Təlim keçmiş əməkdaşların sayı",
                        unit="nəfər",
                        baseline=0.0,
                        target=float(100 + n % 400),
                    )
                )
        self._insert(session, Measure, measures)
        self._insert(session, Indicator, indicators)
        requirements = [
            _row(
                Requirement,
                _id(7, n),
                COORDINATOR,
                stamp(COORDINATOR),
                code=f"{'GT' if n % 3 else 'XT'}-{n // 10 + 1}.{n % 10 + 1}",
                title=f"{REQUIREMENT_TOPICS[n % len(REQUIREMENT_TOPICS)]} ({n + 1})",
                text=f"{REQUIREMENT_TOPICS[n % len(REQUIREMENT_TOPICS)]} üzrə tələblər.",
                category="special" if n % 3 == 0 else "general",
                iso27001=f"A.{5 + n % 4}.{n % 30 + 1}",
                nist_csf="PR.AC-1",
            )
            for n in range(self.sizes.requirements)
        ]
        self.requirements = [row["id"] for row in requirements]
        self._insert(session, Requirement, requirements)

    def _progress(self, session: Any) -> None:
        rng, stamp = self.rng, self.stamps.next
        decisions: list[dict[str, Any]] = []
        officials: list[dict[str, Any]] = []
        report_n = 0
        for index, period in enumerate(PERIODS):
            reports, evaluations = [], []
            year = int(period[:4])
            for m in self.measures:
                for code in (m["lead"], *m["co"]):
                    stage = min(4, index * 5 // len(PERIODS) + rng.randint(-1, 1))
                    status = STATUS_BY_STAGE[max(0, stage)]
                    if m["end"] is not None and m["end"].year < year:
                        status = "completed"
                    percent = 100 if status == "completed" else min(95, index * 5)
                    draft = index == len(PERIODS) - 1 and rng.random() < 0.3
                    submitted = dt.datetime(year, int(period[-1]) * 3, 20, 10, 0)
                    report_id = _id(8, report_n)
                    report_n += 1
                    narrative = NARRATIVES[report_n % len(NARRATIVES)].format(
                        n=report_n % 90 + 3, p=percent, region=REGIONS[report_n % len(REGIONS)]
                    )
                    reports.append(
                        _row(
                            ProgressReport,
                            report_id,
                            code,
                            stamp(code),
                            measure_id=m["id"],
                            institution_id=self.inst_ids[code],
                            period=period,
                            status=status,
                            percent=percent,
                            work_done=narrative,
                            problems=PROBLEMS[report_n % len(PROBLEMS)],
                            indicator_actuals={},
                            draft=draft,
                            submitted_at=None if draft else submitted,
                            author=NAMES[report_n % len(NAMES)],
                        )
                    )
                    result = EVALUATION_BY_STATUS.get(status, "needs_clarification")
                    if not draft and rng.random() < 0.9:
                        evaluations.append(
                            _row(
                                Evaluation,
                                _id(9, report_n),
                                COORDINATOR,
                                stamp(COORDINATOR),
                                report_id=report_id,
                                result=result,
                                comment="" if result == "implemented" else COMMENT,
                                evaluator=NAMES[report_n % 3],
                                evaluated_at=submitted + dt.timedelta(days=10),
                            )
                        )
                    if code == m["lead"] and index == len(PERIODS) - 2:
                        officials.append(
                            _row(
                                OfficialStatus,
                                _id(10, len(officials)),
                                COORDINATOR,
                                stamp(COORDINATOR),
                                measure_id=m["id"],
                                period=period,
                                status=status,
                                percent=percent,
                                source_kind="report",
                                source_id=report_id,
                            )
                        )
            self._insert(session, ProgressReport, reports)
            self._insert(session, Evaluation, evaluations)
        for n, m in enumerate(self.measures[:: max(1, len(self.measures) // 100)]):
            decisions.append(
                _row(
                    StatusDecision,
                    _id(11, n),
                    COORDINATOR,
                    stamp(COORDINATOR),
                    measure_id=m["id"],
                    period="2026-Q2",
                    status="delayed",
                    percent=40,
                    reason="Əlaqələndirmə Komissiyasının qərarı",
                    decided_by=NAMES[0],
                    decided_at=dt.datetime(2026, 7, 10, 12, 0),
                )
            )
        self._insert(session, StatusDecision, decisions)
        self._insert(session, OfficialStatus, officials)

    def _inspections(self, session: Any) -> None:
        rng, stamp = self.rng, self.stamps.next
        weights = [share for *_, share in LIFECYCLES]
        n_insp = n_find = n_event = n_resp = n_ext = 0
        self.issued: list[tuple[str, str, dt.date]] = []  # (id, reference, end_date)
        for code in self.codes:
            inspections, notes, findings, events, responses, extensions = [], [], [], [], [], []
            for k in range(self.sizes.inspections_per_institution):
                year = 2023 + k * 5 // self.sizes.inspections_per_institution
                start = dt.date(year, 1 + k % 12, 1 + k % 27)
                inspection_id = _id(12, n_insp)
                n_insp += 1
                self.issued.append((inspection_id, f"YA-{year}/{n_insp:05d}", start))
                inspections.append(
                    _row(
                        Inspection,
                        inspection_id,
                        COORDINATOR,
                        stamp(COORDINATOR),
                        reference=f"YA-{year}/{n_insp:05d}",
                        institution_id=self.inst_ids[code],
                        facility_ids=[self.facilities[code][k % 3]],
                        kind=("scheduled", "unscheduled", "follow_up")[k % 3],
                        legal_basis="Prezidentin 17 aprel 2021-ci il tarixli 1315 nömrəli Fərmanı",
                        start_date=start,
                        end_date=start + dt.timedelta(days=5),
                        team=[NAMES[k % len(NAMES)], NAMES[(k + 3) % len(NAMES)]],
                        team_node=None,
                        scope="Kritik informasiya infrastrukturu obyektinin təhlükəsizlik "
                        f"tələblərinə uyğunluğu ({REGIONS[k % len(REGIONS)]})",
                        status="report_issued",
                        conclusion="Aşkar edilmiş çatışmazlıqlar aktda göstərilib.",
                    )
                )
                for j in range(2):
                    notes.append(
                        _row(
                            InspectionNote,
                            _id(13, n_insp * 2 + j),
                            COORDINATOR,
                            stamp(COORDINATOR),
                            inspection_id=inspection_id,
                            at=dt.datetime(year, start.month, start.day, 10 + j),
                            author=NAMES[j],
                            text=f"Müsahibə aparıldı, {REGIONS[(k + j) % len(REGIONS)]} "
                            "bölməsinin sənədləri yoxlanıldı.",
                        )
                    )
                for number in range(1, self.sizes.findings_per_inspection + 1):
                    finding_id = _id(14, n_find)
                    n_find += 1
                    status, chain, _ = rng.choices(LIFECYCLES, weights)[0]
                    severity = ("critical", "high", "medium", "low")[rng.randrange(4)]
                    at = dt.datetime(year, start.month, start.day, 12)
                    findings.append(
                        _row(
                            Finding,
                            finding_id,
                            COORDINATOR,
                            stamp(COORDINATOR),
                            inspection_id=inspection_id,
                            number=number,
                            requirement_id=self.requirements[n_find % len(self.requirements)],
                            facility_id=self.facilities[code][k % 3],
                            description=DEFICIENCIES[n_find % len(DEFICIENCIES)].format(
                                n=n_find % 60 + 2
                            ),
                            severity=severity,
                            corrective_measure=CORRECTIVE[n_find % len(CORRECTIVE)],
                            deadline=start + dt.timedelta(days=30 + 60 * (n_find % 6)),
                            urgent=severity == "critical" and rng.random() < 0.3,
                            status=status,
                            response="",
                            response_at=None,
                        )
                    )
                    for step, (before, after, commission) in enumerate(chain):
                        origin = COORDINATOR if commission else code
                        at += dt.timedelta(days=20)
                        events.append(
                            _row(
                                FindingEvent,
                                _id(15, n_event),
                                origin,
                                stamp(origin),
                                finding_id=finding_id,
                                at=at,
                                author=NAMES[step],
                                evidence_ids=[],
                                from_status=before,
                                to_status=after,
                                reason=REASONS[after],
                                method="document_review" if after == "verified_closed" else "",
                            )
                        )
                        n_event += 1
                        if not commission:
                            responses.append(
                                _row(
                                    FindingResponse,
                                    _id(16, n_resp),
                                    code,
                                    stamp(code),
                                    finding_id=finding_id,
                                    at=at,
                                    author=NAMES[(step + 4) % len(NAMES)],
                                    evidence_ids=[],
                                    text=RESPONSES[n_resp % len(RESPONSES)].format(
                                        n=n_resp % 80 + 5
                                    ),
                                )
                            )
                            n_resp += 1
                    if status == "in_remediation" and rng.random() < 0.25:
                        extensions.append(
                            _row(
                                DeadlineExtension,
                                _id(17, n_ext),
                                COORDINATOR,
                                stamp(COORDINATOR),
                                finding_id=finding_id,
                                previous_date=start + dt.timedelta(days=30),
                                new_date=start + dt.timedelta(days=120),
                                reason="Avadanlığın tədarükü gecikir",
                                approved_by=NAMES[0],
                                at=at,
                            )
                        )
                        n_ext += 1
            self._insert(session, Inspection, inspections)
            self._insert(session, InspectionNote, notes)
            self._insert(session, Finding, findings)
            self._insert(session, FindingEvent, events)
            self._insert(session, FindingResponse, responses)
            if extensions:
                self._insert(session, DeadlineExtension, extensions)

    def _acts(self) -> None:
        """Each inspection's act, issuing its findings: only issued findings travel to the
        inspected institution, so without acts I001 would hold none to answer."""
        acts = []
        for n, (inspection_id, reference, start) in enumerate(self.issued):
            snapshot = self.desk.inspections.draft_act(inspection_id)
            acts.append(
                _row(
                    InspectionAct,
                    _id(18, n),
                    COORDINATOR,
                    self.stamps.next(COORDINATOR),
                    inspection_id=inspection_id,
                    addendum=0,
                    number=f"AKT-{reference}",
                    issued_on=start + dt.timedelta(days=10),
                    issued_by=NAMES[0],
                    finding_ids=[line["id"] for line in snapshot["findings"]],
                    snapshot=snapshot,
                )
            )
        with self.desk.transaction() as session:
            self._insert(session, InspectionAct, acts)
        self._signatures([act["id"] for act in acts])

    def _signatures(self, act_ids: list[str]) -> None:
        """Both agencies' signatures on each act, as issuing and co-signing record them (the
        coordinator's key; a partner agency's desk's key): only an act both have signed travels
        to I001 with its findings."""
        partner_secret = Ed25519PrivateKey.generate().private_bytes_raw()
        partner_key = public_hex(partner_secret)
        partner_print = fingerprint(
            PARTNER, NodeRole.PARTNER_AGENCY.value, partner_key, generate_identity()[1]
        )
        rows = []
        with self.desk.transaction() as session:
            key = session.scalars(select(ExchangeKey).where(ExchangeKey.retired_at.is_(None))).one()
            signers = (
                (SignerSide.ISSUER, COORDINATOR, key.signing_secret, key.fingerprint),
                (SignerSide.PARTNER, PARTNER, partner_secret, partner_print),
            )
            for n, act_id in enumerate(act_ids):
                digest = signed_digest(session, InspectionAct.KIND, act_id)
                assert digest is not None
                for kind, (side, signer, secret, print_) in enumerate(signers, start=19):
                    row = _row(
                        CommissionSignature,
                        _id(kind, n),
                        signer,
                        self.stamps.next(signer),
                        record_kind=InspectionAct.KIND,
                        side=side.value,
                        signer=signer,
                        signing_key=public_hex(secret),
                        fingerprint=print_,
                        digest=digest,
                        signature=sign(secret, COMMISSION_CONTEXT, digest.encode()).hex(),
                        signed_by=NAMES[0],
                        signed_at=dt.datetime(2026, 1, 1, 10, 0),
                    )
                    # ``_row``'s own ``record_id`` is the row's id: the act's is set after.
                    rows.append(row | {"record_id": act_id})
            self._insert(session, CommissionSignature, rows)


def _audit_entries(desk: Desk) -> int:
    """The signed log a store with this history has: a ``create`` entry per record the
    coordinator's users wrote, a ``bundle_import`` entry per hundred records an institution
    sent, each with the states of its records, chained and signed as ``audit.append`` does."""
    entries = 0
    with desk.transaction() as session:
        signer: audit.Signer = session.info[audit.SIGNER]
        key = signer.key
        seq, prev = session.execute(
            select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
        ).one()
        at = dt.datetime.now(dt.UTC) - dt.timedelta(days=700)
        events: list[dict[str, Any]] = []
        states: list[dict[str, Any]] = []

        def entry(
            action: str, kind: str, record_id: str, detail: str, lines: list[audit.State]
        ) -> None:
            nonlocal seq, prev, at, entries
            seq += 1
            at += dt.timedelta(seconds=90)
            digest = audit._StatesDigest()
            for record_kind, rid, state in sorted(lines):
                digest.add(record_kind, rid, state)
                states.append(
                    {"seq": seq, "record_kind": record_kind, "record_id": rid, "state": state}
                )
            stamp = at.isoformat(timespec="milliseconds")
            states_digest = digest.hexdigest()
            content = [seq, stamp, desk.user, action, kind, record_id, detail, prev]
            entry_hash = audit._digest(["v2", *content, states_digest])
            signature = key.sign(audit._ENTRY_CONTEXT + bytes.fromhex(entry_hash)).hex()
            events.append(
                {
                    "seq": seq,
                    "at": stamp,
                    "user": desk.user,
                    "action": action,
                    "record_kind": kind,
                    "record_id": record_id,
                    "detail": detail,
                    "prev_hash": prev,
                    "hash": entry_hash,
                    "states": states_digest,
                    "signature": signature,
                }
            )
            prev = entry_hash
            entries += 1
            if len(events) >= 5000:
                flush()

        def flush() -> None:
            if events:
                session.execute(insert(AuditEvent), events)
                events.clear()
            if states:
                session.execute(insert(AuditState), states)
                states.clear()

        _log_unlogged(session, entry)
        flush()
    return entries


def _log_unlogged(session: Session, entry: Callable[[str, str, str, str, list[Any]], None]) -> None:
    """An ``entry`` for every record the log has no state of yet: the coordinator's one by
    one, the institutions' a hundred at a time, as their bundles brought them."""
    recorded = {row[0] for row in session.execute(select(AuditState.record_id))}
    for kind, table in audit.STATE_TABLES.items():
        if kind == audit.USER_KIND:
            continue
        result = session.connection().exec_driver_sql(
            f'SELECT * FROM "{table.name}" ORDER BY origin, id'
        )
        names = list(result.keys())
        at_id, at_origin = names.index("id"), names.index("origin")
        batch: list[tuple[str, str, str]] = []
        batch_origin = ""
        for row in result:
            if row[at_id] in recorded:
                continue
            state = (kind, row[at_id], audit.state_hash(names, row))
            origin = row[at_origin]
            if origin == COORDINATOR:
                entry("create", kind, row[at_id], "", [state])
                continue
            if batch and (origin != batch_origin or len(batch) == 100):
                entry("bundle_import", "bundle", "", f"from={batch_origin}", batch)
                batch = []
            batch_origin = origin
            batch.append(state)
        if batch:
            entry("bundle_import", "bundle", "", f"from={batch_origin}", batch)


def _build(target: Path, sizes: Sizes) -> dict[str, Any]:
    """Both workspaces, in ``target``: the coordinator's national store and the enrolled
    institution I001's, after a real exchange of bundles each way."""
    started = time.perf_counter()
    tmp = target.with_name(target.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    node = create_desk(
        tmp / INSTITUTION,
        role="institution",
        code=INSTITUTION,
        name="Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi",
        passphrase=PASSPHRASE,
    )
    desk = create_desk(
        tmp / COORDINATOR,
        role="coordinator",
        code=COORDINATOR,
        name="Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti",
        passphrase=PASSPHRASE,
    )
    service.setup_identity(desk)
    service.setup_identity(node)
    service.enrol_partner(desk, service.identity_card(node), None)
    service.enrol_partner(node, service.identity_card(desk), None)
    with desk.reading() as session:  # registered from I001's card by the enrolment
        own = (
            session.execute(select(Institution.__table__).where(Institution.code == INSTITUTION))
            .one()
            ._asdict()
        )
    generator = Generator(desk, sizes, own)
    generator.build()
    generated_s = time.perf_counter() - started
    stick = tmp / "stick"
    stick.mkdir()
    # The real exchange both ways: the coordinator's national picture to I001, I001's
    # acknowledgement back, and the coordinator's of that: until it arrives, every bundle
    # from I001 carries again each of its records the first one carried (2,719 at a tenth,
    # which the measured merges then compared field by field). The coordinator's cache of
    # record hashes is warm after it.
    # Before the log's entries: a first bundle carries the hash of every entry of the
    # sender's log, and 500,000 of them exceed the manifest's 4 MiB bound (docs/performance.md).
    for source, target_desk in ((desk, node), (node, desk), (desk, node)):
        bundle = service.export_bundle(source, target_desk.node.code, stick)
        result = service.import_bundle(target_desk, bundle.path)
        assert result.outcome == "merged", result.line()
    shutil.rmtree(stick)
    exchanged = time.perf_counter()
    entries = _audit_entries(desk)
    audit_s = time.perf_counter() - exchanged
    node.close()
    desk.close()
    shutil.rmtree(target, ignore_errors=True)
    tmp.rename(target)
    info = {
        "version": VERSION,
        "schema": head_revision(),
        "size": sizes.label,
        "records": generator.counts,
        "audit_entries": entries,
        "generate_s": round(generated_s, 1),
        "audit_s": round(audit_s, 1),
        "build_s": round(time.perf_counter() - started, 1),
        "db_mib": round((target / COORDINATOR / "desk.db").stat().st_size / 2**20, 1),
    }
    (target / "info.json").write_text(json.dumps(info, ensure_ascii=False))
    return info


def national_store(quick: bool) -> tuple[Path, dict[str, Any]]:
    """The cached build for this VERSION and size (built now if missing)."""
    sizes = Sizes(quick)
    target = ROOT / "build" / "bench" / f"{VERSION}-{sizes.label}"
    if not (target / "info.json").exists():
        _build(target, sizes)
    info = json.loads((target / "info.json").read_text())
    # A store cached by an earlier schema is migrated here, once: no measured unlock migrates.
    # Its first open also gives SQLite's planner the statistics of the tables the build wrote
    # in bulk, as a real coordinator's store has them from its previous open: otherwise every
    # measured first open of a fresh copy analysed the store (4.4 s at full size).
    if info.get("schema") != head_revision() or not info.get("analysed"):
        for name in (COORDINATOR, INSTITUTION):
            _open(target / name).close()
        info["schema"] = head_revision()
        info["analysed"] = True
        (target / "info.json").write_text(json.dumps(info, ensure_ascii=False))
    return target, dict(info)


# ---------------------------------------------------------------------------------------------
# Measuring: each step runs in a process of its own; it prints one JSON object.


def _memory_mib(field: str = "VmHWM") -> float:
    """This process's peak resident memory (``VmRSS``: its resident memory now), MiB."""
    status = Path("/proc/self/status").read_text().splitlines()
    return int(next(line.split()[1] for line in status if line.startswith(field))) / 1024


def _open(home: Path) -> Desk:
    return open_desk(home, user="admin", passphrase=PASSPHRASE)


def _best(action: Callable[[], object], rounds: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times), times


def step_dashboard(home: Path, _extra: list[str]) -> dict[str, Any]:
    from desktop_app.exchange.service import exchange

    started = time.perf_counter()
    desk = _open(home / COORDINATOR)
    unlocked = time.perf_counter() - started
    board = desk.dashboard.build()
    bundles = exchange(desk).bundles()
    total = time.perf_counter() - started
    again, _ = _best(desk.dashboard.build, 2)
    desk.close()
    return {
        "value": round(total, 3),
        "unlock_s": round(unlocked, 3),
        "dashboard_s": round(total - unlocked, 3),
        "dashboard_again_s": round(again, 3),
        "measures": board.measures_total,
        "bundles": len(bundles),
    }


def step_import(home: Path, extra: list[str]) -> dict[str, Any]:
    desk = _open(home / COORDINATOR)
    started, cpu_started = time.perf_counter(), time.process_time()
    result = service.import_bundle(desk, Path(extra[0]))
    seconds = time.perf_counter() - started
    # Every thread's CPU time: the wall time carries the load of a shared machine.
    cpu_s = time.process_time() - cpu_started
    assert result.outcome == "merged", result.line()
    desk.close()
    return {
        "value": round(seconds, 3),
        "cpu_s": round(cpu_s, 3),
        "digest_match": result.digest_match,
    }


def step_executemany(home: Path, extra: list[str]) -> dict[str, Any]:
    """The same rows a bundle carried, inserted by a bare executemany and committed."""
    rows = json.loads(Path(extra[0]).read_text())
    desk = _open(home / COORDINATOR)
    columns = list(rows[0])
    sql = (
        f"INSERT INTO finding_responses ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    values = [tuple(row[c] for c in columns) for row in rows]
    started = time.perf_counter()
    with desk.transaction() as session:
        session.connection().exec_driver_sql(sql, values)
    seconds = time.perf_counter() - started
    desk.close()
    return {"value": round(seconds, 3)}


def step_report(home: Path, extra: list[str]) -> dict[str, Any]:
    """One printed report (``extra[0]``: its kind) for 2026-Q3, to a PDF on disk."""
    from desktop_app.reports import ReportParams, generate

    desk = _open(home / COORDINATOR)
    target = home / "out.pdf"
    started = time.perf_counter()
    generate(desk, extra[0], ReportParams(lang="az", period="2026-Q3"), target)
    seconds = time.perf_counter() - started
    desk.close()
    return {"value": round(seconds, 3), "pdf_kib": target.stat().st_size // 1024}


def step_lists(home: Path, _extra: list[str]) -> dict[str, Any]:
    from desktop_app.core.plan import MeasureFilter

    desk = _open(home / COORDINATOR)
    plan, inspections = desk.plan, desk.inspections
    out: dict[str, Any] = {}
    out["measure_rows_ms"] = round(_best(plan.measure_rows, 3)[0] * 1000, 1)
    out["findings_ms"] = round(_best(inspections.findings, 3)[0] * 1000, 1)
    filters: list[tuple[str, Callable[[], object]]] = [
        ("measures_search", lambda: plan.measure_rows(MeasureFilter(search="şəbəkə"))),
        ("measures_status", lambda: plan.measure_rows(MeasureFilter(status="delayed"))),
        ("measures_institution", lambda: plan.measure_rows(MeasureFilter(institution="I007"))),
        ("measures_overdue", lambda: plan.measure_rows(MeasureFilter(overdue=True))),
        ("findings_status", lambda: inspections.findings(status="open")),
        ("findings_institution", lambda: inspections.findings(institution="I007")),
        ("findings_urgent", lambda: inspections.findings(urgent=True)),
    ]
    worst = 0.0
    for name, action in filters:
        seconds = _best(action, 3)[0]
        out[f"{name}_ms"] = round(seconds * 1000, 1)
        worst = max(worst, seconds)
    desk.close()
    return {"value": round(worst * 1000, 1), **out}


def step_search(home: Path, _extra: list[str]) -> dict[str, Any]:
    desk = _open(home / COORDINATOR)
    out: dict[str, Any] = {}
    worst = 0.0
    for query in ("şəbəkə avadanlığı", "ehtiyat nüsxələr", "kibergigiyena təlim"):
        seconds = _best(functools.partial(desk.search.find, query), 3)[0]
        ids = len(desk.search.matching_ids(query))
        out[query] = {"ms": round(seconds * 1000, 1), "matches": ids}
        worst = max(worst, seconds)
    desk.close()
    return {"value": round(worst * 1000, 1), "queries": out}


def _copy_and_sync(source: Path, target: Path) -> None:
    shutil.copytree(source, target)
    for path in target.rglob("*"):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            os.fsync(fd)
            os.close(fd)
    fd = os.open(target, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)


def step_backup(home: Path, _extra: list[str]) -> dict[str, Any]:
    desk = _open(home / COORDINATOR)
    backups, copies = [], []
    for n in range(2):
        out = home / f"backup-{n}"
        os.sync()
        started = time.perf_counter()
        desk.maintenance.backup(out)
        backups.append(time.perf_counter() - started)
        os.sync()
        started = time.perf_counter()
        _copy_and_sync(home / COORDINATOR, home / f"copy-{n}")
        copies.append(time.perf_counter() - started)
    desk.close()
    size = sum(p.stat().st_size for p in (home / "copy-0").rglob("*") if p.is_file())
    return {
        "value": round(min(backups) / min(copies), 3),
        "backup_s": round(min(backups), 2),
        "cp_s": round(min(copies), 2),
        "store_mib": round(size / 2**20, 1),
    }


STEPS: dict[str, Callable[[Path, list[str]], dict[str, Any]]] = {
    "dashboard": step_dashboard,
    "import": step_import,
    "executemany": step_executemany,
    "report": step_report,
    "lists": step_lists,
    "search": step_search,
    "backup": step_backup,
}


class StepFailed(RuntimeError):
    pass


def _child(step: str, home: Path, *extra: str) -> dict[str, Any]:
    """``step`` in a process of its own, with its peak RSS."""
    return _process([__file__, "--step", step, str(home), *extra])


def _process(args: list[str], stdin: str | None = None) -> dict[str, Any]:
    """The JSON line a Python process running ``args`` prints last."""
    done = subprocess.run(
        [sys.executable, *args],
        check=False,
        capture_output=True,
        text=True,
        input=stdin,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    if done.returncode:
        raise StepFailed(done.stderr.strip().splitlines()[-1])
    return dict(json.loads(done.stdout.splitlines()[-1]))


def _fresh(cache: Path, scratch: Path, name: str) -> Path:
    home = scratch / name
    shutil.copytree(cache, home)
    return home


def _changed_reports(home: Path, count: int, out: Path) -> Path:
    """A real bundle from I001 carrying ``count`` of its progress reports, each changed through
    the progress service as its staff would."""
    node = _open(home / INSTITUTION)
    with node.reading() as session:
        ids = list(
            session.scalars(
                select(ProgressReport.id)
                .join(Institution, Institution.id == ProgressReport.institution_id)
                .where(Institution.code == INSTITUTION, ProgressReport.draft.is_(False))
                .order_by(ProgressReport.id)
                .limit(count)
            )
        )
    for n, report_id in enumerate(ids):
        node.progress.update(report_id, work_done=f"Yenilənmiş məlumat: {n} əməkdaş təlim keçib.")
    bundle = service.export_bundle(node, COORDINATOR, out)
    node.close()
    return bundle.path


def _many_responses(home: Path, count: int, out: Path) -> tuple[Path, Path]:
    """A real bundle from I001 with ``count`` new answers to its findings (written in bulk into
    I001's store, stamped by its clock), and the same rows as JSON for the executemany."""
    node = _open(home / INSTITUTION)
    with node.reading() as session:
        findings = list(
            session.scalars(
                select(Finding.id)
                .where(Finding.status.not_in(("verified_closed", "withdrawn")))
                .order_by(Finding.id)
            )
        )
    stamp = node.hlc.tick()
    wall = int(stamp.split(".")[0])
    rows = []
    for n in range(count):
        rows.append(
            _row(
                FindingResponse,
                f"a{n:07d}-0000-4000-8000-000000000000",
                INSTITUTION,
                f"{wall + n:013d}.00000.{INSTITUTION}",
                finding_id=findings[n % len(findings)],
                at=dt.datetime(2026, 11, 1, 9) + dt.timedelta(seconds=n),
                author=NAMES[n % len(NAMES)],
                evidence_ids=[],
                text=RESPONSES[n % len(RESPONSES)].format(n=n % 80 + 5),
            )
        )
    with node.transaction() as session:
        session.execute(insert(FindingResponse), rows)
    node.hlc.observe(f"{wall + count:013d}.00000.{INSTITUTION}")
    bundle = service.export_bundle(node, COORDINATOR, out)
    node.close()
    with node_rows(home) as session:
        stored = [
            dict(row._mapping)
            for row in session.execute(text("SELECT * FROM finding_responses WHERE id LIKE 'a%'"))
        ]
    rows_file = out / "rows.json"
    rows_file.write_text(json.dumps(stored, default=str))
    return bundle.path, rows_file


class node_rows:  # noqa: N801 - a context manager read like a function
    """A reading session on I001's store, opened and closed around one read."""

    def __init__(self, home: Path) -> None:
        self.desk = _open(home / INSTITUTION)
        self.reading: Any = None

    def __enter__(self) -> Any:
        self.reading = self.desk.reading()
        return self.reading.__enter__()

    def __exit__(self, *exc: object) -> None:
        self.reading.__exit__(*exc)
        self.desk.close()


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def _merge_runs(cache: Path, scratch: Path, count: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """An import of ``count`` changed records, and the same rows by a bare executemany."""
    home = _fresh(cache, scratch, "merge")
    stick = scratch / "stick-merge"
    stick.mkdir()
    bundle, rows = _many_responses(home, count, stick)
    merged = _child("import", home, str(bundle))
    shutil.rmtree(home)
    home = _fresh(cache, scratch, "executemany")
    bare = _child("executemany", home, str(rows))
    shutil.rmtree(home)
    return merged, bare


def _gui_figures(home: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The GUI step's memory figures, and its keystrokes' (the worst keystroke as the value):
    bench/national_gui.py, in a process that imports only what the application does."""
    gui = _process(
        [str(ROOT / "bench" / "national_gui.py"), str(home / COORDINATOR), "admin"],
        stdin=PASSPHRASE + "\n",
    )
    keystrokes = gui.pop("keystrokes")
    worst = max(page["max_ms"] for page in keystrokes.values())
    return gui, {"value": worst, **keystrokes}


def measure(quick: bool, only: list[str] | None = None) -> Iterator[dict[str, Any]]:
    cache, info = national_store(quick)
    yield {"name": "national_store", "value": info["build_s"], "unit": "s", **info}

    def result(name: str, unit: str, figures: dict[str, Any]) -> dict[str, Any]:
        return {
            "name": name,
            "unit": unit,
            "goal": GOALS.get(name, ""),
            **figures,
            "load_avg_1m": _load(),
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }

    def wanted(name: str) -> bool:
        return not only or name in only

    with tempfile.TemporaryDirectory(prefix="national-bench-") as scratch_dir:
        scratch = Path(scratch_dir)
        if wanted("dashboard"):
            home = _fresh(cache, scratch, "dashboard")
            runs = [_child("dashboard", home) for _ in range(2)]
            best = min(runs, key=lambda r: r["value"])
            yield result("open_to_dashboard_s", "s", best | {"runs_s": [r["value"] for r in runs]})
            shutil.rmtree(home)
        if wanted("import"):
            home = _fresh(cache, scratch, "small")
            stick = scratch / "stick-small"
            stick.mkdir()
            bundle = _changed_reports(home, 1000, stick)
            figures = _child("import", home, str(bundle))
            yield result("small_import_s", "s", figures | {"records": 1000})
            shutil.rmtree(home)
        if wanted("merge"):
            count = 10_000 if quick else 100_000
            merged, bare = _merge_runs(cache, scratch, count)
            yield result(
                "merge_records_per_s",
                "records/s",
                {
                    "value": round(count / merged["value"]),
                    "records": count,
                    "import_s": merged["value"],
                    "import_cpu_s": merged["cpu_s"],
                    "records_per_cpu_s": round(count / merged["cpu_s"]),
                    "peak_mib": merged["peak_mib"],
                },
            )
            yield result(
                "merge_vs_executemany",
                "x",
                {
                    "value": round(merged["value"] / bare["value"], 2),
                    "import_s": merged["value"],
                    "executemany_s": bare["value"],
                },
            )
        if wanted("reports"):
            home = _fresh(cache, scratch, "reports")
            for name in ("strategy", "compliance"):
                try:
                    figures = _child("report", home, name)
                except StepFailed as error:  # a figure that cannot be had is a figure too
                    figures = {"value": None, "error": str(error)}
                yield result(f"{name}_report_national_s", "s", figures)
            shutil.rmtree(home)
        if wanted("lists") or wanted("search"):
            home = _fresh(cache, scratch, "reads")
            if wanted("lists"):
                yield result("list_load_ms", "ms", _child("lists", home))
            if wanted("search"):
                yield result("search_ms", "ms", _child("search", home))
            shutil.rmtree(home)
        if wanted("backup"):
            home = _fresh(cache, scratch, "backup")
            yield result("backup_vs_cp", "x", _child("backup", home))
            shutil.rmtree(home)
        if wanted("gui"):
            home = _fresh(cache, scratch, "gui")
            gui, keystrokes = _gui_figures(home)
            yield result("gui_peak_rss_mib", "MiB", gui)
            yield result("list_filter_ms", "ms", keystrokes)
            shutil.rmtree(home)


def run(quick: bool) -> list[dict[str, Any]]:
    return list(measure(quick))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a tenth of the national store")
    parser.add_argument("--only", nargs="*", help="dashboard import merge reports lists ...")
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        figures = STEPS[args.step](Path(args.args[0]), args.args[1:])
        figures.setdefault("peak_mib", round(_memory_mib(), 1))
        print(json.dumps(figures, ensure_ascii=False))
        return
    for line in measure(args.quick, args.only):
        print(json.dumps(line, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
