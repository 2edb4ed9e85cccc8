<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About InfoSec Desk</source>
        <translation>О программе InfoSec Desk</translation>
    </message>
    <message>
        <source>The release manifest does not check out: %1</source>
        <translation>Манифест выпуска не прошёл проверку: %1</translation>
    </message>
    <message>
        <source>A development copy, not a signed release build.</source>
        <translation>Рабочая копия разработки, не подписанная сборка выпуска.</translation>
    </message>
    <message>
        <source>Release %1, commit %2, signed with release key %3.</source>
        <translation>Выпуск %1, коммит %2, подписан ключом выпуска %3.</translation>
    </message>
    <message>
        <source>Release fingerprint (SHA-256 of RELEASE.json):</source>
        <translation>Отпечаток выпуска (SHA-256 файла RELEASE.json):</translation>
    </message>
    <message>
        <source>InfoSec Desk: the action plan of the Information Security and Cybersecurity Strategy 2023-2027 and inspections of critical information infrastructure, offline, with an encrypted store.</source>
        <translation>InfoSec Desk: План мероприятий Стратегии информационной безопасности и кибербезопасности на 2023-2027 годы и проверки критической информационной инфраструктуры, без сети, с зашифрованным хранилищем.</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Входящие компоненты и их лицензии</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3 as separate shared libraries, which may be replaced with other builds of the same version; their source code is published by the Qt Project.</source>
        <translation>Qt и PySide6 используются по лицензии GNU LGPL версии 3 как отдельные разделяемые библиотеки, которые можно заменить другими сборками той же версии; их исходный код публикует Qt Project.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Добавление пользователя</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>First &amp;passphrase:</source>
        <translation>Первая &amp;парольная фраза:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>П&amp;овторите её:</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>парольные фразы не совпадают</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>the application is locked</source>
        <translation>приложение заблокировано</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ИД</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <source>Text in the record or detail</source>
        <translation>Текст в записи или подробностях</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <source>%1 entries shown of %2 in the log (at most %3, newest first)</source>
        <translation>Показано записей: %1 из %2 в журнале (не более %3, сначала новые)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n entries, each linked to the one before. Head: %1</source>
        <translation>
            <numerusform>Цепочка не нарушена: %n запись, каждая связана с предыдущей. Последнее звено: %1</numerusform>
            <numerusform>Цепочка не нарушена: %n записи, каждая связана с предыдущей. Последнее звено: %1</numerusform>
            <numerusform>Цепочка не нарушена: %n записей, каждая связана с предыдущей. Последнее звено: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is broken: %1. Entries intact before it: %n.</source>
        <translation>
            <numerusform>Цепочка нарушена: %1. Неповреждённых записей до неё: %n.</numerusform>
            <numerusform>Цепочка нарушена: %1. Неповреждённых записей до неё: %n.</numerusform>
            <numerusform>Цепочка нарушена: %1. Неповреждённых записей до неё: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundlePanel</name>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 байт (%2)</translation>
    </message>
    <message>
        <source>Print the transfer form…</source>
        <translation>Печать акта передачи…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
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
        <translation>Отмена мероприятия %1</translation>
    </message>
    <message>
        <source>The measure stays in the plan with its reports and its history; from the day the cancellation takes effect it is shown as cancelled and is neither overdue nor due a report.</source>
        <translation>Мероприятие остаётся в плане вместе с отчётами и историей; со дня вступления отмены в силу оно показывается отменённым, не считается просроченным и отчёт по нему не ожидается.</translation>
    </message>
    <message>
        <source>The cancellation takes effect on this day (else today)</source>
        <translation>Отмена вступает в силу в этот день (если не указан — сегодня)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Номер решения:</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>&amp;Дата решения:</translation>
    </message>
</context>
<context>
    <name>ConflictSide</name>
    <message>
        <source>by %1, %2</source>
        <translation>Автор: %1, %2</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Разрешен</translation>
    </message>
    <message>
        <source>No conflicts to review: every import merged without concurrent edits. Conflicts appear here after an import, when two desks changed the same field.</source>
        <translation>Конфликтов нет: каждый импорт объединён без одновременных изменений. Конфликты появляются здесь после импорта, если два рабочих места изменили одно и то же поле.</translation>
    </message>
    <message>
        <source>Show resolved conflicts</source>
        <translation>Показывать разрешенные конфликты</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Значение здесь</translation>
    </message>
    <message>
        <source>Incoming value</source>
        <translation>Полученное значение</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n открытый конфликт</numerusform>
            <numerusform>%n открытых конфликта</numerusform>
            <numerusform>%n открытых конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Конфликт не выбран</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Оставить это значение</translation>
    </message>
    <message>
        <source>%1 %2: field “%3”</source>
        <translation>%1 %2: поле «%3»</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Оставлено</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Разрешить конфликт</translation>
    </message>
    <message>
        <source>Keep “%1” in %2? The other value is set aside for good (the conflict&apos;s history keeps it), and partners receive the kept one with the next bundle.</source>
        <translation>Оставить «%1» в %2? Другое значение откладывается окончательно (оно остаётся в истории конфликта), партнёры получат сохраненное со следующим пакетом.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Measures</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Mean completion</source>
        <translation>Среднее исполнение</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Открытые недостатки</translation>
    </message>
    <message>
        <source>Urgent findings</source>
        <translation>Срочные недостатки</translation>
    </message>
    <message>
        <source>Due in 30 days</source>
        <translation>Ожидается в течение 30 дней</translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation>Мероприятия по статусу</translation>
    </message>
    <message>
        <source>Measures by direction</source>
        <translation>Мероприятия по направлениям</translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation>Открытые недостатки по степени серьёзности</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Недостаток</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Measures led</source>
        <translation>Мероприятий в ведении</translation>
    </message>
    <message>
        <source>Reports missing</source>
        <translation>Не представлено отчётов</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Последний полученный пакет</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <source>Overdue measures</source>
        <translation>Просроченные мероприятия</translation>
    </message>
    <message>
        <source>Reporting period %1</source>
        <translation>Отчётный период %1</translation>
    </message>
    <message>
        <source>The action plan is empty. Next step: enter the strategy, its directions and measures, then enrol the institutions on Partners and keys and send each one its first bundle.</source>
        <translation>План мероприятий пуст. Следующий шаг: внесите стратегию, её направления и мероприятия, затем зарегистрируйте учреждения на странице «Партнёры и ключи» и отправьте каждому его первый пакет.</translation>
    </message>
    <message>
        <source>Open the measures</source>
        <translation>Открыть мероприятия</translation>
    </message>
    <message>
        <source>Nothing has arrived from the coordinating body yet. Next step: import the bundle it sent you on removable media; the action plan, your measures and findings come with it.</source>
        <translation>От координирующего органа ещё ничего не поступало. Следующий шаг: импортируйте пакет, который он прислал вам на съёмном носителе; с ним придут план мероприятий, ваши мероприятия и недостатки.</translation>
    </message>
    <message>
        <source>Import the coordinator&apos;s bundle…</source>
        <translation>Импортировать пакет координирующего органа…</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>%1: opens the list it counts</source>
        <translation>%1: открывает список, который считает</translation>
    </message>
</context>
<context>
    <name>DecideExtensionDialog</name>
    <message>
        <source>Decide the request for more time on %s</source>
        <translation>Решение по запросу о продлении срока по %s</translation>
    </message>
    <message>
        <source>%1 → %2, asked by %3</source>
        <translation>%1 → %2, запросил: %3</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>%1, not earlier than asked: an approval keeps it</source>
        <translation>%1, не раньше запрошенного: одобрение его сохраняет</translation>
    </message>
    <message>
        <source>Current deadline</source>
        <translation>Текущий срок</translation>
    </message>
    <message>
        <source>Its reason</source>
        <translation>Основание запроса</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Edit decision %s</source>
        <translation>Изменение решения %s</translation>
    </message>
    <message>
        <source>New decision of meeting %s</source>
        <translation>Новое решение заседания %s</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Мероприятия</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Decide the dispute of finding %s</source>
        <translation>Решение по возражению на недостаток %s</translation>
    </message>
    <message>
        <source>Dispute finding %s</source>
        <translation>Возражение на недостаток %s</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Nothing is due within the chosen number of days.</source>
        <translation>В выбранный срок ничего не ожидается.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Print due list…</source>
        <translation>Печать списка…</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>В течение</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Все учреждения</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n item(s), %2 overdue.</source>
        <translation>
            <numerusform>На %1: %n пункт, просрочено %2.</numerusform>
            <numerusform>На %1: %n пункта, просрочено %2.</numerusform>
            <numerusform>На %1: %n пунктов, просрочено %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a partner</source>
        <translation>Регистрация партнёра</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Card made</source>
        <translation>Карточка создана</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the partner&apos;s paper key card (or heard it read aloud) and every character matches</source>
        <translation>Я сверил этот отпечаток с бумажной карточкой ключа партнёра (или выслушал его зачитанным вслух), и все символы совпадают</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>compare the fingerprint before enrolling the partner</source>
        <translation>сверьте отпечаток перед регистрацией партнёра</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluate the report</source>
        <translation>Оценка отчёта</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Выполненная работа:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Проблемы:</translation>
    </message>
    <message>
        <source>Earlier evaluations:</source>
        <translation>Прежние оценки:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Файлы подтверждающих материалов</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No bundle sent or received yet. Export writes one bundle per partner onto a stick or a folder; Import checks and merges what partners sent.</source>
        <translation>Пакеты ещё не отправлялись и не получались. Экспорт записывает по пакету на каждого партнёра на флешку или в папку; Импорт проверяет и объединяет присланное партнёрами.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Transfer form…</source>
        <translation>Акт передачи…</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединен</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Уже импортирован</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <source>data differs</source>
        <translation>данные различаются</translation>
    </message>
    <message numerus="yes">
        <source>%n active partner(s).</source>
        <translation>
            <numerusform>%n активный партнёр.</numerusform>
            <numerusform>%n активных партнёра.</numerusform>
            <numerusform>%n активных партнёров.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last export: %s.</source>
        <translation>Последний экспорт: %s.</translation>
    </message>
    <message>
        <source>Last import: %s.</source>
        <translation>Последний импорт: %s.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Transfer form</source>
        <translation>Акт передачи</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message numerus="yes">
        <source>All partners (one bundle each, %n bundle(s))</source>
        <translation>
            <numerusform>Все партнёры (по пакету каждому, %n пакет)</numerusform>
            <numerusform>Все партнёры (по пакету каждому, %n пакета)</numerusform>
            <numerusform>Все партнёры (по пакету каждому, %n пакетов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send everything in scope again (full export)</source>
        <translation>Отправить заново все данные для получателя (полный экспорт)</translation>
    </message>
    <message>
        <source>Choose a removable drive…</source>
        <translation>Выберите съемный диск…</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (свободно %2)</translation>
    </message>
    <message>
        <source>Folder or drive to write the bundle to</source>
        <translation>Папка или диск для записи пакета</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Папка…</translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation>Будет отправлено</translation>
    </message>
    <message>
        <source>Write these on the transfer form</source>
        <translation>Внесите эти данные в акт передачи</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Получатель</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Место записи</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Прервать экспорт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No partner is enrolled: enrol one on the Partners page.</source>
        <translation>Нет зарегистрированных партнёров: зарегистрируйте партнёра на странице «Партнёры и ключи».</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Папка назначения</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчет…</translation>
    </message>
    <message>
        <source>Nothing new since the last acknowledged bundle.</source>
        <translation>Со времени последнего подтвержденного пакета нет ничего нового.</translation>
    </message>
    <message>
        <source>%1 records (%2), %3 files; about %4 before encryption</source>
        <translation>Записей: %1 (%2), файлов: %3; около %4 до шифрования</translation>
    </message>
    <message>
        <source>choose an existing folder or drive</source>
        <translation>выберите существующую папку или диск</translation>
    </message>
    <message>
        <source>To %1 — %2</source>
        <translation>Для %1 — %2</translation>
    </message>
    <message>
        <source>Only the bundles shown were written; then: %1</source>
        <translation>Записаны только показанные пакеты; затем: %1</translation>
    </message>
</context>
<context>
    <name>ExtendDeadlineDialog</name>
    <message>
        <source>Extend the deadline of %s</source>
        <translation>Продление срока по недостатку %s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Current deadline</source>
        <translation>Текущий срок</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>New finding</source>
        <translation>Новый недостаток</translation>
    </message>
    <message>
        <source>Edit finding %s</source>
        <translation>Изменение недостатка %s</translation>
    </message>
    <message>
        <source>(no requirement)</source>
        <translation>(без требования)</translation>
    </message>
    <message>
        <source>(whole institution)</source>
        <translation>(учреждение в целом)</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Воздействие</translation>
    </message>
    <message>
        <source>Only for a deadline other than the weighing gives</source>
        <translation>Только для срока, отличного от рассчитанного по оценке</translation>
    </message>
    <message>
        <source>Urgent measure: a breach is likely</source>
        <translation>Срочная мера: высока вероятность нарушения</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Corrective measure</source>
        <translation>Меры по устранению</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Reason for the deadline</source>
        <translation>Основание срока</translation>
    </message>
    <message>
        <source>Not weighed: give both likelihood and impact.</source>
        <translation>Не оценено: укажите и вероятность, и воздействие.</translation>
    </message>
    <message>
        <source>Risk score %1 of 25 at a CII class %2 facility: default deadline %3</source>
        <translation>Оценка риска %1 из 25, объект КИИ категории %2: срок по умолчанию %3</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>срочно</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>All severities</source>
        <translation>Все степени</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Not yet remediated</source>
        <translation>Ещё не устранены</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Все учреждения</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочные</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>Поиск недостатков</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Corrective measure</source>
        <translation>Меры по устранению</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Продления срока</translation>
    </message>
    <message>
        <source>Requests for more time</source>
        <translation>Запросы о продлении срока</translation>
    </message>
    <message>
        <source>Latest response</source>
        <translation>Последний ответ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Проверить…</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Возразить…</translation>
    </message>
    <message>
        <source>Decide dispute…</source>
        <translation>Решение по возражению…</translation>
    </message>
    <message>
        <source>Ask for more time…</source>
        <translation>Запросить продление…</translation>
    </message>
    <message>
        <source>Decide request…</source>
        <translation>Решить по запросу…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Открыть снова…</translation>
    </message>
    <message>
        <source>Not weighed (CII class %1)</source>
        <translation>Не оценено (категория КИИ %1)</translation>
    </message>
    <message>
        <source>Risk score %1 of 25 (likelihood %2, impact %3), CII class %4</source>
        <translation>Оценка риска %1 из 25 (вероятность %2, воздействие %3), категория КИИ %4</translation>
    </message>
    <message>
        <source>as the weighing gives</source>
        <translation>по оценке угрозы</translation>
    </message>
    <message>
        <source>set by the team: %1</source>
        <translation>установлен группой: %1</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>продлён</translation>
    </message>
    <message>
        <source>%1 asked for %2: %3</source>
        <translation>%1 запрошено продление до %2: %3</translation>
    </message>
    <message>
        <source>awaiting a decision</source>
        <translation>ожидает решения</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Ответ: %1</translation>
    </message>
    <message>
        <source>Record response…</source>
        <translation>Внести ответ…</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Добавить материалы…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Shows a PDF here, without writing it to disk</source>
        <translation>Показывает PDF здесь, не записывая его на диск</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждающие материалы</translation>
    </message>
    <message>
        <source>No findings about this institution. Findings of an inspection come with the coordinator&apos;s bundle (Exchange page).</source>
        <translation>Недостатков по этому учреждению нет. Недостатки проверки приходят с пакетом координатора (страница «Обмен»).</translation>
    </message>
    <message>
        <source>No findings yet. Add them to an inspection on the Inspections page.</source>
        <translation>Недостатков пока нет. Добавляйте их к проверке на странице «Проверки».</translation>
    </message>
    <message>
        <source>%1 of %2 findings</source>
        <translation>Недостатков: %1 из %2</translation>
    </message>
    <message>
        <source>No finding selected</source>
        <translation>Недостаток не выбран</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>срочно</translation>
    </message>
    <message>
        <source>Finding %s</source>
        <translation>Недостаток %s</translation>
    </message>
    <message>
        <source>%1 → %2: %3 (approved by %4)</source>
        <translation>%1 → %2: %3 (утвердил: %4)</translation>
    </message>
    <message>
        <source>Signed for the issuing agency, key %1</source>
        <translation>Подписано от имени выдавшего ведомства, ключ %1</translation>
    </message>
    <message>
        <source>Co-signed for the partner agency, key %1</source>
        <translation>Подписано совместно от имени ведомства-партнёра, ключ %1</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Файлы подтверждающих материалов</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранение копии</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>This computer is set up. Give each partner two things: the card file, which their InfoSec Desk loads to enrol this node, and the key card PDF, printed and signed, to compare the fingerprint with.</source>
        <translation>Этот компьютер настроен. Передайте каждому партнёру две вещи: файл карточки, который его InfoSec Desk загружает, чтобы зарегистрировать этот узел, и карточку ключей в PDF, напечатанную и подписанную, для сравнения отпечатка.</translation>
    </message>
    <message>
        <source>Save the card file…</source>
        <translation>Сохранить файл карточки…</translation>
    </message>
    <message>
        <source>Save the key card as PDF…</source>
        <translation>Сохранить карточку ключа в PDF…</translation>
    </message>
    <message>
        <source>Save the card file</source>
        <translation>Сохранить файл карточки</translation>
    </message>
    <message>
        <source>Key cards (*.card)</source>
        <translation>Карточки ключей (*.card)</translation>
    </message>
    <message>
        <source>Save the key card</source>
        <translation>Сохранение карточки ключа</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New working group</source>
        <translation>Новая рабочая группа</translation>
    </message>
    <message>
        <source>CODE=Name, position (one a line)</source>
        <translation>КОД=Имя, должность (по одному в строке)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Название (на английском)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Представители</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>Add a removable drive…</source>
        <translation>Добавить съемный диск…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Review conflicts</source>
        <translation>Просмотреть конфликты</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Bundle files, or folders and drives holding them:</source>
        <translation>Файлы пакетов или содержащие их папки и диски:</translation>
    </message>
    <message>
        <source>Bundle files</source>
        <translation>Файлы пакетов</translation>
    </message>
    <message>
        <source>Bundles (*.age);;All files (*)</source>
        <translation>Пакеты (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Folder with bundles</source>
        <translation>Папка с пакетами</translation>
    </message>
    <message>
        <source>No new bundle files there.</source>
        <translation>Новых файлов пакетов там нет.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n bundle(s)</source>
        <translation>
            <numerusform>Объединить %n пакет</numerusform>
            <numerusform>Объединить %n пакета</numerusform>
            <numerusform>Объединить %n пакетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) can be merged.</source>
        <translation>
            <numerusform>Можно объединить %n пакет.</numerusform>
            <numerusform>Можно объединить %n пакета.</numerusform>
            <numerusform>Можно объединить %n пакетов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) for other desks: left where they are.</source>
        <translation>
            <numerusform>%n пакет для других рабочих мест: остаётся на месте.</numerusform>
            <numerusform>%n пакета для других рабочих мест: остаются на месте.</numerusform>
            <numerusform>%n пакетов для других рабочих мест: остаются на месте.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) refused: nothing of them will change.</source>
        <translation>
            <numerusform>Отклонён %n пакет: ничего из него не будет применено.</numerusform>
            <numerusform>Отклонено %n пакета: ничего из них не будет применено.</numerusform>
            <numerusform>Отклонено %n пакетов: ничего из них не будет применено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed yet: check the preview, then merge.</source>
        <translation>Пока ничего не изменено: проверьте предварительный просмотр, затем объедините.</translation>
    </message>
    <message>
        <source>from %1, no. %2</source>
        <translation>от %1, № %2</translation>
    </message>
    <message>
        <source>For another desk: this computer cannot open it; nothing to do.</source>
        <translation>Для другого рабочего места: этот компьютер не может его открыть; ничего делать не нужно.</translation>
    </message>
    <message>
        <source>Refused: %s</source>
        <translation>Отклонён: %s</translation>
    </message>
    <message>
        <source>Already imported: nothing new</source>
        <translation>Уже импортирован: ничего нового</translation>
    </message>
    <message>
        <source>Verified: can be merged</source>
        <translation>Проверен: можно объединить</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединен</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 conflicts, %4 files</source>
        <translation>новых: %1, обновлено: %2, конфликтов: %3, файлов: %4</translation>
    </message>
    <message>
        <source>Technical reason: %s</source>
        <translation>Техническая причина: %s</translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 updated, %n conflict(s)</source>
        <translation>
            <numerusform>%1 новых, %2 обновлено, %n конфликт</numerusform>
            <numerusform>%1 новых, %2 обновлено, %n конфликта</numerusform>
            <numerusform>%1 новых, %2 обновлено, %n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>files</source>
        <translation>файлы</translation>
    </message>
    <message>
        <source>%1 new (%2)</source>
        <translation>новых: %1 (%2)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Shared data</source>
        <translation>Общие данные</translation>
    </message>
    <message>
        <source>same as the sender&apos;s</source>
        <translation>совпадают с данными отправителя</translation>
    </message>
    <message>
        <source>differs from the sender&apos;s: more bundles are on the way</source>
        <translation>отличаются от данных отправителя: в пути ещё пакеты</translation>
    </message>
    <message>
        <source>as %1 sees it on %2, within %3 days: %4</source>
        <translation>по данным %1 на %2, в течение %3 дней: %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>this bundle was made for another computer.</source>
        <translation>этот пакет подготовлен для другого компьютера.</translation>
    </message>
    <message>
        <source>the sender is not enrolled here; enrol its key card on the Partners page.</source>
        <translation>отправитель здесь не зарегистрирован; зарегистрируйте его карточку ключа на странице «Партнёры и ключи».</translation>
    </message>
    <message>
        <source>the sender&apos;s key has been revoked or replaced.</source>
        <translation>ключ отправителя отозван или заменен.</translation>
    </message>
    <message>
        <source>the signature is not the sender&apos;s: the bundle may be forged.</source>
        <translation>подпись не принадлежит отправителю: пакет может быть поддельным.</translation>
    </message>
    <message>
        <source>this bundle is older than one already imported.</source>
        <translation>этот пакет старше уже импортированного.</translation>
    </message>
    <message>
        <source>it changes records its sender may not change.</source>
        <translation>он изменяет записи, которые отправитель не вправе изменять.</translation>
    </message>
    <message>
        <source>the file was changed or damaged after it was written (a modified byte or an incomplete copy).</source>
        <translation>файл изменён или повреждён после записи (измененный байт или неполная копия).</translation>
    </message>
    <message>
        <source>the file cannot be read.</source>
        <translation>файл не удаётся прочитать.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) merged.</source>
        <translation>
            <numerusform>Объединен %n пакет.</numerusform>
            <numerusform>Объединено %n пакета.</numerusform>
            <numerusform>Объединено %n пакетов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent edit(s) were kept as conflicts for review.</source>
        <translation>
            <numerusform>%n одновременное изменение сохранено как конфликт для рассмотрения.</numerusform>
            <numerusform>%n одновременных изменения сохранены как конфликты для рассмотрения.</numerusform>
            <numerusform>%n одновременных изменений сохранено как конфликты для рассмотрения.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Edit indicator</source>
        <translation>Изменить индикатор</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Новый индикатор</translation>
    </message>
    <message>
        <source>From the baseline and the target</source>
        <translation>По базовому и целевому значению</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Planned value</source>
        <translation>Плановое значение</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Базовое значение:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Целевое значение:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление изменения:</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>&amp;Промежуточные цели:</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation>Новая проверка</translation>
    </message>
    <message>
        <source>Edit inspection</source>
        <translation>Изменение проверки</translation>
    </message>
    <message>
        <source>Assigned automatically when empty</source>
        <translation>Если не указан, присваивается автоматически</translation>
    </message>
    <message>
        <source>Names separated by commas</source>
        <translation>Имена через запятую</translation>
    </message>
    <message>
        <source>(none: this desk records the findings)</source>
        <translation>(нет: недостатки записывает это рабочее место)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Team node</source>
        <translation>Узел группы</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Предмет проверки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>New inspection…</source>
        <translation>Новая проверка…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Team node</source>
        <translation>Узел группы</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Предмет проверки</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <source>Type a note and press Enter</source>
        <translation>Введите заметку и нажмите Enter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Add finding…</source>
        <translation>Добавить недостаток…</translation>
    </message>
    <message>
        <source>Edit finding…</source>
        <translation>Изменить недостаток…</translation>
    </message>
    <message>
        <source>Extend deadline…</source>
        <translation>Продлить срок…</translation>
    </message>
    <message>
        <source>Issue act…</source>
        <translation>Выдать акт…</translation>
    </message>
    <message>
        <source>Print the act</source>
        <translation>Напечатать акт</translation>
    </message>
    <message>
        <source>The latest document issued: the act or its addendum</source>
        <translation>Последний выданный документ: акт или дополнение к нему</translation>
    </message>
    <message>
        <source>Co-sign the act</source>
        <translation>Подписать акт совместно</translation>
    </message>
    <message>
        <source>Sign the act and its addenda for the State Security Service with this node&apos;s key; the findings reach the institution once both agencies have signed</source>
        <translation>Подписать акт и дополнения к нему от имени Службы государственной безопасности ключом этого узла; недостатки поступают в учреждение после подписей обоих ведомств</translation>
    </message>
    <message>
        <source>Co-sign the closure</source>
        <translation>Подписать закрытие совместно</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Недостатки</translation>
    </message>
    <message>
        <source>No inspections yet. Plan one with the New inspection button.</source>
        <translation>Проверок пока нет. Запланируйте проверку кнопкой «Новая проверка».</translation>
    </message>
    <message>
        <source>No inspection is assigned to this team yet: assignments come with the coordinator&apos;s bundle. Import it on the Exchange page.</source>
        <translation>Этой группе пока не поручено ни одной проверки: поручения приходят с пакетом координатора. Импортируйте его на странице «Обмен».</translation>
    </message>
    <message>
        <source>No inspection has reached the partner agency yet: inspections and their acts come with the coordinator&apos;s bundle. Import it on the Exchange page.</source>
        <translation>В ведомство-партнёр ещё не поступило ни одной проверки: проверки и их акты приходят с пакетом координатора. Импортируйте его на странице «Обмен».</translation>
    </message>
    <message>
        <source>No inspection of this institution has been recorded.</source>
        <translation>Проверок этого учреждения не записано.</translation>
    </message>
    <message>
        <source>No inspection selected</source>
        <translation>Проверка не выбрана</translation>
    </message>
    <message>
        <source>Inspection %s</source>
        <translation>Проверка %s</translation>
    </message>
    <message>
        <source>not issued: its findings stay with the commission</source>
        <translation>не выдан: недостатки остаются у комиссии</translation>
    </message>
    <message>
        <source>Addendum %1 No %2 of %3, %4 finding(s)</source>
        <translation>Дополнение %1 № %2 от %3, недостатков: %4</translation>
    </message>
    <message>
        <source>No %2 of %3, %4 finding(s)</source>
        <translation>№ %2 от %3, недостатков: %4</translation>
    </message>
    <message>
        <source>Issue addendum…</source>
        <translation>Выдать дополнение…</translation>
    </message>
