// SPDX-License-Identifier: EUPL-1.2
#include "documents/documentmeta.h"

#include "storage/settingsrepository.h"
#include "teamfile.h"
#include "util/clock.h"

namespace samsyn {

DocumentMeta DocumentMeta::forTeam(TeamFile &team)
{
    const TeamInfo info = SettingsRepository(team.database()).teamInfo();
    DocumentMeta meta;
    meta.teamName = info.name;
    meta.controller = info.controller;
    meta.secrecyMarking = info.secrecyMarking;
    meta.demo = info.demo;
    meta.printedBy = team.currentMemberName();
    meta.printedAt = team.clock().now();
    return meta;
}

} // namespace samsyn
