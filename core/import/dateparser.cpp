// SPDX-License-Identifier: EUPL-1.2
#include "import/dateparser.h"

#include <QRegularExpression>

namespace samsyn {

namespace {

QString impossible(int year, int month, int day)
{
    return DateParser::tr("%1 is not a date in the calendar.")
        .arg(QStringLiteral("%1-%2-%3")
                 .arg(year, 4, 10, QLatin1Char('0'))
                 .arg(month, 2, 10, QLatin1Char('0'))
                 .arg(day, 2, 10, QLatin1Char('0')));
}

DateParseResult make(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return {QDate(), impossible(year, month, day)};
    return {date, QString()};
}

DateParseResult wrongShape(const QString &text, ImportDateFormat format)
{
    return {QDate(), DateParser::tr("\"%1\" is not a date in the form %2.").arg(text, ImportDateFormats::label(format))};
}

const QRegularExpression &isoPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    return re;
}

const QRegularExpression &compactPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    return re;
}

const QRegularExpression &shortPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2})$"));
    return re;
}

const QRegularExpression &dmyPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})$"));
    return re;
}

const QRegularExpression &serialPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{5})(?:[.,]0+)?$"));
    return re;
}

DateParseResult parseIso(const QString &text)
{
    QRegularExpressionMatch m = isoPattern().match(text);
    if (!m.hasMatch())
        m = compactPattern().match(text);
    if (!m.hasMatch())
        return wrongShape(text, ImportDateFormat::Iso);
    return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

DateParseResult parseShort(const QString &text, QDate today)
{
    const QRegularExpressionMatch m = shortPattern().match(text);
    if (!m.hasMatch())
        return wrongShape(text, ImportDateFormat::Yymmdd);
    const int yy = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).toInt();
    // The latest century that does not put the date after today, as for a 10-digit personnummer.
    int year = (today.year() / 100) * 100 + yy;
    if (QDate(year, month, day).isValid() ? QDate(year, month, day) > today : year > today.year())
        year -= 100;
    return make(year, month, day);
}

DateParseResult parseDmy(const QString &text)
{
    const QRegularExpressionMatch m = dmyPattern().match(text);
    if (!m.hasMatch())
        return wrongShape(text, ImportDateFormat::Dmy);
    return make(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1).toInt());
}

DateParseResult parseSerial(const QString &text)
{
    const QRegularExpressionMatch m = serialPattern().match(text);
    if (!m.hasMatch())
        return wrongShape(text, ImportDateFormat::Excel);
    const QDate date = DateParser::fromExcelSerial(m.captured(1).toLongLong());
    if (!date.isValid())
        return {QDate(), DateParser::tr("%1 is not a day number Excel uses for dates.").arg(text)};
    return {date, QString()};
}

DateParseResult parseAuto(const QString &text, QDate today)
{
    if (isoPattern().match(text).hasMatch() || compactPattern().match(text).hasMatch())
        return parseIso(text);
    if (shortPattern().match(text).hasMatch())
        return parseShort(text, today);
    if (serialPattern().match(text).hasMatch())
        return parseSerial(text);
    const QRegularExpressionMatch m = dmyPattern().match(text);
    if (m.hasMatch()) {
        const int first = m.captured(1).toInt();
        const int second = m.captured(3).toInt();
        // A dot is the Swedish and German way and always day first; with '/' or '-' an
        // American month/day list reads just as well unless one part cannot be a month.
        if (m.captured(2) != QLatin1String(".") && first <= 12 && second <= 12 && first != second)
            return {QDate(), DateParser::tr("\"%1\" could be day/month or month/day: choose the date format "
                                            "day/month/year if the list puts the day first.")
                                 .arg(text)};
        if (second > 12 && first <= 12)
            return {QDate(), DateParser::tr("\"%1\" looks like month/day/year (American): Samsyn reads day/month/year. "
                                            "Check the column in Excel.")
                                 .arg(text)};
        return parseDmy(text);
    }
    return {QDate(), DateParser::tr("\"%1\" is not a date Samsyn recognises (use 2019-09-01).").arg(text)};
}

} // namespace

QString ImportDateFormats::code(ImportDateFormat format)
{
    switch (format) {
    case ImportDateFormat::Auto:
        return QStringLiteral("auto");
    case ImportDateFormat::Iso:
        return QStringLiteral("iso");
    case ImportDateFormat::Yymmdd:
        return QStringLiteral("yymmdd");
    case ImportDateFormat::Dmy:
        return QStringLiteral("dmy");
    case ImportDateFormat::Excel:
        break;
    }
    return QStringLiteral("excel");
}

std::optional<ImportDateFormat> ImportDateFormats::fromCode(const QString &code)
{
    for (ImportDateFormat f : {ImportDateFormat::Auto, ImportDateFormat::Iso, ImportDateFormat::Yymmdd, ImportDateFormat::Dmy,
                               ImportDateFormat::Excel}) {
        if (ImportDateFormats::code(f) == code.trimmed().toLower())
            return f;
    }
    return std::nullopt;
}

QString ImportDateFormats::label(ImportDateFormat format)
{
    switch (format) {
    case ImportDateFormat::Auto:
        return tr("Detect per value");
    case ImportDateFormat::Iso:
        return tr("year-month-day (2019-09-01 or 20190901)");
    case ImportDateFormat::Yymmdd:
        return tr("YYMMDD (190901)");
    case ImportDateFormat::Dmy:
        return tr("day/month/year (1/9/2019 or 01.09.2019)");
    case ImportDateFormat::Excel:
        break;
    }
    return tr("Excel day number (43709)");
}

QDate DateParser::fromExcelSerial(qint64 serial)
{
    if (serial < 61 || serial > 2958465) // 9999-12-31 is Excel's last date
        return {};
    return QDate(1899, 12, 30).addDays(serial);
}

DateParseResult DateParser::parse(QStringView input, ImportDateFormat format, QDate today)
{
    QString text = input.trimmed().toString();
    // Excel's date-time cells: "2019-09-01 00:00" or "2019-09-01 00:00:00".
    static const QRegularExpression time(QStringLiteral("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$"));
    text.remove(time);
    if (text.isEmpty())
        return {};
    switch (format) {
    case ImportDateFormat::Auto:
        return parseAuto(text, today);
    case ImportDateFormat::Iso:
        return parseIso(text);
    case ImportDateFormat::Yymmdd:
        return parseShort(text, today);
    case ImportDateFormat::Dmy:
        return parseDmy(text);
    case ImportDateFormat::Excel:
        break;
    }
    return parseSerial(text);
}

} // namespace samsyn
