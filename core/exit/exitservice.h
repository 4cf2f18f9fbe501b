// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/enrollment.h"

#include <QCoreApplication>
#include <QStringList>

namespace samsyn {

class TeamFile;

// Corrects a recorded exit, or takes back one recorded by mistake, each as one action
// ("exit.correct", "exit.undo") with a mandatory reason kept in the corrections table. The
// audit detail names the enrollment and the fields that changed, with old and new values
// for codes and dates only (free texts are named, never quoted). A final slutdokumentation
// already printed is not touched: it stays the frozen copy of what was handed over.
class ExitService
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ExitService)

public:
    explicit ExitService(TeamFile &team) : m_team(team) {}

    // Returns the names of the fields that changed; throws Error(Validation) with a
    // sentence for the user when nothing changed, the reason is missing, or the corrected
    // exit breaks a rule of recording an exit (nothing is written then).
    QStringList correct(qint64 enrollmentId, const EnrollmentExit &corrected, const QString &reason);
    void undo(qint64 enrollmentId, const QString &reason);

    // "end_date 2026-10-01 -> 2026-10-15", "onward_plan", ...: one entry per changed field.
    static QStringList changes(const EnrollmentExit &before, const EnrollmentExit &after);

private:
    TeamFile &m_team;
};

} // namespace samsyn
