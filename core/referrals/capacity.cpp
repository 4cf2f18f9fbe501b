// SPDX-License-Identifier: EUPL-1.2
#include "referrals/capacity.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/waitinglistrepository.h"

#include <QSqlQuery>

namespace samsyn {

QList<PlaceInUse> Capacity::placesInUse(Database &db, qint64 programmeId, QDate day)
{
    QList<PlaceInUse> result;
    QSqlQuery q = db.exec(QStringLiteral("SELECT p.id, max(r.referring_party_id) FROM referral_assessments a "
                                         "JOIN referrals r ON r.id = a.referral_id "
                                         "JOIN participants p ON p.id = r.participant_id "
                                         "WHERE a.decision = 'offer' AND a.programme_id = ? AND a.planned_start <= ? "
                                         "AND p.status IN ('active', 'passive') GROUP BY p.id ORDER BY p.id"),
                          {programmeId, sql::date(day)});
    while (q.next())
        result << PlaceInUse{q.value(0).toLongLong(), sql::optionalId(q.value(1))};
    return result;
}

Capacity::Report Capacity::report(Database &db, qint64 programmeId, QDate day)
{
    Report r;
    r.capacity = db.scalar(QStringLiteral("SELECT capacity FROM programmes WHERE id = ?"), {programmeId}).toInt();
    QSqlQuery q = db.exec(QStringLiteral("SELECT party_id, places FROM programme_quotas WHERE programme_id = ?"), {programmeId});
    while (q.next())
        r.parties[q.value(0).toLongLong()].quota = q.value(1).toInt();
    for (const PlaceInUse &place : placesInUse(db, programmeId, day)) {
        ++r.used;
        if (place.partyId)
            ++r.parties[*place.partyId].used;
    }
    return r;
}

std::optional<WaitingEntry> Capacity::nextInLine(Database &db, qint64 programmeId, QDate day)
{
    const Report r = report(db, programmeId, day);
    for (const WaitingEntry &entry : WaitingListRepository(db).queue(programmeId)) {
        if (!entry.partyId)
            return entry;
        const PartyUse use = r.parties.value(*entry.partyId);
        if (!use.quota || use.used < *use.quota)
            return entry;
    }
    return std::nullopt;
}

} // namespace samsyn
