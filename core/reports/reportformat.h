// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace samsyn {

class Period;

// How reports round and print their figures, in one place so every report agrees.
// Rounding rule: one decimal, halves rounded away from zero, computed in integers from the
// counts (21.25 -> 21.3, 2/3 -> 0.7), so no floating-point error can tip a half. Numbers are
// printed in the given locale (decimal comma in Swedish).
struct ReportFormat
{
    // numerator / denominator in tenths, rounded as above; nullopt when denominator is 0.
    static std::optional<qint64> tenths(qint64 numerator, qint64 denominator);
    // "21,3"; "–" when there is nothing to divide by.
    static QString ratio(qint64 numerator, qint64 denominator, const QLocale &locale);
    // The share numerator / denominator in percent, one decimal: "66,7 %"; "–" for 0 / 0.
    static QString percent(qint64 numerator, qint64 denominator, const QLocale &locale);
    // A count, digits only (the same in every locale, and a number to a spreadsheet).
    static QString count(qint64 value);
    // "2026-03-01 – 2026-03-31"
    static QString range(QDate first, QDate last);
    // The period for a subtitle: "mars 2026 (2026-03-01 – 2026-03-31)"; a custom range as range().
    static QString period(const Period &period);
    // The dash printed where a figure cannot be computed.
    static QString none();
};

} // namespace samsyn
