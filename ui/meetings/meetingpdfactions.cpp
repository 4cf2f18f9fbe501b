// SPDX-License-Identifier: EUPL-1.2
#include "meetings/meetingpdfactions.h"

#include "meetings/meetingprinting.h"
#include "shell/userprompts.h"
#include "storage/meetingrepository.h"
#include "teamfile.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <functional>

namespace samsyn {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::MeetingPdfActions)
};

bool savePdf(TeamFile &team, UserPrompts &prompts, QWidget *parent, const QString &title, const QString &fileName,
             const std::function<int(const QString &)> &write)
{
    const QString suggested = QFileInfo(team.path()).absoluteDir().filePath(fileName);
    QString path = prompts.savePdfName(parent, title, suggested);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    try {
        const int pages = write(path);
        prompts.inform(parent, title,
                       Tr::tr("Saved %1 (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        prompts.error(parent, title, e.message(), e.technicalDetail());
        return false;
    }
    return true;
}

} // namespace

bool saveProtocolPdf(TeamFile &team, UserPrompts &prompts, QWidget *parent, qint64 meetingId)
{
    const auto meeting = MeetingRepository(team.database()).get(meetingId);
    if (!meeting)
        return false;
    return savePdf(team, prompts, parent, Tr::tr("Save the protocol as PDF"),
                   Tr::tr("Protocol %1.pdf").arg(meeting->date.toString(Qt::ISODate)),
                   [&](const QString &path) { return MeetingPrinting::protocolPdf(team, meetingId, path); });
}

bool saveDecisionLetterPdf(TeamFile &team, UserPrompts &prompts, QWidget *parent, qint64 referralId)
{
    return savePdf(team, prompts, parent, Tr::tr("Save the decision letter as PDF"),
                   Tr::tr("Decision letter %1.pdf").arg(referralId),
                   [&](const QString &path) { return MeetingPrinting::letterPdf(team, referralId, path); });
}

} // namespace samsyn
