// SPDX-License-Identifier: EUPL-1.2
#include "meetings/decisionservice.h"
#include "meetings/meetingservice.h"
#include "referralfixtures.h"
#include "referrals/capacity.h"
#include "referrals/referralservice.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/settingsrepository.h"
#include "storage/waitinglistrepository.h"
#include "tempteam.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::ReferralFixtures;
using samsyn::test::TempTeam;

namespace {

// Refers participant n from `party`, puts them on the agenda of a meeting on `day` and
// decides `kind` for Gruppen. Returns the participant id.
qint64 decide(TempTeam &t, ReferralFixtures &f, int n, const QString &party, QDate day, DecisionKind kind)
{
    const Referral r = f.referral(n, party, QDate(2026, 1, 5));
    f.consent(r.participantId, QDate(2026, 1, 5), QDate(2027, 12, 31));
    std::optional<Meeting> meeting = MeetingRepository(t->database()).onDate(day);
    const qint64 meetingId = meeting ? meeting->id : f.meeting(day);
    ReferralAssessment a;
    a.agendaItemId = MeetingService(t.team()).putOnAgenda(meetingId, r.id);
    a.decision = kind;
    a.programmeId = t.programmeId(QStringLiteral("Gruppen"));
    if (kind == DecisionKind::Offer) {
        a.coordinatorId = t.memberId(QStringLiteral("Karin Koordinator"));
        a.plannedStart = day.addDays(7);
    }
    DecisionService(t.team()).decide(a);
    return r.participantId;
}

QList<qint64> queueOrder(TempTeam &t)
{
    QList<qint64> ids;
    for (const WaitingEntry &e : WaitingListRepository(t->database()).queue(t.programmeId(QStringLiteral("Gruppen"))))
        ids << e.participantId;
    return ids;
}

} // namespace

TEST_CASE("The waiting list follows the date of decision unless moved with a reason", "[waitinglist]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const QString fk = QStringLiteral("Försäkringskassan");
    const qint64 a = decide(t, f, 1, fk, QDate(2026, 3, 3), DecisionKind::WaitingList);
    const qint64 b = decide(t, f, 2, fk, QDate(2026, 2, 10), DecisionKind::WaitingList);
    const qint64 c = decide(t, f, 3, fk, QDate(2026, 3, 24), DecisionKind::WaitingList);
    CHECK(queueOrder(t) == QList<qint64>{b, a, c});

    const WaitingEntry last = *WaitingListRepository(t->database()).openEntry(t.programmeId(QStringLiteral("Gruppen")), c);
    DecisionService decisions(t.team());
    REQUIRE_THROWS_WITH(decisions.moveInQueue(last.id, 1, QStringLiteral("  ")), Catch::Contains("reason"));
    CHECK(queueOrder(t) == QList<qint64>{b, a, c});
    decisions.moveInQueue(last.id, 1, QStringLiteral("Uppsägning hotar, brådskande"));
    CHECK(queueOrder(t) == QList<qint64>{c, b, a});
    decisions.moveInQueue(last.id, std::nullopt, QString());
    CHECK(queueOrder(t) == QList<qint64>{b, a, c});
}

TEST_CASE("Capacity per party and who is next when a place frees up", "[waitinglist][capacity]")
{
    TempTeam t(QDate(2026, 6, 1));
    ReferralFixtures f(t);
    const qint64 gruppen = t.programmeId(QStringLiteral("Gruppen"));
    const qint64 fkId = t.partyId(QStringLiteral("Försäkringskassan"));
    const qint64 afId = t.partyId(QStringLiteral("Arbetsförmedlingen"));
    Programme p = *SettingsRepository(t->database()).programme(gruppen);
    p.capacity = 3;
    p.quotas = {{fkId, 1}, {afId, 2}};
    t->write(QStringLiteral("settings.programme"), [&](WriteContext &ctx) { SettingsRepository::saveProgramme(ctx, p); });

    const QString fk = QStringLiteral("Försäkringskassan");
    const QString af = QStringLiteral("Arbetsförmedlingen");
    const qint64 fkActive = decide(t, f, 1, fk, QDate(2026, 2, 3), DecisionKind::Offer);
    decide(t, f, 2, af, QDate(2026, 2, 3), DecisionKind::Offer);
    decide(t, f, 3, af, QDate(2026, 5, 26), DecisionKind::Offer); // starts 2 June: not yet in use
    const qint64 fkWaiting = decide(t, f, 4, fk, QDate(2026, 3, 3), DecisionKind::WaitingList);
    const qint64 afWaiting = decide(t, f, 5, af, QDate(2026, 4, 7), DecisionKind::WaitingList);

    Capacity::Report r = Capacity::report(t->database(), gruppen, QDate(2026, 6, 1));
    CHECK(r.used == 2);
    CHECK(r.free() == 1);
    CHECK(r.parties.value(fkId).used == 1);
    CHECK(r.parties.value(afId).used == 1);
    // FK's one place is taken, so the first in the queue (from FK) is passed over.
    CHECK(Capacity::nextInLine(t->database(), gruppen, QDate(2026, 6, 1))->participantId == afWaiting);

    r = Capacity::report(t->database(), gruppen, QDate(2026, 6, 2));
    CHECK(r.used == 3);
    CHECK(r.parties.value(afId).used == 2);
    CHECK_FALSE(Capacity::nextInLine(t->database(), gruppen, QDate(2026, 6, 2)));

    // The FK participant exits: the place frees up and FK's next person is first in line.
    Participant gone = *ParticipantRepository(t->database()).get(fkActive);
    gone.status = ParticipantStatus::Exited;
    t->write(QStringLiteral("participant.update"), [&](WriteContext &ctx) { ParticipantRepository::update(ctx, gone); });
    CHECK(Capacity::report(t->database(), gruppen, QDate(2026, 6, 2)).used == 2);
    CHECK(Capacity::nextInLine(t->database(), gruppen, QDate(2026, 6, 2))->participantId == fkWaiting);
}

TEST_CASE("An offer takes the person off the waiting list", "[waitinglist]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const qint64 waiting = decide(t, f, 1, QStringLiteral("Åsele"), QDate(2026, 3, 3), DecisionKind::WaitingList);
    CHECK(queueOrder(t) == QList<qint64>{waiting});
    // A new referral for the same person, offered a place at a later meeting.
    Referral again;
    again.participantId = waiting;
    again.receivedOn = QDate(2026, 9, 1);
    again.referringPartyId = t.partyId(QStringLiteral("Åsele"));
    ReferralService(t.team()).create(again);
    const qint64 meeting = f.meeting(QDate(2026, 9, 15));
    ReferralAssessment a;
    a.agendaItemId = MeetingService(t.team()).putOnAgenda(meeting, again.id);
    a.decision = DecisionKind::Offer;
    a.programmeId = t.programmeId(QStringLiteral("Gruppen"));
    a.coordinatorId = t.memberId(QStringLiteral("Ruth Regionen"));
    a.plannedStart = QDate(2026, 10, 1);
    DecisionService(t.team()).decide(a);
    CHECK(queueOrder(t).isEmpty());
}
