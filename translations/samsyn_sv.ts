<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>QObject</name>
    <message>
        <source>participant</source>
        <translation>deltagare</translation>
    </message>
</context>
<context>
    <name>samsyn::AddParticipantCommand</name>
    <message>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
</context>
<context>
    <name>samsyn::AgendaEditor</name>
    <message>
        <source>Fill with waiting referrals</source>
        <translation>Fyll på med väntande remisser</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Flytta punkten uppåt</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Flytta punkten nedåt</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Övriga frågor</translation>
    </message>
    <message>
        <source>Other business, e.g. Planning of the spring</source>
        <translation>Övrig fråga, t.ex. Planering av våren</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No referral was waiting to be added.</source>
        <translation>Det fanns ingen väntande remiss att lägga till.</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) added to the agenda.</source>
        <translation>
            <numerusform>%n remiss lades till på dagordningen.</numerusform>
            <numerusform>%n remisser lades till på dagordningen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left off for lack of a valid consent to information exchange: %1.</source>
        <translation>Utelämnades eftersom det saknas ett giltigt samtycke till informationsutbyte: %1.</translation>
    </message>
    <message>
        <source>Remove from the agenda</source>
        <translation>Ta bort från dagordningen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the agenda? A referral goes back among those waiting for assessment.</source>
        <translation>Vill du ta bort &quot;%1&quot; från dagordningen? En remiss går då tillbaka till dem som väntar på bedömning.</translation>
    </message>
</context>
<context>
    <name>samsyn::AgendaEntry</name>
    <message>
        <source>New referral</source>
        <translation>Ny remiss</translation>
    </message>
    <message>
        <source>Postponed referral</source>
        <translation>Bordlagd remiss</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Övriga frågor</translation>
    </message>
</context>
<context>
    <name>samsyn::AnnualReport</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Goals and outcome</source>
        <translation>Mål och utfall</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Exits to work or studies</source>
        <translation>Avslut till arbete eller studier</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exit(s)</source>
        <translation>
            <numerusform>%1 av %n avslut</numerusform>
            <numerusform>%1 av %n avslut</numerusform>
        </translation>
    </message>
    <message>
        <source>Referrals and consultations</source>
        <translation>Remisser och konsultationer</translation>
    </message>
    <message>
        <source>%1 referrals + %2 consultations</source>
        <translation>%1 remisser + %2 konsultationer</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s)</source>
        <translation>
            <numerusform>%1 av %n svar</numerusform>
            <numerusform>%1 av %n svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n exit(s) not asked or not answered)</source>
        <translation>
            <numerusform>(%n avslut där frågan inte ställdes eller inte besvarades)</numerusform>
            <numerusform>(%n avslut där frågan inte ställdes eller inte besvarades)</numerusform>
        </translation>
    </message>
    <message>
        <source>Feel readier at exit</source>
        <translation>Upplever sig närmare arbete eller studier vid avslut</translation>
    </message>
    <message>
        <source>Exits registered in error are not counted. Shares are rounded to one decimal, halves away from zero; a goal is reached when the exact share is at least the goal.</source>
        <translation>Avslut som registrerats av misstag räknas inte. Andelarna avrundas till en decimal, med halvor avrundade bort från noll; ett mål är uppnått när den exakta andelen är minst lika stor som målet.</translation>
    </message>
    <message>
        <source>The period has %1 days: the yearly goal of %2 referrals and consultations is pro-rated to %1/%3 of it.</source>
        <translation>Perioden har %1 dagar: årsmålet på %2 remisser och konsultationer räknas om till %1/%3 av målet.</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Årsrapport</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Underlag</translation>
    </message>
</context>
<context>
    <name>samsyn::AssessmentEntry</name>
    <message>
        <source>Measure</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Date of the rating</source>
        <translation>Datum för skattningen</translation>
    </message>
    <message>
        <source>Add rating</source>
        <translation>Lägg till skattning</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Instrument:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Over the last two weeks: 5 = all of the time … 0 = at no time.</source>
        <translation>Under de senaste två veckorna: 5 = hela tiden … 0 = aldrig.</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Påstående %1</translation>
    </message>
    <message>
        <source>Item scores from the form (1–7, in form order)</source>
        <translation>Poäng per fråga från formuläret (1–7, i formulärets ordning)</translation>
    </message>
    <message>
        <source>KASAM item scores</source>
        <translation>KASAM-poäng per fråga</translation>
    </message>
    <message>
        <source>Total from the paper form</source>
        <translation>Totalpoäng från pappersformuläret</translation>
    </message>
    <message>
        <source>KASAM total</source>
        <translation>KASAM totalpoäng</translation>
    </message>
    <message>
        <source>Reversed items are scored 8 − answer by Samsyn; enter the answers as ticked.</source>
        <translation>Samsyn räknar omvända frågor som 8 − svaret; fyll i svaren så som de är ikryssade.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Steg:</translation>
    </message>
    <message>
        <source>%1 digits, e.g. 4526…</source>
        <translation>%1 siffror, t.ex. 4526…</translation>
    </message>
    <message>
        <source>Item scores are digits 1–7, one per item.</source>
        <translation>Poängen per fråga är siffrorna 1–7, en per fråga.</translation>
    </message>
</context>
<context>
    <name>samsyn::AssessmentForm</name>
    <message>
        <source>Save answers</source>
        <translation>Spara svar</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrera beslut</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(inte besvarad)</translation>
    </message>
    <message>
        <source>Comment on question %1</source>
        <translation>Kommentar till fråga %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Referred by %1 (%2) on %3</source>
        <translation>Remitterad av %1 (%2) den %3</translation>
    </message>
    <message>
        <source> · asks for %1</source>
        <translation> · önskar %1</translation>
    </message>
    <message>
        <source>Decided on %1: %2</source>
        <translation>Beslutad %1: %2</translation>
    </message>
    <message>
        <source>Correct decision…</source>
        <translation>Rätta beslut…</translation>
    </message>
    <message>
        <source>The decision was recorded wrongly: correct it, with a reason that is kept and printed</source>
        <translation>Beslutet registrerades fel: rätta det, med en anledning som sparas och skrivs ut</translation>
    </message>
</context>
<context>
    <name>samsyn::AssessmentScoring</name>
    <message>
        <source>WHO-5</source>
        <translation>WHO-5</translation>
    </message>
    <message>
        <source>KASAM-13</source>
        <translation>KASAM-13</translation>
    </message>
    <message>
        <source>KASAM-29</source>
        <translation>KASAM-29</translation>
    </message>
    <message>
        <source>Step scale</source>
        <translation>Stegförflyttning</translation>
    </message>
    <message>
        <source>The step scale has no item scores.</source>
        <translation>Stegförflyttningen har inga poäng per fråga.</translation>
    </message>
    <message>
        <source>%1 needs %2 item scores, not %3.</source>
        <translation>%1 behöver poäng för %2 frågor, inte %3.</translation>
    </message>
    <message>
        <source>Item %1 of %2 must be between %3 and %4.</source>
        <translation>Fråga %1 av %2 måste vara mellan %3 och %4.</translation>
    </message>
    <message>
        <source>A %1 total must be between %2 and %3.</source>
        <translation>Totalpoängen för %1 måste vara mellan %2 och %3.</translation>
    </message>
    <message>
        <source>Item number %1 is not between 1 and %2.</source>
        <translation>Fråga nummer %1 är inte mellan 1 och %2.</translation>
    </message>
    <message>
        <source>The assessment needs a date.</source>
        <translation>Skattningen behöver ett datum.</translation>
    </message>
    <message>
        <source>Choose a step of the scale.</source>
        <translation>Välj ett steg på skalan.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>nivå på stegskalan</translation>
    </message>
    <message>
        <source>Enter the item scores or the total.</source>
        <translation>Fyll i poängen per fråga eller totalpoängen.</translation>
    </message>
</context>
<context>
    <name>samsyn::AssessmentsTab</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>New rating</source>
        <translation>Ny skattning</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>Inga skattningar än.</translation>
    </message>
    <message>
        <source>One rating (%1); the change shows from the second one.</source>
        <translation>En skattning (%1); förändringen syns från och med den andra.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Start to latest: %1 → %2 (%3), %4</source>
        <translation>Från start till senaste: %1 → %2 (%3), %4</translation>
    </message>
    <message>
        <source>Start to latest: %1 % → %2 % (%3 percentage points), %4</source>
        <translation>Från start till senaste: %1 % → %2 % (%3 procentenheter), %4</translation>
    </message>
    <message>
        <source> – a relevant improvement (10 points or more)</source>
        <translation> – en relevant förbättring (10 poäng eller mer)</translation>
    </message>
    <message>
        <source> – a relevant decline (10 points or more)</source>
        <translation> – en relevant försämring (10 poäng eller mer)</translation>
    </message>
    <message>
        <source>WHO-5 well-being (percent)</source>
        <translation>WHO-5 välbefinnande (procent)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Below 50 %: poor well-being</source>
        <translation>Under 50 %: dåligt välbefinnande</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>%1 totalt</translation>
    </message>
    <message>
        <source>Start to latest: %1 → %2</source>
        <translation>Från start till senaste: %1 → %2</translation>
    </message>
    <message>
        <source>No ratings yet. Enter WHO-5, KASAM or a step on the left; each measure then gets a chart over time here.</source>
        <translation>Inga skattningar än. Fyll i WHO-5, KASAM eller ett steg till vänster; varje instrument får sedan ett diagram över tid här.</translation>
    </message>
</context>
<context>
    <name>samsyn::AtomicFileSet</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Kan inte skriva i mappen %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1: is it open in another program?</source>
        <translation>Kan inte ersätta %1: är filen öppen i ett annat program?</translation>
    </message>
    <message>
        <source>Cannot write %1 in %2.</source>
        <translation>Kan inte skriva %1 i %2.</translation>
    </message>
</context>
<context>
    <name>samsyn::AttachmentListEditor</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Attachment name</source>
        <translation>Bilagans namn</translation>
    </message>
    <message>
        <source>e.g. Läkarintyg 2026-10-12</source>
        <translation>t.ex. Läkarintyg 2026-10-12</translation>
    </message>
</context>
<context>
    <name>samsyn::AttendanceRepository</name>
    <message>
        <source>group activity</source>
        <translation>gruppaktivitet</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>The membership needs a start, and its end cannot be before it.</source>
        <translation>Medlemskapet behöver ett startdatum, och slutdatumet kan inte vara före startdatumet.</translation>
    </message>
    <message>
        <source>The session needs a date.</source>
        <translation>Gruppträffen behöver ett datum.</translation>
    </message>
    <message>
        <source>The group already has a session on that day.</source>
        <translation>Gruppen har redan en träff den dagen.</translation>
    </message>
    <message>
        <source>Unknown attendance mark.</source>
        <translation>Okänd närvaromarkering.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>gruppträff</translation>
    </message>
    <message>
        <source>The person is already in this group from %1; they can join again after leaving it.</source>
        <translation>Personen är redan med i gruppen sedan %1; hen kan gå med igen efter att ha lämnat den.</translation>
    </message>
</context>
<context>
    <name>samsyn::AttendanceTab</name>
    <message>
        <source>Group activity</source>
        <translation>Gruppaktivitet</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Member from</source>
        <translation>Medlem från</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Medlem till</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation>Gruppaktiviteter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Gruppträffar</translation>
    </message>
    <message>
        <source>Group to join</source>
        <translation>Grupp att gå med i</translation>
    </message>
    <message>
        <source>Group of the session</source>
        <translation>Gruppträffens grupp</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Datum för gruppträffen</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period från</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Period till</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Gå med</translation>
    </message>
    <message>
        <source>Join a group:</source>
        <translation>Gå med i en grupp:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Lägg till gruppträff</translation>
    </message>
    <message>
        <source>A session was held:</source>
        <translation>En gruppträff hölls:</translation>
    </message>
    <message>
        <source>Absence with notice counts as absence in the rate; it is shown separately.</source>
        <translation>Anmäld frånvaro räknas som frånvaro i närvarograden; den visas separat.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>Attendance on %1</source>
        <translation>Närvaro %1</translation>
    </message>
    <message>
        <source>No sessions in the period.</source>
        <translation>Inga gruppträffar under perioden.</translation>
    </message>
    <message>
        <source>Attendance %1 %: present at %2 of %3 sessions (absent with notice %4, absent %5, not marked %6)</source>
        <translation>Närvaro %1 %: närvarande vid %2 av %3 gruppträffar (anmäld frånvaro %4, frånvarande %5, inte markerad %6)</translation>
    </message>
    <message>
        <source>The team has no group activity yet.</source>
        <translation>Teamet har ingen gruppaktivitet än.</translation>
    </message>
    <message>
        <source>Join a group first; sessions belong to a group.</source>
        <translation>Gå med i en grupp först; gruppträffarna hör till en grupp.</translation>
    </message>
    <message>
        <source>Last day in the group</source>
        <translation>Sista dag i gruppen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <source>The selected group&apos;s last day:</source>
        <translation>Den valda gruppens sista dag:</translation>
    </message>
    <message>
        <source>Whole group…</source>
        <translation>Hela gruppen…</translation>
    </message>
    <message>
        <source>Mark everyone in the group for that day at once</source>
        <translation>Markera alla i gruppen för den dagen på en gång</translation>
    </message>
    <message>
        <source>Select the group the person leaves in the list above.</source>
        <translation>Välj gruppen som personen lämnar i listan ovan.</translation>
    </message>
    <message>
        <source>The person already left %1 on %2.</source>
        <translation>Personen lämnade redan %1 den %2.</translation>
    </message>
</context>
<context>
    <name>samsyn::AuditActions</name>
    <message>
        <source>Printed the SIP</source>
        <translation>Skrev ut SIP:en</translation>
    </message>
    <message>
        <source>Printed the final report (slutdokumentation)</source>
        <translation>Skrev ut slutdokumentationen</translation>
    </message>
    <message>
        <source>Printed the decision letter on the referral</source>
        <translation>Skrev ut beslutsbrevet för remissen</translation>
    </message>
    <message>
        <source>Printed a register extract</source>
        <translation>Skrev ut ett registerutdrag</translation>
    </message>
    <message>
        <source>Printed a log extract</source>
        <translation>Skrev ut ett loggutdrag</translation>
    </message>
    <message>
        <source>Printed a document</source>
        <translation>Skrev ut ett dokument</translation>
    </message>
    <message>
        <source>Opened the participant card</source>
        <translation>Öppnade deltagarkortet</translation>
    </message>
    <message>
        <source>Listed participants</source>
        <translation>Listade deltagare</translation>
    </message>
    <message>
        <source>Registered the person</source>
        <translation>Registrerade personen</translation>
    </message>
    <message>
        <source>Changed personal details</source>
        <translation>Ändrade personuppgifter</translation>
    </message>
    <message>
        <source>Deleted the person</source>
        <translation>Tog bort personen</translation>
    </message>
    <message>
        <source>Imported from a list</source>
        <translation>Importerade från en lista</translation>
    </message>
    <message>
        <source>Included in a follow-up export</source>
        <translation>Togs med i en uppföljningsexport</translation>
    </message>
    <message>
        <source>Registered a referral</source>
        <translation>Registrerade en remiss</translation>
    </message>
    <message>
        <source>Changed a referral</source>
        <translation>Ändrade en remiss</translation>
    </message>
    <message>
        <source>Withdrew a referral</source>
        <translation>Återkallade en remiss</translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation>Registrerade ett samtycke</translation>
    </message>
    <message>
        <source>Recorded that a consent was withdrawn</source>
        <translation>Registrerade att ett samtycke återkallades</translation>
    </message>
    <message>
        <source>Assessed the referral at a meeting</source>
        <translation>Bedömde remissen på ett möte</translation>
    </message>
    <message>
        <source>Decided on the referral at a meeting</source>
        <translation>Beslutade om remissen på ett möte</translation>
    </message>
    <message>
        <source>Put the referral on a meeting&apos;s agenda</source>
        <translation>Satte upp remissen på ett mötes dagordning</translation>
    </message>
    <message>
        <source>Changed the place on the waiting list</source>
        <translation>Ändrade platsen på väntelistan</translation>
    </message>
    <message>
        <source>Enrolled in a programme</source>
        <translation>Skrev in i en insats</translation>
    </message>
    <message>
        <source>Recorded the end of a stay</source>
        <translation>Registrerade ett avslut</translation>
    </message>
    <message>
        <source>Recorded a follow-up after the end</source>
        <translation>Registrerade en uppföljning efter avslutet</translation>
    </message>
    <message>
        <source>Wrote a SIP</source>
        <translation>Skrev en SIP</translation>
    </message>
    <message>
        <source>Changed the SIP</source>
        <translation>Ändrade SIP:en</translation>
    </message>
    <message>
        <source>Followed up the SIP</source>
        <translation>Följde upp SIP:en</translation>
    </message>
    <message>
        <source>Wrote a note</source>
        <translation>Skrev en anteckning</translation>
    </message>
    <message>
        <source>Changed a note</source>
        <translation>Ändrade en anteckning</translation>
    </message>
    <message>
        <source>Deleted a note</source>
        <translation>Tog bort en anteckning</translation>
    </message>
    <message>
        <source>Joined a group activity</source>
        <translation>Gick med i en gruppaktivitet</translation>
    </message>
    <message>
        <source>Recorded attendance</source>
        <translation>Registrerade närvaro</translation>
    </message>
    <message>
        <source>Recorded a self-rating</source>
        <translation>Registrerade en självskattning</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Läsning</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Changed the enrolment</source>
        <translation>Ändrade inskrivningen</translation>
    </message>
    <message>
        <source>Other change (%1)</source>
        <translation>Annan ändring (%1)</translation>
    </message>
</context>
<context>
    <name>samsyn::AuditAnchors</name>
    <message>
        <source>The audit log of this file ends before entry %1, which Samsyn saw in it on %2. Either an older copy of the file was put in its place, or entries were removed outside Samsyn. Tell the personal data controller.</source>
        <translation>Loggen i den här filen slutar före post %1, som Samsyn såg i den %2. Antingen har en äldre kopia av filen lagts i dess ställe, eller så har poster tagits bort utanför Samsyn. Meddela personuppgiftsansvarig.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log is not what Samsyn saw in it on %2: the log was rewritten outside Samsyn. Tell the personal data controller.</source>
        <translation>Post %1 i loggen är inte vad Samsyn såg i den %2: loggen har skrivits om utanför Samsyn. Meddela personuppgiftsansvarig.</translation>
    </message>
</context>
<context>
    <name>samsyn::BackupService</name>
    <message>
        <source>The backup is damaged and cannot be used.</source>
        <translation>Säkerhetskopian är skadad och kan inte användas.</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>Mappen för säkerhetskopior %1 kunde inte skapas.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten.</source>
        <translation>%1 finns redan; inget skrevs över.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>Kopian kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>The copy could not be renamed into place.</source>
        <translation>Kopian kunde inte få sitt slutliga namn.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the team file.</source>
        <translation>Säkerhetskopian kunde inte kopieras till teamfilens mapp.</translation>
    </message>
    <message>
        <source>The damaged team file could not be moved aside; nothing was restored.</source>
        <translation>Den skadade teamfilen kunde inte flyttas undan; inget återställdes.</translation>
    </message>
    <message>
        <source>The restored file could not be put in place. The old file is at %1.</source>
        <translation>Den återställda filen kunde inte läggas på plats. Den gamla filen finns här: %1.</translation>
    </message>
</context>
<context>
    <name>samsyn::Banner</name>
    <message>
        <source>Read-only notice</source>
        <translation>Meddelande om skrivskydd</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
</context>
<context>
    <name>samsyn::CapacityPanel</name>
    <message>
        <source>&lt;b&gt;Places and waiting list&lt;/b&gt;</source>
        <translation>&lt;b&gt;Platser och väntelista&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no party</source>
        <translation>ingen part</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-bottom:2px&apos;&gt;&lt;b&gt;%1&lt;/b&gt;: %2 of %3 places in use, %4 free&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-bottom:2px&apos;&gt;&lt;b&gt;%1&lt;/b&gt;: %2 av %3 platser används, %4 lediga&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&amp;nbsp;%2 of %3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&amp;nbsp;%2 av %3&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-top:4px&apos;&gt;Nobody is waiting.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-top:4px&apos;&gt;Ingen väntar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-top:4px; margin-bottom:2px&apos;&gt;Waiting list:&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-top:4px; margin-bottom:2px&apos;&gt;Väntelista:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1.&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;&amp;nbsp;%3&lt;/td&gt;&lt;td&gt;&amp;nbsp;since %4&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1.&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;&amp;nbsp;%3&lt;/td&gt;&lt;td&gt;&amp;nbsp;sedan %4&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Next in line: %1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Näst på tur: %1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nobody waiting fits a party quota with room.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ingen av dem som väntar passar in på en partskvot med lediga platser.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>samsyn::ChartsPanel</name>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>No charts for this period.</source>
        <translation>Inga diagram för den här perioden.</translation>
    </message>
</context>
<context>
    <name>samsyn::CodeTablesSection</name>
    <message>
        <source>Code tables</source>
        <translation>Kodtabeller</translation>
    </message>
    <message>
        <source>The values offered in lists such as income source and occupation. Codes are fixed (exports use them); the labels are the team&apos;s. A new code uses a-z, 0-9 and _.</source>
        <translation>De värden som går att välja i listor som försörjning och sysselsättning. Koderna är fasta (de används i exporter); benämningarna bestämmer teamet. En ny kod får innehålla a-z, 0-9 och _.</translation>
    </message>
    <message>
        <source>&amp;Add value</source>
        <translation>&amp;Lägg till värde</translation>
    </message>
    <message>
        <source>Code table</source>
        <translation>Kodtabell</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabell:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Label (Swedish)</source>
        <translation>Benämning (svenska)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Benämning (engelska)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Income source</source>
        <translation>Försörjningskälla</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Sysselsättning</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildningsnivå</translation>
    </message>
    <message>
        <source>Time with public support</source>
        <translation>Tid i offentlig försörjning</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Avslutsanledning</translation>
    </message>
</context>
<context>
    <name>samsyn::ColumnMapping</name>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Income source</source>
        <translation>Försörjningskälla</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Sysselsättning</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildningsnivå</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Remissdatum</translation>
    </message>
    <message>
        <source>Referring party</source>
        <translation>Remitterande part</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (for %2) is not in the file&apos;s first row.</source>
        <translation>Kolumnen &quot;%1&quot; (för %2) finns inte i filens första rad.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice in the file&apos;s first row: rename one in Excel.</source>
        <translation>Kolumnen &quot;%1&quot; förekommer två gånger i filens första rad: byt namn på en av dem i Excel.</translation>
    </message>
    <message>
        <source>Choose the column with the personnummer.</source>
        <translation>Välj kolumnen med personnummer.</translation>
    </message>
    <message>
        <source>Choose either a full-name column or given-name and family-name columns, not both.</source>
        <translation>Välj antingen en kolumn med fullständigt namn eller kolumner för förnamn och efternamn, inte båda.</translation>
    </message>
    <message>
        <source>Choose the name columns: a full name, or a given name and a family name.</source>
        <translation>Välj namnkolumnerna: ett fullständigt namn, eller ett förnamn och ett efternamn.</translation>
    </message>
</context>
<context>
    <name>samsyn::Consent</name>
    <message>
        <source>A consent belongs to a participant.</source>
        <translation>Ett samtycke måste höra till en deltagare.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Fyll i datumet då samtycket lämnades.</translation>
    </message>
    <message>
        <source>The consent cannot be given in the future.</source>
        <translation>Datumet för samtycket kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>Enter the date the consent is valid until.</source>
        <translation>Fyll i datumet som samtycket gäller till.</translation>
    </message>
    <message>
        <source>The consent cannot end before it was given.</source>
        <translation>Samtycket kan inte upphöra innan det lämnades.</translation>
    </message>
    <message>
        <source>An oral consent must say which team member recorded it.</source>
        <translation>För ett muntligt samtycke ska det framgå vilken teammedlem som dokumenterade det.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>Ett samtycke kan inte återkallas innan det lämnades.</translation>
    </message>
    <message>
        <source>Choose the parties the consent covers.</source>
        <translation>Välj de parter som samtycket gäller.</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>Anteckningen är för lång.</translation>
    </message>
</context>
<context>
    <name>samsyn::ConsentActions</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on %1.</source>
        <translation>Samtycket återkallades redan %1.</translation>
    </message>
    <message>
        <source>Withdraw the consent &quot;%1&quot; given on %2 as of today (%3)? The team may then no longer share information on this basis, and referrals that depended on it leave coming meeting agendas.</source>
        <translation>Vill du återkalla samtycket &quot;%1&quot; som lämnades %2 från och med i dag (%3)? Teamet får då inte längre dela information med stöd av samtycket, och remisser som var beroende av det tas bort från kommande mötens dagordningar.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Återkalla</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycket har återkallats</translation>
    </message>
    <message numerus="yes">
        <source>The consent was withdrawn. %n referral item(s) left meeting agendas.</source>
        <translation>
            <numerusform>Samtycket återkallades. %n remissärende togs bort från mötenas dagordningar.</numerusform>
            <numerusform>Samtycket återkallades. %n remissärenden togs bort från mötenas dagordningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consent could not be withdrawn</source>
        <translation>Samtycket kunde inte återkallas</translation>
    </message>
</context>
<context>
    <name>samsyn::ConsentCodes</name>
    <message>
        <source>Information exchange within the team</source>
        <translation>Informationsutbyte inom teamet</translation>
    </message>
    <message>
        <source>Coordinated individual plan (SIP)</source>
        <translation>Samordnad individuell plan (SIP)</translation>
    </message>
    <message>
        <source>Registration for follow-up</source>
        <translation>Registrering för uppföljning</translation>
    </message>
</context>
<context>
    <name>samsyn::ConsentDialog</name>
    <message>
        <source>Given on</source>
        <translation>Lämnat den</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Consent for %1</source>
        <translation>Samtycke för %1</translation>
    </message>
    <message>
        <source>Parties the consent covers</source>
        <translation>Parter som samtycket gäller</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dokumenterat av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>dokumenterat av</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Parter:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Syfte:</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Lämnat den:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Giltigt till:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
</context>
<context>
    <name>samsyn::ConsentRepository</name>
    <message>
        <source>The participant no longer exists in the team file.</source>
        <translation>Deltagaren finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>Unknown team member.</source>
        <translation>Okänd teammedlem.</translation>
    </message>
    <message>
        <source>Unknown party.</source>
        <translation>Okänd part.</translation>
    </message>
    <message>
        <source>The consent no longer exists in the team file.</source>
        <translation>Samtycket finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on %1.</source>
        <translation>Samtycket återkallades redan %1.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>Ett samtycke kan inte återkallas innan det lämnades.</translation>
    </message>
</context>
<context>
    <name>samsyn::ConsentState</name>
    <message>
        <source>Valid until %1</source>
        <translation>Giltigt till %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Gick ut %1</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Återkallat %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inget</translation>
    </message>
</context>
<context>
    <name>samsyn::ConsultationDialog</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Ny konsultation</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>The team&apos;s advice</source>
        <translation>Teamets råd</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>No person is recorded for a consultation: describe the case without names or personnummer.</source>
        <translation>Ingen person registreras vid en konsultation: beskriv ärendet utan namn eller personnummer.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Part:</translation>
    </message>
    <message>
        <source>Case officer:</source>
        <translation>Handläggare:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Fråga:</translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation>Råd:</translation>
    </message>
</context>
<context>
    <name>samsyn::ConsultationRepository</name>
    <message>
        <source>A consultation needs a date.</source>
        <translation>En konsultation behöver ett datum.</translation>
    </message>
    <message>
        <source>Write down the question the case officer brought.</source>
        <translation>Skriv ner frågan som handläggaren tog upp.</translation>
    </message>
    <message>
        <source>Unknown party.</source>
        <translation>Okänd part.</translation>
    </message>
    <message>
        <source>The consultation no longer exists in the team file.</source>
        <translation>Konsultationen finns inte längre i teamfilen.</translation>
    </message>
</context>
<context>
    <name>samsyn::ConsultationsPanel</name>
    <message>
        <source>New consultation…</source>
        <translation>Ny konsultation…</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Konsultationer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Råd</translation>
    </message>
