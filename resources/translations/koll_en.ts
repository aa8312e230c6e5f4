<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv">
<context>
    <name>AccessExportDialog</name>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="154"/>
        <source>Registerutdrag</source>
        <translation>Access export</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="157"/>
        <source>&lt;b&gt;Registerutdrag för {0}&lt;/b&gt; ({1})</source>
        <translation>&lt;b&gt;Access export for {0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="163"/>
        <source>Ett registerutdrag visar allt som KoLL sparar om personen (GDPR artikel 15): en PDF att läsa och lämna ut, och en JSON-fil med varje sparad rad.</source>
        <translation>An access export shows everything KoLL stores about the person (GDPR Article 15): a PDF to read and hand over, and a JSON file with every stored row.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="175"/>
        <source>Filerna i registerutdraget</source>
        <translation>The files in the access export</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="182"/>
        <source>Filerna innehåller personuppgifter. Lämna ut dem på ett säkert sätt, till exempel utskrivna eller i ett krypterat meddelande, och ta bort dina kopior när de har lämnats ut.</source>
        <translation>The files contain personal data. Hand them over securely, for example printed or in an encrypted message, and delete your copies once they have been handed over.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="189"/>
        <source>Öppna &amp;mapp</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="190"/>
        <source>Öppna mappen med registerutdraget</source>
        <translation>Open the folder with the access export</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="194"/>
        <source>Öppna &amp;PDF</source>
        <translation>Open &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="195"/>
        <source>Öppna registerutdraget som PDF</source>
        <translation>Open the access export as a PDF</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="210"/>
        <source>Skriver registerutdraget till {0} …</source>
        <translation>Writing the access export to {0}…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="216"/>
        <source>Skriver registerutdraget …</source>
        <translation>Writing the access export…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="223"/>
        <source>Klart. Registerutdraget är sparat i {0}:</source>
        <translation>Done. The access export is saved in {0}:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="225"/>
        <source>att läsa och lämna ut</source>
        <translation>to read and hand over</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="226"/>
        <source>alla sparade rader, maskinläsbart</source>
        <translation>all stored rows, machine-readable</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="230"/>
        <source>Dubbelklicka för att öppna</source>
        <translation>Double-click to open</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="239"/>
        <source>Inget registerutdrag skrevs: {0}</source>
        <translation>No access export was written: {0}</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment.py" line="76"/>
        <source>Fördjupad kartläggning och bedömning</source>
        <translation>In-depth mapping and assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment.py" line="107"/>
        <source>&amp;Filter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment.py" line="111"/>
        <source>Visa krav</source>
        <translation>Show requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment.py" line="117"/>
        <source>Bedömda: krav du har bedömt här. Härledda: krav som följer av en bedömning i ett annat ramverk genom korsreferensen; en egen bedömning går alltid före.</source>
        <translation>Assessed: requirements you assessed here. Derived: requirements that follow from an assessment in another framework through the crosswalk; your own assessment always comes first.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment.py" line="126"/>
        <source>Krav att bedöma</source>
        <translation>Requirements to assess</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment.py" line="148"/>
        <source>1 Uppfyllt · 2 Delvis · 3 Ej uppfyllt · 0 Ej bedömd (går vidare till nästa krav). Ctrl+↓ / Ctrl+↑: nästa / föregående krav.</source>
        <translation>1 Met · 2 Partly met · 3 Not met · 0 Not assessed (moves on to the next requirement). Ctrl+↓ / Ctrl+↑: next / previous requirement.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment.py" line="154"/>
        <source>&lt;b&gt;Tangentbord:&lt;/b&gt; Ctrl+↓ / Ctrl+↑ nästa / föregående krav · i listan 1 Uppfyllt, 2 Delvis, 3 Ej uppfyllt, 0 Ej bedömd (går vidare till nästa) · Ctrl+Z ångrar.</source>
        <translation>&lt;b&gt;Keyboard:&lt;/b&gt; Ctrl+↓ / Ctrl+↑ next / previous requirement · in the list 1 Met, 2 Partly met, 3 Not met, 0 Not assessed (moves on to the next) · Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment.py" line="160"/>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment.py" line="168"/>
        <location filename="../../koll_desktop/ui/pages/assessment.py" line="202"/>
        <source>Välj ett krav eller en kurs i listan.</source>
        <translation>Choose a requirement or a course in the list.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment.py" line="171"/>
        <source>Inget valt</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment.py" line="204"/>
        <source>Ärendet bedöms inte mot något ramverk ännu. Välj branschstandard eller yrkespaket under steg 1, Start.</source>
        <translation>The case is not assessed against any framework yet. Choose an industry standard or vocational package in step 1, Start.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment.py" line="230"/>
        <source>{2} krav: {0} bedömda, {1} härledda via korsreferens</source>
        <translation>{2} requirements: {0} assessed, {1} derived via crosswalk</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="322"/>
        <source>Logg för ärende {0}</source>
        <translation>Log for case {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="326"/>
        <source>&lt;b&gt;Ärende {0} · {1}&lt;/b&gt;&lt;br&gt;Här syns vem som har ändrat vad i ärendet och när, också ändringar av personuppgifterna. Loggen kan inte ändras. Den sparar aldrig texten i anteckningar och motiveringar, och inte heller e-post, telefonnummer eller personnummer: bara att de ändrades.</source>
        <translation>&lt;b&gt;Case {0} · {1}&lt;/b&gt;&lt;br&gt;This shows who changed what in the case and when, including changes to personal data. The log cannot be changed. It never stores the text of notes and rationales, nor e-mail addresses, phone numbers or personal identity numbers: only that they changed.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="337"/>
        <source>&amp;Filtrera:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="340"/>
        <source>t.ex. bedömning, status, ett namn eller ett datum</source>
        <translation>e.g. assessment, status, a name or a date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="341"/>
        <source>Filtrera loggen</source>
        <translation>Filter the log</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="359"/>
        <source>Händelser i ärendets logg</source>
        <translation>Events in the case log</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="377"/>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="378"/>
        <source>Läs in loggen igen</source>
        <translation>Load the log again</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="406"/>
        <source>{0} händelser</source>
        <translation>{0} events</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="408"/>
        <source>{0} av {1} händelser</source>
        <translation>{0} of {1} events</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="410"/>
        <source>Inga händelser passar filtret</source>
        <translation>No events match the filter</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../koll_desktop/ui/widgets.py" line="122"/>
        <source>Dölj</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/widgets.py" line="123"/>
        <source>Dölj meddelandet</source>
        <translation>Hide the message</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/widgets.py" line="143"/>
        <source>Felmeddelande</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/widgets.py" line="144"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>CaseCheckModel</name>
    <message>
        <location filename="../../koll_desktop/ui/case_check_model.py" line="25"/>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_check_model.py" line="25"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_check_model.py" line="25"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_check_model.py" line="26"/>
        <source>Ramverk</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_check_model.py" line="26"/>
        <source>Handledare</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_check_model.py" line="90"/>
        <source>markerat</source>
        <translation>checked</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_check_model.py" line="91"/>
        <source>inte markerat</source>
        <translation>not checked</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../koll_desktop/ui/case_list.py" line="54"/>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_list.py" line="55"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_list.py" line="56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_list.py" line="57"/>
        <source>Ramverk</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_list.py" line="58"/>
        <source>Handledare</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_list.py" line="59"/>
        <source>Ändrat</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <location filename="../../koll_desktop/ui/session.py" line="150"/>
        <source>Personnummer i texten</source>
        <translation>Personal identity number in the text</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/session.py" line="151"/>
        <source>Texten innehåller något som ser ut som ett personnummer ({0}). Anteckningar ska inte innehålla personnummer: de följer med i utskrifter och paket.

Spara ändå?</source>
        <translation>The text holds something that looks like a personal identity number ({0}). Notes should not hold identity numbers: they go into printouts and bundles.

Save anyway?</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <location filename="../../koll_desktop/ui/workspace.py" line="58"/>
        <source>← Ärendelista</source>
        <translation>← Case list</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/workspace.py" line="59"/>
        <source>Tillbaka till ärendelistan</source>
        <translation>Back to the case list</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/workspace.py" line="64"/>
        <source>Logg…</source>
        <translation>Log…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/workspace.py" line="65"/>
        <source>Ärendets logg: vem ändrade vad och när</source>
        <translation>The case&apos;s log: who changed what and when</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/workspace.py" line="66"/>
        <source>Ärendets logg: vem ändrade vad och när (Ctrl+L)</source>
        <translation>The case&apos;s log: who changed what and when (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/workspace.py" line="75"/>
        <source>Steg i ärendet</source>
        <translation>Case steps</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/workspace.py" line="95"/>
        <source>Ctrl+PgDown / Ctrl+PgUp byter steg</source>
        <translation>Ctrl+PgDown / Ctrl+PgUp moves between steps</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/workspace.py" line="138"/>
        <source>klart</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/workspace.py" line="138"/>
        <source>påbörjat</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/workspace.py" line="139"/>
        <source>inte påbörjat</source>
        <translation>not started</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="82"/>
        <source>Byt &amp;plats</source>
        <translation>S&amp;wap</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="83"/>
        <source>Byt plats på A och B</source>
        <translation>Swap A and B</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="84"/>
        <source>Låt A och B byta plats</source>
        <translation>Let A and B change places</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="85"/>
        <source>Ramv&amp;erk A:</source>
        <translation>Framework &amp;A:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="85"/>
        <source>Ramverk A</source>
        <translation>Framework A</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="86"/>
        <source>Ra&amp;mverk B:</source>
        <translation>Framework &amp;B:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="86"/>
        <source>Ramverk B</source>
        <translation>Framework B</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="105"/>
        <source>Att tänka på</source>
        <translation>Points to note</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="119"/>
        <source>Jämförelsens delar</source>
        <translation>Parts of the comparison</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="126"/>
        <source>&amp;3 Matris enhet × enhet</source>
        <translation>&amp;3 Matrix unit × unit</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="127"/>
        <source>&amp;4 Krav utan motsvarighet</source>
        <translation>&amp;4 Requirements without a counterpart</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="143"/>
        <source>Svenska</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="144"/>
        <source>Engelska</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="145"/>
        <source>Spr&amp;åk i PDF:</source>
        <translation>PDF &amp;language:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="147"/>
        <source>Språk i PDF-filen</source>
        <translation>Language of the PDF file</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="148"/>
        <source>Exportera E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="149"/>
        <source>Exportera P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="150"/>
        <source>&amp;Öppna senaste</source>
        <translation>&amp;Open latest</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="151"/>
        <source>Exportera jämförelsen till Excel</source>
        <translation>Export the comparison to Excel</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="152"/>
        <source>Exportera jämförelsen till PDF</source>
        <translation>Export the comparison to PDF</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="153"/>
        <source>Öppna den senast exporterade filen</source>
        <translation>Open the most recently exported file</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="180"/>
        <source>{0}, version {1}, {2} krav</source>
        <translation>{0}, version {1}, {2} requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="197"/>
        <source>exempel</source>
        <translation>example</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="198"/>
        <source>(exempel)</source>
        <translation>(example)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="202"/>
        <source>Biblioteket är tomt. Läs in ramverk under Visa → Bibliotek innan du jämför.</source>
        <translation>The library is empty. Load frameworks under View → Library before you compare.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="231"/>
        <source>Jämförelsen gick inte att göra.
{0}</source>
        <translation>The comparison could not be made.
{0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="252"/>
        <source>&amp;{0} {1} täcks av {2}</source>
        <translation>&amp;{0} {1} covered by {2}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="254"/>
        <source>&amp;{0} Per enhet</source>
        <translation>&amp;{0} Per unit</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="263"/>
        <source>I staplarna: mörkgrönt = hel koppling, ljusgrönt = delvis koppling.</source>
        <translation>In the bars: dark green = full link, light green = partial link.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="289"/>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="314"/>
        <source>Exporten misslyckades.
{0}</source>
        <translation>The export failed.
{0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="290"/>
        <source>filen ska sluta på {0}</source>
        <translation>the file name must end in {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="316"/>
        <source>Exporten avbröts. Ingen fil skrevs.</source>
        <translation>The export was cancelled. No file was written.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="318"/>
        <source>Skriver {0} …</source>
        <translation>Writing {0}…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="329"/>
        <source>Jämförelsen är sparad: {0}</source>
        <translation>The comparison is saved: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="353"/>
        <source>Excel-fil (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="353"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_view.py" line="354"/>
        <source>Exportera jämförelsen</source>
        <translation>Export the comparison</translation>
    </message>
</context>
<context>
    <name>CoordinatorView</name>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="324"/>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="331"/>
        <source>Samordning</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="335"/>
        <source>&amp;Sammanställning</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="336"/>
        <source>&amp;Flytta ärenden</source>
        <translation>&amp;Move cases</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="337"/>
        <source>&amp;Jämför ramverk</source>
        <translation>&amp;Compare frameworks</translation>
    </message>
</context>
<context>
    <name>CrosswalkEditor</name>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="83"/>
        <source>exempel</source>
        <translation>example</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="84"/>
        <source>(exempel)</source>
        <translation>(example)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="150"/>
        <source>Biblioteket behöver minst två ramverk.</source>
        <translation>The library needs at least two frameworks.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="153"/>
        <source>Välj två olika ramverk.</source>
        <translation>Choose two different frameworks.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="159"/>
        <source>{0} kopplingar · {1} av {2} krav i {3} och {4} av {5} i {6} har någon koppling</source>
        <translation>{0} links · {1} of {2} requirements in {3} and {4} of {5} in {6} have a link</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="187"/>
        <source>Välj ett krav i trädet</source>
        <translation>Choose a requirement in the tree</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="192"/>
        <source>exempeltext</source>
        <translation>example text</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="209"/>
        <source>inga till {0}</source>
        <translation>none to {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="213"/>
        <source>Välj två olika ramverk för att koppla krav.</source>
        <translation>Choose two different frameworks to link requirements.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="215"/>
        <source>Välj ett krav i varje träd.</source>
        <translation>Choose a requirement in each tree.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="217"/>
        <source>Kraven är inte kopplade.</source>
        <translation>The requirements are not linked.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="219"/>
        <source>Kraven är kopplade ({0}).</source>
        <translation>The requirements are linked ({0}).</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="254"/>
        <source>Sparades inte: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="259"/>
        <source>Sparat: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="282"/>
        <source>Koppla {0}</source>
        <translation>Link {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="291"/>
        <source>Ändra koppling {0}</source>
        <translation>Change link {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_editor.py" line="301"/>
        <source>Ta bort koppling {0}</source>
        <translation>Remove link {0}</translation>
    </message>
</context>
<context>
    <name>CrosswalkLayout</name>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="39"/>
        <source>Felmeddelande</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="42"/>
        <source>Korsreferenser</source>
        <translation>Crosswalks</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="48"/>
        <source>Kopplingar mellan ramverken</source>
        <translation>Links between the frameworks</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="49"/>
        <source>B&amp;yt plats</source>
        <translation>S&amp;wap</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="50"/>
        <source>Byt plats på ramverken</source>
        <translation>Swap the frameworks</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="51"/>
        <source>Det valda kravets kopplingar: {0} helt {1} delvis</source>
        <translation>Links of the selected requirement: {0} full {1} partial</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="56"/>
        <source>Färgförklaring</source>
        <translation>Colour legend</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="67"/>
        <source>&amp;Första ramverket:</source>
        <translation>F&amp;irst framework:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="67"/>
        <source>Första ramverket</source>
        <translation>First framework</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="68"/>
        <source>visa bara &amp;okopplade</source>
        <translation>show only &amp;unlinked</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="68"/>
        <source>Krav i första ramverket</source>
        <translation>Requirements in the first framework</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="70"/>
        <source>A&amp;ndra ramverket:</source>
        <translation>&amp;Second framework:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="70"/>
        <source>Andra ramverket</source>
        <translation>Second framework</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="71"/>
        <source>visa bara okop&amp;plade</source>
        <translation>show only u&amp;nlinked</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="71"/>
        <source>Krav i andra ramverket</source>
        <translation>Requirements in the second framework</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="104"/>
        <source>Koppling mellan de valda kraven</source>
        <translation>Link between the selected requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="106"/>
        <source>Valt krav i första ramverket</source>
        <translation>Selected requirement in the first framework</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="107"/>
        <source>Valt krav i andra ramverket</source>
        <translation>Selected requirement in the second framework</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="108"/>
        <source>Det valda kravets kopplingar</source>
        <translation>Links of the selected requirement</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="115"/>
        <source>Kopplingens läge</source>
        <translation>Link status</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="117"/>
        <source>H&amp;elt</source>
        <translation>Fu&amp;ll</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="118"/>
        <source>Täckning: helt</source>
        <translation>Coverage: full</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="119"/>
        <source>Kravet täcks helt av det andra kravet</source>
        <translation>The requirement is fully covered by the other requirement</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="120"/>
        <source>&amp;Delvis</source>
        <translation>&amp;Partial</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="121"/>
        <source>Täckning: delvis</source>
        <translation>Coverage: partial</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="122"/>
        <source>Kravet täcks delvis; skriv gärna vad som saknas</source>
        <translation>The requirement is partly covered; it helps to note what is missing</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="128"/>
        <source>Anmärkning om kopplingen</source>
        <translation>Note on the link</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="129"/>
        <source>t.ex. vad som saknas för en hel täckning</source>
        <translation>e.g. what is missing for full coverage</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="132"/>
        <source>Anm&amp;ärkning:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="134"/>
        <source>&amp;Koppla</source>
        <translation>Lin&amp;k</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="135"/>
        <source>Koppla de valda kraven</source>
        <translation>Link the selected requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="136"/>
        <source>&amp;Spara ändring</source>
        <translation>Save &amp;change</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="137"/>
        <source>Spara ändrad täckning eller anmärkning</source>
        <translation>Save the changed coverage or note</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="138"/>
        <source>&amp;Ta bort koppling</source>
        <translation>&amp;Remove link</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="139"/>
        <source>Ta bort kopplingen mellan de valda kraven</source>
        <translation>Remove the link between the selected requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="151"/>
        <source>Kopplingar:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_layout.py" line="154"/>
        <source>Täckning:</source>
        <translation>Coverage:</translation>
    </message>
</context>
<context>
    <name>CrosswalkSuggestionsMixin</name>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="145"/>
        <source>Förslag utifrån kravtexterna</source>
        <translation>Suggestions from the requirement texts</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="148"/>
        <source>Om förslagen</source>
        <translation>About the suggestions</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="152"/>
        <source>Förslag på kopplingar</source>
        <translation>Suggested links</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="165"/>
        <source>Likhet</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="171"/>
        <source>Godta so&amp;m:</source>
        <translation>Accept &amp;as:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="173"/>
        <source>Täckning när förslaget godtas</source>
        <translation>Coverage when the suggestion is accepted</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="174"/>
        <source>&amp;Godta</source>
        <translation>Accep&amp;t</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="175"/>
        <source>Godta förslaget och koppla kraven</source>
        <translation>Accept the suggestion and link the requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="176"/>
        <source>Avv&amp;isa</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="177"/>
        <source>Avvisa förslaget</source>
        <translation>Reject the suggestion</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="178"/>
        <source>Döljer förslaget så länge programmet är öppet</source>
        <translation>Hides the suggestion while the program is open</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="180"/>
        <source>Visa avvisade förslag igen</source>
        <translation>Show rejected suggestions again</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="214"/>
        <source>Välj två olika ramverk för att få förslag.</source>
        <translation>Choose two different frameworks to get suggestions.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="239"/>
        <source>{0} förslag på krav med liknande text, bäst först. Inget kopplas förrän du godtar ett förslag; granska texterna först.</source>
        <translation>{0} suggestions for requirements with similar text, best first. Nothing is linked until you accept a suggestion; check the texts first.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="242"/>
        <source>Inga fler förslag: inga okopplade krav har tillräckligt lik text.</source>
        <translation>No more suggestions: no unlinked requirements have similar enough text.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="244"/>
        <source>&amp;Återställ avvisade ({0})</source>
        <translation>Restore rejecte&amp;d ({0})</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="278"/>
        <source>Godta förslag {0}</source>
        <translation>Accept suggestion {0}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="54"/>
        <source>EXEMPEL — inte en verklig standard</source>
        <translation>EXAMPLE — not a real standard</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="56"/>
        <source>Varning: exempel</source>
        <translation>Warning: example</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="60"/>
        <source>Kravpunkterna är exempel skrivna för demon tills kursplanen importeras.</source>
        <translation>The requirements are examples written for the demo until the syllabus is imported.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="64"/>
        <source>Obs: exempeltexter</source>
        <translation>Note: example texts</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="70"/>
        <source>Detaljer om det valda</source>
        <translation>Details of the selected item</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="86"/>
        <source>Referensbiblioteket</source>
        <translation>The reference library</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="88"/>
        <source>Biblioteket är tomt. Importera en Excel-mall, en biblioteksfil (JSON) eller en kursplan från Skolverket med Importera …</source>
        <translation>The library is empty. Import an Excel template, a library file (JSON) or a syllabus from Skolverket with Import…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="90"/>
        <source>Välj ett ramverk, en kurs eller ett krav i trädet.</source>
        <translation>Choose a framework, a course or a requirement in the tree.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="97"/>
        <location filename="../../koll_desktop/ui/library_details.py" line="140"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="98"/>
        <source>Ägare</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="99"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="100"/>
        <source>Giltighet</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="101"/>
        <source>SeQF-nivå</source>
        <translation>SeQF level</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="102"/>
        <source>Poäng totalt</source>
        <translation>Total credits</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="102"/>
        <source>{0} poäng</source>
        <translation>{0} credits</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="103"/>
        <source>anges inte</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="104"/>
        <source>{0} st, {1} krav</source>
        <translation>{0}, with {1} requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="106"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="108"/>
        <source>Källans datum</source>
        <translation>Source date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="109"/>
        <source>Kursplanstyp</source>
        <translation>Syllabus type</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="110"/>
        <source>Används i</source>
        <translation>Used in</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="114"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="121"/>
        <source>Ingår i</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="122"/>
        <source>Poäng</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="123"/>
        <source>Krav på kursen</source>
        <translation>Required or optional</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="123"/>
        <source>Obligatorisk</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="124"/>
        <source>Valbar</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="128"/>
        <source>Alternativ</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="128"/>
        <source>Ett av dessa räcker: {0}</source>
        <translation>One of these is enough: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="131"/>
        <source>Krav ({0})</source>
        <translation>Requirements ({0})</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="137"/>
        <source>Krav {0}</source>
        <translation>Requirement {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="141"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="142"/>
        <source>Vikt</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="143"/>
        <source>Betygssteg</source>
        <translation>Grade step</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="145"/>
        <source>Ramverk</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="149"/>
        <source>Kopplingar i korstabellen</source>
        <translation>Links in the crosswalk</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="155"/>
        <source>Ingår i mikromeriter</source>
        <translation>Part of micro-credentials</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="175"/>
        <source>Inga kopplingar till andra ramverk.</source>
        <translation>No links to other frameworks.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="183"/>
        <source>(finns inte i biblioteket)</source>
        <translation>(not in the library)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="191"/>
        <source>Anmärkning: {0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="200"/>
        <source>Inga krav.</source>
        <translation>No requirements.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="206"/>
        <source>från {0}, tills vidare</source>
        <translation>from {0}, until further notice</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="208"/>
        <source>till {0}</source>
        <translation>until {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="210"/>
        <source>(har upphört)</source>
        <translation>(expired)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="215"/>
        <source>inga ärenden</source>
        <translation>no cases</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="216"/>
        <source>1 ärende</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_details.py" line="216"/>
        <source>{0} ärenden</source>
        <translation>{0} cases</translation>
    </message>
</context>
<context>
    <name>DocumentationPage</name>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="60"/>
        <source>Dokumentation: plan, kompetensintyg och mikromeriter</source>
        <translation>Documentation: plan, competence certificate and micro-credentials</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="66"/>
        <source>Utskrift</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="69"/>
        <source>Svenska</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="70"/>
        <source>Engelska</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="72"/>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="73"/>
        <source>Stor stil (16 punkter)</source>
        <translation>Large print (16 point)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="74"/>
        <source>Stor stil</source>
        <translation>Large print</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="77"/>
        <source>&amp;Byt mapp…</source>
        <translation>Change fol&amp;der…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="78"/>
        <source>Byt mapp för utskrifter</source>
        <translation>Change the folder for printouts</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="84"/>
        <source>Sparas i</source>
        <translation>Saved in</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="87"/>
        <source>Mapp för utskrifter</source>
        <translation>Folder for printouts</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="91"/>
        <source>Skriv ut &amp;planen</source>
        <translation>Print the &amp;plan</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="92"/>
        <source>Skriv ut &amp;kompetensintyg</source>
        <translation>Print &amp;competence certificate</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="98"/>
        <source>&lt;b&gt;Uppnådda mikromeriter&lt;/b&gt;</source>
        <translation>&lt;b&gt;Micro-credentials earned&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="100"/>
        <source>Uppnådda mikromeriter</source>
        <translation>Micro-credentials earned</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="104"/>
        <source>Utfärda vald &amp;mikromerit (PDF + Open Badges)</source>
        <translation>Issue selected &amp;micro-credential (PDF + Open Badges)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="119"/>
        <source>&amp;Öppna senaste</source>
        <translation>&amp;Open latest</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="121"/>
        <source>Lämnad till deltagaren &amp;idag</source>
        <translation>Handed to the participant &amp;today</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="128"/>
        <source>&lt;b&gt;Utlämnat&lt;/b&gt;</source>
        <translation>&lt;b&gt;Handed over&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="130"/>
        <source>Dokument som lämnats till deltagaren</source>
        <translation>Documents handed to the participant</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="145"/>
        <source>skapar dokumentet</source>
        <translation>creating the document</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="145"/>
        <source>klart</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="156"/>
        <source>Skriver ut…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="159"/>
        <source>Kunde inte skriva ut: {0}</source>
        <translation>Could not print: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="164"/>
        <source>Sparad: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="165"/>
        <source>Utskrift klar: {0}</source>
        <translation>Printout ready: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="170"/>
        <source>Välj en uppnådd mikromerit i listan först.</source>
        <translation>Choose an earned micro-credential in the list first.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="186"/>
        <source>Skriv ut ett dokument först.</source>
        <translation>Print a document first.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="192"/>
        <source>Lämnad: {0}</source>
        <translation>Handed over: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="204"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="204"/>
        <source>Kompetensintyg</source>
        <translation>Competence certificate</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/documentation.py" line="205"/>
        <source>Mikromerit</source>
        <translation>Micro-credential</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="294"/>
        <source>Radera person för alltid</source>
        <translation>Delete person for good</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="297"/>
        <source>Radera {0} för alltid</source>
        <translation>Delete {0} for good</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="308"/>
        <source>Det går inte att ångra. Ska personen få ett registerutdrag, gör det först. Dokument som redan har skrivits ut eller sparats som filer utanför KoLL (planer, intyg, registerutdrag) tas inte bort. Äldre säkerhetskopior innehåller personen tills de byts ut; det visas efteråt.</source>
        <translation>This cannot be undone. If the person is to get an access export, make it first. Documents already printed or saved as files outside KoLL (plans, certificates, access exports) are not removed. Older backups contain the person until they are replaced; you are shown which afterwards.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="320"/>
        <source>Skriv efternamnet &lt;b&gt;{0}&lt;/b&gt; eller ordet &lt;b&gt;{1}&lt;/b&gt; för att bekräfta:</source>
        <translation>Type the last name &lt;b&gt;{0}&lt;/b&gt; or the word &lt;b&gt;{1}&lt;/b&gt; to confirm:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="322"/>
        <source>Skriv ordet &lt;b&gt;{0}&lt;/b&gt; för att bekräfta:</source>
        <translation>Type the word &lt;b&gt;{0}&lt;/b&gt; to confirm:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="328"/>
        <source>Bekräfta radering: skriv efternamnet eller RADERA</source>
        <translation>Confirm deletion: type the last name or RADERA</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="341"/>
        <source>Vad som raderades</source>
        <translation>What was deleted</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="349"/>
        <source>Radera för alltid</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="356"/>
        <source>Öppna mappen med säkerhetskopior</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="369"/>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="373"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="374"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="374"/>
        <source>inget angivet</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="375"/>
        <source>Födelseår</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="376"/>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="377"/>
        <source>inga</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="385"/>
        <source>Det här tas bort</source>
        <translation>This is removed</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="388"/>
        <source>Personuppgifterna: namn, personnummer, kontaktuppgifter och behov av anpassning.</source>
        <translation>The personal data: name, personal identity number, contact details and adjustment needs.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="390"/>
        <source>{0} med allt i dem: tidigare erfarenheter, bevisfiler, självskattning, bedömningar, plan, utlämnade dokument och uppföljning.</source>
        <translation>{0} with everything in them: prior learning, evidence files, self-assessment, assessments, plan, documents handed over and follow-up.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="393"/>
        <source>Personen i sökningen och loggens rader om personen och ärendena.</source>
        <translation>The person in the search, and the log entries about the person and the cases.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="394"/>
        <source>Kvar blir bara en rad i loggen om att en radering gjordes, utan namn och utan personnummer.</source>
        <translation>All that remains is a log entry saying that a deletion was made, with no name and no personal identity number.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="415"/>
        <source>Skriv efternamnet eller {0} först. Inget raderades.</source>
        <translation>Type the last name or {0} first. Nothing was deleted.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="428"/>
        <source>Raderar och skriver om databasfilen … vänta.</source>
        <translation>Deleting and rewriting the database file… please wait.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="432"/>
        <source>Raderar …</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="445"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="449"/>
        <source>{0} är raderad</source>
        <translation>{0} is deleted</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="450"/>
        <source>Det här gjordes:</source>
        <translation>This was done:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="465"/>
        <source>Inget raderades: {0}</source>
        <translation>Nothing was deleted: {0}</translation>
    </message>
</context>
<context>
    <name>EvidenceFilesMixin</name>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="37"/>
        <source>Filer som styrker posten</source>
        <translation>Files that support the entry</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="39"/>
        <source>Bevi&amp;sfiler (dra hit filer från skrivbordet)</source>
        <translation>Evidence file&amp;s (drag files here from the desktop)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="43"/>
        <source>Bevisfiler för vald post</source>
        <translation>Evidence files for the selected entry</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="44"/>
        <source>Dra filer hit för att lägga till dem</source>
        <translation>Drag files here to add them</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="45"/>
        <source>Inga filer. Dra hit intyg, betyg eller andra filer, eller klicka på Lägg till fil…</source>
        <translation>No files. Drag certificates, grades or other files here, or click Add file…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="55"/>
        <source>Lägg till &amp;fil…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="56"/>
        <source>Lägg till fil till vald post</source>
        <translation>Add a file to the selected entry</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="58"/>
        <source>&amp;Öppna</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="59"/>
        <source>Öppna vald fil</source>
        <translation>Open the selected file</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="61"/>
        <source>&amp;Ta bort fil</source>
        <translation>Remove fi&amp;le</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="62"/>
        <source>Ta bort vald fil</source>
        <translation>Remove the selected file</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="97"/>
        <source>Kunde inte öppna filen: {0}</source>
        <translation>Could not open the file: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="101"/>
        <source>Det finns inget program som kan öppna filen. En kopia finns här: {0}</source>
        <translation>There is no program that can open the file. A copy is here: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="108"/>
        <source>Ta bort fil</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="109"/>
        <source>Ta bort filen ”{0}” ur ärendet? Det går att ångra med Ctrl+Z.</source>
        <translation>Remove the file “{0}” from the case? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="119"/>
        <source>Ta bort fil ”{0}”</source>
        <translation>Remove file “{0}”</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="128"/>
        <source>Lägg till filer</source>
        <translation>Add files</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping_evidence.py" line="130"/>
        <source>Alla filer (*);;Dokument och bilder (*.pdf *.doc *.docx *.odt *.txt *.jpg *.jpeg *.png)</source>
        <translation>All files (*);;Documents and images (*.pdf *.doc *.docx *.odt *.txt *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../koll_desktop/ui/pages/follow_up.py" line="21"/>
        <source>Uppföljning: vad hände sedan?</source>
        <translation>Follow-up: what happened next?</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/follow_up.py" line="26"/>
        <source>Efter {0} månader</source>
        <translation>After {0} months</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/follow_up.py" line="29"/>
        <source>– inte följt upp än –</source>
        <translation>– not followed up yet –</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/follow_up.py" line="32"/>
        <source>&amp;{0} mån: läge</source>
        <translation>&amp;{0} months: situation</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/follow_up.py" line="33"/>
        <source>Läge efter {0} månader</source>
        <translation>Situation after {0} months</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/follow_up.py" line="35"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/follow_up.py" line="36"/>
        <source>Datum för uppföljningen efter {0} månader</source>
        <translation>Date of the follow-up after {0} months</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/follow_up.py" line="38"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/follow_up.py" line="39"/>
        <source>Kommentar efter {0} månader</source>
        <translation>Comment after {0} months</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/follow_up.py" line="74"/>
        <source>Uppföljning {0} mån</source>
        <translation>Follow-up {0} months</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="33"/>
        <source>Start: person, samtycke och mål</source>
        <translation>Start: person, consent and goal</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="57"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="59"/>
        <source>&amp;Förnamn</source>
        <translation>Fi&amp;rst name</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="60"/>
        <source>&amp;Efternamn</source>
        <translation>Las&amp;t name</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="62"/>
        <source>ÅÅÅÅMMDD-NNNN (frivilligt)</source>
        <translation>YYYYMMDD-NNNN (optional)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="63"/>
        <source>&amp;Personnummer</source>
        <translation>&amp;Personal identity number</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="74"/>
        <source>Födelse&amp;år</source>
        <translation>&amp;Year of birth</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="77"/>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="165"/>
        <source>Födelseår</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="79"/>
        <source>&amp;Kön</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="80"/>
        <source>Kön</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="81"/>
        <source>&amp;Språk</source>
        <translation>&amp;Languages</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="82"/>
        <source>E-pos&amp;t</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="83"/>
        <source>Te&amp;lefon</source>
        <translation>Pho&amp;ne</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="87"/>
        <source>Behov av a&amp;npassning</source>
        <translation>Ad&amp;justment needs</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="92"/>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="94"/>
        <source>&amp;Mål (yrke)</source>
        <translation>Goal (&amp;occupation)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="95"/>
        <source>Handle&amp;dare</source>
        <translation>Co&amp;unsellor</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="96"/>
        <source>&amp;Organisation</source>
        <translation>Organi&amp;sation</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="97"/>
        <source>Samtycke g&amp;ivet (datum)</source>
        <translation>Consent given (&amp;date)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="99"/>
        <source>Samtycket g&amp;äller</source>
        <translation>Consent &amp;covers</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="100"/>
        <source>Hur samt&amp;ycket gavs</source>
        <translation>How consent &amp;was given</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="101"/>
        <source>&amp;Gallras senast</source>
        <translation>Purge &amp;by</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="103"/>
        <source>Ar&amp;betsmarknadsstatus</source>
        <translation>Labour mar&amp;ket status</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="105"/>
        <source>Arbetsmarknad</source>
        <translation>Labour market</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="107"/>
        <source>&amp;Utbildningsnivå</source>
        <translation>Educat&amp;ion level</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="109"/>
        <source>Utbildningsnivå</source>
        <translation>Education level</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="113"/>
        <source>Bed&amp;öms mot</source>
        <translation>&amp;Assessed against</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="114"/>
        <source>Branschstandard och yrkespaket som ärendet bedöms mot</source>
        <translation>Industry standards and vocational packages the case is assessed against</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="143"/>
        <source>Behov av anpassning</source>
        <translation>Adjustment needs</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="151"/>
        <source>✓ giltigt, född {0}</source>
        <translation>✓ valid, born {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="153"/>
        <source>✗ {0}</source>
        <translation>✗ {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="159"/>
        <source>Personnumret sparades inte: {0}</source>
        <translation>The personal identity number was not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="163"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="176"/>
        <source>Ramverk</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/intake.py" line="202"/>
        <source>{0} – {1} (version {2})</source>
        <translation>{0} – {1} (version {2})</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../../koll_desktop/ui/workers.py" line="242"/>
        <source>Vad som görs just nu</source>
        <translation>What is being done now</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/workers.py" line="244"/>
        <source>Förlopp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/workers.py" line="246"/>
        <source>Av&amp;bryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/workers.py" line="247"/>
        <source>Avbryt det pågående arbetet</source>
        <translation>Cancel the work in progress</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/workers.py" line="269"/>
        <source>Avbryter …</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../koll_desktop/ui/workers.py" line="208"/>
        <source>Ett oväntat fel inträffade ({0}). Inget mer gjordes. Skicka gärna loggfilen till support: {1}</source>
        <translation>An unexpected error occurred ({0}). Nothing more was done. Please send the log file to support: {1}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/workers.py" line="212"/>
        <source>Ett oväntat fel inträffade ({0}). Inget mer gjordes. Detaljer finns i loggen.</source>
        <translation>An unexpected error occurred ({0}). Nothing more was done. The log has the details.</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="122"/>
        <source>Deltagarens skattning</source>
        <translation>Participant’s rating</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="123"/>
        <source>– ej skattad</source>
        <translation>– not rated</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <location filename="../../koll_desktop/ui/library_tree.py" line="84"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_tree.py" line="84"/>
        <source>Benämning</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_tree.py" line="84"/>
        <source>Poäng</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_tree.py" line="85"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_tree.py" line="85"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_tree.py" line="93"/>
        <source>exempel</source>
        <translation>example</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_tree.py" line="94"/>
        <source>(exempel)</source>
        <translation>(example)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_tree.py" line="104"/>
        <source>Obligatorisk</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_tree.py" line="104"/>
        <source>Valbar</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_tree.py" line="107"/>
        <source>Alternativ</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_tree.py" line="108"/>
        <source>Ett av alternativen i gruppen {0} räcker</source>
        <translation>One of the alternatives in the group {0} is enough</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_tree.py" line="117"/>
        <source>Exempeltext skriven för demon, inte officiell kursplanetext</source>
        <translation>Example text written for the demo, not official syllabus text</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_tree.py" line="119"/>
        <source>exempel, {0}</source>
        <translation>example, {0}</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="72"/>
        <source>Referensbibliotek</source>
        <translation>Reference library</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="78"/>
        <source>Bibliotekets innehåll</source>
        <translation>Library contents</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="79"/>
        <source>&amp;Importera …</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="80"/>
        <location filename="../../koll_desktop/ui/library_view.py" line="423"/>
        <source>Importera till biblioteket</source>
        <translation>Import into the library</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="82"/>
        <source>Läs in en Excel-mall, en biblioteksfil (JSON) eller en kursplan från Skolverket</source>
        <translation>Load an Excel template, a library file (JSON) or a syllabus from Skolverket</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="83"/>
        <source>&amp;Exportera …</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="84"/>
        <location filename="../../koll_desktop/ui/library_view.py" line="432"/>
        <source>Exportera biblioteket</source>
        <translation>Export the library</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="86"/>
        <source>Spara biblioteket som redigerbar Excel-mall (.xlsx) eller biblioteksfil (.json)</source>
        <translation>Save the library as an editable Excel template (.xlsx) or a library file (.json)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="121"/>
        <source>&amp;Sök krav:</source>
        <translation>&amp;Search requirements:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="123"/>
        <source>ord ur kravtexten eller en kod, t.ex. hygien</source>
        <translation>words from the requirement text or a code, e.g. hygien</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="124"/>
        <source>Sök krav i biblioteket</source>
        <translation>Search requirements in the library</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="133"/>
        <source>Träffar</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="143"/>
        <source>&amp;Ramverk, kurser och krav:</source>
        <translation>Frame&amp;works, courses and requirements:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="147"/>
        <source>Ramverk, kurser och krav</source>
        <translation>Frameworks, courses and requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="184"/>
        <source>{0} ramverk · {1} krav · {2} kopplingar · {3} mikromeriter</source>
        <translation>{0} frameworks · {1} requirements · {2} links · {3} micro-credentials</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="248"/>
        <source>Branschstandard</source>
        <translation>Vocational package</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="249"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="275"/>
        <source>&amp;Träffar: inga krav matchar sökningen</source>
        <translation>&amp;Results: no requirements match the search</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="277"/>
        <source>&amp;Träffar: {0}</source>
        <translation>&amp;Results: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="310"/>
        <source>Importen misslyckades. Biblioteket är oförändrat.</source>
        <translation>The import failed. The library is unchanged.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="312"/>
        <source>Läser in {0} …</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="326"/>
        <source>Exporten misslyckades.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="328"/>
        <source>filen ska sluta på .xlsx eller .json</source>
        <translation>the file name must end in .xlsx or .json</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="333"/>
        <source>kan inte skriva filen ({0})</source>
        <translation>cannot write the file ({0})</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="353"/>
        <source>Skriver {0} …</source>
        <translation>Writing {0}…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="384"/>
        <source>Inläst från {0}: {1}</source>
        <translation>Imported from {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="389"/>
        <source>Exporterat till {0}: {1} ramverk</source>
        <translation>Exported to {0}: {1} frameworks</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="393"/>
        <source>Importen avbröts. Biblioteket är oförändrat.</source>
        <translation>The import was cancelled. The library is unchanged.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="396"/>
        <source>Exporten avbröts. Ingen fil skrevs.</source>
        <translation>The export was cancelled. No file was written.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="424"/>
        <source>Bibliotek och kursplaner (*.xlsx *.json);;Excel-mall (*.xlsx);;JSON (*.json);;Alla filer (*)</source>
        <translation>Libraries and syllabuses (*.xlsx *.json);;Excel template (*.xlsx);;JSON (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="429"/>
        <source>Excel-mall (*.xlsx)</source>
        <translation>Excel template (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/library_view.py" line="430"/>
        <source>Biblioteksfil JSON (*.json)</source>
        <translation>Library file, JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="78"/>
        <source>&amp;Sök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="80"/>
        <source>namn, ärendenummer eller personnummer</source>
        <translation>name, case number or personal identity number</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="81"/>
        <source>Sök ärende</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="84"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="86"/>
        <source>Filtrera på status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="87"/>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="103"/>
        <source>Ärenden</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="154"/>
        <source>Referensbiblioteket är tomt. KoLL har Skolverkets yrkespaket Undersköterska och Barnskötare/Elevassistent samt en exempelstandard inbyggda.</source>
        <translation>The reference library is empty. KoLL comes with the Swedish National Agency for Education’s vocational packages Assistant Nurse and Childminder/Student Assistant, and an example standard.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="157"/>
        <source>&amp;Läs in inbyggt bibliotek</source>
        <translation>&amp;Load built-in library</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="176"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="93"/>
        <location filename="../../koll_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Nytt ärende…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="94"/>
        <source>Nytt ärende</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="95"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="180"/>
        <source>&amp;Registerutdrag…</source>
        <translation>&amp;Access export…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="182"/>
        <source>Ra&amp;dera person för alltid…</source>
        <translation>Era&amp;se person for good…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="184"/>
        <source>&amp;Gallring…</source>
        <translation>&amp;Retention…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="194"/>
        <source>&amp;Avsluta</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="196"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="197"/>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="199"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="203"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="204"/>
        <source>Ä&amp;renden</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="205"/>
        <source>&amp;Bibliotek</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="206"/>
        <source>&amp;Korsreferenser</source>
        <translation>C&amp;rosswalks</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="207"/>
        <source>Sa&amp;mordning</source>
        <translation>C&amp;oordination</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="208"/>
        <source>M&amp;ikromeriter</source>
        <translation>&amp;Micro-credentials</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="211"/>
        <source>Ärendets &amp;logg…</source>
        <translation>Case &amp;log…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="213"/>
        <source>&amp;Sök ärende</source>
        <translation>&amp;Find case</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="215"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="216"/>
        <source>&amp;Om KoLL</source>
        <translation>&amp;About KoLL</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="320"/>
        <source>Ärende {0} öppnat</source>
        <translation>Case {0} opened</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="342"/>
        <source>Säkerhetskopian är återställd.</source>
        <translation>The backup has been restored.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="345"/>
        <source>Sparades inte: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="360"/>
        <source>Nytt ärende {0}</source>
        <translation>New case {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="384"/>
        <source>Öppna eller markera ett ärende först.</source>
        <translation>Open or select a case first.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="420"/>
        <source>Öppna ett ärende först.</source>
        <translation>Open a case first.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="467"/>
        <source>Biblioteket inläst: {0}</source>
        <translation>Library loaded: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="472"/>
        <source>1 ärende visas</source>
        <translation>1 case shown</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="473"/>
        <source>{0} ärenden visas</source>
        <translation>{0} cases shown</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/main_window.py" line="480"/>
        <source>{0} {1}

Validering av reell kompetens mot branschstandarder, yrkespaket och kursplaner.

Datamapp: {2}</source>
        <translation>{0} {1}

Validation of prior learning against industry standards, vocational packages and syllabuses.

Data folder: {2}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="78"/>
        <source>Inledande kartläggning: tidigare lärande</source>
        <translation>Initial mapping: prior learning</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="87"/>
        <source>Vad har deltagaren gjort tidigare? Skriv in utbildningar, kurser, arbete och annat lärande. Intyg, betyg och andra filer som styrker posten sparas i ärendet.</source>
        <translation>What has the participant done before? Enter education, courses, work and other learning. Certificates, grades and other files that support an entry are saved in the case.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="111"/>
        <source>&amp;Poster</source>
        <translation>Entr&amp;ies</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="112"/>
        <source>&amp;Ny post</source>
        <translation>&amp;New entry</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="113"/>
        <source>Ny post om tidigare lärande</source>
        <translation>New prior learning entry</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="115"/>
        <source>Ta &amp;bort</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="116"/>
        <source>Ta bort vald post</source>
        <translation>Remove the selected entry</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="125"/>
        <source>Poster om tidigare lärande</source>
        <translation>Prior learning entries</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="128"/>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="160"/>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="128"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="128"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="128"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="129"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="129"/>
        <source>Filer</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="147"/>
        <source>Inga poster ännu. Klicka på Ny post för att lägga till en utbildning, en kurs, ett arbete eller annat lärande.</source>
        <translation>No entries yet. Click New entry to add education, a course, a job or other learning.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="151"/>
        <source>Tips</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="156"/>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="266"/>
        <source>Vald post</source>
        <translation>Selected entry</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="159"/>
        <source>T&amp;yp</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="161"/>
        <source>Tit&amp;el</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="162"/>
        <source>t.ex. Vårdbiträde i hemtjänsten</source>
        <translation>e.g. Care assistant in home care</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="163"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="164"/>
        <source>arbetsgivare, skola eller anordnare</source>
        <translation>employer, school or provider</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="165"/>
        <source>&amp;Land</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="166"/>
        <source>t.ex. SE</source>
        <translation>e.g. SE</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="170"/>
        <source>Fr&amp;ån</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="172"/>
        <source>T&amp;ill</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="174"/>
        <source>Från datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="175"/>
        <source>Till datum</source>
        <translation>Until date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="181"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="183"/>
        <source>Till</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="186"/>
        <source>Vad gjorde deltagaren? Arbetsuppgifter, innehåll, omfattning.</source>
        <translation>What did the participant do? Tasks, content, scope.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="189"/>
        <source>Beskrivnin&amp;g</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="221"/>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="263"/>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="372"/>
        <source>(utan titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="225"/>
        <source>Övriga filer (utan post)</source>
        <translation>Other files (no entry)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="254"/>
        <source>{0} – pågår</source>
        <translation>{0} – ongoing</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="262"/>
        <source>Vald post: {0}</source>
        <translation>Selected entry: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="265"/>
        <source>Övriga filer hör inte till någon post</source>
        <translation>Other files do not belong to any entry</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="283"/>
        <source>{0}
{1}
sha256: {2}</source>
        <translation>{0}
{1}
sha256: {2}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="338"/>
        <source>Sparades inte: till-datumet ({0}) är före från-datumet ({1}).</source>
        <translation>Not saved: the to date ({0}) is before the from date ({1}).</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="346"/>
        <source>{0} för ”{1}”</source>
        <translation>{0} for “{1}”</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="346"/>
        <source>ny post</source>
        <translation>new entry</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="354"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="363"/>
        <source>Ny post</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="373"/>
        <source>Ta bort posten ”{0}”?</source>
        <translation>Remove the entry “{0}”?</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="375"/>
        <source>Dess filer ({0} st.) finns kvar i ärendet under ”Övriga filer”.</source>
        <translation>Its files ({0}) stay in the case under “Other files”.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="377"/>
        <source>Det går att ångra med Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="378"/>
        <source>Ta bort post</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="381"/>
        <source>Ta bort ”{0}”</source>
        <translation>Remove “{0}”</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="392"/>
        <source>Lägg först till en post med Ny post; filerna hör till en post.</source>
        <translation>First add an entry with New entry; files belong to an entry.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="399"/>
        <source>Inget sparades: {0}</source>
        <translation>Nothing was saved: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="420"/>
        <source>Lägg till fil ”{0}”</source>
        <translation>Add file “{0}”</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="421"/>
        <source>Lägg till {0} filer</source>
        <translation>Add {0} files</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/mapping.py" line="425"/>
        <source>Sparat i ärendet: {0}</source>
        <translation>Saved in the case: {0}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="259"/>
        <source>Hela {0}</source>
        <translation>All of {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="261"/>
        <source>Enhetens täckning genom hela {0}</source>
        <translation>The unit&apos;s coverage by all of {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="305"/>
        <source>{0}
har inga krav, så den har ingen täckning.</source>
        <translation>{0}
has no requirements, so it has no coverage.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="307"/>
        <source>{0}
täcks till {1} av hela {2}</source>
        <translation>{0}
is covered {1} by all of {2}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="311"/>
        <source>{0}
täcks till {1} av kopplingar till
{2}</source>
        <translation>{0}
is {1} covered by links to
{2}</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../koll_desktop/ui/comparison_pages.py" line="166"/>
        <source>Matris: täckning enhet för enhet</source>
        <translation>Matrix: coverage unit by unit</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_pages.py" line="182"/>
        <source>Teckenförklaring till matrisen</source>
        <translation>Matrix legend</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_pages.py" line="207"/>
        <source>Rader ↓ {0} i {1} (B)    Kolumner → {2} i {3} (A)</source>
        <translation>Rows ↓ {0} of {1} (B)    Columns → {2} of {3} (A)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_pages.py" line="210"/>
        <source>En cell visar hur stor del av kraven i radens enhet som täcks av kopplingar till kolumnens enhet, i hela procent avrundat nedåt; sista kolumnen är täckningen genom hela {0}. Muspekaren över en cell visar värdet med en decimal.</source>
        <translation>A cell shows how much of the requirements of the row&apos;s unit is covered by links to the column&apos;s unit, in whole percent rounded down; the last column is the coverage by all of {0}. Hover over a cell to see the value with one decimal.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_pages.py" line="236"/>
        <source>Kolumner: {0} i {1}</source>
        <translation>Columns: {0} in {1}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_pages.py" line="237"/>
        <source>Färger</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_pages.py" line="238"/>
        <source>Grön = täcks helt, gul = till hälften, vit = inte alls; tom cell = ingen koppling; – = enheten har inga krav.</source>
        <translation>Green = fully covered, yellow = half, white = not at all; empty cell = no link; – = the unit has no requirements.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../koll_desktop/ui/new_case_dialog.py" line="14"/>
        <source>Nytt ärende</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/new_case_dialog.py" line="18"/>
        <source>&amp;Förnamn</source>
        <translation>Fi&amp;rst name</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/new_case_dialog.py" line="19"/>
        <source>&amp;Efternamn</source>
        <translation>Las&amp;t name</translation>
    </message>
</context>
<context>
    <name>OverallPanel</name>
    <message>
        <location filename="../../koll_desktop/ui/comparison_pages.py" line="134"/>
        <source>{0} täcks av {1}</source>
        <translation>{0} covered by {1}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_pages.py" line="138"/>
        <source>{0} av {1} krav i {2} har en hel koppling till {3}, {4} en delvis; {5} saknar motsvarighet.</source>
        <translation>{0} of {1} requirements in {2} have a full link to {3}, {4} a partial one; {5} have no counterpart.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_pages.py" line="142"/>
        <source>{0} täcks till {1} av {2}</source>
        <translation>{0} is {1} covered by {2}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="42"/>
        <source>Ändra beslut – {0}</source>
        <translation>Change decision – {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="46"/>
        <source>Förslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="47"/>
        <source>Förslag utifrån bedömningen:</source>
        <translation>Proposal based on the assessment:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="50"/>
        <source>&amp;Beslut</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="53"/>
        <source>Varför avviker beslutet från förslaget?</source>
        <translation>Why does the decision differ from the proposal?</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="55"/>
        <source>&amp;Motivering</source>
        <translation>&amp;Rationale</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="60"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="73"/>
        <source>Skriv en motivering: ett ändrat beslut måste motiveras.</source>
        <translation>Write a rationale: a changed decision must be justified.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="46"/>
        <source>Plan för kompletterande utbildning</source>
        <translation>Plan for supplementary training</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="57"/>
        <source>Planens kurser och områden</source>
        <translation>Courses and areas in the plan</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="59"/>
        <source>Kurs / område</source>
        <translation>Course / area</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="59"/>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="59"/>
        <source>Täckning</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="60"/>
        <source>Kvar (poäng)</source>
        <translation>Remaining (credits)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="60"/>
        <source>Veckor</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="60"/>
        <source>Anordnare</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="61"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="61"/>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="61"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="61"/>
        <source>Med</source>
        <translation>Include</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="67"/>
        <source>F2 eller dubbelklick ändrar en cell</source>
        <translation>F2 or a double-click edits a cell</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="75"/>
        <source>&amp;Lägg till rad…</source>
        <translation>&amp;Add row…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="77"/>
        <source>&amp;Ta bort egen rad</source>
        <translation>&amp;Remove added row</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="79"/>
        <source>Planen är &amp;överenskommen idag</source>
        <translation>Plan agreed &amp;today</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="86"/>
        <source>&lt;b&gt;Mikromeriter&lt;/b&gt;</source>
        <translation>&lt;b&gt;Micro-credentials&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="88"/>
        <source>Mikromeriter: uppnådda och kommande</source>
        <translation>Micro-credentials: earned and upcoming</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="95"/>
        <source>Studie&amp;takt:</source>
        <translation>Study &amp;pace:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="98"/>
        <source>{0} % ({1} poäng i veckan)</source>
        <translation>{0} % ({1} credits a week)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="100"/>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="102"/>
        <source>Studietakt</source>
        <translation>Study pace</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="103"/>
        <source>&amp;Startdatum:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="105"/>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="108"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="152"/>
        <source>Räkna med {0} i stället</source>
        <translation>Count {0} instead</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="183"/>
        <source>Skriv datum som ÅÅÅÅ-MM-DD</source>
        <translation>Write dates as YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="193"/>
        <source>Med i planen: {0}</source>
        <translation>Included in the plan: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="200"/>
        <source>Lämna utanför planen</source>
        <translation>Leave out of the plan</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="201"/>
        <source>Varför lämnas {0} utanför planen?</source>
        <translation>Why is {0} left out of the plan?</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="204"/>
        <source>En rad lämnas bara utanför planen med ett skäl</source>
        <translation>A row is only left out of the plan with a reason</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="197"/>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="207"/>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="296"/>
        <source>Utanför planen: {0}</source>
        <translation>Left out of the plan: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="211"/>
        <source>Lägg till rad</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="212"/>
        <source>Vad ska läggas till (t.ex. praktik, språkstöd)?</source>
        <translation>What should be added (e.g. work placement, language support)?</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="222"/>
        <source>Ny rad: {0}</source>
        <translation>New row: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="228"/>
        <source>Bara egna rader kan tas bort; en kurs lämnas utanför planen med kryssrutan Med</source>
        <translation>Only rows you added can be removed; leave a course out of the plan with its Include box</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="236"/>
        <source>Tog bort rad: {0}</source>
        <translation>Removed row: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="244"/>
        <source>Planen överenskommen</source>
        <translation>Plan agreed</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="257"/>
        <source>Överenskommen {0}</source>
        <translation>Agreed {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="258"/>
        <source>Inte överenskommen än</source>
        <translation>Not agreed yet</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="294"/>
        <source>Ändrat beslut: {0}</source>
        <translation>Decision changed: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="304"/>
        <source>med i planen</source>
        <translation>included in the plan</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="304"/>
        <source>utanför planen</source>
        <translation>left out of the plan</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="307"/>
        <source>Markera för att räkna med den här kursen i stället för alternativet som planen räknar med nu.</source>
        <translation>Tick to count this course instead of the alternative the plan counts now.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="315"/>
        <source>klar ungefär {0}</source>
        <translation>done around {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="316"/>
        <source>välj startdatum för att se när planen är klar</source>
        <translation>choose a start date to see when the plan is done</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="318"/>
        <source>&lt;b&gt;{0} poäng att läsa&lt;/b&gt; av {1} · {2} poäng validerade · {3} veckor i {4} % takt · {5}</source>
        <translation>&lt;b&gt;{0} credits to study&lt;/b&gt; of {1} · {2} credits validated · {3} weeks at {4} % pace · {5}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="328"/>
        <source>✓ {0} – uppnådd</source>
        <translation>✓ {0} – earned</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="331"/>
        <source>○ {0} – saknas: {1}</source>
        <translation>○ {0} – missing: {1}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="354"/>
        <source>Egen rad</source>
        <translation>Added row</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/plan.py" line="356"/>
        <source>Alternativ behövs inte</source>
        <translation>Alternative not needed</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../koll_desktop/ui/session.py" line="95"/>
        <source>Sparades inte: ta bort personnumret ur texten</source>
        <translation>Not saved: remove the identity number from the text</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/session.py" line="129"/>
        <source>Sparat: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>RequirementEditorMixin</name>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="104"/>
        <source>Krav</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="106"/>
        <source>▲ Föreg.</source>
        <translation>▲ Prev.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="107"/>
        <source>Föregående krav (Ctrl+↑)</source>
        <translation>Previous requirement (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="108"/>
        <source>Föregående krav</source>
        <translation>Previous requirement</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="111"/>
        <source>Nästa ▼</source>
        <translation>Next ▼</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="112"/>
        <source>Nästa krav (Ctrl+↓)</source>
        <translation>Next requirement (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="113"/>
        <source>Nästa krav</source>
        <translation>Next requirement</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="121"/>
        <source>Kravets text</source>
        <translation>Requirement text</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="123"/>
        <source>Typ och nivå</source>
        <translation>Type and level</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="125"/>
        <source>Exempeltext</source>
        <translation>Example text</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="128"/>
        <source>Exempeltext skriven för demonstration – inte officiell text.</source>
        <translation>Example text written for demonstration – not official text.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="130"/>
        <source>Individens självskattning</source>
        <translation>The individual’s self-assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="131"/>
        <source>Korsreferenser</source>
        <translation>Crosswalks</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="142"/>
        <source>Vad visade personen, och hur bedömdes det?</source>
        <translation>What did the person show, and how was it assessed?</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="144"/>
        <source>M&amp;otivering</source>
        <translation>&amp;Rationale</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="149"/>
        <source>Bedömningsdatum</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="150"/>
        <source>Sätts till dagens datum när en status sätts första gången</source>
        <translation>Set to today’s date when a status is first set</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="153"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="158"/>
        <source>&amp;Bedömare</source>
        <translation>&amp;Assessor</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="160"/>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="395"/>
        <source>Bedömare</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="167"/>
        <source>Bedömning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="180"/>
        <source>Tangent {0} när listan har fokus</source>
        <translation>Key {0} when the list has focus</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="188"/>
        <source>Härlett värde</source>
        <translation>Derived value</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="194"/>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="364"/>
        <source>Metoder</source>
        <translation>Methods</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="208"/>
        <source>Bevis och beviskrav</source>
        <translation>Evidence and rules of evidence</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="211"/>
        <source>Bevisfiler som stöder bedömningen</source>
        <translation>Evidence files that support the assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="214"/>
        <source>Inga bevisfiler i ärendet ännu (läggs till i steg 2).</source>
        <translation>No evidence files in the case yet (added in step 2).</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="223"/>
        <source>&amp;Giltigt</source>
        <translation>Va&amp;lid</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="223"/>
        <source>T&amp;illräckligt</source>
        <translation>&amp;Sufficient</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="223"/>
        <source>Ä&amp;kta</source>
        <translation>Au&amp;thentic</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="224"/>
        <source>Akt&amp;uellt</source>
        <translation>C&amp;urrent</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="226"/>
        <source>Ej bedömt</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="226"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="227"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="229"/>
        <source>Beviskrav: {0}</source>
        <translation>Rule of evidence: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="252"/>
        <source>nivå {0}</source>
        <translation>level {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="254"/>
        <source>vikt {0:g}</source>
        <translation>weight {0:g}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="256"/>
        <source>betygssteg {0}</source>
        <translation>grade step {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="261"/>
        <source>&lt;b&gt;Självskattning:&lt;/b&gt; {0} &lt;span style=&apos;color:#5f6368&apos;&gt;(individens egen uppfattning)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Self-assessment:&lt;/b&gt; {0} &lt;span style=&apos;color:#5f6368&apos;&gt;(the individual’s own view)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="263"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="279"/>
        <source>Korsreferens: {0}</source>
        <translation>Crosswalk: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="290"/>
        <source>Värde just nu: &lt;i&gt;{0}&lt;/i&gt;, {1}. En direkt bedömning här gäller före det härledda.</source>
        <translation>Current value: &lt;i&gt;{0}&lt;/i&gt;, {1}. A direct assessment here takes precedence over the derived one.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="357"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="376"/>
        <source>Bevis</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="384"/>
        <source>Beviskrav</source>
        <translation>Rules of evidence</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="390"/>
        <source>Motivering</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_editor.py" line="400"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="126"/>
        <source>Gallring</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="131"/>
        <source>&lt;b&gt;Ärenden som har passerat sitt gallringsdatum&lt;/b&gt;&lt;br&gt;Personuppgifter får inte sparas längre än de behövs. Ett ärende sparas {0} månader efter att det avslutades (eller efter den senaste ändringen, om det aldrig avslutades), eller till det datum som har angetts för ärendet. Bocka ur ett ärende som ska sparas längre och ge det ett nytt datum i ärendet.</source>
        <translation>&lt;b&gt;Cases past their purge date&lt;/b&gt;&lt;br&gt;Personal data may not be kept longer than it is needed. A case is kept {0} months after it was closed (or after its latest change, if it was never closed), or until the date set for the case. Uncheck a case that is to be kept longer and give it a new date in the case.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="142"/>
        <source>Ärenden som har passerat gallringsdatum</source>
        <translation>Cases past their purge date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="145"/>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="145"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="145"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="146"/>
        <source>Gallringsdatum</source>
        <translation>Purge date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="146"/>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="147"/>
        <source>Vad som händer</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="155"/>
        <source>Inga ärenden har passerat sitt gallringsdatum.</source>
        <translation>No cases are past their purge date.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="166"/>
        <source>Vad som gjordes</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="174"/>
        <source>&amp;Genomför</source>
        <translation>&amp;Carry out</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="177"/>
        <source>Öppna mappen med säkerhetskopior</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="189"/>
        <source>Vad ska hända med de markerade ärendena?</source>
        <translation>What should happen to the checked cases?</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="191"/>
        <source>&amp;Radera</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="192"/>
        <source>&amp;Anonymisera (behåll statistiken)</source>
        <translation>&amp;Anonymise (keep the statistics)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="196"/>
        <source>Ärendet tas bort helt, med bedömningar, plan, filer och loggens rader. Har personen inga andra ärenden kvar tas personen också bort.</source>
        <translation>The case is removed completely, with its assessments, plan, files and log entries. If the person has no other cases left, the person is removed too.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="199"/>
        <source>Namn, personnummer, kontaktuppgifter, all fritext och alla filer tas bort. Ärendet finns kvar utan koppling till personen, med kön, födelseår, status och resultat, så att statistiken (till exempel till ESF+) fortsätter att stämma.</source>
        <translation>Name, personal identity number, contact details, all free text and all files are removed. The case stays, with no link to the person, with gender, year of birth, status and results, so that the statistics (for example for ESF+) stay correct.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="210"/>
        <source>Inget av det går att ångra.</source>
        <translation>Neither can be undone.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="268"/>
        <source>välj nedan</source>
        <translation>choose below</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="283"/>
        <source>Välj Radera eller Anonymisera.</source>
        <translation>Choose Delete or Anonymise.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="285"/>
        <source>Markera minst ett ärende.</source>
        <translation>Check at least one case.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="287"/>
        <source>{0} av {1} ärenden är markerade.</source>
        <translation>{0} of {1} cases are checked.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="299"/>
        <source>Radera ärenden</source>
        <translation>Delete cases</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="300"/>
        <source>Radera {0} ärenden för alltid?

{1}

Allt i ärendena tas bort, och personer som inte har fler ärenden. Det går inte att ångra.</source>
        <translation>Delete {0} cases for good?

{1}

Everything in the cases is removed, and so are people who have no other cases. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="304"/>
        <source>Anonymisera ärenden</source>
        <translation>Anonymise cases</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="305"/>
        <source>Anonymisera {0} ärenden?

{1}

Namn, personnummer, kontaktuppgifter, fritext och filer tas bort för alltid. Statistiken finns kvar. Det går inte att ångra.</source>
        <translation>Anonymise {0} cases?

{1}

Names, personal identity numbers, contact details, free text and files are removed for good. The statistics remain. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="310"/>
        <source>Inget gjordes.</source>
        <translation>Nothing was done.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="327"/>
        <source>Gallrar {0} ärenden och skriver om databasfilen … vänta.</source>
        <translation>Purging {0} cases and rewriting the database file… please wait.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="332"/>
        <source>Gallrar …</source>
        <translation>Purging…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="353"/>
        <source>Klart.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="354"/>
        <source>Klart. Inga fler ärenden har passerat gallringsdatum.</source>
        <translation>Done. No more cases are past their purge date.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="361"/>
        <source>Gallringen avbröts: {0}</source>
        <translation>The purge was stopped: {0}</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="75"/>
        <source>Gallring</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="76"/>
        <source>&amp;Visa</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="77"/>
        <source>Visa ärenden som passerat gallringsdatum</source>
        <translation>Show cases past their purge date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="79"/>
        <source>Dölj</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="80"/>
        <source>Dölj meddelandet om gallring</source>
        <translation>Hide the retention message</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="100"/>
        <source>1 ärende har passerat gallringsdatum</source>
        <translation>1 case is past its purge date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/retention_dialog.py" line="101"/>
        <source>{0} ärenden har passerat gallringsdatum</source>
        <translation>{0} cases are past their purge date</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentPage</name>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="144"/>
        <source>Självskattning</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="157"/>
        <source>&amp;Krav och deltagarens skattning</source>
        <translation>&amp;Requirements and the participant’s ratings</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="160"/>
        <source>Krav</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="160"/>
        <source>Deltagarens skattning</source>
        <translation>Participant’s rating</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="163"/>
        <source>Krav och deltagarens skattning</source>
        <translation>Requirements and the participant’s ratings</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="186"/>
        <source>Ärendet bedöms inte mot något ramverk än. Välj branschstandard eller yrkespaket under 1. Start.</source>
        <translation>The case is not assessed against any framework yet. Choose an industry standard or vocational package under 1. Start.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="190"/>
        <source>Tips</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="200"/>
        <source>&lt;b&gt;Deltagarens egen bild – ett underlag, inte ett beslut.&lt;/b&gt; Bedömningen görs i steg 4, fördjupad kartläggning och bedömning.</source>
        <translation>&lt;b&gt;The participant’s own view – input, not a decision.&lt;/b&gt; The assessment is made in step 4, in-depth mapping and assessment.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="204"/>
        <source>Om självskattningen</source>
        <translation>About the self-assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="212"/>
        <source>↑ ↓ byter krav · 1–4 sätter nivå · 0 eller V = vet inte · Delete tar bort skattningen · Enter öppnar listan</source>
        <translation>↑ ↓ moves between requirements · 1–4 sets the level · 0 or V = don’t know · Delete removes the rating · Enter opens the list</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="220"/>
        <source>Antal skattade krav</source>
        <translation>Number of rated requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="222"/>
        <source>Andel skattade krav</source>
        <translation>Share of requirements rated</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="226"/>
        <source>&amp;Skriv ut frågeformulär (xlsx)…</source>
        <translation>&amp;Print questionnaire (xlsx)…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="227"/>
        <source>Skriv ut frågeformulär som Excel-fil</source>
        <translation>Print the questionnaire as an Excel file</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="229"/>
        <source>&amp;Läs in ifyllt formulär…</source>
        <translation>&amp;Import completed questionnaire…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="230"/>
        <source>Läs in ifyllt frågeformulär</source>
        <translation>Import a completed questionnaire</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="238"/>
        <source>Tangentbord: {0}</source>
        <translation>Keyboard: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="240"/>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="267"/>
        <source> (exempel)</source>
        <translation> (example)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="305"/>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="387"/>
        <source>ej skattad</source>
        <translation>not rated</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="309"/>
        <source>{0} av {1} skattade</source>
        <translation>{0} of {1} rated</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="322"/>
        <source>Skattade: {0} av {1} krav</source>
        <translation>Rated: {0} of {1} requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="324"/>
        <source> (varav {0} vet inte)</source>
        <translation> (including {0} Don’t know)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="389"/>
        <source>Självskattning {0}: {1}</source>
        <translation>Self-assessment {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="407"/>
        <source>Frågeformuläret sparades inte: {0}</source>
        <translation>The questionnaire was not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="414"/>
        <source>Frågeformuläret är sparat: {0}. Skriv ut det, eller låt deltagaren fylla i det i Excel, och läs sedan in det med Läs in ifyllt formulär.</source>
        <translation>The questionnaire is saved: {0}. Print it, or let the participant fill it in in Excel, then import it with Import completed questionnaire.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="417"/>
        <source>Frågeformuläret är sparat: {0}. Det finns inget program här som kan öppna det; kopiera filen till en dator med Excel eller LibreOffice.</source>
        <translation>The questionnaire is saved: {0}. There is no program here that can open it; copy the file to a computer with Excel or LibreOffice.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="434"/>
        <source>Formuläret lästes inte in; inga skattningar ändrades.
{0}</source>
        <translation>The questionnaire was not imported; no ratings were changed.
{0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="442"/>
        <source>Formuläret är inläst: inga ändringar – svaren var redan sparade.</source>
        <translation>The questionnaire is imported: no changes – the answers were already saved.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="448"/>
        <source>Läs in frågeformulär ({0} ändringar)</source>
        <translation>Import questionnaire ({0} changes)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="454"/>
        <source>Formuläret är inläst: {0} skattningar ändrades. Ctrl+Z ångrar hela inläsningen.</source>
        <translation>The questionnaire is imported: {0} ratings changed. Ctrl+Z undoes the whole import.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="465"/>
        <source>Skriv ut frågeformulär</source>
        <translation>Print questionnaire</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="466"/>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="471"/>
        <source>Läs in ifyllt formulär</source>
        <translation>Import completed questionnaire</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/self_assessment.py" line="472"/>
        <source>Excel-arbetsbok (*.xlsx);;Alla filer (*)</source>
        <translation>Excel workbook (*.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="74"/>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="106"/>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="110"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="111"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="112"/>
        <source>Sp&amp;råk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="113"/>
        <source>P&amp;lan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="114"/>
        <source>Säkerhets&amp;kopior</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="121"/>
        <source>Fel i inställningarna</source>
        <translation>Error in the settings</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="196"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="197"/>
        <source>Står överst på planer och intyg som skrivs ut.</source>
        <translation>Shown at the top of printed plans and certificates.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="200"/>
        <source>ingen logotyp</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="202"/>
        <source>&amp;Välj…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="203"/>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="437"/>
        <source>Välj logotyp</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="204"/>
        <source>Logo&amp;typ:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="205"/>
        <source>En PNG- eller JPEG-bild som skrivs ut uppe till höger på planer och intyg.</source>
        <translation>A PNG or JPEG image printed at the top right of plans and certificates.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="213"/>
        <source>Förhandsvisning av logotypen</source>
        <translation>Logo preview</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="216"/>
        <source>&amp;Handledare på den här datorn:</source>
        <translation>&amp;Counsellor on this computer:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="218"/>
        <source>Ditt namn. Fylls i som handledare i nya ärenden; sparas bara på den här datorn.</source>
        <translation>Your name. Filled in as counsellor in new cases; saved only on this computer.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="221"/>
        <source> månader</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="222"/>
        <source>&amp;Gallringstid:</source>
        <translation>&amp;Retention period:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="223"/>
        <source>Hur länge ett ärendes personuppgifter sparas innan de ska gallras. Förslag för nya ärenden.</source>
        <translation>How long the personal data of a case is kept before it is to be purged. A suggestion for new cases.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="236"/>
        <source>&amp;Språk i KoLL:</source>
        <translation>&amp;Display language:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="237"/>
        <source>Menyer, knappar och fönster. Gäller direkt för fönster som öppnas efter att du tryckt OK; starta om KoLL för att få allt på det nya språket.</source>
        <translation>Menus, buttons and windows. Applies at once to windows opened after you press OK; restart KoLL to get everything in the new language.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="240"/>
        <source>Språket i en utskriven plan väljs när planen skrivs ut, oberoende av detta.</source>
        <translation>The language of a printed plan is chosen when the plan is printed, regardless of this.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="254"/>
        <source>&amp;Tillgodoräkna från:</source>
        <translation>&amp;Credit from:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="255"/>
        <source>En kurs tillgodoräknas när minst så stor del av kraven är uppfyllda (100&#xa0;% = alla).</source>
        <translation>A course is credited when at least this share of its requirements is met (100&#xa0;% = all).</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="258"/>
        <source>&amp;Hel kurs upp till:</source>
        <translation>&amp;Full course up to:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="259"/>
        <source>Till och med den här delen uppfylld läses hela kursen (0&#xa0;% = inget krav uppfyllt). Däremellan läses bara det som saknas.</source>
        <translation>Up to and including this share met, the whole course is studied (0&#xa0;% = no requirement met). In between, only what is missing is studied.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="263"/>
        <source> poäng</source>
        <translation> credits</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="265"/>
        <source>A&amp;vrunda uppåt till:</source>
        <translation>&amp;Round up to:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="266"/>
        <source>Poäng som återstår i en kurs avrundas uppåt till en jämn multipel av detta.</source>
        <translation>Credits left in a course are rounded up to a whole multiple of this.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="268"/>
        <source>&amp;Delvis koppling räknas som:</source>
        <translation>Partial lin&amp;k counts as:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="269"/>
        <source>Ett krav som bara delvis motsvaras av ett bedömt krav i korsreferensen räknas med den här andelen.</source>
        <translation>A requirement only partly matched by an assessed requirement in the crosswalk counts with this share.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="271"/>
        <source>Intyg</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="273"/>
        <source>Prövning för betyg</source>
        <translation>Examination for a grade</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="274"/>
        <source>&amp;Form för tillgodoräknande:</source>
        <translation>Credit &amp;documented as:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="275"/>
        <source>Hur tillgodoräknade kurser dokumenteras i planen.</source>
        <translation>How credited courses are documented in the plan.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="278"/>
        <source>{0} % ({1} poäng i veckan)</source>
        <translation>{0} % ({1} credits a week)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="280"/>
        <source>&amp;Studietakt för nya planer:</source>
        <translation>&amp;Study pace for new plans:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="281"/>
        <source>Takten en ny plan börjar med; den kan ändras i varje plan. 100&#xa0;% är heltid.</source>
        <translation>The pace a new plan starts with; it can be changed in each plan. 100&#xa0;% is full time.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="290"/>
        <source> st</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="292"/>
        <source>&amp;Antal att spara:</source>
        <translation>Backups to &amp;keep:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="293"/>
        <source>KoLL tar en kopia om dagen när programmet startar; de äldsta tas bort när det finns fler än så här.</source>
        <translation>KoLL takes one copy a day when the program starts; the oldest are removed when there are more than this.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="296"/>
        <source>&amp;Sparade kopior (nyaste först):</source>
        <translation>&amp;Saved backups (newest first):</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="299"/>
        <source>Sparade säkerhetskopior</source>
        <translation>Saved backups</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="300"/>
        <source>Tagen</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="300"/>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="314"/>
        <source>&amp;Ta säkerhetskopia nu</source>
        <translation>&amp;Take a backup now</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="315"/>
        <source>Åt&amp;erställ vald…</source>
        <translation>R&amp;estore selected…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="317"/>
        <source>Ersätter allt i databasen med den valda kopian, efter en kopia av nuvarande läge.</source>
        <translation>Replaces everything in the database with the selected backup, after taking a copy of the current state.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="324"/>
        <source>&amp;Plats:</source>
        <translation>Fol&amp;der:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="327"/>
        <source>Mapp med säkerhetskopior</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="329"/>
        <source>Öppna &amp;mapp</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="330"/>
        <source>Öppna mappen med säkerhetskopior</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="340"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="409"/>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="418"/>
        <source>Inget sparades: {0}</source>
        <translation>Nothing was saved: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="445"/>
        <source>Ingen logotyp</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="456"/>
        <source>Bilden kan inte visas</source>
        <translation>The image cannot be shown</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="479"/>
        <source>Det finns inga säkerhetskopior ännu.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="502"/>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="504"/>
        <source>Tar en säkerhetskopia …</source>
        <translation>Taking a backup…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="503"/>
        <source>Säkerhetskopia</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="512"/>
        <source>Säkerhetskopian är sparad: {0}</source>
        <translation>The backup is saved: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="516"/>
        <source>Ingen säkerhetskopia togs: {0}</source>
        <translation>No backup was taken: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="525"/>
        <source>Välj en säkerhetskopia i listan först.</source>
        <translation>Choose a backup in the list first.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="529"/>
        <source>Vänta tills det som pågår (import, export, säkerhetskopia) är klart.</source>
        <translation>Wait until the work in progress (import, export, backup) is done.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="532"/>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="533"/>
        <source>Återställa allt till läget {0}?

Allt som ändrats efter det försvinner ur databasen. KoLL tar först en säkerhetskopia av läget just nu, så att du kan gå tillbaka.</source>
        <translation>Restore everything to how it was at {0}?

Everything changed after that disappears from the database. KoLL first takes a backup of how things are now, so that you can go back.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="541"/>
        <source>Inget återställdes: {0}</source>
        <translation>Nothing was restored: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="549"/>
        <source>Återställt till läget {0}. Läget före återställningen sparades först som en egen säkerhetskopia: {1}.</source>
        <translation>Restored to how it was at {0}. The state before the restore was first saved as a separate backup: {1}.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="554"/>
        <source>1 person som har raderats sedan dess raderades igen.</source>
        <translation>1 person erased since then was erased again.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="555"/>
        <source>{0} personer som har raderats sedan dess raderades igen.</source>
        <translation>{0} persons erased since then were erased again.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="559"/>
        <source>1 ärende som har gallrats sedan dess gallrades igen.</source>
        <translation>1 case disposed of under the retention rules since then was disposed of again.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/settings_dialog.py" line="560"/>
        <source>{0} ärenden som har gallrats sedan dess gallrades igen.</source>
        <translation>{0} cases disposed of under the retention rules since then were disposed of again.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="75"/>
        <source>Urval (tomt = alla)</source>
        <translation>Selection (empty = all)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="78"/>
        <source>Ärenden registrerade från och med datum</source>
        <translation>Cases registered on or after this date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="79"/>
        <source>Ärenden registrerade till och med datum</source>
        <translation>Cases registered on or before this date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="81"/>
        <source>&amp;till och med</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="88"/>
        <source>Registrerade från &amp;datum:</source>
        <translation>&amp;Registered from:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="92"/>
        <source>Hand&amp;ledare:</source>
        <translation>Cou&amp;nsellor:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="92"/>
        <source>Handledare</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="94"/>
        <source>Ramv&amp;erk:</source>
        <translation>Frame&amp;work:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="94"/>
        <source>Ramverk</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="97"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="99"/>
        <source>Sparas &amp;i:</source>
        <translation>Save &amp;in:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="101"/>
        <source>Filen som sammanställningen sparas i</source>
        <translation>The file the summary is saved in</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="103"/>
        <source>V&amp;älj…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="104"/>
        <source>Välj fil för sammanställningen</source>
        <translation>Choose a file for the summary</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="111"/>
        <source>Ska&amp;pa sammanställning</source>
        <translation>Create s&amp;ummary</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="112"/>
        <source>Skapa sammanställningen</source>
        <translation>Create the summary</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="126"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="128"/>
        <source>&amp;Öppna</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="129"/>
        <source>Öppna sammanställningen</source>
        <translation>Open the summary</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="130"/>
        <source>Öppna &amp;mapp</source>
        <translation>Open fo&amp;lder</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="131"/>
        <source>Öppna mappen med sammanställningen</source>
        <translation>Open the folder with the summary</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="139"/>
        <source>Filen är pseudonymiserad: ärenden visas med ärendenummer, aldrig med namn eller personnummer. Räkna ändå med att små grupper kan gå att känna igen, och dela filen med eftertanke.</source>
        <translation>The file is pseudonymised: cases are shown by case number, never by name or personal identity number. Even so, people in small groups may be recognisable, so share the file with care.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="145"/>
        <source>Om personuppgifter i filen</source>
        <translation>About personal data in the file</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="164"/>
        <source>Översikt</source>
        <translation>Översikt (overview)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="164"/>
        <source>nyckeltal och diagram: ärenden per status och ramverk, dagar till plan, andel tillgodoräknade poäng</source>
        <translation>key figures and charts: cases by status and framework, days to a plan, share of credits that were credited</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="167"/>
        <source>Ärenden</source>
        <translation>Ärenden (cases)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="167"/>
        <source>en rad per ärende, med ärendenummer</source>
        <translation>one row per case, with the case number</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="168"/>
        <source>Kursbehov</source>
        <translation>Kursbehov (course needs)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="168"/>
        <source>per kurs: hur många bedömda ärenden behöver hela kursen eller delar, och poäng att planera för; ärenden som ännu inte bedömts för sig</source>
        <translation>per course: how many assessed cases need the whole course or parts of it, and the points to plan for; cases not yet assessed counted apart</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="171"/>
        <source>Kompetensgap</source>
        <translation>Kompetensgap (competence gaps)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="171"/>
        <source>de krav som oftast inte är uppfyllda</source>
        <translation>the requirements most often not met</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="172"/>
        <source>Horisontella principer</source>
        <translation>Horisontella principer (horizontal principles)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="172"/>
        <source>ESF+: kön, ålder, arbetsmarknadsstatus, utbildning</source>
        <translation>ESF+: gender, age, labour market status, education</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="174"/>
        <source>Uppföljning</source>
        <translation>Uppföljning (follow-up)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="174"/>
        <source>läget efter 3 och 6 månader</source>
        <translation>the situation after 3 and 6 months</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="177"/>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="185"/>
        <source>Bladen i Excel-filen</source>
        <translation>The sheets in the Excel file (sheet names in Swedish)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="192"/>
        <source>Alla handledare</source>
        <translation>All counsellors</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="196"/>
        <source>Alla ramverk</source>
        <translation>All frameworks</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="224"/>
        <source>filen ska sluta på .xlsx</source>
        <translation>the file name must end in .xlsx</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="240"/>
        <source>Skapar sammanställningen …</source>
        <translation>Creating the summary…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="258"/>
        <source>1 ärende</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="259"/>
        <source>{0} ärenden</source>
        <translation>{0} cases</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="260"/>
        <source>{0} deltagare</source>
        <translation>{0} participant(s)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="261"/>
        <source>Klar: {0}, {1}.</source>
        <translation>Done: {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="264"/>
        <source>Inga ärenden matchar urvalet; filen har tomma tabeller.</source>
        <translation>No cases match the selection; the file has empty tables.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="271"/>
        <source>Sammanställningen skapades inte.
{0}</source>
        <translation>The summary was not created.
{0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="275"/>
        <source>Avbrutet. Ingen fil skrevs.</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="304"/>
        <source>Spara sammanställningen</source>
        <translation>Save the summary</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/coordinator_view.py" line="305"/>
        <source>Excel-fil (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="80"/>
        <source>Flytta ärenden mellan datorer: markera ärenden och exportera dem till en paketfil (.kollcase); läs in paketet på den andra datorn. Samma paket två gånger ändrar inget, och den senast ändrade versionen av ett ärende vinner.</source>
        <translation>Move cases between computers: check cases and export them to a package file (.kollcase); import the package on the other computer. Importing the same package twice changes nothing, and the most recently changed version of a case wins.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="100"/>
        <source>Skicka: exportera markerade ärenden</source>
        <translation>Send: export checked cases</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="103"/>
        <source>Fil&amp;trera:</source>
        <translation>Fil&amp;ter:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="105"/>
        <source>namn, personnummer eller ärendenummer</source>
        <translation>name, personal identity number or case number</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="106"/>
        <source>Filtrera ärendelistan</source>
        <translation>Filter the case list</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="109"/>
        <source>&amp;Markera alla</source>
        <translation>Check &amp;all</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="110"/>
        <source>Markera alla ärenden i listan</source>
        <translation>Check all cases in the list</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="111"/>
        <source>Markera i&amp;nga</source>
        <translation>Check &amp;none</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="112"/>
        <source>Ta bort alla markeringar</source>
        <translation>Uncheck all</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="118"/>
        <source>&amp;Ärenden (mellanslag markerar):</source>
        <translation>Case &amp;list (Space checks):</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="122"/>
        <source>Ärenden att exportera</source>
        <translation>Cases to export</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="136"/>
        <source>Antal markerade ärenden</source>
        <translation>Number of checked cases</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="141"/>
        <source>&amp;Pseudonymisera</source>
        <translation>&amp;Pseudonymise</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="142"/>
        <source>Pseudonymisera paketet</source>
        <translation>Pseudonymise the package</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="144"/>
        <source>Utan namn, personnummer, kontaktuppgifter, fritext och bevisfiler. Ärendet får ett nytt id, så kopian skriver aldrig över det riktiga ärendet. För statistik hos samordnaren, inte för att arbeta vidare med ärendet.</source>
        <translation>Without names, personal identity numbers, contact details, free text and evidence files. The case gets a new id, so the copy never overwrites the real case. For statistics at the coordinator’s, not for further work on the case.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="154"/>
        <source>&amp;Exportera paket…</source>
        <translation>E&amp;xport package…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="155"/>
        <source>Exportera markerade ärenden till ett paket</source>
        <translation>Export the checked cases to a package</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="157"/>
        <source>&amp;Öppna mappen</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="158"/>
        <source>Öppna mappen med paketet</source>
        <translation>Open the folder with the package</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="175"/>
        <source>Ta emot: läs in ett paket</source>
        <translation>Receive: import a package</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="178"/>
        <source>Ärenden i paketet läggs till eller uppdateras här. Ramverk som ärendena bygger på och som saknas i biblioteket följer med. Ett ärende som har ändrats senare här än i paketet behålls och visas som konflikt.</source>
        <translation>Cases in the package are added or updated here. Frameworks the cases are based on that are missing from the library come along. A case changed more recently here than in the package is kept and shown as a conflict.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="182"/>
        <source>&amp;Läs in paket…</source>
        <translation>&amp;Import package…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="183"/>
        <source>Läs in ett paket med ärenden</source>
        <translation>Import a package of cases</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="184"/>
        <source>Inläsningens res&amp;ultat:</source>
        <translation>Import &amp;results:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="187"/>
        <source>Inläsningens resultat</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="217"/>
        <source>Inga ärenden matchar filtret.</source>
        <translation>No cases match the filter.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="218"/>
        <source>Det finns inga ärenden på den här datorn än.</source>
        <translation>There are no cases on this computer yet.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="220"/>
        <source>Inga ärenden markerade.</source>
        <translation>No cases checked.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="221"/>
        <source>1 ärende markerat.</source>
        <translation>1 case checked.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="222"/>
        <source>{0} ärenden markerade.</source>
        <translation>{0} cases checked.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="224"/>
        <source>{0} av dem syns inte med filtret.</source>
        <translation>{0} of them are hidden by the filter.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="226"/>
        <source>Listan visar de {0} senast ändrade; filtrera för att hitta fler.</source>
        <translation>The list shows the {0} most recently changed; filter to find more.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="257"/>
        <source>Packar {0} ärenden …</source>
        <translation>Packing {0} cases…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="258"/>
        <source>Exporten misslyckades. Inget paket skrevs.</source>
        <translation>The export failed. No package was written.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="262"/>
        <source>Exporten avbröts. Inget paket skrevs.</source>
        <translation>The export was cancelled. No package was written.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="283"/>
        <source>Läser in {0} …</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="284"/>
        <source>Paketet lästes inte in. Inga ärenden ändrades.</source>
        <translation>The package was not imported. No cases were changed.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="287"/>
        <source>Inläsningen avbröts. Inga ärenden ändrades.</source>
        <translation>The import was cancelled. No cases were changed.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="309"/>
        <source>{0} ärenden exporterade till {1}</source>
        <translation>{0} cases exported to {1}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="311"/>
        <source>(pseudonymiserade)</source>
        <translation>(pseudonymised)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="331"/>
        <source>Inläst från {0}.</source>
        <translation>Imported from {0}.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="333"/>
        <source>1 konflikt, se listan.</source>
        <translation>1 conflict, see the list.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="334"/>
        <source>{0} konflikter, se listan.</source>
        <translation>{0} conflicts, see the list.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="338"/>
        <source>1 ärende lästes inte in: personen har raderats här.</source>
        <translation>1 case was not imported: the person has been erased here.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="339"/>
        <source>{0} ärenden lästes inte in: personen har raderats här.</source>
        <translation>{0} cases were not imported: the person has been erased here.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="342"/>
        <source>1 ärende lästes inte in: det har gallrats här.</source>
        <translation>1 case was not imported: it has been disposed of here under the retention rules.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="343"/>
        <source>{0} ärenden lästes inte in: de har gallrats här.</source>
        <translation>{0} cases were not imported: they have been disposed of here under the retention rules.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="374"/>
        <source>Exportera ärenden</source>
        <translation>Export cases</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="375"/>
        <source>KoLL-paket (*.kollcase)</source>
        <translation>KoLL package (*.kollcase)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="380"/>
        <source>Läs in paket</source>
        <translation>Import package</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/case_transfer.py" line="381"/>
        <source>KoLL-paket (*.kollcase);;Alla filer (*)</source>
        <translation>KoLL package (*.kollcase);;All files (*)</translation>
    </message>
</context>
<context>
    <name>UnitCoverageModel</name>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="124"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="124"/>
        <source>Benämning</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="124"/>
        <source>Poäng</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="125"/>
        <source>Krav</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="125"/>
        <source>Helt</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="125"/>
        <source>Delvis</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="126"/>
        <source>Täckning</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="127"/>
        <source>Antal krav i enheten</source>
        <translation>Number of requirements in the unit</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="128"/>
        <source>Krav med en hel koppling till det andra ramverket</source>
        <translation>Requirements with a full link to the other framework</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="129"/>
        <source>Krav vars bästa koppling är delvis</source>
        <translation>Requirements whose best link is partial</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="130"/>
        <source>Viktad andel av enhetens krav som täcks</source>
        <translation>Weighted share of the unit’s requirements that is covered</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="186"/>
        <source>inga krav</source>
        <translation>no requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="193"/>
        <source>{0}
Enheten har inga krav, så den har ingen täckning.</source>
        <translation>{0}
The unit has no requirements, so it has no coverage.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="194"/>
        <source>{0}
Täckning {1}: {2} av {3} krav helt, {4} delvis, {5} utan motsvarighet.</source>
        <translation>{0}
Coverage {1}: {2} of {3} requirements fully, {4} partly, {5} without a counterpart.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="199"/>
        <source>Ett alternativ i gruppen {0}.</source>
        <translation>One alternative in the group {0}.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="201"/>
        <source>Räknas inte i helheten: ett annat alternativ räknas, eller kursen krävs inte.</source>
        <translation>Not counted in the whole: another alternative counts, or the course is not required.</translation>
    </message>
</context>
<context>
    <name>UnitDecisionMixin</name>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="87"/>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="91"/>
        <source>Ändra &amp;beslut…</source>
        <translation>&amp;Change decision…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="92"/>
        <source>Ändra beslut</source>
        <translation>Change decision</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="94"/>
        <source>&amp;Ta bort ändring</source>
        <translation>Re&amp;move change</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="95"/>
        <source>Ta bort ändrat beslut</source>
        <translation>Remove changed decision</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="96"/>
        <source>Gå tillbaka till förslaget</source>
        <translation>Go back to the proposal</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="115"/>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="116"/>
        <source>{0} av {1} krav bedömda direkt, {2} härledda via korsreferens.</source>
        <translation>{0} of {1} requirements assessed directly, {2} derived via crosswalk.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="119"/>
        <source>&lt;i&gt;Innehåller exempeltexter – inte officiell text.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Contains example texts – not official text.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="130"/>
        <source>Poäng</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="132"/>
        <source>Täckning</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="132"/>
        <source>{0} ({1} av {2} krav uppfyllda)</source>
        <translation>{0} ({1} of {2} requirements met)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="134"/>
        <source>Förslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="136"/>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="140"/>
        <source>Beslut</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="137"/>
        <source>(ändrat)</source>
        <translation>(changed)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="138"/>
        <source>Motivering</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="140"/>
        <source>enligt förslaget</source>
        <translation>as proposed</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="142"/>
        <source>Kvar att läsa</source>
        <translation>Left to study</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="142"/>
        <source>{0} p</source>
        <translation>{0} credits</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="145"/>
        <source>&lt;i&gt;alternativ behövs inte&lt;/i&gt; – ett annat alternativ i gruppen är bättre täckt.</source>
        <translation>&lt;i&gt;alternative not needed&lt;/i&gt; – another alternative in the group is better covered.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="148"/>
        <source>&lt;i&gt;valbar&lt;/i&gt; – räknas inte i summan.</source>
        <translation>&lt;i&gt;optional&lt;/i&gt; – not counted in the total.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="154"/>
        <source>Inte uppfyllt: {0}</source>
        <translation>Not met: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="178"/>
        <source>Beslut {0}</source>
        <translation>Decision {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/pages/assessment_decision.py" line="178"/>
        <source>Ta bort ändrat beslut {0}</source>
        <translation>Remove changed decision {0}</translation>
    </message>
</context>
<context>
    <name>UnmatchedModel</name>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="323"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="323"/>
        <source>Enhetens namn</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="323"/>
        <source>Krav</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="324"/>
        <source>Kravtext</source>
        <translation>Requirement text</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_models.py" line="352"/>
        <source>(exempeltext)</source>
        <translation>(example text)</translation>
    </message>
</context>
<context>
    <name>UnmatchedPage</name>
    <message>
        <location filename="../../koll_desktop/ui/comparison_pages.py" line="253"/>
        <source>Krav i {0} &amp;utan motsvarighet i {1} ({2} st)</source>
        <translation>&amp;Requirements in {0} without a counterpart in {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_pages.py" line="254"/>
        <source>Krav i {0} u&amp;tan motsvarighet i {1} ({2} st)</source>
        <translation>Re&amp;quirements in {0} without a counterpart in {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/comparison_pages.py" line="274"/>
        <source>Krav utan motsvarighet</source>
        <translation>Requirements without a counterpart</translation>
    </message>
</context>
<context>
    <name>_Side</name>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_trees.py" line="210"/>
        <source>Kopplingar</source>
        <translation>Links</translation>
    </message>
</context>
<context>
    <name>_SideModel</name>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_trees.py" line="44"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_trees.py" line="44"/>
        <source>Krav</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_trees.py" line="44"/>
        <source>Kopplingar</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_trees.py" line="45"/>
        <source>Antal kopplingar till det andra ramverket</source>
        <translation>Number of links to the other framework</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_trees.py" line="66"/>
        <source>exempel, {0}</source>
        <translation>example, {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_trees.py" line="69"/>
        <source>Exempeltext skriven för demon, inte officiell text</source>
        <translation>Example text written for the demo, not official text</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_trees.py" line="92"/>
        <source>{0} av {1} krav har kopplingar</source>
        <translation>{0} of {1} requirements have links</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_trees.py" line="106"/>
        <source>kopplat till valt krav: {0}</source>
        <translation>linked to the selected requirement: {0}</translation>
    </message>
</context>
<context>
    <name>_SuggestionModel</name>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="119"/>
        <source>Likhet</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="119"/>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="120"/>
        <source>Krav i {0}</source>
        <translation>Requirement in {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/crosswalk_suggestions.py" line="123"/>
        <source>Gemensamma ord: {0}</source>
        <translation>Words in common: {0}</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="78"/>
        <source>Alla krav</source>
        <translation>All requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="78"/>
        <source>Ej bedömda</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="79"/>
        <source>Ej eller delvis uppfyllda</source>
        <translation>Not met or partly met</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="80"/>
        <source>Härledda via korsreferens</source>
        <translation>Derived via crosswalk</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="95"/>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="95"/>
        <source>delvis</source>
        <translation>partial</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="102"/>
        <source>härlett via {0} {1} ({2}), bedömt {3}</source>
        <translation>derived via {0} {1} ({2}), assessed as {3}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="257"/>
        <source>Exempeltext – inte officiell text.</source>
        <translation>Example text – not official text.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="260"/>
        <source>{0} (härlett)</source>
        <translation>{0} (derived)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="262"/>
        <source>En direkt bedömning av kravet gäller före det härledda.</source>
        <translation>A direct assessment of the requirement takes precedence over the derived one.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="266"/>
        <source>Inte bedömt, och inget bedömt krav i korsreferensen täcker det.</source>
        <translation>Not assessed, and no assessed requirement in the crosswalk covers it.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="270"/>
        <source>Individens egen uppfattning (självskattning) – inget beslut.</source>
        <translation>The individual’s own view (self-assessment) – not a decision.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="286"/>
        <source>Direkt bedömt.</source>
        <translation>Assessed directly.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="298"/>
        <source>{0} poäng</source>
        <translation>{0} credits</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="299"/>
        <source>Valbar – räknas inte i summan.</source>
        <translation>Optional – not counted in the total.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="300"/>
        <source>Ett av alternativen i gruppen ”{0}” räcker.</source>
        <translation>One of the alternatives in the group “{0}” is enough.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="310"/>
        <source>Inga krav att bedöma i den här delen.</source>
        <translation>No requirements to assess in this part.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="314"/>
        <source>{0} av {1} krav uppfyllda (viktad täckning {2}).</source>
        <translation>{0} of {1} requirements met (weighted coverage {2}).</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="316"/>
        <source>{0}, täckning {1}</source>
        <translation>{0}, coverage {1}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="318"/>
        <source>alternativ behövs inte</source>
        <translation>alternative not needed</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="320"/>
        <source>Ett annat alternativ i gruppen ”{0}” är bättre täckt och räknas i stället.</source>
        <translation>Another alternative in the group “{0}” is better covered and counts instead.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="323"/>
        <source>Förslag om det räknades: {0}</source>
        <translation>Proposal if it counted: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="325"/>
        <source>{0}, ändrat beslut, täckning {1}</source>
        <translation>{0}, changed decision, coverage {1}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="328"/>
        <source>Ändrat beslut: &lt;b&gt;{0}&lt;/b&gt; (förslag: {1}).</source>
        <translation>Changed decision: &lt;b&gt;{0}&lt;/b&gt; (proposal: {1}).</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="330"/>
        <source>Motivering: {0}</source>
        <translation>Rationale: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="332"/>
        <source>Förslag utifrån täckningen.</source>
        <translation>Proposal based on the coverage.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="347"/>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="348"/>
        <source>Innehåller exempeltexter – inte officiell text.</source>
        <translation>Contains example texts – not official text.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="350"/>
        <source>{0} av {1} bedömda</source>
        <translation>{0} of {1} assessed</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="351"/>
        <source>{0} krav bedömda direkt, {1} härledda via korsreferens, {2} utan värde.</source>
        <translation>{0} requirements assessed directly, {1} derived via crosswalk, {2} without a value.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="398"/>
        <source>Krav</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="398"/>
        <source>Bedömning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="398"/>
        <source>Självskattning</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="400"/>
        <source>Kod och text; kompetensområden och kurser med sina krav</source>
        <translation>Code and text; competence areas and courses with their requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="401"/>
        <source>Status per krav (kursiv: härlett via korsreferens); per kurs utfallet och den viktade täckningen (✎: ändrat beslut)</source>
        <translation>Status per requirement (italics: derived via crosswalk); per course the outcome and the weighted coverage (✎: changed decision)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/assessment_model.py" line="403"/>
        <source>Individens egen uppfattning – inget beslut</source>
        <translation>The individual’s own view – not a decision</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="57"/>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="57"/>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="57"/>
        <source>Händelse</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="57"/>
        <source>Uppgift</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="57"/>
        <source>Gäller</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="58"/>
        <source>Ändring (före → efter)</source>
        <translation>Change (before → after)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="62"/>
        <source>Lade till</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="62"/>
        <source>Ändrade</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="63"/>
        <source>Tog bort</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="63"/>
        <source>Läste in</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="64"/>
        <source>Raderade</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="65"/>
        <source>Registerutdrag</source>
        <translation>Access export</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="69"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="69"/>
        <source>Ärende</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="69"/>
        <source>Ramverk</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="70"/>
        <source>Tidigare erfarenhet</source>
        <translation>Prior learning</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="70"/>
        <source>Bevisfil</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="71"/>
        <source>Självskattning</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="71"/>
        <source>Bedömning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="72"/>
        <source>Ändrat beslut för kurs</source>
        <translation>Changed course decision</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="72"/>
        <location filename="../../koll_desktop/ui/audit_view.py" line="136"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="73"/>
        <source>Planrad</source>
        <translation>Plan row</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="73"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="74"/>
        <source>Utlämnat dokument</source>
        <translation>Document handed over</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="82"/>
        <source>förnamn</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="82"/>
        <source>efternamn</source>
        <translation>last name</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="83"/>
        <source>personnummer</source>
        <translation>personal identity number</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="83"/>
        <source>födelseår</source>
        <translation>year of birth</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="84"/>
        <source>kön</source>
        <translation>gender</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="84"/>
        <source>språk</source>
        <translation>languages</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="84"/>
        <source>e-post</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="85"/>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="85"/>
        <source>behov av anpassning</source>
        <translation>adjustment needs</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="87"/>
        <source>handledare</source>
        <translation>counsellor</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="87"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="87"/>
        <source>mål</source>
        <translation>goal</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="88"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="88"/>
        <source>samtycke, datum</source>
        <translation>consent, date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="89"/>
        <source>samtycke, vad det gäller</source>
        <translation>consent, what it covers</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="90"/>
        <source>samtycke, hur det gavs</source>
        <translation>consent, how it was given</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="91"/>
        <source>sparas till (gallringsdatum)</source>
        <translation>kept until (purge date)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="92"/>
        <source>ställning på arbetsmarknaden</source>
        <translation>labour market status</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="93"/>
        <source>utbildningsnivå</source>
        <translation>education level</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="93"/>
        <source>ramverk</source>
        <translation>frameworks</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="95"/>
        <source>typ</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="95"/>
        <source>benämning</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="95"/>
        <source>land</source>
        <translation>country</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="96"/>
        <source>från</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="96"/>
        <source>till</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="96"/>
        <source>beskrivning</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="97"/>
        <source>hör till erfarenhet</source>
        <translation>belongs to prior learning</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="97"/>
        <location filename="../../koll_desktop/ui/audit_view.py" line="110"/>
        <source>filnamn</source>
        <translation>file name</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="98"/>
        <source>skattning</source>
        <translation>rating</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="98"/>
        <source>metoder</source>
        <translation>methods</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="98"/>
        <source>bevis</source>
        <translation>evidence</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="99"/>
        <source>beviskrav: giltigt</source>
        <translation>rule of evidence: valid</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="99"/>
        <source>beviskrav: tillräckligt</source>
        <translation>rule of evidence: sufficient</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="100"/>
        <source>beviskrav: äkta</source>
        <translation>rule of evidence: authentic</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="100"/>
        <source>beviskrav: aktuellt</source>
        <translation>rule of evidence: current</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="101"/>
        <source>bedömare</source>
        <translation>assessor</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="101"/>
        <source>bedömningsdatum</source>
        <translation>assessment date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="102"/>
        <source>motivering</source>
        <translation>rationale</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="102"/>
        <source>resultat</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="103"/>
        <source>studietakt</source>
        <translation>study pace</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="103"/>
        <source>startdatum</source>
        <translation>start date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="103"/>
        <source>slutdatum</source>
        <translation>end date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="104"/>
        <source>överenskommen</source>
        <translation>agreed</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="104"/>
        <location filename="../../koll_desktop/ui/audit_view.py" line="106"/>
        <source>anordnare</source>
        <translation>provider</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="105"/>
        <source>ramverksversioner</source>
        <translation>framework versions</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="105"/>
        <source>form</source>
        <translation>credit form</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="106"/>
        <source>anteckning</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="107"/>
        <source>tas med ändå</source>
        <translation>included anyway</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="107"/>
        <source>skäl att utelämna</source>
        <translation>reason for leaving out</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="108"/>
        <source>kopia utan personuppgifter</source>
        <translation>copy without personal data</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="109"/>
        <source>ordning</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="109"/>
        <source>månader</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="109"/>
        <source>noterad</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="110"/>
        <source>lämnad</source>
        <translation>handed over</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="111"/>
        <source>beslut</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="111"/>
        <source>vad personen gör</source>
        <translation>what the person is doing</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="130"/>
        <source>Intyg</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="130"/>
        <source>Prövning för betyg</source>
        <translation>Examination for a grade</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="136"/>
        <source>Kompetensintyg</source>
        <translation>Competence certificate</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="137"/>
        <source>Mikromerit</source>
        <translation>Micro-credential</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="182"/>
        <source>Anonymiserade</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="183"/>
        <source>namn, personnummer, kontaktuppgifter, fritext och filer togs bort; statistiken finns kvar</source>
        <translation>name, personal identity number, contact details, free text and files removed; the statistics remain</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="199"/>
        <source>efter {0} månader</source>
        <translation>after {0} months</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="206"/>
        <source>från {0}</source>
        <translation>from {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="218"/>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="223"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="223"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="226"/>
        <location filename="../../koll_desktop/ui/audit_view.py" line="230"/>
        <location filename="../../koll_desktop/ui/audit_view.py" line="232"/>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="229"/>
        <source>(borttagen)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="248"/>
        <source>(text ändrad)</source>
        <translation>(text changed)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="248"/>
        <source>(uppgift ändrad)</source>
        <translation>(detail changed)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="250"/>
        <source>(text tillagd)</source>
        <translation>(text added)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="250"/>
        <source>(uppgift tillagd)</source>
        <translation>(detail added)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="252"/>
        <source>(text borttagen)</source>
        <translation>(text removed)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/audit_view.py" line="252"/>
        <source>(uppgift borttagen)</source>
        <translation>(detail removed)</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../koll_desktop/ui/app.py" line="194"/>
        <source>Dagens säkerhetskopia kunde inte tas: {0}</source>
        <translation>Today’s backup could not be taken: {0}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../koll_desktop/ui/app.py" line="92"/>
        <source>Ett oväntat fel inträffade. Allt du redan gjort är sparat.

Skicka gärna loggfilen till support:
{0}</source>
        <translation>An unexpected error occurred. Everything you had already done is saved.

Please send the log file to support:
{0}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="52"/>
        <source>Kvinna</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="52"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="53"/>
        <source>Icke-binär</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="53"/>
        <source>Vill ej ange</source>
        <translation>Prefer not to say</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="57"/>
        <source>Arbetslös</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="58"/>
        <source>Långtidsarbetslös</source>
        <translation>Long-term unemployed</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="59"/>
        <source>Utanför arbetskraften</source>
        <translation>Outside the labour force</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="60"/>
        <source>Anställd (även egen företagare)</source>
        <translation>Employed (including self-employed)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="61"/>
        <location filename="../../koll_desktop/ui/labels.py" line="68"/>
        <source>Ej angivet</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="65"/>
        <source>Förgymnasial (ISCED 0–2)</source>
        <translation>Below upper secondary (ISCED 0–2)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="66"/>
        <source>Gymnasial (ISCED 3–4)</source>
        <translation>Upper secondary (ISCED 3–4)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="67"/>
        <source>Eftergymnasial (ISCED 5–8)</source>
        <translation>Tertiary (ISCED 5–8)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="72"/>
        <source>Formell utbildning</source>
        <translation>Formal education</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="73"/>
        <source>Icke-formell utbildning (kurser)</source>
        <translation>Non-formal education (courses)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="74"/>
        <source>Informellt lärande</source>
        <translation>Informal learning</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="75"/>
        <source>Arbetslivserfarenhet</source>
        <translation>Work experience</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="79"/>
        <source>1 – Kan inte än</source>
        <translation>1 – Cannot do it yet</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="80"/>
        <source>2 – Kan lite</source>
        <translation>2 – Can do a little</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="81"/>
        <source>3 – Kan bra</source>
        <translation>3 – Can do it well</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="82"/>
        <source>4 – Kan mycket bra</source>
        <translation>4 – Can do it very well</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="83"/>
        <source>Vet inte</source>
        <translation>Don’t know</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="87"/>
        <source>Ej bedömd</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="87"/>
        <source>Uppfyllt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="88"/>
        <source>Delvis</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="88"/>
        <source>Ej uppfyllt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="92"/>
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="93"/>
        <source>Praktiskt prov</source>
        <translation>Practical test</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="94"/>
        <source>Observation på arbetsplats</source>
        <translation>Workplace observation</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="95"/>
        <source>Granskning av dokument</source>
        <translation>Document review</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="96"/>
        <source>Teoretiskt prov</source>
        <translation>Theory test</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="97"/>
        <source>Intyg från tredje part</source>
        <translation>Third-party statement</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="101"/>
        <source>Tillgodoräknas</source>
        <translation>Credited</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="102"/>
        <source>Komplettering</source>
        <translation>Supplementary training</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="103"/>
        <source>Hel kurs</source>
        <translation>Full course</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="107"/>
        <source>Arbete</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="107"/>
        <source>Studier</source>
        <translation>Studies</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="108"/>
        <source>Arbetssökande</source>
        <translation>Job seeking</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="108"/>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="112"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="112"/>
        <source>Inledande kartläggning</source>
        <translation>Initial mapping</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="113"/>
        <source>Självskattning</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="114"/>
        <source>Bedömning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="114"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="115"/>
        <source>Dokumenterad</source>
        <translation>Documented</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="115"/>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="116"/>
        <source>Avslutad</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="122"/>
        <source>1. Start</source>
        <translation>1. Start</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="122"/>
        <source>2. Inledande kartläggning</source>
        <translation>2. Initial mapping</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="123"/>
        <source>3. Självskattning</source>
        <translation>3. Self-assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="124"/>
        <source>4. Fördjupad kartläggning och bedömning</source>
        <translation>4. In-depth mapping and assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="125"/>
        <source>5. Plan</source>
        <translation>5. Plan</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="125"/>
        <source>6. Dokumentation</source>
        <translation>6. Documentation</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="126"/>
        <source>7. Uppföljning</source>
        <translation>7. Follow-up</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="131"/>
        <source>Branschstandard</source>
        <translation>Industry standard</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="132"/>
        <source>Yrkespaket</source>
        <translation>Vocational package</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="133"/>
        <source>Kursplan</source>
        <translation>Syllabus</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="134"/>
        <source>Lokal</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="140"/>
        <source>Kunskap</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="141"/>
        <source>Färdighet</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="142"/>
        <source>Kompetens</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="147"/>
        <source>Helt</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="148"/>
        <source>Delvis</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="154"/>
        <source>Kompetensområden</source>
        <translation>Competence areas</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="156"/>
        <source>Delar</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="157"/>
        <source>Kurser</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="163"/>
        <source>Kompetensområde</source>
        <translation>Competence area</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="165"/>
        <source>Del</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/labels.py" line="166"/>
        <source>Kurs</source>
        <translation>Course</translation>
    </message>
</context>
<context>
    <name>micro_credentials</name>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="57"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="57"/>
        <source>Mikromeritens namn så som det står på intyget.</source>
        <translation>The micro-credential’s name as it appears on the certificate.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="58"/>
        <source>&amp;Utfärdande organisation</source>
        <translation>&amp;Awarding body</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="59"/>
        <source>Den som utfärdar mikromeriten och svarar för den, t.ex. en kommuns vuxenutbildning.</source>
        <translation>Who issues the micro-credential and is responsible for it, e.g. a municipality’s adult education.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="61"/>
        <source>&amp;Land/region</source>
        <translation>Co&amp;untry/region</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="62"/>
        <source>Utfärdarens land eller region, t.ex. SE (Sverige) eller Västra Götaland.</source>
        <translation>The issuer’s country or region, e.g. SE (Sweden) or Västra Götaland.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="63"/>
        <source>Lärande&amp;resultat</source>
        <translation>Learning &amp;outcomes</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="64"/>
        <source>Vad deltagaren vet, kan och kan ta ansvar för efteråt, i klarspråk.</source>
        <translation>What the participant knows, can do and can take responsibility for afterwards, in plain language.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="65"/>
        <source>Teoretisk &amp;arbetsbelastning</source>
        <translation>Notional &amp;workload</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="66"/>
        <source>Uppskattad tid för att nå resultaten, t.ex. ”ca 40 timmar (1,5 hp)”; ange ECTS/hp där det går.</source>
        <translation>Estimated time to reach the outcomes, e.g. “about 40 hours (1.5 ECTS)”; give ECTS credits where possible.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="68"/>
        <source>N&amp;ivå (SeQF/EQF)</source>
        <translation>&amp;Level (SeQF/EQF)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="69"/>
        <source>Nivå i referensramen för kvalifikationer, t.ex. SeQF 4 / EQF 4.</source>
        <translation>Level in the qualifications framework, e.g. SeQF 4 / EQF 4.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="71"/>
        <source>Typ av bedömnin&amp;g</source>
        <translation>T&amp;ype of assessment</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="72"/>
        <source>Hur kunnandet bedöms, t.ex. praktiskt prov, observation på arbetsplats, kunskapsprov.</source>
        <translation>How the learning is assessed, e.g. practical test, workplace observation, knowledge test.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="74"/>
        <source>&amp;Deltagarform</source>
        <translation>Form of &amp;participation</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="75"/>
        <source>Hur deltagaren deltar: på plats, på distans, blandat eller på arbetsplatsen.</source>
        <translation>How the participant takes part: on site, remotely, blended or at the workplace.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="77"/>
        <source>På plats</source>
        <translation>On site</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="77"/>
        <source>Distans</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="77"/>
        <source>Blandat: distans och på plats</source>
        <translation>Blended: remote and on site</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="78"/>
        <source>På arbetsplatsen</source>
        <translation>At the workplace</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="79"/>
        <source>Typ av &amp;kvalitetssäkring</source>
        <translation>Type of &amp;quality assurance</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="80"/>
        <source>Hur bedömningen kvalitetssäkras, t.ex. huvudmannens rutiner och bedömarnas kompetens.</source>
        <translation>How the quality of the assessment is assured, e.g. the education provider’s procedures and the assessors’ competence.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="84"/>
        <source>&amp;Förkunskapskrav</source>
        <translation>Prerequ&amp;isites</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="85"/>
        <source>Vad deltagaren behöver kunna innan, t.ex. ”Inga”.</source>
        <translation>What the participant needs to know beforehand, e.g. “None”.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="86"/>
        <source>Kan b&amp;yggas på till</source>
        <translation>Can be stac&amp;ked into</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="87"/>
        <source>Text på intyget om vad mikromeriten kan räknas in i; ”Fyll i från kraven” föreslår en.</source>
        <translation>Text on the certificate about what the micro-credential can count towards; “Fill in based on requirements” suggests one.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_parts.py" line="33"/>
        <source>Saknas: {0}</source>
        <translation>Missing: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_parts.py" line="38"/>
        <source>alla {0} krav</source>
        <translation>all {0} requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_parts.py" line="39"/>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="151"/>
        <source>{0} av {1} krav</source>
        <translation>{0} of {1} requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_parts.py" line="44"/>
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_parts.py" line="51"/>
        <source>{0} ({1}, {2})</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_parts.py" line="53"/>
        <source>Kan räknas in i {0}.</source>
        <translation>Can count towards {0}.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="59"/>
        <source>Krav som ingår i mikromeriten</source>
        <translation>Requirements included in the micro-credential</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="60"/>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="55"/>
        <source>Ramverk</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="125"/>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="60"/>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="85"/>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="78"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="125"/>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="172"/>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="60"/>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="78"/>
        <source>Krav</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="65"/>
        <source>Ta bort &amp;valda krav</source>
        <translation>Remove selecte&amp;d requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="66"/>
        <source>Ta bort de valda kraven ur mikromeriten</source>
        <translation>Remove the selected requirements from the micro-credential</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="77"/>
        <source>Lägg till från biblioteket – sök i &amp;ramverk, kurser och krav:</source>
        <translation>Add from the library – search frameworks, &amp;courses and requirements:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="81"/>
        <source>ord ur kravtexten, en kurs eller en kod</source>
        <translation>words from the requirement text, a course or a code</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="82"/>
        <source>Sök krav att lägga till</source>
        <translation>Search for requirements to add</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="85"/>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="91"/>
        <source>Benämning</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="85"/>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="168"/>
        <source>Ingår</source>
        <translation>Included</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="94"/>
        <source>Bibliotekets ramverk, kurser och krav</source>
        <translation>The library’s frameworks, courses and requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="104"/>
        <source>&amp;Lägg till valda</source>
        <translation>&amp;Add selected</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="105"/>
        <source>Lägg till de valda kraven i mikromeriten</source>
        <translation>Add the selected requirements to the micro-credential</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="106"/>
        <source>En vald kurs eller ett valt område lägger till alla dess krav. Dubbelklick lägger till ett krav.</source>
        <translation>A selected course or area adds all its requirements. A double-click adds one requirement.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="114"/>
        <source>Välj ett eller flera krav, en kurs eller ett område; dubbelklick lägger till.</source>
        <translation>Select one or more requirements, a course or an area; a double-click adds them.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="127"/>
        <source>Kan byggas på till</source>
        <translation>Can be stacked into</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="162"/>
        <source>Exempeltext skriven för demon</source>
        <translation>Example text written for the demo</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="199"/>
        <source>finns inte i biblioteket</source>
        <translation>not in the library</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="212"/>
        <source>Krav som &amp;ingår ({0}):</source>
        <translation>Requirements &amp;included ({0}):</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_picker.py" line="258"/>
        <source>Inga krav valda ännu. Utan krav kan mikromeriten aldrig bli intjänad.</source>
        <translation>No requirements chosen yet. Without requirements the micro-credential can never be earned.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="60"/>
        <source>Kurs eller kompetensområde</source>
        <translation>Course or competence area</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="64"/>
        <source>&amp;Ramverk:</source>
        <translation>Frame&amp;work:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="66"/>
        <source>&amp;Kurs/område:</source>
        <translation>&amp;Course/area:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="75"/>
        <source>Täcks kursen av mikromeriter</source>
        <translation>Is the course covered by micro-credentials</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="77"/>
        <source>Kursens krav och mikromeriterna som täcker dem</source>
        <translation>The course’s requirements and the micro-credentials that cover them</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="78"/>
        <source>Täcks av mikromerit</source>
        <translation>Covered by micro-credential</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="90"/>
        <source>Vad varje mikromerit kan byggas på till</source>
        <translation>What each micro-credential can be stacked into</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="91"/>
        <source>Mikromerit / kan byggas på till</source>
        <translation>Micro-credential / can be stacked into</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="92"/>
        <source>Krav som ingår</source>
        <translation>Requirements included</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="95"/>
        <source>Kan byggas på till – kurser och områden som varje mikromerits krav ingår i</source>
        <translation>Can be stacked into – the courses and areas that each micro-credential’s requirements belong to</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="97"/>
        <source>Dubbelklicka på en kurs för att se vilka mikromeriter som tillsammans täcker den.</source>
        <translation>Double-click a course to see which micro-credentials together cover it.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="149"/>
        <source>täcks helt</source>
        <translation>fully covered</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="153"/>
        <source>ingen mikromerit</source>
        <translation>no micro-credential</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="182"/>
        <source>Välj ett ramverk och en kurs.</source>
        <translation>Choose a framework and a course.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="194"/>
        <source>– ingen</source>
        <translation>– none</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="207"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; täcks helt av {1} mikromeriter tillsammans:{2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; is fully covered by {1} micro-credentials together:{2}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="212"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; täcks inte helt: {1} av {2} krav saknar mikromerit ({3}). Dessa täcker tillsammans {4} av {2} krav:{5}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; is not fully covered: {1} of {2} requirements have no micro-credential ({3}). Together these cover {4} of {2} requirements:{5}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="217"/>
        <source>Ingen mikromerit täcker något av kraven i &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>No micro-credential covers any of the requirements in &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="223"/>
        <source>{0} krav</source>
        <translation>{0} requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="234"/>
        <source>{0} av kursens {1} krav ingår i mikromeriten</source>
        <translation>{0} of the course’s {1} requirements are in the micro-credential</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_stacking.py" line="238"/>
        <source>(inga krav i biblioteket)</source>
        <translation>(no requirements in the library)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="100"/>
        <source>Mikromeriter</source>
        <translation>Micro-credentials</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="103"/>
        <source>Antal mikromeriter</source>
        <translation>Number of micro-credentials</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="116"/>
        <source>Definitioner</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="117"/>
        <source>Stapelbarhet</source>
        <translation>Stackability</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="124"/>
        <source>Mikromeriter i biblioteket</source>
        <translation>Micro-credentials in the library</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="125"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="125"/>
        <source>EU-uppgifter</source>
        <translation>EU details</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="134"/>
        <source>Obligatoriska uppgifter enligt EU:s rådsrekommendation om mikromeriter</source>
        <translation>Mandatory details under the EU Council Recommendation on micro-credentials</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="136"/>
        <source>Mikro&amp;meriter:</source>
        <translation>&amp;Micro-credentials:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="138"/>
        <source>&amp;Ny</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="238"/>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="139"/>
        <source>Ny mikromerit</source>
        <translation>New micro-credential</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="140"/>
        <source>Ta &amp;bort …</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="141"/>
        <source>Ta bort den valda mikromeriten</source>
        <translation>Remove the selected micro-credential</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="156"/>
        <source>Välj en mikromerit i listan, eller skapa en ny med Ny.</source>
        <translation>Choose a micro-credential in the list, or create one with New.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="168"/>
        <source>Saknade uppgifter</source>
        <translation>Missing details</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="170"/>
        <source>Uppgifter</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="173"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="174"/>
        <source>Spara mikromeriten</source>
        <translation>Save the micro-credential</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="175"/>
        <source>Sparar uppgifterna och kraven (Ctrl+S)</source>
        <translation>Saves the details and the requirements (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="176"/>
        <source>Åt&amp;erställ</source>
        <translation>Discard chan&amp;ges</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="177"/>
        <source>Släpp osparade ändringar</source>
        <translation>Discard unsaved changes</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="179"/>
        <source>Sparat eller inte</source>
        <translation>Saved or not</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="211"/>
        <source>K&amp;od</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="211"/>
        <source>Unik kod i biblioteket, t.ex. MK-USK-HYG (bokstäver, siffror, bindestreck).</source>
        <translation>A code unique in the library, e.g. MK-USK-HYG (letters, digits, hyphens).</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="214"/>
        <source>Obligatoriska uppgifter (EU:s rådsrekommendation om mikromeriter, bilaga I)</source>
        <translation>Mandatory details (EU Council Recommendation on micro-credentials, Annex I)</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="216"/>
        <source>Deltagaren och utfärdandedatum – två av de elva obligatoriska uppgifterna – hämtas från ärendet när mikromeriten utfärdas.</source>
        <translation>The participant and the date of issue – two of the eleven mandatory details – are taken from the case when the micro-credential is issued.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="219"/>
        <source>Om deltagare och datum</source>
        <translation>About participant and date</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="226"/>
        <source>Frivilliga uppgifter</source>
        <translation>Optional details</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="229"/>
        <source>Fyll i från kra&amp;ven</source>
        <translation>Fill in &amp;based on requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="230"/>
        <source>Föreslå texten Kan byggas på till från kraven</source>
        <translation>Suggest the Can be stacked into text from the requirements</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="118"/>
        <source>saknar {0}</source>
        <translation>missing {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="118"/>
        <source>kompletta</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="127"/>
        <source>kan inte utfärdas</source>
        <translation>cannot be issued</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="130"/>
        <source>Alla obligatoriska uppgifter är ifyllda</source>
        <translation>All mandatory details are filled in</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="134"/>
        <source>{0} i biblioteket · {1} saknar obligatoriska uppgifter</source>
        <translation>{0} in the library · {1} missing mandatory details</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="238"/>
        <source>Ny mikromerit: {0}</source>
        <translation>New micro-credential: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="243"/>
        <source>mikromeriten kan inte utfärdas förrän de är ifyllda.</source>
        <translation>the micro-credential cannot be issued until they are filled in.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="246"/>
        <source>Alla obligatoriska uppgifter är ifyllda, men inga krav är valda: utan krav kan mikromeriten aldrig bli intjänad.</source>
        <translation>All mandatory details are filled in, but no requirements are chosen: without requirements the micro-credential can never be earned.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="250"/>
        <source>Alla obligatoriska uppgifter är ifyllda; mikromeriten kan utfärdas när kraven är uppfyllda.</source>
        <translation>All mandatory details are filled in; the micro-credential can be issued once its requirements are met.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="257"/>
        <source>Krav ({0})</source>
        <translation>Requirements ({0})</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="261"/>
        <source>Inte sparad ännu.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="263"/>
        <source>Osparade ändringar – spara med Spara (Ctrl+S).</source>
        <translation>Unsaved changes – save with Save (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="265"/>
        <source>Sparad.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="278"/>
        <source>den nya mikromeriten</source>
        <translation>the new micro-credential</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="330"/>
        <source>Sparades inte: ange en kod för mikromeriten, t.ex. MK-USK-HYG.</source>
        <translation>Not saved: enter a code for the micro-credential, e.g. MK-USK-HYG.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="337"/>
        <source>Spara mikromerit {0}</source>
        <translation>Save micro-credential {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="345"/>
        <source>Sparat som utkast: {0}. {1} obligatoriska uppgifter saknas, så den kan inte utfärdas än.</source>
        <translation>Saved as a draft: {0}. {1} mandatory details are missing, so it cannot be issued yet.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="348"/>
        <source>Sparat: {0}. Alla obligatoriska uppgifter är ifyllda.</source>
        <translation>Saved: {0}. All mandatory details are filled in.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="362"/>
        <source>Ta bort mikromerit {0}</source>
        <translation>Remove micro-credential {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="365"/>
        <source>Borttagen: {0}. Ångra med Ctrl+Z.</source>
        <translation>Removed: {0}. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="366"/>
        <source>Borttagen: {0}.</source>
        <translation>Removed: {0}.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="390"/>
        <source>Sparades inte: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_editor.py" line="398"/>
        <source>Sparat: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="288"/>
        <source>Ta bort mikromerit</source>
        <translation>Remove micro-credential</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="289"/>
        <source>Ta bort mikromeriten {0} ur biblioteket? Redan utfärdade intyg påverkas inte.</source>
        <translation>Remove the micro-credential {0} from the library? Certificates already issued are not affected.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="294"/>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/micro_credential_layout.py" line="295"/>
        <source>{0} har ändringar som inte är sparade.</source>
        <translation>{0} has changes that are not saved.</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="112"/>
        <source>Ingen säkerhetskopia innehåller uppgifterna längre.</source>
        <translation>No backup contains the data any more.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="114"/>
        <source>Obs: en äldre säkerhetskopia, tagen innan, innehåller fortfarande uppgifterna:</source>
        <translation>Note: an older backup, taken before, still contains the data:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="116"/>
        <source>Obs: {0} äldre säkerhetskopior, tagna innan, innehåller fortfarande uppgifterna:</source>
        <translation>Note: {0} older backups, taken before, still contain the data:</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="118"/>
        <source>De dagliga kopiorna (koll-…) byts ut efter hand: KoLL sparar de {0} senaste.</source>
        <translation>The daily copies (koll-…) are replaced over time: KoLL keeps the latest {0}.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="122"/>
        <source> Andra kopior (till exempel fore-migrering-…) finns kvar tills någon tar bort dem.</source>
        <translation> Other copies (for example fore-migrering-…) stay until someone removes them.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="124"/>
        <source> Ska uppgifterna bort direkt: ta bort filerna i mappen med säkerhetskopior.</source>
        <translation> If the data must go at once, delete those files in the backup folder.</translation>
    </message>
    <message>
        <location filename="../../koll_desktop/ui/privacy.py" line="256"/>
        <source>Välj mapp för registerutdraget</source>
        <translation>Choose a folder for the access export</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../koll_desktop/ui/undo.py" line="38"/>
        <source>Ångrat: {0}</source>
        <translation>Undone: {0}</translation>
    </message>
</context>
</TS>
