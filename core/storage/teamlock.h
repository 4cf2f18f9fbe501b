// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace samsyn {

// Who holds a team file: shown to a second Samsyn so the coordinator knows whom to ask.
struct LockHolder
{
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since;
    bool sameHost = false;

    QString describe() const;
};

// One writer at a time. A QLockFile beside the team file (FILE.lock) names the holding
// process and host; a small note beside it (FILE.lock.holder) adds the user and since when,
// which QLockFile does not record. A lock left by a crashed Samsyn on this computer is
// recognised (its process is gone) and taken over; a lock from another computer is never
// broken unless the user explicitly asks (breakForeignLock). SQLite's exclusive lock on the
// file is the backstop if this guard is bypassed.
class TeamLock
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::TeamLock)

public:
    explicit TeamLock(QString teamFilePath);
    ~TeamLock();
    TeamLock(const TeamLock &) = delete;
    TeamLock &operator=(const TeamLock &) = delete;

    enum class Outcome { Acquired, HeldByOther, CannotCreate };
    Outcome tryAcquire(const QDateTime &now);
    bool isHeld() const;
    void release();

    // The current holder as the lock files say, if anyone holds it.
    std::optional<LockHolder> holder() const;

    // Removes a lock held by another computer. Only after the user confirmed that nobody
    // there has the file open.
    void breakForeignLock();

    QString lockPath() const;
    QString holderNotePath() const;

private:
    QString m_teamFilePath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace samsyn