</context>
<context>
    <name>samsyn::CorrectDecisionDialog</name>
    <message>
        <source>decision</source>
        <translation>beslut</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>insats</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>planned start</source>
        <translation>planerad start</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>rekommendation</translation>
    </message>
    <message>
        <source>what is missing</source>
        <translation>vad som saknas</translation>
    </message>
    <message>
        <source>Correct decision</source>
        <translation>Rätta beslut</translation>
    </message>
    <message>
        <source>Correct the recorded decision</source>
        <translation>Rätta det registrerade beslutet</translation>
    </message>
    <message>
        <source>Recorded on %1: %2.
The corrected decision keeps that date. The participant&apos;s status and the waiting list follow it; protocols and letters printed from now on show the corrected decision and the reason. Documents already printed are not changed.</source>
        <translation>Registrerat %1: %2.
Det rättade beslutet behåller det datumet. Deltagarens status och väntelistan följer det rättade beslutet; protokoll och brev som skrivs ut från och med nu visar det rättade beslutet och anledningen. Dokument som redan har skrivits ut ändras inte.</translation>
    </message>
    <message>
        <source>Choose the corrected decision.</source>
        <translation>Välj det rättade beslutet.</translation>
    </message>
    <message>
        <source>Change what was recorded wrongly; nothing differs from the recorded decision yet.</source>
        <translation>Ändra det som registrerades fel; inget skiljer sig från det registrerade beslutet än.</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>Ange anledningen till rättelsen.</translation>
    </message>
</context>
<context>
    <name>samsyn::CorrectExitDialog</name>
    <message>
        <source>end date</source>
        <translation>slutdatum</translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation>avslutsanledning</translation>
    </message>
    <message>
        <source>income sources after</source>
        <translation>försörjningskällor efter</translation>
    </message>
    <message>
        <source>occupation after</source>
        <translation>sysselsättning efter</translation>
    </message>
    <message>
        <source>extent</source>
        <translation>omfattning</translation>
    </message>
    <message>
        <source>onward plan</source>
        <translation>fortsatt planering</translation>
    </message>
    <message>
        <source>handed over to</source>
        <translation>överlämnad till</translation>
    </message>
    <message>
        <source>contact there</source>
        <translation>kontaktperson där</translation>
    </message>
    <message>
        <source>SIP continues</source>
        <translation>SIP:en fortsätter</translation>
    </message>
    <message>
        <source>own view</source>
        <translation>egen uppfattning</translation>
    </message>
    <message>
        <source>closer to work or studies</source>
        <translation>närmare arbete eller studier</translation>
    </message>
    <message>
        <source>first follow-up</source>
        <translation>första uppföljningen</translation>
    </message>
    <message>
        <source>second follow-up</source>
        <translation>andra uppföljningen</translation>
    </message>
    <message>
        <source>Correct exit</source>
        <translation>Rätta avslut</translation>
    </message>
    <message>
        <source>Undo exit</source>
        <translation>Ångra avslut</translation>
    </message>
    <message>
        <source>Correct the recorded exit</source>
        <translation>Rätta det registrerade avslutet</translation>
    </message>
    <message>
        <source>Undo the recorded exit</source>
        <translation>Ångra det registrerade avslutet</translation>
    </message>
    <message>
        <source>Correct what was recorded at the exit on %1. Reports and the quarter-end export use the corrected values; the old values, the reason and who corrected it are kept.</source>
        <translation>Rätta det som registrerades vid avslutet %1. Rapporterna och kvartalsexporten använder de rättade uppgifterna; de gamla uppgifterna, anledningen och vem som rättade sparas.</translation>
    </message>
    <message>
        <source>Use this only when the exit was recorded by mistake: the enrolment becomes open again as if the exit had not been recorded. The exit shown below and the reason are kept with the correction.</source>
        <translation>Använd detta bara när avslutet registrerades av misstag: inskrivningen blir öppen igen, som om avslutet aldrig hade registrerats. Avslutet som visas nedan och anledningen sparas med rättelsen.</translation>
    </message>
    <message>
        <source>First follow-up due</source>
        <translation>Första uppföljningen senast</translation>
    </message>
    <message>
        <source>Second follow-up due</source>
        <translation>Andra uppföljningen senast</translation>
    </message>
    <message>
        <source>First follow-up due:</source>
        <translation>Första uppföljningen senast:</translation>
    </message>
    <message>
        <source>Second follow-up due:</source>
        <translation>Andra uppföljningen senast:</translation>
    </message>
    <message>
        <source>A follow-up after exit cannot be due before the end date.</source>
        <translation>En uppföljning efter avslut kan inte infalla före slutdatumet.</translation>
    </message>
    <message>
        <source>Change what was recorded wrongly; nothing differs from the recorded exit yet.</source>
        <translation>Ändra det som registrerades fel; inget skiljer sig från det registrerade avslutet än.</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>Ange anledningen till rättelsen.</translation>
    </message>
</context>
<context>
    <name>samsyn::CorrectionFooter</name>
    <message>
        <source>Reason for the correction</source>
        <translation>Anledning till rättelsen</translation>
    </message>
    <message>
        <source>Why was the recorded value wrong? Kept with the correction and printed on the protocol.</source>
        <translation>Varför var den registrerade uppgiften fel? Sparas med rättelsen och skrivs ut i protokollet.</translation>
    </message>
    <message>
        <source>Reason for the correction (required):</source>
        <translation>Anledning till rättelsen (obligatorisk):</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Ändringar: %1</translation>
    </message>
</context>
<context>
    <name>samsyn::CorrectionRepository</name>
    <message>
        <source>A correction needs a reason: say why the recorded value was wrong.</source>
        <translation>En rättelse behöver en anledning: ange varför den registrerade uppgiften var fel.</translation>
    </message>
    <message>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>Anledningen är för lång: högst %1 tecken.</translation>
    </message>
</context>
<context>
    <name>samsyn::CsvEncodings</name>
    <message>
        <source>Detect</source>
        <translation>Identifiera automatiskt</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel &quot;CSV UTF-8&quot;)</source>
        <translation>UTF-8 med BOM (Excel &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel &quot;Unicode text&quot;)</source>
        <translation>UTF-16 (Excel &quot;Unicode-text&quot;)</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel &quot;CSV&quot;, Swedish Windows)</source>
        <translation>Windows-1252 (Excel &quot;CSV&quot;, svensk Windows)</translation>
    </message>
</context>
<context>
    <name>samsyn::CsvReader</name>
    <message>
        <source>A quote (&quot;) opened on line %1 is never closed: the rest of the file was read as one value. Close the quote or remove it, then import again.</source>
        <translation>Ett citattecken (&quot;) på rad %1 stängs aldrig: resten av filen lästes som ett enda värde. Stäng citattecknet eller ta bort det och importera sedan igen.</translation>
    </message>
    <message>
        <source>The row contains NUL bytes: the file is damaged or not a text file.</source>
        <translation>Raden innehåller NUL-byte: filen är skadad eller är ingen textfil.</translation>
    </message>
    <message>
        <source>A value is longer than %1 characters.</source>
        <translation>Ett värde är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>The row has more than %1 columns.</source>
        <translation>Raden har fler än %1 kolumner.</translation>
    </message>
    <message>
        <source>The row contains bytes that are not valid UTF-8: choose the encoding Windows-1252.</source>
        <translation>Raden innehåller byte som inte är giltig UTF-8: välj teckenkodningen Windows-1252.</translation>
    </message>
</context>
<context>
    <name>samsyn::Database</name>
    <message>
        <source>A file with that name already exists. Choose another name; nothing was overwritten.</source>
        <translation>Det finns redan en fil med det namnet. Välj ett annat namn; inget skrevs över.</translation>
    </message>
    <message>
        <source>The folder is read-only: the team file could not be created there.</source>
        <translation>Mappen är skrivskyddad: teamfilen kunde inte skapas där.</translation>
    </message>
    <message>
        <source>The team file could not be created: %1</source>
        <translation>Teamfilen kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>SQLite-drivrutinen för Qt saknas (paketet libqt6sql6-sqlite).</translation>
    </message>
</context>
<context>
    <name>samsyn::DateParser</name>
    <message>
        <source>%1 is not a date in the calendar.</source>
        <translation>%1 är inte ett datum som finns i kalendern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form %2.</source>
        <translation>&quot;%1&quot; är inte ett datum i formatet %2.</translation>
    </message>
    <message>
        <source>%1 is not a day number Excel uses for dates.</source>
        <translation>%1 är inte ett dagnummer som Excel använder för datum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day: choose the date format day/month/year if the list puts the day first.</source>
        <translation>&quot;%1&quot; kan vara dag/månad eller månad/dag: välj datumformatet dag/månad/år om listan har dagen först.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like month/day/year (American): Samsyn reads day/month/year. Check the column in Excel.</source>
        <translation>&quot;%1&quot; ser ut som månad/dag/år (amerikanskt format): Samsyn läser dag/månad/år. Kontrollera kolumnen i Excel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Samsyn recognises (use 2019-09-01).</source>
        <translation>&quot;%1&quot; är inte ett datum som Samsyn känner igen (använd 2019-09-01).</translation>
    </message>
</context>
<context>
    <name>samsyn::DecisionCodes</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Oklart</translation>
    </message>
    <message>
        <source>Offer a place</source>
        <translation>Erbjuda plats</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Väntelista</translation>
    </message>
    <message>
        <source>Decline with a recommendation</source>
        <translation>Avslå med rekommendation</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Bordlägga</translation>
    </message>
</context>
<context>
    <name>samsyn::DecisionCorrection</name>
    <message>
        <source>The participant no longer exists in the team file.</source>
        <translation>Deltagaren finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>This item has no decision yet; record the decision at the meeting instead.</source>
        <translation>Det här ärendet har inget beslut än; registrera beslutet på mötet i stället.</translation>
    </message>
    <message>
        <source>The referral no longer exists in the team file.</source>
        <translation>Remissen finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>The referral has moved on since this decision (it is on a later agenda, decided later or withdrawn), so this decision can no longer be corrected.</source>
        <translation>Remissen har gått vidare sedan det här beslutet (den står på en senare dagordning, har beslutats senare eller har återkallats), så beslutet kan inte längre rättas.</translation>
    </message>
    <message>
        <source>The participant has been enrolled or has exited since the decision on %1; correcting the decision would contradict that. Correct the enrolment or the exit instead.</source>
        <translation>Deltagaren har skrivits in eller avslutats sedan beslutet den %1; att rätta beslutet skulle gå emot det. Rätta inskrivningen eller avslutet i stället.</translation>
    </message>
    <message>
        <source>The participant left the waiting list on %1, after this decision; it can no longer be corrected.</source>
        <translation>Deltagaren lämnade väntelistan den %1, efter det här beslutet; beslutet kan inte längre rättas.</translation>
    </message>
    <message>
        <source>The decision no longer exists in the team file.</source>
        <translation>Beslutet finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>Choose the corrected decision.</source>
        <translation>Välj det rättade beslutet.</translation>
    </message>
    <message>
        <source>The corrected decision is the same as the recorded one: change it, or cancel.</source>
        <translation>Det rättade beslutet är detsamma som det registrerade: ändra det eller avbryt.</translation>
    </message>
</context>
<context>
    <name>samsyn::DecisionFacts</name>
    <message>
        <source>No longer on the waiting list</source>
        <translation>Står inte längre på väntelistan</translation>
    </message>
    <message>
        <source>Position %1 (%2)</source>
        <translation>Plats %1 (%2)</translation>
    </message>
    <message>
        <source>Corrected %1: %2</source>
        <translation>Rättat %1: %2</translation>
    </message>
</context>
<context>
    <name>samsyn::DecisionFields</name>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planerad start</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Vad som saknas</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>(no decision yet)</source>
        <translation>(inget beslut än)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Insats:</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>Koordinator:</translation>
    </message>
    <message>
        <source>Planned start:</source>
        <translation>Planerad start:</translation>
    </message>
    <message>
        <source>Recommendation to the referring party:</source>
        <translation>Rekommendation till remitterande part:</translation>
    </message>
    <message>
        <source>What is missing:</source>
        <translation>Vad som saknas:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
</context>
<context>
    <name>samsyn::DecisionLetter</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Vår referens</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Remiss %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>telefon %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The team&apos;s decision</source>
        <translation>Teamets beslut</translation>
    </message>
    <message>
        <source>The team decided to offer %1 a place in %2.</source>
        <translation>Teamet har beslutat att erbjuda %1 en plats i %2.</translation>
    </message>
    <message>
        <source>%1 will be the coordinator, and the planned start is %2.</source>
        <translation>%1 blir koordinator, och planerad start är %2.</translation>
    </message>
    <message>
        <source>The team decided to offer %1 a place in %2 when one becomes free, and put %1 on the waiting list for it.</source>
        <translation>Teamet har beslutat att erbjuda %1 en plats i %2 när en plats blir ledig, och har satt upp %1 på väntelistan till insatsen.</translation>
    </message>
    <message>
        <source>On %1, %2 is number %3 in the queue. The team contacts you when a place is free.</source>
        <translation>Den %1 har %2 plats nummer %3 i kön. Teamet kontaktar dig när en plats blir ledig.</translation>
    </message>
    <message>
        <source>The team decided not to offer %1 a place in its programmes.</source>
        <translation>Teamet har beslutat att inte erbjuda %1 en plats i någon av teamets insatser.</translation>
    </message>
    <message>
        <source>The team&apos;s recommendation</source>
        <translation>Teamets rekommendation</translation>
    </message>
    <message>
        <source>The team postponed its decision: it needs more information before it can decide.</source>
        <translation>Teamet har bordlagt beslutet: teamet behöver mer information innan det kan fatta beslut.</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Vad som saknas</translation>
    </message>
    <message>
        <source>The referral comes back at the team&apos;s next meeting on %1. Please send what is missing before then.</source>
        <translation>Remissen tas upp igen på teamets nästa möte %1. Skicka det som saknas före dess.</translation>
    </message>
    <message>
        <source>The referral comes back at the team&apos;s next meeting; its date is not set yet. Please send what is missing as soon as you can.</source>
        <translation>Remissen tas upp igen på teamets nästa möte; datumet är inte bestämt än. Skicka det som saknas så snart du kan.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>The team&apos;s assessment</source>
        <translation>Teamets bedömning</translation>
    </message>
    <message>
        <source>There is no referral with id %1 in this team file.</source>
        <translation>Det finns ingen remiss med id %1 i den här teamfilen.</translation>
    </message>
    <message>
        <source>Referral %1 has not been decided at a meeting yet, so there is no decision to send.</source>
        <translation>Remiss %1 har inte beslutats på något möte än, så det finns inget beslut att skicka.</translation>
    </message>
    <message>
        <source>The participant of referral %1 no longer exists in the team file.</source>
        <translation>Deltagaren i remiss %1 finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>Decision on referral</source>
        <translation>Beslut om remiss</translation>
    </message>
    <message>
        <source>Regarding: %1, %2</source>
        <translation>Gäller: %1, %2</translation>
    </message>
    <message>
        <source>If you have questions about the decision, contact %1.</source>
        <translation>Om du har frågor om beslutet kan du kontakta %1.</translation>
    </message>
    <message>
        <source>If you have questions about the decision, contact the team.</source>
        <translation>Om du har frågor om beslutet kan du kontakta teamet.</translation>
    </message>
    <message>
        <source>Kind regards</source>
        <translation>Med vänliga hälsningar</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>för %1</translation>
    </message>
    <message>
        <source>The referring case officer</source>
        <translation>Remitterande handläggare</translation>
    </message>
    <message>
        <source>The team has assessed your referral, received %1, at its meeting on %2.</source>
        <translation>Teamet har bedömt din remiss, som kom in %1, på sitt möte %2.</translation>
    </message>
</context>
<context>
    <name>samsyn::DecisionService</name>
    <message>
        <source>Only a referral on the agenda can be assessed.</source>
        <translation>Bara en remiss som står på dagordningen kan bedömas.</translation>
    </message>
    <message>
        <source>The referral no longer exists in the team file.</source>
        <translation>Remissen finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>This item has already been decided.</source>
        <translation>Det finns redan ett beslut i det här ärendet.</translation>
    </message>
    <message>
        <source>The participant no longer exists in the team file.</source>
        <translation>Deltagaren finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>Välj ett beslut.</translation>
    </message>
    <message>
        <source>The referral is no longer waiting for a decision.</source>
        <translation>Remissen väntar inte längre på beslut.</translation>
    </message>
</context>
<context>
    <name>samsyn::DecisionText</name>
    <message>
        <source>%1: %2, coordinator %3, start %4</source>
        <translation>%1: %2, koordinator %3, start %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: missing %2</source>
        <translation>%1: saknas %2</translation>
    </message>
</context>
<context>
    <name>samsyn::DemoGenerator</name>
    <message>
        <source>The number of demo participants must be from 0 to 1,000,000.</source>
        <translation>Antalet demodeltagare måste vara från 0 till 1 000 000.</translation>
    </message>
    <message>
        <source>The demo history must cover 1 to 50 years.</source>
        <translation>Demohistoriken måste omfatta 1 till 50 år.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name; nothing was overwritten.</source>
        <translation>Det finns redan en fil med det namnet. Välj ett annat namn; inget skrevs över.</translation>
    </message>
    <message>
        <source>Invented demo data. Identities are Skatteverket&apos;s test numbers, never assigned to a real person.</source>
        <translation>Påhittade demodata. Identiteterna är Skatteverkets testpersonnummer, som aldrig tilldelas någon verklig person.</translation>
    </message>
    <message numerus="yes">
        <source>The test numbers ran out: %n participants have an invented reservnummer (RES-...) instead.</source>
        <translation>
            <numerusform>Testpersonnumren tog slut: %n deltagare har i stället ett påhittat reservnummer (RES-...).</numerusform>
            <numerusform>Testpersonnumren tog slut: %n deltagare har i stället påhittade reservnummer (RES-...).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::DemoIdentities</name>
    <message>
        <source>The list of test identity numbers is missing from this build.</source>
        <translation>Listan med testpersonnummer saknas i den här versionen av programmet.</translation>
    </message>
</context>
<context>
    <name>samsyn::DocumentPrinting</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Sparade %1 (%n sida).</numerusform>
            <numerusform>Sparade %1 (%n sidor).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::DueList</name>
    <message>
        <source>SIP follow-up overdue since %1</source>
        <translation>SIP-uppföljning försenad sedan %1</translation>
    </message>
    <message>
        <source>SIP follow-up due %1</source>
        <translation>SIP-uppföljning senast %1</translation>
    </message>
    <message>
        <source>Enrolled past the planned end (%1)</source>
        <translation>Inskriven efter planerat slutdatum (%1)</translation>
    </message>
    <message>
        <source>First follow-up after exit due %1</source>
        <translation>Första uppföljningen efter avslut senast %1</translation>
    </message>
    <message>
        <source>Second follow-up after exit due %1</source>
        <translation>Andra uppföljningen efter avslut senast %1</translation>
    </message>
    <message>
        <source>%1: %2 enrolled, over the %3 places</source>
        <translation>%1: %2 inskrivna, fler än de %3 platserna</translation>
    </message>
    <message>
        <source>%1: %2 of %3 places taken</source>
        <translation>%1: %2 av %3 platser är tagna</translation>
    </message>
    <message>
        <source>Consent (%1) ends today</source>
        <translation>Samtycket (%1) upphör i dag</translation>
    </message>
    <message>
        <source>Consent (%1) ends %2</source>
        <translation>Samtycket (%1) upphör %2</translation>
    </message>
    <message>
        <source>Consent (%1) withdrawn %2</source>
        <translation>Samtycket (%1) återkallades %2</translation>
    </message>
    <message>
        <source>Referral received %1 waits for the meeting on %2</source>
        <translation>Remiss som kom in %1 väntar på mötet %2</translation>
    </message>
    <message>
        <source>Referral received %1 waits for a meeting; none is planned</source>
        <translation>Remiss som kom in %1 väntar på ett möte; inget möte är planerat</translation>
    </message>
    <message>
        <source>Referral received %1 cannot be assessed: no consent to information exchange valid on %2</source>
        <translation>Remiss som kom in %1 kan inte bedömas: det finns inget samtycke till informationsutbyte som gäller %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 kl. %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Next meeting %1: %n referral(s) waiting</source>
        <translation>
            <numerusform>Nästa möte %1: %n remiss väntar</numerusform>
            <numerusform>Nästa möte %1: %n remisser väntar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::EditParticipantCommand</name>
    <message>
        <source>Edit participant</source>
        <translation>Ändra deltagare</translation>
    </message>
</context>
<context>
    <name>samsyn::EditableTable</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Lägg till en rad i %1</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Ta bort den markerade raden från %1</translation>
    </message>
</context>
<context>
    <name>samsyn::Enrollment</name>
    <message>
        <source>The enrollment needs a start date.</source>
        <translation>Inskrivningen behöver ett startdatum.</translation>
    </message>
    <message>
        <source>The planned end cannot be before the start.</source>
        <translation>Planerat slutdatum kan inte vara före startdatumet.</translation>
    </message>
    <message>
        <source>The passive phase cannot begin before the start.</source>
        <translation>Den passiva perioden kan inte börja före startdatumet.</translation>
    </message>
    <message>
        <source>Unknown kind of registration.</source>
        <translation>Okänd typ av registrering.</translation>
    </message>
    <message>
        <source>The exit needs an end date.</source>
        <translation>Avslutet behöver ett slutdatum.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date (%1).</source>
        <translation>Slutdatumet kan inte vara före startdatumet (%1).</translation>
    </message>
    <message>
        <source>The exit needs a reason.</source>
        <translation>Avslutet behöver en avslutsanledning.</translation>
    </message>
    <message>
        <source>The extent of work or studies must be between 0 and 100 percent.</source>
        <translation>Omfattningen av arbete eller studier måste vara mellan 0 och 100 procent.</translation>
    </message>
</context>
<context>
    <name>samsyn::EnrollmentRepository</name>
    <message>
        <source>The enrollment no longer exists.</source>
        <translation>Inskrivningen finns inte längre.</translation>
    </message>
    <message>
        <source>income source</source>
        <translation>försörjningskälla</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>insats</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>method</source>
        <translation>metod</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>sysselsättning</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>utbildningsnivå</translation>
    </message>
    <message>
        <source>time in public support</source>
        <translation>tid i offentlig försörjning</translation>
    </message>
    <message>
        <source>The participant already has an open enrollment in this programme.</source>
        <translation>Deltagaren har redan en pågående inskrivning i den här insatsen.</translation>
    </message>
    <message>
        <source>Only an active enrollment can become passive.</source>
        <translation>Bara en aktiv inskrivning kan bli passiv.</translation>
    </message>
    <message>
        <source>The passive phase cannot begin before the start.</source>
        <translation>Den passiva perioden kan inte börja före startdatumet.</translation>
    </message>
    <message>
        <source>Only a passive enrollment can become active again.</source>
        <translation>Bara en passiv inskrivning kan bli aktiv igen.</translation>
    </message>
    <message>
        <source>The enrollment has already ended.</source>
        <translation>Inskrivningen är redan avslutad.</translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation>avslutsanledning</translation>
    </message>
    <message>
        <source>receiving party</source>
        <translation>mottagande part</translation>
    </message>
    <message>
        <source>Follow-ups after exit need an exited enrollment.</source>
        <translation>Uppföljningar efter avslut kräver en avslutad inskrivning.</translation>
    </message>
    <message>
        <source>There are two follow-ups after exit.</source>
        <translation>Det finns bara två uppföljningar efter avslut.</translation>
    </message>
    <message>
        <source>A follow-up cannot be done before the exit.</source>
        <translation>En uppföljning kan inte göras före avslutet.</translation>
    </message>
    <message>
        <source>Only an ended enrollment has an exit to describe.</source>
        <translation>Bara en avslutad inskrivning har ett avslut att beskriva.</translation>
    </message>
    <message>
        <source>The text is too long: at most 4000 characters (the contact person at most 200).</source>
        <translation>Texten är för lång: högst 4000 tecken (kontaktpersonen högst 200).</translation>
    </message>
    <message>
        <source>Only a recorded exit can be corrected; this enrollment has not ended.</source>
        <translation>Bara ett registrerat avslut kan rättas; den här inskrivningen är inte avslutad.</translation>
    </message>
    <message>
        <source>A follow-up after exit cannot be due before the end date.</source>
        <translation>En uppföljning efter avslut kan inte infalla före slutdatumet.</translation>
    </message>
    <message>
        <source>A follow-up was recorded on %1, before the corrected end date; correct the follow-up first or choose an end date on or before it.</source>
        <translation>En uppföljning registrerades den %1, före det rättade slutdatumet; rätta uppföljningen först eller välj ett slutdatum som ligger samma dag eller tidigare.</translation>
    </message>
    <message>
        <source>This enrollment has not ended, so there is no exit to undo.</source>
        <translation>Den här inskrivningen är inte avslutad, så det finns inget avslut att ångra.</translation>
    </message>
    <message>
        <source>A follow-up after this exit has been recorded, so the exit happened; correct it instead of undoing it.</source>
        <translation>En uppföljning efter det här avslutet har registrerats, så avslutet har ägt rum; rätta det i stället för att ångra det.</translation>
    </message>
    <message>
        <source>The final slutdokumentation of this exit has been printed and is kept unchanged; the exit cannot be undone. Correct it instead.</source>
        <translation>Den slutliga slutdokumentationen för det här avslutet har skrivits ut och sparas oförändrad; avslutet kan inte ångras. Rätta det i stället.</translation>
    </message>
    <message>
        <source>The participant has a newer open enrollment in this programme; the exit cannot be undone.</source>
        <translation>Deltagaren har en nyare pågående inskrivning i den här insatsen; avslutet kan inte ångras.</translation>
    </message>
    <message>
        <source>The start cannot be after the end of the stay (%1).</source>
        <translation>Starten kan inte ligga efter periodens slut (%1).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget har ändrats.</translation>
    </message>
</context>
<context>
    <name>samsyn::EnrolmentDialog</name>
    <message>
        <source>Enrol in a programme</source>
        <translation>Skriv in i en insats</translation>
    </message>
    <message>
        <source>Consents to registration for the national follow-up</source>
        <translation>Samtycker till registrering för den nationella uppföljningen</translation>
    </message>
    <message>
        <source>Anonymous: no consent to registration</source>
        <translation>Anonym: inget samtycke till registrering</translation>
    </message>
    <message>
        <source>Anonymous: protected identity</source>
        <translation>Anonym: skyddade personuppgifter</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Insats:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Startdatum:</translation>
    </message>
    <message>
        <source>Planned end:</source>
        <translation>Planerat slutdatum:</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>Koordinator:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Metod:</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Registrering:</translation>
    </message>
    <message>
        <source>Income sources at start:</source>
        <translation>Försörjningskällor vid start:</translation>
    </message>
    <message>
        <source>Occupation at start:</source>
        <translation>Sysselsättning vid start:</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>Utbildningsnivå:</translation>
    </message>
    <message>
        <source>Time in public support:</source>
        <translation>Tid i offentlig försörjning:</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Skriv in</translation>
    </message>
    <message>
        <source>The team has no programme yet: add one under Team first.</source>
        <translation>Teamet har ingen insats än: lägg först till en under Team.</translation>
    </message>
    <message>
        <source>Correct the enrolment</source>
        <translation>Rätta inskrivningen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
    <message>
        <source>The programme of an enrolment cannot change; end it and enrol in the other one.</source>
        <translation>En inskrivnings insats kan inte ändras; avsluta den och skriv in i den andra.</translation>
    </message>
</context>
<context>
    <name>samsyn::EnrolmentExitTab</name>
    <message>
        <source>Enrolments</source>
        <translation>Inskrivningar</translation>
    </message>
    <message>
        <source>A stay in a programme: active, passive (less contact after the active period) and exited.</source>
        <translation>En period i en insats: aktiv, passiv (mindre kontakt efter den aktiva perioden) och avslutad.</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Avslut</translation>
    </message>
</context>
<context>
    <name>samsyn::EnrolmentSettings</name>
    <message>
        <source>Statement %1</source>
        <translation>Påstående %1</translation>
    </message>
