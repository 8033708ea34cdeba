<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AccountsTableModel</name>
        <message>
            <location filename="../../planner/ui/accounts_model.py" line="55" />
            <source>Key</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <location filename="../../planner/ui/accounts_model.py" line="56" />
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <location filename="../../planner/ui/accounts_model.py" line="57" />
            <source>Tier</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <location filename="../../planner/ui/accounts_model.py" line="58" />
            <source>Industry</source>
            <translation>Branche</translation>
        </message>
        <message>
            <location filename="../../planner/ui/accounts_model.py" line="59" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../planner/ui/accounts_model.py" line="60" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../planner/ui/accounts_model.py" line="61" />
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../planner/ui/accounts_model.py" line="62" />
            <source>Owner</source>
            <translation>Betreuer</translation>
        </message>
        <message>
            <location filename="../../planner/ui/accounts_model.py" line="65" />
            <source>Revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <location filename="../../planner/ui/accounts_model.py" line="72" />
            <source>Wallet</source>
            <translation>Kundenbudget</translation>
        </message>
        <message>
            <location filename="../../planner/ui/accounts_model.py" line="79" />
            <source>Share of wallet</source>
            <translation>Share of Wallet</translation>
        </message>
        <message>
            <location filename="../../planner/ui/accounts_model.py" line="86" />
            <source>Employees</source>
            <translation>Mitarbeitende</translation>
        </message>
        <message>
            <location filename="../../planner/ui/accounts_model.py" line="94" />
            <source>Last touch</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <location filename="../../planner/ui/accounts_model.py" line="178" />
            <source>Tier set by hand</source>
            <translation>Klasse von Hand gesetzt</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../planner/ui/main_window.py" line="47" />
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="63" />
            <source>%1 — Account Planner</source>
            <translation>%1 — Account Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="65" />
            <source>[read-only]</source>
            <translation>[schreibgeschützt]</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="88" />
            <source>Creating the demo portfolio…</source>
            <translation>Das Demo-Portfolio wird angelegt…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="109" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="110" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="114" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="115" />
            <source>&amp;About Account Planner</source>
            <translation>Ü&amp;ber Account Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="123" />
            <source>%1 · %2 accounts · %3 products · %4 contacts</source>
            <translation>%1 · %2 Accounts · %3 Produkte · %4 Kontakte</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="135" />
            <source>Read-only</source>
            <translation>Schreibgeschützt</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="142" />
            <source>About Account Planner</source>
            <translation>Über Account Planner</translation>
        </message>
        <message>
            <location filename="../../planner/ui/main_window.py" line="143" />
            <source>Account Planner %1

Portfolio file:
%2</source>
            <translation>Account Planner %1

Portfolio-Datei:
%2</translation>
        </message>
    </context>
    <context>
        <name>OpenProblems</name>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="26" />
            <source>There is no portfolio file at
{path}</source>
            <translation>Unter
{path}
gibt es keine Portfolio-Datei.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="27" />
            <source>{path}
is a folder, not a portfolio file.</source>
            <translation>{path}
ist ein Ordner, keine Portfolio-Datei.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="28" />
            <source>{path}
cannot be read: you have no permission to open it.</source>
            <translation>{path}
kann nicht gelesen werden: Ihnen fehlt die Berechtigung.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="31" />
            <source>{path}
is not a portfolio: the file is damaged or of another kind. It was not changed.</source>
            <translation>{path}
ist kein Portfolio: Die Datei ist beschädigt oder von anderer Art. Sie wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="35" />
            <source>{path}
is a database of another program, not a portfolio. It was not changed.</source>
            <translation>{path}
ist die Datenbank eines anderen Programms, kein Portfolio. Sie wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="38" />
            <source>{path}
was saved by a newer version of Account Planner. Update the app to open it. The file was not changed.</source>
            <translation>{path}
wurde von einer neueren Version von Account Planner gespeichert. Aktualisieren Sie die App, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="43" />
            <source>{path}
is read-only and was saved by an older version; it must be upgraded before it can be opened. Copy it to a folder where you may write.</source>
            <translation>{path}
ist schreibgeschützt und stammt von einer älteren Version; sie muss vor dem Öffnen aktualisiert werden. Kopieren Sie sie in einen Ordner, in dem Sie schreiben dürfen.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="48" />
            <source>{path}
is read-only: changes cannot be saved.</source>
            <translation>{path}
ist schreibgeschützt: Änderungen können nicht gespeichert werden.</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="56" />
            <source>Cannot open the portfolio</source>
            <translation>Portfolio kann nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="58" />
            <source>Open another portfolio, or start a new one?</source>
            <translation>Ein anderes Portfolio öffnen oder ein neues anlegen?</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="59" />
            <source>Open another…</source>
            <translation>Anderes öffnen…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="60" />
            <source>New portfolio…</source>
            <translation>Neues Portfolio…</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="61" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="75" />
            <source>Open portfolio</source>
            <translation>Portfolio öffnen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="77" />
            <source>Portfolios (*.sqlite *.db);;All files (*)</source>
            <translation>Portfolios (*.sqlite *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="85" />
            <source>New portfolio</source>
            <translation>Neues Portfolio</translation>
        </message>
        <message>
            <location filename="../../planner/ui/open_problems.py" line="87" />
            <source>Portfolios (*.sqlite)</source>
            <translation>Portfolios (*.sqlite)</translation>
        </message>
    </context>
    <context>
        <name>PortfolioView</name>
        <message>
            <location filename="../../planner/ui/portfolio_view.py" line="36" />
            <source>Filter by name, key, city, owner or segment  (Ctrl+F)</source>
            <translation>Filtern nach Name, Schlüssel, Ort, Betreuer oder Segment  (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../planner/ui/portfolio_view.py" line="88" />
            <source>No accounts yet</source>
            <translation>Noch keine Accounts</translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/portfolio_view.py" line="90" />
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln Account</numerusform>
                <numerusform>%Ln Accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/portfolio_view.py" line="92" />
            <source>%1 of %Ln account(s)</source>
            <translation>
                <numerusform>%1 von %Ln Account</numerusform>
                <numerusform>%1 von %Ln Accounts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <location filename="../../planner/ui/tasks.py" line="100" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../planner/ui/tasks.py" line="140" />
            <source>The details below help support find the cause.</source>
            <translation>Die Details unten helfen dem Support, die Ursache zu finden.</translation>
        </message>
    </context>
</TS>