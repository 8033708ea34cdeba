<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>PortfolioView</name>
        <message numerus="yes">
            <location filename="../../planner/ui/portfolio_view.py" line="90" />
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln account</numerusform>
                <numerusform>%Ln accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../planner/ui/portfolio_view.py" line="92" />
            <source>%1 of %Ln account(s)</source>
            <translation>
                <numerusform>%1 of %Ln account</numerusform>
                <numerusform>%1 of %Ln accounts</numerusform>
            </translation>
        </message>
    </context>
</TS>