// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingprintactions.h"

#include "common/documentprinting.h"
#include "meetings/meetingprinting.h"
#include "storage/meetingrepository.h"
#include "shell/userprompts.h"
#include "teamfile.h"
#include "util/error.h"

#include <QCoreApplication>

#include <functional>

namespace samsyn {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::MeetingPrintActions)
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

namespace {

bool previewPrepared(TeamFile &team, UserPrompts &prompts, QWidget *parent, const QString &title,
                     const std::function<MeetingPrinting::Prepared()> &prepare)
{
    MeetingPrinting::Prepared p;
    try {
        p = prepare();
    } catch (const Error &e) {
        prompts.error(parent, title, e.message(), e.technicalDetail());
        return false;
    }
    return DocumentPrinting::previewLogged(team, prompts, parent, title, p.document, p.detail, p.participantId);
}

} // namespace

bool previewProtocol(TeamFile &team, UserPrompts &prompts, QWidget *parent, qint64 meetingId)
{
    return previewPrepared(team, prompts, parent, Tr::tr("Print the protocol"),
                           [&] { return MeetingPrinting::prepareProtocol(team, meetingId); });
}

bool previewDecisionLetter(TeamFile &team, UserPrompts &prompts, QWidget *parent, qint64 referralId)
{
    return previewPrepared(team, prompts, parent, Tr::tr("Print the decision letter"),
                           [&] { return MeetingPrinting::prepareLetter(team, referralId); });
}

} // namespace samsyn
