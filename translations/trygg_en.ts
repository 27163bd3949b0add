<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ReportBuilder</name>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) scored on criteria with other scales are not in the matrix.</source>
        <translation>
            <numerusform>%n risk scored on criteria with other scales is not in the matrix.</numerusform>
            <numerusform>%n risks scored on criteria with other scales are not in the matrix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) without an assessed residual risk are placed by their current risk.</source>
        <translation>
            <numerusform>%n risk without an assessed residual risk is placed by its current risk.</numerusform>
            <numerusform>%n risks without an assessed residual risk are placed by their current risk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s). C, I, A: confidentiality, integrity and availability, 0-4.</source>
        <translation>
            <numerusform>%n asset. C, I, A: confidentiality, integrity and availability, 0-4.</numerusform>
            <numerusform>%n assets. C, I, A: confidentiality, integrity and availability, 0-4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in %1, of which %2 still open.</source>
        <translation>
            <numerusform>%n incident in %1, of which %2 still open.</numerusform>
            <numerusform>%n incidents in %1, of which %2 still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personal data breach(es); %1 not told to the data protection authority within 72 hours.</source>
        <translation>
            <numerusform>%n personal data breach; %1 not told to the data protection authority within 72 hours.</numerusform>
            <numerusform>%n personal data breaches; %1 not told to the data protection authority within 72 hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) done in the year.</source>
        <translation>
            <numerusform>%n measure done in the year.</numerusform>
            <numerusform>%n measures done in the year.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) overdue:</source>
        <translation>
            <numerusform>%n measure overdue:</numerusform>
            <numerusform>%n measures overdue:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) above the acceptance line after measures; %1 of them accepted by management.</source>
        <translation>
            <numerusform>%n risk above the acceptance line after measures; %1 of them accepted by management.</numerusform>
            <numerusform>%n risks above the acceptance line after measures; %1 of them accepted by management.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::ActionPlanModel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::ActionPlanView</name>
    <message numerus="yes">
        <source>Delete %n measures from the action plan?</source>
        <translation>
            <numerusform>Delete %n measure from the action plan?</numerusform>
            <numerusform>Delete %n measures from the action plan?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n measures</source>
        <translation>
            <numerusform>Delete %n measure</numerusform>
            <numerusform>Delete %n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::DueView</name>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within %1 days</source>
        <translation>
            <numerusform>%n due within %1 days</numerusform>
            <numerusform>%n due within %1 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::MainWindow</name>
    <message numerus="yes">
        <source>Combined %n register(s): %1 new, %2 updated, %3 unchanged.</source>
        <translation>
            <numerusform>Combined %n register: %1 new, %2 updated, %3 unchanged.</numerusform>
            <numerusform>Combined %n registers: %1 new, %2 updated, %3 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) were left as they are in this register.</source>
        <translation>
            <numerusform>%n conflict was left as it is in this register.</numerusform>
            <numerusform>%n conflicts were left as they are in this register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) differ between the sections and this register and were not overwritten.</source>
        <translation>
            <numerusform>%n object differs between the sections and this register and was not overwritten.</numerusform>
            <numerusform>%n objects differ between the sections and this register and were not overwritten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::MatrixView</name>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) in this assessment.</source>
        <translation>
            <numerusform>%n risk in this assessment.</numerusform>
            <numerusform>%n risks in this assessment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) in this unit.</source>
        <translation>
            <numerusform>%n risk in this unit.</numerusform>
            <numerusform>%n risks in this unit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) in the register.</source>
        <translation>
            <numerusform>%n risk in the register.</numerusform>
            <numerusform>%n risks in the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scored on other scales, not in the matrix.</source>
        <translation>
            <numerusform>%n scored on other scales, not in the matrix.</numerusform>
            <numerusform>%n scored on other scales, not in the matrix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a residual risk, shown at their current risk.</source>
        <translation>
            <numerusform>%n without a residual risk, shown at its current risk.</numerusform>
            <numerusform>%n without a residual risk, shown at their current risk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) with residual probability %1 and consequence %2. Click the cell again to clear the list.</source>
        <translation>
            <numerusform>%n risk with residual probability %1 and consequence %2. Click the cell again to clear the list.</numerusform>
            <numerusform>%n risks with residual probability %1 and consequence %2. Click the cell again to clear the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) with probability %1 and consequence %2. Click the cell again to clear the list.</source>
        <translation>
            <numerusform>%n risk with probability %1 and consequence %2. Click the cell again to clear the list.</numerusform>
            <numerusform>%n risks with probability %1 and consequence %2. Click the cell again to clear the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) in the zone %1. Click a cell to list its risks instead.</source>
        <translation>
            <numerusform>%n risk in the zone %1. Click a cell to list its risks instead.</numerusform>
            <numerusform>%n risks in the zone %1. Click a cell to list its risks instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::MatrixWidget</name>
    <message numerus="yes">
        <source>%n risk(s) in this cell</source>
        <translation>
            <numerusform>%n risk in this cell</numerusform>
            <numerusform>%n risks in this cell</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::OverviewView</name>
    <message numerus="yes">
        <source>%n risk(s) in the zone %1. Click to see them in the matrix.</source>
        <translation>
            <numerusform>%n risk in the zone %1. Click to see it in the matrix.</numerusform>
            <numerusform>%n risks in the zone %1. Click to see them in the matrix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) overdue</source>
        <translation>
            <numerusform>%n measure overdue</numerusform>
            <numerusform>%n measures overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) due within 30 days</source>
        <translation>
            <numerusform>%n measure due within 30 days</numerusform>
            <numerusform>%n measures due within 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measure(s) done</source>
        <translation>
            <numerusform>%1 of %n measure done</numerusform>
            <numerusform>%1 of %n measures done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) in the asset register</source>
        <translation>
            <numerusform>%n warning in the asset register</numerusform>
            <numerusform>%n warnings in the asset register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue in the yearly cycle (reviews, acceptances, approvals, incidents)</source>
        <translation>
            <numerusform>%n overdue in the yearly cycle (reviews, acceptances, approvals, incidents)</numerusform>
            <numerusform>%n overdue in the yearly cycle (reviews, acceptances, approvals, incidents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::RegisterDocument</name>
    <message numerus="yes">
        <source>Delete %n risk line(s)</source>
        <translation>
            <numerusform>Delete %n risk line</numerusform>
            <numerusform>Delete %n risk lines</numerusform>
        </translation>
    </message>
</context>
</TS>
