// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QListWidget;
class QStackedWidget;
class QUndoGroup;
class QMenu;

namespace samsyn {

class Banner;
class Clock;
class IdleLock;
class LockScreen;
class TeamFile;
class TeamStatusBar;
class UserPrompts;

// The main window assembles the shell: the navigation column, the views in the centre, the
// banners, the status bar, the menus and the idle lock. It owns the open TeamFile; each view
// is its own class and borrows the file. Everything that asks the user goes through the
// injected UserPrompts.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The order of the navigation column.
    enum View { Overview, Participants, Referrals, Meetings, Reports, Team, ViewCount };

    MainWindow(const Clock &clock, UserPrompts &prompts, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes over an open team file (null closes the current one).
    void setTeam(std::unique_ptr<TeamFile> team);
    TeamFile *team() const { return m_team.get(); }
    // Opens through TeamOpener; false (and a message already shown) when it could not.
    bool openPath(const QString &path);

    void showView(View view);
    QWidget *view(View view) const;
    View currentView() const;

    bool isScreenHidden() const;
    IdleLock *idleLock() const { return m_idleLock; }

    // The start dialog: new, open, demo or a recent file. False when the user closed it.
    bool runStartDialog();

public Q_SLOTS:
    void newTeam();
    void openFile();
    void openDemo();
    void backupNow();
    void restoreFromBackup();
    void importParticipants();
    // Retention deletion: who is due, and deleting them (also under Team settings).
    void openGallring();
    void focusSearch();
    void hideScreen();
    void showScreen();

private:
    void createMenus();
    void fillRecentMenu();
    void buildViews();
    void clearViews();
    void updateTitle();

    const Clock &m_clock;
    UserPrompts &m_prompts;
    std::unique_ptr<TeamFile> m_team;

    QStackedWidget *m_screens;
    QWidget *m_workspace;
    QWidget *m_noFile;
    LockScreen *m_lockScreen;
    QListWidget *m_navigation;
    QStackedWidget *m_views;
    Banner *m_readOnlyBanner;
    Banner *m_warningBanner;
    TeamStatusBar *m_statusBar;
    QUndoGroup *m_undoGroup;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_teamActions;
    IdleLock *m_idleLock;
    QList<QPointer<QWidget>> m_hiddenWindows;
};

} // namespace samsyn
