// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "export/csvwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QTextStream;

namespace samsyn::cli {

// A list a command prints, as an aligned text table, as CSV for Excel (the core's CsvWriter:
// semicolons, UTF-8 with BOM, CRLF, RFC 4180 quoting, formula injection neutralised) or as
// JSON (an array of objects with stable keys). Commands fill it; the format is the user's choice.
class TableOutput
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::cli::TableOutput)

public:
    enum class Format { Table, Csv, Json };
    // "table", "csv" or "json"; throws UsageError otherwise.
    static Format parseFormat(const QString &text);

    // `keys` name the JSON fields; `headers` are the translated column titles.
    TableOutput(QStringList keys, QStringList headers);

    // Declares a column as a number, date or identity so CSV leaves its values as they are
    // (columns are text by default).
    void setKind(const QString &key, CsvWriter::Kind kind);
    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }
    void write(QTextStream &out, Format format) const;

private:
    void writeTable(QTextStream &out) const;
    void writeCsv(QTextStream &out) const;
    void writeJson(QTextStream &out) const;

    QStringList m_keys;
    QStringList m_headers;
    QList<CsvWriter::Kind> m_kinds;
    QList<QStringList> m_rows;
};

} // namespace samsyn::cli
