// SPDX-License-Identifier: EUPL-1.2
#include "commands/participantcommands.h"

#include "commands/addparticipantcommand.h"
#include "commands/editparticipantcommand.h"
#include "storage/participantrepository.h"
#include "teamfile.h"

#include <QUndoStack>

#include <memory>

namespace samsyn {

void addParticipant(TeamFile &team, Participant &participant)
{
    team.write(QStringLiteral("participant.create"),
               [&participant](WriteContext &ctx) { ParticipantRepository::insert(ctx, participant); });
    // Read back so that the command restores exactly what was stored (timestamps included).
    if (const auto stored = ParticipantRepository(team.database()).get(participant.id))
        participant = *stored;
    team.undoStack()->push(new AddParticipantCommand(team, participant));
}

void editParticipant(TeamFile &team, const Participant &before, const Participant &after)
{
    if (EditParticipantCommand::changedFields(before, after).isEmpty())
        return;
    auto command = std::make_unique<EditParticipantCommand>(team, before, after);
    command->writeFirst();
    team.undoStack()->push(command.release());
}

} // namespace samsyn
