// SPDX-License-Identifier: EUPL-1.2
#include "storage/attendancerepository.h"

#include "storage/database.h"
#include "storage/grouprepository.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

namespace samsyn {

AttendanceRate AttendanceRepository::rate(qint64 participantId, QDate from, QDate to) const
{
    AttendanceRate r;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT coalesce(a.status, '') FROM group_sessions s JOIN group_members m ON m.activity_id = s.activity_id "
                       "AND m.participant_id = ? AND s.session_date >= m.from_date "
                       "AND (m.to_date IS NULL OR s.session_date <= m.to_date) "
                       "LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = m.participant_id "
                       "WHERE s.session_date BETWEEN ? AND ? GROUP BY s.id"),
        {participantId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    while (q.next()) {
        const QString status = q.value(0).toString();
        ++r.sessions;
        if (status == QLatin1String("present"))
            ++r.present;
        else if (status == QLatin1String("absent_notified"))
            ++r.absentNotified;
        else if (status == QLatin1String("absent"))
            ++r.absent;
        else
            ++r.unmarked;
    }
    return r;
}

QList<GroupMembership> AttendanceRepository::activities() const
{
    QList<GroupMembership> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, weekdays, start_time FROM group_activities WHERE active = 1 ORDER BY name"));
    while (q.next())
        result << GroupMembership{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}, {}};
    return result;
}

QList<GroupMembership> AttendanceRepository::memberships(qint64 participantId) const
{
    QList<GroupMembership> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT g.id, g.name, g.weekdays, g.start_time, m.from_date, m.to_date FROM group_members m "
                                           "JOIN group_activities g ON g.id = m.activity_id WHERE m.participant_id = ? "
                                           "ORDER BY m.from_date, g.name"),
                            {participantId});
    while (q.next())
        result << GroupMembership{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                  sql::toDate(q.value(4)), sql::toDate(q.value(5))};
    return result;
}

QList<SessionMark> AttendanceRepository::sessions(qint64 participantId, QDate from, QDate to) const
{
    QList<SessionMark> result;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT s.id, s.activity_id, g.name, s.session_date, coalesce(a.status, '') FROM group_sessions s "
                       "JOIN group_activities g ON g.id = s.activity_id "
                       "JOIN group_members m ON m.activity_id = s.activity_id AND m.participant_id = ? "
                       "AND s.session_date >= m.from_date AND (m.to_date IS NULL OR s.session_date <= m.to_date) "
                       "LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = m.participant_id "
                       "WHERE s.session_date BETWEEN ? AND ? GROUP BY s.id ORDER BY s.session_date DESC, g.name"),
        {participantId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    while (q.next())
        result << SessionMark{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), sql::toDate(q.value(3)),
                              q.value(4).toString()};
    return result;
}

qint64 AttendanceRepository::addActivity(WriteContext &ctx, const QString &name, const QString &weekdays, const QString &time)
{
    return GroupRepository::saveActivity(ctx, GroupActivity{0, name, weekdays, time, true});
}

void AttendanceRepository::addMember(WriteContext &ctx, qint64 activityId, qint64 participantId, QDate from, QDate to)
{
    sql::requireId(ctx.db(), QStringLiteral("group_activities"), activityId, tr("group activity"));
    sql::requireId(ctx.db(), QStringLiteral("participants"), participantId, tr("participant"));
    if (!from.isValid() || (to.isValid() && to < from))
        throw Error(ErrorCode::Validation, tr("The membership needs a start, and its end cannot be before it."));
    // Two spans of one group that overlap would say the person joined twice; a person who left
    // may join again after their last day.
    const QVariant overlapping = ctx.db().scalar(
        QStringLiteral("SELECT from_date FROM group_members WHERE activity_id = ? AND participant_id = ? "
                       "AND (to_date IS NULL OR to_date >= ?) AND (? IS NULL OR from_date <= ?)"),
        {activityId, participantId, sql::date(from), sql::date(to), sql::date(to)});
    if (overlapping.isValid())
        throw Error(ErrorCode::Validation, tr("The person is already in this group from %1; they can join again after "
                                              "leaving it.")
                                               .arg(overlapping.toString()));
    ctx.setParticipant(participantId);
    ctx.touch(QStringLiteral("attendance"), participantId);
    ctx.db().exec(QStringLiteral("INSERT INTO group_members(activity_id, participant_id, from_date, to_date) VALUES (?, ?, ?, ?)"),
                  {activityId, participantId, sql::date(from), sql::date(to)});
}

qint64 AttendanceRepository::addSession(WriteContext &ctx, qint64 activityId, QDate date)
{
    sql::requireId(ctx.db(), QStringLiteral("group_activities"), activityId, tr("group activity"));
    if (!date.isValid())
        throw Error(ErrorCode::Validation, tr("The session needs a date."));
    if (ctx.db().scalar(QStringLiteral("SELECT 1 FROM group_sessions WHERE activity_id = ? AND session_date = ?"),
                        {activityId, sql::date(date)}).isValid())
        throw Error(ErrorCode::Validation, tr("The group already has a session on that day."));
    ctx.touch(QStringLiteral("attendance"));
    return ctx.db()
        .exec(QStringLiteral("INSERT INTO group_sessions(activity_id, session_date) VALUES (?, ?)"), {activityId, sql::date(date)})
        .lastInsertId()
        .toLongLong();
}

void AttendanceRepository::mark(WriteContext &ctx, qint64 sessionId, qint64 participantId, const QString &status)
{
    static const QStringList statuses{QStringLiteral("present"), QStringLiteral("absent_notified"), QStringLiteral("absent")};
    if (!statuses.contains(status))
        throw Error(ErrorCode::Validation, tr("Unknown attendance mark."));
    sql::requireId(ctx.db(), QStringLiteral("group_sessions"), sessionId, tr("session"));
    sql::requireId(ctx.db(), QStringLiteral("participants"), participantId, tr("participant"));
    ctx.setParticipant(participantId);
    ctx.touch(QStringLiteral("attendance"), participantId);
    ctx.db().exec(QStringLiteral("INSERT INTO attendance(session_id, participant_id, status) VALUES (?, ?, ?) "
                                 "ON CONFLICT(session_id, participant_id) DO UPDATE SET status = excluded.status"),
                  {sessionId, participantId, status});
}

} // namespace samsyn
