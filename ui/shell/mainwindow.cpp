// SPDX-License-Identifier: EUPL-1.2
#include "shell/mainwindow.h"

#include "demo/demogenerator.h"
#include "import/importwizard.h"
#include "meetings/meetingsview.h"
#include "overview/overviewview.h"
#include "participants/participantcard.h"
#include "participants/participantsview.h"
#include "referrals/referralsview.h"
#include "reports/reportsview.h"
#include "settings/gallringdialog.h"
#include "settings/teamsettingsview.h"
#include "shell/banner.h"
#include "shell/idlelock.h"
#include "shell/localcopyoffer.h"
#include "shell/lockscreen.h"
#include "shell/placeholderview.h"
#include "shell/recentfiles.h"
#include "shell/teamopener.h"
#include "shell/teamstatusbar.h"
#include "shell/userprompts.h"
#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "wizard/startdialog.h"
#include "wizard/teamwizard.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace samsyn {

namespace {
QString navigationLabel(MainWindow::View view)
{
    switch (view) {
    case MainWindow::Overview:
        return MainWindow::tr("Overview");
    case MainWindow::Participants:
        return MainWindow::tr("Participants");
    case MainWindow::Referrals:
        return MainWindow::tr("Referrals");
    case MainWindow::Meetings:
        return MainWindow::tr("Meetings");
    case MainWindow::Reports:
        return MainWindow::tr("Reports");
    case MainWindow::Team:
    case MainWindow::ViewCount:
        break;
    }
    return MainWindow::tr("Team");
}
} // namespace

MainWindow::MainWindow(const Clock &clock, UserPrompts &prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_prompts(prompts)
    , m_screens(new QStackedWidget(this))
    , m_workspace(new QWidget(this))
    , m_noFile(new PlaceholderView(tr("No team file open"),
                                   tr("Use the File menu to create a new team file or open one."), this))
    , m_lockScreen(new LockScreen(this))
    , m_navigation(new QListWidget(this))
    , m_views(new QStackedWidget(this))
    , m_readOnlyBanner(new Banner(Banner::Kind::ReadOnly, this))
    , m_warningBanner(new Banner(Banner::Kind::Warning, this))
    , m_statusBar(new TeamStatusBar(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_idleLock(new IdleLock(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/samsyn/icons/se.samsyn.Samsyn.svg")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(190);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { background: #e9edf1; padding: 10px 6px 0 6px; "
                                               "border-right: 1px solid #d0d5db; }"
                                               "QListWidget#navigation::item { padding: 9px 14px; }"));
    for (int v = 0; v < ViewCount; ++v)
        m_navigation->addItem(navigationLabel(View(v)));
    m_views->setObjectName(QStringLiteral("views"));

    auto *centre = new QWidget(m_workspace);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_readOnlyBanner);
    centreLayout->addWidget(m_warningBanner);
    centreLayout->addWidget(m_views, 1);
    auto *workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    workspaceLayout->addWidget(m_navigation);
    workspaceLayout->addWidget(centre, 1);

    m_screens->addWidget(m_noFile);
    m_screens->addWidget(m_workspace);
    m_screens->addWidget(m_lockScreen);
    setCentralWidget(m_screens);
    setStatusBar(m_statusBar);

    connect(m_navigation, &QListWidget::currentRowChanged, m_views, &QStackedWidget::setCurrentIndex);
    connect(m_lockScreen, &LockScreen::continueRequested, this, &MainWindow::showScreen);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::hideScreen);
    connect(m_statusBar, &TeamStatusBar::memberChanged, this, [this](std::optional<qint64> id) {
        if (m_team)
            RecentFiles::setLastMember(m_team->path(), id);
    });

    createMenus();
    setTeam(nullptr);
    m_idleLock->start();
}

MainWindow::~MainWindow()
{
    // Views and the status bar borrow the file: they go first.
    clearViews();
    m_statusBar->setTeam(nullptr);
}

