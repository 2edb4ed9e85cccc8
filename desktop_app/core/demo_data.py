"""The demo data set: a realistic year of the strategy's monitoring and of CII inspections.

Content is plain data (institutions, facilities, the strategy with 5 directions and 60 measures,
the requirement catalog, 10 inspections with their notes, findings and follow-up). ``story()``
turns it into a dated script of steps: work that ONE node does through its own desk's services,
and carries (bundles taken from one node to others). The exchange layer plays the script
(``desktop_app.exchange.demo``), so the coordinator's store is built through real bundles; this
module never touches the ORM or the exchange.

Everything is deterministic: narratives are picked by ``random.Random`` seeded per item, and
timestamps come from a ``StoryClock`` that stands at each step's moment (Baku time).
"""

from __future__ import annotations

import datetime as dt
import io
import random
import struct
import textwrap
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from desktop_app.core.hlc import Clock
from desktop_app.core.models import (
    EvaluationResult,
    FindingStatus,
    InspectionKind,
    InspectionStatus,
    InstitutionKind,
    ProgressStatus,
    RequirementCategory,
    Severity,
)
from desktop_app.core.validation import period_end
from desktop_app.errors import DeskError
from desktop_app.resources import resource_path

if TYPE_CHECKING:
    from desktop_app.core.desk import Desk

SEED = "infosec-desk-demo-2026"
BAKU = dt.timezone(dt.timedelta(hours=4))
PERIODS = ("2025-H2", "2026-Q1", "2026-Q2", "2026-Q3")
# When each period's reports are written, and when the coordinator evaluates them.
REPORT_DAY = {
    "2025-H2": "2026-01-15 11:00",
    "2026-Q1": "2026-04-10 11:00",
    "2026-Q2": "2026-07-10 11:00",
    "2026-Q3": "2026-10-10 11:00",
}
EVALUATION_DAY = {
    "2025-H2": "2026-01-26 10:00",
    "2026-Q1": "2026-04-17 10:00",
    "2026-Q2": "2026-07-20 10:00",
    "2026-Q3": "2026-10-22 10:00",
}
# Share of a period's submitted reports that the coordinator has evaluated by the end.
EVALUATED_SHARE = {"2025-H2": 0.9, "2026-Q1": 0.9, "2026-Q2": 0.85, "2026-Q3": 0.5}
STRATEGY_START = dt.date(2023, 8, 28)
STRATEGY_END = dt.date(2027, 12, 31)
MARKING = "Xidməti istifadə üçün"


def at(text: str) -> dt.datetime:
    """A Baku wall-clock moment, ``2026-01-15 11:00``."""
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=BAKU)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _rng(*parts: object) -> random.Random:
    # A string seed is hashed with SHA-512 by random, so it is stable across runs and machines.
    return random.Random(":".join([SEED, *map(str, parts)]))


# ---------------------------------------------------------------------------------------------
# Nodes and institutions


@dataclass(frozen=True)
class Body:
    """An institution of the action plan; ``user`` names its local user when it has a workspace
    of its own in the demo."""

    code: str
    name: str
    name_en: str
    kind: str
    user: str = ""


@dataclass(frozen=True)
class TeamNode:
    code: str
    name: str
    name_en: str
    user: str


COORDINATOR = Body(
    "XRITDX",
    "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti",
    "Special Communication and Information Security State Service",
    InstitutionKind.COORDINATING_BODY.value,
    user="r.memmedov",
)
RINN, EESMN, AMB, AZERENERJI, METRO, DGK = "RINN", "EESMN", "AMB", "AZERENERJI", "METRO", "DGK"
WORKSPACE_BODIES = (
    Body(
        RINN,
        "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi",
        "Ministry of Digital Development and Transport",
        InstitutionKind.MINISTRY.value,
        user="a.quliyev",
    ),
    Body(
        EESMN,
        "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi",
        "Ministry of Labour and Social Protection of Population",
        InstitutionKind.MINISTRY.value,
        user="s.kerimova",
    ),
    Body(
        AMB,
        "Azərbaycan Respublikasının Mərkəzi Bankı",
        "Central Bank of the Republic of Azerbaijan",
        InstitutionKind.AGENCY.value,
        user="n.rzayev",
    ),
    Body(
        AZERENERJI,
        "Azərenerji ASC",
        "Azerenerji OJSC",
        InstitutionKind.CII_OPERATOR.value,
        user="e.abbasov",
    ),
    Body(
        METRO,
        "Bakı Metropoliteni QSC",
        "Baku Metro CJSC",
        InstitutionKind.CII_OPERATOR.value,
        user="t.sadiqova",
    ),
    Body(
        DGK,
        "Dövlət Gömrük Komitəsi",
        "State Customs Committee",
        InstitutionKind.AGENCY.value,
        user="f.nesirov",
    ),
)
# In the plan as leads or co-executors, without a desk of their own in the demo.
OTHER_BODIES = (
    Body(
        "DTX",
        "Dövlət Təhlükəsizliyi Xidməti",
        "State Security Service",
        InstitutionKind.AGENCY.value,
    ),
    Body(
        "ETN",
        "Elm və Təhsil Nazirliyi",
        "Ministry of Science and Education",
        InstitutionKind.MINISTRY.value,
    ),
    Body("ADLN", "Ədliyyə Nazirliyi", "Ministry of Justice", InstitutionKind.MINISTRY.value),
    Body(
        "XIN",
        "Xarici İşlər Nazirliyi",
        "Ministry of Foreign Affairs",
        InstitutionKind.MINISTRY.value,
    ),
    Body(
        "DIN",
        "Daxili İşlər Nazirliyi",
        "Ministry of Internal Affairs",
        InstitutionKind.MINISTRY.value,
    ),
)
TEAM = TeamNode(
    "YQ-1",
    "XRİTDX və DTX-nin birgə yoxlama qrupu №1",
    "Joint SCIS-SSS inspection team No. 1",
    user="o.ismayilov",
)
INSTITUTION_CODES = tuple(body.code for body in WORKSPACE_BODIES)
BODIES = {body.code: body for body in (COORDINATOR, *WORKSPACE_BODIES, *OTHER_BODIES)}
REPORTING_NODES = (COORDINATOR.code, *INSTITUTION_CODES)


@dataclass(frozen=True)
class FacilitySpec:
    institution: str
    name: str
    category: str
    criticality: str


FACILITIES = (
    FacilitySpec(RINN, "Elektron Hökumət Portalı (e-gov.az)", "Dövlət informasiya sistemi", "I"),
    FacilitySpec(
        RINN,
        "Elektron Hökumət İnformasiya Sisteminin məlumat mübadiləsi şlüzü",
        "Dövlət informasiya sistemi",
        "I",
    ),
    FacilitySpec(RINN, "Milli Məlumat Mərkəzinin bulud platforması", "Məlumat mərkəzi", "II"),
    FacilitySpec(
        EESMN,
        "«Əmək» mərkəzləşdirilmiş elektron informasiya sistemi",
        "Dövlət informasiya sistemi",
        "II",
    ),
    FacilitySpec(EESMN, "e-sosial portalı", "Dövlət informasiya sistemi", "II"),
    FacilitySpec(
        EESMN, "DOST mərkəzlərinin vahid məlumat bazası", "Dövlət informasiya sistemi", "III"
    ),
    FacilitySpec(
        AMB,
        "Real Vaxt Rejimində Banklararası Hesablaşmalar Sistemi (AZİPS)",
        "Ödəniş sistemi",
        "I",
    ),
    FacilitySpec(AMB, "Ani Ödənişlər Sistemi (AÖS)", "Ödəniş sistemi", "I"),
    FacilitySpec(
        AMB, "Xırda Ödənişlər üzrə Hesablaşma Klirinq Sistemi (XÖHKS)", "Ödəniş sistemi", "II"
    ),
    FacilitySpec(
        AZERENERJI,
        "Mərkəzi Dispetçer İdarəsinin SCADA/EMS sistemi",
        "Enerji: şəbəkənin idarə edilməsi",
        "I",
    ),
    FacilitySpec(
        AZERENERJI,
        "Azərbaycan İES-in proseslərin avtomatlaşdırılmış idarəetmə sistemi",
        "Enerji: istehsal",
        "I",
    ),
    FacilitySpec(
        AZERENERJI, "Şimal-2 ES-in paylanmış idarəetmə sistemi (DCS)", "Enerji: istehsal", "II"
    ),
    FacilitySpec(
        METRO,
        "Qatarların hərəkətinin idarə edilməsi sistemi (CBTC)",
        "Nəqliyyat: siqnalizasiya",
        "I",
    ),
    FacilitySpec(
        METRO, "Elektrik təchizatının telemexanika sistemi", "Nəqliyyat: enerji təchizatı", "II"
    ),
    FacilitySpec(METRO, "BakıKart gediş haqqı ödəniş sistemi", "Nəqliyyat: ödəniş", "II"),
    FacilitySpec(
        DGK,
        "Gömrük orqanlarının vahid avtomatlaşdırılmış informasiya sistemi (VAİS)",
        "Dövlət informasiya sistemi",
        "I",
    ),
    FacilitySpec(DGK, "Elektron gömrük bəyannaməsi portalı", "Dövlət informasiya sistemi", "II"),
    FacilitySpec(
        DGK, "Sərhəd buraxılış məntəqələrinin rentgen-skan şəbəkəsi", "Sərhəd nəzarəti", "II"
    ),
)

# ---------------------------------------------------------------------------------------------
# The strategy, its directions and measures

STRATEGY_TITLE = (
    "Azərbaycan Respublikasının 2023–2027-ci illər üçün informasiya təhlükəsizliyi və "
    "kibertəhlükəsizlik strategiyası"
)
STRATEGY_TITLE_EN = (
    "Information Security and Cybersecurity Strategy of the Republic of Azerbaijan for 2023-2027"
)
STRATEGY_ACT = "Azərbaycan Respublikası Prezidentinin 28 avqust 2023-cü il tarixli Fərmanı"

DIRECTIONS = (
    (
        1,
        "İnformasiya təhlükəsizliyi və kibertəhlükəsizlik sahəsində normativ hüquqi bazanın və "
        "idarəetmənin təkmilləşdirilməsi",
        "Improving the legal and regulatory framework and the governance of information security "
        "and cybersecurity",
    ),
    (
        2,
        "Kritik informasiya infrastrukturunun təhlükəsizliyinin və dayanıqlığının təmin edilməsi",
        "Ensuring the security and resilience of critical information infrastructure",
    ),
    (
        3,
        "Kiberhadisələrin aşkarlanması, onlara cavab verilməsi və milli imkanların gücləndirilməsi",
        "Detecting and responding to cyber incidents and strengthening national capabilities",
    ),
    (
        4,
        "İnsan kapitalının inkişafı, kibertəhlükəsizlik mədəniyyətinin formalaşdırılması və "
        "elmi-tədqiqat fəaliyyəti",
        "Developing human capital, building a cybersecurity culture and supporting research",
    ),
    (
        5,
        "Beynəlxalq əməkdaşlığın və dövlət-özəl tərəfdaşlığının genişləndirilməsi",
        "Expanding international cooperation and public-private partnership",
    ),
)

# How a measure fares over the reporting periods: "on" finishes on time (or runs on), "late"
# falls behind and passes its end date unfinished, "wait" has not started, "cancel" is dropped,
# "idle" has no reports (its lead has no desk in the demo).
PROFILES = ("on", "late", "wait", "cancel", "idle")


@dataclass(frozen=True)
class IndicatorSpec:
    name: str
    unit: str
    baseline: float
    target: float


@dataclass(frozen=True)
class MeasureSpec:
    number: str
    title: str
    title_en: str
    lead: str
    co_executors: tuple[str, ...]
    start: dt.date
    end: dt.date | None  # None: continuous
    expected_result: str
    profile: str
    indicator: IndicatorSpec | None = None

    @property
    def direction(self) -> int:
        return int(self.number.split(".")[0])


def _m(
    number: str,
    title: str,
    title_en: str,
    lead: str,
    co: Sequence[str],
    start: str,
    end: str | None,
    result: str,
    profile: str,
    indicator: tuple[str, str, float, float] | None = None,
) -> MeasureSpec:
    return MeasureSpec(
        number,
        title,
        title_en,
        lead,
        tuple(co),
        day(start),
        day(end) if end else None,
        result,
        profile,
        IndicatorSpec(*indicator) if indicator else None,
    )


