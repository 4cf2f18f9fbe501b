// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "reports/reportcontent.h"

#include <QByteArray>
#include <QCoreApplication>

namespace samsyn {

// A report as one CSV file through the project's CsvWriter (';', UTF-8 with BOM, CRLF), so
// it opens in Swedish Excel and LibreOffice with the columns split. A report of one table
// is that table (its header row first). A report of several tables starts with a line
// naming the report and its period, then each table after an empty line: its title, its
// header row, its rows and its note. Figures are written as numbers; charts are not in CSV.
class ReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ReportCsv)

public:
    static QByteArray bytes(const ReportContent &content);
    // Atomic: the file appears complete or not at all. Throws samsyn::Error (IoError) with
    // a sentence for the user when it cannot be written.
    static void write(const ReportContent &content, const QString &path);
};

} // namespace samsyn
