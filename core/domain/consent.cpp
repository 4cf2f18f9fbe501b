// SPDX-License-Identifier: EUPL-1.2
#include "domain/consent.h"

#include "domain/codetable.h"

namespace samsyn {

namespace {
constexpr std::array<EnumCode<ConsentPurpose>, 3> kPurposeCodes{{
    {ConsentPurpose::InformationExchange, "information_exchange"},
    {ConsentPurpose::Sip, "sip"},
    {ConsentPurpose::FollowUpRegistration, "follow_up_registration"},
}};
constexpr std::array<EnumCode<ConsentForm>, 2> kFormCodes{{
    {ConsentForm::Written, "written"},
    {ConsentForm::Oral, "oral"},
}};
} // namespace

QString ConsentCodes::code(ConsentPurpose purpose)
{
    return enumToCode(kPurposeCodes, purpose);
}

std::optional<ConsentPurpose> ConsentCodes::purposeFromCode(const QString &code)
{
    return enumFromCode(kPurposeCodes, code);
}

QString ConsentCodes::label(ConsentPurpose purpose)
{
    switch (purpose) {
    case ConsentPurpose::InformationExchange:
        return tr("Information exchange within the team");
    case ConsentPurpose::Sip:
        return tr("Coordinated individual plan (SIP)");
    case ConsentPurpose::FollowUpRegistration:
        return tr("Registration for follow-up");
    }
    return {};
}

QString ConsentCodes::code(ConsentForm form)
{
    return enumToCode(kFormCodes, form);
}

std::optional<ConsentForm> ConsentCodes::formFromCode(const QString &code)
{
    return enumFromCode(kFormCodes, code);
}

bool Consent::isValidOn(QDate day) const
{
    return givenOn.isValid() && givenOn <= day && validUntil.isValid() && day <= validUntil
        && (withdrawnOn.isNull() || withdrawnOn > day);
}

QList<FieldProblem> Consent::validate(QDate today) const
{
    QList<FieldProblem> problems;
    if (participantId <= 0)
        problems << FieldProblem{QStringLiteral("participant"), tr("A consent belongs to a participant.")};
    if (!givenOn.isValid())
        problems << FieldProblem{QStringLiteral("givenOn"), tr("Enter the date the consent was given.")};
    else if (givenOn > today)
        problems << FieldProblem{QStringLiteral("givenOn"), tr("The consent cannot be given in the future.")};
    if (!validUntil.isValid())
        problems << FieldProblem{QStringLiteral("validUntil"), tr("Enter the date the consent is valid until.")};
    else if (givenOn.isValid() && validUntil < givenOn)
        problems << FieldProblem{QStringLiteral("validUntil"), tr("The consent cannot end before it was given.")};
    if (form == ConsentForm::Oral && !recordedBy)
        problems << FieldProblem{QStringLiteral("recordedBy"), tr("An oral consent must say which team member recorded it.")};
    if (!withdrawnOn.isNull() && givenOn.isValid() && withdrawnOn < givenOn)
        problems << FieldProblem{QStringLiteral("withdrawnOn"), tr("A consent cannot be withdrawn before it was given.")};
    if (partyIds.isEmpty())
        problems << FieldProblem{QStringLiteral("parties"), tr("Choose the parties the consent covers.")};
    if (note.size() > 2000)
        problems << FieldProblem{QStringLiteral("note"), tr("The note is too long.")};
    return problems;
}

} // namespace samsyn
