// SPDX-License-Identifier: EUPL-1.2
#include "enrolmentfixtures.h"
#include "storage/database.h"
#include "storage/siprepository.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

SipVersion firstPlan(TempTeam &t)
{
    SipVersion v;
    v.meetingDate = QDate(2026, 2, 10);
    v.ownDescription = QStringLiteral("Jag vill orka arbeta halvtid.");
    v.leadPartyId = t.partyId(QStringLiteral("Åsele"));
    v.consentGiven = true;
    v.participants << SipMeetingParticipant{QStringLiteral("Testa Testsson"), QString(), QString(), QStringLiteral("person")};
    v.goals << SipGoal{QStringLiteral("Arbetsträna 25 %"), QStringLiteral("not_assessed")};
    v.actions << SipAction{QStringLiteral("Arbetsträning"), t.partyId(QStringLiteral("Arbetsförmedlingen")), QStringLiteral("Anna"),
                           QDate(2026, 3, 1), QDate(2026, 6, 1), QStringLiteral("ongoing")};
    return v;
}

} // namespace

TEST_CASE("SIP: a follow-up writes version N+1 and leaves version N unchanged", "[sip]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 4);
    SipVersion v1 = firstPlan(t);
    t->write(QStringLiteral("sip.create"), [&](WriteContext &ctx) { SipRepository::createPlan(ctx, p, std::nullopt, v1); });
    SipRepository repo(t->database());
    // Next follow-up defaults to three months after the meeting.
    CHECK(repo.current(v1.planId)->nextFollowup == QDate(2026, 5, 10));
    const SipVersion before = *repo.version(v1.planId, 1);

    SipVersion v2;
    t->write(QStringLiteral("sip.followup"), [&](WriteContext &ctx) {
        v2 = SipRepository::followUp(ctx, v1.planId, QDate(2026, 5, 12), QStringLiteral("Går bra"), t.memberId(QStringLiteral("Karin Koordinator")));
    });
    CHECK(v2.version == 2);
    CHECK(v2.actions == before.actions); // the action carries its status "ongoing"
    CHECK(v2.actions.first().status == QStringLiteral("ongoing"));
    CHECK(v2.nextFollowup == QDate(2026, 8, 12));

    // Change the new version: the old one must read back exactly as before.
    v2.actions[0].status = QStringLiteral("done");
    v2.goals << SipGoal{QStringLiteral("Söka arbete"), QStringLiteral("not_assessed")};
    t->write(QStringLiteral("sip.update"), [&](WriteContext &ctx) { SipRepository::updateCurrent(ctx, v2); });
    SipVersion old = *repo.version(v1.planId, 1);
    CHECK(old.superseded);
    old.superseded = false;
    CHECK(old == before);
    CHECK(repo.current(v1.planId)->actions.first().status == QStringLiteral("done"));
    CHECK(repo.versionCount(v1.planId) == 2);

    // The old version is refused by the repository and by the schema itself.
    SipVersion edit = *repo.version(v1.planId, 1);
    edit.needs = QStringLiteral("ändrat");
    CHECK_THROWS_AS(t->write(QStringLiteral("sip.update"), [&](WriteContext &ctx) { SipRepository::updateCurrent(ctx, edit); }), Error);
    CHECK_THROWS_AS(t->database().exec(QStringLiteral("UPDATE sip_versions SET needs = 'x' WHERE id = ?"), {edit.id}), Error);
    CHECK_THROWS_AS(t->database().exec(QStringLiteral("UPDATE sip_actions SET status = 'cancelled' WHERE version_id = ?"), {edit.id}), Error);
    CHECK(repo.version(v1.planId, 1)->needs.isEmpty());
}

TEST_CASE("SIP: invalid plans are refused before anything is written", "[sip]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 5);
    SipVersion v = firstPlan(t);
    v.actions[0].due = QDate(2026, 2, 1); // before its start
    CHECK_THROWS_AS(t->write(QStringLiteral("sip.create"), [&](WriteContext &ctx) { SipRepository::createPlan(ctx, p, std::nullopt, v); }), Error);
    CHECK(SipRepository(t->database()).plans(p).isEmpty());
    SipVersion w = firstPlan(t);
    t->write(QStringLiteral("sip.create"), [&](WriteContext &ctx) { SipRepository::createPlan(ctx, p, std::nullopt, w); });
    CHECK_THROWS_AS(t->write(QStringLiteral("sip.followup"), [&](WriteContext &ctx) {
                        SipRepository::followUp(ctx, w.planId, QDate(2026, 2, 9), QString(), std::nullopt);
                    }),
                    Error);
    CHECK(SipRepository(t->database()).versionCount(w.planId) == 1);
}
