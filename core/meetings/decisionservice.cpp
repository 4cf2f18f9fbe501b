// SPDX-License-Identifier: EUPL-1.2
#include "meetings/decisionservice.h"

#include "meetings/decisioncorrection.h"
#include "storage/correctionrepository.h"
#include "storage/referralassessmentrepository.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "storage/waitinglistrepository.h"
#include "teamfile.h"

namespace samsyn {

namespace {

struct ItemContext
{
    AgendaItem item;
    Meeting meeting;
    Referral referral;
};

// The agenda item, its meeting and referral; the assessment's referral is set from the item.
ItemContext loadItem(Database &db, ReferralAssessment &assessment)
{
    const std::optional<AgendaItem> item = MeetingRepository(db).agendaItem(assessment.agendaItemId);
    if (!item || !item->referralId)
        throw Error(ErrorCode::Validation, DecisionService::tr("Only a referral on the agenda can be assessed."));
    const std::optional<Referral> referral = ReferralRepository(db).get(*item->referralId);
    if (!referral)
        throw Error(ErrorCode::NotFound, DecisionService::tr("The referral no longer exists in the team file."));
    assessment.referralId = referral->id;
    const std::optional<ReferralAssessment> existing = ReferralAssessmentRepository(db).forItem(item->id);
    if (existing && existing->decision)
        throw Error(ErrorCode::Validation, DecisionService::tr("This item has already been decided."));
    return {*item, *MeetingRepository(db).get(item->meetingId), *referral};
}

// The participant's status after the decision (documented on DecisionKind).
void applyToParticipant(WriteContext &ctx, const ReferralAssessment &a, const ItemContext &c)
{
    std::optional<Participant> p = ParticipantRepository(ctx.db()).get(c.referral.participantId);
    if (!p)
        throw Error(ErrorCode::NotFound, DecisionService::tr("The participant no longer exists in the team file."));
    const bool engaged = p->status == ParticipantStatus::Active || p->status == ParticipantStatus::Passive;
    switch (*a.decision) {
    case DecisionKind::Offer: {
        p->status = ParticipantStatus::Active;
        p->coordinatorId = a.coordinatorId;
        if (const auto entry = WaitingListRepository(ctx.db()).openEntry(*a.programmeId, p->id))
            WaitingListRepository::leave(ctx, entry->id, c.meeting.date);
        break;
    }
    case DecisionKind::WaitingList: {
        if (!engaged)
            p->status = ParticipantStatus::Waiting;
        WaitingEntry entry;
        entry.programmeId = *a.programmeId;
        entry.participantId = p->id;
        entry.assessmentId = a.id;
        entry.since = c.meeting.date;
        WaitingListRepository::add(ctx, entry);
        break;
    }
    case DecisionKind::Decline:
        if (p->status == ParticipantStatus::Referred)
            p->status = ParticipantStatus::Exited;
        break;
    case DecisionKind::Postpone:
        return;
    }
    ParticipantRepository::update(ctx, *p);
}

} // namespace

void DecisionService::saveAnswers(ReferralAssessment &assessment)
{
    m_team.write(QStringLiteral("meeting.assess"), [&](WriteContext &ctx) {
        const ItemContext c = loadItem(ctx.db(), assessment);
        assessment.decision.reset();
        ReferralAssessmentRepository::save(ctx, assessment);
        ctx.setParticipant(c.referral.participantId);
    });
}

void DecisionService::decide(ReferralAssessment &assessment)
{
    if (!assessment.decision)
        throw Error(ErrorCode::Validation, tr("Choose a decision."));
    m_team.write(QStringLiteral("meeting.decide"), [&](WriteContext &ctx) {
        const ItemContext c = loadItem(ctx.db(), assessment);
        if (c.referral.status == ReferralStatus::Decided || c.referral.status == ReferralStatus::Withdrawn)
            throw Error(ErrorCode::Validation, tr("The referral is no longer waiting for a decision."));
        assessment.decidedOn = c.meeting.date;
        ReferralAssessmentRepository::save(ctx, assessment);
        ReferralRepository::setStatus(ctx, c.referral.id, *assessment.decision == DecisionKind::Postpone
                                                              ? ReferralStatus::Postponed
                                                              : ReferralStatus::Decided);
        applyToParticipant(ctx, assessment, c);
        ctx.setParticipant(c.referral.participantId);
        ctx.setDetail(DecisionCodes::code(*assessment.decision));
    });
}

void DecisionService::correct(qint64 assessmentId, const ReferralAssessment &corrected, const QString &reason)
{
    const QString why = CorrectionRepository::checkedReason(reason);
    m_team.write(QStringLiteral("decision.correct"), [&](WriteContext &ctx) {
        const DecisionCorrection::Result result = DecisionCorrection::apply(ctx, assessmentId, corrected);
        Correction c;
        c.participantId = result.participantId;
        c.subject = Correction::Subject::Decision;
        c.assessmentId = assessmentId;
        c.correctedBy = m_team.currentMemberName();
        c.reason = why;
        c.changed = result.changes.join(QStringLiteral("; "));
        c.oldValue = DecisionCorrection::toJson(result.before);
        CorrectionRepository::insert(ctx, c);
        ctx.setDetail(QStringLiteral("assessment %1: %2").arg(assessmentId).arg(c.changed));
    });
}

void DecisionService::moveInQueue(qint64 entryId, std::optional<int> position, const QString &reason)
{
    m_team.write(QStringLiteral("waitinglist.move"),
                 [&](WriteContext &ctx) { WaitingListRepository::move(ctx, entryId, position, reason); });
}

} // namespace samsyn
