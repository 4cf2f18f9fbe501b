// SPDX-License-Identifier: EUPL-1.2
#include "storage/waitinglistrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QSqlQuery>

#include <algorithm>

namespace samsyn {

QList<WaitingEntry> WaitingListRepository::select(const QString &where, const QVariantList &values) const
{
    QList<WaitingEntry> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT w.id, w.programme_id, w.participant_id, w.assessment_id, r.referring_party_id, "
                                           "w.since, w.position_override, w.override_reason, w.left_on FROM waiting_list w "
                                           "LEFT JOIN referral_assessments a ON a.id = w.assessment_id "
                                           "LEFT JOIN referrals r ON r.id = a.referral_id ")
                                + where,
                            values);
    while (q.next()) {
        WaitingEntry e;
        e.id = q.value(0).toLongLong();
        e.programmeId = q.value(1).toLongLong();
        e.participantId = q.value(2).toLongLong();
        e.assessmentId = sql::optionalId(q.value(3));
        e.partyId = sql::optionalId(q.value(4));
        e.since = sql::toDate(q.value(5));
        if (!q.value(6).isNull())
            e.positionOverride = q.value(6).toInt();
        e.overrideReason = q.value(7).toString();
        e.leftOn = sql::toDate(q.value(8));
        result << e;
    }
    return result;
}

QList<WaitingEntry> WaitingListRepository::queue(qint64 programmeId) const
{
    const QList<WaitingEntry> all =
        select(QStringLiteral("WHERE w.programme_id = ? AND w.left_on IS NULL ORDER BY w.since, w.id"), {programmeId});
    QList<WaitingEntry> ordered;
    QList<WaitingEntry> pinned;
    for (const WaitingEntry &e : all)
        (e.positionOverride ? pinned : ordered) << e;
    std::stable_sort(pinned.begin(), pinned.end(),
                     [](const WaitingEntry &a, const WaitingEntry &b) { return *a.positionOverride < *b.positionOverride; });
    for (const WaitingEntry &e : pinned)
        ordered.insert(qMin(*e.positionOverride - 1, int(ordered.size())), e);
    for (int i = 0; i < ordered.size(); ++i)
        ordered[i].position = i + 1;
    return ordered;
}

std::optional<WaitingEntry> WaitingListRepository::openEntry(qint64 programmeId, qint64 participantId) const
{
    const QList<WaitingEntry> found = select(
        QStringLiteral("WHERE w.programme_id = ? AND w.participant_id = ? AND w.left_on IS NULL"), {programmeId, participantId});
    return found.isEmpty() ? std::nullopt : std::optional<WaitingEntry>(found.first());
}

std::optional<WaitingEntry> WaitingListRepository::forAssessment(qint64 assessmentId) const
{
    const QList<WaitingEntry> found = select(QStringLiteral("WHERE w.assessment_id = ? ORDER BY w.id"), {assessmentId});
    return found.isEmpty() ? std::nullopt : std::optional<WaitingEntry>(found.first());
}

std::optional<WaitingEntry> WaitingListRepository::leftOn(qint64 programmeId, qint64 participantId, QDate on) const
{
    const QList<WaitingEntry> found = select(QStringLiteral("WHERE w.programme_id = ? AND w.participant_id = ? "
                                                            "AND w.left_on = max(?, w.since) ORDER BY w.id DESC"),
                                             {programmeId, participantId, sql::date(on)});
    return found.isEmpty() ? std::nullopt : std::optional<WaitingEntry>(found.first());
}

bool WaitingListRepository::isWaiting(qint64 participantId) const
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM waiting_list WHERE participant_id = ? AND left_on IS NULL"), {participantId})
        .isValid();
}

qint64 WaitingListRepository::add(WriteContext &ctx, WaitingEntry &e)
{
    if (!e.since.isValid())
        throw Error(ErrorCode::Validation, tr("A place on the waiting list needs the date it started."));
    if (WaitingListRepository(ctx.db()).openEntry(e.programmeId, e.participantId))
        throw Error(ErrorCode::Validation, tr("The participant is already on this programme's waiting list."));
    const QString now = ctx.nowText();
    QSqlQuery q = ctx.db().exec(QStringLiteral("INSERT INTO waiting_list(programme_id, participant_id, assessment_id, since, "
                                               "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                {e.programmeId, e.participantId, sql::id(e.assessmentId), sql::date(e.since), now, now});
    e.id = q.lastInsertId().toLongLong();
    ctx.touch(QStringLiteral("waitinglist"), e.participantId);
    return e.id;
}

void WaitingListRepository::move(WriteContext &ctx, qint64 entryId, std::optional<int> position, const QString &reason)
{
    if (position && *position < 1)
        throw Error(ErrorCode::Validation, tr("Positions in the queue start at 1."));
    if (position && reason.trimmed().isEmpty())
        throw Error(ErrorCode::Validation, tr("Moving someone in the queue needs a reason."));
    QSqlQuery q = ctx.db().exec(
        QStringLiteral("UPDATE waiting_list SET position_override = ?, override_reason = ?, updated_at = ? WHERE id = ? "
                       "AND left_on IS NULL"),
        {position ? QVariant(*position) : QVariant(QMetaType(QMetaType::Int)), position ? reason.trimmed() : QString(),
         ctx.nowText(), entryId});
    if (q.numRowsAffected() != 1)
        throw Error(ErrorCode::NotFound, tr("The place on the waiting list no longer exists."));
    ctx.touch(QStringLiteral("waitinglist"));
}

void WaitingListRepository::leave(WriteContext &ctx, qint64 entryId, QDate on)
{
    QSqlQuery q = ctx.db().exec(QStringLiteral("UPDATE waiting_list SET left_on = max(?, since), updated_at = ? WHERE id = ? "
                                               "AND left_on IS NULL"),
                                {sql::date(on), ctx.nowText(), entryId});
    if (q.numRowsAffected() != 1)
        throw Error(ErrorCode::NotFound, tr("The place on the waiting list no longer exists."));
    ctx.touch(QStringLiteral("waitinglist"));
}

void WaitingListRepository::remove(WriteContext &ctx, qint64 entryId)
{
    QSqlQuery q = ctx.db().exec(QStringLiteral("DELETE FROM waiting_list WHERE id = ?"), {entryId});
    if (q.numRowsAffected() != 1)
        throw Error(ErrorCode::NotFound, tr("The place on the waiting list no longer exists."));
    ctx.touch(QStringLiteral("waitinglist"));
}

void WaitingListRepository::reopen(WriteContext &ctx, qint64 entryId, std::optional<qint64> assessmentId)
{
    QSqlQuery q = ctx.db().exec(QStringLiteral("UPDATE waiting_list SET left_on = NULL, assessment_id = coalesce(?, assessment_id), "
                                               "updated_at = ? WHERE id = ? AND left_on IS NOT NULL"),
                                {sql::id(assessmentId), ctx.nowText(), entryId});
    if (q.numRowsAffected() != 1)
        throw Error(ErrorCode::NotFound, tr("The place on the waiting list no longer exists."));
    ctx.touch(QStringLiteral("waitinglist"));
}

} // namespace samsyn
