// SPDX-License-Identifier: EUPL-1.2
#include "participants/tabs/measurechart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace samsyn {

MeasureChart::MeasureChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void MeasureChart::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    update();
}

void MeasureChart::setRange(double minimum, double maximum, double tickStep)
{
    m_min = minimum;
    m_max = maximum > minimum ? maximum : minimum + 1;
    m_step = tickStep > 0 ? tickStep : (m_max - m_min);
    update();
}

void MeasureChart::setTickLabels(const QStringList &labels)
{
    m_tickLabels = labels;
    update();
}

void MeasureChart::setSuffix(const QString &suffix)
{
    m_suffix = suffix;
    update();
}

void MeasureChart::setReference(std::optional<double> value, const QString &label)
{
    m_reference = value;
    m_referenceLabel = label;
    update();
}

void MeasureChart::setPoints(const QList<Point> &points)
{
    m_points = points;
    std::stable_sort(m_points.begin(), m_points.end(), [](const Point &a, const Point &b) { return a.date < b.date; });
    update();
}

QSize MeasureChart::sizeHint() const
{
    return {420, 190};
}

QSize MeasureChart::minimumSizeHint() const
{
    return {240, 190};
}

QString MeasureChart::tickText(double value) const
{
    const int index = qRound(value - m_min);
    if (!m_tickLabels.isEmpty() && index >= 0 && index < m_tickLabels.size())
        return m_tickLabels.at(index);
    return QLocale().toString(value, 'f', 0) + m_suffix;
}

void MeasureChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    const QColor axis = palette().color(QPalette::Mid);
    const QColor text = palette().color(QPalette::Text);
    const QColor line(0x2b, 0x6c, 0xb0);

    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(text);
    p.drawText(QRect(8, 4, width() - 16, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(font());

    int labelWidth = 0;
    for (double v = m_min; v <= m_max + 1e-9; v += m_step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(tickText(v)));
    const QRectF plot(labelWidth + 16, fm.height() + 14, width() - labelWidth - 32, height() - 2 * fm.height() - 26);
    const auto yOf = [&](double v) { return plot.bottom() - (v - m_min) / (m_max - m_min) * plot.height(); };

    // Horizontal grid with tick labels.
    for (double v = m_min; v <= m_max + 1e-9; v += m_step) {
        const double y = yOf(v);
        p.setPen(QPen(axis.lighter(130), 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        p.drawText(QRectF(4, y - fm.height() / 2.0, labelWidth + 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter, tickText(v));
    }
    p.setPen(QPen(axis, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    if (m_reference) {
        const double y = yOf(*m_reference);
        p.setPen(QPen(QColor(0xb0, 0x6a, 0x00), 1, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.drawText(QRectF(plot.left() + 6, y + 1, plot.width() - 12, fm.height()), Qt::AlignRight | Qt::AlignTop, m_referenceLabel);
    }

    if (m_points.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No ratings yet"));
        return;
    }
    const QDate first = m_points.first().date;
    const QDate last = m_points.last().date;
    const qint64 span = std::max<qint64>(1, first.daysTo(last));
    const double inset = 12;
    const auto xOf = [&](const QDate &d) {
        if (first == last)
            return plot.center().x();
        return plot.left() + inset + double(first.daysTo(d)) / double(span) * (plot.width() - 2 * inset);
    };

    QPainterPath path;
    for (int i = 0; i < m_points.size(); ++i) {
        const QPointF pt(xOf(m_points.at(i).date), yOf(std::clamp(m_points.at(i).value, m_min, m_max)));
        if (i == 0)
            path.moveTo(pt);
        else
            path.lineTo(pt);
    }
    p.setPen(QPen(line, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setBrush(line);
    p.setPen(QPen(palette().color(QPalette::Base), 1.5));
    for (const Point &point : std::as_const(m_points))
        p.drawEllipse(QPointF(xOf(point.date), yOf(std::clamp(point.value, m_min, m_max))), 4.5, 4.5);

    // Dates of the first and the last rating under the axis; the middle ones would collide.
    p.setPen(text);
    const double labelY = plot.bottom() + 4;
    const QString firstText = first.toString(Qt::ISODate);
    const double labelWidthX = fm.horizontalAdvance(firstText) + 4;
    // Centred under the dot, but never past the widget's edges.
    const auto labelRect = [&](const QDate &date) {
        const double left = std::clamp(xOf(date) - labelWidthX / 2, 2.0, width() - labelWidthX - 2);
        return QRectF(left, labelY, labelWidthX, fm.height());
    };
    p.drawText(labelRect(first), Qt::AlignCenter, firstText);
    if (last != first && xOf(last) - xOf(first) > labelWidthX + 8)
        p.drawText(labelRect(last), Qt::AlignCenter, last.toString(Qt::ISODate));
}

} // namespace samsyn
