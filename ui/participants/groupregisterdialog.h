// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/grouprepository.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace samsyn {

class TeamFile;
class UserPrompts;

// The register of one group session: the coordinator picks the group and the day, sees
// everyone who belonged to the group that day, and marks them all at once (present, absent
// with notice, absent). Saving is one action; marks already on file for that day are shown
// and can be changed. Borrows the file.
class GroupRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    // activityId 0 picks the first active group.
    GroupRegisterDialog(TeamFile &team, UserPrompts &prompts, qint64 activityId, QWidget *parent = nullptr);

    // For tests and keyboard users alike: what the buttons do.
    void setSession(qint64 activityId, QDate date);
    void setMark(int row, const QString &status);
    void markAllPresent();
    bool save();
    int rowCount() const;
    QString rowName(int row) const;
    bool hasUnsavedChanges() const { return m_dirty; }

private:
    void load();
    void onSessionChosen();
    QString dayHint() const;

    TeamFile &m_team;
    UserPrompts &m_prompts;
    QComboBox *m_group;
    QDateEdit *m_date;
    QLabel *m_hint;
    QTableWidget *m_table;
    QLabel *m_empty;
    QLabel *m_error;
    QLabel *m_saved;
    QPushButton *m_allPresent;
    QPushButton *m_save;
    QList<RosterLine> m_roster;
    QList<GroupActivity> m_activities;
    qint64 m_loadedActivity = 0;
    QDate m_loadedDate;
    bool m_dirty = false;
};

} // namespace samsyn
