// SPDX-License-Identifier: EUPL-1.2
#include "referrals/consentstate.h"

namespace samsyn {

ConsentState ConsentState::ofOne(const Consent &consent, QDate day)
{
    if (consent.isValidOn(day))
        return {Valid, consent.validUntil};
    if (!consent.withdrawnOn.isNull() && consent.withdrawnOn <= day)
        return {Withdrawn, consent.withdrawnOn};
    if (consent.validUntil.isValid() && consent.validUntil < day)
        return {Expired, consent.validUntil};
    return {};
}

ConsentState ConsentState::of(const QList<Consent> &consents, QDate day, ConsentPurpose purpose)
{
    const Consent *latest = nullptr;
    ConsentState best;
    for (const Consent &c : consents) {
        if (c.purpose != purpose)
            continue;
        const ConsentState state = ofOne(c, day);
        // Of several valid consents the one lasting longest counts.
        if (state.kind == Valid && (best.kind != Valid || state.date > best.date))
            best = state;
        if (!latest || c.givenOn > latest->givenOn || (c.givenOn == latest->givenOn && c.id > latest->id))
            latest = &c;
    }
    if (best.kind == Valid || !latest)
        return best;
    return ofOne(*latest, day);
}

QString ConsentState::label() const
{
    const QString when = date.toString(Qt::ISODate);
    switch (kind) {
    case Valid:
        return tr("Valid until %1").arg(when);
    case Expired:
        return tr("Expired %1").arg(when);
    case Withdrawn:
        return tr("Withdrawn %1").arg(when);
    case None:
        break;
    }
    return tr("None");
}

} // namespace samsyn
