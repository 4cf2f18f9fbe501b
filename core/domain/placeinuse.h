// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QtGlobal>

#include <optional>

namespace samsyn {

// One place taken in a programme, and the party whose quota it counts against.
struct PlaceInUse
{
    qint64 participantId = 0;
    std::optional<qint64> partyId;
};

} // namespace samsyn
