// SPDX-License-Identifier: EUPL-1.2
#include "common/tablecells.h"
#include "enrolmentfixtures.h"
#include "participants/groupregisterdialog.h"
#include "participants/tabs/attendancetab.h"
#include "settings/groupactivitiessection.h"
#include "storage/attendancerepository.h"
#include "storage/grouprepository.h"
#include "tempteam.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace samsyn;
using samsyn::test::child;

TEST_CASE("Group activities are set up in team settings with a check box per weekday", "[groups][ui]")
{
    test::TempTeam t;
    test::AnsweringPrompts prompts;
    GroupActivitiesSection section(t.team(), prompts);
    QTableWidget *table = child<QTableWidget>(&section, QStringLiteral("table"));
    CHECK(table->rowCount() == 0);
    CHECK(table->columnCount() == 10); // name, seven days, time, active

    const int row = section.addRow();
    cells::setText(table, row, 0, QStringLiteral("Morgongruppen"));
    cells::setCheck(table, row, 1, true); // Monday
    cells::setCheck(table, row, 3, true); // Wednesday
    cells::setCheck(table, row, 5, true); // Friday
    cells::setText(table, row, 8, QStringLiteral("09:00"));
    REQUIRE(section.save());
    const QList<GroupActivity> saved = GroupRepository(t->database()).activities();
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().weekdays == QStringLiteral("135"));
    CHECK(saved.first().time == QStringLiteral("09:00"));
    CHECK(saved.first().active);

    // A time that is not hh:mm is refused and nothing changes.
    cells::setText(table, 0, 8, QStringLiteral("nio"));
    CHECK_FALSE(section.save());
    CHECK(GroupRepository(t->database()).activities().first().time == QStringLiteral("09:00"));
    section.reload();
    section.resize(1000, 420);
    test::screenshot(&section, QStringLiteral("settings-group-activities"));
}

TEST_CASE("The attendance register marks a whole group for one day", "[groups][attendance][ui]")
{
    test::TempTeam t;
    test::AnsweringPrompts prompts;
    const qint64 zeta = test::addTestParticipant(t, 21, QStringLiteral("Zeta"));
    const qint64 ake = test::addTestParticipant(t, 22, QStringLiteral("Åke"));
    const qint64 ada = test::addTestParticipant(t, 23, QStringLiteral("Ada"));
    qint64 group = 0;
    t->write(QStringLiteral("attendance.setup"), [&](WriteContext &ctx) {
        group = GroupRepository::saveActivity(ctx, GroupActivity{0, QStringLiteral("Morgongruppen"), QStringLiteral("135"),
                                                                 QStringLiteral("09:00"), true});
        for (qint64 p : {zeta, ake, ada})
            AttendanceRepository::addMember(ctx, group, p, QDate(2026, 11, 2));
    });
    const QDate monday(2026, 11, 23);

    GroupRegisterDialog dialog(t.team(), prompts, group);
    dialog.setSession(group, monday);
    REQUIRE(dialog.rowCount() == 3);
    // Names in Swedish order: Ada, Zeta, Åke (all Testsson).
    CHECK(dialog.rowName(0) == QStringLiteral("Ada Testsson"));
    CHECK(dialog.rowName(2) == QStringLiteral("Åke Testsson"));
    CHECK(child<QLabel>(&dialog, QStringLiteral("registerHint"))->isHidden()); // Monday is a group day

    // Ada called in sick; everyone else was there.
    dialog.setMark(0, QStringLiteral("absent_notified"));
    dialog.markAllPresent();
    CHECK(dialog.hasUnsavedChanges());
    dialog.resize(560, 420);
    test::screenshot(&dialog, QStringLiteral("attendance-register"));
    REQUIRE(dialog.save());
    CHECK_FALSE(dialog.hasUnsavedChanges());
    CHECK(child<QLabel>(&dialog, QStringLiteral("registerSaved"))->text() == QStringLiteral("Saved: 2 of 3 present."));
    const AttendanceRepository repo(t->database());
    CHECK(repo.rate(ada, monday, monday).absentNotified == 1);
    CHECK(repo.rate(zeta, monday, monday).present == 1);
    CHECK(repo.rate(ake, monday, monday).present == 1);

    // A Tuesday is not a group day: the dialog says so, and leaving unsaved marks asks first.
    dialog.setSession(group, monday.addDays(1));
    CHECK(child<QLabel>(&dialog, QStringLiteral("registerHint"))->text().contains(QStringLiteral("does not usually meet")));
    dialog.setMark(1, QStringLiteral("present"));
    prompts.confirmAnswer = false;
    dialog.setSession(group, monday);
    CHECK(prompts.questions.size() == 1);
    CHECK(child<QDateEdit>(&dialog, QStringLiteral("registerDate"))->date() == monday.addDays(1)); // kept
    CHECK(dialog.hasUnsavedChanges());

    // Saving with nothing marked says so and writes nothing.
    prompts.confirmAnswer = true;
    dialog.setSession(group, monday.addDays(2));
    CHECK_FALSE(dialog.save());
    CHECK_FALSE(GroupRepository(t->database()).sessionOn(group, monday.addDays(2)));
}

TEST_CASE("A participant leaves a group on the attendance tab", "[groups][attendance][ui]")
{
    test::TempTeam t;
    test::AnsweringPrompts prompts;
    const qint64 id = test::addTestParticipant(t, 24, QStringLiteral("Nils"));
    qint64 group = 0;
    t->write(QStringLiteral("attendance.setup"), [&](WriteContext &ctx) {
        group = GroupRepository::saveActivity(ctx, GroupActivity{0, QStringLiteral("Kvällsgruppen"), QStringLiteral("2"), {}, true});
        AttendanceRepository::addMember(ctx, group, id, QDate(2026, 9, 1));
    });
    AttendanceTab tab(t.team(), prompts, id);
    CHECK_FALSE(tab.leaveGroup(-1, QDate(2026, 11, 1)));
    CHECK(child<QLabel>(&tab, QStringLiteral("attendanceError"))->text().contains(QStringLiteral("Select the group")));
    CHECK_FALSE(tab.leaveGroup(0, QDate(2026, 8, 1))); // before joining: refused by the core
    REQUIRE(tab.leaveGroup(0, QDate(2026, 11, 1)));
    CHECK(AttendanceRepository(t->database()).memberships(id).first().to == QDate(2026, 11, 1));
    CHECK(child<QTableWidget>(&tab, QStringLiteral("attendanceGroups"))->item(0, 3)->text() == QStringLiteral("2026-11-01"));
    CHECK_FALSE(tab.leaveGroup(0, QDate(2026, 11, 5)));
    CHECK(child<QLabel>(&tab, QStringLiteral("attendanceError"))->text().contains(QStringLiteral("already left")));
}
