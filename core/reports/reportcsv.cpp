// SPDX-License-Identifier: EUPL-1.2
#include "reports/reportcsv.h"

#include "export/csvwriter.h"
#include "reports/reportformat.h"
#include "util/error.h"

#include <QSaveFile>

namespace samsyn {

namespace {

// Column 0 holds labels; the rest figures. Cells that are not numbers ("33,3 %", "–")
// are still written safely: CsvWriter treats them as text.
CsvWriter writerFor(const QStringList &header, int columns)
{
    QList<CsvWriter::Column> list;
    for (int c = 0; c < columns; ++c)
        list << CsvWriter::Column{header.value(c), c == 0 ? CsvWriter::Kind::Text : CsvWriter::Kind::Number};
    return CsvWriter(list);
}

void addTable(CsvWriter &csv, const ReportTable &table, bool withTitleAndHeader)
{
    if (withTitleAndHeader) {
        csv.addRow({});
        csv.addRow({table.title});
        csv.addRow(table.headers);
    }
    for (const QStringList &row : table.rows)
        csv.addRow(row);
    if (!table.note.isEmpty())
        csv.addRow({table.note});
}

} // namespace

QByteArray ReportCsv::bytes(const ReportContent &content)
{
    if (content.tables.size() == 1) {
        const ReportTable &only = content.tables.first();
        QStringList header = only.headers;
        if (!header.isEmpty() && header.first().isEmpty())
            header[0] = only.title + QStringLiteral(", ") + ReportFormat::period(content.period);
        CsvWriter csv = writerFor(header, only.columnCount());
        addTable(csv, only, false);
        return csv.toUtf8();
    }
    int columns = 2;
    for (const ReportTable &t : content.tables)
        columns = qMax(columns, t.columnCount());
    CsvWriter csv = writerFor({content.title, content.subtitle}, columns);
    for (const ReportTable &t : content.tables)
        addTable(csv, t, true);
    return csv.toUtf8();
}

void ReportCsv::write(const ReportContent &content, const QString &path)
{
    QSaveFile file(path);
    const QByteArray data = bytes(content);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw Error(ErrorCode::IoError,
                    tr("Could not save the CSV file %1. Check that the folder exists, that you may write there and that "
                       "the disk is not full.")
                        .arg(path),
                    file.errorString());
}

} // namespace samsyn
