// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "storage/auditanchors.h"
#include "storage/auditlog.h"
#include "storage/backupservice.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/teamlock.h"
#include "teamaccess.h"

namespace samsyn::cli {

namespace {

// `samsyn-cli check`: a health report of a team file, without changing anything (opened
// read-only, no migration, no backup). Exit status 0 only when every check passed.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString usage() const override { return tr("FILE  check a team file's integrity, audit trail, lock and backups"); }

    int run(Context &context) override
    {
        const Arguments args(context.args, {});
        const QString path = args.teamFile();
        m_ok = true;

        reportLock(context, path);
        std::unique_ptr<TeamFile> team;
        try {
            TeamFile::OpenOptions options;
            options.readOnly = true;
            options.allowMigration = false;
            options.backupAtOpen = false;
            team = TeamAccess::open(context, path, options);
        } catch (const Error &error) {
            line(context, tr("Opens as a team file"), false, error.message());
            reportBackups(context, path);
            return 1;
        }
        Database &db = team->database();
        line(context, tr("Application id"), db.applicationId() == Database::kApplicationId, tr("Samsyn team file"));
        const int version = db.userVersion();
        line(context, tr("Schema version"), version == Migrator::latestVersion(),
             version == Migrator::latestVersion() ? QString::number(version)
                                                  : tr("%1 (this Samsyn uses %2)").arg(version).arg(Migrator::latestVersion()));
        const QStringList problems = db.check(true);
        line(context, tr("Integrity check"), problems.isEmpty(), problems.isEmpty() ? tr("ok") : problems.join(QLatin1String("; ")));
        const AuditLog::Verification audit = AuditLog::verify(db);
        line(context, tr("Audit trail"), audit.ok,
             audit.ok ? tr("%n entries, chain intact", nullptr, int(audit.rows))
                      : tr("broken at entry %1: changed outside Samsyn").arg(audit.firstBadSeq.value_or(0)));
        const AuditAnchors::Check anchors = AuditAnchors::of(db).check(db);
        line(context, tr("Audit anchors"), anchors.ok,
             anchors.ok ? tr("%n anchor(s) outside the file, all reached", nullptr, anchors.anchors) : anchors.message());
        team.reset();
        reportBackups(context, path);
        context.out << (m_ok ? tr("All checks passed.") : tr("Some checks failed.")) << Qt::endl;
        return m_ok ? 0 : 1;
    }

private:
    void line(Context &context, const QString &what, bool ok, const QString &detail)
    {
        m_ok = m_ok && ok;
        context.out << (ok ? QStringLiteral("[ok]   ") : QStringLiteral("[FAIL] ")) << what << ": " << detail << Qt::endl;
    }

    // Informational: a lock is not a fault, but the coordinator wants to know who has it.
    static void reportLock(Context &context, const QString &path)
    {
        const auto holder = TeamLock(path).holder();
        context.out << "[info] " << tr("In use") << ": " << (holder ? holder->describe() : tr("no")) << Qt::endl;
    }

    void reportBackups(Context &context, const QString &path)
    {
        const QList<BackupInfo> backups = BackupService::list(path);
        const auto newest = BackupService::latest(path);
        context.out << "[info] " << tr("Backups") << ": "
                    << (newest ? tr("%1, newest %2 (%3)")
                                     .arg(backups.size())
                                     .arg(newest->taken.toString(QStringLiteral("yyyy-MM-dd HH:mm")), newest->path)
                               : tr("none"))
                    << Qt::endl;
    }

    bool m_ok = true;
};

} // namespace

SAMSYN_CLI_COMMAND(CheckCommand);

} // namespace samsyn::cli