MEASURES = (
    # 1. Legal framework and governance
    _m(
        "1.1.1",
        "«İnformasiya təhlükəsizliyi haqqında» Azərbaycan Respublikası Qanununun layihəsinin "
        "hazırlanması",
        "Drafting the Law of the Republic of Azerbaijan on Information Security",
        "XRITDX",
        ("ADLN", "DTX", RINN),
        "2023-10-01",
        "2025-06-30",
        "Qanun layihəsi Nazirlər Kabinetinə təqdim edilmişdir",
        "late",
    ),
    _m(
        "1.1.2",
        "Kritik informasiya infrastrukturu obyektlərinin kateqoriyalaşdırılması Qaydalarının "
        "təsdiq edilməsi",
        "Approving the Rules for categorising critical information infrastructure facilities",
        "XRITDX",
        ("DTX", RINN),
        "2023-10-01",
        "2024-12-31",
        "Qaydalar təsdiq edilmiş, KİI obyektləri üç kateqoriya üzrə təsnif olunmuşdur",
        "on",
    ),
    _m(
        "1.1.3",
        "Kiberhadisələr barədə məlumatlandırma qaydasının və müddətlərinin müəyyən edilməsi",
        "Setting the procedure and time limits for reporting cyber incidents",
        "XRITDX",
        ("DTX", "DIN"),
        "2024-01-01",
        "2025-12-31",
        "Məlumatlandırma qaydası təsdiq edilmiş və bütün KİI subyektlərinə çatdırılmışdır",
        "late",
    ),
    _m(
        "1.1.4",
        "Dövlət orqanları üçün informasiya təhlükəsizliyi siyasətinin nümunəvi formasının "
        "hazırlanması",
        "Preparing a model information security policy for state bodies",
        "XRITDX",
        (RINN,),
        "2024-01-01",
        "2024-12-31",
        "Nümunəvi siyasət dövlət orqanlarına tövsiyə edilmişdir",
        "on",
    ),
    _m(
        "1.2.1",
        "Dövlət orqanlarında informasiya təhlükəsizliyinə məsul şəxslərin (CISO) təyin edilməsi",
        "Appointing chief information security officers (CISO) in state bodies",
        RINN,
        (EESMN, DGK),
        "2024-01-01",
        "2025-06-30",
        "Mərkəzi icra hakimiyyəti orqanlarının hamısında məsul şəxs təyin edilmişdir",
        "on",
        ("CISO təyin edilmiş dövlət orqanlarının payı", "%", 35, 100),
    ),
    _m(
        "1.2.2",
        "Əmək və sosial müdafiə sahəsində informasiya sistemlərinə dair daxili aktların "
        "təhlükəsizlik tələblərinə uyğunlaşdırılması",
        "Aligning the internal acts on labour and social protection information systems with "
        "security requirements",
        EESMN,
        (),
        "2024-04-01",
        "2026-06-30",
        "Daxili aktlar yenilənərək nazirliyin kollegiyasında təsdiq edilmişdir",
        "late",
        ("Yenilənmiş daxili aktların sayı", "ədəd", 0, 14),
    ),
    _m(
        "1.2.3",
        "Maliyyə sektoru üçün kiber dayanıqlıq üzrə tənzimləyici tələblərin qəbul edilməsi",
        "Adopting cyber-resilience regulatory requirements for the financial sector",
        AMB,
        ("XRITDX",),
        "2024-01-01",
        "2025-12-31",
        "Banklar üçün kiber dayanıqlıq tələbləri qüvvəyə minmişdir",
        "on",
    ),
    _m(
        "1.2.4",
        "Gömrük informasiya sistemlərinə giriş hüquqlarının idarə edilməsi qaydasının yenilənməsi",
        "Updating the access rights management procedure for customs information systems",
        DGK,
        (),
        "2025-01-01",
        "2026-12-31",
        "Rol əsaslı giriş modeli bütün gömrük orqanlarında tətbiq edilmişdir",
        "on",
        ("Rol əsaslı girişə keçirilmiş istifadəçilərin payı", "%", 20, 100),
    ),
    _m(
        "1.3.1",
        "Strategiyanın icrasının monitorinqi və qiymətləndirilməsi üçün vahid informasiya "
        "resursunun yaradılması",
        "Creating a single information resource to monitor and evaluate the implementation of "
        "the Strategy",
        "XRITDX",
        (RINN,),
        "2024-07-01",
        "2026-12-31",
        "İcraçı qurumlar hesabatları vahid resurs vasitəsilə təqdim edir",
        "on",
        ("Resursa qoşulmuş icraçı qurumların sayı", "ədəd", 0, 40),
    ),
    _m(
        "1.3.2",
        "İnformasiya Təhlükəsizliyi üzrə Əlaqələndirmə Komissiyasının işçi qruplarının "
        "fəaliyyətinin təşkili",
        "Organising the work of the Coordination Commission's working groups",
        "XRITDX",
        INSTITUTION_CODES,
        "2023-10-01",
        None,
        "İşçi qrupları rübdə ən azı bir dəfə toplanır",
        "on",
    ),
    _m(
        "1.3.3",
        "Dövlət satınalmalarında İKT məhsulları üçün kibertəhlükəsizlik tələblərinin tətbiqi",
        "Applying cybersecurity requirements to ICT products in public procurement",
        RINN,
        ("XRITDX",),
        "2025-01-01",
        "2026-06-30",
        "Satınalma sənədlərinə kibertəhlükəsizlik tələbləri daxil edilmişdir",
        "late",
    ),
    _m(
        "1.3.4",
        "Şəxsi məlumatların qorunması sahəsində qanunvericiliyin Avropa standartlarına "
        "uyğunlaşdırılması",
        "Aligning personal data protection legislation with European standards",
        "ADLN",
        (RINN, "XRITDX"),
        "2024-01-01",
        "2027-12-31",
        "Qanunvericiliyə dəyişikliklər layihəsi hazırlanmışdır",
        "idle",
    ),
    # 2. Critical information infrastructure
    _m(
        "2.1.1",
        "Kritik informasiya infrastrukturu obyektlərinin milli reyestrinin yaradılması",
        "Establishing the national register of critical information infrastructure facilities",
        "XRITDX",
        ("DTX",),
        "2023-10-01",
        "2025-03-31",
        "Reyestr yaradılmış, KİI subyektləri öz obyektlərini reyestrə daxil etmişdir",
        "on",
        ("Reyestrə daxil edilmiş KİI obyektlərinin sayı", "ədəd", 0, 180),
    ),
    _m(
        "2.1.2",
        "Dövlət informasiya sistemlərinin aktivlərinin inventarlaşdırılması",
        "Inventorying the assets of state information systems",
        RINN,
        (EESMN, DGK),
        "2024-01-01",
        "2025-12-31",
        "Aktivlər reyestri yaradılmış və rüblük yenilənir",
        "on",
        ("İnventarlaşdırılmış informasiya sistemlərinin payı", "%", 10, 100),
    ),
    _m(
        "2.1.3",
        "Enerji sektorunda sənaye idarəetmə sistemlərinin (ICS/SCADA) risklərinin "
        "qiymətləndirilməsi",
        "Risk assessment of industrial control systems (ICS/SCADA) in the energy sector",
        AZERENERJI,
        ("XRITDX",),
        "2024-04-01",
        "2025-12-31",
        "Bütün elektrik stansiyaları üzrə risk reyestri hazırlanmışdır",
        "late",
        ("Risk qiymətləndirilməsi aparılmış stansiyaların sayı", "ədəd", 0, 24),
    ),
    _m(
        "2.1.4",
        "Nəqliyyat sektorunda kritik idarəetmə sistemlərinin təhlükəsizlik auditinin keçirilməsi",
        "Security audit of critical control systems in the transport sector",
        METRO,
        (RINN,),
        "2025-01-01",
        "2026-06-30",
        "Audit hesabatı və düzəldici tədbirlər planı təsdiq edilmişdir",
        "on",
    ),
    _m(
        "2.2.1",
        "Ödəniş sistemlərində çoxfaktorlu autentifikasiyanın tətbiqi",
        "Introducing multi-factor authentication in payment systems",
        AMB,
        (),
        "2024-07-01",
        "2025-12-31",
        "Ödəniş sistemlərinin bütün imtiyazlı istifadəçiləri MFA ilə daxil olur",
        "on",
        ("MFA tətbiq edilmiş imtiyazlı hesabların payı", "%", 40, 100),
    ),
    _m(
        "2.2.2",
        "SCADA şəbəkələrinin korporativ şəbəkədən seqmentasiyası",
        "Segmenting SCADA networks from the corporate network",
        AZERENERJI,
        (),
        "2025-01-01",
        "2026-06-30",
        "SCADA şəbəkələri DMZ vasitəsilə ayrılmış, internetə birbaşa çıxış bağlanmışdır",
        "late",
        ("Seqmentasiya edilmiş obyektlərin sayı", "ədəd", 2, 24),
    ),
    _m(
        "2.2.3",
        "CBTC siqnalizasiya sisteminə təhlükəsiz uzaqdan texniki xidmət rejiminin tətbiqi",
        "Introducing secure remote maintenance for the CBTC signalling system",
        METRO,
        ("XRITDX",),
        "2025-04-01",
        "2026-12-31",
        "Podratçıların girişi yalnız nəzarətli kanal vasitəsilə həyata keçirilir",
        "on",
    ),
    _m(
        "2.2.4",
        "Gömrük məlumat mərkəzində ehtiyat nüsxələrin şifrələnməsi",
        "Encrypting backups in the customs data centre",
        DGK,
        (),
        "2025-01-01",
        "2025-12-31",
        "Bütün ehtiyat nüsxələr şifrələnmiş halda saxlanılır",
        "on",
    ),
    _m(
        "2.3.1",
        "Ehtiyat məlumat mərkəzinin yaradılması və fəlakətdən bərpa planlarının sınaqdan "
        "keçirilməsi",
        "Setting up a backup data centre and testing disaster recovery plans",
        RINN,
        (AMB,),
        "2024-01-01",
        "2026-12-31",
        "Ehtiyat məlumat mərkəzi istismara verilmiş, bərpa planları sınaqdan keçirilmişdir",
        "on",
        ("Ehtiyat mərkəzə köçürülmüş kritik sistemlərin sayı", "ədəd", 0, 30),
    ),
    _m(
        "2.3.2",
        "Sosial ödənişlər sisteminin fasiləsiz fəaliyyət planının hazırlanması",
        "Business continuity plan for the social payments system",
        EESMN,
        (),
        "2025-01-01",
        "2026-03-31",
        "Fasiləsiz fəaliyyət planı təsdiq edilmiş və sınaqdan keçirilmişdir",
        "late",
    ),
    _m(
        "2.3.3",
        "Elektrik təchizatında kəsilmələr zamanı kritik sistemlərin dayanıqlığının təmin edilməsi",
        "Keeping critical systems resilient during power outages",
        AZERENERJI,
        (METRO,),
        "2025-07-01",
        "2027-06-30",
        "Kritik sistemlər ehtiyat enerji mənbələri ilə təmin edilmişdir",
        "on",
    ),
    _m(
        "2.3.4",
        "Kritik informasiya infrastrukturu subyektlərinin illik uyğunluq yoxlamalarının aparılması",
        "Annual compliance inspections of critical information infrastructure entities",
        "XRITDX",
        ("DTX",),
        "2023-10-01",
        None,
        "Hər il yoxlama planı icra edilir, nəticələr Komissiyaya təqdim olunur",
        "on",
        ("İl ərzində yoxlanılmış KİI subyektlərinin sayı", "ədəd", 4, 12),
    ),
    # 3. Incident detection and response
    _m(
        "3.1.1",
        "Milli kompüter insidentlərinə cavab komandasının (CERT) imkanlarının genişləndirilməsi",
        "Expanding the capabilities of the national computer emergency response team (CERT)",
        "XRITDX",
        ("DTX",),
        "2023-10-01",
        "2026-12-31",
        "CERT 24/7 rejimində fəaliyyət göstərir",
        "on",
        ("CERT-in analitiklərinin sayı", "nəfər", 12, 30),
    ),
    _m(
        "3.1.2",
        "Maliyyə sektoru üzrə sektoral kiberhadisələrə cavab komandasının (CSIRT) yaradılması",
        "Setting up a computer security incident response team (CSIRT) for the financial sector",
        AMB,
        ("XRITDX",),
        "2024-01-01",
        "2025-12-31",
        "Maliyyə sektoru CSIRT-i fəaliyyətə başlamışdır",
        "on",
    ),
    _m(
        "3.1.3",
        "Enerji sektoru üzrə təhlükəsizlik əməliyyatları mərkəzinin (SOC) yaradılması",
        "Setting up a security operations centre (SOC) for the energy sector",
        AZERENERJI,
        ("XRITDX",),
        "2025-01-01",
        "2026-12-31",
        "SOC stansiyaların və şəbəkənin hadisələrini mərkəzləşdirilmiş qaydada izləyir",
        "on",
        ("SOC-a qoşulmuş obyektlərin sayı", "ədəd", 0, 20),
    ),
    _m(
        "3.1.4",
        "Dövlət orqanlarında təhlükəsizlik hadisələrinin mərkəzləşdirilmiş monitorinqinin "
        "(SIEM) tətbiqi",
        "Centralised security event monitoring (SIEM) in state bodies",
        RINN,
        ("XRITDX", DGK, EESMN),
        "2024-07-01",
        "2026-06-30",
        "Mərkəzi icra hakimiyyəti orqanlarının jurnalları SIEM-ə ötürülür",
        "late",
        ("SIEM-ə qoşulmuş dövlət orqanlarının sayı", "ədəd", 3, 45),
    ),
    _m(
        "3.2.1",
        "Kibertəhdidlər barədə məlumat mübadiləsi platformasının (MISP) istifadəyə verilməsi",
        "Launching a threat information sharing platform (MISP)",
        "XRITDX",
        (AMB, RINN),
        "2024-04-01",
        "2025-09-30",
        "Platforma istifadəyə verilmiş, KİI subyektləri qoşulmuşdur",
        "on",
        ("Platformaya qoşulmuş təşkilatların sayı", "ədəd", 0, 60),
    ),
    _m(
        "3.2.2",
        "Milli kiber təlimlərin illik keçirilməsi",
        "Holding the annual national cyber drill",
        "XRITDX",
        INSTITUTION_CODES,
        "2023-10-01",
        None,
        "Hər il milli kiber təlim keçirilir və nəticələri təhlil edilir",
        "on",
    ),
    _m(
        "3.2.3",
        "Fişinq hücumlarının aşkarlanması və bloklanması mexanizminin yaradılması",
        "A mechanism to detect and block phishing attacks",
        RINN,
        ("DIN",),
        "2025-01-01",
        "2025-12-31",
        "Fişinq domenləri mərkəzləşdirilmiş qaydada aşkarlanır və bloklanır",
        "late",
        ("Bloklanmış fişinq domenlərinin sayı", "ədəd", 0, 1500),
    ),
    _m(
        "3.2.4",
        "Gömrük orqanlarında iş stansiyalarının mərkəzləşdirilmiş mühafizəsinin (EDR) tətbiqi",
        "Centralised endpoint detection and response (EDR) across customs bodies",
        DGK,
        (),
        "2025-04-01",
        "2026-09-30",
        "Bütün iş stansiyaları və serverlər EDR ilə qorunur",
        "late",
        ("EDR quraşdırılmış iş stansiyalarının payı", "%", 15, 100),
    ),
    _m(
        "3.3.1",
        "Kibercinayətlərin araşdırılması üçün rəqəmsal kriminalistika laboratoriyasının "
        "yaradılması",
        "A digital forensics laboratory for investigating cybercrime",
        "DIN",
        ("XRITDX",),
        "2024-01-01",
        "2026-12-31",
        "Laboratoriya akkreditasiyadan keçmiş və fəaliyyətə başlamışdır",
        "idle",
    ),
    _m(
        "3.3.2",
        "Metropolitenin əməliyyat texnologiyaları şəbəkəsində anomaliyaların aşkarlanması "
        "sisteminin qurulması",
        "Anomaly detection for the metro's operational technology network",
        METRO,
        (),
        "2025-07-01",
        "2026-12-31",
        "OT şəbəkəsinin trafiki davamlı təhlil edilir",
        "on",
    ),
    _m(
        "3.3.3",
        "Sosial müdafiə sistemlərində kiberhadisələrə cavab planının sınaqdan keçirilməsi",
        "Testing the incident response plan for social protection systems",
        EESMN,
        ("XRITDX",),
        "2025-01-01",
        "2025-12-31",
        "Plan masaüstü təlimlə sınaqdan keçirilmiş və yenilənmişdir",
        "on",
    ),
    _m(
        "3.3.4",
        "Kiberhadisələr üzrə vahid statistik hesabatlılığın tətbiqi",
        "Unified statistical reporting of cyber incidents",
        "XRITDX",
        ("DTX", "DIN"),
        "2026-01-01",
        "2027-06-30",
        "Kiberhadisələr üzrə rüblük statistik hesabat dərc edilir",
        "on",
    ),
    # 4. Human capital, awareness and research
    _m(
        "4.1.1",
        "Dövlət qulluqçuları üçün kibergigiyena üzrə məcburi təlim proqramının tətbiqi",
        "A mandatory cyber-hygiene training programme for civil servants",
        "XRITDX",
        (RINN, EESMN),
        "2024-01-01",
        "2026-12-31",
        "Dövlət qulluqçularının əksəriyyəti təlim keçmişdir",
        "on",
        ("Təlim keçmiş dövlət qulluqçularının sayı", "nəfər", 1200, 25000),
    ),
    _m(
        "4.1.2",
        "Ali təhsil müəssisələrində kibertəhlükəsizlik üzrə bakalavr və magistr proqramlarının "
        "genişləndirilməsi",
        "Expanding bachelor's and master's programmes in cybersecurity at universities",
        "ETN",
        ("XRITDX",),
        "2023-10-01",
        "2027-12-31",
        "Kibertəhlükəsizlik ixtisası üzrə qəbul planı iki dəfə artırılmışdır",
        "idle",
    ),
    _m(
        "4.1.3",
        "Mərkəzi Bankda və banklarda kibertəhlükəsizlik üzrə peşəkar sertifikatlaşdırma proqramı",
        "Professional cybersecurity certification programme for the Central Bank and banks",
        AMB,
        (),
        "2024-07-01",
        "2026-06-30",
        "Mütəxəssislər beynəlxalq sertifikatlar almışdır",
        "on",
        ("Sertifikat almış mütəxəssislərin sayı", "nəfər", 15, 120),
    ),
    _m(
        "4.1.4",
        "Enerji sektorunun mühəndisləri üçün sənaye idarəetmə sistemlərinin təhlükəsizliyi üzrə "
        "ixtisasartırma kursları",
        "Industrial control system security courses for energy sector engineers",
        AZERENERJI,
        ("ETN",),
        "2025-01-01",
        "2026-12-31",
        "Stansiyaların mühəndisləri ixtisasartırma kursu keçmişdir",
        "on",
        ("Kurs keçmiş mühəndislərin sayı", "nəfər", 0, 300),
    ),
    _m(
        "4.2.1",
        "Əhali arasında kibertəhlükəsizlik üzrə milli maarifləndirmə kampaniyasının keçirilməsi",
        "National cybersecurity awareness campaign for the public",
        RINN,
        ("XRITDX", "ETN"),
        "2024-01-01",
        None,
        "Kampaniya televiziya, sosial şəbəkələr və məktəblər vasitəsilə aparılır",
        "on",
        ("Kampaniyanın əhatə etdiyi şəxslərin sayı", "min nəfər", 150, 2500),
    ),
    _m(
        "4.2.2",
        "Yaşlılar və sosial həssas qruplar üçün onlayn fırıldaqçılığa qarşı maarifləndirmə "
        "materiallarının hazırlanması",
        "Awareness materials against online fraud for the elderly and vulnerable groups",
        EESMN,
        (AMB,),
        "2025-01-01",
        "2025-12-31",
        "Materiallar DOST mərkəzlərində yayılmışdır",
        "cancel",
    ),
    _m(
        "4.2.3",
        "Metro sərnişinləri arasında ictimai Wi-Fi şəbəkələrinin təhlükəsiz istifadəsi üzrə "
        "maarifləndirmə",
        "Public Wi-Fi safety awareness among metro passengers",
        METRO,
        (RINN,),
        "2025-04-01",
        "2025-12-31",
        "Stansiyalarda və qatarlarda maarifləndirici materiallar yerləşdirilmişdir",
        "on",
    ),
    _m(
        "4.2.4",
        "Məktəblilər üçün «Təhlükəsiz internet» dərslərinin tədris planına daxil edilməsi",
        "Including 'Safe Internet' lessons in the school curriculum",
        "ETN",
        (RINN,),
        "2024-09-01",
        "2026-06-30",
        "Dərslər ümumtəhsil məktəblərinin tədris planına daxil edilmişdir",
        "idle",
    ),
    _m(
        "4.3.1",
        "Kriptoqrafiya və kibertəhlükəsizlik üzrə elmi-tədqiqat qrant müsabiqəsinin keçirilməsi",
        "A research grant competition in cryptography and cybersecurity",
        "ETN",
        ("XRITDX",),
        "2025-01-01",
        "2027-12-31",
        "Ən azı 10 tədqiqat layihəsi maliyyələşdirilmişdir",
        "idle",
    ),
    _m(
        "4.3.2",
        "Milli kriptoqrafik standartların və postkvant kriptoqrafiyaya keçid yol xəritəsinin "
        "hazırlanması",
        "Roadmap for national cryptographic standards and migration to post-quantum cryptography",
        "XRITDX",
        (AMB,),
        "2025-07-01",
        "2027-06-30",
        "Yol xəritəsi Komissiya tərəfindən təsdiq edilmişdir",
        "on",
    ),
    _m(
        "4.3.3",
        "Gömrük əməkdaşları üçün sosial mühəndislik hücumlarına qarşı simulyasiya təlimləri",
        "Social engineering simulation exercises for customs staff",
        DGK,
        (),
        "2025-01-01",
        "2026-12-31",
        "Fişinq simulyasiyalarında uğursuzluq payı 5%-dən aşağı düşmüşdür",
        "on",
        ("Simulyasiyada saxta keçidi açan əməkdaşların payı", "%", 31, 5),
    ),
    _m(
        "4.3.4",
        "Gənc kibertəhlükəsizlik mütəxəssisləri üçün təcrübə proqramının yaradılması",
        "An internship programme for young cybersecurity professionals",
        "XRITDX",
        (RINN, AMB),
        "2026-01-01",
        "2027-12-31",
        "Hər il ən azı 50 gənc mütəxəssis təcrübə keçir",
        "wait",
    ),
    # 5. International cooperation and public-private partnership
    _m(
        "5.1.1",
        "Avropa Şurasının Kibercinayətkarlıq haqqında Konvensiyası üzrə öhdəliklərin icrası",
        "Implementing obligations under the Council of Europe Convention on Cybercrime",
        "ADLN",
        ("DIN", "XIN"),
        "2023-10-01",
        None,
        "Konvensiya üzrə illik hesabatlar vaxtında təqdim edilir",
        "idle",
    ),
    _m(
        "5.1.2",
        "Beynəlxalq Telekommunikasiya İttifaqının Qlobal Kibertəhlükəsizlik İndeksində "
        "Azərbaycanın mövqeyinin yaxşılaşdırılması",
        "Improving Azerbaijan's standing in the ITU Global Cybersecurity Index",
        "XRITDX",
        (RINN, "XIN"),
        "2024-01-01",
        "2027-12-31",
        "İndeksin bütün sütunları üzrə bal artmışdır",
        "on",
        ("Qlobal Kibertəhlükəsizlik İndeksində ümumi bal", "bal", 89.31, 95),
    ),
    _m(
        "5.1.3",
        "FIRST və Trusted Introducer beynəlxalq təşkilatlarına üzvlük",
        "Membership in FIRST and Trusted Introducer",
        "XRITDX",
        (),
        "2024-01-01",
        "2025-06-30",
        "Milli CERT hər iki təşkilatın üzvüdür",
        "on",
    ),
    _m(
        "5.1.4",
        "Qonşu ölkələrin CERT komandaları ilə anlaşma memorandumlarının imzalanması",
        "Memoranda of understanding with the CERT teams of neighbouring countries",
        "XIN",
        ("XRITDX",),
        "2024-01-01",
        "2026-12-31",
        "Ən azı 5 memorandum imzalanmışdır",
        "idle",
    ),
    _m(
        "5.2.1",
        "Dövlət-özəl tərəfdaşlığı çərçivəsində Kibertəhlükəsizlik Şurasının yaradılması",
        "Setting up a Cybersecurity Council as a public-private partnership",
        RINN,
        ("XRITDX", AMB),
        "2024-07-01",
        "2025-12-31",
        "Şura yaradılmış, özəl sektorun nümayəndələri daxil edilmişdir",
        "late",
    ),
    _m(
        "5.2.2",
        "Banklar arasında kibertəhdidlər barədə məlumat mübadiləsi mexanizminin yaradılması",
        "Threat information sharing among banks",
        AMB,
        ("XRITDX",),
        "2025-01-01",
        "2026-06-30",
        "Bütün banklar mexanizmə qoşulmuşdur",
        "on",
        ("Mexanizmə qoşulmuş bankların sayı", "ədəd", 0, 22),
    ),
    _m(
        "5.2.3",
        "Yerli kibertəhlükəsizlik məhsullarının sertifikatlaşdırılması sisteminin yaradılması",
        "A certification scheme for domestic cybersecurity products",
        "XRITDX",
        (RINN,),
        "2025-01-01",
        "2027-06-30",
        "Sertifikatlaşdırma qaydaları təsdiq edilmiş, ilk məhsullar sertifikat almışdır",
        "on",
    ),
    _m(
        "5.2.4",
        "Tərəfdaş ölkələrin gömrük xidmətləri ilə elektron məlumat mübadiləsinin "
        "təhlükəsizliyinin təmin edilməsi",
        "Securing electronic data exchange with partner countries' customs services",
        DGK,
        ("XIN",),
        "2024-07-01",
        "2026-12-31",
        "Mübadilə kanalları şifrələnmiş və qarşılıqlı autentifikasiya ilə qorunur",
        "on",
    ),
    _m(
        "5.3.1",
        "Enerji sektorunda beynəlxalq tərəfdaşlarla birgə kiber təlimlərin keçirilməsi",
        "Joint cyber exercises with international partners in the energy sector",
        AZERENERJI,
        ("XRITDX",),
        "2025-01-01",
        "2026-12-31",
        "İki beynəlxalq təlim keçirilmişdir",
        "on",
    ),
    _m(
        "5.3.2",
        "Nəqliyyat operatorları arasında kiberhadisələr barədə operativ xəbərdarlıq kanalının "
        "yaradılması",
        "An early-warning channel on cyber incidents among transport operators",
        METRO,
        (RINN, "XRITDX"),
        "2025-01-01",
        "2025-12-31",
        "Operatorlar kanal vasitəsilə hadisələr barədə bir saat ərzində məlumat mübadiləsi aparır",
        "late",
    ),
    _m(
        "5.3.3",
        "Sosial xidmətlərin göstərilməsində bulud xidmətlərinin təhlükəsiz istifadəsi üzrə "
        "tələblərin hazırlanması",
        "Requirements for the secure use of cloud services in social service delivery",
        EESMN,
        (RINN,),
        "2025-07-01",
        "2026-12-31",
        "Tələblər təsdiq edilmiş və tətbiq olunur",
        "on",
    ),
    _m(
        "5.3.4",
        "Strategiyanın icrası barədə illik hesabatın Əlaqələndirmə Komissiyasına təqdim edilməsi",
        "Submitting the annual report on the Strategy's implementation to the Coordination "
        "Commission",
        "XRITDX",
        INSTITUTION_CODES,
        "2023-10-01",
        None,
        "İllik hesabat hər il fevralın 1-dək təqdim edilir",
        "on",
    ),
)
MEASURE_BY_NUMBER = {measure.number: measure for measure in MEASURES}
FINANCING = (
    "Dövlət büdcəsi",
    "İcraçı qurumun büdcəsi",
    "Dövlət büdcəsi və qanunvericiliklə qadağan olunmayan digər mənbələr",
    "Beynəlxalq təşkilatların qrantları",
)
# The measure that absorbed the cancelled one (its report says so).
MERGED_INTO = {"4.2.2": "4.2.1"}

