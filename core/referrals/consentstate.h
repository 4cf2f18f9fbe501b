// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/consent.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace samsyn {

// Where a participant stands on one consent purpose on a day: the gate for assessment is
// a valid information-exchange consent, so lists show this next to every referral. When
// none is valid, the most recent consent says why (withdrawn or expired).
struct ConsentState
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ConsentState)
public:
    enum Kind { Valid, None, Expired, Withdrawn };

    Kind kind = None;
    QDate date; // valid until / expired on / withdrawn on; null for None

    static ConsentState of(const QList<Consent> &consents, QDate day,
                           ConsentPurpose purpose = ConsentPurpose::InformationExchange);
    // The state of one consent on a day (a consent not yet given counts as None).
    static ConsentState ofOne(const Consent &consent, QDate day);
    QString label() const;
};

} // namespace samsyn
