// SPDX-License-Identifier: EUPL-1.2
#include "enrolmentfixtures.h"
#include "storage/assessmentrepository.h"
#include "storage/attendancerepository.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

TEST_CASE("Attendance: rate counts only sessions while the person was in the group", "[attendance]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 6);
    t->write(QStringLiteral("attendance.mark"), [&](WriteContext &ctx) {
        const qint64 g = AttendanceRepository::addActivity(ctx, QStringLiteral("Morgongruppen"), QStringLiteral("135"), QStringLiteral("09:00"));
        // Six sessions in March; the person joins on the 4th, so five count.
        QList<qint64> s;
        for (int day : {2, 4, 6, 9, 11, 13})
            s << AttendanceRepository::addSession(ctx, g, QDate(2026, 3, day));
        AttendanceRepository::addMember(ctx, g, p, QDate(2026, 3, 4));
        AttendanceRepository::mark(ctx, s[1], p, QStringLiteral("present"));
        AttendanceRepository::mark(ctx, s[2], p, QStringLiteral("present"));
        AttendanceRepository::mark(ctx, s[3], p, QStringLiteral("absent_notified"));
        AttendanceRepository::mark(ctx, s[4], p, QStringLiteral("absent"));
        // s[5] left unmarked
    });
    const AttendanceRate r = AttendanceRepository(t->database()).rate(p, QDate(2026, 3, 1), QDate(2026, 3, 31));
    CHECK(r.sessions == 5);
    CHECK(r.present == 2);
    CHECK(r.absentNotified == 1);
    CHECK(r.absent == 1);
    CHECK(r.unmarked == 1);
    CHECK(*r.percent() == Approx(40.0));
    // A period ending on the 6th: sessions 4 and 6, both present.
    CHECK(*AttendanceRepository(t->database()).rate(p, QDate(2026, 3, 1), QDate(2026, 3, 6)).percent() == Approx(100.0));
    CHECK_FALSE(AttendanceRepository(t->database()).rate(p, QDate(2026, 4, 1), QDate(2026, 4, 30)).percent());
    CHECK_THROWS_AS(t->write(QStringLiteral("attendance.mark"), [&](WriteContext &ctx) {
                        AttendanceRepository::addActivity(ctx, QStringLiteral("Kvällsgruppen"), QStringLiteral("18"), QString());
                    }),
                    Error);
}

TEST_CASE("Assessments: stored totals are scored, invalid input is refused", "[assessment]")
{
    TempTeam t;
    const qint64 p = addTestParticipant(t, 7);
    Assessment who;
    who.participantId = p;
    who.date = QDate(2026, 2, 1);
    who.instrument = Instrument::Who5;
    who.items = {3, 4, 2, 5, 1};
    t->write(QStringLiteral("assessment.add"), [&](WriteContext &ctx) { AssessmentRepository::add(ctx, who); });
    CHECK(*who.total == 15);

    Assessment bad = who;
    bad.items = {3, 4, 2, 5, 9};
    CHECK_THROWS_AS(t->write(QStringLiteral("assessment.add"), [&](WriteContext &ctx) { AssessmentRepository::add(ctx, bad); }), Error);

    // KASAM-29 follows the team's reversed-item setting.
    t->write(QStringLiteral("settings.change"), [&](WriteContext &ctx) {
        SettingsRepository::setMeta(ctx, QStringLiteral("kasam29_reversed_items"), QStringLiteral("1,2"));
    });
    Assessment k;
    k.participantId = p;
    k.date = QDate(2026, 2, 1);
    k.instrument = Instrument::Kasam29;
    k.items = QList<int>(29, 7);
    t->write(QStringLiteral("assessment.add"), [&](WriteContext &ctx) { AssessmentRepository::add(ctx, k); });
    CHECK(*k.total == 2 * 1 + 27 * 7);

    Assessment direct;
    direct.participantId = p;
    direct.date = QDate(2026, 8, 1);
    direct.instrument = Instrument::Kasam13;
    direct.total = 92;
    CHECK_THROWS_AS(t->write(QStringLiteral("assessment.add"), [&](WriteContext &ctx) { AssessmentRepository::add(ctx, direct); }), Error);
    direct.total = 70;
    t->write(QStringLiteral("assessment.add"), [&](WriteContext &ctx) { AssessmentRepository::add(ctx, direct); });
    const QList<Assessment> list = AssessmentRepository(t->database()).list(p, Instrument::Kasam13);
    REQUIRE(list.size() == 1);
    CHECK(*list.first().total == 70);
    CHECK(list.first().items.isEmpty());
    CHECK(AssessmentRepository(t->database()).list(p, Instrument::Who5).first().items == QList<int>{3, 4, 2, 5, 1});
}
