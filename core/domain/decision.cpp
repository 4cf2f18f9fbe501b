// SPDX-License-Identifier: EUPL-1.2
#include "domain/decision.h"

#include "domain/codetable.h"

namespace samsyn {

namespace {
constexpr std::array<EnumCode<Answer>, 3> kAnswerCodes{{
    {Answer::Yes, "yes"},
    {Answer::No, "no"},
    {Answer::Unclear, "unclear"},
}};
constexpr std::array<EnumCode<DecisionKind>, 4> kDecisionCodes{{
    {DecisionKind::Offer, "offer"},
    {DecisionKind::WaitingList, "waiting_list"},
    {DecisionKind::Decline, "decline"},
    {DecisionKind::Postpone, "postpone"},
}};
} // namespace

QString DecisionCodes::code(Answer answer)
{
    return enumToCode(kAnswerCodes, answer);
}

std::optional<Answer> DecisionCodes::answerFromCode(const QString &code)
{
    return enumFromCode(kAnswerCodes, code);
}

QString DecisionCodes::label(Answer answer)
{
    switch (answer) {
    case Answer::Yes:
        return tr("Yes");
    case Answer::No:
        return tr("No");
    case Answer::Unclear:
        return tr("Unclear");
    }
    return {};
}

QString DecisionCodes::code(DecisionKind kind)
{
    return enumToCode(kDecisionCodes, kind);
}

std::optional<DecisionKind> DecisionCodes::decisionFromCode(const QString &code)
{
    return enumFromCode(kDecisionCodes, code);
}

QString DecisionCodes::label(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Offer:
        return tr("Offer a place");
    case DecisionKind::WaitingList:
        return tr("Waiting list");
    case DecisionKind::Decline:
        return tr("Decline with a recommendation");
    case DecisionKind::Postpone:
        return tr("Postpone");
    }
    return {};
}

QString ReferralAssessment::questionText(int question)
{
    switch (question) {
    case TriedOwn:
        return tr("Has the referring party tried its own options fully?");
    case CanApproach:
        return tr("Can the person, with more support, approach work, studies or work-oriented rehabilitation?");
    case Wants:
        return tr("Does the person want to take part?");
    default:
        return {};
    }
}

void ReferralAssessment::normalise()
{
    const bool offer = decision == DecisionKind::Offer;
    if (!offer && decision != DecisionKind::WaitingList)
        programmeId.reset();
    if (!offer) {
        coordinatorId.reset();
        plannedStart = QDate();
    }
    if (decision != DecisionKind::Decline)
        recommendation.clear();
    if (decision != DecisionKind::Postpone)
        missing.clear();
    if (!decision)
        decidedOn = QDate();
}

QList<FieldProblem> ReferralAssessment::validate() const
{
    QList<FieldProblem> problems;
    if (!decision)
        return problems;
    switch (*decision) {
    case DecisionKind::Offer:
        if (!programmeId)
            problems << FieldProblem{QStringLiteral("programme"), tr("An offer needs a programme.")};
        if (!coordinatorId)
            problems << FieldProblem{QStringLiteral("coordinator"), tr("An offer needs a coordinator.")};
        if (!plannedStart.isValid())
            problems << FieldProblem{QStringLiteral("plannedStart"), tr("An offer needs a planned start date.")};
        break;
    case DecisionKind::WaitingList:
        if (!programmeId)
            problems << FieldProblem{QStringLiteral("programme"), tr("The waiting list is per programme: choose one.")};
        break;
    case DecisionKind::Decline:
        if (recommendation.trimmed().isEmpty())
            problems << FieldProblem{QStringLiteral("recommendation"),
                                     tr("A decline needs a recommendation to the referring party.")};
        break;
    case DecisionKind::Postpone:
        if (missing.trimmed().isEmpty())
            problems << FieldProblem{QStringLiteral("missing"), tr("Say what is missing before the referral can be decided.")};
        break;
    }
    return problems;
}

} // namespace samsyn
