// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sipexitfixtures.h"

namespace samsyn::test {

// What a register extract must show, and must not: "Åsa Öberg"'s whole stay (StayFixture,
// ended on 2026-10-30), plus a written consent for Försäkringskassan and Arbetsförmedlingen
// (2025-12-01 to 2027-11-30), the meeting on 2025-12-09 that offered her a place in Steget,
// and two notes by Karin Koordinator. Beside her, "Märta Ängström" (test identity 12) with a
// referral, a consent withdrawn on 2026-03-01 and a note of her own, none of which may appear
// in Åsa's extract.
struct ExtractFixture
{
    static const QString kFirstNote;
    static const QString kSecondNote;
    static const QString kOtherNote;
    static const QString kOtherName;

    explicit ExtractFixture(TempTeam &t);

    StayFixture stay;
    qint64 otherId = 0;
    QString otherPnr; // 12 digits
};

} // namespace samsyn::test
