// SPDX-License-Identifier: EUPL-1.2
#include "referrals/referralservice.h"

#include "storage/consentrepository.h"
#include "storage/consultationrepository.h"
#include "storage/database.h"
#include "storage/meetingrepository.h"
#include "storage/participantrepository.h"
#include "storage/referralrepository.h"
#include "teamfile.h"


namespace samsyn {

namespace {

// Removes undecided agenda items of the referral in meetings from `from` on (all when null)
// for which `keep` says no; puts the referral back among those waiting for assessment.
int dropFromAgendas(WriteContext &ctx, qint64 referralId, QDate from, const std::function<bool(QDate)> &keep)
{
    int removed = 0;
    for (const auto &[item, meetingDate] : MeetingRepository(ctx.db()).undecidedItemsForReferral(referralId, from)) {
        if (keep(meetingDate))
            continue;
        MeetingRepository::removeAgendaItem(ctx, item);
        ++removed;
    }
    return removed;
}

} // namespace

qint64 ReferralService::create(Referral &referral, Participant *newParticipant)
{
    m_team.write(QStringLiteral("referral.create"), [&](WriteContext &ctx) {
        if (newParticipant)
            referral.participantId = ParticipantRepository::insert(ctx, *newParticipant);
        referral.status = ReferralStatus::Received;
        ReferralRepository::insert(ctx, referral);
    });
    return referral.id;
}

void ReferralService::update(const Referral &referral)
{
    m_team.write(QStringLiteral("referral.update"), [&](WriteContext &ctx) { ReferralRepository::update(ctx, referral); },
                 referral.participantId);
}

void ReferralService::withdraw(qint64 referralId)
{
    m_team.write(QStringLiteral("referral.withdraw"), [&](WriteContext &ctx) {
        const std::optional<Referral> referral = ReferralRepository(ctx.db()).get(referralId);
        if (!referral)
            throw Error(ErrorCode::NotFound, tr("The referral no longer exists in the team file."));
        if (referral->status == ReferralStatus::Decided)
            throw Error(ErrorCode::Validation, tr("A decided referral cannot be withdrawn."));
        dropFromAgendas(ctx, referralId, QDate(), [](QDate) { return false; });
        ReferralRepository::setStatus(ctx, referralId, ReferralStatus::Withdrawn);
        ctx.setParticipant(referral->participantId);
    });
}

qint64 ReferralService::recordConsent(Consent &consent)
{
    m_team.write(QStringLiteral("consent.record"), [&](WriteContext &ctx) { ConsentRepository::insert(ctx, consent); });
    return consent.id;
}

int ReferralService::withdrawConsent(qint64 consentId, QDate on)
{
    int removed = 0;
    m_team.write(QStringLiteral("consent.withdraw"), [&](WriteContext &ctx) {
        ConsentRepository::withdraw(ctx, consentId, on);
        const Consent consent = *ConsentRepository(ctx.db()).get(consentId);
        const ConsentRepository consents(ctx.db());
        auto stillCovered = [&](QDate day) {
            return consents.hasValid(consent.participantId, ConsentPurpose::InformationExchange, day);
        };
        for (const Referral &referral : ReferralRepository(ctx.db()).forParticipant(consent.participantId)) {
            if (referral.status != ReferralStatus::OnAgenda && referral.status != ReferralStatus::Postponed)
                continue;
            const int dropped = dropFromAgendas(ctx, referral.id, on, stillCovered);
            if (dropped > 0 && referral.status == ReferralStatus::OnAgenda)
                ReferralRepository::setStatus(ctx, referral.id, ReferralStatus::Received);
            removed += dropped;
        }
        ctx.setDetail(QStringLiteral("agenda items removed: %1").arg(removed));
    });
    return removed;
}

qint64 ReferralService::recordConsultation(Consultation &consultation)
{
    m_team.write(QStringLiteral("consultation.save"),
                 [&](WriteContext &ctx) { ConsultationRepository::save(ctx, consultation); });
    return consultation.id;
}

} // namespace samsyn
