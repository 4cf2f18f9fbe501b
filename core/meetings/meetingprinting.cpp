// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingprinting.h"

#include "documents/documentmodel.h"
#include "documents/loggedprint.h"
#include "meetings/decisionletter.h"
#include "meetings/meetingprotocol.h"
#include "storage/meetingrepository.h"
#include "storage/referralrepository.h"
#include "teamfile.h"
#include "util/error.h"

namespace samsyn {

namespace {

QString protocolDetail(QDate date)
{
    return QStringLiteral("protocol %1").arg(date.toString(Qt::ISODate));
}

QString letterDetail(qint64 referralId)
{
    return QStringLiteral("letter %1").arg(referralId);
}

qint64 participantOf(TeamFile &team, qint64 referralId)
{
    const std::optional<Referral> r = ReferralRepository(team.database()).get(referralId);
    if (!r)
        throw Error(ErrorCode::NotFound, MeetingPrinting::tr("There is no referral with id %1 in this team file.").arg(referralId));
    return r->participantId;
}

} // namespace

int MeetingPrinting::protocolPdf(TeamFile &team, qint64 meetingId, const QString &path)
{
    LoggedPrint::requireWritable(team);
    const Document doc = MeetingProtocol::build(team, meetingId);
    return LoggedPrint::pdf(team, doc, path, protocolDetail(MeetingRepository(team.database()).get(meetingId)->date), 0);
}

int MeetingPrinting::letterPdf(TeamFile &team, qint64 referralId, const QString &path)
{
    LoggedPrint::requireWritable(team);
    const qint64 participantId = participantOf(team, referralId);
    const Document doc = DecisionLetter::build(team, referralId);
    return LoggedPrint::pdf(team, doc, path, letterDetail(referralId), participantId);
}

void MeetingPrinting::logProtocol(TeamFile &team, QDate meetingDate)
{
    LoggedPrint::record(team, protocolDetail(meetingDate), 0);
}

void MeetingPrinting::logLetter(TeamFile &team, qint64 referralId)
{
    LoggedPrint::requireWritable(team);
    LoggedPrint::record(team, letterDetail(referralId), participantOf(team, referralId));
}

} // namespace samsyn
