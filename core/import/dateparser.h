// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace samsyn {

// How the dates of an imported list are written. Auto recognises each form by its shape and
// refuses a value whose shape fits two readings (1/9/2019: 1 September or 9 January?).
enum class ImportDateFormat {
    Auto,
    Iso,    // 2019-09-01 and 20190901
    Yymmdd, // 190901, century as for a personnummer: the latest that is not after today
    Dmy,    // 1/9/2019, 01.09.2019, 1-9-2019 (day first, as Swedish Excel with a non-ISO locale)
    Excel,  // 43709: days since 1899-12-30 (Excel's serial number shown when a cell lost its format)
};

struct ImportDateFormats
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::ImportDateFormats)
public:
    static QString code(ImportDateFormat format);
    static std::optional<ImportDateFormat> fromCode(const QString &code);
    static QString label(ImportDateFormat format);
};

// The result of reading one date cell: a valid date, or the reason it is not one.
struct DateParseResult
{
    QDate date;
    QString problem;
    bool ok() const { return date.isValid(); }
};

// Reads dates from imported cells. A time of day after the date ("2019-09-01 00:00", as
// Excel writes date-time cells) is ignored. Impossible dates (2019-02-30) are refused.
class DateParser
{
    Q_DECLARE_TR_FUNCTIONS(samsyn::DateParser)

public:
    // `today` fixes the century of six-digit dates. An empty cell gives no date and no problem.
    static DateParseResult parse(QStringView text, ImportDateFormat format, QDate today);

    // Excel's serial day number (1900 date system; serial 60 is Excel's non-existent
    // 1900-02-29, so only serials from 61 = 1900-03-01 are accepted).
    static QDate fromExcelSerial(qint64 serial);
};

} // namespace samsyn
