// SPDX-License-Identifier: EUPL-1.2
#include "storage/meetingrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

namespace samsyn {

namespace {
const QString kTimeFormat = QStringLiteral("HH:mm");
} // namespace

QList<Meeting> MeetingRepository::select(const QString &where, const QVariantList &values) const
{
    QList<Meeting> result;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, meeting_date, start_time, place, chair_id, series_id, notes FROM meetings ") + where, values);
    while (q.next()) {
        Meeting m;
        m.id = q.value(0).toLongLong();
        m.date = sql::toDate(q.value(1));
        m.startTime = QTime::fromString(q.value(2).toString(), kTimeFormat);
        m.place = q.value(3).toString();
        m.chairId = sql::optionalId(q.value(4));
        m.seriesId = sql::optionalId(q.value(5));
        m.notes = q.value(6).toString();
        result << m;
    }
    for (Meeting &m : result) {
        QSqlQuery a = m_db.exec(QStringLiteral("SELECT member_id, guest_name, guest_organisation FROM meeting_attendees "
                                               "WHERE meeting_id = ? ORDER BY id"),
                                {m.id});
        while (a.next())
            m.attendees << MeetingAttendee{sql::optionalId(a.value(0)), a.value(1).toString(), a.value(2).toString()};
    }
    return result;
}

std::optional<Meeting> MeetingRepository::get(qint64 id) const
{
    const QList<Meeting> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Meeting>(found.first());
}

std::optional<Meeting> MeetingRepository::onDate(QDate date) const
{
    const QList<Meeting> found = select(QStringLiteral("WHERE meeting_date = ? ORDER BY start_time LIMIT 1"), {sql::date(date)});
    return found.isEmpty() ? std::nullopt : std::optional<Meeting>(found.first());
}

std::optional<Meeting> MeetingRepository::nextFrom(QDate date) const
{
    const QList<Meeting> found =
        select(QStringLiteral("WHERE meeting_date >= ? ORDER BY meeting_date, start_time LIMIT 1"), {sql::date(date)});
    return found.isEmpty() ? std::nullopt : std::optional<Meeting>(found.first());
}

QList<Meeting> MeetingRepository::between(QDate from, QDate to) const
{
    return select(QStringLiteral("WHERE meeting_date BETWEEN ? AND ? ORDER BY meeting_date, start_time"),
                  {sql::date(from), sql::date(to)});
}

QList<AgendaItem> MeetingRepository::selectItems(const QString &where, const QVariantList &values) const
{
    QList<AgendaItem> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT a.id, a.meeting_id, a.kind, a.position, a.referral_id, a.consultation_id, "
                                           "a.participant_id, a.text FROM agenda_items a ")
                                + where,
                            values);
    while (q.next()) {
        AgendaItem item;
        item.id = q.value(0).toLongLong();
        item.meetingId = q.value(1).toLongLong();
        item.kind = AgendaKinds::fromCode(q.value(2).toString()).value_or(AgendaKind::Other);
        item.position = q.value(3).toInt();
        item.referralId = sql::optionalId(q.value(4));
        item.consultationId = sql::optionalId(q.value(5));
        item.participantId = sql::optionalId(q.value(6));
        item.text = q.value(7).toString();
        result << item;
    }
    return result;
}

QList<AgendaItem> MeetingRepository::agenda(qint64 meetingId) const
{
    return selectItems(QStringLiteral("WHERE a.meeting_id = ? ORDER BY a.position, a.id"), {meetingId});
}

