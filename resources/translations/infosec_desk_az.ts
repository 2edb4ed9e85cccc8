<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About InfoSec Desk</source>
        <translation>InfoSec Desk haqqında</translation>
    </message>
    <message>
        <source>The release manifest does not check out: %1</source>
        <translation>Buraxılış manifesti yoxlamadan keçmir: %1</translation>
    </message>
    <message>
        <source>A development copy, not a signed release build.</source>
        <translation>İşlənmə nüsxəsi, imzalanmış buraxılış deyil.</translation>
    </message>
    <message>
        <source>Release %1, commit %2, signed with release key %3.</source>
        <translation>Buraxılış %1, commit %2, %3 buraxılış açarı ilə imzalanıb.</translation>
    </message>
    <message>
        <source>Release fingerprint (SHA-256 of RELEASE.json):</source>
        <translation>Buraxılışın barmaq izi (RELEASE.json faylının SHA-256-sı):</translation>
    </message>
    <message>
        <source>InfoSec Desk: the action plan of the Information Security and Cybersecurity Strategy 2023-2027 and inspections of critical information infrastructure, offline, with an encrypted store.</source>
        <translation>InfoSec Desk: İnformasiya Təhlükəsizliyi və Kibertəhlükəsizlik üzrə 2023-2027-ci illər üçün Strategiyanın Tədbirlər Planı və kritik informasiya infrastrukturunun yoxlamaları, şəbəkəsiz, şifrələnmiş anbarla.</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Daxil edilmiş komponentlər və onların lisenziyaları</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisenziya</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3 as separate shared libraries, which may be replaced with other builds of the same version; their source code is published by the Qt Project.</source>
        <translation>Qt və PySide6 GNU LGPL 3-cü versiyası əsasında ayrıca paylaşılan kitabxanalar kimi istifadə olunur; onları eyni versiyanın başqa yığımları ilə əvəz etmək olar; mənbə kodunu Qt Project dərc edir.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>İstifadəçi əlavə et</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>First &amp;passphrase:</source>
        <translation>İlk &amp;parol ifadəsi:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>&amp;Təkrar edin:</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>iki parol ifadəsi fərqlidir</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>the application is locked</source>
        <translation>proqram kilidlənib</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>İstifadəçi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>İd</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Təfərrüat</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Bütün əməliyyatlar</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Bütün istifadəçilər</translation>
    </message>
    <message>
        <source>Text in the record or detail</source>
        <translation>Qeyddə və ya təfərrüatda mətn</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Zənciri yoxla</translation>
    </message>
    <message>
        <source>%1 entries shown of %2 in the log (at most %3, newest first)</source>
        <translation>Jurnaldakı %2 qeyddən %1 göstərilir (ən çoxu %3, ən yenisi əvvəldə)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Yoxlanılır…</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n entries, each linked to the one before. Head: %1</source>
        <translation>
            <numerusform>Zəncir pozulmayıb: %n yazı, hər biri əvvəlkinə bağlıdır. Son həlqə: %1</numerusform>
            <numerusform>Zəncir pozulmayıb: %n yazı, hər biri əvvəlkinə bağlıdır. Son həlqə: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is broken: %1. Entries intact before it: %n.</source>
        <translation>
            <numerusform>Zəncir pozulub: %1. Ondan əvvəlki salamat yazılar: %n.</numerusform>
            <numerusform>Zəncir pozulub: %1. Ondan əvvəlki salamat yazılar: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundlePanel</name>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 bayt (%2)</translation>
    </message>
    <message>
        <source>Print the transfer form…</source>
        <translation>Təhvil formasını çap et…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>CancelMeasureDialog</name>
    <message>
        <source>Cancel measure %1</source>
        <translation>%1 tədbirinin ləğvi</translation>
    </message>
    <message>
        <source>The measure stays in the plan with its reports and its history; from the day the cancellation takes effect it is shown as cancelled and is neither overdue nor due a report.</source>
        <translation>Tədbir hesabatları və tarixçəsi ilə birlikdə planda qalır; ləğvin qüvvəyə mindiyi gündən ləğv edilmiş kimi göstərilir, vaxtı keçmiş sayılmır və ondan hesabat gözlənilmir.</translation>
    </message>
    <message>
        <source>The cancellation takes effect on this day (else today)</source>
        <translation>Ləğv bu gündən qüvvəyə minir (göstərilməyibsə, bu gündən)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Səbəb:</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>Qərarın &amp;nömrəsi:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Qərarın &amp;tarixi:</translation>
    </message>
</context>
<context>
    <name>ConflictSide</name>
    <message>
        <source>by %1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kimdən</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Aşkar edilib</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Həll edilib</translation>
    </message>
    <message>
        <source>No conflicts to review: every import merged without concurrent edits. Conflicts appear here after an import, when two desks changed the same field.</source>
        <translation>Baxılacaq ziddiyyət yoxdur: hər idxal eyni vaxtda edilmiş dəyişikliklər olmadan birləşdi. İki iş yeri eyni sahəni dəyişəndə ziddiyyətlər idxaldan sonra burada görünür.</translation>
    </message>
    <message>
        <source>Show resolved conflicts</source>
        <translation>Həll edilmiş ziddiyyətləri göstər</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Buradakı dəyər</translation>
    </message>
    <message>
        <source>Incoming value</source>
        <translation>Gələn dəyər</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n açıq ziddiyyət</numerusform>
            <numerusform>%n açıq ziddiyyət</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Ziddiyyət seçilməyib</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Bu dəyəri saxla</translation>
    </message>
    <message>
        <source>%1 %2: field “%3”</source>
        <translation>%1 %2: “%3” sahəsi</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Saxlanılıb</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Ziddiyyəti həll et</translation>
    </message>
    <message>
        <source>Keep “%1” in %2? The other value is set aside for good (the conflict&apos;s history keeps it), and partners receive the kept one with the next bundle.</source>
        <translation>%2 üçün “%1” saxlanılsın? Digər dəyər birdəfəlik kənara qoyulur (ziddiyyətin tarixçəsində qalır), tərəfdaşlar saxlanılanı növbəti paketlə alır.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Measures</source>
        <translation>Tədbirlər</translation>
    </message>
    <message>
        <source>Mean completion</source>
        <translation>Orta icra faizi</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vaxtı keçmiş</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Açıq çatışmazlıqlar</translation>
    </message>
    <message>
        <source>Urgent findings</source>
        <translation>Təcili çatışmazlıqlar</translation>
    </message>
    <message>
        <source>Due in 30 days</source>
        <translation>30 gün ərzində gözlənilən</translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation>Tədbirlər statusa görə</translation>
    </message>
    <message>
        <source>Measures by direction</source>
        <translation>Tədbirlər istiqamətə görə</translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation>Açıq çatışmazlıqlar ciddiliyə görə</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Məsul</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitmə tarixi</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Çatışmazlıq</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Son müddət</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Measures led</source>
        <translation>Məsul olduğu tədbirlər</translation>
    </message>
    <message>
        <source>Reports missing</source>
        <translation>Çatışmayan hesabatlar</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Son alınan paket</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Qurumlar</translation>
    </message>
    <message>
        <source>Overdue measures</source>
        <translation>Vaxtı keçmiş tədbirlər</translation>
    </message>
    <message>
        <source>Reporting period %1</source>
        <translation>Hesabat dövrü %1</translation>
    </message>
    <message>
        <source>The action plan is empty. Next step: enter the strategy, its directions and measures, then enrol the institutions on Partners and keys and send each one its first bundle.</source>
        <translation>Tədbirlər planı boşdur. Növbəti addım: strategiyanı, onun istiqamətlərini və tədbirlərini daxil edin, sonra &quot;Tərəfdaşlar və açarlar&quot; səhifəsində qurumları qeydiyyata alın və hər birinə ilk paketini göndərin.</translation>
    </message>
    <message>
        <source>Open the measures</source>
        <translation>Tədbirləri aç</translation>
    </message>
    <message>
        <source>Nothing has arrived from the coordinating body yet. Next step: import the bundle it sent you on removable media; the action plan, your measures and findings come with it.</source>
        <translation>Əlaqələndirici orqandan hələ heç nə gəlməyib. Növbəti addım: onun sizə daşınan daşıyıcıda göndərdiyi paketi idxal edin; tədbirlər planı, sizin tədbirləriniz və çatışmazlıqlar onunla gəlir.</translation>
    </message>
    <message>
        <source>Import the coordinator&apos;s bundle…</source>
        <translation>Əlaqələndirici orqanın paketini idxal et…</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>İstiqamət</translation>
    </message>
    <message>
        <source>%1: opens the list it counts</source>
        <translation>%1: saydığı siyahını açır</translation>
    </message>
</context>
<context>
    <name>DecideExtensionDialog</name>
    <message>
        <source>Decide the request for more time on %s</source>
        <translation>%s nömrəli çatışmazlıq üzrə müddətin uzadılması müraciətinə qərar</translation>
    </message>
    <message>
        <source>%1 → %2, asked by %3</source>
        <translation>%1 → %2, müraciət edən: %3</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Müraciət</translation>
    </message>
    <message>
        <source>%1, not earlier than asked: an approval keeps it</source>
        <translation>%1, istəniləndən tez deyil: təsdiq onu saxlayır</translation>
    </message>
    <message>
        <source>Current deadline</source>
        <translation>Cari müddət</translation>
    </message>
    <message>
        <source>Its reason</source>
        <translation>Müraciətin səbəbi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Qərar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Edit decision %s</source>
        <translation>%s qərarının redaktəsi</translation>
    </message>
    <message>
        <source>New decision of meeting %s</source>
        <translation>%s iclasının yeni qərarı</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Qərar</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>İcraçılar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tədbirlər</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Decide the dispute of finding %s</source>
        <translation>%s nömrəli çatışmazlığa etiraz üzrə qərar</translation>
    </message>
    <message>
        <source>Dispute finding %s</source>
        <translation>%s nömrəli çatışmazlığa etiraz</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Qərar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>Due</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növü</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>İstinad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsviri</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>gecikmiş</translation>
    </message>
    <message>
        <source>Nothing is due within the chosen number of days.</source>
        <translation>Seçilmiş günlər ərzində gözlənilən iş yoxdur.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>Print due list…</source>
        <translation>Siyahını çap et…</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Bütün qurumlar</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n item(s), %2 overdue.</source>
        <translation>
            <numerusform>%1 tarixinə: %n iş, %2 gecikmiş.</numerusform>
            <numerusform>%1 tarixinə: %n iş, %2 gecikmiş.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a partner</source>
        <translation>Tərəfdaşı qeydiyyata al</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Card made</source>
        <translation>Kartın tarixi</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Barmaq izi</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the partner&apos;s paper key card (or heard it read aloud) and every character matches</source>
        <translation>Bu barmaq izini tərəfdaşın kağız açar kartı ilə tutuşdurdum (və ya ucadan oxunuşunu dinlədim) və bütün simvollar üst-üstə düşür</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Qeydiyyata al</translation>
    </message>
    <message>
        <source>compare the fingerprint before enrolling the partner</source>
        <translation>tərəfdaşı qeydiyyata almazdan əvvəl barmaq izini tutuşdurun</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluate the report</source>
        <translation>Hesabatı qiymətləndir</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Görülən işlər:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemlər:</translation>
    </message>
    <message>
        <source>Earlier evaluations:</source>
        <translation>Əvvəlki qiymətləndirmələr:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Nəticə:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Şərh:</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>Add files…</source>
        <translation>Fayl əlavə et…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Sübut faylları</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Export…</source>
        <translation>İxrac…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>İdxal…</translation>
    </message>
    <message>
        <source>Transfer form…</source>
        <translation>Təhvil forması…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Göndərilib</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>İstiqamət</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Qəbul edilib</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Tərəfdaş</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No bundle sent or received yet. Export writes one bundle per partner onto a stick or a folder; Import checks and merges what partners sent.</source>
        <translation>Hələ heç bir paket göndərilməyib və alınmayıb. İxrac hər tərəfdaş üçün fləş karta və ya qovluğa bir paket yazır; İdxal tərəfdaşların göndərdiklərini yoxlayır və birləşdirir.</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Birləşdirilib</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Artıq idxal edilib</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rədd edilib</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>təsdiqlənib</translation>
    </message>
    <message>
        <source>data differs</source>
        <translation>məlumatlar fərqlənir</translation>
    </message>
    <message numerus="yes">
        <source>%n active partner(s).</source>
        <translation>
            <numerusform>%n aktiv tərəfdaş.</numerusform>
            <numerusform>%n aktiv tərəfdaş.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last export: %s.</source>
        <translation>Son ixrac: %s.</translation>
    </message>
    <message>
        <source>Last import: %s.</source>
        <translation>Son idxal: %s.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Transfer form</source>
        <translation>Təhvil forması</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Paketi ixrac et</translation>
    </message>
    <message numerus="yes">
        <source>All partners (one bundle each, %n bundle(s))</source>
        <translation>
            <numerusform>Bütün tərəfdaşlar (hər birinə bir paket, %n paket)</numerusform>
            <numerusform>Bütün tərəfdaşlar (hər birinə bir paket, %n paket)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send everything in scope again (full export)</source>
        <translation>Əhatədəki hər şeyi yenidən göndər (tam ixrac)</translation>
    </message>
    <message>
        <source>Choose a removable drive…</source>
        <translation>Çıxarıla bilən diski seçin…</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 boş)</translation>
    </message>
    <message>
        <source>Folder or drive to write the bundle to</source>
        <translation>Paketin yazılacağı qovluq və ya disk</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Qovluq…</translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation>Göndəriləcək</translation>
    </message>
    <message>
        <source>Write these on the transfer form</source>
        <translation>Bunları təhvil formasına yazın</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Alıcı</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Təyinat</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>İxrac et</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>İxracı dayandır</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>No partner is enrolled: enrol one on the Partners page.</source>
        <translation>Heç bir tərəfdaş qeydiyyatda deyil: Tərəfdaşlar səhifəsində qeydiyyata alın.</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Təyinat qovluğu</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sayılır…</translation>
    </message>
    <message>
        <source>Nothing new since the last acknowledged bundle.</source>
        <translation>Son təsdiqlənmiş paketdən bəri yeni heç nə yoxdur.</translation>
    </message>
    <message>
        <source>%1 records (%2), %3 files; about %4 before encryption</source>
        <translation>%1 qeyd (%2), %3 fayl; şifrələnmədən əvvəl təxminən %4</translation>
    </message>
    <message>
        <source>choose an existing folder or drive</source>
        <translation>mövcud qovluq və ya disk seçin</translation>
    </message>
    <message>
        <source>To %1 — %2</source>
        <translation>%1 üçün — %2</translation>
    </message>
    <message>
        <source>Only the bundles shown were written; then: %1</source>
        <translation>Yalnız göstərilən paketlər yazıldı; sonra: %1</translation>
    </message>
</context>
<context>
    <name>ExtendDeadlineDialog</name>
    <message>
        <source>Extend the deadline of %s</source>
        <translation>%s üzrə müddəti uzat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <source>Current deadline</source>
        <translation>Cari müddət</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Yeni müddət</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Təsdiq edən</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>New finding</source>
        <translation>Yeni çatışmazlıq</translation>
    </message>
    <message>
        <source>Edit finding %s</source>
        <translation>%s çatışmazlığını redaktə et</translation>
    </message>
    <message>
        <source>(no requirement)</source>
        <translation>(tələb yoxdur)</translation>
    </message>
    <message>
        <source>(whole institution)</source>
        <translation>(bütün qurum)</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Ehtimal</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Təsir</translation>
    </message>
    <message>
        <source>Only for a deadline other than the weighing gives</source>
        <translation>Yalnız qiymətləndirmənin verdiyindən fərqli müddət üçün</translation>
    </message>
    <message>
        <source>Urgent measure: a breach is likely</source>
        <translation>Təcili tədbir: pozuntu ehtimalı yüksəkdir</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Tələb</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>Corrective measure</source>
        <translation>Düzəldici tədbir</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Təhlükə</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <source>Reason for the deadline</source>
        <translation>Müddətin əsası</translation>
    </message>
    <message>
        <source>Not weighed: give both likelihood and impact.</source>
        <translation>Qiymətləndirilməyib: həm ehtimalı, həm təsiri göstərin.</translation>
    </message>
    <message>
        <source>Risk score %1 of 25 at a CII class %2 facility: default deadline %3</source>
        <translation>Risk balı %1 / 25, KİI obyektinin kateqoriyası %2: standart müddət %3</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>təcili</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>All severities</source>
        <translation>Bütün ciddilik dərəcələri</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Bütün statuslar</translation>
    </message>
    <message>
        <source>Not yet remediated</source>
        <translation>Hələ aradan qaldırılmayıb</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Bütün qurumlar</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Təcili</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Gecikmiş</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>Çatışmazlıqlarda axtar</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Tələb</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Təhlükə</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>Corrective measure</source>
        <translation>Düzəldici tədbir</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Uzatmalar</translation>
    </message>
    <message>
        <source>Requests for more time</source>
        <translation>Müddətin uzadılması müraciətləri</translation>
    </message>
    <message>
        <source>Latest response</source>
        <translation>Son cavab</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Yoxla…</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Etiraz et…</translation>
    </message>
    <message>
        <source>Decide dispute…</source>
        <translation>Etiraz üzrə qərar…</translation>
    </message>
    <message>
        <source>Ask for more time…</source>
        <translation>Müddətin uzadılmasını xahiş et…</translation>
    </message>
    <message>
        <source>Decide request…</source>
        <translation>Müraciətə qərar ver…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Yenidən aç…</translation>
    </message>
    <message>
        <source>Not weighed (CII class %1)</source>
        <translation>Qiymətləndirilməyib (KİI kateqoriyası %1)</translation>
    </message>
    <message>
        <source>Risk score %1 of 25 (likelihood %2, impact %3), CII class %4</source>
        <translation>Risk balı %1 / 25 (ehtimal %2, təsir %3), KİI kateqoriyası %4</translation>
    </message>
    <message>
        <source>as the weighing gives</source>
        <translation>qiymətləndirməyə görə</translation>
    </message>
    <message>
        <source>set by the team: %1</source>
        <translation>yoxlama qrupu müəyyən edib: %1</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>uzadılıb</translation>
    </message>
    <message>
        <source>%1 asked for %2: %3</source>
        <translation>%1 %2 tarixinədək uzadılması xahiş olunub: %3</translation>
    </message>
    <message>
        <source>awaiting a decision</source>
        <translation>qərar gözlənilir</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Cavab: %1</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>Cavabı qeyd et…</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Sübut əlavə et…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Surətini saxla…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Shows a PDF here, without writing it to disk</source>
        <translation>PDF-i burada, diskə yazmadan göstərir</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
    <message>
        <source>No findings about this institution. Findings of an inspection come with the coordinator&apos;s bundle (Exchange page).</source>
        <translation>Bu qurum barədə çatışmazlıq yoxdur. Yoxlamanın çatışmazlıqları əlaqələndiricinin paketi ilə gəlir (Mübadilə səhifəsi).</translation>
    </message>
    <message>
        <source>No findings yet. Add them to an inspection on the Inspections page.</source>
        <translation>Hələ çatışmazlıq yoxdur. Onları Yoxlamalar səhifəsində yoxlamaya əlavə edin.</translation>
    </message>
    <message>
        <source>%1 of %2 findings</source>
        <translation>%2 çatışmazlıqdan %1</translation>
    </message>
    <message>
        <source>No finding selected</source>
        <translation>Çatışmazlıq seçilməyib</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>təcili</translation>
    </message>
    <message>
        <source>Finding %s</source>
        <translation>Çatışmazlıq %s</translation>
    </message>
    <message>
        <source>%1 → %2: %3 (approved by %4)</source>
        <translation>%1 → %2: %3 (təsdiq edən: %4)</translation>
    </message>
    <message>
        <source>Signed for the issuing agency, key %1</source>
        <translation>Aktı tərtib edən qurum adından imzalanıb, açar %1</translation>
    </message>
    <message>
        <source>Co-signed for the partner agency, key %1</source>
        <translation>Tərəfdaş qurum adından birgə imzalanıb, açar %1</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Sübut faylları</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Surətini saxla</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Hazırdır</translation>
    </message>
    <message>
        <source>This computer is set up. Give each partner two things: the card file, which their InfoSec Desk loads to enrol this node, and the key card PDF, printed and signed, to compare the fingerprint with.</source>
        <translation>Bu kompüter quraşdırıldı. Hər tərəfdaşa iki şey verin: onun InfoSec Desk proqramının bu qovşağı qeydiyyata almaq üçün yüklədiyi kart faylını və barmaq izini müqayisə etmək üçün çap edilib imzalanmış açar kartını (PDF).</translation>
    </message>
    <message>
        <source>Save the card file…</source>
        <translation>Kart faylını saxla…</translation>
    </message>
    <message>
        <source>Save the key card as PDF…</source>
        <translation>Açar kartını PDF kimi saxla…</translation>
    </message>
    <message>
        <source>Save the card file</source>
        <translation>Kart faylını saxla</translation>
    </message>
    <message>
        <source>Key cards (*.card)</source>
        <translation>Açar kartları (*.card)</translation>
    </message>
    <message>
        <source>Save the key card</source>
        <translation>Açar kartını saxla</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saxlanıldı: %1</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New working group</source>
        <translation>Yeni işçi qrup</translation>
    </message>
    <message>
        <source>CODE=Name, position (one a line)</source>
        <translation>KOD=Ad, vəzifə (hər sətirdə biri)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Adı</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Adı (ingiliscə)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>İstiqamət</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Üzvlər</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Nümayəndələr</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>İstifadəçi təlimatı</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Paketləri idxal et</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Fayl əlavə et…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Qovluq əlavə et…</translation>
    </message>
    <message>
        <source>Add a removable drive…</source>
        <translation>Çıxarıla bilən disk əlavə et…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Dəyişikliklər</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Yoxla</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Birləşdir</translation>
    </message>
    <message>
        <source>Review conflicts</source>
        <translation>Ziddiyyətlərə bax</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>Bundle files, or folders and drives holding them:</source>
        <translation>Paket faylları və ya onları saxlayan qovluqlar və disklər:</translation>
    </message>
    <message>
        <source>Bundle files</source>
        <translation>Paket faylları</translation>
    </message>
    <message>
        <source>Bundles (*.age);;All files (*)</source>
        <translation>Paketlər (*.age);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Folder with bundles</source>
        <translation>Paketlər olan qovluq</translation>
    </message>
    <message>
        <source>No new bundle files there.</source>
        <translation>Orada yeni paket faylı yoxdur.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n bundle(s)</source>
        <translation>
            <numerusform>%n paketi birləşdir</numerusform>
            <numerusform>%n paketi birləşdir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) can be merged.</source>
        <translation>
            <numerusform>%n paket birləşdirilə bilər.</numerusform>
            <numerusform>%n paket birləşdirilə bilər.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) for other desks: left where they are.</source>
        <translation>
            <numerusform>Başqa iş yerləri üçün %n paket: olduğu yerdə qalır.</numerusform>
            <numerusform>Başqa iş yerləri üçün %n paket: olduğu yerdə qalır.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) refused: nothing of them will change.</source>
        <translation>
            <numerusform>%n paket rədd edildi: onlardan heç nə dəyişməyəcək.</numerusform>
            <numerusform>%n paket rədd edildi: onlardan heç nə dəyişməyəcək.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed yet: check the preview, then merge.</source>
        <translation>Hələ heç nə dəyişməyib: ilkin baxışı yoxlayın, sonra birləşdirin.</translation>
    </message>
    <message>
        <source>from %1, no. %2</source>
        <translation>göndərən %1, № %2</translation>
    </message>
    <message>
        <source>For another desk: this computer cannot open it; nothing to do.</source>
        <translation>Başqa iş yeri üçün: bu kompüter onu aça bilmir; heç nə etmək lazım deyil.</translation>
    </message>
    <message>
        <source>Refused: %s</source>
        <translation>Rədd edildi: %s</translation>
    </message>
    <message>
        <source>Already imported: nothing new</source>
        <translation>Artıq idxal edilib: yeni heç nə yoxdur</translation>
    </message>
    <message>
        <source>Verified: can be merged</source>
        <translation>Yoxlanıldı: birləşdirilə bilər</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Birləşdirilib</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 conflicts, %4 files</source>
        <translation>%1 yeni, %2 yenilənmiş, %3 ziddiyyət, %4 fayl</translation>
    </message>
    <message>
        <source>Technical reason: %s</source>
        <translation>Texniki səbəb: %s</translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 updated, %n conflict(s)</source>
        <translation>
            <numerusform>%1 yeni, %2 yenilənib, %n ziddiyyət</numerusform>
            <numerusform>%1 yeni, %2 yenilənib, %n ziddiyyət</numerusform>
        </translation>
    </message>
    <message>
        <source>files</source>
        <translation>fayllar</translation>
    </message>
    <message>
        <source>%1 new (%2)</source>
        <translation>%1 yeni (%2)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Boşluq</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <source>Shared data</source>
        <translation>Ortaq məlumatlar</translation>
    </message>
    <message>
        <source>same as the sender&apos;s</source>
        <translation>göndərəndəki ilə eynidir</translation>
    </message>
    <message>
        <source>differs from the sender&apos;s: more bundles are on the way</source>
        <translation>göndərəndəkindən fərqlənir: yolda daha paketlər var</translation>
    </message>
    <message>
        <source>as %1 sees it on %2, within %3 days: %4</source>
        <translation>%1 tərəfindən %2 tarixinə, %3 gün ərzində: %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>heç nə</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>gecikmiş</translation>
    </message>
    <message>
        <source>this bundle was made for another computer.</source>
        <translation>bu paket başqa kompüter üçün hazırlanıb.</translation>
    </message>
    <message>
        <source>the sender is not enrolled here; enrol its key card on the Partners page.</source>
        <translation>göndərən burada qeydiyyatda deyil; onun açar kartını Tərəfdaşlar səhifəsində qeydiyyata alın.</translation>
    </message>
    <message>
        <source>the sender&apos;s key has been revoked or replaced.</source>
        <translation>göndərənin açarı ləğv edilib və ya dəyişdirilib.</translation>
    </message>
    <message>
        <source>the signature is not the sender&apos;s: the bundle may be forged.</source>
        <translation>imza göndərənə məxsus deyil: paket saxta ola bilər.</translation>
    </message>
    <message>
        <source>this bundle is older than one already imported.</source>
        <translation>bu paket artıq idxal edilmiş paketdən köhnədir.</translation>
    </message>
    <message>
        <source>it changes records its sender may not change.</source>
        <translation>o, göndərənin dəyişə bilmədiyi qeydləri dəyişir.</translation>
    </message>
    <message>
        <source>the file was changed or damaged after it was written (a modified byte or an incomplete copy).</source>
        <translation>fayl yazıldıqdan sonra dəyişdirilib və ya zədələnib (dəyişdirilmiş bayt və ya natamam surət).</translation>
    </message>
    <message>
        <source>the file cannot be read.</source>
        <translation>fayl oxuna bilmir.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) merged.</source>
        <translation>
            <numerusform>%n paket birləşdirildi.</numerusform>
            <numerusform>%n paket birləşdirildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent edit(s) were kept as conflicts for review.</source>
        <translation>
            <numerusform>%n eyni vaxtlı düzəliş baxış üçün ziddiyyət kimi saxlanıldı.</numerusform>
            <numerusform>%n eyni vaxtlı düzəliş baxış üçün ziddiyyət kimi saxlanıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Edit indicator</source>
        <translation>İndikatoru redaktə et</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Yeni indikator</translation>
    </message>
    <message>
        <source>From the baseline and the target</source>
        <translation>Başlanğıc və hədəf dəyərə görə</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>İl</translation>
    </message>
    <message>
        <source>Planned value</source>
        <translation>Planlaşdırılan dəyər</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Ölçü &amp;vahidi:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Başlanğıc dəyər:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Hədəf dəyər:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Dəyişmə &amp;istiqaməti:</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>&amp;Aralıq hədəflər:</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation>Yeni yoxlama</translation>
    </message>
    <message>
        <source>Edit inspection</source>
        <translation>Yoxlamanı redaktə et</translation>
    </message>
    <message>
        <source>Assigned automatically when empty</source>
        <translation>Boş olduqda avtomatik verilir</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Vergüllə ayrılmış adlar</translation>
    </message>
    <message>
        <source>(none: this desk records the findings)</source>
        <translation>(yoxdur: çatışmazlıqları bu iş yeri qeydə alır)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Obyektlər</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Hüquqi əsas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <source>Team node</source>
        <translation>Qrupun qovşağı</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Əhatə</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Nəticə</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Reference</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>Yeni yoxlama…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redaktə et…</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Obyektlər</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tarixlər</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Hüquqi əsas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <source>Team node</source>
        <translation>Qrupun qovşağı</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Əhatə</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Akt</translation>
    </message>
    <message>
        <source>Type a note and press Enter</source>
        <translation>Qeyd yazın və Enter basın</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Add finding…</source>
        <translation>Çatışmazlıq əlavə et…</translation>
    </message>
    <message>
        <source>Edit finding…</source>
        <translation>Çatışmazlığı redaktə et…</translation>
    </message>
    <message>
        <source>Extend deadline…</source>
        <translation>Müddəti uzat…</translation>
    </message>
    <message>
        <source>Issue act…</source>
        <translation>Aktı ver…</translation>
    </message>
    <message>
        <source>Print the act</source>
        <translation>Aktı çap et</translation>
    </message>
    <message>
        <source>The latest document issued: the act or its addendum</source>
        <translation>Son verilmiş sənəd: akt və ya onun əlavəsi</translation>
    </message>
    <message>
        <source>Co-sign the act</source>
        <translation>Aktı birgə imzala</translation>
    </message>
    <message>
        <source>Sign the act and its addenda for the State Security Service with this node&apos;s key; the findings reach the institution once both agencies have signed</source>
        <translation>Aktı və onun əlavələrini bu qovşağın açarı ilə Dövlət Təhlükəsizliyi Xidməti adından imzalayın; çatışmazlıqlar hər iki qurum imzaladıqdan sonra quruma çatır</translation>
    </message>
    <message>
        <source>Co-sign the closure</source>
        <translation>Bağlanmanı birgə imzala</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Çatışmazlıqlar</translation>
    </message>
    <message>
        <source>No inspections yet. Plan one with the New inspection button.</source>
        <translation>Hələ yoxlama yoxdur. Yeni yoxlama düyməsi ilə planlaşdırın.</translation>
    </message>
    <message>
        <source>No inspection is assigned to this team yet: assignments come with the coordinator&apos;s bundle. Import it on the Exchange page.</source>
        <translation>Bu qrupa hələ yoxlama tapşırılmayıb: tapşırıqlar əlaqələndiricinin paketi ilə gəlir. Onu Mübadilə səhifəsində idxal edin.</translation>
    </message>
    <message>
        <source>No inspection has reached the partner agency yet: inspections and their acts come with the coordinator&apos;s bundle. Import it on the Exchange page.</source>
        <translation>Tərəfdaş quruma hələ heç bir yoxlama çatmayıb: yoxlamalar və onların aktları əlaqələndiricinin paketi ilə gəlir. Onu Mübadilə səhifəsində idxal edin.</translation>
    </message>
    <message>
        <source>No inspection of this institution has been recorded.</source>
        <translation>Bu qurumun heç bir yoxlaması qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>No inspection selected</source>
        <translation>Yoxlama seçilməyib</translation>
    </message>
    <message>
        <source>Inspection %s</source>
        <translation>Yoxlama %s</translation>
    </message>
    <message>
        <source>not issued: its findings stay with the commission</source>
        <translation>verilməyib: çatışmazlıqlar komissiyada qalır</translation>
    </message>
    <message>
        <source>Addendum %1 No %2 of %3, %4 finding(s)</source>
        <translation>%1 saylı əlavə № %2, %3 tarixli, %4 çatışmazlıq</translation>
    </message>
    <message>
        <source>No %2 of %3, %4 finding(s)</source>
        <translation>№ %2, %3 tarixli, %4 çatışmazlıq</translation>
    </message>
    <message>
        <source>Issue addendum…</source>
        <translation>Əlavə ver…</translation>
    </message>
