// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "exit/exitprinting.h"
#include "participantprint.h"

namespace samsyn::cli {

namespace {

// `samsyn-cli print exit FILE --participant PNR [--final] -o OUT.pdf`: the slutdokumentation
// of the person's latest ended stay. Without --final it is a draft from the current data;
// --final keeps the printed version unchanged in the team file, and every print after that
// is that kept version.
class PrintExitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::PrintExitCommand)

public:
    QString name() const override { return QStringLiteral("print exit"); }
    QString usage() const override
    {
        return tr("FILE --participant PNR [--final] -o OUT.pdf  print a participant's slutdokumentation as PDF "
                  "(--final keeps it unchanged)");
    }

    bool needsFonts() const override { return true; }

    int run(Context &context) override
    {
        const Arguments args(context.args, ParticipantPrint::valueOptions(), {QStringLiteral("final")});
        const ParticipantPrint print = ParticipantPrint::open(context, args);
        const QString &out = print.out;
        const bool final = args.has(QStringLiteral("final"));
        const ExitPrinting::Result result = ExitPrinting::pdf(*print.team, print.participantId, final, out);
        if (result.fromStoredCopy)
            context.out << tr("Wrote the final slutdokumentation as printed on %1 (%n page(s)) to %2.", nullptr, result.pages)
                               .arg(result.finalAt.toLocalTime().date().toString(Qt::ISODate), out)
                        << Qt::endl;
        else if (result.final)
            context.out << tr("Wrote the final slutdokumentation (%n page(s)) to %1; it is kept unchanged from now on.", nullptr,
                              result.pages)
                               .arg(out)
                        << Qt::endl;
        else
            context.out << tr("Wrote a draft slutdokumentation (%n page(s)) to %1. Print with --final to keep it.", nullptr,
                              result.pages)
                               .arg(out)
                        << Qt::endl;
        return 0;
    }
};

} // namespace

SAMSYN_CLI_COMMAND(PrintExitCommand);

} // namespace samsyn::cli
