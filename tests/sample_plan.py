"""A realistic coordinator store for the report tests, the GUI tests and the benchmark.

Built through the core services. Progress reports of other institutions normally arrive in
bundles; here each is written by a recorder acting as its institution (the rule book lets a
node report only for itself), as if it had been merged from there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop_app.core.models import Indicator, InstitutionKind, NodeRole, ProgressReport
from desktop_app.core.plan import MeasureFilter
from desktop_app.core.records import Recorder

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

INSTITUTIONS = (
    (
        "EHSMN",
        "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi",
        "Ministry of Labour and Social Protection of the Population",
        InstitutionKind.MINISTRY.value,
    ),
    (
        "RINN",
        "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi",
        "Ministry of Digital Development and Transport",
        InstitutionKind.MINISTRY.value,
    ),
    ("SHEKI", "Şəki Şəhər İcra Hakimiyyəti", "Shaki City Executive Authority", "agency"),
    (
        "MB",
        "Azərbaycan Respublikasının Mərkəzi Bankı",
        "Central Bank of the Republic of Azerbaijan",
        InstitutionKind.CII_OPERATOR.value,
    ),
)
DIRECTIONS = (
    ("Normativ hüquqi bazanın təkmilləşdirilməsi", "Improving the legal and regulatory framework"),
    (
        "Kritik informasiya infrastrukturunun qorunması",
        "Protecting critical information infrastructure",
    ),
    ("İnsan kapitalının inkişafı və maarifləndirmə", "Developing human capital and awareness"),
    ("Kiberinsidentlərə cavab tədbirlərinin gücləndirilməsi", "Strengthening incident response"),
    ("Beynəlxalq əməkdaşlığın genişləndirilməsi", "Widening international cooperation"),
)
TITLES = (
    (
        "İnformasiya təhlükəsizliyi siyasətinin hazırlanması və təsdiqi",
        "Draft and approve the information security policy",
    ),
    (
        "Dövlət informasiya sistemlərində zəifliklərin müntəzəm qiymətləndirilməsi",
        "Assess vulnerabilities of state information systems regularly",
    ),
    ("İşçilər üçün kibergigiyena üzrə təlimlərin keçirilməsi", "Train staff in cyber hygiene"),
    (
        "Şəbəkə seqmentasiyasının və giriş nəzarətinin gücləndirilməsi",
        "Strengthen network segmentation and access control",
    ),
    (
        "Ehtiyat nüsxələrin çıxarılması və bərpa planlarının sınaqdan keçirilməsi",
        "Back up data and test recovery plans",
    ),
    (
        "Kiberinsidentlər barədə məlumat mübadiləsi mexanizminin yaradılması",
        "Set up incident information sharing",
    ),
    (
        "Kritik informasiya infrastrukturu obyektlərinin reyestrinin aparılması",
        "Keep the register of CII facilities",
    ),
)
NARRATIVES = (
    "Layihə hazırlanıb və aidiyyəti qurumlarla razılaşdırılıb; Əlaqələndirmə Komissiyasına "
    "təqdim edilməsi gözlənilir.",
    "Görülən işlər: 14 sistemdə zəifliklərin skan edilməsi başa çatıb, aşkar edilmiş "
    "çatışmazlıqların 60%-i aradan qaldırılıb. Qalan işlər növbəti rübə keçirilib.",
    "Şəki, Gəncə və Lənkəran regional bölmələrində 120 əməkdaş üçün təlimlər keçirilib.",
    "Maliyyələşmə gecikdiyi üçün avadanlığın alınması təxirə salınıb; İcra müddətinin "
    "uzadılması xahiş olunur.",
)
REQUIREMENTS = (
    ("GT-1.1", "İnformasiya aktivlərinin inventarlaşdırılması", "general"),
    ("GT-2.3", "Giriş hüquqlarının idarə edilməsi", "general"),
    ("GT-3.2", "Ehtiyat nüsxələrin çıxarılması və saxlanılması", "general"),
    ("XT-1.4", "Şəbəkə seqmentasiyası və sərhəd müdafiəsi", "special"),
    ("XT-2.1", "Hadisələrin jurnallaşdırılması və monitorinqi", "special"),
)
STATUSES = ("in_progress", "completed", "delayed", "in_progress", "not_started", "in_progress")


@dataclass(frozen=True)
class Sample:
    """What was built, for callers that need references (tests compute figures themselves)."""

    measures: int
    inspections: tuple[str, ...]


def build_sample(desk: Desk, measures: int = 40) -> Sample:
    """Fill a coordinator's store: institutions, the strategy, ``measures`` measures with
    indicators and progress for 2026-Q2 and 2026-Q3, the catalog, and three inspections."""
    plan = desk.plan
    for code, name, name_en, kind in INSTITUTIONS:
        plan.add_institution(code, name, name_en, kind)
    plan.add_facility(
        "EHSMN", "Sosial müdafiə vahid informasiya sistemi", "İnformasiya sistemi", "I"
    )
    plan.add_facility("EHSMN", "Ödənişlərin emalı mərkəzi", "Data mərkəzi", "II")
    plan.add_facility("MB", "Banklararası ödəniş sistemi", "Ödəniş sistemi", "I")
    plan.add_facility("SHEKI", "Şəhər xidmətləri portalı", "Veb portal", "III")
    plan.set_strategy(
        "Azərbaycan Respublikasının 2023–2027-ci illər üçün İnformasiya Təhlükəsizliyi və "
        "Kibertəhlükəsizlik Strategiyası",
        2023,
        2027,
        approving_act="Azərbaycan Respublikası Prezidentinin 28 avqust 2023-cü il tarixli Fərmanı",
        title_en="Information Security and Cybersecurity Strategy of the Republic of Azerbaijan "
        "for 2023-2027",
    )
    for number, (title, title_en) in enumerate(DIRECTIONS, start=1):
        plan.add_direction(number, title, title_en)
    _measures(desk, measures)
    _progress(desk)
    for code, title, category in REQUIREMENTS:
        desk.catalog.add(code=code, title=title, category=category, text=title)
    return Sample(measures=measures, inspections=_inspections(desk))


def _measures(desk: Desk, count: int) -> None:
    leads = [code for code, *_ in INSTITUTIONS] + [desk.node.code]
    ends = (
        dt.date(2025, 12, 31),
        dt.date(2026, 6, 30),
        dt.date(2026, 12, 31),
        dt.date(2027, 12, 31),
    )
    per_direction: dict[int, int] = {}
    for index in range(count):
        direction = index % len(DIRECTIONS) + 1
        per_direction[direction] = per_direction.get(direction, 0) + 1
        title, title_en = TITLES[index % len(TITLES)]
        number = f"{direction}.{per_direction[direction]}"
        lead = leads[(index + index // len(DIRECTIONS)) % len(leads)]
        desk.plan.add_measure(
            number,
            f"{title} ({number})",
            lead,
            direction=direction,
            start=dt.date(2024, 1, 1),
            end=ends[index % len(ends)],
            continuous=index % 9 == 8,
            title_en=f"{title_en} ({number})",
            co_executors=[leads[(index + 1) % len(leads)]] if index % 4 == 0 else [],
            expected_result="Təhlükəsizlik səviyyəsinin yüksəldilməsi",
        )
        if index % 3 == 0:
            desk.plan.add_indicator(number, "Əhatə olunmuş sistemlərin payı", "%", 20, 100)


def _progress(desk: Desk) -> None:
    """Reports for 2026-Q2 (most measures) and 2026-Q3 (fewer), as merged from bundles."""
    rows = desk.plan.measure_rows(MeasureFilter())
    institutions = {inst.code: inst.id for inst in desk.plan.institutions()}
    with desk.reading() as session:
        indicators = {
            measure_id: indicator_id
            for indicator_id, measure_id in session.execute(
                select(Indicator.id, Indicator.measure_id)
            )
        }
    with desk.transaction() as session:
        for index, row in enumerate(rows):
            for period, every in (("2026-Q2", 5), ("2026-Q3", 3)):
                if index % every == every - 1:
                    continue  # leave some reports missing
                status = STATUSES[(index + len(period)) % len(STATUSES)]
                percent = {"completed": 100, "not_started": 0}.get(status, 15 + (index * 7) % 80)
                if period == "2026-Q2":
                    percent = percent * 2 // 3
                Recorder(row.lead_code, NodeRole.INSTITUTION, "import", desk.hlc).create(
                    session,
                    ProgressReport,
                    measure_id=row.id,
                    institution_id=institutions[row.lead_code],
                    period=period,
                    status=status,
                    percent=percent,
                    work_done=NARRATIVES[index % len(NARRATIVES)],
                    problems="",
                    indicator_actuals=(
                        {indicators[row.id]: 20 + percent * 0.8} if row.id in indicators else {}
                    ),
                    draft=False,
                    submitted_at=desk.now(),
                    author="import",
                )


def _inspections(desk: Desk) -> tuple[str, ...]:
    service = desk.inspections
    legal = (
        "Azərbaycan Respublikası Prezidentinin 17 aprel 2021-ci il tarixli 1315 nömrəli Fərmanı; "
        "Kritik informasiya infrastrukturunun təhlükəsizliyinin təmin edilməsi qaydaları"
    )
    earlier = service.add(
        "SHEKI",
        reference="KII-2026-001",
        facilities=["Şəhər xidmətləri portalı"],
        kind="scheduled",
        legal_basis=legal,
        start="10.02.2026",
        end="12.02.2026",
        team=["Elnur Hüseynov", "Aygün Qasımova"],
        scope="Veb portalın giriş nəzarəti və jurnallaşdırma tədbirləri.",
        status="report_issued",
    )
    service.add_finding(
        earlier.reference,
        "İnzibatçı hesablarında iki faktorlu autentifikasiya tətbiq edilməyib.",
        "high",
        requirement="GT-2.3",
        corrective_measure="İki faktorlu autentifikasiyanın tətbiqi.",
        deadline="30.04.2026",
    )
    service.add_finding(
        earlier.reference,
        "Jurnallar 30 gündən az saxlanılır.",
        "medium",
        requirement="XT-2.1",
        corrective_measure="Jurnalların ən azı 12 ay saxlanılması.",
        deadline="31.05.2026",
    )

    main = service.add(
        "EHSMN",
        reference="KII-2026-014",
        facilities=["Sosial müdafiə vahid informasiya sistemi", "Ödənişlərin emalı mərkəzi"],
        kind="scheduled",
        legal_basis=legal,
        start="14.07.2026",
        end="18.07.2026",
        team=["Elnur Hüseynov", "Aygün Qasımova", "Rəşad Əliyev"],
        scope="Ümumi və xüsusi tələblərə uyğunluq: giriş nəzarəti, ehtiyat nüsxələr, şəbəkə "
        "seqmentasiyası, hadisələrin monitorinqi.",
        status="completed",
    )
    findings = (
        (
            "SAĞLAMLIQ MƏLUMATLARI ÜÇÜN ÖTÜRMƏ KANALI şifrələnməyib; Şəbəkə seqmentləri arasında "
            "Çıxış nöqtələrinə nəzarət yoxdur.",
            "critical",
            "XT-1.4",
            "Ödənişlərin emalı mərkəzi",
            "Kanalın TLS 1.3 ilə şifrələnməsi və seqmentlər arası filtrləmənin qurulması.",
            "31.07.2026",
            True,
        ),
        (
            "Ehtiyat nüsxələrdən bərpa son 12 ayda sınaqdan keçirilməyib.",
            "high",
            "GT-3.2",
            "Sosial müdafiə vahid informasiya sistemi",
            "Rüblük bərpa sınağı və nəticələrin protokollaşdırılması.",
            "30.09.2026",
            False,
        ),
        (
            "İnformasiya aktivlərinin reyestri natamamdır: 37 serverdən 9-u qeydə alınmayıb.",
            "medium",
            "GT-1.1",
            None,
            "Reyestrin tamamlanması və hər rüb yenilənməsi.",
            "15.08.2026",
            False,
        ),
        (
            "İstifadəçi hesablarının ləğvi prosedurunda gecikmələr var (orta hesabla 11 gün).",
            "low",
            "GT-2.3",
            None,
            "İşdən çıxma ilə eyni gündə hesabın bağlanması.",
            "31.12.2026",
            False,
        ),
    )
    for description, severity, requirement, facility, corrective, deadline, urgent in findings:
        service.add_finding(
            main.reference,
            description,
            severity,
            requirement=requirement,
            facility=facility,
            corrective_measure=corrective,
            deadline=deadline,
            urgent=urgent,
        )
    service.add_note(main.reference, "Açılış görüşü keçirilib; sənədlər təqdim edilib.")

    bank = service.add(
        "MB",
        reference="KII-2026-019",
        facilities=["Banklararası ödəniş sistemi"],
        kind="unscheduled",
        legal_basis=legal,
        start="03.08.2026",
        end="05.08.2026",
        team=["Aygün Qasımova", "Tural Məmmədov"],
        scope="Ödəniş sisteminin hadisələrə cavab hazırlığı.",
        status="report_issued",
    )
    service.add_finding(
        bank.reference,
        "Hadisələrə cavab planında DTX və XRİTDX ilə əlaqə qaydası göstərilməyib.",
        "high",
        requirement="XT-2.1",
        corrective_measure="Planın yenilənməsi və təsdiqi.",
        deadline="01.09.2026",
        urgent=True,
    )
    service.add(
        "RINN",
        reference="KII-2026-025",
        kind="scheduled",
        legal_basis=legal,
        start="12.10.2026",
        team=["Rəşad Əliyev"],
        scope="Planlaşdırılmış yoxlama.",
    )
    return (earlier.reference, main.reference, bank.reference)
