// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QColor>
#include <QFont>

namespace samsyn {

// The one typography of printed documents, shared by the content (DocumentRenderer) and
// the page furniture (PagedPrinter). Sizes are in points; lengths given to QTextDocument
// formats go through px(), because its layout scales 96-dpi pixels to the device.
struct DocumentStyle
{
    static constexpr qreal bodyPoints = 10;
    static constexpr qreal smallPoints = 8.5;

    static QFont font(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false);
    // Points to the 96-dpi pixels that QTextFormat lengths are measured in.
    static constexpr qreal px(qreal points) { return points * 96.0 / 72.0; }

    static QColor text() { return QColor(0x1f, 0x23, 0x28); }
    static QColor muted() { return QColor(0x5b, 0x63, 0x6b); }
    static QColor rule() { return QColor(0xc4, 0xc9, 0xcf); }
    static QColor headerFill() { return QColor(0xe9, 0xed, 0xf1); }
    static QColor boxFill() { return QColor(0xf3, 0xf5, 0xf7); }
    static QColor stripeFill() { return QColor(0xf8, 0xf9, 0xfa); }
    static QColor accent() { return QColor(0x1d, 0x3d, 0x5c); }
    static QColor demo() { return QColor(0xa3, 0x1f, 0x1f); }
};

} // namespace samsyn
