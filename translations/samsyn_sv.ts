<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>QObject</name>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <source>Write a member as &quot;Name:Role:Party&quot; (role and party may be left out): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::AddParticipantCommand</name>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::AssessmentScoring</name>
    <message>
        <source>WHO-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KASAM-13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KASAM-29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step scale has no item scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 item scores, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of %2 must be between %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 total must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item number %1 is not between 1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a step of the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the item scores or the total.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::AttendanceRepository</name>
    <message>
        <source>A group activity needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays are digits 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time must be written hh:mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership needs a start, and its end cannot be before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group already has a session on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown attendance mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::BackupService</name>
    <message>
        <source>The backup is damaged and cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be renamed into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied next to the team file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged team file could not be moved aside; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored file could not be put in place. The old file is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::Banner</name>
    <message>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::CodeTablesSection</name>
    <message>
        <source>Code tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values offered in lists such as income source and occupation. Codes are fixed (exports use them); the labels are the team&apos;s. A new code uses a-z, 0-9 and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (Swedish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time with public support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::Consent</name>
    <message>
        <source>A consent belongs to a participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent cannot be given in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the consent is valid until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent cannot end before it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An oral consent must say which team member recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the parties the consent covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ConsentCodes</name>
    <message>
        <source>Information exchange within the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinated individual plan (SIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ConsentRepository</name>
    <message>
        <source>The participant no longer exists in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown team member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent no longer exists in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent was already withdrawn on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ConsultationRepository</name>
    <message>
        <source>A consultation needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the question the case officer brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation no longer exists in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::Database</name>
    <message>
        <source>A file with that name already exists. Choose another name; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is read-only: the team file could not be created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::DecisionCodes</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline with a recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::DecisionService</name>
    <message>
        <source>Only a referral on the agenda can be assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral no longer exists in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant no longer exists in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral is no longer waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::DemoGenerator</name>
    <message>
        <source>The number of demo participants must be from 0 to 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo history must cover 1 to 50 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invented demo data. Identities are Skatteverket&apos;s test numbers, never assigned to a real person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The test numbers ran out: %n participants have an invented reservnummer (RES-...) instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::DemoIdentities</name>
    <message>
        <source>The list of test identity numbers is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::DueList</name>
    <message>
        <source>SIP follow-up overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP follow-up due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled past the planned end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First follow-up after exit due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second follow-up after exit due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 enrolled, over the %3 places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 places taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::EditParticipantCommand</name>
    <message>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::EditableTable</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::Enrollment</name>
    <message>
        <source>The enrollment needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end cannot be before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passive phase cannot begin before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit needs an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date cannot be before the start date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exit needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extent of work or studies must be between 0 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::EnrollmentRepository</name>
    <message>
        <source>The enrollment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>income source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time in public support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant already has an open enrollment in this programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active enrollment can become passive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passive phase cannot begin before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a passive enrollment can become active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups after exit need an exited enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are two follow-ups after exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up cannot be done before the exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::EnrolmentSettings</name>
    <message>
        <source>Statement %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::GenderText</name>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::IdentityEditor</name>
    <message>
        <source>Kind of identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer or samordningsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other identity (e.g. reservnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as yyyy-MM-dd, e.g. 1990-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. R-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born about %2 (from the number; the real birth date may differ by a day or two)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::LocalCopyOffer</name>
    <message>
        <source>Team file on a network drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team file is on a network drive, so it was opened read-only: SQLite files can be damaged when they are written over a network.

Copy it to this computer (%1) and work in the copy? The file on the network drive is left as it is; make sure nobody else keeps working in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::LocationPage</name>
    <message>
        <source>Where to keep the team file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the file on this computer, not on a network drive or in a cloud-synchronised folder. Samsyn takes a backup beside it every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create team file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team file location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the team file location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samsyn team files (*.samsyn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::LockScreen</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samsyn hid the window after a while without use, so that people passing by cannot read personal data. This is not a password lock: anyone at this computer can continue. Lock the computer itself when you leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the File menu to create a new team file or open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team file was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read everything; changes are not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview of what is due (SIP follow-ups, consents, the 12-month limit, follow-ups after exit, capacity) arrives with enrolments and SIPs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral inbox arrives with the referrals work: referrals waiting for a meeting, put on a meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings, their agendas, meeting mode and the protocol arrive with the meetings work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly and annual reports and the quarter-end export arrive with the reports work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Samsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Samsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Samsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samsyn %1

The file, meetings and reports of a samverkansteam.

Licensed under the European Union Public Licence (EUPL-1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a team file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo team could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this team file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the team file with the backup from %1? Whatever was entered after it is not in the backup. The current file is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::MePage</name>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samsyn records who entered or changed what. Choose yourself among the team members; another member can choose themselves in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, among the team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not one of the members)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::MeetingRepository</name>
    <message>
        <source>A meeting needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a meeting on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting no longer exists in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest at a meeting needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only referral items refer to a referral, and each of them must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral is already on this meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda item no longer exists in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::MeetingService</name>
    <message>
        <source>The meeting no longer exists in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral cannot be assessed on %1: there is no consent to information exchange valid on that day. Record the consent (or its renewal) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series meets every 1 to 12 weeks on one weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series needs a first date and a last date after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series can create at most %1 meetings at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral no longer exists in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda item no longer exists in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decided item stays on the agenda: it is part of the protocol.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::MembersPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is in the team: the coordinators and the contact people of each party. More can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party of the team member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::MembersSection</name>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people in the team. A member who leaves is made inactive; their name stays on what they wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::MessageBoxPrompts</name>
    <message>
        <source>Samsyn team files (*.samsyn);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::MunicipalitiesPage</name>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipalities whose residents the team serves. Each one is also a party of the samordningsförbund.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::MunicipalitiesSection</name>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipalities whose residents the team serves. A municipality that leaves is made inactive, not deleted: older records still refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::PagedPrinter</name>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data controller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA – invented persons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::Participant</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains characters that cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the legal gender: an identity without a personnummer does not tell it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity kind does not match the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may hold digits, spaces, +, - and parentheses only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not complete (name@example.se).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantCard</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral &amp;&amp; consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the card arrives with referrals and enrolments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · protected identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantCommand</name>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantLogTab</name>
    <message>
        <source>Log of access and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantOverviewTab</name>
    <message>
        <source>Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected identity (skyddade personuppgifter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in public support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantRepository</name>
    <message>
        <source>Another participant already has this identity number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>income source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time in public support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant no longer exists in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantStatuses</name>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantsView</name>
    <message>
        <source>Show personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::PartiesPage</name>
    <message>
        <source>Other party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region and other parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försäkringskassan and Arbetsförmedlingen are always parties. Name the region, and add any other organisation that refers participants or has members in the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Region Västerbotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other parties:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::PartiesSection</name>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties behind the team. Referrals come from them, members belong to them and programmes can reserve places for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of party</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::PartyKinds</name>
    <message>
        <source>Försäkringskassan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsförmedlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::PdfExport</name>
    <message>
        <source>Could not save the PDF: the folder %1 does not exist. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the PDF %1: the folder or file is read-only. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the PDF %1. Check that the disk is not full and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::Personnummer</name>
    <message>
        <source>No number was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number contains characters that are not allowed: use digits, with &apos;-&apos; or &apos;+&apos; only before the last four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has the wrong length: enter 10 digits (YYMMDD-NNNN) or 12 digits (YYYYMMDD-NNNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number does not begin with a real date: check the year, month and day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has a wrong check digit: check every digit, the last one in particular.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number gives a birth date in the future: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;+&apos; says the person is 100 or older, which does not match the year: check the year or the separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for an identity: at most %1 characters are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ProgrammesPage</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programmes (insatser) the team offers and how many participants each can take at once. Places per party can be set later under Team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ProgrammesSection</name>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programmes (insatser) the team offers. Capacity 0 means no fixed limit. The columns on the right reserve places for a party; together they cannot exceed the capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::Referral</name>
    <message>
        <source>A referral needs a participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the referral was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the referring party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case officer&apos;s name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text field is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each attachment needs a name of at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralAssessment</name>
    <message>
        <source>Has the referring party tried its own options fully?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the person, with more support, approach work, studies or work-oriented rehabilitation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the person want to take part?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer needs a programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer needs a coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer needs a planned start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting list is per programme: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decline needs a recommendation to the referring party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is missing before the referral can be decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralAssessmentRepository</name>
    <message>
        <source>Unknown programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralRepository</name>
    <message>
        <source>The participant no longer exists in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown referring party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown income source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown occupation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral no longer exists in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralService</name>
    <message>
        <source>The referral no longer exists in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decided referral cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralStatuses</name>
    <message>
        <source>Waiting for assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::SettingsCombos</name>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::SettingsRepository</name>
    <message>
        <source>%1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of %1 is too long (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period must be between 1 and 100 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity must be between 0 and 10000 places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest time in a programme must be between 1 and 120 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party&apos;s places cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties&apos; places (%1) add up to more than the capacity (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code may use a-z, 0-9 and _ only, at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::SettingsSection</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo unsaved changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::SipRepository</name>
    <message>
        <source>The SIP needs the date of its meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next follow-up cannot be before the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action needs to say what is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action cannot be due before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant of the meeting needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP version no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier version of a SIP cannot be changed; change the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP has no current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up cannot be before the meeting of the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::SqlValues</name>
    <message>
        <source>Unknown %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::SqliteErrors</name>
    <message>
        <source>The team file is in use by another program. Close the other Samsyn window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team file cannot be changed: the file or its folder is read-only. Nothing was saved. Move the file to a folder where you may write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer could not read or write the team file (a disk error). Nothing was saved. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team file is damaged. Nothing was changed. Restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team file could not be opened. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Samsyn team file: it is not a database at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a database, but not a Samsyn team file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes), so it holds no team. Nothing was changed. Restore a backup, or create a new team file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team file was saved by a newer version of Samsyn. Update Samsyn to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team file does not exist. Check the path; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team file is open in another Samsyn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team file is on a network drive, where it can be damaged when two computers write to it. It was opened read-only. Move it to this computer&apos;s data folder to work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the team file and was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entered data is not valid and was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you asked for is not in the team file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samsyn could not complete the action because of an internal error. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::StartDialog</name>
    <message>
        <source>Welcome to Samsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samsyn keeps the team&apos;s participants, referrals, meetings and reports in one team file. Create the team&apos;s file, or open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a team file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent team files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent team files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::TeamFile</name>
    <message>
        <source>The team file&apos;s structure was changed outside Samsyn, so it cannot be trusted. Nothing was changed. Restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team file is open in another Samsyn: %1. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are sure that nobody on %1 has it open, you may break the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team file is in a cloud-synchronised folder. The sync program can replace or split the file while Samsyn writes to it. Keep it in this computer&apos;s data folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or its folder is read-only, so the team file was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samsyn could not mark the file as in use (no lock file could be written next to it), so it was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team file cannot be created on a network drive: two computers writing to it can damage it. Choose a folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::TeamInfoPage</name>
    <message>
        <source>The team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details appear in the window title and on every printed document. You can change them later under Team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samordnings&amp;förbund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samordningsförbund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personuppgifts&amp;ansvarig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personuppgiftsansvarig (data controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secrecy marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrecy marking on documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Samverkansteamet Norra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the party that employs the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::TeamInfoSection</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the window title and printed in the header and footer of every document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samordnings&amp;förbund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samordningsförbund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personuppgifts&amp;ansvarig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personuppgiftsansvarig (data controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secrecy marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrecy marking on documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention (gallring):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::TeamLock</name>
    <message>
        <source>%1 on the computer %2 (since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::TeamOpener</name>
    <message>
        <source>The team file is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team file is open on another computer: %1.

Break the lock only if you are sure that nobody there has the file open. Two Samsyn programs writing to the same file can damage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup of this team file was taken %1. Restore it? The damaged file is kept aside, not deleted; whatever was entered after the backup is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::TeamSettingsView</name>
    <message>
        <source>Team settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::TeamSetup</name>
    <message>
        <source>The team needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team name is too long (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A municipality has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försäkringskassan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsförmedlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team member has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to a party that is not in the list: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (%1) are not among the team members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A programme has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity of %1 must be between 0 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::TeamStatusBar</name>
    <message>
        <source>Signed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team file holds invented demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::TeamWizard</name>
    <message>
        <source>New team file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the team file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file at %1. Choose another name; Samsyn never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::WaitingListRepository</name>
    <message>
        <source>A place on the waiting list needs the date it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant is already on this programme&apos;s waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions in the queue start at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving someone in the queue needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place on the waiting list no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::WritePath</name>
    <message>
        <source>The team file is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::cli::AddParticipantCommand</name>
    <message>
        <source>FILE (--pnr P | --other-identity ID --gender F|M) --given-name G --family-name F [--name &quot;G F&quot;] [--municipality M] [--phone P] [--email E]  add a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2) with id %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --pnr or --other-identity (with --gender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid personnummer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity without a personnummer needs --gender F or M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team has no municipality called %1. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::cli::Arguments</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the team file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::cli::BackupCommand</name>
    <message>
        <source>FILE  take a verified backup of the team file now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::cli::CheckCommand</name>
    <message>
        <source>FILE  check a team file&apos;s integrity, audit trail, lock and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens as a team file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samsyn team file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this Samsyn uses %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, chain intact</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>broken at entry %1: changed outside Samsyn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, newest %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::cli::DemoCommand</name>
    <message>
        <source>FILE [--participants N] [--years Y] [--seed S]  create a team file with invented demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created the demo team file %1 with %n participants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::cli::DueCommand</name>
    <message>
        <source>FILE [--format table|csv|json]  list what is due today (Översikt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the team file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::cli::InitCommand</name>
    <message>
        <source>FILE --team NAME [--municipality M]... [--member &quot;Name:Role:Party&quot;]... [--programme &quot;Name:capacity&quot;]...  create a new team file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the team a name with --team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the team file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a programme as &quot;Name:capacity&quot;, such as &quot;Steget:15&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::cli::Main</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a date written as YYYY-MM-DD, such as 2026-11-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::cli::ParticipantsCommand</name>
    <message>
        <source>FILE [--status S] [--format table|csv|json] [--show-pnr]  list the participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status %1: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::cli::Registry</name>
    <message>
        <source>Usage: samsyn-cli [--lang sv|en] [--date YYYY-MM-DD] [--as MEMBER] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act as if today were this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team member using Samsyn, recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::cli::RestoreCommand</name>
    <message>
        <source>FILE BACKUP  replace the team file with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the team file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced file was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::cli::TableOutput</name>
    <message>
        <source>Unknown format %1: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>samsyn::cli::TeamAccess</name>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team member called %1 in this team file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
