// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingpdfactions.h"

#include "common/documentprinting.h"
#include "meetings/meetingprinting.h"
#include "storage/meetingrepository.h"
#include "teamfile.h"

#include <QCoreApplication>

namespace samsyn {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::MeetingPdfActions)
};

} // namespace

bool saveProtocolPdf(TeamFile &team, UserPrompts &prompts, QWidget *parent, qint64 meetingId)
{
    const auto meeting = MeetingRepository(team.database()).get(meetingId);
    if (!meeting)
        return false;
    return DocumentPrinting::savePdf(team, prompts, parent, Tr::tr("Save the protocol as PDF"),
                                     Tr::tr("Protocol %1.pdf").arg(meeting->date.toString(Qt::ISODate)),
                                     [&](const QString &path) { return MeetingPrinting::protocolPdf(team, meetingId, path); });
}

bool saveDecisionLetterPdf(TeamFile &team, UserPrompts &prompts, QWidget *parent, qint64 referralId)
{
    return DocumentPrinting::savePdf(team, prompts, parent, Tr::tr("Save the decision letter as PDF"),
                                     Tr::tr("Decision letter %1.pdf").arg(referralId),
                                     [&](const QString &path) { return MeetingPrinting::letterPdf(team, referralId, path); });
}

} // namespace samsyn
