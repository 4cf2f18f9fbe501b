// SPDX-License-Identifier: EUPL-1.2
#include "enrolmentfixtures.h"
#include "storage/attendancerepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/grouprepository.h"
#include "util/error.h"

#include <catch2/catch.hpp>

using namespace samsyn;
using namespace samsyn::test;

namespace {

struct MorningGroup
{
    explicit MorningGroup(TempTeam &team) : t(team)
    {
        // Swedish order: Ö after Å after Z, which a byte sort gets wrong.
        zeta = addTestParticipant(t, 11, QStringLiteral("Zeta"));
        ake = addTestParticipant(t, 12, QStringLiteral("Åke"));
        orjan = addTestParticipant(t, 13, QStringLiteral("Örjan"));
        t->write(QStringLiteral("attendance.setup"), [&](WriteContext &ctx) {
            activity = GroupRepository::saveActivity(ctx, GroupActivity{0, QStringLiteral("Morgongruppen"), QStringLiteral("531"),
                                                                        QStringLiteral("09:00"), true});
            AttendanceRepository::addMember(ctx, activity, zeta, QDate(2026, 3, 2));
            AttendanceRepository::addMember(ctx, activity, ake, QDate(2026, 3, 2));
            AttendanceRepository::addMember(ctx, activity, orjan, QDate(2026, 3, 9)); // joins a week later
        });
    }
    TempTeam &t;
    qint64 zeta = 0, ake = 0, orjan = 0, activity = 0;
};

QStringList names(const QList<RosterLine> &roster)
{
    QStringList result;
    for (const RosterLine &l : roster)
        result << l.name + QLatin1Char('=') + l.status;
    return result;
}

} // namespace

TEST_CASE("Groups: activities are saved with their days in order, names unique, bad input refused", "[attendance][groups]")
{
    TempTeam t;
    MorningGroup g(t);
    const GroupRepository repo(t->database());
    REQUIRE(repo.activities().size() == 1);
    CHECK(repo.activities().first().weekdays == QStringLiteral("135"));

    GroupActivity renamed = repo.activities().first();
    renamed.name = QStringLiteral("  Förmiddagsgruppen ");
    renamed.active = false;
    t->write(QStringLiteral("attendance.group"), [&](WriteContext &ctx) { GroupRepository::saveActivity(ctx, renamed); });
    CHECK(repo.activities().first().name == QStringLiteral("Förmiddagsgruppen"));
    CHECK_FALSE(repo.activities().first().active);
    // An inactive group is no longer offered to join, but is still listed for settings.
    CHECK(AttendanceRepository(t->database()).activities().isEmpty());

    const auto refused = [&](const GroupActivity &a) {
        CHECK_THROWS_AS(t->write(QStringLiteral("attendance.group"), [&](WriteContext &ctx) { GroupRepository::saveActivity(ctx, a); }),
                        Error);
    };
    refused(GroupActivity{0, QStringLiteral("förmiddagsgruppen"), QString(), QString(), true}); // same name, other case
    refused(GroupActivity{0, QStringLiteral(" "), QString(), QString(), true});
    refused(GroupActivity{0, QStringLiteral("Kväll"), QStringLiteral("8"), QString(), true});
    refused(GroupActivity{0, QStringLiteral("Kväll"), QString(), QStringLiteral("24:00"), true});
    refused(GroupActivity{0, QString(101, QLatin1Char('x')), QString(), QString(), true});
    CHECK(repo.activities().size() == 1);
}

