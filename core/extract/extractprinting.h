// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "extract/registerextract.h"

#include <QCoreApplication>
#include <QString>

namespace samsyn {

class TeamFile;

// Prints a participant's register or log extract through LoggedPrint, so the audit shows that
// the extract was produced (one "document.print" row under the participant).
class ExtractPrinting
{
public:
    // What a print consists of, for a front end that prints itself: the document and the audit
    // detail. Throws samsyn::Error (read-only file, unknown participant); writes nothing.
    struct Prepared
    {
        Document document;
        QString detail;
    };
    static Prepared prepare(TeamFile &team, qint64 participantId, RegisterExtract::Part part);

    // Writes the PDF and its audit row in one action; returns the number of pages.
    static int pdf(TeamFile &team, qint64 participantId, RegisterExtract::Part part, const QString &path);
};

} // namespace samsyn
