// SPDX-License-Identifier: EUPL-1.2
#include "reports/charts/dumbbellchart.h"

#include "reports/charts/chartcanvas.h"

namespace samsyn {

namespace {
constexpr qreal kRowHeight = 18;
constexpr qreal kChrome = 118; // title, legend, axis and reference labels, margins
constexpr qreal kDot = 4.5;
} // namespace

QImage DumbbellChart::render(int width) const
{
    const int height = int(kChrome + qMax<qsizetype>(2, rows.size()) * kRowHeight);
    ChartCanvas canvas(QSize(width, height));
    QPainter &p = canvas.painter();
    canvas.title(title);
    const QColor beforeColour = ChartCanvas::seriesColour(2);
    const QColor afterColour = ChartCanvas::seriesColour(0);
    canvas.legend({qMakePair(beforeName, beforeColour), qMakePair(afterName, afterColour)});
    if (rows.isEmpty()) {
        canvas.empty(emptyMessage);
        return canvas.finish();
    }

    qreal labelWidth = 0;
    for (const Row &r : rows)
        labelWidth = qMax(labelWidth, canvas.textWidth(r.label, 11));
    const QRectF area = canvas.area();
    const QRectF plot(area.left() + labelWidth + 12, area.top(), area.width() - labelWidth - 24,
                      rows.size() * kRowHeight);
    auto xOf = [&](int percent) { return plot.left() + plot.width() * percent / 100.0; };

    for (int t = 0; t <= 100; t += 20) {
        p.setPen(QPen(ChartCanvas::gridColour(), 0.8));
        p.drawLine(QPointF(xOf(t), plot.top()), QPointF(xOf(t), plot.bottom()));
        canvas.text(QRectF(xOf(t) - 20, plot.bottom() + 3, 40, 14), QString::number(t), Qt::AlignHCenter | Qt::AlignTop,
                    10.5, ChartCanvas::mutedColour());
    }
    p.setPen(QPen(ChartCanvas::mutedColour(), 1, Qt::DashLine));
    p.drawLine(QPointF(xOf(reference), plot.top() - 4), QPointF(xOf(reference), plot.bottom()));
    if (!referenceLabel.isEmpty())
        canvas.text(QRectF(xOf(reference) - 150, plot.bottom() + 17, 300, 14), referenceLabel,
                    Qt::AlignHCenter | Qt::AlignTop, 10.5, ChartCanvas::mutedColour());

    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        const qreal y = plot.top() + i * kRowHeight + kRowHeight / 2;
        canvas.text(QRectF(area.left(), y - kRowHeight / 2, labelWidth, kRowHeight), r.label,
                    Qt::AlignRight | Qt::AlignVCenter, 11, ChartCanvas::textColour());
        // The line takes the colour of the direction: better (after) or worse (muted).
        p.setPen(QPen(r.after >= r.before ? afterColour.lighter(150) : beforeColour.lighter(130), 2.5));
        p.drawLine(QPointF(xOf(r.before), y), QPointF(xOf(r.after), y));
        p.setPen(Qt::NoPen);
        p.setBrush(beforeColour);
        p.drawEllipse(QPointF(xOf(r.before), y), kDot, kDot);
        p.setBrush(afterColour);
        p.drawEllipse(QPointF(xOf(r.after), y), kDot, kDot);
    }
    return canvas.finish();
}

} // namespace samsyn
