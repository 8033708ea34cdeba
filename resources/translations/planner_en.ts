<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ColumnHeader</name>
    <message numerus="yes">
        <location filename="../../planner/ui/quadrant_board.py" line="331" />
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform><numerusform>%Ln accounts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/quadrant_board.py" line="333" />
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 of %Ln account</numerusform><numerusform>%1 of %Ln accounts</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../planner/ui/import_dialog.py" line="372" />
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
        <location filename="../../planner/ui/import_history.py" line="50" />
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n imports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_view.py" line="345" />
        <source>%n account(s) not scored</source>
        <translation>
            <numerusform>%n account not scored</numerusform>
            <numerusform>%n accounts not scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_view.py" line="349" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_view.py" line="392" />
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_view.py" line="397" />
        <source>%n account(s) in the matrix</source>
        <translation>
            <numerusform>%n account in the matrix</numerusform>
            <numerusform>%n accounts in the matrix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_view.py" line="486" />
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
        <location filename="../../planner/ui/matrix_panels.py" line="364" />
        <source>%n account(s) from %1 to %2</source>
        <translation>
            <numerusform>%n account from %1 to %2</numerusform>
            <numerusform>%n accounts from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_panels.py" line="377" />
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 of %n account(s) changed quadrant.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 of %n account changed quadrant.</numerusform>
            <numerusform>&lt;b&gt;%1 → %2&lt;/b&gt;: %3 of %n accounts changed quadrant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message numerus="yes">
        <location filename="../../planner/ui/portfolio_view.py" line="98" />
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/portfolio_view.py" line="99" />
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/portfolio_view.py" line="100" />
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuadrantBoard</name>
    <message numerus="yes">
        <location filename="../../planner/ui/quadrant_board.py" line="485" />
        <source>%Ln account(s) not scored</source>
        <translation>
            <numerusform>%Ln account not scored</numerusform>
            <numerusform>%Ln accounts not scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/quadrant_board.py" line="497" />
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_panels.py" line="240" />
        <source>%n account(s) selected</source>
        <translation>
            <numerusform>%n account selected</numerusform>
            <numerusform>%n accounts selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_panels.py" line="244" />
        <source>Paths drawn for %n of them: those in the matrix with most potential.</source>
        <translation>
            <numerusform>Paths drawn for %n of them: those in the matrix with most potential.</numerusform>
            <numerusform>Paths drawn for %n of them: those in the matrix with most potential.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnscoredPanel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/matrix_panels.py" line="307" />
        <source>%n account(s) cannot be placed in the matrix: without an active product or usage data there is nothing to score yet.</source>
        <translation>
            <numerusform>%n account cannot be placed in the matrix: without an active product or usage data there is nothing to score yet.</numerusform>
            <numerusform>%n accounts cannot be placed in the matrix: without an active product or usage data there is nothing to score yet.</numerusform>
        </translation>
    </message>
</context>
</TS>