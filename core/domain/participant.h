// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/gender.h"
#include "domain/personnummer.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samsyn {

// Where a person is on the path through the team (domain.md): referred, on the waiting
// list, active in a programme, passive (reduced contact), exited.
enum class ParticipantStatus { Referred, Waiting, Active, Passive, Exited };

struct ParticipantStatuses
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ParticipantStatuses)
public:
    static QString code(ParticipantStatus status);
    static std::optional<ParticipantStatus> fromCode(const QString &code);
    static QString label(ParticipantStatus status);
    static QList<ParticipantStatus> all();
};

// A rule the data breaks, tied to the field so a form can point at it.
struct FieldProblem
{
    QString field; // stable key: "identity", "givenName", "email", ...
    QString message;
};

// A person known to the team. The identity is stored in canonical form with its kind; a
// Swedish number fixes gender and birth date, an Other identity has them entered.
struct Participant
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::Participant)
public:
    static constexpr int kMaxName = 100;
    static constexpr int kMaxPhone = 40;
    static constexpr int kMaxEmail = 200;
    static constexpr int kMaxAddress = 400;

    qint64 id = 0;
    Personnummer::Kind identityKind = Personnummer::Kind::Personnummer;
    QString identity; // canonical: 12 digits, or the text of an Other identity
    bool protectedIdentity = false;
    QString givenName;
    QString familyName;
    std::optional<Gender> gender;
    QDate birthDate;
    QString phone;
    QString email;
    QString address;
    std::optional<qint64> municipalityId;
    bool interpreterNeeded = false;
    QString interpreterLanguage;
    QStringList incomeSources; // codes of the income_source table
    QString occupation;        // code, empty when not known
    QString education;         // code
    QString supportTime;       // code of public_support_time
    ParticipantStatus status = ParticipantStatus::Referred;
    std::optional<qint64> coordinatorId;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Sets identity, kind, and for Swedish numbers gender and birth date.
    void setIdentity(const Personnummer &number);
    std::optional<Personnummer> personnummer() const;

    QString displayName() const;  // "Given Family"
    QString sortName() const;     // "Family, Given"
    QString maskedIdentity() const;
    QString initials() const;

    // Every rule the core enforces before anything is written (codes are checked against
    // the code tables by the repository).
    QList<FieldProblem> validate(QDate today) const;

    friend bool operator==(const Participant &, const Participant &) = default;
};

} // namespace samsyn
