// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/participant.h"

#include <QString>

namespace samsyn {
class TeamFile;
}

namespace samsyn::test {

// A valid participant with a Skatteverket test personnummer (the n-th born 1980-2004).
Participant makeParticipant(int n, const QString &given, const QString &family,
                            ParticipantStatus status = ParticipantStatus::Active);

// Inserts participants in ONE write (one transaction, one audit row per participant is not
// needed for fixtures); returns their ids in order.
QList<qint64> insertParticipants(TeamFile &team, QList<Participant> participants);

} // namespace samsyn::test
