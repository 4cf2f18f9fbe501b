// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace samsyn {

// Grouped vertical bars, one group per category (month) and one bar per series
// (enrollments, exits), with the count above each bar. A value type the report fills.
struct BarChart
{
    struct Series
    {
        QString name;
        QList<int> values; // one per category
    };

    QString title;
    QStringList categories; // a '\n' starts a second label line (the year)
    QList<Series> series;
    QString emptyMessage;   // shown when every value is 0

    QImage render(int width = 640, int height = 300) const;
};

} // namespace samsyn
