// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/consultation.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// Consultations: advice to a handläggare, stored without any person.
class ConsultationRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ConsultationRepository)

public:
    explicit ConsultationRepository(Database &db) : m_db(db) {}

    std::optional<Consultation> get(qint64 id) const;
    QList<Consultation> between(QDate from, QDate to) const;

    // Insert when id is 0, update otherwise; returns the id.
    static qint64 save(WriteContext &ctx, Consultation &consultation);

private:
    QList<Consultation> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace samsyn
