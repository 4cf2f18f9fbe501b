// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

class QCoreApplication;

namespace samsyn {

// Chooses the user interface language: `requested` ("sv", "en") wins, otherwise the system
// locale; anything but Swedish falls back to English. Installs Samsyn's own translator and
// Qt's (so standard dialogs and buttons speak the same language) and sets the default
// QLocale. Returns the language chosen ("sv" or "en").
QString installTranslators(QCoreApplication &app, const QString &requested);

} // namespace samsyn
