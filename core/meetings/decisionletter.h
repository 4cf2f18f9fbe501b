// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/documentmodel.h"

#include <QCoreApplication>

namespace samsyn {

class TeamFile;

// The letter that tells the referring party's handläggare what the team decided on one
// referral: the team's letterhead, the handläggare as addressee, the person it concerns
// (full name and personnummer: the letter goes only to the party that referred them), the
// decision in plain words and what follows from it (the recommendation on a decline, what is
// missing and the next meeting on a postponement), signed by the meeting's chair.
class DecisionLetter
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::DecisionLetter)

public:
    // The letter on the referral's latest decision. Throws Error(NotFound) for an unknown
    // referral and Error(Validation) when no meeting has decided it yet.
    static Document build(TeamFile &team, qint64 referralId);
};

} // namespace samsyn
