// SPDX-License-Identifier: EUPL-1.2
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace samsyn {

QString installTranslators(QCoreApplication &app, const QString &requested)
{
    QString language = requested.trimmed().toLower();
    if (language.isEmpty()) {
        language = QLocale::system().language() == QLocale::Swedish ? QStringLiteral("sv")
                                                                    : QStringLiteral("en");
    }
    if (language != QLatin1String("sv"))
        language = QStringLiteral("en");

    // Dates stay ISO everywhere (ui.md); the locale still decides collation and numbers.
    QLocale::setDefault(QLocale(language == QLatin1String("sv") ? QStringLiteral("sv_SE")
                                                                 : QStringLiteral("en_GB")));

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/samsyn_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);

    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);

    return language;
}

} // namespace samsyn
