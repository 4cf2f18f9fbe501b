// SPDX-License-Identifier: EUPL-1.2
#include "referrals/capacity.h"

#include "storage/referralassessmentrepository.h"
#include "storage/settingsrepository.h"
#include "storage/waitinglistrepository.h"

namespace samsyn {

QList<PlaceInUse> Capacity::placesInUse(Database &db, qint64 programmeId, QDate day)
{
    return ReferralAssessmentRepository(db).placesInUse(programmeId, day);
}

Capacity::Report Capacity::report(Database &db, qint64 programmeId, QDate day)
{
    Report r;
    if (const std::optional<Programme> programme = SettingsRepository(db).programme(programmeId)) {
        r.capacity = programme->capacity;
        for (auto it = programme->quotas.cbegin(); it != programme->quotas.cend(); ++it)
            r.parties[it.key()].quota = it.value();
    }
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
