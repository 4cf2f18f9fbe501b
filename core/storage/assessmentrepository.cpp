// SPDX-License-Identifier: EUPL-1.2
#include "storage/assessmentrepository.h"

#include "storage/database.h"
#include "storage/enrolmentsettings.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

namespace samsyn {

QList<Assessment> AssessmentRepository::list(qint64 participantId, Instrument instrument) const
{
    QList<Assessment> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, assess_date, items, total, coalesce(step_code, '') FROM assessments "
                                           "WHERE participant_id = ? AND instrument = ? ORDER BY assess_date, id"),
                            {participantId, AssessmentScoring::code(instrument)});
    while (q.next()) {
        Assessment a;
        a.id = q.value(0).toLongLong();
        a.participantId = participantId;
        a.date = sql::toDate(q.value(1));
        a.instrument = instrument;
        a.items = AssessmentScoring::itemsFrom(q.value(2).toString());
        if (!q.value(3).isNull())
            a.total = q.value(3).toInt();
        a.step = q.value(4).toString();
        result << a;
    }
    return result;
}

qint64 AssessmentRepository::add(WriteContext &ctx, Assessment &a)
{
    Database &db = ctx.db();
    sql::requireId(db, QStringLiteral("participants"), a.participantId, QObject::tr("participant"));
    if (!a.date.isValid())
        throw Error(ErrorCode::Validation, AssessmentScoring::tr("The assessment needs a date."));
    if (a.instrument == Instrument::Steps) {
        if (a.step.isEmpty())
            throw Error(ErrorCode::Validation, AssessmentScoring::tr("Choose a step of the scale."));
        sql::requireCode(db, QStringLiteral("step_scale"), a.step, AssessmentScoring::tr("step"));
        a.items.clear();
        a.total.reset();
    } else if (!a.items.isEmpty()) {
        const QList<int> reversed = a.instrument == Instrument::Kasam29 ? EnrolmentSettings::load(db).kasam29Reversed
                                                                        : AssessmentScoring::kasam13Reversed();
        a.total = AssessmentScoring::total(a.instrument, a.items, reversed);
    } else if (a.total) {
        AssessmentScoring::checkedTotal(a.instrument, *a.total);
    } else {
        throw Error(ErrorCode::Validation, AssessmentScoring::tr("Enter the item scores or the total."));
    }
    ctx.setParticipant(a.participantId);
    ctx.touch(QStringLiteral("assessments"), a.participantId);
    QSqlQuery q = db.exec(QStringLiteral("INSERT INTO assessments(participant_id, assess_date, instrument, items, total, direct_total, "
                                         "step_code, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {a.participantId, sql::date(a.date), AssessmentScoring::code(a.instrument),
                           AssessmentScoring::itemsText(a.items),
                           a.total ? QVariant(*a.total) : QVariant(QMetaType(QMetaType::Int)),
                           a.items.isEmpty() && a.instrument != Instrument::Steps, sql::text(a.step), ctx.nowText()});
    a.id = q.lastInsertId().toLongLong();
    return a.id;
}

} // namespace samsyn
