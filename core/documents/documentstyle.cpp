// SPDX-License-Identifier: EUPL-1.2
#include "documents/documentstyle.h"

#include <QStringList>

namespace samsyn {

QFont DocumentStyle::font(qreal points, QFont::Weight weight, bool italic)
{
    QFont f;
    // DejaVu ships with Debian and covers å, ä, ö; the others are the usual Windows fonts.
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial"),
                   QStringLiteral("Segoe UI")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setWeight(weight);
    f.setItalic(italic);
    // Printed text must not depend on the screen's hinting.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: DejaVu joins "ff" and "fi" into one glyph, which PDF text extraction,
    // search and screen readers then see as U+FB00 instead of the letters ("Oﬀer").
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace samsyn