</context>
<context>
    <name>samsyn::EnrolmentsPanel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Passive from %1</source>
        <translation>Passiv från %1</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Enrol in a programme…</source>
        <translation>Skriv in i en insats…</translation>
    </message>
    <message>
        <source>Make passive from</source>
        <translation>Gör passiv från</translation>
    </message>
    <message>
        <source>Make active again</source>
        <translation>Gör aktiv igen</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inskrivningar</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planerat slutdatum</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Passive from</source>
        <translation>Passiv från</translation>
    </message>
    <message>
        <source>Correct the enrolment…</source>
        <translation>Rätta inskrivningen…</translation>
    </message>
    <message>
        <source>Correct the start date, coordinator, registration or the situation at start</source>
        <translation>Rätta startdatum, samordnare, registrering eller situationen vid start</translation>
    </message>
</context>
<context>
    <name>samsyn::ExitDocumentPanel</name>
    <message>
        <source>Slutdokumentation preview…</source>
        <translation>Förhandsgranska slutdokumentationen…</translation>
    </message>
    <message>
        <source>Show the slutdokumentation as it prints; printing from the preview is logged</source>
        <translation>Visa slutdokumentationen så som den skrivs ut; utskrift från förhandsgranskningen loggas</translation>
    </message>
    <message>
        <source>Slutdokumentation</source>
        <translation>Slutdokumentation</translation>
    </message>
    <message>
        <source>For the stay that ended %1. The final version was printed on %2 by %3 and is kept unchanged: every print is that version.</source>
        <translation>För perioden som avslutades %1. Den slutliga versionen skrevs ut %2 av %3 och sparas oförändrad: varje utskrift är den versionen.</translation>
    </message>
    <message>
        <source>Save final as PDF…</source>
        <translation>Spara slutlig version som PDF…</translation>
    </message>
    <message>
        <source>Print final again (kept %1)…</source>
        <translation>Skriv ut slutlig version igen (sparad %1)…</translation>
    </message>
    <message>
        <source>For the stay that ended %1. Until the final version is printed, the slutdokumentation is a draft written from the current data.</source>
        <translation>För perioden som avslutades %1. Tills den slutliga versionen har skrivits ut är slutdokumentationen ett utkast som skrivs utifrån de aktuella uppgifterna.</translation>
    </message>
    <message>
        <source>Save draft as PDF…</source>
        <translation>Spara utkast som PDF…</translation>
    </message>
    <message>
        <source>Print final…</source>
        <translation>Skriv ut slutlig version…</translation>
    </message>
    <message>
        <source>The team file is open read-only, so printing (which is logged) is not possible.</source>
        <translation>Teamfilen är öppen skrivskyddad, så det går inte att skriva ut (utskrifter loggas).</translation>
    </message>
    <message>
        <source>Print the slutdokumentation</source>
        <translation>Skriv ut slutdokumentationen</translation>
    </message>
    <message>
        <source>Print the final slutdokumentation</source>
        <translation>Skriv ut den slutliga slutdokumentationen</translation>
    </message>
    <message>
        <source>The final version is kept unchanged in the team file exactly as it is printed now; later changes to the exit, the plan or the notes will not alter it. Print the final version?</source>
        <translation>Den slutliga versionen sparas oförändrad i teamfilen exakt så som den skrivs ut nu; senare ändringar av avslutet, planen eller anteckningarna påverkar den inte. Vill du skriva ut den slutliga versionen?</translation>
    </message>
    <message>
        <source>Print final</source>
        <translation>Skriv ut slutlig version</translation>
    </message>
    <message>
        <source>Save the slutdokumentation as PDF</source>
        <translation>Spara slutdokumentationen som PDF</translation>
    </message>
    <message>
        <source>Slutdokumentation.pdf</source>
        <translation>Slutdokumentation.pdf</translation>
    </message>
    <message>
        <source>Slutdokumentation (draft).pdf</source>
        <translation>Slutdokumentation (utkast).pdf</translation>
    </message>
    <message>
        <source>The exit was corrected on %1, after the final version was printed; the final version predates the correction and does not show it.</source>
        <translation>Avslutet rättades den %1, efter att den slutliga versionen skrevs ut; den slutliga versionen är äldre än rättelsen och visar den inte.</translation>
    </message>
</context>
<context>
    <name>samsyn::ExitDocumentRepository</name>
    <message>
        <source>enrollment</source>
        <translation>inskrivning</translation>
    </message>
    <message>
        <source>The final slutdokumentation of this enrollment has already been printed; it is kept unchanged.</source>
        <translation>Den slutliga versionen av slutdokumentationen för den här inskrivningen har redan skrivits ut; den sparas oförändrad.</translation>
    </message>
    <message>
        <source>An empty slutdokumentation cannot be stored.</source>
        <translation>En tom slutdokumentation kan inte sparas.</translation>
    </message>
</context>
<context>
    <name>samsyn::ExitFields</name>
    <message>
        <source>End date:</source>
        <translation>Slutdatum:</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(välj en anledning)</translation>
    </message>
    <message>
        <source>Exit reason:</source>
        <translation>Avslutsanledning:</translation>
    </message>
    <message>
        <source>Income sources after:</source>
        <translation>Försörjningskällor efter:</translation>
    </message>
    <message>
        <source>Occupation after:</source>
        <translation>Sysselsättning efter:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Extent of work or studies:</source>
        <translation>Omfattning av arbete eller studier:</translation>
    </message>
    <message>
        <source>Onward plan:</source>
        <translation>Fortsatt planering:</translation>
    </message>
    <message>
        <source>Handed over to:</source>
        <translation>Överlämnad till:</translation>
    </message>
    <message>
        <source>Contact there:</source>
        <translation>Kontaktperson där:</translation>
    </message>
    <message>
        <source>The SIP continues after the exit</source>
        <translation>SIP:en fortsätter efter avslutet</translation>
    </message>
    <message>
        <source>The person&apos;s own view:</source>
        <translation>Personens egen uppfattning:</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(inte besvarad)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Closer to work or studies, in their own view:</source>
        <translation>Närmare arbete eller studier, enligt personen själv:</translation>
    </message>
</context>
<context>
    <name>samsyn::ExitForm</name>
    <message>
        <source>Record exit</source>
        <translation>Registrera avslut</translation>
    </message>
    <message>
        <source>Follow-ups after exit</source>
        <translation>Uppföljningar efter avslut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gjord den</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Follow-up %1 done on</source>
        <translation>Uppföljning %1 gjord den</translation>
    </message>
    <message>
        <source>Follow-up %1 result</source>
        <translation>Resultat av uppföljning %1</translation>
    </message>
    <message>
        <source>e.g. still working 50 %, no support needed</source>
        <translation>t.ex. arbetar fortfarande 50 %, behöver inget stöd</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>First follow-up</source>
        <translation>Första uppföljningen</translation>
    </message>
    <message>
        <source>Second follow-up</source>
        <translation>Andra uppföljningen</translation>
    </message>
    <message>
        <source>No enrolment yet. Enrol the participant in a programme above; the exit is recorded here.</source>
        <translation>Ingen inskrivning än. Skriv in deltagaren i en insats ovan; avslutet registreras här.</translation>
    </message>
    <message>
        <source>Exit from %1 (enrolled %2)</source>
        <translation>Avslut från %1 (inskriven %2)</translation>
    </message>
    <message>
        <source>Exited %1 on %2</source>
        <translation>Avslutad från %1 den %2</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Correct exit…</source>
        <translation>Rätta avslut…</translation>
    </message>
    <message>
        <source>Correct a wrongly recorded end date, reason or outcome, with a reason that is kept</source>
        <translation>Rätta ett slutdatum, en avslutsanledning eller ett utfall som registrerats fel, med en anledning som sparas</translation>
    </message>
    <message>
        <source>Undo exit…</source>
        <translation>Ångra avslut…</translation>
    </message>
    <message>
        <source>The exit was recorded by mistake: open the enrolment again</source>
        <translation>Avslutet registrerades av misstag: öppna inskrivningen igen</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> av %1</translation>
    </message>
    <message>
        <source>Exit undone %1%2: %3</source>
        <translation>Avslut ångrat %1%2: %3</translation>
    </message>
    <message>
        <source>Exit corrected %1%2: %3</source>
        <translation>Avslut rättat %1%2: %3</translation>
    </message>
</context>
<context>
    <name>samsyn::ExitPrinting</name>
    <message>
        <source>The participant is not in this team file.</source>
        <translation>Deltagaren finns inte i den här teamfilen.</translation>
    </message>
    <message>
        <source>%1 has not ended any stay with the team, so there is no slutdokumentation to print. Record the exit first.</source>
        <translation>%1 har inte avslutat någon period hos teamet, så det finns ingen slutdokumentation att skriva ut. Registrera avslutet först.</translation>
    </message>
</context>
<context>
    <name>samsyn::ExitReport</name>
    <message>
        <source>Not recorded</source>
        <translation>Inte registrerat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Nothing written here.</source>
        <translation>Inget skrivet här.</translation>
    </message>
    <message>
        <source>Why we started working together</source>
        <translation>Därför började vi arbeta tillsammans</translation>
    </message>
    <message>
        <source>No referral is recorded for this period.</source>
        <translation>Ingen remiss är registrerad för den här perioden.</translation>
    </message>
    <message>
        <source>Referred to the team by %1 on %2.</source>
        <translation>Remitterad till teamet av %1 den %2.</translation>
    </message>
    <message>
        <source>What I wished for</source>
        <translation>Det här önskade jag</translation>
    </message>
    <message>
        <source>My goals and how far I reached them</source>
        <translation>Mina mål och hur långt jag nådde</translation>
    </message>
    <message>
        <source>No goals were written down in a plan.</source>
        <translation>Inga mål skrevs ner i någon plan.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>How far</source>
        <translation>Hur långt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Inte bedömt</translation>
    </message>
    <message>
        <source>What was done, and by whom</source>
        <translation>Vad som gjordes, och av vem</translation>
    </message>
    <message>
        <source>No actions were written down in a plan.</source>
        <translation>Inga åtgärder skrevs ner i någon plan.</translation>
    </message>
    <message>
        <source>No party named</source>
        <translation>Ingen part angiven</translation>
    </message>
    <message>
        <source>, contact %1</source>
        <translation>, kontaktperson %1</translation>
    </message>
    <message>
        <source>%1%2: %3%4</source>
        <translation>%1%2: %3%4</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation>Gruppaktiviteter</translation>
    </message>
    <message>
        <source>No group activity during this period.</source>
        <translation>Ingen gruppaktivitet under den här perioden.</translation>
    </message>
    <message>
        <source>Took part in %1 of %2 group sessions (%3 %).</source>
        <translation>Deltog i %1 av %2 gruppträffar (%3 %).</translation>
    </message>
    <message>
        <source>Absences: %1 with notice, %2 without notice.</source>
        <translation>Frånvaro: %1 med anmälan, %2 utan anmälan.</translation>
    </message>
    <message>
        <source>Self-ratings</source>
        <translation>Självskattningar</translation>
    </message>
    <message>
        <source>No self-ratings were made during this period.</source>
        <translation>Inga självskattningar gjordes under den här perioden.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Skattning</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Vid start</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Senaste</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Rated once</source>
        <translation>Skattad en gång</translation>
    </message>
    <message>
        <source>WHO-5 is shown in percent (0-100). A change of 10 percentage points or more is a clear change.</source>
        <translation>WHO-5 visas i procent (0-100). En förändring på 10 procentenheter eller mer är en tydlig förändring.</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Så slutade det</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Avslutsanledning</translation>
    </message>
    <message>
        <source>Occupation after</source>
        <translation>Sysselsättning efter</translation>
    </message>
    <message>
        <source>Income after</source>
        <translation>Försörjning efter</translation>
    </message>
    <message>
        <source>Extent of work or studies</source>
        <translation>Omfattning av arbete eller studier</translation>
    </message>
    <message>
        <source>Feels readier for work or studies</source>
        <translation>Upplever sig närmare arbete eller studier</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Inte tillfrågad</translation>
    </message>
    <message>
        <source>The plan ahead</source>
        <translation>Fortsatt planering</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Överlämnad till</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>The SIP continues</source>
        <translation>SIP:en fortsätter</translation>
    </message>
    <message>
        <source>The team will get in touch around %1 and again around %2 to hear how things are going.</source>
        <translation>Teamet hör av sig omkring %1 och igen omkring %2 för att höra hur det går.</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 procentenheter</translation>
    </message>
    <message>
        <source>%1: a clear improvement</source>
        <translation>%1: en tydlig förbättring</translation>
    </message>
    <message>
        <source>%1: a clear decline</source>
        <translation>%1: en tydlig försämring</translation>
    </message>
    <message>
        <source>Final report (slutdokumentation)</source>
        <translation>Slutdokumentation</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message>
        <source> · draft</source>
        <translation> · utkast</translation>
    </message>
    <message>
        <source>Draft. The text can still be changed; the final version is kept unchanged once it is printed.</source>
        <translation>Utkast. Texten kan fortfarande ändras; den slutliga versionen sparas oförändrad när den har skrivits ut.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>Med mina egna ord</translation>
    </message>
    <message>
        <source>Written by %1 on %2.</source>
        <translation>Skrivet av %1 den %2.</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Underskrift: %1</translation>
    </message>
    <message>
        <source>Signature: coordinator</source>
        <translation>Underskrift: koordinator</translation>
    </message>
</context>
<context>
    <name>samsyn::ExitReportData</name>
    <message>
        <source>The stored slutdokumentation cannot be read; the team file may be damaged. Restore a backup or ask for support.</source>
        <translation>Den sparade slutdokumentationen kan inte läsas; teamfilen kan vara skadad. Återställ en säkerhetskopia eller be om hjälp.</translation>
    </message>
    <message>
        <source>The enrollment is no longer in the team file.</source>
        <translation>Inskrivningen finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>The enrollment has not ended yet; record the exit before the slutdokumentation.</source>
        <translation>Inskrivningen är inte avslutad än; registrera avslutet före slutdokumentationen.</translation>
    </message>
    <message>
        <source>The participant is no longer in the team file.</source>
        <translation>Deltagaren finns inte längre i teamfilen.</translation>
    </message>
</context>
<context>
    <name>samsyn::ExitService</name>
    <message>
        <source>The enrollment no longer exists.</source>
        <translation>Inskrivningen finns inte längre.</translation>
    </message>
    <message>
        <source>This enrollment has not ended; there is no exit to correct.</source>
        <translation>Den här inskrivningen är inte avslutad; det finns inget avslut att rätta.</translation>
    </message>
    <message>
        <source>The corrected exit is the same as the recorded one: change a field, or cancel.</source>
        <translation>Det rättade avslutet är detsamma som det registrerade: ändra ett fält eller avbryt.</translation>
    </message>
</context>
<context>
    <name>samsyn::ExtractHistory</name>
    <message>
        <source>Coordinated individual plans (SIP)</source>
        <translation>Samordnade individuella planer (SIP)</translation>
    </message>
    <message>
        <source>No SIP has been written.</source>
        <translation>Ingen SIP har skrivits.</translation>
    </message>
    <message>
        <source>Each version of a plan in short. A plan can be printed in full; ask us if you want a copy.</source>
        <translation>Varje version av en plan i korthet. En plan kan skrivas ut i sin helhet; fråga oss om du vill ha en kopia.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Vem gör vad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>No notes are written.</source>
        <translation>Inga anteckningar har skrivits.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Typ av kontakt</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skrivet av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation>Gruppaktiviteter</translation>
    </message>
    <message>
        <source>You have not taken part in any group activity.</source>
        <translation>Du har inte deltagit i någon gruppaktivitet.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Absent with notice</source>
        <translation>Anmäld frånvaro</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Self-ratings</source>
        <translation>Självskattningar</translation>
    </message>
    <message>
        <source>No self-ratings are recorded.</source>
        <translation>Inga självskattningar är registrerade.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Skattning</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Answers per item</source>
        <translation>Svar per fråga</translation>
    </message>
    <message>
        <source>Steps on the way</source>
        <translation>Steg på vägen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte registrerat</translation>
    </message>
    <message>
        <source>Referrals to the team</source>
        <translation>Remisser till teamet</translation>
    </message>
    <message>
        <source>No referral is recorded.</source>
        <translation>Ingen remiss är registrerad.</translation>
    </message>
    <message>
        <source>Referral received %1 from %2</source>
        <translation>Remiss som kom in %1 från %2</translation>
    </message>
    <message>
        <source>Case officer (handläggare)</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Programme asked for</source>
        <translation>Önskad insats</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Tried already</source>
        <translation>Redan prövat</translation>
    </message>
    <message>
        <source>Your own wish</source>
        <translation>Din egen önskan</translation>
    </message>
    <message>
        <source>Income source then</source>
        <translation>Försörjningskälla då</translation>
    </message>
    <message>
        <source>Occupation then</source>
        <translation>Sysselsättning då</translation>
    </message>
    <message>
        <source>Current contacts</source>
        <translation>Aktuella kontakter</translation>
    </message>
    <message>
        <source>Attachments (names only; the documents stay with the party)</source>
        <translation>Bilagor (bara namnen; dokumenten finns kvar hos parten)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>Inget samtycke är registrerat.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Your time in the team</source>
        <translation>Din tid hos teamet</translation>
    </message>
    <message>
        <source>You have not been enrolled in any of the team&apos;s programmes.</source>
        <translation>Du har inte varit inskriven i någon av teamets insatser.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, från %2</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Way of working</source>
        <translation>Arbetssätt</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planerat slutdatum</translation>
    </message>
    <message>
        <source>Passive from</source>
        <translation>Passiv från</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <source>Income at the start</source>
        <translation>Försörjning vid start</translation>
    </message>
    <message>
        <source>Occupation at the start</source>
        <translation>Sysselsättning vid start</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildningsnivå</translation>
    </message>
    <message>
        <source>Time on public support</source>
        <translation>Tid i offentlig försörjning</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Avslutsanledning</translation>
    </message>
    <message>
        <source>Income after</source>
        <translation>Försörjning efter</translation>
    </message>
    <message>
        <source>Occupation after</source>
        <translation>Sysselsättning efter</translation>
    </message>
    <message>
        <source>Extent of work or studies</source>
        <translation>Omfattning av arbete eller studier</translation>
    </message>
    <message>
        <source>The plan ahead</source>
        <translation>Fortsatt planering</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Överlämnad till</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>The SIP continues</source>
        <translation>SIP:en fortsätter</translation>
    </message>
    <message>
        <source>Your own view</source>
        <translation>Din egen bild</translation>
    </message>
    <message>
        <source>Feels readier</source>
        <translation>Känner sig mer redo</translation>
    </message>
    <message>
        <source>First follow-up</source>
        <translation>Första uppföljningen</translation>
    </message>
    <message>
        <source>Second follow-up</source>
        <translation>Andra uppföljningen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planerad start</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>What was missing</source>
        <translation>Vad som saknades</translation>
    </message>
    <message>
        <source>The meeting&apos;s decision</source>
        <translation>Mötets beslut</translation>
    </message>
    <message>
        <source>The end of your time with us</source>
        <translation>Avslutet av din tid hos oss</translation>
    </message>
    <message>
        <source>An ending recorded by mistake, taken back</source>
        <translation>Ett avslut som registrerades av misstag och togs tillbaka</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Rättelser</translation>
    </message>
    <message>
        <source>Information that was corrected after it was recorded. The sections above show it as corrected; here is what it said before, and why it was changed.</source>
        <translation>Uppgifter som har rättats efter att de registrerades. Avsnitten ovan visar dem som de är efter rättelsen; här står vad de var innan och varför de ändrades.</translation>
    </message>
    <message>
        <source>What was corrected</source>
        <translation>Vad som rättades</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Before the correction</source>
        <translation>Före rättelsen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, av %2</translation>
    </message>
    <message>
        <source>%1 % (raw score %2 of 25)</source>
        <translation>%1 % (råpoäng %2 av 25)</translation>
    </message>
    <message>
        <source>%1 (total)</source>
        <translation>%1 (totalt)</translation>
    </message>
    <message>
        <source>Assessed at the team&apos;s meeting on %1:</source>
        <translation>Bedömd på teamets möte %1:</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Inte besvarad</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Inte bestämt än</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Oral, recorded by %1</source>
        <translation>Muntligt, dokumenterat av %1</translation>
    </message>
    <message>
        <source>Counted anonymously (no consent to registration)</source>
        <translation>Räknas anonymt (inget samtycke till registrering)</translation>
    </message>
    <message>
        <source>Counted anonymously (protected personal data)</source>
        <translation>Räknas anonymt (skyddade personuppgifter)</translation>
    </message>
    <message>
        <source>Registered with consent</source>
        <translation>Registrerad med samtycke</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Gjord %1</translation>
    </message>
    <message>
        <source>Planned around %1</source>
        <translation>Planerad omkring %1</translation>
    </message>
    <message>
        <source>The stay ended on %1.</source>
        <translation>Perioden avslutades %1.</translation>
    </message>
    <message>
        <source>Feels readier for work or studies</source>
        <translation>Upplever sig närmare arbete eller studier</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Med dina egna ord</translation>
    </message>
    <message>
        <source>The final report (slutdokumentation) was written by %1 on %2 and is kept unchanged.</source>
        <translation>Slutdokumentationen skrevs av %1 den %2 och sparas oförändrad.</translation>
    </message>
    <message>
        <source>No final report (slutdokumentation) has been kept for this stay.</source>
        <translation>Ingen slutdokumentation har sparats för den här perioden.</translation>
    </message>
</context>
<context>
    <name>samsyn::GallringDialog</name>
    <message>
        <source>&amp;Delete checked…</source>
        <translation>&amp;Ta bort ikryssade…</translation>
    </message>
    <message>
        <source>Gallring</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Participants due for gallring</source>
        <translation>Deltagare som ska gallras</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Senaste registrering</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Deletion is permanent and cannot be undone: everything recorded about the checked participants (referrals, decisions, consents, enrollments, SIP plans, notes, attendance, ratings) is deleted from the team file. Only anonymous counts for the reports are kept, and the access log keeps its rows without names.</source>
        <translation>Borttagningen är permanent och kan inte ångras: allt som har registrerats om de ikryssade deltagarna (remisser, beslut, samtycken, inskrivningar, SIP:ar, anteckningar, närvaro, skattningar) tas bort från teamfilen. Bara anonyma antal för rapporterna sparas, och åtkomstloggen behåller sina rader utan namn.</translation>
    </message>
    <message>
        <source>Delete the checked participants for good</source>
        <translation>Ta bort de ikryssade deltagarna för gott</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s) after the last entry. Nobody is due for gallring on %1.</source>
        <translation>
            <numerusform>Gallringstid: %n år efter den senaste registreringen. Ingen ska gallras den %1.</numerusform>
            <numerusform>Gallringstid: %n år efter den senaste registreringen. Ingen ska gallras den %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s) after the last entry. Due for gallring on %1: %2 participant(s). Each must be deleted by its deadline.</source>
        <translation>
            <numerusform>Gallringstid: %n år efter den senaste registreringen. Ska gallras den %1: %2 deltagare. Var och en måste tas bort senast på sin sista dag.</numerusform>
            <numerusform>Gallringstid: %n år efter den senaste registreringen. Ska gallras den %1: %2 deltagare. Var och en måste tas bort senast på sin sista dag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s) and everything recorded about them for good? This cannot be undone.</source>
        <translation>
            <numerusform>Vill du ta bort %n deltagare och allt som har registrerats om deltagaren för gott? Det går inte att ångra.</numerusform>
            <numerusform>Vill du ta bort %n deltagare och allt som har registrerats om dem för gott? Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Ta bort för gott</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Inget togs bort.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) deleted for good. Their counts in the reports are kept.</source>
        <translation>
            <numerusform>%n deltagare har tagits bort för gott. Deltagaren räknas fortfarande med i rapporternas antal.</numerusform>
            <numerusform>%n deltagare har tagits bort för gott. Deltagarna räknas fortfarande med i rapporternas antal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be compacted afterwards: %1</source>
        <translation>Filen kunde inte komprimeras efteråt: %1</translation>
    </message>
</context>
<context>
    <name>samsyn::GallringPlan</name>
    <message>
        <source>The retention period must be between 1 and 100 years.</source>
        <translation>Gallringstiden måste vara mellan 1 och 100 år.</translation>
    </message>
    <message>
        <source>Nobody was chosen for gallring: nothing was deleted.</source>
        <translation>Ingen valdes ut för gallring: inget togs bort.</translation>
    </message>
    <message>
        <source>A chosen participant is not due for gallring: nothing was deleted.</source>
        <translation>En av de valda deltagarna ska inte gallras: inget togs bort.</translation>
    </message>
    <message>
        <source>Something was recorded about a chosen participant since the list was made, so they are no longer due: nothing was deleted. Make the list again.</source>
        <translation>Något har registrerats om en av de valda deltagarna sedan listan togs fram, så deltagaren ska inte längre gallras: inget togs bort. Ta fram listan igen.</translation>
    </message>
    <message>
        <source>Backups taken before the deletion still hold the deleted data: the daily backups for %1 days and the monthly backups for %2 months, until rotation removes them. To be rid of it sooner, delete those backups from %3 by hand.</source>
        <translation>Säkerhetskopior som togs före borttagningen innehåller fortfarande uppgifterna: de dagliga kopiorna i %1 dagar och månadskopiorna i %2 månader, tills rotationen tar bort dem. Vill ni bli av med dem tidigare, ta bort de kopiorna ur %3 för hand.</translation>
    </message>
</context>
<context>
    <name>samsyn::GenderText</name>
    <message>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
</context>
<context>
    <name>samsyn::GroupActivitiesSection</name>
    <message>
        <source>Group activities</source>
        <translation>Gruppaktiviteter</translation>
    </message>
    <message>
        <source>Recurring group sessions, such as three mornings a week. Tick the days the group meets. Participants join a group on the Attendance tab of their card. A group that has ended is made inactive; its attendance stays.</source>
        <translation>Återkommande gruppträffar, till exempel tre förmiddagar i veckan. Kryssa i de dagar gruppen träffas. Deltagare går med i en grupp på fliken Närvaro i sitt kort. En grupp som har upphört görs inaktiv; dess närvaro finns kvar.</translation>
    </message>
    <message>
        <source>&amp;Add group activity</source>
        <translation>&amp;Lägg till gruppaktivitet</translation>
    </message>
    <message>
        <source>Take &amp;attendance…</source>
        <translation>Ta &amp;närvaro…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>samsyn::GroupRegisterDialog</name>
    <message>
        <source>All &amp;present</source>
        <translation>Alla &amp;närvarande</translation>
    </message>
    <message>
        <source>&amp;Save register</source>
        <translation>&amp;Spara närvarolistan</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <source>Group activity</source>
        <translation>Gruppaktivitet</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Datum för träffen</translation>
    </message>
    <message>
        <source>Members and their attendance</source>
        <translation>Medlemmar och deras närvaro</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Close without saving the marks?</source>
        <translation>Stänga utan att spara markeringarna?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Discard the marks not yet saved?</source>
        <translation>Kasta markeringarna som inte har sparats?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Närvaro för %1</translation>
    </message>
    <message>
        <source>The team has no group activity yet. Add one under Team, Group activities.</source>
        <translation>Teamet har ingen gruppaktivitet ännu. Lägg till en under Team, Gruppaktiviteter.</translation>
    </message>
    <message>
        <source>Nobody belonged to this group on %1. Participants join a group on the Attendance tab of their card.</source>
        <translation>Ingen tillhörde gruppen den %1. Deltagare går med i en grupp på fliken Närvaro i sitt kort.</translation>
    </message>
    <message>
        <source>%1 does not usually meet on %2. Check the date before you save.</source>
        <translation>%1 brukar inte träffas på %2. Kontrollera datumet innan du sparar.</translation>
    </message>
    <message>
        <source>Mark at least one member before saving.</source>
        <translation>Markera minst en medlem innan du sparar.</translation>
    </message>
    <message>
        <source>Saved: %1 of %2 present.</source>
        <translation>Sparat: %1 av %2 närvarande.</translation>
    </message>
