<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../planner/ui/shell/about.py" line="37"/>
        <source>About Account Planner</source>
        <translation>Über Account Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/about.py" line="41"/>
        <source>Account Planner</source>
        <translation>Account Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/about.py" line="46"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/about.py" line="47"/>
        <source>Key-account planning for the customers you already have.</source>
        <translation>Key-Account-Planung für die Kunden, die Sie schon haben.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/about.py" line="62"/>
        <source>not kept (test run)</source>
        <translation>nicht gespeichert (Testlauf)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/about.py" line="64"/>
        <source>Open portfolio:</source>
        <translation>Geöffnetes Portfolio:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/about.py" line="65"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/about.py" line="66"/>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/about.py" line="68"/>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/about.py" line="73"/>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/about.py" line="76"/>
        <source>Show the portfolio&apos;s folder</source>
        <translation>Portfolio-Ordner anzeigen</translation>
    </message>
</context>
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../../planner/ui/widgets/account_box.py"/>
        <source>Type part of the name</source>
        <translation>Teil des Namens eingeben</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../planner/ui/portfolio/account_page.py" line="49"/>
        <source>Edit account…</source>
        <translation>Kunde bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/account_page.py" line="51"/>
        <source>Add product…</source>
        <translation>Produkt hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/account_page.py" line="55"/>
        <source>Add contact…</source>
        <translation>Kontakt hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/account_page.py" line="222"/>
        <source>Holdings (%1)</source>
        <translation>Produkte (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/account_page.py" line="223"/>
        <source>Contacts (%1)</source>
        <translation>Kontakte (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/account_page.py" line="225"/>
        <source>Profile and notes</source>
        <translation>Profil und Notizen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/account_page.py" line="251"/>
        <source>nothing noted yet</source>
        <translation>noch nichts notiert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/account_page.py" line="259"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/account_page.py" line="259"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Overview (%1)</source>
        <translation>Überblick (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>QBRs (%1)</source>
        <translation>QBRs (%1)</translation>
    </message>
    <message>
        <source>Read only: owned by %1</source>
        <translation>Nur lesen: betreut von %1</translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <location filename="../../planner/ui/qbr/qbr_actions.py" line="65"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_actions.py" line="65"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_actions.py" line="65"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_actions.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_actions.py" line="67"/>
        <source>Agreed on</source>
        <translation>Vereinbart am</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="42"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="43"/>
        <source>Before an import</source>
        <translation>Vor Import</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="44"/>
        <source>Before an upgrade</source>
        <translation>Vor Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="45"/>
        <source>Before a restore</source>
        <translation>Vor Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="46"/>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="59"/>
        <source>{path}
is damaged: its integrity check failed. It was not changed.</source>
        <translation>{path}
ist beschädigt: Die Integritätsprüfung ist fehlgeschlagen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="62"/>
        <source>{path}
needs a backup before this change (an upgrade or an import), but none could be written. It was not changed.</source>
        <translation>{path}
braucht vor dieser Änderung (einer Aktualisierung oder einem Import) eine Sicherung, aber sie ließ sich nicht schreiben. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="202"/>
        <source>This backup is damaged itself; choose an older one.
%1</source>
        <translation>Diese Sicherung ist selbst beschädigt; wählen Sie eine ältere.
%1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="206"/>
        <source>This backup was taken by a newer version of Account Planner.</source>
        <translation>Diese Sicherung stammt von einer neueren Version von Account Planner.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="209"/>
        <source>The backup could not be restored:
%1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden:
%1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="229"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="236"/>
        <source>The portfolio is damaged</source>
        <translation>Das Portfolio ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="238"/>
        <source>The portfolio is damaged. Its newest good backup, from %1, holds %2 accounts.</source>
        <translation>Das Portfolio ist beschädigt. Seine neueste intakte Sicherung vom %1 enthält %2 Kunden.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="241"/>
        <source>Restore it? The damaged file is kept in the backups folder.</source>
        <translation>Wiederherstellen? Die beschädigte Datei bleibt im Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="244"/>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>{path}
is open in Account Planner on the computer “{computer}”; close it there first.</source>
        <translation>{path}
ist in Account Planner auf dem Rechner „{computer}“ geöffnet; schließen Sie es zuerst dort.</translation>
    </message>
    <message>
        <source>{path}
is open in another Account Planner window on this computer, or in a command that is still running; close it there first.</source>
        <translation>{path}
ist in einem anderen Fenster von Account Planner auf diesem Rechner geöffnet oder in einem Befehl, der noch läuft; schließen Sie es zuerst dort.</translation>
    </message>
    <message>
        <source>{path}
is open in another Account Planner window or on another computer; close it there first.</source>
        <translation>{path}
ist in einem anderen Fenster von Account Planner oder auf einem anderen Rechner geöffnet; schließen Sie es zuerst dort.</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../../planner/ui/qbr/briefing_chart.py" line="23"/>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="166"/>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="253"/>
        <source>Product breadth</source>
        <translation>Produktbreite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_chart.py" line="24"/>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="167"/>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="254"/>
        <source>Usage intensity</source>
        <translation>Nutzungsintensität</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_chart.py" line="59"/>
        <source>1 account</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_chart.py" line="59"/>
        <source>%1 accounts</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_chart.py" line="80"/>
        <source>This customer is not in the matrix yet: it needs products and usage.</source>
        <translation>Dieser Kunde steht noch nicht in der Matrix: Dafür braucht er Produkte und Nutzungsdaten.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="24"/>
        <source>Each bubble is an account of the book, its size the revenue potential. %1 is outlined; the line shows its path quarter by quarter.</source>
        <translation>Jede Blase ist ein Kunde des Portfolios, ihre Größe das Umsatzpotenzial. %1 ist umrandet; die Linie zeigt seinen Weg Quartal für Quartal.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="29"/>
        <source>First point: %1.</source>
        <translation>Erster Punkt: %1.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="33"/>
        <source>Customer-Performance-Matrix</source>
        <translation>Customer-Performance-Matrix</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="40"/>
        <source>Holdings</source>
        <translation>Produkte im Bestand</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="42"/>
        <source>The customer holds none of our products yet.</source>
        <translation>Der Kunde hat noch keines unserer Produkte.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="52"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="53"/>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="189"/>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="235"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="54"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="55"/>
        <source>Seats in use</source>
        <translation>Genutzte Plätze</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="56"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="57"/>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="164"/>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="251"/>
        <source>Revenue per year</source>
        <translation>Umsatz pro Jahr</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="58"/>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="60"/>
        <source>Usage: the latest three months against the expected level.</source>
        <translation>Nutzung: die letzten drei Monate gegenüber dem erwarteten Niveau.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="66"/>
        <source>Whitespace</source>
        <translation>Whitespace</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="68"/>
        <source>median of comparable customers</source>
        <translation>Median vergleichbarer Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="69"/>
        <source>median of the segment</source>
        <translation>Median des Segments</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="70"/>
        <source>median of all customers</source>
        <translation>Median aller Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="71"/>
        <source>list price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="80"/>
        <source>%1 potential users without a seat</source>
        <translation>%1 potenzielle Nutzer ohne lizenzierten Platz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="87"/>
        <source>the seat price the customer pays</source>
        <translation>der Preis pro Platz, den der Kunde zahlt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="92"/>
        <source>No whitespace: the customer holds every relevant product.</source>
        <translation>Kein Whitespace: Der Kunde hat jedes relevante Produkt.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="95"/>
        <source>Not yet bought</source>
        <translation>Noch nicht gekauft</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="96"/>
        <source>Value per year</source>
        <translation>Wert pro Jahr</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="97"/>
        <source>Valued at</source>
        <translation>Bewertet mit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="99"/>
        <source>Revenue potential: %1</source>
        <translation>Umsatzpotenzial: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="101"/>
        <source>(at most what is left of the wallet)</source>
        <translation>(höchstens der Rest des Kundenbudgets)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="106"/>
        <source>Moments and plays</source>
        <translation>Anlässe und Vorgehen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="109"/>
        <source>No open moment: nothing calls for action right now.</source>
        <translation>Kein offener Anlass: Im Moment ist nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="119"/>
        <source>Moment</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="119"/>
        <source>Why now</source>
        <translation>Warum jetzt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="119"/>
        <source>Play</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="124"/>
        <source>Stakeholders</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="126"/>
        <source>No contacts recorded yet.</source>
        <translation>Noch keine Kontakte erfasst.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="132"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="136"/>
        <source>Name and role</source>
        <translation>Name und Funktion</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="137"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="138"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="139"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="140"/>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="170"/>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="255"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="141"/>
        <source>Last touch</source>
        <translation>Letzter Kontaktpunkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="146"/>
        <source>Departments without a contact (common among comparable customers): %1</source>
        <translation>Abteilungen ohne Kontakt (bei vergleichbaren Kunden üblich): %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="149"/>
        <source>Regions the customer operates in without a contact: %1</source>
        <translation>Regionen des Kunden ohne Kontakt: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="155"/>
        <source>Recent touches</source>
        <translation>Letzte Kontaktpunkte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="157"/>
        <source>No touches logged yet.</source>
        <translation>Noch keine Kontaktpunkte erfasst.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="167"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="168"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="169"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="170"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="171"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="177"/>
        <source>Actions from the last QBRs</source>
        <translation>Maßnahmen aus den letzten QBRs</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="179"/>
        <source>No actions from earlier QBRs are open.</source>
        <translation>Aus früheren QBRs ist keine Maßnahme offen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="186"/>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="234"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="187"/>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="234"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="188"/>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="234"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="190"/>
        <source>Agreed at the QBR of</source>
        <translation>Vereinbart im QBR vom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="210"/>
        <source>Drafted from the figures: to be agreed.</source>
        <translation>Entwurf aus den Kennzahlen, noch abzustimmen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="216"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="218"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="228"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="236"/>
        <source>Actions agreed</source>
        <translation>Vereinbarte Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_details.py" line="242"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_document.py" line="120"/>
        <source>QBR briefing %1 %2</source>
        <translation>QBR-Briefing %1 %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_document.py" line="129"/>
        <source>QBR %1</source>
        <translation>QBR %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_document.py" line="130"/>
        <source>prepared %1</source>
        <translation>erstellt am %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_document.py" line="145"/>
        <source>The printer or file cannot be written.</source>
        <translation>Auf den Drucker oder in die Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_document.py" line="176"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_print.py" line="73"/>
        <source>Save the briefing as PDF</source>
        <translation>Briefing als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_print.py" line="74"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="80"/>
        <source>No QBR planned yet: prepared on %1</source>
        <translation>Noch kein QBR geplant, erstellt am %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="88"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="86"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="86"/>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="90"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="90"/>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="92"/>
        <source>QBR on %1 (%2) · %3</source>
        <translation>QBR am %1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="103"/>
        <source>%1 employees</source>
        <translation>%1 Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="104"/>
        <source>Account manager: %1</source>
        <translation>Betreuer: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="121"/>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="123"/>
        <source>not yet named</source>
        <translation>noch nicht benannt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="125"/>
        <source>Customer attendees</source>
        <translation>Teilnehmer beim Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="126"/>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="127"/>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="132"/>
        <source>QBR briefing · confidential</source>
        <translation>QBR-Briefing · vertraulich</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="146"/>
        <source>%1 (%2 of %3 products)</source>
        <translation>%1 (%2 von %3 Produkten)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="155"/>
        <source>%1 (answers: %2)</source>
        <translation>%1 (Antworten: %2)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="159"/>
        <source>%1 in %2 against %3</source>
        <translation>%1 im %2 gegenüber %3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="165"/>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="252"/>
        <source>Share of wallet</source>
        <translation>Anteil am Kundenbudget</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="168"/>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="169"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="171"/>
        <source>Net dollar retention</source>
        <translation>Umsatzbindung netto (NDR)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="172"/>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="256"/>
        <source>Revenue potential</source>
        <translation>Umsatzpotenzial</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="173"/>
        <source>Journey phase</source>
        <translation>Journey-Phase</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="185"/>
        <source>Play: %1 – run by: %2</source>
        <translation>Vorgehen: %1 – zuständig: %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="192"/>
        <source>Revenue by quarter</source>
        <translation>Umsatz je Quartal</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="194"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="213"/>
        <source>What changed since the last QBR</source>
        <translation>Was sich seit dem letzten QBR geändert hat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="216"/>
        <source>No QBR has been held with this customer yet.</source>
        <translation>Mit diesem Kunden hat noch kein QBR stattgefunden.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="218"/>
        <source>What changed since the last QBR (%1)</source>
        <translation>Was sich seit dem letzten QBR geändert hat (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="222"/>
        <source>That QBR kept no snapshot of the figures: only the products bought since are known.</source>
        <translation>Von jenem QBR gibt es keinen Stand der Kennzahlen: Bekannt sind nur die seitdem gekauften Produkte.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="228"/>
        <source>Moved from %1 to %2</source>
        <translation>Von %1 zu %2 gewechselt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="236"/>
        <source>Still in the quadrant %1</source>
        <translation>Weiterhin im Quadranten %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="239"/>
        <source>Products won: %1</source>
        <translation>Gewonnene Produkte: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="240"/>
        <source>Products lost: %1</source>
        <translation>Verlorene Produkte: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="241"/>
        <source>New contacts: %1</source>
        <translation>Neue Kontakte: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="242"/>
        <source>Contacts gone: %1</source>
        <translation>Nicht mehr dabei: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="247"/>
        <source>No products won or lost, no contacts new or gone.</source>
        <translation>Keine Produkte gewonnen oder verloren, keine Kontakte neu oder gegangen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="259"/>
        <source>At the QBR of %1</source>
        <translation>Beim QBR vom %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="261"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="261"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="272"/>
        <source>Success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="273"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="274"/>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_sections.py" line="282"/>
        <source>What the customer wants to achieve</source>
        <translation>Was der Kunde erreichen will</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/briefing_document.py" line="233"/>
        <source>The PDF file was not written whole.</source>
        <translation>Die PDF-Datei wurde nicht vollständig geschrieben.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../planner/ui/portfolio/bulk_edit.py" line="32"/>
        <source>Edit %1 accounts</source>
        <translation>%1 Kunden bearbeiten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/bulk_edit.py" line="38"/>
        <source>computed from revenue and potential</source>
        <translation>berechnet aus Umsatz und Potenzial</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/bulk_edit.py" line="42"/>
        <source>Why this tier (kept with it)</source>
        <translation>Warum diese Stufe (wird mit gespeichert)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/bulk_edit.py" line="57"/>
        <source>One step: Undo puts every account back as it was.</source>
        <translation>Ein Schritt: Rückgängig stellt jeden Kunden wieder her.</translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="110"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="112"/>
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 von %Ln Kunde</numerusform>
            <numerusform>%1 von %Ln Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="62"/>
        <location filename="../../planner/ui/widgets/columns.py" line="100"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="63"/>
        <location filename="../../planner/ui/widgets/columns.py" line="118"/>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="66"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="71"/>
        <source>Tier set by hand</source>
        <translation>Stufe von Hand gesetzt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="73"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="74"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="76"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="78"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="79"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="80"/>
        <location filename="../../planner/ui/widgets/columns.py" line="106"/>
        <location filename="../../planner/ui/widgets/columns.py" line="141"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="81"/>
        <source>Wallet</source>
        <translation>Kundenbudget</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="84"/>
        <source>Share of wallet</source>
        <translation>Anteil am Kundenbudget</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="89"/>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="90"/>
        <source>Last touch</source>
        <translation>Letzter Kontaktpunkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="101"/>
        <location filename="../../planner/ui/widgets/columns.py" line="136"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="102"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="103"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="104"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="105"/>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="107"/>
        <source>Usage metric</source>
        <translation>Nutzungsmetrik</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="117"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="119"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="120"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="121"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="122"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="123"/>
        <source>Last NPS</source>
        <translation>Letzter NPS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="124"/>
        <source>Answered on</source>
        <translation>Beantwortet am</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="125"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="126"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="137"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="138"/>
        <source>Seats licensed</source>
        <translation>Lizenzierte Plätze</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="139"/>
        <source>Seats in use</source>
        <translation>Genutzte Plätze</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="140"/>
        <source>Usage limit</source>
        <translation>Nutzungslimit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="142"/>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="152"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="153"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="154"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="155"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="156"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="157"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/columns.py" line="158"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../planner/ui/widgets/journey_words.py" line="63"/>
        <source>%Ln trial(s), nothing bought yet</source>
        <translation>
            <numerusform>%Ln Testphase, kein Kauf</numerusform>
            <numerusform>%Ln Testphasen, kein Kauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/widgets/journey_words.py" line="65"/>
        <source>cancelled %Ln product(s), holds none now</source>
        <translation>
            <numerusform>%Ln Produkt gekündigt, nichts mehr aktiv</numerusform>
            <numerusform>%Ln Produkte gekündigt, nichts mehr aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/widgets/journey_words.py" line="66"/>
        <source>customer for %Ln day(s)</source>
        <translation>
            <numerusform>Kunde seit %Ln Tag</numerusform>
            <numerusform>Kunde seit %Ln Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageSettingsDialog</name>
    <message>
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="124"/>
        <source>Coverage settings</source>
        <translation>Einstellungen zur Abdeckung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="129"/>
        <source>Touch cadence</source>
        <translation>Kontaktrhythmus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="134"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="136"/>
        <source>Tier &amp;%1: touch every</source>
        <translation>Stufe &amp;%1: Kontakt alle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="138"/>
        <source>Tiers by value (Pareto)</source>
        <translation>Stufen nach Wert (Pareto)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="140"/>
        <source>Accounts ranked by value (revenue plus potential):</source>
        <translation>Kunden nach Wert sortiert (Umsatz plus Potenzial):</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="150"/>
        <source>Tier A: the largest, up to</source>
        <translation>Stufe A: die größten, bis zu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="152"/>
        <source>Tier C: the rest. A tier set by hand on an account stays.</source>
        <translation>Stufe C: der Rest. Eine von Hand gesetzte Stufe bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="151"/>
        <source>Tier B: up to</source>
        <translation>Stufe B: bis zu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="158"/>
        <source>Saved in the portfolio on OK. Settings are not steps of Edit &gt; Undo: to go back, set them again.</source>
        <translation>Wird mit OK im Portfolio gespeichert. Einstellungen sind keine Schritte von Bearbeiten &gt; Rückgängig: Um zurückzugehen, stellen Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>CoverageTables</name>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="42"/>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="65"/>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="72"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="76"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="82"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="89"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="97"/>
        <source>Last touch</source>
        <translation>Letzter Kontaktpunkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="105"/>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="145"/>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="113"/>
        <source>Cadence (days)</source>
        <translation>Rhythmus (Tage)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="123"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="129"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="137"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="160"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="168"/>
        <source>Never reached</source>
        <translation>Nie erreicht</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="176"/>
        <source>The one contact touched</source>
        <translation>Einziger erreichter Kontakt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="185"/>
        <source>Whole book</source>
        <translation>Gesamtes Portfolio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="189"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="196"/>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="203"/>
        <source>Revenue before</source>
        <translation>Umsatz vorher</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="211"/>
        <source>Expansion</source>
        <translation>Ausbau</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="219"/>
        <source>Contraction</source>
        <translation>Rückgang</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="227"/>
        <source>Churn</source>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="235"/>
        <source>NDR quarter</source>
        <translation>NDR Quartal</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="250"/>
        <source>NDR 12 months</source>
        <translation>NDR 12 Monate</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="187"/>
        <source>Needs revenue for %1</source>
        <translation>Braucht Umsatz für %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_tables.py" line="188"/>
        <source>%1 against %2: %3 then · +%4 expansion · −%5 contraction · −%6 churn</source>
        <translation>%1 gegen %2: %3 damals · +%4 Ausbau · −%5 Rückgang · −%6 Abwanderung</translation>
    </message>
</context>
<context>
    <name>CoverageTime</name>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="77"/>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="81"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="88"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="90"/>
        <source>Of time</source>
        <translation>Zeitanteil</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="92"/>
        <source>Of value</source>
        <translation>Wertanteil</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="94"/>
        <source>Gap</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="102"/>
        <source>No time logged in the last 12 months: log touches with minutes.</source>
        <translation>In den letzten 12 Monaten keine Zeit erfasst: Kontaktpunkte mit Minuten erfassen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="108"/>
        <source>Tier %1 takes %2 of your time for %3 of revenue.</source>
        <translation>Stufe %1 beansprucht %2 Ihrer Zeit bei %3 des Umsatzes.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="110"/>
        <source>Tier %1 gets %2 of your time for %3 of revenue.</source>
        <translation>Stufe %1 bekommt nur %2 Ihrer Zeit bei %3 des Umsatzes.</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="62"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="64"/>
        <source>Have you touched them all, and is your time where the value is?</source>
        <translation>Haben Sie alle kontaktiert, und steckt Ihre Zeit dort, wo der Wert liegt?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="67"/>
        <source>&amp;Tiers and cadences…</source>
        <translation>&amp;Stufen und Rhythmus…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="81"/>
        <source>Never touched first, then the most overdue. Enter or double-click: open the account.</source>
        <translation>Nie kontaktierte zuerst, dann die am längsten überfälligen. Enter oder Doppelklick: Kunden öffnen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="90"/>
        <source>Every touch reached the same person: if they leave, nobody there knows you.</source>
        <translation>Jeder Kontaktpunkt erreichte dieselbe Person: Geht sie, kennt Sie dort niemand mehr.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="97"/>
        <source>NDR: (revenue before + expansion − contraction − churn) / revenue before, over the accounts with revenue before: over 12 months a quarter against the same quarter a year before, per quarter against the quarter before.</source>
        <translation>NDR: (Umsatz vorher + Ausbau − Rückgang − Abwanderung) / Umsatz vorher, über die Kunden mit Umsatz vorher: über 12 Monate ein Quartal gegen dasselbe Quartal ein Jahr zuvor, je Quartal gegen das Quartal davor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage/coverage_view.py" line="160"/>
        <source>%Ln account(s) past their cadence</source>
        <translation>
            <numerusform>%Ln Kunde über dem Kontaktrhythmus</numerusform>
            <numerusform>%Ln Kunden über dem Kontaktrhythmus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="162"/>
        <source>Every account was touched within its cadence.</source>
        <translation>Jeder Kunde wurde innerhalb seines Rhythmus kontaktiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage/coverage_view.py" line="168"/>
        <source>%Ln next step(s) due today or overdue</source>
        <translation>
            <numerusform>%Ln nächster Schritt heute fällig oder überfällig</numerusform>
            <numerusform>%Ln nächste Schritte heute fällig oder überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="170"/>
        <source>No next step is due.</source>
        <translation>Kein nächster Schritt ist fällig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage/coverage_view.py" line="173"/>
        <source>%Ln account(s) reached through one contact only</source>
        <translation>
            <numerusform>%Ln Kunde nur über einen Kontakt erreicht</numerusform>
            <numerusform>%Ln Kunden nur über einen Kontakt erreicht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="175"/>
        <source>No account hangs on a single contact.</source>
        <translation>Kein Kunde hängt an einem einzigen Kontakt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage/coverage_view.py" line="179"/>
        <source>A trailing figure: it can look fine while %Ln account(s) go untouched.</source>
        <translation>
            <numerusform>Eine nachlaufende Kennzahl: Sie kann gut aussehen, während %Ln Kunde nicht kontaktiert wird.</numerusform>
            <numerusform>Eine nachlaufende Kennzahl: Sie kann gut aussehen, während %Ln Kunden nicht kontaktiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="187"/>
        <source>Past their cadence</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="187"/>
        <source>Next steps due</source>
        <translation>Fällige nächste Schritte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="187"/>
        <source>Time and value</source>
        <translation>Zeit und Wert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="188"/>
        <source>Single-threaded</source>
        <translation>Nur ein Kontakt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="188"/>
        <source>Net dollar retention</source>
        <translation>Umsatzbindung netto (NDR)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="207"/>
        <source>No net dollar retention yet: it needs revenue of two quarters.</source>
        <translation>Noch keine Umsatzbindung netto (NDR): Dafür braucht es Umsatz aus zwei Quartalen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="208"/>
        <source>NDR 12 months to %1: %2 · +%3 expansion · −%4 contraction · −%5 churn</source>
        <translation>NDR 12 Monate bis %1: %2 · +%3 Ausbau · −%4 Rückgang · −%5 Abwanderung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="226"/>
        <source>NDR 12 months: needs revenue for %1</source>
        <translation>NDR 12 Monate: braucht Umsatz für %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_view.py" line="240"/>
        <source>Quarter over quarter (%1): %2</source>
        <translation>Quartal zu Quartal (%1): %2</translation>
    </message>
    <message>
        <source>Coverage is missing data</source>
        <translation>Der Abdeckung fehlen Daten</translation>
    </message>
    <message>
        <source>Single-threaded accounts cannot be found yet</source>
        <translation>Kunden mit nur einem Kontakt lassen sich noch nicht finden</translation>
    </message>
    <message>
        <source>Net dollar retention is figured from revenue per quarter</source>
        <translation>Die Umsatzbindung netto (NDR) wird aus dem Umsatz pro Quartal berechnet</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Noch keine Kunden.</translation>
    </message>
    <message>
        <source>No touches yet, so no next steps.</source>
        <translation>Noch keine Kontaktpunkte, also keine nächsten Schritte.</translation>
    </message>
    <message>
        <source>Not known yet.</source>
        <translation>Noch nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>DailyBackups</name>
    <message>
        <location filename="../../planner/ui/shell/daily_backup.py" line="49"/>
        <source>Backing up the portfolio…</source>
        <translation>Das Portfolio wird gesichert…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/daily_backup.py" line="66"/>
        <source>The day&apos;s backup could not be taken (%1). Trying again within the hour.</source>
        <translation>Die heutige Sicherung konnte nicht angelegt werden (%1). Neuer Versuch innerhalb einer Stunde.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/daily_backup.py" line="73"/>
        <source>The day&apos;s backup of the portfolio could not be taken:
%1

Your portfolio itself is unchanged. Account Planner tries again within the hour; please check that the disk has room and that this folder can be written:
%2</source>
        <translation>Die heutige Sicherung des Portfolios konnte nicht angelegt werden:
%1

Ihr Portfolio selbst ist unverändert. Account Planner versucht es innerhalb einer Stunde erneut; bitte prüfen Sie, ob auf dem Datenträger Platz ist und ob in diesen Ordner geschrieben werden kann:
%2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/daily_backup.py" line="80"/>
        <source>No backup today</source>
        <translation>Heute keine Sicherung</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>holdings</source>
        <translation>Produktbestände</translation>
    </message>
    <message>
        <source>usage per month</source>
        <translation>Nutzung pro Monat</translation>
    </message>
    <message>
        <source>revenue per quarter</source>
        <translation>Umsatz pro Quartal</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS-Antworten</translation>
    </message>
    <message>
        <source>touches</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Save a template and fill it in, or export the same columns from your CRM or Excel; then import the file (or drop it on this window).</source>
        <translation>Speichern Sie eine Vorlage und füllen Sie sie aus, oder exportieren Sie dieselben Spalten aus Ihrem CRM oder Excel; dann importieren Sie die Datei (oder ziehen sie auf dieses Fenster).</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this note until other data is missing</source>
        <translation>Diesen Hinweis ausblenden, bis andere Daten fehlen</translation>
    </message>
    <message>
        <source>It needs %1. Not in this portfolio yet: %2.</source>
        <translation>Benötigt werden %1. Noch nicht in diesem Portfolio: %2.</translation>
    </message>
    <message>
        <source>It needs %1, and this portfolio has none yet.</source>
        <translation>Benötigt werden %1; davon ist noch nichts in diesem Portfolio.</translation>
    </message>
    <message>
        <source>Save the template…</source>
        <translation>Vorlage speichern…</translation>
    </message>
    <message>
        <source>Save templates…</source>
        <translation>Vorlagen speichern…</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../planner/ui/widgets/moment_dialogs.py" line="26"/>
        <source>Snooze moment</source>
        <translation>Anlass zurückstellen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_dialogs.py" line="26"/>
        <source>Dismiss moment</source>
        <translation>Anlass verwerfen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_dialogs.py" line="31"/>
        <source>It comes back on that day, or earlier when its figures change.</source>
        <translation>Der Anlass erscheint an diesem Tag wieder – oder früher, wenn sich seine Zahlen ändern.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_dialogs.py" line="32"/>
        <source>It comes back only when its figures change.</source>
        <translation>Der Anlass erscheint erst wieder, wenn sich seine Zahlen ändern.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_dialogs.py" line="43"/>
        <source>Waiting for the customer</source>
        <translation>Warten auf den Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_dialogs.py" line="43"/>
        <source>After their budget round</source>
        <translation>Nach der Budgetrunde des Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_dialogs.py" line="45"/>
        <source>Not relevant for this customer</source>
        <translation>Für diesen Kunden nicht relevant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_dialogs.py" line="45"/>
        <source>Already in progress</source>
        <translation>Läuft bereits</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_dialogs.py" line="46"/>
        <source>Customer said no for now</source>
        <translation>Kunde hat vorerst abgelehnt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_dialogs.py" line="46"/>
        <source>Wrong data</source>
        <translation>Falsche Daten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_dialogs.py" line="49"/>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_dialogs.py" line="50"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_dialogs.py" line="55"/>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_dialogs.py" line="55"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../planner/ui/widgets/editing.py" line="30"/>
        <source>dismiss moment %1</source>
        <translation>Anlass %1 verwerfen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/editing.py" line="31"/>
        <source>snooze moment %1</source>
        <translation>Anlass %1 zurückstellen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/editing.py" line="32"/>
        <source>decide on moment %1</source>
        <translation>über Anlass %1 entscheiden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/editing.py" line="38"/>
        <source>move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/editing.py" line="40"/>
        <source>new %1 %2</source>
        <translation>%1 %2 anlegen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/editing.py" line="43"/>
        <source>delete %1 records</source>
        <translation>%1 Einträge löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/editing.py" line="44"/>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/editing.py" line="49"/>
        <source>edit %1 of %2 records</source>
        <translation>%1 von %2 Einträgen ändern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/editing.py" line="50"/>
        <source>edit %1 %2</source>
        <translation>%1: %2 ändern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/editing.py" line="77"/>
        <source>import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/editing.py" line="79"/>
        <source>undo import %1</source>
        <translation>Import %1 rückgängig</translation>
    </message>
    <message>
        <source>This account belongs to another key-account manager of your team: it is read-only here. Their changes arrive with the next sync.</source>
        <translation>Diesen Kunden betreut ein anderer Key-Account-Manager Ihres Teams; hier ist er nur lesbar. Dessen Änderungen kommen mit dem nächsten Abgleich.</translation>
    </message>
</context>
<context>
    <name>ErrorLog</name>
    <message>
        <location filename="../../planner/ui/shell/error_log.py" line="74"/>
        <source>What was saved before is safe; the change you were making was not saved.</source>
        <translation>Was vorher gespeichert war, ist sicher; die Änderung, die Sie gerade gemacht haben, wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/error_log.py" line="77"/>
        <source>Your portfolio is safe: every change is saved whole or not at all. Check whether your last change is there, and make it again if not.</source>
        <translation>Ihr Portfolio ist sicher: Jede Änderung wird ganz oder gar nicht gespeichert. Prüfen Sie, ob Ihre letzte Änderung da ist, und machen Sie sie sonst noch einmal.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/error_log.py" line="84"/>
        <source>A file could not be read or written:
%1
(%2)</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden:
%1
(%2)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/error_log.py" line="86"/>
        <source>Account Planner could not finish what you just did.</source>
        <translation>Account Planner konnte Ihren letzten Schritt nicht abschließen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/error_log.py" line="97"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/error_log.py" line="100"/>
        <source>You can keep working. If this happens again, send the details to your IT support; they are also kept in the log:
%1</source>
        <translation>Sie können weiterarbeiten. Wenn das wieder vorkommt, schicken Sie die Details an Ihren IT-Support; sie stehen auch im Protokoll:
%1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/error_log.py" line="108"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/error_log.py" line="119"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../planner/ui/widgets/export_view.py" line="32"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/export_view.py" line="33"/>
        <source>CSV for German Excel, semicolon and decimal comma (*.csv)</source>
        <translation>CSV für deutsches Excel, Semikolon und Dezimalkomma (*.csv)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/export_view.py" line="34"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/export_view.py" line="38"/>
        <location filename="../../planner/ui/widgets/export_view.py" line="49"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/export_view.py" line="62"/>
        <source>%1 could not be written:
%2</source>
        <translation>%1 konnte nicht geschrieben werden:
%2</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Your portfolio is empty: bring in the lists you already have</source>
        <translation>Ihr Portfolio ist noch leer: Übernehmen Sie die Listen, die Sie schon haben</translation>
    </message>
    <message>
        <source>Accounts from Excel or your CRM come first; then what they hold, how they use it, their contacts and your touches. Every workspace fills up as the data arrives.</source>
        <translation>Zuerst die Kunden aus Excel oder Ihrem CRM; dann ihre Produktbestände, wie sie die Produkte nutzen, ihre Kontakte und Ihre Kontaktpunkte. Jeder Arbeitsbereich füllt sich, sobald die Daten da sind.</translation>
    </message>
    <message>
        <source>Drop CSV or Excel files here</source>
        <translation>CSV- oder Excel-Dateien hierher ziehen</translation>
    </message>
    <message>
        <source>Exports from your CRM, Excel lists: the preview shows what each column becomes before anything is stored, and every import can be undone.</source>
        <translation>Exporte aus Ihrem CRM, Excel-Listen: Die Vorschau zeigt, was aus jeder Spalte wird, bevor etwas gespeichert ist, und jeder Import lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Save import templates…</source>
        <translation>Import-Vorlagen speichern…</translation>
    </message>
    <message>
        <source>Open the demo portfolio</source>
        <translation>Demo-Portfolio öffnen</translation>
    </message>
    <message>
        <source>Type in an account…</source>
        <translation>Kunden von Hand anlegen…</translation>
    </message>
    <message>
        <source>Not sure how the files should look?</source>
        <translation>Unsicher, wie die Dateien aussehen sollen?</translation>
    </message>
    <message>
        <source>An example file per kind of data, in German or English, with the columns the import recognises.</source>
        <translation>Eine Beispieldatei je Art von Daten, auf Deutsch oder Englisch, mit den Spalten, die der Import erkennt.</translation>
    </message>
    <message>
        <source>Just looking around?</source>
        <translation>Erst einmal umsehen?</translation>
    </message>
    <message>
        <source>The demo is a portfolio of its own with 300 made-up accounts; this one stays empty.</source>
        <translation>Die Demo ist ein eigenes Portfolio mit 300 erfundenen Kunden; dieses hier bleibt leer.</translation>
    </message>
    <message>
        <source>Only a few accounts?</source>
        <translation>Nur wenige Kunden?</translation>
    </message>
    <message>
        <source>Type them in; products and contacts follow on their tabs.</source>
        <translation>Legen Sie sie von Hand an; Produkte und Kontakte folgen auf ihren Reitern.</translation>
    </message>
    <message>
        <source>What each workspace needs</source>
        <translation>Was jeder Arbeitsbereich braucht</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Your accounts, products and contacts as lists.</source>
        <translation>Ihre Kunden, Produkte und Kontakte als Listen.</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Places each account by how many of your products it holds and how much it uses them.</source>
        <translation>Ordnet jeden Kunden danach ein, wie viele Ihrer Produkte er hat und wie stark er sie nutzt.</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Anlässe</translation>
    </message>
    <message>
        <source>The accounts to act on now, and why: falling usage, a promoter, a new department.</source>
        <translation>Die Kunden, bei denen Sie jetzt handeln sollten, und warum: sinkende Nutzung, ein Promotor, eine neue Abteilung.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Have you touched them all, and is your time where the value is?</source>
        <translation>Haben Sie alle kontaktiert, und steckt Ihre Zeit dort, wo der Wert liegt?</translation>
    </message>
    <message>
        <source>QBRs</source>
        <translation>QBRs</translation>
    </message>
    <message>
        <source>Quarterly business reviews and their briefings.</source>
        <translation>Quartalsgespräche (QBRs) und ihre Briefings.</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Whitespace, segments, campaign lists and goals.</source>
        <translation>Whitespace, Segmente, Kampagnenlisten und Ziele.</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Braucht %1.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The owners' books side by side: quadrants, coverage, NDR.</source>
        <translation>Die Bücher der Betreuer nebeneinander: Quadranten, Abdeckung, NDR.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="45"/>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="45"/>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="48"/>
        <source>Target %1</source>
        <translation>Umsatzziel %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="59"/>
        <source>(all accounts)</source>
        <translation>(alle Kunden)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="66"/>
        <source>from history (none yet)</source>
        <translation>aus der Historie (noch keine)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="68"/>
        <source>from history (%1)</source>
        <translation>aus der Historie (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="79"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="80"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="81"/>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="82"/>
        <source>Revenue &amp;target</source>
        <translation>&amp;Umsatzziel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="83"/>
        <source>&amp;Accounts of</source>
        <translation>&amp;Kunden von</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="84"/>
        <source>&amp;Deal size</source>
        <translation>&amp;Abschlusswert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="85"/>
        <source>&amp;Win rate (in sales to won)</source>
        <translation>&amp;Gewinnquote (im Vertrieb zu gewonnen)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="86"/>
        <source>&amp;Marketing-qualified need to in sales</source>
        <translation>&amp;Marketing-qualifizierter Bedarf zu im Vertrieb</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="87"/>
        <source>&amp;Raised to marketing-qualified need</source>
        <translation>&amp;Erfasst zu marketing-qualifiziertem Bedarf</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_form.py" line="105"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>as the stage weight (%1)</source>
        <translation>wie die Gewichtung des Reifegrads (%1)</translation>
    </message>
</context>
<context>
    <name>GoalFunnel</name>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="49"/>
        <source>Raised (any stage)</source>
        <translation>Erfasst (jede Stufe)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="51"/>
        <source>Revenue target</source>
        <translation>Umsatzziel</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="78"/>
        <source>&amp;New goal…</source>
        <translation>&amp;Neues Ziel…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="80"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="82"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="84"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="169"/>
        <source>Set a goal: a revenue target for a period, and see what it takes.</source>
        <translation>Legen Sie ein Ziel an – ein Umsatzziel für einen Zeitraum – und sehen Sie, was es braucht.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="178"/>
        <source>%1 to %2 · accounts of %3</source>
        <translation>%1 bis %2 · Kunden von %3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="181"/>
        <source>everyone</source>
        <translation>allen Betreuern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="185"/>
        <source>÷ deal size %1</source>
        <translation>÷ Abschlusswert %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="186"/>
        <source>÷ win rate %1</source>
        <translation>÷ Gewinnquote %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="187"/>
        <source>÷ need to sales %1</source>
        <translation>÷ Bedarf zu Vertrieb %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="188"/>
        <source>÷ raised to need %1</source>
        <translation>÷ erfasst zu Bedarf %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="209"/>
        <source>Gap %1: it needs %2 more won, %3 in sales, %4 at a marketing-qualified need and %5 raised.</source>
        <translation>Lücke %1: Es braucht noch %2 gewonnene, %3 im Vertrieb, %4 mit marketing-qualifiziertem Bedarf und %5 erfasste.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="231"/>
        <source>History: %1 opportunities raised, %2 reached a marketing-qualified need, %3 went to sales, %4 won and %5 lost. A lost one counts as lost in sales.</source>
        <translation>Bisher: %1 Verkaufschancen erfasst, %2 erreichten einen marketing-qualifizierten Bedarf, %3 gingen in den Vertrieb, %4 gewonnen und %5 verloren. Eine verlorene zählt als im Vertrieb verloren.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="192"/>
        <source>unknown: type it in</source>
        <translation>unbekannt: bitte eingeben</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="196"/>
        <source>typed in</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="196"/>
        <source>history</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="204"/>
        <source>Type in the missing rates under Edit… to see what the gap needs.</source>
        <translation>Geben Sie unter „Bearbeiten…“ die fehlenden Quoten ein, um zu sehen, was die Lücke erfordert.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="206"/>
        <source>No gap: the open pipeline covers the target.</source>
        <translation>Keine Lücke: Die offene Pipeline deckt das Ziel ab.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="214"/>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="214"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="215"/>
        <source>Chance to win</source>
        <translation>Gewinnchance</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/goals_funnel.py" line="215"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Closing inside the period: %1 won and %2 expected from the open pipeline, together %3 of the target.</source>
        <translation>Abschluss im Zeitraum: %1 gewonnen und %2 erwartet aus der offenen Pipeline, zusammen %3 des Ziels.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>The stage weights, as in the forecast: change them under Weights…</source>
        <translation>Die Gewichtung der Reifegrade wie in der Prognose: ändern unter „Gewichtung…“</translation>
    </message>
    <message>
        <source>Opportunities without a close date: %1, worth %2. Not counted until they have one.</source>
        <translation>Verkaufschancen ohne Abschlussdatum: %1 im Wert von %2. Sie zählen erst, wenn sie eines haben.</translation>
    </message>
    <message>
        <source>Opportunities closing outside the period: %1, worth %2.</source>
        <translation>Verkaufschancen mit Abschluss außerhalb des Zeitraums: %1 im Wert von %2.</translation>
    </message>
    <message>
        <source>stage weight</source>
        <translation>Gewichtung</translation>
    </message>
</context>
<context>
    <name>GrowthSteps</name>
    <message>
        <location filename="../../planner/ui/growth/segments_steps.py" line="16"/>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_steps.py" line="17"/>
        <source>smart list</source>
        <translation>Gespeicherte Liste</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_steps.py" line="18"/>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_steps.py" line="21"/>
        <source>edit relevant products of %1</source>
        <translation>Relevante Produkte von %1 ändern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_steps.py" line="24"/>
        <source>new %1 %2</source>
        <translation>%1 %2 anlegen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_steps.py" line="25"/>
        <source>delete %1 %2</source>
        <translation>%1 %2 löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_steps.py" line="26"/>
        <source>edit %1 %2</source>
        <translation>%1 %2 ändern</translation>
    </message>
</context>
<context>
    <name>GrowthWorkspace</name>
    <message>
        <location filename="../../planner/ui/growth/growth_workspace.py" line="32"/>
        <source>&amp;Whitespace</source>
        <translation>&amp;Whitespace</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/growth_workspace.py" line="33"/>
        <source>S&amp;egments</source>
        <translation>S&amp;egmente</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/growth_workspace.py" line="34"/>
        <source>Smart &amp;lists</source>
        <translation>Gespeicherte &amp;Listen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/growth_workspace.py" line="35"/>
        <source>&amp;Goal funnel</source>
        <translation>&amp;Ziel-Trichter</translation>
    </message>
    <message>
        <source>Whitespace is missing data</source>
        <translation>Dem Whitespace fehlen Daten</translation>
    </message>
    <message>
        <source>No opportunities yet: the funnel has no history</source>
        <translation>Noch keine Verkaufschancen: Dem Trichter fehlt die Historie</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../planner/ui/shell/help_menu.py" line="27"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/help_menu.py" line="30"/>
        <source>&amp;About Account Planner</source>
        <translation>Ü&amp;ber Account Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/help_menu.py" line="33"/>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/help_menu.py" line="37"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/help_menu.py" line="38"/>
        <source>The folder with the log of errors, for your IT support</source>
        <translation>Der Ordner mit dem Fehlerprotokoll, für Ihren IT-Support</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="14"/>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="15"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="16"/>
        <source>Products held by accounts</source>
        <translation>Produkte der Kunden (Bestand)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="17"/>
        <source>Usage per month</source>
        <translation>Nutzung pro Monat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="18"/>
        <source>Revenue per quarter</source>
        <translation>Umsatz pro Quartal</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="19"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="20"/>
        <source>NPS answers</source>
        <translation>NPS-Antworten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="21"/>
        <source>Touches (calls, meetings, visits)</source>
        <translation>Kontaktpunkte (Anrufe, Termine, Besuche)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="27"/>
        <source>Key / external ID</source>
        <translation>Schlüssel / externe ID</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="29"/>
        <source>Web domain</source>
        <translation>Web-Domain</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="30"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="31"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="32"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="33"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="34"/>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="35"/>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="36"/>
        <source>Potential users</source>
        <translation>Potenzielle Nutzer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="37"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="38"/>
        <source>Wallet per year</source>
        <translation>Kundenbudget pro Jahr</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="39"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="40"/>
        <source>Tier (A/B/C)</source>
        <translation>Stufe (A/B/C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="41"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="42"/>
        <source>Product family</source>
        <translation>Produktfamilie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="43"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="44"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="45"/>
        <source>Usage metric</source>
        <translation>Nutzungsmetrik</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="46"/>
        <location filename="../../planner/ui/importing/import_labels.py" line="58"/>
        <source>Expected usage</source>
        <translation>Erwartete Nutzung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="47"/>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="48"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="50"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="51"/>
        <source>Seats licensed</source>
        <translation>Lizenzierte Plätze</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="52"/>
        <source>Seats in use</source>
        <translation>Genutzte Plätze</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="53"/>
        <source>Renewal date</source>
        <translation>Verlängerung am</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="54"/>
        <source>Usage limit</source>
        <translation>Nutzungslimit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="55"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="56"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="57"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="59"/>
        <source>Active users</source>
        <translation>Aktive Nutzer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="60"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="61"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="62"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="63"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="64"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="65"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="66"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="67"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="68"/>
        <source>Contact (e-mail)</source>
        <translation>Kontakt (E-Mail)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="69"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="70"/>
        <source>Score (0–10)</source>
        <translation>Bewertung (0–10)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="71"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="72"/>
        <source>Kind of touch</source>
        <translation>Art des Kontaktpunkts</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="73"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="74"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="75"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="76"/>
        <source>Next step due</source>
        <translation>Nächster Schritt fällig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="82"/>
        <source>is empty but needed</source>
        <translation>ist leer, wird aber gebraucht</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="83"/>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="84"/>
        <source>must not be below zero</source>
        <translation>darf nicht unter null liegen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="85"/>
        <source>is too large</source>
        <translation>ist zu groß</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="86"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="87"/>
        <source>is not a date</source>
        <translation>ist kein Datum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="88"/>
        <source>is not a month</source>
        <translation>ist kein Monat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="89"/>
        <source>is not a quarter</source>
        <translation>ist kein Quartal</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="90"/>
        <source>is not one of the allowed values</source>
        <translation>ist keiner der erlaubten Werte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="91"/>
        <source>is not an e-mail address</source>
        <translation>ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="92"/>
        <source>names no account in the portfolio</source>
        <translation>nennt keinen Kunden im Portfolio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="93"/>
        <source>names no product in the portfolio</source>
        <translation>nennt kein Produkt im Portfolio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="94"/>
        <source>names no contact in the portfolio</source>
        <translation>nennt keinen Kontakt im Portfolio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="95"/>
        <source>names more than one record</source>
        <translation>passt auf mehrere Einträge</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="96"/>
        <source>the same record comes again with other values in row %1</source>
        <translation>derselbe Eintrag kommt in Zeile %1 mit anderen Werten noch einmal vor</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="104"/>
        <source>the file does not exist</source>
        <translation>die Datei gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="105"/>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="106"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="107"/>
        <source>the file has a header but no rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="108"/>
        <source>this is not a text file or Excel workbook</source>
        <translation>das ist keine Textdatei und keine Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="109"/>
        <source>the text is not in %3; choose another encoding</source>
        <translation>der Text ist nicht in %3; wählen Sie eine andere Kodierung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="110"/>
        <source>row %1 has %3 values, the header has %4 columns</source>
        <translation>Zeile %1 hat %3 Werte, die Kopfzeile hat %4 Spalten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="111"/>
        <source>the file cannot be split into columns (%3)</source>
        <translation>die Datei lässt sich nicht in Spalten aufteilen (%3)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="112"/>
        <source>the column %2 appears twice in the header</source>
        <translation>die Spalte %2 steht zweimal in der Kopfzeile</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="113"/>
        <source>column %3 of the header has no name</source>
        <translation>Spalte %3 der Kopfzeile hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="114"/>
        <source>the columns do not match any kind of import (%3)</source>
        <translation>die Spalten passen zu keiner Art von Import (%3)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="115"/>
        <source>the needed column “%2” is not assigned</source>
        <translation>die nötige Spalte „%2“ ist nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="116"/>
        <source>only .csv, .txt and .xlsx files can be imported</source>
        <translation>nur .csv-, .txt- und .xlsx-Dateien können importiert werden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="117"/>
        <source>this is the open portfolio (or a file beside it), not a file to import</source>
        <translation>das ist das geöffnete Portfolio (oder eine Datei daneben), keine Datei zum Importieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="120"/>
        <source>row %1 is beyond Excel&apos;s limit of 1,048,576 rows</source>
        <translation>Zeile %1 liegt jenseits der Excel-Grenze von 1.048.576 Zeilen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="121"/>
        <source>row %1 reaches column %2, beyond Excel&apos;s limit of 16,384 columns (XFD)</source>
        <translation>Zeile %1 reicht bis Spalte %2, über die Excel-Grenze von 16.384 Spalten (XFD) hinaus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="124"/>
        <source>the cell in row %1, column %2 holds more than Excel&apos;s 32,767 characters</source>
        <translation>die Zelle in Zeile %1, Spalte %2 enthält mehr als die 32.767 Zeichen, die Excel erlaubt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="127"/>
        <source>the workbook holds a text longer than Excel&apos;s 32,767 characters for a cell</source>
        <translation>die Arbeitsmappe enthält einen Text mit mehr als den 32.767 Zeichen, die Excel in einer Zelle erlaubt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="130"/>
        <source>the table has more than %3 cells, more than one import takes; split the file</source>
        <translation>die Tabelle hat mehr als %3 Zellen, mehr als ein Import aufnimmt; teilen Sie die Datei auf</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="133"/>
        <source>the file unpacks to more than %3 MB, more than one import takes; split the file</source>
        <translation>die Datei ist entpackt größer als %3 MB, mehr als ein Import aufnimmt; teilen Sie die Datei auf</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="150"/>
        <source>%1 rows are rejected; fix them or import without them.</source>
        <translation>%1 Zeilen sind abgelehnt; korrigieren Sie sie oder importieren Sie ohne sie.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="151"/>
        <source>There is no import #%1.</source>
        <translation>Es gibt keinen Import Nr. %1.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="152"/>
        <source>Import #%1 is already undone.</source>
        <translation>Import Nr. %1 ist schon rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="153"/>
        <source>Import #%1 is not undone.</source>
        <translation>Import Nr. %1 ist nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="154"/>
        <source>Import #%1 came later; undo it first.</source>
        <translation>Import Nr. %1 kam später; machen Sie zuerst ihn rückgängig.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="155"/>
        <source>Import #%1 came earlier; redo it first.</source>
        <translation>Import Nr. %1 kam früher; stellen Sie zuerst ihn wieder her.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="156"/>
        <source>Import #%1 cannot be redone: another import came after its undo.</source>
        <translation>Import Nr. %1 kann nicht wiederhergestellt werden: nach dem Rückgängigmachen kam ein anderer Import.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="157"/>
        <source>Import #%1 cannot be undone: records added since use what it made.</source>
        <translation>Import Nr. %1 kann nicht rückgängig gemacht werden: seitdem angelegte Einträge hängen an dem, was er angelegt hat.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="158"/>
        <source>Import #%1 cannot be undone: it was made by an earlier version and records it made were deleted since, so they cannot be told from records made by hand. Nothing was changed.</source>
        <translation>Import Nr. %1 kann nicht rückgängig gemacht werden: Er stammt aus einer früheren Version, und seitdem wurden Einträge gelöscht, die er angelegt hat; sie lassen sich nicht mehr von selbst angelegten Einträgen unterscheiden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_labels.py" line="163"/>
        <source>Import #%1 cannot be redone: records added since have the ids or keys of what it makes.</source>
        <translation>Import Nr. %1 kann nicht wiederhergestellt werden: seitdem angelegte Einträge haben die Nummern oder Schlüssel dessen, was er anlegt.</translation>
    </message>
    <message>
        <source>Signals (outages, tickets, content, events, requests)</source>
        <translation>Signale (Störungen, Tickets, Inhalte, Veranstaltungen, Anfragen)</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Kind of signal</source>
        <translation>Art des Signals</translation>
    </message>
    <message>
        <source>Content (its name)</source>
        <translation>Inhalt (sein Name)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Answered (yes/no)</source>
        <translation>Beantwortet (ja/nein)</translation>
    </message>
    <message>
        <source>Repeat, up-sell or cross-sell</source>
        <translation>Wiederkauf, Up-Sell oder Cross-Sell</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>the column %1 fills the same field</source>
        <translation>die Spalte %1 füllt dasselbe Feld</translation>
    </message>
    <message>
        <source>it is assigned to no field (it could be “%1”)</source>
        <translation>sie ist keinem Feld zugeordnet (möglich wäre „%1“)</translation>
    </message>
    <message>
        <source>it matches no field of “%1”</source>
        <translation>sie passt zu keinem Feld von „%1“</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/encoding_choice.py" line="38"/>
        <source>Other (%1)</source>
        <translation>Andere (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/encoding_choice.py" line="52"/>
        <source>Guessed: not UTF-8, not Windows-1252. Check the letters below.</source>
        <translation>Geschätzt: weder UTF-8 noch Windows-1252. Prüfen Sie die Buchstaben unten.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/encoding_choice.py" line="54"/>
        <source>Accented letters as read: %1</source>
        <translation>Umlaute und Akzente, wie gelesen: %1</translation>
    </message>
    <message>
        <source>an account of another key-account manager of your team: read-only here</source>
        <translation>ein Kunde eines anderen Key-Account-Managers Ihres Teams: hier nur lesbar</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="106"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="110"/>
        <source>— choose —</source>
        <translation>— bitte wählen —</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="114"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="114"/>
        <source>Windows (ANSI, Windows-1252)</source>
        <translation>Windows (ANSI, Windows-1252)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="115"/>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="118"/>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="119"/>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="120"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="121"/>
        <source>Bar |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="124"/>
        <source>1.234,50 (decimal comma)</source>
        <translation>1.234,50 (Dezimalkomma)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="124"/>
        <source>1,234.50 (decimal point)</source>
        <translation>1,234.50 (Dezimalpunkt)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="127"/>
        <source>31/12/2026 (day first)</source>
        <translation>31.12.2026 (Tag zuerst)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="127"/>
        <source>12/31/2026 (month first)</source>
        <translation>12/31/2026 (Monat zuerst)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="136"/>
        <source>The file holds:</source>
        <translation>Die Datei enthält:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="139"/>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="140"/>
        <source>Columns separated by:</source>
        <translation>Spalten getrennt durch:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="142"/>
        <source>Numbers:</source>
        <translation>Zahlen:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="143"/>
        <source>Dates:</source>
        <translation>Datumsangaben:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="147"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="147"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="147"/>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="160"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="161"/>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="163"/>
        <source>* needed to import a row</source>
        <translation>* nötig, um eine Zeile zu importieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="171"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="203"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="204"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="205"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="206"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="220"/>
        <location filename="../../planner/ui/importing/import_dialog.py" line="225"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="300"/>
        <source>— not imported —</source>
        <translation>— nicht importieren —</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="324"/>
        <source>Rejected rows (%1)</source>
        <translation>Abgelehnte Zeilen (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="332"/>
        <source>Choose what the file holds.</source>
        <translation>Wählen Sie, was die Datei enthält.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="334"/>
        <source>%1 new · %2 updated · %3 unchanged · %4 rejected</source>
        <translation>%1 neu · %2 geändert · %3 unverändert · %4 abgelehnt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="345"/>
        <source>Rejected rows are listed with their row number; fix them in the file and import again, or import without them.</source>
        <translation>Abgelehnte Zeilen stehen mit ihrer Zeilennummer in der Liste; korrigieren Sie sie in der Datei und importieren Sie erneut, oder importieren Sie ohne sie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/importing/import_dialog.py" line="352"/>
        <source>Import without the %Ln rejected row(s)</source>
        <translation>
            <numerusform>Ohne die %Ln abgelehnte Zeile importieren</numerusform>
            <numerusform>Ohne die %Ln abgelehnten Zeilen importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="377"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Why not imported</source>
        <translation>Warum nicht importiert</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Not imported (%1)</source>
        <translation>Nicht importiert (%1)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="123"/>
        <source>Central European (Windows-1250)</source>
        <translation>Mitteleuropäisch (Windows-1250)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="124"/>
        <source>Western European (ISO-8859-15)</source>
        <translation>Westeuropäisch (ISO-8859-15)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="124"/>
        <source>DOS (CP850)</source>
        <translation>DOS (CP850)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_dialog.py" line="125"/>
        <source>Mac (Mac Roman)</source>
        <translation>Mac (Mac Roman)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../planner/ui/importing/import_history.py" line="32"/>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_history.py" line="38"/>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/importing/import_history.py" line="50"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln Import</numerusform>
            <numerusform>%Ln Importe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_history.py" line="62"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_history.py" line="63"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_history.py" line="64"/>
        <source>Holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_history.py" line="67"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_history.py" line="68"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_history.py" line="69"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_history.py" line="70"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_history.py" line="73"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../planner/ui/importing/import_history.py" line="82"/>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="16"/>
        <source>Enablement</source>
        <translation>Befähigung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="17"/>
        <source>Adoption &amp; retention</source>
        <translation>Nutzung &amp; Bindung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="18"/>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="19"/>
        <source>Advocacy</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="20"/>
        <source>Prospect (no phase)</source>
        <translation>Interessent (keine Phase)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="21"/>
        <source>Churned (no phase)</source>
        <translation>Abgewandert (keine Phase)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="27"/>
        <source>Give them time with the product: no pitch</source>
        <translation>Ankommen lassen: kein Verkauf</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="28"/>
        <source>Drive usage and retention</source>
        <translation>Nutzung und Bindung stärken</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="29"/>
        <source>Cross-sell and up-sell</source>
        <translation>Cross-Sell und Up-Sell</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="30"/>
        <source>Ask for referrals and case studies</source>
        <translation>Um Empfehlungen und Fallstudien bitten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="40"/>
        <source>set by hand: %1</source>
        <translation>von Hand gesetzt: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="42"/>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="47"/>
        <source>uses %1 of expected</source>
        <translation>nutzt %1 vom Soll</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="49"/>
        <source>NPS %1, uses %2 of expected</source>
        <translation>NPS %1, %2 vom Soll</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="52"/>
        <source>holds no product yet</source>
        <translation>hat noch kein Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/journey_words.py" line="53"/>
        <source>no usage data</source>
        <translation>keine Nutzungsdaten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_rows.py" line="140"/>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_rows.py" line="183"/>
        <source>%1 at stake</source>
        <translation>%1 im Spiel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="128"/>
        <source>%1 potential</source>
        <translation>%1 Potenzial</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="86"/>
        <source>Select an account to see its timeline: phases, usage, touches, NPS answers, QBRs, moments.</source>
        <translation>Wählen Sie einen Kunden, um seinen Verlauf zu sehen: Phasen, Nutzung, Kontaktpunkte, NPS-Antworten, QBRs, Anlässe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/journey_view.py" line="126"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/journey_view.py" line="136"/>
        <source>%Ln account(s) along the journey</source>
        <translation>
            <numerusform>%Ln Kunde auf der Journey</numerusform>
            <numerusform>%Ln Kunden auf der Journey</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/journey_view.py" line="138"/>
        <source>%Ln phase(s) set by hand</source>
        <translation>
            <numerusform>%Ln Phase von Hand gesetzt</numerusform>
            <numerusform>%Ln Phasen von Hand gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/journey_view.py" line="140"/>
        <source>%Ln prospect(s) in no phase: no product yet</source>
        <translation>
            <numerusform>%Ln Interessent ohne Phase: noch kein Produkt</numerusform>
            <numerusform>%Ln Interessenten ohne Phase: noch kein Produkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/journey_view.py" line="142"/>
        <source>%Ln churned in no phase: all products cancelled</source>
        <translation>
            <numerusform>%Ln abgewandert ohne Phase: alle Produkte gekündigt</numerusform>
            <numerusform>%Ln abgewandert ohne Phase: alle Produkte gekündigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="143"/>
        <source>Right-click an account to set its phase.</source>
        <translation>Rechtsklick auf einen Kunden setzt seine Phase.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="210"/>
        <source>Double-click or Enter opens the account</source>
        <translation>Doppelklick oder Enter öffnet den Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="221"/>
        <source>Moments</source>
        <translation>Anlässe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="221"/>
        <source>Touches</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="221"/>
        <source>NPS answers</source>
        <translation>NPS-Antworten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="222"/>
        <source>QBRs</source>
        <translation>QBRs</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="223"/>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="223"/>
        <source>meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="223"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="224"/>
        <source>visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="224"/>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="224"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="225"/>
        <source>promoter (9-10)</source>
        <translation>Promotor (9-10)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="225"/>
        <source>passive (7-8)</source>
        <translation>Passiver (7-8)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="226"/>
        <source>detractor (0-6)</source>
        <translation>Kritiker (0-6)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="228"/>
        <source>QBR planned</source>
        <translation>QBR geplant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="229"/>
        <source>QBR held</source>
        <translation>QBR durchgeführt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="230"/>
        <source>QBR cancelled</source>
        <translation>QBR abgesagt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="233"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="233"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="253"/>
        <source>Open account</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="254"/>
        <source>Set phase…</source>
        <translation>Phase setzen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_view.py" line="255"/>
        <source>Derive phase again</source>
        <translation>Phase wieder ableiten</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="15"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="16"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="17"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="18"/>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="19"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="20"/>
        <source>Revenue per year</source>
        <translation>Umsatz pro Jahr</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="24"/>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="25"/>
        <source>Web domain</source>
        <translation>Web-Domain</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="26"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="27"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="28"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="29"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="30"/>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="31"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="32"/>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="33"/>
        <source>Potential users</source>
        <translation>Potenzielle Nutzer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="34"/>
        <source>Wallet per year</source>
        <translation>Kundenbudget pro Jahr</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="35"/>
        <source>Tier set by hand</source>
        <translation>Stufe von Hand gesetzt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="36"/>
        <source>Reason for the tier</source>
        <translation>Grund für die Stufe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="37"/>
        <source>Journey phase set by hand</source>
        <translation>Journey-Phase von Hand gesetzt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="38"/>
        <source>Reason for the phase</source>
        <translation>Grund für die Phase</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="39"/>
        <source>Success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="40"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="41"/>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="44"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="45"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="46"/>
        <source>Time spent</source>
        <translation>Zeitaufwand</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="47"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="48"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="49"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="50"/>
        <source>Contacts involved</source>
        <translation>Beteiligte Kontakte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="53"/>
        <source>Stage</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="54"/>
        <source>Fast lane</source>
        <translation>Fast Lane</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="57"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="58"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="59"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="60"/>
        <source>Usage metric</source>
        <translation>Nutzungsmetrik</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="61"/>
        <source>Expected usage</source>
        <translation>Erwartete Nutzung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="64"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="65"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="66"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="67"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="68"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="69"/>
        <source>Their goals</source>
        <translation>Ihre Ziele</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="70"/>
        <source>Their pains</source>
        <translation>Ihre Schmerzpunkte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="74"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="75"/>
        <source>Seats licensed</source>
        <translation>Lizenzierte Plätze</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="76"/>
        <source>Seats in use</source>
        <translation>Genutzte Plätze</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="77"/>
        <source>Renewal date</source>
        <translation>Verlängerung am</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="78"/>
        <source>Usage limit</source>
        <translation>Nutzungslimit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="87"/>
        <source>account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="88"/>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="89"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="90"/>
        <source>holding</source>
        <translation>Produktbestand</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="91"/>
        <source>touch</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="92"/>
        <source>opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="94"/>
        <source>decision on a moment</source>
        <translation>Entscheidung zu einem Anlass</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="101"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="102"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="103"/>
        <source>trial</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="104"/>
        <source>cancelled</source>
        <translation>gekündigt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="105"/>
        <source>per seat</source>
        <translation>pro Platz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="106"/>
        <source>per licence</source>
        <translation>pro Lizenz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="107"/>
        <source>by volume</source>
        <translation>nach Volumen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="108"/>
        <source>decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="109"/>
        <source>champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="110"/>
        <source>influencer</source>
        <translation>Beeinflusser</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="111"/>
        <source>user</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="112"/>
        <source>blocker</source>
        <translation>Blockierer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="113"/>
        <source>Enablement</source>
        <translation>Befähigung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="114"/>
        <source>Adoption &amp; retention</source>
        <translation>Nutzung &amp; Bindung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="115"/>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="116"/>
        <source>Advocacy</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="117"/>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="118"/>
        <source>meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="119"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="120"/>
        <source>visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="93"/>
        <location filename="../../planner/ui/widgets/labels.py" line="121"/>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="122"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="123"/>
        <source>Sampler</source>
        <translation>Schnupperkunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="124"/>
        <source>Niche solution</source>
        <translation>Insellösung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="125"/>
        <source>Underperformer</source>
        <translation>Underperformer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="126"/>
        <source>Power user</source>
        <translation>Power-User</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="133"/>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="134"/>
        <source>Cannot be below zero.</source>
        <translation>Darf nicht unter null liegen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="135"/>
        <source>Already used by %1.</source>
        <translation>Schon vergeben an %1.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="136"/>
        <source>Not an e-mail address (name@company.com).</source>
        <translation>Keine E-Mail-Adresse (name@firma.de).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="137"/>
        <source>More than the account&apos;s %1 potential users.</source>
        <translation>Mehr als die %1 potenziellen Nutzer des Kunden.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="138"/>
        <source>The account already holds this product.</source>
        <translation>Der Kunde hat dieses Produkt schon.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="139"/>
        <source>Renewal cannot be before the start.</source>
        <translation>Die Verlängerung kann nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="140"/>
        <source>Not a number (for example %1).</source>
        <translation>Keine Zahl (zum Beispiel %1).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py" line="141"/>
        <source>Not a date (for example %1).</source>
        <translation>Kein Datum (zum Beispiel %1).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/labels.py"/>
        <source>signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Next step done</source>
        <translation>Nächster Schritt erledigt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="84"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="85"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="86"/>
        <source>Moments</source>
        <translation>Anlässe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="87"/>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="88"/>
        <source>QBRs</source>
        <translation>QBRs</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="89"/>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="105"/>
        <source>%1 — Account Planner</source>
        <translation>%1 — Account Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="107"/>
        <source>[read-only]</source>
        <translation>[schreibgeschützt]</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="128"/>
        <source>The portfolio is damaged</source>
        <translation>Das Portfolio ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="129"/>
        <source>Changes cannot be saved. Use File &gt; Restore from backup.</source>
        <translation>Änderungen können nicht gespeichert werden. Nutzen Sie Datei &gt; Aus Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="145"/>
        <source>Creating the demo portfolio…</source>
        <translation>Das Demo-Portfolio wird angelegt…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="308"/>
        <source>Only .csv, .txt and .xlsx files can be imported; left out: %1</source>
        <translation>Nur .csv-, .txt- und .xlsx-Dateien können importiert werden; ausgelassen: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="309"/>
        <location filename="../../planner/ui/shell/main_window.py" line="330"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="330"/>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="352"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="357"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="358"/>
        <source>Import &amp;history…</source>
        <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="359"/>
        <source>&amp;Export this list…</source>
        <translation>Diese Liste &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="368"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="364"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="377"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="379"/>
        <source>Undo:</source>
        <translation>Rückgängig:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="381"/>
        <source>Redo:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="389"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="390"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="391"/>
        <source>&amp;Bulk edit accounts…</source>
        <translation>Kunden &amp;gemeinsam bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="392"/>
        <source>&amp;Erase contact (data protection)…</source>
        <translation>Kontakt &amp;endgültig löschen (Datenschutz)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="393"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="397"/>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="403"/>
        <source>Log a touch</source>
        <translation>Kontaktpunkt erfassen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="405"/>
        <source>Log a call, meeting, e-mail, visit, QBR or note (Ctrl+L)</source>
        <translation>Anruf, Termin, E-Mail, Besuch, QBR oder Notiz erfassen (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="428"/>
        <source>%1 · %2 accounts · %3 products · %4 contacts</source>
        <translation>%1 · %2 Kunden · %3 Produkte · %4 Kontakte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py" line="440"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Import &amp;templates…</source>
        <translation>Import-Vor&amp;lagen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py"/>
        <source>Log a signal</source>
        <translation>Signal erfassen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/main_window.py"/>
        <source>Log what you heard: an outage, a ticket, a request, an event, ... (Ctrl+Shift+L)</source>
        <translation>Erfassen, was Sie gehört haben: eine Störung, ein Ticket, eine Anfrage, eine Veranstaltung, … (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../planner/ui/shell/manual.py" line="29"/>
        <source>Manual — Account Planner</source>
        <translation>Handbuch — Account Planner</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="27"/>
        <source>Sampler</source>
        <translation>Schnupperkunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="28"/>
        <source>Niche user</source>
        <translation>Insellösung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="29"/>
        <source>Underperformer</source>
        <translation>Underperformer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="30"/>
        <source>Power user</source>
        <translation>Power-User</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="37"/>
        <source>Onboarding: learn the booked product, see the value of combining</source>
        <translation>Onboarding: gebuchtes Produkt kennenlernen, den Wert der Kombination sehen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="38"/>
        <source>Cross-selling: show the other products</source>
        <translation>Cross-Selling: die anderen Produkte zeigen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="39"/>
        <source>Up-selling through adoption: onboarding, use cases, case studies</source>
        <translation>Up-Selling durch Nutzung: Onboarding, Anwendungsfälle, Fallstudien</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="40"/>
        <source>Stay close: satisfaction surveys, shared use cases, referrals</source>
        <translation>Nah dranbleiben: Zufriedenheitsumfragen, gemeinsame Anwendungsfälle, Empfehlungen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="47"/>
        <source>Customer service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="48"/>
        <source>Specialist sales advisor</source>
        <translation>Fachberater Vertrieb</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="49"/>
        <source>Application consultant</source>
        <translation>Anwendungsberater</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="50"/>
        <source>Account manager</source>
        <translation>Key-Account-Manager</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="56"/>
        <source>not scored: holds no active product</source>
        <translation>nicht bewertet: hat kein aktives Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="57"/>
        <source>not scored: no usage data for its products</source>
        <translation>nicht bewertet: keine Nutzungsdaten zu seinen Produkten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="1"/>
        <source>not scored: no expected usage for %1</source>
        <translation>nicht bewertet: keine erwartete Nutzung für %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="69"/>
        <source>holds %1 of %2 products = %3</source>
        <translation>hat %1 von %2 Produkten = %3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="77"/>
        <source>uses %1 of expected, revenue-weighted over the holdings with usage data (%2)</source>
        <translation>nutzt %1 des Erwarteten, umsatzgewichtet über die Produkte mit Nutzungsdaten (%2)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="87"/>
        <source>peer median</source>
        <translation>Median vergleichbarer Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="88"/>
        <source>segment median</source>
        <translation>Median des Segments</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="89"/>
        <source>median of all customers</source>
        <translation>Median aller Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="90"/>
        <source>list price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="93"/>
        <source>%1 from %2 (%3)</source>
        <translation>%1 aus %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="100"/>
        <source>other products: %1</source>
        <translation>weitere Produkte: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="103"/>
        <source>%1 for %2 users without a seat</source>
        <translation>%1 für %2 Nutzer ohne lizenzierten Platz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="107"/>
        <source>potential %1</source>
        <translation>Potenzial %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/matrix_labels.py" line="111"/>
        <source>(at most what is left of the wallet)</source>
        <translation>(höchstens der Rest des Kundenbudgets)</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../planner/ui/widgets/formatting.py" line="59"/>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="48"/>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="70"/>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="267"/>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="51"/>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="157"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="54"/>
        <source>below 0</source>
        <translation>unter 0</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="55"/>
        <source>0 to 49</source>
        <translation>0 bis 49</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="56"/>
        <source>50 or more</source>
        <translation>50 und mehr</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="57"/>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="61"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="62"/>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="265"/>
        <source>(no owner)</source>
        <translation>(ohne Betreuer)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="63"/>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="156"/>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="170"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="73"/>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="81"/>
        <source>Click to open the account</source>
        <translation>Klicken öffnet den Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="94"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="95"/>
        <source>SVG vector graphic (*.svg)</source>
        <translation>SVG-Vektorgrafik (*.svg)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="98"/>
        <source>Customer-Performance-Matrix</source>
        <translation>Customer-Performance-Matrix</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="100"/>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="450"/>
        <source>Export the matrix</source>
        <translation>Matrix exportieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="139"/>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="166"/>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="145"/>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_display.py" line="71"/>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="148"/>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="155"/>
        <source>Key</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="168"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="223"/>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="372"/>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="377"/>
        <source>%1 potential</source>
        <translation>%1 Potenzial</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="88"/>
        <source>Find accounts by name or key</source>
        <translation>Kunden nach Name oder Nummer suchen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="89"/>
        <source>Highlights the accounts found; Enter selects them</source>
        <translation>Hebt die gefundenen Kunden hervor; Enter wählt sie aus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="95"/>
        <source>Only the accounts of this owner</source>
        <translation>Nur die Kunden dieses Betreuers</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="96"/>
        <source>Only the accounts of this segment</source>
        <translation>Nur die Kunden dieses Segments</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="97"/>
        <source>Only the accounts of this tier</source>
        <translation>Nur die Kunden dieser Stufe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="98"/>
        <source>Only the accounts active in this region</source>
        <translation>Nur die Kunden, die in dieser Region tätig sind</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="99"/>
        <source>Only the accounts that hold this product</source>
        <translation>Nur die Kunden mit diesem Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="103"/>
        <source>Colour by tier</source>
        <translation>Farbe nach Stufe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="104"/>
        <source>Colour by NPS</source>
        <translation>Farbe nach NPS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="105"/>
        <source>Colour by owner</source>
        <translation>Farbe nach Betreuer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="107"/>
        <source>Breadth counts as high from this share of products</source>
        <translation>Ab diesem Anteil der Produkte gilt die Breite als hoch</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="108"/>
        <source>Intensity counts as high from this share of use</source>
        <translation>Ab diesem Anteil der Nutzung gilt die Intensität als hoch</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="116"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="119"/>
        <source>PNG image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="119"/>
        <source>SVG vector graphic…</source>
        <translation>SVG-Vektorgrafik…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="139"/>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="140"/>
        <source>Movements</source>
        <translation>Bewegungen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="141"/>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="158"/>
        <source>&amp;Breadth high from</source>
        <translation>&amp;Breite hoch ab</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="159"/>
        <source>&amp;Intensity high from</source>
        <translation>&amp;Intensität hoch ab</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="193"/>
        <source>You can also drag the dashed line in the matrix.</source>
        <translation>Sie können auch die gestrichelte Linie in der Matrix ziehen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="204"/>
        <source>Product breadth</source>
        <translation>Produktbreite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="205"/>
        <source>Usage intensity</source>
        <translation>Nutzungsintensität</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="265"/>
        <source>All owners</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="266"/>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="267"/>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="268"/>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="270"/>
        <source>Any product</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="271"/>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_view.py" line="322"/>
        <source>%Ln account(s) not scored</source>
        <translation>
            <numerusform>%Ln Kunde nicht bewertet</numerusform>
            <numerusform>%Ln Kunden nicht bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_view.py" line="326"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="351"/>
        <source>No account can be placed yet: the matrix needs holdings and usage.</source>
        <translation>Noch kein Kunde einzuordnen: Die Matrix braucht Produktbestände und Nutzungsdaten.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_view.py" line="354"/>
        <source>No scored account matches the filters.</source>
        <translation>Kein bewerteter Kunde passt zu den Filtern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_view.py" line="370"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_view.py" line="375"/>
        <source>%Ln account(s) in the matrix</source>
        <translation>
            <numerusform>%Ln Kunde in der Matrix</numerusform>
            <numerusform>%Ln Kunden in der Matrix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_view.py" line="416"/>
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln gefunden</numerusform>
            <numerusform>%Ln gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixWorkspace</name>
    <message>
        <location filename="../../planner/ui/matrix/matrix_workspace.py" line="23"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_workspace.py" line="24"/>
        <source>Quadrant board</source>
        <translation>Quadranten-Board</translation>
    </message>
    <message>
        <source>The matrix is missing data</source>
        <translation>Der Matrix fehlen Daten</translation>
    </message>
</context>
<context>
    <name>MomentThresholds</name>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="35"/>
        <source>Large company from (employees)</source>
        <translation>Großunternehmen ab (Mitarbeitende)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="40"/>
        <source>Potential users served at most</source>
        <translation>Höchstens versorgte potenzielle Nutzer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="42"/>
        <source>Revenue below this share of peers</source>
        <translation>Umsatz unter diesem Anteil vergleichbarer Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="43"/>
        <source>Account NPS at least</source>
        <translation>NPS des Kunden mindestens</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="47"/>
        <source>Revenue in the lowest</source>
        <translation>Umsatz im untersten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="49"/>
        <source>Account NPS below</source>
        <translation>NPS des Kunden unter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="50"/>
        <source>NPS answers count within (days; promoters too)</source>
        <translation>NPS-Antworten zählen innerhalb von (Tagen; auch für Promotoren)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="50"/>
        <source>Usage down by at least</source>
        <translation>Nutzung gesunken um mindestens</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="51"/>
        <source>Outage within (days)</source>
        <translation>Störung innerhalb von (Tagen)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="52"/>
        <source>Or support tickets in 30 days, at least</source>
        <translation>Oder Support-Tickets in 30 Tagen, mindestens</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="53"/>
        <source>Signed up within (days)</source>
        <translation>Angemeldet innerhalb von (Tagen)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="54"/>
        <source>Share of the limit used, at least</source>
        <translation>Genutzter Anteil des Limits, mindestens</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="58"/>
        <source>Times the average answers, at least</source>
        <translation>Vielfaches der durchschnittlichen Antworten, mindestens</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="60"/>
        <source>Answers counted over (days)</source>
        <translation>Antworten gezählt über (Tage)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="61"/>
        <source>Asked within (days)</source>
        <translation>Angefragt innerhalb von (Tagen)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="62"/>
        <source>QBR within (days)</source>
        <translation>QBR innerhalb von (Tagen)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="63"/>
        <source>Tier A: a touch every (days)</source>
        <translation>Stufe A: ein Kontaktpunkt alle (Tage)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="64"/>
        <source>Tier B: a touch every (days)</source>
        <translation>Stufe B: ein Kontaktpunkt alle (Tage)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="65"/>
        <source>Tier C: a touch every (days)</source>
        <translation>Stufe C: ein Kontaktpunkt alle (Tage)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="66"/>
        <source>Renewal within (days)</source>
        <translation>Verlängerung innerhalb von (Tagen)</translation>
    </message>
</context>
<context>
    <name>Moments</name>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="16"/>
        <source>Low penetration</source>
        <translation>Geringe Durchdringung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="17"/>
        <source>One region buying</source>
        <translation>Nur eine Region kauft</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="18"/>
        <source>Spend below peers</source>
        <translation>Umsatz unter Vergleichskunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="19"/>
        <source>Promoter, low revenue</source>
        <translation>Promotor, wenig Umsatz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="20"/>
        <source>Detractors</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="21"/>
        <source>Falling usage</source>
        <translation>Sinkende Nutzung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="22"/>
        <source>Outages and tickets</source>
        <translation>Störungen und Tickets</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="23"/>
        <source>New stakeholder</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="24"/>
        <source>Usage limit reached</source>
        <translation>Nutzungslimit erreicht</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="25"/>
        <source>Answers surveys often</source>
        <translation>Antwortet oft auf Umfragen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="26"/>
        <source>Asked for it (fast lane)</source>
        <translation>Selbst angefragt (Fast Lane)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="27"/>
        <source>QBR coming</source>
        <translation>QBR steht an</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="28"/>
        <source>Not touched</source>
        <translation>Lange kein Kontakt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="29"/>
        <source>Renewal coming</source>
        <translation>Verlängerung steht an</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="35"/>
        <source>Repeat</source>
        <translation>Wiederkauf</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="36"/>
        <source>Up-sell</source>
        <translation>Up-Sell</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="37"/>
        <source>Cross-sell</source>
        <translation>Cross-Sell</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="38"/>
        <source>Fix first</source>
        <translation>Erst beheben</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="44"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="45"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="46"/>
        <source>Nurturing</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="47"/>
        <source>Marketing-qualified need</source>
        <translation>Marketing-qualifizierter Bedarf</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="48"/>
        <source>In sales</source>
        <translation>Im Vertrieb</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="49"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="50"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="57"/>
        <source>entered by hand</source>
        <translation>von Hand erfasst</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="59"/>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="60"/>
        <source>Whitespace</source>
        <translation>Whitespace</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="61"/>
        <source>Trial</source>
        <translation>Testphase</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="62"/>
        <source>Asked for a demo</source>
        <translation>Demo angefragt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="63"/>
        <source>Asked for a consultation</source>
        <translation>Beratung angefragt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="64"/>
        <source>Asked for a price</source>
        <translation>Preis angefragt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="79"/>
        <source>{served} of {users} potential users served ({share}); {employees} employees</source>
        <translation>{served} von {users} potenziellen Nutzern versorgt ({share}); {employees} Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="85"/>
        <source>operates in {operates}, buys only in {buys}</source>
        <translation>tätig in {operates}, kauft nur in {buys}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="88"/>
        <source>spends {revenue} a year: {share} of the median of {peers} peers ({median})</source>
        <translation>kauft für {revenue} im Jahr: {share} des Medians von {peers} vergleichbaren Kunden ({median})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="94"/>
        <source>NPS {nps} from {answers} answers ({first} to {latest}) with {revenue} a year (the book&apos;s lowest quarter ends at {line})</source>
        <translation>NPS {nps} aus {answers} Antworten ({first} bis {latest}) bei {revenue} im Jahr (das unterste Viertel des Portfolios endet bei {line})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="108"/>
        <source>; key contacts among them: {contacts}</source>
        <translation>; darunter Schlüsselkontakte: {contacts}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="99"/>
        <source>NPS {nps}: {detractors} of the {answers} latest answers since {since} are detractors (answered on {days})</source>
        <translation>NPS {nps}: Kritiker bei {detractors} der {answers} letzten Antworten seit {since} (beantwortet am {days})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="103"/>
        <source>usage {first}-{month} down {drop}, each product against its own level (furthest: {product} {change})</source>
        <translation>Nutzung {first}-{month} um {drop} gesunken, jedes Produkt gegen sein eigenes Niveau (am stärksten: {product} {change})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="106"/>
        <source>outages: {outages} (latest {last}); support tickets in 30 days: {tickets}</source>
        <translation>Störungen: {outages} (zuletzt {last}); Support-Tickets in 30 Tagen: {tickets}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="133"/>
        <source>QBR on {day} (days to go: {days})</source>
        <translation>QBR am {day} (noch {days} Tage)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="145"/>
        <source>{products} renew on {day} (days to go: {days}; {revenue} a year)</source>
        <translation>{products} verlängern sich am {day} (noch {days} Tage; {revenue} im Jahr)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="112"/>
        <source>a new contact from {department} ({region}) signed up on {day}</source>
        <translation>neuer Kontakt aus {department} ({region}), angemeldet am {day}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="115"/>
        <source>{product} used {share} of its limit ({usage} of {limit}) in {month}</source>
        <translation>{product} hat {month} {share} seines Limits genutzt ({usage} von {limit})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="119"/>
        <source>{answers} survey answers from {contacts} contacts since {since}, the latest on {latest} (average {average})</source>
        <translation>{answers} Umfrageantworten von {contacts} Kontakten seit {since}, die letzte am {latest} (Schnitt {average})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="126"/>
        <source>asked for a demo of {product} on {day}</source>
        <translation>hat am {day} eine Demo von {product} angefragt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="127"/>
        <source>asked for a consultation on {product} on {day}</source>
        <translation>hat am {day} eine Beratung zu {product} angefragt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="128"/>
        <source>asked for a price for {product} on {day}</source>
        <translation>hat am {day} einen Preis für {product} angefragt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="137"/>
        <source>never touched</source>
        <translation>nie kontaktiert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="138"/>
        <source>last touch {day}, {days} days ago: {overdue} days past the {cadence}-day cadence</source>
        <translation>letzter Kontaktpunkt am {day}, vor {days} Tagen: {overdue} Tage über dem {cadence}-Tage-Rhythmus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="154"/>
        <source>Up-sell: roll out to more users and teams; offer a larger tier.</source>
        <translation>Up-Sell: auf mehr Nutzer und Teams ausrollen; ein größeres Paket anbieten.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="157"/>
        <source>Up-sell: bring the product to the other regions through your champion.</source>
        <translation>Up-Sell: das Produkt über Ihren Fürsprecher in die anderen Regionen bringen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="160"/>
        <source>Cross-sell: show what comparable companies buy and close the gap.</source>
        <translation>Cross-Sell: zeigen, was vergleichbare Unternehmen kaufen, und die Lücke schließen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="163"/>
        <source>Make the promoter your internal champion; ask for introductions to more teams.</source>
        <translation>Den Promotor zum internen Fürsprecher machen; um Kontakte zu weiteren Teams bitten.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="166"/>
        <source>Fix first: call the detractors and find the cause. No pitch.</source>
        <translation>Erst beheben: die Kritiker anrufen und die Ursache finden. Kein Verkaufsgespräch.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="167"/>
        <source>Fix first: find out why usage fell; offer training. No pitch.</source>
        <translation>Erst beheben: herausfinden, warum die Nutzung gesunken ist; Schulung anbieten. Kein Verkaufsgespräch.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="170"/>
        <source>Fix first: own the incident follow-up until trust is back. No pitch.</source>
        <translation>Erst beheben: die Nacharbeit zur Störung selbst in die Hand nehmen, bis das Vertrauen zurück ist. Kein Verkaufsgespräch.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="173"/>
        <source>Cross-sell: welcome the new stakeholder and show what helps their team.</source>
        <translation>Cross-Sell: den neuen Kontakt begrüßen und zeigen, was seinem Team hilft.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="176"/>
        <source>Up-sell: offer to lift the limit before it blocks them.</source>
        <translation>Up-Sell: ein höheres Limit anbieten, bevor es den Kunden ausbremst.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="177"/>
        <source>Cross-sell: engaged contacts; invite them to a use-case workshop.</source>
        <translation>Cross-Sell: engagierte Kontakte; zu einem Use-Case-Workshop einladen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="180"/>
        <source>Fast lane: they asked. Answer within a day, straight to sales.</source>
        <translation>Fast Lane: Der Kunde hat angefragt. Innerhalb eines Tages antworten, direkt an den Vertrieb.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="181"/>
        <source>Prepare the QBR: bring recommendations and the open actions.</source>
        <translation>QBR vorbereiten: Empfehlungen und offene Punkte mitbringen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="182"/>
        <source>Touch: call or visit; the tier&apos;s cadence is overdue.</source>
        <translation>Kontakt aufnehmen: anrufen oder besuchen; der Kontaktrhythmus der Stufe ist überschritten.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="183"/>
        <source>Repeat: secure the renewal; review usage and value before the date.</source>
        <translation>Wiederkauf: die Verlängerung sichern; Nutzung und Nutzen vor dem Termin prüfen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="193"/>
        <source>Held back: still in enablement, give them time with the product first</source>
        <translation>Zurückgehalten: noch in der Befähigung, erst Zeit mit dem Produkt lassen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py" line="194"/>
        <source>Held back: fix first (%1)</source>
        <translation>Zurückgehalten: erst beheben (%1)</translation>
    </message>
    <message>
        <source>Import from the CRM</source>
        <translation>Import aus dem CRM</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py"/>
        <source>Consultation request</source>
        <translation>Beratungsanfrage</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py"/>
        <source>Content engaged</source>
        <translation>Inhalt genutzt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py"/>
        <source>Demo request</source>
        <translation>Demo-Anfrage</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py"/>
        <source>Event attended</source>
        <translation>Veranstaltung besucht</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py"/>
        <source>Outage</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py"/>
        <source>Price request</source>
        <translation>Preisanfrage</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/moment_labels.py"/>
        <source>Support ticket</source>
        <translation>Support-Ticket</translation>
    </message>
</context>
<context>
    <name>MomentsInbox</name>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="45"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="47"/>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="49"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="50"/>
        <source>Moment</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="52"/>
        <source>At stake</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="54"/>
        <source>Why now</source>
        <translation>Warum jetzt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="55"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="57"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="59"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="61"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="63"/>
        <source>Held back</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="86"/>
        <source>Filter by account, owner or key…</source>
        <translation>Nach Kunde, Betreuer, Nr. filtern…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="88"/>
        <source>All moments</source>
        <translation>Alle Anlässe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="89"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="90"/>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="90"/>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="92"/>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="227"/>
        <source>All owners</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="93"/>
        <source>Show held back</source>
        <translation>Zurückgehaltene zeigen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="97"/>
        <source>Limits…</source>
        <translation>Grenzwerte…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="161"/>
        <source>&amp;Open account</source>
        <translation>Kunden &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="162"/>
        <source>&amp;Log a touch…</source>
        <translation>Kontaktpunkt &amp;erfassen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="163"/>
        <source>&amp;Create an opportunity</source>
        <translation>&amp;Verkaufschance anlegen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="164"/>
        <source>&amp;Snooze…</source>
        <translation>&amp;Zurückstellen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="165"/>
        <source>&amp;Dismiss…</source>
        <translation>Ver&amp;werfen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="265"/>
        <source>%1 of %2 moments · %3 held back · %4 dismissed, snoozed or opportunities</source>
        <translation>%1 von %2 Anlässen · %3 zurückgehalten · %4 verworfen, zurückgestellt oder zur Verkaufschance gemacht</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="287"/>
        <source>No moment selected</source>
        <translation>Kein Anlass ausgewählt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="292"/>
        <source>%1 · %2 · %3 at stake</source>
        <translation>%1 · %2 · %3 im Spiel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="296"/>
        <source>Why now: %1</source>
        <translation>Warum jetzt: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_inbox.py" line="297"/>
        <source>Play: %1</source>
        <translation>Vorgehen: %1</translation>
    </message>
    <message>
        <source>Open opportunity</source>
        <translation>Offene Verkaufschance</translation>
    </message>
    <message>
        <source>O&amp;pen the opportunity…</source>
        <translation>Verkaufschance ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open opportunity: %1</source>
        <translation>Offene Verkaufschance: %1</translation>
    </message>
</context>
<context>
    <name>MomentsWorkspace</name>
    <message>
        <location filename="../../planner/ui/moments/moments_workspace.py" line="30"/>
        <source>Moments</source>
        <translation>Anlässe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_workspace.py" line="31"/>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_workspace.py" line="32"/>
        <source>Journey map</source>
        <translation>Journey-Map</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moments_workspace.py" line="33"/>
        <source>NPS × account value</source>
        <translation>NPS × Kundenwert</translation>
    </message>
    <message>
        <source>Most rules cannot fire without this data</source>
        <translation>Ohne diese Daten können die meisten Regeln nicht auslösen</translation>
    </message>
    <message>
        <source>No opportunities yet</source>
        <translation>Noch keine Verkaufschancen</translation>
    </message>
    <message>
        <source>The journey map is missing data</source>
        <translation>Der Journey-Map fehlen Daten</translation>
    </message>
    <message>
        <source>No NPS answers to plot yet</source>
        <translation>Noch keine NPS-Antworten für das Diagramm</translation>
    </message>
</context>
<context>
    <name>MovementPanel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="346"/>
        <source>%Ln account(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln Kunde von %1 nach %2</numerusform>
            <numerusform>%Ln Kunden von %1 nach %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="352"/>
        <source>The usage history has fewer than two quarters: no movements yet.</source>
        <translation>Die Nutzungshistorie hat weniger als zwei Quartale: noch keine Bewegungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="359"/>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 of %Ln account(s) changed quadrant.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 von %Ln Kunden hat den Quadranten gewechselt.</numerusform>
            <numerusform>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 von %Ln Kunden haben den Quadranten gewechselt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="366"/>
        <source>Rows: quadrant in %1, columns: quadrant in %2, at the thresholds set. Positions per quarter come from that quarter&apos;s usage; the latest quarter may not be complete.</source>
        <translation>Zeilen: Quadrant in %1, Spalten: Quadrant in %2, bei den eingestellten Schwellen. Die Lage je Quartal ergibt sich aus der Nutzung dieses Quartals; das jüngste Quartal ist womöglich noch nicht vollständig.</translation>
    </message>
</context>
<context>
    <name>NpsValue</name>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="34"/>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="35"/>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="36"/>
        <source>Threats</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="37"/>
        <source>Weaknesses</source>
        <translation>Schwächen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="44"/>
        <source>keep close, ask for referrals</source>
        <translation>nah dranbleiben, um Empfehlungen bitten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="45"/>
        <source>deepen: make them champions</source>
        <translation>vertiefen: zu Fürsprechern machen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="46"/>
        <source>at risk: fix first, no pitch</source>
        <translation>gefährdet: erst beheben, kein Verkaufsgespräch</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="47"/>
        <source>fix the experience before selling</source>
        <translation>erst die Erfahrung verbessern, dann verkaufen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="53"/>
        <source>high value, promoters&apos; side</source>
        <translation>hoher Wert, Promotoren-Seite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="54"/>
        <source>low value, promoters&apos; side</source>
        <translation>niedriger Wert, Promotoren-Seite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="55"/>
        <source>high value, detractors&apos; side</source>
        <translation>hoher Wert, Kritiker-Seite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="56"/>
        <source>low value, detractors&apos; side</source>
        <translation>niedriger Wert, Kritiker-Seite</translation>
    </message>
</context>
<context>
    <name>NpsValueView</name>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="84"/>
        <source>An account NPS above this value counts to the promoters&apos; side; one on it (such as passives only at 0) to the detractors&apos; side</source>
        <translation>Ein Kunden-NPS über diesem Wert zählt zur Seite der Promotoren; einer genau darauf (etwa nur Passive bei 0) zur Seite der Kritiker</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="95"/>
        <source>Revenue per year from which an account counts as high value; at the lowest setting the median of the accounts with an NPS</source>
        <translation>Jahresumsatz, ab dem ein Kunde als wertvoll gilt; in der niedrigsten Einstellung der Median der Kunden mit NPS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="104"/>
        <source>NPS × account value</source>
        <translation>NPS × Kundenwert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="108"/>
        <source>Account NPS: % promoters − % detractors among the contacts&apos; latest answers. Account value: revenue per year.</source>
        <translation>Kunden-NPS: % Promotoren − % Kritiker unter den letzten Antworten der Kontakte. Kundenwert: Umsatz pro Jahr.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="131"/>
        <source>&amp;Promoters&apos; side from NPS</source>
        <translation>&amp;Promotoren-Seite ab NPS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="132"/>
        <source>&amp;High value from revenue per year</source>
        <translation>&amp;Hoher Wert ab Jahresumsatz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="155"/>
        <source>Account value (revenue per year, log scale)</source>
        <translation>Kundenwert (Umsatz pro Jahr, logarithmisch)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="156"/>
        <source>Account NPS</source>
        <translation>Kunden-NPS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="177"/>
        <source>median (%1)</source>
        <translation>Median (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="181"/>
        <source>median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="181"/>
        <source>split %1</source>
        <translation>Grenze %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/nps_view.py" line="187"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="189"/>
        <location filename="../../planner/ui/moments/nps_view.py" line="209"/>
        <source>%1 revenue per year</source>
        <translation>%1 Umsatz pro Jahr</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/nps_view.py" line="194"/>
        <source>%Ln account(s) without NPS answers are not shown.</source>
        <translation>
            <numerusform>%Ln Kunde ohne NPS-Antworten wird nicht gezeigt.</numerusform>
            <numerusform>%Ln Kunden ohne NPS-Antworten werden nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="204"/>
        <source>Click to open the account</source>
        <translation>Klicken öffnet den Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="207"/>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/nps_view.py" line="208"/>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
</context>
<context>
    <name>OpenProblems</name>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="49"/>
        <source>{path}
cannot be read: it was left open by a program that ended, and its folder is read-only, so its journal cannot be read back. Copy the file and its -wal file into a folder of yours.</source>
        <translation>{path}
lässt sich nicht lesen: Ein Programm hat sie beim Beenden offen gelassen, und ihr Ordner ist schreibgeschützt, sodass ihr Journal nicht zurückgelesen werden kann. Kopieren Sie die Datei mit ihrer -wal-Datei in einen eigenen Ordner.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="54"/>
        <source>There is not enough free space on the disk for
{path}
Nothing unfinished was saved. Free some space and try again.</source>
        <translation>Auf dem Datenträger ist nicht genug Platz frei für
{path}
Nichts Unfertiges wurde gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="59"/>
        <source>{path}
could not be written or read: the disk is full, was removed or failed. Nothing unfinished was saved. Free some space or check the disk, then try again.</source>
        <translation>{path}
ließ sich nicht schreiben oder lesen: Der Datenträger ist voll, wurde entfernt oder hat einen Fehler. Nichts Unfertiges wurde gespeichert. Schaffen Sie Platz oder prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="26"/>
        <source>There is no portfolio file at
{path}</source>
        <translation>Unter
{path}
gibt es keine Portfolio-Datei.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="27"/>
        <source>{path}
is a folder, not a portfolio file.</source>
        <translation>{path}
ist ein Ordner, keine Portfolio-Datei.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="28"/>
        <source>{path}
cannot be read: you have no permission to open it.</source>
        <translation>{path}
kann nicht gelesen werden: Ihnen fehlt die Berechtigung.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="31"/>
        <source>{path}
is not a portfolio: the file is damaged or of another kind. It was not changed.</source>
        <translation>{path}
ist kein Portfolio: Die Datei ist beschädigt oder von anderer Art. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="35"/>
        <source>{path}
is a database of another program, not a portfolio. It was not changed.</source>
        <translation>{path}
ist die Datenbank eines anderen Programms, kein Portfolio. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="38"/>
        <source>{path}
was saved by a newer version of Account Planner. Update the app to open it. The file was not changed.</source>
        <translation>{path}
wurde von einer neueren Version von Account Planner gespeichert. Aktualisieren Sie die App, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="43"/>
        <source>{path}
is read-only and was saved by an older version; it must be upgraded before it can be opened. Copy it to a folder where you may write.</source>
        <translation>{path}
ist schreibgeschützt und stammt von einer älteren Version; sie muss vor dem Öffnen aktualisiert werden. Kopieren Sie sie in einen Ordner, in dem Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="48"/>
        <source>{path}
is read-only: changes cannot be saved.</source>
        <translation>{path}
ist schreibgeschützt: Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="75"/>
        <source>Cannot open the portfolio</source>
        <translation>Portfolio kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="77"/>
        <source>Open another portfolio, or start a new one?</source>
        <translation>Ein anderes Portfolio öffnen oder ein neues anlegen?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="78"/>
        <source>Open another…</source>
        <translation>Anderes öffnen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="79"/>
        <source>New portfolio…</source>
        <translation>Neues Portfolio…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="80"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="94"/>
        <source>Open portfolio</source>
        <translation>Portfolio öffnen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="96"/>
        <source>Portfolios (*.sqlite *.db);;All files (*)</source>
        <translation>Portfolios (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="104"/>
        <source>New portfolio</source>
        <translation>Neues Portfolio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/open_problems.py" line="106"/>
        <source>Portfolios (*.sqlite)</source>
        <translation>Portfolios (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>OpportunityBoard</name>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>Show readiness by account and product, and why</source>
        <translation>Reife nach Kunde und Produkt zeigen, und warum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="73"/>
        <source>Filter by account, product, owner or source</source>
        <translation>Nach Kunde, Produkt, Betreuer, Quelle filtern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="79"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="80"/>
        <source>All owners</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="81"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="82"/>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="84"/>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="85"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="86"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="167"/>
        <source>(no owner)</source>
        <translation>(ohne Betreuer)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="187"/>
        <source>No opportunity here matches the filters</source>
        <translation>Hier passt keine Verkaufschance zu den Filtern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="187"/>
        <source>None at this stage</source>
        <translation>Keine in dieser Phase</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/opportunity_board.py" line="195"/>
        <source>Open: %Ln opportunity(s)</source>
        <translation>
            <numerusform>Offen: %Ln Verkaufschance</numerusform>
            <numerusform>Offen: %Ln Verkaufschancen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="233"/>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="233"/>
        <source>Not moved: %1</source>
        <translation>Nicht verschoben: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="252"/>
        <source>Open account</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="254"/>
        <source>Next stage</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="254"/>
        <source>Previous stage</source>
        <translation>Vorige Phase</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_board.py" line="262"/>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="73"/>
        <source>R</source>
        <comment>badge: repeat</comment>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="74"/>
        <source>U</source>
        <comment>badge: up-sell</comment>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="75"/>
        <source>C</source>
        <comment>badge: cross-sell</comment>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="81"/>
        <source>A first sign of a need: a moment, a signal, a gap</source>
        <translation>Ein erstes Zeichen von Bedarf: ein Anlass, ein Signal, eine Lücke</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="82"/>
        <source>The customer shows interest</source>
        <translation>Der Kunde zeigt Interesse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="83"/>
        <source>The need ripens: content, use cases, references</source>
        <translation>Der Bedarf reift: Inhalte, Anwendungsfälle, Referenzen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="84"/>
        <source>Marketing-qualified need: ready for sales</source>
        <translation>Marketing-qualifizierter Bedarf: reif für den Vertrieb</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="85"/>
        <source>Sales works on it: offer and negotiation</source>
        <translation>Der Vertrieb ist dran: Angebot und Verhandlung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="86"/>
        <source>Closed: the customer bought</source>
        <translation>Abgeschlossen: Der Kunde hat gekauft</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="87"/>
        <source>Closed without a sale; it can be taken up again</source>
        <translation>Ohne Verkauf abgeschlossen; kann wieder aufgenommen werden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="95"/>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="213"/>
        <source>no product</source>
        <translation>kein Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="98"/>
        <source>from %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="101"/>
        <source>fast lane</source>
        <translation>Fast Lane</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="103"/>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="105"/>
        <source>raised %1</source>
        <translation>angelegt am %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="139"/>
        <source>The customer skipped ahead</source>
        <translation>Der Kunde hat Phasen übersprungen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="155"/>
        <source>Fast lane</source>
        <translation>Fast Lane</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="389"/>
        <source>The value of the opportunities in this column</source>
        <translation>Der Wert der Verkaufschancen in dieser Spalte</translation>
    </message>
    <message>
        <source>&amp;New opportunity…</source>
        <translation>&amp;Neue Verkaufschance…</translation>
    </message>
    <message>
        <source>A new opportunity: account, product, amount, close date, stage</source>
        <translation>Eine neue Verkaufschance: Kunde, Produkt, Betrag, Abschlussdatum, Reifegrad</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>The opportunities as cards, a column per stage</source>
        <translation>Die Verkaufschancen als Karten, eine Spalte je Reifegrad</translation>
    </message>
    <message>
        <source>The opportunities as a list, sortable by every column</source>
        <translation>Die Verkaufschancen als Liste, nach jeder Spalte sortierbar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>Abschluss %1</translation>
    </message>
    <message>
        <source>close date passed: %1</source>
        <translation>Abschlussdatum überschritten: %1</translation>
    </message>
    <message>
        <source>next step: %1</source>
        <translation>nächster Schritt: %1</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="57"/>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="57"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="57"/>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="57"/>
        <source>Suggests</source>
        <translation>Bereit für</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="58"/>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="74"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>PhaseColumnView</name>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/journey_rows.py" line="181"/>
        <source>%Ln moment(s)</source>
        <translation>
            <numerusform>%Ln Anlass</numerusform>
            <numerusform>%Ln Anlässe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/journey_rows.py" line="186"/>
        <source>+ %Ln more rule(s)</source>
        <translation>
            <numerusform>+ %Ln weitere Regel</numerusform>
            <numerusform>+ %Ln weitere Regeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <location filename="../../planner/ui/moments/journey_rows.py" line="197"/>
        <source>Set the phase of %1</source>
        <translation>Phase von %1 setzen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_rows.py" line="203"/>
        <source>for example: renegotiating the contract</source>
        <translation>zum Beispiel: Vertrag wird neu verhandelt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_rows.py" line="210"/>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/journey_rows.py" line="211"/>
        <source>&amp;Why</source>
        <translation>&amp;Grund</translation>
    </message>
</context>
<context>
    <name>PortfolioFiles</name>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="39"/>
        <source>New &amp;portfolio…</source>
        <translation>Neues &amp;Portfolio…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="40"/>
        <source>&amp;Open portfolio…</source>
        <translation>Portfolio ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="41"/>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="42"/>
        <source>Restore from &amp;backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="51"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="84"/>
        <source>No other portfolios opened yet</source>
        <translation>Noch keine anderen Portfolios geöffnet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="87"/>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="111"/>
        <source>Cannot open the portfolio</source>
        <translation>Portfolio kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="122"/>
        <location filename="../../planner/ui/shell/file_menu.py" line="165"/>
        <source>New portfolio</source>
        <translation>Neues Portfolio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="123"/>
        <source>%1 exists already. Choose a name that is not taken.</source>
        <translation>%1 gibt es schon. Wählen Sie einen Namen, der noch nicht vergeben ist.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="138"/>
        <location filename="../../planner/ui/shell/file_menu.py" line="147"/>
        <location filename="../../planner/ui/shell/file_menu.py" line="179"/>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="139"/>
        <source>That is the open portfolio itself. Choose another name for the copy.</source>
        <translation>Das ist das geöffnete Portfolio selbst. Wählen Sie einen anderen Namen für die Kopie.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="148"/>
        <source>The copy could not be written:
%1</source>
        <translation>Die Kopie konnte nicht geschrieben werden:
%1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="153"/>
        <source>Copy saved: %1</source>
        <translation>Kopie gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="158"/>
        <source>Portfolios (%1);;All files (*)</source>
        <translation>Portfolios (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="171"/>
        <source>Open portfolio</source>
        <translation>Portfolio öffnen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/file_menu.py" line="177"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Export to ca&amp;lendar…</source>
        <translation>In Kalen&amp;der exportieren…</translation>
    </message>
    <message>
        <source>Backup restored; the portfolio as it was is kept as a backup (restoring it undoes this).</source>
        <translation>Sicherung wiederhergestellt; das Portfolio, wie es war, ist als Sicherung aufbewahrt (sie wiederherzustellen macht dies rückgängig).</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="54"/>
        <source>Filter by name, key, city, owner or segment  (Ctrl+F)</source>
        <translation>Filtern nach Name, Schlüssel, Ort, Betreuer oder Segment  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="61"/>
        <source>Filter by name, key or family  (Ctrl+F)</source>
        <translation>Filtern nach Name, Schlüssel oder Familie  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="68"/>
        <source>Filter by name, account, role, department or e-mail  (Ctrl+F)</source>
        <translation>Filtern nach Name, Kunde, Rolle, Abteilung oder E-Mail  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="84"/>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="85"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="86"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="102"/>
        <source>No accounts yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="102"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="103"/>
        <source>No products yet</source>
        <translation>Noch keine Produkte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="103"/>
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Produkt</numerusform>
            <numerusform>%Ln Produkte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="104"/>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="104"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="111"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="220"/>
        <source>%1 records</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="224"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="228"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="230"/>
        <source>With it go: %1.</source>
        <translation>Damit werden gelöscht: %1.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="231"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="232"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="253"/>
        <source>Erase %1 for data protection?

Their name, e-mail, phone, %2 NPS answers and survey responses are removed everywhere, also from notes, touch summaries and backups. The %3 touches with them stay, without their name.

This cannot be undone, and the undo history is cleared.</source>
        <translation>%1 aus Datenschutzgründen endgültig löschen?

Name, E-Mail, Telefon, %2 NPS-Antworten und Umfrageantworten werden überall entfernt, auch aus Notizen, Gesprächszusammenfassungen und Sicherungen. Die %3 Kontaktpunkte mit dieser Person bleiben erhalten, ohne ihren Namen.

Das kann nicht rückgängig gemacht werden, und der Rückgängig-Verlauf wird geleert.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="262"/>
        <source>Erase contact</source>
        <translation>Kontakt endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="270"/>
        <source>holdings</source>
        <translation>Produktbestände</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="271"/>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="272"/>
        <source>touches</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="273"/>
        <source>QBRs</source>
        <translation>QBRs</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="274"/>
        <source>opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
</context>
<context>
    <name>Qbr</name>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="18"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="19"/>
        <source>held</source>
        <translation>durchgeführt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="20"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="26"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="27"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="28"/>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="34"/>
        <source>The account no longer exists.</source>
        <translation>Den Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="35"/>
        <source>The date is not a date.</source>
        <translation>Das Datum ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="36"/>
        <source>Unknown status.</source>
        <translation>Unbekannter Status.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="37"/>
        <source>An attendee has no name.</source>
        <translation>Ein Teilnehmer hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="38"/>
        <source>An attendee is not a contact of this account.</source>
        <translation>Ein Teilnehmer ist kein Kontakt dieses Kunden.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="39"/>
        <source>Every action needs a title.</source>
        <translation>Jede Maßnahme braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="40"/>
        <source>Unknown status of an action.</source>
        <translation>Unbekannter Status einer Maßnahme.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="41"/>
        <source>The due date of an action is not a date.</source>
        <translation>Das Fälligkeitsdatum einer Maßnahme ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="51"/>
        <source>the customer is still in enablement</source>
        <translation>der Kunde ist noch in der Befähigung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="57"/>
        <source>Win back trust: %1</source>
        <translation>Vertrauen zurückgewinnen: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="61"/>
        <source>Make the start a success: the customer sees value in what they bought</source>
        <translation>Den Start zum Erfolg machen: Der Kunde sieht den Nutzen dessen, was er gekauft hat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="64"/>
        <source>Get the booked product used and show the value of combining</source>
        <translation>Das gebuchte Produkt in Nutzung bringen und den Wert der Kombination zeigen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="65"/>
        <source>Show how the other products extend what already works</source>
        <translation>Zeigen, wie die anderen Produkte das erweitern, was schon funktioniert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="66"/>
        <source>Raise usage of what the customer already pays for</source>
        <translation>Die Nutzung dessen steigern, wofür der Kunde schon zahlt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="67"/>
        <source>Deepen the partnership: shared use cases and a referral</source>
        <translation>Die Partnerschaft vertiefen: gemeinsame Anwendungsfälle und eine Empfehlung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="71"/>
        <source>Agree on usage figures, so that the value can be measured</source>
        <translation>Nutzungskennzahlen vereinbaren, damit sich der Nutzen messen lässt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="73"/>
        <source>Open the next step of growth (potential %1)</source>
        <translation>Den nächsten Wachstumsschritt öffnen (Potenzial %1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="80"/>
        <source>Review of the quarter: results, usage and satisfaction</source>
        <translation>Rückblick auf das Quartal: Ergebnisse, Nutzung und Zufriedenheit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="82"/>
        <source>Status of the open actions from the last QBR (%1)</source>
        <translation>Stand der offenen Maßnahmen aus dem letzten QBR (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="85"/>
        <source>Open issue: %1</source>
        <translation>Offenes Problem: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="90"/>
        <source>Opportunities: %1</source>
        <translation>Verkaufschancen: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="92"/>
        <source>Agreements, owners and next steps</source>
        <translation>Vereinbarungen, Zuständige und nächste Schritte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="103"/>
        <source>%1 – run by: %2</source>
        <translation>%1 – zuständig: %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="108"/>
        <source>Offer %1: comparable customers spend %2 a year on it</source>
        <translation>%1 anbieten: Vergleichbare Kunden geben dafür %2 im Jahr aus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="110"/>
        <source>Offer %1: %2 a year at list price</source>
        <translation>%1 anbieten: %2 im Jahr zum Listenpreis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="115"/>
        <source>Roll out to %1 more potential users (%2 a year)</source>
        <translation>Auf %1 weitere potenzielle Nutzer ausrollen (%2 im Jahr)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_words.py" line="120"/>
        <source>No offer this time: %1. Fix first, sell later.</source>
        <translation>Diesmal kein Angebot: %1. Erst beheben, dann verkaufen.</translation>
    </message>
</context>
<context>
    <name>QbrForm</name>
    <message>
        <source>Draft from the figures</source>
        <translation>Entwurf aus den Kennzahlen</translation>
    </message>
    <message>
        <source>You have written objectives, an agenda or recommendations of your own. Replace them with the draft, or add the draft below them?</source>
        <translation>Sie haben eigene Ziele, eine Agenda oder Empfehlungen geschrieben. Durch den Entwurf ersetzen oder den Entwurf darunter anfügen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Add below</source>
        <translation>Dar&amp;unter anfügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="77"/>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="78"/>
        <source>What the customer and we want from this meeting</source>
        <translation>Was der Kunde und wir von diesem Termin wollen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="79"/>
        <source>One item per line</source>
        <translation>Ein Punkt pro Zeile</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="80"/>
        <source>What we recommend, one per line</source>
        <translation>Was wir empfehlen, eine Empfehlung pro Zeile</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="81"/>
        <source>&amp;Draft from the figures</source>
        <translation>&amp;Entwurf aus den Kennzahlen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="84"/>
        <source>Objectives, agenda and recommendations from the quadrant play, the open moments, the whitespace and the open actions</source>
        <translation>Ziele, Agenda und Empfehlungen aus dem Vorgehen des Quadranten, den offenen Anlässen, dem Whitespace und den offenen Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="91"/>
        <source>What was agreed</source>
        <translation>Was vereinbart wurde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="93"/>
        <source>&amp;Add action</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="95"/>
        <source>Remove action</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="98"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="104"/>
        <source>Date and status</source>
        <translation>Datum und Status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="105"/>
        <source>Customer attendees</source>
        <translation>Teilnehmer beim Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="106"/>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="107"/>
        <source>Plan</source>
        <translation>Planung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="109"/>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="110"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="111"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="113"/>
        <source>Actions from earlier QBRs</source>
        <translation>Maßnahmen aus früheren QBRs</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="117"/>
        <source>After the meeting</source>
        <translation>Nach dem Termin</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="119"/>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="120"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="136"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="139"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="141"/>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="143"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="145"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="147"/>
        <source>Delete QBR</source>
        <translation>QBR löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="185"/>
        <source>Choose a QBR in the list, or plan one.</source>
        <translation>Wählen Sie einen QBR im Kalender oder planen Sie einen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="193"/>
        <source>QBR with %1</source>
        <translation>QBR mit %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="193"/>
        <source>New QBR with %1</source>
        <translation>Neuer QBR mit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/qbr/qbr_form.py" line="217"/>
        <source>%Ln action(s) still open: settle them in this meeting.</source>
        <translation>
            <numerusform>%Ln Maßnahme noch offen: im Termin klären.</numerusform>
            <numerusform>%Ln Maßnahmen noch offen: im Termin klären.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="219"/>
        <source>No open actions from earlier QBRs.</source>
        <translation>Keine offenen Maßnahmen aus früheren QBRs.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="305"/>
        <source>plan QBR %1</source>
        <translation>QBR %1 planen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="305"/>
        <source>edit QBR %1</source>
        <translation>QBR %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="307"/>
        <source>write up QBR %1</source>
        <translation>QBR %1 nachbereiten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="310"/>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="313"/>
        <source>QBR not saved</source>
        <translation>QBR nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="338"/>
        <source>delete QBR %1</source>
        <translation>QBR %1 löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_form.py" line="354"/>
        <source>Save the briefing as PDF</source>
        <translation>Briefing als PDF speichern</translation>
    </message>
</context>
<context>
    <name>QbrWorkspace</name>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="55"/>
        <source>QBRs</source>
        <translation>QBRs</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="57"/>
        <source>Which reviews are coming, and do you walk in prepared?</source>
        <translation>Welche Reviews stehen an, und gehen Sie vorbereitet hinein?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="59"/>
        <source>&amp;Plan a QBR…</source>
        <translation>QBR &amp;planen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="61"/>
        <source>&amp;Briefings for the next days…</source>
        <translation>&amp;Briefings für die nächsten Tage…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="71"/>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="71"/>
        <source>To write up</source>
        <translation>Nachzubereiten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="71"/>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="71"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="79"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="79"/>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="89"/>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="79"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="79"/>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="89"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="80"/>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="80"/>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="89"/>
        <source>Revenue per year</source>
        <translation>Umsatz pro Jahr</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="90"/>
        <source>Last QBR</source>
        <translation>Letzter QBR</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="95"/>
        <source>Enter or double-click: plan a QBR</source>
        <translation>Eingabetaste oder Doppelklick: QBR planen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="144"/>
        <source>%Ln tier A account(s) without a QBR this quarter</source>
        <translation>
            <numerusform>%Ln A-Kunde ohne QBR in diesem Quartal</numerusform>
            <numerusform>%Ln A-Kunden ohne QBR in diesem Quartal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="146"/>
        <source>Every tier A account has a QBR this quarter.</source>
        <translation>Jeder A-Kunde hat in diesem Quartal einen QBR.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="151"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="177"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="177"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="183"/>
        <source>%Ln QBR(s)</source>
        <translation>
            <numerusform>%Ln QBR</numerusform>
            <numerusform>%Ln QBRs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="205"/>
        <source>Plan a QBR</source>
        <translation>QBR planen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="205"/>
        <source>Account:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="211"/>
        <source>Briefings for the next days</source>
        <translation>Briefings für die nächsten Tage</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="211"/>
        <source>QBRs planned within the next days:</source>
        <translation>QBRs, die in den nächsten Tagen geplant sind:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="216"/>
        <source>Folder for the briefings</source>
        <translation>Ordner für die Briefings</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="235"/>
        <source>Writing the briefings…</source>
        <translation>Briefings werden geschrieben…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="241"/>
        <source>%Ln briefing(s) written to %1</source>
        <translation>
            <numerusform>%Ln Briefing nach %1 geschrieben</numerusform>
            <numerusform>%Ln Briefings nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts to plan QBRs for yet</source>
        <translation>Noch keine Kunden, für die sich QBRs planen lassen</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Noch keine Kunden.</translation>
    </message>
    <message>
        <source>QBRs of %1 planned within the next days:</source>
        <translation>QBRs der Kunden von %1, die in den nächsten Tagen geplant sind:</translation>
    </message>
</context>
<context>
    <name>QuadrantBoard</name>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_cards.py" line="80"/>
        <source>never touched</source>
        <translation>nie kontaktiert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_cards.py" line="81"/>
        <source>last touch %1</source>
        <translation>letzter Kontaktpunkt %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_cards.py" line="88"/>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_cards.py" line="90"/>
        <source>breadth %1</source>
        <translation>Breite %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_cards.py" line="91"/>
        <source>intensity %1</source>
        <translation>Intensität %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_cards.py" line="106"/>
        <source>Breadth</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_cards.py" line="106"/>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="79"/>
        <location filename="../../planner/ui/matrix/quadrant_cards.py" line="107"/>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="75"/>
        <source>Recommended owner: %1</source>
        <translation>Empfohlen für: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="85"/>
        <source>The revenue potential of the accounts in this column, added up</source>
        <translation>Das Umsatzpotenzial der Kunden in dieser Spalte, zusammengezählt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="135"/>
        <source>Filter by account or owner</source>
        <translation>Nach Kunde oder Betreuer filtern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="143"/>
        <source>A score from its threshold on counts as high; the cards move when a threshold moves</source>
        <translation>Ein Wert ab der Schwelle gilt als hoch; die Karten wandern, wenn sich eine Schwelle verschiebt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="214"/>
        <source>High from: breadth %1, intensity %2</source>
        <translation>Hoch ab: Breite %1, Intensität %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="236"/>
        <source>No accounts in this quadrant</source>
        <translation>Keine Kunden in diesem Quadranten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="238"/>
        <source>No account here matches the filter</source>
        <translation>Kein Kunde hier passt zum Filter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="256"/>
        <source>%Ln account(s) not scored</source>
        <translation>
            <numerusform>%Ln Kunde nicht bewertet</numerusform>
            <numerusform>%Ln Kunden nicht bewertet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="258"/>
        <source>no active product</source>
        <translation>kein aktives Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="259"/>
        <source>no usage data</source>
        <translation>keine Nutzungsdaten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="258"/>
        <source>%1 without an active product</source>
        <translation>%1 ohne aktives Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="259"/>
        <source>%1 without usage data</source>
        <translation>%1 ohne Nutzungsdaten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="1"/>
        <source>no expected usage</source>
        <translation>keine erwartete Nutzung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="1"/>
        <source>%1 without expected usage</source>
        <translation>%1 ohne erwartete Nutzung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="271"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weiterer</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../planner/ui/moments/readiness_words.py" line="18"/>
        <source>Readiness %1</source>
        <translation>Reife %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_words.py" line="22"/>
        <source>ready for %1</source>
        <translation>bereit für %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_words.py" line="26"/>
        <source>Move to %1</source>
        <translation>Verschieben nach %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_words.py" line="40"/>
        <source>Readiness %1 of 100: %2</source>
        <translation>Reife %1 von 100: %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_words.py" line="43"/>
        <source>%1 by the fast lane (the customer asked)</source>
        <translation>%1 über die Fast Lane (der Kunde hat angefragt)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_words.py" line="47"/>
        <source>Behind its readiness: ready for %1</source>
        <translation>Die Signale sind weiter als die Phase: bereit für %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_words.py" line="49"/>
        <source>Moved by these signals:</source>
        <translation>Bewegt durch diese Signale:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="180"/>
        <source>readiness</source>
        <translation>Reife</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="57"/>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="117"/>
        <source>Readiness by account and product</source>
        <translation>Reife nach Kunde und Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="131"/>
        <source>Make an &amp;opportunity</source>
        <translation>&amp;Verkaufschance anlegen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="134"/>
        <source>A new opportunity for the selected account and product, at the stage its readiness suggests</source>
        <translation>Eine neue Verkaufschance für den gewählten Kunden und das Produkt, in der Phase, für die seine Reife spricht</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="140"/>
        <source>By account and product</source>
        <translation>Nach Kunde und Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="160"/>
        <source>From content engaged, events attended and requests of the last %1 days; older ones count less</source>
        <translation>Aus Inhalten, Veranstaltungen und Anfragen der letzten %1 Tage; ältere zählen weniger</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="168"/>
        <source>Account and product pairs: %1</source>
        <translation>Paare aus Kunde und Produkt: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="183"/>
        <source>Select a card to see which signals moved it.</source>
        <translation>Eine Karte wählen, um zu sehen, welche Signale sie bewegt haben.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/readiness_panel.py" line="185"/>
        <source>%1 · %2: no signals about this product in the window</source>
        <translation>%1 · %2: keine Signale zu diesem Produkt im Zeitraum</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../planner/ui/portfolio/record_form.py" line="65"/>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/record_form.py" line="67"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/record_form.py" line="222"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="89"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="93"/>
        <source>The newest of each of the last 7 days and 4 weeks are kept in
%1</source>
        <translation>Aufbewahrt wird jeweils die neueste Sicherung der letzten 7 Tage und der letzten 4 Wochen, in
%1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="95"/>
        <source>Backups are taken once a day, before every import and before an upgrade.</source>
        <translation>Sicherungen entstehen einmal am Tag, vor jedem Import und vor einer Aktualisierung.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="97"/>
        <source>Restoring first backs up the portfolio as it is now: restoring that backup undoes it.</source>
        <translation>Beim Wiederherstellen wird zuerst der jetzige Stand des Portfolios gesichert: Mit dieser Sicherung lässt es sich rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="103"/>
        <source>&amp;Restore this backup…</source>
        <translation>Diese Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/shell/backup_dialog.py" line="115"/>
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln Sicherung</numerusform>
            <numerusform>%Ln Sicherungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="119"/>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="120"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="121"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="122"/>
        <source>Touches</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="123"/>
        <source>Holdings</source>
        <translation>Bestände</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="124"/>
        <source>Usage months</source>
        <translation>Monatswerte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="127"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="128"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="132"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="132"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="170"/>
        <source>Replace the portfolio by the backup of %1?</source>
        <translation>Das Portfolio durch die Sicherung vom %1 ersetzen?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="171"/>
        <source>The portfolio as it is now is backed up first: restore that backup to undo this.</source>
        <translation>Der jetzige Stand des Portfolios wird zuerst gesichert: Stellen Sie diese Sicherung wieder her, um das rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shell/backup_dialog.py" line="186"/>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>SegmentRules</name>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="30"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="31"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="32"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="33"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="34"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="35"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="36"/>
        <source>Size band</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="37"/>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="38"/>
        <source>Revenue per year (€)</source>
        <translation>Umsatz pro Jahr (€)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="39"/>
        <source>Potential (€)</source>
        <translation>Potenzial (€)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="40"/>
        <source>Whitespace (€)</source>
        <translation>Whitespace (€)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="41"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="42"/>
        <source>Breadth (%)</source>
        <translation>Breite (%)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="43"/>
        <source>Intensity (%)</source>
        <translation>Intensität (%)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="44"/>
        <source>Holds product</source>
        <translation>Hat Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="45"/>
        <source>Does not hold product</source>
        <translation>Ohne Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="46"/>
        <source>Tests product (trial)</source>
        <translation>Testet Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="47"/>
        <source>Saved segment</source>
        <translation>Gespeichertes Segment</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="53"/>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="54"/>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="55"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="56"/>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="57"/>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="63"/>
        <source>under 50 employees</source>
        <translation>unter 50 Mitarbeitenden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="64"/>
        <source>50 to 249 employees</source>
        <translation>50 bis 249 Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="65"/>
        <source>250 to 999 employees</source>
        <translation>250 bis 999 Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="66"/>
        <source>1,000 to 4,999 employees</source>
        <translation>1.000 bis 4.999 Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="67"/>
        <source>5,000 employees or more</source>
        <translation>ab 5.000 Mitarbeitenden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="103"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="179"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="181"/>
        <source>(all whitespace)</source>
        <translation>(gesamter Whitespace)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="186"/>
        <source>Campaign &amp;product</source>
        <translation>Kampagnen&amp;produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="189"/>
        <source>An account belongs when it meets every condition.</source>
        <translation>Ein Kunde gehört dazu, wenn er jede Bedingung erfüllt.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="191"/>
        <source>&amp;Add a condition</source>
        <translation>Bedingung &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_rules.py" line="234"/>
        <source>A name is needed</source>
        <translation>Bitte einen Namen eingeben</translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="51"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="66"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="68"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="69"/>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="71"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="72"/>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="73"/>
        <source>Whitespace</source>
        <translation>Whitespace</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="74"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="90"/>
        <source>%1 of %2 segments</source>
        <translation>%1 von %2 Segmenten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="92"/>
        <source>Filter segments (Ctrl+F)</source>
        <translation>Segmente filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="97"/>
        <source>&amp;New segment…</source>
        <translation>&amp;Neues Segment…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="99"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="101"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="103"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="120"/>
        <source>&amp;Save relevant products</source>
        <translation>Relevante Produkte &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="123"/>
        <source>Relevant products</source>
        <translation>Relevante Produkte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="127"/>
        <source>The ticked products are what breadth and whitespace count for this segment&apos;s accounts; with none ticked, all products count.</source>
        <translation>Die angehakten Produkte bestimmen Breite und Whitespace der Kunden dieses Segments; ist keines angehakt, zählen alle.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="199"/>
        <location filename="../../planner/ui/growth/segments_view.py" line="217"/>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_view.py" line="219"/>
        <source>Edit segment</source>
        <translation>Segment bearbeiten</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="197"/>
        <source>Copy list</source>
        <translation>Liste kopieren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="198"/>
        <source>Copies name, key, quadrant and potential, to paste into a spreadsheet</source>
        <translation>Kopiert Name, Nummer, Quadrant und Potenzial zum Einfügen in eine Tabelle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="200"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="201"/>
        <source>Clears the selection (Esc)</source>
        <translation>Hebt die Auswahl auf (Esc)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="218"/>
        <source>Drag across the matrix to select accounts. Click a bubble to open its account.</source>
        <translation>Ziehen Sie über die Matrix, um Kunden auszuwählen. Ein Klick auf eine Blase öffnet den Kunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="222"/>
        <source>%Ln account(s) selected</source>
        <translation>
            <numerusform>%Ln Kunde ausgewählt</numerusform>
            <numerusform>%Ln Kunden ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="226"/>
        <source>Paths drawn for %Ln of them: those in the matrix with most potential.</source>
        <translation>
            <numerusform>Verlauf für den mit dem größten Potenzial gezeigt.</numerusform>
            <numerusform>Verläufe für die %Ln mit dem größten Potenzial gezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../planner/ui/widgets/settings.py" line="70"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/settings.py" line="71"/>
        <source>As the system</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/settings.py" line="72"/>
        <source>Applies at once; the window is built again.</source>
        <translation>Gilt sofort; das Fenster wird neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/settings.py" line="78"/>
        <source>Paper for briefings</source>
        <translation>Papier für Briefings</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/settings.py" line="80"/>
        <source>As the country of the language</source>
        <translation>Wie im Land der Sprache</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/settings.py" line="81"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/settings.py" line="82"/>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/settings.py" line="89"/>
        <source>At start, open the portfolio used last</source>
        <translation>Beim Start das zuletzt genutzte Portfolio öffnen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/settings.py" line="95"/>
        <source>Keep the filters of the lists for the next start</source>
        <translation>Filter der Listen für den nächsten Start behalten</translation>
    </message>
    <message>
        <source>I am (my name as account owner)</source>
        <translation>Ich bin (mein Name als Betreuer)</translation>
    </message>
    <message>
        <source>As the owner column of your accounts writes it; “My accounts” and “My tasks” show these.</source>
        <translation>So wie die Spalte Betreuer Ihrer Kunden ihn schreibt; „Meine Kunden“ und „Meine Aufgaben“ zeigen diese.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../planner/ui/shell/settings_dialog.py" line="28"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Department or region (one is enough)</source>
        <translation>Abteilung oder Region (eins genügt)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Edit signal</source>
        <translation>Signal bearbeiten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Log a signal</source>
        <translation>Signal erfassen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>The subject, e.g. a product's field</source>
        <translation>Das Thema, z. B. das Gebiet eines Produkts</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Trade fair, user group, webinar, ...</source>
        <translation>Messe, Anwendertreffen, Webinar, …</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Webinar, whitepaper, newsletter, ...</source>
        <translation>Webinar, Whitepaper, Newsletter, …</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>What did you hear?</source>
        <translation>Was haben Sie gehört?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>What happened? (type the first letter)</source>
        <translation>Was ist passiert? (Anfangsbuchstaben tippen)</translation>
    </message>
</context>
<context>
    <name>SignalForm</name>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>A new stakeholder needs a department or a region.</source>
        <translation>Ein neuer Kontakt braucht eine Abteilung oder eine Region.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Choose the account.</source>
        <translation>Wählen Sie den Kunden.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Choose what happened.</source>
        <translation>Wählen Sie, was passiert ist.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Enter the date it happened.</source>
        <translation>Geben Sie das Datum ein, an dem es passiert ist.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Name the content they engaged with.</source>
        <translation>Nennen Sie den Inhalt, den sie genutzt haben.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>Not a date.</source>
        <translation>Kein Datum.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_form.py"/>
        <source>The contact is not one of this account's.</source>
        <translation>Der Kontakt gehört nicht zu diesem Kunden.</translation>
    </message>
</context>
<context>
    <name>SignalList</name>
    <message>
        <location filename="../../planner/ui/portfolio/signal_list.py"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_list.py"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_list.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_list.py"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_list.py"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_list.py"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_list.py"/>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/portfolio/signal_list.py"/>
        <source>entered by hand</source>
        <translation>von Hand erfasst</translation>
    </message>
</context>
<context>
    <name>SmartLists</name>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="47"/>
        <source>every account</source>
        <translation>alle Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="52"/>
        <source>(all whitespace)</source>
        <translation>(gesamter Whitespace)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="55"/>
        <source>Smart list</source>
        <translation>Gespeicherte Liste</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="56"/>
        <source>Campaign product</source>
        <translation>Kampagnenprodukt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="58"/>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="60"/>
        <location filename="../../planner/ui/growth/segments_lists.py" line="74"/>
        <source>Campaign value</source>
        <translation>Kampagnenwert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="61"/>
        <location filename="../../planner/ui/growth/segments_lists.py" line="75"/>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="62"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="68"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="69"/>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="70"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="71"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="72"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="73"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="76"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="77"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>SmartListsView</name>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="92"/>
        <source>%1 of %2 lists</source>
        <translation>%1 von %2 Listen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="100"/>
        <source>%1 of %2 accounts</source>
        <translation>%1 von %2 Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="102"/>
        <source>Filter the campaign list (Ctrl+F)</source>
        <translation>Kampagnenliste filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="106"/>
        <source>Smart lists</source>
        <translation>Gespeicherte Listen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="109"/>
        <source>Saved filters that stay live: they count the accounts that meet them now.</source>
        <translation>Filter, die aktuell bleiben: Sie zählen die Kunden, die sie jetzt erfüllen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="112"/>
        <source>&amp;New smart list…</source>
        <translation>&amp;Neue Liste…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="114"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="116"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="118"/>
        <source>E&amp;xport campaign list…</source>
        <translation>Kampagnenliste e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="175"/>
        <source>Make a smart list to see its campaign list here.</source>
        <translation>Legen Sie eine gespeicherte Liste an; hier sehen Sie dann deren Kampagnenliste.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="179"/>
        <source>%1: %2 accounts, campaign value %3</source>
        <translation>%1: %2 Kunden, Kampagnenwert %3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="193"/>
        <source>New smart list</source>
        <translation>Neue gespeicherte Liste</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/segments_lists.py" line="207"/>
        <source>Edit smart list</source>
        <translation>Gespeicherte Liste bearbeiten</translation>
    </message>
</context>
<context>
    <name>StageHeader</name>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="403"/>
        <source>%Ln opportunity(s)</source>
        <translation>
            <numerusform>%Ln Verkaufschance</numerusform>
            <numerusform>%Ln Verkaufschancen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="405"/>
        <source>%1 of %Ln opportunity(s)</source>
        <translation>
            <numerusform>%1 von %Ln Verkaufschance</numerusform>
            <numerusform>%1 von %Ln Verkaufschancen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../planner/ui/widgets/tasks.py" line="114"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/tasks.py" line="156"/>
        <source>The details below help support find the cause.</source>
        <translation>Die Details unten helfen dem Support, die Ursache zu finden.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Import templates</source>
        <translation>Import-Vorlagen</translation>
    </message>
    <message>
        <source>Folder for the templates</source>
        <translation>Ordner für die Vorlagen</translation>
    </message>
    <message>
        <source>An example file for each kind of data, with the columns the import recognises and two example rows. Fill one in, or compare it with what your CRM or Excel exports, then import it: drop it on the window or use File &gt; Import. Import them in their numbered order: accounts first.</source>
        <translation>Eine Beispieldatei je Art von Daten, mit den Spalten, die der Import erkennt, und zwei Beispielzeilen. Füllen Sie eine aus oder vergleichen Sie sie mit dem, was Ihr CRM oder Excel exportiert, und importieren Sie sie dann: auf das Fenster ziehen oder Datei &gt; Importieren. Importieren Sie die Dateien in der Reihenfolge ihrer Nummern: zuerst die Kunden.</translation>
    </message>
    <message>
        <source>German headers, semicolons and decimal comma (German Excel)</source>
        <translation>Deutsche Spaltennamen, Semikolon und Dezimalkomma (deutsches Excel)</translation>
    </message>
    <message>
        <source>English headers, commas and decimal point</source>
        <translation>Englische Spaltennamen, Komma und Dezimalpunkt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The templates could not be saved in %1: %2</source>
        <translation>Die Vorlagen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved in %1:</source>
        <translation>Gespeichert in %1:</translation>
    </message>
    <message>
        <source>Templates for: %1</source>
        <translation>Vorlagen für: %1</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="76"/>
        <source>Limits of the moments</source>
        <translation>Grenzwerte der Anlässe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/moments/moment_thresholds.py" line="118"/>
        <source>Changing a limit is not an undo step; the moments are detected again.</source>
        <translation>Das Ändern eines Grenzwerts ist kein Schritt zum Rückgängigmachen; die Anlässe werden neu erkannt.</translation>
    </message>
</context>
<context>
    <name>TierCard</name>
    <message>
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="51"/>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="67"/>
        <source>Touched within %1 days</source>
        <translation>Kontakt in %1 Tagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="94"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="97"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="101"/>
        <source>Cadence: every %Ln day(s)</source>
        <translation>
            <numerusform>Rhythmus: jeden Tag</numerusform>
            <numerusform>Rhythmus: alle %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="103"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln überfällig</numerusform>
            <numerusform>%Ln überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="106"/>
        <source>none overdue</source>
        <translation>keiner überfällig</translation>
    </message>
</context>
<context>
    <name>TimeValuePanel</name>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="144"/>
        <source>Gap: share of the time minus share of the value (revenue plus potential).</source>
        <translation>Differenz: Zeitanteil minus Wertanteil (Umsatz plus Potenzial).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="149"/>
        <source>Most time for their value</source>
        <translation>Meiste Zeit im Verhältnis zum Wert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="150"/>
        <source>Least time for their value</source>
        <translation>Wenigste Zeit im Verhältnis zum Wert</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="167"/>
        <source>%1 logged in the last %2 days</source>
        <translation>%1 erfasst in den letzten %2 Tagen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="170"/>
        <source>No potential yet: it needs products and what accounts pay for them (holdings with revenue).</source>
        <translation>Noch kein Potenzial: Dafür braucht es Produkte und was Kunden dafür zahlen (Bestand mit Umsatz).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="174"/>
        <source>Potential as on the matrix: the whitespace valued at what comparable accounts pay, plus users without a seat at the account&apos;s seat price, at most what is left of the wallet.</source>
        <translation>Potenzial wie in der Matrix: der Whitespace, bewertet mit dem, was vergleichbare Kunden zahlen, plus Nutzer ohne lizenzierten Platz zum Preis pro Platz des Kunden, höchstens der Rest des Kundenbudgets.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="196"/>
        <source>Time (last 12 months)</source>
        <translation>Zeit (letzte 12 Monate)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="197"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="198"/>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <location filename="../../planner/ui/coverage/coverage_time.py" line="218"/>
        <source>Share of the book per tier</source>
        <translation>Anteil am Portfolio je Stufe</translation>
    </message>
</context>
<context>
    <name>TouchDialog</name>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="76"/>
        <source>Log a touch</source>
        <translation>Kontaktpunkt erfassen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="76"/>
        <source>Edit touch</source>
        <translation>Kontaktpunkt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="102"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="107"/>
        <source>Space ticks the contact under the cursor</source>
        <translation>Leertaste hakt den Kontakt unter dem Cursor an</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="110"/>
        <source>What was it about?</source>
        <translation>Worum ging es?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="112"/>
        <source>due on</source>
        <translation>fällig am</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="123"/>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="124"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="125"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="126"/>
        <source>Time spent</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="127"/>
        <source>Contacts involved</source>
        <translation>Beteiligte Kontakte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="128"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="129"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="153"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="153"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="153"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="154"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="154"/>
        <source>QBR</source>
        <translation>QBR</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="154"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="211"/>
        <source>No contacts at this account yet</source>
        <translation>Noch keine Kontakte bei diesem Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="213"/>
        <source>Choose an account first</source>
        <translation>Zuerst einen Kunden wählen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py" line="281"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py"/>
        <source>Not a touch but something you heard: an outage, a request, ...</source>
        <translation>Kein Kontaktpunkt, sondern etwas, das Sie gehört haben: eine Störung, eine Anfrage, …</translation>
    </message>
    <message>
        <location filename="../../planner/ui/widgets/touch_dialog.py"/>
        <source>Signal instead…</source>
        <translation>Stattdessen Signal…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>UnscoredPanel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="289"/>
        <source>%Ln account(s) cannot be placed in the matrix: without an active product or usage data there is nothing to score yet.</source>
        <translation>
            <numerusform>%Ln Kunde lässt sich nicht in die Matrix einordnen: Ohne aktives Produkt oder Nutzungsdaten gibt es noch nichts zu bewerten.</numerusform>
            <numerusform>%Ln Kunden lassen sich nicht in die Matrix einordnen: Ohne aktives Produkt oder Nutzungsdaten gibt es noch nichts zu bewerten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="295"/>
        <source>Every account that passes the filters has a score.</source>
        <translation>Jeder Kunde, der zu den Filtern passt, hat eine Bewertung.</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Noch keine Kunden.</translation>
    </message>
</context>
<context>
    <name>WhitespaceGrid</name>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="55"/>
        <source>%1 hold</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="58"/>
        <source>trial</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="60"/>
        <source>trial · %1</source>
        <translation>Test · %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="68"/>
        <source>%1: %2 accounts hold it; %3 have it as whitespace worth %4 a year</source>
        <translation>%1: %2 Kunden haben es; bei %3 ist es Whitespace im Wert von %4 im Jahr</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="73"/>
        <source>%1 held: %2 a year</source>
        <translation>%1 im Bestand: %2 im Jahr</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="75"/>
        <source>%1 is not relevant for this segment</source>
        <translation>%1 ist für dieses Segment nicht relevant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="77"/>
        <source>the median of what %1 comparable accounts (same segment and size band) pay</source>
        <translation>der Median dessen, was %1 vergleichbare Kunden (gleiches Segment, gleiche Größenklasse) zahlen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="80"/>
        <source>the median of what %1 accounts of the same segment pay</source>
        <translation>der Median dessen, was %1 Kunden desselben Segments zahlen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="81"/>
        <source>the median of what %1 accounts pay</source>
        <translation>der Median dessen, was %1 Kunden zahlen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="82"/>
        <source>the list price: nobody comparable buys it yet</source>
        <translation>der Listenpreis: Noch kauft es kein vergleichbarer Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="83"/>
        <source>no value: nobody pays for it and it has no list price</source>
        <translation>kein Wert: Niemand zahlt dafür, und es hat keinen Listenpreis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="85"/>
        <source>%1 in trial, worth %2 a year: %3</source>
        <translation>%1 in der Testphase, Wert %2 im Jahr: %3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="87"/>
        <source>Whitespace %1: %2 a year, %3</source>
        <translation>Whitespace %1: %2 im Jahr, %3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="97"/>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="109"/>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="145"/>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="116"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="122"/>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="125"/>
        <source>Whitespace</source>
        <translation>Whitespace</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="146"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="147"/>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="148"/>
        <source>Size bands</source>
        <translation>Größenklassen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="149"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="150"/>
        <source>Owners</source>
        <translation>Betreuer</translation>
    </message>
</context>
<context>
    <name>WhitespaceView</name>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="171"/>
        <source>Make an &amp;opportunity</source>
        <translation>&amp;Verkaufschance anlegen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="172"/>
        <source>For the whitespace product of the current cell</source>
        <translation>Für das Whitespace-Produkt der aktuellen Zelle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="176"/>
        <source>✓ held (revenue a year) · trial · – not relevant · amber: whitespace, at what peers pay</source>
        <translation>✓ im Bestand (Umsatz pro Jahr) · Testphase · – nicht relevant · orange: Whitespace, bewertet mit dem, was vergleichbare Kunden zahlen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="182"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="201"/>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="203"/>
        <source>Filter by name, key, segment, owner or industry (Ctrl+F)</source>
        <translation>Filtern nach Name, Schlüssel, Segment, Betreuer oder Branche (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="247"/>
        <source>%1 accounts · %2 products · whitespace %3</source>
        <translation>%1 Kunden · %2 Produkte · Whitespace %3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="276"/>
        <source>Opportunity made: %1</source>
        <translation>Verkaufschance angelegt: %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="286"/>
        <source>&amp;Open account</source>
        <translation>Kunden &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/growth/whitespace_grid.py" line="293"/>
        <source>Make an &amp;opportunity for %1</source>
        <translation>&amp;Verkaufschance für %1 anlegen</translation>
    </message>
</context>
<context>
    <name>MyAccounts</name>
    <message>
        <source>Only &amp;my accounts</source>
        <translation>Nur &amp;meine Kunden</translation>
    </message>
    <message>
        <source>Show only the accounts I own, in every workspace (Ctrl+Shift+M)</source>
        <translation>In jedem Arbeitsbereich nur die Kunden zeigen, die ich betreue (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Only my accounts: %1</source>
        <translation>Nur meine Kunden: %1</translation>
    </message>
</context>
<context>
    <name>ForecastStrip</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>Ohne Abschlussdatum</translation>
    </message>
    <message>
        <source>Expected to close from %1 to %2</source>
        <translation>Erwarteter Abschluss vom %1 bis %2</translation>
    </message>
    <message>
        <source>Open opportunities whose close date has passed: date them anew.</source>
        <translation>Offene Verkaufschancen, deren Abschlussdatum vorbei ist: neu terminieren.</translation>
    </message>
    <message>
        <source>Expected to close before the first quarter shown.</source>
        <translation>Erwarteter Abschluss vor dem ersten gezeigten Quartal.</translation>
    </message>
    <message>
        <source>Expected to close after the last quarter shown.</source>
        <translation>Erwarteter Abschluss nach dem letzten gezeigten Quartal.</translation>
    </message>
    <message>
        <source>Without a close date: in no quarter until they have one.</source>
        <translation>Ohne Abschlussdatum: in keinem Quartal, bis sie eines haben.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>by expected close date, weighted by the chance to win per stage</source>
        <translation>nach erwartetem Abschluss, gewichtet mit der Gewinnchance je Reifegrad</translation>
    </message>
    <message>
        <source>&amp;Weights…</source>
        <translation>&amp;Gewichtung…</translation>
    </message>
    <message>
        <source>The chance to win per stage that weights the forecast</source>
        <translation>Die Gewinnchance je Reifegrad, mit der die Prognose gewichtet wird</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Open value</source>
        <translation>Offener Wert</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Open value: the open opportunities expected to close in the column. Weighted: each one's value times the chance to win from its stage (%1). Won: won opportunities by their close date. Lost ones count nowhere.</source>
        <translation>Offener Wert: die offenen Verkaufschancen mit erwartetem Abschluss in dieser Spalte. Gewichtet: der Wert jeder einzelnen mal der Gewinnchance ihres Reifegrads (%1). Gewonnen: gewonnene Verkaufschancen nach ihrem Abschlussdatum. Verlorene zählen nirgends.</translation>
    </message>
</context>
<context>
    <name>StageWeights</name>
    <message>
        <source>change the stage weights</source>
        <translation>Gewichtung der Reifegrade ändern</translation>
    </message>
</context>
<context>
    <name>StageWeightsDialog</name>
    <message>
        <source>Stage weights</source>
        <translation>Gewichtung der Reifegrade</translation>
    </message>
    <message>
        <source>The chance that an opportunity at each stage is won. The forecast weights each open opportunity's value by it, and so does a goal's cover. Unless you type one in, a weight comes from the history of the whole portfolio: how many opportunities went on from each stage and were won.</source>
        <translation>Die Chance, dass eine Verkaufschance auf diesem Reifegrad gewonnen wird. Die Prognose gewichtet den Wert jeder offenen Verkaufschance damit, ebenso die Abdeckung eines Ziels. Solange Sie keine eingeben, kommt die Gewichtung aus der Historie des ganzen Portfolios: wie viele Verkaufschancen von jedem Reifegrad weiterkamen und gewonnen wurden.</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>&amp;Reset to the history</source>
        <translation>Auf die &amp;Historie zurücksetzen</translation>
    </message>
    <message>
        <source>history</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>typed in; history %1</source>
        <translation>eingegeben; Historie %1</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Ohne Fälligkeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>QBR on %1</source>
        <translation>QBR am %1</translation>
    </message>
    <message>
        <source>Opportunity %1</source>
        <translation>Verkaufschance %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Action agreed at the QBR on %1</source>
        <translation>Maßnahme aus dem QBR am %1</translation>
    </message>
    <message>
        <source>Next step of the opportunity %1</source>
        <translation>Nächster Schritt der Verkaufschance %1</translation>
    </message>
    <message>
        <source>Next step of the %1 on %2</source>
        <translation>Nächster Schritt – %1 am %2</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>erledigt: %1</translation>
    </message>
    <message>
        <source>open again: %1</source>
        <translation>wieder offen: %1</translation>
    </message>
    <message>
        <source>1 task due today, %2 overdue</source>
        <translation>1 Aufgabe heute fällig, %2 überfällig</translation>
    </message>
    <message>
        <source>%1 tasks due today, %2 overdue</source>
        <translation>%1 Aufgaben heute fällig, %2 überfällig</translation>
    </message>
    <message>
        <source>1 task due today</source>
        <translation>1 Aufgabe heute fällig</translation>
    </message>
    <message>
        <source>%1 tasks due today</source>
        <translation>%1 Aufgaben heute fällig</translation>
    </message>
    <message>
        <source>1 task overdue</source>
        <translation>1 Aufgabe überfällig</translation>
    </message>
    <message>
        <source>%1 tasks overdue</source>
        <translation>%1 Aufgaben überfällig</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Heute ist nichts fällig</translation>
    </message>
    <message>
        <source>Account Planner</source>
        <translation>Account Planner</translation>
    </message>
    <message>
        <source>QBR: %1</source>
        <translation>QBR: %1</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Betreuer: %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>Whose tasks: yours (Preferences &gt; I am) or anybody's</source>
        <translation>Wessen Aufgaben: Ihre (Einstellungen &gt; Ich bin) oder die aller Betreuer</translation>
    </message>
    <message>
        <source>Show done</source>
        <translation>Erledigte zeigen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Tick a task when it is done (Ctrl+Z takes it back); Enter or a double-click opens its account.</source>
        <translation>Haken Sie eine Aufgabe ab, wenn sie erledigt ist (Strg+Z nimmt das zurück); Enter oder ein Doppelklick öffnet ihren Kunden.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message>
        <source>No open tasks</source>
        <translation>Keine offenen Aufgaben</translation>
    </message>
    <message>
        <source>This task no longer exists; the list is read again.</source>
        <translation>Diese Aufgabe gibt es nicht mehr; die Liste wird neu gelesen.</translation>
    </message>
    <message>
        <source>Done: %1. Ctrl+Z takes it back.</source>
        <translation>Erledigt: %1. Strg+Z nimmt das zurück.</translation>
    </message>
    <message>
        <source>Open again: %1.</source>
        <translation>Wieder offen: %1.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Due now: %1</source>
        <translation>Jetzt fällig: %1</translation>
    </message>
    <message>
        <source>%1 more tasks are due now</source>
        <translation>%1 weitere Aufgaben sind jetzt fällig</translation>
    </message>
</context>
<context>
    <name>TasksDock</name>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>My &amp;tasks</source>
        <translation>Meine &amp;Aufgaben</translation>
    </message>
    <message>
        <source>Next steps and QBR actions due, overdue and later (Ctrl+T)</source>
        <translation>Nächste Schritte und QBR-Maßnahmen: fällig, überfällig und später (Strg+T)</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> Tage voraus</translation>
    </message>
    <message>
        <source>Tasks and QBRs</source>
        <translation>Aufgaben und QBRs</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Planned QBRs on their day, due next steps and QBR actions as all-day entries on their due day (overdue ones on today). Import the file in Outlook, Google Calendar or Apple Calendar; importing a newer one again updates the entries instead of adding them twice.</source>
        <translation>Geplante QBRs an ihrem Tag, fällige nächste Schritte und QBR-Maßnahmen als ganztägige Einträge an ihrem Fälligkeitstag (überfällige auf heute). Importieren Sie die Datei in Outlook, Google Kalender oder Apple Kalender; eine neuere Datei erneut importiert aktualisiert die Einträge, statt sie doppelt anzulegen.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 entries: %2 QBRs, %3 tasks</source>
        <translation>%1 Einträge: %2 QBRs, %3 Aufgaben</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Kalenderdateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The calendar file could not be written:
%1</source>
        <translation>Die Kalenderdatei konnte nicht geschrieben werden:
%1</translation>
    </message>
    <message>
        <source>Calendar written: %1 (%2 entries)</source>
        <translation>Kalender geschrieben: %1 (%2 Einträge)</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>%1 already has an open opportunity for %2 (%3, %4)</source>
        <translation>%1 hat schon eine offene Verkaufschance für %2 (%3, %4)</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(kein Produkt)</translation>
    </message>
    <message>
        <source>Expected close date; proposed: the end of the current quarter</source>
        <translation>Erwarteter Abschluss; vorgeschlagen: das Ende des laufenden Quartals</translation>
    </message>
    <message>
        <source>What happens next, e.g. send the offer</source>
        <translation>Was als Nächstes geschieht, z. B. Angebot senden</translation>
    </message>
    <message>
        <source>due on</source>
        <translation>fällig am</translation>
    </message>
    <message>
        <source>Edit that one instead</source>
        <translation>Stattdessen diese bearbeiten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Verkaufschance</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Verkaufschance bearbeiten</translation>
    </message>
    <message>
        <source>proposed from the whitespace: %1</source>
        <translation>aus dem Whitespace vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Wählen Sie einen Kunden</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Delete the opportunity %1 (%2, %3)?</source>
        <translation>Verkaufschance %1 (%2, %3) löschen?</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Verkaufschance löschen</translation>
    </message>
    <message>
        <source>proposed from what the account pays for it a year: %1</source>
        <translation>vorgeschlagen aus dem, was der Kunde jährlich dafür zahlt: %1</translation>
    </message>
</context>
<context>
    <name>OpportunityList</name>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Erwarteter Abschluss</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>%1 of %2 opportunities</source>
        <translation>%1 von %2 Verkaufschancen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>AccountFigures</name>
    <message>
        <source>Revenue per year</source>
        <translation>Umsatz pro Jahr</translation>
    </message>
    <message>
        <source>Wallet per year</source>
        <translation>Kundenbudget pro Jahr</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Anteil am Kundenbudget</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Journey phase</source>
        <translation>Journey-Phase</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>% promoters minus % detractors among the contacts' latest answers</source>
        <translation>% Promotoren minus % Kritiker unter den letzten Antworten der Kontakte</translation>
    </message>
    <message>
        <source>(set by hand)</source>
        <translation>(von Hand gesetzt)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>AccountOverview</name>
    <message>
        <source>Log a touch…</source>
        <translation>Kontaktpunkt erfassen…</translation>
    </message>
    <message>
        <source>Make an opportunity…</source>
        <translation>Verkaufschance anlegen…</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Zurückstellen…</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Open moments (%1)</source>
        <translation>Offene Anlässe (%1)</translation>
    </message>
    <message>
        <source>Whitespace row (%1 open)</source>
        <translation>Whitespace (%1 offen)</translation>
    </message>
    <message>
        <source>Opportunities (%1 open of %2)</source>
        <translation>Verkaufschancen (%1 offen von %2)</translation>
    </message>
    <message>
        <source>its revenue</source>
        <translation>sein Umsatz</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>Warum jetzt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Valued at</source>
        <translation>Bewertet mit</translation>
    </message>
    <message>
        <source>held</source>
        <translation>im Bestand</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>whitespace</source>
        <translation>Whitespace</translation>
    </message>
    <message>
        <source>median of %1 peers</source>
        <translation>Median von %1 Vergleichskunden</translation>
    </message>
    <message>
        <source>segment median (%1)</source>
        <translation>Median des Segments (%1)</translation>
    </message>
    <message>
        <source>median of all (%1)</source>
        <translation>Median aller Kunden (%1)</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschluss</translation>
    </message>
</context>
<context>
    <name>QbrList</name>
    <message>
        <source>Open QBR…</source>
        <translation>QBR öffnen…</translation>
    </message>
    <message>
        <source>Plan a QBR…</source>
        <translation>QBR planen…</translation>
    </message>
    <message>
        <source>Open actions of its QBRs (%1)</source>
        <translation>Offene Maßnahmen aus seinen QBRs (%1)</translation>
    </message>
</context>
<context>
    <name>AccountQbrs</name>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Maßnahmen vereinbart</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Open action</source>
        <translation>Offene Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Agreed at the QBR of</source>
        <translation>Vereinbart im QBR vom</translation>
    </message>
    <message>
        <source>planned, date passed</source>
        <translation>geplant, Termin verstrichen</translation>
    </message>
    <message>
        <source>held</source>
        <translation>durchgeführt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>Log a touch…</source>
        <translation>Kontaktpunkt erfassen…</translation>
    </message>
    <message>
        <source>Log a signal…</source>
        <translation>Signal erfassen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>AccountTimeline</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Summary or detail</source>
        <translation>Zusammenfassung oder Detail</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation>Signal: %1</translation>
    </message>
    <message>
        <source>planned: %1</source>
        <translation>geplant: %1</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1bn</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1 Tsd.</translation>
    </message>
</context>
<context>
    <name>NavHistory</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to where you were (Alt+Left)</source>
        <translation>Zurück, wo Sie vorher waren (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>Wieder vorwärts (Alt+Rechts)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <source>Tables, boards and fields</source>
        <translation>Tabellen, Boards und Felder</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the selected row or card</source>
        <translation>Die gewählte Zeile oder Karte öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>On the opportunity board: open the card's account</source>
        <translation>Im Board der Verkaufschancen: den Kunden der Karte öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Delete the selected rows or card (asks first)</source>
        <translation>Die gewählten Zeilen oder die Karte löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Links / Rechts</translation>
    </message>
    <message>
        <source>On a board: the card in the next column</source>
        <translation>Im Board: die Karte in der nächsten Spalte</translation>
    </message>
    <message>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Strg+Links / Strg+Rechts</translation>
    </message>
    <message>
        <source>On the opportunity board: move the card to the previous / next stage</source>
        <translation>Im Board der Verkaufschancen: die Karte in den vorigen / nächsten Reifegrad schieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>From a filter field into the list below it</source>
        <translation>Aus dem Filterfeld in die Liste darunter</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Links / Alt+Rechts</translation>
    </message>
    <message>
        <source>Back / forward to the workspace or account page you were in</source>
        <translation>Zurück / vorwärts zum Arbeitsbereich oder zur Kundenseite, wo Sie waren</translation>
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Strg+Tab / Strg+Umschalt+Tab</translation>
    </message>
    <message>
        <source>Out of a table to the next / previous field; elsewhere: next tab</source>
        <translation>Aus einer Tabelle ins nächste / vorige Feld; sonst: nächster Reiter</translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp</source>
        <translation>Strg+Bild ab / Strg+Bild auf</translation>
    </message>
    <message>
        <source>The next / previous tab, also from a table</source>
        <translation>Der nächste / vorige Reiter, auch aus einer Tabelle</translation>
    </message>
    <message>
        <source>Ctrl+Z in a text field</source>
        <translation>Strg+Z in einem Textfeld</translation>
    </message>
    <message>
        <source>Undo the typing in the field (elsewhere: undo the last change)</source>
        <translation>Das Getippte im Feld rückgängig machen (sonst: die letzte Änderung)</translation>
    </message>
</context>
<context>
    <name>StatusNotice</name>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Imported %1: %2 new · %3 updated · %4 unchanged · %5 rejected (not imported)</source>
        <translation>%1 importiert: %2 neu · %3 geändert · %4 unverändert · %5 abgelehnt (nicht importiert)</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>No exact match — showing similar names</source>
        <translation>Kein genauer Treffer – ähnliche Namen</translation>
    </message>
</context>
<context>
    <name>TeamColumns</name>
    <message>
        <source>(no owner)</source>
        <translation>(ohne Betreuer)</translation>
    </message>
    <message>
        <source>No net dollar retention yet: it needs revenue of two quarters.</source>
        <translation>Noch keine Umsatzbindung netto (NDR): Sie braucht Umsatz aus zwei Quartalen.</translation>
    </message>
    <message>
        <source>%1 against %2: +%3 expansion, −%4 contraction, −%5 churn of %6</source>
        <translation>%1 gegen %2: +%3 Ausbau, −%4 Rückgang, −%5 Abwanderung von %6</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Anmeldename: %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Touched
in 90 days</source>
        <translation>Kontaktiert
in 90 Tagen</translation>
    </message>
    <message>
        <source>NDR
12 months</source>
        <translation>NDR
12 Monate</translation>
    </message>
    <message>
        <source>The accounts' owner, however the files spell the name</source>
        <translation>Der Betreuer der Kunden, wie auch immer die Dateien den Namen schreiben</translation>
    </message>
    <message>
        <source>Revenue per year of the owner's accounts</source>
        <translation>Umsatz pro Jahr der Kunden des Betreuers</translation>
    </message>
    <message>
        <source>Share of the owner's accounts touched within the last 90 days</source>
        <translation>Anteil der Kunden des Betreuers mit einem Kontaktpunkt in den letzten 90 Tagen</translation>
    </message>
    <message>
        <source>Next steps due today or overdue</source>
        <translation>Nächste Schritte, heute fällig oder überfällig</translation>
    </message>
    <message>
        <source>Net dollar retention, trailing twelve months to the latest quarter</source>
        <translation>Umsatzbindung netto (NDR), die zwölf Monate bis zum letzten Quartal</translation>
    </message>
    <message>
        <source>Net dollar retention of the latest quarter against the one before</source>
        <translation>Umsatzbindung netto (NDR) des letzten Quartals gegen das Quartal davor</translation>
    </message>
    <message>
        <source>Accounts in the matrix quadrant %1</source>
        <translation>Kunden im Quadranten %1 der Matrix</translation>
    </message>
    <message>
        <source>Accounts of tier %1 not touched within the tier's cadence</source>
        <translation>Kunden der Stufe %1 ohne Kontaktpunkt innerhalb des Kontaktrhythmus der Stufe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Niche
user</source>
        <translation>Insel-
lösung</translation>
    </message>
    <message>
        <source>Under-
performer</source>
        <translation>Under-
performer</translation>
    </message>
    <message>
        <source>Power
user</source>
        <translation>Power-
User</translation>
    </message>
    <message>
        <source>%1 of them not in the matrix: no holdings or no usage yet</source>
        <translation>%1 davon nicht in der Matrix: noch kein Produktbestand oder keine Nutzung</translation>
    </message>
    <message>
        <source>Overdue
tier %1</source>
        <translation>Überfällig
Stufe %1</translation>
    </message>
    <message>
        <source>NDR
quarter</source>
        <translation>NDR zum
Vorquartal</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Schnupper-
kunde</translation>
    </message>
    <message>
        <source>Next
steps due</source>
        <translation>Nächste
Schritte
fällig</translation>
    </message>
</context>
<context>
    <name>TeamWorkspace</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Each row shows what the KAM's own book shows for their accounts: the matrix quadrants, the coverage with the tiers ranked among their own accounts, and net dollar retention. Figures that call for a look are highlighted. Double-click an owner to list their accounts.</source>
        <translation>Jede Zeile zeigt, was das eigene Buch des Betreuers für seine Kunden zeigt: die Quadranten der Matrix, die Abdeckung mit den Stufen innerhalb seiner eigenen Kunden und die Umsatzbindung netto (NDR). Auffällige Zahlen sind hervorgehoben. Ein Doppelklick auf einen Betreuer listet seine Kunden.</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>No handovers yet.</source>
        <translation>Noch keine Übergaben.</translation>
    </message>
    <message>
        <source>Owners: %1 · accounts: %2</source>
        <translation>Betreuer: %1 · Kunden: %2</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>mark %1 conflicts resolved</source>
        <translation>%1 Konflikte als erledigt markieren</translation>
    </message>
    <message>
        <source>a newer change won</source>
        <translation>eine neuere Änderung gilt</translation>
    </message>
    <message>
        <source>the record was deleted</source>
        <translation>der Datensatz wurde gelöscht</translation>
    </message>
    <message>
        <source>published before yours</source>
        <translation>vor Ihrer Änderung veröffentlicht</translation>
    </message>
    <message>
        <source>the account was handed over</source>
        <translation>der Kunde wurde übergeben (Übergabe)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Team conflicts</source>
        <translation>Team-Konflikte</translation>
    </message>
    <message>
        <source>Your changes that the team did not take. Your value is kept here; the book shows the value that won. Enter yours again where it should stand, then mark the conflict resolved.</source>
        <translation>Ihre Änderungen, die das Team nicht übernommen hat. Ihr Wert bleibt hier erhalten; das Portfolio zeigt den Wert, der gilt. Tragen Sie Ihren Wert erneut ein, wo er stehen soll, und markieren Sie den Konflikt dann als erledigt.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Value that won</source>
        <translation>Geltender Wert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Keine offenen Konflikte.</translation>
    </message>
    <message>
        <source>Mark as &amp;resolved</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>&amp;Sync with team</source>
        <translation>Mit dem Team &amp;abgleichen</translation>
    </message>
    <message>
        <source>Receive the team's changes and publish yours (F9)</source>
        <translation>Die Änderungen des Teams holen und Ihre veröffentlichen (F9)</translation>
    </message>
    <message>
        <source>Sync with team</source>
        <translation>Mit dem Team abgleichen</translation>
    </message>
    <message>
        <source>This portfolio is not connected to a team. Connect it in File &gt; Team…</source>
        <translation>Dieses Portfolio ist mit keinem Team verbunden. Verbinden Sie es unter Datei &gt; Team…</translation>
    </message>
    <message>
        <source>Syncing with the team…</source>
        <translation>Abgleich mit dem Team läuft…</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>The sync with the team did not finish; nothing is lost.</source>
        <translation>Der Abgleich mit dem Team wurde nicht abgeschlossen; nichts ist verloren.</translation>
    </message>
    <message>
        <source>The team database could not be reached or refused the sync: %1</source>
        <translation>Die Team-Datenbank war nicht erreichbar oder hat den Abgleich abgelehnt: %1</translation>
    </message>
    <message>
        <source>Nothing is lost: sync again when the team database can be reached.</source>
        <translation>Nichts ist verloren: Gleichen Sie erneut ab, sobald die Team-Datenbank erreichbar ist.</translation>
    </message>
    <message>
        <source>Synced with the team: %1 received, %2 sent</source>
        <translation>Mit dem Team abgeglichen: %1 erhalten, %2 gesendet</translation>
    </message>
    <message>
        <source>new accounts: %1</source>
        <translation>neue Kunden: %1</translation>
    </message>
    <message>
        <source>accounts handed over: %1</source>
        <translation>übergebene Kunden: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Offene Konflikte: %1</translation>
    </message>
    <message>
        <source>This server holds no team database of this version. Ask your team admin to run 'planner team init' on it.</source>
        <translation>Dieser Server enthält keine Team-Datenbank dieser Version. Bitten Sie Ihren Team-Admin, dort „planner team init“ auszuführen.</translation>
    </message>
    <message>
        <source>%1 is not connected to a team: File &gt; Team… connects it.</source>
        <translation>%1 ist mit keinem Team verbunden: Datei &gt; Team… verbindet es.</translation>
    </message>
    <message>
        <source>This book is connected to %1. Disconnect it first.</source>
        <translation>Dieses Portfolio ist mit %1 verbunden. Trennen Sie es zuerst.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password, so each sync will ask for it. To keep it, install a keyring (on Linux: GNOME Keyring or KWallet) and connect again.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund für das Passwort, deshalb fragt jeder Abgleich danach. Damit es erhalten bleibt, installieren Sie einen Schlüsselbund (unter Linux: GNOME Keyring oder KWallet) und verbinden Sie erneut.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Not connected to a team: this portfolio is yours alone.</source>
        <translation>Mit keinem Team verbunden: Dieses Portfolio gehört nur Ihnen.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last sync: %1 · changes waiting: %2 · open conflicts: %3</source>
        <translation>Letzter Abgleich: %1 · wartende Änderungen: %2 · offene Konflikte: %3</translation>
    </message>
    <message>
        <source>%1 of %2 accounts are read-only (owned by others).</source>
        <translation>%1 von %2 Kunden sind nur lesen (anderer Betreuer).</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Sync this portfolio with your team's database: you publish the accounts you own and receive those shared with you. The password is kept in your computer's keyring.</source>
        <translation>Gleichen Sie dieses Portfolio mit der Datenbank Ihres Teams ab: Sie veröffentlichen die Kunden, die Sie betreuen, und erhalten die, die mit Ihnen geteilt werden. Das Passwort liegt im Schlüsselbund Ihres Computers.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Enter the server, your user name and your password.</source>
        <translation>Geben Sie den Server, Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Connecting to the team…</source>
        <translation>Verbindung zum Team wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected, but the password could not be kept: %1</source>
        <translation>Verbunden, aber das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 changes of this portfolio were not published to the team yet. Disconnect all the same? They stay in this portfolio.</source>
        <translation>%1 Änderungen dieses Portfolios wurden noch nicht im Team veröffentlicht. Trotzdem trennen? Sie bleiben in diesem Portfolio.</translation>
    </message>
    <message>
        <source>Disconnect from the team</source>
        <translation>Vom Team trennen</translation>
    </message>
</context>
</TS>
