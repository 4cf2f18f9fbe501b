// SPDX-License-Identifier: EUPL-1.2
#include "storage/referralassessmentrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

namespace samsyn {

namespace {
QVariant answerValue(const std::optional<Answer> &answer)
{
    return answer ? QVariant(DecisionCodes::code(*answer)) : QVariant(QMetaType(QMetaType::QString));
}
} // namespace

QList<ReferralAssessment> ReferralAssessmentRepository::select(const QString &where, const QVariantList &values) const
{
    QList<ReferralAssessment> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, agenda_item_id, referral_id, tried_own, tried_own_comment, can_approach, "
                                           "can_approach_comment, wants, wants_comment, decision, decided_on, programme_id, "
                                           "coordinator_id, planned_start, recommendation, missing FROM referral_assessments ")
                                + where,
                            values);
    while (q.next()) {
        ReferralAssessment a;
        a.id = q.value(0).toLongLong();
        a.agendaItemId = q.value(1).toLongLong();
        a.referralId = q.value(2).toLongLong();
        for (int i = 0; i < 3; ++i) {
            a.answers[i] = DecisionCodes::answerFromCode(q.value(3 + 2 * i).toString());
            a.comments[i] = q.value(4 + 2 * i).toString();
        }
        a.decision = DecisionCodes::decisionFromCode(q.value(9).toString());
        a.decidedOn = sql::toDate(q.value(10));
        a.programmeId = sql::optionalId(q.value(11));
        a.coordinatorId = sql::optionalId(q.value(12));
        a.plannedStart = sql::toDate(q.value(13));
        a.recommendation = q.value(14).toString();
        a.missing = q.value(15).toString();
        result << a;
    }
    return result;
}

std::optional<ReferralAssessment> ReferralAssessmentRepository::forItem(qint64 agendaItemId) const
{
    const QList<ReferralAssessment> found = select(QStringLiteral("WHERE agenda_item_id = ?"), {agendaItemId});
    return found.isEmpty() ? std::nullopt : std::optional<ReferralAssessment>(found.first());
}

std::optional<ReferralAssessment> ReferralAssessmentRepository::get(qint64 id) const
{
    const QList<ReferralAssessment> found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<ReferralAssessment>(found.first());
}

QList<ReferralAssessment> ReferralAssessmentRepository::forReferral(qint64 referralId) const
{
    return select(QStringLiteral("WHERE referral_id = ? ORDER BY id"), {referralId});
}

qint64 ReferralAssessmentRepository::save(WriteContext &ctx, ReferralAssessment &a)
{
    a.normalise();
    sql::throwIfProblems(a.validate());
    Database &db = ctx.db();
    if (a.programmeId)
        sql::requireRow(db, QStringLiteral("SELECT 1 FROM programmes WHERE id = ?"), {*a.programmeId}, tr("Unknown programme."));
    if (a.coordinatorId)
        sql::requireRow(db, QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {*a.coordinatorId}, tr("Unknown coordinator."));
    const QVariantList values{a.agendaItemId, a.referralId, answerValue(a.answers[0]), a.comments[0], answerValue(a.answers[1]),
                              a.comments[1], answerValue(a.answers[2]), a.comments[2],
                              a.decision ? QVariant(DecisionCodes::code(*a.decision)) : QVariant(QMetaType(QMetaType::QString)),
                              sql::date(a.decidedOn), sql::id(a.programmeId), sql::id(a.coordinatorId),
                              sql::date(a.plannedStart), a.recommendation.trimmed(), a.missing.trimmed()};
    const QString now = ctx.nowText();
    const QVariant existing = db.scalar(QStringLiteral("SELECT id FROM referral_assessments WHERE agenda_item_id = ?"), {a.agendaItemId});
    if (existing.isValid()) {
        a.id = existing.toLongLong();
        db.exec(QStringLiteral("UPDATE referral_assessments SET agenda_item_id = ?, referral_id = ?, tried_own = ?, tried_own_comment = ?, "
                               "can_approach = ?, can_approach_comment = ?, wants = ?, wants_comment = ?, decision = ?, "
                               "decided_on = ?, programme_id = ?, coordinator_id = ?, planned_start = ?, recommendation = ?, "
                               "missing = ?, updated_at = ? WHERE id = ?"),
                values + QVariantList{now, a.id});
    } else {
        QSqlQuery q = db.exec(QStringLiteral("INSERT INTO referral_assessments(agenda_item_id, referral_id, tried_own, tried_own_comment, "
                                             "can_approach, can_approach_comment, wants, wants_comment, decision, decided_on, "
                                             "programme_id, coordinator_id, planned_start, recommendation, missing, created_at, "
                                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              values + QVariantList{now, now});
        a.id = q.lastInsertId().toLongLong();
    }
    ctx.touch(QStringLiteral("meetings"));
    return a.id;
}

QList<PlaceInUse> ReferralAssessmentRepository::placesInUse(qint64 programmeId, QDate day) const
{
    QList<PlaceInUse> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT p.id, max(r.referring_party_id) FROM referral_assessments a "
                                           "JOIN referrals r ON r.id = a.referral_id "
                                           "JOIN participants p ON p.id = r.participant_id "
                                           "WHERE a.decision = 'offer' AND a.programme_id = ? AND a.planned_start <= ? "
                                           "AND p.status IN ('active', 'passive') GROUP BY p.id ORDER BY p.id"),
                            {programmeId, sql::date(day)});
    while (q.next())
        result << PlaceInUse{q.value(0).toLongLong(), sql::optionalId(q.value(1))};
    return result;
}

} // namespace samsyn
