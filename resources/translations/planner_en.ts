<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../planner/ui/import_dialog.py" line="370" />
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
        <location filename="../../planner/ui/import_history.py" line="48" />
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n imports</numerusform>
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
</TS>