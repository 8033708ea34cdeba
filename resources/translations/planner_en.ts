<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ColumnHeader</name>
    <message numerus="yes">
        <location filename="../../planner/ui/quadrant_board.py" line="318"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/quadrant_board.py" line="320"/>
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 of %Ln account</numerusform>
            <numerusform>%1 of %Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../planner/ui/journey_rows.py" line="95"/>
        <source>%n trial(s), nothing bought yet</source>
        <translation>
            <numerusform>%n trial, nothing bought yet</numerusform>
            <numerusform>%n trials, nothing bought yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/journey_rows.py" line="97"/>
        <source>cancelled %n product(s), holds none now</source>
        <translation>
            <numerusform>cancelled %n product, holds none now</numerusform>
            <numerusform>cancelled %n products, holds none now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/journey_rows.py" line="98"/>
        <source>customer for %n day(s)</source>
        <translation>
            <numerusform>customer for %n day</numerusform>
            <numerusform>customer for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage_view.py" line="160"/>
        <source>%n account(s) past their cadence</source>
        <translation>
            <numerusform>%n account past its cadence</numerusform>
            <numerusform>%n accounts past their cadence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage_view.py" line="168"/>
        <source>%n next step(s) due today or overdue</source>
        <translation>
            <numerusform>%n next step due today or overdue</numerusform>
            <numerusform>%n next steps due today or overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage_view.py" line="173"/>
        <source>%n account(s) reached through one contact only</source>
        <translation>
            <numerusform>%n account reached through one contact only</numerusform>
            <numerusform>%n accounts reached through one contact only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage_view.py" line="179"/>
        <source>A trailing figure: it can look fine while %n account(s) go untouched.</source>
        <translation>
            <numerusform>A trailing figure: it can look fine while %n account goes untouched.</numerusform>
            <numerusform>A trailing figure: it can look fine while %n accounts go untouched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../planner/ui/import_dialog.py" line="352"/>
        <source>Import without the %Ln rejected row(s)</source>
        <translation>
            <numerusform>Import without the %Ln rejected row</numerusform>
            <numerusform>Import without the %Ln rejected rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message numerus="yes">
        <location filename="../../planner/ui/import_history.py" line="50"/>
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n imports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message numerus="yes">
        <location filename="../../planner/ui/journey_view.py" line="124"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/journey_view.py" line="133"/>
        <source>%n account(s) along the journey</source>
        <translation>
            <numerusform>%n account along the journey</numerusform>
            <numerusform>%n accounts along the journey</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/journey_view.py" line="135"/>
        <source>%n phase(s) set by hand</source>
        <translation>
            <numerusform>%n phase set by hand</numerusform>
            <numerusform>%n phases set by hand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_view.py" line="345"/>
        <source>%n account(s) not scored</source>
        <translation>
            <numerusform>%n account not scored</numerusform>
            <numerusform>%n accounts not scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_view.py" line="349"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_view.py" line="392"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_view.py" line="397"/>
        <source>%n account(s) in the matrix</source>
        <translation>
            <numerusform>%n account in the matrix</numerusform>
            <numerusform>%n accounts in the matrix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_view.py" line="486"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovementPanel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_panels.py" line="364"/>
        <source>%n account(s) from %1 to %2</source>
        <translation>
            <numerusform>%n account from %1 to %2</numerusform>
            <numerusform>%n accounts from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_panels.py" line="377"/>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 of %n account(s) changed quadrant.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 of %n account changed quadrant.</numerusform>
            <numerusform>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 of %n accounts changed quadrant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NpsValueView</name>
    <message numerus="yes">
        <location filename="../../planner/ui/nps_view.py" line="185"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/nps_view.py" line="192"/>
        <source>%n account(s) without NPS answers are not shown.</source>
        <translation>
            <numerusform>%n account without NPS answers is not shown.</numerusform>
            <numerusform>%n accounts without NPS answers are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpportunityBoard</name>
    <message numerus="yes">
        <location filename="../../planner/ui/opportunity_board.py" line="195"/>
        <source>Open: %Ln opportunity(s)</source>
        <translation>
            <numerusform>Open: %Ln opportunity</numerusform>
            <numerusform>Open: %Ln opportunities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseColumnView</name>
    <message numerus="yes">
        <location filename="../../planner/ui/journey_rows.py" line="234"/>
        <source>%n moment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/journey_rows.py" line="239"/>
        <source>+ %n more rule(s)</source>
        <translation>
            <numerusform>+ %n more rule</numerusform>
            <numerusform>+ %n more rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message numerus="yes">
        <location filename="../../planner/ui/portfolio_view.py" line="98"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/portfolio_view.py" line="99"/>
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/portfolio_view.py" line="100"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QbrForm</name>
    <message numerus="yes">
        <location filename="../../planner/ui/qbr_form.py" line="217"/>
        <source>%n action(s) still open: settle them in this meeting.</source>
        <translation>
            <numerusform>%n action still open: settle it in this meeting.</numerusform>
            <numerusform>%n actions still open: settle them in this meeting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QbrWorkspace</name>
    <message numerus="yes">
        <location filename="../../planner/ui/qbr_workspace.py" line="142"/>
        <source>%n A customer(s) without a QBR this quarter</source>
        <translation>
            <numerusform>%n A customer without a QBR this quarter</numerusform>
            <numerusform>%n A customers without a QBR this quarter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/qbr_workspace.py" line="181"/>
        <source>%n QBR(s)</source>
        <translation>
            <numerusform>%n QBR</numerusform>
            <numerusform>%n QBRs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/qbr_workspace.py" line="239"/>
        <source>%n briefing(s) written to %1</source>
        <translation>
            <numerusform>%n briefing written to %1</numerusform>
            <numerusform>%n briefings written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuadrantBoard</name>
    <message numerus="yes">
        <location filename="../../planner/ui/quadrant_board.py" line="464"/>
        <source>%Ln account(s) not scored</source>
        <translation>
            <numerusform>%Ln account not scored</numerusform>
            <numerusform>%Ln accounts not scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/quadrant_board.py" line="476"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../planner/ui/backup_dialog.py" line="119"/>
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_panels.py" line="240"/>
        <source>%n account(s) selected</source>
        <translation>
            <numerusform>%n account selected</numerusform>
            <numerusform>%n accounts selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_panels.py" line="244"/>
        <source>Paths drawn for %n of them: those in the matrix with most potential.</source>
        <translation>
            <numerusform>Paths drawn for %n of them: those in the matrix with most potential.</numerusform>
            <numerusform>Paths drawn for %n of them: those in the matrix with most potential.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageHeader</name>
    <message numerus="yes">
        <location filename="../../planner/ui/opportunity_cards.py" line="403"/>
        <source>%Ln opportunity(s)</source>
        <translation>
            <numerusform>%Ln opportunity</numerusform>
            <numerusform>%Ln opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/opportunity_cards.py" line="405"/>
        <source>%1 of %Ln opportunity(s)</source>
        <translation>
            <numerusform>%1 of %Ln opportunity</numerusform>
            <numerusform>%1 of %Ln opportunities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierCard</name>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage_cards.py" line="94"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage_cards.py" line="101"/>
        <source>Cadence: every %n day(s)</source>
        <translation>
            <numerusform>Cadence: every %n day</numerusform>
            <numerusform>Cadence: every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage_cards.py" line="103"/>
        <source>%n past it</source>
        <translation>
            <numerusform>%n past it</numerusform>
            <numerusform>%n past it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnscoredPanel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_panels.py" line="307"/>
        <source>%n account(s) cannot be placed in the matrix: without an active product or usage data there is nothing to score yet.</source>
        <translation>
            <numerusform>%n account cannot be placed in the matrix: without an active product or usage data there is nothing to score yet.</numerusform>
            <numerusform>%n accounts cannot be placed in the matrix: without an active product or usage data there is nothing to score yet.</numerusform>
        </translation>
    </message>
</context>
</TS>
