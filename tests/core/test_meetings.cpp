// SPDX-License-Identifier: EUPL-1.2
#include "meetings/decisionservice.h"
#include "meetings/meetingservice.h"
#include "referralfixtures.h"
#include "storage/referralassessmentrepository.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "storage/waitinglistrepository.h"
#include "tempteam.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::ReferralFixtures;
using samsyn::test::TempTeam;

namespace {

ReferralAssessment decisionFor(qint64 itemId, DecisionKind kind)
{
    ReferralAssessment a;
    a.agendaItemId = itemId;
    a.answers[0] = Answer::Yes;
    a.answers[1] = Answer::Unclear;
    a.answers[2] = Answer::Yes;
    a.comments[1] = QStringLiteral("Behöver mer underlag från vården");
    a.decision = kind;
    return a;
}

ParticipantStatus statusOf(TempTeam &t, qint64 participantId)
{
    return ParticipantRepository(t->database()).get(participantId)->status;
}

} // namespace

TEST_CASE("Recurring meetings every third Tuesday for a season", "[meetings]")
{
    TempTeam t;
    MeetingSeries s;
    s.weekday = Qt::Tuesday;
    s.intervalWeeks = 3;
    s.firstDate = QDate(2027, 1, 7); // a Thursday: the first meeting is Tuesday 12 January
    s.lastDate = QDate(2027, 6, 15);
    s.startTime = QTime(13, 0);
    s.place = QStringLiteral("Träffpunkten");
    const int created = MeetingService(t.team()).createSeries(s);
    const QList<Meeting> all = MeetingRepository(t->database()).between(QDate(2027, 1, 1), QDate(2027, 12, 31));
    REQUIRE(created == all.size());
    REQUIRE(all.size() == 8); // 12 Jan .. 8 Jun
    CHECK(all.first().date == QDate(2027, 1, 12));
    CHECK(all.last().date == QDate(2027, 6, 8));
    for (int i = 0; i < all.size(); ++i) {
        CHECK(all.at(i).date.dayOfWeek() == Qt::Tuesday);
        CHECK(all.at(i).startTime == QTime(13, 0));
        if (i > 0)
            CHECK(all.at(i - 1).date.daysTo(all.at(i).date) == 21);
    }
    // Running it again creates nothing twice.
    CHECK(MeetingService(t.team()).createSeries(s) == 0);
    s.intervalWeeks = 0;
    REQUIRE_THROWS_AS(MeetingService(t.team()).createSeries(s), Error);
}

TEST_CASE("The agenda fills itself with waiting referrals that have consent, and postponed ones", "[meetings]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Referral withConsent = f.referral(1, QStringLiteral("Försäkringskassan"), QDate(2026, 11, 10));
    const Referral older = f.referral(2, QStringLiteral("Arbetsförmedlingen"), QDate(2026, 11, 1));
    const Referral noConsent = f.referral(3);
    f.consent(withConsent.participantId, QDate(2026, 11, 1), QDate(2027, 11, 1));
    f.consent(older.participantId, QDate(2026, 11, 1), QDate(2027, 11, 1));
    const qint64 first = f.meeting(QDate(2026, 12, 1));

    MeetingService meetings(t.team());
    const MeetingService::FillResult fill = meetings.fillAgenda(first);
    CHECK(fill.added == QList<qint64>{older.id, withConsent.id}); // oldest first
    CHECK(fill.missingConsent == QList<qint64>{noConsent.id});
    CHECK(meetings.fillAgenda(first).added.isEmpty()); // nothing twice

    // Postpone one: it comes back on the next meeting's agenda as postponed.
    const QList<AgendaItem> agenda = MeetingRepository(t->database()).agenda(first);
    ReferralAssessment postpone = decisionFor(agenda.first().id, DecisionKind::Postpone);
    postpone.missing = QStringLiteral("Läkarintyg saknas");
    DecisionService(t.team()).decide(postpone);
    ReferralAssessment offer = decisionFor(agenda.last().id, DecisionKind::Offer);
    offer.programmeId = t.programmeId(QStringLiteral("Steget"));
    offer.coordinatorId = t.memberId(QStringLiteral("Karin Koordinator"));
    offer.plannedStart = QDate(2026, 12, 7);
    DecisionService(t.team()).decide(offer);

    const qint64 second = f.meeting(QDate(2026, 12, 22));
    CHECK(meetings.fillAgenda(second).added == QList<qint64>{older.id});
    const QList<AgendaItem> next = MeetingRepository(t->database()).agenda(second);
    REQUIRE(next.size() == 1);
    CHECK(next.first().kind == AgendaKind::PostponedReferral);
}

