// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/decision.h"
#include "domain/placeinuse.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// The meeting's assessment and decision per referral item (one row per agenda item).
class ReferralAssessmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ReferralAssessmentRepository)

public:
    explicit ReferralAssessmentRepository(Database &db) : m_db(db) {}

    std::optional<ReferralAssessment> forItem(qint64 agendaItemId) const;
    QList<ReferralAssessment> forReferral(qint64 referralId) const;
    std::optional<ReferralAssessment> get(qint64 id) const;
    // The places in use in a programme on `day`: an offer decided for it, planned to start by
    // then, to a person who is active or passive; each against the party that referred them.
    QList<PlaceInUse> placesInUse(qint64 programmeId, QDate day) const;

    // Insert or replace the row of the assessment's agenda item; returns its id.
    static qint64 save(WriteContext &ctx, ReferralAssessment &assessment);

private:
    QList<ReferralAssessment> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace samsyn
