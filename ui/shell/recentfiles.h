// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringList>

#include <optional>

namespace samsyn {

// The recently opened team files (newest first) and the team member last signed in for
// each, kept in QSettings. Only paths and a member id: nothing personal about participants.
class RecentFiles
{
public:
    static constexpr int kMaximum = 8;

    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);

    static std::optional<qint64> lastMember(const QString &path);
    static void setLastMember(const QString &path, std::optional<qint64> memberId);
};

} // namespace samsyn
