// SPDX-License-Identifier: EUPL-1.2
#include "reports/reportdocument.h"

#include <QCoreApplication>

namespace samsyn {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ReportDocument)
};

// Printed width of the charts: the text column of A4 portrait is 168 mm.
constexpr qreal kChartWidthMm = 160;

// Label column 40 % (30 % when many figures), the rest shared by the figures.
QList<int> widthsFor(int figureColumns)
{
    const int label = figureColumns > 3 ? 30 : 40;
    QList<int> widths{label};
    const int each = (100 - label) / qMax(1, figureColumns);
    for (int i = 0; i < figureColumns; ++i)
        widths << each;
    widths[0] += 100 - label - each * figureColumns; // rounding remainder to the label column
    return widths;
}

QList<int> figureColumns(const ReportTable &table)
{
    QList<int> columns;
    for (int c = 1; c < table.columnCount(); ++c) {
        if (!table.textColumns.contains(c))
            columns << c;
    }
    return columns;
}

} // namespace

QList<ReportTable> ReportDocument::split(const ReportTable &table, int maxFigureColumns)
{
    const int figures = table.columnCount() - 1;
    if (figures <= maxFigureColumns || maxFigureColumns < 1)
        return {table};
    // Even parts (8 figures in parts of 4 + 4, not 6 + 2), so no part looks like a leftover.
    const int parts = (figures + maxFigureColumns - 1) / maxFigureColumns;
    const int perPart = (figures + parts - 1) / parts;
    QList<ReportTable> result;
    for (int start = 1; start <= figures; start += perPart) {
        const int end = qMin(figures, start + perPart - 1);
        ReportTable part;
        part.title = result.isEmpty() ? table.title : Tr::tr("%1 (continued)").arg(table.title);
        part.headers << table.headers.value(0);
        for (int c = start; c <= end; ++c)
            part.headers << table.headers.value(c);
        for (const QStringList &row : table.rows) {
            QStringList cells{row.value(0)};
            for (int c = start; c <= end; ++c)
                cells << row.value(c);
            part.rows << cells;
        }
        part.note = end == figures ? table.note : QString();
        result << part;
    }
    return result;
}

Document ReportDocument::build(const ReportContent &content, const DocumentMeta &meta)
{
    Document d;
    d.title = content.title;
    d.subtitle = content.subtitle;
    d.meta = meta;
    for (const ReportTable &whole : content.tables) {
        for (const ReportTable &t : split(whole)) {
            if (!t.title.isEmpty())
                d.heading(t.title, 2);
            const int figures = t.columnCount() - 1;
            d.table(doc::Table{t.headers, t.rows, t.columnWidths.isEmpty() ? widthsFor(figures) : t.columnWidths,
                               figureColumns(t)});
            if (!t.note.isEmpty())
                d.paragraph(t.note, doc::Emphasis::Note);
        }
    }
    if (!content.charts.isEmpty()) {
        // On a fresh page: a chart does not fit what is left of a page of tables, and the
        // heading would otherwise stand alone at the foot of it.
        d.pageBreak().heading(Tr::tr("Charts"), 1);
        for (const ReportChart &chart : content.charts)
            d.image(chart.image, kChartWidthMm, chart.caption);
    }
    return d;
}

} // namespace samsyn
