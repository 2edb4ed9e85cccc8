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
        <source>Audit log</source>
        <translation>Audit jurnalı</translation>
    </message>
    <message>
        <source>%1 entries shown of %2 in the log (at most %3, newest first)</source>
        <translation>Jurnaldakı %2 qeyddən %1 göstərilir (ən çoxu %3, ən yenisi əvvəldə)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Yoxlanılır…</translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries, each linked to the one before. Head: %2</source>
        <translation>Zəncir bütövdür: %1 qeyd, hər biri əvvəlkinə bağlıdır. Baş: %2</translation>
    </message>
    <message>
        <source>The chain is broken: %1. The first %2 entries are intact.</source>
        <translation>Zəncir pozulub: %1. İlk %2 qeyd bütövdür.</translation>
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
    <message>
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
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
        <source>Dashboard</source>
        <translation>İdarə paneli</translation>
    </message>
    <message>
        <source>Reporting period %1</source>
        <translation>Hesabat dövrü %1</translation>
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
        <source>&amp;Result:</source>
        <translation>&amp;Nəticə:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Şərh:</translation>
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
        <source>Exchange</source>
        <translation>Mübadilə</translation>
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
        <source>Deadline</source>
        <translation>Müddət</translation>
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
        <source>Response</source>
        <translation>Cavab</translation>
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
        <source>Verify and close</source>
        <translation>Yoxla və bağla</translation>
    </message>
    <message>
        <source>Return for remediation</source>
        <translation>Düzəlişə qaytar</translation>
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
        <source>Findings</source>
        <translation>Çatışmazlıqlar</translation>
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
        <source>overdue</source>
        <translation>gecikmiş</translation>
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
        <source>Close finding %1 as verified? The institution sees it closed with the next bundle; only the commission can return it for remediation.</source>
        <translation>%1 çatışmazlığı yoxlanılmış kimi bağlansın? Qurum onu növbəti paketlə bağlanmış görür; yalnız komissiya onu düzəlişə qaytara bilər.</translation>
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
        <source>This computer is set up. Give partners this node&apos;s key card: save it as a PDF, print it, sign it and hand it over with the card file.</source>
        <translation>Bu kompüter quraşdırıldı. Tərəfdaşlara bu qovşağın açar kartını verin: onu PDF kimi saxlayın, çap edin, imzalayın və kart faylı ilə birlikdə təhvil verin.</translation>
    </message>
    <message>
        <source>Save the key card as PDF…</source>
        <translation>Açar kartını PDF kimi saxla…</translation>
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
    <message>
        <source>%1 new, %2 updated, %3 conflicts</source>
        <translation>%1 yeni, %2 yenilənmiş, %3 ziddiyyət</translation>
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
        <source>Scope</source>
        <translation>Əhatə</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Nəticə</translation>
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
        <source>No inspection of this institution has been recorded.</source>
        <translation>Bu qurumun heç bir yoxlaması qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Yoxlamalar</translation>
    </message>
    <message>
        <source>No inspection selected</source>
        <translation>Yoxlama seçilməyib</translation>
    </message>
    <message>
        <source>Inspection %s</source>
        <translation>Yoxlama %s</translation>
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
        <translation>&amp;Yalnız vaxtı keçmiş</translation>
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
        <source>E&amp;valuate…</source>
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
        <source>Measures</source>
        <translation>Tədbirlər</translation>
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
        <source>Indicator</source>
        <translation>Göstərici</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Vahid</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hədəf</translation>
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
        <source>&amp;Attach…</source>
        <translation>&amp;Əlavə et…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Surətini saxla…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
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
        <source>(draft)</source>
        <translation>(qaralama)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>hesabat</translation>
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
    <name>PartnerPage</name>
    <message>
        <source>The coordinating body&apos;s key card</source>
        <translation>Əlaqələndirici orqanın açar kartı</translation>
    </message>
    <message>
        <source>Bundles go to the coordinating body encrypted for its key. Load the card file it gave you and compare the fingerprint with its printed key card.</source>
        <translation>Paketlər əlaqələndirici orqana onun açarı ilə şifrələnərək göndərilir. Sizə verdiyi kart faylını yükləyin və barmaq izini çap olunmuş açar kartı ilə müqayisə edin.</translation>
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
        <source>2026, 2026-H1 or 2026-Q3</source>
        <translation>2026, 2026-H1 və ya 2026-Q3</translation>
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
        <source>Bundle</source>
        <translation>Paket</translation>
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
        <source>Reports</source>
        <translation>Hesabatlar</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Bütün qurumlar</translation>
    </message>
    <message>
        <source>For official use</source>
        <translation>Xidməti istifadə üçün</translation>
    </message>
    <message>
        <source>Generating the report</source>
        <translation>Hesabat hazırlanır</translation>
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
        <source>Add files…</source>
        <translation>Fayl əlavə et…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Sil</translation>
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
    <message>
        <source>Evidence files</source>
        <translation>Sübut faylları</translation>
    </message>
    <message>
        <source>cannot read %s</source>
        <translation>%s oxuna bilmir</translation>
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
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Fəaliyyətsizlikdən sonra kilidlə:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Parol ifadəsini &amp;dəyiş</translation>
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
        <source>New &amp;passphrase:</source>
        <translation>Yeni &amp;parol ifadəsi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
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
        <source>Set &amp;role</source>
        <translation>&amp;Rolu təyin et</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>İstifadəçi ə&amp;lavə et…</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>İstifadəçilər və rollar</translation>
    </message>
    <message>
        <source>For official use</source>
        <translation>Xidməti istifadə üçün</translation>
    </message>
    <message>
        <source>&amp;Save marking</source>
        <translation>Qrifi &amp;saxla</translation>
    </message>
    <message>
        <source>Choose &amp;emblem…</source>
        <translation>&amp;Gerbi seç…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Sənədlər</translation>
    </message>
    <message>
        <source>Classification &amp;marking:</source>
        <translation>Məxfilik &amp;qrifi:</translation>
    </message>
    <message>
        <source>Emblem:</source>
        <translation>Gerb:</translation>
    </message>
    <message>
        <source>&amp;Back up the workspace…</source>
        <translation>İş sahəsinin ehtiyat &amp;nüsxəsini çıxar…</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Ehtiyat nüsxəni &amp;bərpa et…</translation>
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
        <source>Settings</source>
        <translation>Parametrlər</translation>
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
        <source>This user is the administrator. The passphrase unlocks the encrypted store: nobody can recover it for you, so choose a long phrase you will remember.</source>
        <translation>Bu istifadəçi administratordur. Parol ifadəsi şifrələnmiş anbarı açır: onu heç kim sizin üçün bərpa edə bilməz, ona görə yadda saxlayacağınız uzun ifadə seçin.</translation>
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
        <source>Build a coordinator, institutions and an inspection team with sample data in a folder you choose, and open the coordinator.</source>
        <translation>Seçdiyiniz qovluqda nümunə məlumatlarla əlaqələndirici, qurumlar və yoxlama qrupu yaradın və əlaqələndiricini açın.</translation>
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
        <translation>Tamamlanıb</translation>
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
        <source>Accepted</source>
        <translation>Qəbul edilib</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation>Dəqiqləşdirmə tələb olunur</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rədd edilib</translation>
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
        <source>Scheduled</source>
        <translation>Planlı</translation>
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
        <source>Planned</source>
        <translation>Planlaşdırılıb</translation>
    </message>
    <message>
        <source>Report issued</source>
        <translation>Akt tərtib edilib</translation>
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
        <source>overdue</source>
        <translation>gecikmiş</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Bu süzgəclərə uyğun heç nə yoxdur.</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>InfoSec Desk</source>
        <translation>InfoSec Desk</translation>
    </message>
</context>
</TS>
