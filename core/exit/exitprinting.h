// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/documentmodel.h"
#include "exit/exitreportdata.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace samsyn {

class TeamFile;
class Database;
class WriteContext;

// Prints a participant's slutdokumentation as PDF through LoggedPrint. Until the final
// version is printed, every print is a draft built from the current data; printing it as
// final stores the document's data in exit_documents in the same transaction, and from then
// on every print (final or not) is rebuilt from that stored copy.
class ExitPrinting
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ExitPrinting)

public:
    struct Result
    {
        int pages = 0;
        bool final = false;
        bool fromStoredCopy = false; // the final version was printed earlier
        QDateTime finalAt;           // when the final version was written
    };

    // The participant's latest ended enrollment; nullopt when none has ended.
    static std::optional<qint64> latestExited(Database &db, qint64 participantId);
    // The data the document is built from now: the stored final copy, or the current data.
    static ExitReportData currentData(TeamFile &team, qint64 enrollmentId);

    // What a print of the slutdokumentation consists of, for a front end that prints itself
    // (the GUI's printer): the document, the audit detail and what to keep with the print
    // (the final copy, to run inside the print's action through LoggedPrint).
    struct Prepared
    {
        Document document;
        QString detail;
        std::function<void(WriteContext &)> keep;
        Result result; // pages still 0
    };
    // Throws like pdf(); writes nothing.
    static Prepared prepare(TeamFile &team, qint64 participantId, bool final);

    // Throws Error(NotFound) with a sentence for the user when the person has no ended
    // enrollment; nothing is written then.
    static Result pdf(TeamFile &team, qint64 participantId, bool final, const QString &path);
};

} // namespace samsyn
