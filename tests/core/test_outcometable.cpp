// SPDX-License-Identifier: EUPL-1.2
// The outcome table (Vinka IN's two-year report) on a hand-built team; every figure is
// worked out by hand in the comments.
#include "documents/documentmeta.h"
#include "documents/pdfexport.h"
#include "reportfixtures.h"
#include "reports/outcometable.h"
#include "reports/reportcsv.h"
#include "reports/reportdocument.h"
#include "domain/participantevent.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "tempteam.h"
#include "testidentities.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::ReportFixtures;
using samsyn::test::TempTeam;

namespace {

const QLocale kSwedish(QLocale::Swedish, QLocale::Sweden);

// Today 2027-03-01, the report covers 2026. Ages are completed years on the start day.
//   P1 woman 1990-05-10  Åsele       Steget 2026-02-01          age 35 (birthday not yet)
//   P2 man   2000-01-15  Åsele       Steget 2025-11-01, Gruppen 2026-04-01
//                                    earliest start 2025-11-01: age 25 (26 at the later one)
//   P3 man   1995-03-01  Åsele       Steget 2026-03-01          age 31 (birthday that day)
//   P4 woman 1985-12-31  Vilhelmina  Gruppen 2026-06-01         age 40
//   P5 woman 2001-07-01  Vilhelmina  Steget 2026-01-10          age 24
//   P6 man   1988-03-03  Vilhelmina  Steget 2024-01-01 - 2025-12-31: ended before 2026, not counted
//   P7 man   1992-08-20  (none)      Gruppen 2026-05-01         age 33
// Mean ages: Åsele (35 + 25 + 31) / 3 = 30.33 -> "30,3"; Vilhelmina (40 + 24) / 2 = "32,0";
// no municipality 33 -> "33,0"; total (35+25+31+40+24+33) / 6 = 188 / 6 = 31.33 -> "31,3".
// Events (2026 only): P1 studier 03-01, praktik 04-01 and 05-01 (one individual);
//   P2 praktik 06-01, lonearbete 2025-12-20 (before 2026); P4 hjalp_bostad 2026-12-31 (last
//   day); P5 hjalp_bostad 2027-01-01 (day after); P7 studier 08-01.
// Referrals (latest received by 2026-12-31): P1 FK 2026-01-10; P2 Af 2025-10-01 then Åsele
//   2026-03-15 -> Åsele; P3 none; P4 Region Test 2026-05-01; P5 FK 2025-12-01;
//   P7 Af 2026-04-01 (and FK 2027-01-15, after the period).
void buildOutcomeTeam(TempTeam &t)
{
    ReportFixtures f(t);
    const QString steget = QStringLiteral("Steget");
    const QString gruppen = QStringLiteral("Gruppen");
    const QString asele = QStringLiteral("Åsele");
    const QString vilhelmina = QStringLiteral("Vilhelmina");
    const qint64 p1 = f.person(QDate(1990, 5, 10), Gender::Female, asele);
    const qint64 p2 = f.person(QDate(2000, 1, 15), Gender::Male, asele);
    const qint64 p3 = f.person(QDate(1995, 3, 1), Gender::Male, asele);
    const qint64 p4 = f.person(QDate(1985, 12, 31), Gender::Female, vilhelmina);
    const qint64 p5 = f.person(QDate(2001, 7, 1), Gender::Female, vilhelmina);
    const qint64 p6 = f.person(QDate(1988, 3, 3), Gender::Male, vilhelmina);
    const qint64 p7 = f.person(QDate(1992, 8, 20), Gender::Male);

    f.enrol(p1, steget, QDate(2026, 2, 1));
    f.enrol(p2, steget, QDate(2025, 11, 1));
    f.enrol(p2, gruppen, QDate(2026, 4, 1));
    f.enrol(p3, steget, QDate(2026, 3, 1));
    f.enrol(p4, gruppen, QDate(2026, 6, 1));
    f.enrol(p5, steget, QDate(2026, 1, 10));
    f.exit(f.enrol(p6, steget, QDate(2024, 1, 1)), QDate(2025, 12, 31), QStringLiteral("arbete"));
    f.enrol(p7, gruppen, QDate(2026, 5, 1));

    f.event(p1, QStringLiteral("studier"), QDate(2026, 3, 1));
    f.event(p1, QStringLiteral("praktik"), QDate(2026, 4, 1));
    f.event(p1, QStringLiteral("praktik"), QDate(2026, 5, 1));
    f.event(p2, QStringLiteral("praktik"), QDate(2026, 6, 1));
    f.event(p2, QStringLiteral("lonearbete"), QDate(2025, 12, 20));
    f.event(p4, QStringLiteral("hjalp_bostad"), QDate(2026, 12, 31));
    f.event(p5, QStringLiteral("hjalp_bostad"), QDate(2027, 1, 1));
    f.event(p7, QStringLiteral("studier"), QDate(2026, 8, 1));

    const QString fk = QStringLiteral("Försäkringskassan");
    const QString af = QStringLiteral("Arbetsförmedlingen");
    f.referral(p1, fk, QDate(2026, 1, 10));
    f.referral(p2, af, QDate(2025, 10, 1));
    f.referral(p2, asele, QDate(2026, 3, 15));
    f.referral(p4, QStringLiteral("Region Test"), QDate(2026, 5, 1));
    f.referral(p5, fk, QDate(2025, 12, 1));
    f.referral(p7, af, QDate(2026, 4, 1));
    f.referral(p7, fk, QDate(2027, 1, 15));
}

} // namespace

