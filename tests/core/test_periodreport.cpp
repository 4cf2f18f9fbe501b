// SPDX-License-Identifier: EUPL-1.2
// The period report on the hand-built team of reportscenario.h. Every expected figure is
// worked out by hand from that list; the reasoning is next to each check.
#include "documents/documentmeta.h"
#include "documents/pdfexport.h"
#include "domain/decision.h"
#include "reportfixtures.h"
#include "reports/periodreport.h"
#include "reports/reportdocument.h"
#include "reportscenario.h"
#include "storage/database.h"
#include "tempteam.h"
#include "testidentities.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::ReportFixtures;
using samsyn::test::TempTeam;

namespace {

const QLocale kSwedish(QLocale::Swedish, QLocale::Sweden);

PeriodReport march(TempTeam &t)
{
    return PeriodReport::build(t->database(), Period::month(2026, 3), t->clock().today());
}

} // namespace

TEST_CASE("reports: the period report counts March by hand, boundary days included", "[reports]")
{
    TempTeam t;
    test::buildMarchScenario(t);
    const PeriodReport r = march(t);
    const QList<ReportTable> tables = r.tables(kSwedish);

    // Referrals: A (03-02), B (03-31, the last day), C, D = 4. E (04-01) and F (02-28) are
    // outside March. Per party: FK A+B = 2, Af C = 1, Region 0, Åsele D = 1, Vilhelmina 0.
    const ReportTable parties = ReportFixtures::table(tables, QStringLiteral("Referrals received per referring party"));
    CHECK(ReportFixtures::row(parties, QStringLiteral("Försäkringskassan")) == QStringList{QStringLiteral("2")});
    CHECK(ReportFixtures::row(parties, QStringLiteral("Arbetsförmedlingen")) == QStringList{QStringLiteral("1")});
    CHECK(ReportFixtures::row(parties, QStringLiteral("Region Test")) == QStringList{QStringLiteral("0")});
    CHECK(ReportFixtures::row(parties, QStringLiteral("Åsele")) == QStringList{QStringLiteral("1")});
    CHECK(ReportFixtures::row(parties, QStringLiteral("Vilhelmina")) == QStringList{QStringLiteral("0")});
    CHECK(ReportFixtures::row(parties, QStringLiteral("Total")) == QStringList{QStringLiteral("4")});

    // Decisions at the meeting of 03-17: one of each kind. B's offer (04-07) is April's.
    const ReportTable decisions = ReportFixtures::table(tables, QStringLiteral("Decisions per kind"));
    for (DecisionKind kind : {DecisionKind::Offer, DecisionKind::WaitingList, DecisionKind::Decline, DecisionKind::Postpone})
        CHECK(ReportFixtures::row(decisions, DecisionCodes::label(kind)) == QStringList{QStringLiteral("1")});
    CHECK(ReportFixtures::row(decisions, QStringLiteral("Total")) == QStringList{QStringLiteral("4")});

    // Enrollments started: G in Gruppen on 03-01 (the first day) and A in Steget on 03-20.
    // G's Steget start on 02-28 and H's on 04-01 are outside.
    const ReportTable started = ReportFixtures::table(tables, QStringLiteral("Enrollments started per programme"));
    CHECK(ReportFixtures::row(started, QStringLiteral("Steget")) == QStringList{QStringLiteral("1")});
    CHECK(ReportFixtures::row(started, QStringLiteral("Gruppen")) == QStringList{QStringLiteral("1")});

    // Exits: J to work on 03-31 (last day: counts), K moved on 03-12. L on 04-01 (the day
    // after) does not count; M was registered in error and is left out with a note.
    const ReportTable reasons = ReportFixtures::table(tables, QStringLiteral("Exits per exit reason"));
    CHECK(ReportFixtures::row(reasons, QStringLiteral("Arbete")) == QStringList{QStringLiteral("1")});
    CHECK(ReportFixtures::row(reasons, QStringLiteral("Flytt")) == QStringList{QStringLiteral("1")});
    CHECK(ReportFixtures::row(reasons, QStringLiteral("Studier")) == QStringList{QStringLiteral("0")});
    CHECK(ReportFixtures::row(reasons, QStringLiteral("Felregistrering")).isEmpty());
    CHECK(ReportFixtures::row(reasons, QStringLiteral("Total")) == QStringList{QStringLiteral("2")});
    CHECK(reasons.note.contains(QStringLiteral("1 exit(s) registered in error")));
    const ReportTable groups = ReportFixtures::table(tables, QStringLiteral("What the exits led to"));
    CHECK(ReportFixtures::row(groups, QStringLiteral("Work or studies")) == QStringList{QStringLiteral("1")});
    CHECK(ReportFixtures::row(groups, QStringLiteral("Other reasons")) == QStringList{QStringLiteral("1")});

    // At the end of 03-31: enrolled A (Steget), G (Steget and Gruppen), L (Gruppen; leaves
    // 04-01). J left on 03-31 itself, so is no longer enrolled. Individuals: A, G, L = 3.
    // Waiting: C in Steget since the decision on 03-17.
    const ReportTable places = ReportFixtures::table(tables, QStringLiteral("Programmes on 2026-03-31"));
    CHECK(ReportFixtures::row(places, QStringLiteral("Steget")) == QStringList{QStringLiteral("2"), QStringLiteral("1")});
    CHECK(ReportFixtures::row(places, QStringLiteral("Gruppen")) == QStringList{QStringLiteral("2"), QStringLiteral("0")});

    // The summary repeats the totals; meetings 03-03, 03-17 and 03-31 (the last day) = 3;
    // consultations FK 03-05 and Af 03-31 = 2 (Region's is on 04-01).
    const ReportTable summary = ReportFixtures::table(tables, QStringLiteral("Summary"));
    QStringList column;
    for (const QStringList &row : summary.rows)
        column << row.value(1);
    CHECK(column == QStringList{QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("3"),
                                QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("1")});

    // The month chart spans the twelve months April 2025 - March 2026. Starts: K 2025-09,
    // J 2025-10, L 2025-11, M and G (Steget) 2026-02, G (Gruppen) and A 2026-03. Exits:
    // J and K in 2026-03 (M's error not counted).
    REQUIRE(r.months.size() == 12);
    CHECK(r.months.first().month == QDate(2025, 4, 1));
    QList<int> starts;
    QList<int> exits;
    for (const ReportMonth &m : r.months) {
        starts << m.starts;
        exits << m.exits;
    }
    CHECK(starts == QList<int>{0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 2, 2});
    CHECK(exits == QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2});

    // WHO-5: J has 10 (2025-10-05) and 17 (2026-03-25) -> 40 % and 68 %. K's 2025-07-01
    // rating is more than 30 days before its start, so K has one rating only: no pair.
    REQUIRE(r.who5.size() == 1);
    CHECK(r.exitsForWho5 == 2);
    CHECK(r.who5.first().firstRaw == 10);
    CHECK(r.who5.first().lastRaw == 17);
    REQUIRE(r.content(kSwedish).charts.size() == 3);
    CHECK(r.content(kSwedish).charts.at(2).caption.contains(QStringLiteral("1 of 2 exits")));
    CHECK(r.content(kSwedish).charts.at(2).caption.contains(QStringLiteral("+28,0 percentage points")));
}

