// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace samsyn {

class Database;

struct BackupInfo
{
    QString path;
    QDateTime taken; // local time, from the file name
};

// Verified, rotated copies of a team file in a `backups` folder beside it. A backup is
// written with VACUUM INTO on the live connection (the exclusive lock means no other
// connection can read the file), to a temporary name, flushed to disk, opened and checked
// with integrity_check, application_id and user_version, and only then renamed into place:
// a half-written backup never carries a backup's name. Rotation keeps every backup of the
// last 14 days and the newest of each of the last 12 months (this month included), so data
// deleted by gallring is gone from the backups a year later at most.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::BackupService)

public:
    static constexpr int kKeepDays = 14;
    static constexpr int kKeepMonths = 12;

    static QString folderFor(const QString &teamFilePath);
    static QList<BackupInfo> list(const QString &teamFilePath);
    static std::optional<BackupInfo> latest(const QString &teamFilePath);

    // Takes a backup now; `reason` ("open", "migration", "manual") goes into the file name.
    static BackupInfo take(Database &db, const QDateTime &now, const QString &reason);
    // A complete, verified copy of the open file at `targetPath` (which must not exist):
    // VACUUM INTO a temporary name, flushed, checked, renamed. Backups and "move this file
    // to my computer" both use it.
    static void writeVerifiedCopy(Database &db, const QString &targetPath);
    // True when no backup was taken on `now`'s date (the once-a-day backup at open).
    static bool dueToday(const QString &teamFilePath, const QDateTime &now);
    // Deletes what the rotation rule does not keep; returns the removed paths.
    static QStringList rotate(const QString &teamFilePath, const QDateTime &now);

    // Throws unless `path` is a complete, structurally sound team file of a known version.
    static void verify(const QString &path);

    // Replaces the team file with a verified backup. The caller holds the team lock and has
    // no connection open. The replaced file and its -wal are kept aside, never deleted.
    // Returns where the replaced file was put (empty if there was none).
    static QString restore(const QString &teamFilePath, const QString &backupPath, const QDateTime &now);

    static bool syncToDisk(const QString &path);
};

} // namespace samsyn
