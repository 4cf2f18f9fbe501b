// SPDX-License-Identifier: EUPL-1.2
#include "enrolmentfixtures.h"
#include "overview/overviewview.h"
#include "participanthistory.h"
#include "participants/participantcard.h"
#include "shell/mainwindow.h"
#include "shell/userprompts.h"
#include "storage/siprepository.h"
#include "teamfile.h"
#include "tempteam.h"
#include "testidentities.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace samsyn;

namespace {

// The overview asks the user nothing; any question is a test failure.
class NoPrompts final : public UserPrompts
{
public:
    void error(QWidget *, const QString &, const QString &message, const QString &) override { FAIL(message.toStdString()); }
    void inform(QWidget *, const QString &, const QString &) override {}
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override { return false; }
    int choose(QWidget *, const QString &, const QString &, const QStringList &) override { return -1; }
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
};

QTreeWidgetItem *group(QTreeWidget *tree, const QString &titleStart)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(titleStart))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

TEST_CASE("Översikt groups what is due and says when a group has nothing", "[overview][ui]")
{
    test::TempTeam t;
    const test::ParticipantHistory h = test::addParticipantHistory(t);
    // A second person enrolled 2025-10-01 with a planned end 2026-10-01: past it today.
    const qint64 late = test::addTestParticipant(t, 12, QStringLiteral("Johan"));
    test::enrolTest(t, late, QStringLiteral("Gruppen"), QDate(2025, 10, 1));

    OverviewView view(t.team());
    QTreeWidget *tree = view.tree();
    QTreeWidgetItem *sip = group(tree, QStringLiteral("SIP follow-ups due or overdue (1)"));
    REQUIRE(sip);
    REQUIRE(sip->childCount() == 1);
    CHECK(sip->child(0)->text(0) == QStringLiteral("2026-11-30"));
    CHECK(sip->child(0)->text(1).startsWith(QStringLiteral("Sara Lindqvist (")));
    CHECK(sip->child(0)->text(1).contains(QStringLiteral("****")));
    CHECK(sip->child(0)->text(2) == QStringLiteral("SIP follow-up due 2026-11-30"));
    CHECK_FALSE(sip->child(0)->data(0, Qt::UserRole + 2).toBool()); // due, not overdue

    QTreeWidgetItem *past = group(tree, QStringLiteral("Enrolled past the planned end (1)"));
    REQUIRE(past);
    CHECK(past->child(0)->text(0) == QStringLiteral("2026-10-01"));
    CHECK(past->child(0)->data(0, Qt::UserRole + 2).toBool()); // overdue: warning colour
    CHECK(past->child(0)->foreground(2).color() != tree->palette().color(QPalette::Text));

    QTreeWidgetItem *exits = group(tree, QStringLiteral("Follow-ups after exit"));
    REQUIRE(exits);
    REQUIRE(exits->childCount() == 1);
    CHECK(exits->child(0)->text(2) == QStringLiteral("Nothing due"));
    CHECK_FALSE(view.activate(exits->child(0)));

    // The list follows the file: moving the follow-up two months on takes the line away.
    SipVersion v = *SipRepository(t->database()).current(h.planId);
    v.nextFollowup = QDate(2027, 1, 30);
    t->write(QStringLiteral("sip.update"), [&](WriteContext &ctx) { SipRepository::updateCurrent(ctx, v); });
    sip = group(tree, QStringLiteral("SIP follow-ups due or overdue"));
    REQUIRE(sip);
    CHECK(sip->child(0)->text(2) == QStringLiteral("Nothing due"));
}

TEST_CASE("A line of Översikt opens the participant's card at the SIP tab", "[overview][ui][screenshots]")
{
    QDate today(2026, 11, 24);
    QString path;
    QTemporaryDir keep;
    {
        test::TempTeam t;
        test::addParticipantHistory(t);
        const qint64 other = test::addTestParticipant(t, 12, QStringLiteral("Johan"));
        test::enrolTest(t, other, QStringLiteral("Gruppen"), QDate(2025, 10, 1));
        t.close();
        path = keep.filePath(QStringLiteral("team.samsyn"));
        REQUIRE(QFile::copy(t.path(), path));
    }
    FixedClock clock(today);
    NoPrompts prompts;
    MainWindow window(clock, prompts);
    window.resize(1280, 800);
    window.setTeam(TeamFile::open(path, clock));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showView(MainWindow::Overview);
    auto *view = qobject_cast<OverviewView *>(window.view(MainWindow::Overview));
    REQUIRE(view);
    QTest::qWait(20);
    CHECK(window.grab().save(QDir(test::testOutputDir(QStringLiteral("screenshots"))).filePath(QStringLiteral("overview.png"))));

    QTreeWidgetItem *sip = group(view->tree(), QStringLiteral("SIP follow-ups due or overdue (1)"));
    REQUIRE(sip);
    view->tree()->setCurrentItem(sip->child(0));
    view->tree()->setFocus();
    QTest::keyClick(view->tree(), Qt::Key_Return);
    ParticipantCard *card = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *c = qobject_cast<ParticipantCard *>(w); c && c->isVisible())
            card = c;
    }
    REQUIRE(card);
    CHECK(card->tabs()->currentIndex() == ParticipantCard::Sip);
    card->close();

    QTreeWidgetItem *past = group(view->tree(), QStringLiteral("Enrolled past the planned end (1)"));
    REQUIRE(past);
    REQUIRE(view->activate(past->child(0)));
    card = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *c = qobject_cast<ParticipantCard *>(w); c && c->isVisible())
            card = c;
    }
    REQUIRE(card);
    CHECK(card->tabs()->currentIndex() == ParticipantCard::Exit);
    card->close();
}
