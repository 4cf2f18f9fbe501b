// SPDX-License-Identifier: EUPL-1.2
#include "shell/localcopyoffer.h"

#include "shell/userprompts.h"
#include "teamfile.h"
#include "util/error.h"

#include <QDir>
#include <QFileInfo>

namespace samsyn {

QString LocalCopyOffer::freeName(const QString &folder, const QString &fileName)
{
    const QFileInfo info(fileName);
    const QDir dir(folder);
    QString candidate = dir.filePath(info.fileName());
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = dir.filePath(QStringLiteral("%1 (%2).%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
    return candidate;
}

QString LocalCopyOffer::offer(TeamFile &team, UserPrompts &prompts, QWidget *parent, const QString &folder)
{
    const QString target = freeName(folder, team.path());
    const bool accepted = prompts.confirm(
        parent, tr("Team file on a network drive"),
        tr("This team file is on a network drive, so it was opened read-only: SQLite files can be damaged when they "
           "are written over a network.\n\nCopy it to this computer (%1) and work in the copy? The file on the network "
           "drive is left as it is; make sure nobody else keeps working in it.")
            .arg(QDir::toNativeSeparators(target)),
        tr("Copy to this computer"));
    if (!accepted)
        return {};
    try {
        team.saveCopyTo(target);
    } catch (const Error &error) {
        prompts.error(parent, tr("The copy could not be made"), error.message(), error.technicalDetail());
        return {};
    }
    return target;
}

} // namespace samsyn
