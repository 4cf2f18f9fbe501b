// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/gender.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace samsyn {

// One enrollment of a period as the quarter-end export sees it, read from the team file
// with every code already turned into its Swedish label. The validation and the files are
// computed from these, so the rules can be tested on hand-made records too. Plain value.
struct SusRecord
{
    qint64 enrollmentId = 0;
    qint64 participantId = 0;
    QString displayName; // for the screen only; never written to a file

    QString programme;
    std::optional<Gender> gender;
    QString registration = QStringLiteral("consent"); // the enrollment's registration code
    bool protectedIdentity = false;
    QDate consentDate;      // the registration consent that covers the enrollment; null when none
    QDate consentWithdrawn; // when the only such consent was withdrawn; null otherwise
    QString personnummer;   // 12 digits; empty for an identity without a national number
    QDate birthDate;
    QString municipality;
    QString referringParty; // PartyKinds::susLabel of the referral's party; empty when none

    QDate start;
    QDate end; // null while ongoing
    bool exited = false;
    QStringList incomeBefore; // labels, in the code table's order
    QStringList incomeAfter;
    QString occupationBefore;
    QString occupationAfter;
    std::optional<int> extentPercent;
    QString education;
    QString supportTime;
    QString exitReason;

    // Written without personnummer, birth year, age, municipality and consent date when the
    // person did not consent to registration, has protected identity, or no registration
    // consent is on file: when the data disagree, the export takes the anonymous side.
    bool isAnonymous() const
    {
        return registration != QLatin1String("consent") || protectedIdentity || !consentDate.isValid();
    }
};

} // namespace samsyn
