// SPDX-License-Identifier: EUPL-1.2
// The Samsyn GUI: arguments, translators and wiring; everything else lives in ui/ and core/.
#include "language.h"
#include "shell/mainwindow.h"
#include "shell/messageboxprompts.h"
#include "shell/recentfiles.h"
#include "util/clock.h"
#include "util/processhardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QStyleFactory>

int main(int argc, char *argv[])
{
    // Before any personal data is in memory.
    samsyn::hardenProcess();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Samsyn"));
    QCoreApplication::setApplicationName(QStringLiteral("Samsyn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMSYN_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("se.samsyn.Samsyn"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/samsyn/icons/se.samsyn.Samsyn.svg")));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Samsyn"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("User interface language: sv or en."),
                                        QStringLiteral("sv|en"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Open the demo team (created on first use)."));
    parser.addOption(langOption);
    parser.addOption(demoOption);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The team file to open."), QStringLiteral("[FILE]"));
    parser.process(app);

    samsyn::installTranslators(app, parser.value(langOption));

    samsyn::SystemClock clock;
    samsyn::MessageBoxPrompts prompts;
    samsyn::MainWindow window(clock, prompts);
    window.resize(1280, 800);
    window.show();

    bool opened = false;
    if (parser.isSet(demoOption)) {
        window.openDemo();
        opened = window.team() != nullptr;
    } else if (!parser.positionalArguments().isEmpty()) {
        opened = window.openPath(parser.positionalArguments().constFirst());
    } else {
        const QStringList recent = samsyn::RecentFiles::list();
        // The last file, if it still opens; quietly otherwise would hide a problem, so a
        // failure is reported and the start dialog follows.
        if (!recent.isEmpty() && QFileInfo::exists(recent.constFirst()))
            opened = window.openPath(recent.constFirst());
    }
    if (!opened && !window.runStartDialog())
        return 0;
    return app.exec();
}
