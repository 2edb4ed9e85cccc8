"""Every string printed in a report, in English, Azerbaijani and Russian, and the date formats.

``TEXTS`` keeps English and Azerbaijani side by side so that a missing translation is visible at
a glance; ``RU`` holds the Russian of every key (a test checks that none is missing or empty and
that the placeholders agree). Record values (names, titles, narratives) are printed as entered;
only the document's own words and the enumerations are translated here.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, get_args

Lang = Literal["en", "az", "ru"]
# Every report is printed in English and Azerbaijani, and those of RUSSIAN_KINDS in Russian
# too (the Russian of every document string is in ``RU``).
LANGS: tuple[Lang, ...] = ("en", "az")
NOTICE_LANGS: tuple[Lang, ...] = get_args(Lang)
RUSSIAN_KINDS = frozenset(
    {"urgent-notice", "compliance", "strategy", "due-list", "meeting-protocol"}
)

# key -> (English, Azerbaijani)
TEXTS: dict[str, tuple[str, str]] = {
    # -- every page ------------------------------------------------------------------------
    "page": ("Page {n} of {m}", "Səhifə {n} / {m}"),
    "generated": (
        "Generated {time} by {user} on node {node}",
        "{time} tarixində {node} qovşağında {user} tərəfindən hazırlanıb",
    ),
    "document_id": ("Document {id}", "Sənəd {id}"),
    "none": ("None.", "Yoxdur."),
    "yes": ("yes", "bəli"),
    "no": ("no", "xeyr"),
    "continuous": ("continuous", "davamlı"),
    # -- shared labels ---------------------------------------------------------------------
    "period": ("Reporting period", "Hesabat dövrü"),
    "scope": ("Scope", "Əhatə dairəsi"),
    "scope_all": ("All institutions", "Bütün qurumlar"),
    "date_of_issue": ("Date of issue", "Tərtib tarixi"),
    "issued_by": ("Issued by", "Tərtib edən"),
    "col_number": ("No.", "№"),
    "col_measure": ("Measure", "Tədbir"),
    "col_lead": ("Lead institution", "Məsul qurum"),
    "col_status": ("Status", "Status"),
    "col_count": ("Count", "Say"),
    "col_percent": ("%", "%"),
    "col_due": ("Due", "Son tarix"),
    "col_institution": ("Institution", "Qurum"),
    "col_inspection": ("Inspection", "Yoxlama"),
    "col_requirement": ("Requirement", "Tələb"),
    "col_severity": ("Severity", "Təhlükə dərəcəsi"),
    "col_description": ("Description", "Təsviri"),
    "col_corrective": ("Corrective measure", "Düzəldici tədbir"),
    "col_deadline": ("Deadline", "İcra müddəti"),
    "col_facility": ("Facility", "Obyekt"),
    "col_dates": ("Dates", "Tarixlər"),
    "col_findings": ("Findings", "Çatışmazlıqlar"),
    "col_kind": ("Type", "Növü"),
    "signature": ("signature", "imza"),
    "full_name": ("full name", "soyadı, adı"),
    "position": ("position", "vəzifəsi"),
    "date": ("date", "tarix"),
    "date_time": ("date and time", "tarix və vaxt"),
    # -- strategy report -------------------------------------------------------------------
    "strategy_title": ("Strategy implementation report", "Strategiyanın icrası haqqında hesabat"),
    "strategy_missing": ("No strategy has been set", "Strategiya müəyyən edilməyib"),
    "approving_act": ("Approved by", "Təsdiq edən akt"),
    "strategy_years": ("Strategy period", "Strategiyanın müddəti"),
    "sec_summary": ("Summary", "Xülasə"),
    "fig_measures": ("Measures", "Tədbirlər"),
    "fig_mean_percent": ("Mean completion", "Orta icra faizi"),
    "fig_completed": ("Completed measures", "Başa çatmış tədbirlər"),
    "fig_overdue": ("Overdue measures", "Vaxtı keçmiş tədbirlər"),
    "fig_submitted": ("Reports submitted for the period", "Dövr üzrə təqdim edilmiş hesabatlar"),
    "fig_missing": ("Reports missing for the period", "Dövr üzrə təqdim edilməmiş hesabatlar"),
    "sec_directions": ("Progress by direction", "İstiqamətlər üzrə irəliləyiş"),
    "col_direction": ("Direction", "İstiqamət"),
    "col_measures": ("Measures", "Tədbirlər"),
    "col_mean_percent": ("Mean %", "Orta %"),
    "chart_directions": (
        "Mean completion by direction, %",
        "İstiqamətlər üzrə orta icra faizi, %",
    ),
    "sec_by_status": ("Measures by status", "Tədbirlər statuslar üzrə"),
    "sec_overdue": ("Overdue measures", "Vaxtı keçmiş tədbirlər"),
    "sec_all_measures": ("All measures", "Bütün tədbirlər"),
    "col_latest_report": ("Latest report", "Son hesabat"),
    "coordinator_decision": ("Coordinator's decision", "Əlaqələndiricinin qərarı"),
    "evaluation_line": ("Evaluation", "Qiymətləndirmə"),
    "sec_contributions": (
        "Contributions of co-executors",
        "Əlaqədar qurumların töhfələri",
    ),
    "col_period": ("Period", "Dövr"),
    "col_work_done": ("Work done", "Görülən iş"),
    "sec_indicators": ("Indicators", "İndikatorlar"),
    "col_indicator": ("Indicator", "İndikator"),
    "col_unit": ("Unit", "Ölçü vahidi"),
    "col_baseline": ("Baseline", "Başlanğıc"),
    "col_target": ("Target", "Hədəf"),
    "col_actual": ("Actual", "Faktiki"),
    "col_course": ("Direction", "Dəyişmə istiqaməti"),
    "col_milestone": ("Milestone", "Aralıq hədəf"),
    "col_achievement": ("Achieved", "Nail olunub"),
    "cancelled_on": ("Cancelled on {date}", "{date} tarixindən ləğv edilib"),
    "sec_revisions": (
        "Plan revisions in {period}",
        "{period} dövründə Tədbirlər Planına edilmiş dəyişikliklər",
    ),
    "col_date": ("Date", "Tarix"),
    "col_changed": ("Changed", "Dəyişən"),
    "col_old": ("Was", "Əvvəl"),
    "col_new": ("Now", "İndi"),
    "col_reason": ("Reason", "Səbəb"),
    "col_decision": ("Decision", "Qərar"),
    "sec_missing": (
        "Reports missing for {period}",
        "{period} dövrü üzrə təqdim edilməmiş hesabatlar",
    ),
    "col_missing_measures": ("Measures without a report", "Hesabatı olmayan tədbirlər"),
    "strategy_title_institution": (
        "Institution's report on the implementation of the strategy",
        "Qurumun Strategiyanın icrası üzrə hesabatı",
    ),
    "sec_led": ("Measures the institution leads", "Qurumun əsas icraçı olduğu tədbirlər"),
    "sec_co_executed": (
        "Measures the institution co-executes",
        "Qurumun əlaqədar qurum kimi iştirak etdiyi tədbirlər",
    ),
    "col_own_part": ("The institution's own report", "Qurumun öz hesabatı"),
    "sec_own_reports": (
        "Reports of the institution for {period} and their evaluation",
        "Qurumun {period} dövrü üzrə hesabatları və onların qiymətləndirilməsi",
    ),
    "col_role": ("Role", "İştirakı"),
    "role_lead": ("lead", "əsas icraçı"),
    "role_co_executor": ("co-executor", "əlaqədar qurum"),
    "col_evaluation": ("Evaluation", "Qiymətləndirmə"),
    # -- inspection act --------------------------------------------------------------------
    "act_title": ("Inspection act", "Yoxlama aktı"),
    "act_reference": ("Reference", "Qeydiyyat nömrəsi"),
    "addendum_title": ("Addendum {n} to the inspection act", "Yoxlama aktına {n} saylı əlavə"),
    "act_draft": (
        "Draft: the act is not issued yet",
        "Layihə: akt hələ təqdim edilməyib",
    ),
    "inspected_institution": ("Inspected institution", "Yoxlanılan qurum"),
    "facilities": ("Facilities inspected", "Yoxlanılan obyektlər"),
    "criticality": ("category {c}", "{c} kateqoriya"),
    "inspection_dates": ("Dates of the inspection", "Yoxlamanın tarixləri"),
    "inspection_kind": ("Type of inspection", "Yoxlamanın növü"),
    "inspection_status": ("Status", "Vəziyyəti"),
    "legal_basis": ("Legal basis", "Hüquqi əsas"),
    "team": ("Inspection team", "Yoxlama qrupu"),
    "act_scope": ("Scope", "Əhatə dairəsi"),
    "criteria": ("Criteria (requirements applied)", "Meyarlar (tətbiq edilmiş tələblər)"),
    "conclusion": ("Conclusion", "Nəticə"),
    "sec_findings": ("Findings", "Aşkar edilmiş çatışmazlıqlar"),
    "sec_urgent": ("Urgent measures", "Təcili tədbirlər"),
    "urgent_intro": (
        "The following deficiencies make a breach likely and call for immediate action:",
        "Aşağıdakı çatışmazlıqlar pozuntu ehtimalı yaradır "
        "və dərhal tədbir görülməsini tələb edir:",
    ),
    "sec_signatures": ("Signatures", "İmzalar"),
    "sec_commission_signatures": (
        "Signatures of the joint commission (node keys)",
        "Birgə komissiyanın imzaları (qovşaq açarları)",
    ),
    "commission_issuer": (
        "Special Communication and Information Security State Service (issuing agency)",
        "Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti (aktı tərtib edən qurum)",
    ),
    "commission_partner": ("State Security Service", "Dövlət Təhlükəsizliyi Xidməti"),
    "col_agency": ("Agency", "Qurum"),
    "col_signed": ("Signed (node, by, date)", "İmzalayıb (qovşaq, şəxs, tarix)"),
    "col_key_fingerprint": ("Key fingerprint", "Açarın barmaq izi"),
    "awaiting_signature": ("awaiting signature", "imza gözlənilir"),
    "act_awaiting_co_signature": (
        "Awaiting co-signature: the act is not sent to the inspected institution until both"
        " agencies have signed it.",
        "Birgə imza gözlənilir: hər iki qurum imzalayana qədər akt yoxlanılan quruma göndərilmir.",
    ),
    "sign_team": ("For the inspection team", "Yoxlama qrupu adından"),
    "sign_institution": (
        "Representative of the inspected institution",
        "Yoxlanılan qurumun nümayəndəsi",
    ),
    "urgent_mark": ("urgent", "təcili"),
    # -- urgent-measure notice -------------------------------------------------------------
    "notice_title": ("Urgent-measure notice", "Təcili tədbir barədə bildiriş"),
    "notice_to": ("To", "Kimə"),
    "notice_commission": (
        "The joint commission of the State Security Service and the Special Communication and"
        " Information Security State Service",
        "Dövlət Təhlükəsizliyi Xidməti və Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət"
        " Xidmətinin birgə komissiyası",
    ),
    "notice_head": ("The head of {name}", "{name} rəhbərinə"),
    "notice_body": (
        "During inspection {reference} ({dates}) a deficiency was found at a critical"
        " information infrastructure facility that makes a breach of its security likely. The"
        " measure below must be taken without delay and reported to the commission, with"
        " evidence, by {deadline}.",
        "{reference} nömrəli yoxlama zamanı ({dates}) kritik informasiya infrastrukturu"
        " obyektində onun təhlükəsizliyinin pozulması ehtimalını yaradan çatışmazlıq aşkar"
        " edilmişdir. Aşağıdakı tədbir təxirə salınmadan görülməli və {deadline} tarixinədək"
        " sübutlarla komissiyaya məlumat verilməlidir.",
    ),
    "notice_finding": ("Finding", "Çatışmazlıq"),
    "notice_facility": ("Facility", "Obyekt"),
    "notice_weighing": ("Threat weighed", "Təhlükənin qiymətləndirilməsi"),
    "notice_score": (
        "likelihood {l}, impact {i}: risk score {s} of 25",
        "ehtimal {l}, təsir {i}: risk balı {s} / 25",
    ),
    "notice_not_weighed": ("not weighed", "qiymətləndirilməyib"),
    "notice_deficiency": ("Deficiency", "Çatışmazlığın təsviri"),
    "notice_measure": ("Urgent measure required", "Tələb olunan təcili tədbir"),
    "notice_deadline_reason": ("Deadline set because", "Müddətin əsası"),
    "notice_closing": (
        "The commission verifies the measure taken by document review or on site; until it"
        " does, the finding stays open.",
        "Komissiya görülmüş tədbiri sənədlərin yoxlanılması və ya yerində yoxlama yolu ilə"
        " təsdiq edir; təsdiq edilənədək çatışmazlıq açıq qalır.",
    ),
    "sign_commission": ("For the commission", "Komissiya adından"),
    "sign_received": ("Received for the institution", "Qurum adından qəbul edən"),
    # -- compliance report -----------------------------------------------------------------
    "compliance_title": (
        "Periodic report on CII security compliance",
        "KİI təhlükəsizliyi tələblərinə uyğunluq üzrə dövri hesabat",
    ),
    "fig_inspections": ("Inspections carried out", "Aparılmış yoxlamalar"),
    "fig_findings": ("Findings recorded", "Qeydə alınmış çatışmazlıqlar"),
    "fig_urgent": ("Urgent measures raised", "Müəyyən edilmiş təcili tədbirlər"),
    "fig_overdue_corrective": (
        "Overdue corrective measures",
        "Vaxtı keçmiş düzəldici tədbirlər",
    ),
    "sec_inspections": ("Inspections carried out", "Aparılmış yoxlamalar"),
    "sec_by_severity": ("Findings by severity", "Çatışmazlıqlar təhlükə dərəcəsinə görə"),
    "sec_by_requirement": ("Findings by requirement", "Çatışmazlıqlar tələblər üzrə"),
    "sec_by_institution": ("Findings by institution", "Çatışmazlıqlar qurumlar üzrə"),
    "chart_top": (
        "The {n} largest; the table lists them all",
        "Ən çox olan {n}; cədvəldə hamısı göstərilir",
    ),
    "sec_overdue_corrective": (
        "Overdue corrective measures",
        "Vaxtı keçmiş düzəldici tədbirlər",
    ),
    "sec_urgent_raised": ("Urgent measures raised", "Müəyyən edilmiş təcili tədbirlər"),
    "sec_earlier": ("Status of earlier findings", "Əvvəlki çatışmazlıqların vəziyyəti"),
    "earlier_intro": (
        "Findings of inspections carried out before {date}, by their status on {end}:",
        "{date} tarixindən əvvəl aparılmış yoxlamaların çatışmazlıqları, {end} tarixinə"
        " vəziyyətinə görə:",
    ),
    "as_of_intro": (
        "Every figure is as of {end}, the last day of the period, from the dates the records"
        " carry: a finding's state is the one its events had reached by then, its deadline the"
        " one in force then.",
        "Bütün göstəricilər dövrün son günü olan {end} tarixinə, qeydlərdə əks olunmuş"
        " tarixlərə görə hesablanıb: çatışmazlığın vəziyyəti həmin tarixədək qeydə alınmış"
        " hadisələrə, icra müddəti isə həmin tarixdə qüvvədə olan müddətə görə götürülür.",
    ),
    "fig_remediation_rate": ("Remediated in time", "Vaxtında aradan qaldırılıb"),
    "sec_remediation": (
        "Remediation, disputes and extensions",
        "Aradan qaldırma, etirazlar və müddətin uzadılması",
    ),
    "remediation_intro": (
        "The remediation rate is the share of the findings due in the period (deadline in the"
        " period, not withdrawn) that the commission verified and closed by their deadline.",
        "Aradan qaldırma göstəricisi dövr ərzində icra müddəti çatan (geri götürülməmiş)"
        " çatışmazlıqlardan komissiyanın müddətində yoxlayıb bağladıqlarının payıdır.",
    ),
    "col_figure": ("Figure", "Göstərici"),
    "col_this_period": ("{period}", "{period}"),
    "col_previous_period": ("{period} (previous)", "{period} (əvvəlki)"),
    "row_due": ("Findings due in the period", "Dövr ərzində icra müddəti çatan çatışmazlıqlar"),
    "row_closed_in_time": (
        "Verified and closed by the deadline",
        "Müddətində yoxlanılıb və bağlanıb",
    ),
    "row_remediation_rate": ("Remediation rate", "Aradan qaldırma göstəricisi"),
    "row_overdue_end": (
        "Overdue at the end of the period",
        "Dövrün sonuna vaxtı keçmiş",
    ),
    "row_disputes_opened": ("Disputes opened", "Verilmiş etirazlar"),
    "row_disputes_upheld": (
        "Disputes decided: finding upheld",
        "Baxılmış etirazlar: çatışmazlıq qüvvədə saxlanılıb",
    ),
    "row_disputes_withdrawn": (
        "Disputes decided: finding withdrawn",
        "Baxılmış etirazlar: çatışmazlıq geri götürülüb",
    ),
    "row_extensions_requested": ("Extensions requested", "Müddətin uzadılması üçün müraciətlər"),
    "row_extensions_approved": ("Extensions approved", "Təmin edilmiş müraciətlər"),
    "row_extensions_rejected": ("Extensions rejected", "Rədd edilmiş müraciətlər"),
    "sec_by_class": ("Findings by CII class", "Çatışmazlıqlar KİI kateqoriyası üzrə"),
    "class_name": ("Class {c}", "{c} kateqoriya"),
    "col_cii_class": ("CII class", "KİI kateqoriyası"),
    "col_risk_score": ("Risk score", "Risk balı"),
    "sec_by_score": ("Findings by risk score", "Çatışmazlıqlar risk balına görə"),
    "band_range": ("{band}: score {low}–{high}", "{band}: {low}–{high} bal"),
    "band_not_weighed": ("Not weighed", "Qiymətləndirilməyib"),
    "sign_prepared": ("Prepared by", "Hazırladı"),
    "sign_approved": ("Approved by", "Təsdiq etdi"),
    "no_requirement": ("(no requirement)", "(tələb göstərilməyib)"),
    "col_finding": ("Finding", "Çatışmazlıq"),
    "col_days_overdue": ("Days overdue", "Gecikmə, gün"),
    # -- due list --------------------------------------------------------------------------
    "due_title": ("Due list", "İcrası gözlənilən işlərin siyahısı"),
    "due_intro": (
        "What the coordinating body expects of the institution as of {date}: lead reports "
        "for the current period not yet submitted, measures ending within {days} days, "
        "reports whose evaluation asks for clarification, findings due within {days} days "
        "or overdue, remediation claims awaiting verification, extension requests awaiting a "
        "decision and working group tasks.",
        "{date} tarixinə əlaqələndirici orqanın qurumdan gözlədiyi işlər: cari dövr üzrə "
        "hələ təqdim edilməmiş əsas icraçı hesabatları, {days} gün ərzində icra müddəti "
        "bitən tədbirlər, qiymətləndirməsində dəqiqləşdirmə tələb olunan hesabatlar, "
        "{days} gün ərzində müddəti çatan və ya gecikmiş çatışmazlıqlar, yoxlanılması "
        "gözlənilən aradan qaldırma bildirişləri, qərar gözləyən müddətin uzadılması "
        "müraciətləri və işçi qrupların tapşırıqları.",
    ),
    "as_of": ("As of", "Tarixə"),
    "due_window": ("Window", "Müddət"),
    "days": ("{n} days", "{n} gün"),
    "due_summary": ("Summary", "Xülasə"),
    "due_items": ("Items", "Siyahı"),
    "col_reference": ("Reference", "İstinad"),
    "col_remark": ("Remark", "Qeyd"),
    "overdue": ("overdue", "gecikmiş"),
    "due_report": ("Lead report for the period", "Dövr üzrə əsas icraçı hesabatı"),
    "due_measure_end": ("Measure ending", "Tədbirin icra müddəti bitir"),
    "due_clarification": ("Clarification requested", "Dəqiqləşdirmə tələb olunur"),
    "due_finding": ("Finding to remediate", "Aradan qaldırılmalı çatışmazlıq"),
    "due_claim": (
        "Remediation awaiting verification",
        "Yoxlanılması gözlənilən aradan qaldırma",
    ),
    "due_extension": (
        "Extension request awaiting a decision",
        "Qərar gözləyən müddətin uzadılması müraciəti",
    ),
    "due_task": ("Working group task", "İşçi qrupun tapşırığı"),
    # -- meeting protocol ------------------------------------------------------------------
    "protocol_title": ("Protocol of the working group meeting", "İşçi qrupun iclasının protokolu"),
    "working_group": ("Working group", "İşçi qrup"),
    "meeting_date": ("Date of the meeting", "İclasın tarixi"),
    "meeting_place": ("Place", "Yeri"),
    "meeting_chair": ("Chaired by", "Sədrlik edən"),
    "attendees": ("Present", "İştirak edənlər"),
    "agenda": ("Agenda", "Gündəlik"),
    "decisions": ("Decided", "Qərara alındı"),
    "col_assigned": ("Assigned to", "İcraçılar"),
    "sign_chair": ("Chair of the working group", "İşçi qrupun sədri"),
    "sign_secretary": ("Secretary of the working group", "İşçi qrupun katibi"),
    "sign_member": ("For {code}", "{code} adından"),
    "sec_member_signatures": ("Members", "Üzvlər"),
    "task_done": ("done", "icra olunub"),
    # -- key card --------------------------------------------------------------------------
    "key_card_title": ("Node identity key card", "Qovşağın identifikasiya kartı"),
    "key_card_intro": (
        "Before enrolling this node as a partner, compare the fingerprint below with the one "
        "the application shows for the card received on removable media. Compare it in person "
        "or read it aloud over the telephone, never through the same medium as the card.",
        "Bu qovşağı tərəfdaş kimi qeydiyyata almazdan əvvəl aşağıdakı barmaq izini daşınan "
        "daşıyıcıda alınmış kart üçün proqramın göstərdiyi barmaq izi ilə müqayisə edin. "
        "Müqayisəni şəxsən və ya telefonla oxuyaraq aparın, "
        "heç vaxt kartla eyni daşıyıcı vasitəsilə yox.",
    ),
    "node_code": ("Node code", "Qovşağın kodu"),
    "node_name": ("Name", "Adı"),
    "node_role": ("Role", "Rolu"),
    "fingerprint": ("Fingerprint", "Barmaq izi"),
    "signing_key": ("Signing key (Ed25519)", "İmza açarı (Ed25519)"),
    "encryption_key": ("Encryption key (age X25519)", "Şifrələmə açarı (age X25519)"),
    "card_created": ("Card created", "Kartın yaradılma tarixi"),
    "qr_caption": (
        "QR code: the complete identity card",
        "QR kod: identifikasiya kartının tam mətni",
    ),
    "sign_owner": ("Handed over by (node administrator)", "Təqdim edən (qovşağın inzibatçısı)"),
    "sign_verifier": ("Verified by (receiving partner)", "Yoxlayan (qəbul edən tərəf)"),
    # -- transfer form ---------------------------------------------------------------------
    "transfer_title": (
        "Bundle transfer form (chain of custody)",
        "Məlumat paketinin ötürülməsi forması (saxlanma zənciri)",
    ),
    "transfer_intro": (
        "This form travels with the removable medium. Before importing, the receiver checks "
        "that the SHA-256 of the bundle file on the medium equals the one printed here.",
        "Bu forma daşınan daşıyıcı ilə birlikdə göndərilir. İdxaldan əvvəl qəbul edən tərəf "
        "daşıyıcıdakı paket faylının SHA-256 dəyərinin "
        "burada çap edilmiş dəyərlə eyni olduğunu yoxlayır.",
    ),
    "bundle_id": ("Bundle ID", "Paketin identifikatoru"),
    "bundle_file": ("File name", "Faylın adı"),
    "sender": ("Sender", "Göndərən"),
    "recipient": ("Recipient", "Alan"),
    "sequence": ("Sequence number", "Ardıcıllıq nömrəsi"),
    "size": ("Size", "Həcmi"),
    "bytes": ("{n} bytes", "{n} bayt"),
    "sha256": ("SHA-256", "SHA-256"),
    "audit_head": ("Sender's audit log", "Göndərənin audit jurnalı"),
    "audit_entries": ("{n} entries, head:", "{n} qeyd, sonuncunun heşi:"),
    "counts": ("Contents", "Tərkibi"),
    "bundle_time": ("Created", "Yaradılma vaxtı"),
    "transfer_direction": ("Direction", "İstiqamət"),
    "direction_out": ("sent by this node", "bu qovşaq tərəfindən göndərilib"),
    "direction_in": ("received by this node", "bu qovşaq tərəfindən qəbul edilib"),
    "custody_courier": ("Handed over by (courier)", "Təhvil verən (kuryer)"),
    "custody_receiver": ("Received by", "Qəbul edən"),
    "custody_check": (
        "SHA-256 checked on receipt:  [  ] matches   [  ] does not match",
        "Qəbul zamanı SHA-256 yoxlanıldı:  [  ] uyğundur   [  ] uyğun deyil",
    ),
}

# Enumerations stored in records, printed by their translated label.
ENUMS: dict[str, tuple[str, str]] = {
    # progress status
    "not_started": ("Not started", "Başlanmayıb"),
    "in_progress": ("In progress", "İcra olunur"),
    "completed": ("Completed", "Başa çatıb"),
    "cancelled": ("Cancelled", "Ləğv edilib"),
    "delayed": ("Delayed", "Gecikir"),
    # evaluation
    "implemented": ("Implemented", "İcra olunub"),
    "partly_implemented": ("Partly implemented", "Qismən icra olunub"),
    "not_implemented": ("Not implemented", "İcra olunmayıb"),
    "needs_clarification": ("Needs clarification", "Dəqiqləşdirmə tələb olunur"),
    "pending": ("Pending evaluation", "Qiymətləndirmə gözlənilir"),
    # indicator direction
    "increase": ("Increase", "Artım"),
    "decrease": ("Decrease", "Azalma"),
    # what a plan revision changes ("cancelled" is shared above)
    "title": ("Title", "Adı"),
    "start": ("Start date", "Başlama tarixi"),
    "end": ("End date", "Bitmə tarixi"),
    "lead": ("Lead institution", "Məsul qurum"),
    "co_executors": ("Co-executors", "Əlaqədar qurumlar"),
    # severity
    "critical": ("Critical", "Kritik"),
    "high": ("High", "Yüksək"),
    "medium": ("Medium", "Orta"),
    "low": ("Low", "Aşağı"),
    # finding status
    "open": ("Open", "Açıq"),
    "in_remediation": ("In remediation", "Aradan qaldırılır"),
    "remediated": ("Remediated", "Aradan qaldırılıb"),
    "verified_closed": ("Verified and closed", "Yoxlanılıb və bağlanıb"),
    "disputed": ("Disputed", "Etiraz edilib"),
    "withdrawn": ("Withdrawn", "Geri götürülüb"),
    # inspection kind and status ("in_progress" and "completed" are shared above)
    "scheduled": ("Scheduled", "Planlı"),
    "unscheduled": ("Unscheduled", "Plandankənar"),
    "follow_up": ("Follow-up", "Təkrar"),
    "planned": ("Planned", "Planlaşdırılıb"),
    "report_issued": ("Act issued", "Akt tərtib edilib"),
    # node roles
    "coordinator": ("Coordinating body", "Əlaqələndirici orqan"),
    "institution": ("Institution", "Qurum"),
    "inspection-team": ("Inspection team", "Yoxlama qrupu"),
    # record kinds, as counted in bundles
    "strategy": ("Strategy", "Strategiya"),
    "direction": ("Directions", "İstiqamətlər"),
    "measure": ("Measures", "Tədbirlər"),
    "indicator": ("Indicators", "İndikatorlar"),
    "progress_report": ("Progress reports", "İcra hesabatları"),
    "evaluation": ("Evaluations", "Qiymətləndirmələr"),
    "requirement": ("Requirements", "Tələblər"),
    "inspection": ("Inspections", "Yoxlamalar"),
    "inspection_note": ("Inspection notes", "Yoxlama qeydləri"),
    "finding": ("Findings", "Çatışmazlıqlar"),
    "deadline_extension": ("Deadline extensions", "Müddətin uzadılması"),
    "attachment": ("Attachments", "Qoşmalar"),
    "attachments": ("Attachment files", "Qoşma faylları"),
    "facility": ("Facilities", "Obyektlər"),
    "acknowledgement": ("Acknowledgements", "Təsdiqlər"),
    "receipt": ("Receipts", "Qəbz"),
}


# The Russian of every document string and enumeration.
RU: dict[str, str] = {
    "page": "Страница {n} из {m}",
    "generated": "Подготовлено {time} пользователем {user} на узле {node}",
    "document_id": "Документ {id}",
    "none": "Нет.",
    "yes": "да",
    "no": "нет",
    "continuous": "постоянно",
    "period": "Отчётный период",
    "scope": "Охват",
    "scope_all": "Все учреждения",
    "date_of_issue": "Дата составления",
    "issued_by": "Составил",
    "col_number": "№",
    "col_measure": "Мероприятие",
    "col_lead": "Ответственный",
    "col_status": "Статус",
    "col_count": "Количество",
    "col_percent": "%",
    "col_due": "Срок",
    "col_institution": "Учреждение",
    "col_inspection": "Проверка",
    "col_requirement": "Требование",
    "col_severity": "Степень опасности",
    "col_description": "Описание",
    "col_corrective": "Корректирующая мера",
    "col_deadline": "Срок исполнения",
    "col_facility": "Объект",
    "col_dates": "Даты",
    "col_findings": "Недостатки",
    "col_kind": "Вид",
    "signature": "подпись",
    "full_name": "фамилия, имя",
    "position": "должность",
    "date": "дата",
    "date_time": "дата и время",
    "strategy_title": "Отчёт о выполнении Стратегии",
    "strategy_missing": "Стратегия не задана",
    "approving_act": "Утверждена",
    "strategy_years": "Срок Стратегии",
    "sec_summary": "Сводка",
    "fig_measures": "Мероприятия",
    "fig_mean_percent": "Средний процент выполнения",
    "fig_completed": "Завершённые мероприятия",
    "fig_overdue": "Просроченные мероприятия",
    "fig_submitted": "Отчёты, представленные за период",
    "fig_missing": "Отчёты, не представленные за период",
    "sec_directions": "Ход выполнения по направлениям",
    "col_direction": "Направление",
    "col_measures": "Мероприятия",
    "col_mean_percent": "Средний %",
    "chart_directions": "Средний процент выполнения по направлениям, %",
    "sec_by_status": "Мероприятия по статусам",
    "sec_overdue": "Просроченные мероприятия",
    "sec_all_measures": "Все мероприятия",
    "col_latest_report": "Последний отчёт",
    "coordinator_decision": "Решение координатора",
    "evaluation_line": "Оценка",
    "sec_contributions": "Вклад соисполнителей",
    "col_period": "Период",
    "col_work_done": "Проделанная работа",
    "sec_indicators": "Индикаторы",
    "col_indicator": "Индикатор",
    "col_unit": "Ед. изм.",
    "col_baseline": "Исходное",
    "col_target": "Цель",
    "col_actual": "Факт",
    "col_course": "Динамика",
    "col_milestone": "Веха",
    "col_achievement": "Достигнуто",
    "cancelled_on": "Отменено с {date}",
    "sec_revisions": "Изменения Плана мероприятий в периоде {period}",
    "col_date": "Дата",
    "col_changed": "Изменено",
    "col_old": "Было",
    "col_new": "Стало",
    "col_reason": "Основание",
    "col_decision": "Решение",
    "sec_missing": "Отчёты, не представленные за {period}",
    "col_missing_measures": "Мероприятия без отчёта",
    "strategy_title_institution": "Отчёт учреждения о выполнении Стратегии",
    "sec_led": "Мероприятия, ответственным исполнителем которых является учреждение",
    "sec_co_executed": "Мероприятия, в которых учреждение участвует как соисполнитель",
    "col_own_part": "Собственный отчёт учреждения",
    "sec_own_reports": "Отчёты учреждения за {period} и их оценка",
    "col_role": "Роль",
    "role_lead": "ответственный исполнитель",
    "role_co_executor": "соисполнитель",
    "col_evaluation": "Оценка",
    "sign_prepared": "Подготовил",
    "sign_approved": "Утвердил",
    "act_title": "Акт проверки",
    "act_reference": "Регистрационный номер",
    "addendum_title": "Приложение {n} к акту проверки",
    "act_draft": "Проект: акт ещё не выдан",
    "inspected_institution": "Проверяемое учреждение",
    "facilities": "Проверенные объекты",
    "criticality": "категория {c}",
    "inspection_dates": "Даты проверки",
    "inspection_kind": "Вид проверки",
    "inspection_status": "Статус",
    "legal_basis": "Правовое основание",
    "team": "Проверочная группа",
    "act_scope": "Охват",
    "criteria": "Критерии (применённые требования)",
    "conclusion": "Заключение",
    "sec_findings": "Выявленные недостатки",
    "sec_urgent": "Срочные меры",
    "urgent_intro": "Следующие недостатки создают вероятность нарушения и требуют немедленных мер:",
    "sec_signatures": "Подписи",
    "sec_commission_signatures": "Подписи совместной комиссии (ключи узлов)",
    "commission_issuer": (
        "Государственная служба специальной связи и информационной безопасности (выдающее "
        "ведомство)"
    ),
    "commission_partner": "Служба государственной безопасности",
    "col_agency": "Ведомство",
    "col_signed": "Подписано (узел, кем, дата)",
    "col_key_fingerprint": "Отпечаток ключа",
    "awaiting_signature": "ожидает подписи",
    "act_awaiting_co_signature": (
        "Ожидает второй подписи: акт не направляется проверяемому учреждению, пока его не "
        "подпишут оба ведомства."
    ),
    "sign_team": "От имени проверочной группы",
    "sign_institution": "Представитель проверяемого учреждения",
    "urgent_mark": "срочно",
    "notice_title": "Уведомление о срочных мерах",
    "notice_to": "Кому",
    "notice_commission": (
        "Совместной комиссии Службы государственной безопасности и Государственной службы "
        "специальной связи и информационной безопасности"
    ),
    "notice_head": "Руководителю: {name}",
    "notice_body": (
        "В ходе проверки {reference} ({dates}) на объекте критической информационной "
        "инфраструктуры выявлен недостаток, создающий вероятность нарушения её безопасности. "
        "Указанная ниже мера должна быть принята безотлагательно, а комиссия уведомлена с "
        "приложением подтверждений до {deadline}."
    ),
    "notice_finding": "Недостаток",
    "notice_facility": "Объект",
    "notice_weighing": "Оценка угрозы",
    "notice_score": "вероятность {l}, воздействие {i}: оценка риска {s} из 25",
    "notice_not_weighed": "не оценивалась",
    "notice_deficiency": "Описание недостатка",
    "notice_measure": "Требуемая срочная мера",
    "notice_deadline_reason": "Основание срока",
    "notice_closing": (
        "Комиссия подтверждает принятую меру проверкой документов или на месте; до этого "
        "недостаток остаётся открытым."
    ),
    "sign_commission": "От имени комиссии",
    "sign_received": "Принял от имени учреждения",
    "compliance_title": "Периодический отчёт о соблюдении требований безопасности КИИ",
    "fig_inspections": "Проведённые проверки",
    "fig_findings": "Выявленные недостатки",
    "fig_urgent": "Принятые срочные меры",
    "fig_overdue_corrective": "Просроченные корректирующие меры",
    "sec_inspections": "Проведённые проверки",
    "sec_by_severity": "Недостатки по степени опасности",
    "sec_by_requirement": "Недостатки по требованиям",
    "sec_by_institution": "Недостатки по учреждениям",
    "chart_top": "Наибольшие {n}; в таблице приведены все",
    "sec_overdue_corrective": "Просроченные корректирующие меры",
    "sec_urgent_raised": "Принятые срочные меры",
    "sec_earlier": "Состояние ранее выявленных недостатков",
    "earlier_intro": "Недостатки проверок, проведённых до {date}, по их состоянию на {end}:",
    "as_of_intro": (
        "Все показатели приведены на {end}, последний день периода, по датам, записанным в "
        "учётных данных: состояние недостатка — то, которого достигли его события к этому дню, "
        "срок — действовавший в этот день."
    ),
    "fig_remediation_rate": "Устранено в срок",
    "sec_remediation": "Устранение, возражения и продление сроков",
    "remediation_intro": (
        "Показатель устранения — доля недостатков со сроком в периоде (кроме отозванных), "
        "которые комиссия проверила и закрыла не позднее срока."
    ),
    "col_figure": "Показатель",
    "col_this_period": "{period}",
    "col_previous_period": "{period} (предыдущий)",
    "row_due": "Недостатки со сроком в периоде",
    "row_closed_in_time": "Проверены и закрыты в срок",
    "row_remediation_rate": "Показатель устранения",
    "row_overdue_end": "Просрочены на конец периода",
    "row_disputes_opened": "Поданные возражения",
    "row_disputes_upheld": "Рассмотренные возражения: недостаток оставлен в силе",
    "row_disputes_withdrawn": "Рассмотренные возражения: недостаток отозван",
    "row_extensions_requested": "Запросы о продлении срока",
    "row_extensions_approved": "Удовлетворённые запросы",
    "row_extensions_rejected": "Отклонённые запросы",
    "sec_by_class": "Недостатки по категориям КИИ",
    "class_name": "Категория {c}",
    "col_cii_class": "Категория КИИ",
    "col_risk_score": "Оценка риска",
    "sec_by_score": "Недостатки по оценке риска",
    "band_range": "{band}: {low}–{high} баллов",
    "band_not_weighed": "Не оценивался",
    "no_requirement": "(требование не указано)",
    "col_finding": "Недостаток",
    "col_days_overdue": "Просрочено, дней",
    "due_title": "Перечень ожидаемых работ",
    "due_intro": (
        "Что координирующий орган ожидает от учреждения на {date}: ещё не представленные отчёты"
        " ответственного исполнителя за текущий период, мероприятия, срок которых истекает в "
        "течение {days} дн., отчёты, по оценке которых требуется уточнение, недостатки со "
        "сроком в течение {days} дн. или просроченные, сообщения об устранении, ожидающие "
        "проверки, и задачи рабочих групп."
    ),
    "as_of": "По состоянию на",
    "due_window": "Срок",
    "days": "{n} дн.",
    "due_summary": "Сводка",
    "due_items": "Перечень",
    "col_reference": "Ссылка",
    "col_remark": "Примечание",
    "overdue": "просрочено",
    "due_report": "Отчёт ответственного исполнителя за период",
    "due_measure_end": "Истекает срок мероприятия",
    "due_clarification": "Требуется уточнение",
    "due_finding": "Недостаток к устранению",
    "due_claim": "Устранение, ожидающее проверки",
    "due_extension": "Запрос о продлении срока, ожидающий решения",
    "due_task": "Задача рабочей группы",
    "protocol_title": "Протокол заседания рабочей группы",
    "working_group": "Рабочая группа",
    "meeting_date": "Дата заседания",
    "meeting_place": "Место",
    "meeting_chair": "Председательствовал",
    "attendees": "Присутствовали",
    "agenda": "Повестка дня",
    "decisions": "Решили",
    "col_assigned": "Исполнители",
    "sign_chair": "Председатель рабочей группы",
    "sign_secretary": "Секретарь рабочей группы",
    "sign_member": "От {code}",
    "sec_member_signatures": "Члены",
    "task_done": "выполнено",
    "key_card_title": "Идентификационная карта узла",
    "key_card_intro": (
        "Прежде чем регистрировать этот узел как партнёра, сравните приведённый ниже отпечаток "
        "с тем, который приложение показывает для карты, полученной на съёмном носителе. "
        "Сравнивайте лично или зачитывая по телефону, но никогда не через тот же носитель, что "
        "и карта."
    ),
    "node_code": "Код узла",
    "node_name": "Наименование",
    "node_role": "Роль",
    "fingerprint": "Отпечаток",
    "signing_key": "Ключ подписи (Ed25519)",
    "encryption_key": "Ключ шифрования (age X25519)",
    "card_created": "Карта создана",
    "qr_caption": "QR-код: полный текст идентификационной карты",
    "sign_owner": "Передал (администратор узла)",
    "sign_verifier": "Проверил (принимающий партнёр)",
    "transfer_title": "Форма передачи пакета (цепочка хранения)",
    "transfer_intro": (
        "Эта форма передаётся вместе со съёмным носителем. Перед импортом получатель проверяет,"
        " что SHA-256 файла пакета на носителе совпадает с напечатанным здесь."
    ),
    "bundle_id": "Идентификатор пакета",
    "bundle_file": "Имя файла",
    "sender": "Отправитель",
    "recipient": "Получатель",
    "sequence": "Порядковый номер",
    "size": "Размер",
    "bytes": "{n} байт",
    "sha256": "SHA-256",
    "audit_head": "Журнал аудита отправителя",
    "audit_entries": "записей: {n}, хеш последней:",
    "counts": "Содержимое",
    "bundle_time": "Создан",
    "transfer_direction": "Направление",
    "direction_out": "отправлен этим узлом",
    "direction_in": "получен этим узлом",
    "custody_courier": "Передал (курьер)",
    "custody_receiver": "Принял",
    "custody_check": "SHA-256 проверен при получении:  [  ] совпадает   [  ] не совпадает",
}
RU_ENUMS: dict[str, str] = {
    # A measure's status: the words agree with "мероприятие" (an inspection's own are below).
    "not_started": "Не начато",
    "in_progress": "Выполняется",
    "completed": "Завершено",
    "cancelled": "Отменено",
    "delayed": "С задержкой",
    "implemented": "Выполнено",
    "partly_implemented": "Выполнено частично",
    "not_implemented": "Не выполнено",
    "needs_clarification": "Требуется уточнение",
    "pending": "Ожидает оценки",
    "increase": "Рост",
    "decrease": "Снижение",
    "title": "Наименование",
    "start": "Дата начала",
    "end": "Дата окончания",
    "lead": "Ответственное учреждение",
    "co_executors": "Соисполнители",
    "critical": "Критическая",
    "high": "Высокая",
    "medium": "Средняя",
    "low": "Низкая",
    "open": "Открыт",
    "in_remediation": "Устраняется",
    "remediated": "Устранён",
    "verified_closed": "Проверен и закрыт",
    "disputed": "Оспорен",
    "withdrawn": "Отозван",
    "scheduled": "Плановая",
    "unscheduled": "Внеплановая",
    "follow_up": "Повторная",
    "planned": "Запланирована",
    "report_issued": "Акт составлен",
    "coordinator": "Координирующий орган",
    "institution": "Учреждение",
    "inspection-team": "Проверочная группа",
    "strategy": "Стратегия",
    "direction": "Направления",
    "measure": "Мероприятия",
    "indicator": "Индикаторы",
    "progress_report": "Отчёты о ходе выполнения",
    "evaluation": "Оценки",
    "requirement": "Требования",
    "inspection": "Проверки",
    "inspection_note": "Заметки проверки",
    "finding": "Недостатки",
    "deadline_extension": "Продления сроков",
    "attachment": "Вложения",
    "attachments": "Файлы вложений",
    "facility": "Объекты",
    "acknowledgement": "Подтверждения",
    "receipt": "Квитанции",
}

# The statuses an inspection shares with a measure, in words that agree with "проверка" (as the
# GUI and the CLI name them: core/names.py, INSPECTION_STATUSES).
RU_INSPECTION_STATUS: dict[str, str] = {
    "in_progress": "Проводится",
    "completed": "Завершена",
}


def text(lang: Lang, key: str, **values: object) -> str:
    """The document string ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    english, azerbaijani = TEXTS[key]
    if lang == "ru":
        template = RU[key]
    else:
        template = azerbaijani if lang == "az" else english
    return template.format(**values) if values else template


def label(lang: Lang, value: str) -> str:
    """The printed label of an enumeration value; unknown values print as they are."""
    if lang == "ru":
        return RU_ENUMS.get(value, value)
    pair = ENUMS.get(value)
    if pair is None:
        return value
    return pair[1] if lang == "az" else pair[0]


def inspection_status(lang: Lang, value: str) -> str:
    """The printed label of an inspection's status (Russian words of its own)."""
    if lang == "ru" and value in RU_INSPECTION_STATUS:
        return RU_INSPECTION_STATUS[value]
    return label(lang, value)


def pick(lang: Lang, azerbaijani: str, english: str) -> str:
    """A record's name in the document's language: the English one falls back to the original."""
    return english if lang == "en" and english else azerbaijani


def date(value: dt.date | None) -> str:
    """dd.mm.yyyy, the form used in both languages; empty for a missing date."""
    return value.strftime("%d.%m.%Y") if value else ""


def date_time(value: dt.datetime) -> str:
    return value.strftime("%d.%m.%Y %H:%M")


def number(value: float | None) -> str:
    """A figure without a spurious '.0'; empty when unknown."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
