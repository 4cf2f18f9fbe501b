// SPDX-License-Identifier: EUPL-1.2
// The quarter-end export on a hand-built team (SusFixtures::standard, see susfixtures.h),
// where every figure below was worked out by hand.
#include <catch2/catch.hpp>

#include "export/suscounts.h"
#include "export/susexport.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "susfixtures.h"
#include "util/error.h"

#include <QDir>
#include <QFile>

using namespace samsyn;
using samsyn::test::SusFixtures;
using samsyn::test::TempTeam;

namespace {

const Period kQ3 = Period::quarter(2026, 3);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList fieldsOf(const QList<SusProblem> &problems)
{
    QStringList fields;
    for (const SusProblem &p : problems)
        fields << p.field;
    return fields;
}

int auditCount(TempTeam &t, const QString &action)
{
    return t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action}).toInt();
}

} // namespace

TEST_CASE("sus export: antal for Q3 2026, worked out by hand", "[sus]")
{
    TempTeam t;
    SusFixtures(t).standard();
    const SusExport exporter = SusExport::read(t->database(), kQ3);
    INFO(fieldsOf(exporter.problems()).join(QLatin1Char(',')).toStdString());
    REQUIRE(exporter.isComplete());
    // David ended on 06-30 and Eva starts on 10-01: four enrollments belong to Q3.
    REQUIRE(exporter.data().records.size() == 4);

    // Gruppen, women: Frida started 07-01 and ended 09-30                 -> 1 1 1 0
    // Gruppen, men:   David ended the day before the period (excluded)   -> 0 0 0 0 (a row all the same)
    // Steget, women:  Anna (started in March, ongoing) + Cissi (ended 09-15, protected
    //                 identity, so anonymous)                             -> 0 2 1 1
    // Steget, men:    Bo started 08-03                                    -> 1 1 0 0
    const QByteArray expected = "\xEF\xBB\xBF"
                                "period_fran;period_till;insats;kon;paborjade;pagaende;avslutade;varav_anonyma\r\n"
                                "2026-07-01;2026-09-30;Gruppen;Kvinna;1;1;1;0\r\n"
                                "2026-07-01;2026-09-30;Gruppen;Man;0;0;0;0\r\n"
                                "2026-07-01;2026-09-30;Steget;Kvinna;0;2;1;1\r\n"
                                "2026-07-01;2026-09-30;Steget;Man;1;1;0;0\r\n";
    CHECK(exporter.antalCsv() == expected);
    CHECK(exporter.anonymousCount() == 1);
}

TEST_CASE("sus export: deltagare for Q3 2026, byte for byte", "[sus]")
{
    TempTeam t;
    SusFixtures(t).standard();
    const SusExport exporter = SusExport::read(t->database(), kQ3);
    // Programmes in Swedish order, then by start date. Income sources in the code table's
    // order whatever order they were entered in. Cissi is anonymous: no personnummer, birth
    // year, age, municipality or consent date. Frida's labels hold ';', '"' and a line break.
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "insats;anonym;personnummer;kon;fodelsear;alder_vid_start;kommun;remitterande_part;startdatum;slutdatum;"
        "forsorjning_fore;forsorjning_efter;sysselsattning_fore;sysselsattning_efter;omfattning_efter;utbildningsniva;"
        "tid_i_offentlig_forsorjning;avslutsanledning;samtycke_datum\r\n"
        // Frida: born 1980-01-05, 46 on 2026-07-01.
        "Gruppen;Nej;198001052383;Kvinna;1980;46;Vilhelmina;Region;2026-07-01;2026-09-30;F\xC3\xB6rs\xC3\xB6rjningsst\xC3\xB6" "d;"
        "\"Studiemedel|Annan; \"\"eget\"\" st\xC3\xB6" "d\";Ingen syssels\xC3\xA4ttning;Studier;100;"
        "F\xC3\xB6rgymnasial 9 (10) \xC3\xA5r;Mer \xC3\xA4n 5 \xC3\xA5r;\"Studier\nKomvux\";2026-06-20\r\n"
        // Cissi: protected identity.
        "Steget;Ja;;Kvinna;;;;FK;2026-02-01;2026-09-15;Sjukpenning/rehabiliteringspenning;L\xC3\xB6n;Sjukskriven;"
        "F\xC3\xB6rv\xC3\xA4rvsarbete;75;Gymnasial;2-5 \xC3\xA5r;Arbete;\r\n"
        // Anna: born 1980-01-02, 46 on 2026-03-10; ongoing, so the exit columns are empty.
        "Steget;Nej;198001022386;Kvinna;1980;46;\xC3\x85sele;FK;2026-03-10;;"
        "Sjukpenning/rehabiliteringspenning|Aktivitetsers\xC3\xA4ttning;;Sjukskriven;;;Gymnasial;1-2 \xC3\xA5r;;2026-03-01\r\n"
        // Bo: born 1980-01-02.
        "Steget;Nej;198001022394;Man;1980;46;Vilhelmina;Af;2026-08-03;;"
        "Arbetsl\xC3\xB6shetsers\xC3\xA4ttning (a-kassa)|F\xC3\xB6rs\xC3\xB6rjningsst\xC3\xB6" "d;;Aktivt arbetss\xC3\xB6kande;;;"
        "Eftergymnasial kortare \xC3\xA4n 3 \xC3\xA5r;Mindre \xC3\xA4n 1 \xC3\xA5r;;2026-08-03\r\n";
    const QByteArray actual = exporter.deltagareCsv();
    INFO(actual.toStdString());
    CHECK(actual == expected);
}

