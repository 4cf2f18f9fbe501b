// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "extract/extractprinting.h"
#include "participantprint.h"

namespace samsyn::cli {

namespace {

// `samsyn-cli print extract FILE --participant PNR [--log-only] -o OUT.pdf`: the register
// extract a person may ask for (GDPR art. 15): everything the team file holds about them and
// who has read or changed it; --log-only gives the access log alone. The print is recorded in
// the audit trail under the participant, like every print of a person's document.
class PrintExtractCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::PrintExtractCommand)

public:
    QString name() const override { return QStringLiteral("print extract"); }
    QString usage() const override
    {
        return tr("FILE --participant PNR [--log-only] -o OUT.pdf  print a participant's register extract (GDPR art. 15) as "
                  "PDF (--log-only: the access log alone)");
    }

    bool needsFonts() const override { return true; }

    int run(Context &context) override
    {
        const Arguments args(context.args, ParticipantPrint::valueOptions(), {QStringLiteral("log-only")});
        const ParticipantPrint print = ParticipantPrint::open(context, args);
        const bool logOnly = args.has(QStringLiteral("log-only"));
        const int pages = ExtractPrinting::pdf(*print.team, print.participantId,
                                               logOnly ? RegisterExtract::Part::LogOnly : RegisterExtract::Part::Register, print.out);
        context.out << (logOnly ? tr("Wrote the log extract (%n page(s)) to %1.", nullptr, pages)
                                : tr("Wrote the register extract (%n page(s)) to %1.", nullptr, pages))
                               .arg(print.out)
                    << Qt::endl;
        return 0;
    }
};

} // namespace

SAMSYN_CLI_COMMAND(PrintExtractCommand);

} // namespace samsyn::cli