void MainWindow::setTeam(std::unique_ptr<TeamFile> team)
{
    clearViews();
    m_statusBar->setTeam(nullptr);
    m_team = std::move(team);
    const bool open = m_team != nullptr;
    for (QAction *action : std::as_const(m_teamActions))
        action->setEnabled(open);
    // What writes is greyed out on a read-only file rather than doing nothing when chosen.
    for (const char *writes : {"actionImportParticipants", "actionGallring"}) {
        if (auto *action = findChild<QAction *>(QString::fromLatin1(writes)))
            action->setEnabled(open && !m_team->isReadOnly());
    }
    if (!open) {
        m_readOnlyBanner->setMessage({});
        m_warningBanner->setMessage({});
        if (!isScreenHidden())
            m_screens->setCurrentWidget(m_noFile);
        updateTitle();
        return;
    }
    const TeamFile::OpenReport &report = m_team->openReport();
    if (m_team->isReadOnly()) {
        const QString reason = report.readOnlyReason.isEmpty() ? tr("The team file was opened read-only.") : report.readOnlyReason;
        m_readOnlyBanner->setMessage(reason + QLatin1Char(' ') + tr("You can read everything; changes are not possible."));
    }
    m_warningBanner->setMessage(report.warnings.join(QLatin1Char('\n')));
    RecentFiles::add(m_team->path());
    if (!m_team->currentMember()) {
        const auto remembered = RecentFiles::lastMember(m_team->path());
        if (remembered && SettingsRepository(m_team->database()).member(*remembered))
            m_team->setCurrentMember(remembered);
    }
    m_undoGroup->addStack(m_team->undoStack());
    m_undoGroup->setActiveStack(m_team->undoStack());
    buildViews();
    m_statusBar->setTeam(m_team.get());
    if (!isScreenHidden())
        m_screens->setCurrentWidget(m_workspace);
    updateTitle();
}

bool MainWindow::openPath(const QString &path)
{
    // Close first: the same file cannot be opened twice, and a failed open keeps nothing.
    const QString current = m_team ? m_team->path() : QString();
    if (!current.isEmpty() && QFileInfo(current) == QFileInfo(path))
        return true;
    auto team = TeamOpener(m_clock, m_prompts, this).open(path);
    if (!team)
        return false;
    if (team->openReport().onNetworkShare) {
        const QString copy = LocalCopyOffer::offer(*team, m_prompts, this, TeamFile::defaultFolder());
        if (!copy.isEmpty()) {
            team.reset();
            return openPath(copy);
        }
    }
    setTeam(std::move(team));
    return true;
}

void MainWindow::buildViews()
{
    TeamFile &team = *m_team;
    auto *overview = new OverviewView(team, m_views);
    m_views->addWidget(overview);
    auto *participants = new ParticipantsView(team, m_views, &m_prompts);
    m_views->addWidget(participants);
    // A line of Översikt opens its participant's card (the Deltagare view owns the cards).
    // A line of Rapporter's export check does the same.
    const auto openCard = [participants](qint64 id, const QString &place) {
        if (ParticipantCard *card = participants->openCard(id))
            card->openAt(place);
    };
    connect(overview, &OverviewView::openParticipant, participants, openCard);
    m_views->addWidget(new ReferralsView(team, m_prompts, m_views));
    m_views->addWidget(new MeetingsView(team, m_prompts, m_views));
    auto *reports = new ReportsView(team, m_prompts, m_views);
    m_views->addWidget(reports);
    connect(reports, &ReportsView::openParticipant, participants, openCard);
    m_views->addWidget(new TeamSettingsView(team, m_prompts, m_views));
    for (int v = 0; v < ViewCount; ++v) {
        if (m_views->widget(v)->objectName().isEmpty())
            m_views->widget(v)->setObjectName(QStringLiteral("view%1").arg(v));
    }
    m_navigation->setCurrentRow(Overview);
    m_views->setCurrentIndex(Overview);
}

void MainWindow::clearViews()
{
    while (m_views->count() > 0) {
        QWidget *w = m_views->widget(0);
        m_views->removeWidget(w);
        delete w;
    }
}

