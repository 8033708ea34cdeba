<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ColumnHeader</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="110"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="112"/>
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
        <location filename="../../planner/ui/widgets/journey_words.py" line="63"/>
        <source>%Ln trial(s), nothing bought yet</source>
        <translation>
            <numerusform>%Ln trial, nothing bought yet</numerusform>
            <numerusform>%Ln trials, nothing bought yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/widgets/journey_words.py" line="65"/>
        <source>cancelled %Ln product(s), holds none now</source>
        <translation>
            <numerusform>cancelled %Ln product, holds none now</numerusform>
            <numerusform>cancelled %Ln products, holds none now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/widgets/journey_words.py" line="66"/>
        <source>customer for %Ln day(s)</source>
        <translation>
            <numerusform>customer for %Ln day</numerusform>
            <numerusform>customer for %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage/coverage_view.py" line="160"/>
        <source>%Ln account(s) past their cadence</source>
        <translation>
            <numerusform>%Ln account past its cadence</numerusform>
            <numerusform>%Ln accounts past their cadence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage/coverage_view.py" line="168"/>
        <source>%Ln next step(s) due today or overdue</source>
        <translation>
            <numerusform>%Ln next step due today or overdue</numerusform>
            <numerusform>%Ln next steps due today or overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage/coverage_view.py" line="173"/>
        <source>%Ln account(s) reached through one contact only</source>
        <translation>
            <numerusform>%Ln account reached through one contact only</numerusform>
            <numerusform>%Ln accounts reached through one contact only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage/coverage_view.py" line="179"/>
        <source>A trailing figure: it can look fine while %Ln account(s) go untouched.</source>
        <translation>
            <numerusform>A trailing figure: it can look fine while %Ln account goes untouched.</numerusform>
            <numerusform>A trailing figure: it can look fine while %Ln accounts go untouched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../planner/ui/importing/import_dialog.py" line="352"/>
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
        <location filename="../../planner/ui/importing/import_history.py" line="50"/>
        <source>%Ln import(s)</source>
        <translation>
            <numerusform>%Ln import</numerusform>
            <numerusform>%Ln imports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/journey_view.py" line="126"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/journey_view.py" line="136"/>
        <source>%Ln account(s) along the journey</source>
        <translation>
            <numerusform>%Ln account along the journey</numerusform>
            <numerusform>%Ln accounts along the journey</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/journey_view.py" line="138"/>
        <source>%Ln phase(s) set by hand</source>
        <translation>
            <numerusform>%Ln phase set by hand</numerusform>
            <numerusform>%Ln phases set by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/journey_view.py" line="140"/>
        <source>%Ln prospect(s) in no phase: no product yet</source>
        <translation>
            <numerusform>%Ln prospect in no phase: no product yet</numerusform>
            <numerusform>%Ln prospects in no phase: no product yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/journey_view.py" line="142"/>
        <source>%Ln churned in no phase: all products cancelled</source>
        <translation>
            <numerusform>%Ln churned in no phase: all products cancelled</numerusform>
            <numerusform>%Ln churned in no phase: all products cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_view.py" line="322"/>
        <source>%Ln account(s) not scored</source>
        <translation>
            <numerusform>%Ln account not scored</numerusform>
            <numerusform>%Ln accounts not scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_view.py" line="326"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_view.py" line="370"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_view.py" line="375"/>
        <source>%Ln account(s) in the matrix</source>
        <translation>
            <numerusform>%Ln account in the matrix</numerusform>
            <numerusform>%Ln accounts in the matrix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_view.py" line="416"/>
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovementPanel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="346"/>
        <source>%Ln account(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln account from %1 to %2</numerusform>
            <numerusform>%Ln accounts from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="359"/>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 of %Ln account(s) changed quadrant.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 of %Ln account changed quadrant.</numerusform>
            <numerusform>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 of %Ln accounts changed quadrant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NpsValueView</name>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/nps_view.py" line="187"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/nps_view.py" line="194"/>
        <source>%Ln account(s) without NPS answers are not shown.</source>
        <translation>
            <numerusform>%Ln account without NPS answers is not shown.</numerusform>
            <numerusform>%Ln accounts without NPS answers are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpportunityBoard</name>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/opportunity_board.py" line="195"/>
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
        <location filename="../../planner/ui/moments/journey_rows.py" line="181"/>
        <source>%Ln moment(s)</source>
        <translation>
            <numerusform>%Ln moment</numerusform>
            <numerusform>%Ln moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/journey_rows.py" line="186"/>
        <source>+ %Ln more rule(s)</source>
        <translation>
            <numerusform>+ %Ln more rule</numerusform>
            <numerusform>+ %Ln more rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message numerus="yes">
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="102"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="103"/>
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/portfolio/portfolio_view.py" line="104"/>
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
        <location filename="../../planner/ui/qbr/qbr_form.py" line="217"/>
        <source>%Ln action(s) still open: settle them in this meeting.</source>
        <translation>
            <numerusform>%Ln action still open: settle it in this meeting.</numerusform>
            <numerusform>%Ln actions still open: settle them in this meeting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QbrWorkspace</name>
    <message numerus="yes">
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="144"/>
        <source>%Ln tier A account(s) without a QBR this quarter</source>
        <translation>
            <numerusform>%Ln tier A account without a QBR this quarter</numerusform>
            <numerusform>%Ln tier A accounts without a QBR this quarter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="183"/>
        <source>%Ln QBR(s)</source>
        <translation>
            <numerusform>%Ln QBR</numerusform>
            <numerusform>%Ln QBRs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/qbr/qbr_workspace.py" line="241"/>
        <source>%Ln briefing(s) written to %1</source>
        <translation>
            <numerusform>%Ln briefing written to %1</numerusform>
            <numerusform>%Ln briefings written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuadrantBoard</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="256"/>
        <source>%Ln account(s) not scored</source>
        <translation>
            <numerusform>%Ln account not scored</numerusform>
            <numerusform>%Ln accounts not scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/quadrant_board.py" line="271"/>
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
        <location filename="../../planner/ui/shell/backup_dialog.py" line="115"/>
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln backup</numerusform>
            <numerusform>%Ln backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="222"/>
        <source>%Ln account(s) selected</source>
        <translation>
            <numerusform>%Ln account selected</numerusform>
            <numerusform>%Ln accounts selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="226"/>
        <source>Paths drawn for %Ln of them: those in the matrix with most potential.</source>
        <translation>
            <numerusform>Paths drawn for %Ln of them: those in the matrix with most potential.</numerusform>
            <numerusform>Paths drawn for %Ln of them: those in the matrix with most potential.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageHeader</name>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="403"/>
        <source>%Ln opportunity(s)</source>
        <translation>
            <numerusform>%Ln opportunity</numerusform>
            <numerusform>%Ln opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/moments/opportunity_cards.py" line="405"/>
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
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="94"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="101"/>
        <source>Cadence: every %Ln day(s)</source>
        <translation>
            <numerusform>Cadence: every %Ln day</numerusform>
            <numerusform>Cadence: every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/coverage/coverage_cards.py" line="103"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnscoredPanel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix/matrix_panels.py" line="289"/>
        <source>%Ln account(s) cannot be placed in the matrix: without an active product or usage data there is nothing to score yet.</source>
        <translation>
            <numerusform>%Ln account cannot be placed in the matrix: without an active product or usage data there is nothing to score yet.</numerusform>
            <numerusform>%Ln accounts cannot be placed in the matrix: without an active product or usage data there is nothing to score yet.</numerusform>
        </translation>
    </message>
</context>
</TS>