TEST_CASE("sus export: other periods pick other enrollments", "[sus]")
{
    TempTeam t;
    SusFixtures(t).standard();

    SECTION("H1 2026: David is in, Bo and Frida not yet")
    {
        // Steget women: Anna started 03-10 and Cissi 02-01, neither ended -> 2 2 0 1.
        // Gruppen men: David 01-15 to 06-30 (the period's last day)        -> 1 1 1 0.
        const SusExport h1 = SusExport::read(t->database(), Period::halfYear(2026, 1));
        CHECK(h1.antalCsv().contains("2026-01-01;2026-06-30;Steget;Kvinna;2;2;0;1\r\n"));
        CHECK(h1.antalCsv().contains("2026-01-01;2026-06-30;Steget;Man;0;0;0;0\r\n"));
        CHECK(h1.antalCsv().contains("2026-01-01;2026-06-30;Gruppen;Man;1;1;1;0\r\n"));
        CHECK(h1.antalCsv().contains("2026-01-01;2026-06-30;Gruppen;Kvinna;0;0;0;0\r\n"));
        CHECK(h1.isComplete());
    }
    SECTION("September 2026: only what touches the month")
    {
        // Anna, Bo, Cissi (ended 09-15) in Steget; Frida (ended 09-30) in Gruppen.
        const SusExport sep = SusExport::read(t->database(), Period::month(2026, 9));
        CHECK(sep.data().records.size() == 4);
        CHECK(sep.antalCsv().contains("2026-09-01;2026-09-30;Steget;Kvinna;0;2;1;1\r\n"));
        CHECK(sep.antalCsv().contains("2026-09-01;2026-09-30;Gruppen;Kvinna;0;1;1;0\r\n"));
    }
    SECTION("tertial 3 2026: Eva's incomplete enrollment now belongs and is reported")
    {
        const SusExport t3 = SusExport::read(t->database(), Period::tertial(2026, 3));
        CHECK(t3.data().records.size() == 5);
        // Gruppen women: Eva starts 10-01 (no consent on file: anonymous), Frida ends 09-30.
        CHECK(t3.antalCsv().contains("2026-09-01;2026-12-31;Gruppen;Kvinna;1;2;1;1\r\n"));
        QStringList evas;
        for (const SusProblem &p : t3.problems()) {
            CHECK(p.displayName == QStringLiteral("Eva Grön"));
            evas << p.field;
        }
        // Registered with consent but none on file, so also written anonymously (and then
        // the municipality and birth date are not asked for).
        CHECK(evas
              == QStringList{SusField::Registration, SusField::Referral, SusField::IncomeBefore, SusField::OccupationBefore,
                             SusField::Education, SusField::SupportTime});
    }
}