</context>
<context>
    <name>samsyn::GroupRepository</name>
    <message>
        <source>A group activity needs a name.</source>
        <translation>En gruppaktivitet behöver ett namn.</translation>
    </message>
    <message>
        <source>The name of a group activity can be at most 100 characters.</source>
        <translation>Namnet på en gruppaktivitet får vara högst 100 tecken.</translation>
    </message>
    <message>
        <source>Weekdays are digits 1 (Monday) to 7 (Sunday).</source>
        <translation>Veckodagar anges med siffrorna 1 (måndag) till 7 (söndag).</translation>
    </message>
    <message>
        <source>The time must be written hh:mm.</source>
        <translation>Tiden ska skrivas tt:mm.</translation>
    </message>
    <message>
        <source>There is already a group activity called %1.</source>
        <translation>Det finns redan en gruppaktivitet som heter %1.</translation>
    </message>
    <message>
        <source>group activity</source>
        <translation>gruppaktivitet</translation>
    </message>
    <message>
        <source>The membership cannot end before it started (%1).</source>
        <translation>Medlemskapet kan inte sluta innan det började (%1).</translation>
    </message>
    <message>
        <source>The person is not a member of that group.</source>
        <translation>Personen är inte medlem i den gruppen.</translation>
    </message>
    <message>
        <source>The session needs a date.</source>
        <translation>Träffen behöver ett datum.</translation>
    </message>
    <message>
        <source>Only members of the group on %1 can be marked.</source>
        <translation>Bara de som var medlemmar i gruppen den %1 kan markeras.</translation>
    </message>
    <message>
        <source>Unknown attendance mark.</source>
        <translation>Okänd närvaromarkering.</translation>
    </message>
</context>
<context>
    <name>samsyn::IdentityEditor</name>
    <message>
        <source>Kind of identity</source>
        <translation>Typ av identitet</translation>
    </message>
    <message>
        <source>Personnummer or samordningsnummer</source>
        <translation>Personnummer eller samordningsnummer</translation>
    </message>
    <message>
        <source>Other identity (e.g. reservnummer)</source>
        <translation>Annan identitet (t.ex. reservnummer)</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identitetsnummer</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>Legal gender</source>
        <translation>Juridiskt kön</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Legal gender:</source>
        <translation>Juridiskt kön:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Födelsedatum:</translation>
    </message>
    <message>
        <source>Write the date as yyyy-MM-dd, e.g. 1990-01-31.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 1990-01-31.</translation>
    </message>
    <message>
        <source>e.g. R-000123</source>
        <translation>t.ex. R-000123</translation>
    </message>
    <message>
        <source>%1, born about %2 (from the number; the real birth date may differ by a day or two)</source>
        <translation>%1, född omkring %2 (enligt numret; det verkliga födelsedatumet kan skilja sig en dag eller två)</translation>
    </message>
</context>
<context>
    <name>samsyn::ImportDateFormats</name>
    <message>
        <source>Detect per value</source>
        <translation>Identifiera för varje värde</translation>
    </message>
    <message>
        <source>year-month-day (2019-09-01 or 20190901)</source>
        <translation>år-månad-dag (2019-09-01 eller 20190901)</translation>
    </message>
    <message>
        <source>YYMMDD (190901)</source>
        <translation>ÅÅMMDD (190901)</translation>
    </message>
    <message>
        <source>day/month/year (1/9/2019 or 01.09.2019)</source>
        <translation>dag/månad/år (1/9/2019 eller 01.09.2019)</translation>
    </message>
    <message>
        <source>Excel day number (43709)</source>
        <translation>Dagnummer i Excel (43709)</translation>
    </message>
</context>
<context>
    <name>samsyn::ImportFilePage</name>
    <message>
        <source>Choose the list</source>
        <translation>Välj listan</translation>
    </message>
    <message>
        <source>Save the Excel list as CSV (Arkiv &gt; Spara som &gt; CSV). Semicolon or comma, UTF-8 or the Windows encoding: Samsyn detects both.</source>
        <translation>Spara Excel-listan som CSV (Arkiv &gt; Spara som &gt; CSV). Semikolon eller komma, UTF-8 eller Windows-kodningen: Samsyn känner igen båda.</translation>
    </message>
    <message>
        <source>Nothing is written to the team file until you have seen what the import will do.</source>
        <translation>Inget skrivs till teamfilen förrän du har sett vad importen kommer att göra.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Kan inte läsa filen: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
</context>
<context>
    <name>samsyn::ImportFormatPage</name>
    <message>
        <source>Check how the list is read</source>
        <translation>Kontrollera hur listan läses</translation>
    </message>
    <message>
        <source>If letters like å, ä, ö look wrong or everything is in one column, change the encoding or the separator.</source>
        <translation>Om bokstäver som å, ä och ö ser fel ut eller om allt hamnar i en kolumn, byt teckenkodning eller avgränsare.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Identifiera automatiskt</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Leave them unchanged (skip the row)</source>
        <translation>Lämna dem oförändrade (hoppa över raden)</translation>
    </message>
    <message>
        <source>Update them with the list&apos;s values</source>
        <translation>Uppdatera dem med värdena i listan</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Teckenkodning:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Avgränsare:</translation>
    </message>
    <message>
        <source>Dates are written as:</source>
        <translation>Datum skrivs som:</translation>
    </message>
    <message>
        <source>People already in the team file:</source>
        <translation>Personer som redan finns i teamfilen:</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1 with the separator &quot;%2&quot;: %n row(s) after the column names.</source>
        <translation>
            <numerusform>Läst som %1 med avgränsaren &quot;%2&quot;: %n rad efter kolumnnamnen.</numerusform>
            <numerusform>Läst som %1 med avgränsaren &quot;%2&quot;: %n rader efter kolumnnamnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::ImportLookups</name>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>The team has no %1 called &quot;%2&quot; (known: %3). Add it in the settings or correct the list.</source>
        <translation>Teamet har ingen %1 som heter &quot;%2&quot; (kända: %3). Lägg till den i inställningarna eller rätta listan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one %2: write the full name.</source>
        <translation>&quot;%1&quot; matchar fler än en %2: skriv hela namnet.</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>teammedlem</translation>
    </message>
    <message>
        <source>party</source>
        <translation>part</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>insats</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of the list %2: use one of the team&apos;s values (Settings, code tables).</source>
        <translation>&quot;%1&quot; är inte ett värde i listan %2: använd ett av teamets värden (Teaminställningar, Kodtabeller).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status Samsyn knows (aktualiserad, väntar, aktiv, passiv, avslutad).</source>
        <translation>&quot;%1&quot; är inte en status som Samsyn känner till (aktualiserad, väntar, aktiv, passiv, avslutad).</translation>
    </message>
</context>
<context>
    <name>samsyn::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Matcha kolumnerna</translation>
    </message>
    <message>
        <source>Choose the list&apos;s column for each field. Fields left at &quot;not imported&quot; are left as they are.</source>
        <translation>Välj vilken kolumn i listan som hör till varje fält. Fält som står kvar på &quot;importeras inte&quot; lämnas som de är.</translation>
    </message>
    <message>
        <source>The team&apos;s saved mapping from the last import.</source>
        <translation>Teamets sparade kolumnmatchning från förra importen.</translation>
    </message>
    <message>
        <source>Guessed from the column names.</source>
        <translation>Gissad utifrån kolumnnamnen.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
</context>
<context>
    <name>samsyn::ImportOutcomes</name>
    <message>
        <source>create</source>
        <translation>skapa</translation>
    </message>
    <message>
        <source>update</source>
        <translation>uppdatera</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>hoppa över</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>avvisa</translation>
    </message>
</context>
<context>
    <name>samsyn::ImportPlanPage</name>
    <message>
        <source>What the import will do</source>
        <translation>Vad importen kommer att göra</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Rejected rows are left out; correct them in Excel and import the file again later (people already imported are then skipped or updated).</source>
        <translation>Inget har skrivits än. Avvisade rader tas inte med; rätta dem i Excel och importera filen igen senare (personer som redan har importerats hoppas då över eller uppdateras).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>%1 rows: %2 to create, %3 to update, %4 skipped, %5 rejected.</source>
        <translation>%1 rader: %2 skapas, %3 uppdateras, %4 hoppas över, %5 avvisas.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
</context>
<context>
    <name>samsyn::ImportReportPage</name>
    <message>
        <source>Import done</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <source>Created: %1. Updated: %2. Skipped: %3. Rejected: %4. The import was one step in the team file&apos;s log.</source>
        <translation>Skapade: %1. Uppdaterade: %2. Överhoppade: %3. Avvisade: %4. Importen registrerades som ett steg i teamfilens logg.</translation>
    </message>
</context>
<context>
    <name>samsyn::ImportRowBuilder</name>
    <message>
        <source>The personnummer was saved as a number in scientific notation (like 1,91212E+11), so digits are lost. In Excel, format the column as text, enter the numbers again and save again.</source>
        <translation>Personnumret sparades som ett tal i grundpotensform (som 1,91212E+11), så siffror har gått förlorade. Formatera kolumnen som text i Excel, skriv in numren igen och spara på nytt.</translation>
    </message>
    <message>
        <source>The personnummer has 9 digits: Excel probably dropped a leading zero because the column is formatted as numbers. Format the column as text and correct the number.</source>
        <translation>Personnumret har 9 siffror: Excel har troligen tagit bort en inledande nolla eftersom kolumnen är formaterad som tal. Formatera kolumnen som text och rätta numret.</translation>
    </message>
    <message>
        <source>The personnummer has 11 digits (10 or 12 are needed): a digit is missing, or Excel dropped a leading zero because the column is formatted as numbers. Format the column as text and correct the number.</source>
        <translation>Personnumret har 11 siffror (det ska vara 10 eller 12): en siffra saknas, eller så har Excel tagit bort en inledande nolla eftersom kolumnen är formaterad som tal. Formatera kolumnen som text och rätta numret.</translation>
    </message>
    <message>
        <source>Invalid personnummer: %1</source>
        <translation>Ogiltigt personnummer: %1</translation>
    </message>
    <message>
        <source>The full name needs a given name and a family name (&quot;Förnamn Efternamn&quot; or &quot;Efternamn, Förnamn&quot;).</source>
        <translation>Det fullständiga namnet behöver ett förnamn och ett efternamn (&quot;Förnamn Efternamn&quot; eller &quot;Efternamn, Förnamn&quot;).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A referring party without a referral date: enter the date the referral was received.</source>
        <translation>En remitterande part utan remissdatum: fyll i datumet då remissen kom in.</translation>
    </message>
    <message>
        <source>The referral date is in the future.</source>
        <translation>Remissdatumet ligger i framtiden.</translation>
    </message>
    <message>
        <source>A referral date needs the referring party (map a column with FK, Af, the region or the municipality).</source>
        <translation>Ett remissdatum kräver en remitterande part (matcha en kolumn med FK, Af, regionen eller kommunen).</translation>
    </message>
    <message>
        <source>A programme without a start date: enter the start date.</source>
        <translation>En insats utan startdatum: fyll i startdatumet.</translation>
    </message>
    <message>
        <source>A start date needs the programme (map a column with the programme&apos;s name).</source>
        <translation>Ett startdatum kräver en insats (matcha en kolumn med insatsens namn).</translation>
    </message>
    <message>
        <source>A start date makes the participant active, but the status says &quot;%1&quot;. The import cannot record exits or passive phases: leave the start date out for this row or correct the status.</source>
        <translation>Ett startdatum gör deltagaren aktiv, men statusen är &quot;%1&quot;. Importen kan inte registrera avslut eller passiva perioder: utelämna startdatumet på den här raden eller rätta statusen.</translation>
    </message>
    <message>
        <source>The participant already has an open enrollment in this programme.</source>
        <translation>Deltagaren har redan en pågående inskrivning i den här insatsen.</translation>
    </message>
    <message>
        <source>The row has %1 values but the first row has %2 columns: a value probably contains the separator without quotes.</source>
        <translation>Raden har %1 värden men den första raden har %2 kolumner: ett värde innehåller troligen avgränsaren utan citattecken.</translation>
    </message>
    <message>
        <source>The personnummer is missing.</source>
        <translation>Personnummer saknas.</translation>
    </message>
    <message>
        <source>Already in the team file: left unchanged.</source>
        <translation>Finns redan i teamfilen: lämnas oförändrad.</translation>
    </message>
</context>
<context>
    <name>samsyn::ImportWizard</name>
    <message>
        <source>Import participants from a list</source>
        <translation>Importera deltagare från en lista</translation>
    </message>
</context>
<context>
    <name>samsyn::LocalCopyOffer</name>
    <message>
        <source>Team file on a network drive</source>
        <translation>Teamfil på en nätverksenhet</translation>
    </message>
    <message>
        <source>This team file is on a network drive, so it was opened read-only: SQLite files can be damaged when they are written over a network.

Copy it to this computer (%1) and work in the copy? The file on the network drive is left as it is; make sure nobody else keeps working in it.</source>
        <translation>Teamfilen ligger på en nätverksenhet och öppnades därför skrivskyddad: SQLite-filer kan skadas när de skrivs över ett nätverk.

Vill du kopiera den till den här datorn (%1) och arbeta i kopian? Filen på nätverksenheten lämnas som den är; se till att ingen annan fortsätter att arbeta i den.</translation>
    </message>
    <message>
        <source>Copy to this computer</source>
        <translation>Kopiera till den här datorn</translation>
    </message>
    <message>
        <source>The copy could not be made</source>
        <translation>Kopian kunde inte skapas</translation>
    </message>
</context>
<context>
    <name>samsyn::LocationPage</name>
    <message>
        <source>Where to keep the team file</source>
        <translation>Var teamfilen ska sparas</translation>
    </message>
    <message>
        <source>Keep the file on this computer, not on a network drive or in a cloud-synchronised folder. Samsyn takes a backup beside it every day.</source>
        <translation>Spara filen på den här datorn, inte på en nätverksenhet eller i en molnsynkroniserad mapp. Samsyn gör en säkerhetskopia bredvid den varje dag.</translation>
    </message>
    <message>
        <source>&amp;Create team file</source>
        <translation>&amp;Skapa teamfil</translation>
    </message>
    <message>
        <source>Team file location</source>
        <translation>Teamfilens plats</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the team file location</source>
        <translation>Välj var teamfilen ska sparas</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Team file</source>
        <translation>Teamfil</translation>
    </message>
    <message>
        <source>Samsyn team files (*.samsyn)</source>
        <translation>Samsyn-teamfiler (*.samsyn)</translation>
    </message>
</context>
<context>
    <name>samsyn::LockScreen</name>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>The screen is hidden</source>
        <translation>Skärmen är dold</translation>
    </message>
    <message>
        <source>Samsyn hid the window after a while without use, so that people passing by cannot read personal data. This is not a password lock: anyone at this computer can continue. Lock the computer itself when you leave it.</source>
        <translation>Samsyn dolde fönstret efter en stund utan aktivitet, så att personer som går förbi inte kan läsa personuppgifter. Det här är inget lösenordslås: vem som helst vid datorn kan fortsätta. Lås själva datorn när du lämnar den.</translation>
    </message>
    <message>
        <source>Continue working</source>
        <translation>Fortsätt arbeta</translation>
    </message>
</context>
<context>
    <name>samsyn::LoggedPrint</name>
    <message>
        <source>The team file is open read-only, so printing cannot be recorded in the access log. Open a local, writable copy and print again.</source>
        <translation>Teamfilen är öppen skrivskyddad, så utskriften kan inte registreras i åtkomstloggen. Öppna en lokal kopia som går att skriva i och skriv ut igen.</translation>
    </message>
</context>
<context>
    <name>samsyn::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>No team file open</source>
        <translation>Ingen teamfil är öppen</translation>
    </message>
    <message>
        <source>Use the File menu to create a new team file or open one.</source>
        <translation>Använd menyn Arkiv för att skapa en ny teamfil eller öppna en befintlig.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <source>The team file was opened read-only.</source>
        <translation>Teamfilen öppnades skrivskyddad.</translation>
    </message>
    <message>
        <source>You can read everything; changes are not possible.</source>
        <translation>Du kan läsa allt, men inte göra några ändringar.</translation>
    </message>
    <message>
        <source>%1 – Samsyn</source>
        <translation>%1 – Samsyn</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Nytt team…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Open the &amp;demo team</source>
        <translation>Öppna &amp;demoteamet</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Säkerhets&amp;kopiera nu</translation>
    </message>
    <message>
        <source>Re&amp;store from backup…</source>
        <translation>Å&amp;terställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Hide the screen</source>
        <translation>&amp;Dölj skärmen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Samsyn</source>
        <translation>&amp;Om Samsyn</translation>
    </message>
    <message>
        <source>About Samsyn</source>
        <translation>Om Samsyn</translation>
    </message>
    <message>
        <source>Samsyn %1

The file, meetings and reports of a samverkansteam.

Licensed under the European Union Public Licence (EUPL-1.2).</source>
        <translation>Samsyn %1

Deltagarregister, möten och rapporter för ett samverkansteam.

Licensierad enligt European Union Public Licence (EUPL-1.2).</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Inga senast öppnade filer</translation>
    </message>
    <message>
        <source>Open a team file</source>
        <translation>Öppna en teamfil</translation>
    </message>
    <message>
        <source>Creating the demo team…</source>
        <translation>Skapar demoteamet…</translation>
    </message>
    <message>
        <source>The demo team could not be created</source>
        <translation>Demoteamet kunde inte skapas</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Säkerhetskopia sparad: %1</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>There are no backups of this team file yet.</source>
        <translation>Det finns inga säkerhetskopior av den här teamfilen än.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Which backup?</source>
        <translation>Vilken säkerhetskopia?</translation>
    </message>
    <message>
        <source>Replace the team file with the backup from %1? Whatever was entered after it is not in the backup. The current file is kept aside, not deleted.</source>
        <translation>Vill du ersätta teamfilen med säkerhetskopian från %1? Det som registrerats efter den finns inte med i säkerhetskopian. Den nuvarande filen sparas undan och tas inte bort.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>&amp;Import participants from a list…</source>
        <translation>&amp;Importera deltagare från en lista…</translation>
    </message>
    <message>
        <source>&amp;Gallring (retention)…</source>
        <translation>&amp;Gallring…</translation>
    </message>
</context>
<context>
    <name>samsyn::MePage</name>
    <message>
        <source>Who are you?</source>
        <translation>Vem är du?</translation>
    </message>
    <message>
        <source>Samsyn records who entered or changed what. Choose yourself among the team members; another member can choose themselves in the status bar.</source>
        <translation>Samsyn registrerar vem som har fört in eller ändrat vad. Välj dig själv bland teammedlemmarna; en annan medlem kan välja sig själv i statusfältet.</translation>
    </message>
    <message>
        <source>You, among the team members</source>
        <translation>Du, bland teammedlemmarna</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Jag är:</translation>
    </message>
    <message>
        <source>(not one of the members)</source>
        <translation>(inte en av medlemmarna)</translation>
    </message>
</context>
<context>
    <name>samsyn::MeasureChart</name>
    <message>
        <source>No ratings yet</source>
        <translation>Inga skattningar än</translation>
    </message>
</context>
<context>
    <name>samsyn::MeetingDialog</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gäst</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäster</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Team members attending</source>
        <translation>Närvarande teammedlemmar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Start time:</source>
        <translation>Starttid:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Ordförande:</translation>
    </message>
    <message>
        <source>Team members:</source>
        <translation>Teammedlemmar:</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>Gäster:</translation>
    </message>
</context>
<context>
    <name>samsyn::MeetingModeSession</name>
    <message>
        <source>%1 of %2 referrals decided</source>
        <translation>%1 av %2 remisser beslutade</translation>
    </message>
</context>
<context>
    <name>samsyn::MeetingModeWindow</name>
    <message>
        <source>Meeting mode – %1</source>
        <translation>Mötesläge – %1</translation>
    </message>
    <message>
        <source>Remissgrupp %1</source>
        <translation>Remissgrupp %1</translation>
    </message>
    <message>
        <source>Comment on question %1</source>
        <translation>Kommentar till fråga %1</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>(programme)</source>
        <translation>(insats)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planerad start</translation>
    </message>
    <message>
        <source>1 2 3  answer   ·   ↑ ↓  question   ·   C  comment   ·   D + 1–4  or  O W A P  decision   ·   E  details   ·   Enter  record   ·   ← →  item   ·   N  name   ·   Esc  leave</source>
        <translation>1 2 3  svar   ·   ↑ ↓  fråga   ·   C  kommentar   ·   D + 1–4  eller  O W A P  beslut   ·   E  detaljer   ·   Enter  registrera   ·   ← →  punkt   ·   N  namn   ·   Esc  lämna</translation>
    </message>
    <message>
        <source>The agenda is empty</source>
        <translation>Dagordningen är tom</translation>
    </message>
    <message>
        <source>Fill the agenda in the Meetings view first. Esc leaves.</source>
        <translation>Fyll först på dagordningen i vyn Möten. Esc lämnar mötesläget.</translation>
    </message>
    <message>
        <source>Item %1 of %2  ·  %3</source>
        <translation>Punkt %1 av %2  ·  %3</translation>
    </message>
    <message>
        <source>From %1  ·  received %2</source>
        <translation>Från %1  ·  kom in %2</translation>
    </message>
    <message>
        <source>  ·  asks for %1</source>
        <translation>  ·  önskar %1</translation>
    </message>
    <message>
        <source>  ·  N shows the name</source>
        <translation>  ·  N visar namnet</translation>
    </message>
    <message>
        <source>Own wish: %1</source>
        <translation>Egen önskan: %1</translation>
    </message>
    <message>
        <source>C: add a comment</source>
        <translation>C: lägg till en kommentar</translation>
    </message>
    <message>
        <source>Decision: press 1–4</source>
        <translation>Beslut: tryck 1–4</translation>
    </message>
    <message>
        <source>Decision (D)</source>
        <translation>Beslut (D)</translation>
    </message>
    <message>
        <source>✓ Recorded: %1</source>
        <translation>✓ Registrerat: %1</translation>
    </message>
    <message>
        <source>Recommendation to the referring party</source>
        <translation>Rekommendation till remitterande part</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Vad som saknas</translation>
    </message>
    <message>
        <source>This item %1   ·   Total %2</source>
        <translation>Den här punkten %1   ·   Totalt %2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totalt %1</translation>
    </message>
    <message>
        <source>This item is already decided.</source>
        <translation>Den här punkten är redan beslutad.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Registrerat.</translation>
    </message>
    <message>
        <source>Answers saved; no decision yet.</source>
        <translation>Svaren sparades; inget beslut än.</translation>
    </message>
    <message>
        <source>That was the last item. Esc returns to the meetings view.</source>
        <translation>Det var sista punkten. Esc går tillbaka till vyn Möten.</translation>
    </message>
    <message>
        <source>Leave meeting mode</source>
        <translation>Lämna mötesläget</translation>
    </message>
    <message>
        <source>Some answers have not been recorded yet (Enter records an item). Leave anyway and drop them?</source>
        <translation>Några svar har inte registrerats än (Enter registrerar en punkt). Vill du lämna ändå och kasta dem?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
</context>
<context>
    <name>samsyn::MeetingPrintActions</name>
    <message>
        <source>Save the protocol as PDF</source>
        <translation>Spara protokollet som PDF</translation>
    </message>
    <message>
        <source>Protocol %1.pdf</source>
        <translation>Protokoll %1.pdf</translation>
    </message>
    <message>
        <source>Save the decision letter as PDF</source>
        <translation>Spara beslutsbrevet som PDF</translation>
    </message>
    <message>
        <source>Decision letter %1.pdf</source>
        <translation>Beslutsbrev %1.pdf</translation>
    </message>
    <message>
        <source>Print the protocol</source>
        <translation>Skriv ut protokollet</translation>
    </message>
    <message>
        <source>Print the decision letter</source>
        <translation>Skriv ut beslutsbrevet</translation>
    </message>
</context>
<context>
    <name>samsyn::MeetingPrinting</name>
    <message>
        <source>There is no referral with id %1 in this team file.</source>
        <translation>Det finns ingen remiss med id %1 i den här teamfilen.</translation>
    </message>
    <message>
        <source>There is no meeting with id %1 in this team file.</source>
        <translation>Det finns inget möte med id %1 i den här teamfilen.</translation>
    </message>
</context>
<context>
    <name>samsyn::MeetingProtocol</name>
    <message>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäster</translation>
    </message>
    <message>
        <source>No attendees were recorded.</source>
        <translation>Inga närvarande har registrerats.</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Övriga frågor</translation>
    </message>
    <message>
        <source>Item %1 – %2</source>
        <translation>Punkt %1 – %2</translation>
    </message>
    <message>
        <source>referral removed</source>
        <translation>remissen borttagen</translation>
    </message>
    <message>
        <source>Postponed referral</source>
        <translation>Bordlagd remiss</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Ny remiss</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Referring party: %1 · referral received %2</source>
        <translation>Remitterande part: %1 · remissen kom in %2</translation>
    </message>
    <message>
        <source>Assessment question</source>
        <translation>Bedömningsfråga</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Inte besvarad</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Inte beslutad</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planerad start</translation>
    </message>
    <message>
        <source>Queue position</source>
        <translation>Plats i kön</translation>
    </message>
    <message>
        <source>Recommendation to the referring party</source>
        <translation>Rekommendation till remitterande part</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Returns at</source>
        <translation>Tas upp igen</translation>
    </message>
    <message>
        <source>the meeting on %1</source>
        <translation>på mötet %1</translation>
    </message>
    <message>
        <source>the next meeting (not yet planned)</source>
        <translation>på nästa möte (inte planerat än)</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Advice from the team</source>
        <translation>Teamets råd</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Uppföljning: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>protected identity</source>
        <translation>skyddade personuppgifter</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, född %2</translation>
    </message>
    <message>
        <source>There is no meeting with id %1 in this team file.</source>
        <translation>Det finns inget möte med id %1 i den här teamfilen.</translation>
    </message>
    <message>
        <source>Meeting protocol</source>
        <translation>Mötesprotokoll</translation>
    </message>
    <message>
        <source>Team meeting %1</source>
        <translation>Teammöte %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>The agenda was empty.</source>
        <translation>Dagordningen var tom.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Chair
%1</source>
        <translation>Ordförande
%1</translation>
    </message>
    <message>
        <source>Adjuster</source>
        <translation>Justerare</translation>
    </message>
</context>
<context>
    <name>samsyn::MeetingRepository</name>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Ett möte behöver ett datum.</translation>
    </message>
    <message>
        <source>A meeting needs a start time.</source>
        <translation>Ett möte behöver en starttid.</translation>
    </message>
    <message>
        <source>There is already a meeting on %1 at %2.</source>
        <translation>Det finns redan ett möte %1 kl. %2.</translation>
    </message>
    <message>
        <source>Unknown chair.</source>
        <translation>Okänd ordförande.</translation>
    </message>
    <message>
        <source>The meeting no longer exists in the team file.</source>
        <translation>Mötet finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>A guest at a meeting needs a name.</source>
        <translation>En gäst på ett möte behöver ett namn.</translation>
    </message>
    <message>
        <source>Only referral items refer to a referral, and each of them must.</source>
        <translation>Bara remissärenden hänvisar till en remiss, och varje remissärende måste göra det.</translation>
    </message>
    <message>
        <source>The referral is already on this meeting&apos;s agenda.</source>
        <translation>Remissen står redan på det här mötets dagordning.</translation>
    </message>
    <message>
        <source>The agenda item no longer exists in the team file.</source>
        <translation>Punkten på dagordningen finns inte längre i teamfilen.</translation>
    </message>
</context>
<context>
    <name>samsyn::MeetingSeriesDialog</name>
    <message>
        <source>First date</source>
        <translation>Första datum</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Sista datum</translation>
    </message>
    <message>
        <source>New season of meetings</source>
        <translation>Ny mötesserie</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Veckodag</translation>
    </message>
    <message>
        <source>Every how many weeks</source>
        <translation>Med hur många veckors mellanrum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Dag:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>Klockan:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Ordförande:</translation>
    </message>
    <message>
        <source>No meeting falls between these dates.</source>
        <translation>Inget möte infaller mellan de här datumen.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n möte, från %1 till %2.</numerusform>
            <numerusform>%n möten, från %1 till %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every (weeks):</source>
        <translation>Intervall (veckor):</translation>
    </message>
