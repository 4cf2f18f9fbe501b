// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "import/participantimport.h"
#include "teamaccess.h"

#include <QFile>

namespace samsyn::cli {

namespace {

// `samsyn-cli import participants`: brings a team's old Excel list (saved as CSV) into the
// team file. Prints the dry run (counts, then each rejected row with its reason); without
// --dry-run writes every valid row in one action and prints what happened to each row.
// Rejected rows do not stop the valid ones unless --strict. Exit status: 0 when the import
// (or the dry run) found something to create or update and wrote it (or would); 1 when
// nothing was imported because of problems (mapping, every row rejected, --strict with a
// rejected row, a failed write); 2 for wrong use of the command line.
class ImportParticipantsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::ImportParticipantsCommand)

public:
    QString name() const override { return QStringLiteral("import participants"); }
    QString usage() const override
    {
        return tr("FILE LIST.csv [--encoding auto|utf-8|utf-16le|windows-1252] [--separator auto|;|,|tab] "
                  "[--date-format auto|iso|yymmdd|dmy|excel] [--mapping saved|guess] [--column FIELD=HEADER]... "
                  "[--on-duplicate skip|update] [--dry-run] [--strict]  import participants from a CSV list");
    }

    int run(Context &context) override
    {
        const Arguments args(context.args,
                             {QStringLiteral("encoding"), QStringLiteral("separator"), QStringLiteral("date-format"),
                              QStringLiteral("mapping"), QStringLiteral("column"), QStringLiteral("on-duplicate")},
                             {QStringLiteral("dry-run"), QStringLiteral("strict")});
        args.expectAtMost(2);
        const QString path = args.required(0, tr("the name of the team file"));
        const QString listPath = args.required(1, tr("the CSV file"));
        const CsvOptions csvOptions = readCsvOptions(args);
        const ImportSettings settings = readSettings(args);
        const bool dryRun = args.has(QStringLiteral("dry-run"));

        QFile file(listPath);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::CannotOpen, tr("Cannot read %1: %2").arg(listPath, file.errorString()));
        const CsvTable table = CsvReader::read(file.readAll(), csvOptions);

        const auto team = TeamAccess::open(context, path, dryRun ? TeamAccess::readOptions() : TeamFile::OpenOptions{});
        const ColumnMapping mapping = chooseMapping(context, args, *team, table.header());
        ParticipantImport importer(*team);
        const ImportPlan plan = importer.plan(table, mapping, settings);
        printPlan(context, plan);
        if (!plan.problems.isEmpty())
            return 1;
        if (plan.writes() == 0) {
            context.err << tr("Nothing to import.") << Qt::endl;
            return plan.count(ImportOutcome::Reject) > 0 ? 1 : 0;
        }
        if (args.has(QStringLiteral("strict")) && plan.count(ImportOutcome::Reject) > 0) {
            context.err << tr("Nothing was imported: --strict and %n row(s) rejected.", nullptr,
                              plan.count(ImportOutcome::Reject))
                        << Qt::endl;
            return 1;
        }
        if (dryRun) {
            context.out << tr("Dry run: nothing was written.") << Qt::endl;
            return 0;
        }
        const ImportPlan done = importer.run(plan);
        printReport(context, done);
        return 0;
    }

