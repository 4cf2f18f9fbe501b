// SPDX-License-Identifier: EUPL-1.2
#include "participantprint.h"

#include "arguments.h"
#include "command.h"
#include "participantlookup.h"
#include "teamaccess.h"
#include "util/clock.h"

namespace samsyn::cli {

QStringList ParticipantPrint::valueOptions(const QStringList &own)
{
    return QStringList{QStringLiteral("participant"), QStringLiteral("o"), QStringLiteral("output")} + own;
}

ParticipantPrint ParticipantPrint::open(Context &context, const Arguments &args)
{
    ParticipantPrint print;
    const QString path = args.teamFile();
    print.out = args.value(QStringLiteral("o"), args.value(QStringLiteral("output")));
    if (print.out.isEmpty())
        throw UsageError(tr("Say where to write the PDF with -o OUT.pdf."));
    if (!args.has(QStringLiteral("participant")))
        throw UsageError(tr("Choose the participant with --participant PNR."));
    print.team = TeamAccess::open(context, path, TeamAccess::readOptions());
    print.participantId = ParticipantLookup::find(*print.team, args.value(QStringLiteral("participant")), context.clock.today());
    return print;
}

} // namespace samsyn::cli
