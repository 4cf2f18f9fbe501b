// SPDX-License-Identifier: EUPL-1.2
#include "import/participantimport.h"

#include "import/importrowbuilder.h"

#include "participantfactory.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "tempteam.h"
#include "testidentities.h"

#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::testPnr;

namespace {

// "YYMMDD-NNNN" as people type it in lists.
QString tenDigit(const QString &twelve)
{
    return twelve.mid(2, 6) + QLatin1Char('-') + twelve.mid(8);
}

QString badCheckDigit(const QString &twelve)
{
    const int last = twelve.right(1).toInt();
    return twelve.left(11) + QString::number((last + 1) % 10);
}

ImportPlan planFor(test::TempTeam &t, const QByteArray &bytes, const ImportSettings &settings = {})
{
    const CsvTable table = CsvReader::read(bytes);
    return ParticipantImport(t.team()).plan(table, ColumnMapping::guess(table.header()), settings);
}

const ImportRow &rowNumbered(const ImportPlan &plan, int number)
{
    for (const ImportRow &row : plan.rows) {
        if (row.row == number)
            return row;
    }
    FAIL("no row " << number);
    return plan.rows.first();
}

int count(test::TempTeam &t, const QString &sql, const QVariantList &binds = {})
{
    return t->database().scalar(sql, binds).toInt();
}

QByteArray windows1252(const QString &text)
{
    QByteArray bytes;
    for (QChar c : text)
        bytes += char(c.unicode());
    return bytes;
}

} // namespace

TEST_CASE("Import: a realistic list is planned row by row, then written in one action", "[import]")
{
    test::TempTeam t;
    const QList<qint64> existing = test::insertParticipants(t.team(), {test::makeParticipant(20, QStringLiteral("Gammal"),
                                                                                              QStringLiteral("Deltagare"))});
    const QStringList lines{
        QStringLiteral("Personnummer;Förnamn;Efternamn;Kommun;Telefon;Koordinator;Försörjning;Remissdatum;Remittent;Startdatum;Insats"),
        tenDigit(testPnr(0)) + QStringLiteral(";Åsa;Öberg;åsele kommun;070-123 45 67;karin koordinator;"
                                              "Sjukpenning/rehabiliteringspenning, Försörjningsstöd;2026-08-15;FK;2026-09-01;Steget"),
        badCheckDigit(testPnr(1)) + QStringLiteral(";Bo;Berg;Åsele;;;;;;;"),
        testPnr(2) + QStringLiteral(";Cecilia;Ek;Vilhelmina;;;;;;2019-02-30;Steget"),
        testPnr(3) + QStringLiteral(";David;Ström;Lycksele;;;;;;;"),
        testPnr(4) + QStringLiteral(";Erik;;Åsele;;;;;;;"),
        testPnr(5) + QStringLiteral(";Fatima;Ali;Åsele;;;;;;;"),
        testPnr(5) + QStringLiteral(";Fatima;Ali;Vilhelmina;;;;;;;"),
        QStringLiteral("1,91212E+11;Gustav;Lind;Åsele;;;;;;;"),
        testPnr(6).mid(3) + QStringLiteral(";Hanna;Sjö;Åsele;;;;;;;"),
        testPnr(20) + QStringLiteral(";Gammal;Deltagare;Åsele;;;;;;;"),
        testPnr(7) + QStringLiteral(";Ivar;Holm;VILHELMINA;;;Okänd;;;;"),
    };
    const QByteArray bytes = windows1252(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
    const ImportPlan plan = planFor(t, bytes);

    REQUIRE(plan.problems.isEmpty());
    CHECK(plan.encoding == CsvEncoding::Windows1252);
    REQUIRE(plan.rows.size() == 11);
    CHECK(plan.count(ImportOutcome::Create) == 2);
    CHECK(plan.count(ImportOutcome::Skip) == 1);
    CHECK(plan.count(ImportOutcome::Reject) == 8);

    CHECK(rowNumbered(plan, 2).outcome == ImportOutcome::Create);
    CHECK(rowNumbered(plan, 3).reason.contains(Personnummer::problemMessage(Personnummer::Problem::BadCheckDigit)));
    CHECK(rowNumbered(plan, 4).reason.contains(QStringLiteral("2019-02-30")));
    CHECK(rowNumbered(plan, 5).reason.contains(QStringLiteral("Lycksele")));
    CHECK(rowNumbered(plan, 6).reason.contains(QStringLiteral("family name")));
    CHECK(rowNumbered(plan, 7).reason.contains(QStringLiteral("row 8")));
    CHECK(rowNumbered(plan, 8).reason.contains(QStringLiteral("row 7")));
    CHECK(rowNumbered(plan, 9).reason.contains(QStringLiteral("format the column as text")));
    CHECK(rowNumbered(plan, 10).reason.contains(QStringLiteral("leading zero")));
    CHECK(rowNumbered(plan, 11).outcome == ImportOutcome::Skip);
    CHECK(rowNumbered(plan, 12).outcome == ImportOutcome::Create);

    // The dry run wrote nothing.
    CHECK(ParticipantRepository(t->database()).count() == 1);

    const ImportPlan done = ParticipantImport(t.team()).run(plan);
    CHECK(ParticipantRepository(t->database()).count() == 3);

    const auto asa = ParticipantRepository(t->database()).findByIdentity(testPnr(0));
    REQUIRE(asa);
    CHECK(asa->givenName == QStringLiteral("Åsa"));
    CHECK(asa->familyName == QStringLiteral("Öberg"));
    CHECK(asa->municipalityId == t.municipalityId(QStringLiteral("Åsele")));
    CHECK(asa->coordinatorId == t.memberId(QStringLiteral("Karin Koordinator")));
    CHECK(asa->incomeSources == QStringList{QStringLiteral("sjukpenning"), QStringLiteral("forsorjningsstod")});
    CHECK(asa->status == ParticipantStatus::Active); // enrolled by the start date
    const QList<Referral> referrals = ReferralRepository(t->database()).forParticipant(asa->id);
    REQUIRE(referrals.size() == 1);
    CHECK(referrals[0].receivedOn == QDate(2026, 8, 15));
    CHECK(referrals[0].referringPartyId == t.partyId(QStringLiteral("Försäkringskassan")));
    CHECK(referrals[0].status == ReferralStatus::Decided);
    const QList<Enrollment> enrollments = EnrollmentRepository(t->database()).forParticipant(asa->id);
    REQUIRE(enrollments.size() == 1);
    CHECK(enrollments[0].startDate == QDate(2026, 9, 1));
    CHECK(enrollments[0].programmeId == t.programmeId(QStringLiteral("Steget")));

    const auto ivar = ParticipantRepository(t->database()).findByIdentity(testPnr(7));
    REQUIRE(ivar);
    CHECK(ivar->municipalityId == t.municipalityId(QStringLiteral("Vilhelmina")));
    CHECK(ivar->incomeSources == QStringList{QStringLiteral("okand")});
    CHECK(ivar->status == ParticipantStatus::Referred);

    // One action: one import row plus one audit row per created participant, naming the row only.
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import.participants'")) == 1);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import.participant.create'")) == 2);
    CHECK(t->database().scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'import.participant.create' "
                                              "AND participant_id = ?"),
                               {asa->id})
              .toString()
          == QStringLiteral("row 2"));
    // The mapping is remembered for the next import.
    const auto saved = ColumnMapping::load(t->database());
    REQUIRE(saved);
    CHECK(*saved == plan.mapping);
    CHECK(existing.size() == 1);
}

