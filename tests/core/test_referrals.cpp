// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingservice.h"
#include "referralfixtures.h"
#include "referrals/referralservice.h"
#include "storage/consultationrepository.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "tempteam.h"
#include "testidentities.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::ReferralFixtures;
using samsyn::test::TempTeam;

TEST_CASE("A referral is registered together with a new participant and reads back whole", "[referrals]")
{
    TempTeam t;
    ReferralFixtures f(t);
    Referral r = f.referral(1);
    r.attachments = {QStringLiteral("Läkarintyg"), QStringLiteral("Arbetsförmågebedömning")};
    r.incomeSource = QStringLiteral("sjukpenning");
    r.occupation = QStringLiteral("sjukskriven");
    r.ownWish = QStringLiteral("Vill pröva på arbete i kök");
    ReferralService(t.team()).update(r);
    t.reopen();

    const std::optional<Referral> back = ReferralRepository(t->database()).get(r.id);
    REQUIRE(back);
    CHECK(*back == r);
    CHECK(back->status == ReferralStatus::Received);
    CHECK(ParticipantRepository(t->database()).get(r.participantId)->familyName == QStringLiteral("Öberg"));
}

TEST_CASE("A bad referral writes neither the referral nor its new participant", "[referrals]")
{
    TempTeam t;
    Participant p;
    p.setIdentity(*Personnummer::parse(samsyn::test::testPnr(2), QDate(2026, 1, 1)).value);
    p.givenName = QStringLiteral("Ärla");
    p.familyName = QStringLiteral("Ek");
    Referral r;
    r.receivedOn = QDate(2026, 11, 1);
    r.referringPartyId = 9999; // no such party

    REQUIRE_THROWS_AS(ReferralService(t.team()).create(r, &p), Error);
    CHECK(ParticipantRepository(t->database()).count() == 0);
    CHECK(ReferralRepository(t->database()).count() == 0);

    r.referringPartyId = t.partyId(QStringLiteral("Arbetsförmedlingen"));
    r.receivedOn = QDate(2026, 11, 25); // tomorrow
    REQUIRE_THROWS_WITH(ReferralService(t.team()).create(r, &p), Catch::Contains("future"));
    CHECK(ParticipantRepository(t->database()).count() == 0);
}

TEST_CASE("A referral for an existing participant and an unknown income code", "[referrals]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Referral first = f.referral(3);
    Referral second;
    second.participantId = first.participantId;
    second.receivedOn = QDate(2026, 11, 20);
    second.referringPartyId = t.partyId(QStringLiteral("Åsele"));
    second.incomeSource = QStringLiteral("lotteri");
    REQUIRE_THROWS_WITH(ReferralService(t.team()).create(second), Catch::Contains("lotteri"));
    second.incomeSource = QStringLiteral("forsorjningsstod");
    ReferralService(t.team()).create(second);
    CHECK(ReferralRepository(t->database()).forParticipant(first.participantId).size() == 2);
}

TEST_CASE("Withdrawing a referral takes it off the agenda; a decided one cannot be withdrawn", "[referrals]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Referral r = f.referral(4);
    f.consent(r.participantId, QDate(2026, 11, 1), QDate(2027, 11, 1));
    const qint64 meeting = f.meeting(QDate(2026, 12, 1));
    MeetingService(t.team()).putOnAgenda(meeting, r.id);
    REQUIRE(MeetingRepository(t->database()).agenda(meeting).size() == 1);

    ReferralService(t.team()).withdraw(r.id);
    CHECK(MeetingRepository(t->database()).agenda(meeting).isEmpty());
    CHECK(ReferralRepository(t->database()).get(r.id)->status == ReferralStatus::Withdrawn);
    REQUIRE_THROWS_AS(MeetingService(t.team()).putOnAgenda(meeting, r.id), Error);
}

TEST_CASE("Consultations are stored without a person", "[referrals]")
{
    TempTeam t;
    Consultation c;
    c.heldOn = QDate(2026, 11, 10);
    c.partyId = t.partyId(QStringLiteral("Vilhelmina"));
    c.handlerName = QStringLiteral("Socialsekreterare");
    c.question = QStringLiteral("Ung vuxen med långvarigt försörjningsstöd, vad finns?");
    c.advice = QStringLiteral("Pröva aktivitetsgruppen först");
    ReferralService(t.team()).recordConsultation(c);
    Consultation empty;
    empty.heldOn = QDate(2026, 11, 10);
    empty.partyId = c.partyId;
    REQUIRE_THROWS_AS(ReferralService(t.team()).recordConsultation(empty), Error);
    const auto stored = ConsultationRepository(t->database()).between(QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(stored.size() == 1);
    CHECK(stored.first() == c);
}
