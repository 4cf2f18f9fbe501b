// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/correction.h"

#include <QCoreApplication>
#include <QList>

namespace samsyn {

class Database;
class WriteContext;

// The corrections table: rows are inserted with the corrected fact in the same action and
// never changed (the schema refuses it). Oldest first.
class CorrectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::CorrectionRepository)

public:
    explicit CorrectionRepository(Database &db) : m_db(db) {}

    QList<Correction> forAssessment(qint64 assessmentId) const;
    QList<Correction> forEnrollment(qint64 enrollmentId) const;
    QList<Correction> forParticipant(qint64 participantId) const;

    // The reason, trimmed; throws Error(Validation) when it is empty or too long. A
    // correction without a reason is refused before anything is written.
    static QString checkedReason(const QString &reason);
    // correctedAt is the action's time.
    static qint64 insert(WriteContext &ctx, Correction &correction);

private:
    QList<Correction> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace samsyn
