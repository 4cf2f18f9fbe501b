// SPDX-License-Identifier: EUPL-1.2
#include "sip/sipprinting.h"

#include "documents/loggedprint.h"
#include "sip/sipdocument.h"
#include "storage/participantrepository.h"
#include "storage/siprepository.h"
#include "teamfile.h"
#include "util/error.h"

namespace samsyn {

SipPrinting::Result SipPrinting::pdf(TeamFile &team, qint64 participantId, int version, const QString &path)
{
    LoggedPrint::requireWritable(team);
    const std::optional<Participant> person = ParticipantRepository(team.database()).get(participantId);
    if (!person)
        throw Error(ErrorCode::NotFound, tr("The participant is not in this team file."));
    const std::optional<qint64> plan = SipDocument::latestPlan(team.database(), participantId);
    if (!plan)
        throw Error(ErrorCode::NotFound, tr("%1 has no SIP yet, so there is nothing to print.").arg(person->displayName()));
    const Document document = SipDocument::build(team, *plan, version);
    Result result;
    result.version = version > 0 ? version : SipRepository(team.database()).current(*plan)->version;
    result.pages = LoggedPrint::pdf(team, document, path, QStringLiteral("sip %1 version %2").arg(*plan).arg(result.version),
                                    participantId);
    return result;
}

} // namespace samsyn
