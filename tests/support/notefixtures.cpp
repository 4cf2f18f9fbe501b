// SPDX-License-Identifier: EUPL-1.2
#include "notefixtures.h"

#include "storage/noterepository.h"

namespace samsyn::test {

Note addNote(TempTeam &t, qint64 participantId, QDate date, NoteKind kind, const QString &text)
{
    Note n;
    n.participantId = participantId;
    n.date = date;
    n.kind = kind;
    n.authorId = t.memberId(QStringLiteral("Karin Koordinator"));
    n.text = text;
    t->write(QStringLiteral("note.add"), [&](WriteContext &ctx) { NoteRepository::add(ctx, n); });
    return n;
}

} // namespace samsyn::test
