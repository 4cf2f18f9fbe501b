// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace samsyn {

// One correction of a recorded fact: a remissgrupp decision (Decision), the fields of an exit
// (Exit) or an exit recorded by mistake and taken back (ExitUndo). The fact itself is updated
// in place (so reports and exports see the corrected value); this keeps why, by whom, when,
// which fields changed ("changed", codes and dates only) and the old values (JSON).
struct Correction
{
    enum class Subject { Exit, ExitUndo, Decision };

    qint64 id = 0;
    qint64 participantId = 0;
    Subject subject = Subject::Exit;
    std::optional<qint64> enrollmentId; // Exit, ExitUndo
    std::optional<qint64> assessmentId; // Decision
    QDateTime correctedAt;
    QString correctedBy;
    QString reason;
    QString changed;
    QString oldValue;

    static constexpr int kMaxReason = 1000;
};

} // namespace samsyn
