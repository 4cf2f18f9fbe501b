// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/referral.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace samsyn {

class Database;
class WriteContext;

// Referrals with their attachment names. Reads take the Database; writes take a
// WriteContext and validate first (codes, party, programme must exist).
class ReferralRepository
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ReferralRepository)

public:
    explicit ReferralRepository(Database &db) : m_db(db) {}

    std::optional<Referral> get(qint64 id) const;
    QList<Referral> forParticipant(qint64 participantId) const;
    // Oldest first (date received, then id).
    QList<Referral> withStatus(const QList<ReferralStatus> &statuses) const;
    int count() const;

    static qint64 insert(WriteContext &ctx, Referral &referral);
    static void update(WriteContext &ctx, const Referral &referral);
    static void setStatus(WriteContext &ctx, qint64 id, ReferralStatus status);

private:
    static void validateForWrite(WriteContext &ctx, const Referral &referral);
    static void writeAttachments(WriteContext &ctx, const Referral &referral);
    QList<Referral> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace samsyn