# ---------------------------------------------------------------------------------------------
# The requirement catalog: general (UQ) and special (XQ) rules on CII security

REQUIREMENTS: tuple[dict[str, str], ...] = tuple(
    {
        "code": code,
        "category": (
            RequirementCategory.GENERAL if code.startswith("UQ") else RequirementCategory.SPECIAL
        ).value,
        "title": title,
        "text": text,
        "iso27001": iso,
        "nist_csf": nist,
    }
    for code, title, text, iso, nist in (
        (
            "UQ-01",
            "İnformasiya təhlükəsizliyi siyasəti",
            "KİI subyekti rəhbərlik tərəfindən təsdiq edilmiş informasiya təhlükəsizliyi "
            "siyasətinə malik olmalı, siyasət ən azı ildə bir dəfə nəzərdən keçirilməli və "
            "əməkdaşlara imza ilə tanış edilməlidir.",
            "A.5.1",
            "GV.PO-01",
        ),
        (
            "UQ-02",
            "Rollar və məsuliyyət",
            "İnformasiya təhlükəsizliyinə məsul şəxs təyin edilməli, onun səlahiyyətləri və "
            "hesabat xətti müəyyən olunmalıdır.",
            "A.5.2",
            "GV.RR-02",
        ),
        (
            "UQ-03",
            "Aktivlərin inventarlaşdırılması",
            "KİI obyektinin aparat və proqram təminatı aktivləri reyestrdə uçota alınmalı, hər "
            "aktivin sahibi göstərilməli, reyestr ən azı rübdə bir dəfə yenilənməlidir.",
            "A.5.9",
            "ID.AM-01, ID.AM-02",
        ),
        (
            "UQ-04",
            "Risklərin qiymətləndirilməsi",
            "İnformasiya təhlükəsizliyi riskləri ildə ən azı bir dəfə və hər əhəmiyyətli "
            "dəyişiklikdən sonra qiymətləndirilməlidir.",
            "",
            "ID.RA-05",
        ),
        (
            "UQ-05",
            "Giriş hüquqlarının idarə edilməsi",
            "Giriş hüquqları minimum imtiyaz prinsipi ilə verilməli, işdən çıxan əməkdaşların "
            "hesabları bir iş günü ərzində bağlanmalı, hüquqlar rübdə bir dəfə yoxlanılmalıdır.",
            "A.5.15, A.5.18",
            "PR.AA-05",
        ),
        (
            "UQ-06",
            "İmtiyazlı hesabların qorunması",
            "İnzibatçı və digər imtiyazlı hesablar üçün çoxfaktorlu autentifikasiya tətbiq "
            "edilməli, imtiyazlı sessiyalar jurnallaşdırılmalıdır.",
            "A.8.2, A.8.5",
            "PR.AA-03",
        ),
        (
            "UQ-07",
            "Parollar və autentifikasiya məlumatları",
            "Parollar ən azı 12 simvoldan ibarət olmalıdır; ümumi (paylaşılan) hesablardan "
            "istifadə qadağandır.",
            "A.5.17",
            "PR.AA-01",
        ),
        (
            "UQ-08",
            "Zərərli proqramlara qarşı mühafizə",
            "Bütün iş stansiyalarında və serverlərdə mərkəzləşdirilmiş idarə olunan zərərli "
            "proqramlara qarşı mühafizə vasitələri quraşdırılmalıdır.",
            "A.8.7",
            "DE.CM-09",
        ),
        (
            "UQ-09",
            "Zəifliklərin idarə edilməsi",
            "Kritik zəifliklər üçün yamaqlar 14 gün, yüksək riskli zəifliklər üçün 30 gün "
            "ərzində tətbiq edilməli; zəiflik skanı ayda bir dəfə aparılmalıdır.",
            "A.8.8",
            "ID.RA-01, PR.PS-02",
        ),
        (
            "UQ-10",
            "Təhlükəsiz konfiqurasiya",
            "Sistemlərin təhlükəsiz baza konfiqurasiyaları təsdiq edilməli, köhnəlmiş "
            "protokollar (TLS 1.0/1.1, SMBv1) söndürülməlidir.",
            "A.8.9",
            "PR.PS-01",
        ),
        (
            "UQ-11",
            "Jurnallaşdırma",
            "Təhlükəsizlik hadisələrinin jurnalları ən azı 12 ay saxlanılmalı və dəyişdirilməyə "
            "qarşı qorunmalıdır.",
            "A.8.15",
            "PR.PS-04",
        ),
        (
            "UQ-12",
            "Monitorinq",
            "Şəbəkə və sistemlərdə anomal fəaliyyət davamlı izlənilməli, hadisələr SIEM "
            "sistemində təhlil edilməlidir.",
            "A.8.16",
            "DE.CM-01, DE.AE-02",
        ),
        (
            "UQ-13",
            "Ehtiyat nüsxələmə",
            "Kritik məlumatların ehtiyat nüsxələri şifrələnmiş halda ayrıca yerdə saxlanılmalı, "
            "bərpa testləri ən azı yarımildə bir dəfə aparılıb sənədləşdirilməlidir.",
            "A.8.13",
            "PR.DS-11",
        ),
        (
            "UQ-14",
            "Kiberhadisələrə cavab planı",
            "Kiberhadisələrə cavab planı olmalı, ildə bir dəfə təlimlə sınaqdan keçirilməli və "
            "yenilənməlidir.",
            "A.5.24, A.5.26",
            "RS.MA-01, ID.IM-04",
        ),
        (
            "UQ-15",
            "Kiberhadisələr barədə məlumatlandırma",
            "Əhəmiyyətli kiberhadisə barədə Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət "
            "Xidmətinə 24 saat ərzində məlumat verilməlidir.",
            "A.5.26, A.6.8",
            "RS.CO-02",
        ),
        (
            "UQ-16",
            "Maarifləndirmə və təlim",
            "Əməkdaşlar işə qəbul zamanı və ildə ən azı bir dəfə informasiya təhlükəsizliyi "
            "üzrə təlim keçməlidir.",
            "A.6.3",
            "PR.AT-01",
        ),
        (
            "UQ-17",
            "Fiziki təhlükəsizlik",
            "Server otaqlarına giriş nəzarətdə saxlanılmalı, ziyarətçilərin girişi jurnalda "
            "qeydə alınmalı və müşayiət edilməlidir.",
            "A.7.1, A.7.2",
            "PR.AA-06",
        ),
        (
            "UQ-18",
            "Təchizatçılarla münasibətlər",
            "Təchizatçı və podratçılarla müqavilələrdə informasiya təhlükəsizliyi tələbləri "
            "nəzərdə tutulmalı, onların girişi müddətli və nəzarətli olmalıdır.",
            "A.5.19, A.5.20",
            "GV.SC-05",
        ),
        (
            "XQ-01",
            "Sənaye idarəetmə şəbəkələrinin seqmentasiyası",
            "Sənaye idarəetmə sistemlərinin (SCADA, DCS) şəbəkəsi korporativ şəbəkədən "
            "firewall və demilitarizə zona (DMZ) vasitəsilə ayrılmalı, internetə birbaşa çıxış "
            "olmamalıdır.",
            "A.8.22",
            "PR.IR-01",
        ),
        (
            "XQ-02",
            "Uzaqdan giriş",
            "KİI obyektinə uzaqdan giriş yalnız şifrələnmiş kanal, çoxfaktorlu autentifikasiya "
            "və hər sessiya üçün ayrıca icazə ilə mümkündür.",
            "A.6.7, A.8.5",
            "PR.AA-03, PR.IR-01",
        ),
        (
            "XQ-03",
            "Kriptoqrafik mühafizə",
            "Ötürülən və saxlanılan məxfi məlumatlar təsdiq edilmiş kriptoqrafik alqoritmlərlə "
            "şifrələnməli, açarların idarə edilməsi qaydası müəyyən olunmalıdır.",
            "A.8.24",
            "PR.DS-01, PR.DS-02",
        ),
        (
            "XQ-04",
            "Təhlükəsiz proqram təminatı işlənməsi",
            "KİI-də istifadə edilən proqram təminatı istismara verilməzdən əvvəl təhlükəsizlik "
            "testindən keçməlidir.",
            "A.8.25, A.8.29",
            "PR.PS-06",
        ),
        (
            "XQ-05",
            "Dəyişikliklərin idarə edilməsi",
            "İstismar mühitində dəyişikliklər yalnız test mühitində yoxlanıldıqdan və təsdiq "
            "edildikdən sonra tətbiq edilməlidir.",
            "A.8.32",
            "ID.RA-07",
        ),
        (
            "XQ-06",
            "Fasiləsiz fəaliyyət",
            "Fasiləsiz fəaliyyət və fəlakətdən bərpa planları hazırlanmalı, bərpa müddəti (RTO) "
            "və bərpa nöqtəsi (RPO) hədəfləri müəyyən edilib sınaqdan keçirilməlidir.",
            "A.5.29, A.5.30",
            "RC.RP-01, PR.IR-03",
        ),
        (
            "XQ-07",
            "Ehtiyat məlumat mərkəzi",
            "I kateqoriyalı KİI obyektlərinin coğrafi cəhətdən ayrı ehtiyat məlumat mərkəzi "
            "olmalı, replikasiya davamlı izlənilməlidir.",
            "A.8.14",
            "PR.IR-03",
        ),
        (
            "XQ-08",
            "Təhlükəsizlik əməliyyatları mərkəzi",
            "I kateqoriyalı KİI subyektləri 24/7 işləyən təhlükəsizlik əməliyyatları mərkəzinə "
            "(SOC) malik olmalı və ya bu xidməti akkreditə olunmuş provayderdən almalıdır.",
            "A.8.16",
            "DE.CM-01",
        ),
        (
            "XQ-09",
            "Veb tətbiqlərin qorunması",
            "İnternetə açıq veb tətbiqlər bloklama rejimində işləyən veb tətbiq təhlükəsizlik "
            "divarı (WAF) ilə qorunmalı, sessiya müddəti məhdudlaşdırılmalıdır.",
            "A.8.20, A.8.26",
            "PR.IR-01",
        ),
        (
            "XQ-10",
            "Sahə qurğularının inventarı",
            "PLC, RTU və digər sahə qurğularının proqram təminatı versiyaları uçota alınmalı, "
            "istehsalçının təhlükəsizlik bülletenləri izlənilməlidir.",
            "A.5.9, A.8.8",
            "ID.AM-02, ID.RA-01",
        ),
        (
            "XQ-11",
            "Çıxarıla bilən daşıyıcılar",
            "Sənaye idarəetmə mühitində USB və digər çıxarıla bilən daşıyıcılardan yalnız "
            "yoxlanılmış və qeydiyyata alınmış daşıyıcılarla istifadə edilə bilər.",
            "A.7.10",
            "PR.DS-01, DE.CM-09",
        ),
        (
            "XQ-12",
            "Ekran kilidi",
            "Operator konsollarında ekran kilidi 10 dəqiqəlik fəaliyyətsizlikdən sonra işə "
            "düşməlidir; istisnalar sənədləşdirilməlidir.",
            "A.7.7, A.8.1",
            "PR.PS-01",
        ),
    )
)

