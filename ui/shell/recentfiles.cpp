// SPDX-License-Identifier: EUPL-1.2
#include "shell/recentfiles.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace samsyn {

namespace {
const QString kKey = QStringLiteral("files/recent");

QString memberKey(const QString &path)
{
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("files/member/") + QString::fromLatin1(hash.toHex().left(16));
}
} // namespace

QStringList RecentFiles::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaximum)
        files.removeLast();
    QSettings().setValue(kKey, files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, files);
}

std::optional<qint64> RecentFiles::lastMember(const QString &path)
{
    const QVariant value = QSettings().value(memberKey(path));
    if (!value.isValid())
        return std::nullopt;
    return value.toLongLong();
}

void RecentFiles::setLastMember(const QString &path, std::optional<qint64> memberId)
{
    QSettings settings;
    if (memberId)
        settings.setValue(memberKey(path), *memberId);
    else
        settings.remove(memberKey(path));
}

} // namespace samsyn
