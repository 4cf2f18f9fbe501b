// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace samsyn {

class TeamFile;
class WriteContext;
struct Document;

// Printing a participant's document is an access to personal data, so it is one action on
// the write path ("document.print", detail naming the document, never its content). The PDF
// is written inside that action: a failed write records nothing, and an action that cannot
// commit removes the file, so a PDF never exists without its audit row. `alsoInTransaction`
// lets a document store what must be kept with the print (a final version) in the same
// transaction. A read-only team file cannot record the access and refuses to print.
class LoggedPrint
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::LoggedPrint)

public:
    static inline const QString kAction = QStringLiteral("document.print");

    // Returns the number of pages; throws samsyn::Error with a message for the user.
    static int pdf(TeamFile &team, const Document &document, const QString &path, const QString &detail, qint64 participantId,
                   const std::function<void(WriteContext &)> &alsoInTransaction = {});
    // Records a print the front end made itself (a printer in the GUI) the same way, after the
    // fact: the printer has the pages already, so only the access (and what is kept with it) is
    // written.
    static void record(TeamFile &team, const QString &detail, qint64 participantId,
                       const std::function<void(WriteContext &)> &alsoInTransaction = {});
    static void requireWritable(TeamFile &team);
};

} // namespace samsyn
