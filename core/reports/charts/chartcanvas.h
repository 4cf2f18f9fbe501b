// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QSize>
#include <QString>

#include <memory>

namespace samsyn {

// The drawing surface every report chart shares: a white QImage in logical pixels (drawn
// `scale` times larger, so it stays sharp in a 300-dpi PDF), the house font and colours,
// the title line and axis helpers. Our own small painter rather than Qt Charts: Qt Charts
// needs Widgets (QGraphicsView), which the core must not link, and three chart kinds are a
// few hundred lines of QPainter. Owns its image and painter until finish().
class ChartCanvas
{
public:
    // 640 logical pixels print as 160 mm: 4 px per mm, so a 12 px font is about 8.5 pt.
    static constexpr int kDefaultWidth = 640;
    static constexpr qreal kDefaultScale = 3.0;

    ChartCanvas(QSize logicalSize, qreal scale = kDefaultScale);
    ~ChartCanvas();
    ChartCanvas(const ChartCanvas &) = delete;
    ChartCanvas &operator=(const ChartCanvas &) = delete;

    QPainter &painter() { return *m_painter; }
    // What is left for the plot after the title and the outer margin.
    QRectF area() const { return m_area; }
    void title(const QString &text);
    // A row of coloured squares with labels at the top right of the area; takes its height.
    void legend(const QList<QPair<QString, QColor>> &entries);
    // A centred grey message where the plot would be ("No exits in the period").
    void empty(const QString &message);
    QImage finish();

    // Text helpers in logical pixels.
    static QFont font(qreal pixels, bool bold = false);
    void text(const QRectF &rect, const QString &s, int flags, qreal pixels = 12, const QColor &colour = textColour(),
              bool bold = false);
    qreal textWidth(const QString &s, qreal pixels = 12, bool bold = false) const;

    // Axis steps of 1, 2 or 5 times a power of ten, at most `maxTicks` above zero, the
    // last one at or above `max` (never below 1).
    static QList<double> ticks(double max, int maxTicks = 5);

    static QColor textColour() { return QColor(0x1f, 0x23, 0x28); }
    static QColor mutedColour() { return QColor(0x5b, 0x63, 0x6b); }
    static QColor gridColour() { return QColor(0xdd, 0xe1, 0xe5); }
    // Colour-blind safe pair (Okabe-Ito blue and orange) and a neutral third.
    static QColor seriesColour(int index);

private:
    QImage m_image;
    std::unique_ptr<QPainter> m_painter;
    QRectF m_area;
};

} // namespace samsyn