# ---------------------------------------------------------------------------------------------
# Inspections: notes, findings and what became of each finding

INSPECTORS = {
    COORDINATOR.code: (
        "Rəşad Məmmədov (XRİTDX)",
        "Günel Əliyeva (XRİTDX)",
        "Elvin Quliyev (DTX)",
    ),
    TEAM.code: (
        "Orxan İsmayılov (XRİTDX)",
        "Şəbnəm Hüseynova (DTX)",
        "İlkin Cəfərov (XRİTDX)",
    ),
}
APPROVER = "Rəşad Məmmədov, XRİTDX-nin KİI təhlükəsizliyi şöbəsinin müdiri"
LEGAL_BASIS = (
    "Azərbaycan Respublikası Prezidentinin 17 aprel 2021-ci il tarixli 1315 nömrəli Fərmanı; "
    "Kritik informasiya infrastrukturunun təhlükəsizliyinin təmin edilməsinə dair ümumi və "
    "xüsusi qaydalar"
)


@dataclass(frozen=True)
class Event:
    """What happens to a finding later: the institution responds, the coordinator extends the
    deadline, or an inspector verifies it closed."""

    at: dt.datetime
    action: str  # respond | extend | close
    text: str = ""
    status: str = ""
    new_date: dt.date | None = None
    evidence: str = ""  # file name of the evidence attached with a response


@dataclass(frozen=True)
class FindingSpec:
    at: dt.datetime
    severity: str
    requirement: str
    facility: str | None
    description: str
    corrective: str
    deadline: dt.date
    urgent: bool = False
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class NoteSpec:
    at: dt.datetime
    text: str
    photo: str = ""  # file name of a picture attached to the note


@dataclass(frozen=True)
class InspectionSpec:
    reference: str
    institution: str
    by: str  # the node that carries it out
    kind: str
    start: dt.date
    end: dt.date
    facilities: tuple[str, ...]
    scope: str
    final_status: str
    conclusion: str = ""
    issued: dt.datetime | None = None
    notes: tuple[NoteSpec, ...] = ()
    findings: tuple[FindingSpec, ...] = ()
    basis: str = LEGAL_BASIS

    def finding_ref(self, number: int) -> str:
        return f"{self.reference}#{number}"


def _respond(when: str, status: str, text: str, evidence: str = "") -> Event:
    return Event(at(when), "respond", text, status, evidence=evidence)


def _extend(when: str, new_date: str, reason: str) -> Event:
    return Event(at(when), "extend", reason, new_date=day(new_date))


def _close(when: str) -> Event:
    return Event(at(when), "close")


FACILITY = {spec.name.split(" (")[0]: spec.name for spec in FACILITIES}
F_AZIPS = FACILITY["Real Vaxt Rejimində Banklararası Hesablaşmalar Sistemi"]
F_AOS = FACILITY["Ani Ödənişlər Sistemi"]
F_XOHKS = FACILITY["Xırda Ödənişlər üzrə Hesablaşma Klirinq Sistemi"]
F_SCADA = FACILITY["Mərkəzi Dispetçer İdarəsinin SCADA/EMS sistemi"]
F_AIES = FACILITY["Azərbaycan İES-in proseslərin avtomatlaşdırılmış idarəetmə sistemi"]
F_SIMAL = FACILITY["Şimal-2 ES-in paylanmış idarəetmə sistemi"]
F_CBTC = FACILITY["Qatarların hərəkətinin idarə edilməsi sistemi"]
F_TELEMEX = FACILITY["Elektrik təchizatının telemexanika sistemi"]
F_BAKIKART = FACILITY["BakıKart gediş haqqı ödəniş sistemi"]
F_VAIS = FACILITY["Gömrük orqanlarının vahid avtomatlaşdırılmış informasiya sistemi"]
F_EBEYAN = FACILITY["Elektron gömrük bəyannaməsi portalı"]
F_RENTGEN = FACILITY["Sərhəd buraxılış məntəqələrinin rentgen-skan şəbəkəsi"]
F_ESOSIAL = FACILITY["e-sosial portalı"]
F_EGOV = FACILITY["Elektron Hökumət Portalı"]
F_SLUZ = FACILITY["Elektron Hökumət İnformasiya Sisteminin məlumat mübadiləsi şlüzü"]

