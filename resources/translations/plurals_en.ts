<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>The chain is intact: %n entries, each linked to the one before. Head: %1</source>
        <translation>
            <numerusform>The chain is intact: %n entry. Head: %1</numerusform>
            <numerusform>The chain is intact: %n entries, each linked to the one before. Head: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is broken: %1. Entries intact before it: %n.</source>
        <translation>
            <numerusform>The chain is broken: %1. Entries intact before it: %n.</numerusform>
            <numerusform>The chain is broken: %1. Entries intact before it: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message numerus="yes">
        <source>As of %1: %n item(s), %2 overdue.</source>
        <translation>
            <numerusform>As of %1: %n item, %2 overdue.</numerusform>
            <numerusform>As of %1: %n items, %2 overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message numerus="yes">
        <source>%n active partner(s).</source>
        <translation>
            <numerusform>%n active partner.</numerusform>
            <numerusform>%n active partners.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>All partners (one bundle each, %n bundle(s))</source>
        <translation>
            <numerusform>All partners (one bundle each, %n bundle)</numerusform>
            <numerusform>All partners (one bundle each, %n bundles)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Merge %n bundle(s)</source>
        <translation>
            <numerusform>Merge %n bundle</numerusform>
            <numerusform>Merge %n bundles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) can be merged.</source>
        <translation>
            <numerusform>%n bundle can be merged.</numerusform>
            <numerusform>%n bundles can be merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) for other desks: left where they are.</source>
        <translation>
            <numerusform>%n bundle for another desk: left where it is.</numerusform>
            <numerusform>%n bundles for other desks: left where they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) refused: nothing of them will change.</source>
        <translation>
            <numerusform>%n bundle refused: nothing of it will change.</numerusform>
            <numerusform>%n bundles refused: nothing of them will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 updated, %n conflict(s)</source>
        <translation>
            <numerusform>%1 new, %2 updated, %n conflict</numerusform>
            <numerusform>%1 new, %2 updated, %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) merged.</source>
        <translation>
            <numerusform>%n bundle merged.</numerusform>
            <numerusform>%n bundles merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent edit(s) were kept as conflicts for review.</source>
        <translation>
            <numerusform>%n concurrent edit was kept as a conflict for review.</numerusform>
            <numerusform>%n concurrent edits were kept as conflicts for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>%n row exported.</numerusform>
            <numerusform>%n rows exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message numerus="yes">
        <source>There were %n failed attempt(s) to unlock as you since your last sign-in. If they were not yours, tell your administrator.</source>
        <translation>
            <numerusform>There was %n failed attempt to unlock as you since your last sign-in. If it was not yours, tell your administrator.</numerusform>
            <numerusform>There were %n failed attempts to unlock as you since your last sign-in. If they were not yours, tell your administrator.</numerusform>
        </translation>
    </message>
</context>
</TS>
