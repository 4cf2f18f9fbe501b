// SPDX-License-Identifier: EUPL-1.2
#include "storage/consultationrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

namespace samsyn {

QList<Consultation> ConsultationRepository::select(const QString &where, const QVariantList &values) const
{
    QList<Consultation> result;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, held_on, party_id, handler_name, question, advice FROM consultations ") + where, values);
    while (q.next())
        result << Consultation{q.value(0).toLongLong(), sql::toDate(q.value(1)), q.value(2).toLongLong(),
                               q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return result;
}

std::optional<Consultation> ConsultationRepository::get(qint64 id) const
{
    const QList<Consultation> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Consultation>(found.first());
}

QList<Consultation> ConsultationRepository::between(QDate from, QDate to) const
{
    return select(QStringLiteral("WHERE held_on BETWEEN ? AND ? ORDER BY held_on, id"), {sql::date(from), sql::date(to)});
}

qint64 ConsultationRepository::save(WriteContext &ctx, Consultation &c)
{
    if (!c.heldOn.isValid())
        throw Error(ErrorCode::Validation, tr("A consultation needs a date."));
    if (c.question.trimmed().isEmpty())
        throw Error(ErrorCode::Validation, tr("Write down the question the case officer brought."));
    sql::requireRow(ctx.db(), QStringLiteral("SELECT 1 FROM parties WHERE id = ?"), {c.partyId}, tr("Unknown party."));
    const QVariantList values{sql::date(c.heldOn), c.partyId, c.handlerName.trimmed(), c.question.trimmed(), c.advice.trimmed()};
    const QString now = ctx.nowText();
    if (c.id == 0) {
        QSqlQuery q = ctx.db().exec(QStringLiteral("INSERT INTO consultations(held_on, party_id, handler_name, question, advice, "
                                                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                    values + QVariantList{now, now});
        c.id = q.lastInsertId().toLongLong();
    } else {
        QSqlQuery q = ctx.db().exec(QStringLiteral("UPDATE consultations SET held_on = ?, party_id = ?, handler_name = ?, "
                                                   "question = ?, advice = ?, updated_at = ? WHERE id = ?"),
                                    values + QVariantList{now, c.id});
        if (q.numRowsAffected() != 1)
            throw Error(ErrorCode::NotFound, tr("The consultation no longer exists in the team file."));
    }
    ctx.touch(QStringLiteral("referrals"));
    return c.id;
}

} // namespace samsyn
