// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "export/suscounts.h"
#include "export/susexport.h"
#include "reports/period.h"
#include "storage/participantrepository.h"
#include "teamaccess.h"
#include "util/clock.h"

#include <QDir>
#include <QHash>

namespace samsyn::cli {

namespace {

// `samsyn-cli export sus FILE [--period P] --out DIR [--allow-incomplete]`: the quarter-end
// export (docs/user/sus-export.md). Problems in the data go to standard error, one per
// line, and nothing is written unless the user asks for an incomplete export. After writing,
// the figures for Uppföljning Finsam are printed, ready to be typed in.
class ExportSusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::ExportSusCommand)

public:
    QString name() const override { return QStringLiteral("export sus"); }
    QString usage() const override
    {
        return tr("FILE --out DIR [--period 2026Q3|2026-09|2026T2|2026H1|2026|2026-01-01..2026-03-31] "
                  "[--allow-incomplete]  write the quarter-end export (default: the last completed quarter)");
    }

    int run(Context &context) override
    {
        const Arguments args(context.args, {QStringLiteral("period"), QStringLiteral("out")},
                             {QStringLiteral("allow-incomplete")});
        const QString path = args.teamFile();
        if (!args.has(QStringLiteral("out")))
            throw UsageError(tr("Say where the files go with --out DIR."));
        const QString folder = args.value(QStringLiteral("out"));
        const Period period = periodOf(args, context.clock.today());
        const bool allowIncomplete = args.has(QStringLiteral("allow-incomplete"));

        const auto team = TeamAccess::open(context, path, TeamAccess::readOptions());
        const SusExport exporter = SusExport::read(team->database(), period);
        printProblems(context, *team, exporter);
        const QStringList written = exporter.write(*team, folder, allowIncomplete);

        context.out << tr("%1 (%2 to %3), format version %4:")
                           .arg(period.label(), period.first().toString(Qt::ISODate), period.last().toString(Qt::ISODate))
                           .arg(SusExport::kFormatVersion)
                    << Qt::endl;
        for (const QString &file : written)
            context.out << QStringLiteral("  ") << QDir::toNativeSeparators(file) << Qt::endl;
        if (!exporter.isComplete())
            context.out << tr("Written as incomplete: %1 lists the rows with problems.")
                               .arg(SusExport::problemFileName(period))
                        << Qt::endl;
        if (!exporter.gallringNote().isEmpty())
            context.out << exporter.gallringNote() << Qt::endl;
        context.out << Qt::endl << tr("For Uppföljning Finsam (participants per insats):") << Qt::endl
                    << SusCounts::text(SusCounts::compute(exporter.data()));
        return 0;
    }

private:
    static Period periodOf(const Arguments &args, QDate today)
    {
        if (!args.has(QStringLiteral("period")))
            return Period::lastCompletedQuarter(today);
        try {
            return Period::parse(args.value(QStringLiteral("period")));
        } catch (const Error &error) {
            throw UsageError(error.message());
        }
    }

    // One line per problem: who (id and masked identity: the terminal may be logged), where
    // and why, with the field key a script can act on.
    static void printProblems(Context &context, TeamFile &team, const SusExport &exporter)
    {
        const ParticipantRepository participants(team.database());
        QHash<qint64, const SusRecord *> records;
        for (const SusRecord &r : exporter.data().records)
            records.insert(r.enrollmentId, &r);
        for (const SusProblem &problem : exporter.problems()) {
            const auto row = participants.row(problem.participantId);
            const auto number = row ? Personnummer::fromStored(row->identityKind, row->identity) : std::nullopt;
            const SusRecord *record = records.value(problem.enrollmentId);
            context.err << tr("Participant %1 (%2), %3 from %4: %5 [%6]")
                               .arg(QString::number(problem.participantId), number ? number->masked() : QStringLiteral("****"),
                                    record ? record->programme : QString(),
                                    record ? record->start.toString(Qt::ISODate) : QString(), problem.message, problem.field)
                        << Qt::endl;
        }
    }
};

} // namespace

SAMSYN_CLI_COMMAND(ExportSusCommand);

} // namespace samsyn::cli
