// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingprinting.h"

#include "documents/documentmodel.h"
#include "documents/pdfexport.h"
#include "meetings/decisionletter.h"
#include "meetings/meetingprotocol.h"
#include "storage/meetingrepository.h"
#include "storage/referralrepository.h"
#include "teamfile.h"
#include "util/error.h"

#include <QFile>

namespace samsyn {

namespace {

const QString kAction = QStringLiteral("document.print");

QString protocolDetail(QDate date)
{
    return QStringLiteral("protocol %1").arg(date.toString(Qt::ISODate));
}

QString letterDetail(qint64 referralId)
{
    return QStringLiteral("letter %1").arg(referralId);
}

void requireWritable(TeamFile &team)
{
    if (team.isReadOnly())
        throw Error(ErrorCode::ReadOnly, MeetingPrinting::tr("The team file is open read-only, so printing cannot be recorded "
                                                              "in the access log. Open a local, writable copy and print again."));
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
    requireWritable(team);
    const Document doc = MeetingProtocol::build(team, meetingId);
    return print(team, doc, protocolDetail(MeetingRepository(team.database()).get(meetingId)->date), 0, path);
}

int MeetingPrinting::letterPdf(TeamFile &team, qint64 referralId, const QString &path)
{
    requireWritable(team);
    const qint64 participantId = participantOf(team, referralId);
    const Document doc = DecisionLetter::build(team, referralId);
    return print(team, doc, letterDetail(referralId), participantId, path);
}

void MeetingPrinting::logProtocol(TeamFile &team, QDate meetingDate)
{
    requireWritable(team);
    team.write(kAction, [&](WriteContext &ctx) { ctx.setDetail(protocolDetail(meetingDate)); });
}

void MeetingPrinting::logLetter(TeamFile &team, qint64 referralId)
{
    requireWritable(team);
    const qint64 participantId = participantOf(team, referralId);
    team.write(kAction, [&](WriteContext &ctx) {
        ctx.setDetail(letterDetail(referralId));
        ctx.setParticipant(participantId);
    });
}

int MeetingPrinting::print(TeamFile &team, const Document &doc, const QString &detail, qint64 participantId, const QString &path)
{
    int pages = 0;
    try {
        team.write(kAction, [&](WriteContext &ctx) {
            ctx.setDetail(detail);
            if (participantId > 0)
                ctx.setParticipant(participantId);
            pages = writePdf(doc, path); // atomic: complete or absent
        });
    } catch (...) {
        if (pages > 0)
            QFile::remove(path); // written, but the access could not be logged
        throw;
    }
    return pages;
}

} // namespace samsyn
