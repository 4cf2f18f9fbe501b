// SPDX-License-Identifier: EUPL-1.2
#include "enrolmentfixtures.h"
#include "overview/duelist.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/siprepository.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

int countKind(TempTeam &t, QDate today, const QString &kind)
{
    int n = 0;
    for (const DueItem &item : DueList::compute(t->database(), today))
        n += item.kind == kind ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("Due list: SIP follow-ups show from 14 days ahead and stay while overdue", "[due]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 8);
    SipVersion v;
    v.meetingDate = QDate(2026, 1, 15);
    v.nextFollowup = QDate(2026, 4, 15);
    t->write(QStringLiteral("sip.create"), [&](WriteContext &ctx) { SipRepository::createPlan(ctx, p, std::nullopt, v); });
    const QDate due(2026, 4, 15);
    CHECK(countKind(t, due.addDays(-15), QStringLiteral("sip_followup")) == 0); // the day before the window
    CHECK(countKind(t, due.addDays(-14), QStringLiteral("sip_followup")) == 1); // the first day of the window
    CHECK(countKind(t, due, QStringLiteral("sip_followup")) == 1);
    CHECK(countKind(t, due.addDays(1), QStringLiteral("sip_followup")) == 1); // overdue
    const QList<DueItem> items = DueList::sipFollowups(t->database(), due.addDays(1));
    CHECK(items.first().participantId == p);
    CHECK(items.first().tab == QStringLiteral("sip"));
    CHECK(items.first().text.contains(QStringLiteral("2026-04-15")));
    // After the follow-up the new version's date (three months on) is what counts.
    t->write(QStringLiteral("sip.followup"), [&](WriteContext &ctx) { SipRepository::followUp(ctx, v.planId, due, QString(), std::nullopt); });
    CHECK(countKind(t, due.addDays(1), QStringLiteral("sip_followup")) == 0);
}

TEST_CASE("Due list: a SIP of a stay that ended is due only when the exit said the SIP continues", "[due]")
{
    TempTeam t;
    const QDate due(2026, 4, 15);
    auto planFor = [&](int n, bool continues) {
        const qint64 p = addTestParticipant(t, n);
        const qint64 e = enrolTest(t, p, QStringLiteral("Steget"), QDate(2026, 1, 10));
        SipVersion v;
        v.meetingDate = QDate(2026, 1, 15);
        v.nextFollowup = due;
        t->write(QStringLiteral("sip.create"), [&](WriteContext &ctx) { SipRepository::createPlan(ctx, p, e, v); });
        EnrollmentExit x;
        x.endDate = QDate(2026, 3, 31);
        x.reason = QStringLiteral("arbete");
        x.sipContinues = continues;
        t->write(QStringLiteral("enrollment.exit"), [&](WriteContext &ctx) { EnrollmentRepository::exit(ctx, e, x); });
        return p;
    };
    planFor(20, false);
    const qint64 continuing = planFor(21, true);
    const QList<DueItem> items = DueList::sipFollowups(t->database(), due);
    REQUIRE(items.size() == 1);
    CHECK(items.first().participantId == continuing);
}

TEST_CASE("Due list: enrollments past the planned end show from the day after it", "[due]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 9);
    const QDate end(2026, 6, 30);
    const qint64 e = enrolTest(t, p, QStringLiteral("Steget"), QDate(2025, 7, 1), end);
    CHECK(countKind(t, end.addDays(-1), QStringLiteral("past_planned_end")) == 0);
    CHECK(countKind(t, end, QStringLiteral("past_planned_end")) == 0); // still within the plan on its last day
    CHECK(countKind(t, end.addDays(1), QStringLiteral("past_planned_end")) == 1);
    exitTest(t, e, end.addDays(5));
    CHECK(countKind(t, end.addDays(6), QStringLiteral("past_planned_end")) == 0);
}

TEST_CASE("Due list: follow-ups after exit show from their day until done", "[due]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 10);
    const qint64 e = enrolTest(t, p, QStringLiteral("Steget"), QDate(2026, 1, 5));
    exitTest(t, e, QDate(2026, 3, 2)); // 90 days -> 2026-05-31; six months -> 2026-09-02
    const QDate first(2026, 5, 31);
    const QDate second(2026, 9, 2);
    CHECK(countKind(t, first.addDays(-1), QStringLiteral("exit_followup")) == 0);
    CHECK(countKind(t, first, QStringLiteral("exit_followup")) == 1);
    CHECK(countKind(t, first.addDays(1), QStringLiteral("exit_followup")) == 1);
    t->write(QStringLiteral("enrollment.followup"), [&](WriteContext &ctx) {
        EnrollmentRepository::recordFollowup(ctx, e, 1, first.addDays(1), QStringLiteral("Studerar"));
    });
    CHECK(countKind(t, second.addDays(-1), QStringLiteral("exit_followup")) == 0);
    CHECK(countKind(t, second, QStringLiteral("exit_followup")) == 1);
    CHECK(countKind(t, second.addDays(1), QStringLiteral("exit_followup")) == 1);
    CHECK(DueList::exitFollowups(t->database(), second).first().tab == QStringLiteral("exit"));
}

TEST_CASE("Due list: capacity counts open enrollments per programme from their start", "[due]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 11);
    const qint64 q = addTestParticipant(t, 12);
    enrolTest(t, p, QStringLiteral("Gruppen"), QDate(2026, 1, 5));
    const qint64 e = enrolTest(t, q, QStringLiteral("Gruppen"), QDate(2026, 2, 5));
    const QList<DueItem> lines = DueList::capacity(t->database(), QDate(2026, 11, 24));
    REQUIRE(lines.size() == 2);
    CHECK(lines.first().text.contains(QStringLiteral("Gruppen")));
    CHECK(lines.first().text.contains(QStringLiteral("2")));
    CHECK(lines.first().text.contains(QStringLiteral("8")));
    exitTest(t, e, QDate(2026, 3, 1));
    CHECK(DueList::capacity(t->database(), QDate(2026, 11, 24)).first().text.contains(QStringLiteral("1")));
    // Team-level lines come after the participants' lines.
    CHECK_FALSE(DueList::compute(t->database(), QDate(2026, 11, 24)).last().participantId.has_value());
}
