// SPDX-License-Identifier: EUPL-1.2
#include "registry.h"

#include <QCoreApplication>

#include <algorithm>

namespace samsyn::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::Registry)
};

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    for (const CommandFactory &factory : registry())
        commands.push_back(factory());
    std::sort(commands.begin(), commands.end(), [](const auto &a, const auto &b) { return a->name() < b->name(); });
    return commands;
}
} // namespace

std::vector<CommandFactory> &registry()
{
    // A function-local static: commands register from static initialisers in other files,
    // whose order relative to this one is unspecified.
    static std::vector<CommandFactory> factories;
    return factories;
}

CommandMatch findCommand(const QStringList &args)
{
    CommandMatch best;
    for (auto &command : allCommands()) {
        const QStringList words = command->name().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() <= best.words || words.size() > args.size())
            continue;
        if (std::equal(words.cbegin(), words.cend(), args.cbegin())) {
            best.words = int(words.size());
            best.command = std::move(command);
        }
    }
    return best;
}

void printHelp(QTextStream &out)
{
    out << Tr::tr("Usage: samsyn-cli [--lang sv|en] [--date YYYY-MM-DD] [--as MEMBER] COMMAND [ARGUMENTS]") << '\n'
        << '\n'
        << Tr::tr("Global options:") << '\n'
        << "  --lang sv|en       " << Tr::tr("language of messages (default: the system's)") << '\n'
        << "  --date YYYY-MM-DD  " << Tr::tr("act as if today were this date") << '\n'
        << "  --as MEMBER        " << Tr::tr("the team member using Samsyn, recorded in the audit trail") << '\n'
        << "  --help, help       " << Tr::tr("show this help") << '\n'
        << "  --version          " << Tr::tr("show the version") << '\n'
        << '\n'
        << Tr::tr("Commands:") << '\n';
    for (const auto &command : allCommands())
        out << "  " << command->name() << ' ' << command->usage() << '\n';
}

} // namespace samsyn::cli
