// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/participant.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samsyn {

// Where a referral is: registered, on a meeting's agenda, postponed by a meeting (it comes
// back on the next agenda), decided, or withdrawn by the referring party.
enum class ReferralStatus { Received, OnAgenda, Postponed, Decided, Withdrawn };

struct ReferralStatuses
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ReferralStatuses)
public:
    static QString code(ReferralStatus status);
    static std::optional<ReferralStatus> fromCode(const QString &code);
    static QString label(ReferralStatus status);
};

// An aktualisering / remiss / intresseförfrågan: a handläggare at one party refers a
// participant to the team. Attachments are names only; the documents stay with the party.
struct Referral
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::Referral)
public:
    static constexpr int kMaxText = 8000;

    qint64 id = 0;
    qint64 participantId = 0;
    QDate receivedOn;
    qint64 referringPartyId = 0;
    QString handlerName;
    QString handlerPhone;
    QString handlerEmail;
    QString reason;
    QString triedAlready;
    QString ownWish;
    QString incomeSource; // code of income_source, empty when not known
    QString occupation;   // code of occupation
    QString currentContacts;
    QStringList attachments;
    std::optional<qint64> programmeId;
    ReferralStatus status = ReferralStatus::Received;

    // The rules the core checks before writing (codes and ids are checked by the repository).
    QList<FieldProblem> validate(QDate today) const;

    friend bool operator==(const Referral &, const Referral &) = default;
};

} // namespace samsyn
