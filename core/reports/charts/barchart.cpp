// SPDX-License-Identifier: EUPL-1.2
#include "reports/charts/barchart.h"

#include "reports/charts/chartcanvas.h"

namespace samsyn {

QImage BarChart::render(int width, int height) const
{
    ChartCanvas canvas(QSize(width, height));
    QPainter &p = canvas.painter();
    canvas.title(title);
    QList<QPair<QString, QColor>> legend;
    int max = 0;
    for (int s = 0; s < series.size(); ++s) {
        legend << qMakePair(series[s].name, ChartCanvas::seriesColour(s));
        for (int v : series[s].values)
            max = qMax(max, v);
    }
    if (series.size() > 1)
        canvas.legend(legend);
    if (max == 0 || categories.isEmpty()) {
        canvas.empty(emptyMessage);
        return canvas.finish();
    }

    const QList<double> ticks = ChartCanvas::ticks(max);
    const double top = ticks.last();
    const qreal axisWidth = canvas.textWidth(QString::number(int(top)), 11) + 8;
    const bool twoLines = std::any_of(categories.cbegin(), categories.cend(),
                                      [](const QString &c) { return c.contains(QLatin1Char('\n')); });
    const qreal labelHeight = twoLines ? 30 : 17;
    const QRectF plot(canvas.area().left() + axisWidth, canvas.area().top() + 14, canvas.area().width() - axisWidth,
                      canvas.area().height() - labelHeight - 14);
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / top; };

    // Grid lines with their values; the zero line darker.
    for (double t : ticks) {
        p.setPen(QPen(ChartCanvas::gridColour(), 0.8));
        p.drawLine(QPointF(plot.left(), yOf(t)), QPointF(plot.right(), yOf(t)));
        canvas.text(QRectF(canvas.area().left(), yOf(t) - 8, axisWidth - 6, 16), QString::number(int(t)),
                    Qt::AlignRight | Qt::AlignVCenter, 11, ChartCanvas::mutedColour());
    }
    p.setPen(QPen(ChartCanvas::mutedColour(), 1));
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));

    const qreal slot = plot.width() / categories.size();
    const int bars = int(series.size());
    const qreal groupWidth = qMin(slot * 0.74, 26.0 * bars);
    const qreal barWidth = groupWidth / qMax(1, bars);
    const bool valueLabels = barWidth >= 9;
    for (int c = 0; c < categories.size(); ++c) {
        const qreal groupLeft = plot.left() + slot * c + (slot - groupWidth) / 2;
        for (int s = 0; s < bars; ++s) {
            const int value = series[s].values.value(c);
            const QRectF bar(groupLeft + s * barWidth, yOf(value), barWidth - 1.5, plot.bottom() - yOf(value));
            p.fillRect(bar, ChartCanvas::seriesColour(s));
            if (valueLabels && value > 0)
                canvas.text(QRectF(bar.left() - 10, bar.top() - 14, bar.width() + 20, 13), QString::number(value),
                            Qt::AlignHCenter | Qt::AlignBottom, 10, ChartCanvas::textColour());
        }
        canvas.text(QRectF(plot.left() + slot * c, plot.bottom() + 3, slot, labelHeight), categories[c],
                    Qt::AlignHCenter | Qt::AlignTop, 10.5, ChartCanvas::mutedColour());
    }
    return canvas.finish();
}

} // namespace samsyn