TEST_CASE("Import: an existing participant is skipped or updated as chosen", "[import]")
{
    test::TempTeam t;
    Participant old = test::makeParticipant(30, QStringLiteral("Olle"), QStringLiteral("Gran"), ParticipantStatus::Referred);
    old.phone = QStringLiteral("070-111 11 11");
    old.email = QStringLiteral("olle@example.se");
    test::insertParticipants(t.team(), {old});
    const QByteArray bytes = (QStringLiteral("Pnr;Namn;Telefon;E-post;Kommun\n") + testPnr(30)
                              + QStringLiteral(";Olle Gran;070-222 22 22;;Vilhelmina\n"))
                                 .toUtf8();

    SECTION("skip leaves the participant as it was")
    {
        const ImportPlan plan = planFor(t, bytes, ImportSettings{ImportDateFormat::Auto, DuplicatePolicy::Skip});
        CHECK(plan.rows.at(0).outcome == ImportOutcome::Skip);
        CHECK_THROWS_AS(ParticipantImport(t.team()).run(plan), Error); // nothing to do is said, not silently done
        CHECK(ParticipantRepository(t->database()).findByIdentity(testPnr(30))->phone == QStringLiteral("070-111 11 11"));
    }
    SECTION("update changes the filled cells and keeps what empty cells do not say")
    {
        const ImportPlan plan = planFor(t, bytes, ImportSettings{ImportDateFormat::Auto, DuplicatePolicy::Update});
        REQUIRE(plan.rows.at(0).outcome == ImportOutcome::Update);
        ParticipantImport(t.team()).run(plan);
        const auto now = ParticipantRepository(t->database()).findByIdentity(testPnr(30));
        CHECK(now->phone == QStringLiteral("070-222 22 22"));
        CHECK(now->email == QStringLiteral("olle@example.se"));
        CHECK(now->municipalityId == t.municipalityId(QStringLiteral("Vilhelmina")));
        CHECK(ParticipantRepository(t->database()).count() == 1);
        CHECK(count(t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import.participant.update' "
                                      "AND participant_id = ?"),
                    {now->id})
              == 1);
    }
}

