// SPDX-License-Identifier: EUPL-1.2
#include "reports/charts/chartcanvas.h"

#include <QFontMetricsF>

#include <cmath>

namespace samsyn {

namespace {
constexpr qreal kMargin = 12;
} // namespace

ChartCanvas::ChartCanvas(QSize logicalSize, qreal scale)
    : m_image(QSize(qRound(logicalSize.width() * scale), qRound(logicalSize.height() * scale)),
              QImage::Format_ARGB32_Premultiplied)
{
    m_image.setDevicePixelRatio(scale);
    m_image.fill(Qt::white);
    m_painter = std::make_unique<QPainter>(&m_image);
    m_painter->setRenderHint(QPainter::Antialiasing);
    m_painter->setRenderHint(QPainter::TextAntialiasing);
    m_area = QRectF(kMargin, kMargin, logicalSize.width() - 2 * kMargin, logicalSize.height() - 2 * kMargin);
}

ChartCanvas::~ChartCanvas() = default;

QFont ChartCanvas::font(qreal pixels, bool bold)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial"),
                   QStringLiteral("Segoe UI")});
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(qMax(1, qRound(pixels)));
    f.setWeight(bold ? QFont::DemiBold : QFont::Normal);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void ChartCanvas::text(const QRectF &rect, const QString &s, int flags, qreal pixels, const QColor &colour, bool bold)
{
    m_painter->setFont(font(pixels, bold));
    m_painter->setPen(colour);
    m_painter->drawText(rect, flags, s);
}

qreal ChartCanvas::textWidth(const QString &s, qreal pixels, bool bold) const
{
    qreal widest = 0;
    const QFontMetricsF metrics(font(pixels, bold));
    for (const QString &line : s.split(QLatin1Char('\n')))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

void ChartCanvas::title(const QString &s)
{
    if (s.isEmpty())
        return;
    const qreal height = 22;
    text(QRectF(m_area.left(), m_area.top(), m_area.width(), height), s, Qt::AlignLeft | Qt::AlignVCenter, 14,
         textColour(), true);
    m_area.setTop(m_area.top() + height + 6);
}

void ChartCanvas::legend(const QList<QPair<QString, QColor>> &entries)
{
    const qreal height = 16;
    const qreal box = 10;
    qreal x = m_area.right();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const qreal w = textWidth(it->first, 11);
        x -= w;
        text(QRectF(x, m_area.top(), w, height), it->first, Qt::AlignLeft | Qt::AlignVCenter, 11, mutedColour());
        x -= box + 5;
        m_painter->fillRect(QRectF(x, m_area.top() + (height - box) / 2, box, box), it->second);
        x -= 16;
    }
    m_area.setTop(m_area.top() + height + 8);
}

void ChartCanvas::empty(const QString &message)
{
    text(m_area, message, Qt::AlignCenter, 13, mutedColour());
}

QImage ChartCanvas::finish()
{
    m_painter->end();
    return m_image;
}

QList<double> ChartCanvas::ticks(double max, int maxTicks)
{
    max = qMax(1.0, max);
    maxTicks = qMax(1, maxTicks);
    double step = 1;
    for (double magnitude = 1;; magnitude *= 10) {
        bool found = false;
        for (double factor : {1.0, 2.0, 5.0}) {
            if (std::ceil(max / (factor * magnitude)) <= maxTicks) {
                step = factor * magnitude;
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    QList<double> result;
    for (double v = step; v < max + step; v += step) {
        result << v;
        if (v >= max)
            break;
    }
    return result;
}

QColor ChartCanvas::seriesColour(int index)
{
    static const QColor colours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x5b, 0x63, 0x6b)};
    return colours[qAbs(index) % 3];
}

} // namespace samsyn
