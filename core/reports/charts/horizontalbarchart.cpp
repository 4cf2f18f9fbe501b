// SPDX-License-Identifier: EUPL-1.2
#include "reports/charts/horizontalbarchart.h"

#include "reports/charts/chartcanvas.h"

#include <QFontMetricsF>

namespace samsyn {

namespace {
constexpr qreal kRowHeight = 22;
constexpr qreal kHeaderHeight = 46; // margin and title
} // namespace

QImage HorizontalBarChart::render(int width) const
{
    const bool nothing = std::all_of(rows.cbegin(), rows.cend(), [](const Row &r) { return r.value == 0; });
    const int height = int(kHeaderHeight + (nothing ? 3 : rows.size()) * kRowHeight + 14);
    ChartCanvas canvas(QSize(width, height));
    QPainter &p = canvas.painter();
    canvas.title(title);
    if (nothing) {
        canvas.empty(emptyMessage);
        return canvas.finish();
    }

    int max = 0;
    qreal labelWidth = 0;
    for (const Row &r : rows) {
        max = qMax(max, r.value);
        labelWidth = qMax(labelWidth, canvas.textWidth(r.label, 11.5));
    }
    const QRectF area = canvas.area();
    labelWidth = qMin(labelWidth + 10, area.width() * 0.45);
    const qreal countWidth = canvas.textWidth(QString::number(max), 11, true) + 8;
    const qreal barLeft = area.left() + labelWidth;
    const qreal barSpace = area.width() - labelWidth - countWidth;
    const QFontMetricsF metrics(ChartCanvas::font(11.5));

    p.setPen(QPen(ChartCanvas::mutedColour(), 1));
    p.drawLine(QPointF(barLeft, area.top()), QPointF(barLeft, area.top() + rows.size() * kRowHeight));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        const qreal y = area.top() + i * kRowHeight;
        const QString label = metrics.elidedText(r.label, Qt::ElideRight, labelWidth - 10);
        canvas.text(QRectF(area.left(), y, labelWidth - 10, kRowHeight), label, Qt::AlignRight | Qt::AlignVCenter, 11.5,
                    ChartCanvas::textColour());
        const qreal length = max > 0 ? barSpace * r.value / max : 0;
        const QColor colour = r.highlighted ? ChartCanvas::seriesColour(0) : ChartCanvas::seriesColour(2).lighter(140);
        if (r.value > 0)
            p.fillRect(QRectF(barLeft, y + 4, length, kRowHeight - 8), colour);
        canvas.text(QRectF(barLeft + length + 5, y, countWidth, kRowHeight), QString::number(r.value),
                    Qt::AlignLeft | Qt::AlignVCenter, 11, ChartCanvas::textColour(), true);
    }
    return canvas.finish();
}

} // namespace samsyn
