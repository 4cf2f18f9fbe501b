// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "documents/documentmeta.h"
#include "documents/pdfexport.h"
#include "reports/annualreport.h"
#include "reports/outcometable.h"
#include "reports/period.h"
#include "reports/periodreport.h"
#include "reports/reportcsv.h"
#include "reports/reportdocument.h"
#include "teamaccess.h"
#include "util/clock.h"

#include <QFileInfo>

namespace samsyn::cli {

namespace {

// `samsyn-cli report FILE --kind period|annual|outcomes --period P [--by municipality|party|programme]
// --format csv|pdf -o OUT`: a report as PDF or CSV, the same content as the GUI's Rapporter.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString usage() const override
    {
        return tr("FILE --kind period|annual|outcomes --period P [--by municipality|party|programme] --format csv|pdf "
                  "-o OUT  write a report (P: 2026-03, 2026Q1, 2026T1, 2026H1, 2026 or 2026-01-01..2026-03-31)");
    }

    // PDFs lay out text, and the charts (also drawn for CSV, which leaves them out) need fonts.
    bool needsFonts() const override { return true; }

    int run(Context &context) override
    {
        const Arguments args(context.args, {QStringLiteral("kind"), QStringLiteral("period"), QStringLiteral("by"),
                                            QStringLiteral("format"), QStringLiteral("o")});
        const QString path = args.teamFile();
        const QString kind = args.value(QStringLiteral("kind"));
        if (kind != QLatin1String("period") && kind != QLatin1String("annual") && kind != QLatin1String("outcomes"))
            throw UsageError(tr("Choose the report with --kind period, --kind annual or --kind outcomes."));
        if (!args.has(QStringLiteral("period")))
            throw UsageError(tr("Choose the period with --period, e.g. 2026-03, 2026Q1 or 2026."));
        const Period period = Period::parse(args.value(QStringLiteral("period")));
        const QString out = args.value(QStringLiteral("o"));
        if (out.isEmpty())
            throw UsageError(tr("Name the file to write with -o OUT."));
        const QString format = args.value(QStringLiteral("format"), QFileInfo(out).suffix().toLower());
        if (format != QLatin1String("csv") && format != QLatin1String("pdf"))
            throw UsageError(tr("Choose the format with --format csv or --format pdf."));
        if (args.has(QStringLiteral("by")) && kind != QLatin1String("outcomes"))
            throw UsageError(tr("--by applies to --kind outcomes only."));
        const auto grouping = OutcomeTable::groupingFromCode(args.value(QStringLiteral("by"), QStringLiteral("municipality")));
        if (!grouping)
            throw UsageError(tr("Choose the columns with --by municipality, --by party or --by programme."));

        const auto team = TeamAccess::open(context, path, TeamAccess::readOptions());
        const QDate today = context.clock.today();
        ReportContent content;
        if (kind == QLatin1String("period"))
            content = PeriodReport::build(team->database(), period, today).content();
        else if (kind == QLatin1String("annual"))
            content = AnnualReport::build(team->database(), period, today).content();
        else
            content = OutcomeTable::build(team->database(), *grouping, period).content();

        if (format == QLatin1String("pdf")) {
            const int pages = writePdf(ReportDocument::build(content, DocumentMeta::forTeam(*team)), out);
            context.out << tr("Wrote %1 (%n page(s)).", nullptr, pages).arg(out) << Qt::endl;
        } else {
            ReportCsv::write(content, out);
            context.out << tr("Wrote %1.").arg(out) << Qt::endl;
        }
        return 0;
    }
};

} // namespace

SAMSYN_CLI_COMMAND(ReportCommand);

} // namespace samsyn::cli
