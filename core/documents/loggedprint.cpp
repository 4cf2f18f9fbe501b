// SPDX-License-Identifier: EUPL-1.2
#include "documents/loggedprint.h"

#include "documents/documentmodel.h"
#include "documents/pdfexport.h"
#include "teamfile.h"
#include "util/error.h"

#include <QFile>

namespace samsyn {

void LoggedPrint::requireWritable(TeamFile &team)
{
    if (team.isReadOnly())
        throw Error(ErrorCode::ReadOnly, tr("The team file is open read-only, so printing cannot be recorded in the access log. "
                                            "Open a local, writable copy and print again."));
}

namespace {

void describe(WriteContext &ctx, const QString &detail, qint64 participantId,
              const std::function<void(WriteContext &)> &alsoInTransaction)
{
    ctx.setDetail(detail);
    if (participantId > 0)
        ctx.setParticipant(participantId);
    if (alsoInTransaction)
        alsoInTransaction(ctx);
}

} // namespace

void LoggedPrint::record(TeamFile &team, const QString &detail, qint64 participantId,
                         const std::function<void(WriteContext &)> &alsoInTransaction)
{
    requireWritable(team);
    team.write(kAction, [&](WriteContext &ctx) { describe(ctx, detail, participantId, alsoInTransaction); });
}

int LoggedPrint::pdf(TeamFile &team, const Document &document, const QString &path, const QString &detail, qint64 participantId,
                     const std::function<void(WriteContext &)> &alsoInTransaction)
{
    requireWritable(team);
    int pages = 0;
    try {
        team.write(kAction, [&](WriteContext &ctx) {
            describe(ctx, detail, participantId, alsoInTransaction);
            pages = writePdf(document, path); // last: everything before it can still fail cleanly
        });
    } catch (...) {
        if (pages > 0)
            QFile::remove(path); // written, but the action (and its audit row) did not commit
        throw;
    }
    return pages;
}

} // namespace samsyn