void MainWindow::showView(View view)
{
    m_navigation->setCurrentRow(view);
}

QWidget *MainWindow::view(View view) const
{
    return m_views->widget(view);
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_navigation->currentRow());
}

void MainWindow::updateTitle()
{
    if (!m_team) {
        setWindowTitle(QStringLiteral("Samsyn"));
        return;
    }
    const QString name = SettingsRepository(m_team->database()).teamInfo().name;
    setWindowTitle(tr("%1 – Samsyn").arg(name.isEmpty() ? QFileInfo(m_team->path()).fileName() : name));
}

bool MainWindow::isScreenHidden() const
{
    return m_screens->currentWidget() == m_lockScreen;
}

void MainWindow::hideScreen()
{
    m_idleLock->stop();
    // Participant cards and dialogs are windows of their own: they are hidden too.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != this && w->isVisible() && !w->inherits("QMenu")) {
            m_hiddenWindows << w;
            w->hide();
        }
    }
    m_screens->setCurrentWidget(m_lockScreen);
    m_statusBar->setVisible(false);
    menuBar()->setEnabled(false);
}

void MainWindow::showScreen()
{
    m_screens->setCurrentWidget(m_team ? m_workspace : m_noFile);
    m_statusBar->setVisible(true);
    menuBar()->setEnabled(true);
    for (const QPointer<QWidget> &w : std::as_const(m_hiddenWindows)) {
        if (w)
            w->show();
    }
    m_hiddenWindows.clear();
    m_idleLock->start();
}

void MainWindow::focusSearch()
{
    QWidget *current = m_views->currentWidget();
    if (!current || isScreenHidden())
        return;
    // A view offers its search either as focusSearch() or as a line edit named "search".
    if (auto *participants = qobject_cast<ParticipantsView *>(current)) {
        participants->focusSearch();
        return;
    }
    if (auto *search = current->findChild<QLineEdit *>(QStringLiteral("search"))) {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    }
}

void MainWindow::importParticipants()
{
    if (!m_team || m_team->isReadOnly())
        return;
    ImportWizard wizard(*m_team, this);
    wizard.exec();
}

void MainWindow::openGallring()
{
    if (!m_team || m_team->isReadOnly())
        return;
    GallringDialog dialog(*m_team, m_prompts, this);
    dialog.exec();
}

void MainWindow::createMenus()
{
    auto addAction = [this](QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut,
                            auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    addAction(file, QStringLiteral("actionNewTeam"), tr("&New team…"), QKeySequence(), &MainWindow::newTeam);
    addAction(file, QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open, &MainWindow::openFile);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    addAction(file, QStringLiteral("actionOpenDemo"), tr("Open the &demo team"), QKeySequence(), &MainWindow::openDemo);
    file->addSeparator();
    m_teamActions << addAction(file, QStringLiteral("actionBackup"), tr("&Back up now"), QKeySequence(), &MainWindow::backupNow);
    m_teamActions << addAction(file, QStringLiteral("actionRestore"), tr("Re&store from backup…"), QKeySequence(),
                               &MainWindow::restoreFromBackup);
    file->addSeparator();
    m_teamActions << addAction(file, QStringLiteral("actionImportParticipants"), tr("&Import participants from a list…"),
                               QKeySequence(), &MainWindow::importParticipants);
    m_teamActions << addAction(file, QStringLiteral("actionGallring"), tr("&Gallring (retention)…"), QKeySequence(),
                               &MainWindow::openGallring);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_teamActions << addAction(viewMenu, QStringLiteral("actionFind"), tr("&Find"), QKeySequence::Find, &MainWindow::focusSearch);
    viewMenu->addSeparator();
    for (int v = 0; v < ViewCount; ++v) {
        QAction *go = viewMenu->addAction(navigationLabel(View(v)));
        go->setObjectName(QStringLiteral("actionView%1").arg(v));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + v)));
        connect(go, &QAction::triggered, this, [this, v] { showView(View(v)); });
        m_teamActions << go;
    }
    viewMenu->addSeparator();
    addAction(viewMenu, QStringLiteral("actionHideScreen"), tr("&Hide the screen"), QKeySequence(Qt::CTRL | Qt::Key_L),
              &MainWindow::hideScreen);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addAction(help, QStringLiteral("actionAbout"), tr("&About Samsyn"), QKeySequence(), [this] {
        m_prompts.inform(this, tr("About Samsyn"),
                         tr("Samsyn %1\n\nThe file, meetings and reports of a samverkansteam.\n\n"
                            "Licensed under the European Union Public Licence (EUPL-1.2).")
                             .arg(QStringLiteral(SAMSYN_VERSION)));
    });
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openPath(path); });
    }
}

