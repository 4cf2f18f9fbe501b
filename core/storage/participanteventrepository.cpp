// SPDX-License-Identifier: EUPL-1.2
#include "storage/participanteventrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

namespace samsyn {

namespace {
const QString kArea = QStringLiteral("events");
} // namespace

QList<ParticipantEvent> ParticipantEventRepository::select(const QString &where, const QVariantList &values) const
{
    QList<ParticipantEvent> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, participant_id, enrollment_id, category_code, event_date, note_id "
                                           "FROM participant_events ")
                                + where,
                            values);
    while (q.next())
        result << ParticipantEvent{q.value(0).toLongLong(), q.value(1).toLongLong(), sql::optionalId(q.value(2)),
                                   q.value(3).toString(),   sql::toDate(q.value(4)),  sql::optionalId(q.value(5))};
    return result;
}

std::optional<ParticipantEvent> ParticipantEventRepository::get(qint64 id) const
{
    const QList<ParticipantEvent> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<ParticipantEvent>(found.first());
}

QList<ParticipantEvent> ParticipantEventRepository::forParticipant(qint64 participantId, QDate from, QDate to) const
{
    // An open end compares against the widest ISO dates, so one statement serves all cases.
    const QString first = from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01");
    const QString last = to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
    return select(QStringLiteral("WHERE participant_id = ? AND event_date BETWEEN ? AND ? ORDER BY event_date, id"),
                  {participantId, first, last});
}

QList<ParticipantEvent> ParticipantEventRepository::between(QDate from, QDate to) const
{
    return select(QStringLiteral("WHERE event_date BETWEEN ? AND ? ORDER BY event_date, participant_id, id"),
                  {sql::date(from), sql::date(to)});
}

qint64 ParticipantEventRepository::add(WriteContext &ctx, ParticipantEvent &e)
{
    Database &db = ctx.db();
    sql::requireRow(db, QStringLiteral("SELECT 1 FROM participants WHERE id = ?"), {e.participantId},
                    tr("The participant no longer exists in the team file."));
    if (!e.date.isValid())
        throw Error(ErrorCode::Validation, tr("An event needs a date."));
    if (e.date > ctx.now().toLocalTime().date())
        throw Error(ErrorCode::Validation, tr("The event's date %1 is in the future: record an event once it has happened.")
                                               .arg(e.date.toString(Qt::ISODate)));
    if (e.category.isEmpty())
        throw Error(ErrorCode::Validation, tr("Choose what happened (an event category)."));
    const QVariant active = db.scalar(QStringLiteral("SELECT active FROM codes WHERE code_table = ? AND code = ?"),
                                      {ParticipantEvent::kCategoryTable, e.category});
    if (!active.isValid())
        throw Error(ErrorCode::Validation, tr("Unknown event category: %1.").arg(e.category));
    if (active.toInt() != 1)
        throw Error(ErrorCode::Validation, tr("The event category %1 is no longer in use; choose another.").arg(e.category));
    if (e.enrollmentId)
        sql::requireRow(db, QStringLiteral("SELECT 1 FROM enrollments WHERE id = ? AND participant_id = ?"),
                        {*e.enrollmentId, e.participantId}, tr("The enrollment is not this participant's."));
    if (e.noteId)
        sql::requireRow(db, QStringLiteral("SELECT 1 FROM participant_notes WHERE id = ? AND participant_id = ?"),
                        {*e.noteId, e.participantId}, tr("The note is not this participant's."));
    if (db.scalar(QStringLiteral("SELECT 1 FROM participant_events WHERE participant_id = ? AND category_code = ? "
                                 "AND event_date = ?"),
                  {e.participantId, e.category, sql::date(e.date)})
            .isValid())
        throw Error(ErrorCode::Validation,
                    tr("This event is already recorded for %1.").arg(e.date.toString(Qt::ISODate)));

    QSqlQuery q = db.exec(QStringLiteral("INSERT INTO participant_events(participant_id, enrollment_id, category_code, "
                                         "event_date, note_id, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                          {e.participantId, sql::id(e.enrollmentId), e.category, sql::date(e.date), sql::id(e.noteId),
                           ctx.nowText()});
    e.id = q.lastInsertId().toLongLong();
    ctx.setParticipant(e.participantId);
    ctx.touch(kArea, e.participantId);
    ctx.setDetail(e.category + QLatin1Char(' ') + e.date.toString(Qt::ISODate));
    return e.id;
}

void ParticipantEventRepository::remove(WriteContext &ctx, qint64 id)
{
    const std::optional<ParticipantEvent> existing = ParticipantEventRepository(ctx.db()).get(id);
    if (!existing)
        throw Error(ErrorCode::NotFound, tr("The event no longer exists in the team file."));
    ctx.db().exec(QStringLiteral("DELETE FROM participant_events WHERE id = ?"), {id});
    ctx.setParticipant(existing->participantId);
    ctx.touch(kArea, existing->participantId);
    ctx.setDetail(existing->category + QLatin1Char(' ') + existing->date.toString(Qt::ISODate));
}

} // namespace samsyn
