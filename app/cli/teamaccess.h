// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "teamfile.h"

#include <QCoreApplication>

#include <memory>

namespace samsyn::cli {

struct Context;

// Opens team files for commands the same way everywhere: applies `--as`, prints the open
// report's warnings to standard error, and lets errors (LockedError, ...) reach main, which
// prints them in plain words.
class TeamAccess
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::TeamAccess)

public:
    // For short-lived reads: no daily backup of a possibly large file.
    static TeamFile::OpenOptions readOptions();

    static std::unique_ptr<TeamFile> open(Context &context, const QString &path,
                                          const TeamFile::OpenOptions &options = TeamFile::OpenOptions{});
    // Sets the member named by `--as` (if any) as the one acting; throws when unknown.
    static void identify(Context &context, TeamFile &team);
};

} // namespace samsyn::cli
