// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace samsyn {

// A konsultation: a handläggare brings a case for advice. Recorded without the person;
// counted in reports next to referrals.
struct Consultation
{
    qint64 id = 0;
    QDate heldOn;
    qint64 partyId = 0;
    QString handlerName;
    QString question;
    QString advice;

    friend bool operator==(const Consultation &, const Consultation &) = default;
};

} // namespace samsyn
