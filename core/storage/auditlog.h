// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace samsyn {

class Database;

struct AuditRecord
{
    qint64 seq = 0;
    QDateTime timestamp; // UTC
    QString actor;       // team member as chosen in Samsyn
    QString osUser;      // the account that ran the program
    QString action;      // stable machine word, e.g. "participant.update"
    std::optional<qint64> participantId;
    QString detail;      // never sensitive free text: field names, ids, counts
};

// The audit table: appended in the same transaction as the change or read it records, and
// hash-chained so that an edit made behind Samsyn's back is detected (reliability §5.3).
// hash = SHA-256(prev_hash || len-prefixed fields); the first row chains from a genesis
// value derived from the file's own UUID.
class AuditLog
{
public:
    static void append(Database &db, AuditRecord record);

    struct Verification
    {
        bool ok = true;
        qint64 rows = 0;
        std::optional<qint64> firstBadSeq;
        qint64 headSeq = 0;
        QByteArray headHash;
    };
    static Verification verify(Database &db);
    // Only the entries after `seq`, chaining from `hash` (the stored hash of entry `seq`, as
    // an anchor confirmed it): the tail written since, cheap enough for every open.
    static Verification verifyAfter(Database &db, qint64 seq, const QByteArray &hash);

    // Newest first; a negative limit returns every row (the log extract).
    static QList<AuditRecord> forParticipant(Database &db, qint64 participantId, int limit = 1000);
    static QList<AuditRecord> latest(Database &db, int limit);

    static QByteArray hashOf(const QByteArray &prevHash, const AuditRecord &record);
    static QByteArray genesis(Database &db);
};

} // namespace samsyn