</context>
<context>
    <name>IssueActDialog</name>
    <message>
        <source>Issue an addendum to act %s</source>
        <translation>%s aktına əlavə ver</translation>
    </message>
    <message>
        <source>Issue act %s</source>
        <translation>%s aktını ver</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Verilmə tarixi</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Creating the store and the keys</source>
        <translation>Anbar və açarlar yaradılır</translation>
    </message>
    <message>
        <source>The encrypted store and this node&apos;s signing and encryption keys are made now. This takes a few seconds.</source>
        <translation>Şifrələnmiş anbar və bu qovşağın imza və şifrələmə açarları indi yaradılır. Bu bir neçə saniyə çəkir.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yenidən cəhd et</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>İcra olunur…</translation>
    </message>
    <message>
        <source>Done. This is the node&apos;s fingerprint: partners compare it with the one on the key card you give them.</source>
        <translation>Hazırdır. Bu, qovşağın barmaq izidir: tərəfdaşlar onu verdiyiniz açar kartındakı ilə müqayisə edirlər.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>InfoSec Desk</source>
        <translation>InfoSec Desk</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Import the action plan…</source>
        <translation>Tədbirlər Planının &amp;idxalı…</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>Siyahının i&amp;xracı…</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>Siyahının &amp;çapı…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kilidlə</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çıxış</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Axtar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>İstifadəçi &amp;təlimatı</translation>
    </message>
    <message>
        <source>&amp;Print the user guide…</source>
        <translation>Təlimatı &amp;çap et…</translation>
    </message>
    <message>
        <source>&amp;About InfoSec Desk</source>
        <translation>InfoSec Desk &amp;haqqında</translation>
    </message>
    <message>
        <source>This page has no list.</source>
        <translation>Bu səhifədə siyahı yoxdur.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>%n sətir ixrac edildi.</numerusform>
            <numerusform>%n sətir ixrac edildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The action plan was imported.</source>
        <translation>Tədbirlər Planı idxal edildi.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Kilidlidir</translation>
    </message>
    <message>
        <source>Unlocked: Ctrl+L locks</source>
        <translation>Kilid açıqdır: Ctrl+L kilidləyir</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>İstifadəçi: %1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <source>Last export: %1 · last import: %2</source>
        <translation>Son ixrac: %1 · son idxal: %2</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>İş davam edir</translation>
    </message>
    <message>
        <source>A task is still running. Wait for it and quit?</source>
        <translation>Tapşırıq hələ icra olunur. Gözləyib çıxılsın?</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Edit measure</source>
        <translation>Tədbiri redaktə et</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Yeni tədbir</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <source>Continuous (no end date)</source>
        <translation>Davamlı (bitmə tarixi yoxdur)</translation>
    </message>
    <message>
        <source>Needed when the dates, the lead, the co-executors or the title change</source>
        <translation>Tarixlər, məsul qurum, əlaqədar qurumlar və ya ad dəyişdikdə tələb olunur</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nömrə:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Title in &amp;English:</source>
        <translation>&amp;İngiliscə adı:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;İstiqamət:</translation>
    </message>
    <message>
        <source>&amp;Lead institution:</source>
        <translation>&amp;Məsul qurum:</translation>
    </message>
    <message>
        <source>&amp;Co-executors:</source>
        <translation>&amp;Həmicraçılar:</translation>
    </message>
    <message>
        <source>&amp;Start / end:</source>
        <translation>&amp;Başlama / bitmə:</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>&amp;Təsvir:</translation>
    </message>
    <message>
        <source>E&amp;xpected result:</source>
        <translation>&amp;Gözlənilən nəticə:</translation>
    </message>
    <message>
        <source>&amp;Financing:</source>
        <translation>&amp;Maliyyələşmə:</translation>
    </message>
    <message>
        <source>Reason for the &amp;change:</source>
        <translation>Dəyişikliyin &amp;səbəbi:</translation>
    </message>
    <message>
        <source>Deci&amp;sion (number, date):</source>
        <translation>&amp;Qərar (nömrə, tarix):</translation>
    </message>
</context>
<context>
    <name>MeasureModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>İst.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Məsul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitmə tarixi</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Son hesabat</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Search measures (Ctrl+F)</source>
        <translation>Tədbirlərdə axtar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>İstənilən status</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Yalnız &amp;vaxtı keçmiş</translation>
    </message>
    <message>
        <source>Status as reported up to this period</source>
        <translation>Bu dövrədək hesabatlara görə status</translation>
    </message>
    <message>
        <source>&amp;New measure…</source>
        <translation>&amp;Yeni tədbir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaktə…</translation>
    </message>
    <message>
        <source>Progress &amp;report…</source>
        <translation>İcra &amp;hesabatı…</translation>
    </message>
    <message>
        <source>Eva&amp;luate…</source>
        <translation>&amp;Qiymətləndir…</translation>
    </message>
    <message>
        <source>No measures yet. Add the action plan&apos;s measures with the New measure button.</source>
        <translation>Hələ tədbir yoxdur. Tədbirlər Planının tədbirlərini Yeni tədbir düyməsi ilə əlavə edin.</translation>
    </message>
    <message>
        <source>No measures yet: they come with the coordinator&apos;s first bundle. Import it on the Exchange page.</source>
        <translation>Hələ tədbir yoxdur: onlar əlaqələndiricinin ilk paketi ilə gəlir. Onu Mübadilə səhifəsində idxal edin.</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>İstiqamət:</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Məsul:</translation>
    </message>
    <message>
        <source>Co-executors:</source>
        <translation>Həmicraçılar:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Müddət:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status from:</source>
        <translation>Statusun mənbəyi:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Təsvir:</translation>
    </message>
    <message>
        <source>Expected result:</source>
        <translation>Gözlənilən nəticə:</translation>
    </message>
    <message>
        <source>Financing:</source>
        <translation>Maliyyələşmə:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Qiymət</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Görülən iş</translation>
    </message>
    <message>
        <source>Set official &amp;status…</source>
        <translation>Rəsmi &amp;statusu müəyyən et…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Digər</translation>
    </message>
    <message>
        <source>Ca&amp;ncel measure…</source>
        <translation>Tədbiri &amp;ləğv et…</translation>
    </message>
    <message>
        <source>A plan revision: the measure stays in the plan with its reports</source>
        <translation>Plana dəyişiklik: tədbir hesabatları ilə birlikdə planda qalır</translation>
    </message>
    <message>
        <source>Edit a direction…</source>
        <translation>İstiqaməti redaktə et…</translation>
    </message>
    <message>
        <source>Edit an institution…</source>
        <translation>Qurumu redaktə et…</translation>
    </message>
    <message>
        <source>Add in&amp;dicator…</source>
        <translation>İndikator ə&amp;lavə et…</translation>
    </message>
    <message>
        <source>Edit indica&amp;tor…</source>
        <translation>İndika&amp;toru redaktə et…</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Əlavə et…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Surətini sa&amp;xla…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>Shows a PDF here; other files open from the copy you saved</source>
        <translation>PDF-i burada göstərir; digər fayllar saxladığınız surətdən açılır</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hara:</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Göstəricilər</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Plan dəyişikliklərinin tarixçəsi</translation>
    </message>
    <message>
        <source>Contributions of co-executors</source>
        <translation>Əlaqədar qurumların töhfələri</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>İcra hesabatları</translation>
    </message>
    <message>
        <source>Evidence (drop files here to attach)</source>
        <translation>Sübutlar (əlavə etmək üçün faylları bura atın)</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>İstənilən istiqamət</translation>
    </message>
    <message>
        <source>Any institution</source>
        <translation>İstənilən qurum</translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation>Son hesabat</translation>
    </message>
    <message>
        <source>%1 of %2 measures</source>
        <translation>%1 / %2 tədbir</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>davamlı</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vaxtı keçib</translation>
    </message>
    <message>
        <source>Cancelled on %1</source>
        <translation>%1 tarixindən ləğv edilib</translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation>hələ hesabat yoxdur</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(qaralama)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>hesabat</translation>
    </message>
    <message>
        <source>%1 milestone %2</source>
        <translation>%1 üçün aralıq hədəf %2</translation>
    </message>
    <message>
        <source>actual %1 (%2)</source>
        <translation>faktiki %1 (%2)</translation>
    </message>
    <message>
        <source>achieved %1 %</source>
        <translation>nail olunub %1 %</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 tarixindən</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>qərar %1</translation>
    </message>
    <message>
        <source>the report of %1 (lead) for %2</source>
        <translation>%1 qurumunun (əsas icraçı) %2 üzrə hesabatı</translation>
    </message>
    <message>
        <source>the coordinator&apos;s decision for %1: %2</source>
        <translation>əlaqələndiricinin %1 üzrə qərarı: %2</translation>
    </message>
    <message>
        <source>no report from the lead yet</source>
        <translation>əsas icraçıdan hələ hesabat yoxdur</translation>
    </message>
    <message>
        <source>the measure</source>
        <translation>tədbirə</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>%1 hesabatına</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Sübut əlavə et</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Surətini saxla</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting of %s</source>
        <translation>%s qrupunun yeni iclası</translation>
    </message>
    <message>
        <source>default: GROUP-YEAR-NN</source>
        <translation>susmaya görə: QRUP-İL-NN</translation>
    </message>
    <message>
        <source>One attendee a line</source>
        <translation>Hər sətirdə bir iştirakçı</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Protokolun nömrəsi</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yeri</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Sədrlik edən</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Gündəlik</translation>
    </message>
</context>
<context>
    <name>NodePage</name>
    <message>
        <source>This institution</source>
        <translation>Bu qurum</translation>
    </message>
    <message>
        <source>The short code identifies this node in every bundle; names appear on reports.</source>
        <translation>Qısa kod bu qovşağı hər paketdə tanıdır; adlar hesabatlarda görünür.</translation>
    </message>
    <message>
        <source>e.g. MINDIG</source>
        <translation>məs. MINDIG</translation>
    </message>
    <message>
        <source>Name in Azerbaijani</source>
        <translation>Azərbaycanca adı</translation>
    </message>
    <message>
        <source>Name in English (optional)</source>
        <translation>İngiliscə adı (istəyə görə)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>&amp;İngiliscə adı:</translation>
    </message>
</context>
<context>
    <name>OfficialStatusDialog</name>
    <message>
        <source>Official status of %1</source>
        <translation>%1 tədbirinin rəsmi statusu</translation>
    </message>
    <message>
        <source>Now: %1 %2 % (%3). The status decided here is the measure&apos;s official one, shown in every list and report and sent to the institutions, until the lead reports for a later period.</source>
        <translation>Hazırda: %1 %2 % (%3). Burada qərara alınan status tədbirin rəsmi statusudur: əsas icraçı sonrakı dövr üzrə hesabat verənədək bütün siyahılarda və hesabatlarda göstərilir və qurumlara göndərilir.</translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation>hələ hesabat yoxdur</translation>
    </message>
    <message>
        <source>Why the commission sets this status (required)</source>
        <translation>Komissiyanın bu statusu müəyyən etməsinin səbəbi (mütləqdir)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Dövr:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Percent:</source>
        <translation>&amp;Faiz:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Səbəb:</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>The coordinating body&apos;s key card</source>
        <translation>Əlaqələndirici orqanın açar kartı</translation>
    </message>
    <message>
        <source>Bundles go to the coordinating body encrypted for its key.</source>
        <translation>Paketlər əlaqələndirici orqana onun açarı ilə şifrələnərək göndərilir.</translation>
    </message>
    <message>
        <source>Load the card file it gave you and compare the fingerprint with its printed key card.</source>
        <translation>Sizə verdiyi kart faylını yükləyin və barmaq izini çap olunmuş açar kartı ilə müqayisə edin.</translation>
    </message>
    <message>
        <source>Choose the card file…</source>
        <translation>Kart faylını seç…</translation>
    </message>
    <message>
        <source>The fingerprint matches the printed key card</source>
        <translation>Barmaq izi çap olunmuş açar kartı ilə üst-üstə düşür</translation>
    </message>
    <message>
        <source>Skip: I will enrol the coordinating body later</source>
        <translation>Keç: əlaqələndirici orqanı sonra qeydiyyata alacağam</translation>
    </message>
    <message>
        <source>The coordinating body&apos;s card</source>
        <translation>Əlaqələndirici orqanın kartı</translation>
    </message>
    <message>
        <source>Key cards (*.card *.json);;All files (*)</source>
        <translation>Açar kartları (*.card *.json);;Bütün fayllar (*)</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>This computer</source>
        <translation>Bu kompüter</translation>
    </message>
    <message>
        <source>Key card…</source>
        <translation>Açar kartı…</translation>
    </message>
    <message>
        <source>Save card file…</source>
        <translation>Kart faylını saxla…</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation>Açarları yenilə…</translation>
    </message>
    <message>
        <source>Fingerprint of this computer&apos;s keys:</source>
        <translation>Bu kompüterin açarlarının barmaq izi:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Barmaq izi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Qeydiyyat tarixi</translation>
    </message>
    <message>
        <source>Enrol from a card…</source>
        <translation>Kartdan qeydiyyata al…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Ləğv et…</translation>
    </message>
    <message>
        <source>Enrolled partners</source>
        <translation>Qeydiyyatdakı tərəfdaşlar</translation>
    </message>
    <message>
        <source>No partner enrolled yet. Enrol each institution&apos;s and inspection team&apos;s key card with Enrol from a card…, comparing its fingerprint with the paper card.</source>
        <translation>Hələ tərəfdaş qeydiyyata alınmayıb. Hər qurumun və yoxlama qrupunun açar kartını Kartdan qeydiyyata al… ilə, barmaq izini kağız kartla tutuşdurmaqla qeydiyyata alın.</translation>
    </message>
    <message>
        <source>No partner enrolled yet. Enrol the coordinator&apos;s key card with Enrol from a card…, comparing its fingerprint with the paper card.</source>
        <translation>Hələ tərəfdaş qeydiyyata alınmayıb. Əlaqələndiricinin açar kartını Kartdan qeydiyyata al… ilə, barmaq izini kağız kartla tutuşdurmaqla qeydiyyata alın.</translation>
    </message>
    <message>
        <source>Partners and keys</source>
        <translation>Tərəfdaşlar və açarlar</translation>
    </message>
    <message>
        <source>This computer has no exchange keys yet.</source>
        <translation>Bu kompüterin hələ mübadilə açarları yoxdur.</translation>
    </message>
    <message>
        <source>Create keys</source>
        <translation>Açarları yarat</translation>
    </message>
    <message>
        <source>Key card</source>
        <translation>Açar kartı</translation>
    </message>
    <message>
        <source>Save card file</source>
        <translation>Kart faylını saxla</translation>
    </message>
    <message>
        <source>Key cards (*.card)</source>
        <translation>Açar kartları (*.card)</translation>
    </message>
    <message>
        <source>Make new keys for this computer? Partners learn them from the next bundle; print and send the new key card as well.</source>
        <translation>Bu kompüter üçün yeni açarlar yaradılsın? Tərəfdaşlar onları növbəti paketdən öyrənəcək; yeni açar kartını da çap edib göndərin.</translation>
    </message>
    <message>
        <source>Make new keys</source>
        <translation>Yeni açarlar yarat</translation>
    </message>
    <message>
        <source>Partner&apos;s key card</source>
        <translation>Tərəfdaşın açar kartı</translation>
    </message>
    <message>
        <source>Key cards (*.card *.json);;All files (*)</source>
        <translation>Açar kartları (*.card *.json);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Revoke %s? Bundles it signed are refused from now on and none are written for it. Enrolling it again needs a new key card.</source>
        <translation>%s ləğv edilsin? Onun imzaladığı paketlər bundan sonra rədd ediləcək və onun üçün paket yazılmayacaq. Yenidən qeydiyyat üçün yeni açar kartı lazımdır.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Print…</source>
        <translation>Çap et…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Fərqli saxla…</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Enə görə</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n səhifə</numerusform>
            <numerusform>%n səhifə</numerusform>
        </translation>
    </message>
    <message>
        <source>Print %s</source>
        <translation>%s çap et</translation>
    </message>
    <message>
        <source>the printer could not be opened</source>
        <translation>printer açıla bilmədi</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Fərqli saxla</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF sənədləri (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>PlanImportWizard</name>
    <message>
        <source>Import the action plan</source>
        <translation>Tədbirlər Planının idxalı</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İdxal et</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Measure (English)</source>
        <translation>Tədbir (ingiliscə)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>İstiqamət</translation>
    </message>
    <message>
        <source>Executors (lead first)</source>
        <translation>İcraçılar (əsas icraçı birinci)</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Əsas icraçı</translation>
    </message>
    <message>
        <source>Co-executors</source>
        <translation>Əlaqədar qurumlar</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>İcra müddəti</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlama</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Bitmə</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Davamlı</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Gözlənilən nəticə</translation>
    </message>
    <message>
        <source>Financing source</source>
        <translation>Maliyyə mənbəyi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Göstərici</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ölçü vahidi</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Başlanğıc dəyər</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hədəf dəyər</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>An XLSX, ODS or CSV file of the plan, as published or from the template: headers in Azerbaijani, English or Russian, on any row.</source>
        <translation>Planın XLSX, ODS və ya CSV faylı, dərc olunduğu kimi və ya şablondan: başlıqlar azərbaycan, ingilis və ya rus dilində, istənilən sətirdə.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seçin…</translation>
    </message>
    <message>
        <source>Save a blank template…</source>
        <translation>Boş şablonu saxla…</translation>
    </message>
    <message>
        <source>The columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <source>What each column holds, as read from its header; correct it where needed.</source>
        <translation>Hər sütunda nə olduğu, başlığından oxunduğu kimi; lazım olan yerdə düzəldin.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Məzmun</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>İdxal nə edəcək</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>“İdxal et” düyməsini basana qədər heç nə yazılmır.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Sətir</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Bəlkə bu nəzərdə tutulub</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>Tədbirlər Planı</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv)</source>
        <translation>Cədvəllər (*.xlsx *.ods *.csv)</translation>
    </message>
    <message>
        <source>Save a blank template</source>
        <translation>Boş şablonu saxla</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Fayl oxunur…</translation>
    </message>
    <message>
        <source>Sheet “%1”, headers on row %2.</source>
        <translation>“%1” vərəqi, başlıqlar %2-ci sətirdə.</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(oxunmur)</translation>
    </message>
    <message>
        <source>Directions: %1 new. Measures: %2 new, %3 changed, %4 unchanged. Indicators: %5 new. Problems: %6.</source>
        <translation>İstiqamətlər: %1 yeni. Tədbirlər: %2 yeni, %3 dəyişən, %4 dəyişməyən. Göstəricilər: %5 yeni. Problemlər: %6.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>dəyişir</translation>
    </message>
    <message>
        <source>Cancel the %1 measure(s) this version no longer has: %2</source>
        <translation>Bu versiyada olmayan %1 tədbiri ləğv et: %2</translation>
    </message>
</context>
<context>
    <name>PlanNamesDialog</name>
    <message>
        <source>Edit institution</source>
        <translation>Qurumu redaktə et</translation>
    </message>
    <message>
        <source>Edit direction</source>
        <translation>İstiqaməti redaktə et</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Qurum:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>İ&amp;stiqamət:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>&amp;İngiliscə adı:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Növ:</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress report on %1</source>
        <translation>%1 üzrə icra hesabatı</translation>
    </message>
    <message>
        <source>Keep as a draft (not sent until submitted)</source>
        <translation>Qaralama kimi saxla (təqdim edilənədək göndərilmir)</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Fayllar əlavə et…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Dövr:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>P&amp;ercent done:</source>
        <translation>İcra &amp;faizi:</translation>
    </message>
    <message>
        <source>&amp;Work done:</source>
        <translation>&amp;Görülən iş:</translation>
    </message>
    <message>
        <source>Pro&amp;blems:</source>
        <translation>&amp;Problemlər:</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>hədəf %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Sübutlar:</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Sübut faylları</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The recovery key</source>
        <translation>Bərpa açarı</translation>
    </message>
    <message>
        <source>Print it or write it down now.</source>
        <translation>Onu indi çap edin və ya yazın.</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way back into the store. Print it or write it down now and keep it locked away, apart from this computer. It is not shown again; an administrator can make a new one later in Settings.</source>
        <translation>Bütün parollar unudularsa, anbara yeganə giriş yolu bu açardır. Onu indi çap edin və ya yazın və bu kompüterdən ayrı, qapalı yerdə saxlayın. O bir daha göstərilməyəcək; inzibatçı sonra Parametrlərdə yenisini yarada bilər.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Çap et…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and will keep it safe</source>
        <translation>Bərpa açarını çap etdim və ya yazdım və onu etibarlı yerdə saxlayacağam</translation>
    </message>
    <message>
        <source>Making the recovery key…</source>
        <translation>Bərpa açarı yaradılır…</translation>
    </message>
    <message>
        <source>InfoSec Desk recovery key</source>
        <translation>InfoSec Desk bərpa açarı</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Yaradılma tarixi: %1</translation>
    </message>
    <message>
        <source>Whoever holds this key can open the store. Keep this sheet locked away, apart from the computer.</source>
        <translation>Bu açar kimdə olsa, anbarı aça bilər. Bu vərəqi kompüterdən ayrı, qapalı yerdə saxlayın.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen finding %s</source>
        <translation>%s çatışmazlığını yenidən aç</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Strategy implementation report</source>
        <translation>Strategiyanın icrası haqqında hesabat</translation>
    </message>
    <message>
        <source>Inspection act</source>
        <translation>Yoxlama aktı</translation>
    </message>
    <message>
        <source>CII compliance report</source>
        <translation>KİI uyğunluq hesabatı</translation>
    </message>
    <message>
        <source>Key card of this computer</source>
        <translation>Bu kompüterin açar kartı</translation>
    </message>
    <message>
        <source>Transfer form of a bundle</source>
        <translation>Paketin təhvil forması</translation>
    </message>
    <message>
        <source>Due list of an institution</source>
        <translation>Qurumun gözlənilən işlər siyahısı</translation>
    </message>
    <message>
        <source>Urgent-measure notice of a finding</source>
        <translation>Təcili tədbir barədə bildiriş</translation>
    </message>
    <message>
        <source>Protocol of a working group meeting</source>
        <translation>İşçi qrupun iclasının protokolu</translation>
    </message>
    <message>
        <source>2026, 2026-H1 or 2026-Q3</source>
        <translation>2026, 2026-H1 və ya 2026-Q3</translation>
    </message>
    <message>
        <source>the act itself</source>
        <translation>aktın özü</translation>
    </message>
    <message>
        <source>addendum </source>
        <translation>əlavə № </translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Hesabat</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Yoxlama</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Sənəd</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Urgent finding</source>
        <translation>Təcili çatışmazlıq</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>İclas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Qrif</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Hazırla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Bütün qurumlar</translation>
    </message>
    <message>
        <source>Generating the report</source>
        <translation>Hesabat hazırlanır</translation>
    </message>
</context>
<context>
    <name>RequestExtensionDialog</name>
    <message>
        <source>Ask for more time on finding %s</source>
        <translation>%s nömrəli çatışmazlıq üzrə müddətin uzadılması xahişi</translation>
    </message>
    <message>
        <source>Current deadline</source>
        <translation>Cari müddət</translation>
    </message>
    <message>
        <source>Deadline asked for</source>
        <translation>Xahiş olunan müddət</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>Reset a passphrase</source>
        <translation>Parol ifadəsini sıfırla</translation>
    </message>
    <message>
        <source>Give %1 a new passphrase. The database is re-keyed: it gets a new data key, which each user receives through their own key slot; %1&apos;s old passphrase, and any copy of the old data key, no longer open it.</source>
        <translation>%1 istifadəçisinə yeni parol ifadəsi verin. Verilənlər bazası yenidən şifrələnir: o, yeni verilənlər açarı alır və hər istifadəçi bu açarı öz açar yuvası vasitəsilə əldə edir; %1 istifadəçisinin köhnə parol ifadəsi və köhnə verilənlər açarının istənilən surəti artıq onu açmır.</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Yeni &amp;parol ifadəsi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Təkrar edin:</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>Parol ifadəsini sıfırla</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>iki parol ifadəsi fərqlidir</translation>
    </message>
    <message>
        <source>Re-keying the database</source>
        <translation>Verilənlər bazası yenidən şifrələnir</translation>
    </message>
