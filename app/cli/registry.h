// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "command.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace samsyn::cli {

// The command that the words at the start of `args` name, found by the longest match
// ("print protocol" wins over "print"), and how many words its name took.
struct CommandMatch
{
    std::unique_ptr<Command> command;
    int words = 0;
};

CommandMatch findCommand(const QStringList &args);

// The help text: global options and every registered command with its usage line.
void printHelp(QTextStream &out);

} // namespace samsyn::cli
