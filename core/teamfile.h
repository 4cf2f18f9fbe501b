// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/backupservice.h"
#include "storage/teamlock.h"
#include "storage/writepath.h"
#include "util/error.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QUndoStack;

namespace samsyn {

class Clock;
class Database;
struct TeamSetup;

// Thrown when another Samsyn holds the file: carries who, so a front end can say so and,
// for a lock from another computer, ask whether to break it.
class LockedError : public Error
{
public:
    LockedError(QString message, LockHolder holder);
    const LockHolder &holder() const { return m_holder; }

private:
    LockHolder m_holder;
};

// One open team file: owns the database connection, the team lock, the write path and the
// undo stack, and tells models what changed (Tiled's Document plays this part). Front ends
// create it with open() or create(); everything else borrows it.
class TeamFile : public QObject
{
    Q_OBJECT

public:
    struct OpenOptions
    {
        bool readOnly = false;
        // The user confirmed that nobody on the other computer has the file open.
        bool breakForeignLock = false;
        // Migrations are refused (file opened read-only) when false: for `check`.
        bool allowMigration = true;
        // The daily backup at open; off for short-lived CLI reads of a large file.
        bool backupAtOpen = true;
        // Compare the audit chain with its anchors (off while a restore rewinds it).
        bool checkAnchors = true;
    };

    // What happened while opening, for the front end to show.
    struct OpenReport
    {
        bool readOnly = false;
        QString readOnlyReason;
        QStringList warnings;
        bool onNetworkShare = false; // read-only for that reason: offer a local copy
        int migratedFrom = 0; // 0 when no migration ran
        std::optional<BackupInfo> backup;
        QString replacedFile; // after restore(): where the replaced file was set aside
        bool auditProblem = false; // the audit chain is broken or does not reach its anchors
    };

    // Opens an existing team file; throws Error (or LockedError) and changes nothing on disk
    // when the file is missing, empty, not SQLite, not a team file, from a newer Samsyn,
    // damaged, or held by another Samsyn.
    static std::unique_ptr<TeamFile> open(const QString &path, const Clock &clock, const OpenOptions &options);
    static std::unique_ptr<TeamFile> open(const QString &path, const Clock &clock) { return open(path, clock, OpenOptions{}); }
    // Creates a new team file from the wizard's answers; refuses to overwrite a file.
    static std::unique_ptr<TeamFile> create(const QString &path, const TeamSetup &setup, const Clock &clock);
    // Replaces a (damaged) team file with a verified backup, then opens it.
    static std::unique_ptr<TeamFile> restore(const QString &path, const QString &backupPath, const Clock &clock);

    // The per-user local data folder where new team files go by default.
    static QString defaultFolder();
    static QString demoPath();

    ~TeamFile() override;

    const QString &path() const;
    Database &database();
    const Clock &clock() const { return m_clock; }
    QUndoStack *undoStack() const { return m_undoStack.get(); }
    bool isReadOnly() const;
    const OpenReport &openReport() const { return m_report; }

    // The team member using Samsyn: written into every audit row.
    void setCurrentMember(std::optional<qint64> memberId);
    std::optional<qint64> currentMember() const { return m_member; }
    QString currentMemberName() const;

    // The one write path: one action, one transaction, one audit row; emits changed().
    ChangeSet write(const QString &action, const WritePath::Body &body, std::optional<qint64> participantId = std::nullopt);
    // Records that a participant's data was shown (access logging).
    void logView(qint64 participantId, const QString &what);

    // Copies the open file (typically one on a network share, opened read-only) to a local
    // path, verified; the caller then opens the copy. The original is left as it was.
    void saveCopyTo(const QString &targetPath);

    std::optional<BackupInfo> lastBackup() const;
    BackupInfo backupNow(const QString &reason = QStringLiteral("manual"));

Q_SIGNALS:
    void changed(const samsyn::ChangeSet &changes);
    void backupTaken(const samsyn::BackupInfo &backup);

private:
    TeamFile(const Clock &clock);
    void attach(std::unique_ptr<Database> db, std::unique_ptr<TeamLock> lock);
    // Checks the audit chain against its anchors, then verifies the chain: all of it when
    // `full`, else only the entries after the newest anchor. A problem becomes a warning.
    void checkAudit(bool full);

    const Clock &m_clock;
    std::unique_ptr<TeamLock> m_lock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WritePath> m_writePath;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::optional<qint64> m_member;
    QString m_memberName;
    OpenReport m_report;
};

} // namespace samsyn

Q_DECLARE_METATYPE(samsyn::ChangeSet)