TEST_CASE("sus export: counts for Uppföljning Finsam per insats, kvinnor / män / totalt", "[sus]")
{
    TempTeam t;
    SusFixtures(t).standard();
    const QList<SusCountRow> rows = SusCounts::compute(SusData::read(t->database(), kQ3));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).programme == QStringLiteral("Gruppen"));
    CHECK(rows.at(0).women == 1);
    CHECK(rows.at(0).men == 0);
    CHECK(rows.at(0).total() == 1);
    CHECK(rows.at(1).programme == QStringLiteral("Steget"));
    CHECK(rows.at(1).women == 2);
    CHECK(rows.at(1).men == 1);
    CHECK(rows.at(1).total() == 3);
    CHECK(SusCounts::text(rows).toStdString()
          == "Insats   Kvinnor  Män  Totalt\n"
             "Gruppen        1    0       1\n"
             "Steget         2    1       3\n");
}

TEST_CASE("sus export: a programme with nobody in the period still has its two rows", "[sus]")
{
    TempTeam t;
    const SusExport empty = SusExport::read(t->database(), kQ3);
    CHECK(empty.isComplete());
    CHECK(empty.antalCsv()
          == QByteArray("\xEF\xBB\xBF"
                        "period_fran;period_till;insats;kon;paborjade;pagaende;avslutade;varav_anonyma\r\n"
                        "2026-07-01;2026-09-30;Gruppen;Kvinna;0;0;0;0\r\n"
                        "2026-07-01;2026-09-30;Gruppen;Man;0;0;0;0\r\n"
                        "2026-07-01;2026-09-30;Steget;Kvinna;0;0;0;0\r\n"
                        "2026-07-01;2026-09-30;Steget;Man;0;0;0;0\r\n"));
    CHECK(empty.deltagareCsv().count("\r\n") == 1); // the header alone
}

TEST_CASE("sus export: file names are ASCII and carry the period", "[sus]")
{
    CHECK(SusExport::antalFileName(kQ3) == QStringLiteral("antal_2026Q3.csv"));
    CHECK(SusExport::deltagareFileName(kQ3) == QStringLiteral("deltagare_2026Q3.csv"));
    CHECK(SusExport::problemFileName(kQ3) == QStringLiteral("problem_2026Q3.csv"));
    CHECK(SusExport::antalFileName(Period::tertial(2026, 2)) == QStringLiteral("antal_2026T2.csv"));
    CHECK(SusExport::deltagareFileName(Period::custom(QDate(2026, 1, 1), QDate(2026, 3, 31)))
          == QStringLiteral("deltagare_2026-01-01_2026-03-31.csv"));
    CHECK(SusExport::kFormatVersion == 1);
}

TEST_CASE("sus export: age at start in whole years", "[sus]")
{
    CHECK(SusExport::ageOn(QDate(1980, 1, 2), QDate(2026, 1, 1)) == 45);
    CHECK(SusExport::ageOn(QDate(1980, 1, 2), QDate(2026, 1, 2)) == 46);
    CHECK(SusExport::ageOn(QDate(2000, 2, 29), QDate(2026, 2, 28)) == 25);
    CHECK(SusExport::ageOn(QDate(2000, 2, 29), QDate(2026, 3, 1)) == 26);
    CHECK(SusExport::ageOn(QDate(2000, 2, 29), QDate(2028, 2, 29)) == 28);
    CHECK(SusExport::ageOn(QDate(), QDate(2026, 1, 1)) == -1);
}

