// SPDX-License-Identifier: EUPL-1.2
// The GUI shell: the first-run wizard, the main window's views, status bar, undo/redo, the
// idle lock, the opening flow (locked and bad files) and the team settings.
#include <catch2/catch.hpp>

#include "domain/teamsettings.h"
#include "participants/participantsview.h"
#include "settings/settingssection.h"
#include "settings/teamsettingsview.h"
#include "shell/idlelock.h"
#include "shell/localcopyoffer.h"
#include "shell/mainwindow.h"
#include "shell/userprompts.h"
#include "storage/settingsrepository.h"
#include "storage/teamlock.h"
#include "teamfile.h"
#include "tempteam.h"
#include "rawsqlite.h"
#include "testidentities.h"
#include "uitesthelpers.h"
#include "util/clock.h"
#include "wizard/startdialog.h"
#include "wizard/teamwizard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

using namespace samsyn;
using samsyn::test::child;
using namespace std::chrono_literals;

namespace {

// Answers instead of the user and remembers what it was told.
class RecordingPrompts final : public UserPrompts
{
public:
    struct Message
    {
        QString title;
        QString message;
        QString details;
    };
    QList<Message> errors;
    QList<Message> infos;
    QStringList questions;
    bool confirmAnswer = false;
    int chooseAnswer = -1;
    QString fileAnswer;

    void error(QWidget *, const QString &title, const QString &message, const QString &details) override
    {
        errors.append({title, message, details});
    }
    void inform(QWidget *, const QString &title, const QString &message) override { infos.append({title, message, {}}); }
    bool confirm(QWidget *, const QString &, const QString &question, const QString &) override
    {
        questions << question;
        return confirmAnswer;
    }
    int choose(QWidget *, const QString &, const QString &, const QStringList &) override { return chooseAnswer; }
    QString openFileName(QWidget *, const QString &, const QString &) override { return fileAnswer; }
};

// A team made through the wizard's API in a temporary folder, and a window for it.
struct Shell
{
    QTemporaryDir dir;
    FixedClock clock{QDate(2026, 11, 24)};
    RecordingPrompts prompts;
    QString path = dir.filePath(QStringLiteral("teamet.samsyn"));

    std::unique_ptr<TeamFile> createThroughWizard()
    {
        TeamWizard wizard(clock);
        wizard.setSetup(test::TempTeam::standardSetup());
        wizard.setFilePath(path);
        const QStringList problems = wizard.createTeam();
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(problems.isEmpty());
        REQUIRE(wizard.hasTeam());
        return wizard.takeTeam();
    }

    std::unique_ptr<MainWindow> window()
    {
        auto w = std::make_unique<MainWindow>(clock, prompts);
        w->resize(1280, 800);
        return w;
    }
};

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

class CountingCommand : public QUndoCommand
{
public:
    explicit CountingCommand(int &value) : m_value(value) {}
    void redo() override { ++m_value; }
    void undo() override { --m_value; }

private:
    int &m_value;
};

void saveShot(QWidget *widget, const QString &name)
{
    const QString file = QDir(test::testOutputDir(QStringLiteral("screenshots"))).filePath(name + QStringLiteral(".png"));
    REQUIRE(widget->grab().save(file));
}

} // namespace

