<?xml version='1.0' encoding='utf-8'?>
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
    <message numerus="yes">
        <source>%n risk(s) not scored yet are not in the matrix.</source>
        <translation>
            <numerusform>%n risk not scored yet are not in the matrix.</numerusform>
            <numerusform>%n risks not scored yet are not in the matrix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrailNotice</name>
    <message numerus="yes">
        <source>(%n more finding(s))</source>
        <translation>
            <numerusform>(%n more finding)</numerusform>
            <numerusform>(%n more findings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg</name>
    <message numerus="yes">
        <source>a review cycle of %n month is outside %1-%2</source>
        <comment>a review cycle of %n months is outside %1-%2</comment>
        <translation>
            <numerusform>a review cycle of %n month is outside %1-%2</numerusform>
            <numerusform>a review cycle of %n months is outside %1-%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
... and %n more problem</source>
        <comment>%1
... and %n more problems</comment>
        <translation>
            <numerusform>%1
... and %n more problem</numerusform>
            <numerusform>%1
... and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset imported (%1 new, %2 updated)</source>
        <comment>%n assets imported (%1 new, %2 updated)</comment>
        <translation>
            <numerusform>%n asset imported (%1 new, %2 updated)</numerusform>
            <numerusform>%n assets imported (%1 new, %2 updated)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk imported (%1 new, %2 updated)</source>
        <comment>%n risks imported (%1 new, %2 updated)</comment>
        <translation>
            <numerusform>%n risk imported (%1 new, %2 updated)</numerusform>
            <numerusform>%n risks imported (%1 new, %2 updated)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>'%1' has %n level; it needs %2 to %3</source>
        <comment>'%1' has %n levels; it needs %2 to %3</comment>
        <translation>
            <numerusform>'%1' has %n level; it needs %2 to %3</numerusform>
            <numerusform>'%1' has %n levels; it needs %2 to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sheet has more than %n row</source>
        <comment>the sheet has more than %n rows</comment>
        <translation>
            <numerusform>the sheet has more than %n row</numerusform>
            <numerusform>the sheet has more than %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sheet has more than %n column (cell %1)</source>
        <comment>the sheet has more than %n columns (cell %1)</comment>
        <translation>
            <numerusform>the sheet has more than %n column (cell %1)</numerusform>
            <numerusform>the sheet has more than %n columns (cell %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %1 scale has %n level; it needs %2 to %3</source>
        <comment>the %1 scale has %n levels; it needs %2 to %3</comment>
        <translation>
            <numerusform>the %1 scale has %n level; it needs %2 to %3</numerusform>
            <numerusform>the %1 scale has %n levels; it needs %2 to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is set to zone %2, but the matrix has only %n zone</source>
        <comment>%1 is set to zone %2, but the matrix has only %n zones</comment>
        <translation>
            <numerusform>%1 is set to zone %2, but the matrix has only %n zone</numerusform>
            <numerusform>%1 is set to zone %2, but the matrix has only %n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset imported (%1 new, %2 updated, %3 unchanged)</source>
        <comment>%n assets imported (%1 new, %2 updated, %3 unchanged)</comment>
        <translation>
            <numerusform>%n asset imported (%1 new, %2 updated, %3 unchanged)</numerusform>
            <numerusform>%n assets imported (%1 new, %2 updated, %3 unchanged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk imported (%1 new, %2 updated, %3 unchanged)</source>
        <comment>%n risks imported (%1 new, %2 updated, %3 unchanged)</comment>
        <translation>
            <numerusform>%n risk imported (%1 new, %2 updated, %3 unchanged)</numerusform>
            <numerusform>%n risks imported (%1 new, %2 updated, %3 unchanged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row has more than %n column</source>
        <comment>the row has more than %n columns</comment>
        <translation>
            <numerusform>the row has more than %n column</numerusform>
            <numerusform>the row has more than %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has more than %n row</source>
        <comment>the file has more than %n rows</comment>
        <translation>
            <numerusform>the file has more than %n row</numerusform>
            <numerusform>the file has more than %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has more than %n cell</source>
        <comment>the file has more than %n cells</comment>
        <translation>
            <numerusform>the file has more than %n cell</numerusform>
            <numerusform>the file has more than %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>'zones' has %n zone; a matrix has at most %1</source>
        <comment>'zones' has %n zones; a matrix has at most %1</comment>
        <translation>
            <numerusform>'zones' has %n zone; a matrix has at most %1</numerusform>
            <numerusform>'zones' has %n zones; a matrix has at most %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>'cells' lists %n cell; the matrix has only %1</source>
        <comment>'cells' lists %n cells; the matrix has only %1</comment>
        <translation>
            <numerusform>'cells' lists %n cell; the matrix has only %1</numerusform>
            <numerusform>'cells' lists %n cells; the matrix has only %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <comment>%1; and %n more</comment>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the zip archive has more than %n part; a workbook has a few dozen</source>
        <comment>%1: the zip archive has more than %n parts; a workbook has a few dozen</comment>
        <translation>
            <numerusform>%1: the zip archive has more than %n part; a workbook has a few dozen</numerusform>
            <numerusform>%1: the zip archive has more than %n parts; a workbook has a few dozen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the workbook lists more than %n part</source>
        <comment>the workbook lists more than %n parts</comment>
        <translation>
            <numerusform>the workbook lists more than %n part</numerusform>
            <numerusform>the workbook lists more than %n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the workbook has more than %n shared text</source>
        <comment>the workbook has more than %n shared texts</comment>
        <translation>
            <numerusform>the workbook has more than %n shared text</numerusform>
            <numerusform>the workbook has more than %n shared texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sheet has more than %n cell (cell %1)</source>
        <comment>the sheet has more than %n cells (cell %1)</comment>
        <translation>
            <numerusform>the sheet has more than %n cell (cell %1)</numerusform>
            <numerusform>the sheet has more than %n cells (cell %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the matrix has %n zone; it may have at most %1</source>
        <comment>the matrix has %n zones; it may have at most %1</comment>
        <translation>
            <numerusform>the matrix has %n zone; it may have at most %1</numerusform>
            <numerusform>the matrix has %n zones; it may have at most %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the audit trail: %n more entry does not match its chain hash</source>
        <comment>the audit trail: %n more entries do not match their chain hash</comment>
        <translation>
            <numerusform>the audit trail: %n more entry does not match its chain hash</numerusform>
            <numerusform>the audit trail: %n more entries do not match their chain hash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::cli</name>
    <message numerus="yes">
        <source>%n zone</source>
        <comment>%n zones</comment>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment keeps its earlier matrix</source>
        <comment>%n assessments keep their earlier matrix</comment>
        <translation>
            <numerusform>%n assessment keeps its earlier matrix</numerusform>
            <numerusform>%n assessments keep their earlier matrix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <comment>%n errors</comment>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <comment>%n warnings</comment>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <comment>%n days</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section</source>
        <comment>%n sections</comment>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict</source>
        <comment>%n conflicts</comment>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without residual values is shown at its current place</source>
        <comment>%n without residual values are shown at their current place</comment>
        <translation>
            <numerusform>%n without residual values is shown at its current place</numerusform>
            <numerusform>%n without residual values are shown at their current place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scored on other scales is not shown</source>
        <comment>%n scored on other scales are not shown</comment>
        <translation>
            <numerusform>%n scored on other scales is not shown</numerusform>
            <numerusform>%n scored on other scales are not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object removed: its section no longer holds it</source>
        <comment>%n objects removed: their sections no longer hold them</comment>
        <translation>
            <numerusform>%n object removed: its section no longer holds it</numerusform>
            <numerusform>%n objects removed: their sections no longer hold them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line</source>
        <comment>%n lines</comment>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open measure</source>
        <comment>%n open measures</comment>
        <translation>
            <numerusform>%n open measure</numerusform>
            <numerusform>%n open measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not scored yet is not shown</source>
        <comment>%n not scored yet are not shown</comment>
        <translation>
            <numerusform>%n not scored yet is not shown</numerusform>
            <numerusform>%n not scored yet are not shown</numerusform>
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
    <message numerus="yes">
        <source>Nothing matches the filter. %n task(s) are hidden by it.</source>
        <translation>
            <numerusform>Nothing matches the filter. %n task are hidden by it.</numerusform>
            <numerusform>Nothing matches the filter. %n tasks are hidden by it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is overdue and nothing falls due within %n day(s). The list covers reviews of assessments, assets, measures and policy documents; measure deadlines; risks above the acceptance line that need a measure or management's acceptance; risk lines not scored yet; residual risks to score or accept; acceptances that run out; approvals outdated by a change; personal data breaches to report; and exceptions that run out.</source>
        <translation>
            <numerusform>Nothing is overdue and nothing falls due within %n day. The list covers reviews of assessments, assets, measures and policy documents; measure deadlines; risks above the acceptance line that need a measure or management's acceptance; risk lines not scored yet; residual risks to score or accept; acceptances that run out; approvals outdated by a change; personal data breaches to report; and exceptions that run out.</numerusform>
            <numerusform>Nothing is overdue and nothing falls due within %n days. The list covers reviews of assessments, assets, measures and policy documents; measure deadlines; risks above the acceptance line that need a measure or management's acceptance; risk lines not scored yet; residual risks to score or accept; acceptances that run out; approvals outdated by a change; personal data breaches to report; and exceptions that run out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::HistoryModel</name>
    <message numerus="yes">
        <source>%n row(s): %1 new, %2 updated</source>
        <translation>
            <numerusform>%n row: %1 new, %2 updated</numerusform>
            <numerusform>%n rows: %1 new, %2 updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) with problems skipped</source>
        <translation>
            <numerusform>, %n row with problems skipped</numerusform>
            <numerusform>, %n rows with problems skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) filled in</source>
        <translation>
            <numerusform>%n field filled in</numerusform>
            <numerusform>%n fields filled in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::ImportDialog</name>
    <message numerus="yes">
        <source>Checking %n row(s)...</source>
        <translation>
            <numerusform>Checking %n row...</numerusform>
            <numerusform>Checking %n rows...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) of the file will be ignored: %1</source>
        <translation>
            <numerusform>%n column of the file will be ignored: %1</numerusform>
            <numerusform>%n columns of the file will be ignored: %1</numerusform>
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
        <source>%n removed: no longer in their section.</source>
        <translation>
            <numerusform>%n removed: no longer in their section.</numerusform>
            <numerusform>%n removed: no longer in their section.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed by others</source>
        <translation>
            <numerusform>%n record changed by others</numerusform>
            <numerusform>%n records changed by others</numerusform>
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
    <message numerus="yes">
        <source>%n not scored yet, not in the matrix.</source>
        <translation>
            <numerusform>%n not scored yet, not in the matrix.</numerusform>
            <numerusform>%n not scored yet, not in the matrix.</numerusform>
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
    <message numerus="yes">
        <source>Delete %n measures</source>
        <translation>
            <numerusform>Delete %n measure</numerusform>
            <numerusform>Delete %n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm the scores of %n line(s)</source>
        <translation>
            <numerusform>Confirm the scores of %n line</numerusform>
            <numerusform>Confirm the scores of %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trygg::ui::RiskFormView</name>
    <message numerus="yes">
        <source>not scored: %n</source>
        <translation>
            <numerusform>not scored: %n</numerusform>
            <numerusform>not scored: %n</numerusform>
        </translation>
    </message>
</context>
</TS>