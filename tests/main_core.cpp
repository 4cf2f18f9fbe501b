// SPDX-License-Identifier: EUPL-1.2
// Catch2 runner for the core and CLI tests: a QGuiApplication (offscreen) because documents
// and PDFs need fonts, and an English UI so messages compare stably.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QLocale>

#include "util/error.h"

// A failing test shows SQLite's own words too, not only the user-facing sentence.
CATCH_TRANSLATE_EXCEPTION(const samsyn::Error &error)
{
    return QString(error.message() + QStringLiteral(" [") + error.technicalDetail() + QStringLiteral("]")).toStdString();
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SamsynTests"));
    QCoreApplication::setApplicationName(QStringLiteral("samsyn-tests"));
    QLocale::setDefault(QLocale(QStringLiteral("sv_SE")));
    return Catch::Session().run(argc, argv);
}
