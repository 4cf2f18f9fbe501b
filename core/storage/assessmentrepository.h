// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/assessmentscoring.h"

#include <QDate>
#include <QList>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// One rating on one date: item scores (total computed) or a total entered directly, or a
// step of the team's step scale.
struct Assessment
{
    qint64 id = 0;
    qint64 participantId = 0;
    QDate date;
    Instrument instrument = Instrument::Who5;
    QList<int> items; // empty when the total was entered directly
    std::optional<int> total;
    QString step; // code of 'step_scale' for Instrument::Steps
};

// Assessments of participants. add() scores the items (KASAM-29's reversed items from the
// team setting) and refuses invalid values before writing.
class AssessmentRepository
{
public:
    explicit AssessmentRepository(Database &db) : m_db(db) {}

    QList<Assessment> list(qint64 participantId, Instrument instrument) const;

    static qint64 add(WriteContext &ctx, Assessment &assessment);

private:
    Database &m_db;
};

} // namespace samsyn
