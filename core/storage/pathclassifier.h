// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <functional>

namespace samsyn {

// Where a team file lives decides whether SQLite can keep it safe (reliability §1.4):
// a network share breaks locking and WAL, a cloud-sync client may swap the file or
// separate it from its journal.
enum class PathKind { Local, Network, CloudSynced };

class PathClassifier
{
public:
    // The file system type of a folder (Linux statfs magic); injectable for tests.
    using FsTypeProbe = std::function<quint64(const QString &folder)>;

    static PathKind classify(const QString &filePath, const FsTypeProbe &probe = {});

    static bool isNetworkFsType(quint64 magic);
    static bool looksCloudSynced(const QString &absolutePath);
    static bool isUncPath(const QString &path);
};

} // namespace samsyn
