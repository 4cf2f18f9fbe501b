// SPDX-License-Identifier: EUPL-1.2
// Reports before and after gallring: the counts of the deleted survive as anonymous monthly
// figures, so a report of an old period has the same totals; what cannot survive is said.
#include "export/susexport.h"
#include "reportfixtures.h"
#include "reports/annualreport.h"
#include "reports/outcometable.h"
#include "reports/periodreport.h"
#include "reportscenario.h"
#include "retention/gallringplan.h"
#include "storage/database.h"
#include "tempteam.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::ReportFixtures;
using samsyn::test::TempTeam;

namespace {

const QLocale kSwedish(QLocale::Swedish, QLocale::Sweden);

// The tables whose figures must not change, and the summary without the figures about
// individuals on the period's last day.
QList<ReportTable> surviving(const PeriodReport &r)
{
    QList<ReportTable> result;
    for (ReportTable table : r.tables(kSwedish)) {
        if (table.title.startsWith(QStringLiteral("Programmes on")))
            continue;
        QList<QStringList> kept;
        for (const QStringList &row : table.rows) {
            if (!row.first().startsWith(QStringLiteral("Enrolled on")) && !row.first().startsWith(QStringLiteral("On the waiting list")))
                kept << row;
        }
        table.rows = kept;
        result << table;
    }
    return result;
}

QList<ReportMonth> monthsOf(const PeriodReport &r)
{
    return r.months;
}

bool sameMonths(const QList<ReportMonth> &a, const QList<ReportMonth> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].month != b[i].month || a[i].starts != b[i].starts || a[i].exits != b[i].exits)
            return false;
    }
    return true;
}

GallringResult runGallring(TempTeam &t, QDate day)
{
    t.clock().set(day.startOfDay().addSecs(9 * 3600));
    const GallringPlan plan = GallringPlan::build(t->database(), day);
    return GallringPlan::execute(t.team(), plan, plan.participantIds());
}

} // namespace

TEST_CASE("gallring: a report of an old period has the same totals before and after gallring", "[gallring][reports]")
{
    TempTeam t;
    test::buildMarchScenario(t);
    const QDate today = t.clock().today();
    const QList<Period> periods = {Period::month(2026, 3), Period::month(2026, 4), Period::quarter(2026, 1),
                                   Period::year(2026)};
    QList<PeriodReport> before;
    for (const Period &p : periods)
        before << PeriodReport::build(t->database(), p, today);
    const AnnualReport annualBefore = AnnualReport::build(t->database(), Period::year(2026), today);
    for (const PeriodReport &r : before)
        CHECK_FALSE(r.retained.any());
    CHECK(SusExport::read(t->database(), Period::quarter(2026, 1)).gallringNote().isEmpty());
    const int participantsBefore = t->database().scalar(QStringLiteral("SELECT count(*) FROM participants")).toInt();

    // B (offer, no stay yet), D (declined), J, K, L and M (exited) are due; A, G and H are
    // enrolled, C waits for a place, E's and F's referrals wait for a decision.
    const GallringResult result = runGallring(t, QDate(2032, 1, 10));
    CHECK(result.deleted == 6);
    CHECK(t->database().scalar(QStringLiteral("SELECT count(*) FROM participants")).toInt() == participantsBefore - 6);

    for (qsizetype i = 0; i < periods.size(); ++i) {
        INFO(periods[i].label().toStdString());
        const PeriodReport after = PeriodReport::build(t->database(), periods[i], today);
        CHECK(after.referrals() == before[i].referrals());
        CHECK(after.decisions == before[i].decisions);
        CHECK(after.starts() == before[i].starts());
        CHECK(after.exits() == before[i].exits());
        CHECK(after.exitsInError() == before[i].exitsInError());
        CHECK(after.exitsToGroup(QStringLiteral("work_or_studies")) == before[i].exitsToGroup(QStringLiteral("work_or_studies")));
        const QList<ReportTable> a = surviving(after);
        const QList<ReportTable> b = surviving(before[i]);
        REQUIRE(a.size() == b.size());
        for (qsizetype n = 0; n < a.size(); ++n) {
            INFO(a[n].title.toStdString());
            CHECK(a[n].rows == b[n].rows);
        }
        CHECK(sameMonths(monthsOf(after), monthsOf(before[i])));
        CHECK(after.retained.any());
    }

    // March: B's referral (03-31), D's referral and decline; J's, K's and M's exits (M's in error).
    const PeriodReport march = PeriodReport::build(t->database(), Period::month(2026, 3), today);
    CHECK(march.retained.referrals == 2);
    CHECK(march.retained.decisions == 1);
    CHECK(march.retained.exits == 2);
    const ReportTable summary = ReportFixtures::table(march.tables(kSwedish), QStringLiteral("Summary"));
    CHECK(summary.note.contains(QStringLiteral("Gallring has deleted participants")));

    // The annual report's goals rest on the same counts, the readier answers included.
    const AnnualReport annualAfter = AnnualReport::build(t->database(), Period::year(2026), today);
    CHECK(annualAfter.exits == annualBefore.exits);
    CHECK(annualAfter.workOrStudies == annualBefore.workOrStudies);
    CHECK(annualAfter.readier.yes == annualBefore.readier.yes);
    CHECK(annualAfter.readier.no == annualBefore.readier.no);
    CHECK(annualAfter.readier.unanswered == annualBefore.readier.unanswered);
    CHECK(annualAfter.referrals == annualBefore.referrals);

    // The outcome table cannot count the deleted, and says so.
    const OutcomeTable outcome = OutcomeTable::build(t->database(), OutcomeGrouping::Municipality, Period::month(2026, 3));
    CHECK(outcome.table(kSwedish).note.contains(QStringLiteral("Gallring has deleted participants")));
    CHECK_FALSE(OutcomeTable::build(t->database(), OutcomeGrouping::Municipality, Period::month(2026, 6))
                    .table(kSwedish)
                    .note.contains(QStringLiteral("Gallring")));

    // Nor can the SUS export; the screen and the terminal say so.
    CHECK(SusExport::read(t->database(), Period::quarter(2026, 1)).gallringNote().contains(QStringLiteral("not in these files")));

    // A custom period cutting through March cannot take March's kept counts, and says so.
    const PeriodReport part = PeriodReport::build(t->database(), Period::custom(QDate(2026, 3, 10), QDate(2026, 3, 20)), today);
    CHECK(part.retained.referrals == 0);
    CHECK(part.retained.partlyOutside > 0);
    CHECK(ReportFixtures::table(part.tables(kSwedish), QStringLiteral("Summary")).note.contains(QStringLiteral("partly inside")));
}
