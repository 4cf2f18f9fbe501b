// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace samsyn {

// One place in a programme's waiting list (förgrupp), with the party that referred the
// person (for the per-party quota) and the position it has in the queue.
struct WaitingEntry
{
    qint64 id = 0;
    qint64 programmeId = 0;
    qint64 participantId = 0;
    std::optional<qint64> assessmentId;
    std::optional<qint64> partyId; // the referring party, when the entry came from a decision
    QDate since;
    std::optional<int> positionOverride;
    QString overrideReason;
    QDate leftOn;
    int position = 0; // 1-based, computed by WaitingListRepository::queue

    friend bool operator==(const WaitingEntry &, const WaitingEntry &) = default;
};

} // namespace samsyn
