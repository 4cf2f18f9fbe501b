// SPDX-License-Identifier: EUPL-1.2
#include "storage/pathclassifier.h"

#include <QDir>
#include <QFileInfo>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace samsyn {

namespace {

quint64 systemFsType([[maybe_unused]] const QString &folder)
{
#if defined(Q_OS_LINUX)
    struct statfs info {};
    if (statfs(QFile::encodeName(folder).constData(), &info) == 0)
        return static_cast<quint64>(info.f_type);
#endif
    return 0;
}

bool windowsDriveIsRemote([[maybe_unused]] const QString &absolutePath)
{
#if defined(Q_OS_WIN)
    const QString root = QDir::toNativeSeparators(absolutePath.left(3));
    return GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE;
#else
    return false;
#endif
}

} // namespace

bool PathClassifier::isNetworkFsType(quint64 magic)
{
    switch (magic) {
    case 0x6969:     // NFS
    case 0xFF534D42: // CIFS
    case 0xFE534D42: // SMB2
    case 0x517B:     // SMB
    case 0x564c:     // NCP (NetWare)
    case 0x5346414F: // AFS
    case 0x65735546: // FUSE: sshfs and many network mounts; a local FUSE disk is rare on laptops
        return true;
    default:
        return false;
    }
}

bool PathClassifier::isUncPath(const QString &path)
{
    return path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//"));
}

bool PathClassifier::looksCloudSynced(const QString &absolutePath)
{
    static const QStringList markers{QStringLiteral("onedrive"), QStringLiteral("dropbox"),
                                     QStringLiteral("google drive"), QStringLiteral("googledrive"),
                                     QStringLiteral("icloud"), QStringLiteral("nextcloud"),
                                     QStringLiteral("owncloud"), QStringLiteral("box sync")};
    const QStringList parts = QDir::fromNativeSeparators(absolutePath).toLower().split(QLatin1Char('/'));
    for (const QString &part : parts) {
        for (const QString &marker : markers) {
            if (part.startsWith(marker))
                return true;
        }
    }
    return false;
}

PathKind PathClassifier::classify(const QString &filePath, const FsTypeProbe &probe)
{
    if (isUncPath(filePath))
        return PathKind::Network;
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    if (windowsDriveIsRemote(absolute))
        return PathKind::Network;
    const QString folder = QFileInfo(absolute).absolutePath();
    const quint64 magic = probe ? probe(folder) : systemFsType(folder);
    if (isNetworkFsType(magic))
        return PathKind::Network;
    if (looksCloudSynced(absolute))
        return PathKind::CloudSynced;
    return PathKind::Local;
}

} // namespace samsyn
