// SPDX-License-Identifier: EUPL-1.2
#include "meetings/decisioncorrection.h"

#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralassessmentrepository.h"
#include "storage/referralrepository.h"
#include "storage/waitinglistrepository.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace samsyn {

namespace {

QString kindCode(const std::optional<DecisionKind> &kind)
{
    return kind ? DecisionCodes::code(*kind) : QStringLiteral("-");
}

QString idText(const std::optional<qint64> &id)
{
    return id ? QString::number(*id) : QStringLiteral("-");
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

void compare(QStringList &out, const char *field, const QString &before, const QString &after)
{
    if (before != after)
        out << QStringLiteral("%1 %2 -> %3").arg(QLatin1String(field), before, after);
}

ReferralStatus statusAfter(DecisionKind kind)
{
    return kind == DecisionKind::Postpone ? ReferralStatus::Postponed : ReferralStatus::Decided;
}

// Takes back what the recorded decision did to the waiting list. Returns the entry an old
// offer closed and that is now open again (nullopt otherwise).
std::optional<WaitingEntry> undoWaiting(WriteContext &ctx, const ReferralAssessment &old, qint64 participantId)
{
    WaitingListRepository waiting(ctx.db());
    if (old.decision == DecisionKind::WaitingList) {
        if (const std::optional<WaitingEntry> entry = waiting.forAssessment(old.id))
            WaitingListRepository::remove(ctx, entry->id);
    } else if (old.decision == DecisionKind::Offer && old.programmeId
               && !waiting.openEntry(*old.programmeId, participantId)) {
        if (std::optional<WaitingEntry> closed = waiting.leftOn(*old.programmeId, participantId, old.decidedOn)) {
            WaitingListRepository::reopen(ctx, closed->id, std::nullopt);
            return closed;
        }
    }
    return std::nullopt;
}

void applyWaiting(WriteContext &ctx, const ReferralAssessment &a, qint64 participantId, const std::optional<WaitingEntry> &reopened)
{
    WaitingListRepository waiting(ctx.db());
    if (a.decision == DecisionKind::Offer) {
        if (const auto entry = waiting.openEntry(*a.programmeId, participantId))
            WaitingListRepository::leave(ctx, entry->id, a.decidedOn);
    } else if (a.decision == DecisionKind::WaitingList) {
        if (reopened && reopened->programmeId == *a.programmeId) {
            // The person keeps the place the old offer took away, under this decision.
            WaitingListRepository::remove(ctx, reopened->id);
        }
        WaitingEntry entry;
        entry.programmeId = *a.programmeId;
        entry.participantId = participantId;
        entry.assessmentId = a.id;
        entry.since = reopened && reopened->programmeId == *a.programmeId ? reopened->since : a.decidedOn;
        WaitingListRepository::add(ctx, entry);
    }
}

// The status the corrected decision gives, as DecisionKind documents it; an open enrollment
// (active or passive) is a later fact the decision does not override.
void applyToParticipant(WriteContext &ctx, const ReferralAssessment &old, const ReferralAssessment &a, qint64 participantId)
{
    std::optional<Participant> p = ParticipantRepository(ctx.db()).get(participantId);
    if (!p)
        throw Error(ErrorCode::NotFound, DecisionCorrection::tr("The participant no longer exists in the team file."));
    const bool engaged = EnrollmentRepository(ctx.db()).hasOpen(participantId);
    const bool waiting = WaitingListRepository(ctx.db()).isWaiting(participantId);
    if (a.decision == DecisionKind::Offer)
        p->coordinatorId = a.coordinatorId;
    else if (old.decision == DecisionKind::Offer && !engaged && p->coordinatorId == old.coordinatorId)
        p->coordinatorId.reset();
    if (!engaged) {
        switch (*a.decision) {
        case DecisionKind::Offer:
            p->status = ParticipantStatus::Active;
            break;
        case DecisionKind::WaitingList:
            p->status = ParticipantStatus::Waiting;
            break;
        case DecisionKind::Decline:
            p->status = waiting ? ParticipantStatus::Waiting : ParticipantStatus::Exited;
            break;
        case DecisionKind::Postpone:
            p->status = waiting ? ParticipantStatus::Waiting : ParticipantStatus::Referred;
            break;
        }
    }
    ParticipantRepository::update(ctx, *p);
}

} // namespace

QStringList DecisionCorrection::changes(const ReferralAssessment &a, const ReferralAssessment &b)
{
    QStringList out;
    compare(out, "decision", kindCode(a.decision), kindCode(b.decision));
    compare(out, "programme", idText(a.programmeId), idText(b.programmeId));
    compare(out, "coordinator", idText(a.coordinatorId), idText(b.coordinatorId));
    compare(out, "planned_start", dateText(a.plannedStart), dateText(b.plannedStart));
    if (a.recommendation.trimmed() != b.recommendation.trimmed())
        out << QStringLiteral("recommendation");
    if (a.missing.trimmed() != b.missing.trimmed())
        out << QStringLiteral("missing");
    return out;
}

QString DecisionCorrection::toJson(const ReferralAssessment &a)
{
    const QJsonObject o{{QStringLiteral("decision"), kindCode(a.decision)},
                        {QStringLiteral("decided_on"), dateText(a.decidedOn)},
                        {QStringLiteral("programme"), a.programmeId ? QJsonValue(*a.programmeId) : QJsonValue()},
                        {QStringLiteral("coordinator"), a.coordinatorId ? QJsonValue(*a.coordinatorId) : QJsonValue()},
                        {QStringLiteral("planned_start"), dateText(a.plannedStart)},
                        {QStringLiteral("recommendation"), a.recommendation},
                        {QStringLiteral("missing"), a.missing}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ReferralAssessment DecisionCorrection::merged(const ReferralAssessment &recorded, const ReferralAssessment &corrected)
{
    ReferralAssessment a = recorded;
    a.decision = corrected.decision;
    a.programmeId = corrected.programmeId;
    a.coordinatorId = corrected.coordinatorId;
    a.plannedStart = corrected.plannedStart;
    a.recommendation = corrected.recommendation.trimmed();
    a.missing = corrected.missing.trimmed();
    a.normalise();
    a.decidedOn = recorded.decidedOn;
    return a;
}

QString DecisionCorrection::blockedBy(Database &db, const ReferralAssessment &old)
{
    if (!old.decision)
        return tr("This item has no decision yet; record the decision at the meeting instead.");
    const std::optional<Referral> referral = ReferralRepository(db).get(old.referralId);
    if (!referral)
        return tr("The referral no longer exists in the team file.");
    const QList<AgendaItem> items = MeetingRepository(db).itemsForReferral(referral->id);
    const bool laterItem = !items.isEmpty() && items.last().id != old.agendaItemId;
    if (referral->status != statusAfter(*old.decision) || laterItem)
        return tr("The referral has moved on since this decision (it is on a later agenda, decided later or withdrawn), "
                  "so this decision can no longer be corrected.");
    if (EnrollmentRepository(db).startedOrEndedSince(referral->participantId, old.decidedOn))
        return tr("The participant has been enrolled or has exited since the decision on %1; correcting the decision "
                  "would contradict that. Correct the enrolment or the exit instead.")
            .arg(old.decidedOn.toString(Qt::ISODate));
    if (old.decision == DecisionKind::WaitingList) {
        const std::optional<WaitingEntry> entry = WaitingListRepository(db).forAssessment(old.id);
        if (entry && entry->leftOn.isValid())
            return tr("The participant left the waiting list on %1, after this decision; it can no longer be corrected.")
                .arg(entry->leftOn.toString(Qt::ISODate));
    }
    return {};
}

DecisionCorrection::Result DecisionCorrection::apply(WriteContext &ctx, qint64 assessmentId, const ReferralAssessment &corrected)
{
    Database &db = ctx.db();
    const std::optional<ReferralAssessment> old = ReferralAssessmentRepository(db).get(assessmentId);
    if (!old)
        throw Error(ErrorCode::NotFound, tr("The decision no longer exists in the team file."));
    if (const QString blocked = blockedBy(db, *old); !blocked.isEmpty())
        throw Error(ErrorCode::Validation, blocked);
    if (!corrected.decision)
        throw Error(ErrorCode::Validation, tr("Choose the corrected decision."));
    ReferralAssessment a = merged(*old, corrected);
    const QStringList changed = changes(*old, a);
    if (changed.isEmpty())
        throw Error(ErrorCode::Validation, tr("The corrected decision is the same as the recorded one: change it, or cancel."));
    const qint64 participantId = ReferralRepository(db).get(old->referralId)->participantId;
    ctx.setParticipant(participantId);

    ReferralAssessmentRepository::save(ctx, a);
    ReferralRepository::setStatus(ctx, a.referralId, statusAfter(*a.decision));
    const std::optional<WaitingEntry> reopened = undoWaiting(ctx, *old, participantId);
    applyWaiting(ctx, a, participantId, reopened);
    applyToParticipant(ctx, *old, a, participantId);
    return {participantId, changed, *old};
}

} // namespace samsyn