TEST_CASE("reports: the outcome table per municipality, worked out by hand", "[reports]")
{
    TempTeam t(QDate(2027, 3, 1));
    buildOutcomeTeam(t);
    const OutcomeTable o = OutcomeTable::build(t->database(), OutcomeGrouping::Municipality, Period::year(2026));
    const ReportTable table = o.table(kSwedish);

    // Swedish order: Vilhelmina before Åsele (Å sorts after Z); then those without a
    // municipality, then the total.
    CHECK(table.headers == QStringList{QString(), QStringLiteral("Vilhelmina"), QStringLiteral("Åsele"),
                                       QStringLiteral("No municipality"), QStringLiteral("Total")});
    auto row = [&](const char *label) { return ReportFixtures::row(table, QString::fromUtf8(label)); };
    auto cells = [](std::initializer_list<const char *> values) {
        QStringList list;
        for (const char *v : values)
            list << QString::fromUtf8(v);
        return list;
    };
    CHECK(row("Number of individuals") == cells({"2", "3", "1", "6"}));
    CHECK(row("Mean age at enrollment start") == cells({"32,0", "30,3", "33,0", "31,3"}));
    CHECK(row("Women") == cells({"2", "1", "0", "3"}));
    CHECK(row("Men") == cells({"0", "2", "1", "3"}));
    CHECK(row("Gender not recorded").isEmpty());
    // Events: individuals with at least one in 2026.
    CHECK(row("Påbörjat studier") == cells({"0", "1", "1", "2"}));
    CHECK(row("Påbörjat praktik hos kommun eller näringsliv") == cells({"0", "2", "0", "2"}));
    CHECK(row("Påbörjat lönearbete") == cells({"0", "0", "0", "0"}));
    CHECK(row("Fått hjälp till bostad") == cells({"1", "0", "0", "1"}));
    // Referred by the latest referral's party.
    CHECK(row("Försäkringskassan") == cells({"1", "1", "0", "2"}));
    CHECK(row("Arbetsförmedlingen") == cells({"0", "0", "1", "1"}));
    CHECK(row("Region Test") == cells({"1", "0", "0", "1"}));
    CHECK(row("Åsele") == cells({"0", "1", "0", "1"}));
    CHECK(row("Vilhelmina") == cells({"0", "0", "0", "0"}));
    CHECK(row("No referral recorded") == cells({"0", "1", "0", "1"}));
}

TEST_CASE("reports: the outcome table per programme counts a person in two programmes twice, the total once", "[reports]")
{
    TempTeam t(QDate(2027, 3, 1));
    buildOutcomeTeam(t);
    const ReportTable table =
        OutcomeTable::build(t->database(), OutcomeGrouping::Programme, Period::year(2026)).table(kSwedish);
    CHECK(table.headers == QStringList{QString(), QStringLiteral("Gruppen"), QStringLiteral("Steget"), QStringLiteral("Total")});
    // Gruppen: P2 (from 2026-04-01, age 26), P4 (40), P7 (33): 3, mean 99 / 3 = "33,0".
    // Steget: P1 (35), P2 (25), P3 (31), P5 (24): 4, mean 115 / 4 = 28.75 -> "28,8".
    CHECK(ReportFixtures::row(table, QStringLiteral("Number of individuals"))
          == QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("6")});
    CHECK(ReportFixtures::row(table, QStringLiteral("Mean age at enrollment start"))
          == QStringList{QStringLiteral("33,0"), QStringLiteral("28,8"), QStringLiteral("31,3")});
    CHECK(table.note.contains(QStringLiteral("counted in both columns")));

    // Per referring party: the columns are the parties; P3 has none.
    const ReportTable parties =
        OutcomeTable::build(t->database(), OutcomeGrouping::ReferringParty, Period::year(2026)).table(kSwedish);
    // FK, Af and Region by their short names; the municipalities' short name "Kommun" is
    // shared, so they keep their names.
    CHECK(parties.headers.mid(1) == QStringList{QStringLiteral("FK"), QStringLiteral("Af"), QStringLiteral("Region"),
                                                QStringLiteral("Åsele"), QStringLiteral("Vilhelmina"),
                                                QStringLiteral("No referral"), QStringLiteral("Total")});
    CHECK(ReportFixtures::row(parties, QStringLiteral("Number of individuals"))
          == QStringList{QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                         QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("6")});
}

