// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace samsyn {

// One horizontal bar per labelled count (exit reasons), in the given order, with the count
// at the end of the bar. Height follows the number of rows.
struct HorizontalBarChart
{
    struct Row
    {
        QString label;
        int value = 0;
        bool highlighted = false; // drawn in the first series colour (e.g. to work or studies)
    };

    QString title;
    QList<Row> rows;
    QString emptyMessage;

    QImage render(int width = 640) const;
};

} // namespace samsyn