TEST_CASE("sus export: writing refuses with problems and writes nothing", "[sus]")
{
    TempTeam t;
    SusFixtures f(t);
    f.standard();
    // Gustav is registered "with consent", but no consent to registration is on file.
    const qint64 bo2 = f.person(9, QStringLiteral("Gustav"), QStringLiteral("Ås"));
    f.referral(bo2, QStringLiteral("Försäkringskassan"), QDate(2026, 7, 1));
    f.enrol(bo2, QStringLiteral("Steget"), QDate(2026, 7, 6)); // no consent on file
    const QString out = QDir(t.folder()).filePath(QStringLiteral("ut"));
    REQUIRE(QDir().mkpath(out));
    const SusExport exporter = SusExport::read(t->database(), kQ3);
    REQUIRE(exporter.problems().size() == 1);
    CHECK(exporter.problems().first().field == SusField::Registration);

    const int before = auditCount(t, QStringLiteral("export.sus"));
    try {
        exporter.write(t.team(), out, false);
        FAIL("the export was written despite a problem");
    } catch (const Error &error) {
        CHECK(error.code() == ErrorCode::Validation);
        CHECK(error.message().startsWith(QStringLiteral("Nothing was written: 1 problem(s) in the data of Q3 2026")));
    }
    CHECK(QDir(out).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK(auditCount(t, QStringLiteral("export.sus")) == before);

    SECTION("allowIncomplete writes all three files and says which row is incomplete")
    {
        const QStringList written = exporter.write(t.team(), out, true);
        CHECK(written.size() == 3);
        CHECK(QDir(out).entryList(QDir::Files | QDir::Hidden)
              == QStringList({QStringLiteral("antal_2026Q3.csv"), QStringLiteral("deltagare_2026Q3.csv"),
                              QStringLiteral("problem_2026Q3.csv")}));
        // Gustav (a man, anonymous for lack of consent) is counted anonymously in Steget.
        CHECK(readFile(QDir(out).filePath(QStringLiteral("antal_2026Q3.csv"))).contains("Steget;Man;2;2;0;1\r\n"));
        // Rows: 2 Frida (Gruppen), then Steget by start: 3 Cissi 02-01, 4 Anna 03-10, 5 Gustav 07-06.
        const QByteArray problems = readFile(QDir(out).filePath(QStringLiteral("problem_2026Q3.csv")));
        CHECK(problems.startsWith("\xEF\xBB\xBF" "deltagare_rad;insats;startdatum;falt;problem\r\n"
                                  "5;Steget;2026-07-06;enrollment.registration;Registered with consent, but no consent"));
        CHECK_FALSE(problems.contains("Gustav"));
        CHECK(readFile(QDir(out).filePath(QStringLiteral("deltagare_2026Q3.csv"))).contains("Steget;Ja;;Man;;;;FK;2026-07-06;"));
        CHECK(auditCount(t, QStringLiteral("export.sus")) == before + 1);
        const AuditRecord audit = AuditLog::latest(t->database(), 1).first();
        CHECK(audit.action == QStringLiteral("export.sus"));
        CHECK(audit.detail
              == QStringLiteral("2026Q3, format 1: 5 enrollment rows, 2 anonymous, 1 problems, written as incomplete"));
        CHECK_FALSE(audit.participantId.has_value());

        // Once corrected, a complete export replaces the files and removes the problem list.
        f.registrationConsent(bo2, QDate(2026, 7, 6));
        const SusExport corrected = SusExport::read(t->database(), kQ3);
        REQUIRE(corrected.isComplete());
        corrected.write(t.team(), out, false);
        CHECK(QDir(out).entryList(QDir::Files | QDir::Hidden)
              == QStringList({QStringLiteral("antal_2026Q3.csv"), QStringLiteral("deltagare_2026Q3.csv")}));
        CHECK(readFile(QDir(out).filePath(QStringLiteral("antal_2026Q3.csv"))).contains("Steget;Man;2;2;0;0\r\n"));
    }
}

TEST_CASE("sus export: a missing folder is refused and nothing is logged", "[sus]")
{
    TempTeam t;
    SusFixtures(t).standard();
    const SusExport exporter = SusExport::read(t->database(), kQ3);
    const int before = auditCount(t, QStringLiteral("export.sus"));
    CHECK_THROWS_AS(exporter.write(t.team(), QDir(t.folder()).filePath(QStringLiteral("finns-inte")), false), Error);
    CHECK(auditCount(t, QStringLiteral("export.sus")) == before);
    CHECK_FALSE(QFileInfo::exists(QDir(t.folder()).filePath(QStringLiteral("finns-inte"))));
}

TEST_CASE("sus export: an earlier export is replaced whole", "[sus]")
{
    TempTeam t;
    SusFixtures(t).standard();
    const QString out = t.folder();
    const QString antal = QDir(out).filePath(QStringLiteral("antal_2026Q3.csv"));
    {
        QFile old(antal);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const QStringList written = SusExport::read(t->database(), kQ3).write(t.team(), out, false);
    CHECK(written == QStringList({antal, QDir(out).filePath(QStringLiteral("deltagare_2026Q3.csv"))}));
    CHECK(readFile(antal).startsWith("\xEF\xBB\xBF" "period_fran;"));
    // No temporary or set-aside file is left behind.
    for (const QString &name : QDir(out).entryList(QDir::Files | QDir::Hidden))
        CHECK_FALSE((name.endsWith(QStringLiteral(".tmp")) || name.contains(QStringLiteral(".old"))));
}
