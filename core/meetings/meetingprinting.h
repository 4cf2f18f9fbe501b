// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/documentmodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace samsyn {

class TeamFile;

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

    // What a print consists of, for a front end that prints to its own printer and records
    // the print through LoggedPrint afterwards: the document, the audit detail, and whose
    // data it is (0 for the protocol, which covers many people). Throws; writes nothing.
    struct Prepared
    {
        Document document;
        QString detail;
        qint64 participantId = 0;
    };
    static Prepared prepareProtocol(TeamFile &team, qint64 meetingId);
    static Prepared prepareLetter(TeamFile &team, qint64 referralId);
};

} // namespace samsyn
