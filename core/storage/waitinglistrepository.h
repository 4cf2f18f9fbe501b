// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/waitingentry.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// The waiting list (förgrupp) per programme. The queue is ordered by the date of the
// decision (then by entry); an entry moved by hand keeps its chosen position, with a reason.
class WaitingListRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::WaitingListRepository)

public:
    explicit WaitingListRepository(Database &db) : m_db(db) {}

    // Open entries of the programme in queue order, `position` filled in (1-based).
    QList<WaitingEntry> queue(qint64 programmeId) const;
    std::optional<WaitingEntry> openEntry(qint64 programmeId, qint64 participantId) const;
    // The entry a waiting-list decision created (open or left); nullopt when none.
    std::optional<WaitingEntry> forAssessment(qint64 assessmentId) const;
    // The entry of the programme that left the queue on `on` (as leave() records it).
    std::optional<WaitingEntry> leftOn(qint64 programmeId, qint64 participantId, QDate on) const;
    // Whether the participant waits in any programme.
    bool isWaiting(qint64 participantId) const;

    static qint64 add(WriteContext &ctx, WaitingEntry &entry);
    // Pins the entry at `position` (1-based) with a reason; nullopt returns it to date order.
    static void move(WriteContext &ctx, qint64 entryId, std::optional<int> position, const QString &reason);
    static void leave(WriteContext &ctx, qint64 entryId, QDate on);
    // For a corrected decision: the entry it should never have made goes away; one it should
    // not have closed is back in the queue (on its old date), now tied to `assessmentId`.
    static void remove(WriteContext &ctx, qint64 entryId);
    static void reopen(WriteContext &ctx, qint64 entryId, std::optional<qint64> assessmentId);

private:
    QList<WaitingEntry> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace samsyn
