<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>samsyn::AgendaEditor</name>
    <message numerus="yes">
        <source>%n referral(s) added to the agenda.</source>
        <translation>
            <numerusform>%n referral added to the agenda.</numerusform>
            <numerusform>%n referrals added to the agenda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::AnnualReport</name>
    <message numerus="yes">
        <source>%1 of %n exit(s)</source>
        <translation>
            <numerusform>%1 of %n exit</numerusform>
            <numerusform>%1 of %n exits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s)</source>
        <translation>
            <numerusform>%1 of %n answer</numerusform>
            <numerusform>%1 of %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n exit(s) not asked or not answered)</source>
        <translation>
            <numerusform>(%n exit not asked or not answered)</numerusform>
            <numerusform>(%n exits not asked or not answered)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::ConsentActions</name>
    <message numerus="yes">
        <source>The consent was withdrawn. %n referral item(s) left meeting agendas.</source>
        <translation>
            <numerusform>The consent was withdrawn. %n referral item left meeting agendas.</numerusform>
            <numerusform>The consent was withdrawn. %n referral items left meeting agendas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::DemoGenerator</name>
    <message numerus="yes">
        <source>The test numbers ran out: %n participants have an invented reservnummer (RES-...) instead.</source>
        <translation>
            <numerusform>The test numbers ran out: %n participant has an invented reservnummer (RES-...) instead.</numerusform>
            <numerusform>The test numbers ran out: %n participants have an invented reservnummer (RES-...) instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::DocumentPrinting</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::DueList</name>
    <message numerus="yes">
        <source>Next meeting %1: %n referral(s) waiting</source>
        <translation>
            <numerusform>Next meeting %1: %n referral waiting</numerusform>
            <numerusform>Next meeting %1: %n referrals waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::GallringDialog</name>
    <message numerus="yes">
        <source>Retention period: %n year(s) after the last entry. Nobody is due for gallring on %1.</source>
        <translation>
            <numerusform>Retention period: %n year after the last entry. Nobody is due for gallring on %1.</numerusform>
            <numerusform>Retention period: %n years after the last entry. Nobody is due for gallring on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s) after the last entry. Due for gallring on %1: %2 participant(s). Each must be deleted by its deadline.</source>
        <translation>
            <numerusform>Retention period: %n year after the last entry. Due for gallring on %1: %2 participant(s). Each must be deleted by its deadline.</numerusform>
            <numerusform>Retention period: %n years after the last entry. Due for gallring on %1: %2 participant(s). Each must be deleted by its deadline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s) and everything recorded about them for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n participant and everything recorded about them for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n participants and everything recorded about them for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) deleted for good. Their counts in the reports are kept.</source>
        <translation>
            <numerusform>%n participant deleted for good. Their counts in the reports are kept.</numerusform>
            <numerusform>%n participants deleted for good. Their counts in the reports are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::ImportFormatPage</name>
    <message numerus="yes">
        <source>Read as %1 with the separator &quot;%2&quot;: %n row(s) after the column names.</source>
        <translation>
            <numerusform>Read as %1 with the separator &quot;%2&quot;: %n row after the column names.</numerusform>
            <numerusform>Read as %1 with the separator &quot;%2&quot;: %n rows after the column names.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::MeetingSeriesDialog</name>
    <message numerus="yes">
        <source>%n meeting(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n meeting, from %1 to %2.</numerusform>
            <numerusform>%n meetings, from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::MeetingsView</name>
    <message numerus="yes">
        <source>%n meeting(s) created.</source>
        <translation>
            <numerusform>%n meeting created.</numerusform>
            <numerusform>%n meetings created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::NotesTab</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n note(s)</source>
        <translation>
            <numerusform>%1 of %n note</numerusform>
            <numerusform>%1 of %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::PeriodReport</name>
    <message numerus="yes">
        <source>Not counted: %n exit(s) registered in error.</source>
        <translation>
            <numerusform>Not counted: %n exit registered in error.</numerusform>
            <numerusform>Not counted: %n exits registered in error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolled counts enrollments: a person in two programmes is counted in both (%n individual(s) in all).</source>
        <translation>
            <numerusform>Enrolled counts enrollments: a person in two programmes is counted in both (%n individual in all).</numerusform>
            <numerusform>Enrolled counts enrollments: a person in two programmes is counted in both (%n individuals in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Those counts are kept per month: %n of them, in months only partly inside this period, are left out.</source>
        <translation>
            <numerusform>Those counts are kept per month: %n of them, in a month only partly inside this period, is left out.</numerusform>
            <numerusform>Those counts are kept per month: %n of them, in months only partly inside this period, are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralsView</name>
    <message numerus="yes">
        <source>%n referral(s) shown</source>
        <translation>
            <numerusform>%n referral shown</numerusform>
            <numerusform>%n referrals shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::RegisterExtract</name>
    <message numerus="yes">
        <source>%n year(s) after the last entry about you, until the end of that calendar year. Then it is deleted; only figures without names remain.</source>
        <translation>
            <numerusform>%n year after the last entry about you, until the end of that calendar year. Then it is deleted; only figures without names remain.</numerusform>
            <numerusform>%n years after the last entry about you, until the end of that calendar year. Then it is deleted; only figures without names remain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::ReportPrinting</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::SipDocument</name>
    <message numerus="yes">
        <source>The SIP has no version %1; it has %n version(s).</source>
        <translation>
            <numerusform>The SIP has no version %1; it has %n version.</numerusform>
            <numerusform>The SIP has no version %1; it has %n versions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::SusExport</name>
    <message numerus="yes">
        <source>Nothing was written: %n problem(s) in the data of %1 must be corrected first, or the export must be made explicitly as incomplete.</source>
        <translation>
            <numerusform>Nothing was written: %n problem in the data of %1 must be corrected first, or the export must be made explicitly as incomplete.</numerusform>
            <numerusform>Nothing was written: %n problems in the data of %1 must be corrected first, or the export must be made explicitly as incomplete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::SusPreviewPage</name>
    <message numerus="yes">
        <source>%n enrollment(s) without a recorded legal gender are not in these figures.</source>
        <translation>
            <numerusform>%n enrollment without a recorded legal gender is not in these figures.</numerusform>
            <numerusform>%n enrollments without a recorded legal gender are not in these figures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file are anonymous (no consent to registration, or protected identity).</source>
        <translation>
            <numerusform>%n row of the file is anonymous (no consent to registration, or protected identity).</numerusform>
            <numerusform>%n rows of the file are anonymous (no consent to registration, or protected identity).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n row(s) of the deltagare file:</source>
        <translation>
            <numerusform>The first %1 of %n row of the deltagare file:</numerusform>
            <numerusform>The first %1 of %n rows of the deltagare file:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::SusProblemsPage</name>
    <message numerus="yes">
        <source>All %n enrollment(s) of the period are complete: nothing stops the export.</source>
        <translation>
            <numerusform>The %n enrollment of the period is complete: nothing stops the export.</numerusform>
            <numerusform>All %n enrollments of the period are complete: nothing stops the export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n enrollment(s) in the period need attention before the export is complete.</source>
        <translation>
            <numerusform>%1 of %n enrollment in the period needs attention before the export is complete.</numerusform>
            <numerusform>%1 of %n enrollments in the period need attention before the export is complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::CheckCommand</name>
    <message numerus="yes">
        <source>%n entries, chain intact</source>
        <translation>
            <numerusform>%n entry, chain intact</numerusform>
            <numerusform>%n entries, chain intact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) outside the file, all reached</source>
        <translation>
            <numerusform>%n anchor outside the file, all reached</numerusform>
            <numerusform>%n anchors outside the file, all reached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::DemoCommand</name>
    <message numerus="yes">
        <source>Created the demo team file %1 with %n participants</source>
        <translation>
            <numerusform>Created the demo team file %1 with %n participant</numerusform>
            <numerusform>Created the demo team file %1 with %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::GallringCommand</name>
    <message numerus="yes">
        <source>Retention period: %n year(s) after the last entry.</source>
        <translation>
            <numerusform>Retention period: %n year after the last entry.</numerusform>
            <numerusform>Retention period: %n years after the last entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due for gallring on %1: %n participant(s).</source>
        <translation>
            <numerusform>Due for gallring on %1: %n participant.</numerusform>
            <numerusform>Due for gallring on %1: %n participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n participant(s) for good; their counts in the reports are kept.</source>
        <translation>
            <numerusform>Deleted %n participant for good; their counts in the reports are kept.</numerusform>
            <numerusform>Deleted %n participants for good; their counts in the reports are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::ImportParticipantsCommand</name>
    <message numerus="yes">
        <source>Nothing was imported: --strict and %n row(s) rejected.</source>
        <translation>
            <numerusform>Nothing was imported: --strict and %n row rejected.</numerusform>
            <numerusform>Nothing was imported: --strict and %n rows rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::PrintExitCommand</name>
    <message numerus="yes">
        <source>Wrote the final slutdokumentation as printed on %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Wrote the final slutdokumentation as printed on %1 (%n page) to %2.</numerusform>
            <numerusform>Wrote the final slutdokumentation as printed on %1 (%n pages) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the final slutdokumentation (%n page(s)) to %1; it is kept unchanged from now on.</source>
        <translation>
            <numerusform>Wrote the final slutdokumentation (%n page) to %1; it is kept unchanged from now on.</numerusform>
            <numerusform>Wrote the final slutdokumentation (%n pages) to %1; it is kept unchanged from now on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a draft slutdokumentation (%n page(s)) to %1. Print with --final to keep it.</source>
        <translation>
            <numerusform>Wrote a draft slutdokumentation (%n page) to %1. Print with --final to keep it.</numerusform>
            <numerusform>Wrote a draft slutdokumentation (%n pages) to %1. Print with --final to keep it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::PrintExtractCommand</name>
    <message numerus="yes">
        <source>Wrote the log extract (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Wrote the log extract (%n page) to %1.</numerusform>
            <numerusform>Wrote the log extract (%n pages) to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the register extract (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Wrote the register extract (%n page) to %1.</numerusform>
            <numerusform>Wrote the register extract (%n pages) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::PrintLetterCommand</name>
    <message numerus="yes">
        <source>Wrote the decision letter on referral %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Wrote the decision letter on referral %1 (%n page) to %2.</numerusform>
            <numerusform>Wrote the decision letter on referral %1 (%n pages) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::PrintProtocolCommand</name>
    <message numerus="yes">
        <source>Wrote the protocol of the meeting on %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Wrote the protocol of the meeting on %1 (%n page) to %2.</numerusform>
            <numerusform>Wrote the protocol of the meeting on %1 (%n pages) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::PrintSipCommand</name>
    <message numerus="yes">
        <source>Wrote version %1 of the SIP (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Wrote version %1 of the SIP (%n page) to %2.</numerusform>
            <numerusform>Wrote version %1 of the SIP (%n pages) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::ReportCommand</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
</TS>
