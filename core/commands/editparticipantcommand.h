// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>

#include "commands/participantcommand.h"

namespace samsyn {

// One edit of a participant's stored fields: undo writes `before` back, redo `after`.
// Created by editParticipant() after the first update succeeded.
class EditParticipantCommand : public ParticipantCommand
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::EditParticipantCommand)

public:
    EditParticipantCommand(TeamFile &team, const Participant &before, const Participant &after);

    // The keys of the fields that differ ("familyName", "incomeSources", ...).
    static QStringList changedFields(const Participant &before, const Participant &after);

protected:
    void undoWrite() override;
    void redoWrite() override;

private:
    void store(const Participant &p);

    Participant m_before;
    Participant m_after;
};

} // namespace samsyn
