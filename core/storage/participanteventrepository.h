// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/participantevent.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// Participants' events (participant_events). Reads over the Database; add() and remove()
// take a WriteContext, so they run only inside one audited write. add() checks everything a
// user can get wrong (unknown or inactive category, a date in the future, an enrollment or
// note of someone else, the same event twice) before anything is written.
class ParticipantEventRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ParticipantEventRepository)

public:
    explicit ParticipantEventRepository(Database &db) : m_db(db) {}

    std::optional<ParticipantEvent> get(qint64 id) const;
    // Oldest first. An invalid `from` or `to` leaves that end open.
    QList<ParticipantEvent> forParticipant(qint64 participantId, QDate from = {}, QDate to = {}) const;
    // Every participant's events dated in [from, to], by date.
    QList<ParticipantEvent> between(QDate from, QDate to) const;

    // Inserts; returns the id (also set in `event`).
    static qint64 add(WriteContext &ctx, ParticipantEvent &event);
    static void remove(WriteContext &ctx, qint64 id);

private:
    QList<ParticipantEvent> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace samsyn