INSPECTIONS = (
    InspectionSpec(
        "YX-2025-001",
        AMB,
        COORDINATOR.code,
        InspectionKind.SCHEDULED.value,
        day("2025-10-06"),
        day("2025-10-17"),
        (F_AZIPS, F_AOS),
        "AZİPS və AÖS sistemlərində giriş nəzarəti, jurnallaşdırma və fiziki təhlükəsizlik",
        InspectionStatus.REPORT_ISSUED.value,
        "Ümumi qaydalara uyğunluq səviyyəsi qənaətbəxşdir. Üç çatışmazlıq aşkar edilmişdir; "
        "imtiyazlı hesablarda çoxfaktorlu autentifikasiyanın olmaması yüksək risk yaradır.",
        at("2025-10-24 15:00"),
        notes=(
            NoteSpec(
                at("2025-10-06 10:00"),
                "Giriş iclası keçirildi. Mərkəzi Bankın İnformasiya Təhlükəsizliyi Departamentinin "
                "rəhbərliyi yoxlamanın əhatə dairəsi ilə tanış edildi, tələb olunan sənədlərin "
                "siyahısı təqdim olundu.",
            ),
            NoteSpec(
                at("2025-10-07 14:30"),
                "AZİPS-in inzibatçı hesablarının siyahısı və autentifikasiya üsulları yoxlanıldı. "
                "Dörd imtiyazlı hesab yalnız parolla qorunur.",
            ),
            NoteSpec(
                at("2025-10-09 11:15"),
                "AÖS-in təhlükəsizlik jurnallarının saxlanma siyasəti öyrənildi: jurnallar 30 gün "
                "saxlanılır.",
            ),
            NoteSpec(
                at("2025-10-14 09:40"),
                "Server otağına fiziki giriş yoxlanıldı; ziyarətçilər jurnalında imzası olmayan "
                "qeydlər var. Giriş qeydlərinin statistikası əlavə olunur.",
                photo="giriş_statistikası.png",
            ),
            NoteSpec(
                at("2025-10-17 16:00"),
                "Yekun iclas keçirildi, ilkin nəticələr təqdim olundu. Yoxlama aktı yeddi iş günü "
                "ərzində təqdim ediləcək.",
            ),
        ),
        findings=(
            FindingSpec(
                at("2025-10-07 15:00"),
                Severity.HIGH.value,
                "UQ-06",
                F_AZIPS,
                "AZİPS-in dörd imtiyazlı (inzibatçı) hesabında çoxfaktorlu autentifikasiya "
                "tətbiq edilməyib; hesablar yalnız parolla qorunur.",
                "İmtiyazlı hesablar üçün aparat tokenləri ilə çoxfaktorlu autentifikasiya "
                "tətbiq edilsin.",
                day("2025-12-31"),
                events=(
                    _respond(
                        "2025-12-10 12:00",
                        FindingStatus.IN_REMEDIATION.value,
                        "Aparat tokenləri satın alınıb; quraşdırma dekabrın sonunadək başa "
                        "çatacaq.",
                    ),
                    _respond(
                        "2026-01-14 16:00",
                        FindingStatus.REMEDIATED.value,
                        "Dörd inzibatçı hesabının hamısında FIDO2 tokenləri ilə çoxfaktorlu "
                        "autentifikasiya tətbiq edilib. Konfiqurasiyanın təsviri əlavə olunur.",
                        evidence="mfa_konfiqurasiya.png",
                    ),
                    _close("2026-01-26 15:00"),
                ),
            ),
            FindingSpec(
                at("2025-10-09 12:00"),
                Severity.MEDIUM.value,
                "UQ-11",
                F_AOS,
                "AÖS-in təhlükəsizlik jurnalları qaydalarla tələb olunan 12 ay əvəzinə 30 gün "
                "saxlanılır.",
                "SIEM arxivi genişləndirilsin, jurnallar ən azı 12 ay saxlanılsın.",
                day("2026-03-31"),
                events=(
                    _respond(
                        "2026-01-14 16:10",
                        FindingStatus.IN_REMEDIATION.value,
                        "SIEM arxivi üçün saxlama massivi sifariş edilib; tədarük 2026-cı ilin II "
                        "rübünə gözlənilir. Müddətin 30.06.2026-dək uzadılmasını xahiş edirik.",
                    ),
                    _extend(
                        "2026-04-17 11:00",
                        "2026-06-30",
                        "Saxlama massivinin tədarükü təchizatçı tərəfindən gecikdirilib; Mərkəzi "
                        "Bankın müraciəti əsasında.",
                    ),
                    _respond(
                        "2026-07-09 15:00",
                        FindingStatus.REMEDIATED.value,
                        "Jurnalların saxlanma müddəti 13 aya çatdırılıb, arxiv dəyişdirilməyə "
                        "qarşı qorunur.",
                        evidence="siem_saxlama_siyasəti.txt",
                    ),
                    _close("2026-10-22 15:00"),
                ),
            ),
            FindingSpec(
                at("2025-10-14 10:30"),
                Severity.LOW.value,
                "UQ-17",
                None,
                "Server otağının ziyarətçilər jurnalında bəzi qeydlərdə müşayiət edən əməkdaşın "
                "imzası yoxdur.",
                "Ziyarətçilərin qeydiyyatı elektron giriş sistemi ilə aparılsın.",
                day("2026-01-31"),
                events=(
                    _respond(
                        "2026-01-14 16:20",
                        FindingStatus.REMEDIATED.value,
                        "Kağız jurnal elektron giriş sistemi ilə əvəz edilib; hər giriş müşayiət "
                        "edən əməkdaşın kartı ilə təsdiqlənir.",
                    ),
                    _close("2026-01-26 15:10"),
                ),
            ),
        ),
    ),
    InspectionSpec(
        "YX-2025-002",
        AZERENERJI,
        TEAM.code,
        InspectionKind.SCHEDULED.value,
        day("2025-11-10"),
        day("2025-11-21"),
        (F_SCADA, F_AIES),
        "Mərkəzi Dispetçer İdarəsinin SCADA/EMS sistemi və Azərbaycan İES-in idarəetmə sistemi",
        InspectionStatus.REPORT_ISSUED.value,
        "SCADA şəbəkəsinin seqmentasiyasının olmaması dövlət və ictimai təhlükəsizlik üçün "
        "kritik təhdid yaradır; təcili tədbirlər tələb olunur.",
        at("2025-11-21 17:00"),
        notes=(
            NoteSpec(
                at("2025-11-10 09:30"),
                "Giriş iclası Azərenerji ASC-nin Mərkəzi Dispetçer İdarəsində keçirildi.",
            ),
            NoteSpec(
                at("2025-11-11 15:20"),
                "SCADA/EMS şəbəkəsinin topologiyası yoxlanıldı: korporativ şəbəkə ilə seqmentasiya "
                "yoxdur, iki mühəndis stansiyasından internetə birbaşa çıxış aşkar edildi. Təcili "
                "tədbir tələb olunur.",
            ),
            NoteSpec(
                at("2025-11-13 11:00"),
                "Azərbaycan İES-də podratçının uzaqdan texniki xidmət kanalı yoxlanıldı; VPN "
                "hesabı paylaşılan parolla qorunur və daimi aktivdir.",
            ),
            NoteSpec(
                at("2025-11-18 13:45"),
                "PLC və RTU qurğularının proqram təminatı versiyaları uçota alınmayıb.",
            ),
            NoteSpec(
                at("2025-11-19 10:10"),
                "Kiberhadisələrə cavab planı 2021-ci ildə təsdiq edilib və o vaxtdan yenilənməyib.",
            ),
            NoteSpec(
                at("2025-11-21 16:30"),
                "Yekun iclas keçirildi. Təcili tədbirlər barədə rəhbərliyə yazılı məlumat verildi.",
            ),
        ),
        findings=(
            FindingSpec(
                at("2025-11-11 16:00"),
                Severity.CRITICAL.value,
                "XQ-01",
                F_SCADA,
                "SCADA/EMS şəbəkəsi korporativ şəbəkədən ayrılmayıb; iki mühəndis stansiyasından "
                "internetə birbaşa çıxış var.",
                "SCADA seqmenti ilə korporativ şəbəkə arasında dərhal firewall qurulsun, internet "
                "çıxışı bağlansın, DMZ arxitekturası tətbiq edilsin.",
                day("2025-12-05"),
                urgent=True,
                events=(
                    _respond(
                        "2025-11-28 12:00",
                        FindingStatus.IN_REMEDIATION.value,
                        "Müvəqqəti firewall qaydaları tətbiq edilib, internet çıxışı bağlanıb. "
                        "Daimi DMZ həlli quraşdırılır.",
                    ),
                    _respond(
                        "2026-01-14 11:00",
                        FindingStatus.REMEDIATED.value,
                        "DMZ arxitekturası tətbiq edilib, mühəndis stansiyalarının internetə "
                        "çıxışı tam bağlanıb. Şəbəkə sxemi əlavə olunur.",
                        evidence="SCADA_DMZ_sxemi.pdf",
                    ),
                    _close("2026-06-17 14:30"),
                ),
            ),
            FindingSpec(
                at("2025-11-13 12:00"),
                Severity.HIGH.value,
                "XQ-02",
                F_AIES,
                "Podratçının uzaqdan texniki xidmət üçün istifadə etdiyi VPN hesabı paylaşılan "
                "parolla qorunur və daimi aktivdir.",
                "Podratçı üçün fərdi hesablar, çoxfaktorlu autentifikasiya və hər sessiya üçün "
                "icazə tətbiq edilsin.",
                day("2025-12-15"),
                urgent=True,
                events=(
                    _respond(
                        "2025-11-28 12:10",
                        FindingStatus.IN_REMEDIATION.value,
                        "Podratçının VPN hesabı deaktiv edilib; yeni giriş qaydası podratçı ilə "
                        "razılaşdırılır. Müddətin 28.02.2026-dək uzadılmasını xahiş edirik.",
                    ),
                    _extend(
                        "2026-01-26 11:00",
                        "2026-02-28",
                        "Podratçı ilə texniki xidmət müqaviləsinə dəyişiklik edilməsi tələb "
                        "olunur.",
                    ),
                    _respond(
                        "2026-02-25 14:00",
                        FindingStatus.REMEDIATED.value,
                        "Podratçı üçün fərdi hesablar və hər sessiya üçün təsdiqlənən çoxfaktorlu "
                        "giriş tətbiq edilib.",
                    ),
                    _close("2026-06-17 14:35"),
                ),
            ),
            FindingSpec(
                at("2025-11-18 14:30"),
                Severity.MEDIUM.value,
                "XQ-10",
                F_AIES,
                "PLC və RTU qurğularının proqram təminatı versiyaları uçota alınmayıb, "
                "istehsalçının təhlükəsizlik bülletenləri izlənilmir.",
                "Sahə qurğularının inventarı aparılsın və bülletenlərin izlənilməsi təşkil "
                "edilsin.",
                day("2026-06-30"),
                events=(
                    _respond(
                        "2026-01-14 11:10",
                        FindingStatus.IN_REMEDIATION.value,
                        "Sahə qurğularının inventarının 60%-i tamamlanıb.",
                    ),
                ),
            ),
            FindingSpec(
                at("2025-11-19 11:00"),
                Severity.LOW.value,
                "UQ-14",
                None,
                "Kiberhadisələrə cavab planı 2021-ci ildən yenilənməyib və təlimlə sınaqdan "
                "keçirilməyib.",
                "Plan yenilənsin və masaüstü təlimlə sınaqdan keçirilsin.",
                day("2026-03-31"),
            ),
        ),
    ),
    InspectionSpec(
        "YX-2026-001",
        METRO,
        TEAM.code,
        InspectionKind.SCHEDULED.value,
        day("2026-02-09"),
        day("2026-02-20"),
        (F_CBTC, F_BAKIKART),
        "CBTC siqnalizasiya sistemi və BakıKart ödəniş sistemi",
        InspectionStatus.REPORT_ISSUED.value,
        "Siqnalizasiya sisteminin texniki xidmət vasitələri kifayət qədər qorunmur; "
        "dəyişikliklərin idarə edilməsi prosesi təkmilləşdirilməlidir.",
        at("2026-02-27 12:00"),
        notes=(
            NoteSpec(
                at("2026-02-09 10:00"),
                "Giriş iclası keçirildi; Bakı Metropoliteninin siqnalizasiya və rabitə xidmətinin "
                "rəhbərliyi iştirak etdi.",
            ),
            NoteSpec(
                at("2026-02-11 12:30"),
                "CBTC texniki xidmət noutbukları yoxlanıldı: 14 noutbukdan heç birində zərərli "
                "proqramlara qarşı mühafizə yoxdur, USB portları nəzarətsizdir.",
            ),
            NoteSpec(
                at("2026-02-16 15:00"),
                "BakıKart terminallarının proqram yeniləmə prosesi öyrənildi: yeniləmələr test "
                "mühitində yoxlanılmadan tətbiq edilir.",
            ),
            NoteSpec(
                at("2026-02-18 11:20"),
                "Təhlükəsizlik siyasəti ilə tanışlıq vərəqələri yoxlanıldı.",
            ),
            NoteSpec(at("2026-02-20 16:00"), "Yekun iclas keçirildi."),
        ),
        findings=(
            FindingSpec(
                at("2026-02-11 13:00"),
                Severity.HIGH.value,
                "UQ-08",
                F_CBTC,
                "CBTC sisteminin texniki xidmət noutbuklarında zərərli proqramlara qarşı mühafizə "
                "yoxdur və USB portları nəzarətsizdir.",
                "Noutbuklarda EDR quraşdırılsın, USB portlarından yalnız qeydiyyatlı "
                "daşıyıcılarla istifadəyə icazə verilsin.",
                day("2026-05-31"),
                events=(
                    _respond(
                        "2026-03-18 10:00",
                        FindingStatus.IN_REMEDIATION.value,
                        "Texniki xidmət noutbukları üçün EDR lisenziyaları alınıb.",
                    ),
                    _respond(
                        "2026-07-09 10:00",
                        FindingStatus.REMEDIATED.value,
                        "Bütün 14 noutbukda EDR quraşdırılıb; USB portları yalnız qeydiyyatlı "
                        "daşıyıcılar üçün açıqdır.",
                        evidence="edr_hesabat.txt",
                    ),
                    _close("2026-11-19 16:00"),
                ),
            ),
            FindingSpec(
                at("2026-02-16 15:30"),
                Severity.MEDIUM.value,
                "XQ-05",
                F_BAKIKART,
                "Ödəniş terminallarının proqram təminatı yeniləmələri test mühitində "
                "yoxlanılmadan istismar mühitinə tətbiq edilir.",
                "Test stendi yaradılsın, dəyişikliklərin idarə edilməsi qaydası təsdiq edilsin.",
                day("2026-07-31"),
                events=(
                    _respond(
                        "2026-04-09 12:00",
                        FindingStatus.IN_REMEDIATION.value,
                        "Test stendi üçün avadanlıq sifariş edilib.",
                    ),
                    _extend(
                        "2026-07-20 11:00",
                        "2026-10-31",
                        "Test stendinin avadanlığının gömrük rəsmiləşdirilməsi gecikir.",
                    ),
                ),
            ),
            FindingSpec(
                at("2026-02-18 12:00"),
                Severity.LOW.value,
                "UQ-01",
                None,
                "Əməkdaşların bir hissəsi informasiya təhlükəsizliyi siyasəti ilə imza ilə tanış "
                "edilməyib.",
                "Bütün əməkdaşlar siyasətlə imza ilə tanış edilsin.",
                day("2026-04-30"),
                events=(
                    _respond(
                        "2026-04-09 12:10",
                        FindingStatus.REMEDIATED.value,
                        "Siyasət sənədi 412 əməkdaşa imza ilə tanış edilib.",
                    ),
                    _close("2026-11-19 16:05"),
                ),
            ),
        ),
    ),
    InspectionSpec(
        "YX-2026-002",
        DGK,
        COORDINATOR.code,
        InspectionKind.SCHEDULED.value,
        day("2026-03-02"),
        day("2026-03-13"),
        (F_VAIS, F_EBEYAN),
        "VAİS-in verilənlər bazası serverləri və elektron bəyannamə portalı",
        InspectionStatus.COMPLETED.value,
        "Kritik zəiflik yoxlama zamanı aşkarlanaraq təcili aradan qaldırılmışdır; qalan "
        "çatışmazlıqlar orta və aşağı risklidir.",
        notes=(
            NoteSpec(
                at("2026-03-02 10:00"),
                "Giriş iclası Dövlət Gömrük Komitəsinin informasiya texnologiyaları idarəsində "
                "keçirildi.",
            ),
            NoteSpec(
                at("2026-03-03 14:00"),
                "VAİS verilənlər bazası serverlərinin zəiflik skanı aparıldı; ictimai eksploiti "
                "olan kritik zəiflik aşkar edildi. Təcili tədbir barədə dərhal məlumat verildi.",
            ),
            NoteSpec(
                at("2026-03-05 11:30"),
                "Elektron bəyannamə portalında sessiyaların idarə edilməsi yoxlanıldı.",
            ),
            NoteSpec(
                at("2026-03-10 10:00"),
                "Ehtiyat nüsxələmə və bərpa prosedurları yoxlanıldı; bərpa testlərinin "
                "protokolları yoxdur.",
            ),
            NoteSpec(at("2026-03-13 15:30"), "Yekun iclas keçirildi; akt layihəsi hazırlanır."),
        ),
        findings=(
            FindingSpec(
                at("2026-03-03 14:30"),
                Severity.CRITICAL.value,
                "UQ-09",
                F_VAIS,
                "VAİS verilənlər bazası serverində ictimai eksploiti olan kritik zəiflik üçün "
                "yamaq tətbiq edilməyib.",
                "Yamaq dərhal tətbiq edilsin, təkrar skan aparılsın.",
                day("2026-03-20"),
                urgent=True,
                events=(
                    _respond(
                        "2026-03-18 11:00",
                        FindingStatus.REMEDIATED.value,
                        "Yamaq 17.03.2026 tarixində tətbiq edilib; təkrar skan zəifliyin aradan "
                        "qalxdığını təsdiqləyir.",
                        evidence="skan_hesabatı_VAİS.pdf",
                    ),
                    _close("2026-04-17 15:00"),
                ),
            ),
            FindingSpec(
                at("2026-03-05 12:00"),
                Severity.MEDIUM.value,
                "XQ-09",
                F_EBEYAN,
                "Portalda sessiya müddəti məhdudlaşdırılmayıb; səkkiz saatdan uzun aktiv "
                "sessiyalar müşahidə edildi.",
                "Fəaliyyətsiz sessiyalar 15 dəqiqədən sonra bağlansın.",
                day("2026-06-30"),
            ),
            FindingSpec(
                at("2026-03-10 11:00"),
                Severity.LOW.value,
                "UQ-13",
                F_VAIS,
                "Ehtiyat nüsxələrdən bərpa testləri sənədləşdirilmir.",
                "Bərpa testləri yarımildə bir dəfə aparılsın və protokolla sənədləşdirilsin.",
                day("2026-05-31"),
                events=(
                    _respond(
                        "2026-04-09 15:00",
                        FindingStatus.IN_REMEDIATION.value,
                        "Bərpa testlərinin qrafiki təsdiq edilib; ilk test iyun ayında "
                        "keçiriləcək.",
                    ),
                ),
            ),
        ),
    ),
    InspectionSpec(
        "YX-2026-003",
        EESMN,
        COORDINATOR.code,
        InspectionKind.UNSCHEDULED.value,
        day("2026-04-20"),
        day("2026-04-24"),
        (F_ESOSIAL,),
        "17.04.2026 tarixli kiberhadisə: e-sosial portalının idarəetmə panelinə icazəsiz giriş",
        InspectionStatus.REPORT_ISSUED.value,
        "Hadisə fişinq yolu ilə ələ keçirilmiş hesabla bağlıdır. İdarəetmə panelinin internetdən "
        "əlçatan olması və gecikmiş bildiriş əsas çatışmazlıqlardır.",
        at("2026-04-30 12:00"),
        notes=(
            NoteSpec(
                at("2026-04-20 09:00"),
                "Plandankənar yoxlama 17.04.2026 tarixli kiberhadisə bildirişi əsasında başladı.",
            ),
            NoteSpec(
                at("2026-04-20 16:40"),
                "e-sosial portalının idarəetmə panelinə ələ keçirilmiş hesabla daxil olunduğu "
                "təsdiqləndi; panel internetdən əlçatandır.",
            ),
            NoteSpec(
                at("2026-04-22 11:00"),
                "Təlim qeydləri yoxlanıldı: əməkdaşların təxminən 40%-i son iki ildə kibergigiyena "
                "təlimi keçməyib.",
            ),
            NoteSpec(
                at("2026-04-23 14:15"),
                "Hadisə barədə bildirişin XRİTDX-yə 72 saat gecikmə ilə göndərildiyi müəyyən "
                "edildi.",
            ),
            NoteSpec(at("2026-04-24 17:00"), "Yekun iclas keçirildi."),
        ),
        findings=(
            FindingSpec(
                at("2026-04-20 17:00"),
                Severity.CRITICAL.value,
                "UQ-06",
                F_ESOSIAL,
                "e-sosial portalının idarəetmə paneli internetdən əlçatandır və çoxfaktorlu "
                "autentifikasiya olmadan işləyir; panelə ələ keçirilmiş hesabla daxil olunub.",
                "Panelə giriş yalnız daxili şəbəkədən, VPN və çoxfaktorlu autentifikasiya ilə "
                "mümkün olsun; ələ keçirilmiş hesab bloklansın.",
                day("2026-04-30"),
                urgent=True,
                events=(
                    _respond(
                        "2026-04-28 16:00",
                        FindingStatus.REMEDIATED.value,
                        "İdarəetmə panelinə giriş yalnız daxili şəbəkədən, VPN və çoxfaktorlu "
                        "autentifikasiya ilə mümkündür; ələ keçirilmiş hesab bloklanıb.",
                        evidence="panel_giriş_qaydası.txt",
                    ),
                    _close("2026-07-20 15:00"),
                ),
            ),
            FindingSpec(
                at("2026-04-22 12:00"),
                Severity.HIGH.value,
                "UQ-16",
                None,
                "Əməkdaşların təxminən 40%-i son iki ildə kibergigiyena təlimi keçməyib.",
                "Bütün əməkdaşlar üçün təlim və fişinq simulyasiyası təşkil edilsin.",
                day("2026-09-30"),
                events=(
                    _respond(
                        "2026-07-09 11:00",
                        FindingStatus.IN_REMEDIATION.value,
                        "Təlim proqramı başlanıb; əməkdaşların 72%-i təlim keçib.",
                    ),
                ),
            ),
            FindingSpec(
                at("2026-04-23 14:30"),
                Severity.MEDIUM.value,
                "UQ-15",
                None,
                "Kiberhadisə barədə bildiriş 24 saat əvəzinə 72 saat gecikmə ilə göndərilib.",
                "Məlumatlandırma proseduru yenilənsin, növbətçi məsul şəxs təyin edilsin.",
                day("2026-06-30"),
                events=(
                    _respond(
                        "2026-07-09 11:10",
                        FindingStatus.REMEDIATED.value,
                        "Məlumatlandırma proseduru yenilənib, növbətçi məsul şəxs təyin edilib.",
                    ),
                ),
            ),
        ),
    ),
    InspectionSpec(
        "YX-2026-004",
        RINN,
        TEAM.code,
        InspectionKind.SCHEDULED.value,
        day("2026-05-11"),
        day("2026-05-22"),
        (F_EGOV, F_SLUZ),
        "Elektron Hökumət Portalı və məlumat mübadiləsi şlüzü",
        InspectionStatus.COMPLETED.value,
        "Kriptoqrafik protokolların və veb tətbiqlərin qorunmasının yenilənməsi tələb olunur.",
        notes=(
            NoteSpec(
                at("2026-05-11 10:00"),
                "Giriş iclası Rəqəmsal İnkişaf və Nəqliyyat Nazirliyində keçirildi.",
            ),
            NoteSpec(
                at("2026-05-13 13:00"),
                "Məlumat mübadiləsi şlüzünün TLS konfiqurasiyası yoxlanıldı: TLS 1.0 və 1.1 "
                "aktivdir.",
                photo="tls_skan_nəticəsi.png",
            ),
            NoteSpec(
                at("2026-05-15 10:30"),
                "Elektron Hökumət Portalının WAF qaydaları yalnız monitorinq rejimində işləyir.",
            ),
            NoteSpec(
                at("2026-05-20 15:00"),
                "Aktivlər reyestri yoxlanıldı: 12 serverin sahibi göstərilməyib.",
            ),
            NoteSpec(at("2026-05-22 16:00"), "Yekun iclas keçirildi."),
        ),
        findings=(
            FindingSpec(
                at("2026-05-13 13:30"),
                Severity.HIGH.value,
                "UQ-10",
                F_SLUZ,
                "Məlumat mübadiləsi şlüzündə köhnəlmiş TLS 1.0 və TLS 1.1 protokolları aktivdir.",
                "TLS 1.0 və 1.1 söndürülsün, yalnız TLS 1.2 və 1.3 saxlanılsın.",
                day("2026-08-31"),
                events=(
                    _respond(
                        "2026-07-09 13:00",
                        FindingStatus.IN_REMEDIATION.value,
                        "TLS 1.0/1.1-in söndürülməsi üçün istifadəçi qurumlarla sınaq aparılır.",
                    ),
                    _respond(
                        "2026-08-28 12:00",
                        FindingStatus.REMEDIATED.value,
                        "TLS 1.0 və 1.1 söndürülüb; yalnız TLS 1.2 və 1.3 aktivdir.",
                        evidence="tls_yeni_konfiqurasiya.png",
                    ),
                ),
            ),
            FindingSpec(
                at("2026-05-15 11:00"),
                Severity.MEDIUM.value,
                "XQ-09",
                F_EGOV,
                "Portalın veb tətbiq təhlükəsizlik divarı (WAF) yalnız monitorinq rejimində "
                "işləyir, hücumları bloklamır.",
                "WAF qaydaları mərhələlərlə bloklama rejiminə keçirilsin.",
                day("2026-08-31"),
                events=(
                    _extend(
                        "2026-07-20 11:10",
                        "2026-12-31",
                        "Bloklama rejiminə keçid yalançı pozitivlərin təhlilini tələb edir; "
                        "nazirliyin müraciəti əsasında.",
                    ),
                    _respond(
                        "2026-10-09 12:00",
                        FindingStatus.IN_REMEDIATION.value,
                        "Qaydaların 70%-i bloklama rejiminə keçirilib.",
                    ),
                ),
            ),
            FindingSpec(
                at("2026-05-20 15:30"),
                Severity.LOW.value,
                "UQ-03",
                None,
                "Aktivlər reyestrində 12 serverin sahibi göstərilməyib.",
                "Reyestr tamamlansın, hər aktivə sahib təyin edilsin.",
                day("2026-07-31"),
            ),
        ),
    ),
    InspectionSpec(
        "YX-2026-005",
        AZERENERJI,
        TEAM.code,
        InspectionKind.FOLLOW_UP.value,
        day("2026-06-15"),
        day("2026-06-17"),
        (F_SCADA, F_SIMAL),
        "YX-2025-002 üzrə çatışmazlıqların aradan qaldırılmasının yoxlanılması",
        InspectionStatus.COMPLETED.value,
        "Kritik və yüksək riskli çatışmazlıqlar aradan qaldırılıb; Şimal-2 ES-də yeni "
        "çatışmazlıq aşkar edilib.",
        notes=(
            NoteSpec(
                at("2026-06-15 10:00"),
                "Təkrar yoxlama başladı: YX-2025-002 üzrə çatışmazlıqların aradan qaldırılması "
                "yoxlanılır.",
            ),
            NoteSpec(
                at("2026-06-15 15:30"),
                "SCADA DMZ arxitekturası yerində yoxlanıldı, internet çıxışı bağlıdır. YX-2025-002 "
                "üzrə 1 və 2 nömrəli çatışmazlıqlar aradan qaldırılıb.",
            ),
            NoteSpec(
                at("2026-06-16 12:00"),
                "Şimal-2 ES-in mühəndis stansiyalarında USB daşıyıcılarına nəzarət yoxdur.",
            ),
            NoteSpec(at("2026-06-17 14:00"), "Yekun iclas keçirildi."),
        ),
        findings=(
            FindingSpec(
                at("2026-06-16 12:30"),
                Severity.MEDIUM.value,
                "XQ-11",
                F_SIMAL,
                "Şimal-2 ES-in mühəndis stansiyalarında çıxarıla bilən daşıyıcılardan istifadəyə "
                "nəzarət edilmir.",
                "USB portlarına nəzarət tətbiq edilsin, daşıyıcılar qeydiyyata alınsın.",
                day("2026-10-31"),
            ),
        ),
    ),
    InspectionSpec(
        "YX-2026-006",
        AMB,
        COORDINATOR.code,
        InspectionKind.UNSCHEDULED.value,
        day("2026-09-14"),
        day("2026-09-25"),
        (F_XOHKS,),
        "XÖHKS-in ehtiyat məlumat mərkəzinə replikasiyasının dayanması",
        InspectionStatus.COMPLETED.value,
        "Replikasiyanın dayanması bərpa nöqtəsi hədəfini pozur; təcili tədbir planı "
        "razılaşdırılıb.",
        notes=(
            NoteSpec(
                at("2026-09-14 09:30"),
                "Plandankənar yoxlama XÖHKS-in ehtiyat məlumat mərkəzinə replikasiyasının "
                "dayanması barədə məlumat əsasında başladı.",
            ),
            NoteSpec(
                at("2026-09-15 13:20"),
                "Replikasiya jurnalları yoxlanıldı: replikasiya altı gündür dayanıb, bərpa nöqtəsi "
                "hədəfi (RPO) pozulur.",
            ),
            NoteSpec(
                at("2026-09-25 16:00"),
                "Yekun iclas; replikasiyanın bərpası üçün təcili tədbir planı razılaşdırıldı.",
            ),
        ),
        findings=(
            FindingSpec(
                at("2026-09-15 14:00"),
                Severity.HIGH.value,
                "XQ-07",
                F_XOHKS,
                "XÖHKS-in ehtiyat məlumat mərkəzinə replikasiyası altı gündür dayanıb; bərpa "
                "nöqtəsi hədəfi (RPO) pozulur.",
                "Replikasiya bərpa edilsin, onun davamlı monitorinqi və xəbərdarlıqlar qurulsun.",
                day("2026-10-05"),
                urgent=True,
                events=(
                    _respond(
                        "2026-09-29 11:00",
                        FindingStatus.IN_REMEDIATION.value,
                        "Replikasiya bərpa edilib, lakin saxlama sisteminin dəyişdirilməsi tələb "
                        "olunur. Müddətin 30.11.2026-dək uzadılmasını xahiş edirik.",
                    ),
                    _extend(
                        "2026-10-22 11:00",
                        "2026-11-30",
                        "Ehtiyat məlumat mərkəzində saxlama sisteminin dəyişdirilməsi.",
                    ),
                ),
            ),
        ),
    ),
    InspectionSpec(
        "YX-2026-007",
        METRO,
        TEAM.code,
        InspectionKind.FOLLOW_UP.value,
        day("2026-11-16"),
        day("2026-11-27"),
        (F_CBTC, F_TELEMEX, F_BAKIKART),
        "YX-2026-001 üzrə çatışmazlıqların aradan qaldırılmasının yoxlanılması",
        InspectionStatus.IN_PROGRESS.value,
        notes=(
            NoteSpec(
                at("2026-11-16 10:00"),
                "Təkrar yoxlama başladı: YX-2026-001 üzrə çatışmazlıqların icrası yoxlanılır.",
            ),
            NoteSpec(
                at("2026-11-17 14:00"),
                "CBTC noutbuklarında EDR və USB nəzarəti yerində yoxlanıldı. YX-2026-001 üzrə 1 və "
                "3 nömrəli çatışmazlıqlar aradan qaldırılıb.",
            ),
            NoteSpec(
                at("2026-11-18 11:30"),
                "Telemexanika sisteminin operator konsollarında ekran kilidi 30 dəqiqəyə qurulub.",
            ),
            NoteSpec(
                at("2026-11-19 15:00"),
                "BakıKart test stendinin quraşdırılması davam edir; YX-2026-001 üzrə 2 nömrəli "
                "çatışmazlığın icrası gecikir.",
            ),
        ),
        findings=(
            FindingSpec(
                at("2026-11-18 12:00"),
                Severity.LOW.value,
                "XQ-12",
                F_TELEMEX,
                "Telemexanika sisteminin operator konsollarında ekran kilidi 10 dəqiqə əvəzinə 30 "
                "dəqiqəlik fəaliyyətsizlikdən sonra işə düşür.",
                "Ekran kilidinin müddəti 10 dəqiqəyə endirilsin.",
                day("2026-12-31"),
            ),
        ),
    ),
    InspectionSpec(
        "YX-2026-008",
        DGK,
        TEAM.code,
        InspectionKind.SCHEDULED.value,
        day("2026-12-07"),
        day("2026-12-18"),
        (F_RENTGEN, F_EBEYAN),
        "Sərhəd buraxılış məntəqələrinin rentgen-skan şəbəkəsi və elektron bəyannamə portalı",
        InspectionStatus.PLANNED.value,
    ),
)
INSPECTION_BY_REF = {spec.reference: spec for spec in INSPECTIONS}

