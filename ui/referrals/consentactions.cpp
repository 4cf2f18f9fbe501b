// SPDX-License-Identifier: EUPL-1.2
#include "referrals/consentactions.h"

#include "referrals/referralservice.h"
#include "shell/userprompts.h"
#include "teamfile.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>

namespace samsyn {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ConsentActions)
};
} // namespace

bool withdrawConsentAsking(TeamFile &team, UserPrompts &prompts, QWidget *parent, const Consent &consent)
{
    const QDate today = team.clock().today();
    if (!consent.withdrawnOn.isNull()) {
        prompts.inform(parent, Tr::tr("Withdraw consent"),
                       Tr::tr("This consent was already withdrawn on %1.").arg(consent.withdrawnOn.toString(Qt::ISODate)));
        return false;
    }
    const QString question =
        Tr::tr("Withdraw the consent \"%1\" given on %2 as of today (%3)? The team may then no longer share information "
               "on this basis, and referrals that depended on it leave coming meeting agendas.")
            .arg(ConsentCodes::label(consent.purpose), consent.givenOn.toString(Qt::ISODate), today.toString(Qt::ISODate));
    if (!prompts.confirm(parent, Tr::tr("Withdraw consent"), question, Tr::tr("Withdraw")))
        return false;
    try {
        const int removed = ReferralService(team).withdrawConsent(consent.id, today);
        if (removed > 0)
            prompts.inform(parent, Tr::tr("Consent withdrawn"),
                           Tr::tr("The consent was withdrawn. %n referral item(s) left meeting agendas.", nullptr, removed));
    } catch (const Error &e) {
        prompts.error(parent, Tr::tr("The consent could not be withdrawn"), e.message(), e.technicalDetail());
        return false;
    }
    return true;
}

} // namespace samsyn
