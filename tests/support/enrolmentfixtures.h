// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/enrollment.h"
#include "tempteam.h"

namespace samsyn::test {

// Adds participant number n (Skatteverket test identity) and returns the id.
qint64 addTestParticipant(TempTeam &t, int n, const QString &givenName = QStringLiteral("Testa"));
// Enrols the participant in the programme from `start`; returns the enrollment id.
qint64 enrolTest(TempTeam &t, qint64 participantId, const QString &programme, QDate start, QDate plannedEnd = {});
// Exits the enrollment with reason "arbete" on `end`.
void exitTest(TempTeam &t, qint64 enrollmentId, QDate end, const QString &reason = QStringLiteral("arbete"));

} // namespace samsyn::test