</context>
<context>
    <name>samsyn::MeetingService</name>
    <message>
        <source>The meeting no longer exists in the team file.</source>
        <translation>Mötet finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>The referral has already been decided.</source>
        <translation>Det finns redan ett beslut om remissen.</translation>
    </message>
    <message>
        <source>The referral was withdrawn.</source>
        <translation>Remissen har återkallats.</translation>
    </message>
    <message>
        <source>The referral cannot be assessed on %1: there is no consent to information exchange valid on that day. Record the consent (or its renewal) first.</source>
        <translation>Remissen kan inte bedömas %1: det finns inget samtycke till informationsutbyte som gäller den dagen. Registrera samtycket (eller förnyelsen av det) först.</translation>
    </message>
    <message>
        <source>A series meets every 1 to 12 weeks on one weekday.</source>
        <translation>En mötesserie har möten med 1 till 12 veckors mellanrum, på samma veckodag.</translation>
    </message>
    <message>
        <source>A series needs a first date and a last date after it.</source>
        <translation>En mötesserie behöver ett första datum och ett sista datum som kommer efter det.</translation>
    </message>
    <message>
        <source>A series can create at most %1 meetings at a time.</source>
        <translation>En mötesserie kan skapa högst %1 möten åt gången.</translation>
    </message>
    <message>
        <source>The referral no longer exists in the team file.</source>
        <translation>Remissen finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>The agenda item no longer exists in the team file.</source>
        <translation>Punkten på dagordningen finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>A decided item stays on the agenda: it is part of the protocol.</source>
        <translation>Ett beslutat ärende ligger kvar på dagordningen: det är en del av protokollet.</translation>
    </message>
</context>
<context>
    <name>samsyn::MeetingsView</name>
    <message>
        <source>New meeting…</source>
        <translation>Nytt möte…</translation>
    </message>
    <message>
        <source>New season…</source>
        <translation>Ny mötesserie…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Ändra möte…</translation>
    </message>
    <message>
        <source>Start meeting mode (F5)</source>
        <translation>Starta mötesläge (F5)</translation>
    </message>
    <message>
        <source>Protocol as PDF…</source>
        <translation>Protokoll som PDF…</translation>
    </message>
    <message>
        <source>Decision letter as PDF…</source>
        <translation>Beslutsbrev som PDF…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>The letter to the referring party about the decision on the chosen agenda item</source>
        <translation>Brevet till den remitterande parten om beslutet i den valda punkten på dagordningen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dagordning&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The remissgrupp&apos;s meetings: the agenda fills itself with the referrals waiting for assessment; meeting mode runs the meeting on a projector.</source>
        <translation>Remissgruppens möten: dagordningen fylls automatiskt med de remisser som väntar på bedömning, och mötesläget visar mötet på en projektor.</translation>
    </message>
    <message>
        <source>Start meeting mode</source>
        <translation>Starta mötesläge</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>
%1</source>
        <translation>
