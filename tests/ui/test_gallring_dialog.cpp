// SPDX-License-Identifier: EUPL-1.2
// The Gallring dialog from the team settings: lists who is due with check boxes, warns,
// asks once more, deletes only the checked participants.
#include <catch2/catch.hpp>

#include "reportscenario.h"
#include "settings/gallringdialog.h"
#include "settings/teaminfosection.h"
#include "storage/database.h"
#include "tempteam.h"
#include "uitesthelpers.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace samsyn;

namespace {

int participants(test::TempTeam &t)
{
    return t->database().scalar(QStringLiteral("SELECT count(*) FROM participants")).toInt();
}

} // namespace

TEST_CASE("Gallring dialog: opened from the retention row, deletes the checked participants after a confirmation",
          "[gallring][settings]")
{
    test::TempTeam t;
    test::buildMarchScenario(t);
    t.clock().set(QDate(2032, 1, 10).startOfDay().addSecs(9 * 3600));
    test::AnsweringPrompts prompts;
    TeamInfoSection section(t.team(), prompts);
    section.resize(720, 420);
    section.show();
    REQUIRE(QTest::qWaitForWindowExposed(&section));
    test::screenshot(&section, QStringLiteral("gallring-team-settings"));

    auto *open = section.findChild<QPushButton *>(QStringLiteral("gallringButton"));
    REQUIRE(open);
    QTest::mouseClick(open, Qt::LeftButton);
    auto *dialog = section.findChild<GallringDialog *>(QStringLiteral("gallringDialog"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("gallringTable"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 6);
    CHECK(dialog->checkedIds().size() == 6);
    CHECK(table->item(0, 0)->text().endsWith(QStringLiteral("-****")));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Rapport Testsson"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("2026-11-24"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("2032-12-31"));
    auto *warning = dialog->findChild<QLabel *>(QStringLiteral("gallringWarning"));
    REQUIRE(warning);
    CHECK(warning->text().contains(QStringLiteral("cannot be undone")));
    CHECK(warning->text().contains(QStringLiteral("backups")));
    test::screenshot(dialog, QStringLiteral("gallring-dialog"));

    // One left unchecked; the first answer is no, and nothing happens.
    table->item(5, 0)->setCheckState(Qt::Unchecked);
    CHECK(dialog->checkedIds().size() == 5);
    const int before = participants(t);
    auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("gallringDelete"));
    REQUIRE(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    REQUIRE(prompts.questions.size() == 1);
    CHECK(prompts.questions.first().contains(QStringLiteral("cannot be undone")));
    CHECK(participants(t) == before);

    prompts.confirmAnswer = true;
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(participants(t) == before - 5);
    REQUIRE(prompts.infoMessages.size() == 1);
    CHECK(prompts.infoMessages.first().startsWith(QStringLiteral("5 participant")));
    CHECK(prompts.errorMessages.isEmpty());
    // The unchecked one is still due and still listed.
    CHECK(table->rowCount() == 1);
    test::screenshot(dialog, QStringLiteral("gallring-dialog-after"));

    // Nobody due: the button is off.
    table->item(0, 0)->setCheckState(Qt::Unchecked);
    CHECK_FALSE(remove->isEnabled());
    dialog->close();
}