TEST_CASE("The wizard's pages fill a TeamSetup and create the team file", "[shell][wizard]")
{
    Shell s;
    TeamWizard wizard(s.clock);
    wizard.setSetup(test::TempTeam::standardSetup());

    // The pages are real widgets: typing into the name field changes the setup.
    auto *name = child<QLineEdit>(&wizard, QStringLiteral("teamName"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Norrteamet"));
    const TeamSetup setup = wizard.setup();
    CHECK(setup.info.name == QStringLiteral("Norrteamet"));
    CHECK(setup.municipalities == QStringList{QStringLiteral("Åsele"), QStringLiteral("Vilhelmina")});
    CHECK(setup.regionName == QStringLiteral("Region Test"));
    REQUIRE(setup.members.size() == 4);
    CHECK(setup.members.at(0).partyName == QStringLiteral("Åsele"));
    CHECK(setup.programmes.size() == 2);
    CHECK(setup.me == QStringLiteral("Karin Koordinator"));
    CHECK(wizard.partyNames().contains(QStringLiteral("Vilhelmina")));

    wizard.setFilePath(s.path);
    REQUIRE(wizard.createTeam().isEmpty());
    auto team = wizard.takeTeam();
    REQUIRE(team);
    const SettingsRepository repo(team->database());
    CHECK(repo.teamInfo().name == QStringLiteral("Norrteamet"));
    CHECK(repo.members().size() == 4);
    CHECK(team->currentMemberName() == QStringLiteral("Karin Koordinator"));
}

TEST_CASE("The wizard refuses an incomplete setup and creates nothing", "[shell][wizard]")
{
    Shell s;
    TeamWizard wizard(s.clock);
    TeamSetup setup = test::TempTeam::standardSetup();
    setup.municipalities << QStringLiteral("Åsele"); // listed twice
    wizard.setSetup(setup);
    wizard.setFilePath(s.path);
    const QStringList problems = wizard.createTeam();
    CHECK(problems.join(QLatin1Char(' ')).contains(QStringLiteral("Åsele")));
    CHECK_FALSE(wizard.hasTeam());
    CHECK_FALSE(QFileInfo::exists(s.path));
}

TEST_CASE("The wizard's Create button shows the problems on its last page", "[shell][wizard]")
{
    Shell s;
    TeamWizard wizard(s.clock);
    TeamSetup setup = test::TempTeam::standardSetup();
    setup.me = QStringLiteral("Nobody Inlist");
    wizard.setSetup(setup);
    wizard.setFilePath(s.path);
    wizard.show();
    for (int i = 0; i < TeamWizard::LocationPage; ++i)
        wizard.next();
    REQUIRE(wizard.currentId() == TeamWizard::LocationPage);
    // "Who am I" was offered only real members, so the unknown name became "not a member".
    CHECK(wizard.setup().me.isEmpty());
    auto *nameEdit = child<QLineEdit>(&wizard, QStringLiteral("teamName"));
    nameEdit->clear();
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.isVisible()); // refused
    CHECK(child<QLabel>(&wizard, QStringLiteral("problemsLabel"))->text().contains(QStringLiteral("name")));
    CHECK_FALSE(QFileInfo::exists(s.path));
}

TEST_CASE("The main window switches views and shows file, member and backup", "[shell]")
{
    Shell s;
    auto w = s.window();
    w->setTeam(s.createThroughWizard());
    w->show();

    auto *navigation = child<QListWidget>(w.get(), QStringLiteral("navigation"));
    auto *views = child<QStackedWidget>(w.get(), QStringLiteral("views"));
    REQUIRE(navigation->count() == MainWindow::ViewCount);
    CHECK(navigation->item(MainWindow::Participants)->text() == QStringLiteral("Participants"));
    // Gallring is in the File menu too, with an open, writable file.
    CHECK(child<QAction>(w.get(), QStringLiteral("actionGallring"))->isEnabled());
    for (int v = 0; v < MainWindow::ViewCount; ++v) {
        w->showView(MainWindow::View(v));
        CHECK(w->currentView() == v);
        CHECK(views->currentWidget() == w->view(MainWindow::View(v)));
        CHECK(w->view(MainWindow::View(v))->isVisible());
    }
    // And by keyboard, in the navigation column.
    navigation->setFocus();
    w->showView(MainWindow::Overview);
    QTest::keyClick(navigation, Qt::Key_Down);
    CHECK(w->currentView() == MainWindow::Participants);
    w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_6, Qt::ControlModifier);
    CHECK(w->currentView() == MainWindow::Team);
    CHECK(qobject_cast<TeamSettingsView *>(views->currentWidget()) != nullptr);

    // The participant list is the real one, and Ctrl+F puts the cursor in its search field.
    w->showView(MainWindow::Participants);
    REQUIRE(qobject_cast<ParticipantsView *>(views->currentWidget()) != nullptr);
    child<QAction>(w.get(), QStringLiteral("actionFind"))->trigger();
    CHECK(QApplication::focusWidget() == child<QLineEdit>(views->currentWidget(), QStringLiteral("participantSearch")));

    CHECK(child<QLabel>(w.get(), QStringLiteral("statusPath"))->text().contains(QStringLiteral("teamet.samsyn")));
    auto *member = child<QComboBox>(w.get(), QStringLiteral("statusMember"));
    CHECK(member->currentText() == QStringLiteral("Karin Koordinator"));
    CHECK_FALSE(child<QLabel>(w.get(), QStringLiteral("statusDemo"))->isVisible());
    CHECK(w->windowTitle().contains(QStringLiteral("Testteamet")));

    // Choosing another member signs them in.
    const int farid = member->findText(QStringLiteral("Farid Handläggare"));
    REQUIRE(farid > 0);
    member->setCurrentIndex(farid);
    Q_EMIT member->activated(farid);
    CHECK(w->team()->currentMemberName() == QStringLiteral("Farid Handläggare"));

    auto *backup = child<QLabel>(w.get(), QStringLiteral("statusBackup"));
    CHECK(backup->text() == QStringLiteral("No backup yet"));
    child<QAction>(w.get(), QStringLiteral("actionBackup"))->trigger();
    CHECK(backup->text().contains(QStringLiteral("2026-11-24")));
    CHECK(s.prompts.errors.isEmpty());
}

