// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace samsyn {

// Before/after dots joined by a line, one row per person (WHO-5 at start and at exit, in
// percent 0-100), with a dashed reference line (WHO-5: 50 % and below suggests poor
// well-being). Rows are labelled without names; the report decides the order.
struct DumbbellChart
{
    struct Row
    {
        QString label;
        int before = 0; // 0-100
        int after = 0;
    };

    QString title;
    QString beforeName;
    QString afterName;
    QList<Row> rows;
    int reference = 50;
    QString referenceLabel;
    QString emptyMessage;

    QImage render(int width = 640) const;
};

} // namespace samsyn