std::optional<AgendaItem> MeetingRepository::agendaItem(qint64 id) const
{
    const QList<AgendaItem> found = selectItems(QStringLiteral("WHERE a.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<AgendaItem>(found.first());
}

QList<AgendaItem> MeetingRepository::itemsForReferral(qint64 referralId) const
{
    return selectItems(QStringLiteral("JOIN meetings m ON m.id = a.meeting_id WHERE a.referral_id = ? "
                                      "ORDER BY m.meeting_date, m.start_time"),
                       {referralId});
}

qint64 MeetingRepository::save(WriteContext &ctx, Meeting &m)
{
    if (!m.date.isValid())
        throw Error(ErrorCode::Validation, tr("A meeting needs a date."));
    if (!m.startTime.isValid())
        throw Error(ErrorCode::Validation, tr("A meeting needs a start time."));
    Database &db = ctx.db();
    if (db.scalar(QStringLiteral("SELECT 1 FROM meetings WHERE meeting_date = ? AND start_time = ? AND id <> ?"),
                  {sql::date(m.date), m.startTime.toString(kTimeFormat), m.id})
            .isValid())
        throw Error(ErrorCode::Validation, tr("There is already a meeting on %1 at %2.")
                                               .arg(m.date.toString(Qt::ISODate), m.startTime.toString(kTimeFormat)));
    if (m.chairId)
        sql::requireRow(db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {*m.chairId}, tr("Unknown chair."));
    const QVariantList values{sql::date(m.date), m.startTime.toString(kTimeFormat), m.place.trimmed(), sql::id(m.chairId),
                              sql::id(m.seriesId), m.notes};
    const QString now = ctx.nowText();
    if (m.id == 0) {
        QSqlQuery q = db.exec(QStringLiteral("INSERT INTO meetings(meeting_date, start_time, place, chair_id, series_id, notes, "
                                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              values + QVariantList{now, now});
        m.id = q.lastInsertId().toLongLong();
    } else {
        QSqlQuery q = db.exec(QStringLiteral("UPDATE meetings SET meeting_date = ?, start_time = ?, place = ?, chair_id = ?, "
                                             "series_id = ?, notes = ?, updated_at = ? WHERE id = ?"),
                              values + QVariantList{now, m.id});
        if (q.numRowsAffected() != 1)
            throw Error(ErrorCode::NotFound, tr("The meeting no longer exists in the team file."));
    }
    db.exec(QStringLiteral("DELETE FROM meeting_attendees WHERE meeting_id = ?"), {m.id});
    for (const MeetingAttendee &a : m.attendees) {
        if (!a.memberId && a.guestName.trimmed().isEmpty())
            throw Error(ErrorCode::Validation, tr("A guest at a meeting needs a name."));
        db.exec(QStringLiteral("INSERT INTO meeting_attendees(meeting_id, member_id, guest_name, guest_organisation) "
                               "VALUES (?, ?, ?, ?)"),
                {m.id, sql::id(a.memberId), a.memberId ? QString() : a.guestName.trimmed(),
                 a.memberId ? QString() : a.guestOrganisation.trimmed()});
    }
    ctx.touch(QStringLiteral("meetings"));
    return m.id;
}

qint64 MeetingRepository::insertSeries(WriteContext &ctx, const MeetingSeries &s)
{
    QSqlQuery q = ctx.db().exec(QStringLiteral("INSERT INTO meeting_series(weekday, interval_weeks, first_date, last_date, "
                                               "created_at) VALUES (?, ?, ?, ?, ?)"),
                                {s.weekday, s.intervalWeeks, sql::date(s.firstDate), sql::date(s.lastDate), ctx.nowText()});
    return q.lastInsertId().toLongLong();
}

qint64 MeetingRepository::addAgendaItem(WriteContext &ctx, AgendaItem &item)
{
    Database &db = ctx.db();
    if (AgendaKinds::isReferral(item.kind) != item.referralId.has_value())
        throw Error(ErrorCode::Validation, tr("Only referral items refer to a referral, and each of them must."));
    if (item.referralId
        && db.scalar(QStringLiteral("SELECT 1 FROM agenda_items WHERE meeting_id = ? AND referral_id = ?"),
                     {item.meetingId, *item.referralId})
               .isValid())
        throw Error(ErrorCode::Validation, tr("The referral is already on this meeting's agenda."));
    const int count = db.scalar(QStringLiteral("SELECT count(*) FROM agenda_items WHERE meeting_id = ?"), {item.meetingId}).toInt();
    const int position = item.position < 0 || item.position > count ? count : item.position;
    QSqlQuery q = db.exec(QStringLiteral("INSERT INTO agenda_items(meeting_id, kind, position, referral_id, consultation_id, "
                                         "participant_id, text) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {item.meetingId, AgendaKinds::code(item.kind), count, sql::id(item.referralId),
                           sql::id(item.consultationId), sql::id(item.participantId), item.text});
    item.id = q.lastInsertId().toLongLong();
    if (position != count)
        moveAgendaItem(ctx, item.id, position);
    item.position = position;
    ctx.touch(QStringLiteral("meetings"));
    return item.id;
}

void MeetingRepository::removeAgendaItem(WriteContext &ctx, qint64 itemId)
{
    const std::optional<AgendaItem> item = MeetingRepository(ctx.db()).agendaItem(itemId);
    if (!item)
        throw Error(ErrorCode::NotFound, tr("The agenda item no longer exists in the team file."));
    ctx.db().exec(QStringLiteral("DELETE FROM agenda_items WHERE id = ?"), {itemId});
    QList<qint64> ids;
    for (const AgendaItem &rest : MeetingRepository(ctx.db()).agenda(item->meetingId))
        ids << rest.id;
    renumber(ctx, ids);
}

void MeetingRepository::moveAgendaItem(WriteContext &ctx, qint64 itemId, int position)
{
    const std::optional<AgendaItem> item = MeetingRepository(ctx.db()).agendaItem(itemId);
    if (!item)
        throw Error(ErrorCode::NotFound, tr("The agenda item no longer exists in the team file."));
    QList<qint64> ids;
    for (const AgendaItem &other : MeetingRepository(ctx.db()).agenda(item->meetingId)) {
        if (other.id != itemId)
            ids << other.id;
    }
    ids.insert(qBound(0, position, int(ids.size())), itemId);
    renumber(ctx, ids);
}

void MeetingRepository::renumber(WriteContext &ctx, const QList<qint64> &orderedIds)
{
    for (int i = 0; i < orderedIds.size(); ++i)
        ctx.db().exec(QStringLiteral("UPDATE agenda_items SET position = ? WHERE id = ?"), {i, orderedIds.at(i)});
    ctx.touch(QStringLiteral("meetings"));
}

QList<QPair<qint64, QDate>> MeetingRepository::undecidedItemsForReferral(qint64 referralId, QDate from) const
{
    QList<QPair<qint64, QDate>> items;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT a.id, m.meeting_date FROM agenda_items a "
                                           "JOIN meetings m ON m.id = a.meeting_id "
                                           "LEFT JOIN referral_assessments s ON s.agenda_item_id = a.id "
                                           "WHERE a.referral_id = ? AND s.decision IS NULL AND m.meeting_date >= ?"),
                            {referralId, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00")});
    while (q.next())
        items.append({q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate)});
    return items;
}

bool MeetingRepository::hasMeetingAt(QDate date, QTime time) const
{
    return m_db
        .scalar(QStringLiteral("SELECT 1 FROM meetings WHERE meeting_date = ? AND start_time = ?"),
                {date.toString(Qt::ISODate), time.toString(QStringLiteral("HH:mm"))})
        .isValid();
}

bool MeetingRepository::isOnAgenda(qint64 meetingId, qint64 referralId) const
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM agenda_items WHERE meeting_id = ? AND referral_id = ?"), {meetingId, referralId})
        .isValid();
}

} // namespace samsyn
