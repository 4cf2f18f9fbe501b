// SPDX-License-Identifier: EUPL-1.2
#include "commands/participantcommand.h"

#include "teamfile.h"
#include "util/error.h"

#include <QDebug>

namespace samsyn {

namespace {

ParticipantCommand::FailureHandler &failureHandler()
{
    static ParticipantCommand::FailureHandler handler;
    return handler;
}

} // namespace

void ParticipantCommand::setFailureHandler(FailureHandler handler)
{
    failureHandler() = std::move(handler);
}

ParticipantCommand::ParticipantCommand(TeamFile &team, const QString &text) : QUndoCommand(text), m_team(team)
{
}

void ParticipantCommand::undo()
{
    run(&ParticipantCommand::undoWrite);
}

void ParticipantCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    run(&ParticipantCommand::redoWrite);
}

void ParticipantCommand::run(void (ParticipantCommand::*step)())
{
    try {
        (this->*step)();
    } catch (const Error &error) {
        setObsolete(true);
        const QString message = tr("“%1” could not be undone or redone: %2").arg(text(), error.message());
        if (failureHandler())
            failureHandler()(message);
        else
            qWarning("Undo/redo of a participant change failed (error code %d); the command was dropped.",
                     static_cast<int>(error.code()));
    }
}

void ParticipantCommand::write(const QString &action, const WritePath::Body &body, qint64 participantId)
{
    m_team.write(action, body, participantId);
}

} // namespace samsyn