private:
    static CsvOptions readCsvOptions(const Arguments &args)
    {
        CsvOptions options;
        const auto encoding = CsvEncodings::fromCode(args.value(QStringLiteral("encoding"), QStringLiteral("auto")));
        if (!encoding || *encoding == CsvEncoding::Utf8Bom)
            throw UsageError(tr("--encoding takes auto, utf-8, utf-16le or windows-1252."));
        options.encoding = *encoding;
        const QString separator = args.value(QStringLiteral("separator"), QStringLiteral("auto"));
        if (separator == QLatin1String("tab"))
            options.separator = QLatin1Char('\t');
        else if (separator == QLatin1String(";") || separator == QLatin1String(","))
            options.separator = separator.at(0);
        else if (separator != QLatin1String("auto"))
            throw UsageError(tr("--separator takes auto, ';', ',' or tab."));
        return options;
    }

    static ImportSettings readSettings(const Arguments &args)
    {
        ImportSettings settings;
        const auto format = ImportDateFormats::fromCode(args.value(QStringLiteral("date-format"), QStringLiteral("auto")));
        if (!format)
            throw UsageError(tr("--date-format takes auto, iso, yymmdd, dmy or excel."));
        settings.dateFormat = *format;
        const QString duplicate = args.value(QStringLiteral("on-duplicate"), QStringLiteral("skip"));
        if (duplicate != QLatin1String("skip") && duplicate != QLatin1String("update"))
            throw UsageError(tr("--on-duplicate takes skip or update."));
        settings.onDuplicate = duplicate == QLatin1String("update") ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
        return settings;
    }

    // The saved mapping when there is one (unless --mapping guess), else a guess from the
    // header; --column FIELD=HEADER overrides single fields ("--column identity=" unmaps).
    static ColumnMapping chooseMapping(Context &context, const Arguments &args, TeamFile &team, const QStringList &header)
    {
        const QString mode = args.value(QStringLiteral("mapping"), QStringLiteral("saved"));
        if (mode != QLatin1String("saved") && mode != QLatin1String("guess"))
            throw UsageError(tr("--mapping takes saved or guess."));
        const auto saved = mode == QLatin1String("saved") ? ColumnMapping::load(team.database()) : std::nullopt;
        if (mode == QLatin1String("saved") && args.has(QStringLiteral("mapping")) && !saved)
            throw Error(ErrorCode::NotFound, tr("This team has no saved column mapping yet: use --mapping guess."));
        QStringList dropped;
        ColumnMapping mapping = saved ? saved->restrictedTo(header, &dropped) : ColumnMapping::guess(header);
        if (!dropped.isEmpty())
            context.err << tr("The saved mapping has columns this file lacks; not imported: %1.")
                               .arg(dropped.join(QStringLiteral(", ")))
                        << Qt::endl;
        for (const QString &assignment : args.values(QStringLiteral("column"))) {
            const qsizetype equals = assignment.indexOf(QLatin1Char('='));
            bool known = false;
            for (ImportField field : ColumnMapping::fields()) {
                if (equals > 0 && ColumnMapping::key(field) == assignment.left(equals)) {
                    mapping.setColumn(field, assignment.mid(equals + 1));
                    known = true;
                }
            }
            if (!known) {
                QStringList keys;
                for (ImportField field : ColumnMapping::fields())
                    keys << ColumnMapping::key(field);
                throw UsageError(tr("--column takes FIELD=HEADER with FIELD one of: %1.").arg(keys.join(QStringLiteral(", "))));
            }
        }
        return mapping;
    }

    static void printPlan(Context &context, const ImportPlan &plan)
    {
        context.out << tr("Encoding %1, separator %2.")
                           .arg(CsvEncodings::label(plan.encoding),
                                plan.separator == QLatin1Char('\t') ? tr("tab") : QString(plan.separator))
                    << Qt::endl;
        for (const QString &problem : plan.problems)
            context.err << problem << Qt::endl;
        if (!plan.problems.isEmpty())
            return;
        context.out << tr("Rows: %1. To create: %2. To update: %3. Skipped: %4. Rejected: %5.")
                           .arg(plan.rows.size())
                           .arg(plan.count(ImportOutcome::Create))
                           .arg(plan.count(ImportOutcome::Update))
                           .arg(plan.count(ImportOutcome::Skip))
                           .arg(plan.count(ImportOutcome::Reject))
                    << Qt::endl;
        for (const ImportRow &row : plan.rows) {
            if (row.outcome == ImportOutcome::Reject || row.outcome == ImportOutcome::Skip)
                context.out << tr("Row %1: %2: %3").arg(row.row).arg(ImportOutcomes::label(row.outcome), row.reason) << Qt::endl;
        }
    }

    static void printReport(Context &context, const ImportPlan &done)
    {
        context.out << tr("Imported: %1 created, %2 updated.")
                           .arg(done.count(ImportOutcome::Create))
                           .arg(done.count(ImportOutcome::Update))
                    << Qt::endl;
        for (const ImportRow &row : done.rows) {
            if (row.outcome == ImportOutcome::Create || row.outcome == ImportOutcome::Update)
                context.out << tr("Row %1: %2 %3 (id %4)")
                                   .arg(row.row)
                                   .arg(ImportOutcomes::label(row.outcome), row.maskedIdentity)
                                   .arg(row.participant.id)
                            << Qt::endl;
        }
    }
};

} // namespace

SAMSYN_CLI_COMMAND(ImportParticipantsCommand);

} // namespace samsyn::cli
