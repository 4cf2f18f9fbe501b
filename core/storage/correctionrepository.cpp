// SPDX-License-Identifier: EUPL-1.2
#include "storage/correctionrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

#include <array>

namespace samsyn {

namespace {

constexpr std::array<const char *, 3> kSubjects{"exit", "exit_undo", "decision"};

QString subjectCode(Correction::Subject subject)
{
    return QLatin1String(kSubjects.at(static_cast<size_t>(subject)));
}

Correction::Subject subjectFromCode(const QString &code)
{
    for (size_t i = 0; i < kSubjects.size(); ++i) {
        if (code == QLatin1String(kSubjects.at(i)))
            return static_cast<Correction::Subject>(i);
    }
    return Correction::Subject::Exit;
}

} // namespace

QList<Correction> CorrectionRepository::select(const QString &where, const QVariantList &values) const
{
    QList<Correction> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, participant_id, subject, enrollment_id, assessment_id, corrected_at, "
                                           "corrected_by, reason, changed, old_value FROM corrections ")
                                + where + QStringLiteral(" ORDER BY corrected_at, id"),
                            values);
    while (q.next()) {
        Correction c;
        c.id = q.value(0).toLongLong();
        c.participantId = q.value(1).toLongLong();
        c.subject = subjectFromCode(q.value(2).toString());
        c.enrollmentId = sql::optionalId(q.value(3));
        c.assessmentId = sql::optionalId(q.value(4));
        c.correctedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        c.correctedBy = q.value(6).toString();
        c.reason = q.value(7).toString();
        c.changed = q.value(8).toString();
        c.oldValue = q.value(9).toString();
        result << c;
    }
    return result;
}

QList<Correction> CorrectionRepository::forParticipant(qint64 participantId) const
{
    return select(QStringLiteral("WHERE participant_id = ?"), {participantId});
}

QList<Correction> CorrectionRepository::forAssessment(qint64 assessmentId) const
{
    return select(QStringLiteral("WHERE assessment_id = ?"), {assessmentId});
}

QList<Correction> CorrectionRepository::forEnrollment(qint64 enrollmentId) const
{
    return select(QStringLiteral("WHERE enrollment_id = ?"), {enrollmentId});
}

QString CorrectionRepository::checkedReason(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        throw Error(ErrorCode::Validation, tr("A correction needs a reason: say why the recorded value was wrong."));
    if (trimmed.size() > Correction::kMaxReason)
        throw Error(ErrorCode::Validation, tr("The reason is too long: at most %1 characters.").arg(Correction::kMaxReason));
    return trimmed;
}

qint64 CorrectionRepository::insert(WriteContext &ctx, Correction &c)
{
    c.reason = checkedReason(c.reason);
    c.correctedAt = ctx.now();
    QSqlQuery q = ctx.db().exec(QStringLiteral("INSERT INTO corrections(participant_id, subject, enrollment_id, assessment_id, "
                                               "corrected_at, corrected_by, reason, changed, old_value) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {c.participantId, subjectCode(c.subject), sql::id(c.enrollmentId), sql::id(c.assessmentId),
                                 ctx.nowText(), c.correctedBy.left(200), c.reason, c.changed, c.oldValue});
    c.id = q.lastInsertId().toLongLong();
    ctx.touch(QStringLiteral("corrections"), c.participantId);
    return c.id;
}

} // namespace samsyn
