// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "participantprint.h"
#include "sip/sipprinting.h"

namespace samsyn::cli {

namespace {

// `samsyn-cli print sip FILE --participant PNR [--version N] -o OUT.pdf`: the person's SIP
// (the newest plan; the current version unless --version names an earlier one). Printing is
// logged in the audit trail under the participant.
class PrintSipCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::PrintSipCommand)

public:
    QString name() const override { return QStringLiteral("print sip"); }
    QString usage() const override
    {
        return tr("FILE --participant PNR [--version N] -o OUT.pdf  print a participant's SIP as PDF");
    }

    bool needsFonts() const override { return true; }

    int run(Context &context) override
    {
        const Arguments args(context.args, ParticipantPrint::valueOptions({QStringLiteral("version")}));
        const int version = args.intValue(QStringLiteral("version"), 0, 1, 1000);
        const ParticipantPrint print = ParticipantPrint::open(context, args);
        const QString &out = print.out;
        const SipPrinting::Result result = SipPrinting::pdf(*print.team, print.participantId, version, out);
        context.out << tr("Wrote version %1 of the SIP (%n page(s)) to %2.", nullptr, result.pages).arg(result.version).arg(out)
                    << Qt::endl;
        return 0;
    }
};

} // namespace

SAMSYN_CLI_COMMAND(PrintSipCommand);

} // namespace samsyn::cli
