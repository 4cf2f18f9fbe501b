// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "commands/participantcommand.h"

namespace samsyn {

// Undoes the creation of a participant (deletes the row) and redoes it under the same id.
// Created by addParticipant() after the first insert succeeded.
class AddParticipantCommand : public ParticipantCommand
{
public:
    AddParticipantCommand(TeamFile &team, const Participant &added);

protected:
    void undoWrite() override;
    void redoWrite() override;

private:
    Participant m_added;
};

} // namespace samsyn
