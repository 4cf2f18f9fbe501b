// SPDX-License-Identifier: EUPL-1.2
#include "reports/reportformat.h"

#include "reports/period.h"

namespace samsyn {

std::optional<qint64> ReportFormat::tenths(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    // round(10 n / d) with halves away from zero: (20 n + d) / (2 d) for n >= 0.
    const qint64 magnitude = (20 * qAbs(numerator) + denominator) / (2 * denominator);
    return numerator < 0 ? -magnitude : magnitude;
}

QString ReportFormat::ratio(qint64 numerator, qint64 denominator, const QLocale &locale)
{
    const std::optional<qint64> t = tenths(numerator, denominator);
    if (!t)
        return none();
    // No thousands separator: a CSV cell "1 234,5" would be text to a spreadsheet.
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    // An ASCII minus: Swedish formats U+2212, which a spreadsheet does not read as a number.
    return plain.toString(double(*t) / 10.0, 'f', 1).replace(plain.negativeSign(), QStringLiteral("-"));
}

QString ReportFormat::percent(qint64 numerator, qint64 denominator, const QLocale &locale)
{
    if (denominator == 0)
        return none();
    return ratio(100 * numerator, denominator, locale) + QStringLiteral(" %");
}

QString ReportFormat::count(qint64 value)
{
    return QString::number(value);
}

QString ReportFormat::range(QDate first, QDate last)
{
    return first.toString(Qt::ISODate) + QStringLiteral(" \u2013 ") + last.toString(Qt::ISODate);
}

QString ReportFormat::period(const Period &p)
{
    const QString days = range(p.first(), p.last());
    return p.kind() == Period::Kind::Custom ? days : p.label() + QStringLiteral(" (") + days + QLatin1Char(')');
}

QString ReportFormat::none()
{
    return QStringLiteral("\u2013");
}

} // namespace samsyn