TEST_CASE("Agenda items can be reordered and removed; removal puts the referral back", "[meetings]")
{
    TempTeam t;
    ReferralFixtures f(t);
    QList<qint64> ids;
    for (int n = 1; n <= 3; ++n) {
        const Referral r = f.referral(n);
        f.consent(r.participantId, QDate(2026, 11, 1), QDate(2027, 11, 1));
        ids << r.id;
    }
    const qint64 meeting = f.meeting(QDate(2026, 12, 1));
    MeetingService meetings(t.team());
    meetings.fillAgenda(meeting);
    QList<AgendaItem> agenda = MeetingRepository(t->database()).agenda(meeting);
    meetings.moveItem(agenda.last().id, 0);
    agenda = MeetingRepository(t->database()).agenda(meeting);
    CHECK(*agenda.at(0).referralId == ids.at(2));
    CHECK(*agenda.at(1).referralId == ids.at(0));
    meetings.removeItem(agenda.at(1).id);
    agenda = MeetingRepository(t->database()).agenda(meeting);
    REQUIRE(agenda.size() == 2);
    CHECK(agenda.at(1).position == 1);
    CHECK(ReferralRepository(t->database()).get(ids.at(0))->status == ReferralStatus::Received);
}

TEST_CASE("Each decision moves the participant's status with it", "[meetings][decisions]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const qint64 meeting = f.meeting(QDate(2026, 12, 1));
    QList<Referral> referrals;
    for (int n = 1; n <= 4; ++n) {
        referrals << f.referral(n);
        f.consent(referrals.last().participantId, QDate(2026, 11, 1), QDate(2027, 11, 1));
    }
    MeetingService(t.team()).fillAgenda(meeting);
    const QList<AgendaItem> agenda = MeetingRepository(t->database()).agenda(meeting);
    const qint64 steget = t.programmeId(QStringLiteral("Steget"));
    const qint64 karin = t.memberId(QStringLiteral("Karin Koordinator"));

    ReferralAssessment offer = decisionFor(agenda.at(0).id, DecisionKind::Offer);
    offer.programmeId = steget;
    offer.coordinatorId = karin;
    offer.plannedStart = QDate(2026, 12, 7);
    ReferralAssessment wait = decisionFor(agenda.at(1).id, DecisionKind::WaitingList);
    wait.programmeId = steget;
    ReferralAssessment decline = decisionFor(agenda.at(2).id, DecisionKind::Decline);
    decline.recommendation = QStringLiteral("Åter till Försäkringskassan för arbetsförmågebedömning");
    ReferralAssessment postpone = decisionFor(agenda.at(3).id, DecisionKind::Postpone);

    DecisionService decisions(t.team());
    REQUIRE_THROWS_WITH(decisions.decide(postpone), Catch::Contains("missing"));
    postpone.missing = QStringLiteral("Samtal med personen");
    for (ReferralAssessment *a : {&offer, &wait, &decline, &postpone})
        decisions.decide(*a);

    const Participant offered = *ParticipantRepository(t->database()).get(referrals.at(0).participantId);
    CHECK(offered.status == ParticipantStatus::Active);
    CHECK(offered.coordinatorId == karin);
    CHECK(statusOf(t, referrals.at(1).participantId) == ParticipantStatus::Waiting);
    CHECK(WaitingListRepository(t->database()).queue(steget).size() == 1);
    CHECK(statusOf(t, referrals.at(2).participantId) == ParticipantStatus::Exited);
    CHECK(statusOf(t, referrals.at(3).participantId) == ParticipantStatus::Referred);
    CHECK(ReferralRepository(t->database()).get(referrals.at(3).id)->status == ReferralStatus::Postponed);

    const ReferralAssessment stored = *ReferralAssessmentRepository(t->database()).forItem(agenda.at(2).id);
    CHECK(stored.decidedOn == QDate(2026, 12, 1));
    CHECK(stored.answers[1] == Answer::Unclear);
    CHECK(stored.recommendation == decline.recommendation);
    REQUIRE_THROWS_WITH(decisions.decide(decline), Catch::Contains("already"));
}

TEST_CASE("A failure in the middle of a decision leaves neither the decision nor the status", "[meetings][decisions]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Referral r = f.referral(5);
    f.consent(r.participantId, QDate(2026, 11, 1), QDate(2027, 11, 1));
    const qint64 meeting = f.meeting(QDate(2026, 12, 1));
    const qint64 item = MeetingService(t.team()).putOnAgenda(meeting, r.id);

    // The decision row is written first; the participant update then fails.
    t->database().exec(QStringLiteral("CREATE TEMP TRIGGER fail_status BEFORE UPDATE OF status ON participants "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
    ReferralAssessment wait = decisionFor(item, DecisionKind::WaitingList);
    wait.programmeId = t.programmeId(QStringLiteral("Gruppen"));
    REQUIRE_THROWS_AS(DecisionService(t.team()).decide(wait), Error);
    t->database().exec(QStringLiteral("DROP TRIGGER temp.fail_status"));

    CHECK_FALSE(ReferralAssessmentRepository(t->database()).forItem(item));
    CHECK(t->database().scalar(QStringLiteral("SELECT count(*) FROM waiting_list")).toInt() == 0);
    CHECK(ReferralRepository(t->database()).get(r.id)->status == ReferralStatus::OnAgenda);
    CHECK(statusOf(t, r.participantId) == ParticipantStatus::Referred);

    ReferralAssessment again = decisionFor(item, DecisionKind::WaitingList);
    again.programmeId = t.programmeId(QStringLiteral("Gruppen"));
    DecisionService(t.team()).decide(again);
    CHECK(statusOf(t, r.participantId) == ParticipantStatus::Waiting);
}
