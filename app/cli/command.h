// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace samsyn {
class Clock;
}

namespace samsyn::cli {

// What a command gets to work with: its own arguments (after the command words), the
// streams, and the clock (`--date` on the command line replaces the wall clock).
struct Context
{
    QStringList args;
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;
    // The team member named with `--as` (recorded in the audit trail); empty when not given.
    QString asMember = {};
};

// One `samsyn-cli` command, such as "init" or "print protocol". Each command lives in its
// own file and registers itself with SAMSYN_CLI_COMMAND, so features add commands without
// editing a central list. Commands print plain words to standard error on failure and return
// a non-zero exit status; they never print personal data the user did not ask for.
class Command
{
public:
    virtual ~Command() = default;
    // The command words, e.g. "print protocol".
    virtual QString name() const = 0;
    // One line for the help listing, e.g. "FILE --meeting DATE -o OUT.pdf  print a meeting protocol".
    virtual QString usage() const = 0;
    virtual int run(Context &context) = 0;
    // True for commands that lay out text (PDF documents): they need fonts, which Qt only
    // provides under a QGuiApplication, so main creates one (headless) for them.
    virtual bool needsFonts() const { return false; }
};

using CommandFactory = std::function<std::unique_ptr<Command>()>;

// All registered commands; the dispatcher matches the longest command name first.
std::vector<CommandFactory> &registry();

struct Registrar
{
    explicit Registrar(CommandFactory factory) { registry().push_back(std::move(factory)); }
};

} // namespace samsyn::cli

#define SAMSYN_CLI_CONCAT_(a, b) a##b
#define SAMSYN_CLI_CONCAT(a, b) SAMSYN_CLI_CONCAT_(a, b)
#define SAMSYN_CLI_COMMAND(Type)                                                                                \
    static const ::samsyn::cli::Registrar SAMSYN_CLI_CONCAT(samsynCliRegistrar_, __LINE__)(                     \
        [] { return std::unique_ptr<::samsyn::cli::Command>(new Type()); })
