// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

namespace samsyn {

// A small chart of one measure over time, painted with QPainter: a y axis with a few round
// ticks over a fixed range (so two people's charts compare), dates on the x axis, dots joined
// by a line, and an optional dashed reference line (WHO-5's 50 % line of poor well-being).
// Dates are spaced by time, not by index, so a long gap looks like one. Owns nothing.
class MeasureChart : public QWidget
{
    Q_OBJECT

public:
    struct Point
    {
        QDate date;
        double value = 0;
    };

    explicit MeasureChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setRange(double minimum, double maximum, double tickStep);
    // Labels for the ticks instead of numbers (step names); index = tick value - minimum.
    void setTickLabels(const QStringList &labels);
    void setSuffix(const QString &suffix);
    void setReference(std::optional<double> value, const QString &label = {});
    void setPoints(const QList<Point> &points);
    const QList<Point> &points() const { return m_points; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString tickText(double value) const;

    QString m_title;
    double m_min = 0;
    double m_max = 100;
    double m_step = 25;
    QStringList m_tickLabels;
    QString m_suffix;
    std::optional<double> m_reference;
    QString m_referenceLabel;
    QList<Point> m_points;
};

} // namespace samsyn
