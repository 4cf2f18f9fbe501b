// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/decision.h"

#include <QCoreApplication>

#include <optional>

namespace samsyn {

class TeamFile;

// Records what a meeting says about a referral item. A decision, the referral's new state,
// the participant's new status and the waiting-list entry are written in ONE action, so a
// failure anywhere leaves none of them (see DecisionKind for the status each decision sets).
class DecisionService
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::DecisionService)

public:
    explicit DecisionService(TeamFile &team) : m_team(team) {}

    // Saves the three answers and comments while the item is discussed (no decision yet).
    void saveAnswers(ReferralAssessment &assessment);
    // Records the decision (assessment.decision must be set); decidedOn is the meeting's date.
    void decide(ReferralAssessment &assessment);
    // Corrects a recorded decision (kind and details; the answers and the date stay) with a
    // mandatory reason, in one action "decision.correct" that also moves the referral, the
    // participant's status and the waiting list (DecisionCorrection) and keeps the old value,
    // the reason, who and when in the corrections table. Throws Error(Validation) with a
    // sentence for the user when later facts forbid it or nothing changes; nothing is written.
    void correct(qint64 assessmentId, const ReferralAssessment &corrected, const QString &reason);
    // Pins a waiting-list entry at a position with a reason (nullopt: back to date order).
    void moveInQueue(qint64 entryId, std::optional<int> position, const QString &reason);

private:
    TeamFile &m_team;
};

} // namespace samsyn
