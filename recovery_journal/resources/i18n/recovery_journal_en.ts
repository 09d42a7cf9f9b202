<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChartLegend</name>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n day(s) before (%1)</source>
        <translation>
            <numerusform>The %n day before (%1)</numerusform>
            <numerusform>The %n days before (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usual range over %n day(s)</source>
        <translation>
            <numerusform>Usual range over %n day</numerusform>
            <numerusform>Usual range over %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartNotes</name>
    <message numerus="yes">
        <source>No check-ins with a %1 value yet in the %n day(s) either side of %2.</source>
        <translation>
            <numerusform>No check-ins with a %1 value yet in the %n day either side of %2.</numerusform>
            <numerusform>No check-ins with a %1 value yet in the %n days either side of %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message numerus="yes">
        <source>%1 (and %n more measure(s) below)</source>
        <translation>
            <numerusform>%1 (and %n more measure below)</numerusform>
            <numerusform>%1 (and %n more measures below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the %n day(s) from then on (%2 with a check-in)</source>
        <translation>
            <numerusform>%1 in the %n day from then on (%2 with a check-in)</numerusform>
            <numerusform>%1 in the %n days from then on (%2 with a check-in)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) have a %2 value, averaging %3; grey squares are days without one.</source>
        <translation>
            <numerusform>%1 of %n day have a %2 value, averaging %3; grey squares are days without one.</numerusform>
            <numerusform>%1 of %n days have a %2 value, averaging %3; grey squares are days without one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on the %n day(s) without</source>
        <translation>
            <numerusform>%1 on the %n day without</numerusform>
            <numerusform>%1 on the %n days without</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n day(s) have a %3 value, averaging %4; grey squares are days without one.</source>
        <translation>
            <numerusform>%1, %2 of %n day have a %3 value, averaging %4; grey squares are days without one.</numerusform>
            <numerusform>%1, %2 of %n days have a %3 value, averaging %4; grey squares are days without one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: answered %n time(s), each with a question left blank, so there is no total to show.</source>
        <translation>
            <numerusform>%1: answered %n time, each with a question left blank, so there is no total to show.</numerusform>
            <numerusform>%1: answered %n times, each with a question left blank, so there is no total to show.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: answered %n time(s); each question is shown on its own.</source>
        <translation>
            <numerusform>%1: answered %n time; each question is shown on its own.</numerusform>
            <numerusform>%1: answered %n times; each question is shown on its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) %1 named a feeling. Most often: %2.</source>
        <translation>
            <numerusform>%n check-in %1 named a feeling. Most often: %2.</numerusform>
            <numerusform>%n check-ins %1 named a feeling. Most often: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal review(s)</source>
        <translation>
            <numerusform>%n goal review</numerusform>
            <numerusform>%n goal reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal step(s)</source>
        <translation>
            <numerusform>%n goal step</numerusform>
            <numerusform>%n goal steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, down from %1 in the %n day(s) before</source>
        <translation>
            <numerusform>, down from %1 in the %n day before</numerusform>
            <numerusform>, down from %1 in the %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, the same as in the %n day(s) before</source>
        <translation>
            <numerusform>, the same as in the %n day before</numerusform>
            <numerusform>, the same as in the %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, up from %1 in the %n day(s) before</source>
        <translation>
            <numerusform>, up from %1 in the %n day before</numerusform>
            <numerusform>, up from %1 in the %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most of your activity %1 was in %2, and in the %n day(s) before in %3.</source>
        <translation>
            <numerusform>Most of your activity %1 was in %2, and in the %n day before in %3.</numerusform>
            <numerusform>Most of your activity %1 was in %2, and in the %n days before in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most of your activity %1 was in %2; the %n day(s) before have nothing linked to a life area.</source>
        <translation>
            <numerusform>Most of your activity %1 was in %2; the %n day before have nothing linked to a life area.</numerusform>
            <numerusform>Most of your activity %1 was in %2; the %n days before have nothing linked to a life area.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing linked to a life area in this period yet; in the %n day(s) before, most was in %1.</source>
        <translation>
            <numerusform>Nothing linked to a life area in this period yet; in the %n day before, most was in %1.</numerusform>
            <numerusform>Nothing linked to a life area in this period yet; in the %n days before, most was in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You marked %n goal step(s) done %1.</source>
        <translation>
            <numerusform>You marked %n goal step done %1.</numerusform>
            <numerusform>You marked %n goal steps done %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You noted %n goal review(s) %1; no steps were marked done in this time.</source>
        <translation>
            <numerusform>You noted %n goal review %1; no steps were marked done in this time.</numerusform>
            <numerusform>You noted %n goal reviews %1; no steps were marked done in this time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You noted using a strength %n time(s) %1, most often %2 (%3).</source>
        <translation>
            <numerusform>You noted using a strength %n time %1, most often %2 (%3).</numerusform>
            <numerusform>You noted using a strength %n times %1, most often %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your hope averaged %1 on the %n day(s) with %2 and %3; %4</source>
        <translation>
            <numerusform>Your hope averaged %1 on the %n day with %2 and %3; %4</numerusform>
            <numerusform>Your hope averaged %1 on the %n days with %2 and %3; %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your mood averaged %1 on the %n day(s) with %2 and %3; %4</source>
        <translation>
            <numerusform>Your mood averaged %1 on the %n day with %2 and %3; %4</numerusform>
            <numerusform>Your mood averaged %1 on the %n days with %2 and %3; %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>averaged %1 in the %n day(s) before %2 (%3 with a check-in)</source>
        <translation>
            <numerusform>averaged %1 in the %n day before %2 (%3 with a check-in)</numerusform>
            <numerusform>averaged %1 in the %n days before %2 (%3 with a check-in)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>had no check-ins in the %n day(s) before %1</source>
        <translation>
            <numerusform>had no check-ins in the %n day before %1</numerusform>
            <numerusform>had no check-ins in the %n days before %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there are no check-ins yet in the %n day(s) from then on</source>
        <translation>
            <numerusform>there are no check-ins yet in the %n day from then on</numerusform>
            <numerusform>there are no check-ins yet in the %n days from then on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletedBar</name>
    <message numerus="yes">
        <source>Entry deleted. Ctrl+Z can bring back your last %n deleted entries, even after a restart.</source>
        <translation>
            <numerusform>Entry deleted. Ctrl+Z can bring back your last deleted entry, even after a restart.</numerusform>
            <numerusform>Entry deleted. Ctrl+Z can bring back your last %n deleted entries, even after a restart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n early-warning rule(s)</source>
        <translation>
            <numerusform>%n early-warning rule</numerusform>
            <numerusform>%n early-warning rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feeling word(s)</source>
        <translation>
            <numerusform>%n feeling word</numerusform>
            <numerusform>%n feeling words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n helpline(s)</source>
        <translation>
            <numerusform>%n helpline</numerusform>
            <numerusform>%n helplines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n life area(s)</source>
        <translation>
            <numerusform>%n life area</numerusform>
            <numerusform>%n life areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n life check(s)</source>
        <translation>
            <numerusform>%n life check</numerusform>
            <numerusform>%n life checks</numerusform>
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
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan section(s)</source>
        <translation>
            <numerusform>%n plan section</numerusform>
            <numerusform>%n plan sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire answer(s)</source>
        <translation>
            <numerusform>%n questionnaire answer</numerusform>
            <numerusform>%n questionnaire answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength use(s)</source>
        <translation>
            <numerusform>%n strength use</numerusform>
            <numerusform>%n strength uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s)</source>
        <translation>
            <numerusform>%n strength</numerusform>
            <numerusform>%n strengths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s) or support(s)</source>
        <translation>
            <numerusform>%n treatment or support</numerusform>
            <numerusform>%n treatments or supports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more skipped row(s).</source>
        <translation>
            <numerusform>And %n more skipped row.</numerusform>
            <numerusform>And %n more skipped rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryDialogs</name>
    <message numerus="yes">
        <source>%n strength(s) added</source>
        <translation>
            <numerusform>%n strength added</numerusform>
            <numerusform>%n strengths added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <source>%n entries match</source>
        <translation>
            <numerusform>%n entry matches</numerusform>
            <numerusform>%n entries match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n entries match</source>
        <translation>
            <numerusform>More than %n entry matches</numerusform>
            <numerusform>More than %n entries match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesBox</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRuleWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%1 · used %n time(s) in this period</source>
        <translation>
            <numerusform>%1 · used %n time in this period</numerusform>
            <numerusform>%1 · used %n times in this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) on %1 of %2.</source>
        <translation>
            <numerusform>%n check-in on %1 of %2.</numerusform>
            <numerusform>%n check-ins on %1 of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) in this period.</source>
        <translation>
            <numerusform>%n entry in this period.</numerusform>
            <numerusform>%n entries in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept in my log. Changes in this period are listed under each; they are also marked on the charts over time.</source>
        <translation>
            <numerusform>%n kept in my log. Changes in this period are listed under each; they are also marked on the charts over time.</numerusform>
            <numerusform>%n kept in my log. Changes in this period are listed under each; they are also marked on the charts over time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people I chose to list.</source>
        <translation>
            <numerusform>%n person I chose to list.</numerusform>
            <numerusform>%n people I chose to list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareReportDialog</name>
    <message numerus="yes">
        <source>Preview ready: %n page(s).</source>
        <translation>
            <numerusform>Preview ready: %n page.</numerusform>
            <numerusform>Preview ready: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarterDialog</name>
    <message numerus="yes">
        <source>%n ticked.</source>
        <translation>
            <numerusform>%n ticked.</numerusform>
            <numerusform>%n ticked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeksBox</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
</TS>