# ---------------------------------------------------------------------------------------------
# Narratives for progress reports and evaluations

WORK_IN_PROGRESS = (
    "Tədbirin icrası üzrə işçi qrupu yaradılmış, hesabat dövründə onun {n} iclası keçirilmişdir.",
    "Texniki tapşırıq hazırlanaraq aidiyyəti struktur bölmələrlə razılaşdırılmışdır.",
    "Satınalma prosedurları başa çatdırılmış, podratçı təşkilatla müqavilə imzalanmışdır.",
    "Pilot mərhələ {n} struktur bölmədə həyata keçirilmiş, ilkin nəticələr təhlil edilmişdir.",
    "Mövcud vəziyyətin təhlili aparılmış, boşluqların qiymətləndirilməsi hesabatı hazırlanmışdır.",
    "Estoniya, Sinqapur və İsrailin təcrübəsi öyrənilmiş, onun əsasında təkliflər hazırlanmışdır.",
    "Sənədin layihəsi hazırlanaraq rəy üçün Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət "
    "Xidmətinə göndərilmişdir.",
    "Avadanlığın quraşdırılması və sazlanması davam etdirilmiş, planlaşdırılmış işlərin təxminən "
    "{pct}%-i yerinə yetirilmişdir.",
    "{people} əməkdaş üçün təlim keçirilmiş, iştirakçıların bilikləri test ilə yoxlanılmışdır.",
    "Aidiyyəti dövlət orqanlarından təkliflər toplanmış, ümumiləşdirilmiş variant işçi qrupunda "
    "müzakirə edilmişdir.",
)
WORK_COMPLETED = (
    "Tədbir tam icra edilmiş, yekun hesabat və təsdiqedici sənədlər Əlaqələndirmə Komissiyasına "
    "təqdim edilmişdir.",
    "Sistem istismara verilmiş, qəbul-təhvil aktı imzalanmışdır.",
    "Hazırlanmış sənəd rəhbərliyin əmri ilə təsdiq edilərək qüvvəyə minmişdir.",
    "Nəzərdə tutulan bütün işlər yerinə yetirilmiş, nəticələr aidiyyəti qurumlara göndərilmişdir.",
)
WORK_DELAYED = (
    "Hesabat dövründə yalnız hazırlıq işləri aparılmış, əsas mərhələyə keçilməmişdir.",
    "Podratçı ilə müqavilənin imzalanması gecikdiyindən işlər qrafikdən geri qalır.",
    "Layihənin razılaşdırılması davam edir; aidiyyəti qurumlardan iki rəy hələ daxil olmayıb.",
    "İşlərin təxminən {pct}%-i yerinə yetirilmiş, qalan mərhələlər növbəti dövrə keçirilmişdir.",
)
WORK_NOT_STARTED = (
    "Tədbirin icrasına hələ başlanılmamışdır; hazırlıq işləri növbəti hesabat dövrünə "
    "planlaşdırılıb.",
    "İcraya başlanması maliyyə mənbəyinin müəyyənləşdirilməsindən asılıdır.",
)
WORK_CONTINUOUS = (
    "Hesabat dövründə nəzərdə tutulan tədbirlər plan üzrə həyata keçirilmişdir.",
    "Dövri işlər qrafikə uyğun davam etdirilir; növbəti mərhələ üçün iş planı təsdiq edilib.",
)
WORK_CO_EXECUTOR = (
    "Həmicraçı qismində aparıcı qurumun sorğusu əsasında tələb olunan məlumatlar təqdim edilmiş, "
    "işçi qrupunun iclaslarında iştirak təmin edilmişdir.",
    "Həmicraçı kimi öz sahəsi üzrə təkliflər hazırlanaraq aparıcı quruma göndərilmişdir.",
)
PROBLEMS = (
    "Maliyyə vəsaitinin ayrılmasında gecikmə.",
    "İxtisaslı kadr çatışmazlığı: iki vakansiya hələ də boşdur.",
    "Avadanlığın tədarükü xarici təchizatçı tərəfindən {n} ay gecikdirilmişdir.",
    "Aidiyyəti qurumlardan rəylər vaxtında daxil olmamışdır.",
    "Köhnə (legacy) sistemlərin yeni tələblərə uyğunlaşdırılması əlavə vaxt tələb edir.",
    "Müqavilə şərtlərinin yenidən razılaşdırılması tələb olunur.",
)
EVALUATION_COMMENTS = {
    EvaluationResult.ACCEPTED.value: (
        "",
        "Hesabat qəbul edildi.",
        "Təsdiqedici sənədlər kifayətdir.",
    ),
    EvaluationResult.NEEDS_CLARIFICATION.value: (
        "Göstəricinin faktiki qiymətini təsdiq edən sənəd əlavə edilməlidir.",
        "Gecikmənin səbəbləri və yeni icra müddəti göstərilməlidir.",
        "İcra faizi görülən işlərin həcminə uyğun gəlmir; əsaslandırma tələb olunur.",
    ),
    EvaluationResult.REJECTED.value: (
        "Hesabat tədbirin məzmununa aid deyil; yenidən hazırlanmalıdır.",
        "Tamamlanma barədə məlumat təsdiqedici sənədlə əsaslandırılmayıb.",
    ),
}