%1</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>Inget möte är valt</translation>
    </message>
    <message>
        <source>Create a meeting, or a season of them, to start an agenda.</source>
        <translation>Skapa ett möte, eller en hel mötesserie, för att kunna börja på en dagordning.</translation>
    </message>
    <message>
        <source>Meeting %1 at %2</source>
        <translation>Möte %1 kl. %2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation>Ordförande: %1</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>inte vald</translation>
    </message>
    <message>
        <source>Attending: %1</source>
        <translation>Närvarande: %1</translation>
    </message>
    <message>
        <source>nobody recorded yet</source>
        <translation>ingen registrerad än</translation>
    </message>
    <message>
        <source>Guests: %1</source>
        <translation>Gäster: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) created.</source>
        <translation>
            <numerusform>%n möte skapades.</numerusform>
            <numerusform>%n möten skapades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print protocol…</source>
        <translation>Skriv ut protokoll…</translation>
    </message>
    <message>
        <source>Print decision letter…</source>
        <translation>Skriv ut beslutsbrev…</translation>
    </message>
    <message>
        <source>Print preview of the protocol (Ctrl+P)</source>
        <translation>Förhandsgranska protokollet för utskrift (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print protocol</source>
        <translation>Skriv ut protokoll</translation>
    </message>
</context>
<context>
    <name>samsyn::MembersPage</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammedlemmar</translation>
    </message>
    <message>
        <source>Who is in the team: the coordinators and the contact people of each party. More can be added later.</source>
        <translation>Vilka som ingår i teamet: koordinatorerna och kontaktpersonerna hos varje part. Fler kan läggas till senare.</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(ingen part)</translation>
    </message>
    <message>
        <source>Party of the team member</source>
        <translation>Teammedlemmens part</translation>
    </message>
</context>
<context>
    <name>samsyn::MembersSection</name>
    <message>
        <source>Team members</source>
        <translation>Teammedlemmar</translation>
    </message>
    <message>
        <source>The people in the team. A member who leaves is made inactive; their name stays on what they wrote.</source>
        <translation>Personerna i teamet. En medlem som slutar görs inaktiv; namnet står kvar på det som medlemmen har skrivit.</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Lägg till medlem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>(no party)</source>
        <translation>(ingen part)</translation>
    </message>
</context>
<context>
    <name>samsyn::MessageBoxPrompts</name>
    <message>
        <source>Samsyn team files (*.samsyn);;All files (*)</source>
        <translation>Samsyn-teamfiler (*.samsyn);;Alla filer (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>samsyn::MunicipalitiesPage</name>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>The municipalities whose residents the team serves. Each one is also a party of the samordningsförbund.</source>
        <translation>De kommuner vars invånare teamet arbetar med. Varje kommun är också part i samordningsförbundet.</translation>
    </message>
</context>
<context>
    <name>samsyn::MunicipalitiesSection</name>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>The municipalities whose residents the team serves. A municipality that leaves is made inactive, not deleted: older records still refer to it.</source>
        <translation>De kommuner vars invånare teamet arbetar med. En kommun som lämnar samarbetet görs inaktiv och tas inte bort: äldre uppgifter hänvisar fortfarande till den.</translation>
    </message>
    <message>
        <source>&amp;Add municipality</source>
        <translation>&amp;Lägg till kommun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>samsyn::NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identitet:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Förnamn:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Efternamn:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Kommun:</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>Koordinator:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
</context>
<context>
    <name>samsyn::Note</name>
    <message>
        <source>A note needs the date of the contact.</source>
        <translation>En anteckning behöver datumet för kontakten.</translation>
    </message>
    <message>
        <source>A note cannot be dated after today: it records something that happened.</source>
        <translation>En anteckning kan inte dateras efter i dag: den beskriver något som har hänt.</translation>
    </message>
    <message>
        <source>Write what the note is about; an empty note is not saved.</source>
        <translation>Skriv vad anteckningen handlar om; en tom anteckning sparas inte.</translation>
    </message>
    <message>
        <source>A note can be at most %1 characters; split a longer one into several notes.</source>
        <translation>En anteckning får innehålla högst %1 tecken; dela upp en längre anteckning i flera.</translation>
    </message>
</context>
<context>
    <name>samsyn::NoteEditor</name>
    <message>
        <source>Date of the note</source>
        <translation>Anteckningens datum</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Typ av kontakt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Anteckningens text</translation>
    </message>
    <message>
        <source>What was talked about, agreed or done</source>
        <translation>Vad ni pratade om, kom överens om eller gjorde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>samsyn::NoteKinds</name>
    <message>
        <source>Individual meeting</source>
        <translation>Enskilt möte</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <source>Workplace visit</source>
        <translation>Arbetsplatsbesök</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Contact with a party</source>
        <translation>Kontakt med en part</translation>
    </message>
</context>
<context>
    <name>samsyn::NoteRepository</name>
    <message>
        <source>author</source>
        <translation>författare</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>Anteckningen finns inte längre.</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>A note cannot be moved to another participant.</source>
        <translation>En anteckning kan inte flyttas till en annan deltagare.</translation>
    </message>
</context>
<context>
    <name>samsyn::NotesTab</name>
    <message>
        <source>any</source>
        <translation>obegränsat</translation>
    </message>
    <message>
        <source>Notes from</source>
        <translation>Anteckningar från</translation>
    </message>
    <message>
        <source>Notes until</source>
        <translation>Anteckningar till och med</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Spara anteckning</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>Ta bort anteckning…</translation>
    </message>
    <message>
        <source>Kind of notes shown</source>
        <translation>Typ av anteckningar som visas</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Visa alla</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n note(s)</source>
        <translation>
            <numerusform>%1 av %n anteckning</numerusform>
            <numerusform>%1 av %n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Note of %1</source>
        <translation>Anteckning från %1</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
    <message>
        <source>Delete the note of %1 (%2)? The text is removed from the team file for good.</source>
        <translation>Vill du ta bort anteckningen från %1 (%2)? Texten tas bort från teamfilen för gott.</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Ta bort anteckning</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>samsyn::OutcomeTable</name>
    <message>
        <source>No municipality</source>
        <translation>Ingen kommun</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>Ingen remiss</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>No referral recorded</source>
        <translation>Ingen remiss registrerad</translation>
    </message>
    <message>
        <source>Outcome per %1</source>
        <translation>Utfall per %1</translation>
    </message>
    <message>
        <source>Number of individuals</source>
        <translation>Antal individer</translation>
    </message>
    <message>
        <source>Mean age at enrollment start</source>
        <translation>Medelålder vid inskrivningens start</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Gender not recorded</source>
        <translation>Kön inte registrerat</translation>
    </message>
    <message>
        <source>Events in the period</source>
        <translation>Händelser under perioden</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Remitterad av</translation>
    </message>
    <message>
        <source>Individuals: everyone with an enrollment between %1 and %2. Mean age: completed years at the start of the earliest such enrollment, one decimal, halves rounded away from zero. Events: individuals with at least one event of the kind dated in the period. Referred by: the party of the latest referral received by %2.</source>
        <translation>Individer: alla med en inskrivning mellan %1 och %2. Medelålder: fyllda år vid starten av den tidigaste sådana inskrivningen, med en decimal och halvor avrundade bort från noll. Händelser: individer med minst en händelse av det slaget daterad inom perioden. Remitterad av: parten bakom den senaste remissen som kom in till och med %2.</translation>
    </message>
    <message>
        <source>A person in two programmes is counted in both columns and once in the total.</source>
        <translation>En person i två insatser räknas i båda kolumnerna och en gång i totalen.</translation>
    </message>
    <message>
        <source>Outcome table</source>
        <translation>Utfallstabell</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Referring party</source>
        <translation>Remitterande part</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Gallring has deleted participants with entries in this period: they are counted in the period report&apos;s totals only, not in this table.</source>
        <translation>Gallringen har tagit bort deltagare med registreringar under den här perioden: de räknas bara med i periodrapportens totaler, inte i den här tabellen.</translation>
    </message>
</context>
<context>
    <name>samsyn::OverviewView</name>
    <message>
        <source>What is due</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>What needs doing. Enter or a double-click opens the participant at the right tab.</source>
        <translation>Det som behöver göras. Enter eller dubbelklick öppnar deltagaren på rätt flik.</translation>
    </message>
    <message>
        <source>SIP follow-ups due or overdue</source>
        <translation>SIP-uppföljningar som ska göras eller är försenade</translation>
    </message>
    <message>
        <source>Enrolled past the planned end</source>
        <translation>Inskrivna efter planerat slutdatum</translation>
    </message>
    <message>
        <source>Follow-ups after exit</source>
        <translation>Uppföljningar efter avslut</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Referrals waiting for a meeting</source>
        <translation>Remisser som väntar på ett möte</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>I dag, %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter or double-click opens the participant card</source>
        <translation>Enter eller dubbelklick öppnar deltagarkortet</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Inget att göra</translation>
    </message>
    <message>
        <source>Consents that expire within 30 days</source>
        <translation>Samtycken som upphör inom 30 dagar</translation>
    </message>
    <message>
        <source>Consents withdrawn in the last 30 days</source>
        <translation>Samtycken som återkallats de senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Referrals that cannot be assessed without consent</source>
        <translation>Remisser som inte kan bedömas utan samtycke</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
</context>
<context>
    <name>samsyn::PagedPrinter</name>
    <message>
        <source>Printed %1</source>
        <translation>Utskriven %1</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Utskriven %1 av %2</translation>
    </message>
    <message>
        <source>Personal data controller: %1</source>
        <translation>Personuppgiftsansvarig: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>DEMO DATA – invented persons</source>
        <translation>DEMODATA – påhittade personer</translation>
    </message>
</context>
<context>
    <name>samsyn::Participant</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 måste fyllas i.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 får innehålla högst %2 tecken.</translation>
    </message>
    <message>
        <source>%1 contains characters that cannot be stored.</source>
        <translation>%1 innehåller tecken som inte kan sparas.</translation>
    </message>
    <message>
        <source>Choose the legal gender: an identity without a personnummer does not tell it.</source>
        <translation>Välj juridiskt kön: det framgår inte av en identitet utan personnummer.</translation>
    </message>
    <message>
        <source>The identity kind does not match the number.</source>
        <translation>Typen av identitet stämmer inte med numret.</translation>
    </message>
    <message>
        <source>The given name</source>
        <translation>Förnamnet</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>Efternamnet</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Telefonnumret</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>E-postadressen</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>The interpreter language</source>
        <translation>Tolkspråket</translation>
    </message>
    <message>
        <source>A phone number may hold digits, spaces, +, - and parentheses only.</source>
        <translation>Ett telefonnummer får bara innehålla siffror, mellanslag, +, - och parenteser.</translation>
    </message>
    <message>
        <source>The e-mail address is not complete (name@example.se).</source>
        <translation>E-postadressen är inte fullständig (namn@exempel.se).</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Födelsedatumet ligger i framtiden.</translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantCard</name>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Referral &amp;&amp; consent</source>
        <translation>Remiss och samtycke</translation>
    </message>
    <message>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Skattningar</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>This part of the card arrives with referrals and enrolments.</source>
        <translation>Den här delen av deltagarkortet kommer tillsammans med remisser och inskrivningar.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · protected identity</source>
        <translation> · skyddade personuppgifter</translation>
    </message>
    <message>
        <source>%1 – participant</source>
        <translation>%1 – deltagare</translation>
    </message>
    <message>
        <source>Enrolment &amp;&amp; exit</source>
        <translation>Inskrivning och avslut</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantChooser</name>
    <message>
        <source>An existing participant</source>
        <translation>En befintlig deltagare</translation>
    </message>
    <message>
        <source>A new participant</source>
        <translation>En ny deltagare</translation>
    </message>
    <message>
        <source>Search name or personnummer</source>
        <translation>Sök namn eller personnummer</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Sök deltagare</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identitet:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Förnamn:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Efternamn:</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantCommand</name>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>”%1” kunde inte ångras eller göras om: %2</translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantEventRepository</name>
    <message>
        <source>The participant no longer exists in the team file.</source>
        <translation>Deltagaren finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>An event needs a date.</source>
        <translation>En händelse behöver ett datum.</translation>
    </message>
    <message>
        <source>The event&apos;s date %1 is in the future: record an event once it has happened.</source>
        <translation>Händelsens datum %1 ligger i framtiden: registrera en händelse först när den har inträffat.</translation>
    </message>
    <message>
        <source>Choose what happened (an event category).</source>
        <translation>Välj vad som hände (en händelsekategori).</translation>
    </message>
    <message>
        <source>Unknown event category: %1.</source>
        <translation>Okänd händelsekategori: %1.</translation>
    </message>
    <message>
        <source>The event category %1 is no longer in use; choose another.</source>
        <translation>Händelsekategorin %1 används inte längre; välj en annan.</translation>
    </message>
    <message>
        <source>The enrollment is not this participant&apos;s.</source>
        <translation>Inskrivningen tillhör inte den här deltagaren.</translation>
    </message>
    <message>
        <source>The note is not this participant&apos;s.</source>
        <translation>Anteckningen tillhör inte den här deltagaren.</translation>
    </message>
    <message>
        <source>This event is already recorded for %1.</source>
        <translation>Händelsen är redan registrerad den %1.</translation>
    </message>
    <message>
        <source>The event no longer exists in the team file.</source>
        <translation>Händelsen finns inte längre i teamfilen.</translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The first row (the column names) cannot be read: %1</source>
        <translation>Den första raden (kolumnnamnen) kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The same personnummer is also on row %1: keep one row per person.</source>
        <translation>Samma personnummer finns också på rad %1: behåll en rad per person.</translation>
    </message>
    <message>
        <source>There is nothing to import: no row would create or update a participant.</source>
        <translation>Det finns inget att importera: ingen rad skulle skapa eller uppdatera en deltagare.</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>Rad %1: %2 Inget importerades.</translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantLogTab</name>
    <message>
        <source>Log of access and changes</source>
        <translation>Logg över åtkomst och ändringar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <source>Computer user</source>
        <translation>Datoranvändare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>A person may ask what the team keeps about them and who has read it:</source>
        <translation>En person har rätt att få veta vilka uppgifter teamet har om personen och vem som har läst dem:</translation>
    </message>
    <message>
        <source>Log extract…</source>
        <translation>Loggutdrag…</translation>
    </message>
    <message>
        <source>Register extract…</source>
        <translation>Registerutdrag…</translation>
    </message>
    <message>
        <source>Who has read or changed this person&apos;s data, as a letter to the person (GDPR art. 15)</source>
        <translation>Vem som har läst eller ändrat personens uppgifter, som ett brev till personen (GDPR art. 15)</translation>
    </message>
    <message>
        <source>Everything the team keeps about this person, as a letter to the person (GDPR art. 15)</source>
        <translation>Allt som teamet har om personen, som ett brev till personen (GDPR art. 15)</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Förhandsgranska…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Print a log extract</source>
        <translation>Skriv ut ett loggutdrag</translation>
    </message>
    <message>
        <source>Print a register extract</source>
        <translation>Skriv ut ett registerutdrag</translation>
    </message>
    <message>
        <source>Save a log extract as PDF</source>
        <translation>Spara ett loggutdrag som PDF</translation>
    </message>
    <message>
        <source>Save a register extract as PDF</source>
        <translation>Spara ett registerutdrag som PDF</translation>
    </message>
    <message>
        <source>Log extract %1.pdf</source>
        <translation>Loggutdrag %1.pdf</translation>
    </message>
    <message>
        <source>Register extract %1.pdf</source>
        <translation>Registerutdrag %1.pdf</translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantOverviewTab</name>
    <message>
        <source>Identity:</source>
        <translation>Identitet:</translation>
    </message>
    <message>
        <source>Protected identity (skyddade personuppgifter)</source>
        <translation>Skyddade personuppgifter</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Förnamn:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Efternamn:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Kommun:</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>Interpreter language:</source>
        <translation>Tolkspråk:</translation>
    </message>
    <message>
        <source>Income sources</source>
        <translation>Försörjningskällor</translation>
    </message>
    <message>
        <source>Income sources:</source>
        <translation>Försörjningskällor:</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>Sysselsättning:</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>Utbildningsnivå:</translation>
    </message>
    <message>
        <source>Time in public support:</source>
        <translation>Tid i offentlig försörjning:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>Koordinator:</translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantRepository</name>
    <message>
        <source>Another participant already has this identity number.</source>
        <translation>En annan deltagare har redan det här identitetsnumret.</translation>
    </message>
    <message>
        <source>Unknown %1: %2.</source>
        <translation>Okänd %1: %2.</translation>
    </message>
    <message>
        <source>income source</source>
        <translation>försörjningskälla</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>sysselsättning</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>utbildningsnivå</translation>
    </message>
    <message>
        <source>time in public support</source>
        <translation>tid i offentlig försörjning</translation>
    </message>
    <message>
        <source>Unknown municipality.</source>
        <translation>Okänd kommun.</translation>
    </message>
    <message>
        <source>Unknown coordinator.</source>
        <translation>Okänd koordinator.</translation>
    </message>
    <message>
        <source>The participant no longer exists in the team file.</source>
        <translation>Deltagaren finns inte längre i teamfilen.</translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantStatuses</name>
    <message>
        <source>Referred</source>
        <translation>Aktualiserad</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Avslutad</translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
</context>
<context>
    <name>samsyn::ParticipantsView</name>
    <message>
        <source>Show personnummer</source>
        <translation>Visa personnummer</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <source>Search name or personnummer</source>
        <translation>Sök namn eller personnummer</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Sök deltagare</translation>
    </message>
    <message>
        <source>New participant (Ctrl+N)</source>
        <translation>Ny deltagare (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show status %1</source>
        <translation>Visa status %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>%1 of %2 participants</source>
        <translation>%1 av %2 deltagare</translation>
    </message>
</context>
<context>
    <name>samsyn::PartiesPage</name>
    <message>
        <source>Other party</source>
        <translation>Annan part</translation>
    </message>
    <message>
        <source>Other parties</source>
        <translation>Övriga parter</translation>
    </message>
    <message>
        <source>Region and other parties</source>
        <translation>Region och övriga parter</translation>
    </message>
    <message>
        <source>Försäkringskassan and Arbetsförmedlingen are always parties. Name the region, and add any other organisation that refers participants or has members in the team.</source>
        <translation>Försäkringskassan och Arbetsförmedlingen är alltid parter. Ange regionens namn och lägg till andra organisationer som remitterar deltagare eller har medlemmar i teamet.</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>Regionens namn</translation>
    </message>
    <message>
        <source>e.g. Region Västerbotten</source>
        <translation>t.ex. Region Västerbotten</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Other parties:</source>
        <translation>Övriga parter:</translation>
    </message>
</context>
<context>
    <name>samsyn::PartiesSection</name>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>The parties behind the team. Referrals come from them, members belong to them and programmes can reserve places for them.</source>
        <translation>Parterna bakom teamet. Remisserna kommer från dem, medlemmarna tillhör dem och insatserna kan reservera platser för dem.</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Lägg till part</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Kind of party</source>
        <translation>Typ av part</translation>
    </message>
</context>
<context>
    <name>samsyn::PartyKinds</name>
    <message>
        <source>Försäkringskassan</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <source>Arbetsförmedlingen</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>samsyn::PdfExport</name>
    <message>
        <source>Could not save the PDF: the folder %1 does not exist. Choose another folder.</source>
        <translation>Det gick inte att spara PDF-filen: mappen %1 finns inte. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>Could not save the PDF %1: the folder or file is read-only. Choose another folder.</source>
        <translation>Det gick inte att spara PDF-filen %1: mappen eller filen är skrivskyddad. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>Could not save the PDF %1. Check that the disk is not full and try again.</source>
        <translation>Det gick inte att spara PDF-filen %1. Kontrollera att disken inte är full och försök igen.</translation>
    </message>
</context>
<context>
    <name>samsyn::Period</name>
    <message>
        <source>The year %1 is outside %2-%3.</source>
        <translation>Året %1 ligger utanför %2-%3.</translation>
    </message>
    <message>
        <source>There is no month %1: months are numbered 01 to 12.</source>
        <translation>Det finns ingen månad %1: månaderna numreras 01 till 12.</translation>
    </message>
    <message>
        <source>There is no quarter %1: a year has quarters 1 to 4.</source>
        <translation>Det finns inget kvartal %1: ett år har kvartal 1 till 4.</translation>
    </message>
    <message>
        <source>There is no tertial %1: a year has tertials 1 to 3 (January-April, May-August, September-December).</source>
        <translation>Det finns ingen tertial %1: ett år har tertial 1 till 3 (januari-april, maj-augusti, september-december).</translation>
    </message>
    <message>
        <source>There is no half-year %1: a year has half-years 1 and 2.</source>
        <translation>Det finns inget halvår %1: ett år har halvår 1 och 2.</translation>
    </message>
    <message>
        <source>A period needs both a first and a last day.</source>
        <translation>En period behöver både en första och en sista dag.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Perioden slutar (%1) innan den börjar (%2).</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar.</source>
        <translation>%1 är inte ett datum som finns i kalendern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period. Write a quarter (2026Q3), a month (2026-09), a tertial (2026T2), a half-year (2026H1), a year (2026) or a range of days (2026-01-01..2026-03-31).</source>
        <translation>&quot;%1&quot; är inte en period. Skriv ett kvartal (2026Q3), en månad (2026-09), en tertial (2026T2), ett halvår (2026H1), ett år (2026) eller ett datumintervall (2026-01-01..2026-03-31).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A month of a year, e.g. &quot;September 2026&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>kvartal %1 %2</translation>
    </message>
    <message>
        <source>tertial %1 %2</source>
        <translation>tertial %1 %2</translation>
    </message>
    <message>
        <source>half-year %1 %2</source>
        <translation>halvår %1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
</context>
<context>
    <name>samsyn::PeriodPicker</name>
    <message>
        <source>First day of the period</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Typ av period</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Tertial</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Halvår</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Egna datum</translation>
    </message>
    <message>
        <source>Which part of the year</source>
        <translation>Vilken del av året</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Kvartal %1</translation>
    </message>
    <message>
        <source>Tertial %1</source>
        <translation>Tertial %1</translation>
    </message>
    <message>
        <source>First half (January–June)</source>
        <translation>Första halvåret (januari–juni)</translation>
    </message>
    <message>
        <source>Second half (July–December)</source>
        <translation>Andra halvåret (juli–december)</translation>
    </message>
</context>
<context>
    <name>samsyn::PeriodReport</name>
    <message>
        <source>Work or studies</source>
        <translation>Arbete eller studier</translation>
    </message>
    <message>
        <source>Onward to another programme or rehabilitation</source>
        <translation>Vidare till en annan insats eller rehabilitering</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Andra skäl</translation>
    </message>
    <message>
        <source>Registered in error</source>
        <translation>Registrerade av misstag</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Ingen grupp</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Inkomna remisser</translation>
    </message>
    <message>
        <source>Decisions made</source>
        <translation>Fattade beslut</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Konsultationer</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Hållna möten</translation>
    </message>
    <message>
        <source>Enrollments started</source>
        <translation>Påbörjade inskrivningar</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Enrolled on %1 (individuals)</source>
        <translation>Inskrivna den %1 (individer)</translation>
    </message>
    <message>
        <source>On the waiting list on %1</source>
        <translation>På väntelistan den %1</translation>
    </message>
    <message>
        <source>Dates count when they fall on or between the period&apos;s first and last day. Enrolled means started on or before %1 and not exited by then (active or passive).</source>
        <translation>Datum räknas med när de infaller på eller mellan periodens första och sista dag. Inskriven betyder påbörjad senast %1 och inte avslutad då (aktiv eller passiv).</translation>
    </message>
    <message>
        <source>Referrals received per referring party</source>
        <translation>Inkomna remisser per remitterande part</translation>
    </message>
    <message>
        <source>Referring party</source>
        <translation>Remitterande part</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Decisions per kind</source>
        <translation>Beslut per typ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Enrollments started per programme</source>
        <translation>Påbörjade inskrivningar per insats</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbörjade</translation>
    </message>
    <message>
        <source>Exits per exit reason</source>
        <translation>Avslut per avslutsanledning</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Avslutsanledning</translation>
    </message>
    <message numerus="yes">
        <source>Not counted: %n exit(s) registered in error.</source>
        <translation>
            <numerusform>Räknas inte: %n avslut som registrerats av misstag.</numerusform>
            <numerusform>Räknas inte: %n avslut som registrerats av misstag.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the exits led to</source>
        <translation>Vad avsluten ledde till</translation>
    </message>
    <message>
        <source>Group of exit reasons</source>
        <translation>Grupp av avslutsanledningar</translation>
    </message>
    <message>
        <source>Programmes on %1</source>
        <translation>Insatser den %1</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inskrivna</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message numerus="yes">
        <source>Enrolled counts enrollments: a person in two programmes is counted in both (%n individual(s) in all).</source>
        <translation>
            <numerusform>Inskrivna räknar inskrivningar: en person i två insatser räknas i båda (%n individ totalt).</numerusform>
            <numerusform>Inskrivna räknar inskrivningar: en person i två insatser räknas i båda (%n individer totalt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Period report</source>
        <translation>Periodrapport</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Gallring has deleted participants with entries in this period. Their referrals (%1), decisions (%2), enrollment starts (%3) and exits (%4) are kept as anonymous counts and included in the totals; they are not in figures about individuals (enrolled or waiting at the period&apos;s end, WHO-5, the outcome table, the SUS export).</source>
        <translation>Gallringen har tagit bort deltagare med registreringar under den här perioden. Deras remisser (%1), beslut (%2), påbörjade inskrivningar (%3) och avslut (%4) sparas som anonyma antal och räknas med i totalerna; de finns inte med i siffror om individer (inskrivna eller väntande vid periodens slut, WHO-5, utfallstabellen, SUS-exporten).</translation>
    </message>
    <message numerus="yes">
        <source>Those counts are kept per month: %n of them, in months only partly inside this period, are left out.</source>
        <translation>
            <numerusform>Antalen sparas per månad: %n av dem, från månader som bara delvis ligger inom den här perioden, räknas inte med.</numerusform>
            <numerusform>Antalen sparas per månad: %n av dem, från månader som bara delvis ligger inom den här perioden, räknas inte med.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::Personnummer</name>
    <message>
        <source>No number was entered.</source>
        <translation>Inget nummer har angetts.</translation>
    </message>
    <message>
        <source>The number contains characters that are not allowed: use digits, with &apos;-&apos; or &apos;+&apos; only before the last four.</source>
        <translation>Numret innehåller otillåtna tecken: använd siffror, med &apos;-&apos; eller &apos;+&apos; bara före de fyra sista.</translation>
    </message>
    <message>
        <source>The number has the wrong length: enter 10 digits (YYMMDD-NNNN) or 12 digits (YYYYMMDD-NNNN).</source>
        <translation>Numret har fel längd: ange 10 siffror (ÅÅMMDD-NNNN) eller 12 siffror (ÅÅÅÅMMDD-NNNN).</translation>
    </message>
    <message>
        <source>The number does not begin with a real date: check the year, month and day.</source>
        <translation>Numret börjar inte med ett giltigt datum: kontrollera år, månad och dag.</translation>
    </message>
    <message>
        <source>The number has a wrong check digit: check every digit, the last one in particular.</source>
        <translation>Numret har fel kontrollsiffra: kontrollera alla siffror, särskilt den sista.</translation>
    </message>
    <message>
        <source>The number gives a birth date in the future: check the year.</source>
        <translation>Numret ger ett födelsedatum i framtiden: kontrollera året.</translation>
    </message>
    <message>
        <source>The &apos;+&apos; says the person is 100 or older, which does not match the year: check the year or the separator.</source>
        <translation>Tecknet &apos;+&apos; betyder att personen är 100 år eller äldre, vilket inte stämmer med året: kontrollera året eller skiljetecknet.</translation>
    </message>
    <message>
        <source>The text is too long for an identity: at most %1 characters are allowed.</source>
        <translation>Texten är för lång för en identitet: högst %1 tecken är tillåtna.</translation>
    </message>
</context>
<context>
    <name>samsyn::ProgrammesPage</name>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Capacity (places)</source>
        <translation>Kapacitet (platser)</translation>
    </message>
    <message>
        <source>Max months</source>
        <translation>Max antal månader</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>The programmes (insatser) the team offers and how many participants each can take at once. Places per party can be set later under Team.</source>
        <translation>De insatser som teamet erbjuder och hur många deltagare varje insats kan ta emot samtidigt. Platser per part kan anges senare under Team.</translation>
    </message>
</context>
<context>
    <name>samsyn::ProgrammesSection</name>
    <message>
        <source>Programmes</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>The programmes (insatser) the team offers. Capacity 0 means no fixed limit. The columns on the right reserve places for a party; together they cannot exceed the capacity.</source>
        <translation>De insatser som teamet erbjuder. Kapacitet 0 betyder att det inte finns någon fast gräns. Kolumnerna till höger reserverar platser för en part; tillsammans får de inte överstiga kapaciteten.</translation>
    </message>
    <message>
        <source>&amp;Add programme</source>
        <translation>&amp;Lägg till insats</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Max months</source>
        <translation>Max antal månader</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Platser: %1</translation>
    </message>
</context>
<context>
    <name>samsyn::Referral</name>
    <message>
        <source>A referral needs a participant.</source>
        <translation>En remiss måste gälla en deltagare.</translation>
    </message>
    <message>
        <source>Enter the date the referral was received.</source>
        <translation>Fyll i datumet då remissen kom in.</translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation>Datumet då remissen kom in kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>Choose the referring party.</source>
        <translation>Välj remitterande part.</translation>
    </message>
    <message>
        <source>The case officer&apos;s name is too long.</source>
        <translation>Handläggarens namn är för långt.</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>Telefonnumret är för långt.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>E-postadressen är för lång.</translation>
    </message>
    <message>
        <source>A text field is longer than %1 characters.</source>
        <translation>Ett textfält är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>Each attachment needs a name of at most 200 characters.</source>
        <translation>Varje bilaga behöver ett namn på högst 200 tecken.</translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralAssessment</name>
    <message>
        <source>Has the referring party tried its own options fully?</source>
        <translation>Har den remitterande parten prövat sina egna möjligheter fullt ut?</translation>
    </message>
    <message>
        <source>Can the person, with more support, approach work, studies or work-oriented rehabilitation?</source>
        <translation>Kan personen, med mer stöd, närma sig arbete, studier eller arbetslivsinriktad rehabilitering?</translation>
    </message>
    <message>
        <source>Does the person want to take part?</source>
        <translation>Vill personen delta?</translation>
    </message>
    <message>
        <source>An offer needs a programme.</source>
        <translation>Ett erbjudande om plats behöver en insats.</translation>
    </message>
    <message>
        <source>An offer needs a coordinator.</source>
        <translation>Ett erbjudande om plats behöver en koordinator.</translation>
    </message>
    <message>
        <source>An offer needs a planned start date.</source>
        <translation>Ett erbjudande om plats behöver ett planerat startdatum.</translation>
    </message>
    <message>
        <source>The waiting list is per programme: choose one.</source>
        <translation>Väntelistan gäller per insats: välj en insats.</translation>
    </message>
    <message>
        <source>A decline needs a recommendation to the referring party.</source>
        <translation>Ett avslag behöver en rekommendation till den remitterande parten.</translation>
    </message>
    <message>
        <source>Say what is missing before the referral can be decided.</source>
        <translation>Ange vad som saknas innan remissen kan beslutas.</translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralAssessmentRepository</name>
    <message>
        <source>Unknown programme.</source>
        <translation>Okänd insats.</translation>
    </message>
    <message>
        <source>Unknown coordinator.</source>
        <translation>Okänd koordinator.</translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralConsentTab</name>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Inkommen</translation>
    </message>
    <message>
        <source>Referring party</source>
        <translation>Remitterande part</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Ny remiss…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrera samtycke…</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Återkalla samtycke…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Referrals and decisions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Remisser och beslut&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Samtycken&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Oral, recorded by %1</source>
        <translation>Muntligt, dokumenterat av %1</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Gäller inte än</translation>
    </message>
    <message>
        <source>Correct decision…</source>
        <translation>Rätta beslut…</translation>
    </message>
    <message>
        <source>The selected referral&apos;s decision was recorded wrongly: correct it, with a reason</source>
        <translation>Beslutet om den valda remissen registrerades fel: rätta det, med en anledning</translation>
    </message>
    <message>
        <source>, corrected</source>
        <translation>, rättat</translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Ny remiss</translation>
    </message>
    <message>
        <source>Referral for %1</source>
        <translation>Remiss för %1</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Datum då remissen kom in</translation>
    </message>
    <message>
        <source>Referring party</source>
        <translation>Remitterande part</translation>
    </message>
    <message>
        <source>Case officer&apos;s name</source>
        <translation>Handläggarens namn</translation>
    </message>
    <message>
        <source>Case officer&apos;s phone</source>
        <translation>Handläggarens telefon</translation>
    </message>
    <message>
        <source>Case officer&apos;s e-mail</source>
        <translation>Handläggarens e-post</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Anledning till remissen</translation>
    </message>
    <message>
        <source>What the party has tried already</source>
        <translation>Vad parten redan har prövat</translation>
    </message>
    <message>
        <source>The person&apos;s own wish</source>
        <translation>Personens egen önskan</translation>
    </message>
    <message>
        <source>Income source at referral</source>
        <translation>Försörjningskälla vid remissen</translation>
    </message>
    <message>
        <source>Occupation at referral</source>
        <translation>Sysselsättning vid remissen</translation>
    </message>
    <message>
        <source>Current contacts with care and agencies</source>
        <translation>Nuvarande kontakter med vård och myndigheter</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(inte vald än)</translation>
    </message>
    <message>
        <source>Who is referred</source>
        <translation>Vem som remitteras</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Inkommen:</translation>
    </message>
    <message>
        <source>Referring party:</source>
        <translation>Remitterande part:</translation>
    </message>
    <message>
        <source>Case officer:</source>
        <translation>Handläggare:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Insats:</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>Situationen</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Anledning:</translation>
    </message>
    <message>
        <source>Tried already:</source>
        <translation>Redan prövat:</translation>
    </message>
    <message>
        <source>Own wish:</source>
        <translation>Egen önskan:</translation>
    </message>
    <message>
        <source>Income source:</source>
        <translation>Försörjningskälla:</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>Sysselsättning:</translation>
    </message>
    <message>
        <source>Current contacts:</source>
        <translation>Nuvarande kontakter:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Bilagor:</translation>
    </message>
    <message>
        <source>Choose the participant, or create a new one.</source>
        <translation>Välj deltagaren eller skapa en ny.</translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralInboxModel</name>
    <message>
        <source>Received</source>
        <translation>Inkommen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Referring party</source>
        <translation>Remitterande part</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralRepository</name>
    <message>
        <source>The participant no longer exists in the team file.</source>
        <translation>Deltagaren finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>Unknown referring party.</source>
        <translation>Okänd remitterande part.</translation>
    </message>
    <message>
        <source>Unknown programme.</source>
        <translation>Okänd insats.</translation>
    </message>
    <message>
        <source>Unknown income source: %1.</source>
        <translation>Okänd försörjningskälla: %1.</translation>
    </message>
    <message>
        <source>Unknown occupation: %1.</source>
        <translation>Okänd sysselsättning: %1.</translation>
    </message>
    <message>
        <source>The referral no longer exists in the team file.</source>
        <translation>Remissen finns inte längre i teamfilen.</translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralService</name>
    <message>
        <source>The referral no longer exists in the team file.</source>
        <translation>Remissen finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>A decided referral cannot be withdrawn.</source>
        <translation>En beslutad remiss kan inte återkallas.</translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralStatuses</name>
    <message>
        <source>Waiting for assessment</source>
        <translation>Väntar på bedömning</translation>
    </message>
    <message>
        <source>On an agenda</source>
        <translation>På dagordning</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Bordlagd</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallad</translation>
    </message>
</context>
<context>
    <name>samsyn::ReferralsView</name>
    <message>
        <source>New referral…</source>
        <translation>Ny remiss…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öppna…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrera samtycke…</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Återkalla samtycke…</translation>
    </message>
    <message>
        <source>Put on next meeting&apos;s agenda</source>
        <translation>Sätt upp på nästa mötes dagordning</translation>
    </message>
    <message>
        <source>New referral (Ctrl+N)</source>
        <translation>Ny remiss (Ctrl+N)</translation>
    </message>
    <message>
        <source>Puts the referral on the agenda of the next meeting, if the person&apos;s consent allows it</source>
        <translation>Sätter upp remissen på dagordningen för nästa möte, om personens samtycke tillåter det</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <source>Show status %1</source>
        <translation>Visa status %1</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inkorg</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Konsultationer</translation>
    </message>
    <message>
        <source>Referrals wait here until a meeting assesses them. A referral can be put on an agenda only while the person&apos;s consent to information exchange is valid.</source>
        <translation>Remisserna väntar här tills ett möte har bedömt dem. En remiss kan bara sättas upp på en dagordning så länge personens samtycke till informationsutbyte gäller.</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Ny remiss</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) shown</source>
        <translation>
            <numerusform>%n remiss visas</numerusform>
            <numerusform>%n remisser visas</numerusform>
        </translation>
    </message>
    <message>
        <source>The referral was registered.</source>
        <translation>Remissen har registrerats.</translation>
    </message>
    <message>
        <source>The referral was registered. Record the person&apos;s consent before it can be assessed.</source>
        <translation>Remissen har registrerats. Registrera personens samtycke innan remissen kan bedömas.</translation>
    </message>
    <message>
        <source>The consent was recorded.</source>
        <translation>Samtycket har registrerats.</translation>
    </message>
    <message>
        <source>%1, given %2, valid until %3</source>
        <translation>%1, lämnat %2, giltigt till %3</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <source>Which consent was withdrawn?</source>
        <translation>Vilket samtycke har återkallats?</translation>
    </message>
    <message>
        <source>The consent was withdrawn as of %1.</source>
        <translation>Samtycket återkallades från och med %1.</translation>
    </message>
    <message>
        <source>There is no meeting planned from today on. Create one under Meetings first.</source>
        <translation>Det finns inget möte planerat från och med i dag. Skapa först ett möte under Möten.</translation>
    </message>
    <message>
        <source>Put on the agenda of the meeting on %1.</source>
        <translation>Uppsatt på dagordningen för mötet %1.</translation>
    </message>
</context>
<context>
    <name>samsyn::RegisterExtract</name>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>GDPR article 15</source>
        <translation>GDPR artikel 15</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Om dig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Protected personal data</source>
        <translation>Skyddade personuppgifter</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Behövs</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Försörjning</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Sysselsättning</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildningsnivå</translation>
    </message>
    <message>
        <source>Time on public support</source>
        <translation>Tid i offentlig försörjning</translation>
    </message>
    <message>
        <source>Where you are with the team</source>
        <translation>Din status hos teamet</translation>
    </message>
    <message>
        <source>Your coordinator</source>
        <translation>Din koordinator</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>To coordinate the support you get from Försäkringskassan, Arbetsförmedlingen, the region and your municipality on your way towards work or studies; to plan and follow up that support together with you (SIP); and to report figures without names to the samordningsförbund that funds the team.</source>
        <translation>För att samordna det stöd du får från Försäkringskassan, Arbetsförmedlingen, regionen och din kommun på vägen mot arbete eller studier; för att planera och följa upp stödet tillsammans med dig (SIP); och för att rapportera siffror utan namn till samordningsförbundet som finansierar teamet.</translation>
    </message>
    <message>
        <source>How we handle your information</source>
        <translation>Så hanterar vi dina uppgifter</translation>
    </message>
    <message>
        <source>Responsible for your personal data (personuppgiftsansvarig)</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>Not named in the team&apos;s settings; ask us</source>
        <translation>Inte angiven i teamets inställningar; fråga oss</translation>
    </message>
    <message>
        <source>Why we keep it</source>
        <translation>Varför vi sparar uppgifterna</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Var uppgifterna kommer ifrån</translation>
    </message>
    <message>
        <source>From you. The team adds its own notes, plans and decisions.</source>
        <translation>Från dig. Teamet lägger till egna anteckningar, planer och beslut.</translation>
    </message>
    <message>
        <source>From you, and from those who referred you to the team: %1. The team adds its own notes, plans and decisions.</source>
        <translation>Från dig och från dem som remitterade dig till teamet: %1. Teamet lägger till egna anteckningar, planer och beslut.</translation>
    </message>
    <message>
        <source>Who may share it</source>
        <translation>Vilka som får dela uppgifterna</translation>
    </message>
    <message>
        <source>Only the parties named in your consents below, for the purpose you agreed to.</source>
        <translation>Bara de parter som anges i dina samtycken nedan, för det syfte som du har gått med på.</translation>
    </message>
    <message>
        <source>How long we keep it</source>
        <translation>Hur länge vi sparar uppgifterna</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the last entry about you, until the end of that calendar year. Then it is deleted; only figures without names remain.</source>
        <translation>
            <numerusform>%n år efter den senaste registreringen om dig, till slutet av det kalenderåret. Sedan tas uppgifterna bort; bara siffror utan namn finns kvar.</numerusform>
            <numerusform>%n år efter den senaste registreringen om dig, till slutet av det kalenderåret. Sedan tas uppgifterna bort; bara siffror utan namn finns kvar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who has read or changed your information</source>
        <translation>Vem som har läst eller ändrat dina uppgifter</translation>
    </message>
    <message>
        <source>Samsyn records every time someone on the team opens, prints or changes information about you. This is the whole record, oldest first.</source>
        <translation>Samsyn registrerar varje gång någon i teamet öppnar, skriver ut eller ändrar uppgifter om dig. Här är hela förteckningen, med det äldsta först.</translation>
    </message>
    <message>
        <source>Nothing is recorded.</source>
        <translation>Inget är registrerat.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Read or change</source>
        <translation>Läsning eller ändring</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte registrerat</translation>
    </message>
    <message>
        <source>Computer account %1</source>
        <translation>Datorkonto %1</translation>
    </message>
    <message>
        <source>The participant is not in this team file.</source>
        <translation>Deltagaren finns inte i den här teamfilen.</translation>
    </message>
    <message>
        <source>Log extract</source>
        <translation>Loggutdrag</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You have asked who has read or changed the information %1 keeps about you. Under article 15 of the General Data Protection Regulation (GDPR) you have the right to know. Here is the record as of %2.</source>
        <translation>Du har frågat vem som har läst eller ändrat de uppgifter som %1 har om dig. Enligt artikel 15 i dataskyddsförordningen (GDPR) har du rätt att få veta det. Här är förteckningen som den ser ut %2.</translation>
    </message>
    <message>
        <source>You have asked what information %1 keeps about you. Under article 15 of the General Data Protection Regulation (GDPR) you have the right to know. This extract shows everything recorded about you in the team&apos;s register as of %2, and who has read or changed it.</source>
        <translation>Du har frågat vilka uppgifter %1 har om dig. Enligt artikel 15 i dataskyddsförordningen (GDPR) har du rätt att få veta det. Det här utdraget visar allt som finns registrerat om dig i teamets register den %2, och vem som har läst eller ändrat uppgifterna.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Dina rättigheter</translation>
    </message>
    <message>
        <source>You may ask us to correct information that is wrong, and in some cases to delete it or limit its use. If you think we handle your information wrongly, you can complain to Integritetsskyddsmyndigheten (IMY).</source>
        <translation>Du kan be oss att rätta uppgifter som är fel, och i vissa fall att ta bort dem eller begränsa hur de används. Om du tycker att vi hanterar dina uppgifter på fel sätt kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY).</translation>
    </message>
    <message>
        <source>If you have questions about this extract, contact the team.</source>
        <translation>Om du har frågor om det här utdraget kan du kontakta teamet.</translation>
    </message>
    <message>
        <source>If you have questions about this extract, contact %1.</source>
        <translation>Om du har frågor om det här utdraget kan du kontakta %1.</translation>
    </message>
    <message>
        <source>Kind regards</source>
        <translation>Med vänliga hälsningar</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>samsyn::ReportCharts</name>
    <message>
        <source>Enrollments and exits per month</source>
        <translation>Inskrivningar och avslut per månad</translation>
    </message>
    <message>
        <source>No enrollments or exits in these months</source>
        <translation>Inga inskrivningar eller avslut under de här månaderna</translation>
    </message>
    <message>
        <source>Enrollments started</source>
        <translation>Påbörjade inskrivningar</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Enrollments started and exits (not counting those registered in error) per calendar month, %1.</source>
        <translation>Påbörjade inskrivningar och avslut (utom dem som registrerats av misstag) per kalendermånad, %1.</translation>
    </message>
    <message>
        <source>Exit reasons</source>
        <translation>Avslutsanledningar</translation>
    </message>
    <message>
        <source>No exits in the period</source>
        <translation>Inga avslut under perioden</translation>
    </message>
    <message>
        <source>Exits in %1 per exit reason; work and studies in blue.</source>
        <translation>Avslut %1 per avslutsanledning; arbete och studier i blått.</translation>
    </message>
    <message>
        <source>WHO-5 well-being at start and at exit</source>
        <translation>WHO-5 välbefinnande vid start och vid avslut</translation>
    </message>
    <message>
        <source>Near the start</source>
        <translation>Nära starten</translation>
    </message>
    <message>
        <source>At exit</source>
        <translation>Vid avslut</translation>
    </message>
    <message>
        <source>No exit in the period has two WHO-5 ratings</source>
        <translation>Inget avslut under perioden har två WHO-5-skattningar</translation>
    </message>
    <message>
        <source>Exit %1</source>
        <translation>Avslut %1</translation>
    </message>
    <message>
        <source>WHO-5 in percent (0-100) for %1 of %2 exits with a rating near the start and one at exit.</source>
        <translation>WHO-5 i procent (0-100) för %1 av %2 avslut med en skattning nära starten och en vid avslutet.</translation>
    </message>
    <message>
        <source>Mean change: %1 percentage points.</source>
        <translation>Genomsnittlig förändring: %1 procentenheter.</translation>
    </message>
    <message>
        <source>Below 50: poor well-being</source>
        <translation>Under 50: dåligt välbefinnande</translation>
    </message>
</context>
<context>
    <name>samsyn::ReportCsv</name>
    <message>
        <source>Could not save the CSV file %1. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>Det gick inte att spara CSV-filen %1. Kontrollera att mappen finns, att du har behörighet att skriva där och att disken inte är full.</translation>
    </message>
</context>
<context>
    <name>samsyn::ReportDocument</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (fortsättning)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
</context>
<context>
    <name>samsyn::ReportGoals</name>
    <message>
        <source>A goal given as a share must be between 0 and 100 percent.</source>
        <translation>Ett mål som anges som andel måste vara mellan 0 och 100 procent.</translation>
    </message>
    <message>
        <source>The goal for referrals and consultations must be between 0 and 100000 a year.</source>
        <translation>Målet för remisser och konsultationer måste vara mellan 0 och 100000 per år.</translation>
    </message>
</context>
<context>
    <name>samsyn::ReportPrinting</name>
    <message>
        <source>Print preview – %1</source>
        <translation>Förhandsgranska – %1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Spara rapporten som PDF</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Spara rapporten som CSV</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Sparade %1 (%n sida).</numerusform>
            <numerusform>Sparade %1 (%n sidor).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
</context>
<context>
    <name>samsyn::ReportsView</name>
    <message>
        <source>Print preview…</source>
        <translation>Förhandsgranska…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Spara som CSV…</translation>
    </message>
    <message>
        <source>Quarter-end export (SUS)…</source>
        <translation>Kvartalsexport (SUS)…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Period report</source>
        <translation>Periodrapport</translation>
    </message>
    <message>
        <source>Annual report (goals against outcome)</source>
        <translation>Årsrapport (mål mot utfall)</translation>
    </message>
    <message>
        <source>Outcome table</source>
        <translation>Utfallstabell</translation>
    </message>
    <message>
        <source>Columns of the outcome table</source>
        <translation>Utfallstabellens kolumner</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>The two files for the förbund and the figures for Uppföljning Finsam (%1)</source>
        <translation>De två filerna till förbundet och siffrorna för Uppföljning Finsam (%1)</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport:</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranska utskrift</translation>
    </message>
</context>
<context>
    <name>samsyn::RetentionRepository</name>
    <message>
        <source>The participant no longer exists in the team file.</source>
        <translation>Deltagaren finns inte längre i teamfilen.</translation>
    </message>
</context>
<context>
    <name>samsyn::SettingsCombos</name>
    <message>
        <source>(not recorded)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>samsyn::SettingsRepository</name>
    <message>
        <source>%1 needs a name.</source>
        <translation>%1 behöver ett namn.</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Teamet</translation>
    </message>
    <message>
        <source>The retention period must be between 1 and 100 years.</source>
        <translation>Gallringstiden måste vara mellan 1 och 100 år.</translation>
    </message>
    <message>
        <source>A municipality</source>
        <translation>En kommun</translation>
    </message>
    <message>
        <source>A party</source>
        <translation>En part</translation>
    </message>
    <message>
        <source>A team member</source>
        <translation>En teammedlem</translation>
    </message>
    <message>
        <source>A programme</source>
        <translation>En insats</translation>
    </message>
    <message>
        <source>The capacity must be between 0 and 10000 places.</source>
        <translation>Kapaciteten måste vara mellan 0 och 10 000 platser.</translation>
    </message>
    <message>
        <source>The longest time in a programme must be between 1 and 120 months.</source>
        <translation>Den längsta tiden i en insats måste vara mellan 1 och 120 månader.</translation>
    </message>
    <message>
        <source>A party&apos;s places cannot be negative.</source>
        <translation>Antalet platser för en part kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The parties&apos; places (%1) add up to more than the capacity (%2).</source>
        <translation>Parternas platser (%1) är sammanlagt fler än kapaciteten (%2).</translation>
    </message>
    <message>
        <source>A code needs a label.</source>
        <translation>En kod behöver en benämning.</translation>
    </message>
    <message>
        <source>A code may use a-z, 0-9 and _ only, at most 40 characters.</source>
        <translation>En kod får bara innehålla a-z, 0-9 och _, och högst 40 tecken.</translation>
    </message>
    <message>
        <source>%1 has too long a name (at most 100 characters).</source>
        <translation>%1 har ett för långt namn (högst 100 tecken).</translation>
    </message>
</context>
<context>
    <name>samsyn::SettingsSection</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Undo &amp;changes</source>
        <translation>Ångra &amp;ändringar</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Spara %1</translation>
    </message>
    <message>
        <source>Undo unsaved changes to %1</source>
        <translation>Ångra osparade ändringar i %1</translation>
    </message>
    <message>
        <source>%1 could not be saved</source>
        <translation>%1 kunde inte sparas</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget har ändrats.</translation>
    </message>
</context>
<context>
    <name>samsyn::SipDocument</name>
    <message>
        <source>Nothing written here yet.</source>
        <translation>Inget skrivet här än.</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mina mål</translation>
    </message>
    <message>
        <source>No goals written yet.</source>
        <translation>Inga mål skrivna än.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who does what, by when</source>
        <translation>Vem gör vad, och när</translation>
    </message>
    <message>
        <source>No actions agreed yet.</source>
        <translation>Inga åtgärder överenskomna än.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who holds the overall responsibility</source>
        <translation>Vem som har huvudansvaret</translation>
    </message>
    <message>
        <source>Lead responsibility</source>
        <translation>Huvudansvar</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Inte bestämt än</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Not named yet</source>
        <translation>Inte utsedd än</translation>
    </message>
    <message>
        <source>My consent</source>
        <translation>Mitt samtycke</translation>
    </message>
    <message>
        <source>I agree to this plan, and that those who take part in it may share the information the plan needs with each other.</source>
        <translation>Jag samtycker till den här planen och till att de som deltar i den får dela de uppgifter som planen behöver med varandra.</translation>
    </message>
    <message>
        <source>My consent to the plan has not been recorded.</source>
        <translation>Mitt samtycke till planen har inte registrerats.</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>We meet again to follow up the plan on %1.</source>
        <translation>Vi träffas igen för att följa upp planen %1.</translation>
    </message>
    <message>
        <source>The date of the next follow-up is not set yet.</source>
        <translation>Datumet för nästa uppföljning är inte bestämt än.</translation>
    </message>
    <message>
        <source>Who took part in the meeting</source>
        <translation>Vilka som deltog i mötet</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Inte registrerat.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Follow-ups so far</source>
        <translation>Uppföljningar hittills</translation>
    </message>
    <message>
        <source>This is the first version of the plan; it has not been followed up yet.</source>
        <translation>Det här är planens första version; den har inte följts upp än.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>Det här sa vi</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skrivet av</translation>
    </message>
    <message numerus="yes">
        <source>The SIP has no version %1; it has %n version(s).</source>
        <translation>
            <numerusform>SIP:en har ingen version %1; den har %n version.</numerusform>
            <numerusform>SIP:en har ingen version %1; den har %n versioner.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no SIP with id %1 in this team file.</source>
        <translation>Det finns ingen SIP med id %1 i den här teamfilen.</translation>
    </message>
    <message>
        <source>The person this SIP belongs to is no longer in the team file.</source>
        <translation>Personen som SIP:en tillhör finns inte längre i teamfilen.</translation>
    </message>
    <message>
        <source>Coordinated individual plan (SIP)</source>
        <translation>Samordnad individuell plan (SIP)</translation>
    </message>
    <message>
        <source>%1 · version %2 · %3</source>
        <translation>%1 · version %2 · %3</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Date of the SIP meeting</source>
        <translation>Datum för SIP-mötet</translation>
    </message>
    <message>
        <source>Version of the plan</source>
        <translation>Planens version</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Det här är viktigt för mig</translation>
    </message>
    <message>
        <source>What I need</source>
        <translation>Det här behöver jag</translation>
    </message>
    <message>
        <source>What I do myself</source>
        <translation>Det här gör jag själv</translation>
    </message>
    <message>
        <source>What Försäkringskassan, Arbetsförmedlingen and others do</source>
        <translation>Det här gör Försäkringskassan, Arbetsförmedlingen och andra</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Underskrift: %1</translation>
    </message>
    <message>
        <source>Signature: lead responsibility</source>
        <translation>Underskrift: huvudansvarig</translation>
    </message>
    <message>
        <source>The plan is drawn up under 2 kap. 7 § socialtjänstlagen and 16 kap. 4 § hälso- och sjukvårdslagen (the paragraphs as numbered before the new Social Services Act of 2025; the law in force applies).</source>
        <translation>Planen upprättas enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen (paragrafnumren som de var före den nya socialtjänstlagen från 2025; den lag som gäller tillämpas).</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Partly reached</source>
        <translation>Delvis uppnått</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Inte uppnått</translation>
    </message>
</context>
<context>
    <name>samsyn::SipEditor</name>
    <message>
        <source>Not assessed</source>
        <translation>Inte bedömt</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Inte uppnått</translation>
    </message>
    <message>
        <source>Partly reached</source>
        <translation>Delvis uppnått</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Personen själv</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Action %1: &quot;%2&quot; is not a date; write it as yyyy-MM-dd.</source>
        <translation>Åtgärd %1: &quot;%2&quot; är inte ett datum; skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>The person has consented to the SIP</source>
        <translation>Personen har samtyckt till SIP:en</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Ansvarig part</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Taking part as</source>
        <translation>Deltar som</translation>
    </message>
    <message>
        <source>Meeting participants</source>
        <translation>Mötesdeltagare</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Mötesdatum</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation>Huvudansvar</translation>
    </message>
    <message>
        <source>Contact person of the responsible party</source>
        <translation>Kontaktperson hos den ansvariga parten</translation>
    </message>
    <message>
        <source>Meeting date:</source>
        <translation>Mötesdatum:</translation>
    </message>
    <message>
        <source>What matters to me (in my own words)</source>
        <translation>Det här är viktigt för mig (med mina egna ord)</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Det här är viktigt för mig</translation>
    </message>
    <message>
        <source>The person&apos;s own description</source>
        <translation>Personens egen beskrivning</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Mina mål</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Who does what, by when</source>
        <translation>Vem gör vad, och när</translation>
    </message>
    <message>
        <source>What I do myself</source>
        <translation>Det här gör jag själv</translation>
    </message>
    <message>
        <source>What others do (Försäkringskassan, Arbetsförmedlingen, …)</source>
        <translation>Det här gör andra (Försäkringskassan, Arbetsförmedlingen, …)</translation>
    </message>
    <message>
        <source>What others do</source>
        <translation>Det här gör andra</translation>
    </message>
    <message>
        <source>Responsibility and follow-up</source>
        <translation>Ansvar och uppföljning</translation>
    </message>
    <message>
        <source>Overall responsibility:</source>
        <translation>Huvudansvar:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Kontaktperson:</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>Nästa uppföljning:</translation>
    </message>
    <message>
        <source>Taking part in the meeting</source>
        <translation>Deltar i mötet</translation>
    </message>
</context>
<context>
    <name>samsyn::SipFollowupDialog</name>
    <message>
        <source>SIP follow-up</source>
        <translation>SIP-uppföljning</translation>
    </message>
    <message>
        <source>The follow-up writes version %1 of the plan from version %2. Version %2 is kept unchanged and can still be read and printed.</source>
        <translation>Uppföljningen skriver version %1 av planen utifrån version %2. Version %2 sparas oförändrad och går fortfarande att läsa och skriva ut.</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum för uppföljningen</translation>
    </message>
    <message>
        <source>What the follow-up found</source>
        <translation>Vad uppföljningen visade</translation>
    </message>
    <message>
        <source>Date of the follow-up:</source>
        <translation>Datum för uppföljningen:</translation>
    </message>
    <message>
        <source>What the follow-up found:</source>
        <translation>Vad uppföljningen visade:</translation>
    </message>
    <message>
        <source>Write version %1</source>
        <translation>Skriv version %1</translation>
    </message>
</context>
<context>
    <name>samsyn::SipPrinting</name>
    <message>
        <source>The participant is not in this team file.</source>
        <translation>Deltagaren finns inte i den här teamfilen.</translation>
    </message>
    <message>
        <source>%1 has no SIP yet, so there is nothing to print.</source>
        <translation>%1 har ingen SIP än, så det finns inget att skriva ut.</translation>
    </message>
    <message>
        <source>This SIP does not belong to the participant.</source>
        <translation>Den här SIP:en tillhör inte deltagaren.</translation>
    </message>
</context>
<context>
    <name>samsyn::SipRepository</name>
    <message>
        <source>The SIP needs the date of its meeting.</source>
        <translation>Ange datum för SIP-mötet.</translation>
    </message>
    <message>
        <source>The next follow-up cannot be before the meeting.</source>
        <translation>Nästa uppföljning kan inte vara före SIP-mötet.</translation>
    </message>
    <message>
        <source>responsible party</source>
        <translation>ansvarig part</translation>
    </message>
    <message>
        <source>Every action needs to say what is done.</source>
        <translation>Varje åtgärd måste beskriva vad som ska göras.</translation>
    </message>
    <message>
        <source>An action cannot be due before it starts.</source>
        <translation>En åtgärd kan inte ha ett slutdatum före sitt startdatum.</translation>
    </message>
    <message>
        <source>Unknown action status.</source>
        <translation>Okänd status för åtgärden.</translation>
    </message>
    <message>
        <source>A goal cannot be empty.</source>
        <translation>Ett mål kan inte vara tomt.</translation>
    </message>
    <message>
        <source>Every participant of the meeting needs a name.</source>
        <translation>Alla som deltar i mötet behöver ha ett namn.</translation>
    </message>
    <message>
        <source>The SIP no longer exists.</source>
        <translation>SIP:en finns inte längre.</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>enrollment</source>
        <translation>inskrivning</translation>
    </message>
    <message>
        <source>The SIP version no longer exists.</source>
        <translation>SIP-versionen finns inte längre.</translation>
    </message>
    <message>
        <source>An earlier version of a SIP cannot be changed; change the current one.</source>
        <translation>En tidigare version av en SIP kan inte ändras; ändra den aktuella versionen.</translation>
    </message>
    <message>
        <source>The SIP has no current version.</source>
        <translation>SIP:en har ingen aktuell version.</translation>
    </message>
    <message>
        <source>A follow-up cannot be before the meeting of the current version.</source>
        <translation>En uppföljning kan inte vara före SIP-mötet i den aktuella versionen.</translation>
    </message>
    <message>
        <source>author</source>
        <translation>författare</translation>
    </message>
</context>
<context>
    <name>samsyn::SipTab</name>
    <message>
        <source>New SIP</source>
        <translation>Ny SIP</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Uppföljning…</translation>
    </message>
    <message>
        <source>No SIP yet. &quot;New SIP&quot; starts the plan at the first SIP meeting.</source>
        <translation>Ingen SIP än. &quot;Ny SIP&quot; startar planen vid det första SIP-mötet.</translation>
    </message>
    <message>
        <source>SIP versions</source>
        <translation>SIP-versioner</translation>
    </message>
    <message>
        <source>Record a follow-up meeting: writes the next version of the plan, the current one is kept</source>
        <translation>Registrera ett uppföljningsmöte: skriver nästa version av planen och sparar den aktuella</translation>
    </message>
    <message>
        <source>Plans over time</source>
        <translation>Planer över tid</translation>
    </message>
    <message>
        <source>SIP %1, version %2</source>
        <translation>SIP %1, version %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source> · current</source>
        <translation> · aktuell</translation>
    </message>
    <message>
        <source>Samordnad individuell plan</source>
        <translation>Samordnad individuell plan</translation>
    </message>
    <message>
        <source>Version %1 of %2, meeting %3 – superseded by a follow-up, kept as it was</source>
        <translation>Version %1 av %2, möte %3 – ersatt av en uppföljning, sparad som den var</translation>
    </message>
    <message>
        <source>Version %1 of %2, meeting %3 – current plan</source>
        <translation>Version %1 av %2, möte %3 – aktuell plan</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Förhandsgranska…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>The version shown as it prints; printing is recorded in the participant&apos;s log</source>
        <translation>Den visade versionen så som den skrivs ut; utskriften registreras i deltagarens logg</translation>
    </message>
    <message>
        <source>Save the version shown as a PDF; recorded in the participant&apos;s log</source>
        <translation>Spara den visade versionen som PDF; det registreras i deltagarens logg</translation>
    </message>
    <message>
        <source>Print the SIP</source>
        <translation>Skriv ut SIP:en</translation>
    </message>
    <message>
        <source>Save the SIP as PDF</source>
        <translation>Spara SIP:en som PDF</translation>
    </message>
    <message>
        <source>SIP version %1 %2.pdf</source>
        <translation>SIP version %1 %2.pdf</translation>
    </message>
</context>
<context>
    <name>samsyn::SqlValues</name>
    <message>
        <source>Unknown %1: %2.</source>
        <translation>Okänd %1: %2.</translation>
    </message>
    <message>
        <source>Unknown %1.</source>
        <translation>Okänd %1.</translation>
    </message>
</context>
<context>
    <name>samsyn::SqliteErrors</name>
    <message>
        <source>The team file is in use by another program. Close the other Samsyn window and try again.</source>
        <translation>Teamfilen används av ett annat program. Stäng det andra Samsyn-fönstret och försök igen.</translation>
    </message>
    <message>
        <source>The team file cannot be changed: the file or its folder is read-only. Nothing was saved. Move the file to a folder where you may write.</source>
        <translation>Teamfilen kan inte ändras: filen eller dess mapp är skrivskyddad. Inget sparades. Flytta filen till en mapp där du har behörighet att skriva.</translation>
    </message>
    <message>
        <source>The computer could not read or write the team file (a disk error). Nothing was saved. Check the disk and try again.</source>
        <translation>Datorn kunde inte läsa eller skriva teamfilen (diskfel). Inget sparades. Kontrollera disken och försök igen.</translation>
    </message>
    <message>
        <source>The team file is damaged. Nothing was changed. Restore the latest backup.</source>
        <translation>Teamfilen är skadad. Inget ändrades. Återställ den senaste säkerhetskopian.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved. Free some space and try again.</source>
        <translation>Disken är full. Inget sparades. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The team file could not be opened. Check that it exists and that you may read it.</source>
        <translation>Teamfilen kunde inte öppnas. Kontrollera att den finns och att du har behörighet att läsa den.</translation>
    </message>
    <message>
        <source>This file is not a Samsyn team file: it is not a database at all.</source>
        <translation>Filen är ingen Samsyn-teamfil: den är inte ens en databas.</translation>
    </message>
    <message>
        <source>This file is a database, but not a Samsyn team file. Nothing was changed.</source>
        <translation>Filen är en databas, men ingen Samsyn-teamfil. Inget ändrades.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes), so it holds no team. Nothing was changed. Restore a backup, or create a new team file.</source>
        <translation>Filen är tom (0 byte) och innehåller alltså inget team. Inget ändrades. Återställ en säkerhetskopia eller skapa en ny teamfil.</translation>
    </message>
    <message>
        <source>This team file was saved by a newer version of Samsyn. Update Samsyn to open it. Nothing was changed.</source>
        <translation>Teamfilen sparades av en nyare version av Samsyn. Uppdatera Samsyn för att kunna öppna den. Inget ändrades.</translation>
    </message>
    <message>
        <source>The team file does not exist. Check the path; nothing was created.</source>
        <translation>Teamfilen finns inte. Kontrollera sökvägen; inget skapades.</translation>
    </message>
    <message>
        <source>The team file is open in another Samsyn.</source>
        <translation>Teamfilen är redan öppen i Samsyn någon annanstans.</translation>
    </message>
    <message>
        <source>The team file is on a network drive, where it can be damaged when two computers write to it. It was opened read-only. Move it to this computer&apos;s data folder to work in it.</source>
        <translation>Teamfilen ligger på en nätverksenhet, där den kan skadas om två datorer skriver till den. Den öppnades skrivskyddad. Flytta den till den här datorns datamapp för att kunna arbeta i den.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the team file and was not saved.</source>
        <translation>Ändringen bryter mot en regel i teamfilen och sparades inte.</translation>
    </message>
    <message>
        <source>The entered data is not valid and was not saved.</source>
        <translation>De inmatade uppgifterna är inte giltiga och sparades inte.</translation>
    </message>
    <message>
        <source>What you asked for is not in the team file.</source>
        <translation>Det du söker finns inte i teamfilen.</translation>
    </message>
    <message>
        <source>Samsyn could not complete the action because of an internal error. Nothing was saved.</source>
        <translation>Samsyn kunde inte slutföra åtgärden på grund av ett internt fel. Inget sparades.</translation>
    </message>
</context>
<context>
    <name>samsyn::StartDialog</name>
    <message>
        <source>Welcome to Samsyn</source>
        <translation>Välkommen till Samsyn</translation>
    </message>
    <message>
        <source>Samsyn keeps the team&apos;s participants, referrals, meetings and reports in one team file. Create the team&apos;s file, or open one.</source>
        <translation>Samsyn samlar teamets deltagare, remisser, möten och rapporter i en och samma teamfil. Skapa teamets fil eller öppna en befintlig.</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Nytt team…</translation>
    </message>
    <message>
        <source>&amp;Open a team file…</source>
        <translation>&amp;Öppna en teamfil…</translation>
    </message>
    <message>
        <source>Open the &amp;demo team</source>
        <translation>Öppna &amp;demoteamet</translation>
    </message>
    <message>
        <source>&amp;Recent team files:</source>
        <translation>&amp;Senaste teamfiler:</translation>
    </message>
    <message>
        <source>Recent team files</source>
        <translation>Senaste teamfiler</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Inga än</translation>
    </message>
</context>
<context>
    <name>samsyn::SusCounts</name>
    <message>
        <source>Not counted above, no gender recorded: %1</source>
        <translation>Inte medräknade ovan eftersom kön inte är registrerat: %1</translation>
    </message>
</context>
<context>
    <name>samsyn::SusExport</name>
    <message numerus="yes">
        <source>Nothing was written: %n problem(s) in the data of %1 must be corrected first, or the export must be made explicitly as incomplete.</source>
        <translation>
            <numerusform>Inget skrevs: %n problem i uppgifterna för %1 måste rättas först, eller så måste exporten uttryckligen göras som ofullständig.</numerusform>
            <numerusform>Inget skrevs: %n problem i uppgifterna för %1 måste rättas först, eller så måste exporten uttryckligen göras som ofullständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gallring has deleted participants with entries in this period: they are not in these files (the period report keeps their counts).</source>
        <translation>Gallringen har tagit bort deltagare med registreringar under den här perioden: de finns inte med i de här filerna (periodrapporten har kvar deras antal).</translation>
    </message>
</context>
<context>
    <name>samsyn::SusExportWizard</name>
    <message>
        <source>Quarter-end export (SUS)</source>
        <translation>Kvartalsexport (SUS)</translation>
    </message>
</context>
<context>
    <name>samsyn::SusPeriodPage</name>
    <message>
        <source>Which period?</source>
        <translation>Vilken period?</translation>
    </message>
    <message>
        <source>The export lists every enrollment that ran on at least one day of the period.</source>
        <translation>Exporten tar med varje inskrivning som pågick minst en dag under perioden.</translation>
    </message>
    <message>
        <source>Two files are written for the förbund: &lt;b&gt;antal&lt;/b&gt; (participants per insats and gender) and &lt;b&gt;deltagare&lt;/b&gt; (one row per enrollment). Before anything is written, every enrollment of the period is checked for missing or contradictory data. Afterwards the figures for Uppföljning Finsam are shown, ready to be typed in.</source>
        <translation>Två filer skrivs för förbundet: &lt;b&gt;antal&lt;/b&gt; (deltagare per insats och kön) och &lt;b&gt;deltagare&lt;/b&gt; (en rad per inskrivning). Innan något skrivs kontrolleras varje inskrivning under perioden så att inga uppgifter saknas eller motsäger varandra. Därefter visas siffrorna för Uppföljning Finsam, klara att föras in.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 till %3</translation>
    </message>
</context>
<context>
    <name>samsyn::SusPreviewPage</name>
    <message>
        <source>Participants per insats for Uppföljning Finsam</source>
        <translation>Deltagare per insats för Uppföljning Finsam</translation>
    </message>
    <message>
        <source>The first rows of the deltagare file</source>
        <translation>De första raderna i filen deltagare</translation>
    </message>
    <message>
        <source>Figures for Uppföljning Finsam</source>
        <translation>Siffror för Uppföljning Finsam</translation>
    </message>
    <message>
        <source>Type these into the form, insats by insats. They are the participants (enrollments running in the period) of the antal file.</source>
        <translation>För in dem i formuläret, insats för insats. Det är deltagarna (inskrivningar som pågår under perioden) i filen antal.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s) without a recorded legal gender are not in these figures.</source>
        <translation>
            <numerusform>%n inskrivning utan registrerat juridiskt kön ingår inte i de här siffrorna.</numerusform>
            <numerusform>%n inskrivningar utan registrerat juridiskt kön ingår inte i de här siffrorna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file are anonymous (no consent to registration, or protected identity).</source>
        <translation>
            <numerusform>%n rad i filen är anonym (inget samtycke till registrering, eller skyddade personuppgifter).</numerusform>
            <numerusform>%n rader i filen är anonyma (inget samtycke till registrering, eller skyddade personuppgifter).</numerusform>
        </translation>
    </message>
    <message>
        <source>The deltagare file has no rows for this period.</source>
        <translation>Filen deltagare har inga rader för den här perioden.</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n row(s) of the deltagare file:</source>
        <translation>
            <numerusform>De första %1 av %n rad i filen deltagare:</numerusform>
            <numerusform>De första %1 av %n rader i filen deltagare:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::SusProblemsPage</name>
    <message>
        <source>Export anyway, marking the incomplete rows</source>
        <translation>Exportera ändå och markera de ofullständiga raderna</translation>
    </message>
    <message>
        <source>Check before export</source>
        <translation>Kontroll före export</translation>
    </message>
    <message>
        <source>Double-click a line (or press Enter) to open the participant and correct it, then check again.</source>
        <translation>Dubbelklicka på en rad (eller tryck på Enter) för att öppna deltagaren och rätta uppgiften, och kontrollera sedan igen.</translation>
    </message>
    <message>
        <source>Problems found before export</source>
        <translation>Problem som hittades före exporten</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The two files keep their columns; a third file, problem_&lt;period&gt;.csv, lists the incomplete rows.</source>
        <translation>De två filerna behåller sina kolumner; en tredje fil, problem_&lt;period&gt;.csv, listar de ofullständiga raderna.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kontrollera igen</translation>
    </message>
    <message numerus="yes">
        <source>All %n enrollment(s) of the period are complete: nothing stops the export.</source>
        <translation>
            <numerusform>Periodens %n inskrivning är fullständig: inget hindrar exporten.</numerusform>
            <numerusform>Alla %n inskrivningar under perioden är fullständiga: inget hindrar exporten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n enrollment(s) in the period need attention before the export is complete.</source>
        <translation>
            <numerusform>%1 av %n inskrivning under perioden behöver åtgärdas innan exporten är fullständig.</numerusform>
            <numerusform>%1 av %n inskrivningar under perioden behöver åtgärdas innan exporten är fullständig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 från %2</translation>
    </message>
    <message>
        <source>Legal gender</source>
        <translation>Juridiskt kön</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Registration / consent</source>
        <translation>Registrering / samtycke</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Income source at start</source>
        <translation>Försörjningskälla vid start</translation>
    </message>
    <message>
        <source>Occupation at start</source>
        <translation>Sysselsättning vid start</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Utbildningsnivå</translation>
    </message>
    <message>
        <source>Time on public support</source>
        <translation>Tid i offentlig försörjning</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Avslutsanledning</translation>
    </message>
    <message>
        <source>Income source after</source>
        <translation>Försörjningskälla efter</translation>
    </message>
    <message>
        <source>Occupation after</source>
        <translation>Sysselsättning efter</translation>
    </message>
    <message>
        <source>Extent after exit</source>
        <translation>Omfattning efter avslut</translation>
    </message>