TEST_CASE("Import: all or nothing when a row fails at the write", "[import]")
{
    test::TempTeam t;
    const QByteArray bytes = (QStringLiteral("Personnummer;Förnamn;Efternamn\n") + testPnr(40) + QStringLiteral(";Anna;Ek\n")
                              + testPnr(41) + QStringLiteral(";Bo;Ek\n") + testPnr(42) + QStringLiteral(";Cia;Ek\n"))
                                 .toUtf8();
    const ImportPlan plan = planFor(t, bytes);
    REQUIRE(plan.count(ImportOutcome::Create) == 3);

    // Between the dry run and the import someone registers the person on the last row: that
    // row passed the plan but now breaks the one-identity rule at the insert.
    test::insertParticipants(t.team(), {test::makeParticipant(42, QStringLiteral("Cia"), QStringLiteral("Ek"))});
    const int auditBefore = count(t, QStringLiteral("SELECT count(*) FROM audit_log"));

    try {
        ParticipantImport(t.team()).run(plan);
        FAIL("the import should have failed");
    } catch (const Error &error) {
        CHECK(error.message().contains(QStringLiteral("Row 4")));
        CHECK(error.message().contains(QStringLiteral("Nothing was imported")));
    }
    CHECK(ParticipantRepository(t->database()).count() == 1);
    CHECK_FALSE(ParticipantRepository(t->database()).findByIdentity(testPnr(40)));
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
    CHECK_FALSE(ColumnMapping::load(t->database()));
}

TEST_CASE("Import: each encoding and separator gives the same participant", "[import]")
{
    const QString text = QStringLiteral("Namn|Personnummer|Kommun\r\n\"Öberg, Åsa Élise\"|") + testPnr(50)
                         + QStringLiteral("|Åsele\r\n");
    for (const char *sep : {";", ","}) {
        const QString csv = QString(text).replace(QLatin1Char('|'), QLatin1String(sep));
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QList<QByteArray> files{QByteArray("\xEF\xBB\xBF") + csv.toUtf8(), csv.toUtf8(), utf16(csv), windows1252(csv)};
        for (const QByteArray &bytes : files) {
            test::TempTeam t;
            const ImportPlan plan = planFor(t, bytes);
            INFO("separator " << sep << ", encoding " << CsvEncodings::code(plan.encoding).toStdString());
            CHECK(plan.separator == QLatin1Char(*sep));
            REQUIRE(plan.problems.isEmpty());
            REQUIRE(plan.count(ImportOutcome::Create) == 1);
            ParticipantImport(t.team()).run(plan);
            const auto p = ParticipantRepository(t->database()).findByIdentity(testPnr(50));
            REQUIRE(p);
            CHECK(p->givenName == QStringLiteral("Åsa Élise"));
            CHECK(p->familyName == QStringLiteral("Öberg"));
            CHECK(p->municipalityId == t.municipalityId(QStringLiteral("Åsele")));
        }
    }
}

TEST_CASE("Import: broken file structure rejects only the rows it breaks", "[import]")
{
    test::TempTeam t;
    const QByteArray bytes = (QStringLiteral("Personnummer;Namn;Kommun\n") + testPnr(60) + QStringLiteral(";Anna Ek;Åsele\n")
                              + testPnr(61) + QStringLiteral(";Bo Ek;Åsele;extra;värden\n") + testPnr(62)
                              + QStringLiteral(";Cia Ek\n\n") + testPnr(63) + QStringLiteral(";\"Dan Ek;Åsele\n") + testPnr(64)
                              + QStringLiteral(";Eva Ek;Åsele\n"))
                                 .toUtf8();
    const ImportPlan plan = planFor(t, bytes);
    CHECK(rowNumbered(plan, 2).outcome == ImportOutcome::Create);
    CHECK(rowNumbered(plan, 3).reason.contains(QStringLiteral("5 values")));
    CHECK(rowNumbered(plan, 4).outcome == ImportOutcome::Create); // a short row: the missing cells are empty
    // Row 5 is the blank line; row 6 opens a quote that swallows the rest of the file.
    CHECK(rowNumbered(plan, 6).reason.contains(QStringLiteral("line 6")));
    CHECK(plan.rows.size() == 4);
}

