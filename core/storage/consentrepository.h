// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/consent.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// Consents and the parties each covers. A consent is never edited after the fact except by
// withdrawal, which is its own action (the record of what was agreed stays).
class ConsentRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ConsentRepository)

public:
    explicit ConsentRepository(Database &db) : m_db(db) {}

    std::optional<Consent> get(qint64 id) const;
    QList<Consent> forParticipant(qint64 participantId) const;
    // True when the participant has a consent for `purpose` valid on `day` (Consent::isValidOn).
    bool hasValid(qint64 participantId, ConsentPurpose purpose, QDate day) const;
    // Not withdrawn, valid until a day in [from, to]; oldest end first (Översikt).
    QList<Consent> expiringBetween(QDate from, QDate to) const;
    // Withdrawn on a day in [from, to]; oldest withdrawal first.
    QList<Consent> withdrawnBetween(QDate from, QDate to) const;

    static qint64 insert(WriteContext &ctx, Consent &consent);
    // Sets the withdrawal date; refuses a date before the consent was given or a second withdrawal.
    static void withdraw(WriteContext &ctx, qint64 id, QDate on);

private:
    QList<Consent> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace samsyn
