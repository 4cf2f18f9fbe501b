// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "tempteam.h"

namespace samsyn::test {

// The hand-built team of the period and annual report tests (today 2026-11-24), built
// around March 2026. Every figure the tests expect follows from this list by hand.
//
// Parties: Försäkringskassan (FK), Arbetsförmedlingen (Af), Region Test, Åsele, Vilhelmina.
// Referrals (received):
//   A  FK          2026-03-02   offer at the meeting of 03-17
//   B  FK          2026-03-31   (last day of March) offer at the meeting of 04-07
//   C  Af          2026-03-10   waiting list (Steget) at 03-17
//   D  Åsele       2026-03-15   declined at 03-17
//   E  Vilhelmina  2026-04-01   (day after March) not decided
//   F  Region Test 2026-02-28   (day before March) postponed at 03-17
// Meetings: 03-03, 03-17, 03-31, 04-07. Consultations: FK 03-05, Af 03-31, Region 04-01.
// Enrollments (programme, start, exit):
//   A  Steget  2026-03-20  open
//   G  Steget  2026-02-28  open;  Gruppen 2026-03-01 open (one person, two programmes)
//   H  Gruppen 2026-04-01  open
//   J  Steget  2025-10-01  exit 2026-03-31 arbete (work), feels readier: yes
//   K  Gruppen 2025-09-01  exit 2026-03-12 flytt (moved), feels readier: no
//   L  Gruppen 2025-11-01  exit 2026-04-01 arbete, readier not answered
//   M  Steget  2026-02-01  exit 2026-03-15 felregistrering (registered in error)
// WHO-5 (raw 0-25): J 2025-10-05 = 10 and 2026-03-25 = 17 (40 % -> 68 %);
//   K 2025-07-01 = 5 (more than 30 days before its start) and 2026-03-01 = 12 (one rating only).
void buildMarchScenario(TempTeam &t);

} // namespace samsyn::test
