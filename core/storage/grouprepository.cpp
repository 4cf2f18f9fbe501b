// SPDX-License-Identifier: EUPL-1.2
#include "storage/grouprepository.h"

#include "storage/attendancerepository.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace samsyn {

namespace {

const QStringList kMarks{QStringLiteral("present"), QStringLiteral("absent_notified"), QStringLiteral("absent")};

void validate(const GroupActivity &a)
{
    static const QRegularExpression days(QStringLiteral("^[1-7]{0,7}$"));
    static const QRegularExpression clock(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    if (a.name.trimmed().isEmpty())
        throw Error(ErrorCode::Validation, GroupRepository::tr("A group activity needs a name."));
    if (a.name.trimmed().size() > 100)
        throw Error(ErrorCode::Validation, GroupRepository::tr("The name of a group activity can be at most 100 characters."));
    if (!days.match(a.weekdays).hasMatch())
        throw Error(ErrorCode::Validation, GroupRepository::tr("Weekdays are digits 1 (Monday) to 7 (Sunday)."));
    if (!a.time.isEmpty() && !clock.match(a.time).hasMatch())
        throw Error(ErrorCode::Validation, GroupRepository::tr("The time must be written hh:mm."));
}

// "531" and "1135" both mean Monday, Wednesday, Friday: stored once each, in order.
QString normalisedDays(const QString &weekdays)
{
    QString days;
    for (QChar d = u'1'; d <= u'7'; d = QChar(d.unicode() + 1)) {
        if (weekdays.contains(d))
            days += d;
    }
    return days;
}

} // namespace

QList<GroupActivity> GroupRepository::activities() const
{
    QList<GroupActivity> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, weekdays, start_time, active FROM group_activities ORDER BY name"));
    while (q.next())
        result << GroupActivity{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toInt() == 1};
    return result;
}

QList<RosterLine> GroupRepository::roster(qint64 activityId, QDate date) const
{
    QList<RosterLine> result;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT DISTINCT p.id, p.given_name, p.family_name, coalesce(a.status, '') FROM group_members m "
                       "JOIN participants p ON p.id = m.participant_id "
                       "LEFT JOIN group_sessions s ON s.activity_id = m.activity_id AND s.session_date = ? "
                       "LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = p.id "
                       "WHERE m.activity_id = ? AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)"),
        {sql::date(date), activityId, sql::date(date), sql::date(date)});
    while (q.next()) {
        const QString given = q.value(1).toString();
        const QString family = q.value(2).toString();
        result << RosterLine{q.value(0).toLongLong(), given + QLatin1Char(' ') + family,
                             family + QStringLiteral(", ") + given, q.value(3).toString()};
    }
    QCollator swedish{QLocale(QLocale::Swedish, QLocale::Sweden)};
    swedish.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(),
              [&swedish](const RosterLine &a, const RosterLine &b) { return swedish.compare(a.sortName, b.sortName) < 0; });
    return result;
}

std::optional<qint64> GroupRepository::sessionOn(qint64 activityId, QDate date) const
{
    return sql::optionalId(
        m_db.scalar(QStringLiteral("SELECT id FROM group_sessions WHERE activity_id = ? AND session_date = ?"), {activityId, sql::date(date)}));
}

qint64 GroupRepository::saveActivity(WriteContext &ctx, const GroupActivity &activity)
{
    validate(activity);
    const QString name = activity.name.trimmed();
    if (ctx.db().scalar(QStringLiteral("SELECT 1 FROM group_activities WHERE lower(name) = lower(?) AND id <> ?"),
                        {name, activity.id}).isValid())
        throw Error(ErrorCode::Validation, tr("There is already a group activity called %1.").arg(name));
    ctx.touch(QStringLiteral("attendance"));
    const QVariantList values{name, normalisedDays(activity.weekdays), activity.time, activity.active ? 1 : 0};
    if (activity.id == 0)
        return ctx.db()
            .exec(QStringLiteral("INSERT INTO group_activities(name, weekdays, start_time, active) VALUES (?, ?, ?, ?)"), values)
            .lastInsertId()
            .toLongLong();
    sql::requireId(ctx.db(), QStringLiteral("group_activities"), activity.id, tr("group activity"));
    ctx.db().exec(QStringLiteral("UPDATE group_activities SET name = ?, weekdays = ?, start_time = ?, active = ? WHERE id = ?"),
                  values + QVariantList{activity.id});
    return activity.id;
}

void GroupRepository::endMembership(WriteContext &ctx, qint64 activityId, qint64 participantId, QDate from, QDate to)
{
    if (!to.isValid() || to < from)
        throw Error(ErrorCode::Validation, tr("The membership cannot end before it started (%1).").arg(from.toString(Qt::ISODate)));
    sql::requireRow(ctx.db(),
                    QStringLiteral("SELECT 1 FROM group_members WHERE activity_id = ? AND participant_id = ? AND from_date = ?"),
                    {activityId, participantId, sql::date(from)}, tr("The person is not a member of that group."));
    ctx.setParticipant(participantId);
    ctx.touch(QStringLiteral("attendance"), participantId);
    ctx.db().exec(QStringLiteral("UPDATE group_members SET to_date = ? WHERE activity_id = ? AND participant_id = ? AND from_date = ?"),
                  {sql::date(to), activityId, participantId, sql::date(from)});
}

qint64 GroupRepository::recordSession(WriteContext &ctx, qint64 activityId, QDate date, const QList<RegisterMark> &marks)
{
    sql::requireId(ctx.db(), QStringLiteral("group_activities"), activityId, tr("group activity"));
    if (!date.isValid())
        throw Error(ErrorCode::Validation, tr("The session needs a date."));
    const GroupRepository reader(ctx.db());
    QSet<qint64> members;
    for (const RosterLine &line : reader.roster(activityId, date))
        members.insert(line.participantId);
    for (const RegisterMark &m : marks) {
        if (!members.contains(m.participantId))
            throw Error(ErrorCode::Validation, tr("Only members of the group on %1 can be marked.").arg(date.toString(Qt::ISODate)));
        if (!m.status.isEmpty() && !kMarks.contains(m.status))
            throw Error(ErrorCode::Validation, tr("Unknown attendance mark."));
    }
    std::optional<qint64> session = reader.sessionOn(activityId, date);
    if (!session)
        session = AttendanceRepository::addSession(ctx, activityId, date);
    for (const RegisterMark &m : marks) {
        if (m.status.isEmpty())
            ctx.db().exec(QStringLiteral("DELETE FROM attendance WHERE session_id = ? AND participant_id = ?"), {*session, m.participantId});
        else
            ctx.db().exec(QStringLiteral("INSERT INTO attendance(session_id, participant_id, status) VALUES (?, ?, ?) "
                                         "ON CONFLICT(session_id, participant_id) DO UPDATE SET status = excluded.status"),
                          {*session, m.participantId, m.status});
        ctx.touch(QStringLiteral("attendance"), m.participantId);
        ctx.audit(QStringLiteral("attendance.mark"), m.participantId, m.status.isEmpty() ? QStringLiteral("cleared") : m.status);
    }
    return *session;
}

} // namespace samsyn
