// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>

#include "commands/participantcommand.h"

namespace samsyn {

// Undoes the creation of a participant (deletes the row) and redoes it under the same id.
// Created by addParticipant() after the first insert succeeded.
class AddParticipantCommand : public ParticipantCommand
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::AddParticipantCommand)

public:
    AddParticipantCommand(TeamFile &team, const Participant &added);

protected:
    void undoWrite() override;
    void redoWrite() override;

private:
    Participant m_added;
};

} // namespace samsyn
