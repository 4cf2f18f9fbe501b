// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/attendancerepository.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace samsyn {

class TeamFile;
struct ChangeSet;
class UserPrompts;

// The card's Närvaro tab: the group activities the person is in, the sessions of a period
// with their mark (present, absent with notice, absent), and the attendance rate of that
// period as AttendanceRepository counts it. Marks are saved as they are chosen. Joining a
// group and adding a session that was held are here too, since the team records
// attendance one person at a time as often as per group.
class AttendanceTab : public QWidget
{
    Q_OBJECT

public:
    AttendanceTab(TeamFile &team, UserPrompts &prompts, qint64 participantId, QWidget *parent = nullptr);

    void setPeriod(QDate from, QDate to);
    bool joinGroup(qint64 activityId, QDate from);
    // The person leaves the group of the membership in row `row` of the groups table.
    bool leaveGroup(int row, QDate lastDay);
    // The whole group's register for the group and day chosen under "A session was held".
    void openRegister();
    bool addSession(qint64 activityId, QDate date);
    // status: present / absent_notified / absent
    bool mark(qint64 sessionId, const QString &status);
    QString rateText() const;

    static QString weekdaysText(const QString &weekdays);

private:
    void reload();
    void onTeamChanged(const ChangeSet &changes);

    TeamFile &m_team;
    UserPrompts &m_prompts;
    qint64 m_participantId;
    QList<GroupMembership> m_memberships;
    QTableWidget *m_groups;
    QComboBox *m_joinActivity;
    QDateEdit *m_joinFrom;
    QDateEdit *m_leaveOn;
    QComboBox *m_sessionActivity;
    QDateEdit *m_sessionDate;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_rate;
    QTableWidget *m_sessions;
    QLabel *m_error;
};

} // namespace samsyn