</context>
<context>
    <name>RespondDialog</name>
    <message>
        <source>Response to finding %s</source>
        <translation>%s çatışmazlığına cavab</translation>
    </message>
    <message>
        <source>(leave the status as it is)</source>
        <translation>(statusu dəyişmə)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Cavab</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Yeni status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>What is this computer for?</source>
        <translation>Bu kompüter nə üçündür?</translation>
    </message>
    <message>
        <source>The role decides what this node may record and send.</source>
        <translation>Rol bu qovşağın nəyi qeyd edə və göndərə biləcəyini müəyyən edir.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>An institution</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Reports progress on its measures and answers findings.</source>
        <translation>Öz tədbirlərinin icrası barədə hesabat verir və çatışmazlıqlara cavab verir.</translation>
    </message>
    <message>
        <source>The coordinating body</source>
        <translation>Əlaqələndirici orqan</translation>
    </message>
    <message>
        <source>Owns the action plan, evaluates reports, merges what institutions send.</source>
        <translation>Tədbirlər Planına sahibdir, hesabatları qiymətləndirir, qurumların göndərdiklərini birləşdirir.</translation>
    </message>
    <message>
        <source>An inspection team</source>
        <translation>Yoxlama qrupu</translation>
    </message>
    <message>
        <source>Records inspections and findings on site, offline.</source>
        <translation>Yoxlamaları və çatışmazlıqları yerində, şəbəkəsiz qeyd edir.</translation>
    </message>
    <message>
        <source>The partner agency of the joint commission</source>
        <translation>Birgə komissiyanın tərəfdaş qurumu</translation>
    </message>
    <message>
        <source>The State Security Service&apos;s desk: receives the inspections and acts and co-signs acts and verified closures with its key.</source>
        <translation>Dövlət Təhlükəsizliyi Xidmətinin iş yeri: yoxlamaları və aktları alır, aktları və yoxlanılıb bağlanmış çatışmazlıqları öz açarı ilə birgə imzalayır.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Bu kompüter</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation>Fəaliyyətsizlikdən s&amp;onra kilidlə:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Parol ifadəsini də&amp;yiş</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Yeni &amp;bərpa açarı yarat…</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Hesabınız</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Cari parol ifadəsi:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Yeni &amp;parol ifadəsi:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Təkrar edin:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>İstifadəçi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Tarixdən</translation>
    </message>
    <message>
        <source>Set r&amp;ole</source>
        <translation>&amp;Rolu təyin et</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>İstifadəçi ə&amp;lavə et…</translation>
    </message>
    <message>
        <source>Re&amp;move user…</source>
        <translation>İstifadəçini &amp;sil…</translation>
    </message>
    <message>
        <source>Rese&amp;t passphrase…</source>
        <translation>Parol ifadəsini sıfırl&amp;a…</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>İstifadəçilər və rollar</translation>
    </message>
    <message>
        <source>&amp;Save marking</source>
        <translation>Qrifi sa&amp;xla</translation>
    </message>
    <message>
        <source>Choose &amp;emblem…</source>
        <translation>Gerbi s&amp;eç…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Sənədlər</translation>
    </message>
    <message>
        <source>Classification mar&amp;king:</source>
        <translation>Məxfilik &amp;qrifi:</translation>
    </message>
    <message>
        <source>Emblem:</source>
        <translation>Gerb:</translation>
    </message>
    <message>
        <source>Compliance report prepared by:</source>
        <translation>Uyğunluq hesabatını hazırlayan:</translation>
    </message>
    <message>
        <source>Compliance report approved by:</source>
        <translation>Uyğunluq hesabatını təsdiq edən:</translation>
    </message>
    <message>
        <source>Name Surname, position</source>
        <translation>Soyadı Adı, vəzifəsi</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Hazırladı:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Təsdiq etdi:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>soyadı, adı</translation>
    </message>
    <message>
        <source>position</source>
        <translation>vəzifəsi</translation>
    </message>
    <message>
        <source>position in English</source>
        <translation>vəzifəsi (ingiliscə)</translation>
    </message>
    <message>
        <source>Save si&amp;gnatories</source>
        <translation>İ&amp;mzalayanları saxla</translation>
    </message>
    <message>
        <source>Marking in English:</source>
        <translation>Qrif ingiliscə:</translation>
    </message>
    <message>
        <source>Marking in Russian:</source>
        <translation>Qrif rusca:</translation>
    </message>
    <message>
        <source>Back up the &amp;workspace…</source>
        <translation>İş sahəsinin ehtiyat &amp;nüsxəsini çıxar…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>E&amp;htiyat nüsxəni bərpa et…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Ehtiyat nüsxələr</translation>
    </message>
    <message>
        <source>A backup holds the whole workspace, still encrypted: it opens only with a user&apos;s passphrase or the recovery key. A restore goes into an empty folder and never overwrites a store.</source>
        <translation>Ehtiyat nüsxə bütün iş sahəsini şifrələnmiş halda saxlayır: o yalnız istifadəçinin parol ifadəsi və ya bərpa açarı ilə açılır. Bərpa boş qovluğa aparılır və heç vaxt mövcud anbarın üzərinə yazılmır.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>%1 kimi daxil olunub (%2).</translation>
    </message>
    <message>
        <source>Only an administrator manages users.</source>
        <translation>İstifadəçiləri yalnız administrator idarə edir.</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>iki parol ifadəsi fərqlidir</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Parol ifadəsi dəyişdirildi.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Bərpa açarı</translation>
    </message>
    <message>
        <source>A new recovery key replaces the previous one. Write it down and keep it locked away: it opens the store without any passphrase. Continue?</source>
        <translation>Yeni bərpa açarı əvvəlkini əvəz edir. Onu yazın və qapalı yerdə saxlayın: o, anbarı heç bir parol ifadəsi olmadan açır. Davam edilsin?</translation>
    </message>
    <message>
        <source>Write this key down now. It is not shown again.</source>
        <translation>Bu açarı indi yazın. O bir daha göstərilmir.</translation>
    </message>
    <message>
        <source>The recovery key stops working too: make a new one afterwards.</source>
        <translation>Bərpa açarı da işləməz olur: sonra yenisini yaradın.</translation>
    </message>
    <message>
        <source>Backups made before still open with the passphrases of that time, %1&apos;s included: destroy them or keep them locked away.</source>
        <translation>Bundan əvvəl çıxarılmış ehtiyat nüsxələr o vaxtkı parol ifadələri ilə, %1 istifadəçisininki də daxil olmaqla, açılmağa davam edir: onları məhv edin və ya qapalı yerdə saxlayın.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>İstifadəçini sil</translation>
    </message>
    <message>
        <source>Remove user %1?</source>
        <translation>%1 istifadəçisi silinsin?</translation>
    </message>
    <message>
        <source>The database is re-keyed: it gets a new data key, which each remaining user receives through their own key slot. %1&apos;s key slot, and any copy of the old data key, no longer open it.</source>
        <translation>Verilənlər bazası yenidən şifrələnir: o, yeni verilənlər açarı alır və qalan hər istifadəçi bu açarı öz açar yuvası vasitəsilə əldə edir. %1 istifadəçisinin açar yuvası və köhnə verilənlər açarının istənilən surəti artıq onu açmır.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 silindi.</translation>
    </message>
    <message>
        <source>Re-keying the database</source>
        <translation>Verilənlər bazası yenidən şifrələnir</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase was reset.</source>
        <translation>%1 istifadəçisinin parol ifadəsi sıfırlandı.</translation>
    </message>
    <message>
        <source>Database re-keyed</source>
        <translation>Verilənlər bazası yenidən şifrələndi</translation>
    </message>
    <message>
        <source>The database now has a new data key.</source>
        <translation>Verilənlər bazasının indi yeni verilənlər açarı var.</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>bərpa açarı</translation>
    </message>
    <message>
        <source>Key slots dropped: %1.</source>
        <translation>Silinmiş açar yuvaları: %1.</translation>
    </message>
    <message>
        <source>No key slot was dropped.</source>
        <translation>Heç bir açar yuvası silinmədi.</translation>
    </message>
    <message>
        <source>The signed audit log does not vouch for the key slots of %1: they can no longer sign in until you reset their passphrases.</source>
        <translation>İmzalı audit jurnalı %1 üçün açar yuvalarını təsdiqləmir: siz onların parol ifadələrini sıfırlayana qədər onlar daxil ola bilməzlər.</translation>
    </message>
    <message>
        <source>The recovery key no longer opens the store: make a new one and keep it locked away.</source>
        <translation>Bərpa açarı artıq anbarı açmır: yenisini yaradın və qapalı yerdə saxlayın.</translation>
    </message>
    <message>
        <source>Emblem</source>
        <translation>Gerb</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Şəkillər (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Ehtiyat nüsxənin yeri</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 bytes, SHA-256 %3)</source>
        <translation>Ehtiyat nüsxə yazıldı: %1 (%2 bayt, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Ehtiyat nüsxə çıxarılır</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ehtiyat nüsxəni bərpa et</translation>
    </message>
    <message>
        <source>An empty folder for the restored workspace</source>
        <translation>Bərpa olunan iş sahəsi üçün boş qovluq</translation>
    </message>
    <message>
        <source>A user of the backed-up store:</source>
        <translation>Ehtiyat nüsxəsi çıxarılmış anbarın istifadəçisi:</translation>
    </message>
    <message>
        <source>That user&apos;s passphrase in the backed-up store:</source>
        <translation>Həmin istifadəçinin ehtiyat nüsxəsi çıxarılmış anbardakı parol ifadəsi:</translation>
    </message>
    <message>
        <source>Restored backup %2 of its store, made %3, into %1. Start InfoSec Desk with that folder as its workspace and unlock it as in the original store.</source>
        <translation>Anbarın %3 tarixində çıxarılmış %2 nömrəli ehtiyat nüsxəsi %1 qovluğuna bərpa olundu. InfoSec Desk-i həmin qovluqla iş sahəsi kimi başladın və ilkin anbarda olduğu kimi kilidini açın.</translation>
    </message>
    <message>
        <source>Warning: this backup is older than %4, already restored on this computer.</source>
        <translation>Diqqət: bu ehtiyat nüsxə bu kompüterdə artıq bərpa olunmuş %4 nüsxəsindən köhnədir.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Bərpa olunmadı: %1</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Bərpa olunur</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up InfoSec Desk on this computer</source>
        <translation>InfoSec Desk-i bu kompüterdə quraşdırın</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Too short</source>
        <translation>Çox qısadır</translation>
    </message>
    <message>
        <source>Weak: use a longer phrase</source>
        <translation>Zəif: daha uzun ifadə seçin</translation>
    </message>
    <message>
        <source>Fair: add words or symbols</source>
        <translation>Orta: söz və ya simvol əlavə edin</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Yaxşı</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Güclü</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Working</source>
        <translation>İcra olunur</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>İcra olunur…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>InfoSec Desk is locked</source>
        <translation>InfoSec Desk kilidlidir</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;İstifadəçi:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parol ifadəsi:</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Parol ifadənizi yazın.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Yoxlanılır…</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Uğursuz giriş cəhdləri</translation>
    </message>
    <message numerus="yes">
        <source>There were %n failed attempt(s) to unlock as you since your last sign-in. If they were not yours, tell your administrator.</source>
        <translation>
            <numerusform>Son girişinizdən bəri sizin adınızla kilidi açmaq üçün %n uğursuz cəhd olub. Əgər onlar sizin deyildisə, administratorunuza bildirin.</numerusform>
            <numerusform>Son girişinizdən bəri sizin adınızla kilidi açmaq üçün %n uğursuz cəhd olub. Əgər onlar sizin deyildisə, administratorunuza bildirin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase for this user. Check Caps Lock and the keyboard layout; after repeated failures each attempt waits a little longer.</source>
        <translation>Bu istifadəçi üçün parol ifadəsi səhvdir. Caps Lock-u və klaviatura düzümünü yoxlayın; təkrar uğursuz cəhdlərdən sonra hər cəhd bir az daha uzun gözləyir.</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>The first user</source>
        <translation>İlk istifadəçi</translation>
    </message>
    <message>
        <source>This user is the administrator.</source>
        <translation>Bu istifadəçi administratordur.</translation>
    </message>
    <message>
        <source>The passphrase unlocks the encrypted store: nobody can recover it for you, so choose a long phrase you will remember.</source>
        <translation>Parol ifadəsi şifrələnmiş anbarı açır: onu heç kim sizin üçün bərpa edə bilməz, ona görə yadda saxlayacağınız uzun ifadə seçin.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;İstifadəçi adı:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parol ifadəsi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Təkrar edin:</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify finding %s</source>
        <translation>%s nömrəli çatışmazlığın yoxlanılması</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Şərh</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Sübut</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to InfoSec Desk</source>
        <translation>InfoSec Desk-ə xoş gəlmisiniz</translation>
    </message>
    <message>
        <source>There is no InfoSec Desk store on this computer yet. Set it up for your institution, or look around first in a set of demo workspaces.</source>
        <translation>Bu kompüterdə hələ InfoSec Desk anbarı yoxdur. Onu qurumunuz üçün quraşdırın və ya əvvəlcə nümayiş iş sahələri ilə tanış olun.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Set up this computer</source>
        <translation>Bu kompüteri quraşdır</translation>
    </message>
    <message>
        <source>Choose the role, name the institution, create the first user and the keys.</source>
        <translation>Rolu seçin, qurumu adlandırın, ilk istifadəçini və açarları yaradın.</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Nümayiş məlumatları ilə tanış ol</translation>
    </message>
    <message>
        <source>Build a coordinator, institutions, an inspection team and the partner agency&apos;s desk with sample data in a folder you choose, and open the coordinator.</source>
        <translation>Seçdiyiniz qovluqda nümunə məlumatlarla əlaqələndirici, qurumlar, yoxlama qrupu və tərəfdaş qurumun iş yerini yaradın və əlaqələndiricini açın.</translation>
    </message>
    <message>
        <source>A folder for the demo workspaces</source>
        <translation>Nümayiş iş sahələri üçün qovluq</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Nümayiş məlumatları</translation>
    </message>
    <message>
        <source>Building the demo workspaces…</source>
        <translation>Nümayiş iş sahələri yaradılır…</translation>
    </message>
</context>
<context>
    <name>WorkingGroupsPage</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>İstiqamət</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Adı</translation>
    </message>
    <message>
        <source>No working group yet. The coordinator adds one with its member institutions and their representatives.</source>
        <translation>Hələ işçi qrup yoxdur. Əlaqələndirici orqan onu üzv qurumlar və onların nümayəndələri ilə əlavə edir.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Sədrlik edən</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Gündəlik</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Qərar</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>İcraçılar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tədbirlər</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Yeni qrup…</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Yeni iclas…</translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation>Yeni qərar…</translation>
    </message>
    <message>
        <source>Edit decision…</source>
        <translation>Qərarı redaktə et…</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Tapşırıq icra olunub</translation>
    </message>
    <message>
        <source>Protocol…</source>
        <translation>Protokol…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>İclaslar</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Qərarlar</translation>
    </message>
    <message>
        <source>done</source>
        <translation>icra olunub</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>gecikmiş</translation>
    </message>
    <message>
        <source>Members: %s</source>
        <translation>Üzvlər: %s</translation>
    </message>
    <message>
        <source>Task not done</source>
        <translation>Tapşırıq icra olunmayıb</translation>
    </message>
    <message>
        <source>Protocol %s</source>
        <translation>Protokol %s</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Demo data</source>
        <translation>Nümayiş məlumatları</translation>
    </message>
    <message>
        <source>The demo workspaces are in %1. Every demo user&apos;s passphrase is: %2</source>
        <translation>Nümayiş iş sahələri %1 qovluğundadır. Hər nümayiş istifadəçisinin parol ifadəsi: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>wrote {file}</source>
        <translation>{file} yazıldı</translation>
    </message>
    <message>
        <source>audit chain intact: {entries} entries, {legacy} of them from before entries were signed, head {head}; every signature, role grant, record state and signed anchor checks out</source>
        <translation>audit zənciri bütövdür: {entries} yazı, onlardan {legacy} yazılar imzalanmazdan əvvəlkidir, baş {head}; hər imza, rol verilməsi, yazının vəziyyəti və imzalanmış lövbər yoxlamadan keçir</translation>
    </message>
    <message>
        <source>audit chain intact: {entries} entries, head {head}; every signature, role grant, record state and signed anchor checks out</source>
        <translation>audit zənciri bütövdür: {entries} yazı, baş {head}; hər imza, rol verilməsi, yazının vəziyyəti və imzalanmış lövbər yoxlamadan keçir</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>ehtiyat nüsxə</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>ardıcıllıq nömrəsi</translation>
    </message>
    <message>
        <source>size</source>
        <translation>ölçü</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Passphrase for {user} (the backup&apos;s): </source>
        <translation>{user} üçün parol (ehtiyat nüsxənin): </translation>
    </message>
    <message>
        <source>backup {sequence} of its store, made {created}</source>
        <translation>anbarının {sequence} nömrəli ehtiyat nüsxəsi, {created} tarixində çıxarılıb</translation>
    </message>
    <message>
        <source>backup intact: {backup}</source>
        <translation>ehtiyat nüsxə bütövdür: {backup}</translation>
    </message>
    <message>
        <source>restored {backup} into {home}</source>
        <translation>{backup} {home} qovluğuna bərpa edildi</translation>
    </message>
    <message>
        <source>this backup is older than {other}, already restored on this computer: what was done after it is not in the restored store</source>
        <translation>bu ehtiyat nüsxə bu kompüterdə artıq bərpa olunmuş {other} nüsxəsindən köhnədir: ondan sonra görülən işlər bərpa olunmuş anbarda yoxdur</translation>
    </message>
    <message>
        <source>unlock it with a user&apos;s passphrase or the recovery key of the store it came from</source>
        <translation>onu gəldiyi anbarın istifadəçi parolu və ya bərpa açarı ilə açın</translation>
    </message>
    <message>
        <source>passphrase: {passphrase}</source>
        <translation>parol: {passphrase}</translation>
    </message>
    <message>
        <source>coordinator: {home} (user {user})</source>
        <translation>əlaqələndirici orqan: {home} (istifadəçi {user})</translation>
    </message>
    <message>
        <source>institution {code}: {home} (user {user})</source>
        <translation>{code} qurumu: {home} (istifadəçi {user})</translation>
    </message>
    <message>
        <source>inspection team {code}: {home} (user {user})</source>
        <translation>{code} yoxlama qrupu: {home} (istifadəçi {user})</translation>
    </message>
    <message>
        <source>partner agency {code}: {home} (user {user})</source>
        <translation>{code} tərəfdaş qurumu: {home} (istifadəçi {user})</translation>
    </message>
    <message>
        <source>every workspace uses the same passphrase; {count} bundles were carried</source>
        <translation>bütün iş qovluqları eyni paroldan istifadə edir; {count} paket daşındı</translation>
    </message>
    <message>
        <source>try: infosec-desk --home {home} measures list</source>
        <translation>yoxlayın: infosec-desk --home {home} measures list</translation>
    </message>
    <message>
        <source>in</source>
        <translation>gələn</translation>
    </message>
    <message>
        <source>out</source>
        <translation>gedən</translation>
    </message>
    <message>
        <source>fingerprint: {fingerprint}</source>
        <translation>barmaq izi: {fingerprint}</translation>
    </message>
    <message>
        <source>new keys made; the next bundle to each partner carries the change</source>
        <translation>yeni açarlar yaradıldı; hər tərəfdaşa növbəti paket bu dəyişikliyi aparacaq</translation>
    </message>
    <message>
        <source>fingerprint of the card: {fingerprint}</source>
        <translation>kartın barmaq izi: {fingerprint}</translation>
    </message>
    <message>
        <source>compare the fingerprint with the partner and give --fingerprint</source>
        <translation>barmaq izini tərəfdaşla tutuşdurun və --fingerprint göstərin</translation>
    </message>
    <message>
        <source>Does it match what the partner reads to you? [y/N] </source>
        <translation>Tərəfdaşın sizə oxuduğu ilə üst-üstə düşürmü? [h/N] </translation>
    </message>
    <message>
        <source>enrolled {code} ({role}) {fingerprint}</source>
        <translation>{code} ({role}) qeydiyyata alındı: {fingerprint}</translation>
    </message>
    <message>
        <source>revoked {code}: its bundles are refused from now on</source>
        <translation>{code} ləğv edildi: bundan sonra onun paketləri rədd edilir</translation>
    </message>
    <message>
        <source>{path}  {size} bytes  sha256 {sha256}  (to {recipient}, #{sequence})</source>
        <translation>{path}  {size} bayt  sha256 {sha256}  ({recipient} üçün, #{sequence})</translation>
    </message>
    <message>
        <source>{path}: refused: {reason}</source>
        <translation>{path}: rədd edildi: {reason}</translation>
    </message>
    <message>
        <source>{path}: for another desk, left alone</source>
        <translation>{path}: başqa qovşaq üçündür, toxunulmadı</translation>
    </message>
    <message>
        <source>{path}: already imported from {sender} #{sequence}</source>
        <translation>{path}: {sender} qovşağından #{sequence} artıq idxal edilib</translation>
    </message>
    <message>
        <source>{path}: merged from {sender} #{sequence}</source>
        <translation>{path}: {sender} qovşağından #{sequence} birləşdirildi</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {conflicts} conflicts, {files} files; digest matches</source>
        <translation>{created} yeni, {updated} yenilənmiş, {conflicts} ziddiyyət, {files} fayl; həş üst-üstə düşür</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {conflicts} conflicts, {files} files; digest differs</source>
        <translation>{created} yeni, {updated} yenilənmiş, {conflicts} ziddiyyət, {files} fayl; həş fərqlidir</translation>
    </message>
    <message>
        <source>due, as {sender} sees it on {date} ({days} days): {counts}</source>
        <translation>{sender} qovşağının {date} tarixinə gördüyü son tarixlər ({days} gün): {counts}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>heç nə</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>gecikmiş</translation>
    </message>
    <message>
        <source>{path}: already imported (from {sender} #{sequence})</source>
        <translation>{path}: artıq idxal edilib ({sender} qovşağından #{sequence})</translation>
    </message>
    <message>
        <source>{path}: ok (from {sender} #{sequence})</source>
        <translation>{path}: qaydasındadır ({sender} qovşağından #{sequence})</translation>
    </message>
    <message>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <source>conflict {id} resolved</source>
        <translation>{id} ziddiyyəti həll edildi</translation>
    </message>
    <message>
        <source>attached {name} ({size} bytes, sha256 {sha256})</source>
        <translation>{name} əlavə edildi ({size} bayt, sha256 {sha256})</translation>
    </message>
    <message>
        <source>wrote {file} ({size} bytes)</source>
        <translation>{file} yazıldı ({size} bayt)</translation>
    </message>
    <message>
        <source>added working group {code} (id {id})</source>
        <translation>{code} işçi qrupu əlavə edildi (id {id})</translation>
    </message>
    <message>
        <source>added meeting {number} (id {id})</source>
        <translation>{number} nömrəli iclas əlavə edildi (id {id})</translation>
    </message>
    <message>
        <source>added decision {number} (id {id})</source>
        <translation>{number} nömrəli qərar əlavə edildi (id {id})</translation>
    </message>
    <message>
        <source>give --assign or --no-assignees, not both</source>
        <translation>--assign və ya --no-assignees göstərin, ikisini birlikdə yox</translation>
    </message>
    <message>
        <source>give --deadline or --no-deadline, not both</source>
        <translation>--deadline və ya --no-deadline göstərin, ikisini birlikdə yox</translation>
    </message>
    <message>
        <source>nothing to change: give at least one --FIELD VALUE</source>
        <translation>dəyişiləcək heç nə yoxdur: ən azı bir --SAHƏ DƏYƏR göstərin</translation>
    </message>
    <message>
        <source>changed decision {number} (id {id})</source>
        <translation>{number} nömrəli qərar dəyişdirildi (id {id})</translation>
    </message>
    <message>
        <source>decision {number}: done</source>
        <translation>{number} nömrəli qərar: icra olunub</translation>
    </message>
    <message>
        <source>decision {number}: not done</source>
        <translation>{number} nömrəli qərar: icra olunmayıb</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <source>period {period}</source>
        <translation>dövr {period}</translation>
    </message>
    <message>
        <source>measures: {count}, mean {percent}% complete</source>
        <translation>tədbirlər: {count}, orta icra {percent}%</translation>
    </message>
    <message>
        <source>by direction:</source>
        <translation>istiqamətlər üzrə:</translation>
    </message>
    <message>
        <source>{number}: {count} measures, mean {percent}%</source>
        <translation>{number}: {count} tədbir, orta {percent}%</translation>
    </message>
    <message>
        <source>overdue measures: {measures}</source>
        <translation>gecikmiş tədbirlər: {measures}</translation>
    </message>
    <message>
        <source>open findings: {findings}</source>
        <translation>açıq çatışmazlıqlar: {findings}</translation>
    </message>
    <message>
        <source>urgent findings: {findings}</source>
        <translation>təcili çatışmazlıqlar: {findings}</translation>
    </message>
    <message>
        <source>lead reports missing: {reports}</source>
        <translation>çatışmayan əsas icraçı hesabatları: {reports}</translation>
    </message>
    <message>
        <source>institutions (measures led, reports missing for {period}):</source>
        <translation>qurumlar (məsul olduğu tədbirlər, {period} üzrə çatışmayan hesabatlar):</translation>
    </message>
    <message>
        <source>every institution</source>
        <translation>bütün qurumlar</translation>
    </message>
    <message>
        <source>due as of {date} within {days} days, {scope}</source>
        <translation>{date} tarixinə {days} gün ərzində son tarixlər, {scope}</translation>
    </message>
    <message>
        <source>added institution {code} (id {id})</source>
        <translation>{code} qurumu əlavə edildi (id {id})</translation>
    </message>
    <message>
        <source>institution {code}</source>
        <translation>{code} qurumu</translation>
    </message>
    <message>
        <source>{subject}: nothing changed</source>
        <translation>{subject}: heç nə dəyişmədi</translation>
    </message>
    <message>
        <source>{subject}: changed {fields}</source>
        <translation>{subject}: dəyişdirildi: {fields}</translation>
    </message>
    <message>
        <source>added facility {name} (id {id})</source>
        <translation>{name} obyekti əlavə edildi (id {id})</translation>
    </message>
    <message>
        <source>(no strategy yet: set it with &apos;strategy set&apos;)</source>
        <translation>(hələ strategiya yoxdur: onu &apos;strategy set&apos; ilə təyin edin)</translation>
    </message>
    <message>
        <source>added direction {number} (id {id})</source>
        <translation>{number} istiqaməti əlavə edildi (id {id})</translation>
    </message>
    <message>
        <source>direction {number}</source>
        <translation>{number} istiqaməti</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>davamlı</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>İcraçıların töhfələri</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Göstəricilər</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>Plan dəyişikliklərinin tarixçəsi</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>İcra hesabatları</translation>
    </message>
    <message>
        <source>added inspection {reference} (id {id})</source>
        <translation>{reference} yoxlaması əlavə edildi (id {id})</translation>
    </message>
    <message>
        <source>inspection {reference}</source>
        <translation>{reference} yoxlaması</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Çatışmazlıqlar</translation>
    </message>
    <message>
        <source>{ref}: deadline {old} -&gt; {new} on {at}, approved by {approver}: {reason}</source>
        <translation>{ref}: müddət {old} -&gt; {new}, {at}, təsdiq edən {approver}: {reason}</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Aktlar</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Qoşmalar</translation>
    </message>
    <message>
        <source>issued addendum {addendum} No {number} of {date} with {count} finding(s)</source>
        <translation>{date} tarixli {number} nömrəli {addendum} saylı əlavə {count} çatışmazlıqla verildi</translation>
    </message>
    <message>
        <source>issued act No {number} of {date} with {count} finding(s)</source>
        <translation>{date} tarixli {number} nömrəli akt {count} çatışmazlıqla verildi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <source>issuing agency</source>
        <translation>aktı tərtib edən qurum</translation>
    </message>
    <message>
        <source>partner agency</source>
        <translation>tərəfdaş qurum</translation>
    </message>
    <message>
        <source>awaiting co-signature</source>
        <translation>birgə imza gözlənilir</translation>
    </message>
    <message>
        <source>signed addendum {addendum} No {number} of {date}</source>
        <translation>{date} tarixli {number} nömrəli {addendum} saylı əlavə imzalandı</translation>
    </message>
    <message>
        <source>signed act No {number} of {date}</source>
        <translation>{date} tarixli {number} nömrəli akt imzalandı</translation>
    </message>
    <message>
        <source>signed the verified closure of {ref} of {at}</source>
        <translation>{ref} çatışmazlığının {at} tarixli yoxlanılmış bağlanması imzalandı</translation>
    </message>
    <message>
        <source>added note {id} at {at}</source>
        <translation>{id} qeydi {at} tarixində əlavə edildi</translation>
    </message>
    <message>
        <source>signed for the issuing agency</source>
        <translation>yoxlamanı aparan qurum adından imzalanıb</translation>
    </message>
    <message>
        <source>co-signed (partner agency)</source>
        <translation>birgə imzalanıb (tərəfdaş qurum)</translation>
    </message>
    <message>
        <source>added finding {ref} (id {id})</source>
        <translation>{ref} çatışmazlığı əlavə edildi (id {id})</translation>
    </message>
    <message>
        <source>finding {ref}</source>
        <translation>{ref} çatışmazlığı</translation>
    </message>
    <message>
        <source>responded to finding {ref}</source>
        <translation>{ref} çatışmazlığına cavab verildi</translation>
    </message>
    <message>
        <source>finding {ref}: {old} -&gt; {new}</source>
        <translation>{ref} çatışmazlığı: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>response</source>
        <translation>cavab</translation>
    </message>
    <message>
        <source>issue the act: its findings then travel to the institution</source>
        <translation>aktı tərtib et: sonra onun çatışmazlıqları quruma göndərilir</translation>
    </message>
    <message>
        <source>issue the findings recorded after the act as the next addendum</source>
        <translation>aktdan sonra qeydə alınmış çatışmazlıqları növbəti əlavə kimi tərtib et</translation>
    </message>
    <message>
        <source>key {fingerprint}</source>
        <translation>açar {fingerprint}</translation>
    </message>
    <message>
        <source>finding {ref}: deadline {old} -&gt; {new}</source>
        <translation>{ref} çatışmazlığı: müddət {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>asked for finding {ref}&apos;s deadline {old} -&gt; {new} (request {id})</source>
        <translation>{ref} çatışmazlığının müddətinin uzadılması istənildi: {old} -&gt; {new} (müraciət {id})</translation>
    </message>
    <message>
        <source>extension request {id}: {status}</source>
        <translation>{id} uzadılma müraciəti: {status}</translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation>hələ hesabat yoxdur</translation>
    </message>
    <message>
        <source>report {id} of {institution} for {period}</source>
        <translation>{institution} qurumunun {period} üzrə {id} hesabatı</translation>
    </message>
    <message>
        <source>decision for {period} by {user}: {reason}</source>
        <translation>{user} tərəfindən {period} üzrə qərar: {reason}</translation>
    </message>
    <message>
        <source>measure {number}: official status {status} {percent}%</source>
        <translation>{number} tədbiri: rəsmi status {status} {percent}%</translation>
    </message>
    <message>
        <source>added measure {number} (id {id})</source>
        <translation>{number} tədbiri əlavə edildi (id {id})</translation>
    </message>
    <message>
        <source>--decision is cited by a plan revision: give its --reason too</source>
        <translation>--decision plana dəyişikliyə istinad edir: onun --reason səbəbini də göstərin</translation>
    </message>
    <message>
        <source>measure {number}</source>
        <translation>{number} tədbiri</translation>
    </message>
    <message>
        <source>measure {number}: cancelled from {date}</source>
        <translation>{number} tədbiri: {date} tarixindən ləğv edildi</translation>
    </message>
    <message>
        <source>--direction takes a direction number (got {text})</source>
        <translation>--direction istiqamət nömrəsi qəbul edir (verilib: {text})</translation>
    </message>
    <message>
        <source>deleted measure {number}</source>
        <translation>{number} tədbiri silindi</translation>
    </message>
    <message>
        <source>added indicator {name} (id {id})</source>
        <translation>{name} göstəricisi əlavə edildi (id {id})</translation>
    </message>
    <message>
        <source>indicator {name}</source>
        <translation>{name} göstəricisi</translation>
    </message>
    <message>
        <source>--cancel-missing goes with --apply</source>
        <translation>--cancel-missing --apply ilə birlikdə verilir</translation>
    </message>
    <message>
        <source>wrote the plan template ({language}) to {file}</source>
        <translation>plan şablonu ({language}) {file} faylına yazıldı</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, header on row {row}</source>
        <translation>{file}, vərəq {sheet}, başlıq {row}-ci sətirdə</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(oxunmur)</translation>
    </message>
    <message>
        <source>columns: {columns}</source>
        <translation>sütunlar: {columns}</translation>
    </message>
    <message>
        <source>directions: {directions} new, {known} known; measures: {measures} new, {changed} changed, {unchanged} unchanged; indicators: {indicators} new</source>
        <translation>istiqamətlər: {directions} yeni, {known} məlum; tədbirlər: {measures} yeni, {changed} dəyişmiş, {unchanged} dəyişməmiş; göstəricilər: {indicators} yeni</translation>
    </message>
    <message>
        <source>not in this file ({count}), cancelled only with --cancel-missing:</source>
        <translation>bu faylda olmayanlar ({count}), yalnız --cancel-missing ilə ləğv edilir:</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(ləğv edilib)</translation>
    </message>
    <message>
        <source>problems ({count}):</source>
        <translation>problemlər ({count}):</translation>
    </message>
    <message>
        <source>(near: {names})</source>
        <translation>(oxşar: {names})</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}-ci sətir</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fayl</translation>
    </message>
    <message>
        <source>imported: {directions} direction(s), {created} measure(s) created, {updated} changed, {indicators} indicator(s), {cancelled} cancelled</source>
        <translation>idxal edildi: {directions} istiqamət, {created} tədbir yaradıldı, {updated} dəyişdirildi, {indicators} göstərici, {cancelled} ləğv edildi</translation>
    </message>
    <message>
        <source>nothing written: fix the problems (or map the columns with --map), then --apply</source>
        <translation>heç nə yazılmadı: problemləri aradan qaldırın (və ya sütunları --map ilə uyğunlaşdırın), sonra --apply</translation>
    </message>
    <message>
        <source>nothing written: add --apply to import</source>
        <translation>heç nə yazılmadı: idxal üçün --apply əlavə edin</translation>
    </message>
    <message>
        <source>draft progress report {id} for {period}</source>
        <translation>{period} üzrə {id} icra hesabatının qaralaması</translation>
    </message>
    <message>
        <source>submitted progress report {id} for {period}</source>
        <translation>{period} üzrə {id} icra hesabatı təqdim edildi</translation>
    </message>
    <message>
        <source>updated progress report {id}</source>
        <translation>{id} icra hesabatı yeniləndi</translation>
    </message>
    <message>
        <source>submitted progress report {id}</source>
        <translation>{id} icra hesabatı təqdim edildi</translation>
    </message>
    <message>
        <source>progress report {id}: {result}</source>
        <translation>{id} icra hesabatı: {result}</translation>
    </message>
    <message>
        <source>release verified: {name} {version}, {files} files, signed by key {key}</source>
        <translation>buraxılış yoxlanıldı: {name} {version}, {files} fayl, {key} açarı ilə imzalanıb</translation>
    </message>
    <message>
        <source>report {kind} is printed in {languages}</source>
        <translation>{kind} hesabatı bu dillərdə çap olunur: {languages}</translation>
    </message>
    <message>
        <source>report inspection-act needs --inspection REF</source>
        <translation>report inspection-act üçün --inspection REF lazımdır</translation>
    </message>
    <message>
        <source>report urgent-notice needs --finding REF</source>
        <translation>report urgent-notice üçün --finding REF lazımdır</translation>
    </message>
    <message>
        <source>--json is for report compliance</source>
        <translation>--json report compliance üçündür</translation>
    </message>
    <message>
        <source>report transfer-form needs --bundle ID (see &apos;bundles list&apos;)</source>
        <translation>report transfer-form üçün --bundle ID lazımdır (bax: &apos;bundles list&apos;)</translation>
    </message>
    <message>
        <source>added requirement {code} (id {id})</source>
        <translation>{code} tələbi əlavə edildi (id {id})</translation>
    </message>
    <message>
        <source>{file}: {added} added, {updated} updated</source>
        <translation>{file}: {added} əlavə edildi, {updated} yeniləndi</translation>
    </message>
    <message>
        <source>emblem on reports: set from a PNG or JPEG file path; &apos;&apos; removes it</source>
        <translation>hesabatlardakı gerb: PNG və ya JPEG faylının yolu ilə təyin edilir; &apos;&apos; onu silir</translation>
    </message>
    <message>
        <source>New passphrase for {user}: </source>
        <translation>{user} üçün yeni parol: </translation>
    </message>
    <message>
        <source>created the {role} store of {code} in {home}</source>
        <translation>{code} üçün {role} anbarı {home} qovluğunda yaradıldı</translation>
    </message>
    <message>
        <source>admin user: {user}</source>
        <translation>administrator istifadəçi: {user}</translation>
    </message>
    <message>
        <source>(image)</source>
        <translation>(şəkil)</translation>
    </message>
    <message>
        <source>{key} set from {file}</source>
        <translation>{key} {file} faylından təyin edildi</translation>
    </message>
    <message>
        <source>{key} removed</source>
        <translation>{key} silindi</translation>
    </message>
    <message>
        <source>added user {name} ({role})</source>
        <translation>{name} istifadəçisi əlavə edildi ({role})</translation>
    </message>
    <message>
        <source>the recovery key no longer opens the store: make a new one (users recovery-key)</source>
        <translation>bərpa açarı artıq anbarı açmır: yenisini yaradın (users recovery-key)</translation>
    </message>
    <message>
        <source>user {name} removed; the database now has a new data key</source>
        <translation>{name} istifadəçisi silindi; verilənlər bazasının indi yeni verilənlər açarı var</translation>
    </message>
    <message>
        <source>user {name} is now {role}</source>
        <translation>{name} istifadəçisi indi {role} roludadır</translation>
    </message>
    <message>
        <source>passphrase of {name} changed</source>
        <translation>{name} istifadəçisinin parolu dəyişdirildi</translation>
    </message>
    <message>
        <source>the database now has a new data key</source>
        <translation>verilənlər bazasının indi yeni verilənlər açarı var</translation>
    </message>
    <message>
        <source>Print or write down this recovery key and keep it locked away; it opens the store without any passphrase. The previous recovery key no longer works.</source>
        <translation>Bu bərpa açarını çap edin və ya yazın və qapalı yerdə saxlayın; o, anbarı heç bir parol olmadan açır. Əvvəlki bərpa açarı artıq işləmir.</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>heç nə tapılmadı</translation>
    </message>
    <message>
        <source>Passphrase for {user}: </source>
        <translation>{user} üçün parol: </translation>
    </message>
    <message>
        <source>{count} failed attempt(s) to unlock as {user} since your last sign-in</source>
        <translation>son girişinizdən bəri {user} kimi açmaq üçün {count} uğursuz cəhd olub</translation>
    </message>
    <message>
        <source>{option} takes NAME=VALUE (got {item})</source>
        <translation>{option} AD=DƏYƏR qəbul edir (verilib: {item})</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>UTF-8 mətni deyil</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Təkrar edin: </translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>xəbərdarlıq: {text}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <source>--{option} takes a file name ending in {suffix}</source>
        <translation>--{option} {suffix} ilə bitən fayl adı qəbul edir</translation>
    </message>
    <message>
        <source>wrote {count} row(s) to {target}</source>
        <translation>{target} faylına {count} sətir yazıldı</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FAYL</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>NÖV</translation>
    </message>
    <message>
        <source>ADDED BY</source>
        <translation>ƏLAVƏ EDƏN</translation>
    </message>
    <message>
        <source>the workspace folder (like --home)</source>
        <translation>iş qovluğu (--home kimi)</translation>
    </message>
    <message>
        <source>the passphrase (else --passphrase-file, else a prompt)</source>
        <translation>parol (yoxdursa --passphrase-file, o da yoxdursa sorğu)</translation>
    </message>
    <message>
        <source>the new passphrase for &apos;users add&apos; and &apos;users passwd&apos;</source>
        <translation>&apos;users add&apos; və &apos;users passwd&apos; üçün yeni parol</translation>
    </message>
    <message>
        <source>show tracebacks</source>
        <translation>xətanın tam izini (traceback) göstər</translation>
    </message>
    <message>
        <source>environment:</source>
        <translation>mühit dəyişənləri:</translation>
    </message>
    <message>
        <source>A passphrase is never taken as a command-line argument: other users can read those.</source>
        <translation>Parol heç vaxt komanda sətrinin arqumenti kimi qəbul edilmir: onları digər istifadəçilər oxuya bilər.</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>mövqe arqumentləri</translation>
    </message>
    <message>
        <source>options</source>
        <translation>seçimlər</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>bu kömək mətnini göstər və çıx</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>proqramın versiyasını göstər və çıx</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>bu arqumentlər mütləqdir: {names}</translation>
    </message>
    <message>
        <source>argument {name}: invalid choice: {value} (choose from {choices})</source>
        <translation>{name} arqumenti: yanlış seçim: {value} (bunlardan seçin: {choices})</translation>
    </message>
    <message>
        <source>argument {name}: expected one argument</source>
        <translation>{name} arqumenti: bir dəyər gözlənilir</translation>
    </message>
    <message>
        <source>argument {name}: invalid {kind} value: {value}</source>
        <translation>{name} arqumenti: yanlış {kind} dəyəri: {value}</translation>
    </message>
    <message>
        <source>argument {name}: not allowed with argument {other}</source>
        <translation>{name} arqumenti {other} arqumenti ilə birlikdə verilə bilməz</translation>
    </message>
    <message>
        <source>one of the arguments {names} is required</source>
        <translation>{names} arqumentlərindən biri mütləqdir</translation>
    </message>
    <message>
        <source>unrecognized arguments: {values}</source>
        <translation>tanınmayan arqumentlər: {values}</translation>
    </message>
    <message>
        <source>argument {name}: ignored explicit argument {value}</source>
        <translation>{name} arqumenti: verilmiş {value} dəyəri qəbul edilmir</translation>
    </message>
    <message>
        <source>argument {name}: expected at least one argument</source>
        <translation>{name} arqumenti: ən azı bir dəyər gözlənilir</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>istifadə: </translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>xəta: {message}</translation>
    </message>
    <message>
        <source>a passphrase is never given as an argument: use env {env}, --passphrase-file FILE or the prompt</source>
        <translation>parol heç vaxt arqument kimi verilmir: {env} mühit dəyişənindən, --passphrase-file FAYL və ya sorğudan istifadə edin</translation>
    </message>
    <message>
        <source>unknown option(s) {options} (values not shown); see &apos;infosec-desk --help&apos;</source>
        <translation>naməlum seçim(lər) {options} (dəyərlər göstərilmir); bax: &apos;infosec-desk --help&apos;</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>dayandırıldı</translation>
    </message>
    <message>
        <source>unexpected {kind}: {text} (a bug; set {env}=1 for the traceback and report it)</source>
        <translation>gözlənilməz {kind}: {text} (proqram xətası; izləmə üçün {env}=1 təyin edin və xəbər verin)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0-dan 100-ə qədər</translation>
    </message>
    <message>
        <source>2026, 2026-H1 or 2026-Q3 (default: now)</source>
        <translation>2026, 2026-H1 və ya 2026-Q3 (susmaya görə: indiki)</translation>
    </message>
    <message>
        <source>2026-Q3, 2026-H1 or 2026</source>
        <translation>2026-Q3, 2026-H1 və ya 2026</translation>
    </message>
    <message>
        <source>30.09.2026 or 2026-09-30</source>
        <translation>30.09.2026 və ya 2026-09-30</translation>
    </message>
    <message>
        <source>ACHIEVED %</source>
        <translation>NAİLİYYƏT %</translation>
    </message>
    <message>
        <source>ACT</source>
        <translation>AKT</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ƏMƏLİYYAT</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTİV</translation>
    </message>
    <message>
        <source>ACTUAL</source>
        <translation>FAKTİKİ</translation>
    </message>
    <message>
        <source>ADDENDUM</source>
        <translation>ƏLAVƏ</translation>
    </message>
    <message>
        <source>AGENDA</source>
        <translation>GÜNDƏLİK</translation>
    </message>
    <message>
        <source>ASKED</source>
        <translation>İSTƏNİLİB</translation>
    </message>
    <message>
        <source>ASKED FOR</source>
        <translation>İSTƏNİLƏN</translation>
    </message>
    <message>
        <source>ASSIGNED</source>
        <translation>TAPŞIRILIB</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>VAXT</translation>
    </message>
    <message>
        <source>AT (UTC)</source>
        <translation>VAXT (UTC)</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>MÜƏLLİF</translation>
    </message>
    <message>
        <source>BASELINE</source>
        <translation>BAŞLANĞIC</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>KİM</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEQORİYA</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>SİNİF</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>ŞƏRH</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>YARADILIB</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>TARİX</translation>
    </message>
    <message>
        <source>DEADLINE</source>
        <translation>MÜDDƏT</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>QƏRAR</translation>
    </message>
    <message>
        <source>DECISIONS</source>
        <translation>QƏRARLAR</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>TƏSVİR</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>TƏFƏRRÜAT</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>İSTİQ.</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>İSTİQAMƏT</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>QARALAMA</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>SON TARİX</translation>
    </message>
    <message>
        <source>END</source>
        <translation>SON</translation>
    </message>
    <message>
        <source>EVALUATION</source>
        <translation>QİYMƏT</translation>
    </message>
    <message>
        <source>EVALUATOR</source>
        <translation>QİYMƏTLƏNDİRƏN</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>SÜBUT</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>SAHƏ</translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation>ÇATIŞMAZLIQ</translation>
    </message>
    <message>
        <source>FINDINGS</source>
        <translation>ÇATIŞMAZLIQLAR</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>BARMAQ İZİ</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>QRUP</translation>
    </message>
    <message>
        <source>HERE</source>
        <translation>BURADA</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>INSTITUTION</source>
        <translation>QURUM</translation>
    </message>
    <message>
        <source>ISO 27001</source>
        <translation>ISO 27001</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022 Annex A</source>
        <translation>ISO/IEC 27001:2022, A əlavəsi</translation>
    </message>
    <message>
        <source>ISSUED</source>
        <translation>VERİLİB</translation>
    </message>
    <message>
        <source>InfoSec Desk on the command line: the strategy&apos;s action plan, progress reports and CII inspections in an encrypted local store.</source>
        <translation>InfoSec Desk komanda sətrində: strategiyanın fəaliyyət planı, icra hesabatları və KİI yoxlamaları şifrələnmiş yerli bazada.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>AÇAR</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>NÖV</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>MƏSUL</translation>
    </message>
    <message>
        <source>LED</source>
        <translation>MƏSUL OLDUĞU</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>MƏNASI</translation>
    </message>
    <message>
        <source>MEASURE</source>
        <translation>TƏDBİR</translation>
    </message>
    <message>
        <source>MEASURES</source>
        <translation>TƏDBİRLƏR</translation>
    </message>
    <message>
        <source>MEETINGS</source>
        <translation>İCLASLAR</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>ÜZV</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>ÜZVLƏR</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>ÜSUL</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>ÇATIŞMIR</translation>
    </message>
    <message>
        <source>N</source>
        <translation>№</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <source>NAME (EN)</source>
        <translation>AD (EN)</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>YENİ</translation>
    </message>
    <message>
        <source>NIST CSF</source>
        <translation>NIST CSF</translation>
    </message>
    <message>
        <source>NIST CSF 2.0</source>
        <translation>NIST CSF 2.0</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>QOVŞAQ</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÖMRƏ</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>KÖHNƏ</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>NƏTİCƏ</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>GECİKMİŞ</translation>
    </message>
    <message>
        <source>PEER</source>
        <translation>TƏRƏFDAŞ</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>DÖVR</translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation>PROBLEMLƏR</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>SƏBƏB</translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation>YAZI</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>İSTİNAD</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>İSTİNAD</translation>
    </message>
    <message>
        <source>REFERENCE#N or id</source>
        <translation>NÖMRƏ#N və ya id</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>HESABAT</translation>
    </message>
    <message>
        <source>REPRESENTATIVE</source>
        <translation>NÜMAYƏNDƏ</translation>
    </message>
    <message>
        <source>REQUIREMENT</source>
        <translation>TƏLƏB</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>NƏTİCƏ</translation>
    </message>
    <message>
        <source>RISK</source>
        <translation>RİSK</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>SƏTİR</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ƏHATƏ</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>№</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>CİDDİLİK</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>SIGNATURES</source>
        <translation>İMZALAR</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>ÖLÇÜ</translation>
    </message>
    <message>
        <source>START</source>
        <translation>BAŞLANĞIC</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>VƏZİYYƏT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>HƏDƏF</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>MƏTN</translation>
    </message>
    <message>
        <source>THEIRS</source>
        <translation>ONLARDA</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>AD</translation>
    </message>
    <message>
        <source>TITLE (EN)</source>
        <translation>AD (EN)</translation>
    </message>
    <message>
        <source>TITLE / CHANGES</source>
        <translation>AD / DƏYİŞİKLİKLƏR</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>VAHİD</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>TƏCİLİ</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>İSTİFADƏÇİ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>DƏYƏR</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>NƏ</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>NƏ VAXT</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>KİM</translation>
    </message>
    <message>
        <source>WORK DONE</source>
        <translation>GÖRÜLƏN İŞ</translation>
    </message>
    <message>
        <source>a group with its meetings</source>
        <translation>qrup və onun iclasları</translation>
    </message>
    <message>
        <source>a measure the decision cites; repeat for each</source>
        <translation>qərarın istinad etdiyi tədbir; hər biri üçün təkrarlayın</translation>
    </message>
    <message>
        <source>a measure with indicators, reports and files</source>
        <translation>tədbir indikatorları, hesabatları və faylları ilə</translation>
    </message>
    <message>
        <source>a measure&apos;s indicators</source>
        <translation>tədbirin indikatorları</translation>
    </message>
    <message>
        <source>a measure&apos;s indicators with the lead&apos;s actuals and their achievement</source>
        <translation>tədbirin indikatorları, məsul qurumun faktiki dəyərləri və onların əldə olunma dərəcəsi</translation>
    </message>
    <message>
        <source>a measure&apos;s plan revisions, oldest first</source>
        <translation>tədbirin plan dəyişiklikləri, ən köhnəsi birinci</translation>
    </message>
    <message>
        <source>a meeting with its decisions</source>
        <translation>iclas və onun qərarları</translation>
    </message>
    <message>
        <source>a member&apos;s representative (name, position); repeat for each</source>
        <translation>üzvün nümayəndəsi (adı, vəzifəsi); hər biri üçün təkrarlayın</translation>
    </message>
    <message>
        <source>a team member; repeat</source>
        <translation>qrup üzvü; təkrarlayın</translation>
    </message>
    <message>
        <source>accept a build older than this one (it is still named on stderr)</source>
        <translation>bundan köhnə quraşdırma paketini qəbul et (yenə də stderr-də bildirilir)</translation>
    </message>
    <message>
        <source>actuals up to a period: 2026-Q3</source>
        <translation>dövrə qədər faktiki dəyərlər: 2026-Q3</translation>
    </message>
    <message>
        <source>add a direction</source>
        <translation>istiqamət əlavə et</translation>
    </message>
    <message>
        <source>add a facility to an institution</source>
        <translation>quruma obyekt əlavə et</translation>
    </message>
    <message>
        <source>add a measure</source>
        <translation>tədbir əlavə et</translation>
    </message>
    <message>
        <source>add a note to an inspection</source>
        <translation>yoxlamaya qeyd əlavə et</translation>
    </message>
    <message>
        <source>add a requirement</source>
        <translation>tələb əlavə et</translation>
    </message>
    <message>
        <source>add a user with a passphrase of their own (admin)</source>
        <translation>öz parolu olan istifadəçi əlavə et (administrator)</translation>
    </message>
    <message>
        <source>add a working group</source>
        <translation>işçi qrup əlavə et</translation>
    </message>
    <message>
        <source>add an indicator to a measure</source>
        <translation>tədbirə indikator əlavə et</translation>
    </message>
    <message>
        <source>add an institution</source>
        <translation>qurum əlavə et</translation>
    </message>
    <message>
        <source>add or update requirements from a CSV (header: code,title,text,category,iso27001,nist_csf) or a JSON array; all rows are checked before any is written</source>
        <translation>tələbləri CSV-dən (başlıq: code,title,text,category,iso27001,nist_csf) və ya JSON massivindən əlavə et və ya yenilə; hər hansı sətir yazılmazdan əvvəl bütün sətirlər yoxlanılır</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>gündəlik</translation>
    </message>
    <message>
        <source>an indicator&apos;s actual value (indicator by name or id); repeat for each; the indicators not named keep theirs</source>
        <translation>indikatorun faktiki dəyəri (indikator adı və ya id ilə); hər biri üçün təkrarlayın; adı çəkilməyən indikatorlar öz dəyərini saxlayır</translation>
    </message>
    <message>
        <source>an inspected facility (name or id); repeat</source>
        <translation>yoxlanılan obyekt (adı və ya id); təkrarlayın</translation>
    </message>
    <message>
        <source>an inspected facility (name or id); repeat; replaces the list</source>
        <translation>yoxlanılan obyekt (adı və ya id); təkrarlayın; siyahını əvəz edir</translation>
    </message>
    <message>
        <source>an inspection with notes and findings</source>
        <translation>yoxlama qeydləri və çatışmazlıqları ilə</translation>
    </message>
    <message>
        <source>an institution the task is assigned to; repeat for each</source>
        <translation>tapşırığın həvalə edildiyi qurum; hər biri üçün təkrarlayın</translation>
    </message>
    <message>
        <source>an institution the task is assigned to; repeat for each (replaces the list)</source>
        <translation>tapşırığın həvalə edildiyi qurum; hər biri üçün təkrarlayın (siyahını əvəz edir)</translation>
    </message>
    <message>
        <source>an urgent measure is required</source>
        <translation>təcili tədbir tələb olunur</translation>
    </message>
    <message>
        <source>approving act</source>
        <translation>təsdiq edən akt</translation>
    </message>
    <message>
        <source>assign it to no institution</source>
        <translation>heç bir quruma həvalə etmə</translation>
    </message>
    <message>
        <source>attach a file to a record (measure number, inspection reference, REF#N, or any id)</source>
        <translation>qeydə fayl qoş (tədbirin nömrəsi, yoxlamanın nömrəsi, NÖMRƏ#N və ya istənilən id)</translation>
    </message>
    <message>
        <source>attach a file; repeat</source>
        <translation>fayl qoş; təkrarlayın</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>iştirakçılar</translation>
    </message>
    <message>
        <source>build a demo set of workspaces in DIR (new or empty): the coordinator&apos;s, six institutions&apos; and an inspection team&apos;s, filled through real bundles</source>
        <translation>DIR qovluğunda (yeni və ya boş) nümayiş iş qovluqları yarat: əlaqələndirici orqanın, altı qurumun və yoxlama qrupunun, real paketlərlə doldurulmuş</translation>
    </message>
    <message>
        <source>cancel a measure (a plan revision): it stays in the plan with its reports</source>
        <translation>tədbiri ləğv et (plan dəyişikliyi): o, hesabatları ilə birlikdə planda qalır</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ləğv edilib</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>sədr</translation>
    </message>
    <message>
        <source>change a decision&apos;s text, assignees or deadline</source>
        <translation>qərarın mətnini, icraçılarını və ya müddətini dəyiş</translation>
    </message>
    <message>
        <source>change a direction&apos;s title</source>
        <translation>istiqamətin adını dəyiş</translation>
    </message>
    <message>
        <source>change a finding (the deadline moves only with &apos;findings extend&apos;, the status with &apos;respond&apos;, &apos;verify&apos;, &apos;dispute&apos;, &apos;decide-dispute&apos; or &apos;reopen&apos;)</source>
        <translation>çatışmazlığı dəyiş (müddət yalnız &apos;findings extend&apos; ilə, status &apos;respond&apos;, &apos;verify&apos;, &apos;dispute&apos;, &apos;decide-dispute&apos; və ya &apos;reopen&apos; ilə dəyişir)</translation>
    </message>
    <message>
        <source>change a setting (admin)</source>
        <translation>parametri dəyiş (administrator)</translation>
    </message>
    <message>
        <source>change a user&apos;s role (admin)</source>
        <translation>istifadəçinin rolunu dəyiş (administrator)</translation>
    </message>
    <message>
        <source>change an indicator</source>
        <translation>indikatoru dəyiş</translation>
    </message>
    <message>
        <source>change an institution&apos;s names or kind</source>
        <translation>qurumun adlarını və ya növünü dəyiş</translation>
    </message>
    <message>
        <source>change only the named fields of a report</source>
        <translation>hesabatın yalnız göstərilən sahələrini dəyiş</translation>
    </message>
    <message>
        <source>change some fields of a measure; its dates, lead, co-executors or title only with --reason (a plan revision)</source>
        <translation>tədbirin bəzi sahələrini dəyiş; tarixləri, məsul qurumu, əlaqədar qurumları və ya adı yalnız --reason ilə (plan dəyişikliyi)</translation>
    </message>
    <message>
        <source>change some fields of an inspection</source>
        <translation>yoxlamanın bəzi sahələrini dəyiş</translation>
    </message>
    <message>
        <source>check a backup whole (with a passphrase of the store it came from: --user and the usual passphrase), then restore it into --home (which must hold no store)</source>
        <translation>ehtiyat nüsxəni bütövlükdə yoxla (onun götürüldüyü bazanın parolu ilə: --user və adi parol), sonra onu --home qovluğuna bərpa et (orada baza olmamalıdır)</translation>
    </message>
    <message>
        <source>check a copied build (e.g. from a stick) against its signed release manifest: the signature, every file&apos;s SHA-256 and mode, every folder, nothing missing or extra, and that it is not older than this build; exit 1 if anything differs</source>
        <translation>köçürülmüş quraşdırma paketini (məsələn, fləşkadan) imzalanmış buraxılış manifesti ilə yoxla: imzanı, hər faylın SHA-256 dəyərini və icazələrini, hər qovluğu, heç nəyin çatışmadığını və artıq olmadığını, bu paketdən köhnə olmadığını; nə isə fərqlənərsə, 1 kodu ilə çıx</translation>
    </message>
    <message>
        <source>check bundles completely without changing anything</source>
        <translation>paketləri heç nəyi dəyişmədən tam yoxla</translation>
    </message>
    <message>
        <source>check it, write nothing</source>
        <translation>yoxla, heç nə yazma</translation>
    </message>
    <message>
        <source>check the hash chain; exit 1 naming the first bad entry</source>
        <translation>heş zəncirini yoxla; ilk səhv qeydi göstərərək 1 kodu ilə çıx</translation>
    </message>
    <message>
        <source>classification marking (default: the setting)</source>
        <translation>məxfilik qrifi (susmaya görə: parametrdəki)</translation>
    </message>
    <message>
        <source>co-executors</source>
        <translation>həmicraçılar</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>code or id</source>
        <translation>kod və ya id</translation>
    </message>
    <message>
        <source>compliance: print its figures (and the previous period&apos;s) as JSON too</source>
        <translation>compliance: göstəricilərini (və əvvəlki dövrünkünü) JSON kimi də çap et</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>nəticə</translation>
    </message>
    <message>
        <source>concurrent edits met at merge</source>
        <translation>birləşdirmə zamanı rastlaşan eyni vaxtlı dəyişikliklər</translation>
    </message>
    <message>
        <source>conflicts to review</source>
        <translation>baxılmalı ziddiyyətlər</translation>
    </message>
    <message>
        <source>copy a file out of the store</source>
        <translation>faylı bazadan köçür</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarix</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>tarixlər</translation>
    </message>
    <message>
        <source>days ahead (default: 30)</source>
        <translation>qabaqdakı günlər (susmaya görə: 30)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>gg.aa.iiii</translation>
    </message>
    <message>
        <source>decisions of working group meetings</source>
        <translation>işçi qrup iclaslarının qərarları</translation>
    </message>
    <message>
        <source>default: NODE-YEAR-NNN</source>
        <translation>susmaya görə: QOVŞAQ-İL-NNN</translation>
    </message>
    <message>
        <source>default: the weighing&apos;s</source>
        <translation>susmaya görə: qiymətləndirmənin verdiyi</translation>
    </message>
    <message>
        <source>deficiencies found by inspections</source>
        <translation>yoxlamalarla aşkar edilmiş çatışmazlıqlar</translation>
    </message>
    <message>
        <source>delete a measure nobody has reported on (cancel one that has reports)</source>
        <translation>heç kimin hesabat vermədiyi tədbiri sil (hesabatı olanı ləğv edin)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>təsvir</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>istiqamət</translation>
    </message>
    <message>
        <source>end</source>
        <translation>son</translation>
    </message>
    <message>
        <source>end date passed, not completed</source>
        <translation>bitmə tarixi keçib, başa çatmayıb</translation>
    </message>
    <message>
        <source>enrol a partner from its card (admin)</source>
        <translation>tərəfdaşı onun kartı ilə qeydiyyata al (administrator)</translation>
    </message>
    <message>
        <source>enrolled partners</source>
        <translation>qeydiyyatdakı tərəfdaşlar</translation>
    </message>
    <message>
        <source>evaluate a submitted report (coordinator)</source>
        <translation>təqdim edilmiş hesabatı qiymətləndir (əlaqələndirici orqan)</translation>
    </message>
    <message>
        <source>every bundle in or out</source>
        <translation>daxil olan və ya göndərilən hər paket</translation>
    </message>
    <message>
        <source>every change of state and every response of a finding, oldest first</source>
        <translation>çatışmazlığın hər vəziyyət dəyişikliyi və hər cavabı, ən köhnəsi birinci</translation>
    </message>
    <message>
        <source>every evaluation, newest first (a revised report keeps its earlier ones)</source>
        <translation>hər qiymətləndirmə, ən yenisi birinci (yenidən işlənmiş hesabat əvvəlkiləri saxlayır)</translation>
    </message>
    <message>
        <source>every setting with its value</source>
        <translation>hər parametr dəyəri ilə</translation>
    </message>
    <message>
        <source>everything in scope, not only news</source>
        <translation>əhatədəki hər şey, təkcə yeniliklər yox</translation>
    </message>
    <message>
        <source>expected result</source>
        <translation>gözlənilən nəticə</translation>
    </message>
    <message>
        <source>extension requests, oldest first</source>
        <translation>müddətin uzadılması sorğuları, ən köhnəsi birinci</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>obyektlər</translation>
    </message>
    <message>
        <source>figures as of the period&apos;s end (default: today, in the current quarter)</source>
        <translation>dövrün sonuna olan göstəricilər (susmaya görə: bu gün, cari rübdə)</translation>
    </message>
    <message>
        <source>files attached to records</source>
        <translation>qeydlərə qoşulmuş fayllar</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>maliyyələşmə</translation>
    </message>
    <message>
        <source>find measures, reports, requirements, inspections, notes and findings by words (case and Azerbaijani letters folded; each word matches as a prefix)</source>
        <translation>tədbirləri, hesabatları, tələbləri, yoxlamaları, qeydləri və çatışmazlıqları sözlərlə tap (böyük-kiçik hərf və Azərbaycan hərfləri fərqləndirilmir; hər söz sözün əvvəli kimi uyğunlaşır)</translation>
    </message>
    <message>
        <source>findings, most severe first</source>
        <translation>çatışmazlıqlar, ən ağırı birinci</translation>
    </message>
    <message>
        <source>group</source>
        <translation>qrup</translation>
    </message>
    <message>
        <source>home</source>
        <translation>iş qovluğu</translation>
    </message>
    <message>
        <source>how grave its impact, 1-5</source>
        <translation>təsirinin ağırlığı, 1-5</translation>
    </message>
    <message>
        <source>how likely the threat is, 1-5</source>
        <translation>təhdidin ehtimalı, 1-5</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>id or id prefix</source>
        <translation>id və ya id-nin başlanğıcı</translation>
    </message>
    <message>
        <source>increase, or decrease for a falling indicator (default: from baseline and target)</source>
        <translation>increase, azalan indikator üçün decrease (susmaya görə: ilkin və hədəf dəyərdən)</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>yoxlama</translation>
    </message>
    <message>
        <source>inspection-act: addendum N instead of the act</source>
        <translation>inspection-act: akt əvəzinə N nömrəli əlavə</translation>
    </message>
    <message>
        <source>inspections of CII facilities</source>
        <translation>KİI obyektlərinin yoxlamaları</translation>
    </message>
    <message>
        <source>inspections, newest first</source>
        <translation>yoxlamalar, ən yenisi birinci</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>qurum</translation>
    </message>
    <message>
        <source>institution code or id</source>
        <translation>qurumun kodu və ya id</translation>
    </message>
    <message>
        <source>institutions that carry out measures</source>
        <translation>tədbirləri icra edən qurumlar</translation>
    </message>
    <message>
        <source>keep as a draft (a draft never leaves this node)</source>
        <translation>qaralama kimi saxla (qaralama heç vaxt bu qovşaqdan çıxmır)</translation>
    </message>
    <message>
        <source>keep one of the two values</source>
        <translation>iki dəyərdən birini saxla</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>növ</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>məsul qurum</translation>
    </message>
    <message>
        <source>leave drafts out</source>
        <translation>qaralamaları daxil etmə</translation>
    </message>
    <message>
        <source>led or co-executed by</source>
        <translation>məsul və ya əlaqədar qurum</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>hüquqi əsas</translation>
    </message>
    <message>
        <source>like 2.3.1</source>
        <translation>məsələn, 2.3.1</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>iclasların siyahısı</translation>
    </message>
    <message>
        <source>list the working groups</source>
        <translation>işçi qrupların siyahısı</translation>
    </message>
    <message>
        <source>local users and their passphrases</source>
        <translation>yerli istifadəçilər və onların parolları</translation>
    </message>
    <message>
        <source>make a new recovery key (replaces the previous one) and print it (admin)</source>
        <translation>yeni bərpa açarı yarat (əvvəlkini əvəz edir) və onu çap et (administrator)</translation>
    </message>
    <message>
        <source>mark a decision&apos;s task done (--undo: not done)</source>
        <translation>qərarın tapşırığını icra olunmuş kimi qeyd et (--undo: icra olunmayıb)</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>tədbir</translation>
    </message>
    <message>
        <source>measure number, id or id prefix</source>
        <translation>tədbirin nömrəsi, id və ya id-nin başlanğıcı</translation>
    </message>
    <message>
        <source>measures, with the official status (the lead&apos;s latest report)</source>
        <translation>tədbirlər, rəsmi statusla (məsul qurumun son hesabatı)</translation>
    </message>
    <message>
        <source>meetings of the working groups</source>
        <translation>işçi qrupların iclasları</translation>
    </message>
    <message>
        <source>move a finding&apos;s deadline, with reason and approval</source>
        <translation>çatışmazlığın müddətini səbəb və razılıqla dəyiş</translation>
    </message>
    <message>
        <source>move clock stamps that are further ahead of this computer&apos;s clock than the allowed skew (setting max_clock_skew_hours) back to now; admins; run it on every node that took such stamps</source>
        <translation>bu kompüterin saatını icazə verilən fərqdən (max_clock_skew_hours parametri) çox qabaqlayan vaxt möhürlərini indiki ana qaytar; administratorlar üçün; belə möhürlər almış hər qovşaqda işə salın</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>name (en)</source>
        <translation>ad (en)</translation>
    </message>
    <message>
        <source>name in Azerbaijani</source>
        <translation>azərbaycanca adı</translation>
    </message>
    <message>
        <source>name in English</source>
        <translation>ingiliscə adı</translation>
    </message>
    <message>
        <source>new keys; the old key signs the change, which travels in the next bundles (admin)</source>
        <translation>yeni açarlar; dəyişikliyi köhnə açar imzalayır və o, növbəti paketlərlə ötürülür (administrator)</translation>
    </message>
    <message>
        <source>no bundles yet</source>
        <translation>hələ paket yoxdur</translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation>ziddiyyət yoxdur</translation>
    </message>
    <message>
        <source>no decisions</source>
        <translation>qərar yoxdur</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>bitmə tarixi yoxdur</translation>
    </message>
    <message>
        <source>no evaluations</source>
        <translation>qiymət yoxdur</translation>
    </message>
    <message>
        <source>no extension requests</source>
        <translation>uzadılma müraciəti yoxdur</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>çatışmazlıq yoxdur</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>tarixçə yoxdur</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation>göstərici yoxdur</translation>
    </message>
    <message>
        <source>no inspections</source>
        <translation>yoxlama yoxdur</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>uyğun gələn yoxdur</translation>
    </message>
    <message>
        <source>no measure to create or change</source>
        <translation>yaradılacaq və ya dəyişdiriləcək tədbir yoxdur</translation>
    </message>
    <message>
        <source>no measures</source>
        <translation>tədbir yoxdur</translation>
    </message>
    <message>
        <source>no meetings</source>
        <translation>iclas yoxdur</translation>
    </message>
    <message>
        <source>no members</source>
        <translation>üzv yoxdur</translation>
    </message>
    <message>
        <source>no partners</source>
        <translation>tərəfdaş yoxdur</translation>
    </message>
    <message>
        <source>no plan revisions</source>
        <translation>plana dəyişiklik yoxdur</translation>
    </message>
    <message>
        <source>no progress reports</source>
        <translation>icra hesabatı yoxdur</translation>
    </message>
    <message>
        <source>no working groups</source>
        <translation>işçi qrup yoxdur</translation>
    </message>
    <message>
        <source>node code</source>
        <translation>qovşaq kodu</translation>
    </message>
    <message>
        <source>node name</source>
        <translation>qovşağın adı</translation>
    </message>
    <message>
        <source>node name en</source>
        <translation>qovşağın adı (en)</translation>
    </message>
    <message>
        <source>node role</source>
        <translation>qovşağın rolu</translation>
    </message>
    <message>
        <source>none: the findings stay with the commission</source>
        <translation>yoxdur: çatışmazlıqlar komissiyada qalır</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>son tarixi çatan heç nə yoxdur</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nömrə</translation>
    </message>
    <message>
        <source>number (2.3.1), id or id prefix</source>
        <translation>nömrə (2.3.1), id və ya id-nin başlanğıcı</translation>
    </message>
    <message>
        <source>one group only</source>
        <translation>yalnız bir qrup</translation>
    </message>
    <message>
        <source>one institution only</source>
        <translation>yalnız bir qurum</translation>
    </message>
    <message>
        <source>one report with its evaluations, newest first</source>
        <translation>bir hesabat qiymətləndirmələri ilə, ən yenisi birinci</translation>
    </message>
    <message>
        <source>only this action (create, update, delete, ...)</source>
        <translation>yalnız bu əməliyyat (create, update, delete, ...)</translation>
    </message>
    <message>
        <source>only this institution&apos;s</source>
        <translation>yalnız bu qurumunkular</translation>
    </message>
    <message>
        <source>only this partner</source>
        <translation>yalnız bu tərəfdaş</translation>
    </message>
    <message>
        <source>only this user&apos;s entries</source>
        <translation>yalnız bu istifadəçinin qeydləri</translation>
    </message>
    <message>
        <source>only those awaiting a decision</source>
        <translation>yalnız qərar gözləyənlər</translation>
    </message>
    <message>
        <source>only when it has none yet</source>
        <translation>yalnız hələ yoxdursa</translation>
    </message>
    <message>
        <source>period</source>
        <translation>dövr</translation>
    </message>
    <message>
        <source>place</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>plan or record an inspection</source>
        <translation>yoxlamanı planlaşdır və ya qeydə al</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>cədvəl əvəzinə JSON çap et</translation>
    </message>
    <message>
        <source>print a report to PDF: strategy (implementation for a period), inspection-act, urgent-notice (an urgent finding&apos;s notice to the institution and the commission), compliance (CII, for a period), key-card (this node&apos;s identity), transfer-form (a bundle), due-list (an institution&apos;s), meeting-protocol (a working group meeting&apos;s), user-guide; in the language of --lang (en, az or ru, but inspection-act, key-card and transfer-form in en or az only), else the CLI&apos;s, else en</source>
        <translation>hesabatı PDF-ə çap et: strategy (dövr üzrə icra), inspection-act (yoxlama aktı), urgent-notice (təcili çatışmazlıq barədə quruma və komissiyaya bildiriş), compliance (KİI, dövr üzrə), key-card (bu qovşağın identifikasiyası), transfer-form (paket), due-list (qurumun müddətlər siyahısı), meeting-protocol (işçi qrup iclasının protokolu), user-guide (istifadəçi təlimatı); --lang dilində (en, az və ya ru; inspection-act, key-card və transfer-form isə yalnız en və ya az), yoxdursa CLI-nin dilində, o da yoxdursa en</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>bir parametrin dəyərini çap et</translation>
    </message>
    <message>
        <source>print this node&apos;s key fingerprint</source>
        <translation>bu qovşağın açarının barmaq izini çap et</translation>
    </message>
    <message>
        <source>problems and risks</source>
        <translation>problemlər və risklər</translation>
    </message>
    <message>
        <source>problems and risks (a revision keeps them if not given)</source>
        <translation>problemlər və risklər (verilməsə, yeni redaksiya əvvəlkiləri saxlayır)</translation>
    </message>
    <message>
        <source>progress reports on measures</source>
        <translation>tədbirlər üzrə icra hesabatları</translation>
    </message>
    <message>
        <source>progress reports, newest period first</source>
        <translation>icra hesabatları, ən yeni dövr birinci</translation>
    </message>
    <message>
        <source>protocol number (default: GROUP-YEAR-NN)</source>
        <translation>protokolun nömrəsi (susmaya görə: QRUP-İL-NN)</translation>
    </message>
    <message>
        <source>read FIELD (number, title, executors, term, ...) from the column with this header or letter, or do not read it (ignore=HEADER; once per column); saved for the next import when applied</source>
        <translation>FIELD sahəsini (number, title, executors, term, ...) bu başlıqlı və ya bu hərfli sütundan oxu, ya da oxuma (ignore=BAŞLIQ; hər sütun üçün bir dəfə); tətbiq edildikdə növbəti idxal üçün yadda saxlanılır</translation>
    </message>
    <message>
        <source>read the new passphrase from FILE instead of env INFOSEC_DESK_NEW_PASSPHRASE or a prompt</source>
        <translation>yeni parolu INFOSEC_DESK_NEW_PASSPHRASE dəyişəni və ya sorğu əvəzinə FILE faylından oxu</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of FILE (&apos;-&apos;: stdin) instead of env INFOSEC_DESK_PASSPHRASE or a prompt</source>
        <translation>parolu INFOSEC_DESK_PASSPHRASE dəyişəni və ya sorğu əvəzinə FILE faylının ilk sətrindən oxu (&apos;-&apos;: stdin)</translation>
    </message>
    <message>
        <source>record a finding of an inspection</source>
        <translation>yoxlamanın çatışmazlığını qeydə al</translation>
    </message>
    <message>
        <source>record a meeting</source>
        <translation>iclası qeydə al</translation>
    </message>
    <message>
        <source>record a meeting&apos;s next decision</source>
        <translation>iclasın növbəti qərarını qeydə al</translation>
    </message>
    <message>
        <source>reference, id or id prefix</source>
        <translation>nömrə, id və ya id-nin başlanğıcı</translation>
    </message>
    <message>
        <source>refuse a partner&apos;s bundles from now on (admin)</source>
        <translation>bundan sonra tərəfdaşın paketlərini rədd et (administrator)</translation>
    </message>
    <message>
        <source>remove a user and re-key the database, so the key they held opens it no more (admin)</source>
        <translation>istifadəçini sil və bazanın açarını dəyiş ki, onun açarı bazanı artıq açmasın (administrator)</translation>
    </message>
    <message>
        <source>remove the deadline</source>
        <translation>müddəti götür</translation>
    </message>
    <message>
        <source>reopen a closed or withdrawn finding</source>
        <translation>bağlanmış və ya geri götürülmüş çatışmazlığı yenidən aç</translation>
    </message>
    <message>
        <source>repeat for each attendee (name, position, institution)</source>
        <translation>hər iştirakçı üçün təkrarlayın (adı, vəzifəsi, qurumu)</translation>
    </message>
    <message>
        <source>repeat for each co-executing institution</source>
        <translation>hər əlaqədar qurum üçün təkrarlayın</translation>
    </message>
    <message>
        <source>repeat for each co-executing institution; replaces the list (&apos;&apos; empties it)</source>
        <translation>hər əlaqədar qurum üçün təkrarlayın; siyahını əvəz edir (&apos;&apos; onu boşaldır)</translation>
    </message>
    <message>
        <source>repeat for each member institution</source>
        <translation>hər üzv qurum üçün təkrarlayın</translation>
    </message>
    <message>
        <source>report (or revise) this institution&apos;s progress on a measure for a period</source>
        <translation>bu qurumun tədbir üzrə dövr ərzində icrası barədə hesabat ver (və ya onu yenidən işlə)</translation>
    </message>
    <message>
        <source>report id or id prefix</source>
        <translation>hesabatın id-si və ya id-nin başlanğıcı</translation>
    </message>
    <message>
        <source>required unless implemented</source>
        <translation>nəticə «icra olunub» deyilsə, mütləqdir</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>əhatə</translation>
    </message>
    <message>
        <source>set (or change) the strategy</source>
        <translation>strategiyanı müəyyən et (və ya dəyiş)</translation>
    </message>
    <message>
        <source>set a measure&apos;s official status, with the reason (coordinator); it holds until the lead&apos;s next report</source>
        <translation>tədbirin rəsmi statusunu səbəbi ilə müəyyən et (əlaqələndirici orqan); məsul qurumun növbəti hesabatına qədər qüvvədədir</translation>
    </message>
    <message>
        <source>set a user&apos;s passphrase (your own, asked for the current one; or anyone&apos;s as admin, which re-keys the database)</source>
        <translation>istifadəçinin parolunu təyin et (özününkünü — cari parol soruşulur; və ya administrator kimi istənilən istifadəçininkini — bazanın açarı dəyişir)</translation>
    </message>
    <message>
        <source>set up a new store (refuses to overwrite one)</source>
        <translation>yeni baza yarat (mövcud bazanın üzərinə yazmır)</translation>
    </message>
    <message>
        <source>show or change the node&apos;s settings</source>
        <translation>qovşağın parametrlərini göstər və ya dəyiş</translation>
    </message>
    <message>
        <source>sign the act and addenda for this node&apos;s agency of the joint commission</source>
        <translation>aktı və əlavələri birgə komissiyada bu qovşağın təmsil etdiyi qurum adından imzala</translation>
    </message>
    <message>
        <source>sign the finding&apos;s verified closure for this node&apos;s agency of the joint commission</source>
        <translation>çatışmazlığın yoxlanılmış bağlanmasını birgə komissiyada bu qovşağın təmsil etdiyi qurum adından imzala</translation>
    </message>
    <message>
        <source>start</source>
        <translation>başlanğıc</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>status as of a period: 2026-Q3, 2026-H1, 2026</source>
        <translation>dövrə olan status: 2026-Q3, 2026-H1, 2026</translation>
    </message>
    <message>
        <source>status source</source>
        <translation>statusun mənbəyi</translation>
    </message>
    <message>
        <source>submit a draft report</source>
        <translation>qaralama hesabatı təqdim et</translation>
    </message>
    <message>
        <source>team</source>
        <translation>qrup</translation>
    </message>
    <message>
        <source>team node</source>
        <translation>qrupun qovşağı</translation>
    </message>
    <message>
        <source>the CII facilities of institutions</source>
        <translation>qurumların KİI obyektləri</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>yazılacaq PDF faylı</translation>
    </message>
    <message>
        <source>the action plan from a spreadsheet (XLSX, ODS, CSV): shows what it would do; --apply writes all of it or nothing</source>
        <translation>fəaliyyət planını cədvəldən (XLSX, ODS, CSV) götür: nə edəcəyini göstərir; --apply hamısını yazır, ya da heç nə yazmır</translation>
    </message>
    <message>
        <source>the append-only audit log</source>
        <translation>yalnız əlavə edilən audit jurnalı</translation>
    </message>
    <message>
        <source>the approving act</source>
        <translation>təsdiq edən akt</translation>
    </message>
    <message>
        <source>the build&apos;s folder</source>
        <translation>quraşdırma paketinin qovluğu</translation>
    </message>
    <message>
        <source>the bundle of a transfer form</source>
        <translation>ötürmə formasının paketi</translation>
    </message>
    <message>
        <source>the catalog is empty</source>
        <translation>kataloq boşdur</translation>
    </message>
    <message>
        <source>the catalog of CII security requirements</source>
        <translation>KİI təhlükəsizlik tələbləri kataloqu</translation>
    </message>
    <message>
        <source>the catalog, in code order</source>
        <translation>kataloq, kod sırası ilə</translation>
    </message>
    <message>
        <source>the commission&apos;s verification of a claimed remediation</source>
        <translation>bildirilmiş aradan qaldırmanın komissiya tərəfindən yoxlanılması</translation>
    </message>
    <message>
        <source>the coordinator approves or rejects an extension request</source>
        <translation>əlaqələndirici orqan müddətin uzadılması sorğusunu təsdiq və ya rədd edir</translation>
    </message>
    <message>
        <source>the coordinator upholds a disputed finding or withdraws it</source>
        <translation>əlaqələndirici orqan etiraz edilmiş çatışmazlığı qüvvədə saxlayır və ya geri götürür</translation>
    </message>
    <message>
        <source>the corrective measure required</source>
        <translation>tələb olunan düzəldici tədbir</translation>
    </message>
    <message>
        <source>the deadline asked for</source>
        <translation>istənilən müddət</translation>
    </message>
    <message>
        <source>the decision&apos;s date</source>
        <translation>qərarın tarixi</translation>
    </message>
    <message>
        <source>the decision&apos;s number</source>
        <translation>qərarın nömrəsi</translation>
    </message>
    <message>
        <source>the direction it works on</source>
        <translation>qrupun işlədiyi istiqamət</translation>
    </message>
    <message>
        <source>the directions</source>
        <translation>istiqamətlər</translation>
    </message>
    <message>
        <source>the facilities</source>
        <translation>obyektlər</translation>
    </message>
    <message>
        <source>the file name to keep (default: the file&apos;s own)</source>
        <translation>saxlanılacaq faylın adı (susmaya görə: faylın öz adı)</translation>
    </message>
    <message>
        <source>the files attached to a record</source>
        <translation>qeydə qoşulmuş fayllar</translation>
    </message>
    <message>
        <source>the fingerprint read from the partner, to compare</source>
        <translation>müqayisə üçün tərəfdaşdan oxunmuş barmaq izi</translation>
    </message>
    <message>
        <source>the inspected institution asks the coordinator for a later deadline</source>
        <translation>yoxlanılan qurum əlaqələndirici orqandan daha gec müddət istəyir</translation>
    </message>
    <message>
        <source>the inspected institution contests a finding</source>
        <translation>yoxlanılan qurum çatışmazlığa etiraz edir</translation>
    </message>
    <message>
        <source>the inspected institution&apos;s code</source>
        <translation>yoxlanılan qurumun kodu</translation>
    </message>
    <message>
        <source>the inspected institution&apos;s response, added to the finding&apos;s thread</source>
        <translation>yoxlanılan qurumun cavabı, çatışmazlığın yazışmasına əlavə edilir</translation>
    </message>
    <message>
        <source>the inspection of an act</source>
        <translation>aktın aid olduğu yoxlama</translation>
    </message>
    <message>
        <source>the inspection-team node assigned</source>
        <translation>təyin edilmiş yoxlama qrupu qovşağı</translation>
    </message>
    <message>
        <source>the institution&apos;s name in Azerbaijani</source>
        <translation>qurumun azərbaycanca adı</translation>
    </message>
    <message>
        <source>the institution&apos;s name in English</source>
        <translation>qurumun ingiliscə adı</translation>
    </message>
    <message>
        <source>the institutions</source>
        <translation>qurumlar</translation>
    </message>
    <message>
        <source>the language of what the CLI prints and of the documents it writes: az, en or ru (default: the setting &apos;language&apos;, else the environment&apos;s LANG, else en)</source>
        <translation>CLI-nin çap etdiyi mətnin və yazdığı sənədlərin dili: az, en və ya ru (susmaya görə: &apos;language&apos; parametri, yoxdursa mühitin LANG dəyişəni, o da yoxdursa en)</translation>
    </message>
    <message>
        <source>the latest entries, newest first</source>
        <translation>son qeydlər, ən yenisi birinci</translation>
    </message>
    <message>
        <source>the local user (default: the only user, else the admin who set the store up)</source>
        <translation>yerli istifadəçi (susmaya görə: yeganə istifadəçi, yoxdursa bazanı yaradan administrator)</translation>
    </message>
    <message>
        <source>the local users</source>
        <translation>yerli istifadəçilər</translation>
    </message>
    <message>
        <source>the log is empty</source>
        <translation>jurnal boşdur</translation>
    </message>
    <message>
        <source>the log of bundles written and read</source>
        <translation>yazılmış və oxunmuş paketlərin jurnalı</translation>
    </message>
    <message>
        <source>the measures it leads or co-executes: the figures of its strategy report</source>
        <translation>məsul və ya əlaqədar olduğu tədbirlər: strategiya hesabatındakı göstəriciləri</translation>
    </message>
    <message>
        <source>the measures of the action plan</source>
        <translation>fəaliyyət planının tədbirləri</translation>
    </message>
    <message>
        <source>the meeting of a protocol</source>
        <translation>protokolun aid olduğu iclas</translation>
    </message>
    <message>
        <source>the new deadline</source>
        <translation>yeni müddət</translation>
    </message>
    <message>
        <source>the nodes this node exchanges bundles with</source>
        <translation>bu qovşağın paket mübadiləsi apardığı qovşaqlar</translation>
    </message>
    <message>
        <source>the release public key, PEM (default: the project&apos;s, resources/release-public-key.pem)</source>
        <translation>buraxılışın açıq açarı, PEM (susmaya görə: layihənin açarı, resources/release-public-key.pem)</translation>
    </message>
    <message>
        <source>the report&apos;s kind, one of those above</source>
        <translation>hesabatın növü, yuxarıdakılardan biri</translation>
    </message>
    <message>
        <source>the reports for this period exactly, as reported: 2026-Q3, 2026-H1 or 2026</source>
        <translation>məhz bu dövrün hesabatları, təqdim edildiyi kimi: 2026-Q3, 2026-H1 və ya 2026</translation>
    </message>
    <message>
        <source>the request&apos;s id or id prefix</source>
        <translation>sorğunun id-si və ya id-nin başlanğıcı</translation>
    </message>
    <message>
        <source>the signed manifest (default: DIR/RELEASE.json)</source>
        <translation>imzalanmış manifest (susmaya görə: DIR/RELEASE.json)</translation>
    </message>
    <message>
        <source>the state of the plan and of the findings</source>
        <translation>planın və çatışmazlıqların vəziyyəti</translation>
    </message>
    <message>
        <source>the strategy</source>
        <translation>strategiya</translation>
    </message>
    <message>
        <source>the strategy the action plan carries out</source>
        <translation>fəaliyyət planının icra etdiyi strategiya</translation>
    </message>
    <message>
        <source>the strategy&apos;s directions</source>
        <translation>strategiyanın istiqamətləri</translation>
    </message>
    <message>
        <source>the urgent finding of a notice</source>
        <translation>bildirişin aid olduğu təcili çatışmazlıq</translation>
    </message>
    <message>
        <source>the value planned for a year&apos;s end; repeat</source>
        <translation>ilin sonuna planlaşdırılan dəyər; təkrarlayın</translation>
    </message>
    <message>
        <source>the value planned for a year&apos;s end; repeat; replaces them all</source>
        <translation>ilin sonuna planlaşdırılan dəyər; təkrarlayın; hamısını əvəz edir</translation>
    </message>
    <message>
        <source>the whole shared state as canonical JSON (sorted keys and records, files by hash)</source>
        <translation>bütün ümumi vəziyyət kanonik JSON kimi (açarlar və qeydlər sıralanmış, fayllar heşlə)</translation>
    </message>
    <message>
        <source>the work done</source>
        <translation>görülmüş işlər</translation>
    </message>
    <message>
        <source>the workspace folder (env INFOSEC_DESK_HOME; default: the user data folder)</source>
        <translation>iş qovluğu (INFOSEC_DESK_HOME dəyişəni; susmaya görə: istifadəçi məlumatları qovluğu)</translation>
    </message>
    <message>
        <source>this node&apos;s exchange keys</source>
        <translation>bu qovşağın mübadilə açarları</translation>
    </message>
    <message>
        <source>this node&apos;s institution code</source>
        <translation>bu qovşağın qurum kodu</translation>
    </message>
    <message>
        <source>this node, the signed-in user, the store</source>
        <translation>bu qovşaq, daxil olmuş istifadəçi, baza</translation>
    </message>
    <message>
        <source>timestamped inspection notes</source>
        <translation>vaxt qeyd olunmuş yoxlama qeydləri</translation>
    </message>
    <message>
        <source>title</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>title (en)</source>
        <translation>ad (en)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>istifadəçi</translation>
    </message>
    <message>
        <source>user role</source>
        <translation>istifadəçinin rolu</translation>
    </message>
    <message>
        <source>verify and merge bundles (files or folders)</source>
        <translation>paketləri (fayllar və ya qovluqlar) yoxla və birləşdir</translation>
    </message>
    <message>
        <source>what is due: lead reports for the current period, measures ending soon, reports to clarify, findings due or overdue, remediation claims to verify, extension requests to decide, working group tasks</source>
        <translation>müddəti çatanlar: cari dövr üçün məsul qurumun hesabatları, tezliklə bitən tədbirlər, dəqiqləşdirilməli hesabatlar, müddəti çatan və ya keçmiş çatışmazlıqlar, yoxlanılmalı aradan qaldırma bildirişləri, qərar verilməli müddət uzadılması sorğuları, işçi qrup tapşırıqları</translation>
    </message>
    <message>
        <source>who chaired it</source>
        <translation>iclası kim aparıb</translation>
    </message>
    <message>
        <source>why the deadline differs from the one the weighing gives</source>
        <translation>müddətin risk qiymətləndirməsinin verdiyindən nə üçün fərqləndiyi</translation>
    </message>
    <message>
        <source>why the plan changes</source>
        <translation>plan nə üçün dəyişir</translation>
    </message>
    <message>
        <source>with --apply: cancel the measures this version of the plan no longer has</source>
        <translation>--apply ilə: planın bu versiyasında artıq olmayan tədbirləri ləğv et</translation>
    </message>
    <message>
        <source>working groups of the responsible institutions</source>
        <translation>məsul qurumların işçi qrupları</translation>
    </message>
    <message>
        <source>write FILE (atomically)</source>
        <translation>FILE faylını yaz (atomar)</translation>
    </message>
    <message>
        <source>write a blank action plan to fill in, with a sheet explaining its columns</source>
        <translation>doldurmaq üçün boş fəaliyyət planı yaz, sütunlarını izah edən vərəqlə</translation>
    </message>
    <message>
        <source>write it (one transaction)</source>
        <translation>yaz (bir tranzaksiya)</translation>
    </message>
    <message>
        <source>write one bundle per partner into a folder</source>
        <translation>hər tərəfdaş üçün bir paketi qovluğa yaz</translation>
    </message>
    <message>
        <source>write the list to a CSV file (UTF-8)</source>
        <translation>siyahını CSV faylına yaz (UTF-8)</translation>
    </message>
    <message>
        <source>write the list to an XLSX file</source>
        <translation>siyahını XLSX faylına yaz</translation>
    </message>
    <message>
        <source>write the whole workspace (still encrypted) to one file, without stopping the app</source>
        <translation>bütün iş qovluğunu (şifrəli halda) proqramı dayandırmadan bir fayla yaz</translation>
    </message>
    <message>
        <source>write this node&apos;s signed public card</source>
        <translation>bu qovşağın imzalanmış açıq kartını yaz</translation>
    </message>
    <message>
        <source>the clock is sound: no stamp is ahead of this computer&apos;s clock</source>
        <translation>saat qaydasındadır: heç bir vaxt möhürü bu kompüterin saatını qabaqlamır</translation>
    </message>
    <message>
        <source>moved {stamps} stamp(s) in {records} record(s) back to this computer&apos;s clock</source>
        <translation>{records} qeyddəki {stamps} vaxt möhürü bu kompüterin saatına qaytarıldı</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>ASCII-armored age files are not supported</source>
        <translation>ASCII formatında age faylları dəstəklənmir</translation>
    </message>
    <message>
        <source>HMAC failure: the age header was modified</source>
        <translation>HMAC xətası: age başlığı dəyişdirilib</translation>
    </message>
    <message>
        <source>a draft cannot be evaluated</source>
        <translation>qaralama qiymətləndirilə bilməz</translation>
    </message>
    <message>
        <source>a key rotation statement names another node</source>
        <translation>açarların yenilənməsi bəyanatında başqa qovşaq göstərilib</translation>
    </message>
    <message>
        <source>a measure number looks like 2.3.1</source>
        <translation>tədbirin nömrəsi 2.3.1 şəklində olur</translation>
    </message>
    <message>
        <source>a records part does not match the manifest</source>
        <translation>qeydlər hissəsi manifestə uyğun deyil</translation>
    </message>
    <message>
        <source>a records part holds more or fewer records than declared</source>
        <translation>qeydlər hissəsində bəyan ediləndən çox və ya az qeyd var</translation>
    </message>
    <message>
        <source>a recovery key is 32 letters and digits, printed in 8 groups of 4 (ABCD-EFGH-...)</source>
        <translation>bərpa açarı 4 simvolluq 8 qrupda çap olunmuş 32 hərf və rəqəmdir (ABCD-EFGH-...)</translation>
    </message>
    <message>
        <source>a store already exists in {home}</source>
        <translation>{home} qovluğunda artıq anbar var</translation>
    </message>
    <message>
        <source>a store already exists in {home}; restore into an empty folder</source>
        <translation>{home} qovluğunda artıq anbar var; boş qovluğa bərpa edin</translation>
    </message>
    <message>
        <source>a user name cannot contain control characters</source>
        <translation>istifadəçi adında idarəedici simvollar ola bilməz</translation>
    </message>
    <message>
        <source>a user name has 1 to {USER_NAME_LIMIT} characters, without leading or trailing spaces</source>
        <translation>istifadəçi adı 1-dən {USER_NAME_LIMIT}-ə qədər simvoldan ibarətdir, əvvəlində və sonunda boşluq olmadan</translation>
    </message>
    <message>
        <source>a viewer cannot change anything</source>
        <translation>müşahidəçi heç nəyi dəyişə bilməz</translation>
    </message>
    <message>
        <source>a viewer cannot exchange bundles</source>
        <translation>müşahidəçi paket mübadiləsi edə bilməz</translation>
    </message>
    <message>
        <source>an attachment does not match its hash</source>
        <translation>qoşma öz heş dəyərinə uyğun deyil</translation>
    </message>
    <message>
        <source>an attachment part does not match the manifest</source>
        <translation>qoşma hissəsi manifestə uyğun deyil</translation>
    </message>
    <message>
        <source>an attachment&apos;s content is missing from the bundle</source>
        <translation>qoşmanın məzmunu paketdə yoxdur</translation>
    </message>
    <message>
        <source>an institution&apos;s node reports on its own measures only</source>
        <translation>qurumun qovşağı yalnız öz tədbirləri üzrə hesabat hazırlayır</translation>
    </message>
    <message>
        <source>attachment content does not match its SHA-256</source>
        <translation>qoşmanın məzmunu öz SHA-256 dəyərinə uyğun deyil</translation>
    </message>
    <message>
        <source>attachment content needs a store on disk</source>
        <translation>qoşmanın məzmunu üçün diskdə anbar lazımdır</translation>
    </message>
    <message>
        <source>attachment content {path} is damaged: {exc}</source>
        <translation>{path} qoşma məzmunu zədələnib: {exc}</translation>
    </message>
    <message>
        <source>attachment content {path} is missing</source>
        <translation>{path} qoşma məzmunu yoxdur</translation>
    </message>
    <message>
        <source>attachment content {sha256} is damaged in the store</source>
        <translation>{sha256} qoşma məzmunu anbarda zədələnib</translation>
    </message>
    <message>
        <source>attachment {id}: its declared size {size} is not its content&apos;s {actual} bytes</source>
        <translation>{id} qoşması: bəyan edilmiş həcm ({size}) məzmunun həcminə ({actual} bayt) uyğun deyil</translation>
    </message>
    <message>
        <source>bad attachment file name in the bundle</source>
        <translation>paketdə qoşma faylının adı yanlışdır</translation>
    </message>
    <message>
        <source>bad signature: not made by {code}&apos;s key</source>
        <translation>yanlış imza: {code} açarı ilə qoyulmayıb</translation>
    </message>
    <message>
        <source>bundle {sequence} from {peer} does not follow the bundle {n} imported here</source>
        <translation>{peer} qovşağından {sequence} nömrəli paket burada idxal edilmiş {n} nömrəli paketin ardınca gəlmir</translation>
    </message>
    <message>
        <source>bundle {sequence} from {peer} is not the one that bundle {n}, imported here, follows</source>
        <translation>{peer} qovşağından {sequence} nömrəli paket burada idxal edilmiş {n} nömrəli paketdən əvvəlki paket deyil</translation>
    </message>
    <message>
        <source>bundle {sequence} from {peer} was imported already, and this copy of it differs from that file (changed on the way?)</source>
        <translation>{peer} qovşağından {sequence} nömrəli paket artıq idxal edilib və bu nüsxə həmin fayldan fərqlənir (yolda dəyişdirilib?)</translation>
    </message>
    <message>
        <source>bundles {ranges} from {peer} have not arrived yet</source>
        <translation>{peer} qovşağından {ranges} nömrəli paketlər hələ gəlməyib</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ləğv edildi</translation>
    </message>
    <message>
        <source>cannot attach files to this record ({kind})</source>
        <translation>bu qeydə ({kind}) fayl qoşmaq olmaz</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>fayl oxunmur: {reason}</translation>
    </message>
    <message>
        <source>cannot read the file: {strerror}</source>
        <translation>fayl oxunmur: {strerror}</translation>
    </message>
    <message>
        <source>cannot read the user guide: {value}</source>
        <translation>istifadəçi təlimatı oxunmur: {value}</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>{path} oxunmur: {error}</translation>
    </message>
    <message>
        <source>cannot read {path}: {strerror}</source>
        <translation>{path} oxunmur: {strerror}</translation>
    </message>
    <message>
        <source>changing the {fields} of measure {number} revises the plan and needs a plan revision with its reason</source>
        <translation>{number} tədbirinin {fields} dəyişdirilməsi plana dəyişiklikdir və səbəbi göstərilmiş plan dəyişikliyi tələb edir</translation>
    </message>
    <message>
        <source>check the bundles before merging them</source>
        <translation>birləşdirməzdən əvvəl paketləri yoxlayın</translation>
    </message>
    <message>
        <source>choose a bundle from the exchange log</source>
        <translation>mübadilə jurnalından paket seçin</translation>
    </message>
    <message>
        <source>choose the coordinator&apos;s card</source>
        <translation>əlaqələndirici orqanın kartını seçin</translation>
    </message>
    <message>
        <source>clock stamp too far in the future in {what}</source>
        <translation>{what} daxilində vaxt möhürü həddindən artıq gələcəkdədir</translation>
    </message>
    <message>
        <source>compare the fingerprint with the one on the coordinator&apos;s paper card and confirm it</source>
        <translation>barmaq izini əlaqələndirici orqanın kağız kartındakı ilə müqayisə edib təsdiqləyin</translation>
    </message>
    <message>
        <source>confirm that you printed or wrote down the recovery key</source>
        <translation>bərpa açarını çap etdiyinizi və ya yazdığınızı təsdiqləyin</translation>
    </message>
    <message>
        <source>conflict {conflict_id} is already resolved</source>
        <translation>{conflict_id} ziddiyyəti artıq həll edilib</translation>
    </message>
    <message>
        <source>conflicts are reviewed and resolved at the coordinator</source>
        <translation>ziddiyyətlərə əlaqələndirici orqanda baxılır və onlar orada həll edilir</translation>
    </message>
    <message>
        <source>corrupted age file: a payload chunk failed authentication</source>
        <translation>age faylı zədələnib: məzmun hissəsi autentifikasiyadan keçmədi</translation>
    </message>
    <message>
        <source>corrupted age file: empty final chunk</source>
        <translation>age faylı zədələnib: son hissə boşdur</translation>
    </message>
    <message>
        <source>corrupted age file: trailing data after the end</source>
        <translation>age faylı zədələnib: sonundan sonra artıq məlumat var</translation>
    </message>
    <message>
        <source>could not create {db_path}: {reason}</source>
        <translation>{db_path} yaradılmadı: {reason}</translation>
    </message>
    <message>
        <source>could not create {folder}: {reason}</source>
        <translation>{folder} yaradılmadı: {reason}</translation>
    </message>
    <message>
        <source>could not create {home}: {reason}</source>
        <translation>{home} yaradılmadı: {reason}</translation>
    </message>
    <message>
        <source>could not open {db_path}: {orig}</source>
        <translation>{db_path} açılmadı: {orig}</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>{path} oxunmadı: {reason}</translation>
    </message>
    <message>
        <source>could not restore into {home}: {reason}</source>
        <translation>{home} qovluğuna bərpa edilmədi: {reason}</translation>
    </message>
    <message>
        <source>could not write the backup {out}: {reason}</source>
        <translation>{out} ehtiyat nüsxəsi yazılmadı: {reason}</translation>
    </message>
    <message>
        <source>could not write {target}: {reason}</source>
        <translation>{target} yazılmadı: {reason}</translation>
    </message>
    <message>
        <source>create the store first</source>
        <translation>əvvəlcə anbarı yaradın</translation>
    </message>
    <message>
        <source>demo bundle {sender} → {recipient} was not merged: {line}</source>
        <translation>{sender} → {recipient} nümayiş paketi birləşdirilmədi: {line}</translation>
    </message>
    <message>
        <source>describe the work done before submitting</source>
        <translation>təqdim etməzdən əvvəl görülən işi təsvir edin</translation>
    </message>
    <message>
        <source>direction {number} already exists</source>
        <translation>{number} istiqaməti artıq var</translation>
    </message>
    <message>
        <source>entry {seq} ({action} {subject}) is by {user}, who is not an admin in the signed log</source>
        <translation>{seq} nömrəli yazı ({action} {subject}) {user} istifadəçisinə məxsusdur, imzalanmış jurnala görə isə o, inzibatçı deyil</translation>
    </message>
    <message>
        <source>entry {seq} ({action}) does not carry {user}&apos;s signature</source>
        <translation>{seq} nömrəli yazıda ({action}) {user} istifadəçisinin imzası yoxdur</translation>
    </message>
    <message>
        <source>entry {seq} ({action}) is by {user}, to whom the signed log gives no key</source>
        <translation>{seq} nömrəli yazı ({action}) {user} istifadəçisinə məxsusdur, imzalanmış jurnal isə ona heç bir açar vermir</translation>
    </message>
    <message>
        <source>entry {seq} ({action}) is not signed</source>
        <translation>{seq} nömrəli yazı ({action}) imzalanmayıb</translation>
    </message>
    <message>
        <source>entry {seq} is missing</source>
        <translation>{seq} nömrəli yazı yoxdur</translation>
    </message>
    <message>
        <source>entry {seq} is not the one {user}&apos;s signed anchor names: the log was rewritten</source>
        <translation>{seq} nömrəli yazı {user} istifadəçisinin imzalanmış nəzarət nöqtəsində göstərilən yazı deyil: jurnal yenidən yazılıb</translation>
    </message>
    <message>
        <source>entry {seq} is out of order</source>
        <translation>{seq} nömrəli yazı öz yerində deyil</translation>
    </message>
    <message>
        <source>entry {seq} was altered</source>
        <translation>{seq} nömrəli yazı dəyişdirilib</translation>
    </message>
    <message>
        <source>export cancelled; no bundle was written</source>
        <translation>ixrac ləğv edildi; heç bir paket yazılmadı</translation>
    </message>
    <message>
        <source>files cannot be attached to this record ({kind})</source>
        <translation>bu qeydə ({kind}) fayl qoşulmur</translation>
    </message>
    <message>
        <source>fingerprint mismatch: the card of {code} has {fingerprint}; it was not enrolled</source>
        <translation>barmaq izi uyğun gəlmir: {code} kartında {fingerprint} göstərilib; qeydiyyata alınmadı</translation>
    </message>
    <message>
        <source>give the new deadline</source>
        <translation>yeni müddəti göstərin</translation>
    </message>
    <message>
        <source>give your current passphrase to change it</source>
        <translation>parolu dəyişmək üçün cari parolunuzu daxil edin</translation>
    </message>
    <message>
        <source>inspection {ref} already exists</source>
        <translation>{ref} yoxlaması artıq var</translation>
    </message>
    <message>
        <source>institution code {code} is already taken by another record here</source>
        <translation>{code} qurum kodu burada artıq başqa qeydə məxsusdur</translation>
    </message>
    <message>
        <source>institution {code} already exists</source>
        <translation>{code} qurumu artıq var</translation>
    </message>
    <message>
        <source>invalid Bech32 padding</source>
        <translation>yanlış Bech32 doldurması</translation>
    </message>
    <message>
        <source>invalid Bech32 string: bad character</source>
        <translation>yanlış Bech32 sətri: yanlış simvol</translation>
    </message>
    <message>
        <source>invalid Bech32 string: bad character in prefix</source>
        <translation>yanlış Bech32 sətri: prefiksdə yanlış simvol</translation>
    </message>
    <message>
        <source>invalid Bech32 string: bad checksum (mistyped key?)</source>
        <translation>yanlış Bech32 sətri: yoxlama cəmi yanlışdır (açar səhv yazılıb?)</translation>
    </message>
    <message>
        <source>invalid Bech32 string: misplaced separator</source>
        <translation>yanlış Bech32 sətri: ayırıcı yanlış yerdədir</translation>
    </message>
    <message>
        <source>invalid Bech32 string: mixed case</source>
        <translation>yanlış Bech32 sətri: böyük və kiçik hərflər qarışıqdır</translation>
    </message>
    <message>
        <source>invalid X25519 stanza: low-order share</source>
        <translation>yanlış X25519 bəndi: aşağı tərtibli açar payı</translation>
    </message>
    <message>
        <source>invalid X25519 stanza: wrong file key size</source>
        <translation>yanlış X25519 bəndi: fayl açarının ölçüsü yanlışdır</translation>
    </message>
    <message>
        <source>invalid X25519 stanza: wrong number of arguments</source>
        <translation>yanlış X25519 bəndi: arqumentlərin sayı yanlışdır</translation>
    </message>
    <message>
        <source>invalid X25519 stanza: wrong share length</source>
        <translation>yanlış X25519 bəndi: açar payının uzunluğu yanlışdır</translation>
    </message>
    <message>
        <source>invalid {what}: expected a key starting with {hrp}1</source>
        <translation>yanlış {what}: {hrp}1 ilə başlayan açar gözlənilirdi</translation>
    </message>
    <message>
        <source>invalid {what}: {exc}</source>
        <translation>yanlış {what}: {exc}</translation>
    </message>
    <message>
        <source>its content is not in the bundle</source>
        <translation>onun məzmunu paketdə yoxdur</translation>
    </message>
    <message>
        <source>its origin differs from the record held here</source>
        <translation>mənbə qovşağı buradakı qeydin mənbə qovşağından fərqlənir</translation>
    </message>
    <message>
        <source>keep one of the two values: {local_value} or {remote_value}</source>
        <translation>iki dəyərdən birini saxlayın: {local_value} və ya {remote_value}</translation>
    </message>
    <message>
        <source>make the recovery key first</source>
        <translation>əvvəlcə bərpa açarını yaradın</translation>
    </message>
    <message>
        <source>malformed age file: truncated payload nonce</source>
        <translation>age faylı yanlış formatdadır: məzmunun nonce dəyəri kəsilib</translation>
    </message>
    <message>
        <source>malformed age header: an scrypt stanza must be the only one</source>
        <translation>age başlığı yanlış formatdadır: scrypt bəndi yeganə olmalıdır</translation>
    </message>
    <message>
        <source>malformed age header: expected a stanza or the MAC line</source>
        <translation>age başlığı yanlış formatdadır: bənd və ya MAC sətri gözlənilirdi</translation>
    </message>
    <message>
        <source>malformed age header: invalid MAC length</source>
        <translation>age başlığı yanlış formatdadır: MAC uzunluğu yanlışdır</translation>
    </message>
    <message>
        <source>malformed age header: invalid base64</source>
        <translation>age başlığı yanlış formatdadır: yanlış base64</translation>
    </message>
    <message>
        <source>malformed age header: invalid stanza arguments</source>
        <translation>age başlığı yanlış formatdadır: bəndin arqumentləri yanlışdır</translation>
    </message>
    <message>
        <source>malformed age header: non-canonical base64</source>
        <translation>age başlığı yanlış formatdadır: qeyri-kanonik base64</translation>
    </message>
    <message>
        <source>malformed age header: stanza body line too long</source>
        <translation>age başlığı yanlış formatdadır: bəndin mətn sətri həddən uzundur</translation>
    </message>
    <message>
        <source>malformed age header: too large</source>
        <translation>age başlığı yanlış formatdadır: həddən böyükdür</translation>
    </message>
    <message>
        <source>malformed age header: truncated or overlong line</source>
        <translation>age başlığı yanlış formatdadır: sətir kəsilib və ya həddən uzundur</translation>
    </message>
    <message>
        <source>malformed attachment record in the bundle</source>
        <translation>paketdə qoşma qeydi yanlış formatdadır</translation>
    </message>
    <message>
        <source>malformed bundle: expected the {what}</source>
        <translation>paket yanlış formatdadır: {what} gözlənilirdi</translation>
    </message>
    <message>
        <source>malformed bundle: the {what} is larger than allowed</source>
        <translation>paket yanlış formatdadır: {what} icazə veriləndən böyükdür</translation>
    </message>
    <message>
        <source>malformed bundle: {kind} {id} appears twice</source>
        <translation>paket yanlış formatdadır: {kind} {id} iki dəfə var</translation>
    </message>
    <message>
        <source>malformed clock stamp in {what}</source>
        <translation>{what} daxilində vaxt möhürü yanlış formatdadır</translation>
    </message>
    <message>
        <source>malformed field {kind}.{name} in the bundle</source>
        <translation>paketdə {kind}.{name} sahəsi yanlış formatdadır</translation>
    </message>
    <message>
        <source>malformed key rotation statement</source>
        <translation>açarların yenilənməsi bəyanatı yanlış formatdadır</translation>
    </message>
    <message>
        <source>malformed manifest: bad audit log</source>
        <translation>manifest yanlış formatdadır: audit jurnalı yanlışdır</translation>
    </message>
    <message>
        <source>malformed manifest: bad counts</source>
        <translation>manifest yanlış formatdadır: saylar yanlışdır</translation>
    </message>
    <message>
        <source>malformed manifest: bad node code</source>
        <translation>manifest yanlış formatdadır: qovşaq kodu yanlışdır</translation>
    </message>
    <message>
        <source>malformed manifest: bad or missing {key}</source>
        <translation>manifest yanlış formatdadır: {key} yanlışdır və ya yoxdur</translation>
    </message>
    <message>
        <source>malformed manifest: bad part</source>
        <translation>manifest yanlış formatdadır: hissə yanlışdır</translation>
    </message>
    <message>
        <source>malformed manifest: bad receipt</source>
        <translation>manifest yanlış formatdadır: qəbz yanlışdır</translation>
    </message>
    <message>
        <source>malformed manifest: bad sequence number</source>
        <translation>manifest yanlış formatdadır: ardıcıllıq nömrəsi yanlışdır</translation>
    </message>
    <message>
        <source>malformed manifest: bad {what}</source>
        <translation>manifest yanlış formatdadır: {what} yanlışdır</translation>
    </message>
    <message>
        <source>malformed manifest: invalid text</source>
        <translation>manifest yanlış formatdadır: mətn yanlışdır</translation>
    </message>
    <message>
        <source>not an InfoSec Desk card: {reason}</source>
        <translation>InfoSec Desk kartı deyil: {reason}</translation>
    </message>
    <message>
        <source>not an acceptable file name: &quot;{value}&quot;</source>
        <translation>yolverilməz fayl adı: &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>not an acceptable file name: &quot;{value}&quot; ({reason})</source>
        <translation>yolverilməz fayl adı: &quot;{value}&quot; ({reason})</translation>
    </message>
    <message>
        <source>the demo data {path} cannot be read: {error}</source>
        <translation>demo məlumatları ({path}) oxuna bilmir: {error}</translation>
    </message>
    <message>
        <source>the passphrase is too easy to guess (strength {score} of 4, at least {needed} needed): use a longer phrase of several unrelated words</source>
        <translation>parolu təxmin etmək həddən asandır (etibarlılıq 4-dən {score}, ən azı {needed} lazımdır): bir-biri ilə əlaqəsi olmayan bir neçə sözdən ibarət daha uzun ifadə seçin</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters</source>
        <translation>parol ən azı {count} simvoldan ibarət olmalıdır</translation>
    </message>
    <message>
        <source>{kind} {id}: {reason}</source>
        <translation>{kind} (identifikator {id}): {reason}</translation>
    </message>
    <message>
        <source>{name} contains control or direction-override characters</source>
        <translation>{name} idarəedici simvollar və ya mətnin istiqamətini dəyişən simvollar ehtiva edir</translation>
    </message>
    <message>
        <source>{name} has leading or trailing blanks</source>
        <translation>{name}: əvvəlində və ya sonunda boşluq var</translation>
    </message>
    <message>
        <source>malformed manifest: not an object</source>
        <translation>manifest yanlış formatdadır: obyekt deyil</translation>
    </message>
    <message>
        <source>a comment is required for every result but &quot;Implemented&quot;</source>
        <translation>«İcra olunub» nəticəsindən başqa hər nəticə üçün şərh tələb olunur</translation>
    </message>
    <message>
        <source>a commission signature is on an issued act or a verified closure</source>
        <translation>komissiyanın imzası verilmiş akta və ya yoxlanılıb bağlanmış çatışmazlığa qoyulur</translation>
    </message>
    <message>
        <source>a coordinator enrols institutions, inspection teams and the partner agency only</source>
        <translation>əlaqələndirici orqan yalnız qurumları, yoxlama qruplarını və tərəfdaş qurumu qeydiyyata alır</translation>
    </message>
    <message>
        <source>a deadline cannot precede the inspection (it began on {start})</source>
        <translation>müddət yoxlamadan əvvələ düşə bilməz (yoxlama {start} tarixində başlayıb)</translation>
    </message>
    <message>
        <source>a deadline needs the institutions the task is assigned to</source>
        <translation>son tarix üçün tapşırığın həvalə olunduğu qurumlar göstərilməlidir</translation>
    </message>
    <message>
        <source>a decreasing indicator&apos;s target must be below its baseline</source>
        <translation>azalan indikatorun hədəf dəyəri başlanğıc dəyərdən aşağı olmalıdır</translation>
    </message>
    <message>
        <source>a finding at a CII class I facility scoring this or more is urgent (0: never); default 15</source>
        <translation>I sinif KİI obyektində bu və ya daha çox bal toplayan çatışmazlıq təcilidir (0: heç vaxt); susmaya görə 15</translation>
    </message>
    <message>
        <source>a finding at a CII class II facility scoring this or more is urgent (0: never); default 16</source>
        <translation>II sinif KİI obyektində bu və ya daha çox bal toplayan çatışmazlıq təcilidir (0: heç vaxt); susmaya görə 16</translation>
    </message>
    <message>
        <source>a finding at a CII class III facility scoring this or more is urgent (0: never); default 20</source>
        <translation>III sinif KİI obyektində bu və ya daha çox bal toplayan çatışmazlıq təcilidir (0: heç vaxt); susmaya görə 20</translation>
    </message>
    <message>
        <source>a finding never moves from {start} to {end}</source>
        <translation>çatışmazlıq heç vaxt {start} vəziyyətindən {end} vəziyyətinə keçmir</translation>
    </message>
    <message>
        <source>a measure nobody reported on is officially not started</source>
        <translation>haqqında heç kimin hesabat vermədiyi tədbir rəsmi olaraq başlanmayıb</translation>
    </message>
    <message>
        <source>a milestone&apos;s year must be from 2000 to 2100: {year}</source>
        <translation>aralıq hədəfin ili 2000-dən 2100-ə qədər olmalıdır: {year}</translation>
    </message>
    <message>
        <source>a pending request has no decision</source>
        <translation>qərar gözləyən müraciətin qərarı olmur</translation>
    </message>
    <message>
        <source>a plan revision of measure {number} records a {fields} the measure does not hold</source>
        <translation>{number} tədbirinin plan dəyişikliyi tədbirdə olmayan {fields} qeyd edir</translation>
    </message>
    <message>
        <source>a verification needs its method: {methods}</source>
        <translation>yoxlamanın üsulu göstərilməlidir: {methods}</translation>
    </message>
    <message>
        <source>a {kind} of finding {ref} cites as evidence a file {origin} did not add to it</source>
        <translation>{ref} çatışmazlığının {kind} qeydi sübut kimi {origin} tərəfindən ona əlavə edilməmiş fayla istinad edir</translation>
    </message>
    <message>
        <source>act No {number} awaits the co-signature of the partner agency: an institution receives an act only once both agencies of the commission have signed it</source>
        <translation>№ {number} akt tərəfdaş qurumun birgə imzasını gözləyir: qurum aktı yalnız komissiyanın hər iki qurumu onu imzaladıqdan sonra alır</translation>
    </message>
    <message>
        <source>an act issues only findings of its inspection that no earlier act issued</source>
        <translation>akt yalnız öz yoxlamasının əvvəlki aktın vermədiyi çatışmazlıqlarını verir</translation>
    </message>
    <message>
        <source>an addendum needs the issued act first</source>
        <translation>əlavə üçün əvvəlcə akt verilməlidir</translation>
    </message>
    <message>
        <source>an extension of finding {ref} to {date} comes with its deadline moved there</source>
        <translation>{ref} çatışmazlığının {date} tarixinə uzadılması müddətin həmin tarixə keçirilməsi ilə birlikdə yazılır</translation>
    </message>
    <message>
        <source>an increasing indicator&apos;s target must be above its baseline</source>
        <translation>artan indikatorun hədəf dəyəri başlanğıc dəyərdən yuxarı olmalıdır</translation>
    </message>
    <message>
        <source>an official status names its report or decision</source>
        <translation>rəsmi status öz hesabatını və ya qərarını göstərir</translation>
    </message>
    <message>
        <source>an urgent finding needs a deadline</source>
        <translation>təcili çatışmazlığın icra müddəti olmalıdır</translation>
    </message>
    <message>
        <source>approving the request for more time on finding {ref} moves its deadline to {date} or later</source>
        <translation>{ref} çatışmazlığı üzrə əlavə vaxt sorğusunun təsdiqi müddəti {date} tarixinə və ya daha gec tarixə keçirir</translation>
    </message>
    <message>
        <source>audit chain broken: {problem} ({entries} entries check out, {count} problem(s) in all)</source>
        <translation>audit zənciri qırılıb: {problem} ({entries} yazı yoxlamadan keçir, cəmi {count} problem)</translation>
    </message>
    <message>
        <source>cannot read passphrase file {path}: {reason}</source>
        <translation>{path} parol faylı oxunmur: {reason}</translation>
    </message>
    <message>
        <source>cannot read the release manifest {path}: {reason}</source>
        <translation>{path} buraxılış manifesti oxunmur: {reason}</translation>
    </message>
    <message>
        <source>cannot read the release public key {path}: {reason}</source>
        <translation>{path} buraxılış açıq açarı oxunmur: {reason}</translation>
    </message>
    <message>
        <source>cannot read the term {text}</source>
        <translation>icra müddəti oxunmur: {text}</translation>
    </message>
    <message>
        <source>cannot read {file}: a CSV file must be UTF-8 text</source>
        <translation>{file} oxunmur: CSV faylı UTF-8 mətni olmalıdır</translation>
    </message>
    <message>
        <source>cannot read {file}: give an .xlsx, .ods or .csv file</source>
        <translation>{file} oxunmur: .xlsx, .ods və ya .csv faylı verin</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>{file} oxunmur: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} oxunmur: {reason}</translation>
    </message>
    <message>
        <source>cannot write {file}: give an .xlsx or .csv file name</source>
        <translation>{file} yazıla bilmir: .xlsx və ya .csv fayl adı verin</translation>
    </message>
    <message>
        <source>classification marking on documents, e.g. Xidməti istifadə üçün</source>
        <translation>sənədlərdəki məxfilik qrifi, məsələn, Xidməti istifadə üçün</translation>
    </message>
    <message>
        <source>days to remediate a finding at a CII class I facility, by risk score (low 1-4, medium 5-9, high 10-19, critical 20-25); default 90,60,30,7</source>
        <translation>I sinif KİI obyektində çatışmazlığın aradan qaldırılması üçün günlər, risk balına görə (aşağı 1-4, orta 5-9, yüksək 10-19, kritik 20-25); susmaya görə 90,60,30,7</translation>
    </message>
    <message>
        <source>days to remediate a finding at a CII class II facility, by risk score (low 1-4, medium 5-9, high 10-19, critical 20-25); default 120,90,45,14</source>
        <translation>II sinif KİI obyektində çatışmazlığın aradan qaldırılması üçün günlər, risk balına görə (aşağı 1-4, orta 5-9, yüksək 10-19, kritik 20-25); susmaya görə 120,90,45,14</translation>
    </message>
    <message>
        <source>days to remediate a finding at a CII class III facility, by risk score (low 1-4, medium 5-9, high 10-19, critical 20-25); default 180,120,60,30</source>
        <translation>III sinif KİI obyektində çatışmazlığın aradan qaldırılması üçün günlər, risk balına görə (aşağı 1-4, orta 5-9, yüksək 10-19, kritik 20-25); susmaya görə 180,120,60,30</translation>
    </message>
    <message>
        <source>direction {number} has no title</source>
        <translation>{number} istiqamətinin adı yoxdur</translation>
    </message>
    <message>
        <source>finding {ref} already has an extension request awaiting a decision</source>
        <translation>{ref} çatışmazlığı üzrə qərar gözləyən uzadılma müraciəti artıq var</translation>
    </message>
    <message>
        <source>finding {ref} is not issued in an act both agencies of the commission have signed: the institution receives it only then</source>
        <translation>{ref} çatışmazlığı komissiyanın hər iki qurumunun imzaladığı aktla verilməyib: qurum onu yalnız bundan sonra alır</translation>
    </message>
    <message>
        <source>finding {ref} is not urgent: an urgent-measure notice is for urgent findings</source>
        <translation>{ref} çatışmazlığı təcili deyil: təcili tədbir barədə bildiriş yalnız təcili çatışmazlıqlar üçündür</translation>
    </message>
    <message>
        <source>finding {ref} is recorded as moved to {status} but its state did not move</source>
        <translation>{ref} çatışmazlığının {status} vəziyyətinə keçidi qeydə alınıb, lakin vəziyyəti dəyişməyib</translation>
    </message>
    <message>
        <source>give the deadline asked for</source>
        <translation>xahiş olunan müddəti göstərin</translation>
    </message>
    <message>
        <source>give the reason for the decision</source>
        <translation>qərarın səbəbini göstərin</translation>
    </message>
    <message>
        <source>institutions, inspection teams and the partner agency enrol the coordinator only</source>
        <translation>qurumlar, yoxlama qrupları və tərəfdaş qurum yalnız əlaqələndirici orqanı qeydiyyata alır</translation>
    </message>
    <message>
        <source>language of the interface and reports: az, en or ru</source>
        <translation>interfeysin və hesabatların dili: az, en və ya ru</translation>
    </message>
    <message>
        <source>lock the desktop app after this many idle minutes (0: never)</source>
        <translation>bu qədər dəqiqə fəaliyyətsizlikdən sonra masaüstü proqramı kilidlə (0: heç vaxt)</translation>
    </message>
    <message>
        <source>malformed manifest: bad due list</source>
        <translation>manifest düzgün deyil: gözlənilən işlər siyahısı yanlışdır</translation>
    </message>
    <message>
        <source>malformed manifest: the audit log does not end at the audit head</source>
        <translation>manifest yanlış formatdadır: audit jurnalı audit zəncirinin son həlqəsində bitmir</translation>
    </message>
    <message>
        <source>malformed manifest: the audit log&apos;s counts do not add up</source>
        <translation>manifest yanlış formatdadır: audit jurnalının sayları bir-birinə uyğun gəlmir</translation>
    </message>
    <message>
        <source>malformed manifest: too many key rotations</source>
        <translation>manifest yanlış formatdadır: açar yeniləmələri həddən çoxdur</translation>
    </message>
    <message>
        <source>malformed manifest: too many parts or receipts</source>
        <translation>manifest yanlış formatdadır: hissələr və ya qəbzlər həddən çoxdur</translation>
    </message>
    <message>
        <source>malformed manifest: {reason}</source>
        <translation>manifest yanlış formatdadır: {reason}</translation>
    </message>
    <message>
        <source>malformed record in the bundle</source>
        <translation>paketdə qeyd yanlış formatdadır</translation>
    </message>
    <message>
        <source>malformed record in the bundle: unknown kind &quot;{kind}&quot;</source>
        <translation>paketdə qeyd yanlış formatdadır: naməlum növ &quot;{kind}&quot;</translation>
    </message>
    <message>
        <source>malformed record in the bundle: {reason}</source>
        <translation>paketdə qeyd yanlış formatdadır: {reason}</translation>
    </message>
    <message>
        <source>malformed records part: the last line is not terminated</source>
        <translation>qeydlər hissəsi yanlış formatdadır: son sətir tamamlanmayıb</translation>
    </message>
    <message>
        <source>malformed {kind} record in the bundle: bad clock stamps</source>
        <translation>paketdə {kind} qeydi yanlış formatdadır: vaxt möhürləri yanlışdır</translation>
    </message>
    <message>
        <source>malformed {kind} record in the bundle: bad origin</source>
        <translation>paketdə {kind} qeydi yanlış formatdadır: mənbə qovşaq yanlışdır</translation>
    </message>
    <message>
        <source>malformed {kind} record in the bundle: wrong fields</source>
        <translation>paketdə {kind} qeydi yanlış formatdadır: sahələr yanlışdır</translation>
    </message>
    <message>
        <source>malformed {what} id</source>
        <translation>{what} identifikatoru yanlış formatdadır</translation>
    </message>
    <message>
        <source>meant for another key of this node&apos;s code: refused</source>
        <translation>bu qovşaq kodunun başqa açarı üçün nəzərdə tutulub: rədd edildi</translation>
    </message>
    <message>
        <source>meant for {recipient_code}, not for this node</source>
        <translation>{recipient_code} üçün nəzərdə tutulub, bu qovşaq üçün yox</translation>
    </message>
    <message>
        <source>measure {number} already exists</source>
        <translation>{number} tədbiri artıq var</translation>
    </message>
    <message>
        <source>measure {number} appears twice</source>
        <translation>{number} tədbiri iki dəfə var</translation>
    </message>
    <message>
        <source>measure {number} has no executors</source>
        <translation>{number} tədbirinin icraçısı yoxdur</translation>
    </message>
    <message>
        <source>measure {number} has no indicator &quot;{ref}&quot;</source>
        <translation>{number} tədbirinin &quot;{ref}&quot; indikatoru yoxdur</translation>
    </message>
    <message>
        <source>measure {number} has no title</source>
        <translation>{number} tədbirinin adı yoxdur</translation>
    </message>
    <message>
        <source>measure {number} has progress reports and cannot be deleted; cancel it instead</source>
        <translation>{number} tədbiri üzrə icra hesabatları var və o silinə bilməz; onun əvəzinə tədbiri ləğv edin</translation>
    </message>
    <message>
        <source>measure {number} is already cancelled</source>
        <translation>{number} tədbiri artıq ləğv edilib</translation>
    </message>
    <message>
        <source>measure {number}: no direction {direction}</source>
        <translation>{number} tədbiri: {direction} istiqaməti yoxdur</translation>
    </message>
    <message>
        <source>measure {number}: no registered institution &quot;{name}&quot;</source>
        <translation>{number} tədbiri: &quot;{name}&quot; adlı qeydə alınmış qurum yoxdur</translation>
    </message>
    <message>
        <source>meeting {number} already exists</source>
        <translation>{number} iclası artıq mövcuddur</translation>
    </message>
    <message>
        <source>migrating {store} would break references (how many: {n}); nothing was changed</source>
        <translation>{store} miqrasiyası istinadları pozardı (sayı: {n}); heç nə dəyişdirilmədi</translation>
    </message>
    <message>
        <source>more than one bundle &quot;{ref}&quot; in the bundle log</source>
        <translation>mübadilə jurnalında &quot;{ref}&quot; ilə birdən çox paket uyğun gəlir</translation>
    </message>
    <message>
        <source>name signing the strategy report as &apos;Approved by&apos;</source>
        <translation>strategiya hesabatını &apos;Təsdiq edən&apos; kimi imzalayanın adı</translation>
    </message>
    <message>
        <source>name signing the strategy report as &apos;Prepared by&apos;</source>
        <translation>strategiya hesabatını &apos;Hazırlayan&apos; kimi imzalayanın adı</translation>
    </message>
    <message>
        <source>no active partner to export to: run &apos;partners add&apos; first</source>
        <translation>ixrac üçün aktiv tərəfdaş yoxdur: əvvəlcə &apos;partners add&apos; əmrini icra edin</translation>
    </message>
    <message>
        <source>no addendum {n} to the act of &quot;{ref}&quot;</source>
        <translation>&quot;{ref}&quot; aktına {n} saylı əlavə yoxdur</translation>
    </message>
    <message>
        <source>no age identity given</source>
        <translation>age identifikatoru verilməyib</translation>
    </message>
    <message>
        <source>no age recipient given</source>
        <translation>age alıcısı verilməyib</translation>
    </message>
    <message>
        <source>no attachment &quot;{attachment_id}&quot;</source>
        <translation>&quot;{attachment_id}&quot; qoşması yoxdur</translation>
    </message>
    <message>
        <source>no attachment content with SHA-256 {sha256}</source>
        <translation>SHA-256 dəyəri {sha256} olan qoşma məzmunu yoxdur</translation>
    </message>
    <message>
        <source>no bundle &quot;{ref}&quot; in the bundle log</source>
        <translation>mübadilə jurnalında &quot;{ref}&quot; paketi yoxdur</translation>
    </message>
    <message>
        <source>no bundle found in the given paths</source>
        <translation>göstərilən yollarda paket tapılmadı</translation>
    </message>
    <message>
        <source>no bundle {bundle_id} in the bundle log</source>
        <translation>mübadilə jurnalında {bundle_id} paketi yoxdur</translation>
    </message>
    <message>
        <source>no column kind {name}: use one of {items}</source>
        <translation>{name} adlı sütun növü yoxdur: bunlardan birini seçin: {items}</translation>
    </message>
    <message>
        <source>no conflict {conflict_id}</source>
        <translation>{conflict_id} ziddiyyəti yoxdur</translation>
    </message>
    <message>
        <source>no decision &quot;{ref}&quot;</source>
        <translation>&quot;{ref}&quot; qərarı yoxdur</translation>
    </message>
    <message>
        <source>no direction {number}</source>
        <translation>{number} istiqaməti yoxdur</translation>
    </message>
    <message>
        <source>no facility &quot;{ref}&quot; of the inspected institution</source>
        <translation>yoxlanılan qurumun &quot;{ref}&quot; obyekti yoxdur</translation>
    </message>
    <message>
        <source>no finding &quot;{ref}&quot;</source>
        <translation>&quot;{ref}&quot; çatışmazlığı yoxdur</translation>
    </message>
    <message>
        <source>no findings were recorded after the act</source>
        <translation>aktdan sonra heç bir çatışmazlıq qeydə alınmayıb</translation>
    </message>
    <message>
        <source>no header row found in the first {count} rows: the plan needs columns for the number, the measure and its executors</source>
        <translation>ilk {count} sətirdə başlıq sətri tapılmadı: planda nömrə, tədbir və icraçılar sütunları olmalıdır</translation>
    </message>
    <message>
        <source>no key slot would be left: the database was not re-keyed</source>
        <translation>heç bir açar yuvası qalmazdı: verilənlər bazası yenidən şifrələnmədi</translation>
    </message>
    <message>
        <source>no match: this file is not encrypted to any of the given keys</source>
        <translation>uyğunluq yoxdur: bu fayl verilmiş açarların heç biri üçün şifrələnməyib</translation>
    </message>
    <message>
        <source>no partner &quot;{code}&quot;</source>
        <translation>&quot;{code}&quot; tərəfdaşı yoxdur</translation>
    </message>
    <message>
        <source>no passphrase: set {env}, give a passphrase file, or run in a terminal to be asked</source>
        <translation>parol yoxdur: {env} dəyişənini təyin edin, parol faylı göstərin və ya soruşulması üçün terminalda işə salın</translation>
    </message>
    <message>
        <source>no record &quot;{ref}&quot;</source>
        <translation>&quot;{ref}&quot; qeydi yoxdur</translation>
    </message>
    <message>
        <source>no store in {home}: run &apos;infosec-desk init&apos; first</source>
        <translation>{home} qovluğunda anbar yoxdur: əvvəlcə &apos;infosec-desk init&apos; əmrini icra edin</translation>
    </message>
    <message>
        <source>no such date: {text}</source>
        <translation>belə tarix yoxdur: {text}</translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>belə fayl yoxdur: {file}</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>belə fayl yoxdur: {path}</translation>
    </message>
    <message>
        <source>no such folder: {folder}</source>
        <translation>belə qovluq yoxdur: {folder}</translation>
    </message>
    <message>
        <source>no such folder: {path}</source>
        <translation>belə qovluq yoxdur: {path}</translation>
    </message>
    <message>
        <source>no user &quot;{name}&quot;</source>
        <translation>&quot;{name}&quot; istifadəçisi yoxdur</translation>
    </message>
    <message>
        <source>no user can unlock the store in {home}</source>
        <translation>{home} qovluğundakı anbarı heç bir istifadəçi aça bilmir</translation>
    </message>
    <message>
        <source>no user guide in &quot;{lang}&quot;; choose one of: {items}</source>
        <translation>&quot;{lang}&quot; dilində istifadəçi təlimatı yoxdur; bunlardan birini seçin: {items}</translation>
    </message>
    <message>
        <source>no {kind} &quot;{ref}&quot;</source>
        <translation>&quot;{ref}&quot; tapılmadı ({kind})</translation>
    </message>
    <message>
        <source>nodes enrolled with the coordinator</source>
        <translation>qovşaqlar əlaqələndirici orqanda qeydiyyata alındı</translation>
    </message>
    <message>
        <source>not addressed to this node: none of its keys opens it</source>
        <translation>bu qovşağa ünvanlanmayıb: onun heç bir açarı paketi açmır</translation>
    </message>
    <message>
        <source>not an InfoSec Desk bundle (or an unknown container version)</source>
        <translation>InfoSec Desk paketi deyil (və ya konteynerin versiyası naməlumdur)</translation>
    </message>
    <message>
        <source>not an InfoSec Desk card</source>
        <translation>InfoSec Desk kartı deyil</translation>
    </message>
    <message>
        <source>not an InfoSec Desk card (or a newer card format)</source>
        <translation>InfoSec Desk kartı deyil (və ya kartın daha yeni formatıdır)</translation>
    </message>
    <message>
        <source>not an InfoSec Desk card: bad code or role</source>
        <translation>InfoSec Desk kartı deyil: kod və ya rol yanlışdır</translation>
    </message>
    <message>
        <source>not an InfoSec Desk card: bad {key}</source>
        <translation>InfoSec Desk kartı deyil: {key} yanlışdır</translation>
    </message>
    <message>
        <source>not an InfoSec Desk card: too large</source>
        <translation>InfoSec Desk kartı deyil: həddən böyükdür</translation>
    </message>
    <message>
        <source>not an age file</source>
        <translation>age faylı deyil</translation>
    </message>
    <message>
        <source>not an age file: it is empty</source>
        <translation>age faylı deyil: boşdur</translation>
    </message>
    <message>
        <source>not an attachment file name: &quot;{name}&quot;</source>
        <translation>qoşma faylının adı deyil: &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>not enrolled: the fingerprint was not confirmed</source>
        <translation>qeydiyyata alınmadı: barmaq izi təsdiqlənmədi</translation>
    </message>
    <message>
        <source>nothing of {reference} awaits this agency&apos;s signature</source>
        <translation>{reference} üzrə heç nə bu qurumun imzasını gözləmir</translation>
    </message>
    <message>
        <source>official status {id} is not its decision&apos;s: an official status by decision is the decision&apos;s measure, period, status and percent</source>
        <translation>{id} rəsmi statusu öz qərarına uyğun deyil: qərarla verilən rəsmi status qərarın tədbiri, dövrü, statusu və faizidir</translation>
    </message>
    <message>
        <source>only a verification has a method</source>
        <translation>üsul yalnız yoxlamada göstərilir</translation>
    </message>
    <message>
        <source>only an admin can {what}</source>
        <translation>yalnız inzibatçı {what} hüququna malikdir</translation>
    </message>
    <message>
        <source>only the coordinator exchanges bundles with other nodes</source>
        <translation>başqa qovşaqlarla paket mübadiləsini yalnız əlaqələndirici orqan aparır</translation>
    </message>
    <message>
        <source>oversize field {kind}.{name} in the bundle</source>
        <translation>paketdə {kind}.{name} sahəsi həddən böyükdür</translation>
    </message>
    <message>
        <source>oversize part declared in the manifest</source>
        <translation>manifestdə həddən böyük hissə bəyan edilib</translation>
    </message>
    <message>
        <source>partner {code} is revoked</source>
        <translation>{code} tərəfdaşı ləğv edilib</translation>
    </message>
    <message>
        <source>percent must be a whole number from 0 to 100</source>
        <translation>faiz 0-dan 100-ə qədər tam ədəd olmalıdır</translation>
    </message>
    <message>
        <source>period must be like 2026, 2026-H1 or 2026-Q3</source>
        <translation>dövr 2026, 2026-H1 və ya 2026-Q3 şəklində olmalıdır</translation>
    </message>
    <message>
        <source>period {period} is outside the strategy ({start}-{end})</source>
        <translation>{period} dövrü strategiyanın müddətindən ({start}-{end}) kənardadır</translation>
    </message>
    <message>
        <source>position of who approves the strategy report</source>
        <translation>strategiya hesabatını təsdiq edənin vəzifəsi</translation>
    </message>
    <message>
        <source>position of who prepared the strategy report</source>
        <translation>strategiya hesabatını hazırlayanın vəzifəsi</translation>
    </message>
    <message>
        <source>refuse bundles stamped more than this many hours ahead of this computer&apos;s clock (default 24)</source>
        <translation>vaxt möhürü bu kompüterin saatını bu qədər saatdan çox qabaqlayan paketləri rədd et (susmaya görə 24)</translation>
    </message>
    <message>
        <source>replayed sequence number {sequence} from {peer}: another bundle with this number was already imported</source>
        <translation>{peer} qovşağından təkrarlanan {sequence} ardıcıllıq nömrəsi: bu nömrəli başqa paket artıq idxal edilib</translation>
    </message>
    <message>
        <source>requirement {code} already exists</source>
        <translation>{code} tələbi artıq var</translation>
    </message>
    <message>
        <source>sender {code} is revoked</source>
        <translation>{code} göndərəni ləğv edilib</translation>
    </message>
    <message>
        <source>set the strategy before adding directions</source>
        <translation>istiqamətlər əlavə etməzdən əvvəl strategiyanı müəyyən edin</translation>
    </message>
    <message>
        <source>signed with a key that is not {code}&apos;s</source>
        <translation>{code} qovşağına məxsus olmayan açarla imzalanıb</translation>
    </message>
    <message>
        <source>signed with a retired key of {code}: refused</source>
        <translation>{code} qovşağının istifadədən çıxmış açarı ilə imzalanıb: rədd edildi</translation>
    </message>
    <message>
        <source>that position in English (default: as above)</source>
        <translation>həmin vəzifə ingiliscə (susmaya görə: yuxarıdakı kimi)</translation>
    </message>
    <message>
        <source>the act is issued; the findings recorded since go into addendum {next}</source>
        <translation>akt artıq verilib; sonra qeydə alınan çatışmazlıqlar {next} nömrəli əlavəyə daxil edilir</translation>
    </message>
    <message>
        <source>the act needs its date</source>
        <translation>aktın tarixi göstərilməlidir</translation>
    </message>
    <message>
        <source>the act&apos;s document must show its own inspection and the findings it issues</source>
        <translation>aktın sənədi öz yoxlamasını və təqdim etdiyi çatışmazlıqları göstərməlidir</translation>
    </message>
    <message>
        <source>the attachment count in the manifest does not match its parts</source>
        <translation>manifestdəki qoşmaların sayı onun hissələrinə uyğun deyil</translation>
    </message>
    <message>
        <source>the bundle carries a file that none of its records refers to</source>
        <translation>paketdə heç bir qeydinin istinad etmədiyi fayl var</translation>
    </message>
    <message>
        <source>the bundle holds more content than its manifest declares</source>
        <translation>paketdə manifestdə bəyan ediləndən çox məzmun var</translation>
    </message>
    <message>
        <source>the card&apos;s signature does not verify: it was altered</source>
        <translation>kartın imzası təsdiqlənmir: kart dəyişdirilib</translation>
    </message>
    <message>
        <source>the deadline of finding {ref} moves only through a recorded extension to {date}</source>
        <translation>{ref} çatışmazlığının müddəti yalnız {date} tarixinə qeydə alınmış uzatma ilə dəyişir</translation>
    </message>
    <message>
        <source>the due list is printed for one institution (--institution CODE)</source>
        <translation>gözlənilən işlər siyahısı bir qurum üçün çap olunur (--institution KOD)</translation>
    </message>
    <message>
        <source>the emblem must be a PNG or JPEG image</source>
        <translation>gerb PNG və ya JPEG təsviri olmalıdır</translation>
    </message>
    <message>
        <source>the emblem must be at most {n} KB</source>
        <translation>gerbin həcmi {n} KB-dan çox olmamalıdır</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>bitmə tarixi başlama tarixindən əvvəldir</translation>
    </message>
    <message>
        <source>the file is too large to show here ({size} bytes); save a copy</source>
        <translation>fayl burada göstərmək üçün həddən böyükdür ({size} bayt); nüsxəsini saxlayın</translation>
    </message>
    <message>
        <source>the finding has no verified closure to sign</source>
        <translation>çatışmazlığın imzalanacaq yoxlanılmış bağlanması yoxdur</translation>
    </message>
    <message>
        <source>the findings of inspection {reference} are recorded by {numbering_node}</source>
        <translation>{reference} yoxlamasının çatışmazlıqlarını {numbering_node} qeydə alır</translation>
    </message>
    <message>
        <source>the inspection act needs an inspection (--inspection REFERENCE)</source>
        <translation>yoxlama aktı üçün yoxlama lazımdır (--inspection REFERENCE)</translation>
    </message>
    <message>
        <source>the inspection ends before it starts</source>
        <translation>yoxlama başlamadan bitir</translation>
    </message>
    <message>
        <source>the issuer named on English reports</source>
        <translation>ingiliscə hesabatlarda göstərilən tərtib edən</translation>
    </message>
    <message>
        <source>the issuer named on reports (default: the node&apos;s name)</source>
        <translation>hesabatlarda göstərilən tərtib edən (susmaya görə: qovşağın adı)</translation>
    </message>
    <message>
        <source>the key card needs the node&apos;s identity card</source>
        <translation>açar kartı üçün qovşağın identifikasiya kartı lazımdır</translation>
    </message>
    <message>
        <source>the key rotation statement of {code} does not verify</source>
        <translation>{code} açarlarının yenilənməsi bəyanatı təsdiqlənmir</translation>
    </message>
    <message>
        <source>the key rotation statement of {code} is inconsistent</source>
        <translation>{code} açarlarının yenilənməsi bəyanatı ziddiyyətlidir</translation>
    </message>
    <message>
        <source>the log ends at entry {last}, but {user}&apos;s signed anchor names entry {seq}: entries were removed</source>
        <translation>jurnal {last} nömrəli yazıda bitir, lakin {user} istifadəçisinin imzalanmış nəzarət nöqtəsi {seq} nömrəli yazını göstərir: yazılar silinib</translation>
    </message>
    <message>
        <source>the marking on English documents (default: the marking)</source>
        <translation>ingiliscə sənədlərdəki qrif (susmaya görə: əsas qrif)</translation>
    </message>
    <message>
        <source>the marking on Russian documents (default: the marking)</source>
        <translation>rusca sənədlərdəki qrif (susmaya görə: əsas qrif)</translation>
    </message>
    <message>
        <source>the measure has no number</source>
        <translation>tədbirin nömrəsi yoxdur</translation>
    </message>
    <message>
        <source>the meeting protocol needs a meeting (--meeting NUMBER)</source>
        <translation>iclas protokolu üçün iclas göstərilməlidir (--meeting NÖMRƏ)</translation>
    </message>
    <message>
        <source>the new deadline must be later than the current one ({current})</source>
        <translation>yeni müddət cari müddətdən ({current}) gec olmalıdır</translation>
    </message>
    <message>
        <source>the node and the first user come first</source>
        <translation>əvvəlcə qovşaq və ilk istifadəçi</translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation>{path} parol faylı boşdur</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>parol boşdur</translation>
    </message>
    <message>
        <source>the record of conflict {conflict_id} no longer exists</source>
        <translation>{conflict_id} ziddiyyətinin qeydi artıq yoxdur</translation>
    </message>
    <message>
        <source>the records clash with records here (a duplicate number or code, or a reference to a record this node does not hold)</source>
        <translation>qeydlər buradakı qeydlərlə toqquşur (təkrarlanan nömrə və ya kod, yaxud bu qovşaqda olmayan qeydə istinad)</translation>
    </message>
    <message>
        <source>the records do not match the counts in the manifest</source>
        <translation>qeydlər manifestdəki saylara uyğun deyil</translation>
    </message>
    <message>
        <source>the release manifest&apos;s signature does not match the release key {key} (it names key {signer}): this build was not released by that key or was altered</source>
        <translation>buraxılış manifestinin imzası {key} buraxılış açarına uyğun gəlmir (manifestdə {signer} açarı göstərilib): bu paket həmin açarla buraxılmayıb və ya dəyişdirilib</translation>
    </message>
    <message>
        <source>the report fonts (DejaVu Sans) are missing from {folder}</source>
        <translation>hesabat şriftləri (DejaVu Sans) {folder} qovluğunda yoxdur</translation>
    </message>
    <message>
        <source>the sender&apos;s clock is {days} days ahead of this computer&apos;s ({where}); {sender} must set the right date and time</source>
        <translation>göndərənin saatı bu kompüterin saatından {days} gün irəlidədir ({where}); {sender} düzgün tarixi və vaxtı təyin etməlidir</translation>
    </message>
    <message>
        <source>the sender&apos;s role does not match {code}&apos;s card</source>
        <translation>göndərənin rolu {code} kartına uyğun deyil</translation>
    </message>
    <message>
        <source>the signature of {signer} on this {kind} does not verify with its key</source>
        <translation>{signer} qovşağının bu {kind} üzərindəki imzası onun açarı ilə təsdiqlənmir</translation>
    </message>
    <message>
        <source>the signed log does not give {user} the key in their key slot: the log or the key slot file was altered</source>
        <translation>imzalanmış jurnal {user} istifadəçisinə onun açar yuvasındakı açarı vermir: jurnal və ya açar yuvaları faylı dəyişdirilib</translation>
    </message>
    <message>
        <source>the state of finding {ref} changes only through a recorded move to {status}</source>
        <translation>{ref} çatışmazlığının vəziyyəti yalnız {status} vəziyyətinə qeydə alınmış keçidlə dəyişir</translation>
    </message>
    <message>
        <source>the store changed during the export; try again</source>
        <translation>ixrac zamanı anbar dəyişdi; yenidən cəhd edin</translation>
    </message>
    <message>
        <source>the store must keep at least one admin</source>
        <translation>anbarda ən azı bir inzibatçı qalmalıdır</translation>
    </message>
    <message>
        <source>the strategy period ends before it starts</source>
        <translation>strategiyanın müddəti başlamadan bitir</translation>
    </message>
    <message>
        <source>the template is an .xlsx file</source>
        <translation>şablon .xlsx faylıdır</translation>
    </message>
    <message>
        <source>the transfer form needs a bundle from the exchange log (--bundle ID)</source>
        <translation>ötürmə forması üçün mübadilə jurnalından paket lazımdır (--bundle ID)</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>iki parol fərqlidir</translation>
    </message>
    <message>
        <source>the urgent-measure notice needs a finding (--finding REF)</source>
        <translation>təcili tədbir barədə bildiriş üçün çatışmazlıq göstərilməlidir (--finding REF)</translation>
    </message>
    <message>
        <source>the weighing gives the deadline {default}; give the reason for another</source>
        <translation>qiymətləndirmə {default} müddətini verir; başqa müddətin səbəbini göstərin</translation>
    </message>
    <message>
        <source>there is no InfoSec Desk store in {home}</source>
        <translation>{home} qovluğunda InfoSec Desk anbarı yoxdur</translation>
    </message>
    <message>
        <source>there is no recovery key</source>
        <translation>bərpa açarı yoxdur</translation>
    </message>
    <message>
        <source>this agency has already signed the closure</source>
        <translation>bu qurum bağlanmanı artıq imzalayıb</translation>
    </message>
    <message>
        <source>this card belongs to {code} ({role}), not to the coordinating body</source>
        <translation>bu kart əlaqələndirici orqana deyil, {code} qovşağına ({role}) məxsusdur</translation>
    </message>
    <message>
        <source>this file is already attached here, as &quot;{file}&quot;</source>
        <translation>bu fayl artıq burada &quot;{file}&quot; adı ilə əlavə olunub</translation>
    </message>
    <message>
        <source>this is this node&apos;s own card</source>
        <translation>bu, həmin qovşağın öz kartıdır</translation>
    </message>
    <message>
        <source>this node ({role}) cannot {action}</source>
        <translation>bu qovşaq ({role}) {action} hüququna malik deyil</translation>
    </message>
    <message>
        <source>this node has no exchange keys yet</source>
        <translation>bu qovşağın hələ mübadilə açarları yoxdur</translation>
    </message>
    <message>
        <source>this node has no exchange keys yet: run &apos;identity rotate&apos; as admin</source>
        <translation>bu qovşağın hələ mübadilə açarları yoxdur: inzibatçı kimi &apos;identity rotate&apos; əmrini icra edin</translation>
    </message>
    <message>
        <source>this node has no signing key yet; set up its identity for the exchange first</source>
        <translation>bu qovşağın hələ imza açarı yoxdur; əvvəlcə mübadilə üçün onun açarlarını yaradın</translation>
    </message>
    <message>
        <source>this store has no recovery key</source>
        <translation>bu anbarın bərpa açarı yoxdur</translation>
    </message>
    <message>
        <source>this store has several users ({items}): choose one with --user</source>
        <translation>bu anbarın bir neçə istifadəçisi var ({items}): --user ilə birini seçin</translation>
    </message>
    <message>
        <source>truncated age file: incomplete chunk</source>
        <translation>age faylı kəsilib: natamam hissə</translation>
    </message>
    <message>
        <source>truncated age file: the final chunk is missing</source>
        <translation>age faylı kəsilib: son hissə yoxdur</translation>
    </message>
    <message>
        <source>truncated bundle: it ends inside a part</source>
        <translation>paket kəsilib: hissənin ortasında bitir</translation>
    </message>
    <message>
        <source>truncated bundle: it ends inside an attachment</source>
        <translation>paket kəsilib: qoşmanın ortasında bitir</translation>
    </message>
    <message>
        <source>two coordinators do not exchange bundles</source>
        <translation>iki əlaqələndirici orqan paket mübadiləsi etmir</translation>
    </message>
    <message>
        <source>unknown cipher suite &quot;{get}&quot;: update InfoSec Desk</source>
        <translation>naməlum şifrləmə dəsti &quot;{get}&quot;: InfoSec Desk-i yeniləyin</translation>
    </message>
    <message>
        <source>unknown finding field {name}</source>
        <translation>çatışmazlığın naməlum sahəsi: {name}</translation>
    </message>
    <message>
        <source>unknown inspection field {name}</source>
        <translation>yoxlamanın naməlum sahəsi: {name}</translation>
    </message>
    <message>
        <source>unknown language &quot;{lang}&quot;; choose one of: {items}</source>
        <translation>naməlum dil &quot;{lang}&quot;; bunlardan birini seçin: {items}</translation>
    </message>
    <message>
        <source>unknown measure field {name}</source>
        <translation>tədbirin naməlum sahəsi: {name}</translation>
    </message>
    <message>
        <source>unknown report &quot;{kind}&quot;; choose one of: {items}</source>
        <translation>naməlum hesabat &quot;{kind}&quot;; bunlardan birini seçin: {items}</translation>
    </message>
    <message>
        <source>unknown role &quot;{role}&quot;</source>
        <translation>naməlum rol &quot;{role}&quot;</translation>
    </message>
    <message>
        <source>unknown sender {sender_code}: enrol it first</source>
        <translation>naməlum göndərən {sender_code}: əvvəlcə onu qeydiyyata alın</translation>
    </message>
    <message>
        <source>unsupported age format version</source>
        <translation>dəstəklənməyən age formatı versiyası</translation>
    </message>
    <message>
        <source>unsupported bundle format version {version}: this release reads version {FORMAT_VERSION}; update InfoSec Desk</source>
        <translation>dəstəklənməyən paket formatı versiyası {version}: bu buraxılış {FORMAT_VERSION} versiyasını oxuyur; InfoSec Desk-i yeniləyin</translation>
    </message>
    <message>
        <source>user {name} already exists</source>
        <translation>{name} istifadəçisi artıq var</translation>
    </message>
    <message>
        <source>user {name}: in the signed log, missing from the store</source>
        <translation>{name} istifadəçisi: imzalanmış jurnalda var, anbarda yoxdur</translation>
    </message>
    <message>
        <source>user {name}: no signed entry added this user</source>
        <translation>{name} istifadəçisi: bu istifadəçini heç bir imzalanmış yazı əlavə etməyib</translation>
    </message>
    <message>
        <source>user {name}: role {stored} in the store, {signed} in the signed log</source>
        <translation>{name} istifadəçisi: anbarda rolu {stored}, imzalanmış jurnalda isə {signed}</translation>
    </message>
    <message>
        <source>user {user} already has a key slot</source>
        <translation>{user} istifadəçisinin artıq açar yuvası var</translation>
    </message>
    <message>
        <source>user {user} has no account in this store</source>
        <translation>{user} istifadəçisinin bu anbarda hesabı yoxdur</translation>
    </message>
    <message>
        <source>user {user} has no key slot</source>
        <translation>{user} istifadəçisinin açar yuvası yoxdur</translation>
    </message>
    <message>
        <source>user {user} has no key slot in {keyslot_path}</source>
        <translation>{user} istifadəçisinin {keyslot_path} faylında açar yuvası yoxdur</translation>
    </message>
    <message>
        <source>user {user} has the only key slot; it cannot be removed</source>
        <translation>{user} istifadəçisinin açar yuvası yeganədir; onu silmək olmaz</translation>
    </message>
    <message>
        <source>weigh a finding by both likelihood and impact, or by neither</source>
        <translation>çatışmazlığı ya həm ehtimal, həm təsirlə qiymətləndirin, ya da heç biri ilə</translation>
    </message>
    <message>
        <source>who approves the compliance report (name, position)</source>
        <translation>uyğunluq hesabatını kim təsdiq edir (adı, vəzifəsi)</translation>
    </message>
    <message>
        <source>who prepares the compliance report (name, position)</source>
        <translation>uyğunluq hesabatını kim hazırlayır (adı, vəzifəsi)</translation>
    </message>
    <message>
        <source>within must be a whole number of days from 0 to {limit}</source>
        <translation>müddət 0-dan {limit}-ə qədər tam gün sayı olmalıdır</translation>
    </message>
    <message>
        <source>working group {code} already exists</source>
        <translation>{code} işçi qrupu artıq mövcuddur</translation>
    </message>
    <message>
        <source>workspace {code} ({role})</source>
        <translation>{code} iş qovluğu ({role})</translation>
    </message>
    <message>
        <source>wrong passphrase for user {user}</source>
        <translation>{user} istifadəçisi üçün parol yanlışdır</translation>
    </message>
    <message>
        <source>wrong recovery key</source>
        <translation>bərpa açarı yanlışdır</translation>
    </message>
    <message>
        <source>you cannot remove yourself</source>
        <translation>özünüzü silə bilməzsiniz</translation>
    </message>
    <message>
        <source>{code} has a representative but is not a member of the group</source>
        <translation>{code} qrupun üzvü deyil, amma onun nümayəndəsi göstərilib</translation>
    </message>
    <message>
        <source>{code} is already enrolled with other keys; revoke it first</source>
        <translation>{code} artıq başqa açarlarla qeydiyyatdadır; əvvəlcə onu ləğv edin</translation>
    </message>
    <message>
        <source>{code} is not a member of the group: add it with --member first</source>
        <translation>{code} qrupun üzvü deyil: əvvəlcə --member ilə əlavə edin</translation>
    </message>
    <message>
        <source>{code} is not an enrolled partner: run &apos;partners add&apos; first</source>
        <translation>{code} qeydiyyatlı tərəfdaş deyil: əvvəlcə &apos;partners add&apos; əmrini icra edin</translation>
    </message>
    <message>
        <source>{code} may not answer a finding about another institution</source>
        <translation>{code} qovşağı başqa quruma aid çatışmazlığa cavab verə bilməz</translation>
    </message>
    <message>
        <source>{code} may not answer a finding that is {status}</source>
        <translation>{code} qovşağı {status} vəziyyətində olan çatışmazlığa cavab verə bilməz</translation>
    </message>
    <message>
        <source>{code} may not ask for more time on a finding about another institution</source>
        <translation>{code} başqa quruma aid çatışmazlıq üzrə müddətin uzadılmasını xahiş edə bilməz</translation>
    </message>
    <message>
        <source>{code} may not ask for more time on a finding that is {status}</source>
        <translation>{code} statusu &quot;{status}&quot; olan çatışmazlıq üzrə müddətin uzadılmasını xahiş edə bilməz</translation>
    </message>
    <message>
        <source>{code} may not attach files to that {kind}</source>
        <translation>{code} qovşağı həmin {kind} qeydinə fayl əlavə edə bilməz</translation>
    </message>
    <message>
        <source>{code} may not change a {kind} of an inspection it is not given</source>
        <translation>{code} qovşağı ona həvalə edilməmiş yoxlamanın {kind} qeydini dəyişə bilməz</translation>
    </message>
    <message>
        <source>{code} may not change a {kind}: it is recorded once and kept</source>
        <translation>{code} qovşağı {kind} qeydini dəyişə bilməz: o bir dəfə yazılır və saxlanılır</translation>
    </message>
    <message>
        <source>{code} may not change findings</source>
        <translation>{code} qovşağı çatışmazlıqları dəyişə bilməz</translation>
    </message>
    <message>
        <source>{code} may not change the origin of a {kind}</source>
        <translation>{code} qovşağı {kind} qeydinin mənbə qovşağını dəyişə bilməz</translation>
    </message>
    <message>
        <source>{code} may not change the {field} of a {kind}: it is fixed once recorded</source>
        <translation>{code} qovşağı {kind} qeydinin {field} sahəsini dəyişə bilməz: o yazıldıqdan sonra sabitdir</translation>
    </message>
    <message>
        <source>{code} may not change {fields} of a finding</source>
        <translation>{code} qovşağı çatışmazlığın {fields} sahələrini dəyişə bilməz</translation>
    </message>
    <message>
        <source>{code} may not change {fields} of an extension request</source>
        <translation>{code} uzadılma müraciətinin {fields} sahələrini dəyişə bilməz</translation>
    </message>
    <message>
        <source>{code} may not co-sign for the partner agency</source>
        <translation>{code} tərəfdaş qurum adından birgə imzalaya bilməz</translation>
    </message>
    <message>
        <source>{code} may not create findings</source>
        <translation>{code} qovşağı çatışmazlıq yarada bilməz</translation>
    </message>
    <message>
        <source>{code} may not decide an extension request that is already {status}</source>
        <translation>{code} artıq &quot;{status}&quot; olan uzadılma müraciətinə qərar verə bilməz</translation>
    </message>
    <message>
        <source>{code} may not decide an extension request; the coordinator does</source>
        <translation>{code} uzadılma müraciətinə qərar verə bilməz; qərarı əlaqələndirici orqan verir</translation>
    </message>
    <message>
        <source>{code} may not delete a {kind}: it stays on record</source>
        <translation>{code} qovşağı {kind} qeydini silə bilməz: o qeydiyyatda qalır</translation>
    </message>
    <message>
        <source>{code} may not give an attachment other content; add a new file instead</source>
        <translation>{code} qovşağı əlavəyə başqa məzmun verə bilməz; bunun əvəzinə yeni fayl əlavə edin</translation>
    </message>
    <message>
        <source>{code} may not move a finding from {start} to {end}; from {start} it may move it only to: {allowed}</source>
        <translation>{code} qovşağı çatışmazlığı {start} vəziyyətindən {end} vəziyyətinə keçirə bilməz; {start} vəziyyətindən onu yalnız bunlara keçirə bilər: {allowed}</translation>
    </message>
    <message>
        <source>{code} may not move a finding from {start} to {end}; from {start} it may not move it at all</source>
        <translation>{code} qovşağı çatışmazlığı {start} vəziyyətindən {end} vəziyyətinə keçirə bilməz; {start} vəziyyətindən onu heç yerə keçirə bilməz</translation>
    </message>
    <message>
        <source>{code} may not record a decided extension request; a request starts pending</source>
        <translation>{code} qərar verilmiş uzadılma müraciəti qeydə ala bilməz; müraciət qərar gözləyən kimi başlayır</translation>
    </message>
    <message>
        <source>{code} may not record a finding as {status}; a finding starts open</source>
        <translation>{code} qovşağı çatışmazlığı {status} vəziyyətində yaza bilməz; çatışmazlıq açıq vəziyyətdə başlayır</translation>
    </message>
    <message>
        <source>{code} may not record findings of an inspection another node numbers</source>
        <translation>{code} qovşağı nömrələrini başqa qovşağın verdiyi yoxlamanın çatışmazlıqlarını yaza bilməz</translation>
    </message>
    <message>
        <source>{code} may not remove or replace a file that {origin} added ({file})</source>
        <translation>{code} qovşağı {origin} qovşağının əlavə etdiyi faylı ({file}) silə və ya əvəz edə bilməz</translation>
    </message>
    <message>
        <source>{code} may not report on a measure it neither leads nor co-executes</source>
        <translation>{code} qovşağı nə məsul icraçısı, nə də həmicraçısı olduğu tədbir üzrə hesabat verə bilməz</translation>
    </message>
    <message>
        <source>{code} may not report on a measure this node does not hold</source>
        <translation>{code} qovşağı bu qovşaqda olmayan tədbir üzrə hesabat verə bilməz</translation>
    </message>
    <message>
        <source>{code} may not report progress for another institution</source>
        <translation>{code} qovşağı başqa qurum adından icra hesabatı verə bilməz</translation>
    </message>
    <message>
        <source>{code} may not return a submitted report to draft</source>
        <translation>{code} təqdim edilmiş hesabatı yenidən qaralamaya qaytara bilməz</translation>
    </message>
    <message>
        <source>{code} may not rewrite an answer; an answer is added to the thread</source>
        <translation>{code} qovşağı cavabı yenidən yaza bilməz; cavab yazışmaya əlavə olunur</translation>
    </message>
    <message>
        <source>{code} may not sign for the issuing agency</source>
        <translation>{code} aktı tərtib edən qurum adından imzalaya bilməz</translation>
    </message>
    <message>
        <source>{code} may not sign for the issuing agency: {origin} issued this {kind}</source>
        <translation>{code} aktı tərtib edən qurum adından imzalaya bilməz: bu {kind} {origin} tərəfindən verilib</translation>
    </message>
    <message>
        <source>{code} may not sign in the name of {signer}</source>
        <translation>{code} {signer} adından imzalaya bilməz</translation>
    </message>
    <message>
        <source>{code} may not {action}</source>
        <translation>{code} qovşağı bu hüquqa malik deyil: {action}</translation>
    </message>
    <message>
        <source>{code} was revoked; its revoked key stays refused</source>
        <translation>{code} ləğv edilib; onun ləğv edilmiş açarı rədd edilməkdə qalır</translation>
    </message>
    <message>
        <source>{code}&apos;s audit log differs at entry {held} from what its earlier bundle named: its history was rewritten</source>
        <translation>{code} qovşağının audit jurnalı {held} nömrəli yazıda onun əvvəlki paketində göstəriləndən fərqlənir: onun tarixçəsi yenidən yazılıb</translation>
    </message>
    <message>
        <source>{code}&apos;s audit log has {count} entries, fewer than the {held} its earlier bundle named: entries were removed there</source>
        <translation>{code} qovşağının audit jurnalında {count} yazı var, onun əvvəlki paketində göstərilən {held} yazıdan azdır: orada yazılar silinib</translation>
    </message>
    <message>
        <source>{db_path} is damaged (a page failed its integrity check)</source>
        <translation>{db_path} zədələnib (səhifə bütövlük yoxlamasından keçmədi)</translation>
    </message>
    <message>
        <source>{db_path} is damaged: pages that fail their check: {n}</source>
        <translation>{db_path} zədələnib: yoxlamadan keçməyən səhifələr: {n}</translation>
    </message>
    <message>
        <source>{db_path} is damaged: {structure}</source>
        <translation>{db_path} zədələnib: {structure}</translation>
    </message>
    <message>
        <source>{db_path} is missing</source>
        <translation>{db_path} yoxdur</translation>
    </message>
    <message>
        <source>{db_path} is not a valid InfoSec Desk store or the key is wrong</source>
        <translation>{db_path} düzgün InfoSec Desk anbarı deyil və ya açar yanlışdır</translation>
    </message>
    <message>
        <source>{downgrade}; give --allow-downgrade if that is meant</source>
        <translation>{downgrade}; əgər bu nəzərdə tutulubsa, --allow-downgrade verin</translation>
    </message>
    <message>
        <source>{file} has no data</source>
        <translation>{file} faylında məlumat yoxdur</translation>
    </message>
    <message>
        <source>{file} has {count} problem(s) (see the preview): nothing was imported</source>
        <translation>{file} faylında {count} problem var (ilkin baxışa baxın): heç nə idxal edilmədi</translation>
    </message>
    <message>
        <source>{file} needs a header row with {names}</source>
        <translation>{file} faylında {names} olan başlıq sətri lazımdır</translation>
    </message>
    <message>
        <source>{key} must be a score from 1 to 25, or 0 for never (empty: the default)</source>
        <translation>{key} 1-dən 25-dək bal, və ya heç vaxt üçün 0 olmalıdır (boş: standart)</translation>
    </message>
    <message>
        <source>{key} must be four whole numbers of days from 1 to 3650, for the low, medium, high and critical scores, none greater than the one before (empty: the default)</source>
        <translation>{key} aşağı, orta, yüksək və kritik ballar üçün 1-dən 3650-dək dörd tam gün sayı olmalıdır, heç biri əvvəlkindən böyük olmamaqla (boş: standart)</translation>
    </message>
    <message>
        <source>{key} must be one of: {items}</source>
        <translation>{key} bunlardan biri olmalıdır: {items}</translation>
    </message>
    <message>
        <source>{key} must be whole hours from 1 to 8760</source>
        <translation>{key}: dəyər 1-dən 8760-a qədər tam saat olmalıdır</translation>
    </message>
    <message>
        <source>{key} must be whole minutes from 0 (never) to 1440</source>
        <translation>{key} 0-dan (heç vaxt) 1440-a qədər tam dəqiqə olmalıdır</translation>
    </message>
    <message>
        <source>{kind} {id}: changed behind the application (entry {seq} recorded another state)</source>
        <translation>{kind} (identifikator {id}): tətbiqdən kənar dəyişdirilib ({seq} saylı yazı başqa vəziyyət qeyd edib)</translation>
    </message>
    <message>
        <source>{kind} {id}: removed behind the application (entry {seq} recorded it)</source>
        <translation>{kind} (identifikator {id}): tətbiqdən kənar silinib ({seq} saylı yazı onu qeyd edib)</translation>
    </message>
    <message>
        <source>{kind} {id}: written behind the application (no audit entry records it)</source>
        <translation>{kind} (identifikator {id}): tətbiqdən kənar yazılıb (heç bir audit yazısı onu qeyd etmir)</translation>
    </message>
    <message>
        <source>{name} is longer than {limit} characters</source>
        <translation>{name} {limit} simvoldan uzundur</translation>
    </message>
    <message>
        <source>{name} is not a readable image</source>
        <translation>{name} oxuna bilən təsvir deyil</translation>
    </message>
    <message>
        <source>{name} is not a valid code</source>
        <translation>{name} düzgün kod deyil</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {msg}</source>
        <translation>{name} düzgün JSON deyil: {msg}</translation>
    </message>
    <message>
        <source>{name} is not valid: {value}</source>
        <translation>{name} yanlışdır: {value}</translation>
    </message>
    <message>
        <source>{name} is too large to be a key card</source>
        <translation>{name} açar kartı olmaq üçün həddən böyükdür</translation>
    </message>
    <message>
        <source>{name} lists a requirement code twice</source>
        <translation>{name} faylında tələb kodu iki dəfə göstərilib</translation>
    </message>
    <message>
        <source>{name} must be 1-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>{name} 1-32 hərf, rəqəm, &apos;.&apos;, &apos;_&apos; və ya &apos;-&apos; simvolundan ibarət olmalıdır</translation>
    </message>
    <message>
        <source>{name} must be a SHA-256 in hex</source>
        <translation>{name} onaltılıq yazılışda SHA-256 olmalıdır</translation>
    </message>
    <message>
        <source>{name} must be a date like 30.09.2026</source>
        <translation>{name} 30.09.2026 şəklində tarix olmalıdır</translation>
    </message>
    <message>
        <source>{name} must be a date like 30.09.2026 or 2026-09-30</source>
        <translation>{name} 30.09.2026 və ya 2026-09-30 şəklində tarix olmalıdır</translation>
    </message>
    <message>
        <source>{name} must be a list</source>
        <translation>{name} siyahı olmalıdır</translation>
    </message>
    <message>
        <source>{name} must be a number</source>
        <translation>{name} ədəd olmalıdır</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}</source>
        <translation>{name} {low} ilə {high} arasında tam ədəd olmalıdır</translation>
    </message>
    <message>
        <source>{name} must be a year from 2000 to 2100</source>
        <translation>{name} 2000-dən 2100-ə qədər il olmalıdır</translation>
    </message>
    <message>
        <source>{name} must be from 1 to 5</source>
        <translation>{name} 1-dən 5-dək olmalıdır</translation>
    </message>
    <message>
        <source>{name} must be one of: {allowed}</source>
        <translation>{name} bunlardan biri olmalıdır: {allowed}</translation>
    </message>
    <message>
        <source>{name} must be one of: {items}</source>
        <translation>{name} bunlardan biri olmalıdır: {items}</translation>
    </message>
    <message>
        <source>{name} must be text</source>
        <translation>{name} mətn olmalıdır</translation>
    </message>
    <message>
        <source>{name} must hold a JSON array of objects</source>
        <translation>{name} obyektlərdən ibarət JSON massivi olmalıdır</translation>
    </message>
    <message>
        <source>{name} must map indicators to values</source>
        <translation>{name} indikatorlara dəyərlər uyğunlaşdırmalıdır</translation>
    </message>
    <message>
        <source>{name} must map institutions to names</source>
        <translation>{name} qurumları adlara uyğunlaşdırmalıdır</translation>
    </message>
    <message>
        <source>{name} must map years to values</source>
        <translation>{name} illərə dəyərlər uyğunlaşdırmalıdır</translation>
    </message>
    <message>
        <source>{name} must not be empty</source>
        <translation>{name} boş olmamalıdır</translation>
    </message>
    <message>
        <source>{name} needs a header row with code and title</source>
        <translation>{name} faylında code və title sütunları olan başlıq sətri lazımdır</translation>
    </message>
    <message>
        <source>{name}, row {row}: {error}</source>
        <translation>{name}, sətir {row}: {error}</translation>
    </message>
    <message>
        <source>{node}: act of inspection {reference}</source>
        <translation>{node}: {reference} yoxlamasının aktı</translation>
    </message>
    <message>
        <source>{node}: action plan ({measures} measures), catalog ({requirements} requirements), inspection plan ({inspections})</source>
        <translation>{node}: fəaliyyət planı ({measures} tədbir), kataloq ({requirements} tələb), yoxlama planı ({inspections})</translation>
    </message>
    <message>
        <source>{node}: addendum 1 to the act of {reference}</source>
        <translation>{node}: {reference} aktına 1 nömrəli əlavə</translation>
    </message>
    <message>
        <source>{node}: co-signatures</source>
        <translation>{node}: birgə imzalar</translation>
    </message>
    <message>
        <source>{node}: deadline of {finding} extended</source>
        <translation>{node}: {finding} üzrə müddət uzadıldı</translation>
    </message>
    <message>
        <source>{node}: evaluations of {period}</source>
        <translation>{node}: {period} üzrə qiymətləndirmələr</translation>
    </message>
    <message>
        <source>{node}: finding after the act of {reference}</source>
        <translation>{node}: {reference} aktından sonra aşkar edilmiş çatışmazlıq</translation>
    </message>
    <message>
        <source>{node}: inspection {reference} of {institution}</source>
        <translation>{node}: {institution} qurumunun {reference} yoxlaması</translation>
    </message>
    <message>
        <source>{node}: meeting of working group {group}</source>
        <translation>{node}: {group} işçi qrupunun iclası</translation>
    </message>
    <message>
        <source>{node}: more time asked for {finding}</source>
        <translation>{node}: {finding} üçün əlavə vaxt istənildi</translation>
    </message>
    <message>
        <source>{node}: plan revision of {measure}</source>
        <translation>{node}: {measure} tədbiri üzrə plan dəyişikliyi</translation>
    </message>
    <message>
        <source>{node}: progress reports for {period}</source>
        <translation>{node}: {period} üzrə icra hesabatları</translation>
    </message>
    <message>
        <source>{node}: request for {finding} decided</source>
        <translation>{node}: {finding} üzrə sorğuya qərar verildi</translation>
    </message>
    <message>
        <source>{node}: respond to the addendum&apos;s finding of {reference}</source>
        <translation>{node}: {reference} aktına əlavədəki çatışmazlığa cavab</translation>
    </message>
    <message>
        <source>{node}: response to {finding}</source>
        <translation>{node}: {finding} üzrə cavab</translation>
    </message>
    <message>
        <source>{node}: settings</source>
        <translation>{node}: parametrlər</translation>
    </message>
    <message>
        <source>{node}: working groups ({count})</source>
        <translation>{node}: işçi qruplar ({count})</translation>
    </message>
    <message>
        <source>{node}: {finding} disputed</source>
        <translation>{node}: {finding} çatışmazlığına etiraz edildi</translation>
    </message>
    <message>
        <source>{node}: {finding} verified and closed</source>
        <translation>{node}: {finding} yoxlanıldı və bağlandı</translation>
    </message>
    <message>
        <source>{node}: {finding} withdrawn</source>
        <translation>{node}: {finding} geri götürüldü</translation>
    </message>
    <message>
        <source>{path} differs from the released file</source>
        <translation>{path} buraxılmış fayldan fərqlənir</translation>
    </message>
    <message>
        <source>{path} has key-slot format version {version}, which this release cannot read</source>
        <translation>{path} faylının açar yuvası formatı versiyası {version}-dir, bu buraxılış onu oxuya bilmir</translation>
    </message>
    <message>
        <source>{path} has mode {mode}, which no released file has (released as {released})</source>
        <translation>{path} faylının icazələri {mode}; buraxılmış fayllardan heç birində belə icazələr yoxdur (buraxılışda {released})</translation>
    </message>
    <message>
        <source>{path} has mode {mode}: it is no longer executable (released as {released})</source>
        <translation>{path} faylının icazələri {mode}: o artıq icra edilə bilmir (buraxılışda {released})</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason})</source>
        <translation>{path} zədələnib ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged: a key slot is malformed ({exc})</source>
        <translation>{path} zədələnib: açar yuvası yanlış formatdadır ({exc})</translation>
    </message>
    <message>
        <source>{path} is damaged: it holds no user key slot</source>
        <translation>{path} zədələnib: orada istifadəçi açar yuvası yoxdur</translation>
    </message>
    <message>
        <source>{path} is damaged: it is not a readable key-slot file</source>
        <translation>{path} zədələnib: oxuna bilən açar yuvaları faylı deyil</translation>
    </message>
    <message>
        <source>{path} is missing</source>
        <translation>{path} yoxdur</translation>
    </message>
    <message>
        <source>{path} is missing: this is not an InfoSec Desk store</source>
        <translation>{path} yoxdur: bu, InfoSec Desk anbarı deyil</translation>
    </message>
    <message>
        <source>{path} is not a PEM public key</source>
        <translation>{path} PEM açıq açarı deyil</translation>
    </message>
    <message>
        <source>{path} is not a usable InfoSec Desk backup: {why}</source>
        <translation>{path} yararlı InfoSec Desk ehtiyat nüsxəsi deyil: {why}</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 public key</source>
        <translation>{path} Ed25519 açıq açarı deyil</translation>
    </message>
    <message>
        <source>{path} is not an InfoSec Desk release manifest</source>
        <translation>{path} InfoSec Desk buraxılış manifesti deyil</translation>
    </message>
    <message>
        <source>{path} is not part of the release (an added file)</source>
        <translation>{path} buraxılışın tərkibində deyil (əlavə edilmiş fayl)</translation>
    </message>
    <message>
        <source>{path} is not part of the release (an added folder)</source>
        <translation>{path} buraxılışın tərkibində deyil (əlavə edilmiş qovluq)</translation>
    </message>
    <message>
        <source>{path} is unreadable ({reason})</source>
        <translation>{path} oxunmur ({reason})</translation>
    </message>
    <message>
        <source>{path}: not a regular file</source>
        <translation>{path}: adi fayl deyil</translation>
    </message>
    <message>
        <source>{path}: the key slot of the recovery key is refused: its key derivation (memory {memory} KiB, passes {passes}) is weaker than this store&apos;s minimum (memory {floor_memory} KiB, passes {floor_passes})</source>
        <translation>{path}: bərpa açarının açar yuvası rədd edildi: onun açar törətmə parametrləri (yaddaş {memory} KiB, keçid sayı {passes}) bu anbarın minimumundan zəifdir (yaddaş {floor_memory} KiB, keçid sayı {floor_passes})</translation>
    </message>
    <message>
        <source>{path}: the key slot of user {user} is refused: its key derivation (memory {memory} KiB, passes {passes}) is weaker than this store&apos;s minimum (memory {floor_memory} KiB, passes {floor_passes})</source>
        <translation>{path}: {user} istifadəçisinin açar yuvası rədd edildi: onun açar törətmə parametrləri (yaddaş {memory} KiB, keçid sayı {passes}) bu anbarın minimumundan zəifdir (yaddaş {floor_memory} KiB, keçid sayı {floor_passes})</translation>
    </message>
    <message>
        <source>{path}: the passphrase does not open the backup&apos;s key slot (a wrong passphrase, or a damaged backup)</source>
        <translation>{path}: parol ehtiyat nüsxənin açar yuvasını açmır (parol yanlışdır və ya ehtiyat nüsxə zədələnib)</translation>
    </message>
    <message>
        <source>{path}: unknown release manifest format {format}</source>
        <translation>{path}: naməlum buraxılış manifesti formatı {format}</translation>
    </message>
    <message>
        <source>{root} is an older build ({checked}) than the one running ({running}): installing it is a downgrade</source>
        <translation>{root} işləyən paketdən ({running}) köhnə paketdir ({checked}): onu quraşdırmaq köhnə versiyaya qayıtmaqdır</translation>
    </message>
    <message>
        <source>{root} is not a folder</source>
        <translation>{root} qovluq deyil</translation>
    </message>
    <message>
        <source>{root} is not an empty folder; the demo needs a new one</source>
        <translation>{root} boş qovluq deyil; nümayiş üçün yeni qovluq lazımdır</translation>
    </message>
    <message>
        <source>{root}: {problem} (and {count} more problem(s)); do not install this copy</source>
        <translation>{root}: {problem} (və daha {count} problem); bu nüsxəni quraşdırmayın</translation>
    </message>
    <message>
        <source>{root}: {problem}; do not install this copy</source>
        <translation>{root}: {problem}; bu nüsxəni quraşdırmayın</translation>
    </message>
    <message>
        <source>{sender} may not create records of {origin}</source>
        <translation>{sender} qovşağı {origin} qovşağının qeydlərini yarada bilməz</translation>
    </message>
    <message>
        <source>{sender} may not pass on a value of {name} stamped by {node} that this node does not hold from it</source>
        <translation>{sender} qovşağı {node} qovşağının vaxt möhürü ilə işarələnmiş və bu qovşağın ondan almadığı {name} dəyərini ötürə bilməz</translation>
    </message>
    <message>
        <source>{sender} → {recipients}: bundles</source>
        <translation>{sender} → {recipients}: paketlər</translation>
    </message>
    <message>
        <source>{signer} has already signed this {kind} for its agency</source>
        <translation>{signer} bu {kind} sənədini öz qurumu adından artıq imzalayıb</translation>
    </message>
    <message>
        <source>{store} was made by a newer release of InfoSec Desk (schema revision {revision}); open it with that release or a later one</source>
        <translation>{store} InfoSec Desk-in daha yeni buraxılışı ilə yaradılıb (sxem versiyası {revision}); onu həmin və ya daha yeni buraxılışla açın</translation>
    </message>
    <message>
        <source>{text} is not a measure number like 2.3.1</source>
        <translation>{text} 2.3.1 kimi tədbir nömrəsi deyil</translation>
    </message>
    <message>
        <source>{user}&apos;s signed anchor (entry {seq}) is signed by no key the log gives them: the log was rewritten or the anchor file edited</source>
        <translation>{user} istifadəçisinin imzalanmış nəzarət nöqtəsi ({seq} nömrəli yazı) jurnalın ona verdiyi heç bir açarla imzalanmayıb: jurnal yenidən yazılıb və ya nəzarət nöqtələri faylı redaktə edilib</translation>
    </message>
    <message>
        <source>{version}, built {built}</source>
        <translation>{version}, yığılıb: {built}</translation>
    </message>
    <message>
        <source>{what} holds an invalid public key</source>
        <translation>{what} yanlış açıq açar ehtiva edir</translation>
    </message>
</context>
<context>
    <name>inspection status</name>
    <message>
        <source>Act issued</source>
        <translation>Akt tərtib edilib</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Başa çatıb</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>İcra olunur</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlaşdırılıb</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Not started</source>
        <translation>Başlanmayıb</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>İcra olunur</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Başa çatıb</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Gecikir</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation>Dəqiqləşdirmə tələb olunur</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>İcra olunub</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Qismən icra olunub</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>İcra olunmayıb</translation>
    </message>
    <message>
        <source>Pending evaluation</source>
        <translation>Qiymətləndirmə gözlənilir</translation>
    </message>
    <message>
        <source>Coordinating body</source>
        <translation>Əlaqələndirici orqan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation>Yoxlama qrupu</translation>
    </message>
    <message>
        <source>Partner agency (State Security Service)</source>
        <translation>Tərəfdaş qurum (Dövlət Təhlükəsizliyi Xidməti)</translation>
    </message>
    <message>
        <source>Awaiting co-signature</source>
        <translation>Birgə imza gözlənilir</translation>
    </message>
    <message>
        <source>Co-signed</source>
        <translation>Birgə imzalanıb</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktor</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Baxış hüququ</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Yüksək</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>In remediation</source>
        <translation>Aradan qaldırılır</translation>
    </message>
    <message>
        <source>Remediated</source>
        <translation>Aradan qaldırılıb</translation>
    </message>
    <message>
        <source>Verified and closed</source>
        <translation>Yoxlanılıb və bağlanıb</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Etiraz edilib</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Geri götürülüb</translation>
    </message>
    <message>
        <source>Document review</source>
        <translation>Sənədlər üzrə yoxlama</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Yerində yoxlama</translation>
    </message>
    <message>
        <source>Verified: close it</source>
        <translation>Yoxlanılıb: bağlansın</translation>
    </message>
    <message>
        <source>Not remediated: return it</source>
        <translation>Aradan qaldırılmayıb: geri qaytarılsın</translation>
    </message>
    <message>
        <source>Uphold the finding</source>
        <translation>Çatışmazlıq qüvvədə saxlanılsın</translation>
    </message>
    <message>
        <source>Withdraw the finding</source>
        <translation>Çatışmazlıq geri götürülsün</translation>
    </message>
    <message>
        <source>Approve: move the deadline</source>
        <translation>Təsdiq et: müddəti uzat</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rədd et</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Təsdiq edilib</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Artıq idxal edilib</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Birləşdirilib</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rədd edilib</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rədd edilib</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planlı</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Göndərilib</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Plandankənar</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Təkrar</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Artım</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Azalma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Adı</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Başlama tarixi</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Bitmə tarixi</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Davamlı</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Məsul qurum</translation>
    </message>
    <message>
        <source>Co-executors</source>
        <translation>Əlaqədar qurumlar</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Nazirlik</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentlik</translation>
    </message>
    <message>
        <source>CII operator</source>
        <translation>KİI operatoru</translation>
    </message>
    <message>
        <source>Lead report for the period</source>
        <translation>Dövr üzrə əsas icraçı hesabatı</translation>
    </message>
    <message>
        <source>Measure ending</source>
        <translation>Tədbirin icra müddəti bitir</translation>
    </message>
    <message>
        <source>Clarification requested</source>
        <translation>Dəqiqləşdirmə tələb olunur</translation>
    </message>
    <message>
        <source>Finding to remediate</source>
        <translation>Aradan qaldırılmalı çatışmazlıq</translation>
    </message>
    <message>
        <source>Remediation awaiting verification</source>
        <translation>Yoxlanılması gözlənilən aradan qaldırma</translation>
    </message>
    <message>
        <source>Extension request awaiting a decision</source>
        <translation>Qərar gözləyən müddətin uzadılması müraciəti</translation>
    </message>
    <message>
        <source>Working group task</source>
        <translation>İşçi qrupun tapşırığı</translation>
    </message>
</context>
<context>
    <name>listing</name>
    <message>
        <source>Exporting the list</source>
        <translation>Siyahı ixrac edilir</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Siyahının ixracı</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel kitabı (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Səhifə %1 / %2</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Dashboard</source>
        <translation>İdarə paneli</translation>
    </message>
    <message>
        <source>Due list</source>
        <translation>Gözlənilən işlər</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tədbirlər</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>İşçi qruplar</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Yoxlamalar</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Çatışmazlıqlar</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Mübadilə</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Hesabatlar</translation>
    </message>
    <message>
        <source>Partners and keys</source>
        <translation>Tərəfdaşlar və açarlar</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit jurnalı</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
</context>
<context>
    <name>parts</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ciddilik</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Tələb</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>təcili</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Təcili</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <source>Verified, awaiting co-signature</source>
        <translation>Yoxlanılıb, birgə imza gözlənilir</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>gecikmiş</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Bu süzgəclərə uyğun heç nə yoxdur.</translation>
    </message>
</context>
<context>
    <name>sizes</name>
    <message>
        <source>B</source>
        <translation>bayt</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>InfoSec Desk</source>
        <translation>InfoSec Desk</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>add users</source>
        <translation>istifadəçi əlavə etmək</translation>
    </message>
    <message>
        <source>added_by</source>
        <translation>əlavə edən</translation>
    </message>
    <message>
        <source>addendum</source>
        <translation>əlavə</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>inzibatçı</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>gündəlik</translation>
    </message>
    <message>
        <source>approved_by</source>
        <translation>təsdiq edən</translation>
    </message>
    <message>
        <source>approved_by_name</source>
        <translation>təsdiq edənin adı</translation>
    </message>
    <message>
        <source>approved_by_position</source>
        <translation>təsdiq edənin vəzifəsi</translation>
    </message>
    <message>
        <source>approved_by_position_en</source>
        <translation>təsdiq edənin vəzifəsi (ingiliscə)</translation>
    </message>
    <message>
        <source>approving_act</source>
        <translation>təsdiq edən akt</translation>
    </message>
    <message>
        <source>assignees</source>
        <translation>icraçılar</translation>
    </message>
    <message>
        <source>at</source>
        <translation>vaxt</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>qoşma</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>iştirakçılar</translation>
    </message>
    <message>
        <source>author</source>
        <translation>müəllif</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>ehtiyat nüsxə</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>başlanğıc dəyər</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>paket</translation>
    </message>
    <message>
        <source>bundle_export</source>
        <translation>paketin ixracı</translation>
    </message>
    <message>
        <source>bundle_import</source>
        <translation>paketin idxalı</translation>
    </message>
    <message>
        <source>bundle_refused</source>
        <translation>paket rədd edildi</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kart</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kateqoriya</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>sədr</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>rolları dəyişmək</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>parametrləri dəyişmək</translation>
    </message>
    <message>
        <source>change the emblem</source>
        <translation>gerbi dəyişmək</translation>
    </message>
    <message>
        <source>clock_repair</source>
        <translation>saatın düzəldilməsi</translation>
    </message>
    <message>
        <source>co-sign acts and verified closures</source>
        <translation>aktları və yoxlanılmış bağlanmaları birgə imzalamaq</translation>
    </message>
    <message>
        <source>co_executors</source>
        <translation>əlaqədar qurumlar</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>şərh</translation>
    </message>
    <message>
        <source>commission_signature</source>
        <translation>komissiyanın imzası</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>nəticə</translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation>təkrar parol</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>ziddiyyət</translation>
    </message>
    <message>
        <source>conflict_resolve</source>
        <translation>ziddiyyətin həlli</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>davamlı</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>əlaqələndirici orqan</translation>
    </message>
    <message>
        <source>corrective_measure</source>
        <translation>düzəldici tədbir</translation>
    </message>
    <message>
        <source>create</source>
        <translation>yaradılma</translation>
    </message>
    <message>
        <source>criticality</source>
        <translation>kritiklik kateqoriyası</translation>
    </message>
    <message>
        <source>current_passphrase</source>
        <translation>cari parol</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarix</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>icra müddəti</translation>
    </message>
    <message>
        <source>deadline_extension</source>
        <translation>müddətin uzadılması</translation>
    </message>
    <message>
        <source>deadline_reason</source>
        <translation>müddətin əsası</translation>
    </message>
    <message>
        <source>decided_at</source>
        <translation>qərarın tarixi</translation>
    </message>
    <message>
        <source>decided_by</source>
        <translation>qərarı verən</translation>
    </message>
    <message>
        <source>decision_date</source>
        <translation>qərarın tarixi</translation>
    </message>
    <message>
        <source>decision_number</source>
        <translation>qərarın nömrəsi</translation>
    </message>
    <message>
        <source>decision_reason</source>
        <translation>qərarın səbəbi</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>silinmə</translation>
    </message>
    <message>
        <source>description</source>
        <translation>təsvir</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>təyinat yeri</translation>
    </message>
    <message>
        <source>digest</source>
        <translation>həş</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>qovluq</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>istiqamət</translation>
    </message>
    <message>
        <source>done</source>
        <translation>icra olunub</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>qaralama</translation>
    </message>
    <message>
        <source>edit the action plan</source>
        <translation>tədbirlər planını dəyişmək</translation>
    </message>
    <message>
        <source>edit the requirement catalog</source>
        <translation>tələblər kataloqunu dəyişmək</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>redaktor</translation>
    </message>
    <message>
        <source>emblem</source>
        <translation>gerb</translation>
    </message>
    <message>
        <source>end</source>
        <translation>bitmə tarixi</translation>
    </message>
    <message>
        <source>end_date</source>
        <translation>bitmə tarixi</translation>
    </message>
    <message>
        <source>enrol partners</source>
        <translation>tərəfdaşları qeydiyyata almaq</translation>
    </message>
    <message>
        <source>evaluate progress reports</source>
        <translation>icra hesabatlarını qiymətləndirmək</translation>
    </message>
    <message>
        <source>evaluated_at</source>
        <translation>qiymətləndirmə vaxtı</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>qiymətləndirmə</translation>
    </message>
    <message>
        <source>evaluator</source>
        <translation>qiymətləndirən</translation>
    </message>
    <message>
        <source>evidence_ids</source>
        <translation>sübutlar</translation>
    </message>
    <message>
        <source>expected_result</source>
        <translation>gözlənilən nəticə</translation>
    </message>
    <message>
        <source>extension_request</source>
        <translation>müddətin uzadılması müraciəti</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>obyekt</translation>
    </message>
    <message>
        <source>field</source>
        <translation>sahə</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fayl</translation>
    </message>
    <message>
        <source>file_name</source>
        <translation>faylın adı</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fayllar</translation>
    </message>
    <message>
        <source>financing_source</source>
        <translation>maliyyə mənbəyi</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>çatışmazlıq</translation>
    </message>
    <message>
        <source>finding_event</source>
        <translation>çatışmazlığın hadisəsi</translation>
    </message>
    <message>
        <source>finding_ids</source>
        <translation>çatışmazlıqlar</translation>
    </message>
    <message>
        <source>finding_response</source>
        <translation>çatışmazlığa cavab</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>barmaq izi</translation>
    </message>
    <message>
        <source>from_status</source>
        <translation>əvvəlki status</translation>
    </message>
    <message>
        <source>group_decision</source>
        <translation>işçi qrupun qərarı</translation>
    </message>
    <message>
        <source>home</source>
        <translation>iş qovluğu</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>qovşağın açarları</translation>
    </message>
    <message>
        <source>identity_rotate</source>
        <translation>qovşağın açarlarının yenilənməsi</translation>
    </message>
    <message>
        <source>idle_lock_minutes</source>
        <translation>fəaliyyətsizlikdə kilidləmə, dəqiqə</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>təsir</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <source>indicator_actuals</source>
        <translation>indikatorların faktiki dəyərləri</translation>
    </message>
    <message>
        <source>indicator_course</source>
        <translation>indikatorun istiqaməti və aralıq hədəfləri</translation>
    </message>
    <message>
        <source>init</source>
        <translation>qovşağın yaradılması</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>yoxlama</translation>
    </message>
    <message>
        <source>inspection-team</source>
        <translation>yoxlama qrupu</translation>
    </message>
    <message>
        <source>inspection_act</source>
        <translation>yoxlama aktı</translation>
    </message>
    <message>
        <source>inspection_note</source>
        <translation>yoxlama qeydi</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>qurum</translation>
    </message>
    <message>
        <source>iso27001</source>
        <translation>ISO 27001</translation>
    </message>
    <message>
        <source>issued_by</source>
        <translation>verən</translation>
    </message>
    <message>
        <source>issued_on</source>
        <translation>verilmə tarixi</translation>
    </message>
    <message>
        <source>issuing_body</source>
        <translation>sənədi tərtib edən orqan</translation>
    </message>
    <message>
        <source>issuing_body_en</source>
        <translation>sənədi tərtib edən orqan (ingiliscə)</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>saxlanılan dəyər</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>açarlar</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>növ</translation>
    </message>
    <message>
        <source>language</source>
        <translation>dil</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>əsas icraçı</translation>
    </message>
    <message>
        <source>legal_basis</source>
        <translation>hüquqi əsas</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>ehtimal</translation>
    </message>
    <message>
        <source>make a recovery key</source>
        <translation>bərpa açarı yaratmaq</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>ehtiyat nüsxə çıxarmaq</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>sütunların uyğunlaşdırılması</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>məxfilik qrifi</translation>
    </message>
    <message>
        <source>marking_en</source>
        <translation>məxfilik qrifi (ingiliscə)</translation>
    </message>
    <message>
        <source>marking_ru</source>
        <translation>məxfilik qrifi (rusca)</translation>
    </message>
    <message>
        <source>max_clock_skew_hours</source>
        <translation>icazə verilən vaxt fərqi, saat</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>tədbir</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>tədbirlər</translation>
    </message>
    <message>
        <source>media_type</source>
        <translation>faylın növü</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>iclas</translation>
    </message>
    <message>
        <source>members</source>
        <translation>üzvlər</translation>
    </message>
    <message>
        <source>method</source>
        <translation>üsul</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>aralıq hədəflər</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>name_en</source>
        <translation>ad (ingiliscə)</translation>
    </message>
    <message>
        <source>new_date</source>
        <translation>yeni tarix</translation>
    </message>
    <message>
        <source>new_value</source>
        <translation>yeni dəyər</translation>
    </message>
    <message>
        <source>nist_csf</source>
        <translation>NIST CSF</translation>
    </message>
    <message>
        <source>node</source>
        <translation>qovşaq</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nömrə</translation>
    </message>
    <message>
        <source>official_status</source>
        <translation>rəsmi status</translation>
    </message>
    <message>
        <source>old_value</source>
        <translation>əvvəlki dəyər</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>mənbə qovşaq</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>tərəfdaş</translation>
    </message>
    <message>
        <source>partner-agency</source>
        <translation>tərəfdaş qurum</translation>
    </message>
    <message>
        <source>partner_enrol</source>
        <translation>tərəfdaşın qeydiyyatı</translation>
    </message>
    <message>
        <source>partner_history</source>
        <translation>tərəfdaşın audit tarixçəsi</translation>
    </message>
    <message>
        <source>partner_revoke</source>
        <translation>tərəfdaşın ləğvi</translation>
    </message>
    <message>
        <source>partner_rotate</source>
        <translation>tərəfdaşın açarlarının yenilənməsi</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>parol</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>yollar</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>faiz</translation>
    </message>
    <message>
        <source>period</source>
        <translation>hesabat dövrü</translation>
    </message>
    <message>
        <source>period_end</source>
        <translation>dövrün sonu</translation>
    </message>
    <message>
        <source>period_start</source>
        <translation>dövrün başlanğıcı</translation>
    </message>
    <message>
        <source>place</source>
        <translation>yeri</translation>
    </message>
    <message>
        <source>plan_import</source>
        <translation>plan idxalı</translation>
    </message>
    <message>
        <source>plan_revision</source>
        <translation>plana dəyişiklik</translation>
    </message>
    <message>
        <source>prepared_by_name</source>
        <translation>hazırlayanın adı</translation>
    </message>
    <message>
        <source>prepared_by_position</source>
        <translation>hazırlayanın vəzifəsi</translation>
    </message>
    <message>
        <source>prepared_by_position_en</source>
        <translation>hazırlayanın vəzifəsi (ingiliscə)</translation>
    </message>
    <message>
        <source>previous_date</source>
        <translation>əvvəlki tarix</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problemlər</translation>
    </message>
    <message>
        <source>progress_report</source>
        <translation>icra hesabatı</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>səbəb</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>alan</translation>
    </message>
    <message>
        <source>record</source>
        <translation>qeyd</translation>
    </message>
    <message>
        <source>record inspections and findings</source>
        <translation>yoxlamaları və çatışmazlıqları qeydə almaq</translation>
    </message>
    <message>
        <source>record_id</source>
        <translation>qeydin identifikatoru</translation>
    </message>
    <message>
        <source>record_kind</source>
        <translation>qeydin növü</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>bərpa açarı</translation>
    </message>
    <message>
        <source>recovery_key</source>
        <translation>bərpa açarı</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>qeydiyyat nömrəsi</translation>
    </message>
    <message>
        <source>rekey</source>
        <translation>verilənlər bazasının yenidən şifrələnməsi</translation>
    </message>
    <message>
        <source>remove users</source>
        <translation>istifadəçiləri silmək</translation>
    </message>
    <message>
        <source>repair the clock</source>
        <translation>saatı düzəltmək</translation>
    </message>
    <message>
        <source>report</source>
        <translation>hesabat</translation>
    </message>
    <message>
        <source>report progress</source>
        <translation>icra haqqında hesabat vermək</translation>
    </message>
    <message>
        <source>report_approved_by</source>
        <translation>uyğunluq hesabatını təsdiq edən (soyadı, adı, vəzifəsi)</translation>
    </message>
    <message>
        <source>report_prepared_by</source>
        <translation>uyğunluq hesabatını hazırlayan (soyadı, adı, vəzifəsi)</translation>
    </message>
    <message>
        <source>representatives</source>
        <translation>nümayəndələr</translation>
    </message>
    <message>
        <source>requested_date</source>
        <translation>xahiş olunan müddət</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>tələb</translation>
    </message>
    <message>
        <source>respond to findings</source>
        <translation>çatışmazlıqlara cavab vermək</translation>
    </message>
    <message>
        <source>response</source>
        <translation>cavab</translation>
    </message>
    <message>
        <source>response_at</source>
        <translation>cavab vaxtı</translation>
    </message>
    <message>
        <source>result</source>
        <translation>nəticə</translation>
    </message>
    <message>
        <source>revised_at</source>
        <translation>dəyişiklik vaxtı</translation>
    </message>
    <message>
        <source>revised_by</source>
        <translation>dəyişikliyi edən</translation>
    </message>
    <message>
        <source>revoke partners</source>
        <translation>tərəfdaşları ləğv etmək</translation>
    </message>
    <message>
        <source>risk_days_I</source>
        <translation>I kateqoriya üzrə aradan qaldırma günləri</translation>
    </message>
    <message>
        <source>risk_days_II</source>
        <translation>II kateqoriya üzrə aradan qaldırma günləri</translation>
    </message>
    <message>
        <source>risk_days_III</source>
        <translation>III kateqoriya üzrə aradan qaldırma günləri</translation>
    </message>
    <message>
        <source>risk_urgent_I</source>
        <translation>I kateqoriya üzrə təcililik balı</translation>
    </message>
    <message>
        <source>risk_urgent_II</source>
        <translation>II kateqoriya üzrə təcililik balı</translation>
    </message>
    <message>
        <source>risk_urgent_III</source>
        <translation>III kateqoriya üzrə təcililik balı</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>rotate the node&apos;s keys</source>
        <translation>qovşağın açarlarını yeniləmək</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>əhatə dairəsi</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>göndərən</translation>
    </message>
    <message>
        <source>set another user&apos;s passphrase</source>
        <translation>başqa istifadəçinin parolunu təyin etmək</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>parametr</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>təhlükə dərəcəsi</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>side</source>
        <translation>imzalayan tərəf</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>imza</translation>
    </message>
    <message>
        <source>signed_at</source>
        <translation>imza vaxtı</translation>
    </message>
    <message>
        <source>signed_by</source>
        <translation>imzalayan şəxs</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>imzalayan qovşaq</translation>
    </message>
    <message>
        <source>signing_key</source>
        <translation>imza açarı</translation>
    </message>
    <message>
        <source>size</source>
        <translation>həcm</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>aktın mətni</translation>
    </message>
    <message>
        <source>source_id</source>
        <translation>mənbə</translation>
    </message>
    <message>
        <source>source_kind</source>
        <translation>mənbənin növü</translation>
    </message>
    <message>
        <source>start</source>
        <translation>başlama tarixi</translation>
    </message>
    <message>
        <source>start_date</source>
        <translation>başlama tarixi</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>status_decision</source>
        <translation>status haqqında qərar</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>strategiya</translation>
    </message>
    <message>
        <source>submitted_at</source>
        <translation>təqdim edilmə vaxtı</translation>
    </message>
    <message>
        <source>target</source>
        <translation>hədəf dəyər</translation>
    </message>
    <message>
        <source>team</source>
        <translation>yoxlama qrupunun üzvləri</translation>
    </message>
    <message>
        <source>team_node</source>
        <translation>yoxlama qrupunun qovşağı</translation>
    </message>
    <message>
        <source>text</source>
        <translation>mətn</translation>
    </message>
    <message>
        <source>title</source>
        <translation>adı</translation>
    </message>
    <message>
        <source>title_en</source>
        <translation>adı (ingiliscə)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hədəf qovluq</translation>
    </message>
    <message>
        <source>to_status</source>
        <translation>yeni status</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>ölçü vahidi</translation>
    </message>
    <message>
        <source>unlock_failures</source>
        <translation>uğursuz kilidaçma cəhdləri</translation>
    </message>
    <message>
        <source>update</source>
        <translation>dəyişiklik</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>anbarın yenilənməsi</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>təcili</translation>
    </message>
    <message>
        <source>user</source>
        <translation>istifadəçi</translation>
    </message>
    <message>
        <source>user_add</source>
        <translation>istifadəçinin əlavə edilməsi</translation>
    </message>
    <message>
        <source>user_key</source>
        <translation>istifadəçi açarının təyini</translation>
    </message>
    <message>
        <source>user_remove</source>
        <translation>istifadəçinin silinməsi</translation>
    </message>
    <message>
        <source>user_role</source>
        <translation>istifadəçinin rolunun dəyişməsi</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>müşahidəçi</translation>
    </message>
    <message>
        <source>within</source>
        <translation>müddət</translation>
    </message>
    <message>
        <source>work_done</source>
        <translation>görülən iş</translation>
    </message>
    <message>
        <source>working_group</source>
        <translation>işçi qrup</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>iş qovluğu</translation>
    </message>
</context>
</TS>
