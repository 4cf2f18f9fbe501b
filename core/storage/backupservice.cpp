// SPDX-License-Identifier: EUPL-1.2
#include "storage/backupservice.h"

#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqliteerrors.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <map>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace samsyn {

namespace {

const QString kSuffix = QStringLiteral(".samsyn-backup");
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString baseName(const QString &teamFilePath)
{
    return QFileInfo(teamFilePath).completeBaseName();
}

std::optional<QDateTime> stampOf(const QString &fileName, const QString &base)
{
    static const QRegularExpression pattern(QStringLiteral("^(.*)_(\\d{8}-\\d{6})(?:-[a-z]+)?\\.samsyn-backup$"));
    const auto match = pattern.match(fileName);
    if (!match.hasMatch() || match.captured(1) != base)
        return std::nullopt;
    const QDateTime taken = QDateTime::fromString(match.captured(2), kStampFormat);
    if (!taken.isValid())
        return std::nullopt;
    return taken;
}

} // namespace

QString BackupService::folderFor(const QString &teamFilePath)
{
    return QFileInfo(teamFilePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupInfo> BackupService::list(const QString &teamFilePath)
{
    QList<BackupInfo> result;
    const QDir dir(folderFor(teamFilePath));
    const QString base = baseName(teamFilePath);
    const QStringList names = dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (const auto taken = stampOf(name, base))
            result << BackupInfo{dir.filePath(name), *taken};
    }
    std::sort(result.begin(), result.end(), [](const BackupInfo &a, const BackupInfo &b) { return a.taken < b.taken; });
    return result;
}

std::optional<BackupInfo> BackupService::latest(const QString &teamFilePath)
{
    const auto all = list(teamFilePath);
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

bool BackupService::dueToday(const QString &teamFilePath, const QDateTime &now)
{
    const auto last = latest(teamFilePath);
    return !last || last->taken.date() != now.toLocalTime().date();
}

bool BackupService::syncToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#if defined(Q_OS_UNIX)
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return file.flush();
#endif
}

void BackupService::verify(const QString &path)
{
    auto db = Database::openExisting(path, Database::Access::ReadOnly);
    if (db->applicationId() != Database::kApplicationId)
        throw Error(ErrorCode::NotATeamFile, SqliteErrors::messageFor(ErrorCode::NotATeamFile));
    const int version = db->userVersion();
    if (version < 1 || version > Migrator::latestVersion())
        throw Error(ErrorCode::NewerSchema, SqliteErrors::messageFor(ErrorCode::NewerSchema));
    const QStringList problems = db->check(true);
    if (!problems.isEmpty())
        throw Error(ErrorCode::Corrupt, tr("The backup is damaged and cannot be used."), problems.join(QLatin1Char('\n')));
}

BackupInfo BackupService::take(Database &db, const QDateTime &now, const QString &reason)
{
    const QString folder = folderFor(db.path());
    if (!QDir().mkpath(folder))
        throw Error(ErrorCode::ReadOnly, tr("The backup folder %1 could not be created.").arg(QDir::toNativeSeparators(folder)));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QDateTime local = now.toLocalTime();
    QString name = baseName(db.path()) + QLatin1Char('_') + local.toString(kStampFormat);
    if (!reason.isEmpty())
        name += QLatin1Char('-') + reason;
    const QString finalPath = QDir(folder).filePath(name + kSuffix);
    if (QFile::exists(finalPath))
        return BackupInfo{finalPath, local};

    writeVerifiedCopy(db, finalPath);
    return BackupInfo{finalPath, local};
}

void BackupService::writeVerifiedCopy(Database &db, const QString &targetPath)
{
    if (QFile::exists(targetPath))
        throw Error(ErrorCode::CannotOpen, tr("%1 already exists; nothing was overwritten.").arg(QDir::toNativeSeparators(targetPath)));
    const QString tempPath = targetPath + QStringLiteral(".partial");
    QFile::remove(tempPath);
    // VACUUM INTO creates its target with default permissions; create it first, empty and
    // private, since VACUUM INTO accepts an existing empty file.
    {
        QFile target(tempPath);
        if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            throw Error(ErrorCode::ReadOnly, tr("The copy could not be written: %1").arg(target.errorString()));
    }
    try {
        db.exec(QStringLiteral("VACUUM INTO ?"), {tempPath});
        if (!syncToDisk(tempPath))
            throw Error(ErrorCode::IoError, SqliteErrors::messageFor(ErrorCode::IoError), QStringLiteral("fsync of copy"));
        verify(tempPath);
        if (!QFile::rename(tempPath, targetPath))
            throw Error(ErrorCode::IoError, tr("The copy could not be renamed into place."));
    } catch (...) {
        QFile::remove(tempPath);
        throw;
    }
}

QStringList BackupService::rotate(const QString &teamFilePath, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    const auto all = list(teamFilePath);
    std::map<int, QString> newestPerMonth; // yyyymm -> path of the newest backup that month
    for (const BackupInfo &backup : all)
        newestPerMonth[backup.taken.date().year() * 100 + backup.taken.date().month()] = backup.path;

    // Monthly backups of the last twelve months only: a person deleted by gallring must also
    // leave the backups within a known time, not live on in old monthly copies.
    const int oldestMonth = today.addMonths(-(kKeepMonths - 1)).year() * 100 + today.addMonths(-(kKeepMonths - 1)).month();
    QStringList removed;
    for (const BackupInfo &backup : all) {
        const bool recent = backup.taken.date().daysTo(today) < kKeepDays;
        const int month = backup.taken.date().year() * 100 + backup.taken.date().month();
        if (recent || (month >= oldestMonth && newestPerMonth[month] == backup.path))
            continue;
        if (QFile::remove(backup.path))
            removed << backup.path;
    }
    return removed;
}

QString BackupService::restore(const QString &teamFilePath, const QString &backupPath, const QDateTime &now)
{
    verify(backupPath);

    const QFileInfo team(teamFilePath);
    const QString temp = teamFilePath + QStringLiteral(".restoring");
    QFile::remove(temp);
    {
        QFile source(backupPath);
        QFile target(temp);
        if (!source.open(QIODevice::ReadOnly)
            || !target.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            throw Error(ErrorCode::ReadOnly, tr("The backup could not be copied next to the team file."));
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(1 << 20);
            if (target.write(chunk) != chunk.size()) {
                target.close();
                QFile::remove(temp);
                throw Error(ErrorCode::DiskFull, SqliteErrors::messageFor(ErrorCode::DiskFull));
            }
        }
    }
    if (!syncToDisk(temp)) {
        QFile::remove(temp);
        throw Error(ErrorCode::IoError, SqliteErrors::messageFor(ErrorCode::IoError));
    }

    // Keep the replaced file together with its WAL: they belong to each other (§1.1).
    QString setAside;
    if (team.exists()) {
        setAside = teamFilePath + QStringLiteral(".replaced-") + now.toLocalTime().toString(kStampFormat);
        if (!QFile::rename(teamFilePath, setAside)) {
            QFile::remove(temp);
            throw Error(ErrorCode::IoError, tr("The damaged team file could not be moved aside; nothing was restored."));
        }
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal"), QStringLiteral("-shm")}) {
            if (QFile::exists(teamFilePath + suffix))
                QFile::rename(teamFilePath + suffix, setAside + suffix);
        }
    }
    if (!QFile::rename(temp, teamFilePath))
        throw Error(ErrorCode::IoError, tr("The restored file could not be put in place. The old file is at %1.")
                                            .arg(QDir::toNativeSeparators(setAside)));
    return setAside;
}

} // namespace samsyn
