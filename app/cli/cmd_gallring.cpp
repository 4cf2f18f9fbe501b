// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "retention/gallringplan.h"
#include "tableoutput.h"
#include "teamaccess.h"
#include "util/clock.h"


namespace samsyn::cli {

namespace {

// `samsyn-cli gallring FILE [--dry-run] [--yes]`: lists the participants due for gallring on
// the day (`--date` sets it), by masked identity only, with their last entry and deadline;
// deletes them for good only with --yes (and never with --dry-run). The file is opened
// without the backup at open: a new backup would keep the very data being deleted.
class GallringCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::GallringCommand)

public:
    QString name() const override { return QStringLiteral("gallring"); }
    QString usage() const override
    {
        return tr("FILE [--dry-run] [--yes]  list who is due for gallring (retention) and, with --yes, delete them");
    }

    int run(Context &context) override
    {
        const Arguments args(context.args, {}, {QStringLiteral("dry-run"), QStringLiteral("yes")});
        const QString path = args.teamFile();
        args.expectAtMost(1);
        const bool dryRun = args.has(QStringLiteral("dry-run"));
        const bool confirmed = args.has(QStringLiteral("yes")) && !dryRun;
        TeamFile::OpenOptions options = TeamAccess::readOptions();
        options.readOnly = !confirmed;
        const auto team = TeamAccess::open(context, path, options);
        const GallringPlan plan = GallringPlan::build(team->database(), context.clock.today());

        context.out << tr("Retention period: %n year(s) after the last entry.", nullptr, plan.retentionYears) << Qt::endl;
        context.out << tr("Due for gallring on %1: %n participant(s).", nullptr, int(plan.entries.size()))
                           .arg(plan.today.toString(Qt::ISODate))
                    << Qt::endl;
        if (plan.entries.isEmpty())
            return 0;
        TableOutput table({QStringLiteral("identity"), QStringLiteral("last_entry"), QStringLiteral("due_since"),
                           QStringLiteral("deadline")},
                          {tr("Identity"), tr("Last entry"), tr("Due since"), tr("Deadline")});
        for (const GallringEntry &e : plan.entries)
            table.addRow({e.maskedIdentity, e.lastEntry.toString(Qt::ISODate), e.eligibleSince.toString(Qt::ISODate),
                          e.deadline.toString(Qt::ISODate)});
        table.write(context.out, TableOutput::Format::Table);

        if (!confirmed) {
            context.out << tr("Nothing was deleted. To delete these participants for good, run again with --yes.") << Qt::endl;
            return 0;
        }
        const GallringResult result = GallringPlan::execute(*team, plan, plan.participantIds());
        context.out << tr("Deleted %n participant(s) for good; their counts in the reports are kept.", nullptr, result.deleted)
                    << Qt::endl;
        if (!result.vacuumProblem.isEmpty())
            context.err << tr("The file could not be compacted afterwards: %1").arg(result.vacuumProblem) << Qt::endl;
        context.out << GallringPlan::backupCaveat(team->path()) << Qt::endl;
        return 0;
    }
};

} // namespace

SAMSYN_CLI_COMMAND(GallringCommand);

} // namespace samsyn::cli
