// SPDX-License-Identifier: EUPL-1.2
// What must hold for any bytes given to CsvReader (and any cell given to DateParser). Shared
// by the libFuzzer target and the Catch2 corpus replay, as personnummer_invariants.h is.
#pragma once

#include "import/csvreader.h"
#include "import/dateparser.h"

#include <QByteArray>
#include <QString>

namespace samsyn::fuzz {

// An empty string if every invariant holds for `table` read from text with `lineBreaks`.
inline QString tableInvariantViolation(const CsvTable &table)
{
    int expectedRow = 1;
    int lastLine = 0;
    for (const CsvRecord &record : table.records) {
        if (record.row != expectedRow++)
            return QStringLiteral("row numbers are not 1, 2, 3, ...");
        if (record.line <= lastLine)
            return QStringLiteral("line numbers do not increase");
        lastLine = record.line;
        if (record.fields.isEmpty() || record.fields.size() > CsvReader::kMaxFields)
            return QStringLiteral("a record has no fields or too many");
        for (const QString &field : record.fields) {
            if (field.size() > CsvReader::kMaxField)
                return QStringLiteral("a field is longer than the limit");
            if (field.contains(QChar(0)))
                return QStringLiteral("a NUL reached a field");
        }
    }
    return {};
}

inline QString dateInvariantViolation(const QString &cell)
{
    for (ImportDateFormat format : {ImportDateFormat::Auto, ImportDateFormat::Iso, ImportDateFormat::Yymmdd,
                                    ImportDateFormat::Dmy, ImportDateFormat::Excel}) {
        const DateParseResult result = DateParser::parse(cell, format, QDate(2026, 11, 24));
        if (result.ok() && !result.problem.isEmpty())
            return QStringLiteral("a date with a problem");
        if (!result.ok() && result.problem.isEmpty() && !cell.trimmed().isEmpty())
            return QStringLiteral("no date and no reason");
        if (result.ok() && format == ImportDateFormat::Yymmdd && result.date > QDate(2026, 11, 24))
            return QStringLiteral("a six-digit date in the future");
    }
    return {};
}

// Reads `bytes` every way the import can and checks every record and every cell.
inline QString csvInvariantViolation(const QByteArray &bytes)
{
    for (CsvEncoding encoding : {CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Utf16Le, CsvEncoding::Windows1252}) {
        for (QChar separator : {QChar(), QChar(u';'), QChar(u',')}) {
            const CsvTable table = CsvReader::read(bytes, CsvOptions{encoding, separator});
            const QString violation = tableInvariantViolation(table);
            if (!violation.isEmpty())
                return violation + QStringLiteral(" (encoding ") + CsvEncodings::code(encoding) + QLatin1Char(')');
            if (encoding != CsvEncoding::Auto || !separator.isNull())
                continue;
            for (const CsvRecord &record : table.records) {
                for (const QString &field : record.fields) {
                    const QString dateViolation = dateInvariantViolation(field);
                    if (!dateViolation.isEmpty())
                        return dateViolation;
                }
            }
        }
    }
    return {};
}

} // namespace samsyn::fuzz