</context>
<context>
    <name>samsyn::SusSavePage</name>
    <message>
        <source>Write the files</source>
        <translation>Skriv filerna</translation>
    </message>
    <message>
        <source>Save the files</source>
        <translation>Spara filerna</translation>
    </message>
    <message>
        <source>The files contain personal data: keep them where only you and the förbund can read them.</source>
        <translation>Filerna innehåller personuppgifter: förvara dem där bara du och förbundet kan läsa dem.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Välj mapp…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>Will write %1. Files of an earlier export with the same names are replaced.</source>
        <translation>Skriver %1. Filer från en tidigare export med samma namn ersätts.</translation>
    </message>
    <message>
        <source>Where should the export files go?</source>
        <translation>Var ska exportfilerna sparas?</translation>
    </message>
    <message>
        <source>Quarter-end export</source>
        <translation>Kvartalsexport</translation>
    </message>
    <message>
        <source>Written for %1 (%2 to %3), format version %4:</source>
        <translation>Skrevs för %1 (%2 till %3), formatversion %4:</translation>
    </message>
    <message>
        <source>Written as incomplete: %1 lists the rows with problems.</source>
        <translation>Skrevs som ofullständig: %1 listar raderna med problem.</translation>
    </message>
</context>
<context>
    <name>samsyn::SusValidation</name>
    <message>
        <source>Registered with consent, but the person has protected identity: the row is written anonymously until the registration says so.</source>
        <translation>Registrerad med samtycke, men personen har skyddade personuppgifter: raden skrivs anonymt tills registreringen anger det.</translation>
    </message>
    <message>
        <source>Registered with consent, but the consent to registration was withdrawn on %1: the row is written anonymously.</source>
        <translation>Registrerad med samtycke, men samtycket till registrering återkallades %1: raden skrivs anonymt.</translation>
    </message>
    <message>
        <source>Registered with consent, but no consent to registration for follow-up is recorded for this enrollment: the row is written anonymously.</source>
        <translation>Registrerad med samtycke, men inget samtycke till registrering för uppföljning är registrerat för den här inskrivningen: raden skrivs anonymt.</translation>
    </message>
    <message>
        <source>Registered anonymously for lack of consent, but a consent to registration given on %1 is recorded: correct the registration or the consent.</source>
        <translation>Registrerad anonymt i brist på samtycke, men ett samtycke till registrering som lämnades %1 är registrerat: rätta registreringen eller samtycket.</translation>
    </message>
    <message>
        <source>Registered anonymously for protected identity, but the person is not marked as having protected identity.</source>
        <translation>Registrerad anonymt på grund av skyddade personuppgifter, men personen är inte markerad som att ha skyddade personuppgifter.</translation>
    </message>
    <message>
        <source>Unknown kind of registration: %1.</source>
        <translation>Okänd typ av registrering: %1.</translation>
    </message>
    <message>
        <source>No legal gender is recorded: the enrollment cannot be counted as Kvinna or Man.</source>
        <translation>Inget juridiskt kön är registrerat: inskrivningen kan inte räknas som Kvinna eller Man.</translation>
    </message>
    <message>
        <source>No birth date is recorded: birth year and age would stay empty.</source>
        <translation>Inget födelsedatum är registrerat: födelseår och ålder blir tomma.</translation>
    </message>
    <message>
        <source>No municipality (folkbokföring) is recorded.</source>
        <translation>Ingen kommun (folkbokföring) är registrerad.</translation>
    </message>
    <message>
        <source>No referral is recorded: the referring party is unknown.</source>
        <translation>Ingen remiss är registrerad: remitterande part är okänd.</translation>
    </message>
    <message>
        <source>The enrollment starts (%1) after it ends (%2).</source>
        <translation>Inskrivningen börjar (%1) efter att den slutar (%2).</translation>
    </message>
    <message>
        <source>No income source before the start is recorded.</source>
        <translation>Ingen försörjningskälla före start är registrerad.</translation>
    </message>
    <message>
        <source>No occupation before the start is recorded.</source>
        <translation>Ingen sysselsättning före start är registrerad.</translation>
    </message>
    <message>
        <source>No education level is recorded.</source>
        <translation>Ingen utbildningsnivå är registrerad.</translation>
    </message>
    <message>
        <source>No time in public support before the start is recorded.</source>
        <translation>Ingen tid i offentlig försörjning före start är registrerad.</translation>
    </message>
    <message>
        <source>Ended on %1 but no exit reason is recorded.</source>
        <translation>Avslutad %1, men ingen avslutsanledning är registrerad.</translation>
    </message>
    <message>
        <source>Ended but no income source after the exit is recorded.</source>
        <translation>Avslutad, men ingen försörjningskälla efter avslutet är registrerad.</translation>
    </message>
    <message>
        <source>Ended but no occupation after the exit is recorded.</source>
        <translation>Avslutad, men ingen sysselsättning efter avslutet är registrerad.</translation>
    </message>
    <message>
        <source>The extent of work or studies after the exit is %1 percent; it must be between 0 and 100.</source>
        <translation>Omfattningen av arbete eller studier efter avslutet är %1 procent; den måste vara mellan 0 och 100.</translation>
    </message>
</context>
<context>
    <name>samsyn::TabSupport</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(not marked)</source>
        <translation>(inte markerad)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Absent with notice</source>
        <translation>Anmäld frånvaro</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
</context>
<context>
    <name>samsyn::TeamFile</name>
    <message>
        <source>The team file&apos;s structure was changed outside Samsyn, so it cannot be trusted. Nothing was changed. Restore a backup.</source>
        <translation>Teamfilens struktur har ändrats utanför Samsyn och går därför inte att lita på. Inget ändrades. Återställ en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The team file is open in another Samsyn: %1. Close it there first.</source>
        <translation>Teamfilen är redan öppen i Samsyn: %1. Stäng den där först.</translation>
    </message>
    <message>
        <source>If you are sure that nobody on %1 has it open, you may break the lock.</source>
        <translation>Om du är säker på att ingen på %1 har den öppen kan du bryta låset.</translation>
    </message>
    <message>
        <source>The team file is in a cloud-synchronised folder. The sync program can replace or split the file while Samsyn writes to it. Keep it in this computer&apos;s data folder instead.</source>
        <translation>Teamfilen ligger i en molnsynkroniserad mapp. Synkroniseringsprogrammet kan ersätta eller dela upp filen medan Samsyn skriver till den. Spara den i stället i den här datorns datamapp.</translation>
    </message>
    <message>
        <source>The file or its folder is read-only, so the team file was opened read-only.</source>
        <translation>Filen eller dess mapp är skrivskyddad, så teamfilen öppnades skrivskyddad.</translation>
    </message>
    <message>
        <source>Samsyn could not mark the file as in use (no lock file could be written next to it), so it was opened read-only.</source>
        <translation>Samsyn kunde inte markera filen som upptagen (det gick inte att skapa en låsfil bredvid den), så den öppnades skrivskyddad.</translation>
    </message>
    <message>
        <source>A team file cannot be created on a network drive: two computers writing to it can damage it. Choose a folder on this computer.</source>
        <translation>En teamfil kan inte skapas på en nätverksenhet: om två datorer skriver till den kan den skadas. Välj en mapp på den här datorn.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name; nothing was overwritten.</source>
        <translation>Det finns redan en fil med det namnet. Välj ett annat namn; inget skrevs över.</translation>
    </message>
    <message>
        <source>The audit log of this file was changed outside Samsyn (entry %1 does not match the entries before it). Tell the personal data controller.</source>
        <translation>Loggen i den här filen har ändrats utanför Samsyn (post %1 stämmer inte med posterna före den). Meddela personuppgiftsansvarig.</translation>
    </message>
</context>
<context>
    <name>samsyn::TeamInfoPage</name>
    <message>
        <source>The team</source>
        <translation>Teamet</translation>
    </message>
    <message>
        <source>These details appear in the window title and on every printed document. You can change them later under Team.</source>
        <translation>Uppgifterna visas i fönstrets namnlist och på varje utskrivet dokument. Du kan ändra dem senare under Team.</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>Team&amp;namn:</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamnamn</translation>
    </message>
    <message>
        <source>Samordnings&amp;förbund:</source>
        <translation>Samordnings&amp;förbund:</translation>
    </message>
    <message>
        <source>Samordningsförbund</source>
        <translation>Samordningsförbund</translation>
    </message>
    <message>
        <source>Personuppgifts&amp;ansvarig:</source>
        <translation>Personuppgifts&amp;ansvarig:</translation>
    </message>
    <message>
        <source>Personuppgiftsansvarig (data controller)</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>&amp;Secrecy marking:</source>
        <translation>Se&amp;kretessmarkering:</translation>
    </message>
    <message>
        <source>Secrecy marking on documents</source>
        <translation>Sekretessmarkering på dokument</translation>
    </message>
    <message>
        <source>e.g. Samverkansteamet Norra</source>
        <translation>t.ex. Samverkansteamet Norra</translation>
    </message>
    <message>
        <source>the party that employs the coordinator</source>
        <translation>den part som har koordinatorn anställd</translation>
    </message>