# ---------------------------------------------------------------------------------------------
# The story clock


class StoryClock:
    """The clock every demo desk runs on: it stands at the moment the story has reached, moves a
    millisecond per reading (so stamps stay distinct), never goes back, and never runs ahead of
    the present of the clock it wraps (a story moment still in the future happens 'now')."""

    def __init__(self, present: Clock, start: dt.datetime) -> None:
        self._present = present
        self._ms = 0
        self.go(start)

    def go(self, moment: dt.datetime) -> None:
        target = int(moment.timestamp() * 1000)
        self._ms = max(self._ms, min(target, self._present.now_ms()))

    def now_ms(self) -> int:
        self._ms += 1
        return self._ms


# ---------------------------------------------------------------------------------------------
# Evidence files, made in memory


def text_file(title: str, lines: Sequence[str]) -> bytes:
    return "\n".join([title, "=" * len(title), "", *lines, ""]).encode("utf-8")


@cache
def _pdf_font() -> str:
    """DejaVu Sans (it has every Azerbaijani letter), registered with reportlab once."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = resource_path("fonts", "DejaVuSans.ttf")
    if not font.is_file():
        raise DeskError("the bundled font {font} is missing", font=font)
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))
    return "DejaVuSans"


def pdf_file(title: str, lines: Sequence[str]) -> bytes:
    """A one-page PDF; ``invariant`` leaves out dates and ids, so the bytes are repeatable."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    font = _pdf_font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(title)
    y = A4[1] - 72
    canvas.setFont(font, 14)
    canvas.drawString(60, y, title)
    canvas.setFont(font, 10)
    for line in lines:
        for part in textwrap.wrap(line, 95) or [""]:
            y -= 15
            canvas.drawString(60, y, part)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def png_file(values: Sequence[int], colour: tuple[int, int, int] = (31, 119, 180)) -> bytes:
    """A small bar chart (one bar per value, 0-100) as an RGB PNG."""
    bar, gap, height = 14, 6, 64
    width = gap + len(values) * (bar + gap)
    ink, paper = bytes(colour), b"\xff\xff\xff"
    rows = []
    for y in range(height):
        level = (height - 1 - y) * 100 // (height - 1)
        row = bytearray(b"\x00")  # filter type: none
        for x in range(width):
            index, offset = divmod(x - gap, bar + gap)
            filled = x >= gap and offset < bar and index < len(values) and level < values[index]
            row += ink if filled else paper
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


def evidence_file(name: str, title: str, lines: Sequence[str], values: Sequence[int]) -> bytes:
    """The content of an evidence file, by the kind its name says."""
    if name.endswith(".pdf"):
        return pdf_file(title, lines)
    if name.endswith(".png"):
        return png_file(values)
    return text_file(title, lines)


def _attach(desk: Desk, record: str, name: str, content: bytes) -> None:
    desk.attachments.attach_stream(record, io.BytesIO(content), name)


# ---------------------------------------------------------------------------------------------
# What one node writes


def configure(desk: Desk) -> None:
    """Local settings every demo node gets: the document marking and the issuing body."""
    desk.set_setting("marking", MARKING)
    desk.set_setting("issuing_body", desk.node.name)


def write_plan(desk: Desk) -> None:
    """Coordinator: institutions, facilities, the strategy, directions, measures, indicators."""
    known = {institution.code for institution in desk.plan.institutions()}
    for body in (*WORKSPACE_BODIES, *OTHER_BODIES):
        if body.code not in known:
            desk.plan.add_institution(body.code, body.name, body.name_en, body.kind)
    for facility in FACILITIES:
        desk.plan.add_facility(
            facility.institution, facility.name, facility.category, facility.criticality
        )
    desk.plan.set_strategy(
        STRATEGY_TITLE,
        STRATEGY_START.year,
        STRATEGY_END.year,
        STRATEGY_ACT,
        STRATEGY_TITLE_EN,
    )
    for number, title, title_en in DIRECTIONS:
        desk.plan.add_direction(number, title, title_en)
    for measure in MEASURES:
        desk.plan.add_measure(
            measure.number,
            measure.title,
            measure.lead,
            direction=measure.direction,
            start=measure.start,
            end=measure.end,
            continuous=measure.end is None,
            expected_result=measure.expected_result,
            financing_source=_rng("financing", measure.number).choice(FINANCING),
            co_executors=list(measure.co_executors),
            title_en=measure.title_en,
        )
        if measure.indicator:
            indicator = measure.indicator
            desk.plan.add_indicator(
                measure.number,
                indicator.name,
                indicator.unit,
                indicator.baseline,
                indicator.target,
            )


def write_catalog(desk: Desk) -> None:
    for requirement in REQUIREMENTS:
        desk.catalog.add(**requirement)


def plan_inspections(desk: Desk) -> None:
    """Coordinator: the year's inspection plan; the team's ones are assigned to its node."""
    for spec in INSPECTIONS:
        desk.inspections.add(
            spec.institution,
            reference=spec.reference,
            facilities=list(spec.facilities),
            kind=spec.kind,
            legal_basis=spec.basis,
            start=spec.start,
            end=spec.end,
            team=list(INSPECTORS[spec.by]),
            team_node=spec.by if spec.by == TEAM.code else None,
            scope=spec.scope,
        )


def set_up_coordinator(desk: Desk) -> None:
    configure(desk)
    write_plan(desk)
    write_catalog(desk)
    plan_inspections(desk)


def conduct_inspection(desk: Desk, clock: StoryClock, spec: InspectionSpec) -> None:
    """The inspecting node's fieldwork: notes and findings as they happen, then the status."""
    desk.inspections.update(spec.reference, status=InspectionStatus.IN_PROGRESS.value)
    entries: list[tuple[dt.datetime, NoteSpec | FindingSpec]] = [
        *((note.at, note) for note in spec.notes),
        *((finding.at, finding) for finding in spec.findings),
    ]
    for moment, entry in sorted(entries, key=lambda item: item[0]):
        clock.go(moment)
        if isinstance(entry, NoteSpec):
            note = desk.inspections.add_note(spec.reference, entry.text)
            if entry.photo:
                values = [_rng(spec.reference, entry.photo, i).randint(20, 95) for i in range(6)]
                _attach(desk, note.id, entry.photo, png_file(values))
        else:
            desk.inspections.add_finding(
                spec.reference,
                entry.description,
                entry.severity,
                requirement=entry.requirement,
                facility=entry.facility,
                corrective_measure=entry.corrective,
                deadline=entry.deadline,
                urgent=entry.urgent,
            )
    if spec.final_status != InspectionStatus.IN_PROGRESS.value:
        desk.inspections.update(
            spec.reference, status=InspectionStatus.COMPLETED.value, conclusion=spec.conclusion
        )


def issue_inspection_act(desk: Desk, spec: InspectionSpec) -> None:
    """The inspection act goes out: the status moves on and the act is attached as a PDF."""
    lines = [
        f"Yoxlanılan qurum: {BODIES[spec.institution].name}",
        f"Yoxlama müddəti: {spec.start:%d.%m.%Y} – {spec.end:%d.%m.%Y}",
        f"Hüquqi əsas: {spec.basis}",
        f"Əhatə dairəsi: {spec.scope}",
        f"Yoxlama qrupu: {', '.join(INSPECTORS[spec.by])}",
        "",
        "Aşkar edilmiş çatışmazlıqlar:",
        *(
            f"{number}. [{finding.severity}] {finding.description} "
            f"Müddət: {finding.deadline:%d.%m.%Y}."
            for number, finding in enumerate(spec.findings, start=1)
        ),
        "",
        f"Nəticə: {spec.conclusion}",
        "",
        MARKING,
    ]
    desk.inspections.update(spec.reference, status=InspectionStatus.REPORT_ISSUED.value)
    _attach(
        desk,
        spec.reference,
        f"Yoxlama_aktı_{spec.reference}.pdf",
        pdf_file(f"Yoxlama aktı № {spec.reference}", lines),
    )


