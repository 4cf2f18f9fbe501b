// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "teamaccess.h"

namespace samsyn::cli {

namespace {

// `samsyn-cli backup`: a verified backup now, beside the team file.
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString usage() const override { return tr("FILE  take a verified backup of the team file now"); }

    int run(Context &context) override
    {
        const Arguments args(context.args, {});
        const QString path = args.teamFile();
        const auto team = TeamAccess::open(context, path, TeamAccess::readOptions());
        const BackupInfo backup = team->backupNow(QStringLiteral("manual"));
        context.out << tr("Backup written to %1").arg(backup.path) << Qt::endl;
        return 0;
    }
};

} // namespace

SAMSYN_CLI_COMMAND(BackupCommand);

} // namespace samsyn::cli