void MainWindow::newTeam()
{
    TeamWizard wizard(m_clock, this);
    if (wizard.exec() == QDialog::Accepted && wizard.hasTeam())
        setTeam(wizard.takeTeam());
}

void MainWindow::openFile()
{
    const QString folder = m_team ? QFileInfo(m_team->path()).absolutePath() : TeamFile::defaultFolder();
    const QString path = m_prompts.openFileName(this, tr("Open a team file"), folder);
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::openDemo()
{
    const QString path = TeamFile::demoPath();
    if (QFileInfo::exists(path)) {
        openPath(path);
        return;
    }
    // First use: invent the demo team (a few seconds for three years of history).
    std::unique_ptr<TeamFile> team;
    m_statusBar->showMessage(tr("Creating the demo team…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        team = DemoGenerator::create(path, DemoOptions{}, m_clock);
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        m_statusBar->clearMessage();
        m_prompts.error(this, tr("The demo team could not be created"), e.message(), e.technicalDetail());
        return;
    }
    QApplication::restoreOverrideCursor();
    m_statusBar->clearMessage();
    setTeam(std::move(team));
}

void MainWindow::backupNow()
{
    if (!m_team)
        return;
    try {
        const BackupInfo backup = m_team->backupNow();
        m_statusBar->showMessage(tr("Backup saved: %1").arg(QDir::toNativeSeparators(backup.path)), 8000);
    } catch (const Error &e) {
        m_prompts.error(this, tr("The backup failed"), e.message(), e.technicalDetail());
    }
}

void MainWindow::restoreFromBackup()
{
    if (!m_team)
        return;
    const QString path = m_team->path();
    const QList<BackupInfo> backups = BackupService::list(path);
    if (backups.isEmpty()) {
        m_prompts.inform(this, tr("Restore from backup"), tr("There are no backups of this team file yet."));
        return;
    }
    QStringList items;
    for (const BackupInfo &b : backups)
        items << tr("%1 (%2)").arg(b.taken.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QFileInfo(b.path).fileName());
    const int index = m_prompts.choose(this, tr("Restore from backup"), tr("Which backup?"), items);
    if (index < 0)
        return;
    const QString question = tr("Replace the team file with the backup from %1? Whatever was entered after it is not in "
                                "the backup. The current file is kept aside, not deleted.")
                                 .arg(backups.at(index).taken.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!m_prompts.confirm(this, tr("Restore from backup"), question, tr("Restore")))
        return;
    setTeam(nullptr);
    auto restored = TeamOpener(m_clock, m_prompts, this).restore(path, backups.at(index).path);
    if (!restored) {
        openPath(path); // reopen what was there; the restore changed nothing
        return;
    }
    setTeam(std::move(restored));
}

bool MainWindow::runStartDialog()
{
    for (;;) {
        StartDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        switch (dialog.choice()) {
        case StartDialog::Choice::NewTeam:
            newTeam();
            break;
        case StartDialog::Choice::OpenFile:
            openFile();
            break;
        case StartDialog::Choice::OpenDemo:
            openDemo();
            break;
        case StartDialog::Choice::OpenRecent:
            openPath(dialog.recentPath());
            break;
        }
        if (m_team)
            return true;
    }
}

} // namespace samsyn
