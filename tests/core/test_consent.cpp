// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingservice.h"
#include "referralfixtures.h"
#include "referrals/referralservice.h"
#include "storage/consentrepository.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/referralrepository.h"
#include "tempteam.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::ReferralFixtures;
using samsyn::test::TempTeam;

TEST_CASE("Oral consent needs who recorded it, in the core and in the file", "[consent]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Referral r = f.referral(1);
    Consent c;
    c.participantId = r.participantId;
    c.givenOn = QDate(2026, 11, 3);
    c.validUntil = QDate(2027, 11, 3);
    c.form = ConsentForm::Oral;
    c.partyIds = {t.partyId(QStringLiteral("Försäkringskassan"))};
    REQUIRE_THROWS_WITH(ReferralService(t.team()).recordConsent(c), Catch::Contains("oral"));
    REQUIRE_THROWS_AS(t->database().exec(QStringLiteral("INSERT INTO consents(participant_id, purpose, given_on, form, "
                                                        "valid_until, created_at, updated_at) VALUES (?, 'sip', '2026-11-03', "
                                                        "'oral', '2027-01-01', 'x', 'x')"),
                                         {r.participantId}),
                      Error);
    c.recordedBy = t.memberId(QStringLiteral("Karin Koordinator"));
    ReferralService(t.team()).recordConsent(c);
    const Consent back = *ConsentRepository(t->database()).get(c.id);
    CHECK(back == c);
}

TEST_CASE("Consent validity boundaries", "[consent]")
{
    Consent c;
    c.givenOn = QDate(2026, 1, 10);
    c.validUntil = QDate(2026, 12, 1);
    CHECK_FALSE(c.isValidOn(QDate(2026, 1, 9)));
    CHECK(c.isValidOn(QDate(2026, 1, 10)));
    CHECK(c.isValidOn(QDate(2026, 12, 1)));
    CHECK_FALSE(c.isValidOn(QDate(2026, 12, 2)));
    c.withdrawnOn = QDate(2026, 11, 30);
    CHECK_FALSE(c.isValidOn(QDate(2026, 12, 1)));
    CHECK(c.isValidOn(QDate(2026, 11, 29)));
}

TEST_CASE("The agenda gate: assessment needs consent valid on the meeting day", "[consent][meetings]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Referral r = f.referral(2);
    const qint64 meeting = f.meeting(QDate(2026, 12, 1));
    MeetingService meetings(t.team());

    SECTION("no consent at all: registered, but not on the agenda, with a reason")
    {
        REQUIRE_THROWS_WITH(meetings.putOnAgenda(meeting, r.id), Catch::Contains("consent"));
        CHECK(MeetingRepository(t->database()).agenda(meeting).isEmpty());
        CHECK(ReferralRepository(t->database()).get(r.id)->status == ReferralStatus::Received);
    }
    SECTION("valid until the meeting day inclusive")
    {
        f.consent(r.participantId, QDate(2026, 1, 1), QDate(2026, 12, 1));
        meetings.putOnAgenda(meeting, r.id);
        CHECK(ReferralRepository(t->database()).get(r.id)->status == ReferralStatus::OnAgenda);
    }
    SECTION("expired the day before")
    {
        f.consent(r.participantId, QDate(2026, 1, 1), QDate(2026, 11, 30));
        REQUIRE_THROWS_AS(meetings.putOnAgenda(meeting, r.id), Error);
    }
    SECTION("withdrawn the day before the meeting")
    {
        const Consent c = f.consent(r.participantId, QDate(2026, 1, 1), QDate(2027, 6, 1));
        ReferralService(t.team()).withdrawConsent(c.id, QDate(2026, 11, 30));
        REQUIRE_THROWS_AS(meetings.putOnAgenda(meeting, r.id), Error);
    }
    SECTION("a consent for SIP only does not open the gate")
    {
        Consent c;
        c.participantId = r.participantId;
        c.purpose = ConsentPurpose::Sip;
        c.givenOn = QDate(2026, 1, 1);
        c.validUntil = QDate(2027, 1, 1);
        c.partyIds = {t.partyId(QStringLiteral("Region Test"))};
        ReferralService(t.team()).recordConsent(c);
        REQUIRE_THROWS_AS(meetings.putOnAgenda(meeting, r.id), Error);
    }
}

TEST_CASE("Withdrawing consent is one action that takes the referral off later agendas", "[consent]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Referral r = f.referral(3);
    const Consent c = f.consent(r.participantId, QDate(2026, 1, 1), QDate(2027, 6, 1));
    const qint64 meeting = f.meeting(QDate(2026, 12, 15));
    MeetingService(t.team()).putOnAgenda(meeting, r.id);

    const int auditBefore = t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    CHECK(ReferralService(t.team()).withdrawConsent(c.id, QDate(2026, 11, 24)) == 1);
    CHECK(t->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == auditBefore + 1);
    CHECK(MeetingRepository(t->database()).agenda(meeting).isEmpty());
    CHECK(ReferralRepository(t->database()).get(r.id)->status == ReferralStatus::Received);
    CHECK(ConsentRepository(t->database()).get(c.id)->withdrawnOn == QDate(2026, 11, 24));
    REQUIRE_THROWS_WITH(ReferralService(t.team()).withdrawConsent(c.id, QDate(2026, 11, 24)), Catch::Contains("already"));
}

TEST_CASE("A consent cannot be withdrawn before it was given", "[consent]")
{
    TempTeam t;
    ReferralFixtures f(t);
    const Referral r = f.referral(4);
    const Consent c = f.consent(r.participantId, QDate(2026, 6, 1), QDate(2027, 6, 1));
    REQUIRE_THROWS_AS(ReferralService(t.team()).withdrawConsent(c.id, QDate(2026, 5, 31)), Error);
    CHECK(ConsentRepository(t->database()).get(c.id)->withdrawnOn.isNull());
}
