// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace samsyn {

class TeamFile;
struct Document;

// Printing a protocol or a decision letter is an access to personal data, so it is recorded
// through the write path ("document.print"). For a PDF the file is written inside that same
// action: a failed write logs nothing, and a log that cannot be committed removes the file,
// so a PDF never exists without its audit row. A read-only team file cannot record the
// access and refuses to print.
class MeetingPrinting
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::MeetingPrinting)

public:
    // Return the number of pages written; throw samsyn::Error with a message for the user.
    static int protocolPdf(TeamFile &team, qint64 meetingId, const QString &path);
    static int letterPdf(TeamFile &team, qint64 referralId, const QString &path);

    // For a front end that prints to a QPrinter itself: record the print afterwards.
    static void logProtocol(TeamFile &team, QDate meetingDate);
    static void logLetter(TeamFile &team, qint64 referralId);
};

} // namespace samsyn
