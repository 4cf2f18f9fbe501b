// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/participant.h"

namespace samsyn {

class TeamFile;

// The function API every front end uses to change a participant: write first (throws
// samsyn::Error and pushes nothing when the write is refused), then push an undo command
// on the team's stack.

// Inserts `participant` and sets its new id.
void addParticipant(TeamFile &team, Participant &participant);
// Stores `after` (same id as `before`); does nothing when nothing differs.
void editParticipant(TeamFile &team, const Participant &before, const Participant &after);

} // namespace samsyn
