// SPDX-License-Identifier: EUPL-1.2
#include "sip/sipprinting.h"

#include "documents/loggedprint.h"
#include "sip/sipdocument.h"
#include "storage/participantrepository.h"
#include "storage/siprepository.h"
#include "teamfile.h"
#include "util/error.h"

namespace samsyn {

SipPrinting::Prepared SipPrinting::prepare(TeamFile &team, qint64 participantId, qint64 planId, int version)
{
    LoggedPrint::requireWritable(team);
    // The audit row names the participant: it must be the plan's own.
    if (!SipRepository(team.database()).plans(participantId).contains(planId))
        throw Error(ErrorCode::NotFound, tr("This SIP does not belong to the participant."));
    Prepared prepared;
    prepared.document = SipDocument::build(team, planId, version);
    prepared.version = version > 0 ? version : SipRepository(team.database()).current(planId)->version;
    prepared.detail = QStringLiteral("sip %1 version %2").arg(planId).arg(prepared.version);
    return prepared;
}

SipPrinting::Result SipPrinting::pdf(TeamFile &team, qint64 participantId, int version, const QString &path)
{
    LoggedPrint::requireWritable(team);
    const std::optional<Participant> person = ParticipantRepository(team.database()).get(participantId);
    if (!person)
        throw Error(ErrorCode::NotFound, tr("The participant is not in this team file."));
    const std::optional<qint64> plan = SipDocument::latestPlan(team.database(), participantId);
    if (!plan)
        throw Error(ErrorCode::NotFound, tr("%1 has no SIP yet, so there is nothing to print.").arg(person->displayName()));
    const Prepared prepared = prepare(team, participantId, *plan, version);
    Result result;
    result.version = prepared.version;
    result.pages = LoggedPrint::pdf(team, prepared.document, path, prepared.detail, participantId);
    return result;
}

} // namespace samsyn
