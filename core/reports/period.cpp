// SPDX-License-Identifier: EUPL-1.2
#include "reports/period.h"

#include "util/error.h"

#include <QLocale>
#include <QRegularExpression>

namespace samsyn {

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

[[noreturn]] void refuse(const QString &message)
{
    throw Error(ErrorCode::Validation, message);
}

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

void Period::checkYear(int year)
{
    if (year < kMinYear || year > kMaxYear)
        refuse(tr("The year %1 is outside %2-%3.").arg(year).arg(kMinYear).arg(kMaxYear));
}

int Period::monthsOf(Kind kind)
{
    switch (kind) {
    case Kind::Month:
        return 1;
    case Kind::Quarter:
        return 3;
    case Kind::Tertial:
        return 4;
    case Kind::HalfYear:
        return 6;
    case Kind::Year:
    case Kind::Custom:
        break;
    }
    return 12;
}

Period Period::monthRun(Kind kind, int year, int index, int months)
{
    checkYear(year);
    const QDate first(year, (index - 1) * months + 1, 1);
    return Period(kind, first, first.addMonths(months).addDays(-1));
}

Period Period::month(int year, int month)
{
    if (month < 1 || month > 12)
        refuse(tr("There is no month %1: months are numbered 01 to 12.").arg(month));
    return monthRun(Kind::Month, year, month, 1);
}

Period Period::quarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        refuse(tr("There is no quarter %1: a year has quarters 1 to 4.").arg(quarter));
    return monthRun(Kind::Quarter, year, quarter, 3);
}

Period Period::tertial(int year, int tertial)
{
    if (tertial < 1 || tertial > 3)
        refuse(tr("There is no tertial %1: a year has tertials 1 to 3 (January-April, May-August, "
                  "September-December).")
                   .arg(tertial));
    return monthRun(Kind::Tertial, year, tertial, 4);
}

Period Period::halfYear(int year, int half)
{
    if (half < 1 || half > 2)
        refuse(tr("There is no half-year %1: a year has half-years 1 and 2.").arg(half));
    return monthRun(Kind::HalfYear, year, half, 6);
}

Period Period::year(int year)
{
    return monthRun(Kind::Year, year, 1, 12);
}

Period Period::custom(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid())
        refuse(tr("A period needs both a first and a last day."));
    checkYear(first.year());
    checkYear(last.year());
    if (last < first)
        refuse(tr("The period ends (%1) before it starts (%2).").arg(iso(last), iso(first)));
    return Period(Kind::Custom, first, last);
}

Period Period::containing(Kind kind, QDate day)
{
    if (kind == Kind::Custom || !day.isValid())
        return custom(day, day);
    const int months = monthsOf(kind);
    return monthRun(kind, day.year(), (day.month() - 1) / months + 1, months);
}

Period Period::lastCompletedQuarter(QDate today)
{
    return containing(Kind::Quarter, today).previous();
}

Period Period::parse(const QString &text)
{
    const QString input = text.trimmed();
    static const QRegularExpression yearOnly(QStringLiteral("^([0-9]{4})$"));
    static const QRegularExpression yearPart(QStringLiteral("^([0-9]{4})([QTH])([0-9]+)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yearMonth(QStringLiteral("^([0-9]{4})-([0-9]{1,2})$"));
    static const QRegularExpression range(QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2})\\.\\.([0-9]{4}-[0-9]{2}-[0-9]{2})$"));

    if (const auto m = yearOnly.match(input); m.hasMatch())
        return year(m.captured(1).toInt());
    if (const auto m = yearMonth.match(input); m.hasMatch())
        return month(m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = yearPart.match(input); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const int index = m.captured(3).toInt();
        switch (m.captured(2).toUpper().front().toLatin1()) {
        case 'Q':
            return quarter(y, index);
        case 'T':
            return tertial(y, index);
        default:
            return halfYear(y, index);
        }
    }
    if (const auto m = range.match(input); m.hasMatch()) {
        const QDate first = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDate last = QDate::fromString(m.captured(2), Qt::ISODate);
        for (const int i : {1, 2}) {
            if (!QDate::fromString(m.captured(i), Qt::ISODate).isValid())
                refuse(tr("%1 is not a date in the calendar.").arg(m.captured(i)));
        }
        return custom(first, last);
    }
    refuse(tr("\"%1\" is not a period. Write a quarter (2026Q3), a month (2026-09), a tertial (2026T2), "
              "a half-year (2026H1), a year (2026) or a range of days (2026-01-01..2026-03-31).")
               .arg(input));
}

int Period::indexInYear() const
{
    return (m_first.month() - 1) / monthsOf(m_kind) + 1;
}

QString Period::code() const
{
    const QString y = QString::number(m_first.year());
    switch (m_kind) {
    case Kind::Month:
        return y + QStringLiteral("-%1").arg(m_first.month(), 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return y + QStringLiteral("Q%1").arg(indexInYear());
    case Kind::Tertial:
        return y + QStringLiteral("T%1").arg(indexInYear());
    case Kind::HalfYear:
        return y + QStringLiteral("H%1").arg(indexInYear());
    case Kind::Year:
        return y;
    case Kind::Custom:
        break;
    }
    return iso(m_first) + QStringLiteral("..") + iso(m_last);
}

QString Period::fileLabel() const
{
    QString label = code();
    label.replace(QStringLiteral(".."), QStringLiteral("_"));
    return label;
}

QString Period::label() const
{
    const int y = m_first.year();
    switch (m_kind) {
    case Kind::Month:
        //: A month of a year, e.g. "September 2026".
        return tr("%1 %2").arg(QLocale().standaloneMonthName(m_first.month(), QLocale::LongFormat)).arg(y);
    case Kind::Quarter:
        return tr("Q%1 %2").arg(indexInYear()).arg(y);
    case Kind::Tertial:
        return tr("tertial %1 %2").arg(indexInYear()).arg(y);
    case Kind::HalfYear:
        return tr("half-year %1 %2").arg(indexInYear()).arg(y);
    case Kind::Year:
        return QString::number(y);
    case Kind::Custom:
        break;
    }
    return tr("%1 to %2").arg(iso(m_first), iso(m_last));
}

Period Period::previous() const
{
    if (m_kind == Kind::Custom)
        return custom(m_first.addDays(-dayCount()), m_first.addDays(-1));
    return containing(m_kind, m_first.addDays(-1));
}

Period Period::next() const
{
    if (m_kind == Kind::Custom)
        return custom(m_last.addDays(1), m_last.addDays(dayCount()));
    return containing(m_kind, m_last.addDays(1));
}

bool Period::contains(QDate day) const
{
    return day.isValid() && m_first <= day && day <= m_last;
}

bool Period::overlaps(QDate start, QDate end) const
{
    return start.isValid() && start <= m_last && (!end.isValid() || end >= m_first);
}

} // namespace samsyn
