// SPDX-License-Identifier: EUPL-1.2
#include "domain/referral.h"

#include "domain/codetable.h"

namespace samsyn {

namespace {
constexpr std::array<EnumCode<ReferralStatus>, 5> kStatusCodes{{
    {ReferralStatus::Received, "received"},
    {ReferralStatus::OnAgenda, "on_agenda"},
    {ReferralStatus::Postponed, "postponed"},
    {ReferralStatus::Decided, "decided"},
    {ReferralStatus::Withdrawn, "withdrawn"},
}};
} // namespace

QString ReferralStatuses::code(ReferralStatus status)
{
    return enumToCode(kStatusCodes, status);
}

std::optional<ReferralStatus> ReferralStatuses::fromCode(const QString &code)
{
    return enumFromCode(kStatusCodes, code);
}

QString ReferralStatuses::label(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Received:
        return tr("Waiting for assessment");
    case ReferralStatus::OnAgenda:
        return tr("On an agenda");
    case ReferralStatus::Postponed:
        return tr("Postponed");
    case ReferralStatus::Decided:
        return tr("Decided");
    case ReferralStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QList<FieldProblem> Referral::validate(QDate today) const
{
    QList<FieldProblem> problems;
    if (participantId <= 0)
        problems << FieldProblem{QStringLiteral("participant"), tr("A referral needs a participant.")};
    if (!receivedOn.isValid())
        problems << FieldProblem{QStringLiteral("receivedOn"), tr("Enter the date the referral was received.")};
    else if (receivedOn > today)
        problems << FieldProblem{QStringLiteral("receivedOn"), tr("The date received cannot be in the future.")};
    if (referringPartyId <= 0)
        problems << FieldProblem{QStringLiteral("referringParty"), tr("Choose the referring party.")};
    if (handlerName.size() > Participant::kMaxName)
        problems << FieldProblem{QStringLiteral("handlerName"), tr("The case officer's name is too long.")};
    if (handlerPhone.size() > Participant::kMaxPhone)
        problems << FieldProblem{QStringLiteral("handlerPhone"), tr("The phone number is too long.")};
    if (handlerEmail.size() > Participant::kMaxEmail)
        problems << FieldProblem{QStringLiteral("handlerEmail"), tr("The e-mail address is too long.")};
    for (const QString *text : {&reason, &triedAlready, &ownWish}) {
        if (text->size() > kMaxText)
            problems << FieldProblem{QStringLiteral("text"), tr("A text field is longer than %1 characters.").arg(kMaxText)};
    }
    for (const QString &name : attachments) {
        if (name.trimmed().isEmpty() || name.size() > 200)
            problems << FieldProblem{QStringLiteral("attachments"), tr("Each attachment needs a name of at most 200 characters.")};
    }
    return problems;
}

} // namespace samsyn
