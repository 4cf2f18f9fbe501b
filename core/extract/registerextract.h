// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/documentmodel.h"

#include <QCoreApplication>

namespace samsyn {

class TeamFile;

// The registerutdrag and loggutdrag a person may ask for (GDPR art. 15), as a letter to the
// person: who is responsible for the data and why it is kept, then everything Samsyn stores
// about them (identity in full, referrals, consents, decisions, stays, plans, notes,
// attendance, ratings), then every access-log row about them. The log-only variant is the
// letter with the log alone. Every query is by the participant's id, so nobody else's data
// can appear; the staff who read or wrote it are named, as the law intends.
class RegisterExtract
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::RegisterExtract)

public:
    enum class Part { Register, LogOnly };

    // Throws Error(NotFound) when the participant is not in the file.
    static Document build(TeamFile &team, qint64 participantId, Part part);

    // Why the team keeps personal data: printed under "How we handle your information".
    static QString purposes();

private:
    static void aboutRegister(Document &d, TeamFile &team, qint64 participantId);
    static void accessLog(Document &d, TeamFile &team, qint64 participantId);
};

} // namespace samsyn
