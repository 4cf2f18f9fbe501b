// SPDX-License-Identifier: EUPL-1.2
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "teamfile.h"
#include "util/clock.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace samsyn;

namespace {
int count(TeamFile &team, const QString &sql)
{
    return team.database().scalar(sql).toInt();
}
} // namespace

TEST_CASE("The demo team has referrals, consents, meetings every third week and decisions", "[demo][referrals]")
{
    QTemporaryDir dir;
    FixedClock clock(QDate(2026, 11, 24));
    auto team = DemoGenerator::create(dir.filePath(QStringLiteral("demo.samsyn")), DemoOptions{120, 3, 7}, clock);
    TeamFile &t = *team;
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM referrals")) == count(t, QStringLiteral("SELECT count(*) FROM participants")));
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM consents WHERE purpose = 'information_exchange'")) >= 120);
    const int meetings = count(t, QStringLiteral("SELECT count(*) FROM meetings"));
    CHECK(meetings >= 50); // three years, every third week
    CHECK(meetings <= 56);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM meetings WHERE strftime('%w', meeting_date) <> '2'")) == 0);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM referral_assessments WHERE decision IS NOT NULL")) > 60);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM consultations")) > 10);
    // Every waiting participant who was decided on stands in a queue.
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM referral_assessments a JOIN referrals r ON r.id = a.referral_id "
                                  "JOIN participants p ON p.id = r.participant_id WHERE a.decision = 'waiting_list' "
                                  "AND NOT EXISTS (SELECT 1 FROM waiting_list w WHERE w.participant_id = p.id)"))
          == 0);
    // Nobody still 'referred' has been decided on.
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM referrals r JOIN participants p ON p.id = r.participant_id "
                                  "WHERE p.status = 'referred' AND r.status = 'decided'"))
          == 0);
}
