// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/documentmodel.h"

#include <QCoreApplication>

#include <optional>

namespace samsyn {

class Database;
class TeamFile;

// The printed SIP (samordnad individuell plan). It reads as the person's own plan: what
// matters to them and their goals first, then needs, then who does what by when, then who
// holds the responsibility, the next follow-up and who took part. Any version prints; a
// superseded version prints exactly as it did while it was current (its rows are frozen,
// and its follow-up log stops at that version).
class SipDocument
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::SipDocument)

public:
    // The plan a participant's SIP means when none is named: the newest one.
    static std::optional<qint64> latestPlan(Database &db, qint64 participantId);
    // Version `version` of the plan; 0 = the current version. Throws Error(NotFound).
    static Document build(TeamFile &team, qint64 planId, int version = 0);

    // The text printed under the plan when the team has set none (meta key
    // EnrolmentSettings::kSipLegalReference).
    static QString defaultLegalReference();
    // Words for the schema's codes, shared with the slutdokumentation.
    static QString actionStatusLabel(const QString &status);
    static QString goalReachedLabel(const QString &reached);
};

} // namespace samsyn
