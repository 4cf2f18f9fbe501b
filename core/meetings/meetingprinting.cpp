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

MeetingPrinting::Prepared MeetingPrinting::prepareProtocol(TeamFile &team, qint64 meetingId)
{
    const std::optional<Meeting> meeting = MeetingRepository(team.database()).get(meetingId);
    if (!meeting)
        throw Error(ErrorCode::NotFound, tr("There is no meeting with id %1 in this team file.").arg(meetingId));
    return Prepared{MeetingProtocol::build(team, meetingId), protocolDetail(meeting->date), 0};
}

MeetingPrinting::Prepared MeetingPrinting::prepareLetter(TeamFile &team, qint64 referralId)
{
    const qint64 participantId = participantOf(team, referralId);
    return Prepared{DecisionLetter::build(team, referralId), letterDetail(referralId), participantId};
}

int MeetingPrinting::protocolPdf(TeamFile &team, qint64 meetingId, const QString &path)
{
    LoggedPrint::requireWritable(team);
    const Prepared p = prepareProtocol(team, meetingId);
    return LoggedPrint::pdf(team, p.document, path, p.detail, p.participantId);
}

int MeetingPrinting::letterPdf(TeamFile &team, qint64 referralId, const QString &path)
{
    LoggedPrint::requireWritable(team);
    const Prepared p = prepareLetter(team, referralId);
    return LoggedPrint::pdf(team, p.document, path, p.detail, p.participantId);
}

} // namespace samsyn
