// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/note.h"
#include "tempteam.h"

namespace samsyn::test {

// Writes a note by Karin Koordinator as the Notes tab would (one "note.add" action); returns
// it with its id.
Note addNote(TempTeam &t, qint64 participantId, QDate date, NoteKind kind, const QString &text);

} // namespace samsyn::test
