// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/decision.h"

#include <QCoreApplication>
#include <QStringList>

namespace samsyn {

class Database;
class WriteContext;

// The body of "decision.correct" (DecisionService::correct): replaces the kind and details
// of a recorded decision and moves what followed from it, so the file reads as if the meeting
// had decided the corrected way on the same date:
// - the waiting-list entry the old decision made is removed; one an old offer closed is
//   reopened with its old date; a new waiting-list decision adds an entry dated the day of
//   the decision, and a new offer closes the participant's entry in that programme;
// - the referral is postponed or decided again; the participant's status follows the
//   decision unless an open enrollment decides it (active/passive), and a coordinator the
//   old offer assigned goes with it.
// Refused when later facts depend on the decision: the participant was enrolled or exited on
// or after the decision date, the referral has moved on (a later agenda, withdrawn) or the
// waiting-list entry has been left.
class DecisionCorrection
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::DecisionCorrection)

public:
    struct Result
    {
        qint64 participantId = 0;
        QStringList changes; // codes, ids and dates only, for the audit detail
        ReferralAssessment before;
    };

    static Result apply(WriteContext &ctx, qint64 assessmentId, const ReferralAssessment &corrected);

    // "decision offer -> waiting_list", "programme 1 -> 2", "recommendation", ...
    static QStringList changes(const ReferralAssessment &before, const ReferralAssessment &after);
    // The decision part of an assessment as JSON (the old value a correction keeps).
    static QString toJson(const ReferralAssessment &assessment);
    // The recorded assessment with the decision and details of `corrected`, normalised.
    static ReferralAssessment merged(const ReferralAssessment &recorded, const ReferralAssessment &corrected);
    // Why the decision cannot be corrected now (later facts); empty when it can.
    static QString blockedBy(Database &db, const ReferralAssessment &recorded);
};

} // namespace samsyn
