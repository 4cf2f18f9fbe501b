// SPDX-License-Identifier: EUPL-1.2
#include "meetings/decisiontext.h"

#include "storage/settingsrepository.h"

#include <QCoreApplication>

namespace samsyn {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::DecisionText)
};
} // namespace

QString decisionText(const ReferralAssessment &a, const SettingsRepository &settings)
{
    if (!a.decision)
        return {};
    const QString label = DecisionCodes::label(*a.decision);
    const auto programme = a.programmeId ? settings.programme(*a.programmeId) : std::nullopt;
    const QString programmeName = programme ? programme->name : QString();
    switch (*a.decision) {
    case DecisionKind::Offer: {
        const auto coordinator = a.coordinatorId ? settings.member(*a.coordinatorId) : std::nullopt;
        return Tr::tr("%1: %2, coordinator %3, start %4")
            .arg(label, programmeName, coordinator ? coordinator->name : QString(), a.plannedStart.toString(Qt::ISODate));
    }
    case DecisionKind::WaitingList:
        return Tr::tr("%1: %2").arg(label, programmeName);
    case DecisionKind::Decline:
        return Tr::tr("%1: %2").arg(label, a.recommendation);
    case DecisionKind::Postpone:
        return Tr::tr("%1: missing %2").arg(label, a.missing);
    }
    return label;
}

} // namespace samsyn