</context>
<context>
    <name>IssueActDialog</name>
    <message>
        <source>Issue an addendum to act %s</source>
        <translation>Выдать дополнение к акту %s</translation>
    </message>
    <message>
        <source>Issue act %s</source>
        <translation>Выдать акт %s</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Creating the store and the keys</source>
        <translation>Создание хранилища и ключей</translation>
    </message>
    <message>
        <source>The encrypted store and this node&apos;s signing and encryption keys are made now. This takes a few seconds.</source>
        <translation>Сейчас создаются зашифрованное хранилище и ключи подписи и шифрования этого узла. Это займет несколько секунд.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Done. This is the node&apos;s fingerprint: partners compare it with the one on the key card you give them.</source>
        <translation>Готово. Это отпечаток узла: партнёры сверяют его с отпечатком на карточке ключа, которую вы им передадите.</translation>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import the action plan…</source>
        <translation>&amp;Импорт плана мероприятий…</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Экспорт списка…</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;Печать списка…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Print the user guide…</source>
        <translation>&amp;Печать руководства…</translation>
    </message>
    <message>
        <source>&amp;About InfoSec Desk</source>
        <translation>&amp;О программе InfoSec Desk</translation>
    </message>
    <message>
        <source>This page has no list.</source>
        <translation>На этой странице нет списка.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>Экспортирована %n строка.</numerusform>
            <numerusform>Экспортированы %n строки.</numerusform>
            <numerusform>Экспортировано %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>The action plan was imported.</source>
        <translation>План мероприятий импортирован.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Unlocked: Ctrl+L locks</source>
        <translation>Разблокировано: Ctrl+L — заблокировать</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Пользователь: %1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Last export: %1 · last import: %2</source>
        <translation>Последний экспорт: %1 · последний импорт: %2</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Работа не завершена</translation>
    </message>
    <message>
        <source>A task is still running. Wait for it and quit?</source>
        <translation>Задача ещё выполняется. Дождаться её завершения и выйти?</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Edit measure</source>
        <translation>Изменение мероприятия</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Continuous (no end date)</source>
        <translation>Постоянно (без даты окончания)</translation>
    </message>
    <message>
        <source>Needed when the dates, the lead, the co-executors or the title change</source>
        <translation>Нужна, если меняются сроки, ответственный, соисполнители или название</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Наи&amp;менование:</translation>
    </message>
    <message>
        <source>Title in &amp;English:</source>
        <translation>Наименование на &amp;английском:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Направл&amp;ение:</translation>
    </message>
    <message>
        <source>&amp;Lead institution:</source>
        <translation>&amp;Ответственное учреждение:</translation>
    </message>
    <message>
        <source>&amp;Co-executors:</source>
        <translation>&amp;Соисполнители:</translation>
    </message>
    <message>
        <source>&amp;Start / end:</source>
        <translation>Нача&amp;ло / окончание:</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>Оп&amp;исание:</translation>
    </message>
    <message>
        <source>E&amp;xpected result:</source>
        <translation>Ожидаемый &amp;результат:</translation>
    </message>
    <message>
        <source>&amp;Financing:</source>
        <translation>&amp;Финансирование:</translation>
    </message>
    <message>
        <source>Reason for the &amp;change:</source>
        <translation>&amp;Причина изменения:</translation>
    </message>
    <message>
        <source>Deci&amp;sion (number, date):</source>
        <translation>&amp;Решение (номер, дата):</translation>
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
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Напр.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Исполн.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Посл. отчёт</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Search measures (Ctrl+F)</source>
        <translation>Поиск мероприятий (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Только &amp;просроченные</translation>
    </message>
    <message>
        <source>Status as reported up to this period</source>
        <translation>Статус по отчётам на этот период</translation>
    </message>
    <message>
        <source>&amp;New measure…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Progress &amp;report…</source>
        <translation>&amp;Отчёт об исполнении…</translation>
    </message>
    <message>
        <source>Eva&amp;luate…</source>
        <translation>О&amp;ценить…</translation>
    </message>
    <message>
        <source>No measures yet. Add the action plan&apos;s measures with the New measure button.</source>
        <translation>Мероприятий пока нет. Добавьте мероприятия Плана кнопкой «Новое мероприятие».</translation>
    </message>
    <message>
        <source>No measures yet: they come with the coordinator&apos;s first bundle. Import it on the Exchange page.</source>
        <translation>Мероприятий пока нет: они придут с первым пакетом координатора. Импортируйте его на странице «Обмен».</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Ответственное учреждение:</translation>
    </message>
    <message>
        <source>Co-executors:</source>
        <translation>Соисполнители:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Status from:</source>
        <translation>Источник статуса:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Expected result:</source>
        <translation>Ожидаемый результат:</translation>
    </message>
    <message>
        <source>Financing:</source>
        <translation>Финансирование:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Проделанная работа</translation>
    </message>
    <message>
        <source>Set official &amp;status…</source>
        <translation>&amp;Установить официальный статус…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Ещё</translation>
    </message>
    <message>
        <source>Ca&amp;ncel measure…</source>
        <translation>&amp;Отменить мероприятие…</translation>
    </message>
    <message>
        <source>A plan revision: the measure stays in the plan with its reports</source>
        <translation>Изменение плана: мероприятие остаётся в плане вместе с отчётами</translation>
    </message>
    <message>
        <source>Edit a direction…</source>
        <translation>Изменить направление…</translation>
    </message>
    <message>
        <source>Edit an institution…</source>
        <translation>Изменить учреждение…</translation>
    </message>
    <message>
        <source>Add in&amp;dicator…</source>
        <translation>Добавить ин&amp;дикатор…</translation>
    </message>
    <message>
        <source>Edit indica&amp;tor…</source>
        <translation>Изменить индика&amp;тор…</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>П&amp;рикрепить…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Откр&amp;ыть</translation>
    </message>
    <message>
        <source>Shows a PDF here; other files open from the copy you saved</source>
        <translation>Показывает PDF здесь; другие файлы открываются из сохраненной вами копии</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>К чему:</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>История изменений плана</translation>
    </message>
    <message>
        <source>Contributions of co-executors</source>
        <translation>Вклад соисполнителей</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Отчёты об исполнении</translation>
    </message>
    <message>
        <source>Evidence (drop files here to attach)</source>
        <translation>Материалы (перетащите сюда файлы, чтобы прикрепить)</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Любое направление</translation>
    </message>
    <message>
        <source>Any institution</source>
        <translation>Любое учреждение</translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation>Текущий</translation>
    </message>
    <message>
        <source>%1 of %2 measures</source>
        <translation>Мероприятий: %1 из %2</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>постоянно</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Cancelled on %1</source>
        <translation>Отменено с %1</translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation>отчёта ещё нет</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(черновик)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>отчёт</translation>
    </message>
    <message>
        <source>%1 milestone %2</source>
        <translation>промежуточная цель на %1: %2</translation>
    </message>
    <message>
        <source>actual %1 (%2)</source>
        <translation>факт %1 (%2)</translation>
    </message>
    <message>
        <source>achieved %1 %</source>
        <translation>достигнуто %1 %</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>решение %1</translation>
    </message>
    <message>
        <source>the report of %1 (lead) for %2</source>
        <translation>отчёт %1 (основной исполнитель) за %2</translation>
    </message>
    <message>
        <source>the coordinator&apos;s decision for %1: %2</source>
        <translation>решение координатора за %1: %2</translation>
    </message>
    <message>
        <source>no report from the lead yet</source>
        <translation>от основного исполнителя отчёта ещё нет</translation>
    </message>
    <message>
        <source>the measure</source>
        <translation>к мероприятию</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>к отчёту %1</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Прикрепление подтверждающих материалов</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранение копии</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting of %s</source>
        <translation>Новое заседание группы %s</translation>
    </message>
    <message>
        <source>default: GROUP-YEAR-NN</source>
        <translation>по умолчанию: ГРУППА-ГОД-NN</translation>
    </message>
    <message>
        <source>One attendee a line</source>
        <translation>По одному участнику в строке</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Номер протокола</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Председательствующий</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
</context>
<context>
    <name>NodePage</name>
    <message>
        <source>This institution</source>
        <translation>Это учреждение</translation>
    </message>
    <message>
        <source>The short code identifies this node in every bundle; names appear on reports.</source>
        <translation>Краткий код обозначает этот узел в каждом пакете; наименования выводятся в отчётах.</translation>
    </message>
    <message>
        <source>e.g. MINDIG</source>
        <translation>напр., MINDIG</translation>
    </message>
    <message>
        <source>Name in Azerbaijani</source>
        <translation>Наименование на азербайджанском</translation>
    </message>
    <message>
        <source>Name in English (optional)</source>
        <translation>Наименование на английском (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Наименование на &amp;английском:</translation>
    </message>
</context>
<context>
    <name>OfficialStatusDialog</name>
    <message>
        <source>Official status of %1</source>
        <translation>Официальный статус мероприятия %1</translation>
    </message>
    <message>
        <source>Now: %1 %2 % (%3). The status decided here is the measure&apos;s official one, shown in every list and report and sent to the institutions, until the lead reports for a later period.</source>
        <translation>Сейчас: %1 %2 % (%3). Установленный здесь статус становится официальным статусом мероприятия: он показывается во всех списках и отчётах и отправляется учреждениям, пока ответственный исполнитель не представит отчёт за более поздний период.</translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation>отчёта ещё нет</translation>
    </message>
    <message>
        <source>Why the commission sets this status (required)</source>
        <translation>Почему комиссия устанавливает этот статус (обязательно)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Percent:</source>
        <translation>П&amp;роцент:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Основание:</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>The coordinating body&apos;s key card</source>
        <translation>Карточка ключа координирующего органа</translation>
    </message>
    <message>
        <source>Bundles go to the coordinating body encrypted for its key.</source>
        <translation>Пакеты направляются координирующему органу в зашифрованном на его ключ виде.</translation>
    </message>
    <message>
        <source>Load the card file it gave you and compare the fingerprint with its printed key card.</source>
        <translation>Загрузите полученный от него файл карточки и сверьте отпечаток с его распечатанной карточкой ключа.</translation>
    </message>
    <message>
        <source>Choose the card file…</source>
        <translation>Выбрать файл карточки…</translation>
    </message>
    <message>
        <source>The fingerprint matches the printed key card</source>
        <translation>Отпечаток совпадает с распечатанной карточкой ключа</translation>
    </message>
    <message>
        <source>Skip: I will enrol the coordinating body later</source>
        <translation>Пропустить: я зарегистрирую координирующий орган позже</translation>
    </message>
    <message>
        <source>The coordinating body&apos;s card</source>
        <translation>Карточка координирующего органа</translation>
    </message>
    <message>
        <source>Key cards (*.card *.json);;All files (*)</source>
        <translation>Карточки ключей (*.card *.json);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Key card…</source>
        <translation>Карточка ключа…</translation>
    </message>
    <message>
        <source>Save card file…</source>
        <translation>Сохранить файл карточки…</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation>Сменить ключи…</translation>
    </message>
    <message>
        <source>Fingerprint of this computer&apos;s keys:</source>
        <translation>Отпечаток ключей этого компьютера:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Enrol from a card…</source>
        <translation>Зарегистрировать по карточке…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>Enrolled partners</source>
        <translation>Зарегистрированные партнёры</translation>
    </message>
    <message>
        <source>No partner enrolled yet. Enrol each institution&apos;s and inspection team&apos;s key card with Enrol from a card…, comparing its fingerprint with the paper card.</source>
        <translation>Партнёры ещё не зарегистрированы. Зарегистрируйте карточку ключа каждого учреждения и каждой группы проверки кнопкой «Зарегистрировать по карточке…», сверив отпечаток с бумажной карточкой.</translation>
    </message>
    <message>
        <source>No partner enrolled yet. Enrol the coordinator&apos;s key card with Enrol from a card…, comparing its fingerprint with the paper card.</source>
        <translation>Партнёры ещё не зарегистрированы. Зарегистрируйте карточку ключа координатора кнопкой «Зарегистрировать по карточке…», сверив отпечаток с бумажной карточкой.</translation>
    </message>
    <message>
        <source>Partners and keys</source>
        <translation>Партнёры и ключи</translation>
    </message>
    <message>
        <source>This computer has no exchange keys yet.</source>
        <translation>У этого компьютера ещё нет ключей обмена.</translation>
    </message>
    <message>
        <source>Create keys</source>
        <translation>Создать ключи</translation>
    </message>
    <message>
        <source>Key card</source>
        <translation>Карточка ключа</translation>
    </message>
    <message>
        <source>Save card file</source>
        <translation>Сохранение файла карточки</translation>
    </message>
    <message>
        <source>Key cards (*.card)</source>
        <translation>Карточки ключей (*.card)</translation>
    </message>
    <message>
        <source>Make new keys for this computer? Partners learn them from the next bundle; print and send the new key card as well.</source>
        <translation>Создать новые ключи для этого компьютера? Партнёры получат их со следующим пакетом; также распечатайте и отправьте новую карточку ключа.</translation>
    </message>
    <message>
        <source>Make new keys</source>
        <translation>Создать новые ключи</translation>
    </message>
    <message>
        <source>Partner&apos;s key card</source>
        <translation>Карточка ключа партнёра</translation>
    </message>
    <message>
        <source>Key cards (*.card *.json);;All files (*)</source>
        <translation>Карточки ключей (*.card *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Revoke %s? Bundles it signed are refused from now on and none are written for it. Enrolling it again needs a new key card.</source>
        <translation>Отозвать %s? Подписанные им пакеты отныне отклоняются, и пакеты для него не формируются. Для повторной регистрации потребуется новая карточка ключа.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Print %s</source>
        <translation>Печать: %s</translation>
    </message>
    <message>
        <source>the printer could not be opened</source>
        <translation>не удалось открыть принтер</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PlanImportWizard</name>
    <message>
        <source>Import the action plan</source>
        <translation>Импорт плана мероприятий</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Measure (English)</source>
        <translation>Мероприятие (англ.)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Executors (lead first)</source>
        <translation>Исполнители (основной первым)</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Основной исполнитель</translation>
    </message>
    <message>
        <source>Co-executors</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Постоянно</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <source>Financing source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>An XLSX, ODS or CSV file of the plan, as published or from the template: headers in Azerbaijani, English or Russian, on any row.</source>
        <translation>Файл плана XLSX, ODS или CSV, в опубликованном виде или по шаблону: заголовки на азербайджанском, английском или русском, в любой строке.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Save a blank template…</source>
        <translation>Сохранить пустой шаблон…</translation>
    </message>
    <message>
        <source>The columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>What each column holds, as read from its header; correct it where needed.</source>
        <translation>Что содержит каждый столбец, по его заголовку; исправьте, где нужно.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Содержит</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Что сделает импорт</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>Ничего не записывается, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Возможно, имелось в виду</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>План мероприятий</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv)</source>
        <translation>Таблицы (*.xlsx *.ods *.csv)</translation>
    </message>
    <message>
        <source>Save a blank template</source>
        <translation>Сохранить пустой шаблон</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Sheet “%1”, headers on row %2.</source>
        <translation>Лист «%1», заголовки в строке %2.</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(не читается)</translation>
    </message>
    <message>
        <source>Directions: %1 new. Measures: %2 new, %3 changed, %4 unchanged. Indicators: %5 new. Problems: %6.</source>
        <translation>Направления: новых %1. Мероприятия: новых %2, изменённых %3, без изменений %4. Показатели: новых %5. Проблемы: %6.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>Cancel the %1 measure(s) this version no longer has: %2</source>
        <translation>Отменить мероприятия, которых нет в этой версии (%1): %2</translation>
    </message>
</context>
<context>
    <name>PlanNamesDialog</name>
    <message>
        <source>Edit institution</source>
        <translation>Изменить учреждение</translation>
    </message>
    <message>
        <source>Edit direction</source>
        <translation>Изменить направление</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Название на &amp;английском:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress report on %1</source>
        <translation>Отчёт об исполнении: %1</translation>
    </message>
    <message>
        <source>Keep as a draft (not sent until submitted)</source>
        <translation>Сохранить как черновик (не отправляется до представления)</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Добавить &amp;файлы…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>P&amp;ercent done:</source>
        <translation>Процент &amp;исполнения:</translation>
    </message>
    <message>
        <source>&amp;Work done:</source>
        <translation>Проделанная &amp;работа:</translation>
    </message>
    <message>
        <source>Pro&amp;blems:</source>
        <translation>Про&amp;блемы:</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>целевое значение %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Подтверждающие материалы:</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Файлы подтверждающих материалов</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Print it or write it down now.</source>
        <translation>Напечатайте или запишите его сейчас.</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way back into the store. Print it or write it down now and keep it locked away, apart from this computer. It is not shown again; an administrator can make a new one later in Settings.</source>
        <translation>Если все пароли забыты, этот ключ — единственный способ открыть хранилище. Напечатайте или запишите его сейчас и храните под замком, отдельно от этого компьютера. Больше он не будет показан; администратор сможет позже создать новый в Настройках.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and will keep it safe</source>
        <translation>Я напечатал или записал ключ восстановления и буду надёжно его хранить</translation>
    </message>
    <message>
        <source>Making the recovery key…</source>
        <translation>Создаётся ключ восстановления…</translation>
    </message>
    <message>
        <source>InfoSec Desk recovery key</source>
        <translation>Ключ восстановления InfoSec Desk</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Создан: %1</translation>
    </message>
    <message>
        <source>Whoever holds this key can open the store. Keep this sheet locked away, apart from the computer.</source>
        <translation>Любой, у кого есть этот ключ, может открыть хранилище. Храните этот лист под замком, отдельно от компьютера.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen finding %s</source>
        <translation>Открыть снова недостаток %s</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Strategy implementation report</source>
        <translation>Отчёт об исполнении Стратегии</translation>
    </message>
    <message>
        <source>Inspection act</source>
        <translation>Акт проверки</translation>
    </message>
    <message>
        <source>CII compliance report</source>
        <translation>Отчёт о соответствии КИИ требованиям</translation>
    </message>
    <message>
        <source>Key card of this computer</source>
        <translation>Карточка ключа этого компьютера</translation>
    </message>
    <message>
        <source>Transfer form of a bundle</source>
        <translation>Акт передачи пакета</translation>
    </message>
    <message>
        <source>Due list of an institution</source>
        <translation>Список ожидаемого от учреждения</translation>
    </message>
    <message>
        <source>Urgent-measure notice of a finding</source>
        <translation>Уведомление о срочных мерах</translation>
    </message>
    <message>
        <source>Protocol of a working group meeting</source>
        <translation>Протокол заседания рабочей группы</translation>
    </message>
    <message>
        <source>2026, 2026-H1 or 2026-Q3</source>
        <translation>2026, 2026-H1 или 2026-Q3</translation>
    </message>
    <message>
        <source>the act itself</source>
        <translation>сам акт</translation>
    </message>
    <message>
        <source>addendum </source>
        <translation>дополнение № </translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Urgent finding</source>
        <translation>Срочный недостаток</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Все учреждения</translation>
    </message>
    <message>
        <source>Generating the report</source>
        <translation>Формирование отчёта</translation>
    </message>
</context>
<context>
    <name>RequestExtensionDialog</name>
    <message>
        <source>Ask for more time on finding %s</source>
        <translation>Запрос о продлении срока по недостатку %s</translation>
    </message>
    <message>
        <source>Current deadline</source>
        <translation>Текущий срок</translation>
    </message>
    <message>
        <source>Deadline asked for</source>
        <translation>Запрашиваемый срок</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>Reset a passphrase</source>
        <translation>Сброс парольной фразы</translation>
    </message>
    <message>
        <source>Give %1 a new passphrase. The database is re-keyed: it gets a new data key, which each user receives through their own key slot; %1&apos;s old passphrase, and any copy of the old data key, no longer open it.</source>
        <translation>Задайте пользователю %1 новую парольную фразу. База данных перешифровывается: она получает новый ключ данных, который каждый пользователь получает через свой слот ключа; старая парольная фраза пользователя %1 и любая копия старого ключа данных её больше не открывают.</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Новая &amp;парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите её:</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>Сбросить парольную фразу</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>парольные фразы не совпадают</translation>
    </message>
    <message>
        <source>Re-keying the database</source>
        <translation>Перешифрование базы данных</translation>
    </message>
</context>
<context>
    <name>RespondDialog</name>
    <message>
        <source>Response to finding %s</source>
        <translation>Ответ по недостатку %s</translation>
    </message>
    <message>
        <source>(leave the status as it is)</source>
        <translation>(оставить статус без изменений)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждающие материалы</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>What is this computer for?</source>
        <translation>Для чего предназначен этот компьютер?</translation>
    </message>
    <message>
        <source>The role decides what this node may record and send.</source>
        <translation>Роль определяет, что этот узел может вносить и отправлять.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>An institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Reports progress on its measures and answers findings.</source>
        <translation>Отчитывается об исполнении своих мероприятий и отвечает по недостаткам.</translation>
    </message>
    <message>
        <source>The coordinating body</source>
        <translation>Координирующий орган</translation>
    </message>
    <message>
        <source>Owns the action plan, evaluates reports, merges what institutions send.</source>
        <translation>Ведет План мероприятий, оценивает отчёты, объединяет данные, присланные учреждениями.</translation>
    </message>
    <message>
        <source>An inspection team</source>
        <translation>Проверочная группа</translation>
    </message>
    <message>
        <source>Records inspections and findings on site, offline.</source>
        <translation>Фиксирует проверки и недостатки на месте, без подключения к сети.</translation>
    </message>
    <message>
        <source>The partner agency of the joint commission</source>
        <translation>Ведомство-партнёр совместной комиссии</translation>
    </message>
    <message>
        <source>The State Security Service&apos;s desk: receives the inspections and acts and co-signs acts and verified closures with its key.</source>
        <translation>Рабочее место Службы государственной безопасности: получает проверки и акты и своим ключом совместно подписывает акты и проверенные закрытия.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation>&amp;Блокировать при бездействии:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>С&amp;менить парольную фразу</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Создать новый &amp;ключ восстановления…</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ваша учетная запись</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Новая &amp;парольная фраза:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>П&amp;овторите её:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Set r&amp;ole</source>
        <translation>&amp;Назначить роль</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <source>Re&amp;move user…</source>
        <translation>&amp;Удалить пользователя…</translation>
    </message>
    <message>
        <source>Rese&amp;t passphrase…</source>
        <translation>Сбросить п&amp;арольную фразу…</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <source>&amp;Save marking</source>
        <translation>Сохранить &amp;гриф</translation>
    </message>
    <message>
        <source>Choose &amp;emblem…</source>
        <translation>Выбрать г&amp;ерб…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Classification mar&amp;king:</source>
        <translation>Гр&amp;иф ограничения доступа:</translation>
    </message>
    <message>
        <source>Emblem:</source>
        <translation>Герб:</translation>
    </message>
    <message>
        <source>Compliance report prepared by:</source>
        <translation>Отчёт о соответствии готовит:</translation>
    </message>
    <message>
        <source>Compliance report approved by:</source>
        <translation>Отчёт о соответствии утверждает:</translation>
    </message>
    <message>
        <source>Name Surname, position</source>
        <translation>Фамилия Имя, должность</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Подготовил:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Утвердил:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>фамилия, имя</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>position in English</source>
        <translation>должность (по-английски)</translation>
    </message>
    <message>
        <source>Save si&amp;gnatories</source>
        <translation>Со&amp;хранить подписантов</translation>
    </message>
    <message>
        <source>Marking in English:</source>
        <translation>Гриф по-английски:</translation>
    </message>
    <message>
        <source>Marking in Russian:</source>
        <translation>Гриф по-русски:</translation>
    </message>
    <message>
        <source>Back up the &amp;workspace…</source>
        <translation>Создать &amp;резервную копию рабочей области…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Восстановить и&amp;з резервной копии…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>A backup holds the whole workspace, still encrypted: it opens only with a user&apos;s passphrase or the recovery key. A restore goes into an empty folder and never overwrites a store.</source>
        <translation>Резервная копия содержит всю рабочую область в зашифрованном виде: она открывается только парольной фразой пользователя или ключом восстановления. Восстановление выполняется в пустую папку и никогда не перезаписывает хранилище.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Вход выполнен как %1 (%2).</translation>
    </message>
    <message>
        <source>Only an administrator manages users.</source>
        <translation>Пользователями управляет только администратор.</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>парольные фразы не совпадают</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>A new recovery key replaces the previous one. Write it down and keep it locked away: it opens the store without any passphrase. Continue?</source>
        <translation>Новый ключ восстановления заменяет предыдущий. Запишите его и храните под замком: он открывает хранилище без парольной фразы. Продолжить?</translation>
    </message>
    <message>
        <source>Write this key down now. It is not shown again.</source>
        <translation>Запишите этот ключ сейчас. Повторно он не показывается.</translation>
    </message>
    <message>
        <source>The recovery key stops working too: make a new one afterwards.</source>
        <translation>Ключ восстановления тоже перестаёт действовать: после этого создайте новый.</translation>
    </message>
    <message>
        <source>Backups made before still open with the passphrases of that time, %1&apos;s included: destroy them or keep them locked away.</source>
        <translation>Резервные копии, сделанные раньше, по-прежнему открываются парольными фразами того времени, включая фразу пользователя %1: уничтожьте их или храните под замком.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Удаление пользователя</translation>
    </message>
    <message>
        <source>Remove user %1?</source>
        <translation>Удалить пользователя %1?</translation>
    </message>
    <message>
        <source>The database is re-keyed: it gets a new data key, which each remaining user receives through their own key slot. %1&apos;s key slot, and any copy of the old data key, no longer open it.</source>
        <translation>База данных перешифровывается: она получает новый ключ данных, который каждый оставшийся пользователь получает через свой слот ключа. Слот ключа пользователя %1 и любая копия старого ключа данных её больше не открывают.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Пользователь %1 удалён.</translation>
    </message>
    <message>
        <source>Re-keying the database</source>
        <translation>Перешифрование базы данных</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase was reset.</source>
        <translation>Парольная фраза пользователя %1 сброшена.</translation>
    </message>
    <message>
        <source>Database re-keyed</source>
        <translation>База данных перешифрована</translation>
    </message>
    <message>
        <source>The database now has a new data key.</source>
        <translation>Теперь у базы данных новый ключ данных.</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>ключ восстановления</translation>
    </message>
    <message>
        <source>Key slots dropped: %1.</source>
        <translation>Удалённые слоты ключей: %1.</translation>
    </message>
    <message>
        <source>No key slot was dropped.</source>
        <translation>Ни один слот ключа не удалён.</translation>
    </message>
    <message>
        <source>The signed audit log does not vouch for the key slots of %1: they can no longer sign in until you reset their passphrases.</source>
        <translation>Подписанный журнал аудита не подтверждает слоты ключей пользователей %1: они не смогут войти, пока вы не сбросите их парольные фразы.</translation>
    </message>
    <message>
        <source>The recovery key no longer opens the store: make a new one and keep it locked away.</source>
        <translation>Ключ восстановления больше не открывает хранилище: создайте новый и храните его под замком.</translation>
    </message>
    <message>
        <source>Emblem</source>
        <translation>Герб</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Сохранить резервную копию в</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 bytes, SHA-256 %3)</source>
        <translation>Резервная копия записана: %1 (%2 байт, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>An empty folder for the restored workspace</source>
        <translation>Пустая папка для восстановленной рабочей области</translation>
    </message>
    <message>
        <source>A user of the backed-up store:</source>
        <translation>Пользователь хранилища, из которого сделана копия:</translation>
    </message>
    <message>
        <source>That user&apos;s passphrase in the backed-up store:</source>
        <translation>Парольная фраза этого пользователя в хранилище, из которого сделана копия:</translation>
    </message>
    <message>
        <source>Restored backup %2 of its store, made %3, into %1. Start InfoSec Desk with that folder as its workspace and unlock it as in the original store.</source>
        <translation>Резервная копия № %2 своего хранилища, сделанная %3, восстановлена в %1. Запустите InfoSec Desk с этой папкой в качестве рабочей и разблокируйте её, как исходное хранилище.</translation>
    </message>
    <message>
        <source>Warning: this backup is older than %4, already restored on this computer.</source>
        <translation>Внимание: эта резервная копия старше копии %4, уже восстановленной на этом компьютере.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Не восстановлено: %1</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Восстановление</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up InfoSec Desk on this computer</source>
        <translation>Настройка InfoSec Desk на этом компьютере</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Too short</source>
        <translation>Слишком короткая</translation>
    </message>
    <message>
        <source>Weak: use a longer phrase</source>
        <translation>Слабая: используйте более длинную фразу</translation>
    </message>
    <message>
        <source>Fair: add words or symbols</source>
        <translation>Средняя: добавьте слова или символы</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошая</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надежная</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Working</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>InfoSec Desk is locked</source>
        <translation>InfoSec Desk заблокирован</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>П&amp;арольная фраза:</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Неудачные попытки входа</translation>
    </message>
    <message numerus="yes">
        <source>There were %n failed attempt(s) to unlock as you since your last sign-in. If they were not yours, tell your administrator.</source>
        <translation>
            <numerusform>С вашего последнего входа была %n неудачная попытка разблокировать от вашего имени. Если это были не вы, сообщите администратору.</numerusform>
            <numerusform>С вашего последнего входа было %n неудачные попытки разблокировать от вашего имени. Если это были не вы, сообщите администратору.</numerusform>
            <numerusform>С вашего последнего входа было %n неудачных попыток разблокировать от вашего имени. Если это были не вы, сообщите администратору.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase for this user. Check Caps Lock and the keyboard layout; after repeated failures each attempt waits a little longer.</source>
        <translation>Неверная парольная фраза для этого пользователя. Проверьте Caps Lock и раскладку клавиатуры; после повторных неудач каждая попытка ожидает немного дольше.</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>The first user</source>
        <translation>Первый пользователь</translation>
    </message>
    <message>
        <source>This user is the administrator.</source>
        <translation>Этот пользователь — администратор.</translation>
    </message>
    <message>
        <source>The passphrase unlocks the encrypted store: nobody can recover it for you, so choose a long phrase you will remember.</source>
        <translation>Парольная фраза открывает зашифрованное хранилище: никто не сможет восстановить её за вас, поэтому выберите длинную фразу, которую вы запомните.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите её:</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify finding %s</source>
        <translation>Проверка недостатка %s</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждающие материалы</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to InfoSec Desk</source>
        <translation>Добро пожаловать в InfoSec Desk</translation>
    </message>
    <message>
        <source>There is no InfoSec Desk store on this computer yet. Set it up for your institution, or look around first in a set of demo workspaces.</source>
        <translation>На этом компьютере ещё нет хранилища InfoSec Desk. Настройте его для своего учреждения или сначала ознакомьтесь с набором демонстрационных рабочих областей.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Set up this computer</source>
        <translation>Настроить этот компьютер</translation>
    </message>
    <message>
        <source>Choose the role, name the institution, create the first user and the keys.</source>
        <translation>Выберите роль, укажите наименование учреждения, создайте первого пользователя и ключи.</translation>
    </message>
    <message>
        <source>Explore with demo data</source>
        <translation>Ознакомиться на демонстрационных данных</translation>
    </message>
    <message>
        <source>Build a coordinator, institutions, an inspection team and the partner agency&apos;s desk with sample data in a folder you choose, and open the coordinator.</source>
        <translation>Создайте в выбранной папке координатора, учреждения, проверочную группу и рабочее место ведомства-партнёра с примерными данными и откройте координатора.</translation>
    </message>
    <message>
        <source>A folder for the demo workspaces</source>
        <translation>Папка для демонстрационных рабочих областей</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>Building the demo workspaces…</source>
        <translation>Создание демонстрационных рабочих областей…</translation>
    </message>
</context>
<context>
    <name>WorkingGroupsPage</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>No working group yet. The coordinator adds one with its member institutions and their representatives.</source>
        <translation>Рабочих групп пока нет. Координатор добавляет группу с учреждениями-членами и их представителями.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Председательствующий</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Новое заседание…</translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation>Новое решение…</translation>
    </message>
    <message>
        <source>Edit decision…</source>
        <translation>Изменить решение…</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Задача выполнена</translation>
    </message>
    <message>
        <source>Protocol…</source>
        <translation>Протокол…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Members: %s</source>
        <translation>Члены: %s</translation>
    </message>
    <message>
        <source>Task not done</source>
        <translation>Задача не выполнена</translation>
    </message>
    <message>
        <source>Protocol %s</source>
        <translation>Протокол %s</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>The demo workspaces are in %1. Every demo user&apos;s passphrase is: %2</source>
        <translation>Демонстрационные рабочие области находятся в %1. Парольная фраза каждого демонстрационного пользователя: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>wrote {file}</source>
        <translation>записан {file}</translation>
    </message>
    <message>
        <source>audit chain intact: {entries} entries, {legacy} of them from before entries were signed, head {head}; every signature, role grant, record state and signed anchor checks out</source>
        <translation>цепочка аудита цела: {entries} записей, из них {legacy} — до того, как записи стали подписываться, голова {head}; каждая подпись, назначение роли, состояние записи и подписанный якорь проходят проверку</translation>
    </message>
    <message>
        <source>audit chain intact: {entries} entries, head {head}; every signature, role grant, record state and signed anchor checks out</source>
        <translation>цепочка аудита цела: {entries} записей, голова {head}; каждая подпись, назначение роли, состояние записи и подписанный якорь проходят проверку</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>резервная копия</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>порядковый номер</translation>
    </message>
    <message>
        <source>size</source>
        <translation>размер</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Passphrase for {user} (the backup&apos;s): </source>
        <translation>Пароль пользователя {user} (из резервной копии): </translation>
    </message>
    <message>
        <source>backup {sequence} of its store, made {created}</source>
        <translation>резервная копия {sequence} своего хранилища, создана {created}</translation>
    </message>
    <message>
        <source>backup intact: {backup}</source>
        <translation>резервная копия цела: {backup}</translation>
    </message>
    <message>
        <source>restored {backup} into {home}</source>
        <translation>{backup} восстановлена в {home}</translation>
    </message>
    <message>
        <source>this backup is older than {other}, already restored on this computer: what was done after it is not in the restored store</source>
        <translation>эта резервная копия старше копии {other}, уже восстановленной на этом компьютере: сделанного после неё в восстановленном хранилище нет</translation>
    </message>
    <message>
        <source>unlock it with a user&apos;s passphrase or the recovery key of the store it came from</source>
        <translation>откройте его паролем пользователя или ключом восстановления того хранилища, из которого она получена</translation>
    </message>
    <message>
        <source>passphrase: {passphrase}</source>
        <translation>пароль: {passphrase}</translation>
    </message>
    <message>
        <source>coordinator: {home} (user {user})</source>
        <translation>координирующий орган: {home} (пользователь {user})</translation>
    </message>
    <message>
        <source>institution {code}: {home} (user {user})</source>
        <translation>учреждение {code}: {home} (пользователь {user})</translation>
    </message>
    <message>
        <source>inspection team {code}: {home} (user {user})</source>
        <translation>проверочная группа {code}: {home} (пользователь {user})</translation>
    </message>
    <message>
        <source>partner agency {code}: {home} (user {user})</source>
        <translation>ведомство-партнёр {code}: {home} (пользователь {user})</translation>
    </message>
    <message>
        <source>every workspace uses the same passphrase; {count} bundles were carried</source>
        <translation>во всех рабочих папках один и тот же пароль; перенесено пакетов: {count}</translation>
    </message>
    <message>
        <source>try: infosec-desk --home {home} measures list</source>
        <translation>попробуйте: infosec-desk --home {home} measures list</translation>
    </message>
    <message>
        <source>in</source>
        <translation>вх.</translation>
    </message>
    <message>
        <source>out</source>
        <translation>исх.</translation>
    </message>
    <message>
        <source>fingerprint: {fingerprint}</source>
        <translation>отпечаток: {fingerprint}</translation>
    </message>
    <message>
        <source>new keys made; the next bundle to each partner carries the change</source>
        <translation>созданы новые ключи; следующий пакет каждому партнёру передаст это изменение</translation>
    </message>
    <message>
        <source>fingerprint of the card: {fingerprint}</source>
        <translation>отпечаток карточки: {fingerprint}</translation>
    </message>
    <message>
        <source>compare the fingerprint with the partner and give --fingerprint</source>
        <translation>сверьте отпечаток с партнёром и укажите --fingerprint</translation>
    </message>
    <message>
        <source>Does it match what the partner reads to you? [y/N] </source>
        <translation>Совпадает ли он с тем, что зачитывает партнёр? [д/N] </translation>
    </message>
    <message>
        <source>enrolled {code} ({role}) {fingerprint}</source>
        <translation>зарегистрирован {code} ({role}) {fingerprint}</translation>
    </message>
    <message>
        <source>revoked {code}: its bundles are refused from now on</source>
        <translation>{code} отозван: отныне его пакеты отклоняются</translation>
    </message>
    <message>
        <source>{path}  {size} bytes  sha256 {sha256}  (to {recipient}, #{sequence})</source>
        <translation>{path}  {size} байт  sha256 {sha256}  (для {recipient}, #{sequence})</translation>
    </message>
    <message>
        <source>{path}: refused: {reason}</source>
        <translation>{path}: отклонён: {reason}</translation>
    </message>
    <message>
        <source>{path}: for another desk, left alone</source>
        <translation>{path}: для другого узла, оставлен как есть</translation>
    </message>
    <message>
        <source>{path}: already imported from {sender} #{sequence}</source>
        <translation>{path}: уже импортирован от {sender} #{sequence}</translation>
    </message>
    <message>
        <source>{path}: merged from {sender} #{sequence}</source>
        <translation>{path}: объединён от {sender} #{sequence}</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {conflicts} conflicts, {files} files; digest matches</source>
        <translation>новых: {created}, обновлено: {updated}, конфликтов: {conflicts}, файлов: {files}; хеш совпадает</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {conflicts} conflicts, {files} files; digest differs</source>
        <translation>новых: {created}, обновлено: {updated}, конфликтов: {conflicts}, файлов: {files}; хеш отличается</translation>
    </message>
    <message>
        <source>due, as {sender} sees it on {date} ({days} days): {counts}</source>
        <translation>сроки, как их видит {sender} на {date} ({days} дн.): {counts}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>{path}: already imported (from {sender} #{sequence})</source>
        <translation>{path}: уже импортирован (от {sender} #{sequence})</translation>
    </message>
    <message>
        <source>{path}: ok (from {sender} #{sequence})</source>
        <translation>{path}: в порядке (от {sender} #{sequence})</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>conflict {id} resolved</source>
        <translation>конфликт {id} разрешён</translation>
    </message>
    <message>
        <source>attached {name} ({size} bytes, sha256 {sha256})</source>
        <translation>прикреплён {name} ({size} байт, sha256 {sha256})</translation>
    </message>
    <message>
        <source>wrote {file} ({size} bytes)</source>
        <translation>записан {file} ({size} байт)</translation>
    </message>
    <message>
        <source>added working group {code} (id {id})</source>
        <translation>добавлена рабочая группа {code} (id {id})</translation>
    </message>
    <message>
        <source>added meeting {number} (id {id})</source>
        <translation>добавлено заседание {number} (id {id})</translation>
    </message>
    <message>
        <source>added decision {number} (id {id})</source>
        <translation>добавлено решение {number} (id {id})</translation>
    </message>
    <message>
        <source>give --assign or --no-assignees, not both</source>
        <translation>укажите --assign или --no-assignees, но не оба</translation>
    </message>
    <message>
        <source>give --deadline or --no-deadline, not both</source>
        <translation>укажите --deadline или --no-deadline, но не оба</translation>
    </message>
    <message>
        <source>nothing to change: give at least one --FIELD VALUE</source>
        <translation>нечего менять: укажите хотя бы одно --ПОЛЕ ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>changed decision {number} (id {id})</source>
        <translation>изменено решение {number} (id {id})</translation>
    </message>
    <message>
        <source>decision {number}: done</source>
        <translation>решение {number}: выполнено</translation>
    </message>
    <message>
        <source>decision {number}: not done</source>
        <translation>решение {number}: не выполнено</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>period {period}</source>
        <translation>период {period}</translation>
    </message>
    <message>
        <source>measures: {count}, mean {percent}% complete</source>
        <translation>мероприятий: {count}, в среднем выполнено {percent}%</translation>
    </message>
    <message>
        <source>by direction:</source>
        <translation>по направлениям:</translation>
    </message>
    <message>
        <source>{number}: {count} measures, mean {percent}%</source>
        <translation>{number}: мероприятий {count}, в среднем {percent}%</translation>
    </message>
    <message>
        <source>overdue measures: {measures}</source>
        <translation>просроченные мероприятия: {measures}</translation>
    </message>
    <message>
        <source>open findings: {findings}</source>
        <translation>открытые недостатки: {findings}</translation>
    </message>
    <message>
        <source>urgent findings: {findings}</source>
        <translation>срочные недостатки: {findings}</translation>
    </message>
    <message>
        <source>lead reports missing: {reports}</source>
        <translation>недостающие отчёты головных исполнителей: {reports}</translation>
    </message>
    <message>
        <source>institutions (measures led, reports missing for {period}):</source>
        <translation>учреждения (мероприятия в ответственности, недостающие отчёты за {period}):</translation>
    </message>
    <message>
        <source>every institution</source>
        <translation>все учреждения</translation>
    </message>
    <message>
        <source>due as of {date} within {days} days, {scope}</source>
        <translation>сроки на {date} в пределах {days} дн., {scope}</translation>
    </message>
    <message>
        <source>added institution {code} (id {id})</source>
        <translation>добавлено учреждение {code} (id {id})</translation>
    </message>
    <message>
        <source>institution {code}</source>
        <translation>учреждение {code}</translation>
    </message>
    <message>
        <source>{subject}: nothing changed</source>
        <translation>{subject}: ничего не изменилось</translation>
    </message>
    <message>
        <source>{subject}: changed {fields}</source>
        <translation>{subject}: изменено: {fields}</translation>
    </message>
    <message>
        <source>added facility {name} (id {id})</source>
        <translation>добавлен объект {name} (id {id})</translation>
    </message>
    <message>
        <source>(no strategy yet: set it with &apos;strategy set&apos;)</source>
        <translation>(стратегии пока нет: задайте её командой &apos;strategy set&apos;)</translation>
    </message>
    <message>
        <source>added direction {number} (id {id})</source>
        <translation>добавлено направление {number} (id {id})</translation>
    </message>
    <message>
        <source>direction {number}</source>
        <translation>направление {number}</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>постоянно</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Вклад исполнителей</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>История изменений плана</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Отчёты об исполнении</translation>
    </message>
    <message>
        <source>added inspection {reference} (id {id})</source>
        <translation>добавлена проверка {reference} (id {id})</translation>
    </message>
    <message>
        <source>inspection {reference}</source>
        <translation>проверка {reference}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Недостатки</translation>
    </message>
    <message>
        <source>{ref}: deadline {old} -&gt; {new} on {at}, approved by {approver}: {reason}</source>
        <translation>{ref}: срок {old} -&gt; {new}, {at}, утвердил {approver}: {reason}</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Акты</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>issued addendum {addendum} No {number} of {date} with {count} finding(s)</source>
        <translation>выдано дополнение {addendum} № {number} от {date}, недостатков: {count}</translation>
    </message>
    <message>
        <source>issued act No {number} of {date} with {count} finding(s)</source>
        <translation>выдан акт № {number} от {date}, недостатков: {count}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>issuing agency</source>
        <translation>ведомство, выдавшее акт</translation>
    </message>
    <message>
        <source>partner agency</source>
        <translation>ведомство-партнёр</translation>
    </message>
    <message>
        <source>awaiting co-signature</source>
        <translation>ожидает совместной подписи</translation>
    </message>
    <message>
        <source>signed addendum {addendum} No {number} of {date}</source>
        <translation>подписано дополнение {addendum} № {number} от {date}</translation>
    </message>
    <message>
        <source>signed act No {number} of {date}</source>
        <translation>подписан акт № {number} от {date}</translation>
    </message>
    <message>
        <source>signed the verified closure of {ref} of {at}</source>
        <translation>подписано проверенное закрытие {ref} от {at}</translation>
    </message>
    <message>
        <source>added note {id} at {at}</source>
        <translation>добавлена заметка {id} в {at}</translation>
    </message>
    <message>
        <source>signed for the issuing agency</source>
        <translation>подписано от проверяющего ведомства</translation>
    </message>
    <message>
        <source>co-signed (partner agency)</source>
        <translation>подписано совместно (ведомство-партнёр)</translation>
    </message>
    <message>
        <source>added finding {ref} (id {id})</source>
        <translation>добавлен недостаток {ref} (id {id})</translation>
    </message>
    <message>
        <source>finding {ref}</source>
        <translation>недостаток {ref}</translation>
    </message>
    <message>
        <source>responded to finding {ref}</source>
        <translation>дан ответ по недостатку {ref}</translation>
    </message>
    <message>
        <source>finding {ref}: {old} -&gt; {new}</source>
        <translation>недостаток {ref}: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>response</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>issue the act: its findings then travel to the institution</source>
        <translation>оформить акт: затем его недостатки передаются учреждению</translation>
    </message>
    <message>
        <source>issue the findings recorded after the act as the next addendum</source>
        <translation>оформить недостатки, зарегистрированные после акта, очередным дополнением</translation>
    </message>
    <message>
        <source>key {fingerprint}</source>
        <translation>ключ {fingerprint}</translation>
    </message>
    <message>
        <source>finding {ref}: deadline {old} -&gt; {new}</source>
        <translation>недостаток {ref}: срок {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>asked for finding {ref}&apos;s deadline {old} -&gt; {new} (request {id})</source>
        <translation>запрошено продление срока недостатка {ref}: {old} -&gt; {new} (запрос {id})</translation>
    </message>
    <message>
        <source>extension request {id}: {status}</source>
        <translation>запрос о продлении {id}: {status}</translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation>отчётов пока нет</translation>
    </message>
    <message>
        <source>report {id} of {institution} for {period}</source>
        <translation>отчёт {id} учреждения {institution} за {period}</translation>
    </message>
    <message>
        <source>decision for {period} by {user}: {reason}</source>
        <translation>решение за {period}, принял {user}: {reason}</translation>
    </message>
    <message>
        <source>measure {number}: official status {status} {percent}%</source>
        <translation>мероприятие {number}: официальный статус {status} {percent}%</translation>
    </message>
    <message>
        <source>added measure {number} (id {id})</source>
        <translation>добавлено мероприятие {number} (id {id})</translation>
    </message>
    <message>
        <source>--decision is cited by a plan revision: give its --reason too</source>
        <translation>--decision приводится в изменении плана: укажите и его --reason</translation>
    </message>
    <message>
        <source>measure {number}</source>
        <translation>мероприятие {number}</translation>
    </message>
    <message>
        <source>measure {number}: cancelled from {date}</source>
        <translation>мероприятие {number}: отменено с {date}</translation>
    </message>
    <message>
        <source>--direction takes a direction number (got {text})</source>
        <translation>--direction принимает номер направления (получено {text})</translation>
    </message>
    <message>
        <source>deleted measure {number}</source>
        <translation>удалено мероприятие {number}</translation>
    </message>
    <message>
        <source>added indicator {name} (id {id})</source>
        <translation>добавлен показатель {name} (id {id})</translation>
    </message>
    <message>
        <source>indicator {name}</source>
        <translation>показатель {name}</translation>
    </message>
    <message>
        <source>--cancel-missing goes with --apply</source>
        <translation>--cancel-missing указывается вместе с --apply</translation>
    </message>
    <message>
        <source>wrote the plan template ({language}) to {file}</source>
        <translation>шаблон плана ({language}) записан в {file}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, header on row {row}</source>
        <translation>{file}, лист {sheet}, заголовок в строке {row}</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(не читается)</translation>
    </message>
    <message>
        <source>columns: {columns}</source>
        <translation>столбцы: {columns}</translation>
    </message>
    <message>
        <source>directions: {directions} new, {known} known; measures: {measures} new, {changed} changed, {unchanged} unchanged; indicators: {indicators} new</source>
        <translation>направления: новых {directions}, известных {known}; мероприятия: новых {measures}, изменённых {changed}, без изменений {unchanged}; показатели: новых {indicators}</translation>
    </message>
    <message>
        <source>not in this file ({count}), cancelled only with --cancel-missing:</source>
        <translation>нет в этом файле ({count}), отменяются только с --cancel-missing:</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(отменено)</translation>
    </message>
    <message>
        <source>problems ({count}):</source>
        <translation>проблемы ({count}):</translation>
    </message>
    <message>
        <source>(near: {names})</source>
        <translation>(похожие: {names})</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>imported: {directions} direction(s), {created} measure(s) created, {updated} changed, {indicators} indicator(s), {cancelled} cancelled</source>
        <translation>импортировано: направлений {directions}, создано мероприятий {created}, изменено {updated}, показателей {indicators}, отменено {cancelled}</translation>
    </message>
    <message>
        <source>nothing written: fix the problems (or map the columns with --map), then --apply</source>
        <translation>ничего не записано: устраните проблемы (или сопоставьте столбцы через --map), затем --apply</translation>
    </message>
    <message>
        <source>nothing written: add --apply to import</source>
        <translation>ничего не записано: добавьте --apply для импорта</translation>
    </message>
    <message>
        <source>draft progress report {id} for {period}</source>
        <translation>черновик отчёта об исполнении {id} за {period}</translation>
    </message>
    <message>
        <source>submitted progress report {id} for {period}</source>
        <translation>представлен отчёт об исполнении {id} за {period}</translation>
    </message>
    <message>
        <source>updated progress report {id}</source>
        <translation>обновлён отчёт об исполнении {id}</translation>
    </message>
    <message>
        <source>submitted progress report {id}</source>
        <translation>представлен отчёт об исполнении {id}</translation>
    </message>
    <message>
        <source>progress report {id}: {result}</source>
        <translation>отчёт об исполнении {id}: {result}</translation>
    </message>
    <message>
        <source>release verified: {name} {version}, {files} files, signed by key {key}</source>
        <translation>выпуск проверен: {name} {version}, файлов: {files}, подписан ключом {key}</translation>
    </message>
    <message>
        <source>report {kind} is printed in {languages}</source>
        <translation>отчёт {kind} печатается на языках: {languages}</translation>
    </message>
    <message>
        <source>report inspection-act needs --inspection REF</source>
        <translation>для report inspection-act нужен --inspection REF</translation>
    </message>
    <message>
        <source>report urgent-notice needs --finding REF</source>
        <translation>для report urgent-notice нужен --finding REF</translation>
    </message>
    <message>
        <source>--json is for report compliance</source>
        <translation>--json предназначен для report compliance</translation>
    </message>
    <message>
        <source>report transfer-form needs --bundle ID (see &apos;bundles list&apos;)</source>
        <translation>для report transfer-form нужен --bundle ID (см. &apos;bundles list&apos;)</translation>
    </message>
    <message>
        <source>added requirement {code} (id {id})</source>
        <translation>добавлено требование {code} (id {id})</translation>
    </message>
    <message>
        <source>{file}: {added} added, {updated} updated</source>
        <translation>{file}: добавлено {added}, обновлено {updated}</translation>
    </message>
    <message>
        <source>emblem on reports: set from a PNG or JPEG file path; &apos;&apos; removes it</source>
        <translation>герб в отчётах: задаётся путём к файлу PNG или JPEG; &apos;&apos; удаляет его</translation>
    </message>
    <message>
        <source>New passphrase for {user}: </source>
        <translation>Новый пароль пользователя {user}: </translation>
    </message>
    <message>
        <source>created the {role} store of {code} in {home}</source>
        <translation>создано хранилище {code} ({role}) в {home}</translation>
    </message>
    <message>
        <source>admin user: {user}</source>
        <translation>пользователь-администратор: {user}</translation>
    </message>
    <message>
        <source>(image)</source>
        <translation>(изображение)</translation>
    </message>
    <message>
        <source>{key} set from {file}</source>
        <translation>{key} задан из {file}</translation>
    </message>
    <message>
        <source>{key} removed</source>
        <translation>{key} удалён</translation>
    </message>
    <message>
        <source>added user {name} ({role})</source>
        <translation>добавлен пользователь {name} ({role})</translation>
    </message>
    <message>
        <source>the recovery key no longer opens the store: make a new one (users recovery-key)</source>
        <translation>ключ восстановления больше не открывает хранилище: создайте новый (users recovery-key)</translation>
    </message>
    <message>
        <source>user {name} removed; the database now has a new data key</source>
        <translation>пользователь {name} удалён; теперь у базы данных новый ключ данных</translation>
    </message>
    <message>
        <source>user {name} is now {role}</source>
        <translation>пользователь {name} теперь {role}</translation>
    </message>
    <message>
        <source>passphrase of {name} changed</source>
        <translation>пароль пользователя {name} изменён</translation>
    </message>
    <message>
        <source>the database now has a new data key</source>
        <translation>теперь у базы данных новый ключ данных</translation>
    </message>
    <message>
        <source>Print or write down this recovery key and keep it locked away; it opens the store without any passphrase. The previous recovery key no longer works.</source>
        <translation>Напечатайте или запишите этот ключ восстановления и храните его под замком: он открывает хранилище без всякого пароля. Прежний ключ восстановления больше не действует.</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>ничего не найдено</translation>
    </message>
    <message>
        <source>Passphrase for {user}: </source>
        <translation>Пароль пользователя {user}: </translation>
    </message>
    <message>
        <source>{count} failed attempt(s) to unlock as {user} since your last sign-in</source>
        <translation>неудачных попыток открыть как {user} с вашего последнего входа: {count}</translation>
    </message>
    <message>
        <source>{option} takes NAME=VALUE (got {item})</source>
        <translation>{option} принимает ИМЯ=ЗНАЧЕНИЕ (получено {item})</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>не текст UTF-8</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Повторите: </translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>предупреждение: {text}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>--{option} takes a file name ending in {suffix}</source>
        <translation>--{option} принимает имя файла, оканчивающееся на {suffix}</translation>
    </message>
    <message>
        <source>wrote {count} row(s) to {target}</source>
        <translation>в {target} записано строк: {count}</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>ADDED BY</source>
        <translation>ДОБАВИЛ</translation>
    </message>
    <message>
        <source>the workspace folder (like --home)</source>
        <translation>рабочая папка (как --home)</translation>
    </message>
    <message>
        <source>the passphrase (else --passphrase-file, else a prompt)</source>
        <translation>пароль (иначе --passphrase-file, иначе запрос)</translation>
    </message>
    <message>
        <source>the new passphrase for &apos;users add&apos; and &apos;users passwd&apos;</source>
        <translation>новый пароль для &apos;users add&apos; и &apos;users passwd&apos;</translation>
    </message>
    <message>
        <source>show tracebacks</source>
        <translation>показывать трассировку ошибок (traceback)</translation>
    </message>
    <message>
        <source>environment:</source>
        <translation>переменные окружения:</translation>
    </message>
    <message>
        <source>A passphrase is never taken as a command-line argument: other users can read those.</source>
        <translation>Пароль никогда не принимается аргументом командной строки: их могут прочитать другие пользователи.</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>показать версию программы и выйти</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>обязательны аргументы: {names}</translation>
    </message>
    <message>
        <source>argument {name}: invalid choice: {value} (choose from {choices})</source>
        <translation>аргумент {name}: недопустимое значение: {value} (выберите из {choices})</translation>
    </message>
    <message>
        <source>argument {name}: expected one argument</source>
        <translation>аргумент {name}: ожидается одно значение</translation>
    </message>
    <message>
        <source>argument {name}: invalid {kind} value: {value}</source>
        <translation>аргумент {name}: недопустимое значение {kind}: {value}</translation>
    </message>
    <message>
        <source>argument {name}: not allowed with argument {other}</source>
        <translation>аргумент {name} нельзя указывать вместе с аргументом {other}</translation>
    </message>
    <message>
        <source>one of the arguments {names} is required</source>
        <translation>обязателен один из аргументов {names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {values}</source>
        <translation>нераспознанные аргументы: {values}</translation>
    </message>
    <message>
        <source>argument {name}: ignored explicit argument {value}</source>
        <translation>аргумент {name}: явно заданное значение {value} не допускается</translation>
    </message>
    <message>
        <source>argument {name}: expected at least one argument</source>
        <translation>аргумент {name}: ожидается хотя бы одно значение</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>ошибка: {message}</translation>
    </message>
    <message>
        <source>a passphrase is never given as an argument: use env {env}, --passphrase-file FILE or the prompt</source>
        <translation>пароль никогда не передаётся аргументом: используйте переменную окружения {env}, --passphrase-file ФАЙЛ или запрос</translation>
    </message>
    <message>
        <source>unknown option(s) {options} (values not shown); see &apos;infosec-desk --help&apos;</source>
        <translation>неизвестные параметры {options} (значения не показаны); см. &apos;infosec-desk --help&apos;</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>unexpected {kind}: {text} (a bug; set {env}=1 for the traceback and report it)</source>
        <translation>непредвиденная ошибка {kind}: {text} (ошибка программы; задайте {env}=1, чтобы увидеть трассировку, и сообщите о ней)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>от 0 до 100</translation>
    </message>
    <message>
        <source>2026, 2026-H1 or 2026-Q3 (default: now)</source>
        <translation>2026, 2026-H1 или 2026-Q3 (по умолчанию: текущий)</translation>
    </message>
    <message>
        <source>2026-Q3, 2026-H1 or 2026</source>
        <translation>2026-Q3, 2026-H1 или 2026</translation>
    </message>
    <message>
        <source>30.09.2026 or 2026-09-30</source>
        <translation>30.09.2026 или 2026-09-30</translation>
    </message>
    <message>
        <source>ACHIEVED %</source>
        <translation>ДОСТИГНУТО %</translation>
    </message>
    <message>
        <source>ACT</source>
        <translation>АКТ</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>АКТИВНО</translation>
    </message>
    <message>
        <source>ACTUAL</source>
        <translation>ФАКТ</translation>
    </message>
    <message>
        <source>ADDENDUM</source>
        <translation>ДОПОЛНЕНИЕ</translation>
    </message>
    <message>
        <source>AGENDA</source>
        <translation>ПОВЕСТКА</translation>
    </message>
    <message>
        <source>ASKED</source>
        <translation>ЗАПРОШЕНО</translation>
    </message>
    <message>
        <source>ASKED FOR</source>
        <translation>ЗАПРОШЕННЫЙ СРОК</translation>
    </message>
    <message>
        <source>ASSIGNED</source>
        <translation>НАЗНАЧЕНО</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>AT (UTC)</source>
        <translation>ВРЕМЯ (UTC)</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>АВТОР</translation>
    </message>
    <message>
        <source>BASELINE</source>
        <translation>БАЗА</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>КТО</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>КАТЕГОРИЯ</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>КЛАСС</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>КОММЕНТАРИЙ</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>СОЗДАНО</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>DEADLINE</source>
        <translation>СРОК</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>РЕШЕНИЕ</translation>
    </message>
    <message>
        <source>DECISIONS</source>
        <translation>РЕШЕНИЯ</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>ОПИСАНИЕ</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>ПОДРОБНОСТИ</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>НАПР.</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>НАПРАВЛЕНИЕ</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ЧЕРНОВИК</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>СРОК</translation>
    </message>
    <message>
        <source>END</source>
        <translation>КОНЕЦ</translation>
    </message>
    <message>
        <source>EVALUATION</source>
        <translation>ОЦЕНКА</translation>
    </message>
    <message>
        <source>EVALUATOR</source>
        <translation>ОЦЕНЩИК</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>МАТЕРИАЛЫ</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>ПОЛЕ</translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation>НЕДОСТАТОК</translation>
    </message>
    <message>
        <source>FINDINGS</source>
        <translation>НЕДОСТАТКИ</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>ОТПЕЧАТОК</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>ГРУППА</translation>
    </message>
    <message>
        <source>HERE</source>
        <translation>ЗДЕСЬ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>INSTITUTION</source>
        <translation>УЧРЕЖДЕНИЕ</translation>
    </message>
    <message>
        <source>ISO 27001</source>
        <translation>ISO 27001</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022 Annex A</source>
        <translation>ISO/IEC 27001:2022, приложение A</translation>
    </message>
    <message>
        <source>ISSUED</source>
        <translation>ВЫДАН</translation>
    </message>
    <message>
        <source>InfoSec Desk on the command line: the strategy&apos;s action plan, progress reports and CII inspections in an encrypted local store.</source>
        <translation>InfoSec Desk в командной строке: план действий стратегии, отчёты об исполнении и проверки КИИ в зашифрованном локальном хранилище.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>КЛЮЧ</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>ОТВЕТСТВЕННЫЙ</translation>
    </message>
    <message>
        <source>LED</source>
        <translation>ОТВЕТСТВЕННЫЙ</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>ОПИСАНИЕ</translation>
    </message>
    <message>
        <source>MEASURE</source>
        <translation>МЕРОПРИЯТИЕ</translation>
    </message>
    <message>
        <source>MEASURES</source>
        <translation>МЕРОПРИЯТИЯ</translation>
    </message>
    <message>
        <source>MEETINGS</source>
        <translation>ЗАСЕДАНИЯ</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>ЧЛЕН</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>ЧЛЕНЫ</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>СПОСОБ</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>НЕ ХВАТАЕТ</translation>
    </message>
    <message>
        <source>N</source>
        <translation>№</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>NAME (EN)</source>
        <translation>НАЗВАНИЕ (EN)</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>НОВОЕ</translation>
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
        <translation>УЗЕЛ</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>НОМЕР</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>ПРЕЖНЕЕ</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ИТОГ</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>PEER</source>
        <translation>ПАРТНЁР</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>ПЕРИОД</translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation>ПРОБЛЕМЫ</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>ОСНОВАНИЕ</translation>
    </message>
    <message>
        <source>RECORD</source>
        <translation>ЗАПИСЬ</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>ССЫЛКА</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>ОБОЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>REFERENCE#N or id</source>
        <translation>НОМЕР#N или id</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>ОТЧЁТ</translation>
    </message>
    <message>
        <source>REPRESENTATIVE</source>
        <translation>ПРЕДСТАВИТЕЛЬ</translation>
    </message>
    <message>
        <source>REQUIREMENT</source>
        <translation>ТРЕБОВАНИЕ</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <source>RISK</source>
        <translation>РИСК</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>СТРОКА</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ПРЕДМЕТ</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>№</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>СЕРЬЁЗНОСТЬ</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>SIGNATURES</source>
        <translation>ПОДПИСИ</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>РАЗМЕР</translation>
    </message>
    <message>
        <source>START</source>
        <translation>НАЧАЛО</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ЦЕЛЬ</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>THEIRS</source>
        <translation>У НИХ</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>НАИМЕНОВАНИЕ</translation>
    </message>
    <message>
        <source>TITLE (EN)</source>
        <translation>НАИМЕНОВАНИЕ (EN)</translation>
    </message>
    <message>
        <source>TITLE / CHANGES</source>
        <translation>НАИМЕНОВАНИЕ / ИЗМЕНЕНИЯ</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>ЕДИНИЦА</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>СРОЧНО</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ПОЛЬЗОВАТЕЛЬ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>ЧТО</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>КОГДА</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>КТО</translation>
    </message>
    <message>
        <source>WORK DONE</source>
        <translation>ВЫПОЛНЕННАЯ РАБОТА</translation>
    </message>
    <message>
        <source>a group with its meetings</source>
        <translation>группа с её заседаниями</translation>
    </message>
    <message>
        <source>a measure the decision cites; repeat for each</source>
        <translation>мероприятие, на которое ссылается решение; повторите для каждого</translation>
    </message>
    <message>
        <source>a measure with indicators, reports and files</source>
        <translation>мероприятие с индикаторами, отчётами и файлами</translation>
    </message>
    <message>
        <source>a measure&apos;s indicators</source>
        <translation>индикаторы мероприятия</translation>
    </message>
    <message>
        <source>a measure&apos;s indicators with the lead&apos;s actuals and their achievement</source>
        <translation>индикаторы мероприятия с фактическими значениями ответственного и степенью их достижения</translation>
    </message>
    <message>
        <source>a measure&apos;s plan revisions, oldest first</source>
        <translation>изменения плана по мероприятию, сначала самые ранние</translation>
    </message>
    <message>
        <source>a meeting with its decisions</source>
        <translation>заседание с его решениями</translation>
    </message>
    <message>
        <source>a member&apos;s representative (name, position); repeat for each</source>
        <translation>представитель участника (имя, должность); повторите для каждого</translation>
    </message>
    <message>
        <source>a team member; repeat</source>
        <translation>член группы; повторите</translation>
    </message>
    <message>
        <source>accept a build older than this one (it is still named on stderr)</source>
        <translation>принять сборку старше этой (о ней всё равно сообщается в stderr)</translation>
    </message>
    <message>
        <source>actuals up to a period: 2026-Q3</source>
        <translation>фактические значения до периода: 2026-Q3</translation>
    </message>
    <message>
        <source>add a direction</source>
        <translation>добавить направление</translation>
    </message>
    <message>
        <source>add a facility to an institution</source>
        <translation>добавить объект учреждению</translation>
    </message>
    <message>
        <source>add a measure</source>
        <translation>добавить мероприятие</translation>
    </message>
    <message>
        <source>add a note to an inspection</source>
        <translation>добавить заметку к проверке</translation>
    </message>
    <message>
        <source>add a requirement</source>
        <translation>добавить требование</translation>
    </message>
    <message>
        <source>add a user with a passphrase of their own (admin)</source>
        <translation>добавить пользователя с собственным паролем (администратор)</translation>
    </message>
    <message>
        <source>add a working group</source>
        <translation>добавить рабочую группу</translation>
    </message>
    <message>
        <source>add an indicator to a measure</source>
        <translation>добавить индикатор к мероприятию</translation>
    </message>
    <message>
        <source>add an institution</source>
        <translation>добавить учреждение</translation>
    </message>
    <message>
        <source>add or update requirements from a CSV (header: code,title,text,category,iso27001,nist_csf) or a JSON array; all rows are checked before any is written</source>
        <translation>добавить или обновить требования из CSV (заголовок: code,title,text,category,iso27001,nist_csf) или массива JSON; все строки проверяются до записи любой из них</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>повестка</translation>
    </message>
    <message>
        <source>an indicator&apos;s actual value (indicator by name or id); repeat for each; the indicators not named keep theirs</source>
        <translation>фактическое значение индикатора (индикатор по названию или id); повторите для каждого; неназванные индикаторы сохраняют свои значения</translation>
    </message>
    <message>
        <source>an inspected facility (name or id); repeat</source>
        <translation>проверяемый объект (название или id); повторите</translation>
    </message>
    <message>
        <source>an inspected facility (name or id); repeat; replaces the list</source>
        <translation>проверяемый объект (название или id); повторите; заменяет список</translation>
    </message>
    <message>
        <source>an inspection with notes and findings</source>
        <translation>проверка с заметками и недостатками</translation>
    </message>
    <message>
        <source>an institution the task is assigned to; repeat for each</source>
        <translation>учреждение, которому поручена задача; повторите для каждого</translation>
    </message>
    <message>
        <source>an institution the task is assigned to; repeat for each (replaces the list)</source>
        <translation>учреждение, которому поручена задача; повторите для каждого (заменяет список)</translation>
    </message>
    <message>
        <source>an urgent measure is required</source>
        <translation>требуется срочная мера</translation>
    </message>
    <message>
        <source>approving act</source>
        <translation>утверждающий акт</translation>
    </message>
    <message>
        <source>assign it to no institution</source>
        <translation>не поручать ни одному учреждению</translation>
    </message>
    <message>
        <source>attach a file to a record (measure number, inspection reference, REF#N, or any id)</source>
        <translation>прикрепить файл к записи (номер мероприятия, номер проверки, НОМЕР#N или любой id)</translation>
    </message>
    <message>
        <source>attach a file; repeat</source>
        <translation>прикрепить файл; повторите</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>build a demo set of workspaces in DIR (new or empty): the coordinator&apos;s, six institutions&apos; and an inspection team&apos;s, filled through real bundles</source>
        <translation>создать в DIR (новой или пустой) демонстрационный набор рабочих папок: координирующего органа, шести учреждений и проверочной группы, заполненных через настоящие пакеты</translation>
    </message>
    <message>
        <source>cancel a measure (a plan revision): it stays in the plan with its reports</source>
        <translation>отменить мероприятие (изменение плана): оно остаётся в плане со своими отчётами</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>change a decision&apos;s text, assignees or deadline</source>
        <translation>изменить текст, исполнителей или срок решения</translation>
    </message>
    <message>
        <source>change a direction&apos;s title</source>
        <translation>изменить название направления</translation>
    </message>
    <message>
        <source>change a finding (the deadline moves only with &apos;findings extend&apos;, the status with &apos;respond&apos;, &apos;verify&apos;, &apos;dispute&apos;, &apos;decide-dispute&apos; or &apos;reopen&apos;)</source>
        <translation>изменить недостаток (срок меняется только через &apos;findings extend&apos;, статус — через &apos;respond&apos;, &apos;verify&apos;, &apos;dispute&apos;, &apos;decide-dispute&apos; или &apos;reopen&apos;)</translation>
    </message>
    <message>
        <source>change a setting (admin)</source>
        <translation>изменить настройку (администратор)</translation>
    </message>
    <message>
        <source>change a user&apos;s role (admin)</source>
        <translation>изменить роль пользователя (администратор)</translation>
    </message>
    <message>
        <source>change an indicator</source>
        <translation>изменить индикатор</translation>
    </message>
    <message>
        <source>change an institution&apos;s names or kind</source>
        <translation>изменить названия или вид учреждения</translation>
    </message>
    <message>
        <source>change only the named fields of a report</source>
        <translation>изменить только указанные поля отчёта</translation>
    </message>
    <message>
        <source>change some fields of a measure; its dates, lead, co-executors or title only with --reason (a plan revision)</source>
        <translation>изменить некоторые поля мероприятия; сроки, ответственного, соисполнителей или название — только с --reason (изменение плана)</translation>
    </message>
    <message>
        <source>change some fields of an inspection</source>
        <translation>изменить некоторые поля проверки</translation>
    </message>
    <message>
        <source>check a backup whole (with a passphrase of the store it came from: --user and the usual passphrase), then restore it into --home (which must hold no store)</source>
        <translation>проверить резервную копию целиком (паролем хранилища, из которого она сделана: --user и обычный пароль), затем восстановить её в --home (там не должно быть хранилища)</translation>
    </message>
    <message>
        <source>check a copied build (e.g. from a stick) against its signed release manifest: the signature, every file&apos;s SHA-256 and mode, every folder, nothing missing or extra, and that it is not older than this build; exit 1 if anything differs</source>
        <translation>сверить скопированную сборку (например, с флешки) с её подписанным манифестом выпуска: подпись, SHA-256 и права каждого файла, каждую папку, отсутствие недостающего и лишнего, и что она не старше этой сборки; при любом расхождении выход с кодом 1</translation>
    </message>
    <message>
        <source>check bundles completely without changing anything</source>
        <translation>полностью проверить пакеты, ничего не меняя</translation>
    </message>
    <message>
        <source>check it, write nothing</source>
        <translation>проверить, ничего не записывая</translation>
    </message>
    <message>
        <source>check the hash chain; exit 1 naming the first bad entry</source>
        <translation>проверить цепочку хешей; выход с кодом 1 с указанием первой неверной записи</translation>
    </message>
    <message>
        <source>classification marking (default: the setting)</source>
        <translation>гриф (по умолчанию: из настройки)</translation>
    </message>
    <message>
        <source>co-executors</source>
        <translation>соисполнители</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>code or id</source>
        <translation>код или id</translation>
    </message>
    <message>
        <source>compliance: print its figures (and the previous period&apos;s) as JSON too</source>
        <translation>compliance: вывести также его показатели (и за предыдущий период) в JSON</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>заключение</translation>
    </message>
    <message>
        <source>concurrent edits met at merge</source>
        <translation>одновременные правки, встреченные при слиянии</translation>
    </message>
    <message>
        <source>conflicts to review</source>
        <translation>конфликты для рассмотрения</translation>
    </message>
    <message>
        <source>copy a file out of the store</source>
        <translation>скопировать файл из хранилища</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>даты</translation>
    </message>
    <message>
        <source>days ahead (default: 30)</source>
        <translation>дней вперёд (по умолчанию: 30)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>decisions of working group meetings</source>
        <translation>решения заседаний рабочих групп</translation>
    </message>
    <message>
        <source>default: NODE-YEAR-NNN</source>
        <translation>по умолчанию: УЗЕЛ-ГОД-NNN</translation>
    </message>
    <message>
        <source>default: the weighing&apos;s</source>
        <translation>по умолчанию: по оценке риска</translation>
    </message>
    <message>
        <source>deficiencies found by inspections</source>
        <translation>недостатки, выявленные проверками</translation>
    </message>
    <message>
        <source>delete a measure nobody has reported on (cancel one that has reports)</source>
        <translation>удалить мероприятие, по которому никто не отчитывался (мероприятие с отчётами отмените)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>направление</translation>
    </message>
    <message>
        <source>end</source>
        <translation>окончание</translation>
    </message>
    <message>
        <source>end date passed, not completed</source>
        <translation>срок окончания прошёл, не завершено</translation>
    </message>
    <message>
        <source>enrol a partner from its card (admin)</source>
        <translation>зарегистрировать партнёра по его карточке (администратор)</translation>
    </message>
    <message>
        <source>enrolled partners</source>
        <translation>зарегистрированные партнёры</translation>
    </message>
    <message>
        <source>evaluate a submitted report (coordinator)</source>
        <translation>оценить представленный отчёт (координирующий орган)</translation>
    </message>
    <message>
        <source>every bundle in or out</source>
        <translation>каждый входящий или исходящий пакет</translation>
    </message>
    <message>
        <source>every change of state and every response of a finding, oldest first</source>
        <translation>каждое изменение состояния и каждый ответ по недостатку, сначала самые ранние</translation>
    </message>
    <message>
        <source>every evaluation, newest first (a revised report keeps its earlier ones)</source>
        <translation>каждая оценка, сначала самые новые (исправленный отчёт сохраняет прежние)</translation>
    </message>
    <message>
        <source>every setting with its value</source>
        <translation>каждая настройка с её значением</translation>
    </message>
    <message>
        <source>everything in scope, not only news</source>
        <translation>всё в охвате, а не только новое</translation>
    </message>
    <message>
        <source>expected result</source>
        <translation>ожидаемый результат</translation>
    </message>
    <message>
        <source>extension requests, oldest first</source>
        <translation>запросы о продлении срока, сначала самые ранние</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>объекты</translation>
    </message>
    <message>
        <source>figures as of the period&apos;s end (default: today, in the current quarter)</source>
        <translation>показатели на конец периода (по умолчанию: сегодня, в текущем квартале)</translation>
    </message>
    <message>
        <source>files attached to records</source>
        <translation>файлы, прикреплённые к записям</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>финансирование</translation>
    </message>
    <message>
        <source>find measures, reports, requirements, inspections, notes and findings by words (case and Azerbaijani letters folded; each word matches as a prefix)</source>
        <translation>найти мероприятия, отчёты, требования, проверки, заметки и недостатки по словам (без учёта регистра и азербайджанских букв; каждое слово ищется как начало слова)</translation>
    </message>
    <message>
        <source>findings, most severe first</source>
        <translation>недостатки, сначала самые серьёзные</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>home</source>
        <translation>рабочая папка</translation>
    </message>
    <message>
        <source>how grave its impact, 1-5</source>
        <translation>тяжесть последствий, 1-5</translation>
    </message>
    <message>
        <source>how likely the threat is, 1-5</source>
        <translation>вероятность угрозы, 1-5</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>id or id prefix</source>
        <translation>id или начало id</translation>
    </message>
    <message>
        <source>increase, or decrease for a falling indicator (default: from baseline and target)</source>
        <translation>increase или decrease для убывающего индикатора (по умолчанию: по базовому и целевому значениям)</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>inspection-act: addendum N instead of the act</source>
        <translation>inspection-act: дополнение N вместо акта</translation>
    </message>
    <message>
        <source>inspections of CII facilities</source>
        <translation>проверки объектов КИИ</translation>
    </message>
    <message>
        <source>inspections, newest first</source>
        <translation>проверки, сначала самые новые</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>учреждение</translation>
    </message>
    <message>
        <source>institution code or id</source>
        <translation>код или id учреждения</translation>
    </message>
    <message>
        <source>institutions that carry out measures</source>
        <translation>учреждения, исполняющие мероприятия</translation>
    </message>
    <message>
        <source>keep as a draft (a draft never leaves this node)</source>
        <translation>сохранить как черновик (черновик никогда не покидает этот узел)</translation>
    </message>
    <message>
        <source>keep one of the two values</source>
        <translation>оставить одно из двух значений</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>ответственное учреждение</translation>
    </message>
    <message>
        <source>leave drafts out</source>
        <translation>без черновиков</translation>
    </message>
    <message>
        <source>led or co-executed by</source>
        <translation>ответственный или соисполнитель</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>правовое основание</translation>
    </message>
    <message>
        <source>like 2.3.1</source>
        <translation>например, 2.3.1</translation>
    </message>
    <message>
        <source>list meetings</source>
        <translation>список заседаний</translation>
    </message>
    <message>
        <source>list the working groups</source>
        <translation>список рабочих групп</translation>
    </message>
    <message>
        <source>local users and their passphrases</source>
        <translation>локальные пользователи и их пароли</translation>
    </message>
    <message>
        <source>make a new recovery key (replaces the previous one) and print it (admin)</source>
        <translation>создать новый ключ восстановления (заменяет прежний) и вывести его (администратор)</translation>
    </message>
    <message>
        <source>mark a decision&apos;s task done (--undo: not done)</source>
        <translation>отметить задачу решения выполненной (--undo: не выполнена)</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>measure number, id or id prefix</source>
        <translation>номер мероприятия, id или начало id</translation>
    </message>
    <message>
        <source>measures, with the official status (the lead&apos;s latest report)</source>
        <translation>мероприятия с официальным статусом (последний отчёт ответственного)</translation>
    </message>
    <message>
        <source>meetings of the working groups</source>
        <translation>заседания рабочих групп</translation>
    </message>
    <message>
        <source>move a finding&apos;s deadline, with reason and approval</source>
        <translation>перенести срок устранения недостатка, с причиной и согласованием</translation>
    </message>
    <message>
        <source>move clock stamps that are further ahead of this computer&apos;s clock than the allowed skew (setting max_clock_skew_hours) back to now; admins; run it on every node that took such stamps</source>
        <translation>вернуть к текущему моменту отметки времени, опережающие часы этого компьютера больше допустимого расхождения (настройка max_clock_skew_hours); для администраторов; выполните на каждом узле, получившем такие отметки</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>name (en)</source>
        <translation>название (en)</translation>
    </message>
    <message>
        <source>name in Azerbaijani</source>
        <translation>название на азербайджанском</translation>
    </message>
    <message>
        <source>name in English</source>
        <translation>название на английском</translation>
    </message>
    <message>
        <source>new keys; the old key signs the change, which travels in the next bundles (admin)</source>
        <translation>новые ключи; изменение подписывается старым ключом и передаётся в следующих пакетах (администратор)</translation>
    </message>
    <message>
        <source>no bundles yet</source>
        <translation>пакетов пока нет</translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation>конфликтов нет</translation>
    </message>
    <message>
        <source>no decisions</source>
        <translation>решений нет</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>без даты окончания</translation>
    </message>
    <message>
        <source>no evaluations</source>
        <translation>оценок нет</translation>
    </message>
    <message>
        <source>no extension requests</source>
        <translation>запросов о продлении нет</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>недостатков нет</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>истории нет</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation>показателей нет</translation>
    </message>
    <message>
        <source>no inspections</source>
        <translation>проверок нет</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>совпадений нет</translation>
    </message>
    <message>
        <source>no measure to create or change</source>
        <translation>нет мероприятий для создания или изменения</translation>
    </message>
    <message>
        <source>no measures</source>
        <translation>мероприятий нет</translation>
    </message>
    <message>
        <source>no meetings</source>
        <translation>заседаний нет</translation>
    </message>
    <message>
        <source>no members</source>
        <translation>членов нет</translation>
    </message>
    <message>
        <source>no partners</source>
        <translation>партнёров нет</translation>
    </message>
    <message>
        <source>no plan revisions</source>
        <translation>изменений плана нет</translation>
    </message>
    <message>
        <source>no progress reports</source>
        <translation>отчётов об исполнении нет</translation>
    </message>
    <message>
        <source>no working groups</source>
        <translation>рабочих групп нет</translation>
    </message>
    <message>
        <source>node code</source>
        <translation>код узла</translation>
    </message>
    <message>
        <source>node name</source>
        <translation>название узла</translation>
    </message>
    <message>
        <source>node name en</source>
        <translation>название узла (en)</translation>
    </message>
    <message>
        <source>node role</source>
        <translation>роль узла</translation>
    </message>
    <message>
        <source>none: the findings stay with the commission</source>
        <translation>нет: недостатки остаются у комиссии</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>сроков нет</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>number (2.3.1), id or id prefix</source>
        <translation>номер (2.3.1), id или начало id</translation>
    </message>
    <message>
        <source>one group only</source>
        <translation>только одна группа</translation>
    </message>
    <message>
        <source>one institution only</source>
        <translation>только одно учреждение</translation>
    </message>
    <message>
        <source>one report with its evaluations, newest first</source>
        <translation>один отчёт с его оценками, сначала самые новые</translation>
    </message>
    <message>
        <source>only this action (create, update, delete, ...)</source>
        <translation>только это действие (create, update, delete, ...)</translation>
    </message>
    <message>
        <source>only this institution&apos;s</source>
        <translation>только этого учреждения</translation>
    </message>
    <message>
        <source>only this partner</source>
        <translation>только этот партнёр</translation>
    </message>
    <message>
        <source>only this user&apos;s entries</source>
        <translation>только записи этого пользователя</translation>
    </message>
    <message>
        <source>only those awaiting a decision</source>
        <translation>только ожидающие решения</translation>
    </message>
    <message>
        <source>only when it has none yet</source>
        <translation>только если его ещё нет</translation>
    </message>
    <message>
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>plan or record an inspection</source>
        <translation>запланировать или зарегистрировать проверку</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>вывести JSON вместо таблицы</translation>
    </message>
    <message>
        <source>print a report to PDF: strategy (implementation for a period), inspection-act, urgent-notice (an urgent finding&apos;s notice to the institution and the commission), compliance (CII, for a period), key-card (this node&apos;s identity), transfer-form (a bundle), due-list (an institution&apos;s), meeting-protocol (a working group meeting&apos;s), user-guide; in the language of --lang (en, az or ru, but inspection-act, key-card and transfer-form in en or az only), else the CLI&apos;s, else en</source>
        <translation>вывести отчёт в PDF: strategy (исполнение за период), inspection-act (акт проверки), urgent-notice (уведомление учреждения и комиссии о срочном недостатке), compliance (КИИ, за период), key-card (идентификация этого узла), transfer-form (пакет), due-list (сроки учреждения), meeting-protocol (протокол заседания рабочей группы), user-guide (руководство пользователя); на языке --lang (en, az или ru; inspection-act, key-card и transfer-form только en или az), иначе на языке CLI, иначе en</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>вывести значение одной настройки</translation>
    </message>
    <message>
        <source>print this node&apos;s key fingerprint</source>
        <translation>вывести отпечаток ключа этого узла</translation>
    </message>
    <message>
        <source>problems and risks</source>
        <translation>проблемы и риски</translation>
    </message>
    <message>
        <source>problems and risks (a revision keeps them if not given)</source>
        <translation>проблемы и риски (если не указаны, исправление сохраняет прежние)</translation>
    </message>
    <message>
        <source>progress reports on measures</source>
        <translation>отчёты об исполнении мероприятий</translation>
    </message>
    <message>
        <source>progress reports, newest period first</source>
        <translation>отчёты об исполнении, сначала за последний период</translation>
    </message>
    <message>
        <source>protocol number (default: GROUP-YEAR-NN)</source>
        <translation>номер протокола (по умолчанию: ГРУППА-ГОД-NN)</translation>
    </message>
    <message>
        <source>read FIELD (number, title, executors, term, ...) from the column with this header or letter, or do not read it (ignore=HEADER; once per column); saved for the next import when applied</source>
        <translation>читать поле FIELD (number, title, executors, term, ...) из столбца с этим заголовком или буквой либо не читать его (ignore=ЗАГОЛОВОК; по разу на столбец); при применении сохраняется для следующего импорта</translation>
    </message>
    <message>
        <source>read the new passphrase from FILE instead of env INFOSEC_DESK_NEW_PASSPHRASE or a prompt</source>
        <translation>читать новый пароль из FILE вместо переменной INFOSEC_DESK_NEW_PASSPHRASE или запроса</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of FILE (&apos;-&apos;: stdin) instead of env INFOSEC_DESK_PASSPHRASE or a prompt</source>
        <translation>читать пароль из первой строки FILE (&apos;-&apos;: stdin) вместо переменной INFOSEC_DESK_PASSPHRASE или запроса</translation>
    </message>
    <message>
        <source>record a finding of an inspection</source>
        <translation>зарегистрировать недостаток проверки</translation>
    </message>
    <message>
        <source>record a meeting</source>
        <translation>зарегистрировать заседание</translation>
    </message>
    <message>
        <source>record a meeting&apos;s next decision</source>
        <translation>зарегистрировать следующее решение заседания</translation>
    </message>
    <message>
        <source>reference, id or id prefix</source>
        <translation>номер, id или начало id</translation>
    </message>
    <message>
        <source>refuse a partner&apos;s bundles from now on (admin)</source>
        <translation>отныне отклонять пакеты партнёра (администратор)</translation>
    </message>
    <message>
        <source>remove a user and re-key the database, so the key they held opens it no more (admin)</source>
        <translation>удалить пользователя и сменить ключ базы, чтобы его ключ её больше не открывал (администратор)</translation>
    </message>
    <message>
        <source>remove the deadline</source>
        <translation>снять срок</translation>
    </message>
    <message>
        <source>reopen a closed or withdrawn finding</source>
        <translation>снова открыть закрытый или отозванный недостаток</translation>
    </message>
    <message>
        <source>repeat for each attendee (name, position, institution)</source>
        <translation>повторите для каждого участника (имя, должность, учреждение)</translation>
    </message>
    <message>
        <source>repeat for each co-executing institution</source>
        <translation>повторите для каждого учреждения-соисполнителя</translation>
    </message>
    <message>
        <source>repeat for each co-executing institution; replaces the list (&apos;&apos; empties it)</source>
        <translation>повторите для каждого учреждения-соисполнителя; заменяет список (&apos;&apos; очищает его)</translation>
    </message>
    <message>
        <source>repeat for each member institution</source>
        <translation>повторите для каждого учреждения-участника</translation>
    </message>
    <message>
        <source>report (or revise) this institution&apos;s progress on a measure for a period</source>
        <translation>отчитаться (или исправить отчёт) об исполнении мероприятия этим учреждением за период</translation>
    </message>
    <message>
        <source>report id or id prefix</source>
        <translation>id отчёта или начало id</translation>
    </message>
    <message>
        <source>required unless implemented</source>
        <translation>обязательно, если результат не «исполнено»</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>предмет проверки</translation>
    </message>
    <message>
        <source>set (or change) the strategy</source>
        <translation>задать (или изменить) стратегию</translation>
    </message>
    <message>
        <source>set a measure&apos;s official status, with the reason (coordinator); it holds until the lead&apos;s next report</source>
        <translation>установить официальный статус мероприятия с причиной (координирующий орган); действует до следующего отчёта ответственного</translation>
    </message>
    <message>
        <source>set a user&apos;s passphrase (your own, asked for the current one; or anyone&apos;s as admin, which re-keys the database)</source>
        <translation>задать пароль пользователя (свой — с запросом текущего; или любого как администратор — с заменой ключа базы)</translation>
    </message>
    <message>
        <source>set up a new store (refuses to overwrite one)</source>
        <translation>создать новое хранилище (существующее не перезаписывается)</translation>
    </message>
    <message>
        <source>show or change the node&apos;s settings</source>
        <translation>показать или изменить настройки узла</translation>
    </message>
    <message>
        <source>sign the act and addenda for this node&apos;s agency of the joint commission</source>
        <translation>подписать акт и дополнения от ведомства совместной комиссии, которое представляет этот узел</translation>
    </message>
    <message>
        <source>sign the finding&apos;s verified closure for this node&apos;s agency of the joint commission</source>
        <translation>подписать проверенное закрытие недостатка от ведомства совместной комиссии, которое представляет этот узел</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>status as of a period: 2026-Q3, 2026-H1, 2026</source>
        <translation>статус на период: 2026-Q3, 2026-H1, 2026</translation>
    </message>
    <message>
        <source>status source</source>
        <translation>источник статуса</translation>
    </message>
    <message>
        <source>submit a draft report</source>
        <translation>представить черновик отчёта</translation>
    </message>
    <message>
        <source>team</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>team node</source>
        <translation>узел группы</translation>
    </message>
    <message>
        <source>the CII facilities of institutions</source>
        <translation>объекты КИИ учреждений</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>PDF-файл, который будет записан</translation>
    </message>
    <message>
        <source>the action plan from a spreadsheet (XLSX, ODS, CSV): shows what it would do; --apply writes all of it or nothing</source>
        <translation>план действий из таблицы (XLSX, ODS, CSV): показывает, что будет сделано; --apply записывает всё или ничего</translation>
    </message>
    <message>
        <source>the append-only audit log</source>
        <translation>журнал аудита (только добавление)</translation>
    </message>
    <message>
        <source>the approving act</source>
        <translation>утверждающий акт</translation>
    </message>
    <message>
        <source>the build&apos;s folder</source>
        <translation>папка сборки</translation>
    </message>
    <message>
        <source>the bundle of a transfer form</source>
        <translation>пакет для формы передачи</translation>
    </message>
    <message>
        <source>the catalog is empty</source>
        <translation>каталог пуст</translation>
    </message>
    <message>
        <source>the catalog of CII security requirements</source>
        <translation>каталог требований безопасности КИИ</translation>
    </message>
    <message>
        <source>the catalog, in code order</source>
        <translation>каталог в порядке кодов</translation>
    </message>
    <message>
        <source>the commission&apos;s verification of a claimed remediation</source>
        <translation>проверка комиссией заявленного устранения</translation>
    </message>
    <message>
        <source>the coordinator approves or rejects an extension request</source>
        <translation>координирующий орган одобряет или отклоняет запрос о продлении срока</translation>
    </message>
    <message>
        <source>the coordinator upholds a disputed finding or withdraws it</source>
        <translation>координирующий орган оставляет оспоренный недостаток в силе или отзывает его</translation>
    </message>
    <message>
        <source>the corrective measure required</source>
        <translation>требуемая корректирующая мера</translation>
    </message>
    <message>
        <source>the deadline asked for</source>
        <translation>запрошенный срок</translation>
    </message>
    <message>
        <source>the decision&apos;s date</source>
        <translation>дата решения</translation>
    </message>
    <message>
        <source>the decision&apos;s number</source>
        <translation>номер решения</translation>
    </message>
    <message>
        <source>the direction it works on</source>
        <translation>направление, над которым она работает</translation>
    </message>
    <message>
        <source>the directions</source>
        <translation>направления</translation>
    </message>
    <message>
        <source>the facilities</source>
        <translation>объекты</translation>
    </message>
    <message>
        <source>the file name to keep (default: the file&apos;s own)</source>
        <translation>имя сохраняемого файла (по умолчанию: собственное имя файла)</translation>
    </message>
    <message>
        <source>the files attached to a record</source>
        <translation>файлы, прикреплённые к записи</translation>
    </message>
    <message>
        <source>the fingerprint read from the partner, to compare</source>
        <translation>отпечаток, прочитанный у партнёра, для сверки</translation>
    </message>
    <message>
        <source>the inspected institution asks the coordinator for a later deadline</source>
        <translation>проверяемое учреждение просит координирующий орган о более позднем сроке</translation>
    </message>
    <message>
        <source>the inspected institution contests a finding</source>
        <translation>проверяемое учреждение оспаривает недостаток</translation>
    </message>
    <message>
        <source>the inspected institution&apos;s code</source>
        <translation>код проверяемого учреждения</translation>
    </message>
    <message>
        <source>the inspected institution&apos;s response, added to the finding&apos;s thread</source>
        <translation>ответ проверяемого учреждения, добавляемый к переписке по недостатку</translation>
    </message>
    <message>
        <source>the inspection of an act</source>
        <translation>проверка, к которой относится акт</translation>
    </message>
    <message>
        <source>the inspection-team node assigned</source>
        <translation>назначенный узел проверочной группы</translation>
    </message>
    <message>
        <source>the institution&apos;s name in Azerbaijani</source>
        <translation>название учреждения на азербайджанском</translation>
    </message>
    <message>
        <source>the institution&apos;s name in English</source>
        <translation>название учреждения на английском</translation>
    </message>
    <message>
        <source>the institutions</source>
        <translation>учреждения</translation>
    </message>
    <message>
        <source>the language of what the CLI prints and of the documents it writes: az, en or ru (default: the setting &apos;language&apos;, else the environment&apos;s LANG, else en)</source>
        <translation>язык вывода CLI и создаваемых им документов: az, en или ru (по умолчанию: настройка &apos;language&apos;, иначе LANG окружения, иначе en)</translation>
    </message>
    <message>
        <source>the latest entries, newest first</source>
        <translation>последние записи, сначала самые новые</translation>
    </message>
    <message>
        <source>the local user (default: the only user, else the admin who set the store up)</source>
        <translation>локальный пользователь (по умолчанию: единственный пользователь, иначе администратор, создавший хранилище)</translation>
    </message>
    <message>
        <source>the local users</source>
        <translation>локальные пользователи</translation>
    </message>
    <message>
        <source>the log is empty</source>
        <translation>журнал пуст</translation>
    </message>
    <message>
        <source>the log of bundles written and read</source>
        <translation>журнал записанных и прочитанных пакетов</translation>
    </message>
    <message>
        <source>the measures it leads or co-executes: the figures of its strategy report</source>
        <translation>мероприятия, где оно ответственный или соисполнитель: показатели его отчёта по стратегии</translation>
    </message>
    <message>
        <source>the measures of the action plan</source>
        <translation>мероприятия плана действий</translation>
    </message>
    <message>
        <source>the meeting of a protocol</source>
        <translation>заседание, к которому относится протокол</translation>
    </message>
    <message>
        <source>the new deadline</source>
        <translation>новый срок</translation>
    </message>
    <message>
        <source>the nodes this node exchanges bundles with</source>
        <translation>узлы, с которыми этот узел обменивается пакетами</translation>
    </message>
    <message>
        <source>the release public key, PEM (default: the project&apos;s, resources/release-public-key.pem)</source>
        <translation>открытый ключ выпуска, PEM (по умолчанию: ключ проекта, resources/release-public-key.pem)</translation>
    </message>
    <message>
        <source>the report&apos;s kind, one of those above</source>
        <translation>вид отчёта, один из перечисленных выше</translation>
    </message>
    <message>
        <source>the reports for this period exactly, as reported: 2026-Q3, 2026-H1 or 2026</source>
        <translation>отчёты именно за этот период, как они представлены: 2026-Q3, 2026-H1 или 2026</translation>
    </message>
    <message>
        <source>the request&apos;s id or id prefix</source>
        <translation>id запроса или начало id</translation>
    </message>
    <message>
        <source>the signed manifest (default: DIR/RELEASE.json)</source>
        <translation>подписанный манифест (по умолчанию: DIR/RELEASE.json)</translation>
    </message>
    <message>
        <source>the state of the plan and of the findings</source>
        <translation>состояние плана и недостатков</translation>
    </message>
    <message>
        <source>the strategy</source>
        <translation>стратегия</translation>
    </message>
    <message>
        <source>the strategy the action plan carries out</source>
        <translation>стратегия, которую реализует план действий</translation>
    </message>
    <message>
        <source>the strategy&apos;s directions</source>
        <translation>направления стратегии</translation>
    </message>
    <message>
        <source>the urgent finding of a notice</source>
        <translation>срочный недостаток, к которому относится уведомление</translation>
    </message>
    <message>
        <source>the value planned for a year&apos;s end; repeat</source>
        <translation>значение, планируемое на конец года; повторите</translation>
    </message>
    <message>
        <source>the value planned for a year&apos;s end; repeat; replaces them all</source>
        <translation>значение, планируемое на конец года; повторите; заменяет все</translation>
    </message>
    <message>
        <source>the whole shared state as canonical JSON (sorted keys and records, files by hash)</source>
        <translation>всё общее состояние в каноническом JSON (ключи и записи отсортированы, файлы по хешу)</translation>
    </message>
    <message>
        <source>the work done</source>
        <translation>выполненная работа</translation>
    </message>
    <message>
        <source>the workspace folder (env INFOSEC_DESK_HOME; default: the user data folder)</source>
        <translation>рабочая папка (переменная INFOSEC_DESK_HOME; по умолчанию: папка данных пользователя)</translation>
    </message>
    <message>
        <source>this node&apos;s exchange keys</source>
        <translation>ключи обмена этого узла</translation>
    </message>
    <message>
        <source>this node&apos;s institution code</source>
        <translation>код учреждения этого узла</translation>
    </message>
    <message>
        <source>this node, the signed-in user, the store</source>
        <translation>этот узел, вошедший пользователь, хранилище</translation>
    </message>
    <message>
        <source>timestamped inspection notes</source>
        <translation>заметки проверки с отметкой времени</translation>
    </message>
    <message>
        <source>title</source>
        <translation>наименование</translation>
    </message>
    <message>
        <source>title (en)</source>
        <translation>наименование (en)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>user role</source>
        <translation>роль пользователя</translation>
    </message>
    <message>
        <source>verify and merge bundles (files or folders)</source>
        <translation>проверить и слить пакеты (файлы или папки)</translation>
    </message>
    <message>
        <source>what is due: lead reports for the current period, measures ending soon, reports to clarify, findings due or overdue, remediation claims to verify, extension requests to decide, working group tasks</source>
        <translation>что к сроку: отчёты ответственных за текущий период, скоро заканчивающиеся мероприятия, отчёты для уточнения, недостатки со сроком или просроченные, заявления об устранении для проверки, запросы о продлении для решения, задачи рабочих групп</translation>
    </message>
    <message>
        <source>who chaired it</source>
        <translation>кто председательствовал</translation>
    </message>
    <message>
        <source>why the deadline differs from the one the weighing gives</source>
        <translation>почему срок отличается от полученного при оценке риска</translation>
    </message>
    <message>
        <source>why the plan changes</source>
        <translation>почему меняется план</translation>
    </message>
    <message>
        <source>with --apply: cancel the measures this version of the plan no longer has</source>
        <translation>с --apply: отменить мероприятия, которых нет в этой версии плана</translation>
    </message>
    <message>
        <source>working groups of the responsible institutions</source>
        <translation>рабочие группы ответственных учреждений</translation>
    </message>
    <message>
        <source>write FILE (atomically)</source>
        <translation>записать FILE (атомарно)</translation>
    </message>
    <message>
        <source>write a blank action plan to fill in, with a sheet explaining its columns</source>
        <translation>записать пустой план действий для заполнения, с листом пояснений к столбцам</translation>
    </message>
    <message>
        <source>write it (one transaction)</source>
        <translation>записать (одной транзакцией)</translation>
    </message>
    <message>
        <source>write one bundle per partner into a folder</source>
        <translation>записать в папку по пакету на каждого партнёра</translation>
    </message>
    <message>
        <source>write the list to a CSV file (UTF-8)</source>
        <translation>записать список в файл CSV (UTF-8)</translation>
    </message>
    <message>
        <source>write the list to an XLSX file</source>
        <translation>записать список в файл XLSX</translation>
    </message>
    <message>
        <source>write the whole workspace (still encrypted) to one file, without stopping the app</source>
        <translation>записать всю рабочую папку (по-прежнему зашифрованной) в один файл, не останавливая приложение</translation>
    </message>
    <message>
        <source>write this node&apos;s signed public card</source>
        <translation>записать подписанную открытую карточку этого узла</translation>
    </message>
    <message>
        <source>the clock is sound: no stamp is ahead of this computer&apos;s clock</source>
        <translation>часы в порядке: ни одна отметка времени не опережает часы этого компьютера</translation>
    </message>
    <message>
        <source>moved {stamps} stamp(s) in {records} record(s) back to this computer&apos;s clock</source>
        <translation>отметок времени возвращено к часам этого компьютера: {stamps} (в записях: {records})</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>ASCII-armored age files are not supported</source>
        <translation>age-файлы в ASCII-броне не поддерживаются</translation>
    </message>
    <message>
        <source>HMAC failure: the age header was modified</source>
        <translation>ошибка HMAC: заголовок age изменён</translation>
    </message>
    <message>
        <source>a draft cannot be evaluated</source>
        <translation>черновик нельзя оценить</translation>
    </message>
    <message>
        <source>a key rotation statement names another node</source>
        <translation>в заявлении о смене ключей указан другой узел</translation>
    </message>
    <message>
        <source>a measure number looks like 2.3.1</source>
        <translation>номер мероприятия имеет вид 2.3.1</translation>
    </message>
    <message>
        <source>a records part does not match the manifest</source>
        <translation>часть с записями не соответствует манифесту</translation>
    </message>
    <message>
        <source>a records part holds more or fewer records than declared</source>
        <translation>в части с записями больше или меньше записей, чем заявлено</translation>
    </message>
    <message>
        <source>a recovery key is 32 letters and digits, printed in 8 groups of 4 (ABCD-EFGH-...)</source>
        <translation>ключ восстановления состоит из 32 букв и цифр, напечатанных 8 группами по 4 (ABCD-EFGH-...)</translation>
    </message>
    <message>
        <source>a store already exists in {home}</source>
        <translation>в папке {home} уже есть хранилище</translation>
    </message>
    <message>
        <source>a store already exists in {home}; restore into an empty folder</source>
        <translation>в папке {home} уже есть хранилище; восстановите в пустую папку</translation>
    </message>
    <message>
        <source>a user name cannot contain control characters</source>
        <translation>имя пользователя не может содержать управляющие символы</translation>
    </message>
    <message>
        <source>a user name has 1 to {USER_NAME_LIMIT} characters, without leading or trailing spaces</source>
        <translation>имя пользователя содержит от 1 до {USER_NAME_LIMIT} символов, без пробелов в начале и в конце</translation>
    </message>
    <message>
        <source>a viewer cannot change anything</source>
        <translation>наблюдатель ничего не может изменять</translation>
    </message>
    <message>
        <source>a viewer cannot exchange bundles</source>
        <translation>наблюдатель не может обмениваться пакетами</translation>
    </message>
    <message>
        <source>an attachment does not match its hash</source>
        <translation>вложение не соответствует своему хешу</translation>
    </message>
    <message>
        <source>an attachment part does not match the manifest</source>
        <translation>часть с вложением не соответствует манифесту</translation>
    </message>
    <message>
        <source>an attachment&apos;s content is missing from the bundle</source>
        <translation>содержимое вложения отсутствует в пакете</translation>
    </message>
    <message>
        <source>an institution&apos;s node reports on its own measures only</source>
        <translation>узел учреждения готовит отчёты только по своим мероприятиям</translation>
    </message>
    <message>
        <source>attachment content does not match its SHA-256</source>
        <translation>содержимое вложения не соответствует своему SHA-256</translation>
    </message>
    <message>
        <source>attachment content needs a store on disk</source>
        <translation>для содержимого вложений нужно хранилище на диске</translation>
    </message>
    <message>
        <source>attachment content {path} is damaged: {exc}</source>
        <translation>содержимое вложения {path} повреждено: {exc}</translation>
    </message>
    <message>
        <source>attachment content {path} is missing</source>
        <translation>содержимое вложения {path} отсутствует</translation>
    </message>
    <message>
        <source>attachment content {sha256} is damaged in the store</source>
        <translation>содержимое вложения {sha256} в хранилище повреждено</translation>
    </message>
    <message>
        <source>attachment {id}: its declared size {size} is not its content&apos;s {actual} bytes</source>
        <translation>вложение {id}: заявленный размер {size} не совпадает с размером содержимого ({actual} байт)</translation>
    </message>
    <message>
        <source>bad attachment file name in the bundle</source>
        <translation>неверное имя файла вложения в пакете</translation>
    </message>
    <message>
        <source>bad signature: not made by {code}&apos;s key</source>
        <translation>неверная подпись: поставлена не ключом {code}</translation>
    </message>
    <message>
        <source>bundle {sequence} from {peer} does not follow the bundle {n} imported here</source>
        <translation>пакет {sequence} от {peer} не следует за импортированным здесь пакетом {n}</translation>
    </message>
    <message>
        <source>bundle {sequence} from {peer} is not the one that bundle {n}, imported here, follows</source>
        <translation>пакет {sequence} от {peer} — не тот, за которым следует импортированный здесь пакет {n}</translation>
    </message>
    <message>
        <source>bundle {sequence} from {peer} was imported already, and this copy of it differs from that file (changed on the way?)</source>
        <translation>пакет {sequence} от {peer} уже импортирован, и эта копия отличается от того файла (изменена в пути?)</translation>
    </message>
    <message>
        <source>bundles {ranges} from {peer} have not arrived yet</source>
        <translation>пакеты {ranges} от {peer} ещё не поступили</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>cannot attach files to this record ({kind})</source>
        <translation>к этой записи ({kind}) нельзя прикреплять файлы</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>не удаётся прочитать файл: {reason}</translation>
    </message>
    <message>
        <source>cannot read the file: {strerror}</source>
        <translation>не удаётся прочитать файл: {strerror}</translation>
    </message>
    <message>
        <source>cannot read the user guide: {value}</source>
        <translation>не удаётся прочитать руководство пользователя: {value}</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>не удаётся прочитать {path}: {error}</translation>
    </message>
    <message>
        <source>cannot read {path}: {strerror}</source>
        <translation>не удаётся прочитать {path}: {strerror}</translation>
    </message>
    <message>
        <source>changing the {fields} of measure {number} revises the plan and needs a plan revision with its reason</source>
        <translation>изменение полей «{fields}» мероприятия {number} — это изменение плана: нужна запись об изменении плана с причиной</translation>
    </message>
    <message>
        <source>check the bundles before merging them</source>
        <translation>проверьте пакеты перед объединением</translation>
    </message>
    <message>
        <source>choose a bundle from the exchange log</source>
        <translation>выберите пакет из журнала обмена</translation>
    </message>
    <message>
        <source>choose the coordinator&apos;s card</source>
        <translation>выберите карточку координирующего органа</translation>
    </message>
    <message>
        <source>clock stamp too far in the future in {what}</source>
        <translation>отметка времени в {what} слишком далеко в будущем</translation>
    </message>
    <message>
        <source>compare the fingerprint with the one on the coordinator&apos;s paper card and confirm it</source>
        <translation>сравните отпечаток с напечатанным на бумажной карточке координирующего органа и подтвердите его</translation>
    </message>
    <message>
        <source>confirm that you printed or wrote down the recovery key</source>
        <translation>подтвердите, что вы напечатали или записали ключ восстановления</translation>
    </message>
    <message>
        <source>conflict {conflict_id} is already resolved</source>
        <translation>конфликт {conflict_id} уже разрешён</translation>
    </message>
    <message>
        <source>conflicts are reviewed and resolved at the coordinator</source>
        <translation>конфликты рассматриваются и разрешаются у координирующего органа</translation>
    </message>
    <message>
        <source>corrupted age file: a payload chunk failed authentication</source>
        <translation>age-файл повреждён: фрагмент содержимого не прошёл проверку подлинности</translation>
    </message>
    <message>
        <source>corrupted age file: empty final chunk</source>
        <translation>age-файл повреждён: последний фрагмент пуст</translation>
    </message>
    <message>
        <source>corrupted age file: trailing data after the end</source>
        <translation>age-файл повреждён: лишние данные после конца</translation>
    </message>
    <message>
        <source>could not create {db_path}: {reason}</source>
        <translation>не удалось создать {db_path}: {reason}</translation>
    </message>
    <message>
        <source>could not create {folder}: {reason}</source>
        <translation>не удалось создать {folder}: {reason}</translation>
    </message>
    <message>
        <source>could not create {home}: {reason}</source>
        <translation>не удалось создать {home}: {reason}</translation>
    </message>
    <message>
        <source>could not open {db_path}: {orig}</source>
        <translation>не удалось открыть {db_path}: {orig}</translation>
    </message>
    <message>
        <source>could not read {path}: {reason}</source>
        <translation>не удалось прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>could not restore into {home}: {reason}</source>
        <translation>не удалось восстановить в {home}: {reason}</translation>
    </message>
    <message>
        <source>could not write the backup {out}: {reason}</source>
        <translation>не удалось записать резервную копию {out}: {reason}</translation>
    </message>
    <message>
        <source>could not write {target}: {reason}</source>
        <translation>не удалось записать {target}: {reason}</translation>
    </message>
    <message>
        <source>create the store first</source>
        <translation>сначала создайте хранилище</translation>
    </message>
    <message>
        <source>demo bundle {sender} → {recipient} was not merged: {line}</source>
        <translation>демонстрационный пакет {sender} → {recipient} не объединён: {line}</translation>
    </message>
    <message>
        <source>describe the work done before submitting</source>
        <translation>перед подачей опишите проделанную работу</translation>
    </message>
    <message>
        <source>direction {number} already exists</source>
        <translation>направление {number} уже существует</translation>
    </message>
    <message>
        <source>entry {seq} ({action} {subject}) is by {user}, who is not an admin in the signed log</source>
        <translation>запись {seq} ({action} {subject}) сделана пользователем {user}, который по подписанному журналу не является администратором</translation>
    </message>
    <message>
        <source>entry {seq} ({action}) does not carry {user}&apos;s signature</source>
        <translation>на записи {seq} ({action}) нет подписи пользователя {user}</translation>
    </message>
    <message>
        <source>entry {seq} ({action}) is by {user}, to whom the signed log gives no key</source>
        <translation>запись {seq} ({action}) сделана пользователем {user}, которому подписанный журнал не даёт ключа</translation>
    </message>
    <message>
        <source>entry {seq} ({action}) is not signed</source>
        <translation>запись {seq} ({action}) не подписана</translation>
    </message>
    <message>
        <source>entry {seq} is missing</source>
        <translation>записи {seq} нет</translation>
    </message>
    <message>
        <source>entry {seq} is not the one {user}&apos;s signed anchor names: the log was rewritten</source>
        <translation>запись {seq} — не та, которую называет подписанная контрольная точка пользователя {user}: журнал переписан</translation>
    </message>
    <message>
        <source>entry {seq} is out of order</source>
        <translation>запись {seq} стоит не на своём месте</translation>
    </message>
    <message>
        <source>entry {seq} was altered</source>
        <translation>запись {seq} изменена</translation>
    </message>
    <message>
        <source>export cancelled; no bundle was written</source>
        <translation>экспорт отменён; пакет не записан</translation>
    </message>
    <message>
        <source>files cannot be attached to this record ({kind})</source>
        <translation>к записи этого вида ({kind}) файлы не прикрепляются</translation>
    </message>
    <message>
        <source>fingerprint mismatch: the card of {code} has {fingerprint}; it was not enrolled</source>
        <translation>отпечаток не совпадает: в карточке {code} указан {fingerprint}; не зарегистрировано</translation>
    </message>
    <message>
        <source>give the new deadline</source>
        <translation>укажите новый срок</translation>
    </message>
    <message>
        <source>give your current passphrase to change it</source>
        <translation>чтобы сменить пароль, введите текущий пароль</translation>
    </message>
    <message>
        <source>inspection {ref} already exists</source>
        <translation>проверка {ref} уже существует</translation>
    </message>
    <message>
        <source>institution code {code} is already taken by another record here</source>
        <translation>код учреждения {code} здесь уже занят другой записью</translation>
    </message>
    <message>
        <source>institution {code} already exists</source>
        <translation>учреждение {code} уже существует</translation>
    </message>
    <message>
        <source>invalid Bech32 padding</source>
        <translation>неверное дополнение Bech32</translation>
    </message>
    <message>
        <source>invalid Bech32 string: bad character</source>
        <translation>неверная строка Bech32: недопустимый символ</translation>
    </message>
    <message>
        <source>invalid Bech32 string: bad character in prefix</source>
        <translation>неверная строка Bech32: недопустимый символ в префиксе</translation>
    </message>
    <message>
        <source>invalid Bech32 string: bad checksum (mistyped key?)</source>
        <translation>неверная строка Bech32: неверная контрольная сумма (ключ набран с ошибкой?)</translation>
    </message>
    <message>
        <source>invalid Bech32 string: misplaced separator</source>
        <translation>неверная строка Bech32: разделитель не на своём месте</translation>
    </message>
    <message>
        <source>invalid Bech32 string: mixed case</source>
        <translation>неверная строка Bech32: смешаны прописные и строчные буквы</translation>
    </message>
    <message>
        <source>invalid X25519 stanza: low-order share</source>
        <translation>неверная строфа X25519: доля низкого порядка</translation>
    </message>
    <message>
        <source>invalid X25519 stanza: wrong file key size</source>
        <translation>неверная строфа X25519: неверный размер ключа файла</translation>
    </message>
    <message>
        <source>invalid X25519 stanza: wrong number of arguments</source>
        <translation>неверная строфа X25519: неверное число аргументов</translation>
    </message>
    <message>
        <source>invalid X25519 stanza: wrong share length</source>
        <translation>неверная строфа X25519: неверная длина доли</translation>
    </message>
    <message>
        <source>invalid {what}: expected a key starting with {hrp}1</source>
        <translation>неверный {what}: ожидался ключ, начинающийся с {hrp}1</translation>
    </message>
    <message>
        <source>invalid {what}: {exc}</source>
        <translation>неверный {what}: {exc}</translation>
    </message>
    <message>
        <source>its content is not in the bundle</source>
        <translation>его содержимого нет в пакете</translation>
    </message>
    <message>
        <source>its origin differs from the record held here</source>
        <translation>узел-источник отличается от узла-источника записи, хранящейся здесь</translation>
    </message>
    <message>
        <source>keep one of the two values: {local_value} or {remote_value}</source>
        <translation>оставьте одно из двух значений: {local_value} или {remote_value}</translation>
    </message>
    <message>
        <source>make the recovery key first</source>
        <translation>сначала создайте ключ восстановления</translation>
    </message>
    <message>
        <source>malformed age file: truncated payload nonce</source>
        <translation>неверный формат age-файла: nonce содержимого обрезан</translation>
    </message>
    <message>
        <source>malformed age header: an scrypt stanza must be the only one</source>
        <translation>неверный формат заголовка age: строфа scrypt должна быть единственной</translation>
    </message>
    <message>
        <source>malformed age header: expected a stanza or the MAC line</source>
        <translation>неверный формат заголовка age: ожидалась строфа или строка MAC</translation>
    </message>
    <message>
        <source>malformed age header: invalid MAC length</source>
        <translation>неверный формат заголовка age: неверная длина MAC</translation>
    </message>
    <message>
        <source>malformed age header: invalid base64</source>
        <translation>неверный формат заголовка age: неверный base64</translation>
    </message>
    <message>
        <source>malformed age header: invalid stanza arguments</source>
        <translation>неверный формат заголовка age: неверные аргументы строфы</translation>
    </message>
    <message>
        <source>malformed age header: non-canonical base64</source>
        <translation>неверный формат заголовка age: неканонический base64</translation>
    </message>
    <message>
        <source>malformed age header: stanza body line too long</source>
        <translation>неверный формат заголовка age: слишком длинная строка тела строфы</translation>
    </message>
    <message>
        <source>malformed age header: too large</source>
        <translation>неверный формат заголовка age: слишком большой</translation>
    </message>
    <message>
        <source>malformed age header: truncated or overlong line</source>
        <translation>неверный формат заголовка age: строка обрезана или слишком длинная</translation>
    </message>
    <message>
        <source>malformed attachment record in the bundle</source>
        <translation>неверный формат записи о вложении в пакете</translation>
    </message>
    <message>
        <source>malformed bundle: expected the {what}</source>
        <translation>неверный формат пакета: ожидался {what}</translation>
    </message>
    <message>
        <source>malformed bundle: the {what} is larger than allowed</source>
        <translation>неверный формат пакета: {what} больше допустимого</translation>
    </message>
    <message>
        <source>malformed bundle: {kind} {id} appears twice</source>
        <translation>неверный формат пакета: {kind} {id} встречается дважды</translation>
    </message>
    <message>
        <source>malformed clock stamp in {what}</source>
        <translation>неверный формат отметки времени в {what}</translation>
    </message>
    <message>
        <source>malformed field {kind}.{name} in the bundle</source>
        <translation>неверный формат поля {kind}.{name} в пакете</translation>
    </message>
    <message>
        <source>malformed key rotation statement</source>
        <translation>неверный формат заявления о смене ключей</translation>
    </message>
    <message>
        <source>malformed manifest: bad audit log</source>
        <translation>неверный формат манифеста: неверный журнал аудита</translation>
    </message>
    <message>
        <source>malformed manifest: bad counts</source>
        <translation>неверный формат манифеста: неверные количества</translation>
    </message>
    <message>
        <source>malformed manifest: bad node code</source>
        <translation>неверный формат манифеста: неверный код узла</translation>
    </message>
    <message>
        <source>malformed manifest: bad or missing {key}</source>
        <translation>неверный формат манифеста: {key} неверен или отсутствует</translation>
    </message>
    <message>
        <source>malformed manifest: bad part</source>
        <translation>неверный формат манифеста: неверная часть</translation>
    </message>
    <message>
        <source>malformed manifest: bad receipt</source>
        <translation>неверный формат манифеста: неверная квитанция</translation>
    </message>
    <message>
        <source>malformed manifest: bad sequence number</source>
        <translation>неверный формат манифеста: неверный порядковый номер</translation>
    </message>
    <message>
        <source>malformed manifest: bad {what}</source>
        <translation>неверный формат манифеста: неверное значение {what}</translation>
    </message>
    <message>
        <source>malformed manifest: invalid text</source>
        <translation>неверный формат манифеста: недопустимый текст</translation>
    </message>
    <message>
        <source>not an InfoSec Desk card: {reason}</source>
        <translation>это не карточка InfoSec Desk: {reason}</translation>
    </message>
    <message>
        <source>not an acceptable file name: &quot;{value}&quot;</source>
        <translation>недопустимое имя файла: «{value}»</translation>
    </message>
    <message>
        <source>not an acceptable file name: &quot;{value}&quot; ({reason})</source>
        <translation>недопустимое имя файла: «{value}» ({reason})</translation>
    </message>
    <message>
        <source>the demo data {path} cannot be read: {error}</source>
        <translation>не удаётся прочитать демонстрационные данные {path}: {error}</translation>
    </message>
    <message>
        <source>the passphrase is too easy to guess (strength {score} of 4, at least {needed} needed): use a longer phrase of several unrelated words</source>
        <translation>пароль слишком легко угадать (надёжность {score} из 4, нужно не меньше {needed}): возьмите более длинную фразу из нескольких не связанных между собой слов</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters</source>
        <translation>пароль должен содержать не меньше {count} символов</translation>
    </message>
    <message>
        <source>{kind} {id}: {reason}</source>
        <translation>{kind} (идентификатор {id}): {reason}</translation>
    </message>
    <message>
        <source>{name} contains control or direction-override characters</source>
        <translation>{name}: содержит управляющие символы или символы смены направления текста</translation>
    </message>
    <message>
        <source>{name} has leading or trailing blanks</source>
        <translation>{name}: пробелы в начале или в конце</translation>
    </message>
    <message>
        <source>malformed manifest: not an object</source>
        <translation>неверный формат манифеста: это не объект</translation>
    </message>
    <message>
        <source>a comment is required for every result but &quot;Implemented&quot;</source>
        <translation>для любого результата, кроме «Выполнено», нужен комментарий</translation>
    </message>
    <message>
        <source>a commission signature is on an issued act or a verified closure</source>
        <translation>подпись комиссии ставится на выданный акт или на проверенное закрытие</translation>
    </message>
    <message>
        <source>a coordinator enrols institutions, inspection teams and the partner agency only</source>
        <translation>координирующий орган регистрирует только учреждения, проверочные группы и ведомство-партнёр</translation>
    </message>
    <message>
        <source>a deadline cannot precede the inspection (it began on {start})</source>
        <translation>срок не может быть раньше проверки (она началась {start})</translation>
    </message>
    <message>
        <source>a deadline needs the institutions the task is assigned to</source>
        <translation>для срока нужно указать учреждения, которым поручена задача</translation>
    </message>
    <message>
        <source>a decreasing indicator&apos;s target must be below its baseline</source>
        <translation>целевое значение снижающегося индикатора должно быть ниже базового</translation>
    </message>
    <message>
        <source>a finding at a CII class I facility scoring this or more is urgent (0: never); default 15</source>
        <translation>недостаток на объекте КИИ I класса с такой или большей оценкой — срочный (0: никогда); по умолчанию 15</translation>
    </message>
    <message>
        <source>a finding at a CII class II facility scoring this or more is urgent (0: never); default 16</source>
        <translation>недостаток на объекте КИИ II класса с такой или большей оценкой — срочный (0: никогда); по умолчанию 16</translation>
    </message>
    <message>
        <source>a finding at a CII class III facility scoring this or more is urgent (0: never); default 20</source>
        <translation>недостаток на объекте КИИ III класса с такой или большей оценкой — срочный (0: никогда); по умолчанию 20</translation>
    </message>
    <message>
        <source>a finding never moves from {start} to {end}</source>
        <translation>недостаток никогда не переходит из состояния {start} в {end}</translation>
    </message>
    <message>
        <source>a measure nobody reported on is officially not started</source>
        <translation>мероприятие, по которому никто не отчитывался, официально не начато</translation>
    </message>
    <message>
        <source>a milestone&apos;s year must be from 2000 to 2100: {year}</source>
        <translation>год промежуточной цели должен быть от 2000 до 2100: {year}</translation>
    </message>
    <message>
        <source>a pending request has no decision</source>
        <translation>у запроса, ожидающего решения, нет решения</translation>
    </message>
    <message>
        <source>a plan revision of measure {number} records a {fields} the measure does not hold</source>
        <translation>изменение плана по мероприятию {number} записывает значение «{fields}», которого у мероприятия нет</translation>
    </message>
    <message>
        <source>a verification needs its method: {methods}</source>
        <translation>для проверки нужен способ: {methods}</translation>
    </message>
    <message>
        <source>a {kind} of finding {ref} cites as evidence a file {origin} did not add to it</source>
        <translation>запись «{kind}» недостатка {ref} ссылается как на доказательство на файл, который {origin} к нему не прикладывал</translation>
    </message>
    <message>
        <source>act No {number} awaits the co-signature of the partner agency: an institution receives an act only once both agencies of the commission have signed it</source>
        <translation>акт № {number} ожидает совместной подписи ведомства-партнёра: учреждение получает акт только после того, как его подписали оба ведомства комиссии</translation>
    </message>
    <message>
        <source>an act issues only findings of its inspection that no earlier act issued</source>
        <translation>акт выдаёт только замечания своей проверки, не выданные прежним актом</translation>
    </message>
    <message>
        <source>an addendum needs the issued act first</source>
        <translation>для дополнения сначала должен быть выдан акт</translation>
    </message>
    <message>
        <source>an extension of finding {ref} to {date} comes with its deadline moved there</source>
        <translation>продление по недостатку {ref} до {date} записывается вместе с переносом его срока на эту дату</translation>
    </message>
    <message>
        <source>an increasing indicator&apos;s target must be above its baseline</source>
        <translation>целевое значение растущего индикатора должно быть выше базового</translation>
    </message>
    <message>
        <source>an official status names its report or decision</source>
        <translation>официальный статус указывает свой отчёт или решение</translation>
    </message>
    <message>
        <source>an urgent finding needs a deadline</source>
        <translation>у срочного недостатка должен быть срок</translation>
    </message>
    <message>
        <source>approving the request for more time on finding {ref} moves its deadline to {date} or later</source>
        <translation>одобрение запроса на продление по недостатку {ref} переносит его срок на {date} или позже</translation>
    </message>
    <message>
        <source>audit chain broken: {problem} ({entries} entries check out, {count} problem(s) in all)</source>
        <translation>цепочка аудита нарушена: {problem} ({entries} записей проходят проверку, всего проблем: {count})</translation>
    </message>
    <message>
        <source>cannot read passphrase file {path}: {reason}</source>
        <translation>не удаётся прочитать файл пароля {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot read the release manifest {path}: {reason}</source>
        <translation>не удаётся прочитать манифест выпуска {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot read the release public key {path}: {reason}</source>
        <translation>не удаётся прочитать открытый ключ выпуска {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot read the term {text}</source>
        <translation>не удаётся прочитать срок: {text}</translation>
    </message>
    <message>
        <source>cannot read {file}: a CSV file must be UTF-8 text</source>
        <translation>не удаётся прочитать {file}: файл CSV должен быть текстом в UTF-8</translation>
    </message>
    <message>
        <source>cannot read {file}: give an .xlsx, .ods or .csv file</source>
        <translation>не удаётся прочитать {file}: укажите файл .xlsx, .ods или .csv</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>не удаётся прочитать {file}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {file}: give an .xlsx or .csv file name</source>
        <translation>не удаётся записать {file}: укажите имя файла .xlsx или .csv</translation>
    </message>
    <message>
        <source>classification marking on documents, e.g. Xidməti istifadə üçün</source>
        <translation>гриф на документах, например «Для служебного пользования» (Xidməti istifadə üçün)</translation>
    </message>
    <message>
        <source>days to remediate a finding at a CII class I facility, by risk score (low 1-4, medium 5-9, high 10-19, critical 20-25); default 90,60,30,7</source>
        <translation>дней на устранение недостатка на объекте КИИ I класса по оценке риска (низкий 1-4, средний 5-9, высокий 10-19, критический 20-25); по умолчанию 90,60,30,7</translation>
    </message>
    <message>
        <source>days to remediate a finding at a CII class II facility, by risk score (low 1-4, medium 5-9, high 10-19, critical 20-25); default 120,90,45,14</source>
        <translation>дней на устранение недостатка на объекте КИИ II класса по оценке риска (низкий 1-4, средний 5-9, высокий 10-19, критический 20-25); по умолчанию 120,90,45,14</translation>
    </message>
    <message>
        <source>days to remediate a finding at a CII class III facility, by risk score (low 1-4, medium 5-9, high 10-19, critical 20-25); default 180,120,60,30</source>
        <translation>дней на устранение недостатка на объекте КИИ III класса по оценке риска (низкий 1-4, средний 5-9, высокий 10-19, критический 20-25); по умолчанию 180,120,60,30</translation>
    </message>
    <message>
        <source>direction {number} has no title</source>
        <translation>у направления {number} нет названия</translation>
    </message>
    <message>
        <source>finding {ref} already has an extension request awaiting a decision</source>
        <translation>по недостатку {ref} уже есть запрос о продлении, ожидающий решения</translation>
    </message>
    <message>
        <source>finding {ref} is not issued in an act both agencies of the commission have signed: the institution receives it only then</source>
        <translation>недостаток {ref} не выдан актом, подписанным обоими ведомствами комиссии: учреждение получает его только после этого</translation>
    </message>
    <message>
        <source>finding {ref} is not urgent: an urgent-measure notice is for urgent findings</source>
        <translation>недостаток {ref} не срочный: уведомление о срочных мерах составляется только для срочных недостатков</translation>
    </message>
    <message>
        <source>finding {ref} is recorded as moved to {status} but its state did not move</source>
        <translation>записан переход недостатка {ref} в состояние {status}, но его состояние не изменилось</translation>
    </message>
    <message>
        <source>give the deadline asked for</source>
        <translation>укажите запрашиваемый срок</translation>
    </message>
    <message>
        <source>give the reason for the decision</source>
        <translation>укажите основание решения</translation>
    </message>
    <message>
        <source>institutions, inspection teams and the partner agency enrol the coordinator only</source>
        <translation>учреждения, проверочные группы и ведомство-партнёр регистрируют только координирующий орган</translation>
    </message>
    <message>
        <source>language of the interface and reports: az, en or ru</source>
        <translation>язык интерфейса и отчётов: az, en или ru</translation>
    </message>
    <message>
        <source>lock the desktop app after this many idle minutes (0: never)</source>
        <translation>блокировать настольное приложение после стольких минут бездействия (0: никогда)</translation>
    </message>
    <message>
        <source>malformed manifest: bad due list</source>
        <translation>неверный манифест: ошибочный список ожидаемого</translation>
    </message>
    <message>
        <source>malformed manifest: the audit log does not end at the audit head</source>
        <translation>неверный формат манифеста: журнал аудита не заканчивается последним звеном цепочки аудита</translation>
    </message>
    <message>
        <source>malformed manifest: the audit log&apos;s counts do not add up</source>
        <translation>неверный формат манифеста: количества в журнале аудита не сходятся</translation>
    </message>
    <message>
        <source>malformed manifest: too many key rotations</source>
        <translation>неверный формат манифеста: слишком много смен ключей</translation>
    </message>
    <message>
        <source>malformed manifest: too many parts or receipts</source>
        <translation>неверный формат манифеста: слишком много частей или квитанций</translation>
    </message>
    <message>
        <source>malformed manifest: {reason}</source>
        <translation>неверный формат манифеста: {reason}</translation>
    </message>
    <message>
        <source>malformed record in the bundle</source>
        <translation>неверный формат записи в пакете</translation>
    </message>
    <message>
        <source>malformed record in the bundle: unknown kind &quot;{kind}&quot;</source>
        <translation>неверный формат записи в пакете: неизвестный вид «{kind}»</translation>
    </message>
    <message>
        <source>malformed record in the bundle: {reason}</source>
        <translation>неверный формат записи в пакете: {reason}</translation>
    </message>
    <message>
        <source>malformed records part: the last line is not terminated</source>
        <translation>неверный формат части с записями: последняя строка не завершена</translation>
    </message>
    <message>
        <source>malformed {kind} record in the bundle: bad clock stamps</source>
        <translation>неверный формат записи {kind} в пакете: неверные отметки времени</translation>
    </message>
    <message>
        <source>malformed {kind} record in the bundle: bad origin</source>
        <translation>неверный формат записи {kind} в пакете: неверный узел-источник</translation>
    </message>
    <message>
        <source>malformed {kind} record in the bundle: wrong fields</source>
        <translation>неверный формат записи {kind} в пакете: неверные поля</translation>
    </message>
    <message>
        <source>malformed {what} id</source>
        <translation>неверный формат идентификатора {what}</translation>
    </message>
    <message>
        <source>meant for another key of this node&apos;s code: refused</source>
        <translation>предназначен для другого ключа этого кода узла: отклонён</translation>
    </message>
    <message>
        <source>meant for {recipient_code}, not for this node</source>
        <translation>предназначен для {recipient_code}, а не для этого узла</translation>
    </message>
    <message>
        <source>measure {number} already exists</source>
        <translation>мероприятие {number} уже существует</translation>
    </message>
    <message>
        <source>measure {number} appears twice</source>
        <translation>мероприятие {number} встречается дважды</translation>
    </message>
    <message>
        <source>measure {number} has no executors</source>
        <translation>у мероприятия {number} нет исполнителей</translation>
    </message>
    <message>
        <source>measure {number} has no indicator &quot;{ref}&quot;</source>
        <translation>у мероприятия {number} нет индикатора «{ref}»</translation>
    </message>
    <message>
        <source>measure {number} has no title</source>
        <translation>у мероприятия {number} нет названия</translation>
    </message>
    <message>
        <source>measure {number} has progress reports and cannot be deleted; cancel it instead</source>
        <translation>по мероприятию {number} есть отчёты об исполнении, его нельзя удалить; отмените его</translation>
    </message>
    <message>
        <source>measure {number} is already cancelled</source>
        <translation>мероприятие {number} уже отменено</translation>
    </message>
    <message>
        <source>measure {number}: no direction {direction}</source>
        <translation>мероприятие {number}: нет направления {direction}</translation>
    </message>
    <message>
        <source>measure {number}: no registered institution &quot;{name}&quot;</source>
        <translation>мероприятие {number}: нет зарегистрированного учреждения «{name}»</translation>
    </message>
    <message>
        <source>meeting {number} already exists</source>
        <translation>заседание {number} уже существует</translation>
    </message>
    <message>
        <source>migrating {store} would break references (how many: {n}); nothing was changed</source>
        <translation>миграция {store} нарушила бы ссылки (количество: {n}); ничего не изменено</translation>
    </message>
    <message>
        <source>more than one bundle &quot;{ref}&quot; in the bundle log</source>
        <translation>в журнале обмена «{ref}» соответствует больше одного пакета</translation>
    </message>
    <message>
        <source>name signing the strategy report as &apos;Approved by&apos;</source>
        <translation>имя подписывающего отчёт по стратегии как «Утвердил»</translation>
    </message>
    <message>
        <source>name signing the strategy report as &apos;Prepared by&apos;</source>
        <translation>имя подписывающего отчёт по стратегии как «Подготовил»</translation>
    </message>
    <message>
        <source>no active partner to export to: run &apos;partners add&apos; first</source>
        <translation>нет активного партнёра для экспорта: сначала выполните &apos;partners add&apos;</translation>
    </message>
    <message>
        <source>no addendum {n} to the act of &quot;{ref}&quot;</source>
        <translation>к акту «{ref}» нет дополнения {n}</translation>
    </message>
    <message>
        <source>no age identity given</source>
        <translation>не задан идентификатор age</translation>
    </message>
    <message>
        <source>no age recipient given</source>
        <translation>не задан получатель age</translation>
    </message>
    <message>
        <source>no attachment &quot;{attachment_id}&quot;</source>
        <translation>вложения «{attachment_id}» нет</translation>
    </message>
    <message>
        <source>no attachment content with SHA-256 {sha256}</source>
        <translation>содержимого вложения с SHA-256 {sha256} нет</translation>
    </message>
    <message>
        <source>no bundle &quot;{ref}&quot; in the bundle log</source>
        <translation>в журнале обмена нет пакета «{ref}»</translation>
    </message>
    <message>
        <source>no bundle found in the given paths</source>
        <translation>по указанным путям пакеты не найдены</translation>
    </message>
    <message>
        <source>no bundle {bundle_id} in the bundle log</source>
        <translation>в журнале обмена нет пакета {bundle_id}</translation>
    </message>
    <message>
        <source>no column kind {name}: use one of {items}</source>
        <translation>нет вида столбца {name}: используйте один из: {items}</translation>
    </message>
    <message>
        <source>no conflict {conflict_id}</source>
        <translation>конфликта {conflict_id} нет</translation>
    </message>
    <message>
        <source>no decision &quot;{ref}&quot;</source>
        <translation>решения «{ref}» нет</translation>
    </message>
    <message>
        <source>no direction {number}</source>
        <translation>направления {number} нет</translation>
    </message>
    <message>
        <source>no facility &quot;{ref}&quot; of the inspected institution</source>
        <translation>у проверяемого учреждения нет объекта «{ref}»</translation>
    </message>
    <message>
        <source>no finding &quot;{ref}&quot;</source>
        <translation>недостатка «{ref}» нет</translation>
    </message>
    <message>
        <source>no findings were recorded after the act</source>
        <translation>после акта не записано ни одного замечания</translation>
    </message>
    <message>
        <source>no header row found in the first {count} rows: the plan needs columns for the number, the measure and its executors</source>
        <translation>в первых {count} строках нет строки заголовков: в плане нужны столбцы номера, мероприятия и исполнителей</translation>
    </message>
    <message>
        <source>no key slot would be left: the database was not re-keyed</source>
        <translation>не осталось бы ни одного слота ключа: база данных не перешифрована</translation>
    </message>
    <message>
        <source>no match: this file is not encrypted to any of the given keys</source>
        <translation>нет совпадения: этот файл не зашифрован ни для одного из заданных ключей</translation>
    </message>
    <message>
        <source>no partner &quot;{code}&quot;</source>
        <translation>партнёра «{code}» нет</translation>
    </message>
    <message>
        <source>no passphrase: set {env}, give a passphrase file, or run in a terminal to be asked</source>
        <translation>нет пароля: задайте {env}, укажите файл пароля или запустите в терминале, чтобы его запросили</translation>
    </message>
    <message>
        <source>no record &quot;{ref}&quot;</source>
        <translation>записи «{ref}» нет</translation>
    </message>
    <message>
        <source>no store in {home}: run &apos;infosec-desk init&apos; first</source>
        <translation>в папке {home} нет хранилища: сначала выполните &apos;infosec-desk init&apos;</translation>
    </message>
    <message>
        <source>no such date: {text}</source>
        <translation>такой даты нет: {text}</translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>нет такого файла: {file}</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>нет такого файла: {path}</translation>
    </message>
    <message>
        <source>no such folder: {folder}</source>
        <translation>нет такой папки: {folder}</translation>
    </message>
    <message>
        <source>no such folder: {path}</source>
        <translation>нет такой папки: {path}</translation>
    </message>
    <message>
        <source>no user &quot;{name}&quot;</source>
        <translation>пользователя «{name}» нет</translation>
    </message>
    <message>
        <source>no user can unlock the store in {home}</source>
        <translation>ни один пользователь не может открыть хранилище в {home}</translation>
    </message>
    <message>
        <source>no user guide in &quot;{lang}&quot;; choose one of: {items}</source>
        <translation>руководства пользователя на языке «{lang}» нет; выберите один из: {items}</translation>
    </message>
    <message>
        <source>no {kind} &quot;{ref}&quot;</source>
        <translation>не найдено: {kind} «{ref}»</translation>
    </message>
    <message>
        <source>nodes enrolled with the coordinator</source>
        <translation>узлы зарегистрированы у координирующего органа</translation>
    </message>
    <message>
        <source>not addressed to this node: none of its keys opens it</source>
        <translation>адресован не этому узлу: ни один из его ключей его не открывает</translation>
    </message>
    <message>
        <source>not an InfoSec Desk bundle (or an unknown container version)</source>
        <translation>это не пакет InfoSec Desk (или неизвестная версия контейнера)</translation>
    </message>
    <message>
        <source>not an InfoSec Desk card</source>
        <translation>это не карточка InfoSec Desk</translation>
    </message>
    <message>
        <source>not an InfoSec Desk card (or a newer card format)</source>
        <translation>это не карточка InfoSec Desk (или более новый формат карточки)</translation>
    </message>
    <message>
        <source>not an InfoSec Desk card: bad code or role</source>
        <translation>это не карточка InfoSec Desk: неверный код или роль</translation>
    </message>
    <message>
        <source>not an InfoSec Desk card: bad {key}</source>
        <translation>это не карточка InfoSec Desk: неверное поле {key}</translation>
    </message>
    <message>
        <source>not an InfoSec Desk card: too large</source>
        <translation>это не карточка InfoSec Desk: слишком большой файл</translation>
    </message>
    <message>
        <source>not an age file</source>
        <translation>это не age-файл</translation>
    </message>
    <message>
        <source>not an age file: it is empty</source>
        <translation>это не age-файл: он пуст</translation>
    </message>
    <message>
        <source>not an attachment file name: &quot;{name}&quot;</source>
        <translation>это не имя файла вложения: «{name}»</translation>
    </message>
    <message>
        <source>not enrolled: the fingerprint was not confirmed</source>
        <translation>не зарегистрирован: отпечаток не подтверждён</translation>
    </message>
    <message>
        <source>nothing of {reference} awaits this agency&apos;s signature</source>
        <translation>по {reference} ничто не ожидает подписи этого ведомства</translation>
    </message>
    <message>
        <source>official status {id} is not its decision&apos;s: an official status by decision is the decision&apos;s measure, period, status and percent</source>
        <translation>официальный статус {id} не совпадает со своим решением: официальный статус по решению — это мероприятие, период, статус и процент решения</translation>
    </message>
    <message>
        <source>only a verification has a method</source>
        <translation>способ указывается только при проверке</translation>
    </message>
    <message>
        <source>only an admin can {what}</source>
        <translation>только администратор может {what}</translation>
    </message>
    <message>
        <source>only the coordinator exchanges bundles with other nodes</source>
        <translation>пакетами с другими узлами обменивается только координирующий орган</translation>
    </message>
    <message>
        <source>oversize field {kind}.{name} in the bundle</source>
        <translation>поле {kind}.{name} в пакете слишком велико</translation>
    </message>
    <message>
        <source>oversize part declared in the manifest</source>
        <translation>в манифесте заявлена слишком большая часть</translation>
    </message>
    <message>
        <source>partner {code} is revoked</source>
        <translation>партнёр {code} отозван</translation>
    </message>
    <message>
        <source>percent must be a whole number from 0 to 100</source>
        <translation>процент должен быть целым числом от 0 до 100</translation>
    </message>
    <message>
        <source>period must be like 2026, 2026-H1 or 2026-Q3</source>
        <translation>период указывается как 2026, 2026-H1 или 2026-Q3</translation>
    </message>
    <message>
        <source>period {period} is outside the strategy ({start}-{end})</source>
        <translation>период {period} вне срока стратегии ({start}-{end})</translation>
    </message>
    <message>
        <source>position of who approves the strategy report</source>
        <translation>должность утверждающего отчёт по стратегии</translation>
    </message>
    <message>
        <source>position of who prepared the strategy report</source>
        <translation>должность подготовившего отчёт по стратегии</translation>
    </message>
    <message>
        <source>refuse bundles stamped more than this many hours ahead of this computer&apos;s clock (default 24)</source>
        <translation>отклонять пакеты с отметкой времени, опережающей часы этого компьютера более чем на столько часов (по умолчанию 24)</translation>
    </message>
    <message>
        <source>replayed sequence number {sequence} from {peer}: another bundle with this number was already imported</source>
        <translation>повторный порядковый номер {sequence} от {peer}: другой пакет с этим номером уже импортирован</translation>
    </message>
    <message>
        <source>requirement {code} already exists</source>
        <translation>требование {code} уже существует</translation>
    </message>
    <message>
        <source>sender {code} is revoked</source>
        <translation>отправитель {code} отозван</translation>
    </message>
    <message>
        <source>set the strategy before adding directions</source>
        <translation>прежде чем добавлять направления, задайте стратегию</translation>
    </message>
    <message>
        <source>signed with a key that is not {code}&apos;s</source>
        <translation>подписан ключом, который не принадлежит {code}</translation>
    </message>
    <message>
        <source>signed with a retired key of {code}: refused</source>
        <translation>подписан выведенным из употребления ключом {code}: отклонён</translation>
    </message>
    <message>
        <source>that position in English (default: as above)</source>
        <translation>эта должность на английском (по умолчанию: как выше)</translation>
    </message>
    <message>
        <source>the act is issued; the findings recorded since go into addendum {next}</source>
        <translation>акт уже выдан; замечания, записанные после него, входят в дополнение {next}</translation>
    </message>
    <message>
        <source>the act needs its date</source>
        <translation>у акта должна быть дата</translation>
    </message>
    <message>
        <source>the act&apos;s document must show its own inspection and the findings it issues</source>
        <translation>документ акта должен относиться к своей проверке и содержать именно те недостатки, которые акт вручает</translation>
    </message>
    <message>
        <source>the attachment count in the manifest does not match its parts</source>
        <translation>число вложений в манифесте не соответствует его частям</translation>
    </message>
    <message>
        <source>the bundle carries a file that none of its records refers to</source>
        <translation>в пакете есть файл, на который не ссылается ни одна из его записей</translation>
    </message>
    <message>
        <source>the bundle holds more content than its manifest declares</source>
        <translation>в пакете больше содержимого, чем заявлено в манифесте</translation>
    </message>
    <message>
        <source>the card&apos;s signature does not verify: it was altered</source>
        <translation>подпись карточки не проходит проверку: карточка изменена</translation>
    </message>
    <message>
        <source>the deadline of finding {ref} moves only through a recorded extension to {date}</source>
        <translation>срок по недостатку {ref} меняется только через оформленное продление до {date}</translation>
    </message>
    <message>
        <source>the due list is printed for one institution (--institution CODE)</source>
        <translation>список ожидаемого печатается для одного учреждения (--institution КОД)</translation>
    </message>
    <message>
        <source>the emblem must be a PNG or JPEG image</source>
        <translation>герб должен быть изображением PNG или JPEG</translation>
    </message>
    <message>
        <source>the emblem must be at most {n} KB</source>
        <translation>размер герба должен быть не больше {n} КБ</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>дата окончания раньше даты начала</translation>
    </message>
    <message>
        <source>the file is too large to show here ({size} bytes); save a copy</source>
        <translation>файл слишком велик, чтобы показать его здесь ({size} байт); сохраните копию</translation>
    </message>
    <message>
        <source>the finding has no verified closure to sign</source>
        <translation>у недостатка нет проверенного закрытия для подписи</translation>
    </message>
    <message>
        <source>the findings of inspection {reference} are recorded by {numbering_node}</source>
        <translation>недостатки проверки {reference} вносит {numbering_node}</translation>
    </message>
    <message>
        <source>the inspection act needs an inspection (--inspection REFERENCE)</source>
        <translation>для акта проверки нужна проверка (--inspection REFERENCE)</translation>
    </message>
    <message>
        <source>the inspection ends before it starts</source>
        <translation>проверка заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>the issuer named on English reports</source>
        <translation>составитель, указываемый в отчётах на английском</translation>
    </message>
    <message>
        <source>the issuer named on reports (default: the node&apos;s name)</source>
        <translation>составитель, указываемый в отчётах (по умолчанию: название узла)</translation>
    </message>
    <message>
        <source>the key card needs the node&apos;s identity card</source>
        <translation>для карточки ключей нужна идентификационная карточка узла</translation>
    </message>
    <message>
        <source>the key rotation statement of {code} does not verify</source>
        <translation>заявление о смене ключей {code} не проходит проверку</translation>
    </message>
    <message>
        <source>the key rotation statement of {code} is inconsistent</source>
        <translation>заявление о смене ключей {code} противоречиво</translation>
    </message>
    <message>
        <source>the log ends at entry {last}, but {user}&apos;s signed anchor names entry {seq}: entries were removed</source>
        <translation>журнал заканчивается записью {last}, но подписанная контрольная точка пользователя {user} называет запись {seq}: записи удалены</translation>
    </message>
    <message>
        <source>the marking on English documents (default: the marking)</source>
        <translation>гриф на документах на английском (по умолчанию: основной гриф)</translation>
    </message>
    <message>
        <source>the marking on Russian documents (default: the marking)</source>
        <translation>гриф на документах на русском (по умолчанию: основной гриф)</translation>
    </message>
    <message>
        <source>the measure has no number</source>
        <translation>у мероприятия нет номера</translation>
    </message>
    <message>
        <source>the meeting protocol needs a meeting (--meeting NUMBER)</source>
        <translation>для протокола нужно указать заседание (--meeting НОМЕР)</translation>
    </message>
    <message>
        <source>the new deadline must be later than the current one ({current})</source>
        <translation>новый срок должен быть позже текущего ({current})</translation>
    </message>
    <message>
        <source>the node and the first user come first</source>
        <translation>сначала узел и первый пользователь</translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation>файл пароля {path} пуст</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>пароль пуст</translation>
    </message>
    <message>
        <source>the record of conflict {conflict_id} no longer exists</source>
        <translation>записи конфликта {conflict_id} больше нет</translation>
    </message>
    <message>
        <source>the records clash with records here (a duplicate number or code, or a reference to a record this node does not hold)</source>
        <translation>записи конфликтуют с записями здесь (повторяющийся номер или код либо ссылка на запись, которой нет на этом узле)</translation>
    </message>
    <message>
        <source>the records do not match the counts in the manifest</source>
        <translation>записи не соответствуют количествам в манифесте</translation>
    </message>
    <message>
        <source>the release manifest&apos;s signature does not match the release key {key} (it names key {signer}): this build was not released by that key or was altered</source>
        <translation>подпись манифеста выпуска не соответствует ключу выпуска {key} (в нём указан ключ {signer}): эта сборка выпущена не этим ключом или изменена</translation>
    </message>
    <message>
        <source>the report fonts (DejaVu Sans) are missing from {folder}</source>
        <translation>шрифтов отчётов (DejaVu Sans) нет в {folder}</translation>
    </message>
    <message>
        <source>the sender&apos;s clock is {days} days ahead of this computer&apos;s ({where}); {sender} must set the right date and time</source>
        <translation>часы отправителя спешат относительно часов этого компьютера на {days} дн. ({where}); {sender} должен установить правильные дату и время</translation>
    </message>
    <message>
        <source>the sender&apos;s role does not match {code}&apos;s card</source>
        <translation>роль отправителя не соответствует карточке {code}</translation>
    </message>
    <message>
        <source>the signature of {signer} on this {kind} does not verify with its key</source>
        <translation>подпись {signer} на этом объекте «{kind}» не проверяется его ключом</translation>
    </message>
    <message>
        <source>the signed log does not give {user} the key in their key slot: the log or the key slot file was altered</source>
        <translation>подписанный журнал не даёт пользователю {user} ключ из его слота ключа: изменён журнал или файл слотов ключей</translation>
    </message>
    <message>
        <source>the state of finding {ref} changes only through a recorded move to {status}</source>
        <translation>состояние недостатка {ref} меняется только через записанный переход в состояние {status}</translation>
    </message>
    <message>
        <source>the store changed during the export; try again</source>
        <translation>хранилище изменилось во время экспорта; повторите попытку</translation>
    </message>
    <message>
        <source>the store must keep at least one admin</source>
        <translation>в хранилище должен остаться хотя бы один администратор</translation>
    </message>
    <message>
        <source>the strategy period ends before it starts</source>
        <translation>период стратегии заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>the template is an .xlsx file</source>
        <translation>шаблон — это файл .xlsx</translation>
    </message>
    <message>
        <source>the transfer form needs a bundle from the exchange log (--bundle ID)</source>
        <translation>для формы передачи нужен пакет из журнала обмена (--bundle ID)</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>пароли не совпадают</translation>
    </message>
    <message>
        <source>the urgent-measure notice needs a finding (--finding REF)</source>
        <translation>для уведомления о срочных мерах укажите недостаток (--finding REF)</translation>
    </message>
    <message>
        <source>the weighing gives the deadline {default}; give the reason for another</source>
        <translation>по оценке угрозы срок {default}; укажите основание для другого срока</translation>
    </message>
    <message>
        <source>there is no InfoSec Desk store in {home}</source>
        <translation>в папке {home} нет хранилища InfoSec Desk</translation>
    </message>
    <message>
        <source>there is no recovery key</source>
        <translation>ключа восстановления нет</translation>
    </message>
    <message>
        <source>this agency has already signed the closure</source>
        <translation>это ведомство уже подписало закрытие</translation>
    </message>
    <message>
        <source>this card belongs to {code} ({role}), not to the coordinating body</source>
        <translation>эта карточка принадлежит {code} ({role}), а не координирующему органу</translation>
    </message>
    <message>
        <source>this file is already attached here, as &quot;{file}&quot;</source>
        <translation>этот файл уже приложен здесь как «{file}»</translation>
    </message>
    <message>
        <source>this is this node&apos;s own card</source>
        <translation>это собственная карточка этого узла</translation>
    </message>
    <message>
        <source>this node ({role}) cannot {action}</source>
        <translation>этот узел ({role}) не может {action}</translation>
    </message>
    <message>
        <source>this node has no exchange keys yet</source>
        <translation>у этого узла ещё нет ключей обмена</translation>
    </message>
    <message>
        <source>this node has no exchange keys yet: run &apos;identity rotate&apos; as admin</source>
        <translation>у этого узла ещё нет ключей обмена: выполните &apos;identity rotate&apos; от имени администратора</translation>
    </message>
    <message>
        <source>this node has no signing key yet; set up its identity for the exchange first</source>
        <translation>у этого узла ещё нет ключа подписи; сначала создайте его ключи для обмена</translation>
    </message>
    <message>
        <source>this store has no recovery key</source>
        <translation>у этого хранилища нет ключа восстановления</translation>
    </message>
    <message>
        <source>this store has several users ({items}): choose one with --user</source>
        <translation>у этого хранилища несколько пользователей ({items}): выберите одного через --user</translation>
    </message>
    <message>
        <source>truncated age file: incomplete chunk</source>
        <translation>age-файл обрезан: неполный фрагмент</translation>
    </message>
    <message>
        <source>truncated age file: the final chunk is missing</source>
        <translation>age-файл обрезан: последнего фрагмента нет</translation>
    </message>
    <message>
        <source>truncated bundle: it ends inside a part</source>
        <translation>пакет обрезан: он обрывается внутри части</translation>
    </message>
    <message>
        <source>truncated bundle: it ends inside an attachment</source>
        <translation>пакет обрезан: он обрывается внутри вложения</translation>
    </message>
    <message>
        <source>two coordinators do not exchange bundles</source>
        <translation>два координирующих органа не обмениваются пакетами</translation>
    </message>
    <message>
        <source>unknown cipher suite &quot;{get}&quot;: update InfoSec Desk</source>
        <translation>неизвестный набор шифров «{get}»: обновите InfoSec Desk</translation>
    </message>
    <message>
        <source>unknown finding field {name}</source>
        <translation>неизвестное поле недостатка: {name}</translation>
    </message>
    <message>
        <source>unknown inspection field {name}</source>
        <translation>неизвестное поле проверки: {name}</translation>
    </message>
    <message>
        <source>unknown language &quot;{lang}&quot;; choose one of: {items}</source>
        <translation>неизвестный язык «{lang}»; выберите один из: {items}</translation>
    </message>
    <message>
        <source>unknown measure field {name}</source>
        <translation>неизвестное поле мероприятия: {name}</translation>
    </message>
    <message>
        <source>unknown report &quot;{kind}&quot;; choose one of: {items}</source>
        <translation>неизвестный отчёт «{kind}»; выберите один из: {items}</translation>
    </message>
    <message>
        <source>unknown role &quot;{role}&quot;</source>
        <translation>неизвестная роль «{role}»</translation>
    </message>
    <message>
        <source>unknown sender {sender_code}: enrol it first</source>
        <translation>неизвестный отправитель {sender_code}: сначала зарегистрируйте его</translation>
    </message>
    <message>
        <source>unsupported age format version</source>
        <translation>неподдерживаемая версия формата age</translation>
    </message>
    <message>
        <source>unsupported bundle format version {version}: this release reads version {FORMAT_VERSION}; update InfoSec Desk</source>
        <translation>неподдерживаемая версия формата пакета {version}: эта версия программы читает версию {FORMAT_VERSION}; обновите InfoSec Desk</translation>
    </message>
    <message>
        <source>user {name} already exists</source>
        <translation>пользователь {name} уже существует</translation>
    </message>
    <message>
        <source>user {name}: in the signed log, missing from the store</source>
        <translation>пользователь {name}: есть в подписанном журнале, но отсутствует в хранилище</translation>
    </message>
    <message>
        <source>user {name}: no signed entry added this user</source>
        <translation>пользователь {name}: ни одна подписанная запись не добавляла этого пользователя</translation>
    </message>
    <message>
        <source>user {name}: role {stored} in the store, {signed} in the signed log</source>
        <translation>пользователь {name}: роль в хранилище — {stored}, в подписанном журнале — {signed}</translation>
    </message>
    <message>
        <source>user {user} already has a key slot</source>
        <translation>у пользователя {user} уже есть слот ключа</translation>
    </message>
    <message>
        <source>user {user} has no account in this store</source>
        <translation>у пользователя {user} нет учётной записи в этом хранилище</translation>
    </message>
    <message>
        <source>user {user} has no key slot</source>
        <translation>у пользователя {user} нет слота ключа</translation>
    </message>
    <message>
        <source>user {user} has no key slot in {keyslot_path}</source>
        <translation>у пользователя {user} нет слота ключа в {keyslot_path}</translation>
    </message>
    <message>
        <source>user {user} has the only key slot; it cannot be removed</source>
        <translation>у пользователя {user} единственный слот ключа; его нельзя удалить</translation>
    </message>
    <message>
        <source>weigh a finding by both likelihood and impact, or by neither</source>
        <translation>оцените недостаток и по вероятности, и по воздействию, либо ни по одному из них</translation>
    </message>
    <message>
        <source>who approves the compliance report (name, position)</source>
        <translation>кто утверждает отчёт о соответствии (имя, должность)</translation>
    </message>
    <message>
        <source>who prepares the compliance report (name, position)</source>
        <translation>кто готовит отчёт о соответствии (имя, должность)</translation>
    </message>
    <message>
        <source>within must be a whole number of days from 0 to {limit}</source>
        <translation>срок должен быть целым числом дней от 0 до {limit}</translation>
    </message>
    <message>
        <source>working group {code} already exists</source>
        <translation>рабочая группа {code} уже существует</translation>
    </message>
    <message>
        <source>workspace {code} ({role})</source>
        <translation>рабочая папка {code} ({role})</translation>
    </message>
    <message>
        <source>wrong passphrase for user {user}</source>
        <translation>неверный пароль пользователя {user}</translation>
    </message>
    <message>
        <source>wrong recovery key</source>
        <translation>неверный ключ восстановления</translation>
    </message>
    <message>
        <source>you cannot remove yourself</source>
        <translation>нельзя удалить самого себя</translation>
    </message>
    <message>
        <source>{code} has a representative but is not a member of the group</source>
        <translation>у {code} указан представитель, но {code} не входит в группу</translation>
    </message>
    <message>
        <source>{code} is already enrolled with other keys; revoke it first</source>
        <translation>{code} уже зарегистрирован с другими ключами; сначала отзовите его</translation>
    </message>
    <message>
        <source>{code} is not a member of the group: add it with --member first</source>
        <translation>{code} не входит в группу: сначала добавьте его через --member</translation>
    </message>
    <message>
        <source>{code} is not an enrolled partner: run &apos;partners add&apos; first</source>
        <translation>{code} не зарегистрирован как партнёр: сначала выполните &apos;partners add&apos;</translation>
    </message>
    <message>
        <source>{code} may not answer a finding about another institution</source>
        <translation>{code} не вправе отвечать на недостаток другого учреждения</translation>
    </message>
    <message>
        <source>{code} may not answer a finding that is {status}</source>
        <translation>{code} не вправе отвечать на недостаток в состоянии {status}</translation>
    </message>
    <message>
        <source>{code} may not ask for more time on a finding about another institution</source>
        <translation>{code} не может запрашивать продление срока по недостатку другого учреждения</translation>
    </message>
    <message>
        <source>{code} may not ask for more time on a finding that is {status}</source>
        <translation>{code} не может запрашивать продление срока по недостатку в состоянии «{status}»</translation>
    </message>
    <message>
        <source>{code} may not attach files to that {kind}</source>
        <translation>{code} не вправе прикреплять файлы к этой записи ({kind})</translation>
    </message>
    <message>
        <source>{code} may not change a {kind} of an inspection it is not given</source>
        <translation>{code} не вправе изменять запись ({kind}) проверки, которая ему не поручена</translation>
    </message>
    <message>
        <source>{code} may not change a {kind}: it is recorded once and kept</source>
        <translation>{code} не вправе изменять запись ({kind}): она записывается один раз и хранится</translation>
    </message>
    <message>
        <source>{code} may not change findings</source>
        <translation>{code} не вправе изменять недостатки</translation>
    </message>
    <message>
        <source>{code} may not change the origin of a {kind}</source>
        <translation>{code} не вправе изменять узел-источник записи ({kind})</translation>
    </message>
    <message>
        <source>{code} may not change the {field} of a {kind}: it is fixed once recorded</source>
        <translation>{code} не вправе изменять поле {field} записи ({kind}): оно неизменно после записи</translation>
    </message>
    <message>
        <source>{code} may not change {fields} of a finding</source>
        <translation>{code} не вправе изменять поля недостатка: {fields}</translation>
    </message>
    <message>
        <source>{code} may not change {fields} of an extension request</source>
        <translation>{code} не может изменять {fields} запроса о продлении</translation>
    </message>
    <message>
        <source>{code} may not co-sign for the partner agency</source>
        <translation>{code} не может подписывать от имени ведомства-партнёра</translation>
    </message>
    <message>
        <source>{code} may not create findings</source>
        <translation>{code} не вправе создавать недостатки</translation>
    </message>
    <message>
        <source>{code} may not decide an extension request that is already {status}</source>
        <translation>{code} не может решать запрос о продлении, который уже в состоянии «{status}»</translation>
    </message>
    <message>
        <source>{code} may not decide an extension request; the coordinator does</source>
        <translation>{code} не может решать запрос о продлении; решение принимает координирующий орган</translation>
    </message>
    <message>
        <source>{code} may not delete a {kind}: it stays on record</source>
        <translation>{code} не вправе удалять запись ({kind}): она остаётся в учёте</translation>
    </message>
    <message>
        <source>{code} may not give an attachment other content; add a new file instead</source>
        <translation>{code} не вправе заменять содержимое вложения; добавьте вместо этого новый файл</translation>
    </message>
    <message>
        <source>{code} may not move a finding from {start} to {end}; from {start} it may move it only to: {allowed}</source>
        <translation>{code} не вправе переводить недостаток из состояния {start} в {end}; из {start} он может перевести его только в: {allowed}</translation>
    </message>
    <message>
        <source>{code} may not move a finding from {start} to {end}; from {start} it may not move it at all</source>
        <translation>{code} не вправе переводить недостаток из состояния {start} в {end}; из {start} он не может его переводить вовсе</translation>
    </message>
    <message>
        <source>{code} may not record a decided extension request; a request starts pending</source>
        <translation>{code} не может записать уже решённый запрос о продлении; запрос начинается как ожидающий решения</translation>
    </message>
    <message>
        <source>{code} may not record a finding as {status}; a finding starts open</source>
        <translation>{code} не вправе записывать недостаток в состоянии {status}; недостаток начинается как открытый</translation>
    </message>
    <message>
        <source>{code} may not record findings of an inspection another node numbers</source>
        <translation>{code} не вправе записывать недостатки проверки, которую нумерует другой узел</translation>
    </message>
    <message>
        <source>{code} may not remove or replace a file that {origin} added ({file})</source>
        <translation>{code} не вправе удалять или заменять файл, добавленный узлом {origin} ({file})</translation>
    </message>
    <message>
        <source>{code} may not report on a measure it neither leads nor co-executes</source>
        <translation>{code} не вправе отчитываться по мероприятию, которое он не возглавляет и не соисполняет</translation>
    </message>
    <message>
        <source>{code} may not report on a measure this node does not hold</source>
        <translation>{code} не вправе отчитываться по мероприятию, которого нет на этом узле</translation>
    </message>
    <message>
        <source>{code} may not report progress for another institution</source>
        <translation>{code} не вправе отчитываться об исполнении за другое учреждение</translation>
    </message>
    <message>
        <source>{code} may not return a submitted report to draft</source>
        <translation>{code} не может вернуть поданный отчёт в черновик</translation>
    </message>
    <message>
        <source>{code} may not rewrite an answer; an answer is added to the thread</source>
        <translation>{code} не вправе переписывать ответ; ответ добавляется в переписку</translation>
    </message>
    <message>
        <source>{code} may not sign for the issuing agency</source>
        <translation>{code} не может подписывать от имени выдавшего ведомства</translation>
    </message>
    <message>
        <source>{code} may not sign for the issuing agency: {origin} issued this {kind}</source>
        <translation>{code} не может подписывать от имени выдавшего ведомства: этот объект «{kind}» выдал {origin}</translation>
    </message>
    <message>
        <source>{code} may not sign in the name of {signer}</source>
        <translation>{code} не может подписывать от имени {signer}</translation>
    </message>
    <message>
        <source>{code} may not {action}</source>
        <translation>{code} не вправе: {action}</translation>
    </message>
    <message>
        <source>{code} was revoked; its revoked key stays refused</source>
        <translation>{code} отозван; его отозванный ключ по-прежнему отклоняется</translation>
    </message>
    <message>
        <source>{code}&apos;s audit log differs at entry {held} from what its earlier bundle named: its history was rewritten</source>
        <translation>журнал аудита {code} в записи {held} расходится с тем, что называл его прежний пакет: его история переписана</translation>
    </message>
    <message>
        <source>{code}&apos;s audit log has {count} entries, fewer than the {held} its earlier bundle named: entries were removed there</source>
        <translation>в журнале аудита {code} записей: {count}, меньше, чем {held}, названных его прежним пакетом: там удалены записи</translation>
    </message>
    <message>
        <source>{db_path} is damaged (a page failed its integrity check)</source>
        <translation>{db_path} повреждён (страница не прошла проверку целостности)</translation>
    </message>
    <message>
        <source>{db_path} is damaged: pages that fail their check: {n}</source>
        <translation>{db_path} повреждён: страниц, не прошедших проверку: {n}</translation>
    </message>
    <message>
        <source>{db_path} is damaged: {structure}</source>
        <translation>{db_path} повреждён: {structure}</translation>
    </message>
    <message>
        <source>{db_path} is missing</source>
        <translation>{db_path} отсутствует</translation>
    </message>
    <message>
        <source>{db_path} is not a valid InfoSec Desk store or the key is wrong</source>
        <translation>{db_path} не является хранилищем InfoSec Desk, или ключ неверен</translation>
    </message>
    <message>
        <source>{downgrade}; give --allow-downgrade if that is meant</source>
        <translation>{downgrade}; если так и задумано, укажите --allow-downgrade</translation>
    </message>
    <message>
        <source>{file} has no data</source>
        <translation>в {file} нет данных</translation>
    </message>
    <message>
        <source>{file} has {count} problem(s) (see the preview): nothing was imported</source>
        <translation>в {file} проблем: {count} (см. предварительный просмотр); ничего не импортировано</translation>
    </message>
    <message>
        <source>{file} needs a header row with {names}</source>
        <translation>в {file} нужна строка заголовков с {names}</translation>
    </message>
    <message>
        <source>{key} must be a score from 1 to 25, or 0 for never (empty: the default)</source>
        <translation>{key}: оценка от 1 до 25 или 0 — никогда (пусто — по умолчанию)</translation>
    </message>
    <message>
        <source>{key} must be four whole numbers of days from 1 to 3650, for the low, medium, high and critical scores, none greater than the one before (empty: the default)</source>
        <translation>{key}: четыре целых числа дней от 1 до 3650 для низкой, средней, высокой и критической оценки, каждое не больше предыдущего (пусто — по умолчанию)</translation>
    </message>
    <message>
        <source>{key} must be one of: {items}</source>
        <translation>{key}: допустимые значения: {items}</translation>
    </message>
    <message>
        <source>{key} must be whole hours from 1 to 8760</source>
        <translation>{key}: целое число часов от 1 до 8760</translation>
    </message>
    <message>
        <source>{key} must be whole minutes from 0 (never) to 1440</source>
        <translation>{key}: целое число минут от 0 (никогда) до 1440</translation>
    </message>
    <message>
        <source>{kind} {id}: changed behind the application (entry {seq} recorded another state)</source>
        <translation>{kind} (идентификатор {id}): изменено в обход приложения (запись {seq} зафиксировала другое состояние)</translation>
    </message>
    <message>
        <source>{kind} {id}: removed behind the application (entry {seq} recorded it)</source>
        <translation>{kind} (идентификатор {id}): удалено в обход приложения (запись {seq} его зафиксировала)</translation>
    </message>
    <message>
        <source>{kind} {id}: written behind the application (no audit entry records it)</source>
        <translation>{kind} (идентификатор {id}): записано в обход приложения (ни одна запись аудита этого не фиксирует)</translation>
    </message>
    <message>
        <source>{name} is longer than {limit} characters</source>
        <translation>{name}: длиннее {limit} символов</translation>
    </message>
    <message>
        <source>{name} is not a readable image</source>
        <translation>{name} не является читаемым изображением</translation>
    </message>
    <message>
        <source>{name} is not a valid code</source>
        <translation>{name}: недопустимый код</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {msg}</source>
        <translation>{name} не является корректным JSON: {msg}</translation>
    </message>
    <message>
        <source>{name} is not valid: {value}</source>
        <translation>{name}: недопустимое значение {value}</translation>
    </message>
    <message>
        <source>{name} is too large to be a key card</source>
        <translation>{name} слишком велик для карточки ключей</translation>
    </message>
    <message>
        <source>{name} lists a requirement code twice</source>
        <translation>в {name} код требования указан дважды</translation>
    </message>
    <message>
        <source>{name} must be 1-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>{name}: от 1 до 32 букв, цифр, &apos;.&apos;, &apos;_&apos; или &apos;-&apos;</translation>
    </message>
    <message>
        <source>{name} must be a SHA-256 in hex</source>
        <translation>{name}: должно быть значением SHA-256 в шестнадцатеричной записи</translation>
    </message>
    <message>
        <source>{name} must be a date like 30.09.2026</source>
        <translation>{name}: нужна дата вида 30.09.2026</translation>
    </message>
    <message>
        <source>{name} must be a date like 30.09.2026 or 2026-09-30</source>
        <translation>{name}: дата вида 30.09.2026 или 2026-09-30</translation>
    </message>
    <message>
        <source>{name} must be a list</source>
        <translation>{name}: должно быть списком</translation>
    </message>
    <message>
        <source>{name} must be a number</source>
        <translation>{name}: должно быть числом</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}</source>
        <translation>{name}: целое число от {low} до {high}</translation>
    </message>
    <message>
        <source>{name} must be a year from 2000 to 2100</source>
        <translation>{name}: год от 2000 до 2100</translation>
    </message>
    <message>
        <source>{name} must be from 1 to 5</source>
        <translation>{name}: от 1 до 5</translation>
    </message>
    <message>
        <source>{name} must be one of: {allowed}</source>
        <translation>{name}: допустимые значения: {allowed}</translation>
    </message>
    <message>
        <source>{name} must be one of: {items}</source>
        <translation>{name}: допустимые значения: {items}</translation>
    </message>
    <message>
        <source>{name} must be text</source>
        <translation>{name}: должно быть текстом</translation>
    </message>
    <message>
        <source>{name} must hold a JSON array of objects</source>
        <translation>{name} должен содержать JSON-массив объектов</translation>
    </message>
    <message>
        <source>{name} must map indicators to values</source>
        <translation>{name}: должно сопоставлять индикаторам значения</translation>
    </message>
    <message>
        <source>{name} must map institutions to names</source>
        <translation>{name} должно сопоставлять учреждениям имена</translation>
    </message>
    <message>
        <source>{name} must map years to values</source>
        <translation>{name}: нужны значения по годам</translation>
    </message>
    <message>
        <source>{name} must not be empty</source>
        <translation>{name}: не может быть пустым</translation>
    </message>
    <message>
        <source>{name} needs a header row with code and title</source>
        <translation>в {name} нужна строка заголовков со столбцами code и title</translation>
    </message>
    <message>
        <source>{name}, row {row}: {error}</source>
        <translation>{name}, строка {row}: {error}</translation>
    </message>
    <message>
        <source>{node}: act of inspection {reference}</source>
        <translation>{node}: акт проверки {reference}</translation>
    </message>
    <message>
        <source>{node}: action plan ({measures} measures), catalog ({requirements} requirements), inspection plan ({inspections})</source>
        <translation>{node}: план действий (мероприятий: {measures}), каталог (требований: {requirements}), план проверок ({inspections})</translation>
    </message>
    <message>
        <source>{node}: addendum 1 to the act of {reference}</source>
        <translation>{node}: дополнение 1 к акту {reference}</translation>
    </message>
    <message>
        <source>{node}: co-signatures</source>
        <translation>{node}: совместные подписи</translation>
    </message>
    <message>
        <source>{node}: deadline of {finding} extended</source>
        <translation>{node}: срок по {finding} продлён</translation>
    </message>
    <message>
        <source>{node}: evaluations of {period}</source>
        <translation>{node}: оценки за {period}</translation>
    </message>
    <message>
        <source>{node}: finding after the act of {reference}</source>
        <translation>{node}: недостаток, выявленный после акта {reference}</translation>
    </message>
    <message>
        <source>{node}: inspection {reference} of {institution}</source>
        <translation>{node}: проверка {reference} учреждения {institution}</translation>
    </message>
    <message>
        <source>{node}: meeting of working group {group}</source>
        <translation>{node}: заседание рабочей группы {group}</translation>
    </message>
    <message>
        <source>{node}: more time asked for {finding}</source>
        <translation>{node}: запрошено больше времени по {finding}</translation>
    </message>
    <message>
        <source>{node}: plan revision of {measure}</source>
        <translation>{node}: изменение плана по мероприятию {measure}</translation>
    </message>
    <message>
        <source>{node}: progress reports for {period}</source>
        <translation>{node}: отчёты об исполнении за {period}</translation>
    </message>
    <message>
        <source>{node}: request for {finding} decided</source>
        <translation>{node}: по запросу по {finding} принято решение</translation>
    </message>
    <message>
        <source>{node}: respond to the addendum&apos;s finding of {reference}</source>
        <translation>{node}: ответ на недостаток из дополнения к акту {reference}</translation>
    </message>
    <message>
        <source>{node}: response to {finding}</source>
        <translation>{node}: ответ по {finding}</translation>
    </message>
    <message>
        <source>{node}: settings</source>
        <translation>{node}: настройки</translation>
    </message>
    <message>
        <source>{node}: working groups ({count})</source>
        <translation>{node}: рабочие группы ({count})</translation>
    </message>
    <message>
        <source>{node}: {finding} disputed</source>
        <translation>{node}: {finding} оспорен</translation>
    </message>
    <message>
        <source>{node}: {finding} verified and closed</source>
        <translation>{node}: {finding} проверен и закрыт</translation>
    </message>
    <message>
        <source>{node}: {finding} withdrawn</source>
        <translation>{node}: {finding} отозван</translation>
    </message>
    <message>
        <source>{path} differs from the released file</source>
        <translation>{path} отличается от выпущенного файла</translation>
    </message>
    <message>
        <source>{path} has key-slot format version {version}, which this release cannot read</source>
        <translation>у {path} версия формата слотов ключей {version}, которую эта версия программы не читает</translation>
    </message>
    <message>
        <source>{path} has mode {mode}, which no released file has (released as {released})</source>
        <translation>у {path} права {mode}, каких нет ни у одного выпущенного файла (в выпуске {released})</translation>
    </message>
    <message>
        <source>{path} has mode {mode}: it is no longer executable (released as {released})</source>
        <translation>у {path} права {mode}: он больше не исполняемый (в выпуске {released})</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason})</source>
        <translation>{path} повреждён ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged: a key slot is malformed ({exc})</source>
        <translation>{path} повреждён: слот ключа имеет неверный формат ({exc})</translation>
    </message>
    <message>
        <source>{path} is damaged: it holds no user key slot</source>
        <translation>{path} повреждён: в нём нет слота ключа пользователя</translation>
    </message>
    <message>
        <source>{path} is damaged: it is not a readable key-slot file</source>
        <translation>{path} повреждён: это не читаемый файл слотов ключей</translation>
    </message>
    <message>
        <source>{path} is missing</source>
        <translation>{path} отсутствует</translation>
    </message>
    <message>
        <source>{path} is missing: this is not an InfoSec Desk store</source>
        <translation>{path} отсутствует: это не хранилище InfoSec Desk</translation>
    </message>
    <message>
        <source>{path} is not a PEM public key</source>
        <translation>{path} не является открытым ключом PEM</translation>
    </message>
    <message>
        <source>{path} is not a usable InfoSec Desk backup: {why}</source>
        <translation>{path} не является пригодной резервной копией InfoSec Desk: {why}</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 public key</source>
        <translation>{path} не является открытым ключом Ed25519</translation>
    </message>
    <message>
        <source>{path} is not an InfoSec Desk release manifest</source>
        <translation>{path} не является манифестом выпуска InfoSec Desk</translation>
    </message>
    <message>
        <source>{path} is not part of the release (an added file)</source>
        <translation>{path} не входит в выпуск (добавленный файл)</translation>
    </message>
    <message>
        <source>{path} is not part of the release (an added folder)</source>
        <translation>{path} не входит в выпуск (добавленная папка)</translation>
    </message>
    <message>
        <source>{path} is unreadable ({reason})</source>
        <translation>не удаётся прочитать {path} ({reason})</translation>
    </message>
    <message>
        <source>{path}: not a regular file</source>
        <translation>{path}: не обычный файл</translation>
    </message>
    <message>
        <source>{path}: the key slot of the recovery key is refused: its key derivation (memory {memory} KiB, passes {passes}) is weaker than this store&apos;s minimum (memory {floor_memory} KiB, passes {floor_passes})</source>
        <translation>{path}: слот ключа восстановления отклонён: параметры формирования ключа в нём (память {memory} КиБ, проходов {passes}) слабее минимума этого хранилища (память {floor_memory} КиБ, проходов {floor_passes})</translation>
    </message>
    <message>
        <source>{path}: the key slot of user {user} is refused: its key derivation (memory {memory} KiB, passes {passes}) is weaker than this store&apos;s minimum (memory {floor_memory} KiB, passes {floor_passes})</source>
        <translation>{path}: слот ключа пользователя {user} отклонён: параметры формирования ключа в нём (память {memory} КиБ, проходов {passes}) слабее минимума этого хранилища (память {floor_memory} КиБ, проходов {floor_passes})</translation>
    </message>
    <message>
        <source>{path}: the passphrase does not open the backup&apos;s key slot (a wrong passphrase, or a damaged backup)</source>
        <translation>{path}: пароль не открывает слот ключа резервной копии (неверный пароль или повреждённая резервная копия)</translation>
    </message>
    <message>
        <source>{path}: unknown release manifest format {format}</source>
        <translation>{path}: неизвестный формат манифеста выпуска {format}</translation>
    </message>
    <message>
        <source>{root} is an older build ({checked}) than the one running ({running}): installing it is a downgrade</source>
        <translation>{root} — более старая сборка ({checked}), чем запущенная ({running}): её установка — откат к старой версии</translation>
    </message>
    <message>
        <source>{root} is not a folder</source>
        <translation>{root} не является папкой</translation>
    </message>
    <message>
        <source>{root} is not an empty folder; the demo needs a new one</source>
        <translation>{root} — не пустая папка; для демонстрации нужна новая</translation>
    </message>
    <message>
        <source>{root}: {problem} (and {count} more problem(s)); do not install this copy</source>
        <translation>{root}: {problem} (и ещё проблем: {count}); не устанавливайте эту копию</translation>
    </message>
    <message>
        <source>{root}: {problem}; do not install this copy</source>
        <translation>{root}: {problem}; не устанавливайте эту копию</translation>
    </message>
    <message>
        <source>{sender} may not create records of {origin}</source>
        <translation>{sender} не вправе создавать записи узла {origin}</translation>
    </message>
    <message>
        <source>{sender} may not pass on a value of {name} stamped by {node} that this node does not hold from it</source>
        <translation>{sender} не вправе передавать значение поля {name} с отметкой времени узла {node}, которое этот узел от него не получал</translation>
    </message>
    <message>
        <source>{sender} → {recipients}: bundles</source>
        <translation>{sender} → {recipients}: пакеты</translation>
    </message>
    <message>
        <source>{signer} has already signed this {kind} for its agency</source>
        <translation>{signer} уже подписал этот объект «{kind}» от имени своего ведомства</translation>
    </message>
    <message>
        <source>{store} was made by a newer release of InfoSec Desk (schema revision {revision}); open it with that release or a later one</source>
        <translation>{store} создано более новой версией InfoSec Desk (ревизия схемы {revision}); откройте его этой или более поздней версией</translation>
    </message>
    <message>
        <source>{text} is not a measure number like 2.3.1</source>
        <translation>{text} — не номер мероприятия вида 2.3.1</translation>
    </message>
    <message>
        <source>{user}&apos;s signed anchor (entry {seq}) is signed by no key the log gives them: the log was rewritten or the anchor file edited</source>
        <translation>подписанная контрольная точка пользователя {user} (запись {seq}) не подписана ни одним из ключей, которые ему даёт журнал: журнал переписан или изменён файл контрольных точек</translation>
    </message>
    <message>
        <source>{version}, built {built}</source>
        <translation>{version}, собрана {built}</translation>
    </message>
    <message>
        <source>{what} holds an invalid public key</source>
        <translation>{what} содержит недопустимый открытый ключ</translation>
    </message>
</context>
<context>
    <name>inspection status</name>
    <message>
        <source>Act issued</source>
        <translation>Акт составлен</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Проводится</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>С задержкой</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation>Требуется уточнение</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Выполнено частично</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Pending evaluation</source>
        <translation>Ожидает оценки</translation>
    </message>
    <message>
        <source>Coordinating body</source>
        <translation>Координирующий орган</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation>Проверочная группа</translation>
    </message>
    <message>
        <source>Partner agency (State Security Service)</source>
        <translation>Ведомство-партнёр (Служба государственной безопасности)</translation>
    </message>
    <message>
        <source>Awaiting co-signature</source>
        <translation>Ожидает совместной подписи</translation>
    </message>
    <message>
        <source>Co-signed</source>
        <translation>Подписан совместно</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критическая</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>In remediation</source>
        <translation>Устраняется</translation>
    </message>
    <message>
        <source>Remediated</source>
        <translation>Устранён</translation>
    </message>
    <message>
        <source>Verified and closed</source>
        <translation>Проверен и закрыт</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Оспорен</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Document review</source>
        <translation>Проверка документов</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Проверка на месте</translation>
    </message>
    <message>
        <source>Verified: close it</source>
        <translation>Проверено: закрыть</translation>
    </message>
    <message>
        <source>Not remediated: return it</source>
        <translation>Не устранено: вернуть</translation>
    </message>
    <message>
        <source>Uphold the finding</source>
        <translation>Оставить недостаток в силе</translation>
    </message>
    <message>
        <source>Withdraw the finding</source>
        <translation>Отозвать недостаток</translation>
    </message>
    <message>
        <source>Approve: move the deadline</source>
        <translation>Одобрить: перенести срок</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Уже импортирован</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединен</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Плановая</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Внеплановая</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Повторная</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Снижение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Постоянно</translation>
    </message>
    <message>
        <source>Lead institution</source>
        <translation>Ответственное учреждение</translation>
    </message>
    <message>
        <source>Co-executors</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <source>CII operator</source>
        <translation>Оператор КИИ</translation>
    </message>
    <message>
        <source>Lead report for the period</source>
        <translation>Отчёт ответственного исполнителя за период</translation>
    </message>
    <message>
        <source>Measure ending</source>
        <translation>Истекает срок мероприятия</translation>
    </message>
    <message>
        <source>Clarification requested</source>
        <translation>Требуется уточнение</translation>
    </message>
    <message>
        <source>Finding to remediate</source>
        <translation>Недостаток к устранению</translation>
    </message>
    <message>
        <source>Remediation awaiting verification</source>
        <translation>Устранение, ожидающее проверки</translation>
    </message>
    <message>
        <source>Extension request awaiting a decision</source>
        <translation>Запрос о продлении срока, ожидающий решения</translation>
    </message>
    <message>
        <source>Working group task</source>
        <translation>Задача рабочей группы</translation>
    </message>
</context>
<context>
    <name>listing</name>
    <message>
        <source>Exporting the list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Панель мониторинга</translation>
    </message>
    <message>
        <source>Due list</source>
        <translation>Ожидаемое</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Рабочие группы</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Недостатки</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Partners and keys</source>
        <translation>Партнёры и ключи</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
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
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>срочно</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Verified, awaiting co-signature</source>
        <translation>Проверено, ожидает совместной подписи</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Ничего не подходит под эти фильтры.</translation>
    </message>
</context>
<context>
    <name>sizes</name>
    <message>
        <source>B</source>
        <translation>Б</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>КБ</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ГБ</translation>
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
        <translation>добавлять пользователей</translation>
    </message>
    <message>
        <source>added_by</source>
        <translation>кем добавлено</translation>
    </message>
    <message>
        <source>addendum</source>
        <translation>дополнение</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>повестка</translation>
    </message>
    <message>
        <source>approved_by</source>
        <translation>кем утверждено</translation>
    </message>
    <message>
        <source>approved_by_name</source>
        <translation>имя утверждающего</translation>
    </message>
    <message>
        <source>approved_by_position</source>
        <translation>должность утверждающего</translation>
    </message>
    <message>
        <source>approved_by_position_en</source>
        <translation>должность утверждающего (по-английски)</translation>
    </message>
    <message>
        <source>approving_act</source>
        <translation>утверждающий акт</translation>
    </message>
    <message>
        <source>assignees</source>
        <translation>исполнители</translation>
    </message>
    <message>
        <source>at</source>
        <translation>время</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>резервная копия</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>базовое значение</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>bundle_export</source>
        <translation>экспорт пакета</translation>
    </message>
    <message>
        <source>bundle_import</source>
        <translation>импорт пакета</translation>
    </message>
    <message>
        <source>bundle_refused</source>
        <translation>пакет отклонён</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карточка</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>менять роли</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>менять настройки</translation>
    </message>
    <message>
        <source>change the emblem</source>
        <translation>менять герб</translation>
    </message>
    <message>
        <source>clock_repair</source>
        <translation>исправление часов</translation>
    </message>
    <message>
        <source>co-sign acts and verified closures</source>
        <translation>совместно подписывать акты и проверенные закрытия</translation>
    </message>
    <message>
        <source>co_executors</source>
        <translation>соисполнители</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>commission_signature</source>
        <translation>подпись комиссии</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>заключение</translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation>подтверждение</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <source>conflict_resolve</source>
        <translation>разрешение конфликта</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>постоянно</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>координирующий орган</translation>
    </message>
    <message>
        <source>corrective_measure</source>
        <translation>корректирующая мера</translation>
    </message>
    <message>
        <source>create</source>
        <translation>создание</translation>
    </message>
    <message>
        <source>criticality</source>
        <translation>категория критичности</translation>
    </message>
    <message>
        <source>current_passphrase</source>
        <translation>текущий пароль</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>deadline_extension</source>
        <translation>продление срока</translation>
    </message>
    <message>
        <source>deadline_reason</source>
        <translation>основание срока</translation>
    </message>
    <message>
        <source>decided_at</source>
        <translation>дата решения</translation>
    </message>
    <message>
        <source>decided_by</source>
        <translation>кем принято решение</translation>
    </message>
    <message>
        <source>decision_date</source>
        <translation>дата решения</translation>
    </message>
    <message>
        <source>decision_number</source>
        <translation>номер решения</translation>
    </message>
    <message>
        <source>decision_reason</source>
        <translation>основание решения</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>место назначения</translation>
    </message>
    <message>
        <source>digest</source>
        <translation>хеш</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>направление</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>edit the action plan</source>
        <translation>изменять план мероприятий</translation>
    </message>
    <message>
        <source>edit the requirement catalog</source>
        <translation>изменять каталог требований</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <source>emblem</source>
        <translation>герб</translation>
    </message>
    <message>
        <source>end</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <source>end_date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <source>enrol partners</source>
        <translation>регистрировать партнёров</translation>
    </message>
    <message>
        <source>evaluate progress reports</source>
        <translation>оценивать отчёты об исполнении</translation>
    </message>
    <message>
        <source>evaluated_at</source>
        <translation>время оценки</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>evaluator</source>
        <translation>оценщик</translation>
    </message>
    <message>
        <source>evidence_ids</source>
        <translation>доказательства</translation>
    </message>
    <message>
        <source>expected_result</source>
        <translation>ожидаемый результат</translation>
    </message>
    <message>
        <source>extension_request</source>
        <translation>запрос о продлении срока</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>field</source>
        <translation>поле</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>file_name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <source>files</source>
        <translation>файлы</translation>
    </message>
    <message>
        <source>financing_source</source>
        <translation>источник финансирования</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>недостаток</translation>
    </message>
    <message>
        <source>finding_event</source>
        <translation>событие по недостатку</translation>
    </message>
    <message>
        <source>finding_ids</source>
        <translation>замечания</translation>
    </message>
    <message>
        <source>finding_response</source>
        <translation>ответ по недостатку</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>отпечаток</translation>
    </message>
    <message>
        <source>from_status</source>
        <translation>прежний статус</translation>
    </message>
    <message>
        <source>group_decision</source>
        <translation>решение рабочей группы</translation>
    </message>
    <message>
        <source>home</source>
        <translation>рабочая папка</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>ключи узла</translation>
    </message>
    <message>
        <source>identity_rotate</source>
        <translation>смена ключей узла</translation>
    </message>
    <message>
        <source>idle_lock_minutes</source>
        <translation>блокировка при бездействии, минут</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>воздействие</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>индикатор</translation>
    </message>
    <message>
        <source>indicator_actuals</source>
        <translation>фактические значения индикаторов</translation>
    </message>
    <message>
        <source>indicator_course</source>
        <translation>направление и промежуточные цели индикатора</translation>
    </message>
    <message>
        <source>init</source>
        <translation>создание узла</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>inspection-team</source>
        <translation>проверочная группа</translation>
    </message>
    <message>
        <source>inspection_act</source>
        <translation>акт проверки</translation>
    </message>
    <message>
        <source>inspection_note</source>
        <translation>заметка проверки</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>учреждение</translation>
    </message>
    <message>
        <source>iso27001</source>
        <translation>ISO 27001</translation>
    </message>
    <message>
        <source>issued_by</source>
        <translation>выдал</translation>
    </message>
    <message>
        <source>issued_on</source>
        <translation>дата выдачи</translation>
    </message>
    <message>
        <source>issuing_body</source>
        <translation>орган, выдающий документы</translation>
    </message>
    <message>
        <source>issuing_body_en</source>
        <translation>орган, выдающий документы (по-английски)</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>сохраняемое значение</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>ключи</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>основной исполнитель</translation>
    </message>
    <message>
        <source>legal_basis</source>
        <translation>правовое основание</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>вероятность</translation>
    </message>
    <message>
        <source>make a recovery key</source>
        <translation>создавать ключ восстановления</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>делать резервные копии</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>сопоставление столбцов</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>гриф</translation>
    </message>
    <message>
        <source>marking_en</source>
        <translation>гриф (по-английски)</translation>
    </message>
    <message>
        <source>marking_ru</source>
        <translation>гриф (по-русски)</translation>
    </message>
    <message>
        <source>max_clock_skew_hours</source>
        <translation>допустимое расхождение времени, часов</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>мероприятия</translation>
    </message>
    <message>
        <source>media_type</source>
        <translation>тип файла</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>заседание</translation>
    </message>
    <message>
        <source>members</source>
        <translation>члены</translation>
    </message>
    <message>
        <source>method</source>
        <translation>способ</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>промежуточные цели</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>name_en</source>
        <translation>название (по-английски)</translation>
    </message>
    <message>
        <source>new_date</source>
        <translation>новая дата</translation>
    </message>
    <message>
        <source>new_value</source>
        <translation>новое значение</translation>
    </message>
    <message>
        <source>nist_csf</source>
        <translation>NIST CSF</translation>
    </message>
    <message>
        <source>node</source>
        <translation>узел</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>official_status</source>
        <translation>официальный статус</translation>
    </message>
    <message>
        <source>old_value</source>
        <translation>прежнее значение</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>узел-источник</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>partner-agency</source>
        <translation>ведомство-партнёр</translation>
    </message>
    <message>
        <source>partner_enrol</source>
        <translation>регистрация партнёра</translation>
    </message>
    <message>
        <source>partner_history</source>
        <translation>история аудита партнёра</translation>
    </message>
    <message>
        <source>partner_revoke</source>
        <translation>отзыв партнёра</translation>
    </message>
    <message>
        <source>partner_rotate</source>
        <translation>смена ключей партнёра</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>пути</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>процент</translation>
    </message>
    <message>
        <source>period</source>
        <translation>отчётный период</translation>
    </message>
    <message>
        <source>period_end</source>
        <translation>конец периода</translation>
    </message>
    <message>
        <source>period_start</source>
        <translation>начало периода</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>plan_import</source>
        <translation>импорт плана</translation>
    </message>
    <message>
        <source>plan_revision</source>
        <translation>изменение плана</translation>
    </message>
    <message>
        <source>prepared_by_name</source>
        <translation>имя подготовившего</translation>
    </message>
    <message>
        <source>prepared_by_position</source>
        <translation>должность подготовившего</translation>
    </message>
    <message>
        <source>prepared_by_position_en</source>
        <translation>должность подготовившего (по-английски)</translation>
    </message>
    <message>
        <source>previous_date</source>
        <translation>прежняя дата</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>проблемы</translation>
    </message>
    <message>
        <source>progress_report</source>
        <translation>отчёт об исполнении</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>получатель</translation>
    </message>
    <message>
        <source>record</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>record inspections and findings</source>
        <translation>вносить проверки и недостатки</translation>
    </message>
    <message>
        <source>record_id</source>
        <translation>идентификатор записи</translation>
    </message>
    <message>
        <source>record_kind</source>
        <translation>вид записи</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>ключ восстановления</translation>
    </message>
    <message>
        <source>recovery_key</source>
        <translation>ключ восстановления</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>регистрационный номер</translation>
    </message>
    <message>
        <source>rekey</source>
        <translation>перешифрование базы данных</translation>
    </message>
    <message>
        <source>remove users</source>
        <translation>удалять пользователей</translation>
    </message>
    <message>
        <source>repair the clock</source>
        <translation>исправлять часы</translation>
    </message>
    <message>
        <source>report</source>
        <translation>отчёт</translation>
    </message>
    <message>
        <source>report progress</source>
        <translation>отчитываться об исполнении</translation>
    </message>
    <message>
        <source>report_approved_by</source>
        <translation>утверждает отчёт о соответствии (фамилия, имя, должность)</translation>
    </message>
    <message>
        <source>report_prepared_by</source>
        <translation>готовит отчёт о соответствии (фамилия, имя, должность)</translation>
    </message>
    <message>
        <source>representatives</source>
        <translation>представители</translation>
    </message>
    <message>
        <source>requested_date</source>
        <translation>запрашиваемый срок</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>требование</translation>
    </message>
    <message>
        <source>respond to findings</source>
        <translation>отвечать на недостатки</translation>
    </message>
    <message>
        <source>response</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>response_at</source>
        <translation>время ответа</translation>
    </message>
    <message>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>revised_at</source>
        <translation>время изменения</translation>
    </message>
    <message>
        <source>revised_by</source>
        <translation>кто изменил</translation>
    </message>
    <message>
        <source>revoke partners</source>
        <translation>отзывать партнёров</translation>
    </message>
    <message>
        <source>risk_days_I</source>
        <translation>дни на устранение, категория I</translation>
    </message>
    <message>
        <source>risk_days_II</source>
        <translation>дни на устранение, категория II</translation>
    </message>
    <message>
        <source>risk_days_III</source>
        <translation>дни на устранение, категория III</translation>
    </message>
    <message>
        <source>risk_urgent_I</source>
        <translation>порог срочности, категория I</translation>
    </message>
    <message>
        <source>risk_urgent_II</source>
        <translation>порог срочности, категория II</translation>
    </message>
    <message>
        <source>risk_urgent_III</source>
        <translation>порог срочности, категория III</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>rotate the node&apos;s keys</source>
        <translation>менять ключи узла</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>охват</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>отправитель</translation>
    </message>
    <message>
        <source>set another user&apos;s passphrase</source>
        <translation>задавать пароль другого пользователя</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>настройка</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>степень опасности</translation>
    </message>
    <message>
        <source>sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>side</source>
        <translation>подписывающая сторона</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>signed_at</source>
        <translation>время подписи</translation>
    </message>
    <message>
        <source>signed_by</source>
        <translation>подписал</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>подписавший узел</translation>
    </message>
    <message>
        <source>signing_key</source>
        <translation>ключ подписи</translation>
    </message>
    <message>
        <source>size</source>
        <translation>размер</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>текст акта</translation>
    </message>
    <message>
        <source>source_id</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>source_kind</source>
        <translation>вид источника</translation>
    </message>
    <message>
        <source>start</source>
        <translation>дата начала</translation>
    </message>
    <message>
        <source>start_date</source>
        <translation>дата начала</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>status_decision</source>
        <translation>решение о статусе</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>стратегия</translation>
    </message>
    <message>
        <source>submitted_at</source>
        <translation>время подачи</translation>
    </message>
    <message>
        <source>target</source>
        <translation>целевое значение</translation>
    </message>
    <message>
        <source>team</source>
        <translation>состав группы</translation>
    </message>
    <message>
        <source>team_node</source>
        <translation>узел проверочной группы</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>title_en</source>
        <translation>название (по-английски)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>целевая папка</translation>
    </message>
    <message>
        <source>to_status</source>
        <translation>новый статус</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>единица измерения</translation>
    </message>
    <message>
        <source>unlock_failures</source>
        <translation>неудачные попытки разблокировки</translation>
    </message>
    <message>
        <source>update</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>обновление хранилища</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>срочно</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>user_add</source>
        <translation>добавление пользователя</translation>
    </message>
    <message>
        <source>user_key</source>
        <translation>назначение ключа пользователя</translation>
    </message>
    <message>
        <source>user_remove</source>
        <translation>удаление пользователя</translation>
    </message>
    <message>
        <source>user_role</source>
        <translation>смена роли пользователя</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>within</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>work_done</source>
        <translation>проделанная работа</translation>
    </message>
    <message>
        <source>working_group</source>
        <translation>рабочая группа</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>рабочая папка</translation>
    </message>
</context>
</TS>
