// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace samsyn {

// One table of a report, already labelled and formatted: the same rows go to the printed
// document (ReportDocument) and to the CSV file (ReportCsv), so both always agree.
// Column 0 holds the row labels; the other columns are figures.
struct ReportTable
{
    ReportTable() = default;
    ReportTable(QString tableTitle, QStringList headerRow) : title(std::move(tableTitle)), headers(std::move(headerRow)) {}

    QString title; // section heading in print, first line of the block in CSV
    QStringList headers;
    QList<QStringList> rows;
    QList<int> columnWidths; // percent of the text width; empty = automatic
    QString note;            // how the figures were counted, printed under the table
    QList<int> textColumns;  // columns after the first that hold words, not figures (left-aligned)

    int columnCount() const { return int(headers.size()); }
    // Appends a row; figures are numbers already formatted by ReportFormat.
    void addRow(const QString &label, const QStringList &figures) { rows.append(QStringList{label} + figures); }
};

} // namespace samsyn
