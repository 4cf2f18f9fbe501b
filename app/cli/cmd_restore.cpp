// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "teamaccess.h"

#include <QDir>
#include <QFileInfo>

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
        const QStringList before = setAsideFiles(path);
        const auto team = TeamFile::restore(path, backup, context.clock);
        context.out << tr("Restored %1 from %2.").arg(team->path(), backup) << Qt::endl;
        for (const QString &aside : setAsideFiles(path)) {
            if (!before.contains(aside))
                context.out << tr("The replaced file was kept as %1").arg(aside) << Qt::endl;
        }
        return 0;
    }

private:
    // TeamFile::restore keeps the replaced file as FILE.replaced-STAMP; the new name is the
    // one that was not there before.
    static QStringList setAsideFiles(const QString &path)
    {
        const QFileInfo info(path);
        QStringList result;
        const QDir dir = info.absoluteDir();
        const QString pattern = info.fileName() + QStringLiteral(".replaced-*");
        for (const QString &name : dir.entryList({pattern}, QDir::Files)) {
            if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm"))
                && !name.endsWith(QLatin1String("-journal")))
                result << dir.filePath(name);
        }
        return result;
    }
};

} // namespace

SAMSYN_CLI_COMMAND(RestoreCommand);

} // namespace samsyn::cli
