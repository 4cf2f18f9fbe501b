// SPDX-License-Identifier: EUPL-1.2
// The annual report's goals on the hand-built team of reportscenario.h; expected figures
// are worked out by hand in the comments.
#include "documents/documentmeta.h"
#include "documents/pdfexport.h"
#include "reportfixtures.h"
#include "reports/annualreport.h"
#include "reports/reportdocument.h"
#include "reports/reportgoals.h"
#include "reportscenario.h"
#include "storage/database.h"
#include "tempteam.h"
#include "testidentities.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::ReportFixtures;
using samsyn::test::TempTeam;

namespace {

const QLocale kSwedish(QLocale::Swedish, QLocale::Sweden);

QStringList goalRow(const AnnualReport &r, const QString &goal)
{
    return ReportFixtures::row(ReportFixtures::table(r.tables(kSwedish), QStringLiteral("Goals and outcome")), goal);
}

} // namespace

TEST_CASE("reports: the annual report sets 2026 against the default goals", "[reports]")
{
    TempTeam t;
    test::buildMarchScenario(t);
    const AnnualReport r = AnnualReport::build(t->database(), Period::year(2026), t->clock().today());

    // Exits in 2026 that count: J (arbete), K (flytt), L (arbete); M was registered in
    // error. To work or studies: J and L = 2 of 3 = 66.67 % -> "66,7 %" >= 30 %: reached.
    CHECK(r.exits == 3);
    CHECK(r.workOrStudies == 2);
    CHECK(goalRow(r, QStringLiteral("Exits to work or studies"))
          == QStringList{QStringLiteral("30 %"), QStringLiteral("66,7 %"), QStringLiteral("2 of 3 exit(s)"),
                         QStringLiteral("Yes")});

    // Referrals A-F all in 2026 = 6, consultations 03-05, 03-31, 04-01 = 3: 9 of a yearly
    // 70 (the whole year, so no pro-rating): not reached.
    CHECK(goalRow(r, QStringLiteral("Referrals and consultations"))
          == QStringList{QStringLiteral("70"), QStringLiteral("9"), QStringLiteral("6 referrals + 3 consultations"),
                         QStringLiteral("No")});

    // Readier: J yes, K no, L not answered: 1 of 2 answers = 50,0 % < 75 %: not reached.
    CHECK(goalRow(r, QStringLiteral("Feel readier at exit"))
          == QStringList{QStringLiteral("75 %"), QStringLiteral("50,0 %"),
                         QStringLiteral("1 of 2 answer(s) (1 exit(s) not asked or not answered)"), QStringLiteral("No")});
    // The period report of the same year follows the goals.
    CHECK(r.tables(kSwedish).size() == 1 + r.figures.tables(kSwedish).size());
}

TEST_CASE("reports: goals are team settings; a goal met exactly is reached; part of a year is pro-rated", "[reports]")
{
    TempTeam t;
    test::buildMarchScenario(t);
    ReportGoals goals;
    goals.workOrStudiesPercent = 60;
    goals.contactsPerYear = 28;
    goals.readierPercent = 50;
    t->write(QStringLiteral("settings.goals"), [&](WriteContext &ctx) { ReportGoals::save(ctx, goals); });
    t.reopen();
    const ReportGoals stored = ReportGoals::load(t->database());
    CHECK(stored.workOrStudiesPercent == 60);
    CHECK(stored.contactsPerYear == 28);
    CHECK(stored.readierPercent == 50);

    // Q1 2026 has 31 + 28 + 31 = 90 days. Exits: K (03-12) and J (03-31) -> 1 of 2 to work
    // = 50,0 % < 60 %: not reached. Readier: J yes, K no = 50,0 %, exactly the goal: reached.
    // Contacts: referrals A, B, C, D, F (E is 04-01) = 5 + consultations 03-05, 03-31 = 2
    // -> 7. Target 28 * 90 / 365 = 6.90 -> "6,9"; 7 >= 6.90: reached.
    const AnnualReport r = AnnualReport::build(t->database(), Period::quarter(2026, 1), t->clock().today());
    CHECK(r.days == 90);
    CHECK(goalRow(r, QStringLiteral("Exits to work or studies")).value(3) == QStringLiteral("No"));
    CHECK(goalRow(r, QStringLiteral("Feel readier at exit")).mid(1, 1) == QStringList{QStringLiteral("50,0 %")});
    CHECK(goalRow(r, QStringLiteral("Feel readier at exit")).value(3) == QStringLiteral("Yes"));
    CHECK(goalRow(r, QStringLiteral("Referrals and consultations"))
          == QStringList{QStringLiteral("6,9"), QStringLiteral("7"), QStringLiteral("5 referrals + 2 consultations"),
                         QStringLiteral("Yes")});
    CHECK(ReportFixtures::table(r.tables(kSwedish), QStringLiteral("Goals and outcome")).note.contains(QStringLiteral("90 days")));

    // A goal outside 0-100 % is refused and nothing changes.
    goals.readierPercent = 101;
    REQUIRE_THROWS_AS(t->write(QStringLiteral("settings.goals"), [&](WriteContext &ctx) { ReportGoals::save(ctx, goals); }),
                      Error);
    CHECK(ReportGoals::load(t->database()).readierPercent == 50);
}

TEST_CASE("reports: with no exits the shares show a dash, not 0 %", "[reports]")
{
    TempTeam t;
    const AnnualReport r = AnnualReport::build(t->database(), Period::year(2026), t->clock().today());
    CHECK(goalRow(r, QStringLiteral("Exits to work or studies")).mid(1, 1) == QStringList{QStringLiteral("\u2013")});
    CHECK(goalRow(r, QStringLiteral("Exits to work or studies")).value(3) == QStringLiteral("\u2013"));
    CHECK(!r.workOrStudiesMet().has_value());
}

TEST_CASE("reports: the annual report prints goals first and the charts", "[reports][pdf]")
{
    TempTeam t;
    test::buildMarchScenario(t);
    const ReportContent content = AnnualReport::build(t->database(), Period::year(2026), t->clock().today()).content(kSwedish);
    const QString pdf = test::testOutputDir(QStringLiteral("reports")) + QStringLiteral("/annual-report.pdf");
    QFile::remove(pdf);
    writePdf(ReportDocument::build(content, DocumentMeta::forTeam(t.team())), pdf);
    ReportFixtures::renderPages(pdf);
    const QString text = ReportFixtures::pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Annual report")));
    CHECK(text.contains(QStringLiteral("2026 (2026-01-01 – 2026-12-31)")));
    CHECK(text.indexOf(QStringLiteral("Goals and outcome")) < text.indexOf(QStringLiteral("Summary")));
    CHECK(text.contains(QStringLiteral("66,7 %")));
    CHECK(text.contains(QStringLiteral("WHO-5")));
}
