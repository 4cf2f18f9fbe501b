// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/participant.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace samsyn {

enum class Answer { Yes, No, Unclear };

// What a meeting decides on a referral. The participant's status follows (DecisionService):
// Offer -> active with the coordinator assigned (the place is taken from the planned
// start); WaitingList -> waiting; Decline -> exited when the person had nothing else going
// on with the team; Postpone -> unchanged, the referral returns on the next agenda.
enum class DecisionKind { Offer, WaitingList, Decline, Postpone };

struct DecisionCodes
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::DecisionCodes)
public:
    static QString code(Answer answer);
    static std::optional<Answer> answerFromCode(const QString &code);
    static QString label(Answer answer);
    static QString code(DecisionKind kind);
    static std::optional<DecisionKind> decisionFromCode(const QString &code);
    static QString label(DecisionKind kind);
};

// The meeting's assessment of one referral item: the three KRUS questions (each with a
// comment) and, once made, the decision with what it needs.
struct ReferralAssessment
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ReferralAssessment)
public:
    // The three questions, in the order the meeting asks them.
    enum Question { TriedOwn = 0, CanApproach = 1, Wants = 2 };
    static QString questionText(int question);

    qint64 id = 0;
    qint64 agendaItemId = 0;
    qint64 referralId = 0;
    std::optional<Answer> answers[3];
    QString comments[3];
    std::optional<DecisionKind> decision;
    QDate decidedOn;
    std::optional<qint64> programmeId;   // offer, waiting list
    std::optional<qint64> coordinatorId; // offer
    QDate plannedStart;                  // offer
    QString recommendation;              // decline: to the referring party
    QString missing;                     // postpone: what is missing

    // Fields that do not belong to the decision are cleared, so the schema's CHECKs hold.
    void normalise();
    QList<FieldProblem> validate() const;

    friend bool operator==(const ReferralAssessment &, const ReferralAssessment &) = default;
};

} // namespace samsyn
