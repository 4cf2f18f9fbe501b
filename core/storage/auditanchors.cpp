// SPDX-License-Identifier: EUPL-1.2
#include "storage/auditanchors.h"

#include "storage/auditlog.h"
#include "storage/backupservice.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>

namespace samsyn {

namespace {

std::optional<AuditAnchor> parse(const QString &line)
{
    const QStringList f = line.split(QLatin1Char('\t'));
    if (f.size() < 3)
        return std::nullopt;
    AuditAnchor a;
    a.at = QDateTime::fromString(f.at(0), Qt::ISODate);
    bool ok = false;
    a.seq = f.at(1).toLongLong(&ok);
    a.hash = QByteArray::fromHex(f.at(2).toLatin1());
    if (!a.at.isValid() || !ok || a.seq <= 0 || a.hash.size() != 32)
        return std::nullopt;
    a.reason = f.value(3);
    return a;
}

QString format(const AuditAnchor &a)
{
    return a.at.toUTC().toString(Qt::ISODate) + QLatin1Char('\t') + QString::number(a.seq) + QLatin1Char('\t')
           + QString::fromLatin1(a.hash.toHex()) + QLatin1Char('\t') + a.reason;
}

QList<AuditAnchor> readFile(const QString &path)
{
    QList<AuditAnchor> anchors;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return anchors;
    QTextStream in(&file);
    while (!in.atEnd()) {
        if (const auto a = parse(in.readLine()))
            anchors << *a;
    }
    return anchors;
}

// The newest anchor covers every entry before it (each hash chains all earlier ones), so a
// store keeps a short tail; older anchors add nothing once the chain is verified.
constexpr int kKeep = 20;

void rewrite(const QString &path, const QList<AuditAnchor> &anchors);

void append(const QString &path, const AuditAnchor &anchor)
{
    const QList<AuditAnchor> existing = readFile(path);
    if (!existing.isEmpty() && existing.last().seq == anchor.seq && existing.last().hash == anchor.hash)
        return; // nothing happened since the last anchor
    if (existing.size() >= 2 * kKeep) {
        rewrite(path, existing.mid(existing.size() - kKeep) << anchor);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write((format(anchor) + QLatin1Char('\n')).toUtf8());
}

void rewrite(const QString &path, const QList<AuditAnchor> &anchors)
{
    if (!QFileInfo::exists(path))
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return;
    for (const AuditAnchor &a : anchors)
        file.write((format(a) + QLatin1Char('\n')).toUtf8());
    if (file.commit())
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace

AuditAnchors::AuditAnchors(const QString &teamFilePath, const QString &fileUuid, const QString &userStore)
{
    const QString absolute = QFileInfo(teamFilePath).absoluteFilePath();
    // Several team files can share a folder, and so its backups folder; a new file made under
    // an old one's name must not meet the old one's anchors, hence the file's id in the name.
    const QString id = QString::fromLatin1(QCryptographicHash::hash(fileUuid.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    m_manifest = QDir(BackupService::folderFor(absolute))
                     .filePath(QFileInfo(absolute).completeBaseName() + QLatin1Char('.') + id + QStringLiteral(".audit-anchors.txt"));
    const QByteArray key = QCryptographicHash::hash((fileUuid + QLatin1Char('\n') + absolute).toUtf8(), QCryptographicHash::Sha256);
    m_userFile = QDir(userStore).filePath(QString::fromLatin1(key.toHex().left(32)) + QStringLiteral(".txt"));
}

QString AuditAnchors::defaultUserStore()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("audit-anchors"));
}

AuditAnchors AuditAnchors::of(Database &db)
{
    return AuditAnchors(db.path(), db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'file_uuid'")).toString());
}

void AuditAnchors::record(Database &db, const QDateTime &now, const QString &reason) const
{
    QSqlQuery head = db.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!head.next())
        return;
    const AuditAnchor anchor{now.toUTC(), head.value(0).toLongLong(), head.value(1).toByteArray(), reason};
    append(m_manifest, anchor);
    append(m_userFile, anchor);
}

QList<AuditAnchor> AuditAnchors::all() const
{
    QList<AuditAnchor> anchors = readFile(m_manifest) + readFile(m_userFile);
    std::stable_sort(anchors.begin(), anchors.end(), [](const AuditAnchor &a, const AuditAnchor &b) { return a.seq < b.seq; });
    return anchors;
}

AuditAnchors::Check AuditAnchors::check(Database &db) const
{
    Check result;
    const QList<AuditAnchor> anchors = all();
    result.anchors = int(anchors.size());
    for (const AuditAnchor &a : anchors) {
        const QVariant stored = db.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {a.seq});
        if (stored.isValid() && stored.toByteArray() == a.hash) {
            result.newest = a;
            continue;
        }
        result.ok = false;
        result.broken = a;
        result.missing = !stored.isValid();
        result.newest.reset();
        break;
    }
    return result;
}

QString AuditAnchors::Check::message() const
{
    if (ok || !broken)
        return {};
    const QString when = broken->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (missing)
        return tr("The audit log of this file ends before entry %1, which Samsyn saw in it on %2. Either an older copy of "
                  "the file was put in its place, or entries were removed outside Samsyn. Tell the personal data controller.")
            .arg(broken->seq)
            .arg(when);
    return tr("Entry %1 of the audit log is not what Samsyn saw in it on %2: the log was rewritten outside Samsyn. Tell "
              "the personal data controller.")
        .arg(broken->seq)
        .arg(when);
}

void AuditAnchors::forgetAfter(qint64 seq) const
{
    for (const QString &path : {m_manifest, m_userFile}) {
        QList<AuditAnchor> kept = readFile(path);
        kept.erase(std::remove_if(kept.begin(), kept.end(), [seq](const AuditAnchor &a) { return a.seq > seq; }), kept.end());
        rewrite(path, kept);
    }
}

} // namespace samsyn