</context>
<context>
    <name>samsyn::TeamInfoSection</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Shown in the window title and printed in the header and footer of every document.</source>
        <translation>Visas i fönstrets namnlist och skrivs ut i sidhuvud och sidfot på varje dokument.</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>Team&amp;namn:</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamnamn</translation>
    </message>
    <message>
        <source>Samordnings&amp;förbund:</source>
        <translation>Samordnings&amp;förbund:</translation>
    </message>
    <message>
        <source>Samordningsförbund</source>
        <translation>Samordningsförbund</translation>
    </message>
    <message>
        <source>Personuppgifts&amp;ansvarig:</source>
        <translation>Personuppgifts&amp;ansvarig:</translation>
    </message>
    <message>
        <source>Personuppgiftsansvarig (data controller)</source>
        <translation>Personuppgiftsansvarig</translation>
    </message>
    <message>
        <source>&amp;Secrecy marking:</source>
        <translation>Se&amp;kretessmarkering:</translation>
    </message>
    <message>
        <source>Secrecy marking on documents</source>
        <translation>Sekretessmarkering på dokument</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Gallringstid i år</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>&amp;Retention (gallring):</source>
        <translation>&amp;Gallringstid:</translation>
    </message>
    <message>
        <source>&amp;Gallring…</source>
        <translation>Ga&amp;llring…</translation>
    </message>
    <message>
        <source>Show who is due for gallring</source>
        <translation>Visa vilka som ska gallras</translation>
    </message>
</context>
<context>
    <name>samsyn::TeamLock</name>
    <message>
        <source>%1 on the computer %2 (since %3)</source>
        <translation>%1 på datorn %2 (sedan %3)</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>en okänd användare</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd tidpunkt</translation>
    </message>
</context>
<context>
    <name>samsyn::TeamOpener</name>
    <message>
        <source>The team file is in use</source>
        <translation>Teamfilen används</translation>
    </message>
    <message>
        <source>The team file is open on another computer: %1.

Break the lock only if you are sure that nobody there has the file open. Two Samsyn programs writing to the same file can damage it.</source>
        <translation>Teamfilen är öppen på en annan dator: %1.

Bryt låset bara om du är säker på att ingen där har filen öppen. Om två Samsyn-program skriver till samma fil kan den skadas.</translation>
    </message>
    <message>
        <source>Break the lock</source>
        <translation>Bryt låset</translation>
    </message>
    <message>
        <source>The team file cannot be opened</source>
        <translation>Teamfilen kan inte öppnas</translation>
    </message>
    <message>
        <source>The newest backup of this team file was taken %1. Restore it? The damaged file is kept aside, not deleted; whatever was entered after the backup is not in it.</source>
        <translation>Den senaste säkerhetskopian av teamfilen gjordes %1. Vill du återställa den? Den skadade filen sparas undan och tas inte bort; det som registrerats efter säkerhetskopian finns inte med i den.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Säkerhetskopian kunde inte återställas</translation>
    </message>
</context>
<context>
    <name>samsyn::TeamSettingsView</name>
    <message>
        <source>Team settings</source>
        <translation>Teaminställningar</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Code tables</source>
        <translation>Kodtabeller</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation>Gruppaktiviteter</translation>
    </message>
</context>
<context>
    <name>samsyn::TeamSetup</name>
    <message>
        <source>The team needs a name.</source>
        <translation>Teamet behöver ett namn.</translation>
    </message>
    <message>
        <source>The team name is too long (at most 200 characters).</source>
        <translation>Teamnamnet är för långt (högst 200 tecken).</translation>
    </message>
    <message>
        <source>A municipality has no name.</source>
        <translation>En kommun saknar namn.</translation>
    </message>
    <message>
        <source>The municipality %1 is listed twice.</source>
        <translation>Kommunen %1 finns med två gånger.</translation>
    </message>
    <message>
        <source>Försäkringskassan</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <source>Arbetsförmedlingen</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>A team member has no name.</source>
        <translation>En teammedlem saknar namn.</translation>
    </message>
    <message>
        <source>%1 belongs to a party that is not in the list: %2.</source>
        <translation>%1 tillhör en part som inte finns i listan: %2.</translation>
    </message>
    <message>
        <source>You (%1) are not among the team members.</source>
        <translation>Du (%1) finns inte bland teammedlemmarna.</translation>
    </message>
    <message>
        <source>A programme has no name.</source>
        <translation>En insats saknar namn.</translation>
    </message>
    <message>
        <source>The programme %1 is listed twice.</source>
        <translation>Insatsen %1 finns med två gånger.</translation>
    </message>
    <message>
        <source>The capacity of %1 must be between 0 and 10000.</source>
        <translation>Kapaciteten för %1 måste vara mellan 0 och 10 000.</translation>
    </message>
</context>
<context>
    <name>samsyn::TeamStatusBar</name>
    <message>
        <source>Signed in:</source>
        <translation>Inloggad:</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Team file</source>
        <translation>Teamfil</translation>
    </message>
    <message>
        <source>Signed-in team member</source>
        <translation>Inloggad teammedlem</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Senaste säkerhetskopia</translation>
    </message>
    <message>
        <source>Demo data marker</source>
        <translation>Markering för demodata</translation>
    </message>
    <message>
        <source>This team file holds invented demo data.</source>
        <translation>Teamfilen innehåller påhittade demodata.</translation>
    </message>
    <message>
        <source>No team file open</source>
        <translation>Ingen teamfil är öppen</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(ingen vald)</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Senaste säkerhetskopia: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Ingen säkerhetskopia än</translation>
    </message>
</context>
<context>
    <name>samsyn::TeamWizard</name>
    <message>
        <source>New team file</source>
        <translation>Ny teamfil</translation>
    </message>
    <message>
        <source>Choose where to keep the team file.</source>
        <translation>Välj var teamfilen ska sparas.</translation>
    </message>
    <message>
        <source>There is already a file at %1. Choose another name; Samsyn never overwrites a file.</source>
        <translation>Det finns redan en fil i %1. Välj ett annat namn; Samsyn skriver aldrig över en fil.</translation>
    </message>
</context>
<context>
    <name>samsyn::WaitingListRepository</name>
    <message>
        <source>A place on the waiting list needs the date it started.</source>
        <translation>En plats på väntelistan behöver ett datum för när den började gälla.</translation>
    </message>
    <message>
        <source>The participant is already on this programme&apos;s waiting list.</source>
        <translation>Deltagaren står redan på väntelistan för den här insatsen.</translation>
    </message>
    <message>
        <source>Positions in the queue start at 1.</source>
        <translation>Placeringarna i kön börjar på 1.</translation>
    </message>
    <message>
        <source>Moving someone in the queue needs a reason.</source>
        <translation>Ange ett skäl för att flytta någon i kön.</translation>
    </message>
    <message>
        <source>The place on the waiting list no longer exists.</source>
        <translation>Platsen på väntelistan finns inte längre.</translation>
    </message>
</context>
<context>
    <name>samsyn::WritePath</name>
    <message>
        <source>The team file is open read-only: nothing can be changed.</source>
        <translation>Teamfilen är öppen skrivskyddad: inget kan ändras.</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::AddParticipantCommand</name>
    <message>
        <source>FILE (--pnr P | --other-identity ID --gender F|M) --given-name G --family-name F [--name &quot;G F&quot;] [--municipality M] [--phone P] [--email E]  add a participant</source>
        <translation>FIL (--pnr P | --other-identity ID --gender F|M) --given-name G --family-name F [--name &quot;G F&quot;] [--municipality M] [--phone P] [--email E]  lägg till en deltagare</translation>
    </message>
    <message>
        <source>Added %1 (%2) with id %3.</source>
        <translation>Lade till %1 (%2) med id %3.</translation>
    </message>
    <message>
        <source>Give either --pnr or --other-identity (with --gender).</source>
        <translation>Ange antingen --pnr eller --other-identity (med --gender).</translation>
    </message>
    <message>
        <source>Invalid personnummer: %1</source>
        <translation>Ogiltigt personnummer: %1</translation>
    </message>
    <message>
        <source>Invalid identity: %1</source>
        <translation>Ogiltig identitet: %1</translation>
    </message>
    <message>
        <source>An identity without a personnummer needs --gender F or M.</source>
        <translation>En identitet utan personnummer kräver --gender F eller M.</translation>
    </message>
    <message>
        <source>The team has no municipality called %1. Known: %2.</source>
        <translation>Teamet har ingen kommun som heter %1. Kända kommuner: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::Arguments</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Alternativet --%1 behöver ett värde.</translation>
    </message>
    <message>
        <source>Unknown option: --%1</source>
        <translation>Okänt alternativ: --%1</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Du har inte angett %1.</translation>
    </message>
    <message>
        <source>the name of the team file</source>
        <translation>namnet på teamfilen</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Oväntat argument: %1</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 måste vara ett heltal från %2 till %3.</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::BackupCommand</name>
    <message>
        <source>FILE  take a verified backup of the team file now</source>
        <translation>FIL  gör en kontrollerad säkerhetskopia av teamfilen nu</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Säkerhetskopian sparades i %1</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::CheckCommand</name>
    <message>
        <source>FILE  check a team file&apos;s integrity, audit trail, lock and backups</source>
        <translation>FIL  kontrollera en teamfils integritet, logg, lås och säkerhetskopior</translation>
    </message>
    <message>
        <source>Opens as a team file</source>
        <translation>Kan öppnas som teamfil</translation>
    </message>
    <message>
        <source>Application id</source>
        <translation>Applikations-id</translation>
    </message>
    <message>
        <source>Samsyn team file</source>
        <translation>Samsyn-teamfil</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>%1 (this Samsyn uses %2)</source>
        <translation>%1 (den här versionen av Samsyn använder %2)</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Integritetskontroll</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Logg</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, chain intact</source>
        <translation>
            <numerusform>%n post, kedjan obruten</numerusform>
            <numerusform>%n poster, kedjan obruten</numerusform>
        </translation>
    </message>
    <message>
        <source>broken at entry %1: changed outside Samsyn</source>
        <translation>bruten vid post %1: ändrad utanför Samsyn</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alla kontroller godkända.</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>Några kontroller misslyckades.</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Används</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>%1, newest %2 (%3)</source>
        <translation>%1, senaste %2 (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Audit anchors</source>
        <translation>Loggens ankare</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) outside the file, all reached</source>
        <translation>
            <numerusform>%n ankare utanför filen, alla nås</numerusform>
            <numerusform>%n ankare utanför filen, alla nås</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::DemoCommand</name>
    <message>
        <source>FILE [--participants N] [--years Y] [--seed S]  create a team file with invented demo data</source>
        <translation>FIL [--participants N] [--years Y] [--seed S]  skapa en teamfil med påhittade demodata</translation>
    </message>
    <message numerus="yes">
        <source>Created the demo team file %1 with %n participants</source>
        <translation>
            <numerusform>Skapade demoteamfilen %1 med %n deltagare</numerusform>
            <numerusform>Skapade demoteamfilen %1 med %n deltagare</numerusform>
        </translation>
    </message>
    <message>
        <source> in %1 s.</source>
        <translation> på %1 s.</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::DueCommand</name>
    <message>
        <source>FILE [--format table|csv|json]  list what is due today (Översikt)</source>
        <translation>FIL [--format table|csv|json]  lista det som ska göras i dag (Översikt)</translation>
    </message>
    <message>
        <source>the name of the team file</source>
        <translation>namnet på teamfilen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Flik</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::ExportSusCommand</name>
    <message>
        <source>FILE --out DIR [--period 2026Q3|2026-09|2026T2|2026H1|2026|2026-01-01..2026-03-31] [--allow-incomplete]  write the quarter-end export (default: the last completed quarter)</source>
        <translation>FIL --out MAPP [--period 2026Q3|2026-09|2026T2|2026H1|2026|2026-01-01..2026-03-31] [--allow-incomplete]  skriv kvartalsexporten (standard: det senast avslutade kvartalet)</translation>
    </message>
    <message>
        <source>Say where the files go with --out DIR.</source>
        <translation>Ange var filerna ska sparas med --out MAPP.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3), format version %4:</source>
        <translation>%1 (%2 till %3), formatversion %4:</translation>
    </message>
    <message>
        <source>Written as incomplete: %1 lists the rows with problems.</source>
        <translation>Skrevs som ofullständig: %1 listar raderna med problem.</translation>
    </message>
    <message>
        <source>For Uppföljning Finsam (participants per insats):</source>
        <translation>För Uppföljning Finsam (deltagare per insats):</translation>
    </message>
    <message>
        <source>Participant %1 (%2), %3 from %4: %5 [%6]</source>
        <translation>Deltagare %1 (%2), %3 från %4: %5 [%6]</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::GallringCommand</name>
    <message>
        <source>FILE [--dry-run] [--yes]  list who is due for gallring (retention) and, with --yes, delete them</source>
        <translation>FIL [--dry-run] [--yes]  lista vilka som ska gallras och, med --yes, ta bort dem</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s) after the last entry.</source>
        <translation>
            <numerusform>Gallringstid: %n år efter den senaste registreringen.</numerusform>
            <numerusform>Gallringstid: %n år efter den senaste registreringen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due for gallring on %1: %n participant(s).</source>
        <translation>
            <numerusform>Ska gallras den %1: %n deltagare.</numerusform>
            <numerusform>Ska gallras den %1: %n deltagare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Senaste registrering</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Ska gallras sedan</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Nothing was deleted. To delete these participants for good, run again with --yes.</source>
        <translation>Inget togs bort. Kör igen med --yes för att ta bort de här deltagarna för gott.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n participant(s) for good; their counts in the reports are kept.</source>
        <translation>
            <numerusform>Tog bort %n deltagare för gott; deltagaren räknas fortfarande med i rapporternas antal.</numerusform>
            <numerusform>Tog bort %n deltagare för gott; deltagarna räknas fortfarande med i rapporternas antal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be compacted afterwards: %1</source>
        <translation>Filen kunde inte komprimeras efteråt: %1</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::ImportParticipantsCommand</name>
    <message>
        <source>FILE LIST.csv [--encoding auto|utf-8|utf-16le|windows-1252] [--separator auto|;|,|tab] [--date-format auto|iso|yymmdd|dmy|excel] [--mapping saved|guess] [--column FIELD=HEADER]... [--on-duplicate skip|update] [--dry-run] [--strict]  import participants from a CSV list</source>
        <translation>FIL LISTA.csv [--encoding auto|utf-8|utf-16le|windows-1252] [--separator auto|;|,|tab] [--date-format auto|iso|yymmdd|dmy|excel] [--mapping saved|guess] [--column FÄLT=RUBRIK]... [--on-duplicate skip|update] [--dry-run] [--strict]  importera deltagare från en CSV-lista</translation>
    </message>
    <message>
        <source>the name of the team file</source>
        <translation>namnet på teamfilen</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>CSV-filen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Inget att importera.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: --strict and %n row(s) rejected.</source>
        <translation>
            <numerusform>Inget importerades: --strict och %n rad avvisades.</numerusform>
            <numerusform>Inget importerades: --strict och %n rader avvisades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Provkörning: inget skrevs.</translation>
    </message>
    <message>
        <source>--encoding takes auto, utf-8, utf-16le or windows-1252.</source>
        <translation>--encoding kan vara auto, utf-8, utf-16le eller windows-1252.</translation>
    </message>
    <message>
        <source>--separator takes auto, &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>--separator kan vara auto, &apos;;&apos;, &apos;,&apos; eller tab.</translation>
    </message>
    <message>
        <source>--date-format takes auto, iso, yymmdd, dmy or excel.</source>
        <translation>--date-format kan vara auto, iso, yymmdd, dmy eller excel.</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip or update.</source>
        <translation>--on-duplicate kan vara skip eller update.</translation>
    </message>
    <message>
        <source>--mapping takes saved or guess.</source>
        <translation>--mapping kan vara saved eller guess.</translation>
    </message>
    <message>
        <source>This team has no saved column mapping yet: use --mapping guess.</source>
        <translation>Teamet har ingen sparad kolumnmatchning än: använd --mapping guess.</translation>
    </message>
    <message>
        <source>The saved mapping has columns this file lacks; not imported: %1.</source>
        <translation>Den sparade kolumnmatchningen har kolumner som saknas i den här filen; importeras inte: %1.</translation>
    </message>
    <message>
        <source>--column takes FIELD=HEADER with FIELD one of: %1.</source>
        <translation>--column ska skrivas FÄLT=RUBRIK, där FÄLT är något av: %1.</translation>
    </message>
    <message>
        <source>Encoding %1, separator %2.</source>
        <translation>Teckenkodning %1, avgränsare %2.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>Rows: %1. To create: %2. To update: %3. Skipped: %4. Rejected: %5.</source>
        <translation>Rader: %1. Skapas: %2. Uppdateras: %3. Hoppas över: %4. Avvisas: %5.</translation>
    </message>
    <message>
        <source>Row %1: %2: %3</source>
        <translation>Rad %1: %2: %3</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>Importerade: %1 skapade, %2 uppdaterade.</translation>
    </message>
    <message>
        <source>Row %1: %2 %3 (id %4)</source>
        <translation>Rad %1: %2 %3 (id %4)</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::InitCommand</name>
    <message>
        <source>FILE --team NAME [--municipality M]... [--member &quot;Name:Role:Party&quot;]... [--programme &quot;Name:capacity&quot;]...  create a new team file</source>
        <translation>FIL --team NAMN [--municipality K]... [--member &quot;Namn:Roll:Part&quot;]... [--programme &quot;Namn:kapacitet&quot;]...  skapa en ny teamfil</translation>
    </message>
    <message>
        <source>Give the team a name with --team.</source>
        <translation>Ge teamet ett namn med --team.</translation>
    </message>
    <message>
        <source>Created the team file %1.</source>
        <translation>Skapade teamfilen %1.</translation>
    </message>
    <message>
        <source>Write a programme as &quot;Name:capacity&quot;, such as &quot;Steget:15&quot;: %1</source>
        <translation>Skriv en insats som &quot;Namn:kapacitet&quot;, till exempel &quot;Steget:15&quot;: %1</translation>
    </message>
    <message>
        <source>Write a member as &quot;Name:Role:Party&quot; (role and party may be left out): %1</source>
        <translation>Skriv en medlem som &quot;Namn:Roll:Part&quot; (roll och part kan utelämnas): %1</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::Main</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Alternativet %1 behöver ett värde.</translation>
    </message>
    <message>
        <source>--date must be a date written as YYYY-MM-DD, such as 2026-11-24.</source>
        <translation>--date måste vara ett datum skrivet som ÅÅÅÅ-MM-DD, till exempel 2026-11-24.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Okänt kommando: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::ParticipantLookup</name>
    <message>
        <source>Nobody with the personnummer %1 is in this team file.</source>
        <translation>Det finns ingen med personnumret %1 i den här teamfilen.</translation>
    </message>
    <message>
        <source>Invalid personnummer: %1</source>
        <translation>Ogiltigt personnummer: %1</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::ParticipantPrint</name>
    <message>
        <source>Say where to write the PDF with -o OUT.pdf.</source>
        <translation>Ange var PDF-filen ska sparas med -o UT.pdf.</translation>
    </message>
    <message>
        <source>Choose the participant with --participant PNR.</source>
        <translation>Välj deltagaren med --participant PNR.</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::ParticipantsCommand</name>
    <message>
        <source>FILE [--status S] [--format table|csv|json] [--show-pnr]  list the participants</source>
        <translation>FIL [--status S] [--format table|csv|json] [--show-pnr]  lista deltagarna</translation>
    </message>
    <message>
        <source>Unknown status %1: use one of %2.</source>
        <translation>Okänd status %1: använd någon av %2.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::PrintExitCommand</name>
    <message>
        <source>FILE --participant PNR [--final] -o OUT.pdf  print a participant&apos;s slutdokumentation as PDF (--final keeps it unchanged)</source>
        <translation>FIL --participant PNR [--final] -o UT.pdf  skriv ut en deltagares slutdokumentation som PDF (med --final sparas den oförändrad)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the final slutdokumentation as printed on %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Skrev den slutliga slutdokumentationen så som den skrevs ut %1 (%n sida) till %2.</numerusform>
            <numerusform>Skrev den slutliga slutdokumentationen så som den skrevs ut %1 (%n sidor) till %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the final slutdokumentation (%n page(s)) to %1; it is kept unchanged from now on.</source>
        <translation>
            <numerusform>Skrev den slutliga slutdokumentationen (%n sida) till %1; den sparas oförändrad från och med nu.</numerusform>
            <numerusform>Skrev den slutliga slutdokumentationen (%n sidor) till %1; den sparas oförändrad från och med nu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a draft slutdokumentation (%n page(s)) to %1. Print with --final to keep it.</source>
        <translation>
            <numerusform>Skrev ett utkast till slutdokumentation (%n sida) till %1. Skriv ut med --final för att spara den.</numerusform>
            <numerusform>Skrev ett utkast till slutdokumentation (%n sidor) till %1. Skriv ut med --final för att spara den.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::PrintExtractCommand</name>
    <message>
        <source>FILE --participant PNR [--log-only] -o OUT.pdf  print a participant&apos;s register extract (GDPR art. 15) as PDF (--log-only: the access log alone)</source>
        <translation>FIL --participant PNR [--log-only] -o UT.pdf  skriv ut en deltagares registerutdrag (GDPR art. 15) som PDF (--log-only: bara åtkomstloggen)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the log extract (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Skrev loggutdraget (%n sida) till %1.</numerusform>
            <numerusform>Skrev loggutdraget (%n sidor) till %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the register extract (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Skrev registerutdraget (%n sida) till %1.</numerusform>
            <numerusform>Skrev registerutdraget (%n sidor) till %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::PrintLetterCommand</name>
    <message>
        <source>FILE --referral ID -o OUT.pdf  print the decision letter on a referral as PDF</source>
        <translation>FIL --referral ID -o UT.pdf  skriv ut beslutsbrevet för en remiss som PDF</translation>
    </message>
    <message>
        <source>Say where to write the PDF with -o OUT.pdf.</source>
        <translation>Ange var PDF-filen ska sparas med -o UT.pdf.</translation>
    </message>
    <message>
        <source>Choose the referral with --referral ID.</source>
        <translation>Välj remissen med --referral ID.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the decision letter on referral %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Skrev beslutsbrevet för remiss %1 (%n sida) till %2.</numerusform>
            <numerusform>Skrev beslutsbrevet för remiss %1 (%n sidor) till %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::PrintProtocolCommand</name>
    <message>
        <source>FILE --meeting DATE | --meeting-id ID -o OUT.pdf  print a meeting&apos;s protocol as PDF</source>
        <translation>FIL --meeting DATUM | --meeting-id ID -o UT.pdf  skriv ut protokollet från ett möte som PDF</translation>
    </message>
    <message>
        <source>Say where to write the PDF with -o OUT.pdf.</source>
        <translation>Ange var PDF-filen ska sparas med -o UT.pdf.</translation>
    </message>
    <message>
        <source>Choose the meeting with either --meeting DATE or --meeting-id ID.</source>
        <translation>Välj mötet med antingen --meeting DATUM eller --meeting-id ID.</translation>
    </message>
    <message>
        <source>--meeting must be a date written as YYYY-MM-DD, such as 2026-11-24.</source>
        <translation>--meeting måste vara ett datum skrivet som ÅÅÅÅ-MM-DD, till exempel 2026-11-24.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the protocol of the meeting on %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Skrev protokollet från mötet %1 (%n sida) till %2.</numerusform>
            <numerusform>Skrev protokollet från mötet %1 (%n sidor) till %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no meeting with id %1 in this team file.</source>
        <translation>Det finns inget möte med id %1 i den här teamfilen.</translation>
    </message>
    <message>
        <source>There is no meeting on %1 in this team file.</source>
        <translation>Det finns inget möte %1 i den här teamfilen.</translation>
    </message>
    <message>
        <source>id %1 at %2</source>
        <translation>id %1 kl. %2</translation>
    </message>
    <message>
        <source>There are %1 meetings on %2 (%3); printing the first. Use --meeting-id ID for another.</source>
        <translation>Det finns %1 möten %2 (%3); det första skrivs ut. Använd --meeting-id ID för ett annat.</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::PrintSipCommand</name>
    <message>
        <source>FILE --participant PNR [--version N] -o OUT.pdf  print a participant&apos;s SIP as PDF</source>
        <translation>FIL --participant PNR [--version N] -o UT.pdf  skriv ut en deltagares SIP som PDF</translation>
    </message>
    <message numerus="yes">
        <source>Wrote version %1 of the SIP (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Skrev version %1 av SIP:en (%n sida) till %2.</numerusform>
            <numerusform>Skrev version %1 av SIP:en (%n sidor) till %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsyn::cli::Registry</name>
    <message>
        <source>Usage: samsyn-cli [--lang sv|en] [--date YYYY-MM-DD] [--as MEMBER] COMMAND [ARGUMENTS]</source>
        <translation>Användning: samsyn-cli [--lang sv|en] [--date ÅÅÅÅ-MM-DD] [--as MEDLEM] KOMMANDO [ARGUMENT]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globala alternativ:</translation>
    </message>
    <message>
        <source>language of messages (default: the system&apos;s)</source>
        <translation>meddelandenas språk (standard: systemets)</translation>
    </message>
    <message>
        <source>act as if today were this date</source>
        <translation>använd det här datumet som dagens datum</translation>
    </message>
    <message>
        <source>the team member using Samsyn, recorded in the audit trail</source>
        <translation>teammedlemmen som använder Samsyn, registreras i loggen</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>visa den här hjälpen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>visa versionen</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::ReportCommand</name>
    <message>
        <source>FILE --kind period|annual|outcomes --period P [--by municipality|party|programme] --format csv|pdf -o OUT  write a report (P: 2026-03, 2026Q1, 2026T1, 2026H1, 2026 or 2026-01-01..2026-03-31)</source>
        <translation>FIL --kind period|annual|outcomes --period P [--by municipality|party|programme] --format csv|pdf -o UT  skriv en rapport (P: 2026-03, 2026Q1, 2026T1, 2026H1, 2026 eller 2026-01-01..2026-03-31)</translation>
    </message>
    <message>
        <source>Choose the report with --kind period, --kind annual or --kind outcomes.</source>
        <translation>Välj rapport med --kind period, --kind annual eller --kind outcomes.</translation>
    </message>
    <message>
        <source>Choose the period with --period, e.g. 2026-03, 2026Q1 or 2026.</source>
        <translation>Välj period med --period, t.ex. 2026-03, 2026Q1 eller 2026.</translation>
    </message>
    <message>
        <source>Name the file to write with -o OUT.</source>
        <translation>Ange filen som ska skrivas med -o UT.</translation>
    </message>
    <message>
        <source>Choose the format with --format csv or --format pdf.</source>
        <translation>Välj format med --format csv eller --format pdf.</translation>
    </message>
    <message>
        <source>--by applies to --kind outcomes only.</source>
        <translation>--by gäller bara --kind outcomes.</translation>
    </message>
    <message>
        <source>Choose the columns with --by municipality, --by party or --by programme.</source>
        <translation>Välj kolumnerna med --by municipality, --by party eller --by programme.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Skrev %1 (%n sida).</numerusform>
            <numerusform>Skrev %1 (%n sidor).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::RestoreCommand</name>
    <message>
        <source>FILE BACKUP  replace the team file with a backup</source>
        <translation>FIL SÄKERHETSKOPIA  ersätt teamfilen med en säkerhetskopia</translation>
    </message>
    <message>
        <source>the name of the team file</source>
        <translation>namnet på teamfilen</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>säkerhetskopian som ska återställas</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Återställde %1 från %2.</translation>
    </message>
    <message>
        <source>The replaced file was kept as %1</source>
        <translation>Den ersatta filen sparades som %1</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::TableOutput</name>
    <message>
        <source>Unknown format %1: use table, csv or json.</source>
        <translation>Okänt format %1: använd table, csv eller json.</translation>
    </message>
</context>
<context>
    <name>samsyn::cli::TeamAccess</name>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>There is no team member called %1 in this team file.</source>
        <translation>Det finns ingen teammedlem som heter %1 i den här teamfilen.</translation>
    </message>
</context>
</TS>
