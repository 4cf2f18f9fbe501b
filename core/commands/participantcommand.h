// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/participant.h"
#include "storage/writepath.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace samsyn {

class Error;
class TeamFile;

// Base of the participant undo commands. The first write happens before the command is
// pushed (so a validation error reaches the user and nothing is pushed); the redo() that
// QUndoStack::push() calls is therefore skipped once. Later undo()/redo() cannot report
// failure to QUndoStack: when a write fails (the participant was removed meanwhile, an
// identity is now taken) the transaction has rolled back, so the data stays as it was, the
// command marks itself obsolete (the stack then drops it) and the failure handler is told.
class ParticipantCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ParticipantCommand)

public:
    using FailureHandler = std::function<void(const QString &message)>;
    // Set by a front end to show the message (the GUI: a message box); the default logs a
    // warning without personal data.
    static void setFailureHandler(FailureHandler handler);

    // The first write, before pushing: throws samsyn::Error, and then must not be pushed.
    void writeFirst() { redoWrite(); }

    void undo() final;
    void redo() final;

protected:
    ParticipantCommand(TeamFile &team, const QString &text);

    virtual void undoWrite() = 0;
    virtual void redoWrite() = 0;
    // One transaction through TeamFile::write.
    void write(const QString &action, const WritePath::Body &body, qint64 participantId);

    TeamFile &m_team;

private:
    void run(void (ParticipantCommand::*step)());

    bool m_skipRedo = true;
};

} // namespace samsyn
