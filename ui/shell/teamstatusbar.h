// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStatusBar>

class QComboBox;
class QLabel;

namespace samsyn {

class TeamFile;
struct BackupInfo;
struct ChangeSet;

// The main window's status bar: the team file's path, the signed-in team member (a combo;
// choosing another calls TeamFile::setCurrentMember), the last backup, and DEMO for a file
// of invented data. Borrows the TeamFile; setTeam(nullptr) before the file closes.
class TeamStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit TeamStatusBar(QWidget *parent = nullptr);

    void setTeam(TeamFile *team);

Q_SIGNALS:
    void memberChanged(std::optional<qint64> memberId);

private:
    void reloadMembers();
    void showBackup();
    void onTeamChanged(const ChangeSet &changes);

    TeamFile *m_team = nullptr;
    QLabel *m_path;
    QLabel *m_memberLabel;
    QComboBox *m_member;
    QLabel *m_backup;
    QLabel *m_demo;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace samsyn
