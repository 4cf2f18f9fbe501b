// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/consent.h"
#include "domain/referral.h"
#include "tempteam.h"

namespace samsyn::test {

// Builders for the referral tests: a participant with a referral from a party, a consent,
// a meeting on a date. Each goes through the services, as a user's action would.
class ReferralFixtures
{
public:
    explicit ReferralFixtures(TempTeam &team) : m_t(team) {}

    // Creates participant n (test personnummer n) with a referral from `party`.
    Referral referral(int n, const QString &party = QStringLiteral("Försäkringskassan"),
                      QDate received = QDate(2026, 11, 2));
    Consent consent(qint64 participantId, QDate given, QDate validUntil);
    qint64 meeting(QDate date);
    qint64 participantStatusCount(const QString &status);

private:
    TempTeam &m_t;
};

} // namespace samsyn::test
