// SPDX-License-Identifier: EUPL-1.2
#include "storage/auditlog.h"

#include "storage/database.h"
#include "util/error.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtEndian>

namespace samsyn {

namespace {

void addField(QCryptographicHash &hash, const QString &field)
{
    // Length-prefixed, so ("ab","c") and ("a","bc") hash differently.
    const QByteArray utf8 = field.toUtf8();
    const quint32 length = qToBigEndian(static_cast<quint32>(utf8.size()));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
    hash.addData(utf8);
}

QString timestampText(const QDateTime &ts)
{
    return ts.toUTC().toString(Qt::ISODateWithMs);
}

AuditRecord recordFrom(const QSqlQuery &query)
{
    AuditRecord record;
    record.seq = query.value(0).toLongLong();
    record.timestamp = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    record.actor = query.value(2).toString();
    record.osUser = query.value(3).toString();
    record.action = query.value(4).toString();
    if (!query.value(5).isNull())
        record.participantId = query.value(5).toLongLong();
    record.detail = query.value(6).toString();
    return record;
}

const QString kColumns = QStringLiteral("seq, ts_utc, actor, os_user, action, participant_id, detail");

} // namespace

QByteArray AuditLog::genesis(Database &db)
{
    const QString uuid = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'file_uuid'")).toString();
    const QByteArray seed = QByteArray("samsyn-audit-genesis:") + uuid.toUtf8();
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
}

QByteArray AuditLog::hashOf(const QByteArray &prevHash, const AuditRecord &record)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash);
    addField(hash, QString::number(record.seq));
    addField(hash, timestampText(record.timestamp));
    addField(hash, record.actor);
    addField(hash, record.osUser);
    addField(hash, record.action);
    addField(hash, record.participantId ? QString::number(*record.participantId) : QString());
    addField(hash, record.detail);
    return hash.result();
}

void AuditLog::append(Database &db, AuditRecord record)
{
    QSqlQuery last = db.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    QByteArray prev;
    if (last.next()) {
        record.seq = last.value(0).toLongLong() + 1;
        prev = last.value(1).toByteArray();
    } else {
        record.seq = 1;
        prev = genesis(db);
    }
    const QByteArray hash = hashOf(prev, record);
    db.exec(QStringLiteral("INSERT INTO audit_log(seq, ts_utc, actor, os_user, action, participant_id, detail, "
                           "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {record.seq, timestampText(record.timestamp), record.actor.left(200), record.osUser.left(200),
             record.action, record.participantId ? QVariant(*record.participantId) : QVariant(QMetaType(QMetaType::LongLong)),
             record.detail.left(2000), prev, hash});
}

AuditLog::Verification AuditLog::verify(Database &db)
{
    return verifyAfter(db, 0, genesis(db));
}

AuditLog::Verification AuditLog::verifyAfter(Database &db, qint64 seq, const QByteArray &hash)
{
    Verification result;
    QByteArray expectedPrev = hash;
    qint64 expectedSeq = seq + 1;
    result.headSeq = seq;
    result.headHash = seq > 0 ? hash : QByteArray();
    QSqlQuery query = db.exec(QStringLiteral("SELECT ") + kColumns +
                                  QStringLiteral(", prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq"),
                              {seq});
    while (query.next()) {
        const AuditRecord record = recordFrom(query);
        const QByteArray prev = query.value(7).toByteArray();
        const QByteArray stored = query.value(8).toByteArray();
        ++result.rows;
        if (record.seq != expectedSeq || prev != expectedPrev || hashOf(prev, record) != stored) {
            result.ok = false;
            result.firstBadSeq = record.seq;
            break;
        }
        expectedPrev = stored;
        expectedSeq = record.seq + 1;
        result.headSeq = record.seq;
        result.headHash = stored;
    }
    return result;
}

QList<AuditRecord> AuditLog::forParticipant(Database &db, qint64 participantId, int limit)
{
    QList<AuditRecord> records;
    QSqlQuery query = db.exec(QStringLiteral("SELECT ") + kColumns +
                                  QStringLiteral(" FROM audit_log WHERE participant_id = ? ORDER BY seq DESC LIMIT ?"),
                              {participantId, limit});
    while (query.next())
        records << recordFrom(query);
    return records;
}

QList<AuditRecord> AuditLog::latest(Database &db, int limit)
{
    QList<AuditRecord> records;
    QSqlQuery query = db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY seq DESC LIMIT ?"),
                              {limit});
    while (query.next())
        records << recordFrom(query);
    return records;
}

} // namespace samsyn
