// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "teamaccess.h"

#include <QDir>

namespace samsyn::cli {

namespace {

// `samsyn-cli restore`: replaces a (damaged) team file with a verified backup. The replaced
// file is set aside, never deleted.
class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString usage() const override { return tr("FILE BACKUP  replace the team file with a backup"); }

    int run(Context &context) override
    {
        const Arguments args(context.args, {});
        const QString path = args.required(0, tr("the name of the team file"));
        const QString backup = args.required(1, tr("the backup to restore"));
        args.expectAtMost(2);
        const auto team = TeamFile::restore(path, backup, context.clock);
        context.out << tr("Restored %1 from %2.").arg(team->path(), backup) << Qt::endl;
        const QString replaced = team->openReport().replacedFile;
        if (!replaced.isEmpty())
            context.out << tr("The replaced file was kept as %1").arg(QDir::toNativeSeparators(replaced)) << Qt::endl;
        return 0;
    }
};

} // namespace

SAMSYN_CLI_COMMAND(RestoreCommand);

} // namespace samsyn::cli