TEST_CASE("Undo and redo are bound to the open file's undo stack", "[shell]")
{
    Shell s;
    auto w = s.window();
    w->setTeam(s.createThroughWizard());
    auto *undo = child<QAction>(w.get(), QStringLiteral("actionUndo"));
    auto *redo = child<QAction>(w.get(), QStringLiteral("actionRedo"));
    CHECK(undo->shortcut() == QKeySequence(QStringLiteral("Ctrl+Z")));
    CHECK(redo->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    CHECK_FALSE(undo->isEnabled());

    int value = 0;
    w->team()->undoStack()->push(new CountingCommand(value));
    CHECK(value == 1);
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(value == 0);
    REQUIRE(redo->isEnabled());
    redo->trigger();
    CHECK(value == 1);
}

TEST_CASE("The idle lock hides everything until Continue", "[shell][privacy]")
{
    Shell s;
    auto w = s.window();
    w->setTeam(s.createThroughWizard());
    w->show();
    w->showView(MainWindow::Team);
    QWidget *settings = w->view(MainWindow::Team);
    REQUIRE(settings->isVisible());
    CHECK(IdleLock::configuredTimeout() == 10min);

    QWidget card; // stands for a participant card: a window of its own
    card.show();

    w->idleLock()->setTimeout(50ms);
    w->idleLock()->start();
    QTRY_VERIFY_WITH_TIMEOUT(w->isScreenHidden(), 3000);
    CHECK_FALSE(settings->isVisible());
    CHECK_FALSE(child<QListWidget>(w.get(), QStringLiteral("navigation"))->isVisible());
    CHECK_FALSE(w->statusBar()->isVisible()); // the member's name is not shown either
    auto *lockScreen = child<QWidget>(w.get(), QStringLiteral("lockScreen"));
    CHECK(lockScreen->isVisible());
    CHECK_FALSE(card.isVisible());

    w->idleLock()->setTimeout(10min);
    child<QPushButton>(lockScreen, QStringLiteral("continueButton"))->click();
    CHECK_FALSE(w->isScreenHidden());
    CHECK(settings->isVisible());
    CHECK(card.isVisible());
}

TEST_CASE("Opening a file held by another Samsyn names the holder", "[shell][open]")
{
    Shell s;
    s.createThroughWizard().reset(); // created and closed again
    TeamLock other(s.path);
    REQUIRE(other.tryAcquire(s.clock.now()) == TeamLock::Outcome::Acquired);
    const QString holder = other.holder().value().describe();

    auto w = s.window();
    CHECK_FALSE(w->openPath(s.path));
    CHECK(w->team() == nullptr);
    REQUIRE(s.prompts.errors.size() == 1);
    CHECK(s.prompts.errors.at(0).message.contains(holder));
    CHECK(s.prompts.questions.isEmpty()); // same computer: nothing to break
}

TEST_CASE("A file that is not a team file is reported and left unchanged", "[shell][open]")
{
    Shell s;
    const QString bad = s.dir.filePath(QStringLiteral("notes.samsyn"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            f.write("Meeting notes, not a team file.\n");
    }
    const QByteArray before = bytesOf(bad);

    auto w = s.window();
    CHECK_FALSE(w->openPath(bad));
    CHECK(w->team() == nullptr);
    REQUIRE(s.prompts.errors.size() == 1);
    CHECK_FALSE(s.prompts.errors.at(0).message.isEmpty());
    CHECK(bytesOf(bad) == before);
    CHECK_FALSE(QFileInfo::exists(bad + QStringLiteral(".lock")));
}

TEST_CASE("A damaged file offers the newest backup and restores it when asked", "[shell][open][backup]")
{
    Shell s;
    {
        auto team = s.createThroughWizard();
        team->backupNow();
    }
    test::rawExec(s.path, {QStringLiteral("CREATE TABLE intruder(x INTEGER)")});
    const QByteArray damaged = test::fileBytes(s.path);

    auto w = s.window();
    s.prompts.confirmAnswer = false;
    CHECK_FALSE(w->openPath(s.path));
    REQUIRE(s.prompts.errors.size() == 1);
    REQUIRE(s.prompts.questions.size() == 1); // the restore offer
    CHECK(s.prompts.questions.at(0).contains(QStringLiteral("2026-11-24")));
    CHECK(test::fileBytes(s.path) == damaged);

    s.prompts.confirmAnswer = true;
    REQUIRE(w->openPath(s.path));
    CHECK(SettingsRepository(w->team()->database()).teamInfo().name == QStringLiteral("Testteamet"));
}

TEST_CASE("A file of demo data carries the DEMO marker", "[shell]")
{
    Shell s;
    auto w = s.window();
    w->setTeam(s.createThroughWizard());
    w->show();
    auto *demo = child<QLabel>(w.get(), QStringLiteral("statusDemo"));
    CHECK_FALSE(demo->isVisible());
    w->team()->write(QStringLiteral("settings.team"), [](WriteContext &ctx) {
        TeamInfo info = SettingsRepository(ctx.db()).teamInfo();
        info.demo = true;
        SettingsRepository::setTeamInfo(ctx, info);
    });
    CHECK(demo->isVisible());
}

TEST_CASE("Team settings save through the write path and refuse bad input", "[shell][settings]")
{
    Shell s;
    auto w = s.window();
    w->setTeam(s.createThroughWizard());
    auto *view = qobject_cast<TeamSettingsView *>(w->view(MainWindow::Team));
    REQUIRE(view);
    auto *info = child<SettingsSection>(view, QStringLiteral("teamInfoSection"));
    auto *name = child<QLineEdit>(info, QStringLiteral("teamName"));

    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Norra teamet"));
    CHECK(info->hasUnsavedChanges());
    REQUIRE(info->save());
    CHECK(SettingsRepository(w->team()->database()).teamInfo().name == QStringLiteral("Norra teamet"));

    // An empty name is refused by the core; the file keeps the old name, the edit stays.
    name->clear();
    QTest::keyClick(name, Qt::Key_Space);
    CHECK_FALSE(info->save());
    REQUIRE(s.prompts.errors.size() == 1);
    CHECK(s.prompts.errors.at(0).message.contains(QStringLiteral("Nothing was changed")));
    CHECK(SettingsRepository(w->team()->database()).teamInfo().name == QStringLiteral("Norra teamet"));

    // A new member saved in the Members tab appears in the status bar's member list.
    auto *members = child<SettingsSection>(view, QStringLiteral("membersSection"));
    auto *table = child<QTableWidget>(members, QStringLiteral("table"));
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(QStringLiteral("Maja Ny")));
    table->setItem(row, 5, new QTableWidgetItem);
    table->item(row, 5)->setCheckState(Qt::Checked);
    REQUIRE(members->save());
    CHECK(SettingsRepository(w->team()->database()).members().size() == 5);
    CHECK(child<QComboBox>(w.get(), QStringLiteral("statusMember"))->findText(QStringLiteral("Maja Ny")) > 0);
}

TEST_CASE("Restore from backup replaces the file after asking", "[shell][backup]")
{
    Shell s;
    auto w = s.window();
    w->setTeam(s.createThroughWizard());
    child<QAction>(w.get(), QStringLiteral("actionBackup"))->trigger();
    s.clock.advanceSeconds(120);
    w->team()->write(QStringLiteral("settings.team"), [](WriteContext &ctx) {
        TeamInfo info = SettingsRepository(ctx.db()).teamInfo();
        info.name = QStringLiteral("Efter backup");
        SettingsRepository::setTeamInfo(ctx, info);
    });

    s.prompts.chooseAnswer = 0;
    s.prompts.confirmAnswer = false; // first: the user says no
    child<QAction>(w.get(), QStringLiteral("actionRestore"))->trigger();
    CHECK(SettingsRepository(w->team()->database()).teamInfo().name == QStringLiteral("Efter backup"));

    s.prompts.confirmAnswer = true;
    child<QAction>(w.get(), QStringLiteral("actionRestore"))->trigger();
    REQUIRE(w->team() != nullptr);
    CHECK(SettingsRepository(w->team()->database()).teamInfo().name == QStringLiteral("Testteamet"));
    CHECK(s.prompts.errors.isEmpty());
}

TEST_CASE("Screenshots of the main views, the settings tabs and the wizard pages", "[shell][screenshots]")
{
    Shell s;
    auto w = s.window();
    w->setTeam(s.createThroughWizard());
    w->show();
    const QStringList names{QStringLiteral("overview"), QStringLiteral("participants"), QStringLiteral("referrals"),
                            QStringLiteral("meetings"), QStringLiteral("reports"), QStringLiteral("team")};
    for (int v = 0; v < MainWindow::ViewCount; ++v) {
        w->showView(MainWindow::View(v));
        saveShot(w.get(), QStringLiteral("main-%1-%2").arg(v).arg(names.at(v)));
    }
    auto *view = qobject_cast<TeamSettingsView *>(w->view(MainWindow::Team));
    REQUIRE(view);
    for (int t = 0; t < view->tabs()->count(); ++t) {
        view->tabs()->setCurrentIndex(t);
        saveShot(w.get(), QStringLiteral("settings-%1-%2").arg(t).arg(view->section(t)->objectName()));
    }
    w->idleLock()->setTimeout(1ms);
    w->hideScreen();
    saveShot(w.get(), QStringLiteral("main-locked"));
    w->showScreen();

    w->setTeam(nullptr);
    saveShot(w.get(), QStringLiteral("main-no-file"));
    StartDialog start;
    start.show();
    saveShot(&start, QStringLiteral("start-dialog"));

    TeamWizard wizard(s.clock);
    wizard.setSetup(test::TempTeam::standardSetup());
    wizard.show();
    for (int id = 0; id <= TeamWizard::LocationPage; ++id) {
        saveShot(&wizard, QStringLiteral("wizard-%1-%2").arg(id).arg(wizard.currentPage()->objectName()));
        wizard.next();
    }
}

TEST_CASE("shell: a file opened read-only can be copied to this computer when the user agrees", "[shell][location]")
{
    Shell s;
    s.createThroughWizard().reset();
    TeamFile::OpenOptions options;
    options.readOnly = true; // as a network share would be opened
    auto team = TeamFile::open(s.path, s.clock, options);
    const QString localFolder = s.dir.filePath(QStringLiteral("local"));

    s.prompts.confirmAnswer = false;
    CHECK(LocalCopyOffer::offer(*team, s.prompts, nullptr, localFolder).isEmpty());
    CHECK_FALSE(QDir(localFolder).exists());

    s.prompts.confirmAnswer = true;
    const QString copy = LocalCopyOffer::offer(*team, s.prompts, nullptr, localFolder);
    REQUIRE_FALSE(copy.isEmpty());
    CHECK(s.prompts.questions.last().contains(QStringLiteral("network")));
    CHECK(QFileInfo(copy).fileName() == QStringLiteral("teamet.samsyn"));
    CHECK(LocalCopyOffer::freeName(localFolder, s.path).endsWith(QStringLiteral("teamet (2).samsyn")));
    auto opened = TeamFile::open(copy, s.clock);
    CHECK_FALSE(opened->isReadOnly());
}

TEST_CASE("shell: on a read-only file the actions that write are greyed out", "[shell][location]")
{
    Shell s;
    s.createThroughWizard().reset();
    TeamFile::OpenOptions options;
    options.readOnly = true;
    auto w = s.window();
    w->setTeam(TeamFile::open(s.path, s.clock, options));
    CHECK_FALSE(child<QAction>(w.get(), QStringLiteral("actionImportParticipants"))->isEnabled());
    CHECK_FALSE(child<QAction>(w.get(), QStringLiteral("actionGallring"))->isEnabled());
    CHECK(child<QAction>(w.get(), QStringLiteral("actionFind"))->isEnabled());
    w->setTeam(nullptr);
    w->setTeam(TeamFile::open(s.path, s.clock));
    CHECK(child<QAction>(w.get(), QStringLiteral("actionGallring"))->isEnabled());
}
