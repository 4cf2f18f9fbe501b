// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/documentmodel.h"

#include <QCoreApplication>
#include <QString>

namespace samsyn {

class TeamFile;

// Prints a participant's SIP as PDF through LoggedPrint (one "document.print" action).
class SipPrinting
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::SipPrinting)

public:
    struct Result
    {
        int pages = 0;
        int version = 0;
    };

    // What a print of version `version` (0 = current) of plan `planId` consists of, for a
    // front end that prints itself: the document and the audit detail. Throws like pdf().
    struct Prepared
    {
        Document document;
        QString detail;
        int version = 0;
    };
    static Prepared prepare(TeamFile &team, qint64 participantId, qint64 planId, int version);

    // The participant's newest plan, version `version` (0 = current). Throws Error(NotFound)
    // with a sentence for the user when the person has no SIP or no such version; nothing is
    // written then.
    static Result pdf(TeamFile &team, qint64 participantId, int version, const QString &path);
};

} // namespace samsyn
