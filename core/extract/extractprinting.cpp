// SPDX-License-Identifier: EUPL-1.2
#include "extract/extractprinting.h"

#include "documents/loggedprint.h"
#include "teamfile.h"

namespace samsyn {

ExtractPrinting::Prepared ExtractPrinting::prepare(TeamFile &team, qint64 participantId, RegisterExtract::Part part)
{
    LoggedPrint::requireWritable(team);
    Prepared prepared;
    prepared.document = RegisterExtract::build(team, participantId, part);
    prepared.detail = part == RegisterExtract::Part::LogOnly ? QStringLiteral("log extract") : QStringLiteral("register extract");
    return prepared;
}

int ExtractPrinting::pdf(TeamFile &team, qint64 participantId, RegisterExtract::Part part, const QString &path)
{
    const Prepared prepared = prepare(team, participantId, part);
    return LoggedPrint::pdf(team, prepared.document, path, prepared.detail, participantId);
}

} // namespace samsyn
