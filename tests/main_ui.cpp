// SPDX-License-Identifier: EUPL-1.2
// Catch2 runner for widget tests: a QApplication on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
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
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SamsynTests"));
    QCoreApplication::setApplicationName(QStringLiteral("samsyn-ui-tests"));
    QLocale::setDefault(QLocale(QStringLiteral("sv_SE")));
    return Catch::Session().run(argc, argv);
}
