// SPDX-License-Identifier: EUPL-1.2
#include "domain/participant.h"

#include <QRegularExpression>

namespace samsyn {

QString ParticipantStatuses::code(ParticipantStatus status)
{
    switch (status) {
    case ParticipantStatus::Referred:
        return QStringLiteral("referred");
    case ParticipantStatus::Waiting:
        return QStringLiteral("waiting");
    case ParticipantStatus::Active:
        return QStringLiteral("active");
    case ParticipantStatus::Passive:
        return QStringLiteral("passive");
    case ParticipantStatus::Exited:
        break;
    }
    return QStringLiteral("exited");
}

std::optional<ParticipantStatus> ParticipantStatuses::fromCode(const QString &code)
{
    for (ParticipantStatus status : all()) {
        if (ParticipantStatuses::code(status) == code)
            return status;
    }
    return std::nullopt;
}

QString ParticipantStatuses::label(ParticipantStatus status)
{
    switch (status) {
    case ParticipantStatus::Referred:
        return tr("Referred");
    case ParticipantStatus::Waiting:
        return tr("Waiting");
    case ParticipantStatus::Active:
        return tr("Active");
    case ParticipantStatus::Passive:
        return tr("Passive");
    case ParticipantStatus::Exited:
        break;
    }
    return tr("Exited");
}

QList<ParticipantStatus> ParticipantStatuses::all()
{
    return {ParticipantStatus::Referred, ParticipantStatus::Waiting, ParticipantStatus::Active,
            ParticipantStatus::Passive, ParticipantStatus::Exited};
}

void Participant::setIdentity(const Personnummer &number)
{
    identityKind = number.kind();
    identity = number.canonical();
    if (number.isSwedish()) {
        gender = number.gender();
        birthDate = number.birthDate();
    }
}

std::optional<Personnummer> Participant::personnummer() const
{
    return Personnummer::fromStored(identityKind, identity);
}

QString Participant::displayName() const
{
    return QString(givenName.trimmed() + QLatin1Char(' ') + familyName.trimmed()).trimmed();
}

QString Participant::sortName() const
{
    return familyName.trimmed() + QStringLiteral(", ") + givenName.trimmed();
}

QString Participant::maskedIdentity() const
{
    if (const auto number = personnummer())
        return number->masked();
    return identity.left(2) + QStringLiteral("****");
}

QString Participant::initials() const
{
    QString result;
    if (!givenName.trimmed().isEmpty())
        result += givenName.trimmed().at(0).toUpper() + QLatin1Char('.');
    if (!familyName.trimmed().isEmpty())
        result += QLatin1Char(' ') + familyName.trimmed().at(0).toUpper() + QLatin1Char('.');
    return result.trimmed();
}

namespace {

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

void checkText(QList<FieldProblem> &problems, const QString &field, const QString &label, const QString &value,
               int maxLength, bool required)
{
    const QString trimmed = value.trimmed();
    if (required && trimmed.isEmpty())
        problems << FieldProblem{field, Participant::tr("%1 is required.").arg(label)};
    else if (value.size() > maxLength)
        problems << FieldProblem{field, Participant::tr("%1 is too long (at most %2 characters).").arg(label).arg(maxLength)};
    else if (hasControlCharacters(value))
        problems << FieldProblem{field, Participant::tr("%1 contains characters that cannot be stored.").arg(label)};
}

} // namespace

QList<FieldProblem> Participant::validate(QDate today) const
{
    QList<FieldProblem> problems;
    if (identityKind == Personnummer::Kind::Other) {
        const auto result = Personnummer::other(identity);
        if (!result.ok())
            problems << FieldProblem{QStringLiteral("identity"), result.message()};
        if (!gender)
            problems << FieldProblem{QStringLiteral("gender"), tr("Choose the legal gender: an identity without a personnummer does not tell it.")};
    } else {
        const auto result = Personnummer::parse(identity, today);
        if (!result.ok())
            problems << FieldProblem{QStringLiteral("identity"), result.message()};
        else if (result.value->kind() != identityKind)
            problems << FieldProblem{QStringLiteral("identity"), tr("The identity kind does not match the number.")};
    }
    checkText(problems, QStringLiteral("givenName"), tr("The given name"), givenName, kMaxName, true);
    checkText(problems, QStringLiteral("familyName"), tr("The family name"), familyName, kMaxName, true);
    checkText(problems, QStringLiteral("phone"), tr("The phone number"), phone, kMaxPhone, false);
    checkText(problems, QStringLiteral("email"), tr("The e-mail address"), email, kMaxEmail, false);
    checkText(problems, QStringLiteral("address"), tr("The address"), address.simplified(), kMaxAddress, false);
    checkText(problems, QStringLiteral("interpreterLanguage"), tr("The interpreter language"), interpreterLanguage, kMaxName,
              interpreterNeeded);

    static const QRegularExpression phonePattern(QStringLiteral("^[0-9+()\\- ]*$"));
    if (!phone.isEmpty() && !phonePattern.match(phone).hasMatch())
        problems << FieldProblem{QStringLiteral("phone"), tr("A phone number may hold digits, spaces, +, - and parentheses only.")};
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && !emailPattern.match(email).hasMatch())
        problems << FieldProblem{QStringLiteral("email"), tr("The e-mail address is not complete (name@example.se).")};
    if (birthDate.isValid() && birthDate > today)
        problems << FieldProblem{QStringLiteral("birthDate"), tr("The birth date is in the future.")};
    return problems;
}

} // namespace samsyn
