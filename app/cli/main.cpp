// SPDX-License-Identifier: EUPL-1.2
// samsyn-cli: the console front end. Global options are taken from anywhere on the command
// line; the first words left name the command (longest match), the rest are its arguments.
#include "arguments.h"
#include "command.h"
#include "language.h"
#include "registry.h"
#include "util/clock.h"
#include "util/error.h"
#include "util/processhardening.h"

#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QLocale>

#include <cstdio>
#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::Main)
};

struct GlobalOptions
{
    QString lang;
    QString date;
    QString asMember;
    bool help = false;
    bool version = false;
    QStringList rest;
};

// Takes the global options out of `args`; what is left is the command and its arguments.
GlobalOptions takeGlobalOptions(const QStringList &args)
{
    GlobalOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto valueFor = [&](const QString &name) {
            if (i + 1 >= args.size())
                throw samsyn::cli::UsageError(Tr::tr("The option %1 needs a value.").arg(name));
            return args.at(++i);
        };
        if (arg == QLatin1String("--lang"))
            options.lang = valueFor(arg);
        else if (arg == QLatin1String("--date"))
            options.date = valueFor(arg);
        else if (arg == QLatin1String("--as"))
            options.asMember = valueFor(arg);
        else if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            options.help = true;
        // Before the command only: after it, `--version N` is a command's own option
        // (`print sip --version 2`).
        else if (arg == QLatin1String("--version") && options.rest.isEmpty())
            options.version = true;
        else
            options.rest << arg;
    }
    return options;
}

std::unique_ptr<samsyn::Clock> clockFor(const QString &date)
{
    if (date.isEmpty())
        return std::make_unique<samsyn::SystemClock>();
    const QDate day = QDate::fromString(date, Qt::ISODate);
    if (!day.isValid())
        throw samsyn::cli::UsageError(Tr::tr("--date must be a date written as YYYY-MM-DD, such as 2026-11-24."));
    return std::make_unique<samsyn::FixedClock>(day);
}

int run(QCoreApplication &app, QTextStream &out, QTextStream &err)
{
    QStringList args = app.arguments();
    args.removeFirst();
    GlobalOptions options;
    try {
        options = takeGlobalOptions(args);
    } catch (const samsyn::Error &error) {
        samsyn::installTranslators(app, {});
        err << error.message() << Qt::endl;
        return 2;
    }
    samsyn::installTranslators(app, options.lang);

    if (options.version) {
        out << "samsyn-cli " << QStringLiteral(SAMSYN_VERSION) << Qt::endl;
        return 0;
    }
    if (options.rest.isEmpty() || options.rest.constFirst() == QLatin1String("help")) {
        samsyn::cli::printHelp(options.help || !options.rest.isEmpty() ? out : err);
        return options.help || !options.rest.isEmpty() ? 0 : 2;
    }

    samsyn::cli::CommandMatch match = samsyn::cli::findCommand(options.rest);
    if (!match.command) {
        err << Tr::tr("Unknown command: %1").arg(options.rest.constFirst()) << Qt::endl << Qt::endl;
        samsyn::cli::printHelp(err);
        return 2;
    }
    const QString usage = QStringLiteral("samsyn-cli %1 %2").arg(match.command->name(), match.command->usage());
    if (options.help) {
        out << Tr::tr("Usage: %1").arg(usage) << Qt::endl;
        return 0;
    }
    try {
        const auto clock = clockFor(options.date);
        samsyn::cli::Context context{options.rest.mid(match.words), out, err, *clock, options.asMember};
        const int status = match.command->run(context);
        out.flush();
        return status;
    } catch (const samsyn::cli::UsageError &error) {
        out.flush();
        err << error.message() << Qt::endl << Tr::tr("Usage: %1").arg(usage) << Qt::endl;
        return 2;
    } catch (const samsyn::Error &error) {
        out.flush();
        err << error.message() << Qt::endl;
        // SQLite's own words, for support; only on request (they may name tables and values).
        if (qEnvironmentVariableIsSet("SAMSYN_DEBUG") && !error.technicalDetail().isEmpty())
            err << error.technicalDetail() << Qt::endl;
        return 1;
    }
}

// Whether the command on this command line lays out documents. Decided before any
// application object exists, because only a QGuiApplication provides fonts.
bool commandNeedsFonts(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    try {
        const samsyn::cli::CommandMatch match = samsyn::cli::findCommand(takeGlobalOptions(args).rest);
        return match.command && match.command->needsFonts();
    } catch (const samsyn::Error &) {
        return false; // the usage error is reported once the application exists
    }
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!commandNeedsFonts(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
#ifndef Q_OS_WIN
    // A console program never shows a window; without this a machine with no display aborts.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any personal data is in memory.
    samsyn::hardenProcess();
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("samsyn-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMSYN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = run(app, out, err);
    out.flush();
    err.flush();
    return status;
}
