// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/sipplan.h"
#include "tempteam.h"

namespace samsyn::test {

// One participant's whole stay, for the SIP and slutdokumentation tests: "Åsa Öberg"
// (test personnummer n), referred by Försäkringskassan, enrolled in Gruppen on 2026-01-12,
// SIP version 1 on 2026-01-20, five group sessions (four present), WHO-5 raw 8 -> 14 (32 % ->
// 56 %), KASAM-13 totals 50 -> 61, and (after exit()) ended on 2026-10-30 to work at 50 %.
struct StayFixture
{
    explicit StayFixture(TempTeam &t, int n = 7);

    SipVersion followUp(QDate date, const QString &log);
    void exit();

    TempTeam &t;
    qint64 participantId = 0;
    qint64 enrollmentId = 0;
    qint64 planId = 0;
    QString pnr; // 12 digits
};

} // namespace samsyn::test
