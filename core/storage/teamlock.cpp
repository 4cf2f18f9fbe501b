// SPDX-License-Identifier: EUPL-1.2
#include "storage/teamlock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSysInfo>

namespace samsyn {

namespace {

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("?") : user;
}

} // namespace

QString LockHolder::describe() const
{
    return TeamLock::tr("%1 on the computer %2 (since %3)")
        .arg(user.isEmpty() ? TeamLock::tr("an unknown user") : user, host,
             since.isValid() ? since.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : TeamLock::tr("unknown"));
}

TeamLock::TeamLock(QString teamFilePath)
    : m_teamFilePath(std::move(teamFilePath))
    , m_lock(std::make_unique<QLockFile>(lockPath()))
{
    // Staleness by age would break a live lock of a long working day; staleness by a dead
    // process on this host (QLockFile's own check) is what we want.
    m_lock->setStaleLockTime(0);
}

TeamLock::~TeamLock()
{
    release();
}

QString TeamLock::lockPath() const
{
    return m_teamFilePath + QStringLiteral(".lock");
}

QString TeamLock::holderNotePath() const
{
    return m_teamFilePath + QStringLiteral(".lock.holder");
}

TeamLock::Outcome TeamLock::tryAcquire(const QDateTime &now)
{
    if (m_lock->isLocked())
        return Outcome::Acquired;
    if (!m_lock->tryLock(0)) {
        switch (m_lock->error()) {
        case QLockFile::LockFailedError:
            return Outcome::HeldByOther;
        case QLockFile::PermissionError:
        case QLockFile::UnknownError:
        case QLockFile::NoError:
            return Outcome::CannotCreate;
        }
        return Outcome::CannotCreate;
    }
    QFile note(holderNotePath());
    if (note.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QJsonObject object{{QStringLiteral("user"), currentUser()},
                                 {QStringLiteral("host"), QSysInfo::machineHostName()},
                                 {QStringLiteral("since"), now.toUTC().toString(Qt::ISODate)}};
        note.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    return Outcome::Acquired;
}

bool TeamLock::isHeld() const
{
    return m_lock->isLocked();
}

void TeamLock::release()
{
    if (!m_lock->isLocked())
        return;
    QFile::remove(holderNotePath());
    m_lock->unlock();
}

std::optional<LockHolder> TeamLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock->getLockInfo(&pid, &host, &app))
        return std::nullopt;
    LockHolder result;
    result.pid = pid;
    result.host = host;
    result.sameHost = host == QSysInfo::machineHostName();
    result.since = QFileInfo(lockPath()).lastModified();
    QFile note(holderNotePath());
    if (note.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(note.read(4096)).object();
        if (object.value(QStringLiteral("host")).toString() == host) {
            result.user = object.value(QStringLiteral("user")).toString();
            const QDateTime since = QDateTime::fromString(object.value(QStringLiteral("since")).toString(), Qt::ISODate);
            if (since.isValid())
                result.since = since.toLocalTime();
        }
    }
    return result;
}

void TeamLock::breakForeignLock()
{
    QFile::remove(holderNotePath());
    QFile::remove(lockPath());
}

} // namespace samsyn