TEST_CASE("Import: mapping problems stop the plan before any row", "[import]")
{
    test::TempTeam t;
    const CsvTable table = CsvReader::read(QByteArray("Namn;Kommun\nAnna Ek;Åsele\n"));
    const ImportPlan plan = ParticipantImport(t.team()).plan(table, ColumnMapping::guess(table.header()), {});
    CHECK(plan.rows.isEmpty());
    CHECK(plan.problems.join(QLatin1Char(' ')).contains(QStringLiteral("personnummer")));
    CHECK_THROWS_AS(ParticipantImport(t.team()).run(plan), Error);

    const CsvTable twice = CsvReader::read(QByteArray("Pnr;Namn;Namn\n"));
    QStringList problems;
    ColumnMapping::guess(twice.header()).resolve(twice.header(), &problems);
    CHECK(problems.join(QLatin1Char(' ')).contains(QStringLiteral("twice")));
}

TEST_CASE("Import: column mapping guessed from Swedish headers and saved as JSON", "[import]")
{
    const QStringList header{QStringLiteral("Pnr"),    QStringLiteral("Förnamn"),    QStringLiteral("EFTERNAMN"),
                             QStringLiteral("E-post"), QStringLiteral("Telefonnummer"), QStringLiteral("Hemkommun"),
                             QStringLiteral("Startdatum"), QStringLiteral("Insats"),  QStringLiteral("Övrigt")};
    const ColumnMapping mapping = ColumnMapping::guess(header);
    CHECK(mapping.column(ImportField::Identity) == QStringLiteral("Pnr"));
    CHECK(mapping.column(ImportField::GivenName) == QStringLiteral("Förnamn"));
    CHECK(mapping.column(ImportField::FamilyName) == QStringLiteral("EFTERNAMN"));
    CHECK(mapping.column(ImportField::Email) == QStringLiteral("E-post"));
    CHECK(mapping.column(ImportField::Phone) == QStringLiteral("Telefonnummer"));
    CHECK(mapping.column(ImportField::Municipality) == QStringLiteral("Hemkommun"));
    CHECK(mapping.column(ImportField::StartDate) == QStringLiteral("Startdatum"));
    CHECK(mapping.column(ImportField::Programme) == QStringLiteral("Insats"));
    CHECK_FALSE(mapping.isMapped(ImportField::FullName));
    CHECK_FALSE(mapping.isMapped(ImportField::Status));

    const auto back = ColumnMapping::fromJson(mapping.toJson());
    REQUIRE(back);
    CHECK(*back == mapping);
    CHECK_FALSE(ColumnMapping::fromJson(QStringLiteral("not json")));

    QString given, family;
    CHECK(ImportRowBuilder::splitFullName(QStringLiteral("Anna Maria  Berg"), &given, &family));
    CHECK((given == QStringLiteral("Anna Maria") && family == QStringLiteral("Berg")));
    CHECK(ImportRowBuilder::splitFullName(QStringLiteral("von Platen, Anna"), &given, &family));
    CHECK((given == QStringLiteral("Anna") && family == QStringLiteral("von Platen")));
    CHECK_FALSE(ImportRowBuilder::splitFullName(QStringLiteral("Anna"), &given, &family));
}

TEST_CASE("Import: dates follow the format the user chose", "[import][dates]")
{
    test::TempTeam t;
    const QByteArray bytes = (QStringLiteral("Personnummer;Namn;Remissdatum;Remittent\n") + testPnr(70)
                              + QStringLiteral(";Anna Ek;1/9/2019;Af\n"))
                                 .toUtf8();
    const ImportPlan automatic = planFor(t, bytes);
    CHECK(automatic.rows.at(0).outcome == ImportOutcome::Reject);
    CHECK(automatic.rows.at(0).reason.contains(QStringLiteral("day/month")));

    const ImportPlan dmy = planFor(t, bytes, ImportSettings{ImportDateFormat::Dmy, DuplicatePolicy::Skip});
    REQUIRE(dmy.rows.at(0).outcome == ImportOutcome::Create);
    REQUIRE(dmy.rows.at(0).referral);
    CHECK(dmy.rows.at(0).referral->receivedOn == QDate(2019, 9, 1));
    CHECK(dmy.rows.at(0).referral->status == ReferralStatus::Received);
}