TEST_CASE("reports: moving the period one day moves the boundary figures", "[reports]")
{
    TempTeam t;
    test::buildMarchScenario(t);
    // 2026-03-02 .. 2026-04-01: loses G's Gruppen start (03-01), gains H's (04-01); gains
    // E's referral and loses none of March's four (A is received on 03-02) = 5; L's exit on
    // 04-01 now counts: J, K, L = 3.
    const PeriodReport r = PeriodReport::build(t->database(), Period::custom(QDate(2026, 3, 2), QDate(2026, 4, 1)), t->clock().today());
    CHECK(r.referrals() == 5);
    CHECK(r.starts() == 2);
    CHECK(r.exits() == 3);
    CHECK(r.exitsToGroup(QStringLiteral("work_or_studies")) == 2);
    // At the end of 04-01: A, G (twice) and H; L left that day. Individuals A, G, H = 3.
    CHECK(r.individualsEnrolled == 3);
}

TEST_CASE("reports: a meeting later in the period than today has not been held", "[reports]")
{
    TempTeam t(QDate(2026, 3, 20));
    test::ReportFixtures f(t);
    f.meeting(QDate(2026, 3, 3));
    f.meeting(QDate(2026, 3, 20));
    f.meeting(QDate(2026, 3, 24));
    CHECK(PeriodReport::build(t->database(), Period::month(2026, 3), t->clock().today()).meetings == 2);
    CHECK(PeriodReport::build(t->database(), Period::month(2026, 4), t->clock().today()).meetings == 0);
}

TEST_CASE("reports: the period report prints as a PDF with its tables and charts", "[reports][pdf]")
{
    TempTeam t;
    test::buildMarchScenario(t);
    const ReportContent content = march(t).content(kSwedish);
    const QString dir = test::testOutputDir(QStringLiteral("reports"));
    const QString pdf = dir + QStringLiteral("/period-report.pdf");
    QFile::remove(pdf);
    const int pages = writePdf(ReportDocument::build(content, DocumentMeta::forTeam(t.team())), pdf);
    CHECK(pages >= 2);
    ReportFixtures::renderPages(pdf);
    for (int i = 0; i < content.charts.size(); ++i)
        REQUIRE(content.charts.at(i).image.save(dir + QStringLiteral("/period-chart-%1.png").arg(i + 1)));

    const QString text = ReportFixtures::pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Period report")));
    CHECK(text.contains(QStringLiteral("mars 2026 (2026-03-01 – 2026-03-31)")));
    CHECK(text.contains(QStringLiteral("Referrals received per referring party")));
    CHECK(text.contains(QStringLiteral("Försäkringskassan 2")));
    CHECK(text.contains(QStringLiteral("Enrolled on 2026-03-31 (individuals) 3")));
    CHECK(text.contains(QStringLiteral("Charts")));
    CHECK(text.contains(QStringLiteral("Testteamet")));
}
