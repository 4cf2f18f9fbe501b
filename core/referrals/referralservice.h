// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/consent.h"
#include "domain/consultation.h"
#include "domain/participant.h"
#include "domain/referral.h"

#include <QCoreApplication>

namespace samsyn {

class TeamFile;

// The user actions on referrals, consents and consultations, each one write through the
// team file (one transaction, one audit row). Borrowed TeamFile; holds no state.
class ReferralService
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ReferralService)

public:
    explicit ReferralService(TeamFile &team) : m_team(team) {}

    // Registers a referral; with `newParticipant` the person is created in the same action.
    qint64 create(Referral &referral, Participant *newParticipant = nullptr);
    void update(const Referral &referral);
    // The referring party withdrew it: off every agenda it has not been decided on.
    void withdraw(qint64 referralId);

    qint64 recordConsent(Consent &consent);
    // One action: the consent ends on `on`, and the participant's undecided referrals leave
    // the agendas of meetings on or after that day unless another consent still covers them.
    // Returns how many agenda items were removed.
    int withdrawConsent(qint64 consentId, QDate on);

    qint64 recordConsultation(Consultation &consultation);

private:
    TeamFile &m_team;
};

} // namespace samsyn
