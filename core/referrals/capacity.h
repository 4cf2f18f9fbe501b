// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/placeinuse.h"
#include "domain/waitingentry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

#include <optional>

namespace samsyn {

class Database;

// Places in use per programme against capacity and per-party quota, and who is next on the
// waiting list. placesInUse() is the only definition of "a place in use", so it can be
// switched to enrolments (migration 003) in one spot.
class Capacity
{
public:
    struct PartyUse
    {
        std::optional<int> quota; // none: the party has no quota of its own
        int used = 0;
    };
    struct Report
    {
        int capacity = 0;
        int used = 0;
        QMap<qint64, PartyUse> parties; // every party with a quota or a place in use
        int free() const { return qMax(0, capacity - used); }
    };

    // Until enrolments exist: offers decided for the programme with planned start on or
    // before `day`, whose participant is active or passive (an exited person frees the place).
    static QList<PlaceInUse> placesInUse(Database &db, qint64 programmeId, QDate day);
    static Report report(Database &db, qint64 programmeId, QDate day);
    // The first person in the queue whose referring party has room in its quota (a person
    // without a party, or of a party without quota, is always eligible).
    static std::optional<WaitingEntry> nextInLine(Database &db, qint64 programmeId, QDate day);
};

} // namespace samsyn