TEST_CASE("Groups: the register marks every member of the day in one action", "[attendance][groups]")
{
    TempTeam t;
    MorningGroup g(t);
    const GroupRepository repo(t->database());
    const QDate monday(2026, 3, 2);

    // Örjan joined on the 9th: not on the roster of the 2nd. Swedish order: Z before Å.
    CHECK(names(repo.roster(g.activity, monday)) == QStringList{QStringLiteral("Zeta Testsson="), QStringLiteral("Åke Testsson=")});
    CHECK_FALSE(repo.sessionOn(g.activity, monday));

    const int auditBefore = int(AuditLog::latest(t->database(), 10000).size());
    t->write(QStringLiteral("attendance.register"), [&](WriteContext &ctx) {
        GroupRepository::recordSession(ctx, g.activity, monday,
                                       {{g.zeta, QStringLiteral("present")}, {g.ake, QStringLiteral("absent_notified")}});
    });
    CHECK(repo.sessionOn(g.activity, monday));
    CHECK(names(repo.roster(g.activity, monday))
          == QStringList{QStringLiteral("Zeta Testsson=present"), QStringLiteral("Åke Testsson=absent_notified")});
    // One row for the action and one per person marked.
    CHECK(AuditLog::latest(t->database(), 10000).size() == auditBefore + 3);
    CHECK(AuditLog::forParticipant(t->database(), g.ake).first().action == QStringLiteral("attendance.mark"));

    // The same session again: a change and a cleared mark; no second session that day.
    t->write(QStringLiteral("attendance.register"), [&](WriteContext &ctx) {
        GroupRepository::recordSession(ctx, g.activity, monday, {{g.zeta, QString()}, {g.ake, QStringLiteral("present")}});
    });
    CHECK(names(repo.roster(g.activity, monday))
          == QStringList{QStringLiteral("Zeta Testsson="), QStringLiteral("Åke Testsson=present")});
    const AttendanceRate zeta = AttendanceRepository(t->database()).rate(g.zeta, monday, monday);
    CHECK(zeta.sessions == 1);
    CHECK(zeta.unmarked == 1);

    // Marking someone who was not in the group that day writes nothing at all.
    const QDate wednesday(2026, 3, 4);
    CHECK_THROWS_AS(t->write(QStringLiteral("attendance.register"), [&](WriteContext &ctx) {
                        GroupRepository::recordSession(ctx, g.activity, wednesday,
                                                       {{g.zeta, QStringLiteral("present")}, {g.orjan, QStringLiteral("present")}});
                    }),
                    Error);
    CHECK_FALSE(repo.sessionOn(g.activity, wednesday));
    CHECK_THROWS_AS(t->write(QStringLiteral("attendance.register"), [&](WriteContext &ctx) {
                        GroupRepository::recordSession(ctx, g.activity, wednesday, {{g.zeta, QStringLiteral("late")}});
                    }),
                    Error);
    CHECK_FALSE(repo.sessionOn(g.activity, wednesday));
}

TEST_CASE("Groups: a person leaves a group and is off the roster after the last day", "[attendance][groups]")
{
    TempTeam t;
    MorningGroup g(t);
    const GroupRepository repo(t->database());
    t->write(QStringLiteral("attendance.leave"), [&](WriteContext &ctx) {
        GroupRepository::endMembership(ctx, g.activity, g.zeta, QDate(2026, 3, 2), QDate(2026, 3, 13));
    });
    CHECK(repo.roster(g.activity, QDate(2026, 3, 13)).size() == 3);
    CHECK(repo.roster(g.activity, QDate(2026, 3, 16)).size() == 2);
    CHECK(AttendanceRepository(t->database()).memberships(g.zeta).first().to == QDate(2026, 3, 13));
    // An end before the start, or of a membership that does not exist, is refused.
    CHECK_THROWS_AS(t->write(QStringLiteral("attendance.leave"), [&](WriteContext &ctx) {
                        GroupRepository::endMembership(ctx, g.activity, g.ake, QDate(2026, 3, 2), QDate(2026, 3, 1));
                    }),
                    Error);
    CHECK_THROWS_AS(t->write(QStringLiteral("attendance.leave"), [&](WriteContext &ctx) {
                        GroupRepository::endMembership(ctx, g.activity, g.orjan, QDate(2026, 3, 2), QDate(2026, 3, 20));
                    }),
                    Error);
    CHECK_FALSE(AttendanceRepository(t->database()).memberships(g.ake).first().to.isValid());

    // Joining a group one is already in is refused; after the last day one may join again.
    const auto join = [&](qint64 p, QDate from) {
        t->write(QStringLiteral("attendance.join"), [&](WriteContext &ctx) { AttendanceRepository::addMember(ctx, g.activity, p, from); });
    };
    CHECK_THROWS_AS(join(g.ake, QDate(2026, 4, 1)), Error);
    CHECK_THROWS_AS(join(g.zeta, QDate(2026, 3, 13)), Error); // her last day
    join(g.zeta, QDate(2026, 4, 6));
    CHECK(AttendanceRepository(t->database()).memberships(g.zeta).size() == 2);
    CHECK(repo.roster(g.activity, QDate(2026, 4, 6)).size() == 3);
}
