// SPDX-License-Identifier: EUPL-1.2
#include "meetings/decisionservice.h"
#include "meetings/meetingservice.h"
#include "overview/duelist.h"
#include "referralfixtures.h"
#include "referrals/referralservice.h"
#include "storage/database.h"
#include "tempteam.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

QList<DueItem> ofKind(TempTeam &t, QDate today, const QString &kind)
{
    QList<DueItem> found;
    for (const DueItem &item : DueList::compute(t->database(), today))
        if (item.kind == kind)
            found << item;
    return found;
}

} // namespace

TEST_CASE("Due list: a consent shows from 30 days before it ends until its last day", "[due]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Referral r = f.referral(1);
    const QDate end(2026, 12, 31);
    f.consent(r.participantId, QDate(2026, 1, 10), end);
    const QString kind = QStringLiteral("consent_expiring");
    CHECK(ofKind(t, end.addDays(-31), kind).isEmpty());  // the day before the window
    REQUIRE(ofKind(t, end.addDays(-30), kind).size() == 1); // the first day of the window
    const DueItem first = ofKind(t, end.addDays(-30), kind).first();
    CHECK(first.participantId == r.participantId);
    CHECK(first.date == end);
    CHECK(first.tab == QStringLiteral("referral"));
    CHECK(first.text.contains(QStringLiteral("2026-12-31")));
    REQUIRE(ofKind(t, end, kind).size() == 1); // its last day
    CHECK(ofKind(t, end, kind).first().text.contains(QStringLiteral("today")));
    CHECK(ofKind(t, end.addDays(1), kind).isEmpty()); // ended: the consent gate takes over

    // A renewal that carries on makes the ending harmless.
    f.consent(r.participantId, QDate(2026, 11, 20), QDate(2027, 12, 31));
    CHECK(ofKind(t, end.addDays(-10), kind).isEmpty());
}

TEST_CASE("Due list: a withdrawn consent shows for 30 days from the withdrawal", "[due]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Referral r = f.referral(2);
    const Consent c = f.consent(r.participantId, QDate(2026, 1, 10), QDate(2027, 6, 30));
    const QDate on(2026, 11, 10);
    ReferralService(t.team()).withdrawConsent(c.id, on);
    const QString kind = QStringLiteral("consent_withdrawn");
    CHECK(ofKind(t, on.addDays(-1), kind).isEmpty());
    REQUIRE(ofKind(t, on, kind).size() == 1);
    CHECK(ofKind(t, on, kind).first().text.contains(QStringLiteral("withdrawn 2026-11-10")));
    CHECK(ofKind(t, on.addDays(30), kind).size() == 1);
    CHECK(ofKind(t, on.addDays(31), kind).isEmpty());
    // Withdrawn, so not also listed as ending.
    CHECK(ofKind(t, on, QStringLiteral("consent_expiring")).isEmpty());
}

TEST_CASE("Due list: referrals wait for the next meeting when consent covers its day", "[due]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const QDate meetingDay(2026, 12, 15);
    const Referral dayBefore = f.referral(3);
    const Referral theDay = f.referral(4);
    const Referral dayAfter = f.referral(5);
    f.consent(dayBefore.participantId, QDate(2026, 11, 1), meetingDay.addDays(-1));
    f.consent(theDay.participantId, QDate(2026, 11, 1), meetingDay);
    f.consent(dayAfter.participantId, QDate(2026, 11, 1), meetingDay.addDays(1));
    const qint64 meeting = f.meeting(meetingDay);
    const QDate today(2026, 11, 24);

    const QList<DueItem> waiting = ofKind(t, today, QStringLiteral("referral_waiting"));
    REQUIRE(waiting.size() == 2);
    CHECK(waiting.at(0).participantId == theDay.participantId);
    CHECK(waiting.at(1).participantId == dayAfter.participantId);
    CHECK(waiting.at(0).date == meetingDay);
    CHECK(waiting.at(0).text.contains(QStringLiteral("received 2026-11-02")));
    CHECK(waiting.at(0).text.contains(QStringLiteral("meeting on 2026-12-15")));
    const QList<DueItem> blocked = ofKind(t, today, QStringLiteral("referral_no_consent"));
    REQUIRE(blocked.size() == 1);
    CHECK(blocked.first().participantId == dayBefore.participantId);
    CHECK(blocked.first().text.contains(QStringLiteral("valid on 2026-12-15")));

    // The meeting's own day still counts as "next"; the day after, none is planned.
    CHECK(ofKind(t, meetingDay.addDays(-1), QStringLiteral("next_meeting")).size() == 1);
    CHECK(ofKind(t, meetingDay, QStringLiteral("next_meeting")).size() == 1);
    CHECK(ofKind(t, meetingDay.addDays(1), QStringLiteral("next_meeting")).isEmpty());
    // With no meeting planned the gate is checked on today: only the consent that lasts the
    // longest still covers it.
    const QList<DueItem> unplanned = ofKind(t, meetingDay.addDays(1), QStringLiteral("referral_waiting"));
    REQUIRE(unplanned.size() == 1);
    CHECK(unplanned.first().participantId == dayAfter.participantId);
    CHECK(unplanned.first().text.contains(QStringLiteral("none is planned")));
    const QList<DueItem> next = ofKind(t, today, QStringLiteral("next_meeting"));
    REQUIRE(next.size() == 1);
    CHECK_FALSE(next.first().participantId.has_value());
    CHECK(next.first().date == meetingDay);
    CHECK(next.first().text.startsWith(QStringLiteral("Next meeting 2026-12-15 at 09:00, Kommunhuset, Åsele: 2 ")));

    // Put on the agenda it still waits; decided, it is off the list.
    const qint64 item = MeetingService(t.team()).putOnAgenda(meeting, theDay.id);
    CHECK(ofKind(t, today, QStringLiteral("referral_waiting")).size() == 2);
    ReferralAssessment a;
    a.agendaItemId = item;
    a.decision = DecisionKind::WaitingList;
    a.programmeId = t.programmeId(QStringLiteral("Steget"));
    DecisionService(t.team()).decide(a);
    const QList<DueItem> after = ofKind(t, today, QStringLiteral("referral_waiting"));
    REQUIRE(after.size() == 1);
    CHECK(after.first().participantId == dayAfter.participantId);
    CHECK(ofKind(t, today, QStringLiteral("next_meeting")).first().text.contains(QStringLiteral(": 1 ")));
}
