// SPDX-License-Identifier: EUPL-1.2
#include "teamaccess.h"

#include "command.h"
#include "storage/settingsrepository.h"

namespace samsyn::cli {

TeamFile::OpenOptions TeamAccess::readOptions()
{
    TeamFile::OpenOptions options;
    options.backupAtOpen = false;
    return options;
}

std::unique_ptr<TeamFile> TeamAccess::open(Context &context, const QString &path, const TeamFile::OpenOptions &options)
{
    auto team = TeamFile::open(path, context.clock, options);
    const TeamFile::OpenReport &report = team->openReport();
    for (const QString &warning : report.warnings)
        context.err << tr("Warning: %1").arg(warning) << Qt::endl;
    if (report.readOnly && !options.readOnly)
        context.err << report.readOnlyReason << Qt::endl;
    identify(context, *team);
    return team;
}

void TeamAccess::identify(Context &context, TeamFile &team)
{
    if (context.asMember.isEmpty())
        return;
    const QString wanted = context.asMember.trimmed();
    for (const Member &member : SettingsRepository(team.database()).members(true)) {
        if (member.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            team.setCurrentMember(member.id);
            return;
        }
    }
    throw Error(ErrorCode::NotFound, tr("There is no team member called %1 in this team file.").arg(wanted));
}

} // namespace samsyn::cli