TEST_CASE("reports: the outcome table as CSV bytes and as a PDF", "[reports][pdf][csv]")
{
    TempTeam t(QDate(2027, 3, 1));
    ReportFixtures f(t);
    // A tiny team: one woman in Åsele, 30 on her start day, referred by FK, with one event.
    const qint64 p = f.person(QDate(1995, 3, 1), Gender::Female, QStringLiteral("Åsele"));
    f.enrol(p, QStringLiteral("Steget"), QDate(2026, 3, 1).addDays(-1));
    f.referral(p, QStringLiteral("Försäkringskassan"), QDate(2026, 1, 5));
    f.event(p, QStringLiteral("hjalp_vardkontakt"), QDate(2026, 4, 2));
    // Only two categories stay in use, so the expected bytes stay readable.
    // The team retires the other categories and parties, as it may in its settings.
    t->write(QStringLiteral("settings.codes"), [&](WriteContext &ctx) {
        const SettingsRepository settings(ctx.db());
        for (CodeEntry c : settings.codes(ParticipantEvent::kCategoryTable)) {
            c.active = c.code == QLatin1String("studier") || c.code == QLatin1String("hjalp_vardkontakt");
            SettingsRepository::saveCode(ctx, c);
        }
        for (Party party : settings.parties()) {
            party.active = party.name == QStringLiteral("Försäkringskassan") || party.name == QStringLiteral("Åsele");
            SettingsRepository::saveParty(ctx, party);
        }
    });
    const ReportContent content =
        OutcomeTable::build(t->database(), OutcomeGrouping::Municipality, Period::year(2026)).content(kSwedish);
    const QByteArray csv = ReportCsv::bytes(content);

    // BOM, ';', CRLF; the note holds no ';' or quote, so nothing is quoted. Age on
    // 2026-02-28 of someone born 1995-03-01: 30 (the birthday is the next day).
    const QString note = content.tables.first().note;
    const QByteArray expected = QByteArray("\xEF\xBB\xBF")
                                + QStringLiteral("Outcome per municipality, 2026 (2026-01-01 – 2026-12-31);Vilhelmina;Åsele;Total\r\n"
                                                 "Number of individuals;0;1;1\r\n"
                                                 "Mean age at enrollment start;–;30,0;30,0\r\n"
                                                 "Women;0;1;1\r\n"
                                                 "Men;0;0;0\r\n"
                                                 "Events in the period;;;\r\n"
                                                 "Påbörjat studier;0;0;0\r\n"
                                                 "Fått hjälp till vårdkontakt;0;1;1\r\n"
                                                 "Referred by;;;\r\n"
                                                 "Försäkringskassan;0;1;1\r\n"
                                                 "Åsele;0;0;0\r\n")
                                      .toUtf8()
                                + note.toUtf8() + QByteArray(";;;\r\n");
    CHECK(csv == expected);

    const QString dir = test::testOutputDir(QStringLiteral("reports"));
    ReportCsv::write(content, dir + QStringLiteral("/outcome-table.csv"));
    QFile written(dir + QStringLiteral("/outcome-table.csv"));
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == expected);
    REQUIRE_THROWS_AS(ReportCsv::write(content, dir + QStringLiteral("/no-such-folder/outcome.csv")), Error);
}

TEST_CASE("reports: a wide outcome table is split across printed tables, labels repeated", "[reports][pdf]")
{
    TempTeam t(QDate(2027, 3, 1));
    buildOutcomeTeam(t);
    // Per party: 5 parties + "No referral" + total = 7 figure columns: printed as 4 + 3.
    const OutcomeTable o = OutcomeTable::build(t->database(), OutcomeGrouping::ReferringParty, Period::year(2026));
    const QList<ReportTable> parts = ReportDocument::split(o.table(kSwedish));
    REQUIRE(parts.size() == 2);
    CHECK(parts.at(0).columnCount() == 5);
    CHECK(parts.at(1).columnCount() == 4);
    CHECK(parts.at(1).headers.last() == QStringLiteral("Total"));
    CHECK(parts.at(1).rows.first().first() == QStringLiteral("Number of individuals"));
    CHECK(parts.at(0).note.isEmpty());
    CHECK(!parts.at(1).note.isEmpty());

    const QString dir = test::testOutputDir(QStringLiteral("reports"));
    for (const OutcomeGrouping g : {OutcomeGrouping::Municipality, OutcomeGrouping::ReferringParty}) {
        const QString pdf = dir + (g == OutcomeGrouping::Municipality ? QStringLiteral("/outcome-municipality.pdf")
                                                                       : QStringLiteral("/outcome-party.pdf"));
        QFile::remove(pdf);
        const ReportContent content = OutcomeTable::build(t->database(), g, Period::year(2026)).content(kSwedish);
        writePdf(ReportDocument::build(content, DocumentMeta::forTeam(t.team())), pdf);
        ReportFixtures::renderPages(pdf);
        const QString text = ReportFixtures::pdfText(pdf).simplified();
        CHECK(text.contains(QStringLiteral("Outcome table")));
        CHECK(text.contains(QStringLiteral("Mean age at enrollment start")));
        if (g == OutcomeGrouping::Municipality)
            CHECK(text.contains(QStringLiteral("Mean age at enrollment start 32,0 30,3 33,0 31,3")));
    }
}
