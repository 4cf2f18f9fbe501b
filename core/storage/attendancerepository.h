// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// A person's attendance over a period. The rate is present / sessions held while the person
// belonged to the group. Absence with notice counts as absence in the rate (the person was
// not there) but is counted separately, so the card can show "anmäld frånvaro"; a session
// with no mark counts as not present.
struct AttendanceRate
{
    int sessions = 0;
    int present = 0;
    int absentNotified = 0;
    int absent = 0;
    int unmarked = 0;
    // 0..100; nullopt when the person had no sessions in the period.
    std::optional<double> percent() const
    {
        return sessions > 0 ? std::optional<double>(100.0 * present / sessions) : std::nullopt;
    }
};

// A group activity and, for one participant, the span they belong to it.
struct GroupMembership
{
    qint64 activityId = 0;
    QString name;
    QString weekdays; // ISO digits, "135"
    QString time;
    QDate from;
    QDate to; // null while the person is still in the group
};

// One session of a group the person belonged to on that day, with their mark ('' = none).
struct SessionMark
{
    qint64 sessionId = 0;
    qint64 activityId = 0;
    QString activity;
    QDate date;
    QString status; // present / absent_notified / absent / ''
};

// Group activities, their members, sessions and attendance marks.
class AttendanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::AttendanceRepository)

public:
    explicit AttendanceRepository(Database &db) : m_db(db) {}

    AttendanceRate rate(qint64 participantId, QDate from, QDate to) const;
    // Every active group activity (id, name, weekdays, time; from/to left empty).
    QList<GroupMembership> activities() const;
    // The groups the person has belonged to, by start.
    QList<GroupMembership> memberships(qint64 participantId) const;
    // The sessions held in [from, to] while the person belonged to the group, newest first:
    // the same sessions rate() counts.
    QList<SessionMark> sessions(qint64 participantId, QDate from, QDate to) const;

    // weekdays: ISO digits, "135" = Monday, Wednesday, Friday; time "hh:mm" or empty.
    static qint64 addActivity(WriteContext &ctx, const QString &name, const QString &weekdays, const QString &time);
    static void addMember(WriteContext &ctx, qint64 activityId, qint64 participantId, QDate from, QDate to = {});
    static qint64 addSession(WriteContext &ctx, qint64 activityId, QDate date);
    // status: present / absent_notified / absent
    static void mark(WriteContext &ctx, qint64 sessionId, qint64 participantId, const QString &status);

private:
    Database &m_db;
};

} // namespace samsyn
