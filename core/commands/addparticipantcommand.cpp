// SPDX-License-Identifier: EUPL-1.2
#include "commands/addparticipantcommand.h"

#include "storage/participantrepository.h"

namespace samsyn {

AddParticipantCommand::AddParticipantCommand(TeamFile &team, const Participant &added)
    : ParticipantCommand(team, tr("Add participant")), m_added(added)
{
}

void AddParticipantCommand::undoWrite()
{
    const qint64 id = m_added.id;
    write(QStringLiteral("participant.delete"), [id](WriteContext &ctx) { ParticipantRepository::remove(ctx, id); }, id);
}

void AddParticipantCommand::redoWrite()
{
    write(QStringLiteral("participant.create"), [this](WriteContext &ctx) { ParticipantRepository::restore(ctx, m_added); },
          m_added.id);
}

} // namespace samsyn
