// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "tempteam.h"

namespace samsyn::test {

// One participant's year in the team, for the card's tabs and Översikt: enrolled in Steget
// 2026-02-02, a SIP from 2026-02-16 followed up 2026-05-19 (version 2, next follow-up
// 2026-11-30, six days after TempTeam's today), the morning group with eight sessions in
// October and November (6 present, 1 absent with notice, 1 absent), WHO-5 36 % -> 48 % ->
// 56 %, KASAM-13 totals 52 -> 61 and steps 1 -> 2 -> 3. Invented person, test identity.
struct ParticipantHistory
{
    qint64 participantId = 0;
    qint64 enrollmentId = 0;
    qint64 planId = 0;
    qint64 activityId = 0;
};

ParticipantHistory addParticipantHistory(TempTeam &t, int identity = 7);

} // namespace samsyn::test
