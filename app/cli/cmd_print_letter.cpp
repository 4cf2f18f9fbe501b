// SPDX-License-Identifier: EUPL-1.2
#include "arguments.h"
#include "command.h"
#include "meetings/meetingprinting.h"
#include "teamaccess.h"

namespace samsyn::cli {

namespace {

// `samsyn-cli print letter FILE --referral ID -o OUT.pdf`: the decision letter to the
// referring party. Printing is logged in the audit trail under the participant.
class PrintLetterCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::PrintLetterCommand)

public:
    QString name() const override { return QStringLiteral("print letter"); }
    QString usage() const override { return tr("FILE --referral ID -o OUT.pdf  print the decision letter on a referral as PDF"); }

    bool needsFonts() const override { return true; }

    int run(Context &context) override
    {
        const Arguments args(context.args, {QStringLiteral("referral"), QStringLiteral("o"), QStringLiteral("output")});
        const QString path = args.teamFile();
        const QString out = args.value(QStringLiteral("o"), args.value(QStringLiteral("output")));
        if (out.isEmpty())
            throw UsageError(tr("Say where to write the PDF with -o OUT.pdf."));
        if (!args.has(QStringLiteral("referral")))
            throw UsageError(tr("Choose the referral with --referral ID."));
        const qint64 referralId = args.intValue(QStringLiteral("referral"), 0, 1, 2147483647);

        const auto team = TeamAccess::open(context, path, TeamAccess::readOptions());
        const int pages = MeetingPrinting::letterPdf(*team, referralId, out);
        context.out << tr("Wrote the decision letter on referral %1 (%n page(s)) to %2.", nullptr, pages).arg(referralId).arg(out)
                    << Qt::endl;
        return 0;
    }
};

} // namespace

SAMSYN_CLI_COMMAND(PrintLetterCommand);

} // namespace samsyn::cli
