// SPDX-License-Identifier: EUPL-1.2
// Catch2 runner for the core and CLI tests: a QGuiApplication (offscreen) because documents
// and PDFs need fonts, and an English UI so messages compare stably.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SamsynTests"));
    QCoreApplication::setApplicationName(QStringLiteral("samsyn-tests"));
    QLocale::setDefault(QLocale(QStringLiteral("sv_SE")));
    return Catch::Session().run(argc, argv);
}
