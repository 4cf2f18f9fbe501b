// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/teamsettings.h"

namespace samsyn {

class WriteContext;

// The invented demo team: a samverkansteam with municipalities, parties, members and
// programmes modelled on the project's source documents (Jönköping area, KRUS-like
// case management with places per party, a group activity and a waiting list).
class DemoTeam
{
public:
    static TeamSetup setup();
    // Places per party for the case-management programme (TeamSetup carries no quotas).
    static void setQuotas(WriteContext &ctx);
    // Municipality names with weights roughly by population (the big town dominates).
    static QList<QPair<QString, int>> municipalityWeights();
    static QString coordinatorRole();
    // The programme that meets as a group (three mornings a week): attendance is kept there.
    static QString groupProgramme();
};

} // namespace samsyn
