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
    <name>samsyn::AttendanceRepository</name>
    <message>
        <source>A group activity needs a name.</source>
        <translation>En gruppaktivitet behöver ett namn.</translation>
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
</context>
<context>
    <name>samsyn::EnrolmentSettings</name>
    <message>
        <source>Statement %1</source>
        <translation>Påstående %1</translation>
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
        <source>The overview of what is due (SIP follow-ups, consents, the 12-month limit, follow-ups after exit, capacity) arrives with enrolments and SIPs.</source>
        <translation>Översikten över det som ska göras (SIP-uppföljningar, samtycken, 12-månadersgränsen, uppföljningar efter avslut, lediga platser) kommer tillsammans med inskrivningar och SIP.</translation>
    </message>
    <message>
        <source>The referral inbox arrives with the referrals work: referrals waiting for a meeting, put on a meeting&apos;s agenda.</source>
        <translation>Inkorgen för remisser kommer tillsammans med remisshanteringen: remisser som väntar på ett möte och som läggs på ett mötes dagordning.</translation>
    </message>
    <message>
        <source>Meetings, their agendas, meeting mode and the protocol arrive with the meetings work.</source>
        <translation>Möten, deras dagordningar, mötesläget och protokollet kommer tillsammans med möteshanteringen.</translation>
    </message>
    <message>
        <source>The monthly and annual reports and the quarter-end export arrive with the reports work.</source>
        <translation>Månads- och årsrapporterna och exporten vid kvartalets slut kommer tillsammans med rapportfunktionerna.</translation>
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
        <source>Exit</source>
        <translation>Avslut</translation>
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
</context>
<context>
    <name>samsyn::ParticipantCommand</name>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>”%1” kunde inte ångras eller göras om: %2</translation>
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
        <source>Opened</source>
        <translation>Öppnad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
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