def finding_event(desk: Desk, spec: InspectionSpec, number: int, event: Event) -> None:
    """One later event of a finding, done by the node whose part it is."""
    ref = spec.finding_ref(number)
    finding = spec.findings[number - 1]
    if event.action == "respond":
        desk.inspections.respond(ref, event.text, event.status)
        if event.evidence:
            title = f"{spec.reference} üzrə {number} nömrəli çatışmazlığın aradan qaldırılması"
            lines = [
                f"Qurum: {BODIES[spec.institution].name}",
                f"Çatışmazlıq: {finding.description}",
                f"Görülmüş tədbir: {event.text}",
                f"Tarix: {event.at:%d.%m.%Y}",
            ]
            values = [_rng(ref, event.evidence, i).randint(30, 100) for i in range(5)]
            content = evidence_file(event.evidence, title, lines, values)
            _attach(desk, ref, event.evidence, content)
    elif event.action == "extend":
        assert event.new_date is not None
        desk.inspections.extend_deadline(ref, event.new_date, event.text, APPROVER)
    else:
        desk.inspections.update_finding(ref, status=FindingStatus.VERIFIED_CLOSED.value)


def event_node(spec: InspectionSpec, event: Event) -> str:
    if event.action == "respond":
        return spec.institution
    if event.action == "extend":
        return COORDINATOR.code
    return spec.by


# -- progress reports -------------------------------------------------------------------------


def period_start(period: str) -> dt.date:
    end = period_end(period)
    months = 6 if "-H" in period else 3
    month = end.month - months + 1
    return dt.date(end.year, month, 1)


def planned_progress(measure: MeasureSpec, period: str) -> tuple[str, int] | None:
    """The status and percent the measure's lead reports for a period, or None for no report."""
    start, end = period_start(period), period_end(period)
    if measure.profile == "idle" or measure.start > end:
        return None
    if measure.profile == "wait":
        return ProgressStatus.NOT_STARTED.value, 0
    if measure.profile == "cancel":
        if period == PERIODS[0]:
            return ProgressStatus.IN_PROGRESS.value, 20
        return (ProgressStatus.CANCELLED.value, 20) if period == PERIODS[1] else None
    horizon = measure.end or STRATEGY_END
    span = max((horizon - measure.start).days, 1)
    share = min(max((end - measure.start).days / span, 0.0), 1.0)
    jitter = _rng("jitter", measure.number).randint(-4, 4)
    if share < 0.08:
        return ProgressStatus.NOT_STARTED.value, 0
    if measure.end is None:
        return ProgressStatus.IN_PROGRESS.value, min(95, max(5, round(100 * share) + jitter))
    if measure.profile == "on":
        finished = _completion_period(measure)
        if finished is not None and PERIODS.index(period) > PERIODS.index(finished):
            return None  # completed earlier: nothing more to report
        if period == finished:
            return ProgressStatus.COMPLETED.value, 100
        return ProgressStatus.IN_PROGRESS.value, min(95, max(5, round(95 * share) + jitter))
    # "late": behind schedule, delayed once most of the time has gone, never finished; past
    # its end it still creeps forward a little each period.
    periods_past_end = sum(
        period_start(earlier) > measure.end for earlier in PERIODS[: PERIODS.index(period) + 1]
    )
    percent = min(90, max(5, round(70 * share) + jitter + 3 * periods_past_end))
    if share >= 0.7 or measure.end < start:
        return ProgressStatus.DELAYED.value, percent
    return ProgressStatus.IN_PROGRESS.value, percent


def _completion_period(measure: MeasureSpec) -> str | None:
    """The reporting period in which an on-time measure reports completion."""
    if measure.end is None:
        return None
    for period in PERIODS:
        if period_end(period) >= measure.end:
            return period
    return None


def _narrative(
    measure: MeasureSpec, period: str, status: str, percent: int, co_executor: bool
) -> tuple[str, str]:
    rng = _rng("narrative", measure.number, period, co_executor)
    values = {
        "n": rng.randint(2, 5),
        "pct": percent,
        "people": rng.randint(25, 340),
    }
    if co_executor:
        sentences = [rng.choice(WORK_CO_EXECUTOR)]
    elif status == ProgressStatus.COMPLETED.value:
        sentences = [rng.choice(WORK_COMPLETED), f"Nəticə: {measure.expected_result}."]
    elif status == ProgressStatus.DELAYED.value:
        sentences = [rng.choice(WORK_DELAYED), rng.choice(WORK_IN_PROGRESS)]
    elif status == ProgressStatus.NOT_STARTED.value:
        sentences = [rng.choice(WORK_NOT_STARTED)]
    elif status == ProgressStatus.CANCELLED.value:
        sentences = [
            "Tədbir Əlaqələndirmə Komissiyasının qərarı ilə "
            f"{MERGED_INTO.get(measure.number, '')} nömrəli tədbirlə birləşdirildiyi üçün ləğv "
            "edilmişdir."
        ]
    elif measure.end is None:
        sentences = [rng.choice(WORK_CONTINUOUS), rng.choice(WORK_IN_PROGRESS)]
    else:
        sentences = rng.sample(WORK_IN_PROGRESS, 2)
    work_done = " ".join(sentence.format(**values) for sentence in sentences)
    problems = ""
    if status == ProgressStatus.DELAYED.value or (
        status == ProgressStatus.IN_PROGRESS.value and rng.random() < 0.3
    ):
        problems = rng.choice(PROBLEMS).format(**values)
    return work_done, problems


def _actual(indicator: IndicatorSpec, percent: int) -> float:
    value = indicator.baseline + (indicator.target - indicator.baseline) * percent / 100
    return round(value, 2) if indicator.unit == "bal" else float(round(value))


@dataclass(frozen=True)
class PlannedReport:
    measure: MeasureSpec
    period: str
    status: str
    percent: int
    co_executor: bool
    draft: bool
    evidence: str = ""
    actuals: dict[str, float] = field(default_factory=dict)


def planned_reports(code: str, period: str) -> list[PlannedReport]:
    """What the node ``code`` reports for a period: its own measures, and as a co-executor
    (institutions only, from 2026-Q2 on, on some measures)."""
    reports = []
    for measure in MEASURES:
        lead = measure.lead == code
        co_executor = (
            code != COORDINATOR.code
            and code in measure.co_executors
            and period in PERIODS[2:]
            and _rng("co", measure.number, code, period).random() < 0.5
        )
        if not (lead or co_executor):
            continue
        planned = planned_progress(measure, period)
        if planned is None:
            continue
        status, percent = planned
        rng = _rng("report", measure.number, code, period)
        # Some of the last period's reports are still drafts on the institution's desk.
        draft = period == PERIODS[-1] and code != COORDINATOR.code and rng.random() < 0.2
        evidence = ""
        if not draft and status != ProgressStatus.NOT_STARTED.value and rng.random() < 0.3:
            kind = rng.choice(("iclas_protokolu", "arayış", "icra_qrafiki"))
            suffix = {"iclas_protokolu": "txt", "arayış": "pdf", "icra_qrafiki": "png"}[kind]
            evidence = f"{kind}_{measure.number}_{period}.{suffix}"
        actuals = {}
        if measure.indicator and lead and status != ProgressStatus.NOT_STARTED.value:
            actuals[measure.indicator.name] = _actual(measure.indicator, percent)
        reports.append(
            PlannedReport(measure, period, status, percent, not lead, draft, evidence, actuals)
        )
    return reports


def write_progress(desk: Desk, period: str) -> None:
    """This node's progress reports for a period, with evidence on some of them."""
    code = desk.node.code
    for planned in planned_reports(code, period):
        measure = planned.measure
        work_done, problems = _narrative(
            measure, period, planned.status, planned.percent, planned.co_executor
        )
        report = desk.progress.add(
            measure.number,
            period,
            planned.status,
            planned.percent,
            work_done,
            problems=problems,
            indicator_actuals=dict(planned.actuals),
            draft=planned.draft,
        )
        if planned.evidence:
            history = [
                progress[1]
                for earlier in PERIODS[: PERIODS.index(period) + 1]
                if (progress := planned_progress(measure, earlier))
            ]
            lines = [
                f"Qurum: {BODIES[code].name}",
                f"Tədbir {measure.number}: {measure.title}",
                f"Hesabat dövrü: {period}",
                f"İcra vəziyyəti: {planned.status}, {planned.percent}%",
                "",
                work_done,
            ]
            title = f"Tədbir {measure.number} üzrə görülmüş işlər ({period})"
            content = evidence_file(planned.evidence, title, lines, history)
            _attach(desk, report.id, planned.evidence, content)


def evaluate_reports(desk: Desk, period: str) -> None:
    """Coordinator: evaluate most of the period's submitted reports from institutions."""
    results = list(EVALUATION_COMMENTS)
    for row in desk.progress.rows(period_text=period, include_drafts=False):
        if row.institution == desk.node.code or row.evaluation:
            continue
        rng = _rng("evaluation", row.measure_number, row.institution, period)
        if rng.random() >= EVALUATED_SHARE[period]:
            continue
        result = rng.choices(results, weights=(80, 14, 6))[0]
        desk.progress.evaluate(row.id, result, rng.choice(EVALUATION_COMMENTS[result]))


# ---------------------------------------------------------------------------------------------
# The story: dated work and carries


@dataclass(frozen=True)
class Work:
    """Something one node does through its own desk."""

    at: dt.datetime
    node: str
    label: str
    run: Callable[[Desk, StoryClock], None]


@dataclass(frozen=True)
class Carry:
    """Bundles taken on a stick from ``sender`` to each of ``recipients``, and imported there."""

    at: dt.datetime
    sender: str
    recipients: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.sender} → {', '.join(self.recipients)}: bundles"


Step = Work | Carry
EVERYONE = (*INSTITUTION_CODES, TEAM.code)
# The team's laptop comes back from each visit to the coordinator with the coordinator's
# bundle, whose acknowledgements spare the team from sending the same records again.
CARRIES = (
    Carry(at("2025-09-01 16:00"), COORDINATOR.code, EVERYONE),
    Carry(at("2025-11-24 09:00"), TEAM.code, (COORDINATOR.code,)),
    Carry(at("2025-11-24 11:00"), COORDINATOR.code, (AMB, AZERENERJI, TEAM.code)),
    *(Carry(at("2026-01-16 10:00"), code, (COORDINATOR.code,)) for code in INSTITUTION_CODES),
    Carry(at("2026-01-27 10:00"), COORDINATOR.code, EVERYONE),
    Carry(at("2026-03-16 09:00"), TEAM.code, (COORDINATOR.code,)),
    Carry(at("2026-03-16 11:00"), COORDINATOR.code, (METRO, DGK, TEAM.code)),
    *(Carry(at("2026-04-13 10:00"), code, (COORDINATOR.code,)) for code in INSTITUTION_CODES),
    Carry(at("2026-04-27 10:00"), COORDINATOR.code, EVERYONE),
    Carry(at("2026-05-25 09:00"), TEAM.code, (COORDINATOR.code,)),
    Carry(at("2026-05-25 11:00"), COORDINATOR.code, (RINN, TEAM.code)),
    *(Carry(at("2026-07-13 10:00"), code, (COORDINATOR.code,)) for code in EVERYONE),
    Carry(at("2026-07-21 10:00"), COORDINATOR.code, EVERYONE),
    Carry(at("2026-09-28 10:00"), COORDINATOR.code, (AMB,)),
    *(Carry(at("2026-10-12 10:00"), code, (COORDINATOR.code,)) for code in INSTITUTION_CODES),
    Carry(at("2026-10-23 10:00"), COORDINATOR.code, EVERYONE),
    Carry(at("2026-11-20 10:00"), TEAM.code, (COORDINATOR.code,)),
    Carry(at("2026-11-20 11:00"), COORDINATOR.code, EVERYONE),
)
STORY_START = at("2025-09-01 09:00")


def _run_only(action: Callable[[Desk], Any]) -> Callable[[Desk, StoryClock], None]:
    def run(desk: Desk, clock: StoryClock) -> None:
        action(desk)

    return run


def story() -> list[Step]:
    """Every step of the demo in the order it happens."""
    steps: list[Step] = [
        Work(
            STORY_START,
            COORDINATOR.code,
            f"{COORDINATOR.code}: action plan ({len(MEASURES)} measures), catalog "
            f"({len(REQUIREMENTS)} requirements), inspection plan ({len(INSPECTIONS)})",
            _run_only(set_up_coordinator),
        ),
        *(Work(STORY_START, code, f"{code}: settings", _run_only(configure)) for code in EVERYONE),
        *CARRIES,
    ]
    for spec in INSPECTIONS:
        if spec.final_status == InspectionStatus.PLANNED.value:
            continue
        steps.append(
            Work(
                at(f"{spec.start} 09:00"),
                spec.by,
                f"{spec.by}: inspection {spec.reference} of {spec.institution}",
                partial(conduct_inspection, spec=spec),
            )
        )
        if spec.issued:
            steps.append(
                Work(
                    spec.issued,
                    spec.by,
                    f"{spec.by}: act of inspection {spec.reference}",
                    _run_only(partial(issue_inspection_act, spec=spec)),
                )
            )
        for number, finding in enumerate(spec.findings, start=1):
            for event in finding.events:
                node = event_node(spec, event)
                steps.append(
                    Work(
                        event.at,
                        node,
                        f"{node}: {event.action} {spec.finding_ref(number)}",
                        _run_only(partial(finding_event, spec=spec, number=number, event=event)),
                    )
                )
    for period in PERIODS:
        for code in REPORTING_NODES:
            steps.append(
                Work(
                    at(REPORT_DAY[period]),
                    code,
                    f"{code}: progress reports for {period}",
                    _run_only(partial(write_progress, period=period)),
                )
            )
        steps.append(
            Work(
                at(EVALUATION_DAY[period]),
                COORDINATOR.code,
                f"{COORDINATOR.code}: evaluations of {period}",
                _run_only(partial(evaluate_reports, period=period)),
            )
        )
    # Stable: steps at the same moment keep the order they were listed in.
    return sorted(steps, key=lambda step: step.at)
