// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/decision.h"
#include "domain/meeting.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace samsyn {

class Database;

// What one recorded decision says, with ids resolved to the names a reader needs (programme,
// coordinator, queue position, the next meeting). Shared by the meeting protocol and the
// decision letter, so both say the same thing about the same decision.
struct DecisionFacts
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::DecisionFacts)
public:
    DecisionKind kind = DecisionKind::Postpone;
    QDate decidedOn;
    QString programme;            // offer, waiting list
    QString coordinator;          // offer
    QDate plannedStart;           // offer
    std::optional<int> queuePosition; // waiting list: now, while the entry is open
    QString recommendation;       // decline
    QString missing;              // postpone
    std::optional<Meeting> nextMeeting; // postpone: the first meeting after the decision
    // "Corrected 2026-11-24: reason", one per correction of the decision, oldest first: a
    // document printed after a correction says that the decision shown is the corrected one.
    QStringList corrections;

    // Nullopt when the assessment has no decision yet.
    static std::optional<DecisionFacts> of(Database &db, const ReferralAssessment &assessment);

    // "Position 3 (2026-11-24)" or "No longer on the waiting list", as of `today`.
    QString queueText(QDate today) const;
};

} // namespace samsyn
